"""`assess run --resume FILE` edits FILE in place: only changed answers are rewritten; the user's comments,
key order, quoting and list style stay."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from assess.engine.answers import check
from assess.engine.conditions import DONT_KNOW
from assess.engine.questionnaire import load as load_questionnaire
from assess.kb.yamlsafe import load_file

MINI = Path(__file__).resolve().parent / "fixtures" / "mini-questionnaire.yaml"
HAND_WRITTEN = """\
# My notes about this assessment
questionnaire: mini
respondent: "Jo"   # me
date: 2025-03-31
answers:
  # who leads
  lead: trust      # decided in March
  scope:
    - general-practice   # block list
"""


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


def resume(cli, folder: Path, text: str, typed: str) -> str:
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    here = os.getcwd()
    os.chdir(folder)
    try:
        result = cli("run", MINI, "--resume", "a.yaml", input=typed, env={"ASSESS_FORCE_TTY": "1"})
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return (folder / "a.yaml").read_text(encoding="utf-8")


def test_new_answers_are_added_and_everything_written_stays(cli, tmp_path, mini):
    after = resume(cli, tmp_path, HAND_WRITTEN, "no\n250000\n\ndone\n")
    assert after == HAND_WRITTEN.replace("# decided in March\n", "# decided in March\n"
                                         '  gp-contracts: "no"\n  population: 250000\n  notes: dont-know\n')
    assert dict(check(load_file(tmp_path / "a.yaml"), mini).values) == {
        "scope": ("general-practice",), "lead": "trust", "gp-contracts": "no", "population": 250000,
        "notes": DONT_KNOW}


def test_a_changed_answer_is_rewritten_on_its_line_only(cli, tmp_path):
    full = HAND_WRITTEN + "  gp-contracts: 'yes'   # for now\n  population: 250000\n  notes: dont-know\n"
    after = resume(cli, tmp_path, full, "2\n1\ndone\n")          # review: change question 2 to option 1
    assert after == full.replace("lead: trust      #", "lead: gps      #")


def test_answers_that_stop_applying_are_removed_with_their_lines(mini):
    from assess.interview.yamledit import update

    text = HAND_WRITTEN + "  gp-contracts: 'yes'   # for now\n  population: 1000\n"
    after = update(text, mini, {"scope": ("acute",), "lead": "trust", "population": 1000},
                   respondent="Jo", date="2025-03-31")
    assert after == HAND_WRITTEN.replace("    - general-practice   # block list\n",
                                         "    [acute]   # block list\n") + "  population: 1000\n"


def test_an_empty_or_flow_answers_mapping_still_gives_a_valid_file(mini):
    from assess.interview.yamledit import update

    for text in ("questionnaire: mini  # mine\nanswers:\n", "questionnaire: mini  # mine\nanswers: {}\n",
                 "questionnaire: mini\n"):
        after = update(text, mini, {"lead": "gps", "scope": ("acute",)})
        doc = load_file_text(after)
        assert doc["answers"] == {"scope": ["acute"], "lead": "gps"}, after


def load_file_text(text: str):
    from assess.kb.yamlsafe import load_text

    return load_text(text, "x.yaml").data
