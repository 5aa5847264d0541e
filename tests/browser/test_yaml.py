"""The browser's YAML: what the engine (site/js/answers.js) writes, the CLI reads back exactly; what it reads, PyYAML reads the same."""
from __future__ import annotations

import random

import pytest

from assess.kb.yamlsafe import load_text

STRANGE = ["", " ", "yes", "no", "null", "~", "0", "1e3", "- x", "a: b", "# c", "'", '"', "\\", "\\n", "\t", "\n",
           "line\nbreak", "\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u00a0", "\u2028", "\u2029", "\ufeff",
           "é", "日本", "😀", "<img src=x onerror=alert(1)>", "{a: [1]}", "&anchor", "*alias", "!!python/object",
           "%TAG", "@x", "`x`", "key:", " lead", "trail ", "dont-know"]


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(STRANGE) for _ in range(rng.randint(0, 6)))


@pytest.fixture
def engine_page(page, site_url):
    page.goto(site_url + "assess.html")
    page.wait_for_function("window.AssessEngine !== undefined")
    return page


def test_strings_written_by_javascript_read_back_exactly(engine_page):
    rng = random.Random(7)
    texts = [random_text(rng) for _ in range(400)] + STRANGE
    out = engine_page.evaluate("ts => ts.map(t => 'v: ' + window.AssessEngine.yamlString(t) + '\\n')", texts)
    for text, line in zip(texts, out):
        assert load_text(line, "t.yaml").data == {"v": text}, repr(text)


def test_numbers_written_by_javascript_read_back_as_numbers(engine_page):
    numbers = [0, 1, -3, 250000, 10_000_000, 0.5, 1e-7, 2.5e21, 123456.789, 1e15, 9007199254740991]
    cq = {"id": "x", "title": "t", "questions": [{"id": f"n{i}", "index": i, "when": None, "type": "number",
                                                    "options": []} for i in range(len(numbers))]}
    text = engine_page.evaluate("""([data, nums]) => {
      const E = window.AssessEngine;
      const values = {}; nums.forEach((n, i) => values['n' + i] = n);
      return E.dumpAnswers(E.compile(Object.assign({targets: [], referenced: []}, data)), {values: values});
    }""", [cq, numbers])
    data = load_text(text, "a.yaml").data
    assert list(data["answers"].values()) == numbers


def test_javascript_reads_what_pyyaml_reads(engine_page, repo):
    samples = [p.read_text(encoding="utf-8") for p in sorted((repo / "examples").glob("*.yaml"))]
    samples += [
        "a: 1\nb: -2.5\nc: yes\nd: 'it''s'\ne: \"x\\ty\"\nf: [a, 'b c', \"d\", 3]\ng: {h: 1, i: [j]}\n",
        "# comment\nanswers:\n  scope:\n    - acute\n    - community  # trailing\n  n: 1_000\n",
        "answers:\n  scope:\n  - acute\n  - community\ncontext: >\n  folded\n  text\n\n  para\nr: |\n  keep\n  lines\n",
        "text: plain text that\n  continues here\nx: ~\ny:\nz: 0x1F\n",
        "q: \"multi\n  line\"\nw: 'single\n\n  quoted'\n",
        "---\nk: v\n...\n",
    ]
    parsed = engine_page.evaluate("ts => ts.map(t => { try { return {ok: window.AssessEngine.parseYaml(t)}; }"
                                  " catch (e) { return {error: e.message}; } })", samples)
    for text, got in zip(samples, parsed):
        assert "ok" in got, (text, got)
        assert got["ok"] == load_text(text, "x.yaml").data, text


def test_javascript_refuses_what_the_cli_refuses(engine_page):
    bad = ["a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!python/object:os.system x\n", "a:\n\t- b\n",
           "a: [1, 2\n", "a: \"open\n", "---\na: 1\n---\nb: 2\n"]
    results = engine_page.evaluate("ts => ts.map(t => { try { window.AssessEngine.parseYaml(t); return null; }"
                                   " catch (e) { return e.message; } })", bad)
    for text, message in zip(bad, results):
        assert message, f"accepted: {text!r}"
