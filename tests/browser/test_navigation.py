"""The menu in Chromium: the current section is marked (aria-current) and highlighted, at desktop and phone widths."""
from __future__ import annotations

import pytest

PAGES = [("index.html", "Home"), ("models/index.html", "Care models"), ("models/pacs.html", "Care models"),
         ("families/index.html", "Care models"), ("collaborative.html", "Care models"), ("legal.html", "Care models"),
         ("provider-networks.html", "Care models"), ("gp-integration.html", "Care models"),
         ("compare.html", "Compare"), ("assess.html", "Assessment"), ("glossary.html", "Glossary"),
         ("search.html", "Search"), ("sources.html", "Home")]

BAR = "(a => getComputedStyle(a, '::before').borderBottomWidth)"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_current_section_is_marked_and_highlighted(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    for path, label in PAGES:
        page.goto(site_url + path)
        links = page.locator(".app-nav a")
        current = page.locator(".app-nav a[aria-current]")
        assert current.count() == 1, path
        assert current.inner_text().strip() == label, path
        assert current.is_visible(), path
        assert current.evaluate(BAR) == "4px", path              # the thick bar under the current item
        others = [links.nth(i) for i in range(links.count()) if links.nth(i).get_attribute("aria-current") is None]
        assert all(o.evaluate(BAR) != "4px" for o in others), path


def test_the_care_models_page_leads_to_the_other_ways_of_joining_up(page, site_url):
    page.goto(site_url + "models/index.html")
    for name, target in (("collaborative alternatives", "collaborative.html"), ("legal forms", "legal.html"),
                         ("provider networks", "provider-networks.html"),
                         ("general practice and integration", "gp-integration.html")):
        page.goto(site_url + "models/index.html")
        page.get_by_role("link", name=name, exact=True).first.click()
        page.wait_for_url("**/" + target)
        assert page.locator(".app-nav a[aria-current]").inner_text().strip() == "Care models"
