"""What the site's pages say: the compare page, the model pages' "at a glance" box, the navigation's current section."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assess.kb import load
from assess.reports.compare import compare_rows, compare_view
from assess.site.build import _bundled_kb, build
from assess.site.compare import compare_data

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CARE_MODELS_CACHE", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def kb():
    return load(_bundled_kb())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "_site"
    build(out, questionnaire=REPO / "questionnaires" / "care-model-fit.yaml", search=False, cache=False)
    return out


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).replace("&#39;", "'").replace("&amp;", "&")


# ------------------------------------------------------------------ compare
def test_the_browser_compares_from_the_same_rows_as_the_cli(kb):
    data = compare_data(kb)
    ids = [m["id"] for m in data["models"]]
    assert ids == list(kb.models)
    rows = compare_rows(kb, ids)
    assert [r["title"] for r in data["rows"]] == [r["title"] for r in rows]
    for i, mid in enumerate(ids):
        for r, row in enumerate(rows):
            cell = data["cells"][mid][r]
            assert [c["text"] for c in cell] == [c["text"] for c in row["cells"][i]]
            assert [data["cites"][c["c"]] if "c" in c else None for c in cell] == [c["cite"] for c in row["cells"][i]]
            assert [bool(c.get("derived")) for c in cell] == [bool(c["derived"]) for c in row["cells"][i]]
    cli_titles = [r["title"] for r in compare_view(kb, ["mcp", "pacs"], version="x")["rows"]]
    assert cli_titles == [r["title"] for r in data["rows"]]
    for key in ("overview", "benefits", "barriers", "governance", "regulation", "workforce"):
        assert key in [r["key"] for r in data["rows"]]


def test_the_cli_table_flattens_the_rows_as_before(kb):
    view = compare_view(kb, ["pacs", "care-homes"], version="x")
    cells = {r["title"]: r["cells"] for r in view["rows"]}
    barriers = kb.model("pacs")["barriers"]
    assert cells["Barriers"][0].startswith(barriers[0]["text"].rstrip(".") + " • ")
    assert cells["Barriers"][0].endswith("(HLP Module 1, “Option 7: PACS – Barriers”)")
    assert cells["Overview"][1] == f"{kb.model('care-homes')['overview']['text']} (HLP Module 1, “Option 8: Enhanced Health in Care Homes – Overview”)"
    assert cells["Variants (BMA GPC, 2015)"][1] == "—"


def test_compare_page_has_no_count_matrix_and_links_every_section_of_every_model(built, kb):
    html = (built / "compare.html").read_text(encoding="utf-8")
    assert " points<" not in html and "✓" not in html
    assert 'id="choose"' in html and html.count('name="model"') == len(kb.models)
    for mid in kb.models:
        for anchor in ("overview", "examples", "business-case-finances", "benefits", "barriers", "governance",
                       "regulation", "workforce"):
            assert f'href="models/{mid}.html#{anchor}"' in html
    assert (built / "assets" / "compare-data.js").read_text(encoding="utf-8").startswith("window.careModelsCompare = {")


def test_compare_data_is_safe_inside_a_script(tmp_path, kb):
    from assess.site.page import to_script

    script = to_script({"cells": {"x": [[{"text": "</script><b>&"}]]}}, "careModelsCompare")
    assert "</script>" not in script and "<b>" not in script


# ------------------------------------------------------------------ model pages: at a glance
@pytest.mark.parametrize("mid", ["multi-site-trust", "aco", "mcp", "super-practice"])
def test_model_pages_open_with_an_at_a_glance_box_from_the_kb(built, kb, mid):
    html = (built / "models" / f"{mid}.html").read_text(encoding="utf-8")
    start = html.index('aria-labelledby="at-a-glance"')
    box = html[start:html.index("</section>", start)]
    assert start < html.index('id="overview"')
    text = text_of(box)
    model = kb.model(mid)
    assert text_of(model["overview"]["text"]) in text
    assert f"Option {model['option']}: " in text                      # the overview's citation
    for barrier in model["barriers"][:3]:
        assert text_of(barrier["text"]) in text
    if len(model["barriers"]) > 3:
        assert model["barriers"][3]["text"] not in text
        assert 'href="#barriers"' in box
    for a in kb.aligned_to(mid):
        name = next(o["name"] for o in kb.objectives["objectives"] if o["id"] == a["objective"])
        assert name[:1].lower() + name[1:] in text
    assert "our judgement" in text                                    # the objectives are derived


def test_examples_sharing_a_source_cite_it_once(built):
    html = (built / "models" / "mcp.html").read_text(encoding="utf-8")
    examples = html[html.index('id="examples"'):html.index('id="business-case"')]
    assert examples.count("Option 6: MCP – Examples") == 1
    assert "Source: HLP Module 1" in examples


def test_model_pages_list_examples_that_share_a_name_with_a_vanguard_across_types(built):
    html = (built / "models" / "aco.html").read_text(encoding="utf-8")
    examples = text_of(html[html.index('id="examples"'):html.index('id="business-case"')])
    assert "Salford Together (an example in the HLP pack) shares the name “Salford” with Salford Together, a " \
           "vanguard site of March 2015 (no. 5, Integrated Primary and Acute Care Systems)" in examples
    assert "not the same project" in examples
    chain = (built / "models" / "hospital-chain.html").read_text(encoding="utf-8")
    assert "a vanguard site of" not in chain


# ------------------------------------------------------------------ navigation
class _Nav(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside = False
        self.link: list | None = None
        self.current: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "nav" and a.get("aria-label") == "Menu":
            self.inside = True
        elif self.inside and tag == "a" and a.get("aria-current"):
            self.link = ["", a["aria-current"]]

    def handle_data(self, data):
        if self.link is not None:
            self.link[0] += data

    def handle_endtag(self, tag):
        if tag == "nav":
            self.inside = False
        elif tag == "a" and self.link is not None:
            self.current.append((self.link[0].strip(), self.link[1]))
            self.link = None


NAV_CASES = [("index.html", "Home", "page"), ("models/index.html", "Care models", "page"),
             ("models/mcp.html", "Care models", "true"), ("families/index.html", "Care models", "true"),
             ("families/integrated-primary-care.html", "Care models", "true"),
             ("collaborative.html", "Care models", "true"), ("legal.html", "Care models", "true"),
             ("provider-networks.html", "Care models", "true"), ("gp-integration.html", "Care models", "true"),
             ("compare.html", "Compare", "page"),
             ("network-rules.html", "Network rules", "page"),
             ("glossary.html", "Glossary", "page"), ("search.html", "Search", "page"),
             ("about.html", "Home", "true"), ("sources.html", "Home", "true")]


@pytest.mark.parametrize("path, current, kind", NAV_CASES)
def test_the_menu_marks_the_current_section_once(built, path, current, kind):
    nav = _Nav()
    nav.feed((built / path).read_text(encoding="utf-8"))
    assert nav.current == [(current, kind)]


def test_the_assessment_is_a_transaction_without_the_sites_menu_search_or_breadcrumb(built):
    html = (built / "assess.html").read_text(encoding="utf-8")
    nav = _Nav()
    nav.feed(html)
    assert nav.current == [] and 'class="nhsuk-header__navigation' not in html
    assert "<search" not in html and "nhsuk-breadcrumb" not in html
    assert 'class="nhsuk-header__service-name app-header__service" href="index.html"' in html   # the service name
    assert 'class="app-phase"' in html and ">Beta<" in html
    other = (built / "compare.html").read_text(encoding="utf-8")
    assert 'class="nhsuk-header__navigation' in other and "<search" in other and 'class="app-phase"' not in other


def test_a_breadcrumb_ends_in_a_back_link_to_the_page_above_for_phones(built):
    html = (built / "models" / "mcp.html").read_text(encoding="utf-8")
    assert '<a class="nhsuk-back-link" href="../models/index.html">Back to Care models</a>' in html
    assert "Back to Home" in (built / "glossary.html").read_text(encoding="utf-8")
    assert "nhsuk-back-link" not in (built / "index.html").read_text(encoding="utf-8")        # no breadcrumb, no link


def test_the_care_models_page_leads_to_the_other_ways_of_joining_up(built):
    html = (built / "models" / "index.html").read_text(encoding="utf-8")
    for page in ("collaborative.html", "legal.html", "provider-networks.html", "gp-integration.html"):
        assert f'href="../{page}"' in html
