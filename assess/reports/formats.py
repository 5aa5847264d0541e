"""The output formats of documents, in one table: each format's name, file extension, extra and renderer.

A renderer takes the document's Markdown (with slot markers where `slots` is
true, see `html.slot`) and gives the finished document: `slots` are HTML
fragments for the page, `pictures` functions giving the PNG of a slot for Word
(called only then). Renderers import what they need when called, so reading
the table costs nothing (the CLI lists the formats in its help).
"""
from __future__ import annotations

from typing import Callable, NamedTuple


class Format(NamedTuple):
    name: str                  # as given to --format
    label: str                 # as a user reads it
    suffixes: tuple            # file extensions that mean it (the first is the one written)
    extra: str | None          # the package extra it needs (pip install 'care-models[extra]')
    binary: bool               # bytes, never written to the terminal
    slots: bool                # renderer-made parts (the chart, page breaks) go in at slot markers
    render: Callable


def _markdown(markdown: str, **_) -> str:
    return markdown


def _html(markdown: str, *, title: str, date_iso: str | None = None, slots: dict | None = None,
          description: str = "", kind: str = "report", **_) -> str:
    from .html import markdown_to_html, page

    return page(markdown_to_html(markdown, slots), title=title, date_iso=date_iso, description=description,
                kind=kind)


def _pdf(markdown: str, **page_options) -> bytes:
    from .pdf import html_to_pdf

    return html_to_pdf(_html(markdown, **page_options))


def _docx(markdown: str, *, title: str, date_iso: str | None = None, pictures: dict | None = None, **_) -> bytes:
    from .docx import markdown_to_docx

    return markdown_to_docx(markdown, title=title, date_iso=date_iso,
                            pictures={name: make() for name, make in (pictures or {}).items()})


FORMATS = {f.name: f for f in (
    Format("md", "Markdown", ("md", "markdown"), None, False, False, _markdown),
    Format("html", "HTML", ("html", "htm"), None, False, True, _html),
    Format("pdf", "PDF", ("pdf",), "pdf", True, True, _pdf),
    Format("docx", "Word", ("docx",), "docx", True, True, _docx),
)}
DEFAULT = "html"


def from_suffix(suffix: str) -> str | None:
    """The format a file extension (without its dot) means, or None."""
    return next((f.name for f in FORMATS.values() if suffix.lower() in f.suffixes), None)
