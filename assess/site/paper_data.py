"""What the browser needs to write the board paper, worked out once at site build (pure).

The board paper of `assess report` is a view (assess/reports/report.py) rendered
by templates/report.md.j2, then Markdown to HTML. The browser
(site/js/render.js) renders the same template with Nunjucks and markdown-it; it
builds the parts of the view that depend on the answers itself (as
assess/reports/report.py does), and takes from here everything that depends
only on the knowledge base and the questionnaire: model texts with their
citations, the weights' sources, the variants and vanguard sites, the legal
models, the sources, the fixed wording, the templates and the stylesheet.
`tests/browser/test_paper.py` checks that both give the same paper.
"""
from __future__ import annotations

from ..engine import workforce as wf
from ..engine.questionnaire import Questionnaire
from ..engine.recommendation import WORDING, instead_item
from ..engine.variants import linked_vanguards, shown_features
from ..kb import KnowledgeBase
from ..kb.freeze import thaw
from ..reports import focus
from ..reports import report as rp
from ..reports.brief import formality_level, legal_view
from ..reports.changes import CHANGE_GROUPS, CHANGES_LISTED, CHANGES_PER_GROUP, CHANGES_SHOWN
from ..reports.chart import geometry
from ..reports.kbview import cite, item_view, items_view
from ..reports.provenance import AS_AT, source_docs
from ..reports.sentences import CONFIDENCE, FEATURE_LABELS, PLURALS, SENTENCES, vanguard_text
from ..reports.since import since_view

FORMAT = 3            # bump when the shape below changes
TEMPLATES = ("report.md.j2", "page.html.j2")
DATA_SCRIPT = "assets/paper-data.js"


def paper_data(q: Questionnaire, kb: KnowledgeBase, *, version: str) -> dict:
    """Plain, JSON-ready data (deterministic order) for the paper's scripts in site/js/."""
    from ..resources import templates_dir

    folder = templates_dir()
    collaborative = {a["id"] for a in kb.collaborative["alternatives"]}
    return {
        "format": FORMAT,
        "version": version,
        "kb_digest": kb.digest,
        "templates": {name: (folder / name).read_text(encoding="utf-8") for name in TEMPLATES},
        "css": (folder / "report.css").read_text(encoding="utf-8"),
        "wording": _wording(),
        "chart": geometry(),
        "sources": source_docs(kb),
        "since": since_view(kb),
        "models": {tid: _model(kb, tid) for tid in q.ranking if tid in kb.models},
        "workforce": _workforce(kb) if q.ranking and q.ranking[0] in kb.models else None,
        "roles": thaw(q.roles),
        "signals": [{"variant": s.variant, "points": s.points, "reason": s.reason, "when": thaw(s.when)}
                    for s in q.variant_signals],
        "weights": _weights(kb, q),
        # each Quick Guide prompt's source, by the guide's number (a challenge's origin, challenges.js)
        "quick_guide": {g["number"]: {p["text"]: cite(kb, p["source"]) for p in g["prompts"] if p.get("source")}
                        for g in kb.objectives["quick_guide"]},
        "collaborative": sorted(collaborative),
        "collaborative_intro": items_view(kb, kb.collaborative["intro"] if set(q.alternatives) <= collaborative
                                          else ()),
        # the passage a paper that needs no legal form quotes (focus.legal_none)
        "collaborative_instead": item_view(kb, instead_item(kb.collaborative) or kb.collaborative["intro"][0])
                                 if kb.collaborative.get("intro") else None,
        "alternatives": {a["id"]: _alternative(kb, a["id"]) for a in kb.collaborative["alternatives"]},
        "legal": {lid: {"level": formality_level(kb.legal_model(lid)), "view": legal_view(kb, lid)}
                  for lid in q.legal_forms if lid in {m["id"] for m in kb.legal_models["models"]}},
        "legal_intro": items_view(kb, kb.legal_models["intro"] if q.legal_forms else ()),
        "alternative_limits": items_view(kb, kb.legal_models["formality"]["less"]["cons"]) if kb.legal_models else None,
        "model_cites": sorted(focus.model_cites(kb)),
    }


