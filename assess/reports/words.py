"""Numbers and lists in words, as reports show them."""
from __future__ import annotations

import math
from typing import Mapping


# ---------------------------------------------------------------- small helpers
def fit_text(x: float) -> str:
    return f"{x:.1f}"


def range_text(low: float, high: float) -> str:
    """Whole numbers that contain the range (so they contain the fit, too); "exact" when there is none."""
    if high - low < 0.05:
        return "exact"
    return f"{math.floor(low + 1e-9):.0f}–{math.ceil(high - 1e-9):.0f}"


def fit_with_range(r: Mapping) -> str:
    """'88.1 (range 80–90)', or '88.1 (exact)'."""
    rt = range_text(r["low"], r["high"])
    return f"{fit_text(r['score'])} ({rt if rt == 'exact' else 'range ' + rt})"


def points_text(points: float) -> str:
    return f"{points:+g}"


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
