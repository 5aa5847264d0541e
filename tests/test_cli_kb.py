"""`assess kb list | show ID | validate [DIR]` and a light `assess --help`."""
from __future__ import annotations

import subprocess
import sys

import pytest

MODELS = ("multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network", "aco",
          "mcp", "pacs", "care-homes", "gp-federation", "super-practice")


def test_kb_list_is_a_table_of_ids_names_and_families(cli, kb):
    result = cli("kb", "list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "family"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    rows = lines[2:]
    assert [row.split()[0] for row in rows] == list(MODELS)
    name_at, family_at = lines[0].index("name"), lines[0].index("family")
    for row, model in zip(rows, kb.models.values()):
        family = kb.family(model["family"])["name"]
        assert row[name_at:].startswith(model["name"]), row
        assert row[family_at:].rstrip() == family, row


def test_kb_show_mcp_has_its_sections_and_sources(cli):
    result = cli("kb", "show", "mcp")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# Multi-specialty Community Providers (MCP)")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    for title in ("Overview", "Examples", "Business case: key issues", "Benefits", "Governance", "Regulation",
                  "Barriers", "Workforce considerations"):
        assert f"## {title}" in headings, headings
    assert text.count("Source:") >= 5
    assert "HLP Module 1, “Option 6: MCP – Barriers”" in text
    assert "Tower Hamlets Integrated Partnership" in text


@pytest.mark.parametrize("given, closest", [("mpc", "mcp"), ("pacs-x", "pacs")])
def test_kb_show_unknown_id_suggests_the_closest(cli, given, closest):
    result = cli("kb", "show", given)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"no model '{given}'" in result.stderr
    assert f"did you mean {closest}" in result.stderr, result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("given, closest", [("MCP", "mcp"), ("super_practice", "super-practice"),
                                            ("care", "care-homes"), ("gp-fed", "gp-federation")])
def test_unknown_id_hint(given, closest):
    from assess.kb import UnknownId

    hint = UnknownId("model", given, list(MODELS)).problems[0].hint
    assert hint.startswith(f"did you mean {closest}"), hint


def test_kb_show_unknown_id_in_a_real_process_has_no_traceback(run_cli):
    code, out, err = run_cli("kb", "show", "mpc")
    assert code == 1
    assert "Traceback" not in out + err
    assert "did you mean mcp" in err


def test_kb_validate_bundled(cli):
    result = cli("kb", "validate")
    assert result.exit_code == 0, result.output
    assert "knowledge base is valid" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("args", [["kb", "show"], ["kb", "nosuch"], ["nosuch"], ["kb", "list", "--nope"]])
def test_usage_errors_exit_2(cli, args):
    assert cli(*args).exit_code == 2


def test_kb_help_lists_its_commands(cli):
    result = cli("kb", "--help")
    assert result.exit_code == 0
    for command in ("list", "show", "validate"):
        assert command in result.stdout


def test_help_works_in_a_real_process(run_cli):
    code, out, err = run_cli("--help")
    assert code == 0, err
    assert "Usage:" in out and "kb" in out
    assert err == ""


def test_importing_the_cli_stays_light(repo):
    probe = ("import assess.cli, sys; "
             "print(sorted(m for m in ('yaml','jinja2','jsonschema','markdown_it') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=repo, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]", f"heavy modules imported by `import assess.cli`: {proc.stdout}"
