"""Numbers and lists in words, as reports show them (fits, ranges and margins through `engine.numbers`)."""
from __future__ import annotations

from typing import Mapping

from ..engine.numbers import exact, fit, margin, span

# ---------------------------------------------------------------- small helpers
fit_text, margin_text = fit, margin


def range_text(low: float, high: float) -> str:
    """'48.0–72.0', or "exact" when there is no range."""
    return "exact" if exact(low, high) else span(low, high)


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
