"""The board paper's sentences have one source, `assess/reports/sentences.py`, for Python and the browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assess.engine import workforce
from assess.reports import chart
from assess.reports.sentences import PLURALS, SENTENCES, plural, say
from assess.site.scripts import PAPER

REPO = Path(__file__).resolve().parent.parent
# the paper's scripts, and numbers.js, which says a fit in the paper's sentences (fitWords)
PAPER_JS = "".join((REPO / "site" / name).read_text(encoding="utf-8")
                   for name in (*PAPER, "js/numbers.js") if name.startswith("js/"))
PYTHON = "".join((REPO / "assess" / "reports" / name).read_text(encoding="utf-8")
                 for name in ("report.py", "focus.py", "changes.py", "documents.py", "words.py", "score_text.py"))
# where Python asks for a sentence: also sentences.py's own line builders (its table is not a copy)
ASKING = PYTHON + (REPO / "assess" / "reports" / "sentences.py").read_text(encoding="utf-8")
# say("key", …), or say(condition ? "key" : "other", …) where the condition may call a function
_USED = re.compile(r"""\bsay\(\s*(?:"([^"]+)"|[^,()]*(?:\([^()]*\)[^,()]*)*\?\s*"([^"]+)"\s*:\s*"([^"]+)")""")


def _keys(source: str) -> set[str]:
    found = set()
    for match in _USED.finditer(source):
        found.update(k for k in match.groups() if k)
    for a, b in re.findall(r'say\("([a-z ,]+)" if [^\n]+? else "([a-z ,]+)"', source):     # say("x" if c else "y", ...)
        found.update((a, b))
    return found


def test_every_sentence_either_side_asks_for_is_in_the_table_and_python_uses_them_all():
    python, browser = _keys(ASKING), _keys(PAPER_JS)
    assert python <= SENTENCES.keys() and browser <= SENTENCES.keys(), (python | browser) - SENTENCES.keys()
    assert python == SENTENCES.keys(), SENTENCES.keys() - python
    # the browser writes the mean over respondents too; it takes the vanguard
    # lines, which depend on the KB alone, ready-made from the site build
    # (and the results page takes "ruled out because" from the questionnaire data, as it takes the headlines)
    assert SENTENCES.keys() - browser == {"vanguard", "shared name", "shared names", "ruled out because"}


def _fragments(text: str) -> list[str]:
    """The fixed stretches of words of a sentence (between its values), the longer ones."""
    return [part.strip() for part in re.split(r"\{\w+\}", text) if len(part.strip()) >= 18]


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_no_sentence_is_written_out_again_in_the_browser(key):
    for fragment in _fragments(SENTENCES[key]):
        assert fragment not in PAPER_JS, (key, fragment)
        assert fragment not in PYTHON, (key, fragment)


def _partner_names() -> dict:
    from assess.kb.yamlsafe import load_file

    return dict(load_file(REPO / "questionnaires" / "care-model-fit.yaml").data["roles"]["partners"]["nhs"])


@pytest.mark.parametrize("table", [workforce.LIVE, _partner_names(), chart.WORDS])
def test_workforce_and_chart_wording_is_not_copied_into_the_browser(table):
    for text in table.values():
        for written in (text, text.replace("“", "\\u201c").replace("’", "\\u2019").replace("”", "\\u201d")):
            assert f'"{written}"' not in PAPER_JS and f">{written}<" not in PAPER_JS, text


def test_say_fills_every_value_and_refuses_a_missing_one():
    assert say("headline model", name="MCP") == "Recommended: MCP"
    assert say("change", change_to="Yes", name="PACS", margin="2.5", other="MCP") == \
        "Yes would put PACS first, 2.5 points ahead of MCP"
    with pytest.raises(KeyError):
        say("change", change_to="Yes")
    assert plural(1, "model is") == "1 model is" and plural(3, "model is") == "3 models are"
    assert plural(2, "question") == "2 questions" and plural(2, "respondent") == "2 respondents"
    assert all(plural(2, word).endswith(PLURALS[word]) for word in PLURALS)


SCRIPTS = {p.relative_to(REPO).as_posix(): p.read_text(encoding="utf-8")
           for p in sorted([*(REPO / "site" / "js").glob("*.js"), REPO / "site" / "dom.js"])}     # dom.js: the decision box


