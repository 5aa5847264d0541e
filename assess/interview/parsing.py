"""Reading what the user typed as an answer: option numbers or labels, lists, numbers with units."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable

from ..engine.answers import check_value, normalise, text_problem
from ..engine.questionnaire import Question
from .words import clip, number_text

Wrap = Callable[[str], str]


def parse(question: Question, text: str, wrap: Wrap) -> tuple[Any, str | None]:
    """The answer typed for `question` (normalised), or an error message saying what is allowed."""

    if question.type == "text":
        problem = text_problem("That answer", text)
        return (None, wrap(f"{problem[0]}: {problem[1]}.")) if problem else (text, None)
    if question.type == "number":
        return _parsenumber_text(question, text, wrap)
    options = question.options
    allowed = (f"Type the number of one option (1 to {len(options)})" if question.type == "single" else
               f"Type the numbers of all that apply (1 to {len(options)}), separated by commas or spaces, "
               "or none")
    allowed += ", or ? for help, s for “don't know”, b to go back."
    if question.type == "single":
        option = option_id(question, text)
        if option is None:
            return None, wrap(f"“{clip(text, 40)}” is not one of the options. {allowed}")
        return option, None
    whole = option_id(question, text)
    if whole is not None:
        return (whole,), None
    if text.lower() in ("none", "nothing", "-"):
        return (), None
    chosen = []
    for token in re.split(r"[\s,;]+", text.strip(" ,;")):
        option = option_id(question, token)
        if option is None:
            return None, wrap(f"“{clip(token, 40)}” is not one of the options. {allowed}")
        if option not in chosen:
            chosen.append(option)
    return normalise(question, chosen), None


def option_id(question: Question, token: str) -> str | None:
    """The option a token names: its number, id or label (any case); None when it names none."""
    token = token.strip()
    if token.isdigit() and 1 <= int(token) <= len(question.options):
        return question.options[int(token) - 1].id
    low = token.lower()
    for option in question.options:
        if low in (option.id, option.label.lower()):
            return option.id
    return None


def _parsenumber_text(question: Question, text: str, wrap: Wrap) -> tuple[Any, str | None]:
    unit = f" {question.unit}" if question.unit else ""
    allowed = f"Type a number from {number_text(question.min)} to {number_text(question.max)}{unit}, " \
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
            return None, wrap(f"“{clip(text, 40)}” is out of range. {allowed}")
        value *= factor
        number = int(value) if value == value.to_integral_value() else float(value)
    except (ArithmeticError, ValueError):     # not a number at all, or NaN / infinity
        return None, wrap(f"“{clip(text, 40)}” is not a number. {allowed}")
    if question.whole and number != int(number):
        return None, wrap(f"{number_text(number)} is not a whole number. {allowed}")
    if check_value(question, number):
        return None, wrap(f"{number_text(number)} is out of range. {allowed}")
    return number, None
