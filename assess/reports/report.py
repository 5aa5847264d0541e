"""The view of a recommendation report (pure): everything `report.md.j2` shows, as plain data.

Text that comes from users (respondent, context, free-text answers, dates, file
names, respondent labels inside challenge questions) is passed through unchanged
and marked in the field names; the templates neutralise it with the `md` filter.
Text from the knowledge base and the questionnaire is trusted.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from ..engine.conditions import DONT_KNOW
from ..engine.records import ANSWER_WORDS
from ..kb import KnowledgeBase
from .brief import formality_level, legal_view
from .changes import decision_changes, sensitivity_view
from .chart import bar_chart
from .focus import (
    about_models,
    contributions,
    focus_parts,
    model_cites,
    page_one_lead,
    page_one_why,
    summary_view,
)
from .kbview import cite, items_view, model_view
from .provenance import (
    AS_AT,
    content_hash,
    docs_in,
    report_date,
    source_docs,
    source_note,
)
from .sentences import CONFIDENCE, FEATURE_LABELS, plural, say, vanguard_text
from .since import since_view
from .words import (
    fit_text,
    fit_out_of_100,
    fit_phrase,
    range_text,
    sentence,
)

TOP_N = 3                 # models described in full in a report


WHY_FOR = 3               # contributions in favour shown per model

WHY_AGAINST = 2           # contributions against shown per model


DERIVED_NOTES = (
    "The weights, the rules that exclude a model, the recommendation and its thresholds, the ranges, the “what "
    "would change this” analysis, which legal models are less or more formal, the links between objectives and "
    "models and summaries marked as such are care-models' own judgement and arithmetic, each with its reason; "
    "they are not statements of the source documents.",
)


# ---------------------------------------------------------------- report
def report_view(a, inputs: list[tuple[str, bytes]], *, version: str, source_date_epoch: str | None = None) -> dict:
    """Everything `report.md.j2` shows, for an Assessment and the answers files' (name, bytes)."""
    from ..engine.answers import applicable_values

    kb, q, result = a.kb, a.questionnaire, a.result
    ranking = result["ranking"]
    standing = [r for r in ranking if not r["excluded"]]
    top = standing[0] if standing else ranking[0]
    respondents = result["respondents"]
    labels = [r["label"] for r in respondents]
    multi = len(respondents) > 1
    applicable = [applicable_values(q, ans.values) for ans in a.answers]
    challenges = _challenges_view(kb, result, labels)
    scored_applicable = {qid for known in applicable for qid in known if q.by_id[qid].type != "text"}
    rows, exclusions, chart = _ranking_view(q, ranking, [r["model"] for r in standing[:TOP_N]])
    top_views = [_top_view(kb, rank, r) for rank, r in enumerate(standing[:TOP_N], 1)]
    digest = content_hash(kb.digest, q.digest, (blob for _, blob in inputs))
    cited = docs_in([{"source": s} for c in result["challenges"] for s in c["sources"]]) | {"hlp-module-1"}
    for t in top_views:
        if t["id"] in kb.models:
            cited |= docs_in(kb.models[t["id"]]) | docs_in(kb.variants_of(t["id"]))
    return {
        "title": q.terms["title"],
        "terms": dict(q.terms),
        "questionnaire": {"id": q.id, "title": q.title},
        "date": report_date([r["date"] for r in respondents], source_date_epoch),
        "respondents": [{"label": r["label"], "respondent": r["respondent"], "context": r["context"],
                         "date": r["date"], "file": Path(r["file"]).name,
                         "ignored": [{"question": q.by_id[i["question"]].text, "why": i["why"]}
                                     for i in r["ignored"]]} for r in respondents],
        "multi": multi,
        "labels": labels,
        "decision": decision_view(q.terms, result["recommendation"], page_one_why(kb, result)),
        **focus_parts(kb, q, result),
        "workforce": workforce_view(kb, result.get("workforce")),
        "variant": variant_view(kb, result.get("variant")),
        "summary": summary_view(q.terms, result, top, standing, list(result["dont_know"]),
                            scored_applicable, multi),
        "sections": _answers_view(q, a.answers, applicable),
        "dont_know": [q.by_id[qid].text for qid in result["dont_know"]],
        "disagreements": [{"question": d["question_text"], "answers": d["answers"]}
                          for d in result.get("disagreements", ())],
        "ranking": rows,
        "exclusions": exclusions,
        "chart_svg": chart["svg"],
        "chart_rows": chart["rows"],
        # the appendix lists every reason of the first model only (an alternative's are in the body)
        "top": top_views, "top_reasons": [] if result["recommendation"]["kind"] == "alternative" else top_views[:1],
        "changes": sensitivity_view(q, result),
        **_alternatives_view(kb, q, result),
        **_questions_view(kb, q, result, challenges),
        "sources": [dict(s, cited=s["id"] in cited) for s in source_docs(kb)],
        "uncited": [s["short"] for s in source_docs(kb) if s["id"] not in cited],
        "derived": list(DERIVED_NOTES),
        "as_at": AS_AT, "since": since_view(kb),
        "footer": {"version": version, "hash": digest["hash"], "kb": digest["kb"], "kb_short": digest["kb"][:12],
                   "questionnaire": digest["questionnaire"], "questionnaire_short": digest["questionnaire"][:12],
                   "answers": [{"file": name, "sha256": sha, "short": sha[:12]}
                               for (name, _), sha in zip(inputs, digest["answers"])]},
    }


