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

    values: Mapping       # the answers given
    known: dict           # applicable question id -> answer (incl. dont-know)
    contrib: dict         # applicable scored question id -> points vector, or None for dont-know
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
    contrib: dict[str, Any] = {}
    for question in q.questions:
        if question.check is not None and question.check(known) is not True:
            continue
        value = values.get(question.id, DONT_KNOW)
        known[question.id] = value
        if question.type not in SCORED:
            continue
        if value == DONT_KNOW:
            contrib[question.id] = None
            ulo = _add(ulo, question.lo)
            uhi = _add(uhi, question.hi)
            continue
        vector = points(question, value)
        contrib[question.id] = vector
        raw = _add(raw, vector)
        lo = _add(lo, question.lo)
        hi = _add(hi, question.hi)
    excluded, maybe = exclusions(q, known)
    return State(values, known, contrib, raw, lo, hi, ulo, uhi, excluded, maybe)


def exclusions(q: Questionnaire, known: Mapping[str, Any]) -> tuple[dict, dict]:
    """Targets definitely excluded by a rule, and those that may be."""
    excluded, maybe = {}, {}
    for rule in q.rules:
        verdict = rule.check(known)
        if verdict is False:
            excluded.setdefault(rule.target, rule)
        elif verdict is None:
            maybe.setdefault(rule.target, rule)
    return excluded, maybe


def points(question: Question, value) -> tuple:
    """The points vector an answer scores."""
    options = chosen(question, value)
    if len(options) == 1:
        return options[0].vector
    total = [0.0] * len(question.lo)
    for option in options:
        total = _add(total, option.vector)
    return tuple(total)


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
    index = q.index
    return sorted(ids, key=lambda t: (t in excluded, -fit[index[t]], index[t]))


def top_model(q: Questionnaire, fit: list, excluded: Mapping) -> str:
    best, best_fit = None, None
    for i, tid in enumerate(q.ranking):
        if tid in excluded:
            continue
        if best is None or fit[i] > best_fit:
            best, best_fit = tid, fit[i]
    return best if best is not None else q.ranking[0]


def reasons(q: Questionnaire, s: State) -> dict[str, list]:
    """Per target, the answered questions that gave it points, largest effect first."""
    out: dict[str, list] = {t: [] for t in q.targets}
    for qid, vector in s.contrib.items():
        if vector is None:
            continue
        question = q.by_id[qid]
        for option in chosen(question, s.known[qid]):
            for target, weight in option.weights.items():
                if weight["points"]:
                    out[target].append({"question": qid, "question_text": question.text, "answer": option.id,
                                        "answer_label": option.label, "points": weight["points"],
                                        "reason": weight["reason"], "source": weight.get("source")})
    for rows in out.values():
        rows.sort(key=lambda r: (-abs(r["points"]), -r["points"], q.by_id[r["question"]].index))
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
    i_old = q.index[top]
    out = []
    for qid, value in s.known.items():
        question = q.by_id[qid]
        if question.type not in SCORED:
            continue
        if _cannot_move_top(q, s, fit, question, i_old, r):
            continue
        for change, new_value in alternatives_for(question, value):
            new_fit, excluded = changed_fits(q, s, question, new_value, r)
            new_top = top_model(q, new_fit, excluded)
            if new_top != top:
                i_new = q.index[new_top]
                old_fit = None if top in excluded else new_fit[i_old]
                out.append({"question": qid, "question_text": question.text,
                            "answer": _answer_label(question, value), "change_to": change,
                            "new_top": new_top, "new_top_fit": new_fit[i_new], "old_top_fit": old_fit,
                            "old_top_excluded": top in excluded,
                            "margin": new_fit[i_new] - (old_fit if old_fit is not None else 0.0)})
    return out


def _cannot_move_top(q: Questionnaire, s: State, fit: list, question: Question, top: int, r: int) -> bool:
    """True when no answer to `question` could let another model overtake the top (a cheap bound).

    Only for answered questions that no condition or rule depends on: any answer
    scores between the question's lo and hi, so each fit can move by at most that.
    """
    if question.id in q.referenced or s.contrib[question.id] is None:
        return False
    current = s.contrib[question.id]
    span_top = s.hi[top] - s.lo[top]
    floor = fit[top] - (100.0 * (current[top] - question.lo[top]) / span_top if span_top > 0 else 0.0)
    for i in range(r):
        if i == top or q.ranking[i] in s.excluded:
            continue
        span = s.hi[i] - s.lo[i]
        ceiling = fit[i] + (100.0 * (question.hi[i] - current[i]) / span if span > 0 else 0.0)
        if ceiling >= floor - 1e-9:
            return False
    return True


def changed_fits(q: Questionnaire, s: State, question: Question, new_value, r: int) -> tuple[list, dict]:
    """Fits of the first `r` targets, and exclusions, with one answer changed.

    Only the changed question and the questions whose condition depends on it
    are re-evaluated; everything else is taken from the state.
    """
    raw, lo, hi = s.raw[:r], s.lo[:r], s.hi[:r]
    dependents = q.dependents.get(question.id, ())

    def remove(item: Question):
        vector = s.contrib.get(item.id)
        if vector is not None:
            for i in range(r):
                raw[i] -= vector[i]
                lo[i] -= item.lo[i]
                hi[i] -= item.hi[i]

    def add(item: Question, value):
        if item.type in SCORED and value != DONT_KNOW:
            vector = points(item, value)
            for i in range(r):
                raw[i] += vector[i]
                lo[i] += item.lo[i]
                hi[i] += item.hi[i]
    remove(question)
    add(question, new_value)
    known = s.known
    if dependents or question.id in q.in_rules:
        known = dict(s.known)
        known[question.id] = new_value
        for item in dependents:
            remove(item)
            known.pop(item.id, None)
        for item in dependents:
            if item.check(known) is True:
                value = s.values.get(item.id, DONT_KNOW)
                known[item.id] = value
                add(item, value)
    excluded = exclusions(q, known)[0] if known is not s.known else s.excluded
    out = []
    for i in range(r):
        span = hi[i] - lo[i]
        out.append(100.0 * (raw[i] - lo[i]) / span if span > 0 else 50.0)
    return out, excluded


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
    if n == 1:
        fit, low, high = per[0]
    else:
        fit, low, high = [[sum(p[k][i] for p in per) / n for i in range(len(q.targets))] for k in range(3)]
    why = [reasons(q, s) for s in states]
    # a target is excluded when every respondent's answers exclude it
    excluded = {t: states[0].excluded[t] for t in q.targets if all(t in s.excluded for s in states)}

    def entries(ids, key):
        rows = []
        for tid in order(ids, q, fit, excluded):
            i = q.index[tid]
            rows.append(_entry(q, states, labels, why, tid, key, fit[i], low[i], high[i], excluded))
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


def _entry(q, states, labels, why_sets, tid, key, fit, low, high, excluded) -> dict:
    multi = len(states) > 1
    if multi:
        why = [{**r, "respondent": label} for rows, label in zip(why_sets, labels) for r in rows[tid]]
        why.sort(key=lambda r: (-abs(r["points"]), -r["points"], q.by_id[r["question"]].index))
    else:
        why = why_sets[0][tid]
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
                    i_new, i_old = q.index[new_top], q.index[top]
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
