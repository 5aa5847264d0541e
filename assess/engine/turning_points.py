"""What would change the recommendation: every single answer change that recommends something else.

The sensitivity of the score result asks which changes put another care model
first; a board needs the same question of the decision itself, which may be a
collaborative alternative or "nothing fits well yet". Every change of one
answer of one respondent (another option or band; adding or removing one option
of a multiple choice; a "don't know" resolved) is scored again in plain Python (a
few hundred changes need no numpy), and the
recommendation is decided again on the new fits, exactly as for the answers
given. Changes under which every option is ruled out are listed too: they
turn the decision into "none".
"""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from .answers import applicable_values
from .conditions import DONT_KNOW
from .questionnaire import SCORED, Question, Questionnaire
from .numbers import ahead
from .numbers import fit as fit_text
from .numbers import margin as margin_text
from .recommendation import change_head, choose, decided, say
from .records import answer_label
from .scalar import evaluate, moved, picked, runner_up
from .scoring import alternatives_for


def turning_points(q: Questionnaire, answer_sets: list[Mapping[str, Any]], labels: list[str],
                   recommendation: Mapping, *, instead: bool) -> list[dict]:
    """The changes that change the recommendation, with plain words: what they would recommend best first."""
    variants = [(i, question, change) for i, values in enumerate(answer_sets)
                for question, change in _changes(q, values)]
    if not variants:
        return []
    base = [evaluate(q, values) for values in answer_sets]
    n, r, a = len(answer_sets), len(q.ranking), len(q.alternatives) if instead else 0
    total = [sum(one.fit[t] for one in base) for t in range(len(q.targets))]
    current = (recommendation["kind"], recommendation["id"])
    out = []
    for i, question, (kind, option, new) in variants:
        rules, changed_fit = _changed(q, question, answer_sets[i], base[i], kind, option, new)
        fit = [(all_t - own + changed) / n for all_t, own, changed in zip(total, base[i].fit, changed_fit)]
        # ruled out for every respondent: each target's first excluding rule, over the respondents, is >= 0
        out_all = [min(column) >= 0 for column in zip(*[rules if k == i else one.rule for k, one in enumerate(base)])]
        new_kind, lead = choose(_best(q.ranking, fit[:r], out_all[:r], "model"),
                                _best(q.alternatives[:a], fit[r:r + a], out_all[r:r + a], "id"))
        new = decided(new_kind, lead)
        if new == current:
            continue
        # the best option other than the new lead not ruled out under the change (models, then alternatives)
        runner_fit, runner = runner_up(fit[:r + a], out_all[:r + a], q.index[new[1]]) if new[1] else (0.0, -1)
        entry = {"question": question.id, "question_text": question.text,
                 "answer": answer_label(q, question.id, answer_sets[i].get(question.id, DONT_KNOW)),
                 "change": kind, "option_label": option.label, "kind": new[0], "id": new[1],
                 "name": q.names[new[1]] if new[1] else None, "fit": lead["score"] if new[1] else None,
                 "runner_up": q.targets[runner] if runner >= 0 else None,
                 "margin": lead["score"] - runner_fit if runner >= 0 else None}
        if n > 1:
            entry["respondent"] = labels[i]
        entry["text"] = _text(entry, q.names)
        out.append(entry)
    # the largest lead first (over the best option still standing after the change); stable: question order
    return sorted(out, key=lambda e: 1.0 if e["margin"] is None else -e["margin"])


def _changed(q: Questionnaire, question: Question, values: Mapping[str, Any], one, kind: str, option,
             new) -> tuple[list, list]:
    """(rule per target, fit per target) with one answer changed. A question no condition reads moves only its
    own points (and, from "don't know", its range): computed from the sums, as `scalar.flips` does; any other
    change is scored again."""
    if question.id in q.referenced:
        changed = evaluate(q, {**values, question.id: new})
        return changed.rule, changed.fit
    value = values.get(question.id, DONT_KNOW)
    chosen = None if value == DONT_KNOW else picked(question, value)
    step = "toggle" if kind in ("add", "remove") else kind
    return one.rule, moved(question, chosen, option, step, one.sums, len(q.targets))


def _changes(q: Questionnaire, values: Mapping[str, Any]) -> Iterator[tuple[Question, tuple[str, str, Any]]]:
    """(question, (change, option, new answer)) for every single change of a scored answer that applies."""
    for qid, value in applicable_values(q, values).items():
        question = q.by_id[qid]
        if question.type not in SCORED:
            continue
        for change in alternatives_for(question, value):
            yield question, change


def _best(ids, fit, excluded, key: str) -> dict | None:
    """The first of `ids` by fit (lowest index on ties) that is not excluded, as a minimal entry."""
    standing = [(-float(fit[j]), j) for j in range(len(ids)) if not excluded[j]]
    if not standing:
        return None
    score, j = min(standing)
    return {key: ids[j], "score": -score}


def _text(entry: Mapping, names: Mapping) -> str:
    head = change_head(entry)
    if entry["kind"] == "none":
        return head + say("becomes_none")
    if entry["runner_up"] is None:
        return head + say("becomes", name=entry["name"], fit=fit_text(entry["fit"]))
    key = "becomes_ahead" if ahead(entry["margin"]) else "becomes_level"
    return head + say(key, name=entry["name"], fit=fit_text(entry["fit"]), other=names[entry["runner_up"]],
                      margin=margin_text(entry["margin"]))
