"""The static site for staff: collect pages (pure views) -> render (Jinja2) -> link glossary -> write.

`pages(kb, ...)` builds plain view data for every page and reads nothing but
its arguments; `render_site(...)` turns it into bytes per output path;
`build(...)` is the only part that touches the disk: it skips the whole build
when no input changed (digest of kb/, the questionnaire, templates, assets and
this code), writes only files whose bytes changed, removes files an earlier
build wrote that are gone, and runs pagefind for the search index.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .kb import MODEL_SECTIONS, KnowledgeBase
from .render import SECTION_TITLES, cite, item_view, items_view, model_view

MANIFEST = ".assess-site.json"
DATA_SCRIPT = "assets/questionnaire.js"
SEARCH_DIR = "pagefind"
MAX_PAGE_BYTES = 100 * 1024
CACHE_KEEP = 3                 # cached builds kept (the newest)
SECTION_IDS = {"business_case": "business-case"}
# files of the package whose change changes the output
_CODE = ("site.py", "sitejson.py", "render.py", "kb.py", "questionnaire.py", "scoring.py", "conditions.py")
_ASSET_SKIP = (".scss", ".sh", ".map")


@dataclass(frozen=True)
class Page:
    """One output page: where it goes, which template, and the view data it shows."""

    path: str                   # output path, e.g. "models/aco.html"
    template: str               # e.g. "site/model.html.j2"
    title: str
    nav: str                    # header navigation item to mark as current
    context: Mapping[str, Any] = field(default_factory=dict)
    crumbs: tuple = ()          # ((title, path), ...) above the page title
    glossary: bool = True       # link glossary terms in the page's main text
    indexed: bool = True        # include in the search index
    description: str = ""


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int
    written: int
    unchanged: int
    removed: int
    skipped: bool               # nothing changed since the last build: nothing done
    seconds: float
    search: str                 # what happened to the search index
    from_cache: bool = False    # taken from the cache of earlier builds of the same inputs


# ---------------------------------------------------------------- views (pure)

NAV = (("home", "Home", "index.html"), ("models", "Care models", "models/index.html"),
       ("compare", "Compare", "compare.html"), ("assess", "Assessment", "assess.html"),
       ("glossary", "Glossary", "glossary.html"), ("search", "Search", "search.html"))
MORE = (("Families", "families/index.html"), ("Collaborative alternatives", "collaborative.html"),
        ("Legal forms", "legal.html"), ("Provider networks", "provider-networks.html"),
        ("General practice and integration", "gp-integration.html"), ("Sources", "sources.html"),
        ("About this tool", "about.html"))


def pages(kb: KnowledgeBase, questionnaire=None, questionnaire_data: dict | None = None) -> list[Page]:
    """Every page of the site as view data (deterministic order)."""
    models = list(kb.models.values())
    out = [_home(kb)]
    out.append(Page("models/index.html", "site/models.html.j2", "The ten care models", "models",
                    {"families": [_family_summary(kb, f) for f in kb.families]},
                    crumbs=(("Home", "index.html"),),
                    description="The ten new care models of the HLP support pack, by family."))
    for i, m in enumerate(models):
        out.append(_model_page(kb, m, models[i - 1] if i else None, models[i + 1] if i + 1 < len(models) else None))
    out.append(Page("families/index.html", "site/families.html.j2", "Families of care models", "models",
                    {"families": [_family_summary(kb, f) for f in kb.families]},
                    crumbs=(("Home", "index.html"),)))
    for f in kb.families:
        out.append(_family_page(kb, f))
    out.append(_compare_page(kb))
    out.append(_collaborative_page(kb))
    out.append(_legal_page(kb))
    out.append(_networks_page(kb))
    out.append(_gp_page(kb))
    out.append(_glossary_page(kb))
    out.append(_sources_page(kb, out))
    out.append(_about_page(kb, questionnaire))
    out.append(_assess_page(kb, questionnaire, questionnaire_data))
    out.append(Page("search.html", "site/search.html.j2", "Search", "search", {}, crumbs=(("Home", "index.html"),),
                    glossary=False, indexed=False))
    return out


def _home(kb: KnowledgeBase) -> Page:
    guide = kb.objectives["quick_guide"]
    return Page("index.html", "site/home.html.j2", "Choosing a new care model", "home", {
        "purpose": items_view(kb, kb.guide["purpose"][1:4]),
        "families": [_family_summary(kb, f) for f in kb.families],
        "quick_guide": [{"number": g["number"], "title": g["title"], "prompts": items_view(kb, g["prompts"])}
                        for g in guide],
        "conclusion": items_view(kb, kb.guide["conclusion"][:4]),
        "collaborative": item_view(kb, kb.collaborative["intro"][0]),
    }, description="What the ten new care models are and how to choose between them.")


def _family_summary(kb: KnowledgeBase, family) -> dict:
    return {
        "id": family["id"], "name": family["name"],
        "description": items_view(kb, family["description"]),
        "models": [{"id": mid, "name": kb.models[mid]["name"], "option": kb.models[mid]["option"],
                    "short_name": kb.models[mid].get("short_name"),
                    "overview": item_view(kb, kb.models[mid]["overview"])} for mid in family["models"]],
    }


def _model_page(kb: KnowledgeBase, model, prev, nxt) -> Page:
    view = model_view(kb, model)
    view["section_ids"] = {s["key"]: SECTION_IDS.get(s["key"], s["key"]) for s in view["sections"]}
    contents = [("overview", "Overview"), ("examples", "Examples"), ("business-case", SECTION_TITLES["business_case"])]
    contents += [(view["section_ids"][s["key"]], s["title"]) for s in view["sections"]]
    if view["objectives"]:
        contents.append(("objectives", "Objectives it serves"))
    if view["related"]:
        contents.append(("related", "Related models"))
    if view["variants"]:
        contents.append(("variants", "Variants"))
    contents.append(("sources", "Sources"))
    return Page(f"models/{model['id']}.html", "site/model.html.j2", model["name"], "models", {
        "m": view,
        "contents": contents,
        "sources": _sources_cited(kb, [model] + list(kb.variants_of(model["id"]))
                                  + [a for a in kb.objectives["alignment"] if a["model"] == model["id"]]),
        "prev": {"id": prev["id"], "name": prev["name"]} if prev else None,
        "next": {"id": nxt["id"], "name": nxt["name"]} if nxt else None,
    }, crumbs=(("Home", "index.html"), ("Care models", "models/index.html")),
        description=model["overview"]["text"][:160])


def _family_page(kb: KnowledgeBase, family) -> Page:
    return Page(f"families/{family['id']}.html", "site/family.html.j2", family["name"], "models",
                {"f": _family_summary(kb, family)},
                crumbs=(("Home", "index.html"), ("Families", "families/index.html")))


def _compare_page(kb: KnowledgeBase) -> Page:
    models = list(kb.models.values())
    columns = [("overview", "Overview"), ("examples", "Examples"), ("business_case", "Business case")]
    columns += [(k, SECTION_TITLES[k].split(":")[0].replace(" considerations", ""))
                for k in MODEL_SECTIONS if k not in ("overview", "examples", "business_case")]
    rows = []
    for m in models:
        cells = []
        for key, _ in columns:
            if key == "overview":
                n = 1 + len(m.get("overview_points", ()))
            elif key == "business_case":
                n = sum(len(m["business_case"][k]) for k in ("finances", "leadership", "strategy"))
            else:
                n = len(m[key])
            unit = "example" if key == "examples" else "point"
            cells.append({"anchor": SECTION_IDS.get(key, key), "count": n,
                          "label": f"{n} {unit}{'' if n == 1 else 's'}"})
        rows.append({"id": m["id"], "name": m["name"], "short": _short(m), "option": m["option"],
                     "family": kb.family(m["family"])["name"], "cells": cells})
    links: dict[tuple, dict] = {}
    for a in kb.objectives["alignment"]:
        links[(a["objective"], a["model"])] = {"derived": bool(a.get("derived")), "rationale": a["rationale"]}
    objectives = [{"id": o["id"], "name": o["name"], "kind": o["kind"],
                   "cells": [links.get((o["id"], m["id"])) for m in models]} for o in kb.objectives["objectives"]]
    return Page("compare.html", "site/compare.html.j2", "Compare the care models", "compare", {
        "columns": [c[1] for c in columns], "rows": rows,
        "models": [{"id": m["id"], "short": _short(m), "name": m["name"]} for m in models],
        "objectives": objectives,
        "derived_count": sum(1 for v in links.values() if v["derived"]),
        "link_count": len(links),
    }, crumbs=(("Home", "index.html"),), description="The ten care models side by side: sections and objectives.")


def _short(model) -> str:
    short = model.get("short_name")
    return short if short and len(short) <= 12 else model["name"]


def _collaborative_page(kb: KnowledgeBase) -> Page:
    c = kb.collaborative
    return Page("collaborative.html", "site/collaborative.html.j2", "Collaborative alternatives", "models", {
        "intro": items_view(kb, c["intro"]),
        "alternatives": [{"id": a["id"], "name": a["name"], "description": items_view(kb, a["description"]),
                          "examples": [{"organisation": e["organisation"], "text": e.get("text"),
                                        "cite": cite(kb, e["source"])} for e in a["examples"]],
                          "when_fits": items_view(kb, a["when_fits"])} for a in c["alternatives"]],
    }, crumbs=(("Home", "index.html"),))


def _legal_page(kb: KnowledgeBase) -> Page:
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


def _networks_page(kb: KnowledgeBase) -> Page:
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


def _gp_page(kb: KnowledgeBase) -> Page:
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
    }, crumbs=(("Home", "index.html"),))


def glossary_entries(kb: KnowledgeBase) -> list[dict]:
    """Glossary terms sorted A-Z, each with the words that link to it."""
    out = []
    for t in kb.glossary:
        out.append({"id": t["id"], "anchor": f"term-{t['id']}", "term": t["term"], "expansion": t.get("expansion"),
                    "meaning": item_view(kb, t["meaning"]), "words": term_words(t)})
    return sorted(out, key=lambda e: (re.sub(r"[^a-z0-9 ]", "", e["term"].lower()).strip(), e["id"]))


def term_words(term) -> list[str]:
    """The forms of a glossary term to look for in text: 'FT (NHS Foundation Trust)' -> FT, NHS Foundation Trust."""
    words = []
    for part in term["term"].split(" / "):
        inner = re.findall(r"\(([^)]*)\)", part)
        base = re.sub(r"\s*\([^)]*\)", "", part).strip()
        words.append(base)
        words += [w.strip() for w in inner if len(w.strip()) >= 6 and ":" not in w]
    expansion = term.get("expansion")
    if expansion:
        expansion = re.sub(r"\s*\([^)]*\)", "", expansion).strip()
        if len(expansion.split()) >= 2:
            words.append(expansion)
    seen, out = set(), []
    for w in (w.strip() for w in words):
        if len(w) >= 2 and w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def _glossary_page(kb: KnowledgeBase) -> Page:
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
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == "source" and isinstance(value, Mapping) and "doc" in value:
                yield value["doc"]
            else:
                yield from _sources_in(value)
    elif isinstance(data, tuple | list):
        for value in data:
            yield from _sources_in(value)


def _sources_cited(kb: KnowledgeBase, data) -> list[dict]:
    ids = set(_sources_in(data))
    return [{"id": sid, "short": s["short"], "title": s["title"]} for sid, s in kb.sources.items() if sid in ids]


def _areas(kb: KnowledgeBase) -> list[tuple[str, str, Any]]:
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


def _sources_page(kb: KnowledgeBase, built: list[Page]) -> Page:
    cited_by: dict[str, list] = {sid: [] for sid in kb.sources}
    counts: dict[str, int] = {sid: 0 for sid in kb.sources}
    for title, path, data in _areas(kb):
        docs = list(_sources_in(data))
        for sid in sorted(set(docs), key=list(kb.sources).index):
            cited_by[sid].append({"title": title, "path": path, "count": docs.count(sid)})
        for sid in docs:
            counts[sid] += 1
    sources = [{"id": sid, "short": s["short"], "title": s["title"], "author": s.get("author"),
                "date": s.get("date"), "file": s["file"], "summary": s.get("summary"),
                "count": counts[sid], "cited_by": cited_by[sid]} for sid, s in kb.sources.items()]
    return Page("sources.html", "site/sources.html.j2", "Sources", "home", {"sources": sources},
                crumbs=(("Home", "index.html"),))


def _statements(data) -> Iterable[Mapping]:
    if isinstance(data, Mapping):
        if "text" in data and ("source" in data or data.get("derived")):
            yield data
        for value in data.values():
            yield from _statements(value)
    elif isinstance(data, tuple | list):
        for value in data:
            yield from _statements(value)


def _about_page(kb: KnowledgeBase, questionnaire) -> Page:
    rows = []
    for title, path, data in _areas(kb):
        items = list(_statements(data))
        derived = sum(1 for i in items if i.get("derived"))
        rows.append({"title": title, "path": path, "sourced": len(items) - derived, "derived": derived})
    alignment = kb.objectives["alignment"]
    return Page("about.html", "site/about.html.j2", "About this tool", "home", {
        "rows": rows,
        "total_sourced": sum(r["sourced"] for r in rows), "total_derived": sum(r["derived"] for r in rows),
        "alignment_derived": sum(1 for a in alignment if a.get("derived")), "alignment_total": len(alignment),
        "questionnaire": {"id": questionnaire.id, "title": questionnaire.title,
                          "questions": len(questionnaire.questions)} if questionnaire else None,
        "sources": len(kb.sources),
    }, crumbs=(("Home", "index.html"),))


def _assess_page(kb: KnowledgeBase, questionnaire, data: dict | None) -> Page:
    view = None
    if questionnaire is not None:
        view = {"id": questionnaire.id, "title": questionnaire.title,
                "intro": items_view(kb, questionnaire.intro),
                "sections": [{"id": s.id, "title": s.title,
                              "questions": [{"id": qid, "text": questionnaire.by_id[qid].text,
                                             "type": questionnaire.by_id[qid].type,
                                             "conditional": questionnaire.by_id[qid].when is not None,
                                             "options": [o.label for o in questionnaire.by_id[qid].options]}
                                            for qid in s.questions]}
                             for s in questionnaire.sections],
                "count": len(questionnaire.questions)}
    return Page("assess.html", "site/assess.html.j2", "Assessment: which care model fits?", "assess",
                {"q": view}, crumbs=(("Home", "index.html"),), glossary=False)


# ---------------------------------------------------------------- glossary links (on text nodes only)

_SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "button", "label", "legend",
                        "summary", "code", "pre", "th", "caption", "title", "dfn", "abbr", "select", "option",
                        "textarea", "nav", "svg", "strong"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")


class GlossaryLinker:
    """Links the first occurrence of each glossary term on a page to its entry.

    Works on rendered HTML: only text between tags inside <main> is touched, and
    never inside links, headings, buttons, labels, citations (class app-source)
    or the like. Terms are matched on escaped text, longest first, as whole
    words; acronyms and capitalised names match case-sensitively.
    """

    def __init__(self, entries: list[dict]):
        from markupsafe import escape

        self.exact: dict[str, str] = {}     # escaped word -> anchor (case matters)
        self.folded: dict[str, str] = {}    # lower-case escaped word -> anchor
        for e in entries:
            for w in e["words"]:
                escaped = str(escape(w))
                if w.lower() == w:
                    self.folded.setdefault(escaped, e["anchor"])
                else:
                    self.exact.setdefault(escaped, e["anchor"])
        alternatives = sorted([(w, False) for w in self.exact] + [(w, True) for w in self.folded],
                              key=lambda a: (-len(a[0]), a[0]))
        parts = [f"(?i:{re.escape(w)})" if fold else re.escape(w) for w, fold in alternatives]
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:e?s)?(?![\w-])") if parts else None

    def anchor(self, matched: str) -> str | None:
        for candidate in (matched, matched[:-1] if matched.endswith("s") else None,
                          matched[:-2] if matched.endswith("es") else None):
            if candidate is None:
                continue
            if candidate in self.exact:
                return self.exact[candidate]
            if candidate.lower() in self.folded:
                return self.folded[candidate.lower()]
        return None

    def link(self, page_html: str, href: str) -> str:
        """`page_html` with glossary links in <main>; `href` is the glossary page's URL from this page."""
        if self.pattern is None:
            return page_html
        start = page_html.find("<main")
        end = page_html.rfind("</main>")
        if start < 0 or end < 0:
            return page_html
        seen: set[str] = set()
        stack: list[bool] = []   # one flag per open element: does it stop linking?
        out = []
        body = page_html[start:end]
        pos = 0
        for m in _TAG.finditer(body):
            out.append(self._text(body[pos:m.start()], stack, seen, href))
            out.append(m.group(0))
            pos = m.end()
            closing, name, rest = m.group(1), m.group(2).lower(), m.group(3)
            if name in _VOID or rest.endswith("/"):
                continue
            if closing:
                if stack:
                    stack.pop()
            else:
                stack.append(name in _SKIP_TAGS or "app-source" in rest or "data-noglossary" in rest)
        out.append(self._text(body[pos:], stack, seen, href))
        return page_html[:start] + "".join(out) + page_html[end:]

    def _text(self, text: str, stack: list, seen: set, href: str) -> str:
        if not text.strip() or any(stack):
            return text

        def replace(m: re.Match) -> str:
            anchor = self.anchor(m.group(0))
            if anchor is None or anchor in seen:
                return m.group(0)
            seen.add(anchor)
            return f'<a class="app-glossary-link" href="{href}#{anchor}">{m.group(0)}</a>'
        return self.pattern.sub(replace, text)


