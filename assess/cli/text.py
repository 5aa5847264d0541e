"""Plain-text tables, clipping, and making text from files safe to print in a terminal."""
from __future__ import annotations

import re
from collections.abc import Mapping

# C0 and C1 control characters, DEL, and the invisible marks that reorder text (bidi controls)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_KEEP_NEWLINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_OUTSIDE_JSON_ESCAPES = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, newlines: bool = False) -> str:
    """`text` with control characters shown escaped (ESC as \\x1b), so a terminal never acts on them.

    With `newlines`, line breaks are kept (a message of several lines)."""
    return (_CONTROL_KEEP_NEWLINES if newlines else _CONTROL).sub(_escape, str(text))


def visible_data(value):
    """`value` (dicts, lists, text, numbers) with every text made `visible`: data read from a user's
    file, about to be laid out for the terminal."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, Mapping):
        return {visible_data(k): visible_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [visible_data(v) for v in value]
    return value


def visible_json(text: str) -> str:
    """JSON text with the control characters JSON leaves as they are (DEL, C1, bidi) escaped as \\uXXXX."""
    return _OUTSIDE_JSON_ESCAPES.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
