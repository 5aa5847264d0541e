"""The compare page (pure): the chooser of models, links to one section of every model, objectives by model;
and the data the browser compares from (site/compare.js), the same rows as `assess compare`.
"""
from __future__ import annotations

from ..kb import KnowledgeBase
from ..reports.compare import compare_rows
from .page import Page, to_script

COMPARE_SCRIPT = "assets/compare-data.js"
MIN_MODELS, MAX_MODELS = 2, 4

# rows of the comparison that are sections of a model's page, whose anchor there is the row's key
_SECTIONS = frozenset({"overview", "examples", "business-case-finances", "business-case-leadership",
                       "business-case-strategy", "benefits", "barriers", "governance", "regulation", "workforce"})


def short_name(model) -> str:
    short = model.get("short_name")
    return short if short and len(short) <= 12 else model["name"]


def compare_data(kb: KnowledgeBase, views: dict | None = None) -> dict:
    """Every model's cell of every comparison row, for the browser to put 2-4 of them side by side.

    A cell is a list of statements {"text", "c": index of its citation in "cites", "derived": true};
    each citation is written once (many statements share one)."""
    models = list(kb.models.values())
    rows = compare_rows(kb, [m["id"] for m in models], views)
    cites: dict[str, int] = {}

    def compact(item: dict) -> dict:
        out = {"text": item["text"]}
        if item.get("cite"):
            out["c"] = cites.setdefault(item["cite"], len(cites))
        if item.get("derived"):
            out["derived"] = True
        return out

    return {
        "min": MIN_MODELS, "max": MAX_MODELS,
        "models": [{"id": m["id"], "name": m["name"], "short": short_name(m)} for m in models],
        "rows": [{"key": r["key"], "title": r["title"]} for r in rows],
        "cells": {m["id"]: [[compact(item) for item in r["cells"][i]] for r in rows] for i, m in enumerate(models)},
        "cites": list(cites),
    }


def compare_page(kb: KnowledgeBase, views: dict | None = None) -> Page:
    """The page, and with it the data its script compares from (`views`: model id -> `model_view`)."""
    models = list(kb.models.values())
    data = compare_data(kb, views)
    sections = [{"anchor": r["key"], "title": r["title"]} for r in data["rows"] if r["key"] in _SECTIONS]
    aligned: dict[str, list] = {o["id"]: [] for o in kb.objectives["objectives"]}
    for a in kb.objectives["alignment"]:
        aligned[a["objective"]].append(a)
    order = {m["id"]: i for i, m in enumerate(models)}
    objectives = [{"id": o["id"], "name": o["name"], "core": o["kind"] == "core",
                   "models": [{"id": a["model"], "short": short_name(kb.models[a["model"]]),
                               "name": kb.models[a["model"]]["name"], "derived": bool(a.get("derived"))}
                              for a in sorted(aligned[o["id"]], key=lambda a: order[a["model"]])]}
                  for o in kb.objectives["objectives"]]
    derived = sum(1 for a in kb.objectives["alignment"] if a.get("derived"))
    return Page("compare.html", "site/compare.html.j2", "Compare the care models", "compare", {
        "models": data["models"],
        "sections": sections, "objectives": objectives, "min": MIN_MODELS, "max": MAX_MODELS,
        "derived_count": derived, "link_count": len(kb.objectives["alignment"]),
    }, crumbs=(("Home", "index.html"),),
        description="Two to four care models side by side, section by section, with the sources of every point.",
        files={COMPARE_SCRIPT: to_script(data, "careModelsCompare")})
