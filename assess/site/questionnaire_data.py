"""The compiled questionnaire as plain JSON data for the browser's engine (site/js/, window.AssessEngine).

Everything the in-browser assessment needs and nothing it would have to work
out again: option vectors and each question's lowest/highest achievable points
are taken from the compiled Python questionnaire as they are, so the
JavaScript sums exactly the same floats in the same order as
`assess.scoring`. Conditions stay data (the same small language as the YAML);
citations are pre-formatted text.

Weights travel compactly: each option's `why` pairs a target's index with the
index of its reason in `reasons` (each distinct text once); the points are
those of the option's vector. A weight of 0 points travels too, so the
browser's reasons leave it out by the same rule as Python's. Weights'
citations stay out: the page never shows them (reports do).
"""
from __future__ import annotations

from typing import Any

from ..engine.answers import MESSAGES, asked_when
from ..engine.questionnaire import Questionnaire
from ..engine.records import ANSWER_WORDS
from ..kb import KnowledgeBase, problems
from ..kb.freeze import thaw
from ..reports.kbview import cite, item_view
from ..reports.sentences import CONFIDENCE, SENTENCES
from ..reports.words import FIT_SENTENCES
from .page import to_script

BUSINESS_PARTS = ("finances", "leadership", "strategy")
FORMAT = 5   # bump when the shape below changes


def _source_text(kb: KnowledgeBase, source) -> str | None:
    return cite(kb, source) if source else None


def _items(kb: KnowledgeBase, items) -> list[dict]:
    views = (item_view(kb, i) for i in items)
    return [{"text": v["text"], "cite": v["cite"], "derived": v["derived"]} for v in views]


def _numbers(values) -> list:
    """Whole numbers without their '.0' (the same numbers in JavaScript, shorter in JSON)."""
    return [int(v) if v.is_integer() else v for v in values]


class _Texts:
    """Distinct strings, each numbered once in order of first use."""

    def __init__(self):
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        return self.index.setdefault(text, len(self.index))


def _option(option, targets: dict[str, int], texts: _Texts) -> dict:
    out: dict[str, Any] = {"id": option.id, "label": option.label, "vector": _numbers(option.vector),
                           "why": [[targets[t], texts(w.get("reason", ""))] for t, w in (option.given or {}).items()]}
    if option.help:
        out["help"] = option.help
    if option.min is not None:
        out["min"] = option.min
    if option.max is not None:
        out["max"] = option.max
    return out


def _question(kb: KnowledgeBase, questionnaire: Questionnaire, q, texts: _Texts) -> dict:
    out: dict[str, Any] = {
        "id": q.id, "index": q.index, "section": q.section, "text": q.text, "type": q.type,
        "help": _items(kb, q.help),
        "options": [_option(o, questionnaire.index, texts) for o in q.options],
        "when": thaw(q.when) if q.when is not None else None,
        "quick_guide": q.quick_guide,
        "challenge": ({"text": q.challenge["text"], "cite": _source_text(kb, q.challenge.get("source"))}
                      if q.challenge else None),
        "lo": _numbers(q.lo), "hi": _numbers(q.hi),
    }
    if q.type == "number":
        out.update({"min": q.min, "max": q.max, "unit": q.unit, "whole": q.whole})
    if q.hint:
        out["hint"] = q.hint
    if q.leave_out:
        out["leave_out"] = q.leave_out
    if q.when is not None:
        out["asked_when"] = asked_when(questionnaire, q)      # the condition in words, for the answers-file checks
    return out


