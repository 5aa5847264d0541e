"""Answers files: every mistake is reported as file:line with what is allowed."""
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.engine.answers import check
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.scoring import score
from assess.errors import InputError
from assess.kb.yamlsafe import load_text

MINI = Path(__file__).parent / "fixtures" / "mini-questionnaire.yaml"


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


def problems(mini, text):
    with pytest.raises(InputError) as err:
        check(load_text(text, "a.yaml"), mini)
    return err.value.problems


def test_valid_answers_are_normalised(mini):
    answers = check(load_text("questionnaire: mini\nrespondent: Jo\nanswers:\n"
                              "  scope: [acute, general-practice]\n  lead: dont-know\n  population: 120000\n",
                              "a.yaml"), mini)
    assert answers.values == {"scope": ("general-practice", "acute"), "lead": "dont-know", "population": 120000}
    assert answers.respondent == "Jo"


@pytest.mark.parametrize("answer, line, words", [
    ("  leed: gps", 4, ["a question 'mini' does not ask ('leed')", "did you mean lead"]),
    ("  lead: ccg", 4, ["“ccg” is not one of the answers to 'lead' (“", "gps (“", "), or dont-know (“I don't know”)"]),
    ("  scope: acute", 4, ["should be a list", "[acute]"]),
    ("  scope: [acute, dental]", 4, ["“dental” is not one of the answers"]),
    ("  population: lots", 4, ["should be a number, not “lots”"]),
    ("  population: -5", 4, ["too small or too large", "from 0 to 10,000,000"]),
    ("  population: true", 4, ["should be a number, not “true” (a yes or no)"]),
    ("  gp-contracts: 'yes'", 4, ["should not be there", "includes “General practice”"]),
])
def test_each_mistake_names_line_and_what_is_allowed(mini, answer, line, words):
    text = f"questionnaire: mini\nanswers:\n  scope: [acute]\n{answer}\n"
    if answer.startswith("  scope"):
        text = f"questionnaire: mini\nanswers:\n  lead: gps\n{answer}\n"
    found = problems(mini, text)
    assert len(found) == 1
    p = found[0]
    assert (p.file, p.line) == ("a.yaml", line)
    message = str(p)
    for w in words:
        assert w in message


def test_all_problems_are_reported_at_once(mini):
    found = problems(mini, "questionnaire: mini\nanswer: {}\nanswers:\n  lead: x\n  population: -1\n")
    assert [p.line for p in found] == [2, 4, 5]
    assert "did you mean 'answers'" in str(found[0])


def test_condition_on_dont_know_is_ignored_with_a_note(mini):
    answers = check(load_text("questionnaire: mini\nanswers:\n  scope: dont-know\n  gp-contracts: 'no'\n", "a.yaml"),
                    mini)
    assert "gp-contracts" not in answers.values
    assert answers.ignored and answers.ignored[0][0] == "gp-contracts"


def test_wrong_questionnaire_is_reported(mini):
    found = problems(mini, "questionnaire: other\nanswers: {}\n")
    assert "another questionnaire (“other”), not to 'mini'" in str(found[0])


junk = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.floats(allow_nan=True),
                 st.text(max_size=12), st.lists(st.text(max_size=8), max_size=3))
option_ids = st.sampled_from(["general-practice", "acute", "gps", "trust", "yes", "no", "dont-know", "small"])
value = st.one_of(junk, option_ids, st.lists(option_ids, max_size=3), st.integers(0, 10**7))
keys = st.one_of(st.sampled_from(["scope", "lead", "gp-contracts", "population", "notes"]), st.text(min_size=1, max_size=10))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(keys, value, max_size=6))
def test_any_answer_set_scores_or_fails_with_located_messages(mini, answers):
    text = yaml.safe_dump({"questionnaire": "mini", "answers": answers}, allow_unicode=True)
    try:
        parsed = check(load_text(text, "gen.yaml"), mini)
    except InputError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.file == "gen.yaml" and p.line is not None and p.message
        return
    result = score(mini, parsed.values)
    assert len(result["ranking"]) == 3
    for r in result["ranking"]:
        assert 0 <= r["low"] <= r["score"] + 1e-9 <= r["high"] + 2e-9 <= 100 + 3e-9
