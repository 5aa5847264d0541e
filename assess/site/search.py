"""The search index: the text of every indexed page, cut at its headings, as a script the search page loads.

A classic script (not a fetch) so that search works when the site is opened from a folder
(file://) as well as over http, on every install (nothing to download or run). `site/search.js`
matches the words of a query against it in the browser.
"""
from __future__ import annotations

import html
import re

from .page import Page

INDEX_SCRIPT = "assets/search-index.js"
INDEX_VARIABLE = "careModelsSearch"

_MAIN = re.compile(r'<main\b[^>]*>(.*)</main>', re.S)
_DROP = re.compile(r"<(script|style|noscript|svg|template)\b.*?</\1>", re.S)
# where a section starts: a heading or a glossary term with an id (the link's target)
_ANCHOR = re.compile(r"""<(h[2-4]|dt)\b[^>]*\bid=(["'])(.+?)\2[^>]*>(.*?)</\1>""", re.S)
_TAG = re.compile(r"<[^>]*>")


def _text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities read, white space collapsed (str.split's
    white space is regular expressions' \\s, ten times faster)."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def sections(page_html: str, title: str) -> list[tuple[str, str, str]]:
    """(anchor, heading, text) of each part of the page's main content, cut where a heading or a
    glossary term with an id begins; the part before the first is the page's own (anchor "")."""
    found = _MAIN.search(page_html)
    if not found:
        return []
    main = _DROP.sub(" ", found.group(1))
    out = []
    anchor, heading, start = "", title, 0
    for match in _ANCHOR.finditer(main):
        out.append((anchor, heading, _text(main[start:match.start()])))
        anchor, heading, start = html.unescape(match.group(3)), _text(match.group(4)), match.end()
    out.append((anchor, heading, _text(main[start:])))
    return [(a, h, t) for a, h, t in out if t or a]


def search_index(rendered: dict[str, str], page_list: list[Page]) -> dict:
    """{'pages': [[path, title, also known as], ...], 'sections': [[page number, anchor, heading, text], ...]}
    of the indexed pages, in the order of `page_list`."""
    pages, parts = [], []
    for page in page_list:
        if not page.indexed:
            continue
        number = len(pages)
        pages.append([page.path, page.title, page.also_known_as])
        parts += [[number, anchor, heading, text] for anchor, heading, text in sections(rendered[page.path], page.title)]
    return {"pages": pages, "sections": parts}