def _answers_view(q, answers: list, applicable: list[dict]) -> list[dict]:
    """The local context: answers by section, one column per respondent."""
    from ..engine.records import answer_label

    sections = []
    for section in q.sections:
        rows = []
        for qid in section.questions:
            if not any(qid in known for known in applicable):
                continue
            question = q.by_id[qid]
            cells = []
            for ans, known in zip(answers, applicable):
                if qid not in known:
                    cells.append({"text": ANSWER_WORDS["not_asked"], "user": False})
                elif qid not in ans.values:
                    cells.append({"text": ANSWER_WORDS["unanswered"], "user": False})
                else:
                    value = ans.values[qid]
                    cells.append({"text": answer_label(q, qid, value),
                                  "user": question.type == "text" and value != DONT_KNOW})
            rows.append({"question": question.text, "answers": cells, "dont_know": all(
                known.get(qid) == DONT_KNOW for known in applicable if qid in known)})
        if rows:
            sections.append({"title": section.title, "rows": rows})
    return sections


def _ranking_view(q, ranking: list[dict], top_ids: list[str]) -> tuple[list, list, str]:
    """(table rows, exclusion notes, SVG chart) of the ranking."""
    rows, exclusions = [], []
    for rank, r in enumerate(ranking, 1):
        if r["excluded"]:
            note = "excluded"
            exclusions.append({"name": r["name"], "text": say("excluded", condition=r["exclusion"]["condition"],
                                                              reason=sentence(r["exclusion"]["reason"]))})
        elif r["may_be_excluded"]:
            m = r["may_be_excluded"][0]
            note = "may be excluded"
            exclusions.append({"name": r["name"], "text": say("may be excluded", condition=m["condition"],
                                                              reason=sentence(m["reason"]))})
        else:
            note = ""
        rows.append({"rank": rank, "id": r["model"], "name": r["name"], "fit": fit_text(r["score"]),
                     "range": range_text(r["low"], r["high"]), "note": note, "excluded": r["excluded"],
                     "top": r["model"] in top_ids})
    chart_rows = [
        {"label": f"{row['rank']}. {row['name']}", "value": r["score"], "low": r["low"], "high": r["high"],
         "value_text": say("chart ruled out", fit=row["fit"]) if r["excluded"] else
                       fit_phrase(r["score"], r["low"], r["high"]),
         "highlight": row["top"], "excluded": r["excluded"]} for row, r in zip(rows, ranking)]
    chart = bar_chart(
        chart_rows,
        title=say("chart title", one=q.terms["ranking_one"]),
        description=say("chart description", one=q.terms["ranking_one"], rows="; ".join(
            say("chart row excluded" if row["excluded"] else "chart row", name=row["name"],
                fit=fit_phrase(r["score"], r["low"], r["high"])) for row, r in zip(rows, ranking))),
    )
    return rows, exclusions, {"svg": chart, "rows": chart_rows}


