"""`assess score` (and `report`) given another kind of the project's files says what it is and which command to use."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path, kind, use", [
    ("examples/budget-fits.yaml", "a budget file", "`assess budget examples/budget-fits.yaml`"),
    ("examples/network-gp-led-even.yaml", "a provider-network file", "`assess vote examples/network-gp-led-even.yaml`"),
    ("examples/proposal-acute-opposes.yaml", "a proposal file",
     "`assess vote NETWORK.yaml --proposal examples/proposal-acute-opposes.yaml`"),
    ("questionnaires/care-model-fit.yaml", "a questionnaire", "`assess run questionnaires/care-model-fit.yaml`"),
])
@pytest.mark.parametrize("command", ["score", "report"])
def test_score_names_the_kind_of_file_and_its_command(cli, monkeypatch, tmp_path, path, kind, use, command):
    monkeypatch.chdir(REPO)
    result = cli(command, path, *(["-o", tmp_path / "r.html"] if command == "report" else []))
    assert result.exit_code == 1
    assert f"{path}:1:1: this is {kind}, not an answers file" in result.output
    assert f"fix: use {use}" in result.output
    assert "add e.g. 'questionnaire:" not in result.output


def test_score_of_every_example_names_each_file_that_is_not_answers(cli, monkeypatch):
    monkeypatch.chdir(REPO)
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "examples").glob("*.yaml"))
    result = cli("score", *files)
    assert result.exit_code == 1
    for name in files:
        if "budget" in name or "network-" in name.split("/")[-1][:8] or "proposal" in name:
            assert f"{name}:1:1: this is a" in result.output
