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
# What the checks of an answers file say, written once: the CLI puts file:line in front of what is wrong and
# shows the fix under it; the browser (site/js/answers.js, from the data assess/site/questionnaire_data.py
# writes) starts each with a capital and joins the two. The blanks name things as each side does: the CLI a
# question by its name in the file and its text, the page by its text alone.
MESSAGES = {
    "not_answers": "this is not an answers file: an answers file has a “questionnaire:” line and lists the "
                   "answers under “answers:”",
    "no_questionnaire": "the file has no “questionnaire:” line naming the questionnaire it answers",
    "other_questionnaire": "the file holds answers to another questionnaire ({given}), not to {this}",
    "unknown_key": "the file has a line {key} that answers files do not have",
    "not_text": "{key} should be text",
    "not_a_date": "{key} should be a date written YYYY-MM-DD, not {value}",
    "no_answers": "the file has no “answers:” line",
    "answers_not_listed": "the answers are not listed one a line under “answers:”",
    "unknown_question": "the file answers a question {this} does not ask ({question})",
    "no_answer": "no answer is given to {question}",
    "one_not_list": "the answer to {question} is one answer, not a list",
    "not_an_answer": "{value} is not one of the answers to {question}",
    "list_wanted": "the answer to {question} should be a list",
    "listed_twice": "an answer to {question} is listed twice",
    "number_wanted": "the answer to {question} should be a number, not {value}",
    "out_of_range": "{number} is too small or too large for {question}",
    "whole_wanted": "the answer to {question} should be a whole number, not {number}",
    "text_wanted": "the answer to {question} should be text",
    "answer_to": "the answer to {question}",
    "too_long": "{what} is {length} characters long; the limit is {limit}",
    "control": "{what} holds an invisible control character (U+{code}, character {at})",
    "does_not_apply": "the answer to {question} should not be there: that question is asked only when {condition}",
    "not_known": "it is asked only when {condition}, which is not known",
    "fix_start": "start from {start}",
    "fix_questionnaire": "add the line “questionnaire: {id}”",
    "fix_did_you_mean": "did you mean {close}? If not, remove the line",
    "fix_allowed": "remove the line: an answers file has only {allowed}",
    "fix_no_answers": "list the answers under it, one a line, or write “answers: {{}}” for none yet",
    "fix_answers": "write each answer on a line of its own: the question, a colon, then the answer",
    "fix_remove_line": "remove the line",
    "fix_choose": "write one of: {options}",
    "fix_choose_or_remove": "write one of: {options}; or remove the line",
    "fix_as_list": "write it as a list: [{value}]",
    "fix_list_example": "write e.g. [{examples}], or {dont_know}",
    "fix_once": "list each answer once",
    "fix_range": "write a number from {min} to {max}",
    "fix_whole": "write e.g. {whole}",
    "fix_text": "write the answer as text",
    "fix_shorten": "shorten it: keep the details in your own papers",
    "fix_control": "remove it: free text may hold letters, digits, punctuation, tabs and line breaks",
    "fix_date": "write e.g. “date: 2025-03-31”, or leave the date out",
    "fix_does_not_apply": "remove it, or change the answer it depends on",
    "quoted": "“{text}”",
    "option": "{id} (“{label}”)",
    "dont_know": "{id} (“I don't know”)",
    "or_last": "{options}, or {last}",
    "yes_no": "“{value}” (a yes or no)",
    "the_number": "the number {number}",
    "this_value": "this value",
}


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
        raise InputError(doc.problem((), say("not_answers"), say("fix_start", start="a file in examples/")))
    qid = data.get("questionnaire")
    if "questionnaire" not in data and (other := _other_kind(data, doc.file)):
        kind, use = other
        raise InputError(doc.problem((), f"this is {kind}, not an answers file", f"use {use}"))
    if not isinstance(qid, str):
        raise InputError(doc.problem(("questionnaire",) if "questionnaire" in data else (), say("no_questionnaire"),
                                     say("fix_questionnaire", id="care-model-fit")))
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
    _check_top(doc, q, problems)
    answers = data.get("answers", {})
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        problems.append(doc.problem(("answers",), say("answers_not_listed"), say("fix_answers")))
        answers = {}
    values: dict[str, Any] = {}
    for qid, value in answers.items():
        if qid not in q.by_id:
            from difflib import get_close_matches  # only when naming the closest match
            close = get_close_matches(qid, list(q.by_id), n=2)
            problems.append(doc.problem(("answers", qid), say("unknown_question", this=f"'{q.id}'", question=f"'{qid}'"),
                                        say("fix_did_you_mean", close=" or ".join(close)) if close
                                        else say("fix_remove_line")))
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


def _check_top(doc: Document, q: Questionnaire, problems: list[Problem]) -> None:
    """The problems of an answers file's top-level lines (all but the answers themselves), added to `problems`."""
    data = doc.data
    for key in data:
        if key not in TOP_KEYS:
            from difflib import get_close_matches  # only when naming the closest match
            close = get_close_matches(key, TOP_KEYS, n=1)
            problems.append(doc.problem((key,), say("unknown_key", key=f"'{key}'"),
                                        say("fix_did_you_mean", close=f"'{close[0]}'") if close
                                        else say("fix_allowed", allowed=", ".join(TOP_KEYS))))
    if "questionnaire" not in data:
        problems.append(doc.problem((), say("no_questionnaire"), say("fix_questionnaire", id=q.id)))
    elif data["questionnaire"] != q.id:
        problems.append(doc.problem(("questionnaire",), say("other_questionnaire", given=shown(data["questionnaire"]),
                                                            this=f"'{q.id}'")))
    for key in ("respondent", "context"):
        if key in data and data[key] is not None and not isinstance(data[key], str | int | float):
            problems.append(doc.problem((key,), say("not_text", key=f"'{key}'")))
        elif isinstance(data.get(key), str) and (problem := text_problem(f"'{key}'", data[key])):
            problems.append(doc.problem((key,), *problem))
    if data.get("date") is not None and not is_iso_date(data["date"]):
        problems.append(doc.problem(("date",), say("not_a_date", key="'date'", value=shown(data["date"])),
                                    say("fix_date")))
    if "answers" not in data:
        problems.append(doc.problem((), say("no_answers"), say("fix_no_answers")))


