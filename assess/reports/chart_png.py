"""The bar chart of fits as a PNG picture (for Word), drawn with Pillow from the same rows as the SVG chart.

Pillow comes with the `docx` extra's needs (python-docx reads picture sizes
with it); it is imported only when a Word document is made. Layout and
meaning follow assess/reports/chart.py: leading rows dark, the others light
with a dark outline, range lines with a white halo, ruled-out models listed
apart without a bar.
"""
from __future__ import annotations

import io
from typing import Iterable, Mapping

from ..engine.numbers import exact, fit
from .chart import FILL_OTHER, FILL_TOP, INK, MUTED, TICKS, WORDS
from .fonts import font_file

SCALE = 2                 # pixels per SVG unit: sharp when printed
WIDTH, LEFT, RIGHT, VALUE, ROW, BAR, TOP = 720, 8, 8, 170, 34, 14, 8
FONTS, BOLD = "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"     # shipped: the same picture anywhere


def chart_png(rows: Iterable[Mapping]) -> bytes:
    """PNG bytes of the chart for rows of {label, value, low, high, value_text, highlight, excluded}."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        from ..errors import UserError
        from .docx import DOCX_MISSING

        raise UserError(DOCX_MISSING) from None

    rows = list(rows)
    ranked = [r for r in rows if not r.get("excluded")]
    excluded = [r for r in rows if r.get("excluded")]
    height = TOP + ROW * len(ranked) + 40 + (30 + 18 * len(excluded) if excluded else 0)
    image = Image.new("RGB", (WIDTH * SCALE, height * SCALE), "white")
    draw = ImageDraw.Draw(image)
    font, bold, small = _font(FONTS, 12), _font(BOLD, 12), _font(FONTS, 10)
    for i, row in enumerate(ranked):
        _row(draw, TOP + ROW * i, row, bold if row.get("highlight") else font)
    axis = TOP + ROW * len(ranked) + 4
    for tick in TICKS:
        x = _x(tick)
        draw.line([_p(x, TOP), _p(x, axis)], fill="#aeb7bd", width=1)
        draw.text(_p(x - 6, axis + 2), str(tick), fill=INK, font=small)
    draw.text(_p(LEFT, axis + 18), f"{WORDS['axis']}; dark: {WORDS['leading']}; line: {WORDS['range']}", fill=INK,
              font=small)
    if excluded:
        y = axis + 40
        draw.line([_p(LEFT, y), _p(WIDTH - RIGHT, y)], fill=INK, width=SCALE)
        draw.text(_p(LEFT, y + 6), WORDS["ruled out"], fill=INK, font=bold)
        for i, row in enumerate(excluded):
            ty = y + 26 + 18 * i
            draw.text(_p(LEFT, ty), str(row["label"]), fill=MUTED, font=font)
            text = str(row.get("value_text", "excluded"))
            draw.text(_p(WIDTH - RIGHT - _width(draw, text, font) / SCALE, ty), text, fill=MUTED, font=font)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _row(draw, y: int, row: Mapping, font) -> None:
    bar_y = y + 18
    draw.text(_p(LEFT, y + 1), str(row["label"]), fill=INK, font=font)
    text = str(row.get("value_text", fit(row["value"])))
    draw.text(_p(WIDTH - RIGHT - _width(draw, text, font) / SCALE, bar_y - 1), text, fill=INK, font=font)
    fill, outline = (FILL_TOP, FILL_TOP) if row.get("highlight") else (FILL_OTHER, INK)
    right = max(_x(row["value"]), LEFT + 0.5)
    draw.rectangle([_p(LEFT, bar_y), _p(right, bar_y + BAR)], fill=fill, outline=outline, width=1)
    low, high = row.get("low", row["value"]), row.get("high", row["value"])
    if not exact(low, high):
        mid = bar_y + BAR / 2
        for colour, width in (("white", 4), (INK, 2)):
            draw.line([_p(_x(low), mid), _p(_x(high), mid)], fill=colour, width=width * SCALE // 2)
            for x in (_x(low), _x(high)):
                draw.line([_p(x, bar_y - 1), _p(x, bar_y + BAR + 1)], fill=colour, width=width * SCALE // 2)


def _x(value: float) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT - VALUE) * max(0.0, min(100.0, value)) / 100.0


def _p(x: float, y: float) -> tuple[int, int]:
    return round(x * SCALE), round(y * SCALE)


def _width(draw, text: str, font) -> float:
    left, _, right, _ = draw.textbbox((0, 0), text, font=font)
    return right - left


def _font(name: str, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(font_file(name)), size * SCALE)
