"""The assessment page: answers survive a reload, downloads load in the CLI, uploads are shown as text."""
from __future__ import annotations

import json
import re
import subprocess
import sys

try:
    from playwright.sync_api import expect
except ImportError:     # without the browser extra: the `page` fixture skips these tests (and fails them in CI)
    expect = None

from assess.kb.yamlsafe import load_file

from .conftest import answer_current, questionnaire_for_site

XSS = "<img src=x onerror=alert(1)>"


def _answer_all(page):
    """Answer every question on screen: the first option, a number or some text, until the review."""
    for _ in range(300):
        if "#/review" in page.url:
            return
        answer_current(page, "250,000", 'Notes with "quotes", a back\\slash and a line\nbreak')
    raise AssertionError("never reached the review")


def test_answers_survive_a_reload_and_progress_counts_applicable_questions(page, site_url):
    page.goto(site_url + "assess.html")
    page.get_by_text("Add who is answering").click()
    page.fill("#respondent", "Jo Bloggs, CCG")
    page.get_by_role("button", name="Start").click()
    progress = page.locator(".app-progress").inner_text()
    assert progress.startswith("Question 1 of about ")
    page.locator("input[name=answer]").first.check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".app-progress")).to_contain_text("Question 2 of about")
    url = page.url
    page.reload()
    assert page.url == url
    expect(page.locator(".app-progress")).to_contain_text("Question 2 of about")
    page.locator("a.nhsuk-back-link").click()
    expect(page.locator(".app-progress")).to_contain_text("Question 1 of about")
    expect(page.locator("input[name=answer]").first).to_be_checked()    # the first answer is still there
    page.goto(site_url + "assess.html#/review")
    assert page.locator("text=Jo Bloggs, CCG").count() == 1
    assert not page.errors, page.errors


def test_dont_know_is_accepted_and_shown(page, site_url):
    page.goto(site_url + "assess.html#/start")
    page.get_by_role("button", name="Start").click()
    page.check("#answer-dk")
    page.get_by_role("button", name="Continue").click()
    page.goto(site_url + "assess.html#/review")
    assert page.locator("dd", has_text="don't know").count() >= 1


def test_results_show_chart_table_reasons_sensitivity_and_challenges(page, site_url):
    page.goto(site_url + "assess.html")
    page.get_by_role("button", name="Start").click()
    _answer_all(page)
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("#recommendation")
    ruled_out = page.locator(".app-ruled-out li").count()
    assert page.locator(".app-chart__row").count() + ruled_out == len(json.loads(page.evaluate(
        "JSON.stringify(window.careModelsQuestionnaire.ranking)")))
    assert page.locator("table caption", has_text="Ranking").count() == 1
    assert page.locator("#why").count() and page.locator("#sensitivity").count()
    assert page.locator("#check-and-challenge").count()
    assert page.locator("h2#check-and-challenge ~ ol li").count() > 0
    assert page.locator("#recommendation").count() == 1    # the decision first
    assert not page.errors, page.errors


def test_what_only_the_results_need_loads_when_they_are_first_shown(page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "assess.html#/start")
    page.get_by_role("button", name="Start").click()
    answer_current(page)
    page.wait_for_selector(".app-progress")
    assert not [u for u in requested if u.endswith("questionnaire-results.js")]     # not for the questions
    page.goto(site_url + "assess.html#/results")
    page.wait_for_selector("#recommendation")
    assert len([u for u in requested if u.endswith("questionnaire-results.js")]) == 1
    assert page.locator("#why li").count() > 0                                     # the reasons came with it
    assert not page.errors, page.errors


def test_results_that_cannot_load_say_so_in_plain_words(page, site_url):
    page.route("**/questionnaire-results.js", lambda route: route.abort())
    page.goto(site_url + "assess.html#/start")
    page.get_by_role("button", name="Start").click()
    answer_current(page)
    page.goto(site_url + "assess.html#/results")
    expect(page.locator("[role=status]")).to_have_text(
        "The results could not be loaded. Check your connection, then reload this page.")
    assert page.locator("#recommendation").count() == 0


