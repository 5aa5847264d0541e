"""The view of a side-by-side comparison of care models, section by section."""
from __future__ import annotations

from ..kb import KnowledgeBase
from .kbview import BUSINESS_CASE_TITLES, model_view
from .provenance import AS_AT, docs_in, source_docs


# ---------------------------------------------------------------- compare
def compare_view(kb: KnowledgeBase, model_ids: list[str], *, version: str) -> dict:
    """Rows by section, one column per model; each cell lists the statements and their sources."""
    models = [kb.model(i) for i in model_ids]
    views = [model_view(kb, m) for m in models]

    def cell(group) -> str:
        texts = [i["text"].rstrip(".") for i in group["items"]]
        cites = sorted({i["cite"] for i in group["items"]})
        return " • ".join(texts) + (f" ({'; '.join(cites)})" if cites else "") if texts else "—"

    rows = [
        {"title": "Family", "cells": [v["family"]["name"] for v in views]},
        {"title": "Option (HLP pack)", "cells": [str(v["option"]) for v in views]},
        {"title": "Overview", "cells": [f"{v['overview']['text']} ({v['overview']['cite']})" for v in views]},
        {"title": "Examples", "cells": [" • ".join(e["organisation"] for e in v["examples"])
                                        or (v["examples_note"]["text"] if v["examples_note"] else "—")
                                        for v in views]},
    ]
    for key, title in BUSINESS_CASE_TITLES.items():
        rows.append({"title": f"Business case: {title.lower()}",
                     "cells": [cell(next(g for g in v["business_case"] if g["title"] == title)) for v in views]})
    for key in ("benefits", "barriers", "governance", "regulation", "workforce"):
        rows.append({"title": next(s["title"] for s in views[0]["sections"] if s["key"] == key),
                     "cells": [cell(next(s for s in v["sections"] if s["key"] == key)) for v in views]})
    rows.append({"title": "Objectives it serves (derived)",
                 "cells": [" • ".join(o["name"] for o in v["objectives"]) or "—" for v in views]})
    rows.append({"title": "Variants (BMA GPC, 2015)",
                 "cells": [" • ".join(x["name"] for x in v["variants"]) or "—" for v in views]})
    docs = set().union(*(docs_in(m) for m in models))
    return {"models": [{"id": v["id"], "name": v["name"]} for v in views], "rows": rows,
            "sources": source_docs(kb, docs), "as_at": AS_AT, "footer": {"version": version, "kb": kb.digest}}
