"""What would change the result: every single-answer change that moves the top target.

A change is 'set' (this option or band instead), 'toggle' (add or remove one
option of a multiple choice) or 'only' (a 'dont-know' multiple choice resolved
to this one option). Changes to a question that no condition reads only move
that question's points (and, for a 'dont-know', its range), so they are
computed in place for all answer sets at once; the others re-evaluate the
answer sets they apply to.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from .arrays import Batch, Engine, Evaluation, _top
from .questionnaire import SCORED, Question
from .scalar import representative


def flips(eng: Engine, b: Batch, ev: Evaluation) -> "Flips":
    """Every single-answer change that puts another model first, for every answer set of the batch.

    A change under which every model is excluded names no leader, so it is left out.
    """
    found = []
    for j, p, kind, rows, alt in changes(eng, b, ev):
        leader_excluded = alt.excluded[np.arange(len(rows)), alt.top]
        moved = (alt.top != ev.top[rows]) & ~leader_excluded
        if moved.any():
            found.append((j, p, kind, rows[moved], alt.top[moved], alt.fit[moved][:, :eng.n_ranking],
                          alt.excluded[moved][:, :eng.n_ranking]))
    return Flips(found)


def changes(eng: Engine, b: Batch, ev: Evaluation) -> Iterator[tuple]:
    """(question, option, kind, rows, evaluation of those rows with the change) for every change."""
    r = eng.n_ranking
    for j, question in enumerate(eng.q.questions):
        if question.type not in SCORED:
            continue
        applies = ev.app[:, j]
        if not applies.any():
            continue
        cols = list(eng.cols[j])
        referenced = question.id in eng.q.referenced
        answered = applies & b.ans[:, j]
        unknown = applies & ~b.ans[:, j]
        if not referenced:
            current = ev.chosen[:, cols] @ eng.points[cols, :r]
            lo_dk = ev.lo[:, :r] + unknown[:, None] * eng.qlo[j, :r]
            hi_dk = ev.hi[:, :r] + unknown[:, None] * eng.qhi[j, :r]
        for p, col in enumerate(cols):
            if question.type == "multi":
                kinds = (("toggle", answered), ("only", unknown))
            else:
                kinds = (("set", applies & ~(b.ans[:, j] & b.x[:, col])),)
            for kind, eligible in kinds:
                rows = np.flatnonzero(eligible)
                if not len(rows):
                    continue
                if referenced:
                    yield j, p, kind, rows, eng.evaluate(_changed(b.take(rows), question, j, cols, p, kind))
                    continue
                if kind == "toggle":
                    sign = np.where(b.x[rows, col], -1.0, 1.0)[:, None]
                    raw = ev.raw[rows, :r] + sign * eng.points[col, :r]
                    lo, hi = ev.lo[rows, :r], ev.hi[rows, :r]
                else:
                    raw = ev.raw[rows, :r] - current[rows] + eng.points[col, :r]
                    lo, hi = lo_dk[rows], hi_dk[rows]
                yield j, p, kind, rows, _ranked(eng, raw, lo, hi, ev.excluded[rows])


def _changed(b: Batch, question: Question, j: int, cols: list, p: int, kind: str) -> Batch:
    col = cols[p]
    if kind == "toggle":
        b.x[:, col] = ~b.x[:, col]
    else:
        b.x[:, cols] = False
        b.x[:, col] = True
        b.ans[:, j] = True
        if question.type == "number":
            b.num[:, j] = representative(question, question.options[p])
    return b


def _ranked(eng: Engine, raw, lo, hi, excluded) -> "_Partial":
    """Fits of the ranking targets from sums (same arithmetic as evaluate), with the top."""
    span = hi - lo
    with np.errstate(divide="ignore", invalid="ignore"):
        fit = np.where(span > 0, 100.0 * (raw - lo) / span, 50.0)
    return _Partial(fit, excluded, _top(fit, excluded[:, :eng.n_ranking]))


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
