"""The variant of MCP or PACS that matches the answers, what of general practice to protect, linked vanguards."""
from __future__ import annotations

import re

import pytest

from assess.engine.assessment import run
from assess.engine.variants import FEATURE_PARTS, linked_vanguards, match, protect
from assess.reports.sentences import SENTENCES
from tests.test_kb import normalise
from tests.test_quotes import QUOTE


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


def test_a_gp_led_partnership_of_equals_is_the_multidisciplinary_pacs_with_its_mature_features(main_q, kb):
    v = match(main_q, kb, "pacs", [{"lead": "partnership-of-equals", "gp-contracts": "keep-own"}])
    assert v["variant"] == "multidisciplinary-pacs"
    assert v["features_part"] == "mature_features" and v["features"]
    assert v["features"][0]["text"].startswith("The CCG/commissioner contracts separately with each individual GP")


@pytest.mark.parametrize("extra", [{}, {"partners": ("gp-partnerships",)}, {"risk-holder": "shared-alliance"}])
def test_an_mcp_formed_by_a_community_provider_and_local_gps_is_not_directed(main_q, kb, extra):
    known = {"lead": "community-provider", "gp-contracts": "keep-own", **extra}
    assert match(main_q, kb, "mcp", [known])["variant"] != "directed-mcp"
    formal = match(main_q, kb, "mcp", [{**known, "structural-change": "new-joint-entity"}])
    assert formal["variant"] == "gp-network-mcp"


# answers -> the types the BMA paper gives that feature to (each must get a signal from it)
FEATURE_TYPES = [
    ({"gp-contracts": "keep-own"}, {"soft-mcp", "directed-mcp", "gp-network-mcp", "multidisciplinary-pacs",
                                    "ft-led-pacs"}),
    ({"risk-holder": "shared-alliance"}, {"directed-mcp", "gp-network-mcp", "ft-led-pacs"}),
    ({"risk-holder": "entity-and-members"}, {"gp-network-mcp", "multidisciplinary-pacs", "soft-mcp"}),
    ({"lead": "community-provider"}, {"gp-network-mcp", "soft-mcp", "ft-led-pacs"}),
]


@pytest.mark.parametrize("known, types", FEATURE_TYPES)
def test_every_type_with_the_feature_gets_its_signal(main_q, known, types):
    assert {s.variant for s in main_q.variant_signals if s.check(known) is True} == types


def test_each_signal_quotes_a_feature_of_its_own_type(main_q, kb):
    """A signal is a derived weight: its reason quotes the passage of the BMA paper it rests on, a passage the
    knowledge base gives to that very type."""
    for s in main_q.variant_signals:
        variant = next(v for v in kb.gp_integration["variants"] if v["id"] == s.variant)
        own = normalise(" ".join(i["text"] for part in ("description", *FEATURE_PARTS, "examples")
                                 for i in variant.get(part) or ())).lower().replace("'", "").replace('"', "")
        quotes = QUOTE.findall(s.reason)
        assert quotes and s.source["doc"] == "bma-gp-integration", s.reason
        for quote in quotes:
            for part in re.split(r"\.\.\.|…", quote):
                flat = normalise(part).lower().replace("'", "").replace('"', "")
                assert flat.rstrip(".") in own, (s.variant, part)


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


def test_hlp_examples_and_vanguard_sites_that_share_a_name_are_listed_across_types(kb):
    pairs = {(x["example"], x["vanguard"], tuple(x["shared"])) for x in linked_vanguards(kb, "mcp")}
    assert pairs == {("Tower Hamlets Integrated Partnership", "Tower Hamlets Integrated Provider Partnership",
                      ("Tower Hamlets",)),
                     ("Dudley Multi-specialty Community Provider", "NHS Dudley CCG", ("Dudley",))}
    assert {(x["vanguard"], x["type_model"]) for x in linked_vanguards(kb, "pacs")} == {
        ("Northumbria Healthcare NHS Trust", "pacs"), ("Hampshire and Farnham CCG", "pacs"),
        ("Southern Hampshire", "mcp")}
    salford = linked_vanguards(kb, "aco")          # an HLP ACO example, a BMA PACS vanguard
    assert [(x["example"], x["type_model"], x["announced"]) for x in salford] == [
        ("Salford Together", "pacs", "March 2015")]


def test_the_vanguards_date_is_the_papers(kb, seed_files):
    text = normalise(seed_files["bma-gp-integration"].read_text("utf-8"))
    for vtype in kb.gp_integration["vanguard_types"]:
        assert f"Vanguard sites announced by NHS England in {vtype['announced']}" in text


def test_the_bma_caveat_is_quoted(seed_files):
    text = normalise(seed_files["bma-gp-integration"].read_text("utf-8")).lower()
    quotes = re.findall(r"“(.+?)”", SENTENCES["form that fits"])
    assert quotes == ["very simplified", "not intended to be exhaustive"]
    assert all(q in text for q in quotes)


def test_the_report_names_the_form_and_asks_what_to_protect(cli, repo, tmp_path):
    out = tmp_path / "r.md"
    assert cli("report", repo / "examples" / "pacs.yaml", "--format", "md", "-o", out).exit_code == 0
    text = out.read_text("utf-8")
    box = text.split("## Summary")[0]
    assert "- The form that fits: Foundation Trust based PACS model (one of the BMA paper's “very simplified” " \
           "models, which are “not intended to be exhaustive”)." in box
    assert "## Which form of PACS" in text and "*Features in the early stages of development:*" in text
    assert "Northumbria Primary Care (NPC) Project (an example in the HLP pack) shares the name “Northumbria” with " \
           "Northumbria Healthcare NHS Trust, a vanguard site of March 2015" in text
    assert "shares the names “Hampshire” and “Farnham” with Hampshire and Farnham CCG" in text
    assert "is also the vanguard site" not in text
    assert "How will the new arrangement keep this feature of general practice: “A registered list system" in text


def test_an_unknown_variant_is_reported_with_its_line(cli, repo, tmp_path):
    text = (repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8")
    path = tmp_path / "care-model-fit.yaml"
    path.write_text(text.replace("{variant: soft-mcp,", "{variant: soft-mpc,", 1), "utf-8")
    result = cli("lint", path)
    assert result.exit_code == 1 and "unknown variant 'soft-mpc'" in result.output
    assert "care-model-fit.yaml:" in result.output