def _wording() -> dict:
    """The report's fixed wording and sizes (assess/reports/report.py), so the browser says the same."""
    return {"sentences": dict(SENTENCES), "plurals": dict(PLURALS), "feature_labels": dict(FEATURE_LABELS),
            "confidence": dict(CONFIDENCE), "ask": dict(rp.ASK), "rank_labels": dict(rp.RANK_LABELS),
            "derived": list(rp.DERIVED_NOTES), "as_at": AS_AT,
            "lead": {key: WORDING[key] for key in ("lead", "level")},     # recommendation.lead_sentence's
            "sizes": {"top": rp.TOP_N, "why_for": rp.WHY_FOR, "why_against": rp.WHY_AGAINST,
                      "changes_shown": CHANGES_SHOWN, "changes_listed": CHANGES_LISTED,
                      "reasons_shown": rp.REASONS_SHOWN, "challenges_shown": rp.CHALLENGES_SHOWN,
                      "change_groups": CHANGE_GROUPS, "changes_per_group": CHANGES_PER_GROUP,
                      "why_shown": focus.WHY_SHOWN, "deciding_shown": focus.DECIDING_SHOWN}}


def _docs(data) -> list[str]:
    from ..reports.provenance import docs_in

    return sorted(docs_in(data))


def _model(kb: KnowledgeBase, model_id: str) -> dict:
    """One care model: its overview line, the documents it and its variants cite, its variants and vanguards."""
    model = kb.models[model_id]
    return {"name": model["name"], "label": model.get("short_name") or model["name"],
            "overview": {k: v for k, v in item_view(kb, model["overview"]).items() if k in ("text", "cite")},
            "docs": sorted(set(_docs(model)) | set(_docs(kb.variants_of(model_id)))),
            "workforce": [{"text": i["text"], "cite": cite(kb, i["source"]) if i.get("source") else "",
                           "topics": i["topics"]} for i in wf.considerations(kb, model_id)],
            "variants": [_variant(kb, v) for v in kb.variants_of(model_id)],
            "cites": _challenge_cites(kb, model),
            "vanguards": [vanguard_text(x) for x in linked_vanguards(kb, model_id)]}


def _challenge_cites(kb: KnowledgeBase, model) -> dict:
    """text -> citation of the model's business-case issues and barriers (raised as challenges; the first wins)."""
    out: dict[str, str] = {}
    for item in [i for part in ("finances", "leadership", "strategy") for i in model["business_case"][part]] + \
            list(model["barriers"]):
        if item.get("source"):
            out.setdefault(item["text"], cite(kb, item["source"]))
    return out


def _variant(kb: KnowledgeBase, v) -> dict:
    part, items = shown_features(v)
    return {"id": v["id"], "name": v["name"], "features_part": part,
            "features": [{"text": i["text"], "cite": cite(kb, i["source"]) if i.get("source") else ""} for i in items],
            "examples": [e["text"] for e in v.get("examples", ())]}


def _workforce(kb: KnowledgeBase) -> dict:
    """The workforce step's fixed parts (assess/engine/workforce.py): headlines, what makes a topic live, the legal
    limit and the model the pack states it for (the partner kinds are the questionnaire's `partners` role)."""
    found = wf.legal_limit(kb)
    restriction = {"model": found[0], "text": found[1]["text"],
                   "cite": cite(kb, found[1]["source"]) if found[1].get("source") else ""} if found else None
    return {"headlines": dict(wf.HEADLINES), "live": dict(wf.LIVE), "needs": {t: list(f) for t, f in wf.NEEDS.items()},
            "summary_order": list(wf.SUMMARY_ORDER), "transfer_topics": list(wf.TRANSFER_TOPICS),
            "partners_include": wf.PARTNERS_INCLUDE, "summary_lines": wf.SUMMARY_LINES,
            "topics": list(wf.TOPICS), "restriction": restriction}


def _weights(kb: KnowledgeBase, q: Questionnaire) -> dict:
    """Where each weight comes from: question -> option -> target -> index of its citation in `cites`."""
    cites: dict[str, int] = {}
    table: dict = {}
    for question in q.questions:
        for option in question.options:
            for target, w in (option.given or {}).items():
                if w["points"] and w.get("source"):
                    text = cite(kb, w["source"])
                    index = cites.setdefault(text, len(cites))
                    table.setdefault(question.id, {}).setdefault(option.id, {})[target] = index
    return {"cites": list(cites), "table": table}


def _alternative(kb: KnowledgeBase, alt_id: str) -> dict:
    alt = kb.alternative(alt_id)
    return {"name": alt["name"], "description": items_view(kb, alt["description"]),
            "when_fits": items_view(kb, alt["when_fits"]),
            "examples": [{"organisation": e["organisation"], "text": e.get("text"), "cite": cite(kb, e["source"])}
                         for e in alt.get("examples", ())]}