def _top_view(kb: KnowledgeBase, rank: int, r: Mapping) -> dict:
    """One of the top models: what it is in a line, why it fits, what counts against it (and all reasons)."""
    view = model_view(kb, kb.model(r["model"])) if r["model"] in kb.models else None
    pro, con = contributions(kb, r["reasons"])
    return {
        "rank": rank, "id": r["model"], "name": r["name"], "fit": fit_phrase(r["score"], r["low"], r["high"]),
        "why": pro[:WHY_FOR], "against": con[:WHY_AGAINST], "all_for": pro, "all_against": con,
        "all_reasons": pro + con,
        "cautions": [{"respondent": m.get("respondent"),
                      "text": say("top may be excluded", condition=m["condition"], reason=sentence(m["reason"]))}
                     for m in r["may_be_excluded"]],
        "m": view,
    }


def _alternatives_view(kb: KnowledgeBase, q, result: Mapping) -> dict:
    """Collaborative alternatives and legal forms: their fits and the best of each."""
    alternatives = [{"name": r["name"], "fit": fit_text(r["score"]), "range": range_text(r["low"], r["high"]),
                     "excluded": r["excluded"]} for r in result["alternatives"]]
    best_alt = None
    alt_standing = [r for r in result["alternatives"] if not r["excluded"]]
    collaborative = {a["id"] for a in kb.collaborative["alternatives"]}
    if alt_standing and alt_standing[0]["id"] in collaborative:
        alt = kb.alternative(alt_standing[0]["id"])
        best_alt = {"name": alt["name"], "fit": fit_text(alt_standing[0]["score"]),
                    "description": items_view(kb, alt["description"]),
                    "when_fits": items_view(kb, alt["when_fits"]),
                    "examples": [{"organisation": e["organisation"], "text": e.get("text"),
                                  "cite": cite(kb, e["source"])} for e in alt.get("examples", ())]}
    legal_rows = [{"name": r["name"], "fit": fit_text(r["score"]), "range": range_text(r["low"], r["high"]),
                   "level": formality_level(kb.legal_model(r["id"])), "excluded": r["excluded"]}
                  for r in result["legal_forms"]]
    legal_standing = [r for r in result["legal_forms"] if not r["excluded"]]
    best_legal = legal_view(kb, legal_standing[0]["id"], fit=legal_standing[0]["score"]) if legal_standing else None
    return {
        "alternatives": alternatives,
        "best_alternative": best_alt,
        "collaborative_intro": items_view(kb, kb.collaborative["intro"] if set(q.alternatives) <= collaborative else ()),
        "legal_forms": legal_rows,
        "best_legal": best_legal,
        "legal_intro": items_view(kb, kb.legal_models["intro"] if q.legal_forms else ()),
    }


def _questions_view(kb: KnowledgeBase, q, result: Mapping, challenges: list[dict]) -> dict:
    """Check-and-challenge questions; a paper recommending an alternative puts those about care models apart."""
    later = []
    if result["recommendation"]["kind"] == "alternative":
        cites = model_cites(kb)
        apart = [about_models(kb, c, cites) for c in result["challenges"]]
        later = [c for c, a in zip(challenges, apart) if a]
        challenges = [dict(c, priority=i) for i, c in enumerate((c for c, a in zip(challenges, apart) if not a), 1)]
    return {"challenges": challenges, "challenges_top": challenges[:CHALLENGES_SHOWN],
            "challenge_count": len(challenges), "model_challenges": later,
            "model_questions": say("model questions", questions=plural(len(later), "question"),
                                   ranking=q.terms["ranking"]) if later else ""}


def _challenges_view(kb: KnowledgeBase, result: Mapping, labels: list[str]) -> list[dict]:
    """Check-and-challenge questions in priority order, each with why and every source."""
    return [{"priority": c["priority"], "theme": c["theme"], "text": c["text"], "why": c["why"],
             "label": RANK_LABELS[c["rank"]],
             "cite": "; ".join(source_note(kb, s) for s in c["sources"]) or "care-models",
             # a challenge about a disagreement quotes respondents' labels: user text
             "user": any(label in c["text"] for label in labels)} for c in result["challenges"]]


