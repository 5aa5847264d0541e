"""Clickable cards on the home and Care models pages: the card opens its model, and a glossary link inside opens the glossary."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["index.html", "models/index.html"])
@pytest.mark.parametrize("width", [1280, 390])
def test_a_glossary_link_inside_a_card_opens_the_glossary(page, site_url, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + path)
    term = page.locator(".nhsuk-card--clickable .app-glossary-link").first
    href = term.get_attribute("href")
    assert "glossary.html#" in href
    term.click(timeout=3000)               # fails when the card's cover takes the click
    page.wait_for_url("**/glossary.html#*")
    assert page.url.endswith(href.split("/")[-1])


@pytest.mark.parametrize("path", ["index.html", "models/index.html"])
def test_clicking_elsewhere_on_a_card_opens_its_model(page, site_url, path):
    page.goto(site_url + path)
    card = page.locator(".nhsuk-card--clickable").first
    target = card.locator(".nhsuk-card__link").get_attribute("href")
    card.scroll_into_view_if_needed()
    box = card.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 6, box["y"] + box["height"] - 6)
    page.wait_for_url("**/" + target.split("/")[-1])
