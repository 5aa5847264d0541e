"""The provider-network governance questionnaire (issue 7): lint, example, challenges, rankings.

Targets: voting structures (veto, majority, qualified-majority) ranked; vote weightings (even,
investment, risk-share) as alternatives. Seed 001's check-and-challenge questions must be raised
when the answers leave them open and not when the answers settle them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assess.engine.assessment import run
from assess.engine.lint import lint
from assess.engine.questionnaire import load as load_questionnaire
from assess.errors import InputError
from assess.kb.yamlsafe import load_file
from assess.resources import questionnaires_dir

QID = "provider-network-governance"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "governance-network.yaml"

# Every question answered, and every open point settled.
SETTLED = {
    "gp-network": "yes",
    "social-care": "yes",
    "other-members": ["community", "acute"],
    "partners-aligned": "aligned",
    "lead": "elected",
    "membership-levels": "one-level",
    "disagreement": "qualified",
    "consensus": "first",
    "blocking": "statutory-only",
    "bound": "safeguards",
    "flows": "some",
    "investment": "similar",
    "risk": "unequal",
    "risk-mechanism": "all",
    "service-users": "vote-share",
    "leave": "with-penalty",
    "penalties": ["upfront-investment"],
    "standards": "agreed",
    "personal-budgets": "yes",
    "facs": "provided",
    "contingency": "yes",
    "operations-team": "yes",
    "budget-fits": "within",
    "clinical-model": "agreed",
    "data-sharing": "agreement-in-place",
    "intellectual-property": "agreed",
    "competition-law": "yes",
}


@pytest.fixture(scope="module")
def path() -> Path:
    return questionnaires_dir() / f"{QID}.yaml"


@pytest.fixture(scope="module")
def q(kb, path):
    return load_questionnaire(path, kb)


@pytest.fixture(scope="module")
def seed001(kb) -> list[str]:
    """The three check-and-challenge questions of seed 001, as the knowledge base holds them."""
    texts = [c["text"] for c in kb.provider_networks["check_and_challenge"]]
    assert len(texts) == 3
    return texts


@pytest.fixture(scope="module")
def focus_areas(kb) -> dict[str, list[str]]:
    """Seed 004's focus-area questions, by focus area id."""
    return {f["id"]: [x["text"] for x in f["questions"]] for f in kb.provider_networks["collaboratives"]["focus_areas"]}


def score(tmp_path: Path, kb, answers: dict, name: str = "answers.yaml") -> dict:
    file = tmp_path / name
    file.write_text(yaml.safe_dump({"questionnaire": QID, "respondent": "Network programme lead",
                                    "answers": answers}, sort_keys=False), encoding="utf-8")
    return run([file], kb).result


def ids(entries, key):
    return [e[key] for e in entries]


# ---------------------------------------------------------------- the questionnaire itself
def test_lint_passes(q, path):
    assert lint(q, load_file(path)) == []


def test_lint_cli_passes(cli):
    result = cli("lint", QID)
    assert result.exit_code == 0, result.output
    assert "ok" in result.output


def test_targets_are_the_voting_options(q, kb):
    decisions = kb.provider_networks["decision_making"]
    assert list(q.ranking) == [o["id"] for o in decisions["voting_structures"]] == ["veto", "majority", "qualified-majority"]
    assert list(q.alternatives) == [o["id"] for o in decisions["vote_weighting"]] == ["even", "investment", "risk-share"]


def test_every_question_has_sourced_help_and_a_challenge(q):
    for question in q.questions:
        assert question.help and any(item.get("source") for item in question.help), question.id
        assert question.challenge and question.challenge["text"].strip(), question.id


def test_every_weight_is_derived_with_a_reason_in_range(q):
    for question in q.questions:
        for option in question.options:
            for target, w in option.weights.items():
                assert w["derived"] is True and len(w["reason"]) >= 12, (question.id, option.id, target)
                assert -10 <= w["points"] <= 10 and float(w["points"] * 2).is_integer()


def test_the_six_focus_areas_are_all_raised_by_some_challenge(q, focus_areas):
    texts = " ".join(c.text for c in q.challenges)
    for area, questions in focus_areas.items():
        assert any(t in texts for t in questions), area


# ---------------------------------------------------------------- the example
def test_example_scores_without_error(kb):
    result = run([EXAMPLE], kb).result
    assert result["questionnaire"] == QID
    assert sorted(ids(result["ranking"], "model")) == ["majority", "qualified-majority", "veto"]
    assert sorted(ids(result["alternatives"], "id")) == ["even", "investment", "risk-share"]
    for r in result["ranking"] + result["alternatives"]:
        assert 0 <= r["low"] <= r["score"] <= r["high"] <= 100


def test_example_names_its_source_situation_and_a_role():
    text = EXAMPLE.read_text("utf-8")
    assert text.startswith("#") and "Provider networks" in text[:800] and "Section 4" in text[:800]
    respondent = yaml.safe_load(text)["respondent"]
    assert respondent.lower().startswith(("programme director", "chair", "director", "chief", "head", "lead"))


def test_example_follows_the_module_working_group(kb):
    """Consensus first, a veto only for statutory duties, members bound: qualified majority leads."""
    result = run([EXAMPLE], kb).result
    assert result["ranking"][0]["model"] == "qualified-majority"
    assert result["ranking"][-1]["model"] == "veto"


# ---------------------------------------------------------------- check and challenge
def test_settled_answers_raise_no_seed_challenges(tmp_path, kb, seed001, focus_areas):
    result = score(tmp_path, kb, SETTLED)
    assert result["dont_know"] == []
    for text in seed001:
        assert text not in result["challenge"]
    raised = " ".join(result["challenge"])
    for area, questions in focus_areas.items():
        assert not any(t in raised for t in questions), area