# ---------------------------------------------------------------- rendering (pure)

def render_site(kb: KnowledgeBase, page_list: list[Page], data_script: str | None = None) -> dict[str, bytes]:
    """Output path -> bytes for every page (and the questionnaire data script)."""
    from .render import environment

    env = environment("html")
    linker = GlossaryLinker(glossary_entries(kb))
    files: dict[str, bytes] = {}
    for page in page_list:
        depth = page.path.count("/")
        root = "../" * depth
        text = env.get_template(page.template).render(
            page=page, root=root, nav=NAV, more=MORE, **page.context)
        if page.glossary:
            text = linker.link(text, root + "glossary.html")
        files[page.path] = text.encode("utf-8")
    if data_script is not None:
        files[DATA_SCRIPT] = data_script.encode("utf-8")
    return files


def asset_files(site_dir: Path) -> dict[str, bytes]:
    """Static assets (CSS, JS, vendored NHS.UK frontend with its licence) -> output path under assets/."""
    files = {}
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix in _ASSET_SKIP or any(p.startswith(".") or p == "__pycache__"
                                                                   for p in path.relative_to(site_dir).parts):
            continue
        files["assets/" + path.relative_to(site_dir).as_posix()] = path.read_bytes()
    return files


# ---------------------------------------------------------------- building (the disk)

