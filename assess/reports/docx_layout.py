"""The Word paper's page and styles: A4, British English, page numbers, and the paper's own styles.

python-docx starts from a US Letter template in American English with Word's
default look. A board office expects A4 with sensible margins, British
English, page numbers in the footer, and the paper's look: its headings kept
with what follows, a compact body, tables in the paper's style, numbered lists
whose numbers stand clear of their text. Word has no Liberation fonts on most
machines, so the paper names Arial, whose widths Liberation Sans shares.
"""
from __future__ import annotations

FONT = "Arial"
LANGUAGE = "en-GB"
MARGIN_CM = 2.0
BODY_PT, TABLE_PT = 10, 8.5
HEADINGS = {1: (18, "005EB8"), 2: (13, "212B32"), 3: (11, "212B32"), 4: (10, "212B32")}   # level: (size, colour)
TABLE_STYLE = "Paper Table"
NUMBER_INDENT_CM = 0.9         # room for "24." before the text of a numbered item
CHAR_EMU, PADDING_EMU = 68000, 170000     # a wide bold character of 8.5 pt, a cell's inner margins (EMU)
TABLE_TEXT = "Table Text"      # the paragraph style of table cells (Word's table styles set no size everywhere)


def page_setup(document, qn, cm) -> None:
    """A4 portrait, 2 cm margins, "Page N of M" in the footer."""
    section = document.sections[0]
    section.page_width, section.page_height = cm(21.0), cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, cm(MARGIN_CM))
    paragraph = section.footer.paragraphs[0]
    paragraph.text = ""
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE", "1", qn)
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES", "1", qn)


def text_width(document):
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _field(paragraph, instruction: str, shown: str, qn) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay the page out."""
    from docx.oxml import OxmlElement

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def styles(document, qn, pt, rgb) -> None:
    """British English everywhere; the paper's body, heading, quote and table styles."""
    _language(document, qn)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, pt(BODY_PT)
    normal.paragraph_format.space_after, normal.paragraph_format.line_spacing = pt(4), 1.1
    for level, (size, colour) in HEADINGS.items():
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.color.rgb = FONT, pt(size), rgb(*bytes.fromhex(colour))
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before, style.paragraph_format.space_after = pt(10 if level > 1 else 0), pt(4)
    quote = document.styles["Intense Quote"]
    quote.font.italic, quote.font.size, quote.font.color.rgb = False, pt(BODY_PT), rgb(*bytes.fromhex("212B32"))
    quote.paragraph_format.left_indent = quote.paragraph_format.right_indent = pt(6)
    quote.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        document.styles[name].paragraph_format.space_after = pt(2)
    from docx.enum.style import WD_STYLE_TYPE

    table = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    table.base_style = document.styles["Table Grid"]
    table.font.size, table.font.name = pt(TABLE_PT), FONT
    cells = document.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    cells.base_style = normal
    cells.font.size = pt(TABLE_PT)
    cells.paragraph_format.space_after, cells.paragraph_format.line_spacing = pt(0), 1.0


def _language(document, qn) -> None:
    from docx.oxml import OxmlElement

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANGUAGE)


def numbered(document, paragraph, start: int | None, cm, state: dict) -> None:
    """Number `paragraph` in its own list: a list's first item restarts the count at its Markdown number."""
    numbering = document.part.numbering_part.numbering_definitions._numbering
    if start is not None:
        abstract = _abstract_of(document, numbering)
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        state["num"] = num.numId
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = state["num"]
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = cm(NUMBER_INDENT_CM), -cm(NUMBER_INDENT_CM)
    fmt.tab_stops.add_tab_stop(cm(NUMBER_INDENT_CM))


def _abstract_of(document, numbering) -> int:
    """The abstract numbering "List Number" uses."""
    style = document.styles["List Number"].element
    num_id = style.pPr.numPr.numId.val
    return numbering.num_having_numId(num_id).abstractNumId.val


def column_widths(rows: list[list[str]], total: int) -> list[int]:
    """Widths (EMU) summing to `total`: each column fits its longest word, and the rest of the width goes to the
    columns with longer texts, in proportion to how much longer (bounded, so no column takes it all)."""
    columns = max(len(r) for r in rows)
    words, extra = [], []
    for c in range(columns):
        cells = [r[c] for r in rows if c < len(r)]
        word = max((len(w) for text in cells for w in text.split()), default=1)
        words.append(word)
        extra.append(min(max((len(text) for text in cells), default=0), 80) - word)
    least = [(w + 1) * CHAR_EMU + PADDING_EMU for w in words]
    if sum(least) >= total or not any(e > 0 for e in extra):
        widths = [total * w // sum(least) for w in least]
    else:
        spare = total - sum(least)
        weights = [max(e, 0) for e in extra]
        widths = [m + spare * e // sum(weights) for m, e in zip(least, weights)]
    widths[-1] += total - sum(widths)
    return widths