def questionnaire_data(q: Questionnaire, kb: KnowledgeBase) -> dict:
    """Plain, JSON-ready data of a compiled questionnaire (deterministic order)."""
    models = {}
    for tid in q.ranking:
        if tid in kb.models:
            m = kb.models[tid]
            models[tid] = {
                "name": m["name"],
                "business_case": {part: [i["text"] for i in m["business_case"][part]] for part in BUSINESS_PARTS},
                "barriers": [i["text"] for i in m["barriers"]],
            }
    texts = _Texts()
    questions = [_question(kb, q, question, texts) for question in q.questions]
    guide = {g["id"]: {"number": g["number"], "title": g["title"], "prompts": [p["text"] for p in g["prompts"]]}
             for g in kb.objectives["quick_guide"]}
    return {
        "format": FORMAT,
        "id": q.id,
        "title": q.title,
        "digest": q.digest,
        "intro": _items(kb, q.intro),
        "targets": list(q.targets),
        "names": dict(q.names),
        "ranking": list(q.ranking),
        "alternatives": list(q.alternatives),
        "legal_forms": list(q.legal_forms),
        "sections": [{"id": s.id, "title": s.title, "help": _items(kb, s.help), "questions": list(s.questions)}
                     for s in q.sections],
        "questions": questions,
        "reasons": list(texts.index),
        "rules": [{"target": r.target, "requires": thaw(r.requires), "reason": r.reason, "text": r.text,
                   "cite": _source_text(kb, r.source)} for r in q.rules],
        "challenges": [{"theme": c.theme, "text": c.text, "cite": _source_text(kb, c.source),
                        "when": thaw(c.when) if c.when is not None else None}
                       for c in q.challenges],
        "referenced": sorted(q.referenced),
        "roles": thaw(q.roles),
        "quick_guide": guide,
        "models": models,
        "decision": _decision(q, kb),
        "answer_words": dict(ANSWER_WORDS),
        "limits": _limits(),
        "answer_checks": dict(MESSAGES),
        "file_problems": problems.data("reading"),     # what the YAML reader says (site/js/yaml.js)
    }


def _limits() -> dict:
    """The limits the browser checks an answers file against, Python's own (assess/engine/answers.py,
    assess/kb/yamlsafe.py, assess/files.py): free-text length, nesting depth, digits, file size."""
    from ..engine.answers import MAX_FREE_TEXT
    from ..files import MAX_BYTES
    from ..kb.yamlsafe import MAX_DEPTH, MAX_DIGITS

    return {"free_text": MAX_FREE_TEXT, "depth": MAX_DEPTH, "digits": MAX_DIGITS, "file_bytes": MAX_BYTES}


def _decision(q: Questionnaire, kb: KnowledgeBase) -> dict:
    """What the browser needs to decide as assess/engine/recommendation.py does: thresholds and wording."""
    from ..engine import recommendation as rec
    from ..engine.challenges import DISAGREEMENT, RAISED

    instead = rec.alternatives_replace(q, kb.collaborative)
    return {"well": rec.WELL, "close": rec.CLOSE, "reasons": rec.REASONS, "find_out": rec.FIND_OUT,
            "instead": instead, "quote": rec.instead_quote(kb.collaborative) if instead else None,
            "terms": dict(q.terms), "wording": dict(rec.WORDING),
            "disagreement": dict(DISAGREEMENT), "raised": dict(RAISED), "priorities": _priorities(kb),
            "headlines": {kind: SENTENCES[f"headline {kind}"] for kind in ("model", "alternative", "none")},
            "fits": {key: SENTENCES[key] for key in FIT_SENTENCES},
            "ruled_out": SENTENCES["ruled out because"],
            "confidence": dict(CONFIDENCE)}


def _priorities(kb: KnowledgeBase) -> dict:
    """What the browser needs to rank challenges as assess/engine/priorities.py does."""
    from ..engine import priorities, variants

    return {"ranks": [list(r) for r in priorities.RANKS], "same": priorities.SAME, "settled": priorities.SETTLED,
            "live": priorities.LIVE, "stop": sorted(priorities.STOP),
            "ask": dict(priorities.ASK), "asked": dict(priorities.ASKED),
            "protect": [{"text": c["text"], "cite": _source_text(kb, c["source"]), "why": c["why"]}
                        for c in variants.to_protect(kb)]}


DATA_SCRIPT = "assets/questionnaire.js"
RESULTS_SCRIPT = "assets/questionnaire-results.js"
# What only the results page reads: half the data, so the assessment page loads without it
RESULTS_ONLY = ("reasons", "models", "challenges")


def to_scripts(data: dict) -> dict[str, str]:
    """The data as two scripts: what the questions need, loaded with the page, and what only the results
    need (the weights' reasons, the models' texts, the challenges), loaded when the results are first shown."""
    page = {k: v for k, v in data.items() if k not in RESULTS_ONLY}
    results = {k: data[k] for k in RESULTS_ONLY}
    return {DATA_SCRIPT: to_script(page, "careModelsQuestionnaire"), RESULTS_SCRIPT: to_script(results, "careModelsQuestionnaireResults")}
