"""The interview's command words and small text helpers."""
from __future__ import annotations

import unicodedata

HELP = ("?", "help")
BACK = ("b", "back")
SKIP = ("s", "skip", "dont-know", "don't know", "dont know", "don’t know")
QUIT = ("q", "quit")
DONE = ("done", "d", "finish")
KEYS = "? help · b back · s skip (don't know) · q save and quit"
SHORT_KEYS = "? help · b back · s skip · q quit"


def _non_character(ch: str) -> bool:
    return "\ufdd0" <= ch <= "\ufdef" or ord(ch) & 0xFFFE == 0xFFFE


def clean(line: str) -> str:
    """A typed line made safe: control characters and non-characters become spaces, lone surrogates U+FFFD, ends trimmed."""
    out = []
    for ch in line:
        if "\ud800" <= ch <= "\udfff":
            out.append("\ufffd")
        elif unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" or _non_character(ch):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip()


def number_text(value) -> str:
    """A number with thousands separators; whole floats without a fraction."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def clip(text: str, width: int) -> str:
    """`text` cut to `width` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"
