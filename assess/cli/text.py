"""Plain-text tables, clipping, and making text from files safe to print in a terminal."""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..errors import visible

_OUTSIDE_JSON_ESCAPES = "[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"   # compiled when first used


def visible_data(value):
    """`value` (dicts, lists, text, numbers) with every text made `visible`: data read from a user's
    file, about to be laid out for the terminal."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, (dict, Mapping)):       # a dict first: no ABC check for the common case
        return {visible_data(k): visible_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [visible_data(v) for v in value]
    return value


def visible_json(text: str) -> str:
    """JSON text with the control characters JSON leaves as they are (DEL, C1, bidi) escaped as \\uXXXX."""
    return re.sub(_OUTSIDE_JSON_ESCAPES, lambda m: f"\\u{ord(m.group()):04x}", text)


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
