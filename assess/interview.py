"""The guided interview behind `assess run`: a state machine, free of terminal I/O.

`Interview(questionnaire, sources)` holds what never changes; `State` is an
immutable snapshot (what is being asked, the answers so far ...). Every line the
user types goes through `Interview.step(state, line) -> (state, text to show)`;
`Interview.dump(state)` is the answers file (the answers-file contract of
DESIGN.md). `run_loop` is the only part that reads and prints, and `main` the
setup behind the CLI command (questionnaire, --resume, output file, terminal
check). Unit tests drive `step` directly, without a terminal.

Which questions apply follows `assess.answers`: a question is asked only when
its condition is true; answers to questions that stop applying are dropped at
once, so the saved file is always a valid answers file.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

from .answers import check_value, normalise
from .conditions import DONT_KNOW, atoms
from .errors import UserError, display_path
from .questionnaire import Question, Questionnaire

FORCE_TTY = "ASSESS_FORCE_TTY"
DEFAULT_QUESTIONNAIRE = "care-model-fit"
DEFAULT_OUTPUT = "answers.yaml"

MAYBE = "maybe"                    # a question whose condition waits on questions not answered yet
ENDED = ("done", "quit")
HELP = ("?", "help")
BACK = ("b", "back")
SKIP = ("s", "skip", "dont-know", "don't know", "dont know", "don’t know")
QUIT = ("q", "quit")
DONE = ("done", "d", "finish")
KEYS = "? help · b back · s skip (don't know) · q save and quit"
SHORT_KEYS = "? help · b back · s skip · q quit"


@dataclass(frozen=True)
class State:
    """Where the interview is; every step returns a new one."""

    mode: str = "respondent"       # respondent | context | question | review | done | quit
    answers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    respondent: str | None = None
    context: str | None = None
    date: str | None = None        # kept from a resumed file
    current: str | None = None     # the question being asked (mode "question")
    from_review: bool = False      # changing an answer picked on the review screen
    section: str | None = None     # the section whose title was shown last
    resumed: bool = False

    @property
    def empty(self) -> bool:
        """Nothing given yet: no answer, respondent or context."""
        return not (self.answers or self.respondent or self.context or self.resumed)


class Interview:
    """The questions and texts of one interview; `step` is the state machine."""

    def __init__(self, questionnaire: Questionnaire, sources: Mapping[str, Any] | None = None, *,
                 file: str = DEFAULT_OUTPUT, resume_command: str | None = None, width: int = 80):
        self.q = questionnaire
        self.sources = sources or {}
        self.file = file
        self.resume_command = resume_command or f"assess run --resume {shlex.quote(file)}"
        self.width = max(40, width)
        self.sections = {s.id: s for s in questionnaire.sections}
        self.refs = {question.id: tuple(a["question"] for _, a in atoms(question.when)) if question.when else ()
                     for question in questionnaire.questions}

    # ------------------------------------------------------------ starting
    def new(self) -> tuple[State, str]:
        """A fresh interview: the questionnaire's introduction, then who is answering."""
        state = State()
        _, total, certain = self.progress(state)
        lines = [self.q.title, "=" * min(len(self.q.title), self.width), ""]
        for item in self.q.intro:
            lines += [self._wrap(item["text"]), ""]
        lines += [self._wrap(f"{'' if certain else 'About '}{total} questions. Your answers are saved to "
                             f"{self.file} as you go, so you can stop and carry on later."),
                  self._wrap(f"At every question: {KEYS}."), ""]
        return state, "\n".join(lines) + "\n" + self._about_screen(state)

    def resume(self, answers: Mapping[str, Any], respondent: str | None = None, context: str | None = None,
               date: str | None = None, dropped: tuple = ()) -> tuple[State, str]:
        """Carry on with answers read from a file (already checked): first unanswered question, or the review."""
        kept, gone = self._keep_applicable(dict(answers))
        state = State(mode="question", answers=kept, respondent=respondent, context=context, date=date, resumed=True)
        n = len(kept)
        notes = [f"Carrying on with {self.file}: {n} answer{'s' if n != 1 else ''} so far."]
        for qid, why in dropped:
            notes.append(self._wrap(f"Left out the answer to “{self._text(qid)}”: {why}.", "  "))
        notes += self._dropped_notes(gone)
        first = self._first_unanswered(kept)
        if first is None:
            return self._to_review(state, notes + ["Every question that applies is answered."])
        return self._ask(state, first, notes)

    # ------------------------------------------------------------ the state machine
    def step(self, state: State, line: str) -> tuple[State, str]:
        """One line typed by the user -> the new state and the text to show."""
        text = clean(line)
        word = text.lower()
        if state.mode in ENDED:
            return state, ""
        if state.mode in ("respondent", "context"):
            return self._step_about(state, text, word)
        if state.mode == "review":
            return self._step_review(state, word)
        return self._step_question(state, text, word)

    def prompt(self, state: State) -> str:
        return "> "

    def progress(self, state: State) -> tuple[int, int, bool]:
        """(position of the current question, questions that apply or may apply, whether that total is sure)."""
        status = self._status(state.answers)
        counted = [qid for qid, s in status.items() if s is True or s == MAYBE]
        position = counted.index(state.current) + 1 if state.current in counted else 0
        return position, len(counted), MAYBE not in status.values()

    def applicable(self, answers: Mapping[str, Any]) -> list[str]:
        """Ids of the questions that apply given `answers`, in questionnaire order."""
        return [qid for qid, s in self._status(answers).items() if s is True]

    # ------------------------------------------------------------ respondent and context
    def _step_about(self, state: State, text: str, word: str) -> tuple[State, str]:
        key = state.mode
        if word in QUIT:
            return self._quit(state)
        if word in HELP:
            return state, self._wrap("This goes at the top of the answers file and the report. "
                                     "Type it on one line, press Enter to leave it "
                                     "as it is (or out), or type - to clear it.")
        if word in BACK:
            if key == "context":
                return replace(state, mode="respondent"), self._about_screen(replace(state, mode="respondent"))
            return state, "This is the first question."
        if text == "-":
            state = replace(state, **{key: None})
        elif text:
            state = replace(state, **{key: text})
        if key == "respondent":
            state = replace(state, mode="context")
            return state, "\n" + self._about_screen(state)
        applicable = self.applicable(state.answers)
        if not applicable:
            return self._to_review(state, [])
        return self._ask(replace(state, mode="question"), applicable[0], [])

    def _about_screen(self, state: State) -> str:
        if state.mode == "respondent":
            lines = ["Who is answering? Your name and organisation, e.g. “Jo Bloggs, Anytown CCG”",
                     "(optional: press Enter to skip)"]
        else:
            lines = ["What is this assessment about? The area, services or partnership, e.g.",
                     "“Out-of-hospital care for North Anytown, 250,000 people” (optional: press Enter to skip)"]
        now = getattr(state, state.mode)
        if now:
            lines.append(f"Now: {now}   (Enter keeps it, - clears it)")
        return "\n".join(self._wrap(x) for x in lines)

    # ------------------------------------------------------------ questions
    def _step_question(self, state: State, text: str, word: str) -> tuple[State, str]:
        question = self.q.by_id[state.current]
        current = state.answers.get(question.id)
        if word in QUIT:
            return self._quit(state)
        if word in HELP:
            return state, self.help(question)
        is_option = question.type in ("single", "multi") and word in question.option_index
        if not is_option:
            if word in BACK:
                return self._back(state)
            if word in SKIP or (not word and current is None):
                return self._answer(state, question, DONT_KNOW)
            if not word:
                return self._answer(state, question, current)
        value, error = self.parse(question, text)
        if error:
            return state, error
        return self._answer(state, question, value)

    def parse(self, question: Question, text: str) -> tuple[Any, str | None]:
        """The answer typed for `question` (normalised), or an error message saying what is allowed."""
        if question.type == "text":
            return text, None
        if question.type == "number":
            return self._parse_number(question, text)
        options = question.options
        allowed = (f"Type the number of one option (1 to {len(options)})" if question.type == "single" else
                   f"Type the numbers of all that apply (1 to {len(options)}), separated by commas or spaces, "
                   "or none")
        allowed += ", or ? for help, s for “don't know”, b to go back."
        if question.type == "single":
            option = self._option(question, text)
            if option is None:
                return None, self._wrap(f"“{_clip(text, 40)}” is not one of the options. {allowed}")
            return option, None
        whole = self._option(question, text)
        if whole is not None:
            return (whole,), None
        if text.lower() in ("none", "nothing", "-"):
            return (), None
        chosen = []
        for token in re.split(r"[\s,;]+", text.strip(" ,;")):
            option = self._option(question, token)
            if option is None:
                return None, self._wrap(f"“{_clip(token, 40)}” is not one of the options. {allowed}")
            if option not in chosen:
                chosen.append(option)
        return normalise(question, chosen), None

    def _option(self, question: Question, token: str) -> str | None:
        token = token.strip()
        if token.isdigit() and 1 <= int(token) <= len(question.options):
            return question.options[int(token) - 1].id
        low = token.lower()
        for option in question.options:
            if low in (option.id, option.label.lower()):
                return option.id
        return None

    def _parse_number(self, question: Question, text: str) -> tuple[Any, str | None]:
        unit = f" {question.unit}" if question.unit else ""
        allowed = f"Type a number from {_number(question.min)} to {_number(question.max)}{unit}, " \
                  "or s for “don't know”."
        raw = text.strip().lower()
        if question.unit and raw.endswith(question.unit.lower()):
            raw = raw[: -len(question.unit)].strip()
        factor = 1
        for suffix, times in (("million", 1_000_000), ("thousand", 1000), ("m", 1_000_000), ("k", 1000)):
            if raw.endswith(suffix) and raw[: -len(suffix)].strip():
                raw, factor = raw[: -len(suffix)].strip(), times
                break
        raw = re.sub(r"(?<=\d)[,_ ](?=\d)", "", raw)
        try:
            value = Decimal(raw)
            if not value.is_finite():
                raise ValueError(raw)
            if value.adjusted() > 15:
                return None, self._wrap(f"“{_clip(text, 40)}” is out of range. {allowed}")
            value *= factor
            number = int(value) if value == value.to_integral_value() else float(value)
        except (ArithmeticError, ValueError):     # not a number at all, or NaN / infinity
            return None, self._wrap(f"“{_clip(text, 40)}” is not a number. {allowed}")
        if check_value(question, number):
            return None, self._wrap(f"{_number(number)} is out of range. {allowed}")
        return number, None

    def _answer(self, state: State, question: Question, value) -> tuple[State, str]:
        answers = dict(state.answers)
        answers[question.id] = value
        kept, gone = self._keep_applicable(answers)
        state = replace(state, answers=kept)
        notes = [self._wrap(f"Saved: {self.show(question, value)}", "  ", "         ")] + self._dropped_notes(gone)
        if state.from_review:
            after = self._first_unanswered(kept)
            if after is not None:
                notes.append("That answer brings in another question:")
        else:
            applicable = self.applicable(kept)
            later = [qid for qid in applicable if self.q.by_id[qid].index > question.index]
            after = later[0] if later else self._first_unanswered(kept)
        if after is None:
            return self._to_review(state, notes)
        return self._ask(state, after, notes)

    def _back(self, state: State) -> tuple[State, str]:
        if state.from_review:
            return self._to_review(state, [])
        index = self.q.by_id[state.current].index
        before = [qid for qid in self.applicable(state.answers) if self.q.by_id[qid].index < index]
        if before:
            return self._ask(state, before[-1], [])
        if state.resumed:
            return state, "This is the first question."
        state = replace(state, mode="context", current=None, section=None)
        return state, self._about_screen(state)

    def _ask(self, state: State, qid: str, notes: list[str]) -> tuple[State, str]:
        question = self.q.by_id[qid]
        state = replace(state, mode="question", current=qid)
        lines = list(notes)
        if state.section != question.section:
            title = self.sections[question.section].title
            lines += ["", f"── {title} " + "─" * max(3, min(self.width, 72) - len(title) - 4)]
            state = replace(state, section=question.section)
        lines.append("")
        if state.from_review:
            lines.append("Changing an answer (b goes back to the review)")
        else:
            position, total, certain = self.progress(state)
            lines.append(f"Question {position} of {'' if certain else 'about '}{total}")
        lines.append(self._wrap(question.text))
        if question.type in ("single", "multi"):
            for i, option in enumerate(question.options, 1):
                lines.append(self._wrap(option.label, f"  {i:>2}. ", " " * 6))
        if question.type == "single":
            how = f"Type a number (1 to {len(question.options)})."
        elif question.type == "multi":
            how = "Type the numbers of all that apply, e.g. 1, 3 (or none)."
        elif question.type == "number":
            how = f"Type a number from {_number(question.min)} to {_number(question.max)}" \
                  + (f" ({question.unit})." if question.unit else ".")
        else:
            how = "Type your answer on one line."
        keys = f"[{SHORT_KEYS}]"
        lines.append(f"{how}   {keys}" if len(how) + len(keys) + 3 <= self.width else f"{how}\n{keys}")
        if question.id in state.answers:
            lines.append(self._wrap(f"Now: {self.show(question, state.answers[question.id])}   (Enter keeps it)"))
        return state, "\n".join(lines)

    def help(self, question: Question) -> str:
        """The question's help items with their sources, its options' help, and how to answer."""
        lines = [self._wrap(f"Help: {question.text}")]
        for item in question.help:
            lines.append(self._wrap(item["text"], "  - ", "    "))
            cite = self.cite(item)
            if cite:
                lines.append(self._wrap(f"({cite})", "    ", "    "))
        helped = [(i, o) for i, o in enumerate(question.options, 1) if o.help]
        if helped and question.type != "number":
            lines += ["", "Options:"]
            for i, option in helped:
                lines.append(self._wrap(f"{option.label}: {option.help}", f"  {i:>2}. ", " " * 6))
        section = self.sections[question.section]
        if section.help:
            lines += ["", self._wrap(f"About “{section.title}”:")]
            for item in section.help:
                lines.append(self._wrap(item["text"], "  - ", "    "))
                cite = self.cite(item)
                if cite:
                    lines.append(self._wrap(f"({cite})", "    ", "    "))
        if question.type == "number" and question.options:
            lines.append(self._wrap("Scored in bands: " + "; ".join(o.label for o in question.options) + "."))
        if question.type == "text":
            lines.append("This answer is kept for the report; it does not change the scores.")
        lines.append("")
        lines.append(self._wrap("Commands: s or skip = “don't know” (the report shows what it could change); "
                                "b = previous question; q = save and quit (carry on later with --resume); "
                                "Enter = keep the current answer, or “don't know” when there is none."))
        return "\n".join(lines)

    def cite(self, item) -> str:
        """'HLP Module 1, “Option 6: MCP – Overview”', or the derived marker with its rationale."""
        if item.get("derived"):
            note = "derived by care-models" + (f": {item['rationale']}" if item.get("rationale") else "")
            if item.get("source"):
                note += f"; from {self._source(item['source'])}"
            return note
        return self._source(item["source"]) if item.get("source") else ""

    def _source(self, source) -> str:
        doc = self.sources.get(source["doc"])
        short = doc["short"] if doc else source["doc"]
        return f"{short}, “{source['where']}”"

    # ------------------------------------------------------------ review and end
    def _to_review(self, state: State, notes: list[str]) -> tuple[State, str]:
        state = replace(state, mode="review", current=None, from_review=False, section=None)
        return state, "\n".join(notes + ["", self.review(state)])

    def review(self, state: State) -> str:
        lines = ["── Review your answers " + "─" * max(3, min(self.width, 72) - 23)]
        for i, qid in enumerate(self.applicable(state.answers), 1):
            question = self.q.by_id[qid]
            value = state.answers.get(qid)
            shown = "(not answered)" if value is None else self.show(question, value)
            lines.append(self._wrap(question.text, f"{i:>3}. ", " " * 5))
            lines.append(self._wrap(shown, "       → ", " " * 9))
        lines += ["", self._wrap("Type a number to change that answer, or done to finish "
                                 "(q saves and quits).")]
        return "\n".join(lines)

    def _step_review(self, state: State, word: str) -> tuple[State, str]:
        applicable = self.applicable(state.answers)
        if word in QUIT:
            return self._quit(state)
        if word in DONE:
            missing = self._first_unanswered(state.answers)
            if missing:
                return self._ask(replace(state, from_review=True), missing, ["One question still needs an answer."])
            return replace(state, mode="done"), self.finish_message(state)
        if word in BACK:
            return self._ask(state, applicable[-1], []) if applicable else (state, "")
        if word.isdigit() and 1 <= int(word) <= len(applicable):
            return self._ask(replace(state, from_review=True), applicable[int(word) - 1], [])
        if word in HELP or not word:
            return state, self._wrap(f"Type a number from 1 to {len(applicable)} to change that answer, "
                                     "done to finish, or q to save and quit.")
        return state, self._wrap(f"“{_clip(word, 40)}” is not a choice here. Type a number from 1 to "
                                 f"{len(applicable)} to change that answer, or done to finish.")

    def _quit(self, state: State) -> tuple[State, str]:
        state = replace(state, mode="quit")
        if state.empty:
            return state, "\nStopped before any answer: nothing was saved."
        return state, "\n".join(["", f"Your answers so far are saved in {self.file}.",
                                 "To carry on where you left off, run:", f"  {self.resume_command}"])

    def finish_message(self, state: State) -> str:
        applicable = self.applicable(state.answers)
        unknown = sum(1 for qid in applicable if state.answers.get(qid) == DONT_KNOW)
        file = shlex.quote(self.file)
        lines = ["", f"Done: {len(applicable)} questions answered"
                 + (f" ({unknown} “don't know”)." if unknown else "."),
                 f"Your answers are saved in {self.file}.", "", "Next steps:",
                 f"  assess score {file}     how well each care model fits, and why",
                 f"  assess report {file}    the full report with sources (--format html|pdf)"]
        return "\n".join(lines)

    # ------------------------------------------------------------ answers file
    def dump(self, state: State) -> str:
        """The answers file (DESIGN.md contract), in questionnaire order; safe to read back with assess.yamlsafe."""
        lines = ["# Saved by `assess run`: carry on with `assess run --resume FILE`, score with `assess score FILE`.",
                 f"questionnaire: {yaml_scalar(self.q.id)}"]
        for key in ("respondent", "context", "date"):
            value = getattr(state, key)
            if value is not None:
                lines.append(f"{key}: {yaml_quote(value)}")
        entries = [(question, state.answers[question.id]) for question in self.q.questions
                   if question.id in state.answers]
        lines.append("answers:" if entries else "answers: {}")
        for question, value in entries:
            lines.append(f"  {yaml_scalar(question.id)}: {yaml_value(question, value)}")
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------ helpers
    def show(self, question: Question, value) -> str:
        """An answer in words."""
        if value == DONT_KNOW:
            return "don't know"
        if question.type == "single":
            return question.label(value)
        if question.type == "multi":
            return ", ".join(question.label(v) for v in value) or "none"
        if question.type == "number":
            return _number(value) + (f" {question.unit}" if question.unit else "")
        return str(value)

    def _status(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """question id -> True (applies), False/None (does not), MAYBE (depends on questions not answered yet)."""
        known: dict[str, Any] = {}
        status: dict[str, Any] = {}
        for question in self.q.questions:
            s = True if question.check is None else question.check(known)
            if s is None and any(ref not in answers and status.get(ref) in (True, MAYBE)
                                 for ref in self.refs[question.id]):
                s = MAYBE
            status[question.id] = s
            if s is True:
                known[question.id] = answers.get(question.id, DONT_KNOW)
        return status

    def _keep_applicable(self, answers: dict) -> tuple[Mapping[str, Any], list[str]]:
        applicable = self.applicable(answers)
        gone = [q.id for q in self.q.questions if q.id in answers and q.id not in applicable]
        kept = {qid: answers[qid] for qid in applicable if qid in answers}
        return MappingProxyType(kept), gone

    def _dropped_notes(self, gone: list[str]) -> list[str]:
        return [self._wrap(f"Dropped your answer to “{self._text(qid)}”: that question no longer applies.", "  ")
                for qid in gone]

    def _first_unanswered(self, answers: Mapping[str, Any]) -> str | None:
        return next((qid for qid in self.applicable(answers) if qid not in answers), None)

    def _text(self, qid: str) -> str:
        return self.q.by_id[qid].text

    def _wrap(self, text: str, first: str = "", rest: str | None = None) -> str:
        return textwrap.fill(" ".join(str(text).split()), self.width, initial_indent=first,
                             subsequent_indent=first if rest is None else rest,
                             break_long_words=False, break_on_hyphens=False) or first.rstrip()


# ---------------------------------------------------------------- text and YAML
def clean(line: str) -> str:
    """A typed line made safe: control characters become spaces, lone surrogates U+FFFD, ends trimmed."""
    out = []
    for ch in line:
        if "\ud800" <= ch <= "\udfff":
            out.append("\ufffd")
        elif unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip()


_PRINTABLE = re.compile("[\t\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def yaml_quote(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text` (escapes what YAML would not keep)."""
    out = ['"']
    for ch in str(text):
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif "\ud800" <= ch <= "\udfff":
            out.append("\\uFFFD")
        elif _PRINTABLE.fullmatch(ch) and ch not in "\u2028\u2029":
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02X}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(f"\\U{ord(ch):08X}")
    out.append('"')
    return "".join(out)


def yaml_scalar(text: str) -> str:
    """An id written plain when YAML reads it back as that text (not `yes`, `no`, `10`), else quoted."""
    if _ID.match(text):
        import yaml

        if yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str":
            return text
    return yaml_quote(text)


def yaml_value(question: Question, value) -> str:
    if value == DONT_KNOW:
        return DONT_KNOW
    if question.type == "single":
        return yaml_scalar(value)
    if question.type == "multi":
        return "[" + ", ".join(yaml_scalar(v) for v in value) + "]"
    if question.type == "number":
        if isinstance(value, int):
            return str(value)
        text = format(Decimal(repr(float(value))), "f")
        return text if "." in text else text + ".0"
    return yaml_quote(value)


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------- terminal loop and command
def run_loop(interview: Interview, state: State, text: str, save: Callable[[State], None],
             read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> tuple[State, bool]:
    """Show, read, step, save, until done or quit. Returns the last state and whether Ctrl-C stopped it."""
    write(text)
    interrupted = False
    while state.mode not in ENDED:
        try:
            line = read(interview.prompt(state))
        except EOFError:
            write("")
            line = "q"
        except KeyboardInterrupt:
            write("")
            line, interrupted = "q", True
        except UnicodeDecodeError:
            write("That could not be read as text (it is not UTF-8); please type it again.")
            continue
        state, text = interview.step(state, line)
        save(state)
        if text:
            write(text)
    return state, interrupted


def main(questionnaire: str | None, resume: Path | None, output: Path | None) -> int:
    """`assess run`: check the terminal, load the questionnaire (and resumed answers), run the loop."""
    if not sys.stdin.isatty() and os.environ.get(FORCE_TTY) != "1":
        raise UserError("'assess run' is an interview and needs a terminal to type into, but its input is not one.\n"
                        "  - to score answers you already have in a file: assess score FILE\n"
                        "  - to answer the questions: run 'assess run' in a terminal")
    from .answers import check, read_questionnaire_id
    from .files import write_atomic
    from .kb import load as load_kb
    from .questionnaire import load as load_questionnaire

    kb = load_kb()
    if resume is not None:
        doc, qid = read_questionnaire_id(resume)
        if questionnaire:
            q = load_questionnaire(_questionnaire_file(questionnaire), kb)
            if q.id != qid:
                raise UserError(f"{display_path(resume)} holds answers to '{qid}', not to '{q.id}' "
                                f"({questionnaire}): name the right questionnaire, or leave it out")
        else:
            q = load_questionnaire(_questionnaire_file(qid, resume), kb)
        answers = check(doc, q)
        out = Path(output or resume)
        if output is not None and out.resolve() != Path(resume).resolve():
            _check_new_output(out)
    else:
        q = load_questionnaire(_questionnaire_file(questionnaire or DEFAULT_QUESTIONNAIRE), kb)
        out = Path(output or DEFAULT_OUTPUT)
        _check_new_output(out)

    shown = display_path(out)
    command = ["assess", "run"] + ([questionnaire] if questionnaire and _is_path(questionnaire) else [])
    width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
    interview = Interview(q, kb.sources, file=shown, resume_command=shlex.join(command + ["--resume", shown]),
                          width=width)
    if resume is not None:
        state, text = interview.resume(answers.values, answers.respondent, answers.context, answers.date,
                                       answers.ignored)
    else:
        state, text = interview.new()
    # A file resumed in place is rewritten at the first change, or at once when answers were left out.
    in_place = resume is not None and out.resolve() == Path(resume).resolve()
    last = [interview.dump(state) if in_place and not answers.ignored else None]

    def save(s: State) -> None:
        """Write the answers file when it changed (not before anything was given)."""
        if s.empty:
            return
        data = interview.dump(s)
        if data != last[0]:
            write_atomic(out, data)
            last[0] = data

    if sys.stdin.isatty():
        try:
            import readline  # noqa: F401 - line editing and history for input()
        except ImportError:  # pragma: no cover - not on every platform
            pass
    save(state)
    state, interrupted = run_loop(interview, state, text, save)
    return 130 if interrupted else 0


def _is_path(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) or "/" in name or os.sep in name


def _questionnaire_file(name: str, answers_file: Path | None = None) -> Path:
    """A questionnaire id (bundled) or the path of a questionnaire file."""
    if _is_path(name):
        return Path(name)
    from .resources import questionnaires_dir

    path = questionnaires_dir() / f"{name}.yaml"
    if path.is_file():
        return path
    known = sorted(p.stem for p in questionnaires_dir().glob("*.yaml"))
    if answers_file is not None:
        raise UserError(f"{display_path(answers_file)} answers questionnaire '{name}', which is not bundled: "
                        f"give its file, e.g. assess run path/to/{name}.yaml --resume {display_path(answers_file)}")
    raise UserError(f"no questionnaire '{name}' "
                    f"({'known: ' + ', '.join(known) if known else 'none is bundled yet'}); "
                    "or give the path of a questionnaire .yaml file")


def _check_new_output(out: Path) -> None:
    shown = display_path(out)
    if out.is_dir():
        raise UserError(f"{shown} is a folder: give a file name with -o, e.g. -o {shown}/answers.yaml")
    if out.exists():
        raise UserError(f"{shown} already exists and 'assess run' will not overwrite it.\n"
                        f"  - to carry on with it: assess run --resume {shlex.quote(shown)}\n"
                        "  - to start again: choose another file with -o FILE (or delete it)")
    if not out.resolve().parent.is_dir():
        raise UserError(f"folder {display_path(out.parent)} does not exist: create it first or choose another -o path")
