"""What the board paper is built around (pure): the option it recommends, or what to find out first.

A paper recommending a care model explains that model; one recommending a
collaborative alternative explains the alternative (why it fits, what it is,
its limits, the questions about it) and shows the care models once, for the
case the organisations later want to integrate; one recommending nothing yet
says what to find out first and which answers decide it. `report.py` puts
these parts in its view; `site/js/report-focus.js` builds the same parts in the browser.
"""
from __future__ import annotations

from typing import Mapping

from ..engine.numbers import exact, span
from ..engine.recommendation import instead_item, lead_sentence
from ..kb import KnowledgeBase
from .kbview import cite, items_view
from .sentences import plural, say
from .words import fit_out_of_100, fit_text, join_names, points_text

WHY_SHOWN = 3             # answers quoted on the first page for the recommended option
DECIDING_SHOWN = 3        # answers shown for each question that would decide a "not yet clear" paper


def focus_parts(kb: KnowledgeBase, q, result: Mapping) -> dict:
    """The parts of the view that depend on what is recommended: an alternative, its legal line, what decides it."""
    alternative = result["recommendation"]["kind"] == "alternative"
    return {"alternative": alternative_view(kb, q.terms, result),
            "legal_none": legal_none(kb, q, result) if alternative else None,
            "deciding": deciding_view(q, result)}


def contributions(kb: KnowledgeBase, reasons: list[dict]) -> tuple[list, list]:
    """Reasons merged over respondents: contributions for and against, largest first."""
    merged: dict[tuple, dict] = {}
    for r in reasons:
        key = (r["question"], r["answer"])
        if key not in merged:
            source = r.get("source")
            merged[key] = {"question": r["question_text"], "answer": r["answer_label"], "points": r["points"],
                           "points_text": points_text(r["points"]), "reason": r["reason"],
                           "cite": say("weight from", source=cite(kb, source)) if source else say("weight"),
                           "source_cite": cite(kb, source) if source else "care-models",
                           "respondents": []}
        if r.get("respondent") is not None:
            merged[key]["respondents"].append(r["respondent"])
    rows = list(merged.values())
    return [r for r in rows if r["points"] > 0], [r for r in rows if r["points"] < 0]


def recommended_entry(result: Mapping) -> Mapping | None:
    """The ranking or alternatives entry of the recommended option (None when nothing is recommended)."""
    rec = result["recommendation"]
    entries = result["ranking"] if rec["kind"] == "model" else result["alternatives"] if rec["kind"] == "alternative" \
        else ()
    return next((e for e in entries if e.get("model", e.get("id")) == rec["id"]), None)


def page_one_why(kb: KnowledgeBase, result: Mapping) -> list[dict]:
    """The answers that count most for the recommended option, each with its weight's reason and source."""
    entry = recommended_entry(result)
    return contributions(kb, entry["reasons"])[0][:WHY_SHOWN] if entry else []


def page_one_lead(rec: Mapping) -> str:
    """The recommended option's lead over the best option still standing, for the decision box of a paper whose
    reasons quote answers (the engine's reasons, shown otherwise, say it themselves)."""
    rival = rec.get("runner_up")
    if rec["kind"] == "none" or rival is None:
        return ""
    return lead_sentence(rival["name"], rec["fit"] - rival["fit"])


def alternative_view(kb: KnowledgeBase, terms: Mapping, result: Mapping) -> dict | None:
    """The recommended collaborative alternative: why it fits, what it is, its limits (None for other papers)."""
    entry = recommended_entry(result)
    if result["recommendation"]["kind"] != "alternative" or entry is None:
        return None
    alt = kb.alternative(entry["id"])
    pro, con = contributions(kb, entry["reasons"])
    return {"name": alt["name"], "why": pro, "against": con,
            "description": items_view(kb, alt["description"]), "when_fits": items_view(kb, alt["when_fits"]),
            "examples": [{"text": e["text"], "cite": cite(kb, e["source"])} for e in alt.get("examples", ())
                         if e.get("text")],
            "models_if_later": say("models if later", ranking=terms["ranking"]),
            "limits_intro": say("alternative limits"),
            "limits": items_view(kb, kb.legal_models["formality"]["less"]["cons"]) if kb.legal_models else None}


def structure_kept(result: Mapping) -> Mapping | None:
    """The answer that counts against every legal form not ruled out (no contractual or structural change is
    planned), as its reason entry; None when the answers contemplate one."""
    forms = [f for f in result["legal_forms"] if not f["excluded"]]
    if not forms:
        return None
    against = [{(r["question"], r["answer"]) for r in f["reasons"] if r["points"] < 0} for f in forms]
    common = set.intersection(*against)
    return next((r for r in forms[0]["reasons"] if (r["question"], r["answer"]) in common), None)


def no_legal_form(terms: Mapping, kept: Mapping) -> str:
    """The line saying no legal form is needed, for the answer that plans no change (see `structure_kept`)."""
    return say("no legal form", legal_forms=terms["legal_forms"], question=kept["question_text"],
               answer=kept["answer_label"])


