"""The guided interview behind `assess run`: a state machine, free of terminal I/O.

`Interview(questionnaire, sources)` holds what never changes; `State` is an
immutable snapshot (what is being asked, the answers so far ...). Every line the
user types goes through `Interview.step(state, line) -> (state, text to show)`;
`Interview.dump(state)` is the answers file (the answers-file contract of
docs/architecture.md). The texts shown come from `texts.Texts`, typed answers are read by
`parsing`, and `terminal` is the only part that reads and prints. Unit tests
drive `step` directly, without a terminal.

Which questions apply follows `assess.engine.answers`: a question is asked only
when its condition is true; answers to questions that stop applying are dropped
at once, so the saved file is always a valid answers file.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Mapping

from ..engine.answers import text_problem
from ..engine.conditions import DONT_KNOW, atoms
from ..engine.questionnaire import Question, Questionnaire
from .parsing import parse
from .texts import Texts
from .words import BACK, DONE, HELP, KEYS, QUIT, SKIP, clean, clip
from .yamlout import dump

DEFAULT_OUTPUT = "answers.yaml"
MAYBE = "maybe"                    # a question whose condition waits on questions not answered yet
ENDED = ("done", "quit")

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


class Interview(Texts):
    """The state machine of one interview: `step` takes a typed line to a new state and a text."""

    def __init__(self, questionnaire: Questionnaire, sources: Mapping[str, Any] | None = None, *,
                 file: str = DEFAULT_OUTPUT, resume_command: str | None = None, width: int = 80):
        super().__init__(questionnaire, sources, file, resume_command, width)
        self.refs = {question.id: tuple(a["question"] for _, a in atoms(question.when)) if question.when else ()
                     for question in questionnaire.questions}

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
        elif problem := text_problem("That", text):      # worded as a text answer's problem is (parsing.py)
            return state, self._wrap(f"{problem[0]}: {problem[1]}.")
        elif text:
            state = replace(state, **{key: text})
        if key == "respondent":
            state = replace(state, mode="context")
            return state, "\n" + self._about_screen(state)
        applicable = self.applicable(state.answers)
        if not applicable:
            return self._to_review(state, [])
        return self._ask(replace(state, mode="question"), applicable[0], [])

    def _step_question(self, state: State, text: str, word: str) -> tuple[State, str]:
        question = self.q.by_id[state.current].offered(state.answers)
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
        value, error = parse(question, text, self._wrap)
        if error:
            return state, error
        return self._answer(state, question, value)

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
        question = self.q.by_id[qid].offered(state.answers)
        state = replace(state, mode="question", current=qid)
        title = None
        if state.section != question.section:
            title = self.sections[question.section].title
            state = replace(state, section=question.section)
        progress = None if state.from_review else self.progress(state)
        return state, self.question_screen(question, notes, title, progress, state.answers.get(question.id))

    def _to_review(self, state: State, notes: list[str]) -> tuple[State, str]:
        state = replace(state, mode="review", current=None, from_review=False, section=None)
        return state, "\n".join(notes + ["", self.review_screen(state.answers, self.applicable(state.answers))])

    def _step_review(self, state: State, word: str) -> tuple[State, str]:
        applicable = self.applicable(state.answers)
        if word in QUIT:
            return self._quit(state)
        if word in DONE:
            missing = self._first_unanswered(state.answers)
            if missing:
                return self._ask(replace(state, from_review=True), missing, ["One question still needs an answer."])
            return replace(state, mode="done"), self.finish_message(state.answers, self.applicable(state.answers))
        if word in BACK:
            return self._ask(state, applicable[-1], []) if applicable else (state, "")
        if word.isdigit() and 1 <= int(word) <= len(applicable):
            return self._ask(replace(state, from_review=True), applicable[int(word) - 1], [])
        if word in HELP or not word:
            return state, self._wrap(f"Type a number from 1 to {len(applicable)} to change that answer, "
                                     "done to finish, or q to save and quit.")
        return state, self._wrap(f"“{clip(word, 40)}” is not a choice here. Type a number from 1 to "
                                 f"{len(applicable)} to change that answer, or done to finish.")

    def _quit(self, state: State) -> tuple[State, str]:
        state = replace(state, mode="quit")
        if state.empty:
            return state, "\nStopped before any answer: nothing was saved."
        return state, "\n".join(["", f"Your answers so far are saved in {self.file}.",
                                 "To carry on where you left off, run:", f"  {self.resume_command}"])

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

    def _first_unanswered(self, answers: Mapping[str, Any]) -> str | None:
        return next((qid for qid in self.applicable(answers) if qid not in answers), None)

    def dump(self, state: State) -> str:
        """The answers file (the contract in docs/architecture.md), in questionnaire order."""
        return dump(self.q, state.answers, respondent=state.respondent, context=state.context, date=state.date)
