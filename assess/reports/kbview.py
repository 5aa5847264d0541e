"""Knowledge-base items as views: statements with their citations, whole models, GP-integration variants."""
from __future__ import annotations

from ..kb import MODEL_SECTIONS, KnowledgeBase

SECTION_TITLES = {
    "overview": "Overview",
    "examples": "Examples",
    "business_case": "Business case: key issues",
    "benefits": "Benefits",
    "governance": "Governance",
    "regulation": "Regulation",
    "barriers": "Barriers",
    "workforce": "Workforce considerations",
}

BUSINESS_CASE_TITLES = {"finances": "Finances", "leadership": "Leadership", "strategy": "Strategy"}


def cite(kb: KnowledgeBase, source) -> str:
    """'HLP Module 1, “Option 6: MCP – Barriers”' for a source reference."""
    return f"{kb.document(source['doc'])['short']}, “{source['where']}”"


def item_view(kb: KnowledgeBase, item) -> dict:
    """Text plus a readable citation, or the derived marker and its rationale."""
    if item.get("derived"):
        note = f"this tool's judgement, not the source's: {item['rationale']}"
        if item.get("source"):
            note += f" (from {cite(kb, item['source'])})"
        return {"text": item["text"], "cite": note, "derived": True}
    return {"text": item["text"], "cite": cite(kb, item["source"]), "derived": False}


def items_view(kb: KnowledgeBase, items) -> dict:
    """A list of statements, with the citation shown once when they share one."""
    views = [item_view(kb, i) for i in items]
    cites = sorted({v["cite"] for v in views})
    shared = cites[0] if len(cites) == 1 else None
    return {"items": views, "shared_cite": shared}


def model_view(kb: KnowledgeBase, model) -> dict:
    """Everything a page, brief or `kb show` needs of one model, ready to print."""
    family = kb.family(model["family"])
    examples = [{"organisation": e["organisation"], "text": e.get("text"), "cite": cite(kb, e["source"])}
                for e in model["examples"]]
    business = {k: items_view(kb, model["business_case"][k]) for k in BUSINESS_CASE_TITLES}
    return {
        "id": model["id"],
        "option": model["option"],
        "name": model["name"],
        "short_name": model.get("short_name"),
        "family": {"id": family["id"], "name": family["name"]},
        "overview": item_view(kb, model["overview"]),
        "overview_points": items_view(kb, model.get("overview_points", ())),
        "examples": examples,
        "examples_note": item_view(kb, model["examples_note"]) if model.get("examples_note") else None,
        "business_intro": item_view(kb, model["business_case"]["intro"]) if model["business_case"].get("intro") else None,
        "business_case": [{"title": BUSINESS_CASE_TITLES[k], **business[k]} for k in BUSINESS_CASE_TITLES],
        "sections": [{"key": k, "title": SECTION_TITLES[k], **items_view(kb, model[k])}
                     for k in MODEL_SECTIONS if k not in ("overview", "examples", "business_case")],
        "workforce_note": item_view(kb, model["workforce_note"]) if model.get("workforce_note") else None,
        "related": [{"id": r["model"], "name": kb.models[r["model"]]["name"], "text": r["text"],
                     "cite": cite(kb, r["source"])} for r in model.get("related", ())],
        "variants": [variant_view(kb, v) for v in kb.variants_of(model["id"])],
        "objectives": [{"name": _objective_name(kb, a["objective"]), "rationale": a["rationale"],
                        "cite": cite(kb, a["source"])}
                       for a in kb.aligned_to(model["id"])],
    }


def variant_view(kb: KnowledgeBase, variant) -> dict:
    return {
        "id": variant["id"],
        "name": variant["name"],
        "description": items_view(kb, variant["description"]),
        "features": items_view(kb, variant.get("features", ())),
        "early_features": items_view(kb, variant["early_features"]),
        "mature_features": items_view(kb, variant["mature_features"]),
        "examples": [{"organisation": e["organisation"], "text": e.get("text"), "cite": cite(kb, e["source"])}
                     for e in variant.get("examples", ())],
    }


def _objective_name(kb: KnowledgeBase, objective_id: str) -> str:
    return next(o["name"] for o in kb.objectives["objectives"] if o["id"] == objective_id)
