"""The built site opened straight from its folder (file://), as staff open a copy offline: every page
loads without an error or a request outside the folder, and the assessment and compare pages work."""
from __future__ import annotations

import pytest

from assess.site.build import page_sizes


@pytest.fixture
def folder_page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.errors, pg.requests = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type in ("error", "warning") else None)
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


def test_every_page_loads_from_the_folder_without_an_error(folder_page, built_site):
    for rel in page_sizes(built_site):
        folder_page.goto((built_site / rel).as_uri())
        folder_page.wait_for_load_state("load")
    folder_page.goto((built_site / "search.html").as_uri())
    folder_page.fill("#search-input", "TUPE")            # shows the field's clear button: an icon in the CSS
    folder_page.wait_for_timeout(200)
    assert not folder_page.errors, folder_page.errors
    outside = [url for url in folder_page.requests if not url.startswith(("file://", "data:", "blob:"))]
    assert not outside, outside


def test_the_assessment_starts_and_compare_shows_a_choice_from_the_folder(folder_page, built_site):
    folder_page.goto((built_site / "assess.html").as_uri())
    folder_page.get_by_role("button", name="Start").first.click()
    folder_page.wait_for_selector("#answer-0")
    folder_page.goto((built_site / "compare.html").as_uri() + "#models=mcp,pacs")
    folder_page.wait_for_selector("#comparison-title")
    assert folder_page.title().startswith("Comparing MCP and PACS")
    assert "Workforce considerations" in folder_page.locator("#comparison h3").all_inner_texts()
    assert not folder_page.errors, folder_page.errors
