"""Scoring arithmetic: hand-checked on a small questionnaire, brute-forced on the real one."""
import random
from pathlib import Path

import pytest

from assess.engine.answers import applicable_values
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.records import change_words
from assess.engine.sampling import random_answers
from assess.engine.scoring import (
    aggregate,
    alternatives_for,
    rank_many,
    score,
    score_many,
)
from assess.resources import questionnaires_dir

MINI = Path(__file__).parent / "fixtures" / "mini-questionnaire.yaml"


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


@pytest.fixture(scope="module")
def main_q(kb):
    return load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", kb)


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


def test_score_lies_within_low_and_high(main_q):
    rng = random.Random(7)
    for result in score_many(main_q, [random_answers(main_q, rng) for _ in range(200)]):
        for r in result["ranking"] + result["alternatives"] + result["legal_forms"]:
            assert 0 <= r["low"] <= r["score"] + 1e-9 and r["score"] <= r["high"] + 1e-9 <= 100 + 1e-9


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
    first = dict(reasons[0])
    assert {k: first[k] for k in ("question", "answer", "answer_label", "points", "reason")} == {
        "question": "scope", "answer": "acute", "answer_label": "Acute hospital", "points": 2,
        "reason": "PACS join up GP and hospital services"}
    assert {r["answer"] for r in reasons} == {"general-practice", "acute", "trust"}


def test_batch_and_single_scoring_agree(main_q):
    rng = random.Random(11)
    sets = [random_answers(main_q, rng) for _ in range(40)]
    assert score_many(main_q, sets) == [score(main_q, v) for v in sets]


@pytest.mark.parametrize("name", ["care-model-fit", "provider-network-governance", "mini"])
@pytest.mark.parametrize("dont_know", [0.0, 0.3])
def test_plain_python_and_numpy_paths_give_the_same_results(kb, name, dont_know):
    """A handful of answer sets is scored without numpy (engine/scalar.py): same bits as the arrays."""
    from assess.engine import scalar

    path = MINI if name == "mini" else questionnaires_dir() / f"{name}.yaml"
    q = load_questionnaire(path, kb)
    rng = random.Random(5)
    sets = [random_answers(q, rng, dont_know=dont_know) for _ in range(120)]
    assert len(sets) > scalar.SMALL
    batch = score_many(q, sets)
    assert batch == [score_many(q, [v])[0] for v in sets]
    ev, _ = rank_many(q, sets)
    for row, values in enumerate(sets):
        one = scalar.evaluate(q, values)
        assert one.row() == (ev.fit[row].tolist(), ev.low[row].tolist(), ev.high[row].tolist(),
                             ev.rule[row].tolist(), ev.maybe[row].tolist(), ev.app[row].tolist())
        assert one.top == int(ev.top[row])


def _brute_force_flips(q, values):
    """Rescore every single-answer change from scratch; keep those that put another model first
    (not those under which every model is excluded: they name no leader)."""
    top = score(q, values)["ranking"][0]["model"]
    found = set()
    for qid, value in applicable_values(q, values).items():
        question = q.by_id[qid]
        if question.type == "text":
            continue
        for kind, option, new in alternatives_for(question, value):
            label = change_words(kind, option.label)
            changed = applicable_values(q, {**values, qid: new})
            changed = {k: v for k, v in {**values, qid: new}.items() if k in changed}
            ev = rank_many(q, [changed])[0]
            if ev.top[0] != q.ranking.index(top) and not ev.excluded[0, ev.top[0]]:
                found.add((qid, label))
    return found


@pytest.mark.parametrize("seed", range(25))
def test_sensitivity_equals_brute_force(main_q, seed):
    values = random_answers(main_q, random.Random(seed))
    result = score(main_q, values)
    assert {(s["question"], s["change_to"]) for s in result["sensitivity"]} == _brute_force_flips(main_q, values)
    for s in result["sensitivity"]:
        assert s["new_top"] != result["ranking"][0]["model"]
        changed = {**values, s["question"]: next(new for kind, option, new in alternatives_for(
            main_q.by_id[s["question"]], values.get(s["question"], "dont-know"))
            if change_words(kind, option.label) == s["change_to"])}
        after = score(main_q, changed)["ranking"]
        assert not next(r for r in after if r["model"] == s["new_top"])["excluded"], "a named leader is excluded"


def test_several_respondents_average_and_disagree(mini):
    a = {"scope": ("general-practice",), "lead": "gps"}
    b = {"scope": ("general-practice",), "lead": "trust"}
    result = aggregate(mini, [a, b], ["A", "B"])
    single = [by_id(score(mini, v)) for v in (a, b)]
    for r in result["ranking"]:
        assert r["score"] == pytest.approx((single[0][r["model"]]["score"] + single[1][r["model"]]["score"]) / 2)
    assert [d["question"] for d in result["disagreements"]] == ["lead"]
    assert {x["respondent"] for x in result["disagreements"][0]["answers"]} == {"A", "B"}
    for s in result["sensitivity"]:
        assert s["respondent"] in {"A", "B"} and s["new_top"] != result["ranking"][0]["model"]


def test_alternatives_are_ranked_separately(mini):
    result = score(mini, {"scope": ("acute",), "lead": "trust"})
    assert [a["id"] for a in result["alternatives"]] == ["buddying", "clinical-network"]
    result = score(mini, {"scope": ("general-practice",), "lead": "gps"})
    assert result["alternatives"][0]["id"] == "clinical-network"


@pytest.mark.parametrize("name", ["care-model-fit", "provider-network-governance"])
def test_vectorised_conditions_agree_with_the_scalar_ones(kb, name):
    """Applicability and rule verdicts: scoring's arrays against conditions.py's closures."""
    from assess.engine.arrays import engine

    q = load_questionnaire(questionnaires_dir() / f"{name}.yaml", kb)
    rng = random.Random(3)
    sets = [random_answers(q, rng, dont_know=0.3) for _ in range(300)]
    eng = engine(q)
    ev = eng.evaluate(eng.encode(sets))
    for row, values in enumerate(sets):
        known = applicable_values(q, values)
        assert [question.id in known for question in q.questions] == ev.app[row].tolist()
        for k, rule in enumerate(q.rules):
            verdict = rule.check(known)
            first_false = next((i for i, r in enumerate(q.rules) if r.target == rule.target and r.check(known) is False), -1)
            assert ev.rule[row, q.index[rule.target]] == first_false
            if verdict is False:
                assert ev.excluded[row, q.index[rule.target]]
