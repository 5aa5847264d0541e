"""`assess score` and `assess lint` as a user meets them."""
import json

import pytest


def test_score_table_shows_ranking_reasons_and_what_would_change(cli, repo):
    result = cli("score", repo / "examples" / "mcp.yaml")
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines = out.splitlines()
    # the decision first, its fit and confidence said as the paper says them
    assert lines[2] == "Recommended: Multi-specialty Community Providers (MCP), fit 82.2 out of 100 (exact); " \
                       "confidence: Clear"
    first = next(i for i, line in enumerate(lines) if line.startswith("Care models (fit out of 100"))
    assert lines[first + 1].startswith("  1. Multi-specialty Community Providers (MCP)")
    assert "Accountable Care Organisation or Integrated Care Organisation (ACO/ICO)" in out    # names in full
    ruled_out = out.split("Ruled out by the answers:")[1].split("\n\n")[0]
    assert "Primary and Acute Systems (PACS)" in ruled_out
    assert "Primary and Acute Systems (PACS)" not in out.split("Ruled out by the answers:")[0].split("Care models")[1]
    assert "What would put another care model first:" in out
    assert "check-and-challenge questions, the most pressing first:" in out

def test_score_json_keeps_the_contract(cli, repo):
    result = cli("score", repo / "examples" / "pacs.yaml", "--json")
    data = json.loads(result.stdout)
    assert data["questionnaire"] == "care-model-fit"
    assert len(data["ranking"]) == 10 and data["ranking"][0]["model"] == "pacs"
    for r in data["ranking"]:
        assert {"model", "score", "low", "high", "excluded", "reasons"} <= set(r)
        assert 0 <= r["low"] <= r["score"] <= r["high"] <= 100
    assert [s for s in data["ranking"]] == sorted(data["ranking"], key=lambda r: (r["excluded"], -r["score"]))
    assert {"id", "score"} <= set(data["alternatives"][0])
    for s in data["sensitivity"]:
        assert {"question", "answer", "new_top"} <= set(s)
    assert all(isinstance(c, str) for c in data["challenge"]) and data["challenge"]


def test_several_respondents_disagree_into_challenges(cli, repo, tmp_path):
    import re

    a = (repo / "examples" / "mcp.yaml").read_text("utf-8")
    b = re.sub(r"(?m)^respondent:.*$", 'respondent: "Second opinion"', a)
    (tmp_path / "b.yaml").write_text(b, "utf-8")
    result = cli("score", repo / "examples" / "mcp.yaml", tmp_path / "b.yaml", repo / "examples" / "pacs.yaml", "--json")
    data = json.loads(result.stdout)
    assert len(data["respondents"]) == 3
    assert data["disagreements"]
    assert any("differently" in c for c in data["challenge"])


