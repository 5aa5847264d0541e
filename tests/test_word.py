"""The Word paper a board office accepts: A4, British English, page numbers, its own styles, real numbering."""
from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("docx") is None,
                                reason="python-docx is not installed (the docx extra)")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _word(cli, tmp_path, source: Path) -> Path:
    out = tmp_path / (source.stem + ".docx")
    result = cli("report", source, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def test_the_word_paper_is_a4_with_sensible_margins_in_british_english(cli, tmp_path):
    import docx
    from docx.shared import Cm

    path = _word(cli, tmp_path, EXAMPLES / "mcp.yaml")
    section = docx.Document(str(path)).sections[0]
    assert (round(section.page_width / Cm(1), 1), round(section.page_height / Cm(1), 1)) == (21.0, 29.7)
    for margin in (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin):
        assert 1.5 <= margin / Cm(1) <= 2.5
    styles = _part(path, "word/styles.xml")
    assert re.search(r'<w:lang w:val="en-GB"', styles) and "en-US" not in styles.split("</w:docDefaults>")[0]


def test_the_footer_numbers_the_pages_and_the_chart_fits_the_text_width(cli, tmp_path):
    import docx

    path = _word(cli, tmp_path, EXAMPLES / "mcp.yaml")
    footers = [n for n in zipfile.ZipFile(path).namelist() if n.startswith("word/footer")]
    assert any('w:instr=" PAGE "' in _part(path, n) for n in footers)
    document = docx.Document(str(path))
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    assert document.inline_shapes and all(s.width <= width for s in document.inline_shapes)


def test_tables_use_the_papers_style_and_columns_sized_to_their_content(cli, tmp_path):
    import docx

    document = docx.Document(str(_word(cli, tmp_path, EXAMPLES / "mcp.yaml")))
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    fits = next(t for t in document.tables if t.cell(0, 0).text == "Rank")
    widths = [c.width for c in fits.columns]
    assert abs(sum(widths) - width) < 12700 and fits.style.name == "Paper Table"
    assert widths[1] > 3 * widths[0] and widths[1] > 3 * widths[2]      # the model's name, not the rank or fit
    assert all(p.style.name == "Table Text" for row in fits.rows for c in row.cells for p in c.paragraphs[:1])


def test_each_numbered_list_counts_from_its_own_first_number_with_room_for_two_digits(cli, tmp_path):
    import docx

    document = docx.Document(str(_word(cli, tmp_path, EXAMPLES / "mcp.yaml")))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(set(ids)) >= 2                              # page one's questions and the full list: two lists
    assert not any(re.match(r"\d+\.", p.text) for p in numbered)      # the number is Word's, not typed
    numbering = _part(_word(cli, tmp_path, EXAMPLES / "mcp.yaml"), "word/numbering.xml")
    for num_id in set(ids):
        assert re.search(rf'<w:num w:numId="{num_id}">.*?<w:startOverride w:val="1"/>', numbering, flags=re.S)
    assert all(p.paragraph_format.left_indent >= docx.shared.Cm(0.8) for p in numbered)


def test_the_word_paper_keeps_labels_and_headings_with_what_follows(cli, tmp_path):
    import docx

    document = docx.Document(str(_word(cli, tmp_path, EXAMPLES / "mcp.yaml")))
    why = next(p for p in document.paragraphs if p.text == "Why")
    assert why.paragraph_format.keep_with_next
    assert document.styles["Heading 2"].paragraph_format.keep_with_next


def test_the_demo_word_paper_decides_on_page_one_within_twelve_pages_as_libreoffice_lays_it_out(cli, tmp_path):
    """What a board office sees: LibreOffice lays the Word file out (skipped where it is not installed)."""
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not (office and shutil.which("pdfinfo") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice and poppler-utils are needed to lay the Word file out")
    path = _word(cli, tmp_path, EXAMPLES / "mcp.yaml")
    profile = tmp_path / "profile"
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], capture_output=True, check=True, timeout=240)
    pdf = tmp_path / "mcp.pdf"
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1)) <= 12
    page = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True,
                           check=True).stdout for n in (1, 2)]
    for part in ("Decision asked of the board", "Why", "What would change it", "Questions to ask first", "Workforce"):
        assert part in page[0], part
    assert page[1].lstrip().startswith("Summary") and "Page 1 of" in page[0]
