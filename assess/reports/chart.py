"""An SVG bar chart of fits (0-100) with their ranges: pure, deterministic, no JavaScript.

Each row is a text label on its own line with the fit and range written out at
the right, and a bar beneath it; a legend says what the bars and the range line
mean. Models the answers rule out are listed apart, below a rule, without a bar.
The chart reads without colour (the leading rows solid dark, the others light
with a dark outline), in print, and by screen readers (role="img", a title and a
description; the report also gives the same data as a table). Its text names the
font the PDF ships first (assess/reports/fonts.py), so the chart prints alike anywhere.
"""
from __future__ import annotations

from html import escape
from typing import Iterable, Mapping

from ..engine.numbers import exact, fit

WIDTH = 720
LEFT = 8            # where labels and the 0 of the axis start
RIGHT = 8
VALUE = 150         # room right of the plot for the fit and range, written out
ROW = 34            # height of one row: label line + bar
BAR = 14
TOP = 8
AXIS = 34           # room for the axis labels under the rows
LEGEND = 18         # the legend line under the axis
OUT_HEAD = 30       # the rule and heading above the excluded rows
OUT_ROW = 18        # one excluded row: text only
TICKS = (0, 25, 50, 75, 100)

FILL_TOP = "#005eb8"       # NHS blue: prints as dark grey
FILL_OTHER = "#d8dde0"     # light grey
INK = "#212b32"
MUTED = "#4c6272"          # 6:1 on white
WORDS = {"leading": "the leading models", "others": "the others",
         "range": "range if the “don’t know” answers were known", "ruled out": "Ruled out by the answers (no bar)",
         "axis": "fit out of 100"}


def geometry() -> dict:
    """The sizes, colours and words above, for the browser's copy of the chart (`site/js/chart.js`)."""
    return {"WIDTH": WIDTH, "LEFT": LEFT, "RIGHT": RIGHT, "VALUE": VALUE, "ROW": ROW, "BAR": BAR, "TOP": TOP,
            "AXIS": AXIS, "LEGEND": LEGEND, "OUT_HEAD": OUT_HEAD, "OUT_ROW": OUT_ROW, "TICKS": list(TICKS),
            "FILL_TOP": FILL_TOP, "FILL_OTHER": FILL_OTHER, "INK": INK, "MUTED": MUTED, "WORDS": dict(WORDS)}


def _x(value: float) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT - VALUE) * max(0.0, min(100.0, value)) / 100.0


def _n(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing .0 (stable text)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def bar_chart(rows: Iterable[Mapping], *, title: str, description: str, id_prefix: str = "chart") -> str:
    """SVG for rows of {label, value, low, high, value_text, highlight, excluded}.

    `label` and `value_text` are plain text (escaped here); values are 0-100.
    Excluded rows are drawn apart, below a rule, as text without a bar: a model
    the answers rule out is never drawn longer than one they do not.
    """
    rows = list(rows)
    ranked = [r for r in rows if not r.get("excluded")]
    excluded = [r for r in rows if r.get("excluded")]
    bottom = TOP + ROW * len(ranked)
    apart = (OUT_HEAD + OUT_ROW * len(excluded) + 4) if excluded else 0
    height = bottom + AXIS + LEGEND + apart
    pid = escape(id_prefix)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{pid}-title {pid}-desc" '
        f'font-family="Liberation Sans, Helvetica, Arial, sans-serif" font-size="13">',
        f'<title id="{pid}-title">{escape(title)}</title>',
        f'<desc id="{pid}-desc">{escape(description)}</desc>',
    ]
    out += _grid_and_axis(len(ranked))
    for i, row in enumerate(ranked):
        out += _row(TOP + ROW * i, row)
    out += _legend(bottom + AXIS)
    if excluded:
        out += _excluded(bottom + AXIS + LEGEND, excluded)
    out.append("</svg>")
    return "\n".join(out)


def _legend(y: int) -> list[str]:
    """What the dark and light bars and the range line mean, in words and swatches (readable in black and white)."""
    return [f'<g class="legend" fill="{INK}" font-size="11">',
            f'<rect x="{LEFT}" y="{y}" width="14" height="10" fill="{FILL_TOP}" stroke="{FILL_TOP}"/>',
            f'<text x="{LEFT + 20}" y="{y + 9}">{WORDS["leading"]}</text>',
            f'<rect x="{LEFT + 150}" y="{y}" width="14" height="10" fill="{FILL_OTHER}" stroke="{INK}"/>',
            f'<text x="{LEFT + 170}" y="{y + 9}">{WORDS["others"]}</text>',
            f'<line x1="{LEFT + 260}" y1="{y + 5}" x2="{LEFT + 290}" y2="{y + 5}" stroke="{INK}" stroke-width="2"/>',
            f'<text x="{LEFT + 296}" y="{y + 9}">{WORDS["range"]}</text>',
            "</g>"]


