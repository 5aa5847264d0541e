"""The views of briefing packs (one care model each, and their index), and of legal models."""
from __future__ import annotations

import re

from ..kb import KnowledgeBase
from .kbview import BUSINESS_CASE_TITLES, cite, item_view, items_view, model_view
from .provenance import AS_AT, docs_in, source_docs
from .words import fit_text

REPORT_SECTIONS = ("benefits", "barriers", "governance", "regulation", "workforce")


# Which models the questions of Provider networks, Section 4 (joint decisions, capitated budgets) and of
# Provider collaboratives questions are raised for in briefing packs. Derived.
NETWORK_MODELS = ("aco", "mcp", "pacs")

NETWORK_RATIONALE = ("Provider networks, Section 4 is about provider networks that hold a capitated budget for a population and "
                     "must agree how to reallocate it; of the ten models, the ACO/ICO, MCP and PACS are the "
                     "ones whose texts describe providers taking on a budget for a whole population.")

COLLABORATIVE_MODELS = ("hospital-chain", "specialty-franchise", "uec-network", "aco", "mcp", "pacs",
                        "care-homes", "gp-federation")

COLLABORATIVE_RATIONALE = ("Provider collaboratives: working together at scale is about separate providers forming a collaborative; it applies to the "
                           "models in which organisations keep their identity and work together, not to the "
                           "multi-site trust or the super-practice, which merge organisations into one.")


def formality_level(legal) -> str:
    return "less" if legal["formality"]["text"].lower().startswith("less") else "more"


def barrier_question(text: str) -> str:
    """A barrier recorded by the support pack, asked as a check-and-challenge question."""
    from ..engine.priorities import board_question

    return board_question(text, "barrier")


def legal_view(kb: KnowledgeBase, legal_id: str, fit: float | None = None) -> dict:
    """A legal model with its level of formality and that level's pros and cons (less those that apply least to it)."""
    legal = kb.legal_model(legal_id)
    level = formality_level(legal)
    pros_cons = kb.legal_models["formality"][level]
    least = set(legal.get("applies_least", ()))
    return {"id": legal["id"], "name": legal["name"], "fit": fit_text(fit) if fit is not None else None,
            "level": level, "formality": item_view(kb, legal["formality"]),
            "description": items_view(kb, legal["description"]),
            "pros": items_view(kb, pros_cons["pros"]),
            "cons": items_view(kb, [c for c in pros_cons["cons"] if c["text"] not in least])}


# ---------------------------------------------------------------- briefs
_OPTION_RANGE = re.compile(r"Options?\s+((?:\d+\s*(?:[-–]\s*\d+)?\s*(?:,|and)?\s*)+)")


def _options_in(where: str) -> set[int]:
    """Option numbers a `where` names: 'Option 6', 'Options 4, 5 and 8', '(repeated for Options 2-7)'."""
    found: set[int] = set()
    for m in _OPTION_RANGE.finditer(where):
        for part in re.split(r",|and", m.group(1)):
            part = part.strip()
            if not part:
                continue
            bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part) if x.strip().isdigit()]
            if len(bounds) == 2:
                found.update(range(bounds[0], bounds[1] + 1))
            elif bounds:
                found.add(bounds[0])
    return found


def _mentions(model, text: str) -> bool:
    names = [model["name"]] + ([model["short_name"]] if model.get("short_name") else [])
    for part in (model.get("short_name") or "").split("/"):
        if part:
            names.append(part)
    return any(re.search(rf"(?<![\w-]){re.escape(n)}s?(?![\w-])", text) for n in names if len(n) >= 3)


def related_legal(kb: KnowledgeBase, model) -> list[dict]:
    """Legal models whose passages in kb/legal_models.yaml name this model (by option number or name)."""
    out = []
    for legal in kb.legal_models["models"]:
        evidence = [item for item in legal["description"]
                    if item.get("source") and (model["option"] in _options_in(item["source"]["where"])
                                               or _mentions(model, item["text"]))]
        if evidence:
            view = legal_view(kb, legal["id"])
            view["evidence"] = items_view(kb, evidence)
            out.append(view)
    return out


def brief_view(kb: KnowledgeBase, model_id: str, *, version: str) -> dict:
    """Everything `brief.md.j2` shows for one model."""
    model = kb.model(model_id)
    m = model_view(kb, model)
    groups = []
    for key, title in BUSINESS_CASE_TITLES.items():
        items = [{"text": i["text"], "cite": item_view(kb, i)["cite"]} for i in model["business_case"][key]]
        if items:
            groups.append({"theme": f"Business case: {title.lower()}", "items": items, "note": None})
    groups.append({"theme": "Barriers to address",
                   "items": [{"text": barrier_question(i["text"]), "cite": item_view(kb, i)["cite"]}
                             for i in model["barriers"]], "note": None})
    networks = kb.provider_networks
    relevance = []
    if model_id in NETWORK_MODELS:
        groups.append({"theme": "Joint decisions in a provider network",
                       "items": [{"text": i["text"], "cite": cite(kb, i["source"])}
                                 for i in networks["check_and_challenge"]],
                       "note": NETWORK_RATIONALE})
        relevance.append(NETWORK_RATIONALE)
    if model_id in COLLABORATIVE_MODELS:
        groups.append({"theme": "Forming a provider collaborative",
                       "items": [{"text": f"{area['name']}: {i['text']}", "cite": cite(kb, i["source"])}
                                 for area in networks["collaboratives"]["focus_areas"] for i in area["questions"]],
                       "note": COLLABORATIVE_RATIONALE})
        relevance.append(COLLABORATIVE_RATIONALE)
    legal = related_legal(kb, model)
    docs = docs_in(model) | docs_in(kb.variants_of(model_id)) | docs_in([lv for lv in kb.legal_models["models"]
                                                                            if lv["id"] in {x["id"] for x in legal}])
    if model_id in NETWORK_MODELS:
        docs.add("provider-networks-decisions")
    if model_id in COLLABORATIVE_MODELS:
        docs.add("provider-collaboratives")
    levels = [{"level": level, "pros": items_view(kb, kb.legal_models["formality"][level]["pros"]),
               "cons": items_view(kb, kb.legal_models["formality"][level]["cons"])}
              for level in ("less", "more") if any(lv["level"] == level for lv in legal)]
    return {
        "m": m,
        "sections": [s for k in REPORT_SECTIONS for s in m["sections"] if s["key"] == k],
        "legal": legal,
        "levels": levels,
        "legal_intro": items_view(kb, kb.legal_models["intro"]),
        "challenges": groups,
        "relevance": relevance,
        "sources": source_docs(kb, docs),
        "as_at": AS_AT,
        "footer": {"version": version, "kb": kb.digest},
    }


def brief_index_view(kb: KnowledgeBase, ext: str, *, version: str) -> dict:
    return {
        "models": [{"id": m["id"], "option": m["option"], "name": m["name"],
                    "family": kb.family(m["family"])["name"], "file": f"{m['id']}.{ext}"}
                   for m in kb.models.values()],
        "sources": source_docs(kb),
        "footer": {"version": version, "kb": kb.digest},
    }


def brief_file_name(model_id: str, ext: str) -> str:
    return f"{model_id}.{ext}"
