"""Fits, ranges and margins in words: the one formatter of every number a reader sees.

The CLI, the score result's sentences, the paper (Markdown, HTML, PDF), Word and
the browser (site/ mirrors it, fed the same cases by the golden corpus) all show a
fit, a range or a margin through these functions, so one number never reads two
ways. One decimal, halves rounded up on the exact value, as JavaScript's
`toFixed(1)` gives; a range joins its ends with an en dash.
"""
from __future__ import annotations

from math import copysign

EXACT = 0.05        # a range narrower than this is no range: the fit is exact
DASH = "\u2013"     # en dash between the ends of a range


def fit(x: float) -> str:
    """'72.0': a fit out of 100.

    Rounded on the exact value of `x` in whole numbers, as `Decimal(x).quantize(Decimal("0.1"),
    ROUND_HALF_UP)` rounds it, without importing decimal at every start-up."""
    num, den = abs(x).as_integer_ratio()
    tenths = (20 * num + den) // (2 * den)          # 10·|x| to the nearest whole number, halves up
    text = f"{tenths // 10}.{tenths % 10}"
    return "-" + text if copysign(1.0, x) < 0 else text


def margin(x: float) -> str:
    """'7.4': points between two fits."""
    return fit(x)


def exact(low: float, high: float) -> bool:
    """Whether a fit's range is too narrow to show."""
    return high - low < EXACT


def ahead(gap: float) -> bool:
    """Whether a fit leads another by `gap` points (the margin shows as at least 0.1); below that they are level."""
    return gap >= EXACT


def span(low: float, high: float) -> str:
    """'48.0–72.0': where the fit could be once the "don't know" answers are known."""
    return f"{fit(low)}{DASH}{fit(high)}"
