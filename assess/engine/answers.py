"""Answers files: read, check every answer against its questionnaire, report file:line."""
from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ..errors import InputError, Problem
from ..kb.numbers import number_fix
from ..kb.yamlsafe import Document, load_file
from .conditions import DONT_KNOW, describe
from .questionnaire import Questionnaire

TOP_KEYS = ("questionnaire", "respondent", "context", "date", "answers")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_FREE_TEXT = 4000       # characters of one free-text answer: respondent, context, a text question


class Answers(NamedTuple):
    """One respondent's validated answers (only questions that apply)."""

    file: str
    questionnaire: str
    respondent: str | None
    context: str | None
    date: str | None
    values: Any              # question id -> option id | tuple of ids | number | text | 'dont-know'
    ignored: tuple = ()      # (question id, why) answers left out because their condition is unknown

    @property
    def label(self) -> str:
        return self.respondent or Path(self.file).stem


def read_questionnaire_id(path: Path | str) -> tuple[Document, str]:
    """The answers document and the questionnaire id it names."""
    doc = load_file(path, cache=True)
    data = doc.data
    if not isinstance(data, dict):
        raise InputError(doc.problem((), "an answers file is a mapping with 'questionnaire:' and 'answers:'",
                                     "start from a file in examples/"))
    qid = data.get("questionnaire")
    if "questionnaire" not in data and (other := _other_kind(data, doc.file)):
        kind, use = other
        raise InputError(doc.problem((), f"this is {kind}, not an answers file", f"use {use}"))
    if not isinstance(qid, str):
        raise InputError(doc.problem(("questionnaire",) if "questionnaire" in data else (),
                                     "missing 'questionnaire:' (the id of the questionnaire answered)",
                                     "add e.g. 'questionnaire: care-model-fit'"))
    return doc, qid


def _other_kind(data: dict, file: str) -> tuple[str, str] | None:
    """(what the file is, the command for it) when it is one of the project's other kinds of file."""
    import shlex

    name = shlex.quote(file)
    if "capitated_budget" in data:
        return "a budget file", f"`assess budget {name}`"
    if "members" in data and "decisions" in data:
        return "a provider-network file", f"`assess vote {name}`"
    if "proposal" in data and "in_favour" in data:
        return "a proposal file", f"`assess vote NETWORK.yaml --proposal {name}`"
    if "sections" in data or "questions" in data:
        return "a questionnaire", f"`assess run {name}` to answer it, or `assess lint {name}` to check it"
    return None


def check(doc: Document, q: Questionnaire) -> Answers:
    """Validate an answers document against `q`; raise InputError listing every problem."""
    data = doc.data
    problems: list[Problem] = []
    for key in data:
        if key not in TOP_KEYS:
            from difflib import get_close_matches  # only when naming the closest match
            close = get_close_matches(key, TOP_KEYS, n=1)
            problems.append(doc.problem((key,), f"unknown key '{key}'",
                                        f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(TOP_KEYS)))
    if data.get("questionnaire") != q.id:
        problems.append(doc.problem(("questionnaire",), f"answers are for '{data.get('questionnaire')}', not '{q.id}'"))
    for key in ("respondent", "context"):
        if key in data and data[key] is not None and not isinstance(data[key], str | int | float):
            problems.append(doc.problem((key,), f"'{key}' must be text"))
        elif isinstance(data.get(key), str) and (problem := text_problem(data[key])):
            problems.append(doc.problem((key,), f"'{key}' {problem[0]}", problem[1]))
    if data.get("date") is not None and not is_iso_date(data["date"]):
        problems.append(doc.problem(("date",), f"'date' must be a date written YYYY-MM-DD, not {data['date']!r}",
                                    "e.g. 'date: 2025-03-31', or leave the date out"))
    if "answers" not in data:
        problems.append(doc.problem((), "missing 'answers:' (the answers, by question id)",
                                    "add 'answers:' with one line per question answered, e.g. 'scope: [acute]', "
                                    "or 'answers: {}' for none yet"))
    answers = data.get("answers", {})
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        problems.append(doc.problem(("answers",), "'answers' must be a mapping of question id: answer",
                                    "e.g. 'scope: [acute, community]'"))
        answers = {}
    values: dict[str, Any] = {}
    for qid, value in answers.items():
        if qid not in q.by_id:
            from difflib import get_close_matches  # only when naming the closest match
            close = get_close_matches(qid, list(q.by_id), n=2)
            problems.append(doc.problem(("answers", qid), f"unknown question '{qid}'",
                                        f"did you mean {' or '.join(close)}?" if close
                                        else f"the questions of '{q.id}' are listed by 'assess run' or in the questionnaire file"))
            continue
        problem = check_value(q.by_id[qid], value)
        if problem:
            message, hint = problem
            problems.append(doc.problem(("answers", qid), message, hint))
        else:
            values[qid] = normalise(q.by_id[qid], value)
    if problems:
        raise InputError(problems)
    applicable, ignored = _applicable(q, values, doc, problems)
    if problems:
        raise InputError(problems)
    return Answers(
        file=doc.file, questionnaire=q.id,
        respondent=_text(data.get("respondent")), context=_text(data.get("context")), date=_text(data.get("date")),
        values=MappingProxyType(applicable), ignored=tuple(ignored),
    )


