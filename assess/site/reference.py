"""The site's reference pages (pure): collaborative alternatives, legal forms, provider networks, GP integration, glossary,
sources, and what has changed since the sources."""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from ..kb import KnowledgeBase
from ..reports.kbview import cite, item_view, items_view
from ..reports.provenance import date_text
from ..reports.since import since_view, statement_view
from .glossary import glossary_entries
from .page import Page


def collaborative_page(kb: KnowledgeBase) -> Page:
    c = kb.collaborative
    return Page("collaborative.html", "site/collaborative.html.j2", "Collaborative alternatives", "models", {
        "intro": items_view(kb, c["intro"]),
        "alternatives": [{"id": a["id"], "name": a["name"], "description": items_view(kb, a["description"]),
                          "examples": [{"organisation": e["organisation"], "text": e.get("text"),
                                        "cite": cite(kb, e["source"])} for e in a["examples"]],
                          "when_fits": items_view(kb, a["when_fits"])} for a in c["alternatives"]],
    }, crumbs=(("Home", "index.html"),))


def legal_page(kb: KnowledgeBase) -> Page:
    lm = kb.legal_models
    categories = {"contractual-joint-venture": "Contractual joint venture", "corporate": "Corporate model",
                  "merger": "Merger or acquisition"}
    return Page("legal.html", "site/legal.html.j2", "Legal forms", "models", {
        "intro": items_view(kb, lm["intro"]),
        "models": [{"id": m["id"], "name": m["name"], "category": categories.get(m["category"], m["category"]),
                    "formality": item_view(kb, m["formality"]), "description": items_view(kb, m["description"])}
                   for m in lm["models"]],
        "formality": {side: {"pros": items_view(kb, lm["formality"][side]["pros"]),
                             "cons": items_view(kb, lm["formality"][side]["cons"])} for side in ("less", "more")},
    }, crumbs=(("Home", "index.html"),))


def _named(kb: KnowledgeBase, entries, *lists) -> list[dict]:
    out = []
    for e in entries:
        view = {"id": e["id"], "name": e.get("name") or e.get("title")}
        for key in ("description", "caveats", "conditions", "summary", "questions") + lists:
            view[key] = None
        for key in lists:
            if key in e:
                view[key] = items_view(kb, e[key]) if isinstance(e[key], tuple) else item_view(kb, e[key])
        out.append(view)
    return out


def networks_page(kb: KnowledgeBase) -> Page:
    pn = kb.provider_networks
    dm, ba, co = pn["decision_making"], pn["budget_allocation"], pn["collaboratives"]
    return Page("provider-networks.html", "site/networks.html.j2", "Provider networks: making decisions together",
                "models", {
                    "intro": items_view(kb, pn["intro"]),
                    "membership": items_view(kb, pn["membership"]),
                    "assumptions": items_view(kb, pn["assumptions"]),
                    "why": items_view(kb, dm["why"]),
                    "voting": _named(kb, dm["voting_structures"], "description", "caveats", "conditions"),
                    "weighting": _named(kb, dm["vote_weighting"], "description", "caveats", "conditions"),
                    "service_users": items_view(kb, dm["service_users"]),
                    "right_to_leave": items_view(kb, dm["right_to_leave"]),
                    "process": items_view(kb, ba["process"]),
                    "rule": item_view(kb, ba["rule"]),
                    "lines": _named(kb, ba["lines"], "description", "conditions"),
                    "check": items_view(kb, pn["check_and_challenge"]),
                    "context": items_view(kb, co["context"]),
                    "focus": _named(kb, co["focus_areas"], "summary", "questions"),
                }, crumbs=(("Home", "index.html"),))


