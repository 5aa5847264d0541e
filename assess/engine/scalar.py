"""The arithmetic of `arrays` for one answer set in plain Python, so a handful of sets needs no numpy.

It mirrors `Engine.evaluate` step for step: questions apply in file order,
conditions go through the one logic of `conditions.truth` (with Python
booleans), points are multiples of 0.5 so every sum is exact, and fits are
divided in the same order, so both paths give the same bits
(tests/test_scoring.py compares them). The changes that move the top are found
by scoring each changed answer set again.
"""
from __future__ import annotations

from operator import add, sub
from typing import Any, Mapping, NamedTuple

from .conditions import DONT_KNOW, Atom, compile_tree, truth
from .questionnaire import SCORED, Question, Questionnaire
from .records import Flip, Row

SMALL = 4          # batches up to this size are scored here; larger ones on arrays
MEMO = 256         # evaluations remembered per questionnaire

_PLANS: dict[int, tuple[Questionnaire, "_Plan"]] = {}


class One(NamedTuple):
    """What `Engine.evaluate` gives for one answer set, as Python lists (one entry per target)."""

    fit: list
    low: list
    high: list
    rule: list          # index of the first rule that excludes, -1 for none
    maybe: list         # index of the first rule whose verdict is unknown, -1 for none
    app: list           # per question: it applies
    top: int
    sums: tuple         # (raw, lo, hi): points scored, lowest and highest achievable on answered questions

    def row(self) -> Row:
        return Row(self.fit, self.low, self.high, self.rule, self.maybe, self.app)


class _Plan:
    """A questionnaire's conditions as trees, compiled once."""

    def __init__(self, q: Questionnaire):
        self.conditions = [compile_tree(question.when) if question.when is not None else None
                           for question in q.questions]
        self.rules = [(q.index[rule.target], compile_tree(rule.requires)) for rule in q.rules]
        self.pos = {question.id: j for j, question in enumerate(q.questions)}
        self.seen: dict[tuple, One] = {}      # answer set (sorted items) -> its evaluation


def _plan(q: Questionnaire) -> _Plan:
    cached = _PLANS.get(id(q))
    if cached is None or cached[0] is not q:
        cached = _PLANS[id(q)] = (q, _Plan(q))
    return cached[1]


def evaluate(q: Questionnaire, values: Mapping[str, Any]) -> One:
    """Fits, ranges, exclusions and the top for one answer set (answers as in `Answers.values`).

    The last answer sets scored (up to MEMO) are remembered per questionnaire: the changes that move
    the top and the turning points of the recommendation score the same changed sets (a `One` is
    never modified once made)."""
    plan = _plan(q)
    try:
        key = tuple(sorted(values.items()))
        known = plan.seen.get(key)
    except TypeError:                     # an answer in an unhashable form (a list): score it every time
        key = known = None
    if known is None:
        known = _evaluate(q, plan, values)
        if key is not None:
            if len(plan.seen) >= MEMO:
                plan.seen.clear()
            plan.seen[key] = known
    return known


