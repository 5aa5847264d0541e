"""The board paper is built around what it recommends: a care model, a collaborative alternative, or nothing yet."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MODEL_NAMES = ("Multi-Site Trust", "Hospital Chain", "Multi-Site Specialty Franchise",
               "Urgent and Emergency Care Networks", "Accountable Care Organisation", "Multi-specialty Community",
               "Primary and Acute Systems", "Enhanced Health in Care Homes", "GP Federations", "Super-Practices")


@lru_cache(maxsize=None)
def _paper(name: str, fmt: str = "md") -> str:
    from click.testing import CliRunner

    from assess.cli import main

    result = CliRunner().invoke(main, ["report", str(EXAMPLES / f"{name}.yaml"), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _page_one(text: str) -> str:
    return text.split("\n## ")[0]


def _why(text: str) -> list[str]:
    block = _page_one(text).split("**Why**")[1].split("**What would change it**")[0]
    return [line[2:] for line in block.splitlines() if line.startswith("- ")]


def test_a_paper_recommending_an_alternative_names_no_care_model_before_the_later_integration_section():
    text = _paper("buddying")
    body, later = text.split("## If the organisations later want to integrate")
    before = body
    for name in MODEL_NAMES:
        assert name not in before, name
    assert "Why the top" not in text and "fits the local context as answered best of the options" in text
    later = later.split("# Appendix")[0]
    assert "none is recommended now" in later
    assert not re.search(r"(" + "|".join(MODEL_NAMES) + r")[^.\n]{0,60} fits[^.\n]{0,40}best", text)


def test_a_paper_recommending_an_alternative_explains_it_from_the_knowledge_base(kb):
    text = _paper("buddying")
    alt = kb.alternative("buddying")
    assert "## Why Buddying fits" in text and "## What Buddying is and what it asks of the partners" in text
    assert alt["description"][1]["text"] in text
    assert "## Its limits and barriers" in text
    for con in kb.legal_models["formality"]["less"]["cons"]:
        assert con["text"] in text.split("## Its limits and barriers")[1].split("\n## ")[0]


def test_a_paper_recommending_an_alternative_with_no_structural_change_suggests_no_legal_form():
    text = _paper("buddying")
    assert "Suggested:" not in text and "| Legal model |" not in text
    assert "No legal form is needed: the answers plan no contractual or structural change" in text
    assert "None: organisations stay as they are and work together" in text.split("No legal form is needed")[1]
    assert "Suggested:" in _paper("mcp")          # a model paper whose answers plan a contract still suggests one


def test_page_one_reasons_quote_answers_with_their_source_not_arithmetic():
    answers = yaml.safe_load((EXAMPLES / "buddying.yaml").read_text(encoding="utf-8"))["answers"]
    for name in ("buddying", "mcp"):
        why = _why(_paper(name))
        assert len(why) >= 3
        for line in why:
            if line.startswith("The form that fits"):
                continue
            assert re.search(r", for “[^”]+\?”: ", line), line            # the answer, then the question it answers
            assert "points" not in line and "out of 100" not in line, line
            assert line.endswith(")*") and "HLP Module 1" in line, line   # the weight's source
    assert answers["trigger"] == "quality-failure"
    assert any("Serious failures in the quality of care" in line for line in _why(_paper("buddying")))


def test_questions_first_in_an_alternative_paper_are_about_it_and_numbered_from_one():
    text = _paper("buddying")
    first = [int(n) for n in re.findall(r"^(\d+)\. ", _page_one(text), flags=re.M)]
    assert first == list(range(1, len(first) + 1)) and first
    assert "Hospital chain" not in _page_one(text) and "chain" not in _page_one(text).split("**Questions")[1]
    section = text.split("## Check and challenge")[1].split("# Appendix")[0]
    assert [int(n) for n in re.findall(r"^(\d+)\. ", section, flags=re.M)] == list(range(1, len(first) + 1))
    assert "questions about the care models, for the case the organisations later want to integrate" in text


def test_a_paper_recommending_nothing_yet_says_which_answers_decide_it():
    text = _paper("not-yet-clear")
    section = text.split("**What to find out first, and which answers decide it**")[1].split("\n## ")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines and all(" would recommend " in line or "would leave nothing" in line for line in lines)
    assert any("(now “don't know”)" in line for line in lines)
    assert "What would put another care model first" not in text      # the deciding answers say it for this paper


def test_nothing_runs_into_the_bullet_before_it():
    for name in ("mcp", "buddying", "not-yet-clear"):
        html = _paper(name, "html")
        for item in re.findall(r"<li>(.*?)</li>", html, flags=re.S):
            assert "Counting against it" not in item and "Every reason with its source" not in item, item[:200]


def test_the_cli_shows_the_care_models_of_an_alternative_only_for_later_and_suggests_no_legal_form(cli):
    text = cli("score", EXAMPLES / "buddying.yaml").stdout
    assert "Recommended: Buddying, a collaborative alternative" in text and "If the organisations later want to integrate" in text
    assert "Suggested legal form" not in text and "No legal form is needed" in text
    assert "What would put another care model first" not in text
    model = cli("score", EXAMPLES / "mcp.yaml").stdout
    assert "Suggested legal form" in model and "What would put another care model first" in model