def _unescaped(script: str) -> str:
    """A script's text with its \\uXXXX escapes read, so a copied sentence is found however its quotes are written."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), script)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_no_browser_script_copies_a_python_sentence(name):
    from assess.engine.challenges import DISAGREEMENT, RAISED
    from assess.engine.recommendation import WORDING
    from assess.reports.sentences import CONFIDENCE

    script = _unescaped(SCRIPTS[name])
    for table in (WORDING, SENTENCES, DISAGREEMENT, RAISED, CONFIDENCE):
        for key, text in table.items():
            parts = [part.strip() for part in re.split(r"\{\w+\}", text)]
            for fragment in parts:      # the longer fixed stretches, or a whole sentence without blanks
                if len(fragment) >= 12 or (len(parts) == 1 and len(fragment) >= 9):
                    assert fragment not in script, (name, key, fragment)


_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_CHANGE_KINDS = ("set", "only", "add", "remove")       # filled by records.change_words / changeWords


def test_answers_in_words_come_from_one_table_both_sides_fill():
    """Python names every entry of ANSWER_WORDS (the change kinds through change_words) and the browser reads
    every one from the shipped data (`q.words` / `cq.answer_words`)."""
    from assess.engine.records import ANSWER_WORDS

    python = "".join(p.read_text(encoding="utf-8") for p in (REPO / "assess").rglob("*.py") if "compiled" not in p.parts)
    browser = "".join(SCRIPTS.values())
    for key in ANSWER_WORDS:
        if key in _CHANGE_KINDS:
            continue
        assert f'ANSWER_WORDS["{key}"]' in python, key
        assert re.search(rf"\b(?:words|answer_words)\.{key}\b", browser), key
    assert "words[kind]" in browser and "ANSWER_WORDS[kind]" in python


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_no_browser_script_writes_an_answer_in_words_itself(name):
    from assess.engine.records import ANSWER_WORDS

    code = re.sub(r"/\*.*?\*/|^\s*//[^\n]*|\s//[^\n]*", "", _unescaped(SCRIPTS[name]), flags=re.S | re.M)
    literals = [m.group(1) for m in _LITERAL.finditer(code)]
    for key, text in ANSWER_WORDS.items():
        for part in (p.strip() for p in text.split("{option}")):
            if len(part) < 5:       # a bare quote mark, or "none" (also the decision kind's name)
                continue
            for literal in literals:
                # an answer written whole, or the quoted pattern of a change of answer ("adding “")
                assert literal != part and not ("“" in part and part in literal), (name, key, literal)


# The answers file's checks, a condition's words and how a challenge is put as a question: each written once in
# Python (answers.MESSAGES, conditions.WORDS, priorities.ASK); the browser fills the first and last from the
# questionnaire data and takes a condition's words ready-made.

def _answer_tables():
    from assess.engine import conditions, priorities
    from assess.engine.answers import MESSAGES

    return {"answers.MESSAGES": MESSAGES, "conditions.WORDS": conditions.WORDS, "priorities.ASK": priorities.ASK}


def _short_fragments(text: str, least: int = 12) -> list[str]:
    """The fixed stretches of a short table's entry that could only be a copy: of a few words (`least`
    characters), or a whole entry without blanks."""
    parts = [part.strip(" ,:;.") for part in re.split(r"\{\w+\}", text.replace("{{}}", "{}"))]
    return [p for p in parts if (len(p) >= least and " " in p) or (len(parts) == 1 and len(p) >= 9)]


def _literals(script: str) -> str:
    """A script's string literals, in lower case (comments may name what a function does in the same words; the
    page starts a sentence with a capital)."""
    return "\n".join(m.group(2) for m in re.finditer(r"""(["'])((?:(?!\1)[^\\\n]|\\.)*)\1""", _unescaped(script))).lower()


# the network-rules page writes the governance room's own wording (assess/governance/wording.py), which may say
# "did you mean" or "is listed twice" of its own files
ENGINE_AND_PAGES = sorted(name for name in SCRIPTS if not name.startswith(("site/js/governance-", "site/js/network-")))