def legal_none(kb: KnowledgeBase, q, result: Mapping) -> dict | None:
    """No legal form is needed (text, the sources' reason and its cite), when the answers plan no change."""
    kept = structure_kept(result)
    if kept is None or not kb.collaborative.get("intro"):
        return None
    quote = instead_item(kb.collaborative) or kb.collaborative["intro"][0]
    return {"text": no_legal_form(q.terms, kept), "quote": say("collaborative quote", quote=quote["text"]),
            "cite": cite(kb, quote["source"])}


def about_models(kb: KnowledgeBase, challenge: Mapping, cites: frozenset) -> bool:
    """Whether every source of a challenge is a passage about a care model (`cites`: `model_cites`)."""
    return bool(challenge["sources"]) and all(cite(kb, s) in cites for s in challenge["sources"])


def model_cites(kb: KnowledgeBase) -> frozenset:
    """Citations of every passage the knowledge base's care models cite."""
    found: set[str] = set()

    def walk(data) -> None:
        if isinstance(data, Mapping):
            if isinstance(data.get("source"), Mapping) and "doc" in data["source"]:
                found.add(cite(kb, data["source"]))
            for value in data.values():
                walk(value)
        elif isinstance(data, list | tuple):
            for value in data:
                walk(value)

    for model_id in kb.models:
        walk(kb.models[model_id])
    return frozenset(found)


def deciding_view(q, result: Mapping) -> list[dict]:
    """For a "not yet clear" paper: each question whose answer would decide it, and what each answer would recommend."""
    rec = result["recommendation"]
    if rec["kind"] != "none":
        return []
    groups: dict[tuple, dict] = {}
    for c in rec.get("changes", ()):
        key = (c["question"], c.get("respondent"))
        group = groups.setdefault(key, {"question": c["question_text"], "respondent": c.get("respondent"),
                                        "now": c["answer"], "answers": []})
        if len(group["answers"]) < DECIDING_SHOWN:
            group["answers"].append(say("deciding answer", answer=c["option_label"], name=c["name"],
                                        fit=fit_text(c["fit"])) if c.get("name") else
                                    say("deciding nothing", answer=c["option_label"]))
    return list(groups.values())


def summary_view(terms, result, top, standing, dont_know, scored_applicable, multi) -> dict:
    """The one-paragraph summary (sentences of trusted text only)."""
    if result["recommendation"]["kind"] == "alternative":
        return _alternative_summary(terms, result, len(dont_know), len(scored_applicable), multi)
    s = []
    if not standing:
        s.append(say("all excluded", one=terms["ranking_one"]))
    else:
        s.append(say("best fit", ranking=terms["ranking"], name=top["name"],
                     fit=fit_out_of_100(top["score"], top["low"], top["high"])))
    n_dk, n_q = len(dont_know), len(scored_applicable)
    if n_dk:
        s.append(say("one unknown" if n_dk == 1 else "unknowns", count=str(n_dk), n=str(n_q),
                     range=say("present value") if exact(top["low"], top["high"]) else span(top["low"], top["high"])))
        rivals = [r["name"] for r in standing[1:] if r["high"] > top["low"]]
        if rivals:
            s.append(say("rivals and more", names=join_names(rivals[:4]), more=str(len(rivals) - 4))
                     if len(rivals) > 4 else say("rivals", names=join_names(rivals)))
    else:
        s.append(say("all answered", n=str(n_q)))
    if multi:
        s.append(say("mean", n=str(len(result["respondents"])),
                     questions=plural(len(result.get("disagreements", ())), "question")))
    alts = [r for r in result["alternatives"] if not r["excluded"]]
    if alts:
        s.append(say("best alternative", alternatives=terms["alternatives"], name=alts[0]["name"],
                     fit=fit_text(alts[0]["score"])))
    legal = [r for r in result["legal_forms"] if not r["excluded"]]
    if legal:
        s.append(say("legal form", legal_forms=terms["legal_forms"], name=legal[0]["name"],
                     fit=fit_text(legal[0]["score"])))
    excluded = [r["name"] for r in result["ranking"] if r["excluded"]]
    if excluded:
        s.append(say("excluded models", models=plural(len(excluded), "model is"), names=join_names(excluded)))
    return {"text": " ".join(s)}


def _alternative_summary(terms, result, n_dk: int, n_q: int, multi: bool) -> dict:
    """The summary of a paper recommending a collaborative alternative: the alternative, not the care models."""
    alt = recommended_entry(result)
    s = [say("alternative summary", name=alt["name"], fit=fit_out_of_100(alt["score"], alt["low"], alt["high"]),
             alternative_one=terms.get("alternative_one", "alternative"))]
    if n_dk:
        s.append(say("one unknown" if n_dk == 1 else "unknowns", count=str(n_dk), n=str(n_q),
                     range=say("present value") if exact(alt["low"], alt["high"]) else span(alt["low"], alt["high"])))
    else:
        s.append(say("all answered", n=str(n_q)))
    if multi:
        s.append(say("mean", n=str(len(result["respondents"])),
                     questions=plural(len(result.get("disagreements", ())), "question")))
    return {"text": " ".join(s)}
