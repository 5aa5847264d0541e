"""Scoring: pure functions from a questionnaire and answers to fits, reasons and sensitivity.

See docs/questionnaires.md for the arithmetic. Nothing here reads files or
prints; results are plain dicts and lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .conditions import DONT_KNOW
from .questionnaire import SCORED, Question, Questionnaire


@dataclass(frozen=True)
class State:
    """The arithmetic of one respondent's answers: sums per target."""

    known: dict           # applicable question id -> answer (incl. dont-know)
    raw: list             # points scored, per target
    lo: list              # lowest achievable on answered questions
    hi: list              # highest achievable on answered questions
    ulo: list             # lowest achievable on dont-know questions
    uhi: list             # highest achievable on dont-know questions
    excluded: dict        # target id -> rule (definitely excluded)
    maybe: dict           # target id -> rule (excluded if a dont-know resolves one way)


def state(q: Questionnaire, values: Mapping[str, Any]) -> State:
    """Sum the points of the questions that apply."""
    n = len(q.targets)
    raw, lo, hi, ulo, uhi = [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n
    known: dict[str, Any] = {}
    for question in q.questions:
        if question.check is not None and question.check(known) is not True:
            continue
        value = values.get(question.id, DONT_KNOW)
        known[question.id] = value
        if question.type not in SCORED:
            continue
        if value == DONT_KNOW:
            ulo = _add(ulo, question.lo)
            uhi = _add(uhi, question.hi)
            continue
        lo = _add(lo, question.lo)
        hi = _add(hi, question.hi)
        for option in chosen(question, value):
            raw = _add(raw, option.vector)
    excluded, maybe = {}, {}
    for rule in q.rules:
        verdict = rule.check(known)
        if verdict is False:
            excluded.setdefault(rule.target, rule)
        elif verdict is None:
            maybe.setdefault(rule.target, rule)
    return State(known, raw, lo, hi, ulo, uhi, excluded, maybe)


def chosen(question: Question, value) -> tuple:
    """The options (or band) an answer selects."""
    if question.type == "multi":
        return tuple(question.option_index[o] for o in value)
    if question.type == "number":
        return (question.band_for(value),)
    return (question.option_index[value],)


def fits(s: State) -> tuple[list, list, list]:
    """fit, low and high per target, 0-100."""
    fit, low, high = [], [], []
    for raw, lo, hi, ulo, uhi in zip(s.raw, s.lo, s.hi, s.ulo, s.uhi):
        span, total = hi - lo, (hi - lo) + (uhi - ulo)
        fit.append(100.0 * (raw - lo) / span if span > 0 else 50.0)
        if total > 0:
            low.append(100.0 * (raw - lo) / total)
            high.append(100.0 * (raw - lo + uhi - ulo) / total)
        else:
            low.append(fit[-1])
            high.append(fit[-1])
    return fit, low, high


def order(ids: Iterable[str], q: Questionnaire, fit: list, excluded: Mapping) -> list[str]:
    """Best first: not excluded, highest fit, then questionnaire order."""
    index = {t: i for i, t in enumerate(q.targets)}
    return sorted(ids, key=lambda t: (t in excluded, -fit[index[t]], index[t]))


def top_model(q: Questionnaire, fit: list, excluded: Mapping) -> str:
    best, best_fit = None, None
    for i, tid in enumerate(q.ranking):
        if tid in excluded:
            continue
        if best is None or fit[i] > best_fit:
            best, best_fit = tid, fit[i]
    return best if best is not None else q.ranking[0]


def reasons(q: Questionnaire, s: State, target: str) -> list[dict]:
    """The answered questions that gave `target` points, largest effect first."""
    out = []
    for qid, value in s.known.items():
        question = q.by_id[qid]
        if question.type not in SCORED or value == DONT_KNOW:
            continue
        for option in chosen(question, value):
            weight = option.weights.get(target)
            if weight and weight["points"]:
                out.append({"question": qid, "question_text": question.text, "answer": option.id,
                            "answer_label": option.label, "points": weight["points"],
                            "reason": weight["reason"], "source": weight.get("source")})
    out.sort(key=lambda r: (-abs(r["points"]), -r["points"], q.by_id[r["question"]].index))
    return out


def alternatives_for(question: Question, value) -> list[tuple[str, Any]]:
    """Every other single answer to try: (label of the change, new value)."""
    if question.type == "multi":
        if value == DONT_KNOW:
            return [(f"only “{o.label}”", (o.id,)) for o in question.options]
        current = set(value)
        out = []
        for o in question.options:
            new = tuple(x.id for x in question.options if (x.id in current) != (x.id == o.id))
            out.append((f"{'without' if o.id in current else 'adding'} “{o.label}”", new))
        return out
    if question.type == "number":
        band = None if value == DONT_KNOW else question.band_for(value)
        return [(f"“{b.label}”", _representative(question, b)) for b in question.options if b is not band]
    return [(f"“{o.label}”", o.id) for o in question.options if o.id != value]


def _representative(question: Question, band) -> float:
    """A number that falls in `band`: its lower end, or the question's minimum for an open band."""
    return question.min if band.min is None else max(band.min, question.min)


def sensitivity(q: Questionnaire, values: Mapping[str, Any], s: State | None = None) -> list[dict]:
    """The single answer changes that would change the top model, with the new lead."""
    s = s or state(q, values)
    fit = fits(s)[0]
    top = top_model(q, fit, s.excluded)
    r = len(q.ranking)
    out = []
    for qid, value in s.known.items():
        question = q.by_id[qid]
        if question.type not in SCORED:
            continue
        slow = qid in q.referenced
        current = () if value == DONT_KNOW else chosen(question, value)
        for change, new_value in alternatives_for(question, value):
            if slow:
                changed = dict(values)
                changed[qid] = new_value
                s2 = state(q, changed)
                new_fit, excluded = fits(s2)[0], s2.excluded
            else:
                new_fit = _fast_fits(s, question, current, chosen(question, new_value), value == DONT_KNOW, r)
                excluded = s.excluded
            new_top = top_model(q, new_fit, excluded)
            if new_top != top:
                i_new, i_old = q.targets.index(new_top), q.targets.index(top)
                out.append({"question": qid, "question_text": question.text,
                            "answer": _answer_label(question, value), "change_to": change,
                            "new_top": new_top, "new_top_fit": new_fit[i_new],
                            "old_top_fit": new_fit[i_old] if top not in excluded else None,
                            "margin": new_fit[i_new] - (new_fit[i_old] if top not in excluded else 0.0)})
    return out


def _fast_fits(s: State, question: Question, current: tuple, new: tuple, was_unknown: bool, r: int) -> list:
    """Fits of the ranking targets after one answer change that no condition depends on."""
    out = []
    for i in range(r):
        raw = s.raw[i] - sum(o.vector[i] for o in current) + sum(o.vector[i] for o in new)
        lo, hi = s.lo[i], s.hi[i]
        if was_unknown:
            lo += question.lo[i]
            hi += question.hi[i]
        span = hi - lo
        out.append(100.0 * (raw - lo) / span if span > 0 else 50.0)
    return out


def _answer_label(question: Question, value) -> str:
    if value == DONT_KNOW:
        return "don't know"
    if question.type == "multi":
        return ", ".join(question.label(o) for o in value) or "none"
    if question.type == "number":
        return f"{value:,}"
    return question.label(value)


def answer_label(q: Questionnaire, qid: str, value) -> str:
    """An answer in words, for reports."""
    question = q.by_id[qid]
    if question.type == "text":
        return "don't know" if value == DONT_KNOW else str(value)
    return _answer_label(question, value)


def _add(a: list, b: tuple) -> list:
    return [x + y for x, y in zip(a, b)]


def score(q: Questionnaire, values: Mapping[str, Any]) -> dict:
    """The full result for one respondent: ranking, alternatives, legal forms, sensitivity."""
    return aggregate(q, [values])


def aggregate(q: Questionnaire, answer_sets: list[Mapping[str, Any]], labels: list[str] | None = None,
              states: list[State] | None = None) -> dict:
    """Mean fits over respondents, with reasons, disagreements and sensitivity."""
    labels = labels or [f"respondent {i + 1}" for i in range(len(answer_sets))]
    states = states or [state(q, v) for v in answer_sets]
    per = [fits(s) for s in states]
    n = len(states)
    mean = [[sum(p[k][i] for p in per) / n for i in range(len(q.targets))] for k in range(3)]
    fit, low, high = mean
    # a target is excluded when every respondent's answers exclude it
    excluded = {t: states[0].excluded[t] for t in q.targets if all(t in s.excluded for s in states)}

    def entries(ids, key):
        rows = []
        for tid in order(ids, q, fit, excluded):
            i = q.targets.index(tid)
            rows.append(_entry(q, states, labels, tid, key, fit[i], low[i], high[i], excluded))
        return rows

    ranking = entries(q.ranking, "model")
    result = {
        "questionnaire": q.id,
        "ranking": ranking,
        "alternatives": entries(q.alternatives, "id"),
        "legal_forms": entries(q.legal_forms, "id"),
        "sensitivity": _sensitivity_all(q, answer_sets, states, labels, ranking[0]["model"]),
        "dont_know": sorted({qid for s in states for qid, v in s.known.items()
                             if v == DONT_KNOW and q.by_id[qid].type in SCORED},
                            key=lambda qid: q.by_id[qid].index),
        "disagreements": disagreements(q, states, labels) if n > 1 else [],
    }
    return result


def _entry(q, states, labels, tid, key, fit, low, high, excluded) -> dict:
    multi = len(states) > 1
    why = []
    for s, label in zip(states, labels):
        for r in reasons(q, s, tid):
            if multi:
                r["respondent"] = label
            why.append(r)
    if multi:
        why.sort(key=lambda r: (-abs(r["points"]), -r["points"], q.by_id[r["question"]].index))
    rule = excluded.get(tid)
    maybe = [
        {"reason": s.maybe[tid].reason, "condition": s.maybe[tid].text, **({"respondent": label} if multi else {})}
        for s, label in zip(states, labels) if tid in s.maybe
    ] + [
        {"reason": s.excluded[tid].reason, "condition": s.excluded[tid].text, "respondent": label}
        for s, label in zip(states, labels) if tid in s.excluded and tid not in excluded
    ]
    return {
        key: tid, "name": q.names[tid], "score": fit, "low": low, "high": high,
        "excluded": rule is not None,
        "exclusion": {"reason": rule.reason, "condition": rule.text, "source": rule.source} if rule else None,
        "may_be_excluded": maybe,
        "reasons": why,
    }


def _sensitivity_all(q, answer_sets, states, labels, top) -> list[dict]:
    if len(states) == 1:
        return sensitivity(q, answer_sets[0], states[0])
    # several respondents: change one respondent's answer, re-average, see if the top moves
    out = []
    base = [fits(s)[0] for s in states]
    n = len(states)
    for k, (values, s, label) in enumerate(zip(answer_sets, states, labels)):
        for qid, value in s.known.items():
            question = q.by_id[qid]
            if question.type not in SCORED:
                continue
            for change, new_value in alternatives_for(question, value):
                changed = dict(values)
                changed[qid] = new_value
                s2 = state(q, changed)
                mine = fits(s2)[0]
                mean = [(sum(b[i] for b in base) - base[k][i] + mine[i]) / n for i in range(len(q.targets))]
                excl = {t: 1 for t in q.ranking
                        if all(t in (s2 if j == k else states[j]).excluded for j in range(n))}
                new_top = top_model(q, mean, excl)
                if new_top != top:
                    i_new, i_old = q.targets.index(new_top), q.targets.index(top)
                    out.append({"question": qid, "question_text": question.text, "respondent": label,
                                "answer": _answer_label(question, value), "change_to": change,
                                "new_top": new_top, "new_top_fit": mean[i_new],
                                "old_top_fit": mean[i_old], "margin": mean[i_new] - mean[i_old]})
    return out


def disagreements(q: Questionnaire, states: list[State], labels: list[str]) -> list[dict]:
    """Questions that respondents answered differently (numbers: in different bands)."""
    out = []
    for question in q.questions:
        if question.type not in SCORED:
            continue
        answers = []
        for s, label in zip(states, labels):
            if question.id in s.known:
                value = s.known[question.id]
                key = value
                if question.type == "number" and value != DONT_KNOW:
                    key = question.band_for(value).id
                answers.append((label, key, _answer_label(question, value)))
        if len({a[1] for a in answers}) > 1:
            out.append({"question": question.id, "question_text": question.text,
                        "answers": [{"respondent": a[0], "answer": a[2]} for a in answers]})
    return out