def is_iso_date(value) -> bool:
    """Whether `value` is a date written as ISO YYYY-MM-DD (and a real day)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    from datetime import date  # only for files that give a date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_value(question, value) -> tuple[str, str] | None:
    """(message, hint) when `value` is not a valid answer to `question`."""
    if value == DONT_KNOW:
        return None
    kind = question.type
    name = f"'{question.id}' (“{question.text}”)"        # the key the file uses, and the question it asks
    option_ids = [o.id for o in question.options] if kind in ("single", "multi") else []
    if kind == "single":
        choose = "choose one of: " + ", ".join(option_ids) + f", or {DONT_KNOW} (“I don't know”)"
        if value is None:
            return (f"no answer is given to {name}", choose + "; or remove the line")
        if isinstance(value, list):
            return (f"{name} takes one option, not a list", choose)
        if not isinstance(value, str):
            return (f"{_plain(value)} is not an option of {name}", choose)
        if value not in option_ids:
            return (f"'{value}' is not an option of {name}", choose)
    elif kind == "multi":
        if isinstance(value, str) and value in option_ids:
            return (f"{name} takes a list of options", f"write it as a list: [{value}]")
        if not isinstance(value, list):
            return (f"{name} takes a list of options", "e.g. [" + ", ".join(option_ids[:2]) + f"], or {DONT_KNOW} (“I don't know”)")
        for v in value:
            if v not in option_ids:
                return (f"'{v}' is not an option of {name}", "choose from: " + ", ".join(option_ids))
        if len(set(value)) != len(value):
            return (f"an option is listed twice in {name}", "list each option once")
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            fix = number_fix(value) if isinstance(value, str) else None
            return (f"{name} takes a number, not {value!r}",
                    fix or f"write a number from {question.min:,} to {question.max:,}")
        if not question.min <= value <= question.max:
            return (f"{value:,} is out of range for {name}", f"write a number from {question.min:,} to {question.max:,}")
        if question.whole and value != int(value):
            return (f"{name} takes a whole number, not {value:,}", f"write e.g. {int(value):,}")
    elif kind == "text":
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return (f"{name} takes text", "write the answer as text")
        problem = text_problem(str(value))
        if problem:
            return (f"the answer to {name} {problem[0]}", problem[1])
    return None


def text_problem(text: str) -> tuple[str, str] | None:
    """(what is wrong, the fix) when free text is too long or holds a character nothing typed needs."""
    if len(text) > MAX_FREE_TEXT:
        return (f"is {len(text):,} characters long; the limit is {MAX_FREE_TEXT:,}",
                "shorten it: keep the details in your own papers")
    at = untyped_at(text)
    if at is not None:
        return (f"holds an invisible control character (U+{ord(text[at]):04X}, character {at + 1})",
                "remove it: free text may hold letters, digits, punctuation, tabs and line breaks")
    return None


def untyped_at(text: str) -> int | None:
    """Where `text` first holds a C0 or C1 control character other than tab and line feed, or one of
    Unicode's non-characters (U+FDD0 to U+FDEF, the last two of every plane): nothing typed needs them,
    and a terminal or Word acts on them. None when it holds none."""
    if text.replace("\t", " ").replace("\n", " ").isprintable():     # the common case, at C speed
        return None
    for at, char in enumerate(text):
        code = ord(char)
        if (code < 0x20 and char not in "\t\n") or 0x7F <= code <= 0x9F or 0xFDD0 <= code <= 0xFDEF \
                or code & 0xFFFE == 0xFFFE:
            return at
    return None


def _plain(value) -> str:
    """A value YAML read that is no option id, in the words of the file: yes/no, a number."""
    if isinstance(value, bool):
        return f"'{'true' if value else 'false'}' (a yes or no)"
    return f"the number {value}" if isinstance(value, int | float) else "this value"


def normalise(question, value):
    if value == DONT_KNOW:
        return DONT_KNOW
    if question.type == "multi":
        order = {o.id: i for i, o in enumerate(question.options)}
        return tuple(sorted(value, key=order.__getitem__))
    if question.type == "text":
        return str(value)
    return value


def applicable_values(q: Questionnaire, values) -> dict[str, Any]:
    """The answers of the questions that apply, in questionnaire order (others dropped)."""
    known: dict[str, Any] = {}
    for question in q.questions:
        if question.check is not None and question.check(known) is not True:
            continue
        known[question.id] = values.get(question.id, DONT_KNOW)
    return known


def _applicable(q: Questionnaire, values: dict, doc: Document, problems: list[Problem]):
    known: dict[str, Any] = {}
    ignored = []
    for question in q.questions:
        state = question.check(known) if question.check is not None else True
        if state is not True:
            if question.id in values:
                why = describe(question.when, lambda qid, opt: _label(q, qid, opt))
                if state is False:
                    problems.append(doc.problem(("answers", question.id),
                                                f"'{question.id}' (“{question.text}”) does not apply: it is asked only when {why}",
                                                "remove this answer, or change the answer it depends on"))
                else:
                    ignored.append((question.id, f"it is asked only when {why}, which is not known"))
            continue
        known[question.id] = values.get(question.id, DONT_KNOW)
    return {k: v for k, v in known.items() if k in values}, ignored


def _label(q: Questionnaire, qid: str, option: str | None) -> str:
    question = q.by_id[qid]
    return question.text.rstrip("?") if option is None else question.label(option)


def _text(value) -> str | None:
    return None if value is None else str(value)
