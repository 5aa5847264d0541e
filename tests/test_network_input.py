"""`assess vote` on bad input: every problem names file:line, exits 1, never shows a traceback."""
from __future__ import annotations

import json
import re
import textwrap

import pytest

from assess.governance import network

GOOD_MEMBERS = """\
members:
  - {id: gp, name: GP network, type: gp-network, investment: 2, risk_share: 50}
  - {id: acute, name: Hospital, type: acute, investment: 5, risk_share: 50}
"""
GOOD_DECISIONS = """\
decisions:
  - {id: d, name: D, rule: majority}
"""

# (network file, line of the problem, words of the message)
BAD_NETWORKS = {
    "negative investment": ("network: N\nmembers:\n  - {id: a, name: A, type: acute,\n     investment: -3}\n"
                            + GOOD_DECISIONS, 4, "investment -3 is out of range"),
    "negative risk share": ("network: N\nmembers:\n  - {id: a, name: A, type: acute, risk_share: -1}\n"
                            + GOOD_DECISIONS, 3, "risk share -1 is out of range"),
    "risk share over 100": ("network: N\nmembers:\n  - {id: a, name: A, type: acute, risk_share: 101}\n"
                            + GOOD_DECISIONS, 3, "risk share 101 is out of range"),
    "threshold 0": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                    "    rule: qualified-majority\n    threshold: 0\n", 9, "threshold 0 is out of range"),
    "threshold over 100%": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                            "    rule: qualified-majority\n    threshold: 100.5\n",
                            9, "threshold 100.5 is out of range"),
    "no members": ("network: N\nmembers: []\n" + GOOD_DECISIONS, 2, "list (at members) is empty"),
    "no decisions": ("network: N\n" + GOOD_MEMBERS + "decisions: []\n", 5, "list (at decisions) is empty"),
    "duplicate member ids": ("network: N\n" + GOOD_MEMBERS + "  - {id: gp, name: Another, type: gp-practice}\n"
                             + GOOD_DECISIONS, 5, "member id 'gp' is used twice"),
    "duplicate decision ids": ("network: N\n" + GOOD_MEMBERS + GOOD_DECISIONS
                               + "  - {id: d, name: Again, rule: veto}\n", 7, "decision id 'd' is used twice"),
    "unknown veto member": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                            "    rule: qualified-majority\n    conditions:\n      vetoes: [acute, acutte]\n",
                            10, "no member 'acutte' in the network"),
    "unknown excluded member": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                                "    rule: qualified-majority\n    conditions:\n      excluded: [nobody]\n",
                                10, "no member 'nobody'"),
    "veto holder excluded": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                             "    rule: qualified-majority\n    conditions:\n      vetoes: [gp]\n"
                             "      excluded: [gp]\n", 10, "'gp' has a veto but does not vote"),
    "everyone excluded": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                          "    rule: qualified-majority\n    conditions:\n      excluded: [gp, acute]\n",
                          6, "nobody votes on decision 'd'"),
    "type with no voters": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                            "    rule: qualified-majority\n    conditions:\n      type_majority: [gp-practice]\n",
                            10, "no voting member is of type 'gp-practice'"),
    "unknown member type": ("network: N\nmembers:\n  - {id: a, name: A, type: hospital}\n" + GOOD_DECISIONS,
                            3, "'hospital' (at members.0.type) is not one of the allowed values"),
    "weight missing": ("network: N\nmembers:\n  - {id: a, name: A, type: acute}\n"
                       "decisions:\n  - {id: d, name: D, rule: majority, weighting: investment}\n",
                       3, "member 'a' has no investment"),
    "all weights zero": ("network: N\nmembers:\n  - {id: a, name: A, type: acute, risk_share: 0}\n"
                         "decisions:\n  - id: d\n    name: D\n    rule: majority\n    weighting: risk-share\n",
                         8, "every voting member's risk_share is 0"),
    "threshold on a majority rule": ("network: N\n" + GOOD_MEMBERS + "decisions:\n  - id: d\n    name: D\n"
                                     "    rule: majority\n    threshold: 70\n", 9,
                                     "'threshold' applies only to qualified-majority rules"),
    "service users vote but none is a member": ("network: N\nservice_users: vote\n" + GOOD_MEMBERS + GOOD_DECISIONS,
                                                2, "no member has type service-user-representative"),
    "unknown key": ("network: N\n" + GOOD_MEMBERS + GOOD_DECISIONS + "voting: majority\n", 7, "unknown key 'voting'"),
    "not a number": ("network: N\nmembers:\n  - {id: a, name: A, type: acute, investment: .inf}\n" + GOOD_DECISIONS,
                     3, "inf is not a number that can be used here"),
    "broken YAML": ("network: N\nmembers:\n  - {id: a, name: A\n" + GOOD_DECISIONS, 4, "not valid YAML"),
}


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(folder, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return name


def assert_problem(result, file: str, line: int, words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    found = re.search(rf"^(?:error: )?{re.escape(file)}:(\d+):\d+: (.*)$", result.stderr, re.MULTILINE)
    assert found, result.stderr
    lines = {int(m.group(1)): m.group(2) for m in re.finditer(rf"{re.escape(file)}:(\d+):\d+: (.*)", result.stderr)}
    assert words in lines.get(line, ""), result.stderr


@pytest.mark.parametrize("case", sorted(BAD_NETWORKS))
def test_bad_network_names_file_and_line(cli, here, case):
    text, line, words = BAD_NETWORKS[case]
    assert_problem(cli("vote", write(here, "network.yaml", text)), "network.yaml", line, words)


BAD_PROPOSALS = {
    "unknown member": ("proposal: P\nin_favour:\n  - gp\n  - hospital\n", 4, "no member 'hospital' in the network"),
    "member twice": ("proposal: P\nin_favour: [gp, gp]\n", 2, "'gp' is listed twice"),
    "unknown decision": ("proposal: P\ndecision: budget\nin_favour: [gp]\n", 2, "no decision type 'budget'"),
    "no in_favour": ("proposal: P\n", 1, "missing key 'in_favour'"),
    "in_favour not a list": ("proposal: P\nin_favour: gp\n", 2, "'in_favour' must be a list"),
    "unknown key": ("proposal: P\nin_favour: [gp]\nagainst: [acute]\n", 3, "unknown key 'against'"),
    "not a mapping": ("- gp\n", 1, "a proposal is a mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD_PROPOSALS))
def test_bad_proposal_names_file_and_line(cli, here, case):
    text, line, words = BAD_PROPOSALS[case]
    net = write(here, "network.yaml", "network: N\n" + GOOD_MEMBERS + GOOD_DECISIONS)
    assert_problem(cli("vote", net, "--proposal", write(here, "proposal.yaml", text)), "proposal.yaml", line, words)


def test_missing_file_is_a_user_error(cli, here):
    result = cli("vote", "nowhere.yaml")
    assert result.exit_code == 1 and "nowhere.yaml: file not found" in result.stderr


def test_every_problem_is_reported_at_once(cli, here):
    text = ("network: N\n" + GOOD_MEMBERS + "  - {id: gp, name: Again, type: gp-practice}\n"
            "decisions:\n  - {id: d, name: D, rule: majority, threshold: 60}\n")
    result = cli("vote", write(here, "network.yaml", text))
    assert result.exit_code == 1
    assert "network.yaml:5:" in result.stderr and "network.yaml:7:" in result.stderr


def test_real_process_shows_no_traceback(run_cli, tmp_path):
    (tmp_path / "n.yaml").write_text("network: N\nmembers: []\ndecisions: []\n", encoding="utf-8")
    code, out, err = run_cli("vote", "n.yaml", cwd=tmp_path)
    assert code == 1 and "Traceback" not in out + err
    assert "n.yaml:2:" in err


def test_examples_run(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = cli("vote", "examples/network-qualified-majority.yaml", "--proposal",
                 "examples/proposal-community-shift.yaml")
    assert result.exit_code == 0, result.output
    assert "Banzhaf" in result.stdout and "PASSES" in result.stdout
    data = json.loads(cli("vote", "examples/network-gp-led-even.yaml", "--json").stdout)
    assert data["network"]["file"] == "examples/network-gp-led-even.yaml"


def test_schema_lists_agree_with_the_code(repo):
    schema = json.loads((repo / "kb" / "schema" / "network.schema.json").read_text("utf-8"))
    defs = schema["$defs"]
    assert defs["member_type"]["enum"] == list(network.MEMBER_TYPES)
    assert defs["decision"]["properties"]["rule"]["enum"] == list(network.RULES)
    assert defs["decision"]["properties"]["weighting"]["enum"] == list(network.WEIGHTINGS)
    assert defs["right_to_leave"]["properties"]["penalties"]["items"]["enum"] == list(network.PENALTIES)


def test_help_stays_light(run_cli):
    code, out, _ = run_cli("--help")
    assert code == 0 and "vote" in out and "budget" in out
    code, out, _ = run_cli("vote", "--help")
    assert code == 0 and "--proposal" in out


def test_governance_commands_import_nothing_heavy(repo):
    import subprocess
    import sys

    code = "import sys, assess.cli.governance; print(sorted({'yaml', 'jsonschema'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo, check=True).stdout
    assert out.strip() == "[]"


def test_example_comments_name_their_source(repo):
    for path in sorted((repo / "examples").glob("*.yaml")):
        if path.name.startswith(("network-", "proposal-", "budget-")):
            head = textwrap.shorten(path.read_text("utf-8")[:800], 800)
            assert "Provider networks, Section 4" in head, path.name
