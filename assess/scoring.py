"""Scoring: pure functions from a questionnaire and answers to fits, reasons and sensitivity.

The arithmetic (docs/questionnaires.md) runs on arrays over a batch of answer
sets, so scoring ten thousand sets with sensitivity costs about as much as
scoring a few hundred one at a time: every "what if this answer were
different" is one vectorised re-evaluation of the whole batch. Points are
multiples of 0.5, so every sum is exact and any order of adding gives the same
bits (the browser's scoring relies on that). Results are plain dicts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import numpy as np

from .conditions import DONT_KNOW
from .questionnaire import SCORED, Question, Questionnaire

_ENGINES: dict[int, tuple[Questionnaire, "Engine"]] = {}


def engine(q: Questionnaire) -> "Engine":
    """The compiled arrays of a questionnaire (built once per questionnaire)."""
    cached = _ENGINES.get(id(q))
    if cached is None or cached[0] is not q:
        cached = _ENGINES[id(q)] = (q, Engine(q))
    return cached[1]


@dataclass(frozen=True)
class Batch:
    """Answer sets as arrays: chosen options, answered questions, numbers."""

    x: np.ndarray      # (N, options) bool: option or band chosen
    ans: np.ndarray    # (N, questions) bool: answered with something other than dont-know
    num: np.ndarray    # (N, questions) float: the number given (nan otherwise)

    def take(self, rows) -> "Batch":
        return Batch(self.x[rows], self.ans[rows], self.num[rows])


@dataclass(frozen=True)
class Evaluation:
    """Everything the arithmetic gives for a batch."""

    app: np.ndarray        # (N, Q) question applies
    chosen: np.ndarray     # (N, options) float: options chosen on answered questions that apply
    raw: np.ndarray        # (N, T) points scored
    lo: np.ndarray         # (N, T) lowest achievable on answered questions
    hi: np.ndarray         # (N, T) highest achievable on answered questions
    fit: np.ndarray        # (N, T)
    low: np.ndarray
    high: np.ndarray
    excluded: np.ndarray   # (N, T) bool
    rule: np.ndarray       # (N, T) index of the first rule that excludes, -1 for none
    maybe: np.ndarray      # (N, T) index of the first rule whose verdict is unknown, -1 for none
    top: np.ndarray        # (N,) index of the top ranking target


class Engine:
    """A questionnaire compiled to matrices: option points, question ranges, vectorised conditions."""

    def __init__(self, q: Questionnaire):
        self.q = q
        self.n_targets = len(q.targets)
        self.n_ranking = len(q.ranking)
        self.qpos = {question.id: j for j, question in enumerate(q.questions)}
        self.cols: list[range] = []
        self.optcol: list[dict] = []
        vectors, owner = [], []
        for j, question in enumerate(q.questions):
            start = len(vectors)
            for option in question.options:
                vectors.append(option.vector)
                owner.append(j)
            self.cols.append(range(start, len(vectors)))
            self.optcol.append({o.id: start + i for i, o in enumerate(question.options)})
        self.points = np.array(vectors, dtype=float).reshape(len(vectors), self.n_targets)
        self.owner = np.array(owner, dtype=int)
        self.qlo = np.array([question.lo for question in q.questions], dtype=float)
        self.qhi = np.array([question.hi for question in q.questions], dtype=float)
        self.scored = np.array([question.type in SCORED for question in q.questions])
        self.conditions = [(j, self._compile(question.when)) for j, question in enumerate(q.questions)
                           if question.when is not None]
        self.rules = [(q.index[rule.target], self._compile(rule.requires)) for rule in q.rules]

    # ------------------------------------------------------------ encoding
    def encode(self, answer_sets: list[Mapping[str, Any]]) -> Batch:
        n, questions = len(answer_sets), self.q.questions
        rows, cols = [], []
        ans = np.zeros((n, len(questions)), dtype=bool)
        num = np.full((n, len(questions)), np.nan)
        for i, values in enumerate(answer_sets):
            for qid, value in values.items():
                j = self.qpos.get(qid)
                if j is None or value == DONT_KNOW:
                    continue
                ans[i, j] = True
                question = questions[j]
                if question.type == "single":
                    rows.append(i)
                    cols.append(self.optcol[j][value])
                elif question.type == "multi":
                    for option in value:
                        rows.append(i)
                        cols.append(self.optcol[j][option])
                elif question.type == "number":
                    num[i, j] = value
                    rows.append(i)
                    cols.append(self.optcol[j][question.band_for(value).id])
        x = np.zeros((n, len(self.owner)), dtype=bool)
        x[rows, cols] = True
        return Batch(x, ans, num)

    # ------------------------------------------------------------ arithmetic
    def evaluate(self, b: Batch) -> Evaluation:
        n = len(b.ans)
        app = np.ones_like(b.ans)
        for j, condition in self.conditions:
            app[:, j] = condition(b, app)[0]
        answered = app & b.ans & self.scored
        unknown = app & ~b.ans & self.scored
        chosen = (b.x & answered[:, self.owner]).astype(float)
        raw = chosen @ self.points
        lo, hi = answered.astype(float) @ self.qlo, answered.astype(float) @ self.qhi
        ulo, uhi = unknown.astype(float) @ self.qlo, unknown.astype(float) @ self.qhi
        span = hi - lo
        total = span + (uhi - ulo)
        with np.errstate(divide="ignore", invalid="ignore"):
            fit = np.where(span > 0, 100.0 * (raw - lo) / span, 50.0)
            low = np.where(total > 0, 100.0 * (raw - lo) / total, fit)
            high = np.where(total > 0, 100.0 * (raw - lo + (uhi - ulo)) / total, fit)
        rule = np.full((n, self.n_targets), -1)
        maybe = np.full((n, self.n_targets), -1)
        for k, (target, condition) in enumerate(self.rules):
            true, false = condition(b, app)
            rule[:, target] = np.where(false & (rule[:, target] < 0), k, rule[:, target])
            maybe[:, target] = np.where(~true & ~false & (maybe[:, target] < 0), k, maybe[:, target])
        excluded = rule >= 0
        top = _top(fit[:, :self.n_ranking], excluded[:, :self.n_ranking])
        return Evaluation(app, chosen, raw, lo, hi, fit, low, high, excluded, rule, maybe, top)

    def _compile(self, cond):
        """A condition as a function of (batch, applicability) -> (true, false) boolean arrays."""
        if "all" in cond or "any" in cond:
            parts = [self._compile(c) for c in cond.get("all") or cond["any"]]
            both = "all" in cond

            def combine(b, app):
                values = [p(b, app) for p in parts]
                trues, falses = [v[0] for v in values], [v[1] for v in values]
                if both:
                    return np.logical_and.reduce(trues), np.logical_or.reduce(falses)
                return np.logical_or.reduce(trues), np.logical_and.reduce(falses)
            return combine
        if "not" in cond:
            inner = self._compile(cond["not"])
            return lambda b, app: inner(b, app)[::-1]
        j = self.qpos[cond["question"]]
        if "equals" in cond or "contains" in cond:
            cols = [self.optcol[j][cond.get("equals", cond.get("contains"))]]
        elif "in" in cond:
            cols = [self.optcol[j][o] for o in cond["in"]]
        else:
            cols = None

        def atom(b, app):
            known = app[:, j] & b.ans[:, j]
            if cols is not None:
                hit = b.x[:, cols].any(axis=1)
            elif "at_least" in cond:
                hit = np.nan_to_num(b.num[:, j], nan=-np.inf) >= cond["at_least"]
            elif "at_most" in cond:
                hit = np.nan_to_num(b.num[:, j], nan=np.inf) <= cond["at_most"]
            else:
                hit = np.ones(len(known), dtype=bool)
            return known & hit, known & ~hit
        return atom

    # ------------------------------------------------------------ what if
    def flips(self, b: Batch, ev: Evaluation) -> "Flips":
        """Every single-answer change that moves the top model, for every answer set of the batch.

        A change is 'set' (this option or band instead), 'toggle' (add or remove
        one option of a multiple choice) or 'only' (a 'dont-know' multiple
        choice resolved to this one option). Changes to a question that no
        condition reads only move that question's points (and, for a
        'dont-know', its range), so they are computed in place for all answer
        sets at once; the others re-evaluate the answer sets they apply to.
        """
        found = []
        for j, p, kind, rows, alt in self.changes(b, ev):
            moved = alt.top != ev.top[rows]
            if moved.any():
                found.append((j, p, kind, rows[moved], alt.top[moved], alt.fit[moved][:, :self.n_ranking],
                              alt.excluded[moved][:, :self.n_ranking]))
        return Flips(found)

    def changes(self, b: Batch, ev: Evaluation) -> Iterator[tuple]:
        """(question, option, kind, rows, evaluation of those rows with the change) for every change."""
        r = self.n_ranking
        for j, question in enumerate(self.q.questions):
            if question.type not in SCORED:
                continue
            applies = ev.app[:, j]
            if not applies.any():
                continue
            cols = list(self.cols[j])
            referenced = question.id in self.q.referenced
            answered = applies & b.ans[:, j]
            unknown = applies & ~b.ans[:, j]
            if not referenced:
                current = ev.chosen[:, cols] @ self.points[cols, :r]
                lo_dk = ev.lo[:, :r] + unknown[:, None] * self.qlo[j, :r]
                hi_dk = ev.hi[:, :r] + unknown[:, None] * self.qhi[j, :r]
            for p, col in enumerate(cols):
                if question.type == "multi":
                    changes = (("toggle", answered), ("only", unknown))
                else:
                    changes = (("set", applies & ~(b.ans[:, j] & b.x[:, col])),)
                for kind, eligible in changes:
                    rows = np.flatnonzero(eligible)
                    if not len(rows):
                        continue
                    if referenced:
                        yield j, p, kind, rows, self.evaluate(self._changed(b.take(rows), question, j, cols, p, kind))
                        continue
                    if kind == "toggle":
                        sign = np.where(b.x[rows, col], -1.0, 1.0)[:, None]
                        raw = ev.raw[rows, :r] + sign * self.points[col, :r]
                        lo, hi = ev.lo[rows, :r], ev.hi[rows, :r]
                    else:
                        raw = ev.raw[rows, :r] - current[rows] + self.points[col, :r]
                        lo, hi = lo_dk[rows], hi_dk[rows]
                    yield j, p, kind, rows, self._ranked(raw, lo, hi, ev.excluded[rows])

    def _changed(self, b: Batch, question: Question, j: int, cols: list, p: int, kind: str) -> Batch:
        col = cols[p]
        if kind == "toggle":
            b.x[:, col] = ~b.x[:, col]
        else:
            b.x[:, cols] = False
            b.x[:, col] = True
            b.ans[:, j] = True
            if question.type == "number":
                b.num[:, j] = _representative(question, question.options[p])
        return b

    def _ranked(self, raw, lo, hi, excluded) -> "Evaluation":
        """Fits of the ranking targets from sums (same arithmetic as evaluate), with the top."""
        span = hi - lo
        with np.errstate(divide="ignore", invalid="ignore"):
            fit = np.where(span > 0, 100.0 * (raw - lo) / span, 50.0)
        return _Partial(fit, excluded, _top(fit, excluded[:, :self.n_ranking]))


@dataclass(frozen=True)
class _Partial:
    """Fits of the ranking targets only (a change computed in place)."""

    fit: np.ndarray
    excluded: np.ndarray
    top: np.ndarray


@dataclass(frozen=True)
class Flips:
    """The changes that move the top: (question, option, kind, rows, new top, fits, excluded) groups."""

    groups: list


def _top(fit: np.ndarray, excluded: np.ndarray) -> np.ndarray:
    """Per row, the first of the ranking order: best fit not excluded, lowest index on ties;
    the best fit of all when every target is excluded."""
    top = np.where(excluded, -np.inf, fit).argmax(axis=-1)
    none = excluded.all(axis=-1)
    if np.any(none):
        top = np.where(none, fit.argmax(axis=-1), top)
    return top


def _representative(question: Question, band) -> float:
    """A number that falls in `band`: its lower end, or the question's minimum for an open band."""
    return question.min if band.min is None else max(band.min, question.min)


