"""WCAG 2.2 AA: axe-core finds nothing on any page or assessment screen; keyboard, no-JS and print work."""
from __future__ import annotations

import pytest

from assess.site.build import page_sizes

from .conftest import answer_current


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    out = []
    for v in results.response["violations"]:
        targets = [", ".join(map(str, n["target"])) for n in v["nodes"][:5]]
        out.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return out


def all_pages(built_site) -> list[str]:
    return sorted(page_sizes(built_site))


WIDTHS = (1280, 390)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_has_no_axe_violations_and_no_sideways_scrolling(page, site_url, built_site, width):
    page.set_viewport_size({"width": width, "height": 900})
    failures, wide = {}, {}
    for path in all_pages(built_site) + ["compare.html#models=mcp,pacs,aco,care-homes"]:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        if "#models=" in path:
            page.wait_for_selector("#comparison-title")
        found = axe_violations(page)
        if found:
            failures[path] = found
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[path] = scroll
    assert not failures, failures
    assert not wide, f"pages wider than the {width} px window: {wide}"
    assert not page.errors, page.errors
    assert not page.remote, f"requests off this machine: {page.remote}"


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_page_states_have_no_axe_violations(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + "compare.html")
    page.locator("#model-mcp").check()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_selector(".nhsuk-error-summary")
    assert axe_violations(page) == [], "compare with an error"
    page.locator("#model-pacs").check()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_selector("#comparison-title")
    assert axe_violations(page) == [], "compare with two models"
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def _answer_current(page):
    if "#/review" not in page.url:
        answer_current(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_assessment_screens_have_no_axe_violations(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + "assess.html")
    assert axe_violations(page) == [], "start screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "start screen"
    page.get_by_role("button", name="Start").click()
    page.wait_for_selector("form.app-question")
    assert axe_violations(page) == [], "question screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "question screen"
    page.get_by_role("button", name="Continue").click()        # nothing chosen: error state
    page.wait_for_selector(".nhsuk-error-summary")
    assert axe_violations(page) == [], "question with an error"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "question with an error"
    page.locator("details.nhsuk-details summary").first.click() if page.locator("details.nhsuk-details").count() else None
    for _ in range(200):
        if "#/review" in page.url:
            break
        _answer_current(page)
    page.wait_for_selector("text=Check your answers")
    assert axe_violations(page) == [], "review screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "review screen"
    page.get_by_role("button", name="See the results").click()
    page.wait_for_selector("#recommendation")
    assert axe_violations(page) == [], "results screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "results screen"
    assert not page.errors, page.errors


def test_search_results_have_no_axe_violations(page, site_url):
    page.goto(site_url + "search.html?q=governance")
    page.wait_for_selector(".app-search__result")
    assert axe_violations(page) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, site_url):
    page.goto(site_url + "models/aco.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    # a visible focus indicator: the skip link is on screen when focused
    box = page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect(); return [r.width, r.height]; })()")
    assert box[0] > 10 and box[1] > 10
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#maincontent"
    page.keyboard.press("Tab")
    inside = page.evaluate("document.getElementById('maincontent').contains(document.activeElement)")
    assert inside


def test_focused_links_get_a_visible_focus_style(page, site_url):
    page.goto(site_url + "index.html")
    page.focus(".app-nav a")
    style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                          " return [s.outlineStyle, s.boxShadow, s.backgroundColor]; })()")
    assert style[0] != "none" or style[1] != "none" or style[2] not in ("rgba(0, 0, 0, 0)", "transparent"), style


def test_the_assessment_can_be_done_with_the_keyboard_only(page, site_url):
    page.goto(site_url + "assess.html")
    page.focus("summary.nhsuk-details__summary")
    page.keyboard.press("Enter")                     # opens the optional fields
    page.focus("#respondent")
    page.keyboard.type("Keyboard user")
    page.keyboard.press("Enter")                     # submits the start form
    page.wait_for_selector("form.app-question")
    assert page.evaluate("document.activeElement.tagName") == "H1"     # focus moved to the question
    for _ in range(200):
        if "#/review" in page.url:
            break
        radios = page.locator("input[type=radio][name=answer]")
        boxes = page.locator("input[type=checkbox][name=answer]")
        if radios.count():
            radios.first.focus()
            page.keyboard.press("Space")
        elif boxes.count():
            boxes.first.focus()
            page.keyboard.press("Space")
        elif page.locator("input#answer-0").count():
            page.locator("input#answer-0").focus()
            page.keyboard.type("1000")
        page.keyboard.press("Tab") if not page.locator("input#answer-0").count() else None
        page.locator("main button[type=submit]").focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(20)
    assert "#/review" in page.url
    page.get_by_role("button", name="See the results").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#recommendation")
    assert page.locator("text=Keyboard user").count() >= 1


@pytest.mark.parametrize("path", ["index.html", "models/mcp.html", "glossary.html", "compare.html", "assess.html"])
def test_pages_read_without_javascript(browser, site_url, path):
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(site_url + path)
        assert pg.locator("h1").count() == 1
        text = pg.locator("main").inner_text()
        assert len(text) > 200
        if path == "assess.html":
            assert "needs JavaScript" in text and "assess run" in text
    finally:
        context.close()


def test_print_stylesheet_hides_navigation(page, site_url):
    page.goto(site_url + "models/pacs.html")
    page.emulate_media(media="print")
    assert not page.locator(".app-nav").is_visible()
    assert not page.locator(".nhsuk-footer").is_visible()
    assert page.locator("main h1").is_visible()
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"


@pytest.mark.parametrize("width", WIDTHS)
def test_an_upload_error_has_no_axe_violations(page, site_url, tmp_path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + "assess.html")
    bad = tmp_path / "bad.yaml"
    bad.write_text("questionnaire: other\nanswers:\n  nope: 1\n", encoding="utf-8")
    page.set_input_files("#upload", str(bad))
    page.wait_for_selector("#upload-error-summary")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
