"""Orchestration: answers files -> validated answers -> result with challenges (the CLI's one call)."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import InputError, Problem, UserError, display_path
from ..kb import KnowledgeBase
from .answers import Answers, check, read_questionnaire_id
from .questionnaire import Questionnaire
from .questionnaire import load as load_questionnaire


class Assessment(NamedTuple):
    kb: KnowledgeBase
    questionnaire: Questionnaire
    answers: tuple            # Answers, one per respondent
    result: dict


def _questionnaires() -> list[Path]:
    from ..resources import questionnaires_dir

    return sorted(questionnaires_dir().glob("*.yaml"))


def questionnaire_path(qid: str) -> Path:
    """The bundled questionnaire `qid`; a UserError naming the closest ids when there is none."""
    known = {p.stem: p for p in _questionnaires()}
    if qid not in known:
        from difflib import get_close_matches  # only when naming the closest match
        close = get_close_matches(qid, list(known), n=1)
        raise UserError(f"no questionnaire '{qid}': " + (f"did you mean {close[0]}?" if close
                                                          else "known: " + ", ".join(known)))
    return known[qid]


def load_questionnaire_by_id(qid: str, kb: KnowledgeBase) -> Questionnaire:
    return load_questionnaire(questionnaire_path(qid), kb)


def read_answers(paths: list[Path], kb: KnowledgeBase,
                 questionnaire: Path | None = None) -> tuple[Questionnaire, list[Answers]]:
    """Validate every answers file (all problems at once); they must answer one questionnaire
    (`questionnaire`: its file, else the bundled one their `questionnaire:` names)."""
    docs, problems = [], _given_twice(paths)
    for path in paths:
        try:
            docs.append(read_questionnaire_id(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    known = sorted(p.stem for p in _questionnaires())
    for doc, qid in docs:
        if qid not in known:
            from difflib import get_close_matches  # only when naming the closest match
            close = get_close_matches(qid, known, n=1)
            problems.append(doc.problem(("questionnaire",), f"no questionnaire '{qid}'",
                                        f"did you mean {close[0]}?" if close else "known: " + ", ".join(known)))
    if problems:
        raise InputError(problems)
    ids = {qid for _, qid in docs}
    if len(ids) > 1:
        raise InputError([doc.problem(("questionnaire",), f"answers '{qid}', but {docs[0][0].file} answers '{docs[0][1]}'",
                                      "score answers to one questionnaire together")
                          for doc, qid in docs if qid != docs[0][1]])
    q = load_questionnaire(questionnaire, kb) if questionnaire else load_questionnaire_by_id(docs[0][1], kb)
    if q.id != docs[0][1]:
        raise InputError(docs[0][0].problem(("questionnaire",), f"answers '{docs[0][1]}', but {q.file} is '{q.id}'",
                                            "name the questionnaire these answers are for"))
    answers = []
    for doc, _ in docs:
        try:
            answers.append(check(doc, q))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return q, answers


def _given_twice(paths: list[Path]) -> list[Problem]:
    """A problem for each file given again (by another name, a link, or the same name): one respondent's
    answers must not count twice."""
    import os

    seen: dict[tuple[int, int], Path] = {}
    problems = []
    for path in paths:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue                    # reading it says what is wrong
        first = seen.setdefault((st.st_dev, st.st_ino), path)
        if first is not path:
            same = "" if str(first) == str(path) else f" (as {display_path(first)})"
            problems.append(Problem(display_path(path), None, None, f"this answers file is given twice{same}",
                                    "give each respondent's file once"))
    return problems


def run(paths: list[Path], kb: KnowledgeBase | None = None, questionnaire: Path | None = None) -> Assessment:
    """Load, validate and score answers files (against the bundled KB and questionnaire unless given)."""
    from ..kb import load

    kb = kb or load()
    q, answers = read_answers(paths, kb, questionnaire)
    return Assessment(kb, q, tuple(answers), evaluate(q, kb, answers))


def evaluate(q: Questionnaire, kb: KnowledgeBase, answers: list[Answers]) -> dict:
    """Score, decide what to recommend, then add check-and-challenge questions and who answered."""
    from .answers import applicable_values
    from .challenges import select
    from .priorities import prioritise
    from .recommendation import (
        alternatives_replace,
        change_text,
        explain,
        instead_quote,
        recommend,
    )
    from .scoring import aggregate
    from .turning_points import turning_points
    from .variants import match
    from .workforce import workforce

    labels = _labels(answers)
    scored = aggregate(q, [a.values for a in answers], labels)
    for change in scored["sensitivity"]:
        change["text"] = change_text(q, change)
    instead = alternatives_replace(q, kb.collaborative)
    decision = recommend(q, scored, instead=instead, quote=instead_quote(kb.collaborative) if instead else None)
    decision["changes"] = turning_points(q, [a.values for a in answers], labels, decision, instead=instead)
    decision["confidence_why"] = explain(decision)
    result = {"questionnaire": scored.pop("questionnaire"), "recommendation": decision, **scored}
    known_sets = [applicable_values(q, a.values) for a in answers]
    result["challenges"] = prioritise(select(q, kb, result, known_sets))
    result["workforce"] = workforce(q, kb, decision, result["ranking"], known_sets) if q.ranking[0] in kb.models else None
    subject = decision["id"] if decision["kind"] == "model" else None
    result["variant"] = match(q, kb, subject, known_sets)
    result["challenge"] = [c["text"] for c in result["challenges"]]
    result["terms"] = dict(q.terms)
    result["respondents"] = [{"label": label, "file": a.file, "respondent": a.respondent, "context": a.context,
                              "date": a.date, "ignored": [{"question": qid, "why": why} for qid, why in a.ignored]}
                             for a, label in zip(answers, labels)]
    return result


def _labels(answers: list[Answers]) -> list[str]:
    labels = [a.label for a in answers]
    if len(set(labels)) < len(labels):
        labels = [f"{label} ({Path(a.file).name})" for label, a in zip(labels, answers)]
    return labels


def to_json(result: dict) -> str:
    """The score-result contract as JSON: fits rounded to 2 decimals, stable order."""
    import json

    from ..kb.freeze import thaw

    def tidy(value):
        if isinstance(value, float):
            return round(value, 2)
        if isinstance(value, dict):
            return {k: tidy(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [tidy(v) for v in value]
        return value
    return json.dumps(tidy(thaw(result)), indent=2, ensure_ascii=False) + "\n"
