"""The results as a board member needs them: the decision, then what to take away (the board paper, printed or
downloaded, the answers and a link that brings them back), workforce, the first questions, the ranking with
ruled-out models apart; Change and don't-know links return where they came from."""
from __future__ import annotations

import base64
import gzip
import re
import zlib

import pytest

from .conftest import answer_current
from .test_accessibility import axe_violations

DATE = r"\d{4}-\d\d-\d\d"


def _results_of(page, url: str, example) -> None:
    """Load an example answers file on the start page, then show its results."""
    page.goto(url + "#/start")
    page.set_input_files("#upload", str(example))
    page.wait_for_selector("h1:text-is('Check your answers')")
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("#recommendation")
    page.wait_for_selector("#workforce")


@pytest.fixture
def mcp(repo):
    return repo / "examples" / "mcp.yaml"        # recommends a model and rules four out


def _top(page, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["y"]


def test_the_results_lead_with_the_decision_then_what_to_take_away(page, site_url, mcp):
    page.set_viewport_size({"width": 1280, "height": 800})
    _results_of(page, site_url + "assess.html", mcp)
    order = ["#recommendation", ".app-actions", "#workforce", "#check-and-challenge", ".app-chart", "#ruled-out", "#more"]
    tops = [_top(page, s) for s in order]
    assert tops == sorted(tops), dict(zip(order, tops))
    buttons = page.locator(".app-actions button").all_inner_texts()
    assert buttons == ["Download the board paper", "Print the board paper", "Download the answers",
                       "Copy a link to these answers"]
    download = page.get_by_role("button", name="Download the board paper").bounding_box()
    assert download["y"] + download["height"] <= 2 * 800, "the download is within the first two screens"
    assert download["y"] < _top(page, ".app-first-questions li")
    assert 1 <= page.locator(".app-first-questions li").count() <= 7
    assert page.locator("#workforce ~ ul li").count() >= 1
    # everything after the ranking is closed until asked for
    details = page.locator("#more ~ details")
    assert details.count() >= 4 and all(not d.get_attribute("open") for d in details.all())
    assert not page.locator("#sensitivity li").first.is_visible()
    assert not page.errors, page.errors


def test_the_decision_box_says_the_fit_and_confidence_as_the_paper_does(page, site_url, repo, kb):
    from assess.engine.assessment import run
    from assess.reports.sentences import CONFIDENCE
    from assess.reports.words import fit_out_of_100, fit_phrase, range_text

    example = repo / "examples" / "aco-or-pacs.yaml"        # a fit with a range, and a close call
    result = run([example], kb).result
    rec = result["recommendation"]
    _results_of(page, site_url + "assess.html", example)
    box = " ".join(page.locator(".app-decision").inner_text().split())
    assert f"Fit {fit_out_of_100(rec['fit'], rec['low'], rec['high'])}. Confidence: {CONFIDENCE[rec['confidence']]}." in box
    assert "(range" in box
    # the chart and the table say each fit and range as the paper's chart and tables do
    standing = [r for r in result["ranking"] if not r["excluded"]]
    assert page.locator(".app-chart__value").all_inner_texts()[:len(standing)] == \
        [fit_phrase(r["score"], r["low"], r["high"]) for r in standing]
    ranges = page.locator("#ranking-caption ~ tbody tr td:nth-child(4)").all_inner_texts()
    assert ranges == [range_text(r["low"], r["high"]) for r in standing] and "exact" in ranges


def test_ruled_out_models_are_listed_apart_never_as_bars(page, site_url, mcp):
    _results_of(page, site_url + "assess.html", mcp)
    ruled_out = page.locator(".app-ruled-out li").all_inner_texts()
    assert len(ruled_out) == 4 and all(": " in t and "(it needs: " in t for t in ruled_out)     # with the reason
    chart = page.locator(".app-chart").inner_text()
    table = page.locator("table", has=page.locator("caption", has_text="Ranking")).inner_text()
    for line in ruled_out:
        name = line.split(":")[0]
        assert name not in chart and name not in table
    assert "excluded" not in chart
    ranks = [int(r.split(".")[0]) for r in page.locator(".app-chart__label").all_inner_texts()]
    assert ranks == list(range(1, len(ranks) + 1))


def test_a_fresh_browser_on_the_results_address_is_shown_how_to_start(page, site_url):
    page.goto(site_url + "assess.html#/results")
    page.wait_for_selector("h1:text-is('Your results')")      # the page's own h1 first, then the script's
    assert "no answers in this browser yet" in page.locator("main").inner_text()
    assert page.locator(".app-chart, table, #recommendation").count() == 0
    page.get_by_role("link", name="Start the assessment").click()
    page.wait_for_url(re.compile(r"#/start$"))
    page.get_by_role("button", name="Start").click()
    page.get_by_role("link", name="Check your answers").click()        # from question 1, nothing answered
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("main :text('no answers in this browser yet')")
    assert page.locator(".app-chart").count() == 0
    assert axe_violations(page) == []


def test_print_sends_the_board_paper_itself_to_the_printer(page, site_url, mcp, tmp_path):
    _results_of(page, site_url + "assess.html", mcp)
    page.evaluate("""() => {
      window.__printed = [];
      window.print = () => window.__printed.push('the results page');
      const real = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', { get() {
        const w = real.get.call(this);
        w.print = () => window.__printed.push(w.document.documentElement.outerHTML);
        return w;
      } });
    }""")
    page.get_by_role("button", name="Print the board paper").click()
    page.wait_for_function("window.__printed.length > 0")
    printed = page.evaluate("window.__printed")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the board paper").click()
    path = tmp_path / "paper.html"
    info.value.save_as(path)
    paper = path.read_text(encoding="utf-8")
    assert len(printed) == 1 and printed[0] != "the results page"
    assert page.locator("#print-frame").get_attribute("srcdoc") == paper       # the same document as the download
    title = re.search(r"<title>(.*?)</title>", paper).group(1)
    assert f"<title>{title}</title>" in printed[0] and "Print the board paper" not in printed[0]
    assert not page.locator("#print-frame").is_visible()
    assert not page.errors, page.errors


def test_downloads_are_named_from_the_local_system_and_the_date(page, site_url, tmp_path):
    page.goto(site_url + "assess.html#/start")
    page.get_by_text("Add who is answering").click()
    page.fill("#context", "  Tŷ Hafan / North-East London: 3 trusts & 40 practices, review of 2026 ../../etc  ")
    page.get_by_role("button", name="Start").click()
    answer_current(page)
    page.goto(site_url + "assess.html#/results")
    page.wait_for_selector("#recommendation")
    names = []
    for label in ("Download the board paper", "Download the answers"):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        names.append(info.value.suggested_filename)
    stem = "ty-hafan-north-east-london-3-trusts-40"
    assert re.fullmatch(f"board-paper-{stem}-{DATE}\\.html", names[0]), names
    assert re.fullmatch(f"answers-{stem}-{DATE}\\.yaml", names[1]), names
    assert names[0][len("board-paper-"):-5] == names[1][len("answers-"):-5]
    page.goto(site_url + "assess.html#/about/context")
    page.fill("#about-context", "")
    page.get_by_role("button", name="Continue").click()
    page.goto(site_url + "assess.html#/results")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the board paper").click()
    assert re.fullmatch(f"board-paper-{DATE}\\.html", info.value.suggested_filename)


def _answers(page, tmp_path, name: str) -> str:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the answers").click()
    path = tmp_path / name
    info.value.save_as(path)
    return path.read_text(encoding="utf-8")


def test_a_copied_link_restores_every_answer_in_another_browser(browser, built_site, mcp, tmp_path):
    url = (built_site / "assess.html").as_uri()          # from the folder: nothing is sent anywhere
    first = browser.new_context(accept_downloads=True)
    first.grant_permissions(["clipboard-read", "clipboard-write"])
    page = first.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    _results_of(page, url, mcp)
    page.get_by_role("button", name="Copy a link to these answers").click()
    page.wait_for_selector("#answers-link")
    link = page.input_value("#answers-link")
    assert link.startswith(url + "#/answers/z.") and len(link) < 4000
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert "copied" in page.locator("#paper-status").inner_text()
    original = _answers(page, tmp_path, "first.yaml")
    # the format is the documented contract: raw DEFLATE of the answers file, base64url without padding
    data = link.split("#/answers/z.", 1)[1]
    assert zlib.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)), wbits=-15).decode() == original
    assert all(r.startswith("file://") for r in requests)
    first.close()

    other = browser.new_context(accept_downloads=True)
    try:
        page = other.new_page()
        page.goto(link)
        page.wait_for_url(re.compile(r"#/review$"))
        assert page.locator("h1").inner_text() == "Check your answers"
        assert re.search(r"Loaded \d+ answers from the link", page.locator(".nhsuk-inset-text").inner_text())
        page.get_by_role("button", name="See the results").click()
        page.wait_for_selector("#recommendation")
        assert _answers(page, tmp_path, "other.yaml") == original          # every answer, and who and where
        page.go_back()
        page.wait_for_url(re.compile(r"#/review$"))            # Back does not load the link again
    finally:
        other.close()


