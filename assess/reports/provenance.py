"""Where a document comes from: its date, content hash and the source documents it cites."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from ..kb import KnowledgeBase
from .kbview import cite

# When the sources were written and what that means for the bodies they name: derived from the documents' own
# dates (the BMA paper: "April 2015"; the HLP pack: "From 1 April 2016 NHS Improvement will be responsible ...").
AS_AT = ("The sources were written in 2015 and 2016, as far as they say (the BMA paper is dated April 2015; the HLP "
         "pack looks ahead to “1 April 2016”). The bodies and rules they name (clinical commissioning groups, "
         "Monitor, NHS Improvement, vanguards, FACS) are as those documents describe them then, not necessarily as "
         "they are today.")


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
             "date": s.get("date")}
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
