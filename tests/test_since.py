"""Each source dated on its own, and today's NHS beside the sources': the "since the sources" layer.

Every later statement has a dated document with title, publisher and address, and quotes only that document's
own words; abolished bodies are defined in the past tense with what changed and when; the questionnaire names
today's bodies; no page or paper says the sources were all written in 2015 and 2016.
"""
from __future__ import annotations

import re

import pytest
import yaml

from assess.reports.provenance import AS_AT, date_text
from assess.site.build import build
from tests.test_quotes import QUOTE, _flat

YEAR = re.compile(r"\b(19|20)\d\d\b")
# present-tense verbs a definition of a body that no longer exists must not use
PRESENT = re.compile(r"\b(is|are|plans|buys|commissions|leads|regulates|oversees|sets|requires|has|holds|"
                     r"remains|works)\b", re.I)
OLD_SENTENCE = "written in 2015 and 2016"


def _plain(html_text: str) -> str:
    """A page's text as a reader sees it: no tags (glossary links split the text), entities decoded, spaces single."""
    from html import unescape

    return " ".join(unescape(re.sub(r"<[^>]+>", "", html_text)).split())


def _quotes(text: str) -> list[str]:
    return [part for quote in QUOTE.findall(text) for part in re.split(r"\.\.\.|…", quote) if part.strip()]


def test_every_source_has_its_own_date(kb):
    for sid, s in kb.sources.items():
        assert s["date"] == "undated" or YEAR.search(s["date"]), sid
        if s["date"] == "undated":
            assert s["refers_to"].strip(), sid
            assert date_text(s).startswith("undated: "), sid
    dates = {sid: s["date"] for sid, s in kb.sources.items()}
    assert dates["bma-gp-integration"] == "April 2015"
    assert dates["provider-networks-intro"] == "undated"
    assert "July 2022" in kb.sources["provider-collaboratives"]["refers_to"]


def test_what_an_undated_source_refers_to_is_quoted_from_it(kb, seed_files):
    for sid, s in kb.sources.items():
        text = _flat(seed_files[sid].read_text("utf-8"))
        for part in _quotes(s.get("refers_to", "")):
            assert _flat(part) in text, f"{sid}: {part!r} is not in the document"


def test_every_later_statement_has_a_dated_document_with_title_publisher_and_address(kb):
    docs = {d["id"]: d for d in kb.since["documents"]}
    assert len(kb.since["statements"]) >= 10
    for st in kb.since["statements"]:
        assert YEAR.search(st["date"]), st["id"]
        doc = docs[st["source"]["doc"]]
        assert doc["title"].strip() and doc["publisher"].strip(), st["id"]
        assert re.match(r"^https://[^\s]+$", doc["address"]), st["id"]
        assert YEAR.search(doc["date"]) or (doc["date"] == "undated" and doc["refers_to"].strip()), st["id"]


def test_later_statements_quote_only_their_documents_words(kb):
    """A single-quoted passage of a statement is in the words recorded from its document (`says`), and what an
    undated later document refers to is in the words recorded from it."""
    says: dict[str, str] = {}
    for st in kb.since["statements"]:
        says[st["source"]["doc"]] = says.get(st["source"]["doc"], "") + " " + _flat(st["says"])
    for st in kb.since["statements"]:
        parts = _quotes(st["text"])
        assert parts or st["id"] in {"tda-abolished"}, f"{st['id']} quotes nothing of its document"
        for part in parts:
            assert _flat(part) in _flat(st["says"]), f"{st['id']}: {part!r} is not in what the document says"
    for doc in kb.since["documents"]:
        for part in _quotes(doc.get("refers_to", "")):
            assert _flat(part) in says[doc["id"]], f"{doc['id']}: {part!r}"


def test_the_layer_has_the_changes_a_reader_of_today_needs(kb):
    text = " ".join(st["text"] for st in kb.since["statements"])
    for needle in ("1 July 2022", "Monitor is abolished", "NHS Trust Development Authority",
                   "1st January 2024", "provider collaborative", "10 Year Health Plan", "Integrated Health Organisations",
                   "neighbourhood"):
        assert needle in text, needle
    mapped = [st for st in kb.since["statements"] if st.get("maps_to")]
    assert mapped and all(st["maps_to"].get("derived") and st["maps_to"]["rationale"] for st in mapped)


