"""The browser reads hostile answers files as the CLI does: bounded free text, linear time, plain messages.

Runs the site's real scripts under Node (tests/node/answers-check.js), as the golden corpus does; skips when
Node is absent, fails under CI."""
from __future__ import annotations

import json
import subprocess

import pytest

from assess.engine.answers import MAX_FREE_TEXT
from assess.engine.questionnaire import load as load_questionnaire
from assess.files import MAX_BYTES
from assess.kb.yamlsafe import MAX_DEPTH, MAX_DIGITS
from assess.resources import questionnaires_dir, site_assets_dir
from assess.site.questionnaire_data import questionnaire_data
from assess.site.scripts import ENGINE

CHECK = __import__("pathlib").Path(__file__).resolve().parent / "node" / "answers-check.js"
HEAD = "questionnaire: care-model-fit\n"
MB = 1024 * 1024
LINE = "lorem ipsum dolor sit amet, " * 3


def _cases() -> dict[str, str]:
    many_lines = (LINE + "\n  ") * (MB // len(LINE))
    return {
        "1 MB plain": HEAD + "context: " + "lorem ipsum " * (MB // 12) + "\nanswers: {}\n",
        "1 MB double-quoted lines": HEAD + 'context: "' + many_lines + '"\nanswers: {}\n',
        "1 MB single-quoted lines": HEAD + "context: '" + many_lines + "'\nanswers: {}\n",
        "1 MB folded": HEAD + "context: >\n" + ("  " + LINE + "\n") * (MB // len(LINE)) + "answers: {}\n",
        "1 MB of flow keys": HEAD + "answers: {" + ", ".join(f'"k{i}": v' for i in range(MB // 12)) + "}\n",
        "limit exactly": HEAD + "context: " + "x" * MAX_FREE_TEXT + "\nanswers: {}\n",
        "limit and one": HEAD + "respondent: " + "x" * (MAX_FREE_TEXT + 1) + "\nanswers: {}\n",
        "10,000 deep flow": HEAD + "answers: " + "[" * 10_000 + "]" * 10_000 + "\n",
        "100 deep blocks": HEAD + "".join(" " * i + f"k{i}:\n" for i in range(100)),
        "5000 digits": HEAD + "answers:\n  population: " + "9" * 5000 + "\n",
        "overflowing float": HEAD + "answers:\n  population: 1.0e+999\n",
        "ESC and BEL": HEAD + 'respondent: "Jo\\e]0;title\\a"\nanswers: {}\n',
        "non-character": HEAD + 'context: "a\\uFFFEb"\nanswers: {}\n',
        "no answers": HEAD + "respondent: Jo\n",
        "not whole": HEAD + "answers:\n  population: 300000.5\n",
        "true": HEAD + "answers:\n  structural-change: true\n",
        "empty": HEAD + "answers:\n  structural-change:\n",
        "list": HEAD + "answers:\n  structural-change: [contractual, none]\n",
    }


@pytest.fixture(scope="module")
def checked(kb, tmp_path_factory, node) -> dict:
    q = load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", kb)
    path = tmp_path_factory.mktemp("answers-check") / "cases.json"
    path.write_text(json.dumps({"engine": [str(site_assets_dir() / f) for f in ENGINE],
                                "data": questionnaire_data(q, kb),
                                "cases": [{"name": k, "text": v} for k, v in _cases().items()]}), encoding="utf-8")
    proc = subprocess.run([node, str(CHECK), str(path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def _said(result: dict) -> str:
    return " ".join(result.get("problems", [])) + result.get("error", "")


def test_the_limits_are_pythons(kb):
    q = load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", kb)
    assert questionnaire_data(q, kb)["limits"] == {"free_text": MAX_FREE_TEXT, "depth": MAX_DEPTH,
                                                   "digits": MAX_DIGITS, "file_bytes": MAX_BYTES}


@pytest.mark.parametrize("name", [k for k in _cases() if k.startswith("1 MB")])
def test_a_megabyte_is_read_in_linear_time_and_long_text_refused(checked, name):
    result = checked[name]
    assert result["ms"] < 2000, f"{name}: {result['ms']:.0f} ms"
    if name != "1 MB of flow keys":
        assert f"the limit is {MAX_FREE_TEXT:,}. Shorten it" in _said(result)


def test_the_free_text_limit_is_the_clis(checked):
    assert checked["limit exactly"]["problems"] == []
    assert f"“respondent” is {MAX_FREE_TEXT + 1:,} characters long" in _said(checked["limit and one"])


@pytest.mark.parametrize("name, says", [
    ("10,000 deep flow", f"nested more than {MAX_DEPTH} levels deep: flatten the structure"),
    ("100 deep blocks", f"nested more than {MAX_DEPTH} levels deep"),
    ("5000 digits", f"a number of 5000 digits is too large: write a number of at most {MAX_DIGITS} digits"),
    ("overflowing float", "the number 1.0e+999 is too large: write a smaller number"),
    ("ESC and BEL", "“respondent” holds an invisible control character (U+001B, character 3)"),
    ("non-character", "“context” holds an invisible control character (U+FFFE, character 2)"),
    ("no answers", "The file has no “answers:” line"),
    ("not whole", "should be a whole number, not 300,000.5"),
    ("true", "“true” (a yes or no) is not one of the answers"),
    ("empty", "No answer is given to"),
    ("list", "is one answer, not a list"),
])
def test_hostile_files_get_plain_messages(checked, name, says):
    said = _said(checked[name])
    assert says in said, said
    assert "not a plain message" not in said and "“None”" not in said and "“True”" not in said
