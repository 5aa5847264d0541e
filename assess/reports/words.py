"""Numbers and lists in words, as reports show them (fits, ranges and margins through `engine.numbers`)."""
from __future__ import annotations

from typing import Mapping

from ..engine.numbers import exact, fit, margin, span
from .sentences import say

# ---------------------------------------------------------------- small helpers
fit_text = fit


# the sentences a fit is said in (the browser's pages get them with the questionnaire data)
FIT_SENTENCES = ("fit and range", "recommended fit", "recommended fit, exact", "no range")


def range_text(low: float, high: float) -> str:
    """'48.0–72.0', or "exact" when there is no range (a table's range column)."""
    return say("no range") if exact(low, high) else span(low, high)


def fit_phrase(score: float, low: float, high: float) -> str:
    """'72.0 (range 48.0–80.0)', or '72.0' when the fit is exact."""
    return fit(score) if exact(low, high) else say("fit and range", fit=fit(score), range=span(low, high))


def fit_out_of_100(score: float, low: float, high: float) -> str:
    """The fit of what is recommended, out of 100, with its range (or that it is exact)."""
    if exact(low, high):
        return say("recommended fit, exact", fit=fit(score))
    return say("recommended fit", fit=fit(score), range=span(low, high))


def points_text(points: float) -> str:
    return f"{points:+g}"


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
