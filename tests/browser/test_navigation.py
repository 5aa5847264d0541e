"""The menu in Chromium: the current section is marked (aria-current) and highlighted, at desktop and phone widths."""
from __future__ import annotations

import pytest

PAGES = [("index.html", "Home"), ("models/index.html", "Care models"), ("models/pacs.html", "Care models"),
         ("families/index.html", "Care models"), ("collaborative.html", "Care models"), ("legal.html", "Care models"),
         ("provider-networks.html", "Care models"), ("gp-integration.html", "Care models"),
         ("compare.html", "Compare"), ("glossary.html", "Glossary"),
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


HEADER = "document.querySelector('header').getBoundingClientRect().height"


def test_on_a_phone_the_header_is_compact_and_a_back_link_stands_for_the_breadcrumb(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("index.html", "models/pacs.html", "search.html", "assess.html"):
        page.goto(site_url + path)
        assert page.evaluate(HEADER) <= 120, path
    page.goto(site_url + "models/pacs.html")
    assert not page.locator(".nhsuk-breadcrumb__list").is_visible()
    back = page.get_by_role("link", name="Back to Care models")
    assert back.is_visible()
    back.click()
    page.wait_for_url("**/models/index.html")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "models/pacs.html")
    assert page.locator(".nhsuk-breadcrumb__list").is_visible() and not back.is_visible()


def test_inside_the_assessment_only_the_service_name_and_the_phase_show(page, site_url):
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(site_url + "assess.html")
        assert page.locator(".app-nav").count() == 0 and page.locator("header search").count() == 0
        assert [t.split("\n")[0] for t in page.locator("header").get_by_role("link").all_inner_texts()] == ["Care models"]
        assert page.locator(".app-phase").is_visible()


def test_the_care_models_page_leads_to_the_other_ways_of_joining_up(page, site_url):
    page.goto(site_url + "models/index.html")
    for name, target in (("collaborative alternatives", "collaborative.html"), ("legal forms", "legal.html"),
                         ("provider networks", "provider-networks.html"),
                         ("general practice and integration", "gp-integration.html")):
        page.goto(site_url + "models/index.html")
        page.get_by_role("link", name=name, exact=True).first.click()
        page.wait_for_url("**/" + target)
        assert page.locator(".app-nav a[aria-current]").inner_text().strip() == "Care models"


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
def test_the_home_page_says_what_the_service_does_and_starts_it_on_the_first_screen(page, site_url, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site_url + "index.html")
    lede = page.locator("main .nhsuk-lede-text").first
    assert lede.inner_text().startswith("Find out which of the ten new care models")
    start = page.get_by_role("link", name="Start the assessment")
    box = start.bounding_box()
    assert box["y"] + box["height"] <= height
    start.click()
    page.wait_for_url("**/assess.html")
