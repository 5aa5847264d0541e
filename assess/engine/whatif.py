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

from .arrays import Batch, Engine, Evaluation, Ranked, fits
from .questionnaire import SCORED, Question
from .records import FlipGroup, top
from .scalar import representative


def flips(eng: Engine, b: Batch, ev: Evaluation) -> "Flips":
    """Every single-answer change that puts another model first, for every answer set of the batch.

    A change under which every model is excluded names no leader, so it is left out.
    """
    found = []
    for j, p, kind, rows, alt in changes(eng, b, ev):
        each, first = np.arange(len(rows)), ev.top[rows]
        moved = (alt.top != first) & ~alt.excluded[each, alt.top]
        if moved.any():
            each, first = each[moved], first[moved]
            new_top = alt.top[moved]
            found.append(FlipGroup(j, p, kind, rows[moved], new_top, alt.fit[each, new_top], alt.fit[each, first],
                                   alt.excluded[each, first],
                                   *runner_up(alt.fit[each], alt.excluded[each], new_top)))
    return Flips(found)


def runner_up(fit: np.ndarray, excluded: np.ndarray, lead: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, (fit, index) of the best target other than `lead` that is not excluded, lowest index on ties;
    (0.0, -1) where there is none (as `scalar.runner_up`)."""
    masked = np.where(excluded, -np.inf, fit)
    masked[np.arange(len(lead)), lead] = -np.inf
    best = masked.argmax(axis=-1)
    best_fit = masked[np.arange(len(lead)), best]
    alone = np.isneginf(best_fit)
    return np.where(alone, 0.0, best_fit), np.where(alone, -1, best)


def changes(eng: Engine, b: Batch, ev: Evaluation) -> Iterator[tuple]:
    """(question, option, kind, rows, `Ranked` of those rows with the change) for every change."""
    r = eng.n_ranking
    span = ev.hi[:, :r] - ev.lo[:, :r]
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
            # with this question answered: its points replace the current ones, its range counts
            current = ev.chosen[:, cols] @ eng.points[cols, :r]
            lo_set = ev.lo[:, :r] + unknown[:, None] * eng.qlo[j, :r]
            span_set = span + unknown[:, None] * (eng.qhi[j, :r] - eng.qlo[j, :r])
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
                    yield j, p, kind, rows, eng.ranked(_changed(b.take(rows), question, j, cols, p, kind))
                    continue
                raw = ev.raw[rows, :r]                  # a copy: the changes below are in place
                if kind == "toggle":
                    raw += np.where(b.x[rows, col], -1.0, 1.0)[:, None] * eng.points[col, :r]
                    fit = fits(raw, ev.lo[rows, :r], span[rows])
                else:
                    raw -= current[rows]
                    raw += eng.points[col, :r]
                    fit = fits(raw, lo_set[rows], span_set[rows])
                excluded = ev.excluded[rows, :r]
                yield j, p, kind, rows, Ranked(fit, excluded, top(fit, excluded))


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


@dataclass(frozen=True)
class Flips:
    """The changes that move the top, a `records.FlipGroup` per change (over the answer sets it moves).

    Six numbers a row, not every target's fit: with a thousand targets, whole rows held
    10,000 answer sets' changes in 2 GB."""

    groups: list[FlipGroup]