@pytest.mark.parametrize("name", ENGINE_AND_PAGES)
def test_no_browser_script_copies_an_answers_message_a_condition_word_or_a_question_ending(name):
    literals = _literals(SCRIPTS[name])
    for table_name, table in _answer_tables().items():
        for key, text in table.items():
            # a condition's words are few: the browser writes none of them, so even short stretches count
            for fragment in _short_fragments(text, 8 if table_name == "conditions.WORDS" else 12):
                assert fragment.lower() not in literals, (name, table_name, key, fragment)


def test_the_copy_check_finds_what_the_browser_wrote_before():
    """The check above can fail: the sentences the browser's scripts wrote before the tables are found."""
    before = _literals('return body + ": what is our plan for this?"; x = " is at least " + n;'
                       '"\\u201d is not one of the answers to " + name; "The file has no \\u201canswers:\\u201d line."')
    tables = _answer_tables()
    for table, key in (("priorities.ASK", "plan"), ("conditions.WORDS", "at_least"),
                       ("answers.MESSAGES", "not_an_answer"), ("answers.MESSAGES", "no_answers")):
        least = 8 if table == "conditions.WORDS" else 12
        assert any(f.lower() in before for f in _short_fragments(tables[table][key], least)), (table, key)


ANSWERS_JS = SCRIPTS["site/js/answers.js"]
# a message asked for in site/js/answers.js: say(cq, "key" ...) or ["key", values] / ["key"]
_JS_ASKS = re.compile(r'say\(cq, "(\w+)"|\["(\w+)"\s*(?=\]|,\s*[^"\s])')


def test_every_answers_message_either_side_asks_for_is_in_the_table_and_python_uses_them_all():
    from assess.engine.answers import MESSAGES

    python_source = "".join((REPO / "assess" / path).read_text(encoding="utf-8")
                            for path in ("engine/answers.py", "interview/session.py"))
    python = set(re.findall(r'\bsay\("(\w+)"', python_source))
    browser = {key for match in _JS_ASKS.finditer(ANSWERS_JS) for key in match.groups() if key}
    assert python <= MESSAGES.keys() and browser <= MESSAGES.keys(), (python | browser) - MESSAGES.keys()
    assert python == MESSAGES.keys(), MESSAGES.keys() - python
    # the browser does not guess the closest line or question (the CLI's difflib): it says which lines there are
    assert MESSAGES.keys() - browser == {"fix_did_you_mean"}


def test_every_condition_word_is_used_and_the_browser_writes_none():
    from assess.engine import conditions

    source = (REPO / "assess" / "engine" / "conditions.py").read_text(encoding="utf-8")
    assert set(re.findall(r'WORDS\["(\w+)"\]', source)) == conditions.WORDS.keys()
    assert "function describe" not in "".join(SCRIPTS.values())


def test_every_rank_is_asked_one_way_and_every_way_is_used():
    from assess.engine import priorities

    assert priorities.ASKED.keys() == {key for key, _ in priorities.RANKS}
    assert set(priorities.ASKED.values()) == priorities.ASK.keys()
    # as docs/questionnaires.md says: a barrier, live or not, asks for a plan; a business-case issue for the case
    for key, _ in priorities.RANKS:
        ending = {"barrier": "what is our plan for this?", "live-barrier": "what is our plan for this?",
                  "business-case": "does our business case show this?"}.get(key, "have we settled this?")
        assert priorities.board_question(" Staff may leave. ", key) == f"Staff may leave: {ending}", key
    assert priorities.board_question("Who leads?", "barrier") == "Who leads?"


# --- What is wrong with a file: assess/kb/problems.py (the YAML reader, the schema check) and the governance
# room's CHECKS (network, proposal and budget files), each one table for Python and the browser.

from assess.governance.wording import CHECKS  # noqa: E402
from assess.kb import problems  # noqa: E402

PROBLEM_PYTHON = {name: (REPO / "assess" / name).read_text(encoding="utf-8")
                  for name in ("kb/yamlsafe.py", "kb/schema.py", "kb/numbers.py", "governance/network.py",
                               "governance/budget.py")}
