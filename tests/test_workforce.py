"""Workforce implications of the recommendation, tailored to who the partners are, staff transfer and pensions."""
from __future__ import annotations

import pytest

from assess.engine.workforce import HEADLINES, workforce

MODEL = {"kind": "model", "id": "mcp"}
RANKING = [{"model": "mcp", "excluded": False}]


def test_partners_inside_and_outside_the_nhs_with_transfer_and_pension_make_the_pack_live(main_q, kb):
    known = {"partners": ("foundation-trust", "local-authority"), "staff-transfer": "will-transfer",
             "nhs-pension": "needed"}
    w = workforce(main_q, kb, MODEL, RANKING, [known])
    assert w["model"] == "mcp" and w["recommended"]
    assert w["summary"] == [HEADLINES["transfer"], HEADLINES["harmonisation"], HEADLINES["pensions"]]
    first = w["implications"][0]
    assert "TUPE" in first["text"] and first["why"] == ["staff would transfer to another employer",
                                                        "the partners come from inside and outside the NHS",
                                                        "the new body would need NHS Pension access"]
    assert first["source"]["where"] == "Option 6: MCP – Workforce Considerations"
    pension = next(i for i in w["implications"] if "employing authority" in i["text"])
    assert pension["why"] == ["the new body would need NHS Pension access"]
    assert w["legal"] and "highly restricted" in w["legal"][0]["text"]
    assert w["legal"][0]["why"] == "partners include a foundation trust"


def test_only_nhs_partners_and_no_transfer(main_q, kb):
    known = {"partners": ("foundation-trust", "nhs-trust"), "staff-transfer": "no-transfer", "nhs-pension": "not-needed"}
    w = workforce(main_q, kb, MODEL, RANKING, [known])
    assert HEADLINES["nhs_only"] in w["summary"] and HEADLINES["transfer"] not in w["summary"]
    assert not any(i["why"] for i in w["implications"])
    assert w["legal"][0]["why"] == "partners include a foundation trust and an NHS trust"


def test_unanswered_workforce_questions_say_so_first(main_q, kb):
    w = workforce(main_q, kb, MODEL, RANKING, [{"partners": "dont-know"}])
    assert w["summary"][0] == HEADLINES["unknown"] and w["legal"] == []


def test_respondents_answers_are_combined(main_q, kb):
    w = workforce(main_q, kb, MODEL, RANKING, [{"partners": ("nhs-trust",)}, {"partners": ("voluntary-independent",),
                                                                      "staff-transfer": "will-transfer"}])
    assert HEADLINES["harmonisation"] in w["summary"] and HEADLINES["transfer"] in w["summary"]


@pytest.mark.parametrize("kind", ["alternative", "none"])
def test_without_a_recommended_model_it_speaks_of_the_best_one_not_ruled_out(main_q, kb, kind):
    ranking = [{"model": "pacs", "excluded": True}, {"model": "aco", "excluded": False}]
    w = workforce(main_q, kb, {"kind": kind, "id": "buddying" if kind == "alternative" else None}, ranking, [{}])
    assert w["model"] == "aco" and not w["recommended"]


def test_a_questionnaire_without_the_workforce_roles_lists_the_considerations_untailored(mini_q, kb):
    w = workforce(mini_q, kb, MODEL, RANKING, [{"partners": ("foundation-trust", "local-authority")}])
    assert w["summary"] == [HEADLINES["roles"]] and w["legal"] == [] and not any(i["why"] for i in w["implications"])
    assert w["implications"]


def test_the_report_has_the_workforce_section(cli, repo, tmp_path):
    out = tmp_path / "r.md"
    result = cli("report", repo / "examples" / "aco.yaml", "--format", "md", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    box = text.split("## Summary")[0]
    assert "**Workforce**" in box and HEADLINES["transfer"] in box
    section = text.split("## Workforce implications of ")[1].split("\n## ")[0]
    assert "**Made live by the answers**" in section and "because staff would transfer" in section
    assert "**What NHS partners can and cannot do**" in section