def _evaluate(q: Questionnaire, plan: "_Plan", values: Mapping[str, Any]) -> One:
    selected = {question.id: picked(question, values.get(question.id, DONT_KNOW)) for question in q.questions}
    app = [True] * len(q.questions)

    def atom(a: Atom) -> tuple[bool, bool]:
        j = plan.pos[a.question]
        chosen = selected[a.question]
        if not app[j] or chosen is None:
            return False, False
        if a.op in ("equals", "contains"):
            hit = a.value in chosen
        elif a.op == "in":
            hit = not a.value.isdisjoint(chosen)
        elif a.op in ("at_least", "at_most"):
            number = values[a.question]
            hit = number >= a.value if a.op == "at_least" else number <= a.value
        else:
            hit = True
        return hit, not hit

    for j, tree in enumerate(plan.conditions):
        if tree is not None:
            app[j] = bool(truth(tree, atom, all, any)[0])
    n = len(q.targets)
    raw, lo, hi, ulo, uhi = [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n
    for question, on in zip(q.questions, app):
        if not on or question.type not in SCORED:
            continue
        chosen = selected[question.id]
        if chosen is None:
            _add(ulo, question.lo)
            _add(uhi, question.hi)
            continue
        _add(lo, question.lo)
        _add(hi, question.hi)
        for option in question.options:
            if option.id in chosen:
                _add(raw, option.vector)
    fit, low, high = _fits(raw, lo, hi, ulo, uhi)
    rule, maybe = [-1] * n, [-1] * n
    for k, (target, tree) in enumerate(plan.rules):
        true, false = truth(tree, atom, all, any)
        if false and rule[target] < 0:
            rule[target] = k
        if not true and not false and maybe[target] < 0:
            maybe[target] = k
    r = len(q.ranking)
    return One(fit, low, high, rule, maybe, app, top(fit[:r], [x >= 0 for x in rule[:r]]), (raw, lo, hi))


def picked(question: Question, value) -> frozenset | None:
    """The option ids (or band) an answer selects: None for 'dont-know', none for a text answer."""
    if value == DONT_KNOW:
        return None
    if question.type == "text":
        return frozenset()
    if question.type == "multi":
        return frozenset(value)
    if question.type == "number":
        return frozenset((question.band_for(value).id,))
    return frozenset((value,))


def _add(total: list, vector) -> None:
    total[:] = map(add, total, vector)      # element by element, in C


def _fits(raw, lo, hi, ulo, uhi) -> tuple[list, list, list]:
    """fit, low, high per target, with the divisions of `Engine.evaluate` in the same order."""
    fit, low, high = [], [], []
    for r, a, b, c, d in zip(raw, lo, hi, ulo, uhi):
        span = b - a
        total = span + (d - c)
        f = 100.0 * (r - a) / span if span > 0 else 50.0
        fit.append(f)
        low.append(100.0 * (r - a) / total if total > 0 else f)
        high.append(100.0 * (r - a + (d - c)) / total if total > 0 else f)
    return fit, low, high


def top(fit: list, excluded: list) -> int:
    """The first of the ranking order: best fit not excluded, lowest index on ties;
    the best fit of all when every target is excluded (as `records.top`)."""
    pool = range(len(fit)) if all(excluded) else [i for i, x in enumerate(excluded) if not x]
    return max(pool, key=lambda i: (fit[i], -i))


def runner_up(fit: list, excluded: list, lead: int) -> tuple[float, int]:
    """(fit, index) of the best target other than `lead` that is not excluded, lowest index on ties;
    (0.0, -1) when there is none. Margins are measured against it."""
    pool = [i for i, x in enumerate(excluded) if not x and i != lead]
    if not pool:
        return 0.0, -1
    best = max(pool, key=lambda i: (fit[i], -i))
    return fit[best], best


def flips(q: Questionnaire, values: Mapping[str, Any], ev: One) -> list[Flip]:
    """Every single-answer change that moves the top, as a `records.Flip` (with the best other target not
    excluded under the change: `runner_up`).

    A change to a question no condition reads moves only that question's points
    (and, from 'dont-know', its range): it is computed from the sums, as in
    `whatif`; any other change scores the changed answer set again.
    """
    r = len(q.ranking)
    excluded = [x >= 0 for x in ev.rule[:r]]
    out = []
    for j, question in enumerate(q.questions):
        if question.type not in SCORED or not ev.app[j]:
            continue
        value = values.get(question.id, DONT_KNOW)
        chosen = picked(question, value)
        for p, option in enumerate(question.options):
            if question.type == "multi":
                kind = "only" if chosen is None else "toggle"
                new = (option.id,) if chosen is None else tuple(
                    o.id for o in question.options if (o.id in chosen) != (o.id == option.id))
            elif chosen is not None and option.id in chosen:
                continue
            else:
                kind = "set"
                new = representative(question, option) if question.type == "number" else option.id
            if question.id in q.referenced:
                after = evaluate(q, {**values, question.id: new})
                fit, gone, new_top = after.fit[:r], [x >= 0 for x in after.rule[:r]], after.top
            else:
                fit, gone = moved(question, chosen, option, kind, ev.sums, r), excluded
                new_top = top(fit, gone)
            if new_top != ev.top and not gone[new_top]:      # a change that excludes every model names no leader
                out.append(Flip(j, p, kind, new_top, fit[new_top], fit[ev.top], gone[ev.top],
                                *runner_up(fit, gone, new_top)))
    return out


def moved(question: Question, chosen, option, kind: str, sums: tuple, r: int) -> list:
    """Fits of the ranking targets when one answer to a question no condition reads changes."""
    raw, lo, hi = (list(x[:r]) for x in sums)
    if kind == "toggle":
        raw = list(map(sub if option.id in chosen else add, raw, option.vector))
    else:
        for o in question.options:
            if chosen is not None and o.id in chosen:
                raw = list(map(sub, raw, o.vector))
        raw = list(map(add, raw, option.vector))
        if chosen is None:
            lo = list(map(add, lo, question.lo))
            hi = list(map(add, hi, question.hi))
    return [100.0 * (x - a) / (b - a) if b - a > 0 else 50.0 for x, a, b in zip(raw, lo, hi)]


def representative(question: Question, band) -> float:
    """A number that falls in `band`: its lower end, or the question's minimum for an open band."""
    return question.min if band.min is None else max(band.min, question.min)