# ---------------------------------------------------------------- results
def score(q: Questionnaire, values: Mapping[str, Any]) -> dict:
    """The full result for one respondent: ranking, alternatives, legal forms, sensitivity."""
    return score_many(q, [values])[0]


def score_many(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> list[dict]:
    """One full result per answer set, computed together."""
    eng = engine(q)
    b = eng.encode(answer_sets)
    ev = eng.evaluate(b)
    by_row: list[list] = [[] for _ in answer_sets]
    for j, p, kind, rows, tops, fit, excluded in eng.flips(b, ev).groups:
        for k, row in enumerate(rows.tolist()):
            by_row[row].append((j, p, kind, fit[k], excluded[k], tops[k]))
    lists = _as_lists(ev)
    return [_result(q, eng, [values], [lists[i]], ["respondent"], _flip_rows(q, values, by_row[i], ev.top[i]))
            for i, values in enumerate(answer_sets)]


def rank_many(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> tuple[Evaluation, Flips]:
    """The numbers alone for many answer sets: fits, ranges, exclusions, top, and the changes that move it."""
    eng = engine(q)
    b = eng.encode(answer_sets)
    ev = eng.evaluate(b)
    return ev, eng.flips(b, ev)


def aggregate(q: Questionnaire, answer_sets: list[Mapping[str, Any]], labels: list[str] | None = None) -> dict:
    """Mean fits over respondents, with reasons, disagreements and sensitivity.

    Sensitivity here asks: if one respondent changed one answer, would the top
    of the averaged ranking change?
    """
    if len(answer_sets) == 1:
        return score(q, answer_sets[0])
    labels = labels or [f"respondent {i + 1}" for i in range(len(answer_sets))]
    eng = engine(q)
    b = eng.encode(answer_sets)
    ev = eng.evaluate(b)
    n = len(answer_sets)
    total = ev.fit.sum(axis=0)
    everyone = ev.excluded.all(axis=0)
    mean = total / n
    r = eng.n_ranking
    top = int(_top(mean[:r], everyone[:r]))
    out = []
    for j, p, kind, rows, alt in eng.changes(b, ev):
        for k, row in enumerate(rows):
            new_fit = ev.fit[row].copy()
            new_fit[:eng.n_ranking] = alt.fit[k][:eng.n_ranking]
            new_mean = (total - ev.fit[row] + new_fit) / n
            excluded = ev.excluded.copy()
            excluded[row, :eng.n_ranking] = alt.excluded[k][:eng.n_ranking]
            new_top = int(_top(new_mean[:r], excluded.all(axis=0)[:r]))
            if new_top != top:
                entry = _flip(q, answer_sets[row], j, p, kind, new_mean, excluded.all(axis=0), new_top, top)
                entry["respondent"] = labels[row]
                out.append(entry)
    return _result(q, eng, answer_sets, _as_lists(ev), labels, out)


def _as_lists(ev: Evaluation) -> list[tuple]:
    """Per answer set: (fit, low, high, rule, maybe, applies) as Python lists."""
    return list(zip(ev.fit.tolist(), ev.low.tolist(), ev.high.tolist(), ev.rule.tolist(), ev.maybe.tolist(),
                    ev.app.tolist()))


def _flip_rows(q: Questionnaire, values, flips: list, top: int) -> list[dict]:
    flips.sort(key=lambda f: (f[0], f[1], f[2]))
    return [_flip(q, values, j, p, kind, fit, excluded, int(new_top), int(top))
            for j, p, kind, fit, excluded, new_top in flips]


def _flip(q, values, j, p, kind, fit, excluded, new_top, top) -> dict:
    question = q.questions[j]
    value = values.get(question.id, DONT_KNOW)
    option = question.options[p]
    if kind == "toggle":
        change = f"{'without' if option.id in value else 'adding'} “{option.label}”"
    elif kind == "only":
        change = f"only “{option.label}”"
    else:
        change = f"“{option.label}”"
    old_excluded = bool(excluded[top])
    old_fit = None if old_excluded else float(fit[top])
    return {"question": question.id, "question_text": question.text, "answer": _answer_label(question, value),
            "change_to": change, "new_top": q.ranking[new_top], "new_top_fit": float(fit[new_top]),
            "old_top_fit": old_fit, "old_top_excluded": old_excluded,
            "margin": float(fit[new_top]) - (old_fit if old_fit is not None else 0.0)}


def _result(q: Questionnaire, eng: Engine, answer_sets, lists, labels, sensitivity) -> dict:
    n = len(answer_sets)
    fit = [sum(row[0][i] for row in lists) / n for i in range(eng.n_targets)] if n > 1 else lists[0][0]
    low = [sum(row[1][i] for row in lists) / n for i in range(eng.n_targets)] if n > 1 else lists[0][1]
    high = [sum(row[2][i] for row in lists) / n for i in range(eng.n_targets)] if n > 1 else lists[0][2]
    knowns = [_known(q, values, row[5]) for values, row in zip(answer_sets, lists)]
    why = [reasons(q, known) for known in knowns]
    excluded = {t: lists[0][3][i] for i, t in enumerate(q.targets) if all(row[3][i] >= 0 for row in lists)}

    def entries(ids, key):
        index = q.index
        ordered = sorted(ids, key=lambda t: (t in excluded, -fit[index[t]], index[t]))
        return [_entry(q, lists, labels, why, t, key, fit[index[t]], low[index[t]], high[index[t]], excluded)
                for t in ordered]
    return {
        "questionnaire": q.id,
        "ranking": entries(q.ranking, "model"),
        "alternatives": entries(q.alternatives, "id"),
        "legal_forms": entries(q.legal_forms, "id"),
        "sensitivity": sensitivity,
        "dont_know": [question.id for question in q.questions
                      if question.type in SCORED and any(k.get(question.id) == DONT_KNOW for k in knowns)],
        "disagreements": disagreements(q, knowns, labels) if n > 1 else [],
    }


def _known(q: Questionnaire, values: Mapping[str, Any], applies: list) -> dict:
    """The answers of the questions that apply (dont-know where none was given)."""
    return {question.id: values.get(question.id, DONT_KNOW) for question, on in zip(q.questions, applies) if on}


def _entry(q, lists, labels, why_sets, tid, key, fit, low, high, excluded) -> dict:
    multi = len(lists) > 1
    i = q.index[tid]
    if multi:
        why = [{**r, "respondent": label} for rows, label in zip(why_sets, labels) for r in rows[tid]]
        why.sort(key=_reason_order)
    else:
        why = why_sets[0][tid]
    rule = q.rules[excluded[tid]] if tid in excluded else None
    maybe = [{"reason": q.rules[row[4][i]].reason, "condition": q.rules[row[4][i]].text,
              **({"respondent": label} if multi else {})}
             for row, label in zip(lists, labels) if row[4][i] >= 0 and row[3][i] < 0]
    maybe += [{"reason": q.rules[row[3][i]].reason, "condition": q.rules[row[3][i]].text, "respondent": label}
              for row, label in zip(lists, labels) if row[3][i] >= 0 and tid not in excluded]
    return {
        key: tid, "name": q.names[tid], "score": fit, "low": low, "high": high,
        "excluded": rule is not None,
        "exclusion": {"reason": rule.reason, "condition": rule.text, "source": rule.source} if rule else None,
        "may_be_excluded": maybe,
        "reasons": why,
    }


def reasons(q: Questionnaire, known: Mapping[str, Any]) -> dict[str, list]:
    """Per target, the answered questions that gave it points, largest effect first."""
    out: dict[str, list] = {t: [] for t in q.targets}
    for qid, value in known.items():
        question = q.by_id[qid]
        if question.type in SCORED and value != DONT_KNOW:
            for option in chosen(question, value):
                for target, row in option.rows:
                    out[target].append(row)
    for rows in out.values():
        rows.sort(key=_reason_order)
    return out


def _reason_order(row) -> tuple:
    return (-abs(row["points"]), -row["points"], row["order"])


def chosen(question: Question, value) -> tuple:
    """The options (or band) an answer selects."""
    if question.type == "multi":
        return tuple(question.option_index[o] for o in value)
    if question.type == "number":
        return (question.band_for(value),)
    return (question.option_index[value],)


def disagreements(q: Questionnaire, knowns: list[Mapping[str, Any]], labels: list[str]) -> list[dict]:
    """Questions that respondents answered differently (numbers: in different bands)."""
    out = []
    for question in q.questions:
        if question.type not in SCORED:
            continue
        answers = []
        for known, label in zip(knowns, labels):
            if question.id in known:
                value = known[question.id]
                key = question.band_for(value).id if question.type == "number" and value != DONT_KNOW else value
                answers.append((label, key, _answer_label(question, value)))
        if len({a[1] for a in answers}) > 1:
            out.append({"question": question.id, "question_text": question.text,
                        "answers": [{"respondent": a[0], "answer": a[2]} for a in answers]})
    return out


def fits_of(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> Evaluation:
    """The bare arithmetic for many answer sets (lint's search uses it)."""
    eng = engine(q)
    return eng.evaluate(eng.encode(answer_sets))


def alternatives_for(question: Question, value) -> list[tuple[str, Any]]:
    """Every other single answer to a question: (label of the change, new value)."""
    if question.type == "multi":
        if value == DONT_KNOW:
            return [(f"only “{o.label}”", (o.id,)) for o in question.options]
        current = set(value)
        return [(f"{'without' if o.id in current else 'adding'} “{o.label}”",
                 tuple(x.id for x in question.options if (x.id in current) != (x.id == o.id)))
                for o in question.options]
    if question.type == "number":
        band = None if value == DONT_KNOW else question.band_for(value)
        return [(f"“{b.label}”", _representative(question, b)) for b in question.options if b is not band]
    return [(f"“{o.label}”", o.id) for o in question.options if o.id != value]


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

