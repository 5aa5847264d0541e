"""A questionnaire compiled to arrays, and the arithmetic of scoring over a batch of answer sets.

The arithmetic (docs/questionnaires.md) runs on arrays over a batch of answer
sets, so scoring ten thousand sets costs about as much as scoring a few hundred
one at a time. Points are multiples of 0.5, so every sum is exact and any order
of adding gives the same bits (the browser's scoring relies on that).
Conditions are evaluated by the one three-valued logic of `conditions.truth`,
with numpy arrays for truth values.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from .conditions import DONT_KNOW, Atom, compile_tree, truth
from .questionnaire import SCORED, Questionnaire
from .records import top

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


@dataclass(frozen=True)
class Ranked:
    """The ranking targets only: fits, exclusions and the top (what a changed answer needs)."""

    fit: np.ndarray        # (N, ranking targets)
    excluded: np.ndarray   # (N, ranking targets) bool
    top: np.ndarray        # (N,)


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
        self.points_ranking = np.ascontiguousarray(self.points[:, :self.n_ranking])
        self.owner = np.array(owner, dtype=int)
        self.qlo = np.array([question.lo for question in q.questions], dtype=float)
        self.qhi = np.array([question.hi for question in q.questions], dtype=float)
        self.qlo_ranking = np.ascontiguousarray(self.qlo[:, :self.n_ranking])
        self.qhi_ranking = np.ascontiguousarray(self.qhi[:, :self.n_ranking])
        self.scored = np.array([question.type in SCORED for question in q.questions])
        self.conditions = [(j, self._compile(question.when)) for j, question in enumerate(q.questions)
                           if question.when is not None]
        # a condition that several rules share (the same `requires`) is evaluated once per batch
        shared: dict = {}
        self.rule_checks: list = []
        self.rules = []           # (target index, index into rule_checks)
        for rule in q.rules:
            key = _canonical(rule.requires)
            if key not in shared:
                shared[key] = len(self.rule_checks)
                self.rule_checks.append(self._compile(rule.requires))
            self.rules.append((q.index[rule.target], shared[key]))

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
        app, answered, unknown = self._applies(b)
        chosen = (b.x & answered[:, self.owner]).astype(float)
        raw = chosen @ self.points
        lo, hi = answered.astype(float) @ self.qlo, answered.astype(float) @ self.qhi
        ulo, uhi = unknown.astype(float) @ self.qlo, unknown.astype(float) @ self.qhi
        span = hi - lo
        total = span + (uhi - ulo)
        fit = fits(raw, lo, span)
        with np.errstate(divide="ignore", invalid="ignore"):
            low = np.where(total > 0, 100.0 * (raw - lo) / total, fit)
            high = np.where(total > 0, 100.0 * (raw - lo + (uhi - ulo)) / total, fit)
        # target-major while the rules fill them: each rule writes one contiguous row, not a column
        # strided across every answer set (with a thousand targets, most of evaluate's time); rule
        # numbers fit 32 bits, and half the bytes to fill and transpose
        rule_t = np.full((self.n_targets, n), -1, dtype=np.int32)
        maybe_t = np.full((self.n_targets, n), -1, dtype=np.int32)
        verdicts = [check(b, app) for check in self.rule_checks]
        for k, (target, c) in enumerate(self.rules):
            true, false = verdicts[c]
            rule_t[target] = np.where(false & (rule_t[target] < 0), k, rule_t[target])
            maybe_t[target] = np.where(~true & ~false & (maybe_t[target] < 0), k, maybe_t[target])
        rule, maybe = np.ascontiguousarray(rule_t.T), np.ascontiguousarray(maybe_t.T)
        excluded = rule >= 0
        first = top(fit[:, :self.n_ranking], excluded[:, :self.n_ranking])
        return Evaluation(app, chosen, raw, lo, hi, fit, low, high, excluded, rule, maybe, first)

    def ranked(self, b: Batch) -> Ranked:
        """The ranking targets' fits and exclusions, and the top: all that a changed answer needs
        (`whatif`), without the ranges, rule numbers and other targets `evaluate` adds. The same
        numbers as `evaluate` gives for those columns (every sum is exact)."""
        r = self.n_ranking
        app, answered, _ = self._applies(b)
        chosen = (b.x & answered[:, self.owner]).astype(float)
        lo, hi = answered.astype(float) @ self.qlo_ranking, answered.astype(float) @ self.qhi_ranking
        fit = fits(chosen @ self.points_ranking, lo, hi - lo)
        excluded_t = np.zeros((r, len(b.ans)), dtype=bool)     # target-major, as in evaluate
        verdicts = [None] * len(self.rule_checks)
        for target, c in self.rules:
            if target < r:
                if verdicts[c] is None:
                    verdicts[c] = self.rule_checks[c](b, app)[1]
                excluded_t[target] |= verdicts[c]
        excluded = np.ascontiguousarray(excluded_t.T)
        return Ranked(fit, excluded, top(fit, excluded))

    def _applies(self, b: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(question applies, applies and answered, applies and scored but not answered) per answer set."""
        app = np.ones_like(b.ans)
        for j, condition in self.conditions:
            app[:, j] = condition(b, app)[0]
        return app, app & b.ans & self.scored, app & ~b.ans & self.scored

    def _compile(self, cond):
        """A condition as a function of (batch, applicability) -> (true, false) boolean arrays."""
        tree = compile_tree(cond)

        def check(b: Batch, app: np.ndarray):
            return truth(tree, lambda atom: self._atom(atom, b, app), np.logical_and.reduce, np.logical_or.reduce)
        return check

    def _atom(self, atom: Atom, b: Batch, app: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(true, false) of one atom for every answer set: options as columns, numbers as values."""
        j = self.qpos[atom.question]
        known = app[:, j] & b.ans[:, j]
        if atom.op in ("equals", "contains"):
            hit = b.x[:, self.optcol[j][atom.value]]
        elif atom.op == "in":
            hit = b.x[:, sorted(self.optcol[j][o] for o in atom.value)].any(axis=1)
        elif atom.op == "at_least":
            hit = np.nan_to_num(b.num[:, j], nan=-np.inf) >= atom.value
        elif atom.op == "at_most":
            hit = np.nan_to_num(b.num[:, j], nan=np.inf) <= atom.value
        else:
            hit = np.ones(len(known), dtype=bool)
        return known & hit, known & ~hit


def _canonical(value):
    """A hashable form of a condition as written (mappings by sorted key), equal for equal conditions."""
    if isinstance(value, Mapping):
        return tuple(sorted((k, _canonical(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return ("[",) + tuple(_canonical(v) for v in value)
    return type(value).__name__, value


def fits(raw: np.ndarray, lo: np.ndarray, span: np.ndarray) -> np.ndarray:
    """Fit 0-100 of points `raw` above the lowest achievable `lo`, over the `span` to the highest;
    50 where the span is 0. In place on one new array: (100 * (raw - lo)) / span, as written."""
    fit = np.subtract(raw, lo)
    fit *= 100.0
    flat = span > 0
    np.divide(fit, span, out=fit, where=flat)
    np.logical_not(flat, out=flat)
    np.copyto(fit, 50.0, where=flat)
    return fit
