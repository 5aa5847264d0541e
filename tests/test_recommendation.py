"""The recommendation: one decision, never an excluded model, with the confidence and changes it states."""
from __future__ import annotations

import random

import pytest
import yaml

from assess.engine.answers import Answers
from assess.engine.assessment import evaluate
from assess.engine.conditions import DONT_KNOW
from assess.engine.numbers import fit, margin, span
from assess.engine.recommendation import CLOSE, WELL, WORDING, choose, explain, recommend
from assess.engine.sampling import random_answers
from assess.engine.scoring import score_many


@pytest.fixture(scope="module")
def main_q(kb, repo):
    from assess.engine.questionnaire import load

    return load(repo / "questionnaires" / "care-model-fit.yaml", kb)


def _answers(values: dict) -> Answers:
    return Answers(file="a.yaml", questionnaire="care-model-fit", respondent=None, context=None, date=None,
                   values=values)


def _decide(q, kb, values):
    return evaluate(q, kb, [_answers(values)])


def _entry(tid, fit, low=None, high=None, excluded=False, key="model", maybe=()):
    return {key: tid, "name": tid.upper(), "score": fit, "low": fit if low is None else low,
            "high": fit if high is None else high, "excluded": excluded, "may_be_excluded": list(maybe),
            "reasons": []}


def _result(ranking, alternatives=(), dont_know=()):
    return {"ranking": list(ranking), "alternatives": list(alternatives), "dont_know": list(dont_know)}


def test_never_recommends_an_excluded_model_on_thousands_of_answer_sets(main_q, kb):
    rng = random.Random("decisions")
    sets = [random_answers(main_q, rng, dont_know=rng.choice([0.0, 0.15, 0.5])) for _ in range(2000)]
    kinds = set()
    for values, result in zip(sets, score_many(main_q, sets)):
        rec = recommend(main_q, result, instead=True)
        kinds.add((rec["kind"], rec["confidence"]))
        excluded = {r["model"] for r in result["ranking"] if r["excluded"]}
        standing = [r for r in result["ranking"] if not r["excluded"]]
        alts = [r for r in result["alternatives"] if not r["excluded"]]
        best = max([r["score"] for r in standing + alts], default=None)
        if rec["kind"] == "none":
            assert rec["id"] is None and rec["fit"] is None
            assert best is None or best < WELL
        else:
            assert rec["id"] not in excluded
            assert rec["fit"] == best and rec["fit"] >= WELL
        if rec["kind"] == "model":
            assert rec["id"] == standing[0]["model"]
        if rec["kind"] == "alternative":
            assert not standing or alts[0]["score"] > standing[0]["score"]
    assert {k for k, _ in kinds} == {"model", "alternative", "none"}
    assert {c for k, c in kinds if k == "model"} == {"clear", "close", "uncertain"}


def test_every_model_excluded_recommends_an_alternative_or_none():
    """The questionnaire's rules can no longer exclude every model (hospital chain and ACO have none left),
    so this is decided on a result where they all are."""
    ranking = [_entry("mcp", 95, excluded=True), _entry("pacs", 90, excluded=True)]
    rec = recommend(_FakeQ(), _result(ranking, [_entry("buddying", 65, key="id")]), instead=True)
    assert (rec["kind"], rec["id"]) == ("alternative", "buddying")
    assert rec["why"][1] == "Every care model is ruled out by the answers given."
    rec = recommend(_FakeQ(), _result(ranking, [_entry("buddying", 40, key="id")]), instead=True)
    assert (rec["kind"], rec["id"]) == ("none", None) and rec["closest"]["id"] == "buddying"
    rec = recommend(_FakeQ(), _result(ranking), instead=True)
    assert (rec["kind"], rec["id"], rec["closest"]) == ("none", None, None)
    assert rec["why"] == ["Every option is ruled out by the answers given."]


def test_an_alternative_that_fits_better_is_recommended_instead():
    rec = recommend(_FakeQ(), _result([_entry("mcp", 70), _entry("pacs", 40, excluded=True)],
                                      [_entry("buddying", 80, key="id")]), instead=True, quote="can go instead")
    assert (rec["kind"], rec["id"], rec["confidence"]) == ("alternative", "buddying", "clear")
    assert rec["why"][1] == "It fits better than any care model that is not ruled out; the best of those, MCP, fits 70.0."
    assert "“can go instead”" in " ".join(rec["why"])
    assert rec["instead"] == ["If the organisations later want to integrate, MCP fits best of the care models "
                              "(70.0 out of 100)."]