def test_no_glossary_definition_of_an_abolished_body_is_in_the_present_tense(kb):
    terms = {t["id"]: t for t in kb.glossary}
    abolished = {term: st for st in kb.since["statements"] for term in st.get("abolished", ())}
    assert {"ccg", "monitor", "tda", "nhs-improvement", "facs"} <= set(abolished)
    for term, st in abolished.items():
        t = terms[term]
        assert not PRESENT.search(t["meaning"]["text"]), f"{term}: {t['meaning']['text']}"
        year = YEAR.search(st["date"]).group(0)
        assert year in t["now"]["text"], f"{term}: the change and its date are not given"
    assert "1 July 2022" in terms["ccg"]["now"]["text"]
    assert "integrated care board" in terms["icb"]["meaning"]["text"].lower() or terms["icb"]["expansion"]


def test_the_questionnaire_names_todays_bodies(repo):
    data = yaml.safe_load((repo / "questionnaires" / "care-model-fit.yaml").read_text("utf-8"))
    words = []

    def walk(value):
        if isinstance(value, dict):
            for key, child in value.items():
                if key in ("text", "label", "help", "reason") and isinstance(child, str):
                    words.append(child)
                else:
                    walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)
    walk(data)
    labels = " ".join(words)
    assert "integrated care board (a CCG in the sources)" in labels
    for text in words:       # outside the sources' quoted words, a CCG is named only as the sources' name
        bare = QUOTE.sub("", text)
        named = re.findall(r"\bCCGs?\b|clinical commissioning groups?", bare)
        as_the_sources = re.findall(r"\ba (?:CCG|clinical commissioning group) in the sources\b", bare)
        assert len(named) == len(as_the_sources), text


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    build(out, search=False, cache=False)
    return out


def test_no_page_or_paper_says_all_the_sources_were_written_in_2015_and_2016(cli, repo, site):
    assert OLD_SENTENCE not in AS_AT and "own date" in AS_AT and "not necessarily as they are today" in AS_AT
    outputs = [cli("report", repo / "examples" / "mcp.yaml", "--format", "md", "-o", "-").stdout,
               cli("brief", "pacs", "--format", "md", "-o", "-").stdout, cli("compare", "mcp", "pacs").stdout]
    for out in outputs:
        assert AS_AT in out and OLD_SENTENCE not in out
    for page in site.rglob("*.html"):
        assert OLD_SENTENCE not in page.read_text("utf-8"), page.name
    for page in ("index.html", "models/mcp.html", "assess.html", "glossary.html"):
        assert AS_AT[:60] in (site / page).read_text("utf-8"), page


def test_each_source_shows_its_own_date_on_the_site_and_in_the_paper(cli, kb, repo, site):
    paper = cli("report", repo / "examples" / "mcp.yaml", "--format", "md", "-o", "-").stdout
    sources = _plain((site / "sources.html").read_text("utf-8"))
    for s in kb.sources.values():
        assert date_text(s) in sources, s["id"]
    mcp = _plain((site / "models" / "mcp.html").read_text("utf-8"))
    for sid in ("hlp-module-1", "bma-gp-integration"):
        assert date_text(kb.sources[sid]) in mcp, sid
    appendix = paper[paper.index("## Sources and what is derived"):]
    for s in kb.sources.values():
        if f"**{s['short']}**" in appendix:
            assert date_text(s) in appendix, s["id"]


def test_the_site_and_the_paper_show_the_layer_apart_with_dates_and_addresses(cli, kb, repo, site):
    page = _plain((site / "since.html").read_text("utf-8"))
    paper = cli("report", repo / "examples" / "mcp.yaml", "--format", "md", "-o", "-").stdout
    since = paper[paper.index("## Since the sources"):]
    assert paper.index("## Sources and what is derived") < paper.index("## Since the sources")
    for st in kb.since["statements"]:
        doc = kb.document(st["source"]["doc"])
        assert st["text"] in page and doc["address"] in page, st["id"]
        assert f"| {st['date']} | {st['brief']}" in since and doc["address"] in since, st["id"]
    assert "since.html" in (site / "about.html").read_text("utf-8")
    mcp = (site / "models" / "mcp.html").read_text("utf-8")
    assert 'id="since"' in mcp and "since.html" in mcp
    assert 'id="since"' not in (site / "models" / "multi-site-trust.html").read_text("utf-8")
    # the procurement tension of the BMA paper beside the Provider Selection Regime, on the site and in the paper
    psr = since.index("Provider Selection Regime")
    assert "defined group of established providers" in since[psr:psr + 3000]
    gp = _plain((site / "gp-integration.html").read_text("utf-8"))
    assert gp.index("defined group of established providers") < gp.index("1st January 2024")
