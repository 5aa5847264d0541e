"""The browser says what the CLI says about an answers file: the same sentences (assess/engine/answers.py
MESSAGES), named the page's way.

Runs the site's real scripts under Node (tests/node/answers-check.js), as the golden corpus does; skips when
Node is absent, fails under CI. For each file below, the CLI's problems are turned into what the page must show:
a question named by its text alone (the CLI adds its name in the file), a line of the file by its name, "this
assessment" for the questionnaire, each part a sentence."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from assess.engine.answers import check, read_questionnaire_id
from assess.errors import InputError
from assess.kb.yamlsafe import load_text
from assess.resources import site_assets_dir
from assess.site.questionnaire_data import questionnaire_data
from assess.site.scripts import ENGINE

CHECK = Path(__file__).resolve().parent / "node" / "answers-check.js"
HEAD = "questionnaire: mini\n"
CASES = {
    "not a mapping": "- just\n- a list\n",
    "another questionnaire": "questionnaire: other\nanswers: {}\n",
    "no questionnaire": "answers: {}\n",
    "a line answers files lack": HEAD + "zzz: 1\nanswers: {}\n",
    "respondent not text": HEAD + "respondent: [a, b]\nanswers: {}\n",
    "respondent too long": HEAD + "respondent: " + "x" * 4001 + "\nanswers: {}\n",
    "context with a control character": HEAD + 'context: "a\\x1bb"\nanswers: {}\n',
    "a date that is no day": HEAD + "date: 2025-02-30\nanswers: {}\n",
    "a date as a number": HEAD + "date: 20250101\nanswers: {}\n",
    "no answers": HEAD + "respondent: Jo\n",
    "answers as a list": HEAD + "answers: [scope, lead]\n",
    "a question not asked": HEAD + "answers:\n  zzz-qqq-www: 1\n",
    "no answer": HEAD + "answers:\n  lead:\n",
    "one answer as a list": HEAD + "answers:\n  lead: [gps, trust]\n",
    "not an option": HEAD + "answers:\n  lead: nobody\n",
    "yes or no for an option": HEAD + "answers:\n  lead: true\n",
    "a number for an option": HEAD + "answers:\n  lead: 12000\n",
    "an option for a list": HEAD + "answers:\n  scope: acute\n",
    "a number for a list": HEAD + "answers:\n  scope: 3\n",
    "a list with a stranger": HEAD + "answers:\n  scope: [acute, dental]\n",
    "a list with a twin": HEAD + "answers:\n  scope: [acute, acute]\n",
    "text for a number": HEAD + "answers:\n  population: lots\n",
    "a list for a number": HEAD + "answers:\n  population: [1, 2]\n",
    "a number out of range": HEAD + "answers:\n  population: 12345678\n",
    "a list for text": HEAD + "answers:\n  notes: [a]\n",
    "text too long": HEAD + "answers:\n  notes: " + "y" * 4001 + "\n",
    "a question that does not apply": HEAD + "answers:\n  scope: [acute]\n  gp-contracts: 'yes'\n",
    "everything at once": "questionnaire: other\nzzz: 1\ncontext: [1]\nanswers:\n  lead: [gps]\n  scope: x\n",
}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _as_the_page_says(problem, q) -> str:
    """The CLI's problem as the page must word it: the same sentences, things named the page's way."""
    parts = [problem.message] + ([problem.hint] if problem.hint else [])
    out = []
    for part in parts:
        for question in q.questions:
            part = part.replace(f"'{question.id}' (“{question.text}”)", f"“{question.text}”")
        part = part.replace(f"'{q.id}'", "this assessment").replace("a file in examples/",
                                                                     "a file downloaded from this page")
        part = re.sub(r"line '([a-z-]+)'", r"line “\1:”", part)            # a line of the file the page names so
        out.append(_sentence(re.sub(r"'([a-z-]+)'", r"“\1”", part)))       # a line's or an answer's name
    return " ".join(out)


@pytest.fixture(scope="module")
def checked(kb, mini_q, tmp_path_factory, node) -> dict:
    path = tmp_path_factory.mktemp("answers-wording") / "cases.json"
    path.write_text(json.dumps({"engine": [str(site_assets_dir() / f) for f in ENGINE],
                                "data": questionnaire_data(mini_q, kb),
                                "cases": [{"name": k, "text": v} for k, v in CASES.items()]}), encoding="utf-8")
    proc = subprocess.run([node, str(CHECK), str(path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_page_says_what_the_cli_says(checked, mini_q, name, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(CASES[name], encoding="utf-8")
    with pytest.raises(InputError) as raised:       # as the CLI reads a file: what it is, then its answers
        doc = load_text(CASES[name], "a.yaml")
        if not isinstance(doc.data, dict):
            read_questionnaire_id(path)
        check(doc, mini_q)
    expected = [_as_the_page_says(p, mini_q) for p in raised.value.problems]
    assert checked[name].get("problems") == expected


def test_an_answer_whose_question_may_not_apply_is_left_out_with_the_same_words(kb, mini_q, tmp_path, node):
    text = HEAD + "answers:\n  scope: dont-know\n  gp-contracts: 'no'\n"
    ignored = check(load_text(text, "a.yaml"), mini_q).ignored
    script = ("const E = ctx.AssessEngine, cq = E.compile(input.data);"
              "console.log(JSON.stringify(E.checkAnswers(cq, E.parseYaml(input.text, cq.limits)).ignored));")
    runner = tmp_path / "ignored.js"
    head = CHECK.read_text(encoding="utf-8").split("const E = ")[0]     # its shared helper, found from here
    head = head.replace('require("./context.js")', f"require({json.dumps(str(CHECK.parent / 'context.js'))})")
    runner.write_text(head + script, encoding="utf-8")
    cases = tmp_path / "case.json"
    cases.write_text(json.dumps({"engine": [str(site_assets_dir() / f) for f in ENGINE],
                                 "data": questionnaire_data(mini_q, kb), "text": text}), encoding="utf-8")
    proc = subprocess.run([node, str(runner), str(cases)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout) == [{"question": qid, "why": why} for qid, why in ignored]
    assert ignored and "asked only when Which services are in scope includes “General practice”, which" in ignored[0][1]
