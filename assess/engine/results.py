"""The full results of a batch, kept as arrays and built one by one when read.

`score_many` over thousands of answer sets returns a `Results`: the fits,
ranges, exclusions and the changes that move the top stay in the arrays of the
evaluation, and the result dict of one answer set (with its reasons and
sensitivity) is built when it is read, so a batch costs its arithmetic and a
few arrays until it is serialised. Reading item i gives the same dict as
`score` on answer set i (tests/test_scoring.py checks it).
"""
from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any, Mapping

import numpy as np

from .arrays import Evaluation
from .questionnaire import Questionnaire
from .records import Row, flip_rows, result
from .whatif import Flips


class Results(Sequence):
    """A read-only sequence of score results, one per answer set, built on access."""

    def __init__(self, q: Questionnaire, answer_sets: list[Mapping[str, Any]], ev: Evaluation, flips: Flips):
        self.q, self.answer_sets, self.ev, self.groups = q, list(answer_sets), ev, flips.groups
        sizes = [len(group.rows) for group in self.groups]
        rows = np.concatenate([group.rows for group in self.groups] or [np.zeros(0, dtype=int)])
        order = np.argsort(rows, kind="stable")
        self._rows = rows[order]                                        # changes sorted by answer set
        self._group = np.repeat(np.arange(len(sizes)), sizes)[order]    # the group of each change
        self._place = np.concatenate([np.arange(n) for n in sizes] or [rows])[order]   # its place in the group

    def __len__(self) -> int:
        return len(self.answer_sets)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = operator.index(index)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("result index out of range")
        return self._build(i)

    def __eq__(self, other) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None

    def _build(self, i: int) -> dict:
        ev, values = self.ev, self.answer_sets[i]
        row = Row(ev.fit[i].tolist(), ev.low[i].tolist(), ev.high[i].tolist(), ev.rule[i].tolist(),
                  ev.maybe[i].tolist(), ev.app[i].tolist())
        start, end = np.searchsorted(self._rows, [i, i + 1])
        flips = [self.groups[g].flip(k) for g, k in zip(self._group[start:end].tolist(),
                                                          self._place[start:end].tolist())]
        return result(self.q, [values], [row], ["respondent"], flip_rows(self.q, values, flips, ev.top[i]))
