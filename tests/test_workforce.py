"""Workforce implications at the support pack's strength: each model's own wording, live only under its condition."""
from __future__ import annotations

import re

import pytest

from assess.engine.assessment import run
from assess.engine.workforce import HEADLINES, considerations, workforce
from tests.test_kb import normalise

MODEL = {"kind": "model", "id": "mcp"}
RANKING = [{"model": "mcp", "excluded": False}]
MIXED = ("foundation-trust", "local-authority")


def _for(q, kb, model_id, **known):
    answers = {k.replace("_", "-"): v for k, v in known.items()}
    return workforce(q, kb, {"kind": "model", "id": model_id}, [{"model": model_id, "excluded": False}], [answers])


def test_a_transfer_with_partners_inside_and_outside_the_nhs_makes_the_note_live(main_q, kb):
    known = {"partners": MIXED, "staff-transfer": "will-transfer", "nhs-pension": "needed"}
    w = workforce(main_q, kb, MODEL, RANKING, [known])
    assert w["model"] == "mcp" and w["recommended"]
    assert w["summary"] == [HEADLINES["potential"], HEADLINES["harmonisation"], HEADLINES["pensions"]]
    first = w["implications"][0]
    assert first["text"].startswith("Potential application of TUPE")
    assert first["why"] == ["staff would transfer to another employer",
                            "the partners come from inside and outside the NHS"]
    assert first["source"]["where"] == "Option 6: MCP – Workforce Considerations"
    pension = next(i for i in w["implications"] if "employing authority" in i["text"])
    assert pension["why"] == ["the new body would need NHS Pension access"]


@pytest.mark.parametrize("known", [{"partners": MIXED, "staff_transfer": "no-transfer"},
                                   {"partners": MIXED},
                                   {"partners": ("foundation-trust",), "staff_transfer": "will-transfer"},
                                   {"partners": ("local-authority", "voluntary-independent"),
                                    "staff_transfer": "will-transfer"}])
def test_harmonisation_needs_both_a_transfer_and_a_mixed_partnership(main_q, kb, known):
    w = _for(main_q, kb, "aco", **known)
    assert HEADLINES["harmonisation"] not in w["summary"]
    assert not any("the partners come from inside and outside the NHS" in i["why"] for i in w["implications"])


def test_a_uec_network_of_nhs_bodies_without_a_transfer_says_tupe_is_unlikely(main_q, kb):
    w = _for(main_q, kb, "uec-network", partners=("foundation-trust", "nhs-trust"), staff_transfer="no-transfer")
    assert w["summary"][0] == HEADLINES["unlikely"]
    live = [i["text"] for i in w["implications"] if i["why"]]
    assert len(live) == 1 and "TUPE is unlikely to apply" in live[0]
    assert not any("TUPE could apply" in t for t in live)
    assert HEADLINES["nhs_only"] not in w["summary"]            # the pack's note is on a transfer


def test_where_services_or_staff_integrate_in_a_chain_tupe_could_apply(main_q, kb):
    w = _for(main_q, kb, "hospital-chain", partners=("foundation-trust", "nhs-trust"), staff_transfer="will-transfer")
    assert w["summary"][:2] == [HEADLINES["could"], HEADLINES["nhs_only"]]
    live = [i for i in w["implications"] if i["why"]]
    assert len(live) == 1 and live[0]["text"].startswith("Where the chain involves the close collaboration")


def test_a_model_whose_notes_do_not_mention_tupe_says_so_and_points_to_legal_advice(main_q, kb):
    w = _for(main_q, kb, "care-homes", partners=("local-authority",), staff_transfer="will-transfer")
    assert w["summary"] == [HEADLINES["silent"]]


@pytest.mark.parametrize("model_id, has_terms", [("aco", True), ("mcp", True), ("pacs", True),
                                                 ("hospital-chain", True), ("uec-network", True),
                                                 ("care-homes", False), ("specialty-franchise", False),
                                                 ("multi-site-trust", False), ("gp-federation", False),
                                                 ("super-practice", False)])
def test_the_terms_and_unions_line_only_where_the_models_notes_say_so(main_q, kb, model_id, has_terms):
    w = _for(main_q, kb, model_id, partners=("nhs-trust",), staff_transfer="no-transfer", nhs_pension="not-needed")
    assert (HEADLINES["terms"] in w["summary"]) is has_terms


def test_the_nhs_bodies_legal_limits_are_shown_only_for_a_chain_the_pack_states_them_for(main_q, kb):
    chain = _for(main_q, kb, "hospital-chain", partners=("foundation-trust", "nhs-trust"))
    assert chain["legal"] and "highly restricted" in chain["legal"][0]["text"]
    assert chain["legal"][0]["why"] == "partners include a foundation trust and an NHS trust"
    assert chain["legal"][0]["source"]["where"] == "Option 2: Hospital chain – Barriers"
    for model_id in ("multi-site-trust", "aco", "mcp", "pacs", "specialty-franchise"):
        assert _for(main_q, kb, model_id, partners=("foundation-trust", "nhs-trust"))["legal"] == []


def test_the_workforce_items_the_kb_holds_elsewhere_are_added(main_q, kb):
    for model_id in ("mcp", "pacs"):
        texts = [i["text"] for i in considerations(kb, model_id)]
        assert any("could preclude/limit their involvement" in t for t in texts)
    assert any("Seven day working implications against existing terms and conditions" == i["text"]
               for i in considerations(kb, "super-practice"))
    employed = _for(main_q, kb, "pacs", gp_contracts="subsumed")
    live = [i for i in employed["implications"] if i["why"]]
    assert live and live[0]["text"].startswith("It is not yet known if, where GPs are employed by PACS")
    assert live[0]["source"]["doc"] == "bma-gp-integration" and HEADLINES["gp_employment"] in employed["summary"]
    kept = _for(main_q, kb, "pacs", gp_contracts="keep-own")
    assert HEADLINES["gp_employment"] not in kept["summary"] and not any(i["why"] for i in kept["implications"])


