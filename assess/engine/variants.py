"""The variant of the recommended model that matches the answers, and what of general practice to protect (pure).

The BMA paper describes three types of MCP (soft, directed, GP-network-led) and
two of PACS (Foundation Trust based, multidisciplinary). The questionnaire's
`variants:` signals (derived) give each type points when the answers point to
it; the type with the most points is named, with its features (as the paper
gives them: plain, or of the early stages, or of a mature model) and examples.
Where practices' contracts or identity would change (the questionnaire's
`practice_change` role, a condition), the paper's five features of general
practice become check-and-challenge questions. HLP examples of a model and
vanguard sites of any type whose names share a word are listed as sharing that
name, nothing more (a derived match by name).
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..kb import KnowledgeBase
from .conditions import compile_condition
from .questionnaire import Questionnaire

FEATURES_SHOWN = 4
FEATURE_PARTS = ("features", "early_features", "mature_features")     # the first one a type has is shown
_GENERIC = frozenset("""nhs ccg ccgs trust foundation vanguard programme project care primary community integrated
    partnership provider providers multi specialty multispecialty multi-specialty health healthcare hospital
    hospitals north south east west northern southern the and of city council services system economy local
    social ltd practice surgeries teach university pathway initiative transfer red bag home homes network
    group resilience urgent emergency well connected together""".split())


def match(q: Questionnaire, kb: KnowledgeBase, model_id: str | None, known_sets: list[Mapping[str, Any]]) -> dict | None:
    """The variant of `model_id` the answers match best (None when the model has no variants)."""
    variants = [v for v in kb.gp_integration["variants"] if v["model"] == model_id]
    if not variants:
        return None
    points = {v["id"]: 0.0 for v in variants}
    why: dict[str, list[str]] = {v["id"]: [] for v in variants}
    for signal in q.variant_signals:
        if signal.variant not in points:
            continue
        hits = sum(1 for known in known_sets if signal.check(known) is True)
        if hits:
            points[signal.variant] += signal.points * hits / len(known_sets)
            why[signal.variant].append(signal.reason)
    best = max(points.values())
    leaders = [v for v in variants if points[v["id"]] == best]
    chosen = leaders[0] if best > 0 and len(leaders) == 1 else None
    part, features = shown_features(chosen) if chosen else (None, [])
    return {"model": model_id, "variant": chosen["id"] if chosen else None,
            "name": chosen["name"] if chosen else None,
            "points": points, "why": why[chosen["id"]] if chosen else [],
            "tied": [v["name"] for v in leaders] if chosen is None and best > 0 else [],
            "features": features, "features_part": part,
            "examples": list(chosen.get("examples", ())) if chosen else [],
            "vanguards": linked_vanguards(kb, model_id)}


def protect(q: Questionnaire, kb: KnowledgeBase, known_sets: list[Mapping[str, Any]]) -> list[dict]:
    """The five features of general practice, as questions, when the answers of any respondent meet the
    questionnaire's `practice_change` role (none without that role)."""
    role = q.roles.get("practice_change")
    check = compile_condition(role["when"]) if role else None
    if check is None or not any(check(known) is True for known in known_sets):
        return []
    return to_protect(kb)


def to_protect(kb: KnowledgeBase) -> list[dict]:
    """The five features of general practice, as questions (raised when practices' contracts or identity would change)."""
    return [{"text": f"How will the new arrangement keep this feature of general practice: "
                     f"“{item['text'].rstrip('.')}”?", "source": item.get("source"),
             "why": "practices' contracts or identity would change"} for item in kb.gp_integration["traditional_features"]]


def linked_vanguards(kb: KnowledgeBase, model_id: str) -> list[dict]:
    """HLP examples of the model and vanguard sites of any type whose names share a word (`shared`, the runs of
    shared words as the vanguard's name spells them): a shared name, not a claim that they are one project."""
    model = kb.models.get(model_id)
    if model is None:
        return []
    sites = [(t, s) for t in kb.gp_integration["vanguard_types"] for s in t["sites"]]
    out = []
    for example in model["examples"]:
        places = _places(example["organisation"])
        for vtype, site in sites:
            shared = _runs(site["name"], places & _places(site["name"]))
            if shared:
                out.append({"example": example["organisation"], "vanguard": site["name"], "number": site["number"],
                            "type": vtype["name"], "type_model": vtype.get("model"), "shared": shared,
                            "announced": vtype["announced"], "source": vtype.get("source")})
    return out


def shown_features(variant: Mapping) -> tuple[str | None, list[dict]]:
    """The part of FEATURE_PARTS shown for a type (its first non-empty one) and up to FEATURES_SHOWN of its items."""
    part = next((p for p in FEATURE_PARTS if variant.get(p)), None)
    items = list(variant.get(part) or ()) if part else []
    return part, [{"text": i["text"], "source": i.get("source")} for i in items[:FEATURES_SHOWN]]


def _places(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _GENERIC and len(w) > 2}


def _runs(name: str, words: set[str]) -> list[str]:
    """The runs of consecutive words of `name` that are in `words`, as `name` spells them."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[A-Za-z]+", name):
        if word.lower() in words:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if r]

