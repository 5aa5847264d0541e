"""`assess brief` (briefing packs), `assess compare`, and the shared model layout of `assess kb show`."""
from __future__ import annotations

import re

import pytest

from assess.reports.brief import (
    COLLABORATIVE_MODELS,
    NETWORK_MODELS,
    brief_view,
    related_legal,
)

MODELS = ("multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network", "aco",
          "mcp", "pacs", "care-homes", "gp-federation", "super-practice")
BRIEF_SECTIONS = ("Overview", "Examples", "Business case: key issues", "Benefits", "Barriers", "Governance",
                  "Regulation", "Workforce considerations", "Related legal forms", "Check-and-challenge questions",
                  "Sources")


def headings(text: str, level: int = 2) -> list[str]:
    mark = "#" * level + " "
    return [line[len(mark):] for line in text.splitlines() if line.startswith(mark)]


@pytest.mark.parametrize("model_id", MODELS)
def test_brief_has_every_section_in_order_with_sources(cli, kb, model_id):
    result = cli("brief", model_id, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    text = result.stdout
    model = kb.model(model_id)
    assert text.startswith(f"# {model['name']}")
    found = [h for h in headings(text) if h in BRIEF_SECTIONS]
    assert found == list(BRIEF_SECTIONS)
    assert ("## Variants (BMA GPC, 2015)" in text) == bool(kb.variants_of(model_id))
    assert text.count("Source:") >= 5
    for barrier in model["barriers"]:
        assert f"{barrier['text'].rstrip('.').rstrip()}: what is our plan for this?" in text
    for item in model["business_case"]["finances"]:
        assert item["text"] in text
    networks = kb.provider_networks
    seed001 = networks["check_and_challenge"][0]["text"]
    seed004 = networks["collaboratives"]["focus_areas"][0]["questions"][0]["text"]
    assert (seed001 in text) == (model_id in NETWORK_MODELS)
    assert (seed004 in text) == (model_id in COLLABORATIVE_MODELS)
    if model_id in NETWORK_MODELS or model_id in COLLABORATIVE_MODELS:
        assert "Why these questions are here (this tool's judgement)" in text


def test_brief_related_legal_forms_quote_the_passages_that_name_the_model(kb):
    mcp = {lv["id"]: lv for lv in related_legal(kb, kb.model("mcp"))}
    assert {"lead-provider", "alliance"} <= set(mcp)
    for view in mcp.values():
        assert view["evidence"]["items"], view["id"]
        assert view["level"] in ("less", "more")
    assert "merger" in {lv["id"] for lv in related_legal(kb, kb.model("multi-site-trust"))}
    view = brief_view(kb, "multi-site-trust", version="x")
    assert [v["level"] for v in view["levels"]] == ["more"]


def test_brief_reuses_the_model_layout_of_kb_show(cli):
    show = cli("kb", "show", "pacs").stdout
    brief = cli("brief", "pacs", "--format", "md", "-o", "-").stdout
    # the same blocks, from the same macros
    for block in show.split("\n## ")[1:]:
        title = block.splitlines()[0]
        if title in ("Objectives it serves", "Related models", "Variants (BMA GPC, 2015)", "Overview", "Examples",
                     "Benefits", "Barriers", "Governance", "Regulation", "Workforce considerations"):
            assert "## " + block.strip() in brief, title


def test_kb_show_keeps_its_sections_and_sources(cli):
    text = cli("kb", "show", "mcp").stdout
    for title in ("Barriers", "Governance", "Regulation", "Workforce considerations"):
        assert f"\n## {title}\n" in text
    assert "Source:" in text
    assert "\n\n\n" not in text and text.endswith(")*\n")


def test_brief_default_name_and_html(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("brief", "aco")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "aco-brief.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "<h2>Check-and-challenge questions</h2>" in html


def test_brief_needs_an_id_or_all(cli):
    assert cli("brief").exit_code == 2
    assert cli("brief", "mcp", "--all").exit_code == 2
    result = cli("brief", "mpc")
    assert result.exit_code == 1 and "did you mean mcp" in result.stderr
    result = cli("brief", "mcp", "--format", "pdf", "-o", "-")
    assert result.exit_code == 1 and "PDF is not written to the terminal" in result.stderr


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_brief_all_writes_ten_briefs_and_an_index(cli, kb, tmp_path, fmt):
    out = tmp_path / "packs"
    result = cli("brief", "--all", "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{m}.{fmt}" for m in MODELS] + [f"index.{fmt}"])
    index = (out / f"index.{fmt}").read_text(encoding="utf-8")
    for model in kb.models.values():
        link = f"]({model['id']}.{fmt})" if fmt == "md" else f'<a href="{model["id"]}.{fmt}">'
        assert link in index
        assert model["name"] in (out / f"{model['id']}.{fmt}").read_text(encoding="utf-8")
    assert "wrote 11 files" in result.stdout


def test_brief_all_default_folder_and_folder_errors(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("brief", "--all", "--format", "md").exit_code == 0
    assert (tmp_path / "briefs" / "index.md").is_file()
    (tmp_path / "afile").write_text("x")
    result = cli("brief", "--all", "-o", tmp_path / "afile")
    assert result.exit_code == 1 and "is a file" in result.stderr
    result = cli("brief", "--all", "-o", tmp_path / "no" / "such")
    assert result.exit_code == 1 and "does not exist" in result.stderr
    assert cli("brief", "--all", "-o", "-").exit_code == 2


def test_brief_output_is_deterministic(cli):
    first = cli("brief", "gp-federation", "--format", "html", "-o", "-").stdout
    assert first == cli("brief", "gp-federation", "--format", "html", "-o", "-").stdout


# ---------------------------------------------------------------- compare
def test_compare_is_a_side_by_side_table_by_section(cli, kb):
    result = cli("compare", "mcp", "pacs", "aco")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| |"))
    assert [c.strip() for c in header.strip("|").split("|")][1:] == [kb.model(m)["name"] for m in ("mcp", "pacs", "aco")]
    rows = [line for line in lines if line.startswith("| **")]
    titles = [re.match(r"\| \*\*(.+?)\*\*", r).group(1) for r in rows]
    for title in ("Family", "Overview", "Examples", "Benefits", "Barriers", "Governance", "Regulation",
                  "Workforce considerations", "Variants (BMA GPC, 2015)"):
        assert title in titles
    for row in rows:
        # every row has one cell per model (pipes inside cells are escaped)
        assert len(re.split(r"(?<!\\)\|", row.strip())[1:-1]) == 4, row
    assert "HLP Module 1, “Option 7: PACS – Benefits”" in result.stdout


def test_compare_errors_and_html(cli):
    assert cli("compare", "mcp").exit_code == 2
    result = cli("compare", "mcp", "pcas")
    assert result.exit_code == 1 and "did you mean pacs" in result.stderr
    result = cli("compare", "mcp", "mcp")
    assert result.exit_code == 1 and "given twice" in result.stderr
    html = cli("compare", "mcp", "pacs", "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and "<table>" in html and "<script" not in html
