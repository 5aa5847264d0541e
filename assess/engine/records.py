"""The numbers of scored answer sets as typed records, and the score-result dicts built from them (pure).

`scalar` (one answer set at a time), `arrays` and `whatif` (a batch) and
`scoring.aggregate` (respondents together) give the same records: a `Row` per
answer set and a `Flip` per change that moves the top (in a batch, a
`FlipGroup` per change, over the answer sets it moves). `scoring` and `results`
turn them into the dicts of the score-result contract with `result` and
`flip_rows`; `top` is the one rule of which target comes first.
"""
from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from .conditions import DONT_KNOW
from .questionnaire import SCORED, Question, Questionnaire


# An answer, or a change of answer, in words: Python fills these and the browser the same entries (shipped
# as the questionnaire data's `answer_words`), so neither writes them out. `{option}` is an option's label.
ANSWER_WORDS = {
    "dont_know": "don't know",
    "unanswered": "not answered (counted as don't know)",
    "not_asked": "does not apply",      # a question the other answers make not apply
    "nothing": "none",                  # a multiple choice with no option ticked
    "set": "“{option}”",                # this option (or band) instead
    "only": "only “{option}”",          # a multiple choice answered "don't know": just this option
    "add": "adding “{option}”",
    "remove": "without “{option}”",
}


def change_words(kind: str, option_label: str) -> str:
    """A change of answer in words: `kind` is 'set', 'only', 'add' or 'remove'."""
    return ANSWER_WORDS[kind].format(option=option_label)


class Row(NamedTuple):
    """What the arithmetic gives for one answer set: per target its fit, low, high, the first rule that
    excludes it and the first whose verdict is unknown (-1 for none); per question whether it applies."""

    fit: list
    low: list
    high: list
    rule: list
    maybe: list
    applies: list


class Flip(NamedTuple):
    """A single-answer change that moves the top: question and option (indices), kind ('set', 'toggle' or
    'only'), the new top (index), its fit, the fit of the top before and whether the change excludes it, then
    the fit and index of the best other target not excluded under the change (-1: none), against which
    its margin is measured."""

    question: int
    option: int
    kind: str
    new_top: int
    new_fit: float
    top_fit: float
    top_excluded: bool
    runner_fit: float
    runner: int


class FlipGroup(NamedTuple):
    """One change over a batch: question, option and kind, then per answer set it moves (arrays): its row,
    the new top, its fit, the fit of the top before, whether that is excluded, and the fit and index of
    the best other target not excluded after the change (-1: none)."""

    question: int
    option: int
    kind: str
    rows: Any
    new_top: Any
    new_fit: Any
    top_fit: Any
    top_excluded: Any
    runner_fit: Any
    runner: Any

    def flip(self, k: int) -> Flip:
        """The change for the k-th answer set it moves."""
        return Flip(self.question, self.option, self.kind, self.new_top[k], self.new_fit[k], self.top_fit[k],
                    self.top_excluded[k], self.runner_fit[k], self.runner[k])


def top(fit, excluded):
    """Per row of numpy arrays, the first of the ranking order: best fit not excluded, lowest index on ties;
    the best fit of all when every target is excluded (`scalar.top` is the same for one row of lists)."""
    import numpy as np      # only ever called on arrays: a handful of answer sets is scored without numpy

    top = np.where(excluded, -np.inf, fit).argmax(axis=-1)
    none = excluded.all(axis=-1)
    if np.any(none):
        top = np.where(none, fit.argmax(axis=-1), top)
    return top


def flip_rows(q: Questionnaire, values: Mapping[str, Any], flips: list[Flip], top: int) -> list[dict]:
    """The sensitivity entries of one answer set: its flips in words, in questionnaire order."""
    flips.sort(key=lambda f: (f.question, f.option, f.kind))
    return [flip_row(q, values, flip, int(top)) for flip in flips]


def flip_row(q: Questionnaire, values: Mapping[str, Any], flip: Flip, top: int) -> dict:
    """A change that moves the top (from `scalar.flips`, `whatif.flips` or `scoring.aggregate`), in words.
    Its margin is measured against the best other model not ruled out after the change, never against one
    the changed answers rule out."""
    kind, new_fit, top_fit = flip.kind, flip.new_fit, flip.top_fit
    new_top, runner = int(flip.new_top), int(flip.runner)
    question = q.questions[flip.question]
    value = values.get(question.id, DONT_KNOW)
    option = question.options[flip.option]
    if kind == "toggle":
        kind = "remove" if option.id in value else "add"
    change = change_words(kind, option.label)
    old_excluded = bool(flip.top_excluded)
    old_fit = None if old_excluded else float(top_fit)
    return {"question": question.id, "question_text": question.text, "answer": _answer_label(question, value),
            "change_to": change, "change": kind, "option_label": option.label, "old_top": q.ranking[top],
            "new_top": q.ranking[new_top], "new_top_fit": float(new_fit),
            "old_top_fit": old_fit, "old_top_excluded": old_excluded,
            "runner_up": q.ranking[runner] if runner >= 0 else None,
            "runner_up_fit": float(flip.runner_fit) if runner >= 0 else None,
            "margin": float(new_fit) - float(flip.runner_fit) if runner >= 0 else None}


def result(q: Questionnaire, answer_sets: list[Mapping[str, Any]], lists: list[Row], labels: list[str],
           sensitivity: list[dict]) -> dict:
    """The score-result dict of one or more respondents (their fits averaged) from their rows."""
    n, targets = len(answer_sets), range(len(q.targets))
    fit = [sum(row.fit[i] for row in lists) / n for i in targets] if n > 1 else lists[0].fit
    low = [sum(row.low[i] for row in lists) / n for i in targets] if n > 1 else lists[0].low
    high = [sum(row.high[i] for row in lists) / n for i in targets] if n > 1 else lists[0].high
    knowns = [_known(q, values, row.applies) for values, row in zip(answer_sets, lists)]
    why = [reasons(q, known) for known in knowns]
    excluded = {t: lists[0].rule[i] for i, t in enumerate(q.targets) if all(row.rule[i] >= 0 for row in lists)}

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
    maybe = [{"reason": q.rules[row.maybe[i]].reason, "condition": q.rules[row.maybe[i]].text,
              **({"respondent": label} if multi else {})}
             for row, label in zip(lists, labels) if row.maybe[i] >= 0 and row.rule[i] < 0]
    maybe += [{"reason": q.rules[row.rule[i]].reason, "condition": q.rules[row.rule[i]].text, "respondent": label}
              for row, label in zip(lists, labels) if row.rule[i] >= 0 and tid not in excluded]
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


def _answer_label(question: Question, value) -> str:
    if value == DONT_KNOW:
        return ANSWER_WORDS["dont_know"]
    if question.type == "multi":
        return ", ".join(question.label(o) for o in value) or ANSWER_WORDS["nothing"]
    if question.type == "number":
        return f"{value:,}"
    return question.label(value)


def answer_label(q: Questionnaire, qid: str, value) -> str:
    """An answer in words, for reports."""
    question = q.by_id[qid]
    if question.type == "text":
        return ANSWER_WORDS["dont_know"] if value == DONT_KNOW else str(value)
    return _answer_label(question, value)