READER_JS = "".join(SCRIPTS[f"site/js/{name}"] for name in ("yaml.js", "yaml-blocks.js"))
SCHEMA_JS = SCRIPTS["site/js/governance-schema.js"]
NETWORK_JS = SCRIPTS["site/js/governance-network.js"] + SCRIPTS["site/js/governance-budget.js"]
_ASKED_PY = r"""\b{}\(\s*"([^"]+)"(?:\s+if\s[^\n]+?\selse\s+"([^"]+)")?"""   # say("x") or say("x" if c else "y")
_ASKED_JS = re.compile(r"""(?:\bfileProblem\(|\bsay\(|\.fail\(|\bproblem\([^,()]+(?:\([^()]*\))?,\s*|"""
                       r"""\bYamlError\([^,()]+,\s*)"([^"]+)"|"([^"]+ fix)"|\?\s*"([^"]+)"\s*:\s*"([^"]+)"\)""")


def _asked(pattern: re.Pattern, source: str) -> set[str]:
    # a key ending in a space is the start of one made in code (say("type " + ...)), counted apart
    return {key for match in pattern.finditer(source) for key in match.groups() if key and not key.endswith(" ")}


def _python_asks() -> set[str]:
    """The entries Python fills: by name, and schema.py's by validator and by JSON type."""
    from assess.kb import schema

    named = _asked(re.compile(_ASKED_PY.format("say")), PROBLEM_PYTHON["kb/yamlsafe.py"] + PROBLEM_PYTHON["kb/schema.py"]
                   + PROBLEM_PYTHON["kb/numbers.py"] + (REPO / "assess" / "kb" / "problems.py").read_text("utf-8"))
    named |= _asked(re.compile(_ASKED_PY.format("problem_text")), PROBLEM_PYTHON["governance/network.py"])
    plain = {key for name, _ in schema._PLAIN.values() for key in (name, name + " fix")}
    return named | plain | {f"type {t}" for t in schema._JSON_TYPES.values()}


def test_every_file_problem_either_side_asks_for_is_in_the_table_and_python_uses_the_rest():
    python, reader = _python_asks(), _asked(_ASKED_JS, READER_JS)
    governance = _asked(_ASKED_JS, SCHEMA_JS) | set(re.findall(r'fileProblem\("([^"]+)"', NETWORK_JS))
    governance |= {f"type {t}" for t in ("object", "array", "string", "integer", "number", "boolean", "null")
                   if f'"{t}"' in SCHEMA_JS}       # typeOf's and the schemas' types: say("type " + ...)
    assert python == problems.PROBLEMS.keys() - problems.BROWSER_ONLY, python ^ (problems.PROBLEMS.keys()
                                                                                   - problems.BROWSER_ONLY)
    # the assessment pages ship only the reader's part: the reader asks for nothing else
    assert reader <= problems.READING.keys(), reader - problems.READING.keys()
    assert governance <= problems.PROBLEMS.keys(), governance - problems.PROBLEMS.keys()
    assert problems.BROWSER_ONLY <= reader, problems.BROWSER_ONLY - reader


def test_every_governance_check_either_side_asks_for_is_in_the_table_and_python_uses_them_all():
    python = set(re.findall(r"""check_text\(\s*"([^"]+)"|check_text\(kind""", PROBLEM_PYTHON["governance/network.py"]
                            + PROBLEM_PYTHON["governance/budget.py"])) - {""}
    python |= set(re.findall(r'''\bread_checked\([^)]*"(not a \w+)"\)''', PROBLEM_PYTHON["governance/network.py"]
                             + PROBLEM_PYTHON["governance/budget.py"]))
    browser = set(re.findall(r"""\.check\((?:[^"()\[\],]|\[[^\]]*\]|\([^()]*\))*,\s*"([^"]+)",""", NETWORK_JS))
    assert python == CHECKS.keys(), python ^ CHECKS.keys()
    assert browser <= CHECKS.keys() and browser == python, browser ^ python


def _entries(table: dict) -> list[tuple[str, str]]:
    return [(key, text) for key, value in table.items() for text in ((value,) if isinstance(value, str) else value)]


