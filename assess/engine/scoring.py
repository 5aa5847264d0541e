"""Scoring results: pure functions from a questionnaire and answers to fits, reasons and sensitivity.

The numbers come from `arrays` (one evaluation over a batch of answer sets) and
`whatif` (the changes that move the top), or for a handful of answer sets from
`scalar` (the same arithmetic in plain Python: numpy is imported only for
batches); `records` turns them into the plain dicts of the score-result contract.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .conditions import DONT_KNOW
from .questionnaire import Question, Questionnaire
from .records import Flip, Row, flip_row, flip_rows, result, top
from .scalar import SMALL, representative

if TYPE_CHECKING:
    from .arrays import Evaluation
    from .whatif import Flips


def score(q: Questionnaire, values: Mapping[str, Any]) -> dict:
    """The full result for one respondent: ranking, alternatives, legal forms, sensitivity."""
    return score_many(q, [values])[0]


def score_many(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> Sequence[dict]:
    """One full result per answer set. A handful of sets is scored one by one without numpy; a batch
    on arrays, its results built when read (`results.Results`: the arrays stay until serialised)."""
    if len(answer_sets) <= SMALL:
        from .scalar import evaluate, flips

        out = []
        for values in answer_sets:
            one = evaluate(q, values)
            out.append(result(q, [values], [one.row()], ["respondent"],
                              flip_rows(q, values, flips(q, values, one), one.top)))
        return out
    from .results import Results

    return Results(q, answer_sets, *rank_many(q, answer_sets))


# Answer sets on arrays at a time: at most BLOCK, fewer when there are many targets, so that a block's
# arrays (sets x targets) stay in the processor's cache. Measured on 10,000 sets: with 1,000 models,
# blocks of 500 sets took 10-20% less time than blocks of 1,000; with 10 models, 8% more.
BLOCK = 1000
BLOCK_CELLS = 500_000


def block_size(targets: int) -> int:
    return min(BLOCK, max(100, BLOCK_CELLS // max(targets, 1)))


def rank_many(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> tuple[Evaluation, Flips]:
    """The numbers alone for many answer sets: fits, ranges, exclusions, top, and the changes that move it.

    Every number depends on its own answer set only, and every sum is exact, so scoring the sets in
    blocks gives the same bits; 10,000 sets against 1,000 models took 53 s in one block, 27-32 s in blocks
    (14 s since changes keep four numbers a row). Each block's arrays are copied into arrays for all the
    sets as soon as it is done, so only one block is ever held twice.
    """
    import numpy as np

    from .arrays import Evaluation, engine
    from .whatif import Flips, flips

    eng = engine(q)
    size = block_size(len(q.targets))
    if len(answer_sets) <= size:
        b = eng.encode(answer_sets)
        ev = eng.evaluate(b)
        return ev, flips(eng, b, ev)
    whole: dict = {}
    groups = []
    for start in range(0, len(answer_sets), size):
        b = eng.encode(answer_sets[start:start + size])
        ev = eng.evaluate(b)
        for name, part in vars(ev).items():
            if name not in whole:
                whole[name] = np.empty((len(answer_sets), *part.shape[1:]), dtype=part.dtype)
            whole[name][start:start + len(part)] = part
        groups += [g._replace(rows=g.rows + start) for g in flips(eng, b, ev).groups]
    return Evaluation(**whole), Flips(groups)


def aggregate(q: Questionnaire, answer_sets: list[Mapping[str, Any]], labels: list[str] | None = None) -> dict:
    """Mean fits over respondents, with reasons, disagreements and sensitivity.

    Sensitivity here asks: if one respondent changed one answer, would the top
    of the averaged ranking change?
    """
    if len(answer_sets) == 1:
        return score(q, answer_sets[0])
    from .arrays import engine
    from .scalar import runner_up
    from .whatif import changes

    labels = labels or [f"respondent {i + 1}" for i in range(len(answer_sets))]
    eng = engine(q)
    b = eng.encode(answer_sets)
    ev = eng.evaluate(b)
    n = len(answer_sets)
    total = ev.fit.sum(axis=0)
    everyone = ev.excluded.all(axis=0)
    mean = total / n
    r = eng.n_ranking
    first = int(top(mean[:r], everyone[:r]))
    out = []
    for j, p, kind, rows, alt in changes(eng, b, ev):
        for k, row in enumerate(rows):
            new_fit = ev.fit[row].copy()
            new_fit[:eng.n_ranking] = alt.fit[k]
            new_mean = (total - ev.fit[row] + new_fit) / n
            excluded = ev.excluded.copy()
            excluded[row, :eng.n_ranking] = alt.excluded[k]
            everyone_out = excluded.all(axis=0)
            new_top = int(top(new_mean[:r], everyone_out[:r]))
            if new_top != first and not everyone_out[new_top]:
                entry = flip_row(q, answer_sets[row], Flip(j, p, kind, new_top, new_mean[new_top], new_mean[first],
                                                           everyone_out[first],
                                                           *runner_up(new_mean[:r].tolist(),
                                                                      everyone_out[:r].tolist(), new_top)),
                                 first)
                entry["respondent"] = labels[row]
                out.append(entry)
    return result(q, answer_sets, _rows(ev), labels, out)


def _rows(ev: Evaluation) -> list[Row]:
    """Per answer set, its `Row` of Python lists."""
    return [Row(*row) for row in zip(ev.fit.tolist(), ev.low.tolist(), ev.high.tolist(), ev.rule.tolist(),
                                     ev.maybe.tolist(), ev.app.tolist())]


def fits_of(q: Questionnaire, answer_sets: list[Mapping[str, Any]]) -> Evaluation:
    """The bare arithmetic for many answer sets (lint's search uses it)."""
    from .arrays import engine

    eng = engine(q)
    return eng.evaluate(eng.encode(answer_sets))


def alternatives_for(question: Question, value) -> list[tuple[str, Any, Any]]:
    """Every other single answer to a scored question: (kind of change, option or band, new answer). The kind
    is 'set' (this option or band instead), 'add' or 'remove' (one option of a multiple choice) or 'only' (a
    multiple choice answered "don't know": just this option); `records.change_words` puts it in words."""
    if question.type == "multi":
        if value == DONT_KNOW:
            return [("only", o, (o.id,)) for o in question.options]
        current = set(value)
        return [("remove" if o.id in current else "add", o,
                 tuple(x.id for x in question.options if (x.id in current) != (x.id == o.id)))
                for o in question.options]
    if question.type == "number":
        band = None if value == DONT_KNOW else question.band_for(value)
        return [("set", b, representative(question, b)) for b in question.options if b is not band]
    return [("set", o, o.id) for o in question.options if o.id != value]
