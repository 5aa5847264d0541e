"""Offline full-text search from the index built with the site, over http and from the folder (file://)."""
from __future__ import annotations

import pytest


def _search(page, query: str) -> list[str]:
    page.get_by_label("Search the care models site").fill(query)
    page.get_by_role("button", name="Search").click()
    page.wait_for_function("!document.getElementById('search-status').textContent.startsWith('Searching')"
                           " && document.getElementById('search-status').textContent.length > 0")
    return page.eval_on_selector_all(".app-search__result h2 a", "els => els.map(a => a.getAttribute('href'))")


def test_searching_capitated_finds_the_aco_page_and_opens_the_section(page, site_url):
    page.goto(site_url + "search.html")
    hrefs = _search(page, "capitated")
    assert any(h.startswith("models/aco.html") for h in hrefs), hrefs
    assert "found for “capitated”" in page.locator("#search-status").inner_text()
    assert page.locator(".app-search__excerpt mark").count() > 0
    marked = page.eval_on_selector_all(".app-search__excerpt mark", "els => els.map(e => e.textContent.toLowerCase())")
    assert all(m.startswith("capitat") for m in marked), marked       # "capitated", "capitation"
    assert "q=capitated" in page.url                                    # the address keeps the query
    link = page.locator(".app-search__result h2 a").filter(has_text="Accountable Care").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/models/aco.html*")
    assert page.locator("h1").inner_text().startswith("Accountable Care Organisation")
    if "#" in target:                                                   # the section it found is on the page
        assert page.locator("#" + target.split("#", 1)[1]).count() == 1
    assert not page.errors, page.errors
    assert not page.remote, page.remote


def test_every_word_must_match_and_a_heading_counts_most(page, site_url):
    page.goto(site_url + "search.html")
    hrefs = _search(page, "PACS governance")
    assert hrefs[0].startswith("models/pacs.html"), hrefs
    assert page.locator(".app-search__section").first.inner_text().lower().startswith("governance")
    status = page.locator("#search-status").inner_text()
    assert "found for “PACS governance”" in status


def test_a_page_named_by_the_words_comes_first_and_opens_at_its_top(page, site_url):
    page.goto(site_url + "search.html")
    assert _search(page, "MCP")[0] == "models/mcp.html"              # its short name
    assert _search(page, "care homes")[0] == "models/care-homes.html"  # its title
    assert _search(page, "GP federation")[0] == "models/gp-federation.html"


def test_when_no_page_has_every_word_pages_with_some_are_shown_and_said_so(page, site_url):
    page.goto(site_url + "search.html")
    hrefs = _search(page, "TUPE zyxwvutsr")
    assert hrefs, "pages with TUPE are shown"
    assert "No page has every word" in page.locator("#search-status").inner_text()
    _search(page, "zyxwvutsr")
    assert page.locator("#search-status").inner_text() == "No pages found for “zyxwvutsr”"
    assert page.locator(".app-search__result").count() == 0
    advice = page.locator("#search-advice")
    assert advice.is_visible() and "check the spelling" in advice.inner_text()
    advice.get_by_role("link", name="ten care models").click()
    page.wait_for_url("**/models/index.html")
    page.go_back()
    _search(page, "TUPE")                       # results found: no advice
    assert not advice.is_visible()


def test_search_query_in_the_address_runs_and_shows_text_literally(page, site_url):
    page.goto(site_url + "search.html?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20governance")
    page.wait_for_function("document.getElementById('search-status').textContent.length > 0 &&"
                           " !document.getElementById('search-status').textContent.startsWith('Searching')")
    assert page.locator("main img").count() == 0
    assert page.get_by_label("Search the care models site").input_value() == "<img src=x onerror=alert(1)> governance"
    assert "<img src=x onerror=alert(1)>" in page.locator("#search-status").inner_text()
    assert not page.errors, page.errors


@pytest.fixture
def file_page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.errors = []
    pg.requests = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


def test_search_works_from_the_folder_without_a_server(file_page, built_site):
    file_page.goto((built_site / "search.html").as_uri())
    hrefs = _search(file_page, "super-practice")
    assert any(h.startswith("models/super-practice.html") for h in hrefs), hrefs
    assert not file_page.errors, file_page.errors
    assert all(url.startswith("file://") for url in file_page.requests), file_page.requests


def test_a_site_built_without_search_says_so(file_page, tmp_path):
    from assess.site.build import build

    from .conftest import MINI

    build(tmp_path / "s", questionnaire=MINI, search=False, cache=False)
    file_page.goto((tmp_path / "s" / "search.html").as_uri())
    _search(file_page, "governance")
    assert "built without its search index" in file_page.locator("#search-status").inner_text()


def test_the_search_box_in_the_header_of_every_page_leads_to_the_results(page, site_url):
    page.goto(site_url + "models/pacs.html")
    page.get_by_label("Search this site").fill("pooled budget")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/search.html?q=pooled+budget")
    page.wait_for_selector(".app-search__result")
    assert page.get_by_label("Search the care models site").input_value() == "pooled budget"
    assert "found for “pooled budget”" in page.locator("#search-status").inner_text()
    assert page.locator("header search").count() == 0          # the search page has its own form, not two
    assert not page.errors, page.errors


def test_the_header_search_works_from_the_folder(file_page, built_site):
    file_page.goto((built_site / "glossary.html").as_uri())
    file_page.fill("#search-field", "TUPE")
    file_page.press("#search-field", "Enter")
    file_page.wait_for_selector(".app-search__result")
    assert file_page.url.startswith((built_site / "search.html").as_uri() + "?q=TUPE")
    assert not file_page.errors, file_page.errors