def gp_page(kb: KnowledgeBase) -> Page:
    gp = kb.gp_integration
    return Page("gp-integration.html", "site/gp.html.j2", "General practice and integration", "models", {
        "intro": items_view(kb, gp["intro"][:6]),
        "traditional": items_view(kb, gp["traditional_features"]),
        "variants": [{"id": v["id"], "name": v["name"], "model": v["model"],
                      "model_name": kb.models[v["model"]]["name"]} for v in gp["variants"]],
        "networks": [{"id": n["id"], "title": n["title"], "points": items_view(kb, n["points"])}
                     for n in gp["gp_networks"]],
        "vanguards": [{"id": v["id"], "name": v["name"], "model": v.get("model"),
                       "model_name": kb.models[v["model"]]["name"] if v.get("model") else None,
                       "description": v["description"], "sites": [s["name"] for s in v["sites"]],
                       "cite": cite(kb, v["source"])} for v in gp["vanguard_types"]],
        "fyfv": [{"model": e.get("model"), "model_name": kb.models[e["model"]]["name"] if e.get("model") else None,
                  "text": e["text"], "cite": cite(kb, e["source"])} for e in gp["five_year_forward_view"]],
        "landscape": [{"id": t["id"], "title": t["title"], "points": items_view(kb, t["points"]),
                       "since": [statement_view(kb, s) for s in kb.since["statements"] if s.get("then") == t["id"]]}
                      for t in gp.get("landscape", ())],
    }, crumbs=(("Home", "index.html"),))


def since_page(kb: KnowledgeBase) -> Page:
    """What has changed since the sources: later public documents' dated statements, apart from the sources."""
    return Page("since.html", "site/since.html.j2", "Since the sources", "home", since_view(kb),
                crumbs=(("Home", "index.html"),),
                description="What has changed in the NHS since the source documents were written, from later "
                            "public documents, each dated.")


def glossary_page(kb: KnowledgeBase) -> Page:
    entries = glossary_entries(kb)
    letters = sorted({_letter(e["term"]) for e in entries})
    return Page("glossary.html", "site/glossary.html.j2", "Glossary", "glossary",
                {"entries": entries, "letters": letters, "letter": _letter},
                crumbs=(("Home", "index.html"),), glossary=False,
                description="Acronyms and terms of art of the new care models.")


def _letter(term: str) -> str:
    first = re.sub(r"[^A-Za-z0-9]", "", term)[:1].upper()
    return first if first.isalpha() else "0–9"


def _sources_in(data) -> Iterable[str]:
    if isinstance(data, str):
        return
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == "source" and isinstance(value, Mapping) and "doc" in value:
                yield value["doc"]
            else:
                yield from _sources_in(value)
    elif isinstance(data, tuple | list):
        for value in data:
            yield from _sources_in(value)


def sources_cited(kb: KnowledgeBase, data) -> list[dict]:
    ids = set(_sources_in(data))
    return [{"id": sid, "short": s["short"], "title": s["title"], "date": date_text(s)}
            for sid, s in kb.sources.items() if sid in ids]


def areas(kb: KnowledgeBase) -> list[tuple[str, str, Any]]:
    """(title, page path, data) of each part of the knowledge base."""
    areas = [(m["name"], f"models/{m['id']}.html", m) for m in kb.models.values()]
    areas += [("Families", "families/index.html", kb.families),
              ("Quick Guide and objectives", "compare.html", kb.objectives),
              ("Purpose and conclusion of the support pack", "index.html", kb.guide),
              ("Collaborative alternatives", "collaborative.html", kb.collaborative),
              ("Legal forms", "legal.html", kb.legal_models),
              ("Provider networks", "provider-networks.html", kb.provider_networks),
              ("General practice and integration", "gp-integration.html", kb.gp_integration),
              ("Glossary", "glossary.html", kb.glossary)]
    return areas


def sources_page(kb: KnowledgeBase) -> Page:
    cited_by: dict[str, list] = {sid: [] for sid in kb.sources}
    counts: dict[str, int] = {sid: 0 for sid in kb.sources}
    for title, path, data in areas(kb):
        docs = [d for d in _sources_in(data) if d in kb.sources]      # later documents are listed under "since"
        for sid in sorted(set(docs), key=list(kb.sources).index):
            cited_by[sid].append({"title": title, "path": path, "count": docs.count(sid)})
        for sid in docs:
            counts[sid] += 1
    sources = [{"id": sid, "short": s["short"], "title": s["title"], "author": s.get("author"),
                "date": date_text(s), "summary": s.get("summary"),
                "count": counts[sid], "cited_by": cited_by[sid]} for sid, s in kb.sources.items()]
    return Page("sources.html", "site/sources.html.j2", "Sources", "home", {"sources": sources},
                crumbs=(("Home", "index.html"),))


def statements(data) -> Iterable[Mapping]:
    if isinstance(data, str):
        return
    if isinstance(data, Mapping):
        if "text" in data and ("source" in data or data.get("derived")):
            yield data
        for value in data.values():
            yield from statements(value)
    elif isinstance(data, tuple | list):
        for value in data:
            yield from statements(value)