OPEN = [
    # (question, answer that leaves it open, index of the seed 001 question raised)
    ("disagreement", "dont-know", 0),
    ("disagreement", "not-agreed", 0),
    ("service-users", "dont-know", 1),
    ("service-users", "not-decided", 1),
    ("standards", "dont-know", 2),
    ("standards", "not-yet", 2),
    ("budget-fits", "over", 2),
    ("budget-fits", "not-costed", 2),
    ("budget-fits", "dont-know", 2),
    ("contingency", "not-decided", 2),
    ("facs", "not-yet", 2),
]


@pytest.mark.parametrize(("question", "answer", "which"), OPEN, ids=lambda v: str(v))
def test_open_answers_raise_the_seed_001_question(tmp_path, kb, seed001, question, answer, which):
    result = score(tmp_path, kb, {**SETTLED, question: answer})
    assert seed001[which] in result["challenge"]
    for other, text in enumerate(seed001):
        if other != which:
            assert text not in result["challenge"], text


FOCUS = [
    ("partners-aligned", "not-yet", "partners"),
    ("lead", "not-decided", "provider-representatives"),
    ("lead", "dont-know", "provider-representatives"),
    ("membership-levels", "not-decided", "governance"),
    ("risk-mechanism", "none-yet", "financial-risk"),
    ("clinical-model", "not-started", "clinical-model"),
    ("data-sharing", "new-agreement", "legal-issues"),
    ("intellectual-property", "not-yet", "legal-issues"),
    ("competition-law", "dont-know", "legal-issues"),
]


@pytest.mark.parametrize(("question", "answer", "area"), FOCUS, ids=lambda v: str(v))
def test_open_answers_raise_the_focus_area_question(tmp_path, kb, focus_areas, question, answer, area):
    raised = " ".join(score(tmp_path, kb, {**SETTLED, question: answer})["challenge"])
    assert any(t in raised for t in focus_areas[area])


def test_unanswered_questions_count_as_open(tmp_path, kb, seed001):
    result = score(tmp_path, kb, {})
    for text in seed001:
        assert text in result["challenge"]


# ---------------------------------------------------------------- conditional questions
def test_penalties_are_asked_only_when_leaving_is_allowed_at_a_cost(tmp_path, kb):
    with pytest.raises(InputError, match="should not be there: that question is asked only when"):
        score(tmp_path, kb, {**SETTLED, "leave": "freely"})
    answers = {k: v for k, v in SETTLED.items() if k != "penalties"}
    result = score(tmp_path, kb, {**answers, "leave": "freely"})
    assert "penalties" not in result["dont_know"]


def test_facs_is_asked_only_when_personal_budgets_are_in_the_capitated_payment(tmp_path, kb):
    with pytest.raises(InputError, match="should not be there: that question is asked only when"):
        score(tmp_path, kb, {**SETTLED, "personal-budgets": "no"})
    answers = {k: v for k, v in SETTLED.items() if k != "facs"}
    assert "facs" in score(tmp_path, kb, answers)["dont_know"]
    assert "facs" not in score(tmp_path, kb, {**answers, "personal-budgets": "no"})["dont_know"]


# ---------------------------------------------------------------- rankings
def test_rejecting_vetoes_with_unequal_risk(tmp_path, kb):
    result = score(tmp_path, kb, {"blocking": "never", "risk": "unequal"}, "no-veto.yaml")
    order = ids(result["ranking"], "model")
    assert order.index("majority") < order.index("veto")
    assert order.index("qualified-majority") < order.index("veto")
    veto = next(r for r in result["ranking"] if r["model"] == "veto")
    assert veto["excluded"]
    weights = ids(result["alternatives"], "id")
    assert weights.index("risk-share") < weights.index("even")


def test_rejecting_vetoes_by_weights_alone(tmp_path, kb):
    """Without the rule: consensus without a veto, members bound, funds moving, unequal risk."""
    answers = {"consensus": "first", "bound": "bound", "flows": "large", "risk": "very-unequal",
               "risk-mechanism": "all"}
    result = score(tmp_path, kb, answers, "weights.yaml")
    fit = {r["model"]: r for r in result["ranking"]}
    assert not fit["veto"]["excluded"]
    assert fit["majority"]["score"] > fit["veto"]["score"]
    assert fit["qualified-majority"]["score"] > fit["veto"]["score"]
    alt = {a["id"]: a["score"] for a in result["alternatives"]}
    assert alt["risk-share"] > alt["even"]


def test_a_network_wanting_unanimity_among_equals_ranks_veto_and_even_first(tmp_path, kb):
    answers = {"partners-aligned": "aligned", "disagreement": "unanimity", "consensus": "always",
               "blocking": "any-decision", "flows": "little", "investment": "similar", "risk": "similar"}
    result = score(tmp_path, kb, answers, "unanimity.yaml")
    assert result["ranking"][0]["model"] == "veto"
    assert result["alternatives"][0]["id"] == "even"


def test_unequal_budgets_with_little_change_favour_investment_weighting(tmp_path, kb):
    answers = {"investment": "very-unequal", "flows": "little", "lead": "largest-provider", "risk": "similar"}
    result = score(tmp_path, kb, answers, "investment.yaml")
    assert result["alternatives"][0]["id"] == "investment"
    # The seed's caveat: when funds must move, votes by investment fit much less well.
    before = {a["id"]: a["score"] for a in result["alternatives"]}
    moved = score(tmp_path, kb, {**answers, "flows": "large"}, "investment-moved.yaml")
    after = {a["id"]: a["score"] for a in moved["alternatives"]}
    assert after["investment"] < before["investment"] - 20