def _excluded(y: int, rows: list[Mapping]) -> list[str]:
    """Models the answers rule out: below a rule, text only, no bar."""
    out = [f'<g class="excluded" fill="{MUTED}">',
           f'<line x1="{LEFT}" y1="{y + 4}" x2="{WIDTH - RIGHT}" y2="{y + 4}" stroke="{INK}" stroke-width="1"/>',
           f'<text x="{LEFT}" y="{y + 20}" fill="{INK}" font-weight="bold">{WORDS["ruled out"]}</text>']
    for i, row in enumerate(rows):
        ty = y + OUT_HEAD + OUT_ROW * (i + 1) - 4
        out.append(f'<text x="{LEFT}" y="{ty}">{escape(str(row["label"]))}</text>')
        out.append(f'<text x="{WIDTH - RIGHT}" y="{ty}" text-anchor="end">'
                   f'{escape(str(row.get("value_text", "excluded")))}</text>')
    out.append("</g>")
    return out


def _grid_and_axis(n: int) -> list[str]:
    """Dashed grid lines across the bars only (labels stay clear), and the axis under the rows."""
    bottom = TOP + ROW * n
    out = ['<g class="grid" stroke="#aeb7bd" stroke-width="1">']
    for i in range(n):
        y1, y2 = TOP + ROW * i + 16, TOP + ROW * i + 18 + BAR + 2
        for tick in TICKS:
            x = _n(_x(tick))
            dash = "" if tick == 0 else ' stroke-dasharray="2 2"'
            out.append(f'<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2}"{dash}/>')
    out.append("</g>")
    out.append(f'<g class="axis" fill="{INK}" font-size="11">')
    for tick in TICKS:
        anchor = "start" if tick == 0 else "end" if tick == 100 else "middle"
        out.append(f'<text x="{_n(_x(tick))}" y="{bottom + 16}" text-anchor="{anchor}">{tick}</text>')
    out.append(f'<text x="{_n(_x(50))}" y="{bottom + 28}" text-anchor="middle" font-size="10">'
               f'{WORDS["axis"]}</text>')
    out.append("</g>")
    return out


def _row(y: int, row: Mapping) -> list[str]:
    """One row: its label, the fit written out, the bar and the range line."""
    bar_y = y + 18
    label = escape(str(row["label"]))
    value_text = escape(str(row.get("value_text", fit(row["value"]))))
    weight = ' font-weight="bold"' if row.get("highlight") else ""
    out = ['<g class="row">',
           f'<text x="{LEFT}" y="{y + 13}" fill="{INK}"{weight}>{label}</text>',
           f'<text x="{WIDTH - RIGHT}" y="{bar_y + BAR - 2}" fill="{INK}" text-anchor="end"{weight}>{value_text}</text>']
    width = max(0.0, _x(row["value"]) - LEFT)
    if row.get("highlight"):
        fill, stroke = FILL_TOP, FILL_TOP
    else:
        fill, stroke = FILL_OTHER, INK
    out.append(f'<rect x="{LEFT}" y="{bar_y}" width="{_n(width)}" height="{BAR}" fill="{fill}" '
               f'stroke="{stroke}" stroke-width="1"/>')
    low, high = row.get("low", row["value"]), row.get("high", row["value"])
    if not exact(low, high):
        mid = _n(bar_y + BAR / 2)
        x1, x2 = _n(_x(low)), _n(_x(high))
        lines = (f'<line x1="{x1}" y1="{mid}" x2="{x2}" y2="{mid}"/>'
                 f'<line x1="{x1}" y1="{_n(bar_y - 1)}" x2="{x1}" y2="{_n(bar_y + BAR + 1)}"/>'
                 f'<line x1="{x2}" y1="{_n(bar_y - 1)}" x2="{x2}" y2="{_n(bar_y + BAR + 1)}"/>')
        # a white halo keeps the range line visible on dark bars and in black and white
        out.append(f'<g stroke="#ffffff" stroke-width="4">{lines}</g>')
        out.append(f'<g stroke="{INK}" stroke-width="2">{lines}</g>')
    out.append("</g>")
    return out
