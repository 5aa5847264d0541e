"""Markdown -> a Word document (python-docx, the `docx` extra, imported only when asked for).

Boards edit papers in Word, so the report's Markdown becomes real Word
structure: headings in Word's heading styles, lists in its list styles, tables
as Word tables, the chart as a picture at its slot, page breaks at theirs. The
bytes are deterministic: fixed document properties and a zip written in one
order with one timestamp.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone

from ..errors import UserError
from . import docx_layout as layout
from .html import SLOT, _markdown_it

DOCX_MISSING = "Word output needs the docx extra: pip install 'care-models[docx]'"
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
# what XML 1.0 cannot hold (python-docx refuses it): shown escaped, as the terminal shows it
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def markdown_to_docx(markdown: str, *, title: str, date_iso: str | None = None,
                     pictures: dict[str, bytes] | None = None) -> bytes:
    """The bytes of a .docx holding `markdown`; a slot paragraph is replaced by its picture (PNG) or a page break."""
    try:
        import docx
        from docx.enum.text import WD_BREAK
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt, RGBColor
    except ImportError:
        raise UserError(DOCX_MISSING) from None
    document = docx.Document()
    _properties(document, title, date_iso)
    layout.page_setup(document, qn, Cm)
    layout.styles(document, qn, Pt, RGBColor)
    writer = _Writer(document, pictures or {}, WD_BREAK, Cm)
    writer.write(_markdown_it().parse(markdown))
    raw = io.BytesIO()
    document.save(raw)
    return _normalised_zip(raw.getvalue())


class _Writer:
    """Walks markdown-it tokens and writes Word paragraphs, lists and tables."""

    def __init__(self, document, pictures: dict[str, bytes], wd_break, cm):
        self.doc, self.pictures, self.wd_break, self.cm = document, pictures, wd_break, cm
        self.lists: list[str] = []          # "bullet" or "ordered", innermost last
        self.start: int | None = None       # the number an ordered list starts at, until its first item is written
        self.numbering: dict = {}
        self.quote = False
        self.table: list[list[str]] | None = None

    def write(self, tokens) -> None:
        for i, token in enumerate(tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("bullet" if kind.startswith("bullet") else "ordered")
                self.start = int(token.attrGet("start") or 1) if kind.startswith("ordered") else None
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "blockquote_open":
                self.quote = True
            elif kind == "blockquote_close":
                self.quote = False
            elif kind == "table_open":
                self.table = []
            elif kind == "tr_open" and self.table is not None:
                self.table.append([])
            elif kind == "inline" and self.table is not None:
                self.table[-1].append(token.children)
            elif kind == "table_close":
                self._table(self.table or [])
                self.table = None
            elif kind == "heading_open":
                paragraph = self.doc.add_heading("", level=min(int(token.tag[1]), 4))
                self._inline(paragraph, tokens[i + 1].children)
            elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
                self._paragraph(token)

    def _paragraph(self, token) -> None:
        text = token.content.strip(" \t\n")      # not str.strip(): the slot marker counts as white space
        name = _slot_name(text)
        if name == "break":
            self.doc.add_paragraph().add_run().add_break(self.wd_break.PAGE)
            return
        if name is not None:
            if name in self.pictures:
                self.doc.add_picture(io.BytesIO(self.pictures[name]), width=layout.text_width(self.doc))
            return
        if self.lists:
            style = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            if len(self.lists) > 1:
                style += " 2"
        else:
            style = "Intense Quote" if self.quote else None
        paragraph = self.doc.add_paragraph(style=style)
        if self.lists and self.lists[-1] == "ordered":
            layout.numbered(self.doc, paragraph, self.start, self.cm, self.numbering)
            self.start = None
        if self.quote or _is_label(token.children):
            paragraph.paragraph_format.keep_with_next = True
        self._inline(paragraph, token.children)

    def _inline(self, paragraph, children) -> None:
        bold = italic = False
        for child in children or ():
            if child.type == "strong_open":
                bold = True
            elif child.type == "strong_close":
                bold = False
            elif child.type == "em_open":
                italic = True
            elif child.type == "em_close":
                italic = False
            elif child.type in ("text", "code_inline"):
                run = paragraph.add_run(_NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", child.content))
                run.bold, run.italic = bold or None, italic or None
            elif child.type in ("softbreak", "hardbreak"):
                paragraph.add_run(" ")

    def _table(self, rows: list[list]) -> None:
        if not rows:
            return
        table = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = layout.TABLE_STYLE
        table.autofit = False
        texts = [["".join(c.content for c in (children or ()) if c.type in ("text", "code_inline"))
                  for children in row] for row in rows]
        for column, width in zip(table.columns, layout.column_widths(texts, layout.text_width(self.doc))):
            column.width = width
            for cell in column.cells:
                cell.width = width
        for r, row in enumerate(rows):
            for c, children in enumerate(row):
                cell = table.cell(r, c)
                cell.paragraphs[0].style = layout.TABLE_TEXT
                self._inline(cell.paragraphs[0], children)
                if r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True


def _is_label(children) -> bool:
    """A paragraph that is one bold phrase ("**Why**"): a label of what follows, kept on its page."""
    kinds = [c.type for c in children or () if c.type != "text" or c.content]
    return kinds == ["strong_open", "text", "strong_close"]


def _slot_name(text: str) -> str | None:
    head, _, tail = SLOT.partition("{name}")
    if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
        return text[len(head):len(text) - len(tail)]
    return None


def _properties(document, title: str, date_iso: str | None) -> None:
    when = _EPOCH
    if date_iso:
        when = datetime.fromisoformat(date_iso).replace(tzinfo=timezone.utc)
    core = document.core_properties
    core.title, core.author, core.last_modified_by = title, "care-models", "care-models"
    core.created = core.modified = when
    core.revision = 1


def _normalised_zip(data: bytes) -> bytes:
    """The same zip with every entry in name order, one fixed timestamp: same input, same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()