def test_a_plain_text_link_opens_and_a_damaged_one_changes_nothing(page, site_url, repo):
    text = (repo / "examples" / "aco.yaml").read_text(encoding="utf-8")
    plain = base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")
    page.goto(site_url + "assess.html#/answers/t." + plain)
    page.wait_for_url(re.compile(r"#/review$"))
    before = page.locator(".nhsuk-summary-list").all_inner_texts()
    packed = zlib.compressobj(wbits=-15)
    good = base64.urlsafe_b64encode(packed.compress(text.encode()) + packed.flush()).decode().rstrip("=")
    for damaged in ("z." + good[: len(good) // 2], "z.!!", "q." + good,
                    "t." + base64.urlsafe_b64encode(b"questionnaire: other\nanswers: {}\n").decode()):
        page.goto(site_url + "assess.html#/answers/" + damaged)
        summary = page.locator("#upload-error-summary")
        summary.wait_for()
        assert "The link could not be opened, so your answers have not changed" in summary.inner_text()
        assert page.url.endswith("#/start")
        assert axe_violations(page) == []
    page.goto(site_url + "assess.html#/review")
    assert page.locator(".nhsuk-summary-list").all_inner_texts() == before


def test_change_returns_to_the_changed_row_and_results_links_return_to_the_results(page, site_url, repo):
    from playwright.sync_api import expect  # the browser extra: only where Chromium runs
    _results_of(page, site_url + "assess.html", repo / "examples" / "aco.yaml")     # one "don't know"
    page.get_by_text("Answered \u201cdon't know\u201d", exact=True).click()
    page.locator("#dont-know a").first.click()
    page.wait_for_url(re.compile(r"#/revisit/"))
    expect(page.locator("a.nhsuk-back-link")).to_have_text("Back to your results")
    answer_current(page)
    page.wait_for_url(re.compile(r"#/results$"))
    page.wait_for_selector("#recommendation")
    page.get_by_role("link", name="Back to your answers").click()
    for row in ("context", "sites"):
        page.locator(f"#row-{row} .nhsuk-summary-list__actions a").click()
        page.wait_for_url(re.compile(r"#/(about|change)/"))
        expect(page.locator("a.nhsuk-back-link")).to_have_text("Back to your answers")
        if row == "context":
            page.fill("#about-context", "Somewhere else")
            page.get_by_role("button", name="Continue").click()
        else:
            answer_current(page)
        page.wait_for_url(re.compile(r"#/review$"))
        # the address changes before the page has drawn the list and moved the focus: wait for the focus
        page.wait_for_function("(id) => { const r = document.activeElement && document.activeElement"
                               ".closest('.nhsuk-summary-list__row'); return r && r.id === id; }", arg=f"row-{row}")
        assert page.evaluate(f"(() => {{ const r = document.getElementById('row-{row}').getBoundingClientRect();"
                             " return r.top >= 0 && r.bottom <= innerHeight; })()")
    assert "Somewhere else" in page.locator("#row-context").inner_text()
    assert axe_violations(page) == []


def test_the_further_objectives_leave_out_the_main_one(page, site_url):
    page.goto(site_url + "assess.html#/start")
    page.get_by_role("button", name="Start").click()
    for _ in range(5):
        heading = page.locator("h1").inner_text()
        if heading == "Which one objective matters most?":
            main = page.locator("input[name=answer]").nth(1)
            chosen = main.get_attribute("value")
            main.check()
            page.get_by_role("button", name="Continue").click()
            break
        answer_current(page)
    page.wait_for_selector("text=Which other objectives matter too?")
    values = page.eval_on_selector_all("input[name=answer]", "els => els.map(e => e.value)")
    assert chosen not in values and len(values) >= 5
    assert page.locator("#question-hint").inner_text() == "Your main objective is not listed again."
    assert "question-hint" in page.locator("fieldset").get_attribute("aria-describedby")


def test_the_file_upload_is_styled_as_an_nhs_button(page, site_url):
    page.goto(site_url + "assess.html#/start")
    colour = page.eval_on_selector("#upload", "e => getComputedStyle(e, '::file-selector-button').borderTopColor")
    assert colour == "rgb(0, 94, 184)"


@pytest.mark.parametrize("width", [1280, 390])
def test_results_with_every_part_open_have_no_axe_violations(page, site_url, mcp, width):
    page.set_viewport_size({"width": width, "height": 900})
    _results_of(page, site_url + "assess.html", mcp)
    page.get_by_role("button", name="Copy a link to these answers").click()
    page.wait_for_selector("#answers-link")
    page.eval_on_selector_all("details", "els => els.forEach(d => d.open = true)")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.goto(site_url + "assess.html#/about/respondent")
    assert axe_violations(page) == []


def test_the_journey_to_the_results_stays_within_200_kb_gzipped(page, site_url, built_site, mcp):
    loaded = []
    page.on("requestfinished", lambda r: loaded.append(r.url))
    _results_of(page, site_url + "assess.html", mcp)
    files = {u.split("?")[0][len(site_url):] for u in loaded if u.startswith(site_url)}
    assert "paper-data.js" in " ".join(files) and not any("nunjucks" in f or "markdown-it" in f for f in files)
    total = sum(len(gzip.compress((built_site / f).read_bytes(), compresslevel=6)) for f in files)
    assert total <= 200 * 1024, (total, sorted(files))