def test_downloaded_answers_are_read_by_the_cli(page, site_url, tmp_path, repo):
    page.goto(site_url + "assess.html")
    page.get_by_text("Add who is answering").click()
    page.fill("#respondent", 'Jo "JB" Bloggs \\ CCG: ' + XSS)
    page.fill("#context", "North-east London\nsecond line: yes, no, # not a comment")
    page.get_by_role("button", name="Start").click()
    _answer_all(page)
    page.get_by_role("button", name="See the results").click()
    js_top = page.locator(".app-chart__row").first.inner_text()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the answers").click()
    path = tmp_path / "answers.yaml"
    info.value.save_as(path)
    doc = load_file(path).data
    assert doc["respondent"] == 'Jo "JB" Bloggs \\ CCG: ' + XSS
    assert doc["context"] == "North-east London\nsecond line: yes, no, # not a comment"
    q = questionnaire_for_site()
    proc = subprocess.run([sys.executable, "-m", "assess", "score", str(path), "--json"], cwd=repo,
                          capture_output=True, text=True)
    if q.stem != "care-model-fit":       # the CLI finds questionnaires by id in questionnaires/ only
        return
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["ranking"][0]["name"] in js_top


def test_uploaded_file_is_shown_as_text_never_as_html(page, site_url, tmp_path):
    page.goto(site_url + "assess.html")
    qid = page.evaluate("window.careModelsQuestionnaire.id")
    text_q = page.evaluate("(window.careModelsQuestionnaire.questions.find(q => q.type === 'text' && !q.when) || {}).id")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    single = page.evaluate("(q => q.id + ': ' + q.options[0].id)(window.careModelsQuestionnaire.questions"
                           ".find(q => q.type === 'single' && !q.when))")
    answers = f"  {single}\n" + (f'  {text_q}: "{XSS}"\n' if text_q else "")
    upload = tmp_path / "hostile.yaml"
    upload.write_text(f'questionnaire: {qid}\nrespondent: "{XSS}"\ncontext: \'{XSS}\'\n'
                      f'answers:\n{answers}', encoding="utf-8")
    page.set_input_files("#upload", str(upload))
    page.wait_for_selector("h1:text-is('Check your answers')")
    assert page.locator(f"text={XSS}").count() >= 2          # respondent and context, literally
    assert page.locator("img").count() == 0
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("#recommendation")
    assert page.locator(".app-respondent", has_text=XSS).count() == 1
    assert page.locator("main img").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []
    assert not page.errors, page.errors


def test_a_bad_upload_is_reported_with_its_problems(page, site_url, tmp_path):
    page.goto(site_url + "assess.html")
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"questionnaire: other\nanswers:\n  nope: 1\n  '{XSS}': x\n", encoding="utf-8")
    page.set_input_files("#upload", str(bad))
    summary = page.locator("#upload-error-summary")
    summary.wait_for()
    text = summary.inner_text()
    assert "answers to another questionnaire (\u201cother\u201d)" in text
    assert XSS in text and page.locator("main img").count() == 0


def test_example_answer_files_upload(page, site_url, repo):
    q = questionnaire_for_site()
    examples = sorted((repo / "examples").glob("*.yaml"))
    examples = [e for e in examples if load_file(e).data.get("questionnaire") == load_file(q).data["id"]]
    page.goto(site_url + "assess.html")
    for example in examples:
        page.goto(site_url + "assess.html#/start")
        page.set_input_files("#upload", str(example))
        page.wait_for_selector("h1:text-is('Check your answers')")
        assert page.locator("text=Loaded").count() == 1, example.name
    assert not page.errors, page.errors


def test_start_is_on_the_first_screen_with_one_title(page, site_url):
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(site_url + "assess.html#/start")
        start = page.get_by_role("button", name="Start now")
        box = start.bounding_box()
        assert box and box["y"] + box["height"] <= height, f"Start below the first screen at {width}px"
        assert page.locator("h1").count() == 1
        assert page.locator(".nhsuk-lede-text").inner_text().startswith("About ")
    assert not page.errors, page.errors


def test_the_window_title_names_each_step_and_errors(page, site_url):
    page.goto(site_url + "assess.html#/start")
    page.get_by_role("button", name="Start").click()
    expect(page).to_have_title(re.compile(r"^Question 1 of about \d+: .+ – Care models$"))
    page.get_by_role("button", name="Continue").click()            # nothing chosen: an error
    expect(page).to_have_title(re.compile(r"^Error: Question 1 of about \d+: .+ – Care models$"))
    page.goto(site_url + "assess.html#/review")
    expect(page).to_have_title(re.compile(r" – Care models$"))
    assert not page.title().startswith("Question")


def test_change_on_check_your_answers_returns_there(page, site_url):
    page.goto(site_url + "assess.html")
    page.get_by_role("button", name="Start").click()
    _answer_all(page)
    page.locator(".nhsuk-summary-list__actions a[href^='#/change/']").first.click()
    expect(page.locator("a.nhsuk-back-link")).to_have_text(re.compile("Back to your answers"))
    page.locator("#answer-0").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(r"#/review$"))
    assert not page.errors, page.errors
