"""`assess report` and `assess demo`: content, formats, files and determinism."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
import yaml

from assess import __version__
from assess.engine.answers import check
from assess.engine.assessment import Assessment, evaluate
from assess.engine.numbers import margin
from assess.engine.questionnaire import load as load_questionnaire
from assess.kb.yamlsafe import load_file
from assess.reports.documents import render_report
from assess.reports.pdf import PDF_MISSING, html_to_pdf
from assess.reports.provenance import content_hash, report_date
from assess.reports.report import report_view

HERE = Path(__file__).parent
MINI = HERE / "fixtures" / "mini-questionnaire.yaml"
EXAMPLES = HERE.parent / "examples"


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


def write_answers(folder: Path, name: str, data: dict) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def mini_report(kb, mini, paths: list[Path], fmt: str = "md", **kw):
    answers = [check(load_file(p), mini) for p in paths]
    a = Assessment(kb, mini, tuple(answers), evaluate(mini, kb, answers))
    view = report_view(a, [(p.name, p.read_bytes()) for p in paths], version=__version__, **kw)
    return render_report(view, fmt), view


@pytest.fixture
def mini_cli(monkeypatch, tmp_path):
    """The CLI, with the mini questionnaire installed as a bundled questionnaire."""
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    monkeypatch.setattr("assess.resources.questionnaires_dir", lambda: folder)
    return folder


@pytest.fixture
def example() -> Path:
    path = EXAMPLES / "mcp.yaml"
    if not path.is_file():
        pytest.skip("examples/mcp.yaml is not there yet")
    return path


ONE = {"questionnaire": "mini", "respondent": "Jo Bloggs, CCG", "context": "North-east London", "date": "2024-05-01",
       "answers": {"scope": ["general-practice"], "lead": "gps", "gp-contracts": "dont-know", "notes": "a note"}}
TWO = {"questionnaire": "mini", "respondent": "Sam Smith",
       "answers": {"scope": ["general-practice", "acute"], "lead": "trust", "population": 250000}}


# ---------------------------------------------------------------- content
def test_markdown_report_has_every_section_in_order(kb, mini, tmp_path):
    """A board paper: the decision on the first page, the body, then the appendix."""
    a = write_answers(tmp_path, "a.yaml", ONE)
    text, view = mini_report(kb, mini, [a])
    first_page = text.split("## ")[0]
    for part in ("**Decision asked of the board:**", "> **Recommended: ", "**Why**", "**What would change it**",
                 "**Questions to ask first**", "**Workforce**"):
        assert part in first_page, part
    headings = [line for line in text.splitlines() if line.startswith(("## ", "# "))]
    assert headings == ["# Care model recommendation", "## Summary", "## Ranking of the care models",
                        "## Why the top 3 fit", "## Collaborative alternatives", "## Which form of MCP",
                        "## Workforce implications of Multi-specialty Community Providers",
                        "## What would change this", "## Check and challenge", "# Appendix",
                        "## The local context as answered", "## All reasons, with their sources",
                        "## Fits of every care model", "## Sources and what is derived", "## Since the sources"]
    # the chart is the table in Markdown; no renderer markup leaks
    assert "<svg" not in text and "\x1e" not in text
    assert "| Rank | Care model | Fit | Range | Note |" in text


def test_summary_gives_fit_range_and_confidence_lost_to_dont_know(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    _, view = mini_report(kb, mini, [a])
    summary = view["summary"]["text"]
    top = next(r for r in view["ranking"] if r["rank"] == 1)
    assert summary.startswith(f"Of the care models not ruled out, {top['name']} fits the local context")
    assert f"fit {top['fit']} out of 100 (range {top['range']})" in summary
    # gp-contracts is "don't know" and population is unanswered
    assert "2 of the 4 scored questions that apply were answered “don't know” or left out" in summary


def test_the_footer_has_version_and_content_hash_of_kb_questionnaire_and_answers(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    text, _ = mini_report(kb, mini, [a])
    answers_sha = hashlib.sha256(a.read_bytes()).hexdigest()
    expected = hashlib.sha256("\n".join(["care-models report inputs", kb.digest, mini.digest, answers_sha])
                              .encode()).hexdigest()
    footer = text.rstrip().splitlines()[-1]
    assert f"care-models {__version__}" in footer
    assert expected in footer
    assert content_hash(kb.digest, mini.digest, [a.read_bytes()])["hash"] == expected
    # a different answers file gives a different hash
    b = write_answers(tmp_path, "b.yaml", TWO)
    assert expected not in mini_report(kb, mini, [b])[0]


def test_why_lists_contributions_with_sources(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    text, view = mini_report(kb, mini, [a])
    why = view["top"][0]["why"]
    assert [w["points"] for w in why] == sorted((w["points"] for w in why), reverse=True)
    assert why[0]["reason"] == "MCPs are built on general practice"
    assert "- General practice — for “Which services are in scope?” (+3): MCPs are built on general practice" in text
    appendix = text.split("## All reasons, with their sources")[1]
    assert "| General practice | +3 | MCPs are built on general practice *(care-models)* |" in appendix


def test_top_three_fit_with_their_reasons(example, cli, tmp_path):
    out = tmp_path / "r.md"
    result = cli("report", example, "--format", "md", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    section = text.split("## Why the top 3 fit")[1].split("\n## ")[0]
    parts = re.split(r"^### \d\. ", section, flags=re.M)
    assert len(parts) == 4, "three top models"
    assert parts[1].startswith("Multi-specialty Community Providers")
    assert "The model envisages the formation of a large group of practices" in parts[1]   # what the leader is
    for part in parts[1:]:
        assert "— for “" in part
    assert "described in full in its briefing pack" in section          # where the full description is


def test_ranking_lists_all_ten_models_in_score_order(example, cli, tmp_path):
    import json

    result = cli("score", example, "--json")
    ranking = json.loads(result.stdout)["ranking"]
    out = tmp_path / "r.md"
    assert cli("report", example, "-o", out).exit_code == 0
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if re.match(r"^\| \d+ \| ", line)]
    assert len(rows) == 10
    for row, r in zip(rows, ranking):
        assert r["name"] in row
        fit = float(row.split("|")[3])
        assert abs(fit - r["score"]) <= 0.051, (row, r["score"])


def test_legal_form_shows_the_pros_and_cons_of_its_formality(example, kb, cli, tmp_path):
    out = tmp_path / "r.md"
    assert cli("report", example, "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    m = re.search(r"^\*\*Suggested: (.+?)\*\*", text, flags=re.M)
    assert m
    legal = next(lm for lm in kb.legal_models["models"] if lm["name"] == m.group(1))
    level = "less" if legal["formality"]["text"].startswith("less") else "more"
    other = "more" if level == "less" else "less"
    least = set(legal.get("applies_least", ()))
    for item in kb.legal_models["formality"][level]["pros"] + kb.legal_models["formality"][level]["cons"]:
        assert (item["text"].rstrip(".") in text) != (item["text"] in least), item["text"]
    assert kb.legal_models["formality"][other]["pros"][0]["text"] not in text


def test_several_respondents_show_disagreements_and_challenges(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    b = write_answers(tmp_path, "b.yaml", TWO)
    text, view = mini_report(kb, mini, [a, b])
    assert view["multi"] and view["disagreements"]
    assert "### Where respondents disagree" in text.split("# Appendix")[1]
    challenge = text.split("## Check and challenge")[1].split("# Appendix")[0]
    assert "respondents disagree" in challenge
    assert "Sam Smith" in challenge and "Jo Bloggs, CCG" in challenge
    assert "The fits are the mean over 2 respondents" in view["summary"]["text"]
    # one answer column per respondent
    assert "| Question | Jo Bloggs, CCG | Sam Smith |" in text


def test_what_would_change_this_is_in_plain_words(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    text, view = mini_report(kb, mini, [a])
    section = text.split("## What would change this")[1].split("\n## ")[0]
    assert view["changes"]["count"] > 0
    assert "If “Who would lead?” were answered “An NHS trust” instead of “GP practices”, " in section


def test_challenges_are_listed_by_priority_with_why_and_sources(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    text, view = mini_report(kb, mini, [a])
    section = text.split("## Check and challenge")[1].split("# Appendix")[0]
    numbers = [int(m) for m in re.findall(r"^(\d+)\. ", section, flags=re.M)]
    assert numbers == list(range(1, len(view["challenges"]) + 1))
    assert "HLP Module 1, “Option 6: MCP – Barriers”" in section
    first_page = text.split("## ")[0]
    assert [int(m) for m in re.findall(r"^(\d+)\. ", first_page, flags=re.M)] == \
        list(range(1, min(7, len(view["challenges"])) + 1))


def test_report_date_comes_only_from_source_date_epoch_or_the_answers():
    assert report_date([None]) == {"text": None, "iso": None, "from": None}
    assert report_date(["2024-05-01", "2023-01-02"])["iso"] == "2024-05-01"
    assert report_date(["spring 2024"]) == {"text": "spring 2024", "iso": None, "from": "answers"}
    assert report_date(["2024-05-01"], "0")["iso"] == "1970-01-01"
    assert report_date([None], "not a number")["text"] is None


# ---------------------------------------------------------------- HTML and PDF
def test_html_is_a_standalone_page_with_an_accessible_svg_chart_and_its_table(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    html, view = mini_report(kb, mini, [a], "html")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    assert html.count("<svg") == 1 and 'role="img"' in html
    assert '<title id="chart-title">' in html and '<desc id="chart-desc">' in html
    chart = html[html.index("<svg"):html.index("</svg>")]
    for row in view["ranking"]:
        assert row["name"] in chart          # text labels, not colour alone
    desc = html[html.index('<desc id="chart-desc">'):html.index("</desc>")]
    assert all(row["name"] in desc and row["fit"] in desc for row in view["ranking"])   # the data, in words
    assert "<table>" in html[html.index("Fits of every care model"):], "the appendix gives the table"
    for bad in ("<script", "javascript:", "<link", "@import", "src=", "url(http", "<iframe"):
        assert bad not in html.lower()
    assert "@page" in html and "@media print" in html     # print stylesheet embedded
    assert "\x1e" not in html


@pytest.mark.usefixtures("weasyprint")
def test_pdf_renders_and_is_byte_identical(kb, mini, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    first, _ = mini_report(kb, mini, [a], "pdf")
    second, _ = mini_report(kb, mini, [a], "pdf")
    assert first.startswith(b"%PDF-")
    assert first == second


def test_pdf_without_weasyprint_says_how_to_get_it(monkeypatch):
    import sys

    from assess.errors import UserError

    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(UserError) as err:
        html_to_pdf("<p>x</p>")
    assert str(err.value) == PDF_MISSING == "PDF needs the pdf extra: pip install 'care-models[pdf]'"


# ---------------------------------------------------------------- the command
def test_report_default_name_is_the_first_answers_file_stem(cli, mini_cli, tmp_path, monkeypatch):
    a = write_answers(tmp_path, "north-east.yaml", ONE)
    b = write_answers(tmp_path, "second.yaml", TWO)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = cli("report", a, b)
    assert result.exit_code == 0, result.output
    assert (work / "north-east-report.html").is_file()
    assert "wrote north-east-report.html" in result.stdout
    result = cli("report", a, "--format", "md")
    assert (work / "north-east-report.md").read_text(encoding="utf-8").startswith("# Care model recommendation")


def test_report_format_follows_the_output_suffix(cli, mini_cli, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    assert cli("report", a, "-o", tmp_path / "x.md").exit_code == 0
    assert (tmp_path / "x.md").read_text(encoding="utf-8").startswith("# Care model")
    assert cli("report", a, "-o", tmp_path / "x.html").exit_code == 0
    assert (tmp_path / "x.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_to_stdout_for_md_and_html_but_not_pdf(cli, mini_cli, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    result = cli("report", a, "--format", "md", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# Care model recommendation")
    result = cli("report", a, "--format", "html", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    result = cli("report", a, "--format", "pdf", "-o", "-")
    assert result.exit_code == 1
    assert "PDF is not written to the terminal" in result.stderr
    assert result.stdout == ""


def test_report_refuses_to_overwrite_an_input_and_names_missing_folders(cli, mini_cli, tmp_path):
    a = write_answers(tmp_path, "a.yaml", ONE)
    before = a.read_bytes()
    result = cli("report", a, "--format", "md", "-o", a)
    assert result.exit_code == 1 and "refusing to write over the input file" in result.stderr
    assert a.read_bytes() == before
    result = cli("report", a, "-o", tmp_path / "missing" / "r.html")
    assert result.exit_code == 1 and "does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_report_on_an_unwritable_folder_is_a_clear_error(cli, mini_cli, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    a = write_answers(tmp_path, "a.yaml", ONE)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = cli("report", a, "-o", locked / "r.md")
    assert result.exit_code == 1 and "cannot write" in result.stderr


def test_report_of_a_missing_answers_file_is_a_user_error(cli, tmp_path):
    result = cli("report", tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "internal error" not in result.output


# ---------------------------------------------------------------- determinism
def test_same_inputs_give_byte_identical_md_and_html_across_processes(run_cli, example, tmp_path):
    outputs = {}
    for fmt in ("md", "html"):
        for i in (1, 2):
            out = tmp_path / f"{i}.{fmt}"
            code, _, err = run_cli("report", example, "--format", fmt, "-o", out, cwd=tmp_path)
            assert code == 0, err
            outputs[fmt, i] = out.read_bytes()
        assert outputs[fmt, 1] == outputs[fmt, 2], fmt


@pytest.mark.usefixtures("weasyprint")
def test_source_date_epoch_dates_the_report_and_the_pdf(cli, mini_cli, tmp_path, monkeypatch):
    undated = dict(ONE)
    undated.pop("date")
    a = write_answers(tmp_path, "a.yaml", undated)
    md = cli("report", a, "--format", "md", "-o", "-").stdout
    assert not re.search(r"\b20\d\d\b", md.split("## Summary")[0]), "no current date without a source for it"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")   # 2024-05-01
    md = cli("report", a, "--format", "md", "-o", "-").stdout
    assert "2024-05-01" in md.split("## Summary")[0]
    html = cli("report", a, "--format", "html", "-o", "-").stdout
    assert '<meta name="dcterms.created" content="2024-05-01">' in html
    pdfs = []
    for i in (1, 2):
        assert cli("report", a, "-o", tmp_path / f"{i}.pdf").exit_code == 0
        pdfs.append((tmp_path / f"{i}.pdf").read_bytes())
    assert pdfs[0] == pdfs[1]


# ---------------------------------------------------------------- demo
def test_demo_writes_html_and_markdown_and_prints_the_ranking(cli, example, tmp_path, monkeypatch):
    monkeypatch.setattr("assess.reports.pdf.pdf_available", lambda: False)
    result = cli("demo", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    html = tmp_path / "care-models-demo.html"
    md = tmp_path / "care-models-demo.md"
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert md.read_text(encoding="utf-8").startswith("# Care model recommendation")
    assert "mcp.yaml" in result.stdout
    assert "  1. " in result.stdout and "  3. " in result.stdout
    assert "care-models-demo.html" in result.stdout and "care-models-demo.md" in result.stdout
    assert "care-models[pdf]" in result.stdout


@pytest.mark.usefixtures("weasyprint")
def test_pdf_is_byte_identical_when_fonttools_subsets_the_fonts(kb, mini, tmp_path, monkeypatch):
    """Without libharfbuzz-subset WeasyPrint subsets with fontTools, which stamps fonts with the clock."""
    import itertools

    import fontTools.misc.timeTools as time_tools
    import weasyprint.pdf.fonts

    clock = itertools.count(1_800_000_000, 3600)
    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    monkeypatch.setattr(time_tools, "time", type("Clock", (), {"time": staticmethod(lambda: next(clock))}))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    a = write_answers(tmp_path, "a.yaml", ONE)
    first, _ = mini_report(kb, mini, [a], "pdf")
    second, _ = mini_report(kb, mini, [a], "pdf")
    assert first.startswith(b"%PDF-")
    assert first == second
    assert "SOURCE_DATE_EPOCH" not in __import__("os").environ


@pytest.mark.usefixtures("weasyprint", "poppler")
def test_the_demo_paper_decides_on_page_one_in_ten_pages_at_most(cli, tmp_path, monkeypatch):
    import subprocess

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")
    assert cli("demo", "-o", tmp_path).exit_code == 0
    pdf = tmp_path / "care-models-demo.pdf"
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1))
    assert pages <= 10
    page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"], capture_output=True,
                           text=True, check=True).stdout
    for part in ("Decision asked of the board", "Recommended: Multi-specialty Community Providers",
                 "confidence:", "Clear", "Why", "What would change it", "Questions to ask first", "7.", "Workforce"):
        assert part in page1, part



@pytest.mark.usefixtures("weasyprint", "poppler")
def test_a_paper_full_of_dont_knows_stays_within_ten_pages(cli, repo, tmp_path):
    import subprocess

    pdf = tmp_path / "paper.pdf"
    assert cli("report", repo / "examples" / "not-yet-clear.yaml", "-o", pdf).exit_code == 0
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1)) <= 10


def test_what_would_put_another_model_first_names_the_answers_that_matter_most(cli, repo, tmp_path):
    import json

    answers = repo / "examples" / "mcp-early-plans.yaml"     # a model recommended; one answer could put another first
    flips = json.loads(cli("score", answers, "--json").output)["sensitivity"]
    assert cli("report", answers, "--format", "md", "-o", tmp_path / "r.md").exit_code == 0
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    section = text.split("**What would put another care model first**")[1].split("## Check and challenge")[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    questions = {f["question_text"] for f in flips}
    best = {}
    for f in flips:
        best[f["question_text"]] = max(best.get(f["question_text"], 0), f["margin"] or 0)
    shown = [b for b in bullets if b.startswith("- **")]
    assert len(shown) == 8 and len(questions) > 8
    leads = [best[b[4:b.index("**", 4)]] for b in shown]
    assert leads == sorted(leads, reverse=True)          # the question where one answer matters most first
    assert all(b.count(" would put ") <= 3 for b in shown)
    listed = sum(b.count(" would put ") for b in shown)
    others = len(questions) - 8
    assert bullets[-1] == (f"- … and {len(flips) - listed} more single changes, on these and "
                           f"{others} other question{'s' if others != 1 else ''}.")
    top = max(flips, key=lambda f: f["margin"] or 0)
    names = {r["model"]: r["name"] for r in json.loads(cli("score", answers, "--json").output)["ranking"]}
    assert f"{top['change_to']} would put" in shown[0]
    assert f"{margin(top['margin'])} points ahead of {names[top['runner_up']]}" in shown[0]


@pytest.mark.usefixtures("python_docx")
def test_word_paper_has_styles_tables_the_chart_and_the_decision(cli, repo, tmp_path, monkeypatch):
    import docx

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")
    out = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for path in out:
        result = cli("report", repo / "examples" / "buddying.yaml", "-o", path)
        assert result.exit_code == 0, result.output
    assert out[0].read_bytes() == out[1].read_bytes(), "deterministic bytes"
    document = docx.Document(str(out[0]))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Heading 1", "Care model recommendation")
    text = "\n".join(t for _, t in styles)
    assert "Decision asked of the board: The board is asked to agree Buddying instead of creating a new organisation" \
        in text
    assert any(name == "Intense Quote" and t.startswith("Recommended: Buddying") for name, t in styles)
    assert any(name == "Heading 2" and t == "Check and challenge" for name, t in styles)
    assert any(name == "List Number" for name, _ in styles) and any(name == "List Bullet" for name, _ in styles)
    assert len(document.inline_shapes) == 1                      # the chart, as a picture
    assert len(document.tables) >= 3 and document.tables[0].style.name == "Paper Table"
    assert document.core_properties.created.year == 2024 and "\\" not in text   # Markdown escapes are gone


@pytest.mark.usefixtures("python_docx")
def test_word_briefs_and_no_word_to_the_terminal(cli, tmp_path):
    result = cli("brief", "pacs", "--format", "docx", "-o", tmp_path / "pacs.docx")
    assert result.exit_code == 0, result.output
    import docx

    assert docx.Document(str(tmp_path / "pacs.docx")).paragraphs[0].text == "Primary and Acute Systems (PACS): briefing pack"
    result = cli("brief", "pacs", "--format", "docx", "-o", "-")
    assert result.exit_code == 1 and "Word is not written to the terminal" in result.stderr
    result = cli("brief", "--all", "--format", "docx", "-o", tmp_path / "briefs")
    assert result.exit_code == 0, result.output
    index = docx.Document(str(tmp_path / "briefs" / "index.docx"))     # a Word file, like the packs it lists
    assert index.paragraphs[0].text == "Briefing packs: the ten new care models"


def test_sources_are_one_item_each_and_those_the_challenges_cite_count_as_cited(repo, cli, tmp_path):
    """Each source document is its own list item; a document a check-and-challenge question cites is
    never listed as "not cited above"."""
    out = tmp_path / "r.md"
    assert cli("report", repo / "examples" / "aco.yaml", "--format", "md", "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    section = text.split("## Sources and what is derived")[1].split("**What is this tool's own judgement**")[0]
    items = re.findall(r"^- \*\*(.+?)\*\*: ", section, flags=re.M)
    assert len(items) >= 2 and all(line.count("- **") <= 1 for line in section.splitlines())
    challenges = text.split("## Check and challenge")[1].split("# Appendix")[0]
    uncited = re.search(r"\*Also in the knowledge base, not cited above:\* (.+)\.", section)
    for short in (uncited.group(1).split("; ") if uncited else []):
        assert f"; {short}, “" not in challenges and f"({short}, “" not in challenges, short
    assert "Provider networks §4" in items     # the aco example's challenges cite it
