"""The "since the sources" layer as plain data (pure): what later public documents state, each statement dated,
with its document (title, publisher, date, address), shown apart from the sources' text.

The site's page, the model pages, the glossary and the board paper's appendix all take it from here, so they say
the same. A mapping onto one of the ten models is shown as our reading unless the document makes the link.
"""
from __future__ import annotations

from typing import Mapping

from ..kb import KnowledgeBase
from .kbview import cite, item_view
from .provenance import date_text

TOPICS = {
    "commissioning": "Commissioning: integrated care boards in place of clinical commissioning groups",
    "regulation": "Regulators: Monitor, the NHS Trust Development Authority and NHS Improvement",
    "procurement": "Procurement: the Provider Selection Regime",
    "providers": "Providers working together: provider collaboratives",
    "plan-2025": "The 10 Year Health Plan (July 2025)",
}

INTRO = ("The source documents describe the NHS as it was when each was written. These are facts from later public "
         "documents about what has changed since, each with its own date and source. They are kept apart from the "
         "sources' text and change no weight of the assessment; where one is linked to a care model, the link is "
         "this tool's reading unless the document makes it.")


# The paper's shorter lead-in (the site page gives INTRO)
PAPER_INTRO = "From later public documents, each dated; it changes no weight, and a link to a care model is our reading."


def document_view(doc: Mapping) -> dict:
    """A later document as a reader sees it: short label, title, publisher, its own date and its address."""
    return {"id": doc["id"], "short": doc["short"], "title": doc["title"], "publisher": doc["publisher"],
            "date": date_text(doc), "date_short": doc["date"], "address": doc["address"]}


def statement_view(kb: KnowledgeBase, st: Mapping) -> dict:
    """One dated statement: its text and citation, the document it comes from, its mapping and what it answers."""
    mapping = st.get("maps_to")
    then = None
    if st.get("then"):
        theme = next(t for t in kb.gp_integration["landscape"] if t["id"] == st["then"])
        points = [item_view(kb, p) for p in theme["points"]]
        then = {"title": theme["title"], "points": points, "first": points[0]}
    return {
        "id": st["id"], "date": st["date"], "brief": st["brief"], "text": st["text"], "cite": cite(kb, st["source"]),
        "document": document_view(kb.document(st["source"]["doc"])),
        "maps_to": None if not mapping else {
            "models": [{"id": m, "name": kb.models[m]["name"]} for m in mapping["models"] if m in kb.models],
            "names": " or ".join(kb.models[m].get("short_name") or kb.models[m]["name"] for m in mapping["models"]),
            "text": mapping["text"], "derived": bool(mapping.get("derived")),
            "cite": item_view(kb, mapping)["cite"]},
        "then": then,
    }


def since_view(kb: KnowledgeBase) -> dict:
    """Every statement of the layer by topic, in file order, and the documents they cite."""
    statements = kb.since["statements"]
    topics = []
    for tid, title in TOPICS.items():
        views = [statement_view(kb, s) for s in statements if s["topic"] == tid]
        themes = {v["then"]["title"]: v["then"] for v in views if v["then"]}       # what the sources said, once
        topics.append({"id": tid, "title": title, "statements": views, "then": list(themes.values())})
    cited = {s["source"]["doc"] for s in statements}
    return {"intro": INTRO, "paper_intro": PAPER_INTRO, "topics": [t for t in topics if t["statements"]],
            "documents": [document_view(d) for d in kb.since["documents"] if d["id"] in cited]}


def since_for_model(kb: KnowledgeBase, model_id: str) -> list[dict]:
    """The statements that map a later arrangement onto this model."""
    return [statement_view(kb, s) for s in kb.since_for(model_id)]