REASONS_SHOWN = 3          # reasons for the recommendation on the first page
CHALLENGES_SHOWN = 7       # check-and-challenge questions on the first page
RANK_LABELS = {"sensitive": "a “don't know” that could change the decision", "disagreement": "respondents disagree",
               "live-barrier": "a barrier your answers make live", "unknown": "a “don't know” answer",
               "answers": "raised by your answers", "protect": "general practice to protect",
               "business-case": "business case", "barrier": "a barrier of a leading model",
               "always": "for every assessment"}
ASK = {"model": "The board is asked to agree {name} as the model to develop a business case for, subject to "
                "the questions below.",
       "alternative": "The board is asked to agree {name} instead of creating a new organisation, subject to the "
                      "questions below.",
       "none": "The board is asked to note that no model can be recommended yet, and to agree what to find out "
               "first."}


def decision_view(terms: Mapping, rec: Mapping, answers: list[dict] | None = None) -> dict:
    """The decision box: what is recommended, how sure, why, what else, what would change it."""
    if rec["kind"] == "none":
        headline = say("headline none")
    elif rec["kind"] == "alternative":
        headline = say("headline alternative", name=rec["name"], alternative_one=terms.get("alternative_one",
                                                                                            "alternative"))
    else:
        headline = say("headline model", name=rec["name"])
    fit = None if rec["fit"] is None else fit_out_of_100(rec["fit"], rec["low"], rec["high"])
    changes = rec.get("changes", [])
    reasons = rec["why"]
    return {"kind": rec["kind"], "headline": headline, "fit": fit, "confidence": CONFIDENCE[rec["confidence"]],
            "ask": ASK[rec["kind"]].format(name=rec["name"]),
            "confidence_text": rec["confidence_why"]["text"] if rec["kind"] != "none" else "",
            "lead": page_one_lead(rec) if answers else "",
            "why": [] if answers else list(reasons[:REASONS_SHOWN]), "why_answers": list(answers or ()),
            "instead": list(rec["instead"]),
            **decision_changes(changes)}


def workforce_view(kb: KnowledgeBase, w: Mapping | None) -> dict | None:
    """The workforce implications: the decision box's lines, the live ones with why, the others by citation."""
    if not w:
        return None
    heading = say("workforce recommended" if w["recommended"] else "workforce pursued", name=w["name"])
    others = [_implication(kb, i) for i in w["implications"] if not i["why"]]
    return {"heading": heading, "summary": list(w["summary"]),
            "live": [_implication(kb, i) for i in w["implications"] if i["why"]],
            "other": [{"texts": [o["text"] for o in others if o["cite"] == c], "cite": c}
                      for c in dict.fromkeys(o["cite"] for o in others)],
            "legal": [_implication(kb, i) for i in w["legal"]]}


def variant_view(kb: KnowledgeBase, v: Mapping | None) -> dict | None:
    """The BMA type of MCP or PACS the answers match, its features, and HLP examples that are vanguard sites."""
    if not v:
        return None
    model = kb.models[v["model"]]
    label = model.get("short_name") or model["name"]
    features = [{"text": f["text"], "cite": cite(kb, f["source"]) if f.get("source") else ""} for f in v["features"]]
    return {"heading": say("variant heading", label=label), "name": v["name"], "why": list(v["why"]), "tied": list(v["tied"]),
            "fits": say("form that fits", name=v["name"]) if v["name"] else "",
            "features": features, "features_shown": features[:2],
            "features_label": FEATURE_LABELS.get(v["features_part"], ""),
            "examples": [e["text"] for e in v["examples"]],
            "vanguards": [vanguard_text(x) for x in v["vanguards"]]}


def _implication(kb: KnowledgeBase, item: Mapping) -> dict:
    why = item["why"] if isinstance(item["why"], str) else "; ".join(item["why"])
    return {"text": item["text"], "why": why, "cite": cite(kb, item["source"]) if item.get("source") else ""}
