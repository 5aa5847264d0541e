"""One rendering per number: every example's fits and ranges read the same in the CLI, Markdown, HTML and Word.

The browser's paper is held to the CLI's HTML byte for byte (tests/browser/test_paper.py) and its numbers
to `engine.numbers` (tests/browser/test_engine.py), so the four renderings here cover it too.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from assess.engine.assessment import run
from assess.engine.numbers import exact, fit, margin, span

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p.name for p in (REPO / "examples").glob("*.yaml")
                  if not p.name.startswith(("budget-", "network-", "proposal-")))

# other ways a range or a fit has been written: whole-number ranges ("48–72", "49-72"), "49.0 to 72.0"
# (the sources' own "over the next 3-5 years" is not a fit)
OTHER_RANGE = re.compile(r"(?<![\d.–-])\d{1,3}[–-]\d{1,3}(?![\d.]|\s*years)|\d+\.\d to \d+\.\d")


def _renderings(cli, name: str, tmp_path: Path) -> dict[str, str]:
    path = REPO / "examples" / name
    out = {"cli": cli("score", path).output}
    for fmt in ("md", "html", "docx"):
        target = tmp_path / f"paper.{fmt}"
        assert cli("report", path, "--format", fmt, "-o", target).exit_code == 0
        if fmt == "docx":
            import docx

            d = docx.Document(str(target))
            cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
            out[fmt] = "\n".join([p.text for p in d.paragraphs] + cells)
        elif fmt == "html":
            body = target.read_text("utf-8").split("<body", 1)[1]
            out[fmt] = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|svg)\b.*?</\1>", "", body, flags=re.S)))
        else:
            out[fmt] = target.read_text("utf-8")
    return out


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_fit_and_range_reads_the_same_in_every_format(cli, kb, name, tmp_path, python_docx):
    result = run([REPO / "examples" / name], kb).result       # full precision: the JSON rounds to 2 decimals
    rec = result["recommendation"]
    standing = [r for r in result["ranking"] if not r["excluded"]][:3]
    for where, text in _renderings(cli, name, tmp_path).items():
        flat = " ".join(text.split())
        for r in standing:
            assert fit(r["score"]) in flat, (where, r["model"], fit(r["score"]))
            if not exact(r["low"], r["high"]) and where != "cli":
                assert span(r["low"], r["high"]) in flat, (where, r["model"])
        if rec["fit"] is not None and not exact(rec["low"], rec["high"]):
            assert span(rec["low"], rec["high"]) in flat, (where, "recommendation")
        if rec["kind"] != "none" and rec["runner_up"]:
            assert margin(rec["fit"] - rec["runner_up"]["fit"]) in flat, (where, "lead")
        stray = OTHER_RANGE.findall(flat)
        assert not stray, (where, stray)


# a range that is no range ("(range exact)"), or a fit's range before its scale ("72.0 (range …) out of 100")
MISREAD = re.compile(r"\(range (?!\d)|\) out of 100")


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_fit_reads_fit_scale_then_range_even_in_the_chart_description(cli, name, tmp_path):
    target = tmp_path / "paper.html"
    assert cli("report", REPO / "examples" / name, "--format", "html", "-o", target).exit_code == 0
    text = html.unescape(target.read_text("utf-8"))       # the chart's description (in its SVG) included
    assert "fit" in text and not MISREAD.findall(text), MISREAD.findall(text)


def test_the_formatter_rounds_once_and_joins_ranges_with_an_en_dash():
    assert fit(72) == "72.0" and fit(48.25) == "48.3" and fit(48.249) == "48.2"
    assert span(48.0, 72.04) == "48.0–72.0" and margin(0.05) == "0.1"
    assert exact(70.0, 70.04) and not exact(70.0, 70.1)


def test_the_demo_prints_the_decision_and_fits_as_the_paper_does(cli, kb, tmp_path, monkeypatch):
    from assess.reports.words import fit_out_of_100, fit_phrase

    monkeypatch.setattr("assess.reports.pdf.pdf_available", lambda: False)
    out = cli("demo", "-o", tmp_path).stdout
    result = run([REPO / "examples" / "mcp.yaml"], kb).result
    rec = result["recommendation"]
    assert f"{rec['name']}, fit {fit_out_of_100(rec['fit'], rec['low'], rec['high'])}; confidence: Clear" in out
    for r in [r for r in result["ranking"] if not r["excluded"]][:3]:
        assert f"{r['name']}: {fit_phrase(r['score'], r['low'], r['high'])}\n" in out
    assert not OTHER_RANGE.findall(out)
