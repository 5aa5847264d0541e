"""Scoring arithmetic on a hand-checkable questionnaire (tests/fixtures/mini-questionnaire.yaml)."""
from pathlib import Path

import pytest

from assess.questionnaire import load as load_questionnaire
from assess.scoring import aggregate, fits, score, sensitivity, state

MINI = Path(__file__).parent / "fixtures" / "mini-questionnaire.yaml"


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


def by_id(result, key="model"):
    return {r[key]: r for r in result["ranking"]}


def test_fit_is_normalised_by_what_was_achievable(mini):
    result = score(mini, {"scope": ("general-practice",), "lead": "gps", "gp-contracts": "yes", "population": 50000})
    fits_ = by_id(result)
    # mcp: 3 + 2 + 1 + 1 = 7 of a range -1..7 -> 100; pacs: 1 of 0..6; aco: 0 of 0..6
    assert fits_["mcp"]["score"] == pytest.approx(100.0)
    assert fits_["pacs"]["score"] == pytest.approx(100 / 6)
    assert fits_["aco"]["score"] == pytest.approx(0.0)
    assert [r["model"] for r in result["ranking"]] == ["mcp", "pacs", "aco"]
    assert all(r["low"] == r["score"] == r["high"] for r in result["ranking"])


def test_dont_know_widens_the_range_instead_of_scoring_zero(mini):
    result = score(mini, {"scope": "dont-know", "lead": "trust"})
    pacs = by_id(result)["pacs"]
    # answered: lead 2 of 0..2; unknown: scope 0..3 and population 0..1
    assert pacs["score"] == pytest.approx(100.0)
    assert pacs["low"] == pytest.approx(100 * 2 / 6)
    assert pacs["high"] == pytest.approx(100.0)
    assert result["dont_know"] == ["scope", "population"]


def test_score_lies_within_low_and_high(mini):
    for values in ({}, {"lead": "gps"}, {"scope": ("acute",), "population": "dont-know"},
                   {"scope": ("general-practice", "acute"), "gp-contracts": "dont-know", "population": 10**6}):
        for r in score(mini, values)["ranking"]:
            assert r["low"] - 1e-9 <= r["score"] <= r["high"] + 1e-9


def test_rule_excludes_with_reason_and_unknown_only_warns(mini):
    result = score(mini, {"scope": ("acute",), "lead": "gps"})
    mcp = by_id(result)["mcp"]
    assert mcp["excluded"] and "general practice" in mcp["exclusion"]["reason"]
    assert result["ranking"][-1]["model"] == "mcp"
    unknown = by_id(score(mini, {"scope": "dont-know"}))["mcp"]
    assert not unknown["excluded"] and unknown["may_be_excluded"]


def test_reasons_name_question_answer_points_and_reason(mini):
    result = score(mini, {"scope": ("general-practice", "acute"), "lead": "trust"})
    reasons = by_id(result)["pacs"]["reasons"]
    assert reasons[0] == {"question": "scope", "question_text": "Which services are in scope?", "answer": "acute",
                          "answer_label": "Acute hospital", "points": 2,
                          "reason": "PACS join up GP and hospital services", "source": None}
    assert {r["answer"] for r in reasons} == {"general-practice", "acute", "trust"}


def test_sensitivity_finds_the_answers_that_change_the_top(mini):
    values = {"scope": ("general-practice",), "lead": "trust", "gp-contracts": "no", "population": 500000}
    s = state(mini, values)
    top = max(mini.ranking, key=lambda t: fits(s)[0][mini.targets.index(t)])
    changes = sensitivity(mini, values)
    assert changes, "some single change must move the top"
    for change in changes:
        assert change["new_top"] != top
        assert change["margin"] >= 0
    # brute force: every reported change really changes the top, and none is missed
    from assess.scoring import alternatives_for, top_model
    expected = set()
    for qid, value in s.known.items():
        question = mini.by_id[qid]
        if question.type == "text":
            continue
        for label, new in alternatives_for(question, value):
            changed = dict(values, **{qid: new})
            s2 = state(mini, changed)
            if top_model(mini, fits(s2)[0], s2.excluded) != top:
                expected.add((qid, label))
    assert {(c["question"], c["change_to"]) for c in changes} == expected


def test_several_respondents_average_and_disagree(mini):
    a = {"scope": ("general-practice",), "lead": "gps"}
    b = {"scope": ("general-practice",), "lead": "trust"}
    result = aggregate(mini, [a, b], ["A", "B"])
    single = [by_id(score(mini, v)) for v in (a, b)]
    for r in result["ranking"]:
        assert r["score"] == pytest.approx((single[0][r["model"]]["score"] + single[1][r["model"]]["score"]) / 2)
    assert [d["question"] for d in result["disagreements"]] == ["lead"]
    assert {x["respondent"] for x in result["disagreements"][0]["answers"]} == {"A", "B"}


def test_alternatives_are_ranked_separately(mini):
    result = score(mini, {"scope": ("acute",), "lead": "trust"})
    assert [a["id"] for a in result["alternatives"]] == ["buddying", "clinical-network"]
    result = score(mini, {"scope": ("general-practice",), "lead": "gps"})
    assert result["alternatives"][0]["id"] == "clinical-network"
