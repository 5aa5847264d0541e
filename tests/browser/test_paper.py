"""The board paper the browser writes ("Download the board paper") is the paper `assess report --format html`
writes for the same answers file.

The browser renders the same template (templates/report.md.j2) with Nunjucks and markdown-it
(site/js/, window.CareModelsPaper); its view and the workforce and variant parts of the result are ported from Python,
and its knowledge-base texts come from the site build (assess/site/paper_data.py). Generated answer
sets, with hostile respondent and context text, are turned into a paper in Chromium and by the CLI
from the very answers file the browser would download, and the two are compared.
"""
from __future__ import annotations

import os
import random
import re
import subprocess
import sys

import pytest

from assess.engine.answers import applicable_values
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.sampling import random_answers
from assess.engine.variants import match
from assess.engine.workforce import workforce
from assess.kb.yamlsafe import load_file
from assess.reports.kbview import cite
from assess.reports.markdown import md_cell, md_escape
from assess.reports.words import fit_text, points_text, range_text
from assess.site.scripts import PAPER

from .conftest import MAIN, answer_current, questionnaire_for_site

SCRIPTS = PAPER
HOSTILE = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "{# note #} *not bold* [link](http://example.org)",
           "# not a heading", "1. not a list", "Trust | partners & <b>co</b>", "tab\tand\u2028line \u3000chart\u00a0"]
# (control characters are refused in an answers file's free text, by the CLI and the page alike; the filters
# are still tried on them below)
N = 24                      # answer sets compared (3 examples, one of each kind of recommendation, and generated ones)


def _load_paper(page, site_url) -> None:
    page.goto(site_url + "assess.html")
    page.wait_for_function("window.AssessEngine !== undefined")
    for src in SCRIPTS:
        page.add_script_tag(url=site_url + "assets/" + src)
    page.wait_for_function("window.CareModelsPaper !== undefined && window.nunjucks && window.markdownit")


def _answer_sets(q, repo) -> list[dict]:
    """Three examples (a model, an alternative, nothing clear yet), then generated answers with hostile text."""
    sets = []
    for name in ("mcp", "buddying", "not-yet-clear"):
        doc = load_file(repo / "examples" / f"{name}.yaml").data
        sets.append({"values": doc["answers"], "respondent": str(doc.get("respondent") or ""),
                     "context": str(doc.get("context") or ""), "date": str(doc.get("date") or "2026-01-05")})
    rng = random.Random("board-paper")
    while len(sets) < N:
        values = {k: list(v) if isinstance(v, tuple) else v for k, v in random_answers(q, rng).items()}
        sets.append({"values": values, "respondent": rng.choice(HOSTILE + ["", "Jo Bloggs, CCG"]),
                     "context": " ".join(rng.sample(HOSTILE, 3)), "date": rng.choice(["2026-03-01", "2025-12-31", ""])})
    return sets


PAPERS = """([data, sets]) => {
  const E = window.AssessEngine, cq = E.compile(data), libs = {nunjucks: window.nunjucks, markdownit: window.markdownit};
  return sets.map(s => {
    const text = E.dumpAnswers(cq, s);
    return {text: text, html: window.CareModelsPaper.boardPaper(libs, cq, text, "answers-" + cq.id + ".yaml").html};
  });
}"""


def _sections(html: str) -> list[tuple[str, str]]:
    """(heading, text) of each part of a paper, in order: headings are h1 and h2; text without tags."""
    body = html.split("<main>", 1)[1]
    parts = re.split(r"<h[12][^>]*>(.*?)</h[12]>", body)
    plain = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", p)).strip() for p in parts]
    return list(zip(["(first page)"] + plain[1::2], plain[0::2]))


