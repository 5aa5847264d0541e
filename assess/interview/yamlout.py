"""Writing answers files: YAML scalars that read back exactly as typed, in questionnaire order."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Mapping

from ..engine.conditions import DONT_KNOW
from ..engine.questionnaire import Question, Questionnaire

_PRINTABLE = re.compile("[\t\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def dump(q: Questionnaire, answers: Mapping[str, Any], *, respondent: str | None = None,
         context: str | None = None, date: str | None = None) -> str:
    """The answers file (the contract in docs/architecture.md), in questionnaire order; safe to read back with the safe loader."""
    lines = ["# Saved by `assess run`: carry on with `assess run --resume FILE`, score with `assess score FILE`.",
             f"questionnaire: {yaml_scalar(q.id)}"]
    for key, value in (("respondent", respondent), ("context", context), ("date", date)):
        if value is not None:
            lines.append(f"{key}: {yaml_quote(value)}")
    entries = [(question, answers[question.id]) for question in q.questions if question.id in answers]
    lines.append("answers:" if entries else "answers: {}")
    for question, value in entries:
        lines.append(f"  {yaml_scalar(question.id)}: {yaml_value(question, value)}")
    return "\n".join(lines) + "\n"


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
    """An answer as YAML: dont-know, an id, a list of ids, a number or a quoted text."""
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
