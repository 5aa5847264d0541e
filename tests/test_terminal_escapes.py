"""Text from users' files reaches the terminal with its control characters shown escaped, never acted on."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# YAML escapes: a clipboard write (OSC 52), a hyperlink (OSC 8), clear screen, a C1 CSI, a bidi override
HOSTILE = r"\e]52;c;ZWNobyBoaQ==\a \e]8;;http://x.invalid\e\\link\e]8;;\e\\ \e[2J \x9b31m \u202Eevil"
RAW = ("\x1b]52;c;ZWNobyBoaQ==\x07", "\x1b]8;;", "\x1b[2J", "\x9b", "\u202e")
ANY_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def test_visible_escapes_control_characters():
    from assess.cli.text import visible

    assert visible("a\x1b[2Jb\x07\u202e\n") == r"a\x1b[2Jb\x07\u202e\x0a"
    assert visible("line\nnext\x1b", newlines=True) == "line\nnext\\x1b"
    assert visible("Ünïcode £ – ok") == "Ünïcode £ – ok"


def hostile_copy(tmp_path: Path, name: str, replace: tuple[str, str]) -> Path:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert replace[0] in text
    path = tmp_path / name
    path.write_text(text.replace(replace[0], replace[1], 1), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    answers = hostile_copy(tmp_path, "mcp.yaml", ("respondent: ", f'respondent: "{HOSTILE}"\nx-was: '))
    text = answers.read_text(encoding="utf-8").replace("\nx-was: ", "\n# was: ")
    answers.write_text(text, encoding="utf-8")
    network = hostile_copy(tmp_path, "network-investment-weighted.yaml",
                           ("name: Northgate University Hospitals", f'name: "{HOSTILE}"'))
    proposal = tmp_path / "proposal.yaml"
    proposal.write_text((EXAMPLES / "proposal-acute-opposes.yaml").read_text(encoding="utf-8")
                        .replace("proposal: Reinvest", f'proposal: "{HOSTILE}" #'), encoding="utf-8")
    budget = hostile_copy(tmp_path, "budget-fits.yaml", ("name: Frailty multi-disciplinary teams",
                                                         f'name: "{HOSTILE}"'))
    return {"score": [answers], "vote": [network, "--proposal", proposal], "budget": [budget]}


@pytest.mark.parametrize("command", ["score", "vote", "budget"])
@pytest.mark.parametrize("as_json", [False, True])
def test_commands_print_user_text_escaped(cli, files, command, as_json):
    result = cli(command, *files[command], *(["--json"] if as_json else []))
    assert result.exit_code in (0, 1), result.output
    assert not ANY_CONTROL.search(result.stdout), repr(result.stdout[:300])
    if command == "score":        # an answers file's free text with control characters is refused, at its line
        assert result.exit_code == 1 and not ANY_CONTROL.search(result.output)
        assert "mcp.yaml:" in result.output and "control character (U+001B, character 1)" in result.output
        return
    if as_json:
        decoded = yaml.safe_load(f'"{HOSTILE}"')
        assert any(decoded in text for text in strings(json.loads(result.stdout)))      # the data is intact
    else:
        assert r"\x1b]52;c;ZWNobyBoaQ==\x07" in result.stdout and r"\u202eevil" in result.stdout


def test_errors_show_user_values_escaped(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('questionnaire: care-model-fit\nanswers:\n  "\\e[2Jscope": [acute]\n', encoding="utf-8")
    result = cli("score", bad)
    assert result.exit_code == 1
    assert "\x1b" not in result.output and r"\x1b[2Jscope" in result.output


def test_the_interview_refuses_resumed_text_with_control_characters(cli, tmp_path, monkeypatch):
    mini = Path(__file__).resolve().parent / "fixtures" / "mini-questionnaire.yaml"
    (tmp_path / "a.yaml").write_text('questionnaire: mini\nanswers:\n  scope: [acute]\n  lead: gps\n'
                                     '  population: 1000\n  notes: "\\e]52;c;ZWNobw==\\a\\e[2J"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("run", mini, "--resume", "a.yaml", input="q\n", env={"ASSESS_FORCE_TTY": "1"})
    assert result.exit_code == 1, result.output
    assert not ANY_CONTROL.search(result.output)
    assert "a.yaml:6:3:" in result.output and "U+001B" in result.output