def test_unanswered_workforce_questions_say_so_first(main_q, kb):
    w = workforce(main_q, kb, MODEL, RANKING, [{"partners": "dont-know"}])
    assert w["summary"][0] == HEADLINES["unknown"] and w["legal"] == []


def test_respondents_answers_are_combined(main_q, kb):
    w = workforce(main_q, kb, MODEL, RANKING, [{"partners": ("nhs-trust",)}, {"partners": ("voluntary-independent",),
                                                                      "staff-transfer": "will-transfer"}])
    assert HEADLINES["harmonisation"] in w["summary"] and HEADLINES["potential"] in w["summary"]


@pytest.mark.parametrize("kind", ["alternative", "none"])
def test_without_a_recommended_model_it_speaks_of_the_best_one_not_ruled_out(main_q, kb, kind):
    ranking = [{"model": "pacs", "excluded": True}, {"model": "aco", "excluded": False}]
    w = workforce(main_q, kb, {"kind": kind, "id": "buddying" if kind == "alternative" else None}, ranking, [{}])
    assert w["model"] == "aco" and not w["recommended"]


# each example's summary, in the pack's wording for its model (quoted from the model's workforce slide)
EXAMPLES = {
    "multi-site-trust": ["applies", "nhs_only_contract"],
    "hospital-chain": ["unlikely", "terms"],
    "specialty-franchise": [],
    "uec-network": ["unlikely", "terms"],
    "aco": ["potential", "harmonisation", "pensions"],
    "mcp": ["terms"],
    "pacs": ["potential", "pensions", "gp_employment"],
    "care-homes": [],
    "gp-federation": [],
    "super-practice": ["applies"],
}
def _workforce_slide(pack: str, option: int) -> str:
    """The text of one option's "Workforce Considerations" slide in the pack (its last slide)."""
    last = pack[pack.rindex(f"\nOption {option}:"):]
    slide = last[last.index("Workforce Considerations"):]
    end = re.search(r"\n(Option \d+:|Legal models for delivering)", slide)
    return slide[:end.start()] if end else slide


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_each_examples_workforce_lines_are_the_packs_wording_for_its_model(repo, kb, seed_files, example):
    result = run([repo / "examples" / f"{example}.yaml"], kb).result
    w = result["workforce"]
    assert w["model"] == example
    assert w["summary"] == [HEADLINES[t] for t in EXAMPLES[example]]
    slide = normalise(_workforce_slide(seed_files["hlp-module-1"].read_text("utf-8"), kb.models[example]["option"])).lower()
    bma = normalise(seed_files["bma-gp-integration"].read_text("utf-8")).lower()
    for line in w["summary"]:
        for quote in re.findall(r"“(.+?)”", line):
            where = bma if line == HEADLINES["gp_employment"] else slide
            assert normalise(quote).lower() in where, f"{example}: “{quote}” is not on its slide"


def test_headlines_quote_the_sources(seed_files):
    text = " ".join(normalise(p.read_text("utf-8")).lower() for p in seed_files.values())
    for key, line in HEADLINES.items():
        for quote in re.findall(r"“(.+?)”", line):
            assert normalise(quote).lower() in text, (key, quote)


OVERSTATED = re.compile(r"(?<!whether )TUPE (?:is likely|would then apply|applies|will apply)|will need harmonis|"
                        r"need(?:s)? harmonising", re.IGNORECASE)


def test_nothing_overstates_tupe_or_harmonisation(repo):
    files = [p for folder in ("assess", "site", "templates", "questionnaires", "kb", "docs", "examples")
             for p in (repo / folder).rglob("*") if p.is_file() and p.suffix in (".py", ".js", ".j2", ".yaml", ".md")]
    files.append(repo / "README.md")
    hits = [f"{p.relative_to(repo)}: {m.group(0)}" for p in files for m in OVERSTATED.finditer(p.read_text("utf-8"))]
    assert not hits, hits


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_no_paper_overstates_tupe_or_harmonisation(cli, repo, tmp_path, example):
    out = tmp_path / "r.md"
    assert cli("report", repo / "examples" / f"{example}.yaml", "--format", "md", "-o", out).exit_code == 0
    assert not OVERSTATED.search(out.read_text("utf-8"))


def test_a_questionnaire_without_the_workforce_roles_lists_the_considerations_untailored(mini_q, kb):
    w = workforce(mini_q, kb, MODEL, RANKING, [{"partners": ("foundation-trust", "local-authority"),
                                                 "staff-transfer": "will-transfer"}])
    assert w["summary"] == [HEADLINES["terms"]] and w["legal"] == [] and not any(i["why"] for i in w["implications"])
    assert w["implications"]


def test_the_report_has_the_workforce_section(cli, repo, tmp_path):
    out = tmp_path / "r.md"
    result = cli("report", repo / "examples" / "hospital-chain.yaml", "--format", "md", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    box = text.split("## Summary")[0]
    assert "**Workforce**" in box and HEADLINES["unlikely"] in box
    section = text.split("## Workforce implications of ")[1].split("\n## ")[0]
    assert "**Made live by the answers**" in section and "because no staff would change employer" in section
    assert "**Foundation trusts and NHS trusts in a chain**" in section
    other = section.split("**Also to consider**")[1]
    assert "*(HLP Module 1, “Option 2: Hospital chain – Workforce Considerations”)*" in other
