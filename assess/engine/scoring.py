"""Scoring results: pure functions from a questionnaire and answers to fits, reasons and sensitivity.

The numbers come from `arrays` (one evaluation over a batch of answer sets) and
`whatif` (the changes that move the top), or for a handful of answer sets from
`scalar` (the same arithmetic in plain Python: numpy is imported only for
batches); this module turns them into the plain dicts of the score-result contract.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .conditions import DONT_KNOW
from .questionnaire import SCORED, Question, Questionnaire
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
            out.append(_result(q, [values], [one.lists()], ["respondent"],
                               _flip_rows(q, values, flips(q, values, one), one.top)))
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
        groups += [(j, p, kind, rows + start, *rest) for j, p, kind, rows, *rest in flips(eng, b, ev).groups]
    return Evaluation(**whole), Flips(groups)


def aggregate(q: Questionnaire, answer_sets: list[Mapping[str, Any]], labels: list[str] | None = None) -> dict:
    """Mean fits over respondents, with reasons, disagreements and sensitivity.

    Sensitivity here asks: if one respondent changed one answer, would the top
    of the averaged ranking change?
    """
    if len(answer_sets) == 1:
        return score(q, answer_sets[0])
    from .arrays import _top, engine
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
    top = int(_top(mean[:r], everyone[:r]))
    out = []
    for j, p, kind, rows, alt in changes(eng, b, ev):
        for k, row in enumerate(rows):
            new_fit = ev.fit[row].copy()
            new_fit[:eng.n_ranking] = alt.fit[k]
            new_mean = (total - ev.fit[row] + new_fit) / n
            excluded = ev.excluded.copy()
            excluded[row, :eng.n_ranking] = alt.excluded[k]
            everyone_out = excluded.all(axis=0)
            new_top = int(_top(new_mean[:r], everyone_out[:r]))
            if new_top != top and not everyone_out[new_top]:
                entry = _flip(q, answer_sets[row], (j, p, kind, new_top, new_mean[new_top], new_mean[top],
                                                    everyone_out[top],
                                                    *runner_up(new_mean[:r].tolist(), everyone_out[:r].tolist(),
                                                               new_top)), top)
                entry["respondent"] = labels[row]
                out.append(entry)
    return _result(q, answer_sets, _as_lists(ev), labels, out)


def _as_lists(ev: Evaluation) -> list[tuple]:
    """Per answer set: (fit, low, high, rule, maybe, applies) as Python lists."""
    return list(zip(ev.fit.tolist(), ev.low.tolist(), ev.high.tolist(), ev.rule.tolist(), ev.maybe.tolist(),
                    ev.app.tolist()))


def _flip_rows(q: Questionnaire, values, flips: list, top: int) -> list[dict]:
    flips.sort(key=lambda f: (f[0], f[1], f[2]))
    return [_flip(q, values, flip, int(top)) for flip in flips]


def _flip(q, values, flip: tuple, top: int) -> dict:
    """A change that moves the top, in words. `flip` (from `scalar.flips`, `whatif.flips` or
    `aggregate`): question index, option index, kind, new top, its fit, then the fit of the top
    before the change and whether the change excludes it, then the fit and index of the best other model
    not ruled out after the change (-1: none). The margin is measured against that model, never against
    one the changed answers rule out."""
    j, p, kind, new_top, new_fit, top_fit, top_excluded, runner_fit, runner = flip
    runner = int(runner)
    new_top = int(new_top)
    question = q.questions[j]
    value = values.get(question.id, DONT_KNOW)
    option = question.options[p]
    if kind == "toggle":
        kind = "remove" if option.id in value else "add"
        change = f"{'without' if kind == 'remove' else 'adding'} “{option.label}”"
    elif kind == "only":
        change = f"only “{option.label}”"
    else:
        change = f"“{option.label}”"
    old_excluded = bool(top_excluded)
    old_fit = None if old_excluded else float(top_fit)
    return {"question": question.id, "question_text": question.text, "answer": _answer_label(question, value),
            "change_to": change, "change": kind, "option_label": option.label, "old_top": q.ranking[top],
            "new_top": q.ranking[new_top], "new_top_fit": float(new_fit),
            "old_top_fit": old_fit, "old_top_excluded": old_excluded,
            "runner_up": q.ranking[runner] if runner >= 0 else None,
            "runner_up_fit": float(runner_fit) if runner >= 0 else None,
            "margin": float(new_fit) - float(runner_fit) if runner >= 0 else None}


def _result(q: Questionnaire, answer_sets, lists, labels, sensitivity) -> dict:
    n, targets = len(answer_sets), range(len(q.targets))
    fit = [sum(row[0][i] for row in lists) / n for i in targets] if n > 1 else lists[0][0]
    low = [sum(row[1][i] for row in lists) / n for i in targets] if n > 1 else lists[0][1]
    high = [sum(row[2][i] for row in lists) / n for i in targets] if n > 1 else lists[0][2]
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
    from .arrays import engine

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
        return [(f"“{b.label}”", representative(question, b)) for b in question.options if b is not band]
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

