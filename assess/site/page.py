"""A page of the site as view data: where it goes, its template, its navigation."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

SECTION_IDS = {"business_case": "business-case"}


@dataclass(frozen=True)
class Page:
    """One output page: where it goes, which template, and the view data it shows."""

    path: str                   # output path, e.g. "models/aco.html"
    template: str               # e.g. "site/model.html.j2"
    title: str
    nav: str                    # header navigation item to mark as current
    context: Mapping[str, Any] = field(default_factory=dict)
    crumbs: tuple = ()          # ((title, path), ...) above the page title
    glossary: bool = True       # link glossary terms in the page's main text
    indexed: bool = True        # include in the search index
    also_known_as: str = ""     # another name search finds the page by (a model's short name)
    description: str = ""
    transaction: bool = False   # a step-by-step service: no site navigation or search, a phase banner instead
    files: Mapping[str, str] = field(default_factory=dict)    # data files the page loads: output path -> text


NAV = (("home", "Home", "index.html"), ("models", "Care models", "models/index.html"),
       ("compare", "Compare", "compare.html"), ("assess", "Assessment", "assess.html"),
       ("workshop", "Workshop", "workshop.html"),
       ("network-rules", "Network rules", "network-rules.html"),
       ("glossary", "Glossary", "glossary.html"), ("search", "Search", "search.html"))

MORE = (("Families", "families/index.html"), ("Collaborative alternatives", "collaborative.html"),
        ("Legal forms", "legal.html"), ("Provider networks", "provider-networks.html"),
        ("General practice and integration", "gp-integration.html"), ("Sources", "sources.html"),
        ("Since the sources", "since.html"), ("About this tool", "about.html"))


def to_json(data: dict) -> str:
    """Compact JSON, safe to place inside a <script> element or a .js file."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def to_script(data: dict, variable: str) -> str:
    """A classic script that defines the data (works from file:// as well as over http)."""
    return f"window.{variable} = {to_json(data)};\n"