def test_browser_paper_is_the_cli_paper(page, site_url, kb, repo, tmp_path):
    if questionnaire_for_site() != MAIN:
        pytest.skip("the CLI finds questionnaires by id in questionnaires/ only")
    q = load_questionnaire(MAIN, kb)
    from assess.site.questionnaire_data import questionnaire_data

    sets = _answer_sets(q, repo)
    _load_paper(page, site_url)
    papers = page.evaluate(PAPERS, [questionnaire_data(q, kb), sets])
    # Nothing is normalised: the CLI reads the very answers file the browser would download (same bytes, so the
    # same content hash and date), and the version is the one the site was built with. SOURCE_DATE_EPOCH is
    # unset for the CLI, as a browser has no such setting.
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    kinds = set()
    for i, paper in enumerate(papers):
        answers = tmp_path / str(i) / f"answers-{q.id}.yaml"
        answers.parent.mkdir()
        answers.write_text(paper["text"], encoding="utf-8")
        out = tmp_path / str(i) / "paper.html"
        proc = subprocess.run([sys.executable, "-m", "assess", "report", str(answers), "--format", "html", "-o", str(out)],
                              cwd=repo, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        cli, browser = out.read_text(encoding="utf-8"), paper["html"]
        where = f"answer set {i}: {sets[i]}"
        assert [h for h, _ in _sections(browser)] == [h for h, _ in _sections(cli)], f"{where}: sections"
        for (heading, text), (_, expected) in zip(_sections(browser), _sections(cli)):
            assert text == expected, f"{where}: section {heading!r} differs"
        assert re.findall(r"<blockquote>.*?</blockquote>", browser, re.S) == \
            re.findall(r"<blockquote>.*?</blockquote>", cli, re.S), f"{where}: the recommendation"
        assert browser == cli, f"{where}: the pages differ outside their text"
        assert "<script" not in browser.lower()
        for hostile in (sets[i]["respondent"], sets[i]["context"]):
            if "<script>" in hostile:
                assert "&lt;script&gt;" in browser
        kinds.add(re.search(r"<strong>(Recommended|Not yet clear)", browser).group(1))
    assert kinds == {"Recommended", "Not yet clear"}
    assert not page.errors, page.errors


def test_workforce_and_variant_equal_python(page, site_url, kb):
    """The parts of the result the browser adds for the paper, over generated answer sets."""
    if questionnaire_for_site() != MAIN:
        pytest.skip("the workforce and variants are those of the care-model questionnaire")
    from assess.site.questionnaire_data import questionnaire_data

    q = load_questionnaire(MAIN, kb)
    rng = random.Random("workforce-variant")
    sets = [{k: list(v) if isinstance(v, tuple) else v for k, v in random_answers(q, rng).items()} for _ in range(150)]
    _load_paper(page, site_url)
    js = page.evaluate("""([data, sets]) => {
      const E = window.AssessEngine, P = window.CareModelsPaper, cq = E.compile(data);
      return sets.map(values => {
        const r = E.score(cq, values), known = E.applicable(cq, values), rec = E.decide(cq, r, values);
        const w = P.workforce(rec, r.ranking, known), v = P.variant(rec.kind === "model" ? rec.id : null, known);
        return {rec: [rec.kind, rec.id], w: w && {model: w.model, recommended: w.recommended, summary: w.summary,
                  items: w.implications.map(i => [i.text, i.why, i.cite]), legal: w.legal.map(i => [i.text, i.why, i.cite])},
                v: v && {model: v.model, name: v.name, why: v.why, tied: v.tied, part: v.features_part,
                         features: v.features.map(f => [f.text, f.cite]), examples: v.examples}};
      });
    }""", [questionnaire_data(q, kb), sets])
    named = {"workforce": 0, "variant": 0}
    for values, got in zip(sets, js):
        a = run_values(q, kb, values)
        rec = a["recommendation"]
        assert got["rec"] == [rec["kind"], rec["id"]]
        known = [applicable_values(q, _tuples(q, values))]
        w = workforce(q, kb, rec, a["ranking"], known)
        expected_w = w and {"model": w["model"], "recommended": w["recommended"], "summary": w["summary"],
                            "items": [[i["text"], i["why"], _cite(kb, i)] for i in w["implications"]],
                            "legal": [[i["text"], i["why"], _cite(kb, i)] for i in w["legal"]]}
        assert got["w"] == expected_w, values
        v = match(q, kb, rec["id"] if rec["kind"] == "model" else None, known)
        expected_v = v and {"model": v["model"], "name": v["name"], "why": v["why"], "tied": v["tied"],
                            "part": v["features_part"],
                            "features": [[f["text"], _cite(kb, f)] for f in v["features"]],
                            "examples": [e["text"] for e in v["examples"]]}
        assert got["v"] == expected_v, values
        named["workforce"] += bool(w and w["implications"])
        named["variant"] += bool(v and v["name"])
    assert named["workforce"] and named["variant"], named
    assert not page.errors, page.errors


def _cite(kb, item) -> str:
    return cite(kb, item["source"]) if item.get("source") else ""


def _tuples(q, values: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}


def run_values(q, kb, values: dict) -> dict:
    """The score result of one answer set, as `assess score` gives it for an answers file."""
    from assess.engine.answers import Answers
    from assess.engine.assessment import evaluate

    known = applicable_values(q, _tuples(q, values))
    kept = {k: v for k, v in _tuples(q, values).items() if k in known}
    return evaluate(q, kb, [Answers("answers.yaml", q.id, None, None, None, kept)])


def test_javascript_text_filters_equal_python(page, site_url):
    """The template filters (md, cell, trim) and number wording the paper uses, on awkward input."""
    texts = HOSTILE + ["", "  spaced  out  ", "\x1c\x1d\x1e\x1f\x85\u3000x\ufeff", "+ plus", "= rule", "- dash", "-",
                       "12) item", "\u0661\u0662. Arabic-Indic digits", "a_b`c~d", "back\\slash", "...dots...", ". x ."]
    numbers = [0.25, 0.35, 62.25, 1.05, -0.05, 99.95, 12.345, 0.0, 100.0, 1 / 3, 74.85, 2.5]
    points = [2.0, -1.5, 0.5, 1e-5, -3.0, 1234567.0, 0.1 + 0.2, 10.0, 0.0001]
    ranges = [(0.0, 0.04), (61.2, 88.9), (10.0, 20.0), (0.0, 100.0), (49.999999, 50.0000001)]
    _load_paper(page, site_url)
    js = page.evaluate("""([texts, numbers, points, ranges]) => {
      const T = window.CareModelsPaper.text;
      return {md: texts.map(T.mdEscape), cell: texts.map(T.mdCell), trim: texts.map(t => T.strip(t)),
              trimDots: texts.map(t => T.strip(t, ".")), fit: numbers.map(T.fitText), points: points.map(T.pointsText),
              ranges: ranges.map(([a, b]) => T.rangeText(a, b)), sha: texts.map(T.sha256)};
    }""", [texts, numbers, points, ranges])
    import hashlib

    assert js["md"] == [md_escape(t) for t in texts]
    assert js["cell"] == [md_cell(t) for t in texts]
    assert js["trim"] == [t.strip() for t in texts]
    assert js["trimDots"] == [t.strip(".") for t in texts]
    assert js["fit"] == [fit_text(x) for x in numbers]
    assert js["points"] == [points_text(x) for x in points]
    assert js["ranges"] == [range_text(a, b) for a, b in ranges]
    assert js["sha"] == [hashlib.sha256(t.encode()).hexdigest() for t in texts]


def test_the_button_downloads_a_self_contained_printable_paper(page, site_url, tmp_path):
    page.goto(site_url + "assess.html")
    page.get_by_text("Add who is answering").click()
    page.fill("#respondent", "<script>alert(1)</script> {{ 7*7 }}")
    page.fill("#context", "{% raw %} context {{ 7*7 }} <img src=x onerror=alert(2)>")
    page.get_by_role("button", name="Start").click()
    for _ in range(300):
        if "#/review" in page.url:
            break
        answer_current(page, "250000", "notes {{ 7*7 }}")
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("#recommendation")
    assert page.evaluate("window.nunjucks === undefined && window.markdownit === undefined"), \
        "the libraries that render the paper load only when the paper is asked for"
    assert page.get_by_role("button", name="Download the answers").count() == 1
    assert page.locator("text=assess report").count() == 0
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the board paper").click()
    download = info.value
    assert re.fullmatch(r"board-paper-raw-context-7-7-img-src-x-onerror-alert-\d{4}-\d\d-\d\d\.html", download.suggested_filename)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>" in html and 'class="page-break"' in html
    assert re.search(r"@media print", html) and "@page" in html, "the print stylesheet is inline"
    assert not re.search(r"<[a-zA-Z][^>]*\b(src|href)\s*=", html), "no element names a file to load or a link"
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<link" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in html          # shown as typed: not run, not evaluated
    assert "{% raw %} context {{ 7*7 }} &lt;img src=x onerror=alert(2)&gt;" in html
    assert page.locator("#paper-status", has_text="downloaded").count() == 1
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    text = page.inner_text("main")
    assert "<script>alert(1)</script> {{ 7*7 }}" in text and "{% raw %} context" in text
    assert page.locator("main h1").count() == 2            # the paper and its appendix
    page.wait_for_timeout(200)
    assert dialogs == [] and [url for url in page.remote if url != path.as_uri()] == []
    assert not page.errors, page.errors
