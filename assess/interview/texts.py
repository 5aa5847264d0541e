"""What the interview shows: screens, help with sources, answers in words, wrapped to the terminal.

`Texts` composes text only; the state machine (`session.Interview`) decides
what to show and builds on it.
"""
from __future__ import annotations

import shlex
import textwrap
from typing import Any, Mapping

from ..engine.conditions import DONT_KNOW
from ..engine.questionnaire import Question, Questionnaire
from ..engine.records import answer_label
from .words import SHORT_KEYS, number_text


class Texts:
    """The texts of one interview: questionnaire, sources, file name and terminal width."""

    def __init__(self, questionnaire: Questionnaire, sources: Mapping[str, Any] | None, file: str,
                 resume_command: str | None, width: int):
        self.q = questionnaire
        self.sources = sources or {}
        self.file = file
        self.resume_command = resume_command or f"assess run --resume {shlex.quote(file)}"
        self.width = max(40, width)
        self.sections = {s.id: s for s in questionnaire.sections}

    def _about_screen(self, state) -> str:
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

    def question_screen(self, question: Question, notes: list[str], section_title: str | None,
                        progress: tuple[int, int, bool] | None, current: Any = None) -> str:
        """A question with its options and how to answer; `progress` None when changing from the review."""
        lines = list(notes)
        if section_title:
            lines += ["", f"── {section_title} " + "─" * max(3, min(self.width, 72) - len(section_title) - 4)]
        lines.append("")
        if progress is None:
            lines.append("Changing an answer (b goes back to the review)")
        else:
            position, total, certain = progress
            lines.append(f"Question {position} of {'' if certain else 'about '}{total}")
        lines.append(self._wrap(question.text))
        if question.hint:
            lines.append(self._wrap(question.hint))
        if question.type in ("single", "multi"):
            for i, option in enumerate(question.options, 1):
                lines.append(self._wrap(option.label, f"  {i:>2}. ", " " * 6))
        if question.type == "single":
            how = f"Type a number (1 to {len(question.options)})."
        elif question.type == "multi":
            how = "Type the numbers of all that apply, e.g. 1, 3 (or none)."
        elif question.type == "number":
            how = f"Type a number from {number_text(question.min)} to {number_text(question.max)}" \
                  + (f" ({question.unit})." if question.unit else ".")
        else:
            how = "Type your answer on one line."
        keys = f"[{SHORT_KEYS}]"
        lines.append(f"{how}   {keys}" if len(how) + len(keys) + 3 <= self.width else f"{how}\n{keys}")
        if current is not None:
            lines.append(self._wrap(f"Now: {self.show(question, current)}   (Enter keeps it)"))
        return "\n".join(lines)

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
            note = "this tool's judgement, not the source's" + (f": {item['rationale']}" if item.get("rationale") else "")
            if item.get("source"):
                note += f"; from {self._source(item['source'])}"
            return note
        return self._source(item["source"]) if item.get("source") else ""

    def _source(self, source) -> str:
        doc = self.sources.get(source["doc"])
        short = doc["short"] if doc else source["doc"]
        return f"{short}, “{source['where']}”"

    def review_screen(self, answers: Mapping[str, Any], applicable: list[str]) -> str:
        """Every question that applies, numbered, with its answer."""
        lines = ["── Review your answers " + "─" * max(3, min(self.width, 72) - 23)]
        for i, qid in enumerate(applicable, 1):
            question = self.q.by_id[qid]
            value = answers.get(qid)
            shown = "(not answered)" if value is None else self.show(question, value)
            lines.append(self._wrap(question.text, f"{i:>3}. ", " " * 5))
            lines.append(self._wrap(shown, "       → ", " " * 9))
        lines += ["", self._wrap("Type a number to change that answer, or done to finish "
                                 "(q saves and quits).")]
        return "\n".join(lines)

    def finish_message(self, answers: Mapping[str, Any], applicable: list[str]) -> str:
        unknown = sum(1 for qid in applicable if answers.get(qid) == DONT_KNOW)
        file = shlex.quote(self.file)
        lines = ["", f"Done: {len(applicable)} questions answered"
                 + (f" ({unknown} “don't know”)." if unknown else "."),
                 f"Your answers are saved in {self.file}.", "", "Next steps:",
                 f"  assess score {file}     how well each care model fits, and why",
                 f"  assess report {file}    the full report with sources (--format html|pdf)"]
        return "\n".join(lines)

    def show(self, question: Question, value) -> str:
        """An answer in words (a number with its unit)."""
        if question.type == "number" and value != DONT_KNOW:
            return number_text(value) + (f" {question.unit}" if question.unit else "")
        return answer_label(self.q, question.id, value)

    def _dropped_notes(self, gone: list[str]) -> list[str]:
        return [self._wrap(f"Dropped your answer to “{self._text(qid)}”: that question no longer applies.", "  ")
                for qid in gone]

    def _text(self, qid: str) -> str:
        return self.q.by_id[qid].text

    def _wrap(self, text: str, first: str = "", rest: str | None = None) -> str:
        return textwrap.fill(" ".join(str(text).split()), self.width, initial_indent=first,
                             subsequent_indent=first if rest is None else rest,
                             break_long_words=False, break_on_hyphens=False) or first.rstrip()