def test_alternatives_that_cannot_replace_a_model_are_never_recommended():
    rec = recommend(_FakeQ(), _result([_entry("mcp", 70)], [_entry("even", 99, key="id")]), instead=False)
    assert (rec["kind"], rec["id"]) == ("model", "mcp")


def test_below_the_threshold_nothing_is_recommended_and_unknowns_come_first():
    q = _FakeQ()
    rec = recommend(q, _result([_entry("mcp", WELL - 0.5, low=40, high=80)], dont_know=["scope", "lead"]),
                    instead=True)
    assert rec["kind"] == "none" and rec["id"] is None and rec["closest"]["id"] == "mcp"
    assert rec["instead"][:2] == ["Find out: “Which services?”", "Find out: “Who leads?”"]
    assert "below the 60 this tool asks" in rec["why"][0]


@pytest.mark.parametrize("rival, rival_high, unknown, expected", [
    (60, None, [], "clear"),
    (71, None, [], "close"),            # within CLOSE points
    (60, 80, ["scope"], "uncertain"),   # a don't-know answer could put the rival ahead
    (60, 80, [], "clear"),              # a range without unknown answers cannot happen; nothing to resolve
])
def test_confidence(rival, rival_high, unknown, expected):
    lead = _entry("mcp", 75, low=72, high=78)
    rec = recommend(_FakeQ(), _result([lead, _entry("pacs", rival, high=rival_high)], dont_know=unknown),
                    instead=True)
    assert rec["confidence"] == expected
    assert rec["confidence_why"]["text"].startswith(expected.capitalize())
    assert not any(w.startswith(expected.capitalize()) for w in rec["why"])     # its own field, not a reason
    if expected == "close":
        assert rec["confidence_why"]["rival"]["name"] == "PACS" and rec["confidence_why"]["rival"]["gap"] == 4
        assert "PACS is within 4.0 points" in rec["confidence_why"]["text"]


def test_a_rule_that_may_exclude_the_leader_makes_it_uncertain():
    lead = _entry("mcp", 90, maybe=[{"reason": "MCPs need practices", "condition": "scope includes GP"}])
    rec = recommend(_FakeQ(), _result([lead, _entry("pacs", 10)]), instead=True)
    assert rec["confidence"] == "uncertain" and "scope includes GP" in rec["confidence_why"]["text"]


def test_a_tie_goes_to_the_care_model():
    model, alt = _entry("mcp", 70), _entry("buddying", 70, key="id")
    assert choose(model, alt) == ("model", model)


def test_numbers_round_halves_up_like_the_browser():
    assert [fit(x) for x in (62.25, 0.05, 7, 99.95)] == ["62.3", "0.1", "7.0", "100.0"]
    assert margin(73.3 - 66.0) == "7.3"
    assert span(48.04, 72.0) == "48.0\u201372.0"


def test_uncertain_names_the_dont_know_answers_that_could_change_the_decision():
    lead = _entry("mcp", 75, low=60, high=78)
    rec = recommend(_FakeQ(), _result([lead, _entry("pacs", 70, high=80)], dont_know=["scope", "lead"]), instead=True)
    assert rec["confidence"] == "uncertain" and rec["confidence_why"]["rivals"] == ["PACS"]
    rec["changes"] = [{"question_text": "Who leads?", "answer": "don't know"},
                      {"question_text": "Which services?", "answer": "Acute"}]
    why = explain(rec)
    assert why["questions"] == ["Who leads?"]          # the one "don't know" a single change resolves
    assert "“Who leads?”" in why["text"] and "Which services" not in why["text"] and "PACS" in why["text"]
    rec["changes"] = []
    assert explain(rec)["questions"] == ["Which services?", "Who leads?"]     # none alone: every one


def test_wording_has_no_internal_words():
    for text in WORDING.values():
        assert "seed" not in text.lower() and "_" not in text.replace("{alternative_one}", "").replace(
            "{ranking_one}", "").replace("{other_fit}", "")


