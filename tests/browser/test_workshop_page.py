"""The workshop page in Chromium: three example answers files added together give the ranking, ranges and
recommendation of `assess score A B C --json` and the paper bytes of `assess report A B C --format html`; the
question-by-question table agrees with the files; duplicates and broken files are refused with the line; links are
read; no JavaScript; axe at 1280 and 390 px; within 200 KB gzipped."""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assess.site.scripts import ENGINE, WORKSHOP, WORKSHOP_DATA

from .conftest import MAIN, questionnaire_for_site
from .test_accessibility import axe_violations

REPO = Path(__file__).resolve().parents[2]
NAMES = ("aco.yaml", "mcp.yaml", "pacs.yaml")

pytestmark = pytest.mark.skipif(questionnaire_for_site() != MAIN, reason="the examples answer the care-model questionnaire")


@pytest.fixture
def files(tmp_path) -> list[Path]:
    out = []
    for name in NAMES:
        shutil.copy(REPO / "examples" / name, tmp_path / name)
        out.append(tmp_path / name)
    return out


def _cli(args: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}    # a browser has no such setting
    proc = subprocess.run([sys.executable, "-m", "assess", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _add(page, site_url, files):
    page.goto(site_url + "workshop.html")
    page.set_input_files("#workshop-upload", [str(f) for f in files])
    page.wait_for_selector("#ranking-caption-table")


def test_three_respondents_give_what_assess_score_gives(page, site_url, files):
    _add(page, site_url, files)
    expected = json.loads(_cli(["score", *NAMES, "--json"], files[0].parent))
    shown = page.evaluate("""() => {
        const last = CareModels.workshop.last, r = last.recommendation;
        return { ranking: last.result.ranking.map(x => [x.model, x.score, x.low, x.high, x.excluded]),
                 recommendation: [r.kind, r.id, r.fit, r.confidence, r.changes.map(c => [c.respondent, c.text])],
                 disagreements: last.result.disagreements };
    }""")
    round2 = lambda row: [row[0], round(row[1], 2), round(row[2], 2), round(row[3], 2), row[4]]
    assert [round2(r) for r in shown["ranking"]] == \
        [[r["model"], r["score"], r["low"], r["high"], r["excluded"]] for r in expected["ranking"]]
    rec = expected["recommendation"]
    assert shown["recommendation"][:2] == [rec["kind"], rec["id"]]
    assert round(shown["recommendation"][2], 2) == rec["fit"] and shown["recommendation"][3] == rec["confidence"]
    assert shown["recommendation"][4] == [[c["respondent"], c["text"]] for c in rec["changes"]]
    assert shown["disagreements"] == expected["disagreements"]
    rows = page.locator("#ranking-caption-table tbody tr")
    for i, r in enumerate(expected["ranking"]):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        assert cells[1] == r["name"]
    assert rec["name"] in page.locator(".app-decision h2").inner_text()
    # the decision comes first, then the downloads, the questions to ask and the disagreements, then the ranking
    order = page.evaluate("""() => ['recommendation', 'save', 'first-questions', 'disagreements', 'ranking', 'changes']
        .map(id => document.getElementById(id).getBoundingClientRect().top)""")
    assert order == sorted(order)
    changes = page.locator("#changes + ul li").all_inner_texts()
    assert changes and all(c.split("\u2019s answer")[0] in {x["respondent"] for x in expected["respondents"]}
                           for c in changes)
    assert not page.errors, page.errors
    assert not page.remote, page.remote


def test_the_combined_board_paper_is_the_bytes_of_assess_report(page, site_url, files, tmp_path):
    _add(page, site_url, files)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the combined board paper").click()
    got = Path(info.value.path()).read_text(encoding="utf-8")
    out = tmp_path / "paper.html"
    _cli(["report", *NAMES, "--format", "html", "-o", str(out)], files[0].parent)
    assert got == out.read_text(encoding="utf-8")
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("Download the answers of")).first.click()
    assert info.value.suggested_filename == "aco.yaml"
    assert Path(info.value.path()).read_bytes() == files[0].read_bytes()


def test_the_table_says_who_answered_what_and_where_they_differ(page, site_url, files):
    _add(page, site_url, files)
    from assess.kb.yamlsafe import load_file
    docs = [load_file(f).data for f in files]
    differ = {d["question"] for d in page.evaluate("CareModels.workshop.last.result.disagreements")}
    rows = page.locator("#answers-caption-table tbody tr")
    seen = {}
    for i in range(rows.count()):
        row = rows.nth(i)
        seen[row.get_attribute("data-question")] = row.get_attribute("data-agreement")
    assert {q for q, a in seen.items() if a == "Differ"} == differ and differ
    for q, agreement in seen.items():
        raw = [json.dumps(d["answers"].get(q), sort_keys=True) for d in docs]
        if agreement == "Agree":
            assert len(set(raw)) == 1, q
        elif agreement.startswith("Agree"):                 # numbers: the CLI counts the same band as agreeing
            assert len(set(raw)) > 1 and all(re.fullmatch(r"[0-9.]+", x) for x in raw), q
    assert "Agree (numbers in the same band)" in seen.values()
    headers = page.locator("#answers-caption-table thead th").all_inner_texts()
    assert headers[1:4] == [d["respondent"] for d in docs]


def test_the_same_answers_twice_and_a_broken_file_are_refused_and_a_respondent_removed(page, site_url, files, tmp_path):
    _add(page, site_url, files[:2])
    copy = tmp_path / "again.yaml"
    shutil.copy(files[0], copy)
    broken = tmp_path / "broken.yaml"
    broken.write_text("questionnaire: care-model-fit\nanswers:\n  lead: commissioners\n  lead: gp-led\n", encoding="utf-8")
    page.set_input_files("#workshop-upload", [str(copy), str(broken)])
    page.wait_for_selector("#workshop-error-summary")
    text = page.locator("#workshop-error-summary").inner_text()
    assert "\u201cagain.yaml\u201d: These are the same answers as \u201caco.yaml\u201d" in text
    assert re.search(r"\u201cbroken.yaml\u201d: Line 4\b.*lead", text), text      # assess score: broken.yaml:4:3
    assert page.locator("#people-caption-table tbody tr").count() == 2
    page.get_by_role("button", name=re.compile("^Remove ")).first.click()
    assert page.locator("#people-caption-table tbody tr").count() == 1
    assert page.locator("#answers-caption-table thead th").count() == 3     # question, one respondent, agreement


def test_a_pasted_answers_link_adds_a_respondent(page, site_url, files):
    _add(page, site_url, files[:1])
    text = files[1].read_text(encoding="utf-8")
    link = page.evaluate("t => CareModelsLink.fragment(t).then(f => location.href.split('#')[0] + f)", text)
    page.fill("#workshop-link", link)
    page.get_by_role("button", name="Add the answers in the link").click()
    page.wait_for_function("document.querySelectorAll('#people-caption-table tbody tr').length === 2")
    assert page.locator("#people-caption-table tbody tr").nth(1).locator("td").first.inner_text() == "answers-link-1.yaml"
    page.fill("#workshop-link", "https://example.org/no-answers-here")
    page.get_by_role("button", name="Add the answers in the link").click()
    assert "This is not a link to answers" in page.locator("#workshop-error-summary").inner_text()
    assert not page.remote, page.remote


def test_without_javascript_the_page_says_so(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "workshop.html")
    assert page.locator(".app-nojs").is_visible()
    assert not page.locator("#workshop-root").is_visible()
    context.close()


def test_the_page_and_its_scripts_are_within_200_kb_gzipped(built_site):
    html = (built_site / "workshop.html").read_bytes()
    scripts = [s.split("?")[0] for s in re.findall(r'<script src="assets/([^"]+)"', html.decode("utf-8"))]
    assert set(scripts) == set(WORKSHOP_DATA + ENGINE + WORKSHOP)
    total = len(gzip.compress(html)) + len(gzip.compress((built_site / "assets" / "site.css").read_bytes()))
    total += sum(len(gzip.compress((built_site / "assets" / name).read_bytes())) for name in scripts)
    assert total < 200_000, total


@pytest.mark.parametrize("width", (1280, 390))
def test_the_workshop_page_has_no_axe_violations(page, site_url, files, width):
    page.set_viewport_size({"width": width, "height": 900})
    _add(page, site_url, files)
    page.set_input_files("#workshop-upload", [str(files[0])])       # an error summary shown as well
    page.wait_for_selector("#workshop-error-summary")
    assert axe_violations(page) == []
