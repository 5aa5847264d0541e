"""Offline full-text search: pagefind's index with our own labelled form, over http."""
from __future__ import annotations


def test_searching_capitated_finds_the_aco_page(page, site_url):
    page.goto(site_url + "search.html")
    page.get_by_label("Search the care models site").fill("capitated")
    page.get_by_role("button", name="Search").click()
    page.wait_for_selector(".app-search__result")
    hrefs = page.eval_on_selector_all(".app-search__result a", "els => els.map(a => a.getAttribute('href'))")
    assert "models/aco.html" in hrefs, hrefs
    assert "found for" in page.locator("#search-status").inner_text()
    assert page.locator(".app-search__excerpt mark").count() > 0
    page.locator(".app-search__result a[href='models/aco.html']").click()
    page.wait_for_url("**/models/aco.html")
    assert page.locator("h1").inner_text().startswith("Accountable Care Organisation")
    assert not page.errors, page.errors
    assert not page.remote, page.remote


def test_search_query_in_the_address_runs_and_shows_text_literally(page, site_url):
    page.goto(site_url + "search.html?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    page.wait_for_function("document.getElementById('search-status').textContent.length > 0 &&"
                           " !document.getElementById('search-status').textContent.startsWith('Searching')")
    assert page.locator("main img").count() == 0
    assert page.get_by_label("Search the care models site").input_value() == "<img src=x onerror=alert(1)>"
