"""Numbers too large, numbers written as text, questionnaire ids and dates: located messages with a fix that fits."""
from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


HUGE = "1" + "0" * 5000


@pytest.mark.parametrize("command, name, old, new", [
    ("score", "mcp.yaml", "population: 300000", f"population: {HUGE}"),
    ("vote", "network-investment-weighted.yaml", "investment: 62 ", f"investment: {HUGE} "),
    ("vote", "network-investment-weighted.yaml", "investment: 62 ", "investment: 1" + "0" * 400 + " "),
    ("budget", "budget-fits.yaml", "amount: 14200", f"amount: {HUGE}"),
    ("budget", "budget-fits.yaml", "amount: 14200", f"amount: {HUGE}.5"),
], ids=["answers", "network", "network-400-digits", "budget", "budget-float"])
def test_a_huge_number_is_too_large_not_an_internal_error(cli, tmp_path, command, name, old, new):
    path = variant(tmp_path, name, old, new)
    result = cli(command, path)
    assert result.exit_code == 1
    assert f"{path.name}:{line_of(path, new[:12])}:" in result.output
    assert "digits is too large" in result.output or "is too large\n  fix: write a smaller number" in result.output
    assert "internal error" not in result.output


@pytest.mark.parametrize("command, name, old, new, fix", [
    ("vote", "network-investment-weighted.yaml", "risk_share: 40 ", "risk_share: 70% ", "fix: write 70 (without the %"),
    ("budget", "budget-fits.yaml", "capitated_budget: 48000", "capitated_budget: 48k", "fix: write 48000"),
    ("budget", "budget-fits.yaml", "capitated_budget: 48000", "capitated_budget: £48,000",
     "fix: write 48000 (without commas; without the £)"),
    ("score", "mcp.yaml", "population: 300000", "population: 300k", "fix: write 300000"),
])
def test_numbers_written_as_text_get_a_fix_that_fits(cli, tmp_path, command, name, old, new, fix):
    path = variant(tmp_path, name, old, new)
    result = cli(command, path)
    assert result.exit_code == 1
    assert f"{path.name}:{line_of(path, new)}:" in result.output
    assert fix in result.output and "indentation" not in result.output


def test_number_fix():
    from assess.kb.numbers import number_fix

    assert number_fix("1.5m") == "write 1500000 (written out in full)"
    assert number_fix("12.5%") == "write 12.5 (without the %: the number is already a percentage)"
    assert number_fix("70") == "write 70 (a number, not in quotes)"
    assert number_fix("seventy") is None


def test_a_mistyped_questionnaire_id_gets_did_you_mean(cli, tmp_path):
    path = variant(tmp_path, "mcp.yaml", "questionnaire: care-model-fit", "questionnaire: care-model-fitt")
    result = cli("score", path)
    assert result.exit_code == 1
    assert f"{path.name}:{line_of(path, 'care-model-fitt')}:" in result.output
    assert "no questionnaire 'care-model-fitt'" in result.output and "did you mean care-model-fit?" in result.output


@pytest.mark.parametrize("date, ok", [("2025-03-31", True), ('"2025-03-31"', True), ("March 2025", False),
                                      ("2025-02-30", False), ("31/03/2025", False), ("2025-03-31T10:00:00", False),
                                      ("20250331", False)])
def test_date_must_be_iso(cli, tmp_path, date, ok):
    path = variant(tmp_path, "mcp.yaml", "answers:", f"date: {date}\nanswers:")
    result = cli("score", path)
    if ok:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1
        assert f"{path.name}:{line_of(path, 'date:')}:" in result.output
        assert "'date' should be a date written YYYY-MM-DD" in result.output
