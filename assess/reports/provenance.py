"""Where a document comes from: its date, content hash and the source documents it cites."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from ..kb import KnowledgeBase
from .kbview import cite

# What the sources' text is as of: each document's own date (kb/sources.yaml), never one date for all of them.
AS_AT = ("Each source document is shown with its own date, and what it says is as of that date: the bodies and rules "
         "the documents name (clinical commissioning groups, Monitor, NHS Improvement, vanguards, FACS) are as they "
         "describe them then, not necessarily as they are today. What has changed since is shown apart, under "
         "“Since the sources”, each fact with its own dated public source.")


def date_text(doc: Mapping) -> str:
    """A document's own date as a reader sees it: 'April 2015', or 'undated: <what it refers to>'."""
    if doc.get("date") == "undated":
        return f"undated: {doc['refers_to']}" if doc.get("refers_to") else "undated"
    return doc.get("date") or "undated"


def content_hash(kb_digest: str, questionnaire_digest: str, answer_blobs: Iterable[bytes]) -> dict:
    """The digest of everything a report depends on: KB + questionnaire + the answers files' bytes."""
    answers = [hashlib.sha256(b).hexdigest() for b in answer_blobs]
    text = "\n".join(["care-models report inputs", kb_digest, questionnaire_digest, *answers])
    return {"hash": hashlib.sha256(text.encode()).hexdigest(), "kb": kb_digest,
            "questionnaire": questionnaire_digest, "answers": answers}


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def report_date(answer_dates: Iterable[str | None], source_date_epoch: str | None = None) -> dict:
    """The date a report shows: SOURCE_DATE_EPOCH when set, else the latest answers `date`, else none.

    `text` is shown as given (user text when it comes from an answers file);
    `iso` is YYYY-MM-DD when the date can be read as one (used for PDF metadata).
    """
    if source_date_epoch not in (None, ""):
        try:
            when = datetime.fromtimestamp(int(source_date_epoch), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            when = None
        if when is not None:
            iso = when.strftime("%Y-%m-%d")
            return {"text": iso, "iso": iso, "from": "SOURCE_DATE_EPOCH"}
    dates = [str(d) for d in answer_dates if d not in (None, "")]
    if not dates:
        return {"text": None, "iso": None, "from": None}
    isos = sorted(m.group(0).strip() for d in dates if (m := _ISO_DATE.match(d)) and _valid(m))
    text = isos[-1] if isos else dates[0]
    return {"text": text, "iso": isos[-1] if isos else None, "from": "answers"}


def _valid(m: re.Match) -> bool:
    try:
        datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def source_docs(kb: KnowledgeBase, ids: Iterable[str] | None = None) -> list[dict]:
    """The source documents (all, or those named), in kb/sources.yaml order."""
    wanted = None if ids is None else set(ids)
    return [{"id": s["id"], "short": s["short"], "title": s["title"], "author": s.get("author"),
             "date": date_text(s)}
            for s in kb.sources.values() if wanted is None or s["id"] in wanted]


def docs_in(data: Any) -> set[str]:
    """Ids of the source documents cited anywhere in `data`."""
    found: set[str] = set()
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == "source" and isinstance(value, Mapping) and "doc" in value:
                found.add(value["doc"])
            else:
                found |= docs_in(value)
    elif isinstance(data, list | tuple):
        for value in data:
            found |= docs_in(value)
    return found


def source_note(kb: KnowledgeBase, source) -> str:
    return cite(kb, source) if source else "care-models"
