"""Every page of the site as view data (pure): home, care models, families, about, assessment.

`pages(kb, ...)` reads nothing but its arguments; the compare page is in
`compare`, the reference pages (alternatives, legal forms, networks, GP
integration, glossary, sources) in `reference`.
"""
from __future__ import annotations

from ..engine.variants import linked_vanguards
from ..kb import KnowledgeBase
from ..reports.kbview import SECTION_TITLES, item_view, items_view, model_view
from ..reports.sentences import vanguard_text
from ..reports.since import since_for_model
from .compare import compare_page
from .governance_data import network_rules_page
from .page import SECTION_IDS, Page
from . import scripts
from .questionnaire_data import to_scripts
from .reference import (
    areas,
    collaborative_page,
    glossary_page,
    gp_page,
    legal_page,
    networks_page,
    since_page,
    sources_cited,
    sources_page,
    statements,
)


def pages(kb: KnowledgeBase, questionnaire=None, questionnaire_data: dict | None = None) -> list[Page]:
    """Every page of the site as view data (deterministic order)."""
    models = list(kb.models.values())
    views = {m["id"]: model_view(kb, m) for m in models}      # each model's view once: its page and the comparison
    out = [_home(kb)]
    out.append(Page("models/index.html", "site/models.html.j2", "The ten care models", "models",
                    {"families": [_family_summary(kb, f) for f in kb.families]},
                    crumbs=(("Home", "index.html"),),
                    description="The ten new care models of the HLP support pack, by family."))
    for i, m in enumerate(models):
        out.append(_model_page(kb, m, views[m["id"]], models[i - 1] if i else None,
                               models[i + 1] if i + 1 < len(models) else None))
    out.append(Page("families/index.html", "site/families.html.j2", "Families of care models", "models",
                    {"families": [_family_summary(kb, f) for f in kb.families]},
                    crumbs=(("Home", "index.html"),)))
    for f in kb.families:
        out.append(_family_page(kb, f))
    out.append(compare_page(kb, views))
    out.append(collaborative_page(kb))
    out.append(legal_page(kb))
    out.append(networks_page(kb))
    out.append(network_rules_page(kb))
    out.append(gp_page(kb))
    out.append(glossary_page(kb))
    out.append(sources_page(kb))
    out.append(since_page(kb))
    out.append(_about_page(kb, questionnaire))
    out.append(_assess_page(kb, questionnaire, questionnaire_data))
    out.append(_workshop_page(questionnaire))
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


def _model_page(kb: KnowledgeBase, model, view: dict, prev, nxt) -> Page:
    view = dict(view)
    view["section_ids"] = {s["key"]: SECTION_IDS.get(s["key"], s["key"]) for s in view["sections"]}
    contents = [("overview", "Overview"), ("examples", "Examples"), ("business-case", SECTION_TITLES["business_case"])]
    contents += [(view["section_ids"][s["key"]], s["title"]) for s in view["sections"]]
    if view["objectives"]:
        contents.append(("objectives", "Objectives it serves"))
    if view["related"]:
        contents.append(("related", "Related models"))
    if view["variants"]:
        contents.append(("variants", "Variants"))
    since = since_for_model(kb, model["id"])
    if since:
        contents.append(("since", "Since the sources"))
    contents.append(("sources", "Sources"))
    return Page(f"models/{model['id']}.html", "site/model.html.j2", model["name"], "models", {
        "m": view,
        "glance": _glance(kb, model, view),
        "contents": contents,
        "since": since,
        "vanguards": [vanguard_text(x) for x in linked_vanguards(kb, model["id"])],
        "sources": sources_cited(kb, [model] + list(kb.variants_of(model["id"]))
                                  + list(kb.aligned_to(model["id"]))),
        "prev": {"id": prev["id"], "name": prev["name"]} if prev else None,
        "next": {"id": nxt["id"], "name": nxt["name"]} if nxt else None,
    }, crumbs=(("Home", "index.html"), ("Care models", "models/index.html")),
        description=model["overview"]["text"][:160], also_known_as=model.get("short_name", ""))


GLANCE_BARRIERS = 3


def _glance(kb: KnowledgeBase, model, view: dict) -> dict:
    """The box at the top of a model's page, from the model's own statements: what it is (the pack's
    overview), when it fits (the objectives it serves, our judgement) and its first barriers."""
    barriers = next(s for s in view["sections"] if s["key"] == "barriers")
    return {
        "what": view["overview"],
        "family": view["family"],
        "objectives": [o["name"][:1].lower() + o["name"][1:] for o in view["objectives"]],
        "barriers": items_view(kb, model["barriers"][:GLANCE_BARRIERS]),
        "more_barriers": max(0, len(barriers["items"]) - GLANCE_BARRIERS),
    }


def _family_page(kb: KnowledgeBase, family) -> Page:
    return Page(f"families/{family['id']}.html", "site/family.html.j2", family["name"], "models",
                {"f": _family_summary(kb, family)},
                crumbs=(("Home", "index.html"), ("Families", "families/index.html")))


def _about_page(kb: KnowledgeBase, questionnaire) -> Page:
    rows = []
    for title, path, data in areas(kb):
        items = list(statements(data))
        derived = sum(1 for i in items if i.get("derived"))
        rows.append({"title": title, "path": path, "sourced": len(items) - derived, "derived": derived})
    alignment = kb.objectives["alignment"]
    return Page("about.html", "site/about.html.j2", "About this tool", "home", {
        "rows": rows, "since_count": len(kb.since["statements"]),
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
                {"q": view, "scripts": scripts.ENGINE + scripts.PAGE, "paper_scripts": scripts.PAPER}, glossary=False,
                transaction=True,
                files=to_scripts(data) if data is not None else {})


def _workshop_page(questionnaire) -> Page:
    # the questionnaire's data scripts are those the assessment page writes (questionnaire_data.to_scripts)
    view = {"q": {"title": questionnaire.title} if questionnaire is not None else None,
            "data": scripts.WORKSHOP_DATA, "scripts": scripts.ENGINE + scripts.WORKSHOP, "paper_scripts": scripts.PAPER}
    return Page("workshop.html", "site/workshop.html.j2", "Workshop: several respondents together", "workshop", view,
                crumbs=(("Home", "index.html"),), glossary=False,
                description="Bring together several people's assessment answers: where they agree, where they differ, "
                            "and the combined recommendation.")
