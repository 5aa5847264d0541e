"""Markdown -> a standalone HTML page.

HTML comes from the Markdown with markdown-it-py, raw HTML off, so nothing in
the Markdown (and no user text in it) can become markup. Renderer-made HTML such
as the SVG chart goes in afterwards, at a slot marker that user text cannot
produce: the marker holds a control character that `md_escape` removes from
user text.
"""
from __future__ import annotations

from functools import lru_cache

SLOT = "\x1e{name}\x1e"          # a paragraph of its own in the Markdown; never in user text


def slot(name: str) -> str:
    return SLOT.format(name=name)


PAGE_BREAK = '<div class="page-break"></div>'


@lru_cache(maxsize=1)
def _markdown_it():
    """CommonMark with tables, raw HTML off: Markdown can never produce markup of its own."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_to_html(markdown: str, slots: dict[str, str] | None = None) -> str:
    """The HTML body of `markdown`; each slot paragraph is replaced by its (renderer-made) HTML.

    Every slot but "break" (a print page break, any number of times) must appear exactly once.
    """
    html = _markdown_it().render(markdown)
    for name, fragment in (slots or {}).items():
        marker = f"<p>{slot(name)}</p>"
        if html.count(marker) != 1:
            raise RuntimeError(f"slot {name!r} must appear exactly once in the Markdown")
        html = html.replace(marker, fragment)
    html = html.replace(f"<p>{slot('break')}</p>", PAGE_BREAK)
    if "\x1e" in html:
        raise RuntimeError("an unknown slot marker is left in the HTML")
    return html


def page(body: str, *, title: str, date_iso: str | None = None, description: str = "", kind: str = "report") -> str:
    """A standalone HTML page: the body, the print stylesheet inlined, no scripts, no external files."""
    from markupsafe import Markup

    from ..resources import templates_dir
    from .markdown import render

    css = (templates_dir() / "report.css").read_text(encoding="utf-8")
    return render("page.html.j2", title=title, date_iso=date_iso, description=description, kind=kind,
                  css=Markup(css), body=Markup(body))