def test_the_changes_that_change_the_recommendation_are_real(main_q, kb):
    """Brute force: applying each listed change and deciding again gives what the change says."""
    rng = random.Random("turning")
    checked = 0
    for _ in range(12):
        values = random_answers(main_q, rng)
        result = _decide(main_q, kb, values)
        rec = result["recommendation"]
        for change in rec["changes"][:6]:
            question = main_q.by_id[change["question"]]
            new_value = _apply(question, values.get(question.id, DONT_KNOW), change)
            again = _decide(main_q, kb, {**values, question.id: new_value})["recommendation"]
            assert (again["kind"], again["id"]) == (change["kind"], change["id"]), change["text"]
            assert (again["kind"], again["id"]) != (rec["kind"], rec["id"])
            checked += 1
    assert checked > 10


def test_buddying_example_recommends_buddying(repo, kb):
    from assess.engine.assessment import run

    rec = run([repo / "examples" / "buddying.yaml"], kb).result["recommendation"]
    assert (rec["kind"], rec["id"]) == ("alternative", "buddying")


def _apply(question, value, change):
    option = next(o for o in question.options if o.label == change["option_label"])
    if change["change"] == "add":
        return tuple(o.id for o in question.options if o.id in value or o is option)
    if change["change"] == "remove":
        return tuple(x for x in value if x != option.id)
    if change["change"] == "only":
        return (option.id,)
    if question.type == "number":
        return question.min if option.min is None else max(option.min, question.min)
    return option.id


class _FakeQ:
    """Just what `recommend` reads of a questionnaire."""

    terms = {"ranking": "care models", "ranking_one": "care model", "alternative_one": "collaborative alternative"}

    class by_id:   # noqa: N801 - a mapping stand-in
        texts = {"scope": "Which services?", "lead": "Who leads?"}

        def __class_getitem__(cls, qid):
            return type("Q", (), {"text": cls.texts[qid]})


def test_close_threshold_is_documented(repo):
    docs = (repo / "docs" / "questionnaires.md").read_text("utf-8")
    assert f"**{WELL:g}**" in docs and f"**{CLOSE:g}**" in docs


def _changed_value(q, values, s):
    """The answer set one sensitivity entry describes."""
    from assess.engine.scalar import representative

    question = q.by_id[s["question"]]
    option = next(o for o in question.options if o.label == s["option_label"])
    if s["change"] in ("add", "remove"):
        current = set(values[question.id])
        new = tuple(o.id for o in question.options if (o.id in current) != (o.id == option.id))
    elif s["change"] == "only":
        new = (option.id,)
    else:
        new = representative(question, option) if question.type == "number" else option.id
    return {**values, question.id: new}


@pytest.mark.parametrize("name", ["mcp.yaml", "not-yet-clear.yaml", "mcp-early-plans.yaml"])
def test_every_margin_is_against_the_best_model_still_standing_after_the_change(main_q, kb, repo, name):
    from assess.engine.scoring import score

    values = yaml.safe_load((repo / "examples" / name).read_text("utf-8"))["answers"]
    result = _decide(main_q, kb, values)
    assert result["sensitivity"]
    for s in result["sensitivity"]:
        after = [r for r in score(main_q, _changed_value(main_q, values, s))["ranking"] if not r["excluded"]]
        assert after[0]["model"] == s["new_top"]
        assert s["runner_up"] == after[1]["model"] and s["margin"] == after[0]["score"] - after[1]["score"]
        assert (margin(s["margin"]) if s["margin"] >= 0.05 else "level with") in s["text"].replace("draw level", "level")
        assert s["runner_up"] != (s["old_top"] if s["old_top_excluded"] else None)


def test_the_demo_measures_no_margin_against_a_ruled_out_model(main_q, kb, repo):
    values = yaml.safe_load((repo / "examples" / "mcp.yaml").read_text("utf-8"))["answers"]
    result = _decide(main_q, kb, values)
    [s] = [s for s in result["sensitivity"] if s["option_label"] == "General practice"]
    assert s["old_top_excluded"] and s["margin"] < s["new_top_fit"] - 20      # not ACO's whole fit
    [c] = result["recommendation"]["changes"]
    after = score_many(main_q, [_changed_value(main_q, values, s)])[0]
    standing = [r for r in after["ranking"] + after["alternatives"] if not r["excluded"] and r.get("model") != c["id"]]
    best = max(standing, key=lambda r: r["score"])
    assert c["runner_up"] == best.get("model", best.get("id")) and c["margin"] == c["fit"] - best["score"]
    assert f"{margin(c['margin'])} points ahead of {best['name']}" in c["text"]
