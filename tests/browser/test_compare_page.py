"""The compare page in Chromium: 2-4 models side by side by section, the same statements as `assess compare`."""
from __future__ import annotations

import pytest

from assess.kb import load
from assess.reports.compare import compare_rows
from assess.site.build import _bundled_kb


@pytest.fixture(scope="module")
def kb():
    return load(_bundled_kb())


def _comparison_text(page) -> str:
    return page.locator("#comparison").inner_text()


def test_chosen_with_the_keyboard_the_models_show_side_by_side_by_section(page, site_url, kb):
    page.goto(site_url + "compare.html")
    page.focus("#model-aco")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")                      # to the next model, MCP
    page.keyboard.press("Space")
    page.focus("#choose button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("#comparison-title")
    assert page.evaluate("location.hash") == "#models=aco,mcp"
    assert page.evaluate("document.activeElement.id") == "comparison-title"
    assert page.title().startswith("Comparing ACO/ICO and MCP")
    headings = page.locator("#comparison h3").all_inner_texts()
    expected = [r["title"] for r in compare_rows(kb, ["aco", "mcp"]) if r["key"] not in ("family", "option")]
    assert headings == expected
    assert {"Overview", "Benefits", "Barriers", "Governance", "Workforce considerations"} <= set(headings)
    # every statement the CLI compares is on the page, under its model, with its citation
    text = _comparison_text(page)
    for row in compare_rows(kb, ["aco", "mcp"]):
        for cell in row["cells"]:
            for item in cell:
                assert item["text"] in text, (row["key"], item["text"])
    barriers = page.locator("section[aria-labelledby=row-barriers] .app-compare__cell")
    assert barriers.count() == 2
    assert barriers.nth(0).locator("h4").inner_text() == "ACO/ICO"
    assert barriers.nth(1).locator("li").count() == len(kb.model("mcp")["barriers"])
    assert "HLP Module 1" in barriers.nth(1).inner_text()
    assert not page.errors, page.errors


def test_a_shared_address_opens_the_same_comparison(page, site_url):
    page.goto(site_url + "compare.html#models=pacs,care-homes,super-practice")
    page.wait_for_selector("#comparison-title")
    assert page.locator("#model-pacs").is_checked()
    assert page.locator("#model-care-homes").is_checked()
    assert page.locator("#model-super-practice").is_checked()
    assert not page.locator("#model-mcp").is_checked()
    assert page.locator(".app-compare__cells--3").count() >= 8
    # the browser's Back button returns to an earlier choice
    page.locator("#model-super-practice").uncheck()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_function("location.hash === '#models=pacs,care-homes'")
    assert page.locator(".app-compare__cells--2").count() >= 8
    page.go_back()
    page.wait_for_function("document.querySelectorAll('.app-compare__cells--3').length > 0")
    assert page.locator("#model-super-practice").is_checked()
    page.goto(site_url + "compare.html#objectives")            # another part of the page keeps the comparison
    assert page.locator(".app-compare__cells--3").count() >= 8
    assert not page.errors, page.errors


def test_back_to_no_choice_clears_the_comparison(page, site_url):
    page.goto(site_url + "compare.html")
    page.locator("#model-mcp").check()
    page.locator("#model-pacs").check()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_selector("#comparison-title")
    page.go_back()
    page.wait_for_function("!document.getElementById('comparison-title')")
    assert not page.locator("#model-mcp").is_checked()
    assert page.title() == "Compare the care models \u2013 Care models"


@pytest.mark.parametrize("ticks, message", [(["mcp"], "Select at least 2"),
                                            (["mcp", "pacs", "aco", "care-homes", "gp-federation"],
                                             "Select no more than 4")])
def test_too_few_or_too_many_models_is_an_error_summary_with_focus(page, site_url, ticks, message):
    page.goto(site_url + "compare.html")
    for model in ticks:
        page.locator(f"#model-{model}").check()
    page.get_by_role("button", name="Compare").click()
    summary = page.locator(".nhsuk-error-summary")
    summary.wait_for()
    assert message in summary.inner_text()
    assert page.evaluate("document.activeElement.classList.contains('nhsuk-error-summary')")
    assert page.title().startswith("Error: ")
    assert page.locator("#choose-group.nhsuk-form-group--error .nhsuk-error-message").count() == 1
    assert page.locator("#comparison-title").count() == 0
    summary.locator("a").click()                   # the summary's link goes to the first box
    assert page.evaluate("document.activeElement.id") == "model-multi-site-trust"


def test_an_address_naming_one_model_ticks_it_and_asks_for_another(page, site_url):
    page.goto(site_url + "compare.html#models=mcp,no-such-model")
    page.wait_for_selector(".nhsuk-error-summary")
    assert page.locator("#model-mcp").is_checked()
    assert page.locator("#comparison-title").count() == 0


def test_without_javascript_the_page_links_to_each_model_and_section(browser, site_url, kb):
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(site_url + "compare.html#models=mcp,pacs")
        assert not pg.locator("#choose").is_visible()
        note = pg.locator(".app-nojs")
        assert note.is_visible() and "needs JavaScript" in note.inner_text()
        for mid in kb.models:
            assert note.locator(f"a[href='models/{mid}.html']").count() == 1
            assert pg.locator(f".app-section-links a[href='models/{mid}.html#barriers']").count() == 1
    finally:
        context.close()


def test_with_javascript_the_no_javascript_note_is_hidden(page, site_url):
    page.goto(site_url + "compare.html")
    assert page.locator("#choose").is_visible()
    assert not page.locator(".app-nojs").is_visible()