# Not copies: the assessment and workshop pages' own message for an upload too large to be an answers file ("The
# file is larger than N bytes, more than any answers file. Choose ..."), checked before the reader runs, and an
# answers file's own problems (answers.js, the twin of assess/engine/answers.py: "An answer to ... is listed twice").
OWN_WORDING = {("site/js/page-start.js", "larger than limit"), ("site/js/workshop-page.js", "larger than limit"),
               ("site/js/answers.js", "listed twice"), ("site/js/answers.js", "listed twice fix")}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_no_browser_script_copies_a_file_problem_or_a_governance_check(name):
    script = _unescaped(SCRIPTS[name])
    for key, text in _entries(problems.PROBLEMS) + _entries(CHECKS):
        if (name, key) in OWN_WORDING or not text:
            continue
        parts = [part.strip() for part in re.split(r"\{\w+\}", text)]
        for fragment in parts if not key.startswith("type ") else ():   # type names are words prose may use
            # the longer fixed stretches, or a whole entry without blanks
            if len(fragment) >= 12 or (len(parts) == 1 and len(fragment) >= 9):
                assert fragment not in script, (name, key, fragment)
        if " " in text:         # the short ones too, as the script's own text ("a list")
            assert f'"{text}"' not in script, (name, key, text)


@pytest.mark.parametrize("module", sorted(PROBLEM_PYTHON))
def test_python_fills_the_file_problems_and_writes_none_out_again(module):
    for key, text in _entries(problems.PROBLEMS) + _entries(CHECKS):
        for fragment in (part.strip() for part in re.split(r"\{\w+\}", text)):
            if len(fragment) >= 18:
                assert fragment not in PROBLEM_PYTHON[module], (module, key, fragment)


def test_file_problems_fill_every_value_and_refuse_a_missing_one():
    from assess.kb.schema import type_name

    assert problems.say("missing key", key="name", at=problems.at(("members", 0))) == \
        "missing key 'name' (at members.0)"
    assert problems.at(()) == "" and type_name(["integer", "string"]) == "a whole number or text"
    assert problems.key_hint("in_favor", ("proposal", "decision", "in_favour")) == "did you mean 'in_favour'?"
    assert problems.key_hint("zzz", ("proposal", "decision")) == "allowed keys: proposal, decision"
    with pytest.raises(KeyError):
        problems.say("too many digits")
    assert problems.data("reading") == problems.READING and problems.data() == problems.PROBLEMS


# files both readers refuse, each with what Python says (message, fix) and the line it names
HOSTILE_YAML = ["a: 1\nb: 2\na: 3\n", "a: {x: 1, x: 2}\n", "a: &x [1, 2]\nb: *x\n", "a:\n  <<: {y: 2}\n",
                "a: 1\n---\nb: 2\n", "a:\n\tb: 1\n", "a: " + "[" * 70 + "]" * 70 + "\n", "n: " + "9" * 150 + "\n",
                "n: 1.0e+999\n"]


def test_the_two_yaml_readers_word_a_problem_the_same(node, tmp_path):
    import json
    import subprocess

    from assess.errors import InputError
    from assess.kb.yamlsafe import MAX_DEPTH, MAX_DIGITS, load_text

    expected = []
    for text in HOSTILE_YAML:
        with pytest.raises(InputError) as refused:
            load_text(text, "f.yaml")
        problem = refused.value.problems[0]
        expected.append([problem.line, problem.message, problem.hint])
    script = tmp_path / "read.js"
    script.write_text(
        "const { context } = require(" + json.dumps(str(REPO / "tests" / "node" / "context.js")) + ");\n"
        "const input = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n"
        "const ctx = context({ careModelsQuestionnaire: input.data }, input.scripts);\n"
        "console.log(JSON.stringify(input.texts.map(function (t) {\n"
        "  try { ctx.AssessEngine.parseYaml(t, input.limits); return 'read'; }\n"
        "  catch (e) { return [e.line, e.what, e.fix]; } })));\n", encoding="utf-8")
    from assess.site.scripts import ENGINE

    data = {"scripts": [str(REPO / "site" / name) for name in ENGINE], "texts": HOSTILE_YAML,
            "data": {"file_problems": problems.data("reading")}, "limits": {"depth": MAX_DEPTH, "digits": MAX_DIGITS}}
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.run([node, str(script), str(tmp_path / "in.json")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == expected
