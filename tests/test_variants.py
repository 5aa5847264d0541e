"""The variant of MCP or PACS that matches the answers, what of general practice to protect, linked vanguards."""
from __future__ import annotations

import pytest

from assess.engine.assessment import run
from assess.engine.variants import linked_vanguards, match, protect


@pytest.mark.parametrize("example, variant", [("mcp", "directed-mcp"), ("pacs", "ft-led-pacs")])
def test_examples_name_their_variant(repo, kb, example, variant):
    result = run([repo / "examples" / f"{example}.yaml"], kb).result
    assert result["variant"]["variant"] == variant and result["variant"]["why"]
    assert result["variant"]["features"] and all(f["source"] for f in result["variant"]["features"])


@pytest.mark.parametrize("answers, variant", [
    ({"lead": "gp-practices", "structural-change": "new-joint-entity", "governance": "member-elected-board"},
     "gp-network-mcp"),
    ({"structural-change": "none", "governance": "informal", "commissioning": "remain-as-now"}, "soft-mcp"),
])
def test_mcp_types(main_q, kb, answers, variant):
    assert match(main_q, kb, "mcp", [answers])["variant"] == variant


def test_a_gp_led_partnership_of_equals_is_the_multidisciplinary_pacs(main_q, kb):
    v = match(main_q, kb, "pacs", [{"lead": "partnership-of-equals", "gp-contracts": "keep-own"}])
    assert v["variant"] == "multidisciplinary-pacs"


def test_no_signal_or_a_tie_names_no_variant(main_q, kb):
    assert match(main_q, kb, "mcp", [{}])["variant"] is None
    tie = match(main_q, kb, "pacs", [{"lead": "hospital-trust-into-primary"}, {"lead": "partnership-of-equals"}])
    assert tie["variant"] is None and len(tie["tied"]) == 2


def test_models_without_variants_have_none(main_q, kb):
    assert match(main_q, kb, "aco", [{}]) is None and match(main_q, kb, None, [{}]) is None


@pytest.mark.parametrize("answers, raised", [
    ({"scope": ("general-practice", "acute"), "gp-contracts": "subsumed"}, True),
    ({"scope": ("general-practice",), "gp-contracts": "single-partnership"}, True),
    ({"scope": ("general-practice",), "lead": "hospital-trust-into-primary"}, True),
    ({"scope": ("general-practice",), "structural-change": "merger-acquisition"}, True),
    ({"scope": ("general-practice",), "gp-contracts": "keep-own"}, False),
    ({"scope": ("general-practice",), "gp-contracts": "dont-know"}, False),
    ({"scope": "dont-know", "gp-contracts": "subsumed"}, False),
    ({"scope": ("acute",), "structural-change": "merger-acquisition"}, False),
])
def test_the_five_features_of_general_practice_are_raised_when_practices_change(main_q, kb, answers, raised):
    assert len(protect(main_q, kb, [answers])) == (5 if raised else 0)
    assert len(protect(main_q, kb, [{}, answers])) == (5 if raised else 0)


def test_a_questionnaire_without_the_practice_change_role_raises_none(mini_q, kb):
    assert protect(mini_q, kb, [{"scope": ("general-practice",), "gp-contracts": "subsumed"}]) == []


def test_hlp_examples_and_vanguard_sites_of_the_same_place_are_linked(kb):
    pairs = {(x["example"], x["vanguard"]) for x in linked_vanguards(kb, "mcp")}
    assert pairs == {("Tower Hamlets Integrated Partnership", "Tower Hamlets Integrated Provider Partnership"),
                     ("Dudley Multi-specialty Community Provider", "NHS Dudley CCG")}
    assert {x["vanguard"] for x in linked_vanguards(kb, "pacs")} == {"Northumbria Healthcare NHS Trust",
                                                                     "Hampshire and Farnham CCG"}


def test_the_report_names_the_form_and_asks_what_to_protect(cli, repo, tmp_path):
    out = tmp_path / "r.md"
    assert cli("report", repo / "examples" / "pacs.yaml", "--format", "md", "-o", out).exit_code == 0
    text = out.read_text("utf-8")
    assert "- The form that fits: Foundation Trust based PACS model." in text.split("## Summary")[0]
    assert "## Which form of PACS" in text and "is also the vanguard site Northumbria Healthcare NHS Trust" in text
    assert "How will the new arrangement keep this feature of general practice: “A registered list system" in text


def test_an_unknown_variant_is_reported_with_its_line(cli, repo, tmp_path):
    text = (repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8")
    path = tmp_path / "care-model-fit.yaml"
    path.write_text(text.replace("{variant: soft-mcp,", "{variant: soft-mpc,", 1), "utf-8")
    result = cli("lint", path)
    assert result.exit_code == 1 and "unknown variant 'soft-mpc'" in result.output
    assert "care-model-fit.yaml:" in result.output