def say(message: str, /, **values) -> str:
    """A message of MESSAGES with its blanks filled."""
    return MESSAGES[message].format(**values)


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
    """(what is wrong, the fix) when `value` is not a valid answer to `question`."""
    if value == DONT_KNOW:
        return None
    kind = question.type
    name = _named(question)
    option_ids = [o.id for o in question.options] if kind in ("single", "multi") else []
    if kind == "single":
        choose = say("fix_choose", options=options_text(question))
        if value is None:
            return say("no_answer", question=name), say("fix_choose_or_remove", options=options_text(question))
        if isinstance(value, list):
            return say("one_not_list", question=name), choose
        if not isinstance(value, str) or value not in option_ids:
            return say("not_an_answer", value=shown(value), question=name), choose
    elif kind == "multi":
        return _check_list(question, name, option_ids, value)
    elif kind == "number":
        fix = say("fix_range", min=f"{question.min:,}", max=f"{question.max:,}")
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return (say("number_wanted", question=name, value=shown(value)),
                    (number_fix(value) if isinstance(value, str) else None) or fix)
        if not question.min <= value <= question.max:
            return say("out_of_range", number=f"{value:,}", question=name), fix
        if question.whole and value != int(value):
            return say("whole_wanted", question=name, number=f"{value:,}"), say("fix_whole", whole=f"{int(value):,}")
    elif kind == "text":
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return say("text_wanted", question=name), say("fix_text")
        return text_problem(say("answer_to", question=name), str(value))
    return None


def _check_list(question, name: str, option_ids: list[str], value) -> tuple[str, str] | None:
    """(what is wrong, the fix) when `value` is not a valid answer to a multiple-choice question."""
    if isinstance(value, str) and value in option_ids:
        return say("list_wanted", question=name), say("fix_as_list", value=value)
    if not isinstance(value, list):
        return say("list_wanted", question=name), say("fix_list_example", examples=", ".join(option_ids[:2]),
                                                      dont_know=say("dont_know", id=DONT_KNOW))
    for v in value:
        if v not in option_ids:
            return (say("not_an_answer", value=shown(v), question=name),
                    say("fix_choose", options=options_text(question, dont_know=False)))
    if len(set(value)) != len(value):
        return say("listed_twice", question=name), say("fix_once")
    return None


def _named(question) -> str:
    """A question as the CLI names it: the key the file uses, and the question it asks."""
    return f"'{question.id}' ({say('quoted', text=question.text)})"


def options_text(question, *, dont_know: bool = True) -> str:
    """The options of a question as an answers file writes them, each with its words."""
    words = [say("option", id=o.id, label=o.label) for o in question.options]
    if dont_know:
        words.append(say("dont_know", id=DONT_KNOW))
    return say("or_last", options=", ".join(words[:-1]), last=words[-1]) if len(words) > 1 else "".join(words)


def shown(value) -> str:
    """A value YAML read, in the words of the file: text quoted, yes/no, a number, a list."""
    if isinstance(value, bool):
        return say("yes_no", value=_raw(value))
    if isinstance(value, int | float):
        return say("the_number", number=_raw(value))
    return say("quoted", text=_raw(value)) if isinstance(value, str | list) else say("this_value")


def _raw(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_raw(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"{value:,}"
    return value if isinstance(value, str) else "null" if value is None else "{...}"


def text_problem(what: str, text: str) -> tuple[str, str] | None:
    """(what is wrong, the fix) when free text (`what`: whose it is) is too long or holds a character nothing
    typed needs."""
    if len(text) > MAX_FREE_TEXT:
        return (say("too_long", what=what, length=f"{len(text):,}", limit=f"{MAX_FREE_TEXT:,}"), say("fix_shorten"))
    at = untyped_at(text)
    if at is not None:
        return say("control", what=what, code=f"{ord(text[at]):04X}", at=at + 1), say("fix_control")
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
                why = asked_when(q, question)
                if state is False:
                    problems.append(doc.problem(("answers", question.id),
                                                say("does_not_apply", question=_named(question), condition=why),
                                                say("fix_does_not_apply")))
                else:
                    ignored.append((question.id, say("not_known", condition=why)))
            continue
        known[question.id] = values.get(question.id, DONT_KNOW)
    return {k: v for k, v in known.items() if k in values}, ignored


def asked_when(q: Questionnaire, question) -> str:
    """The plain words of the condition under which `question` is asked (the browser takes them ready-made)."""
    return describe(question.when, lambda qid, opt: _label(q, qid, opt))


def _label(q: Questionnaire, qid: str, option: str | None) -> str:
    question = q.by_id[qid]
    return question.text.rstrip("?") if option is None else question.label(option)


def _text(value) -> str | None:
    return None if value is None else str(value)