def default_questionnaire() -> Path | None:
    from .resources import questionnaires_dir

    path = questionnaires_dir() / "care-model-fit.yaml"
    return path if path.is_file() else None


def input_digest(kb_root: Path, questionnaire: Path | None, search: bool) -> str:
    """SHA-256 of everything the output depends on."""
    from .kb import digest
    from .resources import site_assets_dir, templates_dir

    h = hashlib.sha256()
    h.update(digest(kb_root).encode())
    h.update(b"q:" + (questionnaire.read_bytes() if questionnaire else b"-"))
    h.update(b"search:" + str(bool(search)).encode())
    for base in (templates_dir() / "site", site_assets_dir()):
        for f in sorted(base.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(base).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    here = Path(__file__).resolve().parent
    for name in _CODE:
        if (here / name).is_file():
            h.update(name.encode() + b"\0" + (here / name).read_bytes())
    return h.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(out: Path) -> dict:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else {}
    except (OSError, ValueError):
        return {}


def _intact(out: Path, manifest: dict) -> bool:
    for rel, sha in manifest["files"].items():
        try:
            if _sha((out / rel).read_bytes()) != sha:
                return False
        except OSError:
            return False
    return True


def search_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("pagefind") is not None


def default_cache_dir() -> Path:
    """Where built sites are cached by input digest: $CARE_MODELS_CACHE, else the user's cache folder."""
    import os

    if os.environ.get("CARE_MODELS_CACHE"):
        return Path(os.environ["CARE_MODELS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "care-models"


def _cache_file(cache: Path, digest: str) -> Path:
    return cache / f"site-{digest[:32]}.bin"


def _cache_read(cache: Path, digest: str) -> dict | None:
    """A cached build: {'pages', 'search', 'files'}; None when absent or damaged.

    The format is a JSON header line (paths, offsets, lengths, a SHA-256 of the
    payload) and the files' bytes: reading it runs no code from the file.
    """
    try:
        raw = _cache_file(cache, digest).read_bytes()
        head, _, payload = raw.partition(b"\n")
        meta = json.loads(head)
        if meta.get("digest") != digest or _sha(payload) != meta.get("sha256"):
            return None
        files = {rel: payload[offset:offset + length] for rel, offset, length in meta["files"]}
        return {"pages": int(meta["pages"]), "search": str(meta["search"]), "files": files}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_write(cache: Path, digest: str, pages_count: int, search: str, files: dict[str, bytes]) -> None:
    from .errors import UserError
    from .files import write_atomic

    table, offset = [], 0
    for rel in sorted(files):
        table.append([rel, offset, len(files[rel])])
        offset += len(files[rel])
    payload = b"".join(files[rel] for rel in sorted(files))
    head = json.dumps({"digest": digest, "pages": pages_count, "search": search, "sha256": _sha(payload),
                       "files": table}, separators=(",", ":")).encode()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        write_atomic(_cache_file(cache, digest), head + b"\n" + payload)
        entries = sorted(cache.glob("site-*.bin"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in entries[CACHE_KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, UserError):
        pass    # a cache that cannot be written only costs time


def _collect(out: Path, folder: str) -> dict[str, bytes]:
    base = out / folder
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()} \
        if base.is_dir() else {}


def build(out: Path | str = "_site", *, kb_root: Path | None = None, questionnaire: Path | str | None = None,
          search: bool = True, force: bool = False, cache: Path | bool | None = None,
          echo: Callable[[str, bool], None] | None = None) -> BuildResult:
    """Build the site into `out`; `echo(text, newline)` reports progress.

    Nothing is done when `out` already holds the build of the same inputs. A
    build of inputs seen before is taken from the cache (`cache`: a folder,
    None for the default one, False for none) instead of being rendered again.
    """
    from .errors import UserError
    from .files import write_atomic
    from .resources import data_root, kb_dir, site_assets_dir

    say = echo or (lambda text, newline=True: None)
    started = time.perf_counter()
    out = Path(out)
    kb_root = Path(kb_root) if kb_root else kb_dir()
    qpath = Path(questionnaire) if questionnaire else default_questionnaire()
    root = data_root().resolve()
    resolved = out.resolve()
    for forbidden in (root, root / "kb", root / "site", root / "templates", root / "assess", root / "questionnaires"):
        if resolved == forbidden.resolve():
            raise UserError(f"refusing to build the site into {out}: choose an output folder of its own (e.g. _site)")
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file: choose a folder for the site")
    cache_dir = None if cache is False else (default_cache_dir() if cache is None or cache is True else Path(cache))
    want_search = search and search_available()
    digest = input_digest(kb_root, qpath, want_search)
    previous = _read_manifest(out)
    if not force and previous.get("digest") == digest and _intact(out, previous):
        n = previous.get("pages", 0)
        say(f"building {n} pages… nothing changed, done in {time.perf_counter() - started:.2f} s", True)
        return BuildResult(out, n, 0, len(previous["files"]), 0, True, time.perf_counter() - started,
                           previous.get("search", "unchanged"))

    cached = None if force or cache_dir is None else _cache_read(cache_dir, digest)
    if cached is not None:
        files, pages_count, status = cached["files"], cached["pages"], cached["search"]
        say(f"building {pages_count} pages… ", False)
    else:
        from .kb import load

        kb = load(kb_root)
        q = data_script = data = None
        if qpath is not None:
            import yaml

            from .questionnaire import load as load_questionnaire
            from .sitejson import questionnaire_data, to_script

            q = load_questionnaire(qpath, kb)     # the safe, checked read; then its raw data again, fast
            raw = yaml.load(qpath.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            data = questionnaire_data(q, kb, raw)
            data_script = to_script(data)
        page_list = pages(kb, q, data)
        pages_count = len(page_list)
        say(f"building {pages_count} pages… ", False)
        files = render_site(kb, page_list, data_script)
        files.update(asset_files(site_assets_dir()))
        status = _no_search(search)

    written = unchanged = 0
    out.mkdir(parents=True, exist_ok=True)
    for rel in sorted(files):
        target = out / rel
        data_bytes = files[rel]
        try:
            if target.is_file() and target.stat().st_size == len(data_bytes) and target.read_bytes() == data_bytes:
                unchanged += 1
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data_bytes)
        written += 1
    if cached is None and want_search:
        index = out / SEARCH_DIR / "pagefind.js"
        gone = {r for r in previous.get("files", {}) if r.endswith(".html") and not r.startswith(SEARCH_DIR + "/")}
        changed = written > 0 or bool(gone - set(files))
        status = run_pagefind(out) if changed or not index.is_file() else previous.get("search", "indexed with pagefind")
        if not status.startswith("failed"):
            files = {**files, **_collect(out, SEARCH_DIR)}
    removed = 0
    for rel in sorted(set(previous.get("files", {})) - set(files)):
        stale = out / rel
        if stale.is_file():
            stale.unlink()
            removed += 1
            _prune(stale.parent, out)
    manifest = {"digest": digest, "pages": pages_count, "search": status,
                "files": {rel: _sha(files[rel]) for rel in sorted(files)}}
    write_atomic(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    if cached is None and cache_dir is not None and not status.startswith("failed"):
        _cache_write(cache_dir, digest, pages_count, status, files)
    seconds = time.perf_counter() - started
    say(f"done in {seconds:.2f} s ({written} written, {unchanged} unchanged"
        + (f", {removed} removed" if removed else "") + ("; from the cache" if cached else "")
        + f"; search: {status})", True)
    return BuildResult(out, pages_count, written, unchanged, removed, False, seconds, status, cached is not None)


def _no_search(search: bool) -> str:
    return "not asked for" if not search else "skipped: pagefind is not installed (pip install 'pagefind[extended]')"


def _prune(folder: Path, top: Path) -> None:
    while folder.resolve() != top.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _pagefind_command() -> list[str]:
    """The pagefind binary that `pip install 'pagefind[extended]'` ships (no Python start-up), else `python -m pagefind`."""
    import importlib
    import sys

    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            return [str(importlib.import_module(package).get_executable())]
        except (ImportError, FileNotFoundError, AttributeError):
            continue
    return [sys.executable, "-m", "pagefind"]


def run_pagefind(out: Path) -> str:
    """Index the built site with pagefind; a short status for the progress line."""
    import subprocess

    try:
        proc = subprocess.run(_pagefind_command() + ["--site", str(out), "--silent"],
                              capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"failed: {exc}"
    if proc.returncode != 0:
        return "failed: " + (proc.stderr.strip() or proc.stdout.strip() or f"exit {proc.returncode}")[:300]
    return "indexed with pagefind"


def page_sizes(out: Path) -> dict[str, int]:
    """Bytes of every HTML page of a built site (without the search index)."""
    return {p.relative_to(out).as_posix(): p.stat().st_size for p in sorted(out.rglob("*.html"))
            if SEARCH_DIR not in p.relative_to(out).parts}
