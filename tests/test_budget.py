"""`assess budget`: capitated budget allocation against seed 001's rule, warnings and bad input."""
from __future__ import annotations

import json
import re
from fractions import Fraction as F

import pytest

from assess.governance.budget import Budget, Line, check


def budget(lines, capitated=100, has_contingency=True, contingency_range=None, personal=False) -> Budget:
    return Budget("b.yaml", "Net", None, None, F(capitated), personal, tuple(lines), has_contingency,
                  contingency_range)


def ids(result: dict) -> set[str]:
    return {w["id"] for w in result["warnings"]}


STANDARD = Line("service-standards", "Frailty teams", F(60))
CONTINGENCY = Line("contingency", "Contingency fund", F(4))


def test_fits_with_headroom_and_shares():
    result = check(budget([STANDARD, CONTINGENCY, Line("operations-team", "Operations team", F(5, 2))]))
    assert result["fits"] is True and result["complete"] is True
    assert result["total"] == 66.5 and result["headroom"] == 33.5
    assert result["headroom_share"] == 0.335
    assert [line["share"] for line in result["lines"]] == [0.6, 0.04, 0.025]
    assert result["warnings"] == []


def test_total_must_be_less_than_the_budget():
    result = check(budget([Line("service-standards", "All", F(96)), CONTINGENCY]))
    assert result["fits"] is False and result["headroom"] == 0
    warning = next(w for w in result["warnings"] if w["id"] == "over-budget")
    assert "exactly uses" in warning["text"]
    assert warning["source"]["doc"] == "provider-networks-decisions"


def test_over_budget():
    result = check(budget([Line("service-standards", "All", F(99)), CONTINGENCY]))
    assert result["fits"] is False and result["headroom"] == -3
    assert "over-budget" in ids(result)


def test_contingency_warnings():
    assert "no-contingency" in ids(check(budget([STANDARD], has_contingency=False)))
    assert "no-contingency" in ids(check(budget([STANDARD, Line("contingency", "Contingency fund", F(0))])))
    assert "contingency-outside-range" in ids(check(budget([STANDARD, CONTINGENCY], contingency_range=(F(5), F(10)))))
    assert "contingency-outside-range" not in ids(check(budget([STANDARD, CONTINGENCY],
                                                                contingency_range=(F(2), F(4)))))


def test_missing_amount_is_flagged_and_left_out():
    result = check(budget([STANDARD, CONTINGENCY, Line("service-standards", "Not costed yet", None)]))
    assert result["fits"] is True and result["complete"] is False
    assert result["total"] == 64
    assert "missing-amount" in ids(result)


def test_facs_personal_budgets_expected_when_capitation_includes_them():
    discretionary = Line("personal-budgets", "Carers", F(3), "discretionary")
    assert "no-facs-personal-budgets" in ids(check(budget([STANDARD, CONTINGENCY, discretionary], personal=True)))
    statutory = Line("personal-budgets", "FACS eligible", F(3), "facs-statutory")
    assert "no-facs-personal-budgets" not in ids(check(budget([STANDARD, CONTINGENCY, statutory], personal=True)))


# ---------------------------------------------------------------- the command

def test_examples(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    fits = cli("budget", "examples/budget-fits.yaml")
    assert fits.exit_code == 0 and "FITS" in fits.stdout
    over = cli("budget", "examples/budget-over.yaml")
    assert over.exit_code == 1 and "DOES NOT FIT" in over.stdout and "Traceback" not in over.output
    data = json.loads(cli("budget", "examples/budget-over.yaml", "--json").stdout)
    assert data["fits"] is False
    assert {w["id"] for w in data["warnings"]} == {"over-budget", "missing-amount", "contingency-outside-range"}
    assert set(data) == {"budget", "capitated_budget", "lines", "sections", "total", "total_share", "headroom",
                         "headroom_share", "fits", "complete", "warnings"}


GOOD = "network: N\ncapitated_budget: 100\nservice_standards:\n  - {name: A, amount: 50}\n"
BAD_BUDGETS = {
    "negative amount": ("network: N\ncapitated_budget: 100\nservice_standards:\n  - {name: A, amount: -5}\n",
                        4, "amount -5 is out of range"),
    "negative contingency": (GOOD + "contingency:\n  amount: -1\n", 6, "amount -1 is out of range"),
    "zero budget": ("network: N\ncapitated_budget: 0\nservice_standards:\n  - {name: A, amount: 5}\n",
                    2, "capitated budget 0 is out of range"),
    "range upside down": (GOOD + "contingency:\n  amount: 3\n  range_percent: {min: 5, max: 2}\n",
                          7, "the contingency range starts at 5%"),
    "unknown basis": (GOOD + "personal_budgets:\n  - {name: P, basis: statutory, amount: 1}\n",
                      6, "'statutory' (at personal_budgets.0.basis) is not one of the allowed values"),
    "amount is text": ("network: N\ncapitated_budget: 100\nservice_standards:\n  - {name: A, amount: lots}\n",
                       4, "expected a number"),
    "no service standards": ("network: N\ncapitated_budget: 100\nservice_standards: []\n", 3, "is empty"),
    "no budget": ("network: N\nservice_standards:\n  - {name: A, amount: 5}\n", 1, "missing key 'capitated_budget'"),
}


@pytest.mark.parametrize("case", sorted(BAD_BUDGETS))
def test_bad_budget_names_file_and_line(cli, tmp_path, monkeypatch, case):
    text, line, words = BAD_BUDGETS[case]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "budget.yaml").write_text(text, encoding="utf-8")
    result = cli("budget", "budget.yaml")
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = {int(m.group(1)): m.group(2) for m in re.finditer(r"budget\.yaml:(\d+):\d+: (.*)", result.stderr)}
    assert words in lines.get(line, ""), result.stderr


@pytest.mark.parametrize("args", [("vote", "examples/network-qualified-majority.yaml"),
                                  ("budget", "examples/budget-over.yaml")])
def test_warnings_cite_the_source_by_its_title_not_its_id(cli, repo, monkeypatch, kb, args):
    from assess.governance.wording import DOC

    monkeypatch.chdir(repo)
    out = cli(*args).stdout
    assert "Source: " in out and DOC not in out
    assert f"Source: {kb.sources[DOC]['short']}, “Section 4" in out