def test_bad_answers_file_is_reported_with_line_and_no_traceback(run_cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("questionnaire: care-model-fit\nanswers:\n  scope: [acute, moon]\n  sites: 12\n", "utf-8")
    code, out, err = run_cli("score", bad)
    assert code == 1
    assert "bad.yaml:3" in err and "“moon” is not one of the answers to 'scope'" in err
    assert "bad.yaml:4" in err
    assert "Traceback" not in out + err


def test_unknown_questionnaire_and_missing_file(cli, tmp_path):
    other = tmp_path / "o.yaml"
    other.write_text("questionnaire: nope\nanswers: {}\n", "utf-8")
    result = cli("score", other)
    assert result.exit_code == 1 and "no questionnaire 'nope'" in result.output
    result = cli("score", tmp_path / "missing.yaml")
    assert result.exit_code == 1 and "file not found" in result.output


def test_lint_passes_on_the_bundled_questionnaires(cli):
    result = cli("lint")
    assert result.exit_code == 0, result.output
    assert "care-model-fit.yaml: ok" in result.output


def test_lint_finds_unreachable_questions_idle_options_and_weak_reasons(cli, repo, tmp_path):
    text = (repo / "tests" / "fixtures" / "mini-questionnaire.yaml").read_text("utf-8")
    text = text.replace("when: {question: scope, contains: general-practice}",
                        "when: {all: [{question: scope, contains: general-practice}, "
                        "{not: {question: scope, contains: general-practice}}]}")
    text = text.replace('reason: "a trust can hold the budget"', 'reason: "TODO"')
    text = text.replace('''            label: "under 100,000"
            max: 100000
            weights:
              mcp: {points: 1, derived: true, reason: "MCPs start from practice lists"}''', '''            label: "under 100,000"
            max: 100000''')
    path = tmp_path / "mini.yaml"
    path.write_text(text, "utf-8")
    result = cli("lint", path)
    assert result.exit_code == 1
    out = result.output
    assert "'gp-contracts' can never be asked" in out
    assert "option 'small' of 'population' has no effect" in out
    assert "no real reason" in out


def test_lint_refuses_rules_that_rest_on_hedged_or_missing_passages(cli, repo, tmp_path):
    text = (repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8")
    hedged = text.replace("'The partner organisations will remain independent'",
                          "'The partner organisations will usually remain independent'", 1)
    unquoted = text.replace("In a franchise the organisations do not combine: 'The partner organisations will "
                            "remain independent'", "In a franchise the organisations do not combine", 1)
    assert hedged != text and unquoted != text
    for body, words in ((hedged, "rests on a hedged passage (“usually”)"), (unquoted, "quotes no passage")):
        path = tmp_path / "care-model-fit.yaml"
        path.write_text(body, "utf-8")
        result = cli("lint", path)
        assert result.exit_code == 1 and words in result.output, result.output
        assert "care-model-fit.yaml:" in result.output          # located in the file


def test_score_table_labels_reasons_by_respondent(cli, repo):
    result = cli("score", repo / "examples" / "mcp.yaml", repo / "examples" / "aco.yaml")
    assert result.exit_code == 0, result.output
    reasons = [line for line in result.stdout.splitlines() if line.strip().startswith("because ")]
    assert reasons and all(line.rstrip().endswith(":") or ": " in line for line in reasons)
    assert any("Director of Transformation" in line or "Director of Integrated Care" in line for line in reasons)


def test_the_score_text_wraps_lines_exactly_as_textwrap_does():
    import random
    import textwrap

    from assess.reports.score_text import _wrap

    rng = random.Random(7)
    alphabet = ["a", "bb", "ccc", "Model", "(MCP)", "–", "—", "-", "x-y", "“q”", "\u00a0", "\t", "  ", "é", "9.5"]
    for _ in range(4000):
        words = [rng.choice(alphabet) * rng.randint(1, 12) for _ in range(rng.randint(0, 30))]
        text = rng.choice([" ", " ", " ", "  "]).join(words)
        width = rng.randint(8, 90)
        indents = rng.choice([("", ""), ("  ", "    "), ("1. ", "   ")])
        assert _wrap(text, width, *indents) == textwrap.wrap(text, width, initial_indent=indents[0],
                                                              subsequent_indent=indents[1]), (text, width)


@pytest.mark.parametrize("old, new, words", [
    ("known_risks: {question: known-risks}", "known_risks: {question: known-riskz}",
     "role 'known_risks' names question 'known-riskz', which does not exist"),
    ("known_risks: {question: known-risks}", "known_risks: {question: staff-transfer}",
     "role 'known_risks' needs a multi question; 'staff-transfer' is single"),
    ("staff-transfer, transfer: will-transfer,", "staff-transfer, transfer: will-move,",
     "'will-move' is not an option of 'staff-transfer'"),
    ("no_transfer: no-transfer}", "no_transfer: stay-put}", "'stay-put' is not an option of 'staff-transfer'"),
    ("outside_nhs: [local-authority, voluntary-independent]", "outside_nhs: [local-authority, charity]",
     "'charity' is not an option of 'partners'"),
    ('nhs: {foundation-trust: "a foundation trust"', 'nhs: {trust: "a foundation trust"',
     "'trust' is not an option of 'partners'"),
    ("- {question: lead, equals: hospital-trust-into-primary}", "- {question: lead, equals: hospital}",
     "'hospital' is not an option of 'lead'"),
    ("pension: {question: nhs-pension, needed: needed}", "pension: {question: nhs-pension}", "missing key 'needed'"),
])
def test_lint_checks_the_roles(cli, repo, tmp_path, old, new, words):
    text = (repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8")
    assert text.count(old) == 1
    path = tmp_path / "care-model-fit.yaml"
    path.write_text(text.replace(old, new), "utf-8")
    result = cli("lint", path)
    assert result.exit_code == 1 and words in result.output, result.output
    line = text[:text.index(old)].count("\n") + 1
    assert f"care-model-fit.yaml:{line}:" in result.output


def test_lint_checks_what_a_question_leaves_out(cli, repo, tmp_path):
    text = (repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8")
    for wrong, words in (("structural-change", "'structural-change' is not an earlier single-choice question"),
                         ("scope", "'scope' is not an earlier single-choice question"),
                         ("lead", "'lead' is not an earlier single-choice question")):      # asked later
        body = text.replace("leave_out_answer_of: main-objective", f"leave_out_answer_of: {wrong}", 1)
        assert body != text
        path = tmp_path / "care-model-fit.yaml"
        path.write_text(body, "utf-8")
        result = cli("lint", path)
        assert result.exit_code == 1 and words in result.output, result.output
        assert "care-model-fit.yaml:" in result.output
