"""The view of a side-by-side comparison of care models, section by section.

`compare_rows` gives each section's statements per model with their citations
(the site's compare page shows them as lists); `compare_view` flattens each
cell to one line of text for the Markdown table of `assess compare`. Both
show the same sections and statements.
"""
from __future__ import annotations

from ..kb import KnowledgeBase
from .kbview import BUSINESS_CASE_TITLES, model_view
from .provenance import AS_AT, docs_in, source_docs

# How a row's cell becomes one line of the Markdown table:
#   names  - the statements' texts joined, no citations (family, option, examples, objectives, variants)
#   one    - the single statement and its citation in brackets (overview)
#   cited  - the statements joined, each without its final full stop, then their citations once (sections)
_NAMES, _ONE, _CITED = "names", "one", "cited"


def _plain(text: str) -> dict:
    return {"text": text, "cite": None, "derived": False}


def _row(key: str, title: str, style: str, cells: list[list[dict]]) -> dict:
    return {"key": key, "title": title, "style": style, "cells": cells}


def compare_rows(kb: KnowledgeBase, model_ids: list[str], views: dict | None = None) -> list[dict]:
    """Rows by section, one cell per model; a cell is the list of statements {text, cite, derived}.

    `views`: model id -> `model_view`, when the caller has them already (the site builds them once)."""
    views = [views[i] if views and i in views else model_view(kb, kb.model(i)) for i in model_ids]
    rows = [
        _row("family", "Family", _NAMES, [[_plain(v["family"]["name"])] for v in views]),
        _row("option", "Option (HLP pack)", _NAMES, [[_plain(str(v["option"]))] for v in views]),
        _row("overview", "Overview", _ONE, [[v["overview"]] for v in views]),
        _row("examples", "Examples", _NAMES,
             [[{"text": e["organisation"], "cite": e["cite"], "derived": False} for e in v["examples"]]
              or ([v["examples_note"]] if v["examples_note"] else []) for v in views]),
    ]
    for title in BUSINESS_CASE_TITLES.values():
        rows.append(_row(f"business-case-{title.lower()}", f"Business case: {title.lower()}", _CITED,
                         [next(g for g in v["business_case"] if g["title"] == title)["items"] for v in views]))
    for key in ("benefits", "barriers", "governance", "regulation", "workforce"):
        rows.append(_row(key, next(s["title"] for s in views[0]["sections"] if s["key"] == key), _CITED,
                         [next(s for s in v["sections"] if s["key"] == key)["items"] for v in views]))
    rows.append(_row("objectives", "Objectives it serves (derived)", _NAMES,
                     [[{"text": o["name"], "cite": f"this tool's judgement, not the source's: {o['rationale']} "
                                                   f"(from {o['cite']})", "derived": True}
                       for o in v["objectives"]] for v in views]))
    rows.append(_row("variants", "Variants (BMA GPC, 2015)", _NAMES,
                     [[_plain(x["name"]) for x in v["variants"]] for v in views]))
    return rows


def _line(style: str, items: list[dict]) -> str:
    """One cell as a line of text, as `assess compare` prints it."""
    if not items:
        return "—"
    if style == _ONE:
        return f"{items[0]['text']} ({items[0]['cite']})"
    if style == _NAMES:
        return " • ".join(i["text"] for i in items)
    cites = sorted({i["cite"] for i in items})
    return " • ".join(i["text"].rstrip(".") for i in items) + (f" ({'; '.join(cites)})" if cites else "")


# ---------------------------------------------------------------- compare
def compare_view(kb: KnowledgeBase, model_ids: list[str], *, version: str) -> dict:
    """Rows by section, one column per model; each cell lists the statements and their sources."""
    models = [kb.model(i) for i in model_ids]
    rows = [{"title": r["title"], "cells": [_line(r["style"], c) for c in r["cells"]]}
            for r in compare_rows(kb, model_ids)]
    docs = set().union(*(docs_in(m) for m in models))
    return {"models": [{"id": m["id"], "name": m["name"]} for m in models], "rows": rows,
            "sources": source_docs(kb, docs), "as_at": AS_AT, "footer": {"version": version, "kb": kb.digest}}
