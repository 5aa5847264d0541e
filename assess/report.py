"""View models of recommendation reports, briefing packs and comparisons (pure).

Everything a template shows is computed here, as plain dicts, lists and strings;
templates only loop and format. Text that comes from users (respondent, context,
free-text answers, dates, file names, respondent labels inside challenge
questions) is passed through unchanged and marked in the field names below; the
templates neutralise it with the `md` filter. Text from the knowledge base and
the questionnaire is trusted.
"""
from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping

from .chart import bar_chart
from .conditions import DONT_KNOW
from .kb import KnowledgeBase
from .render import BUSINESS_CASE_TITLES, cite, item_view, items_view, model_view

TOP_N = 3                 # models described in full in a report
CLOSE = 5.0               # points: models this close to the top fit are recommended with it
WHY_FOR = 5               # contributions in favour shown per model
WHY_AGAINST = 3           # contributions against shown per model
REPORT_SECTIONS = ("benefits", "barriers", "governance", "regulation", "workforce")

# Which models the seed 001 (provider networks: joint decisions, capitated budgets) and
# seed 004 (provider collaboratives) questions are raised for in briefing packs. Derived.
NETWORK_MODELS = ("aco", "mcp", "pacs")
NETWORK_RATIONALE = ("Seed 001 is about provider networks that hold a capitated budget for a population and "
                     "must agree how to reallocate it; of the ten models, the ACO/ICO, MCP and PACS are the "
                     "ones whose texts describe providers taking on a budget for a whole population.")
COLLABORATIVE_MODELS = ("hospital-chain", "specialty-franchise", "uec-network", "aco", "mcp", "pacs",
                        "care-homes", "gp-federation")
COLLABORATIVE_RATIONALE = ("Seed 004 is about separate providers forming a collaborative; it applies to the "
                           "models in which organisations keep their identity and work together, not to the "
                           "multi-site trust or the super-practice, which merge organisations into one.")

DERIVED_NOTES = (
    "The weights that turn answers into fits, and the rules that exclude a model, are the project's judgement "
    "(each weight states its reason); the arithmetic is described in docs/questionnaires.md.",
    "The recommendation, its wording, the ranges and the “what would change this” analysis are computed by "
    "care-models from the answers; they are not statements of the source documents.",
    "Which legal models are less or more formal is derived (the HLP pack lists pros and cons of each level "
    "without saying which model is which).",
    "Links between objectives and models, and summaries marked “derived”, are the project's reading of the "
    "source passages they cite.",
)


# ---------------------------------------------------------------- small helpers
def fit_text(x: float) -> str:
    return f"{x:.1f}"


def range_text(low: float, high: float) -> str:
    """Whole numbers that contain the range (so they contain the fit, too); "exact" when there is none."""
    if high - low < 0.05:
        return "exact"
    return f"{math.floor(low + 1e-9):.0f}–{math.ceil(high - 1e-9):.0f}"


def fit_with_range(r: Mapping) -> str:
    """'88.1 (range 80–90)', or '88.1 (exact)'."""
    rt = range_text(r["low"], r["high"])
    return f"{fit_text(r['score'])} ({rt if rt == 'exact' else 'range ' + rt})"


def points_text(points: float) -> str:
    return f"{points:+g}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


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
    """The seed documents (all, or those named), in kb/sources.yaml order."""
    wanted = None if ids is None else set(ids)
    return [{"id": s["id"], "short": s["short"], "title": s["title"], "author": s.get("author"),
             "date": s.get("date"), "file": s["file"]}
            for s in kb.sources.values() if wanted is None or s["id"] in wanted]


def _docs_in(data: Any) -> set[str]:
    """Ids of the seed documents cited anywhere in `data`."""
    found: set[str] = set()
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == "source" and isinstance(value, Mapping) and "doc" in value:
                found.add(value["doc"])
            else:
                found |= _docs_in(value)
    elif isinstance(data, list | tuple):
        for value in data:
            found |= _docs_in(value)
    return found


def _source_note(kb: KnowledgeBase, source) -> str:
    return cite(kb, source) if source else "care-models"


def barrier_question(text: str) -> str:
    """A barrier recorded by the support pack, asked as a check-and-challenge question."""
    return f"How will you address this barrier: {text.rstrip('.').rstrip()}?"


# ---------------------------------------------------------------- report
def report_view(a, inputs: list[tuple[str, bytes]], *, version: str, source_date_epoch: str | None = None) -> dict:
    """Everything `report.md.j2` shows, for an Assessment and the answers files' (name, bytes)."""
    from .answers import applicable_values
    from .scoring import answer_label

    kb, q, result = a.kb, a.questionnaire, a.result
    ranking = result["ranking"]
    standing = [r for r in ranking if not r["excluded"]]
    top = standing[0] if standing else ranking[0]
    recommended = [top] + [r for r in standing[1:TOP_N] if top["score"] - r["score"] <= CLOSE]
    respondents = result["respondents"]
    labels = [r["label"] for r in respondents]
    multi = len(respondents) > 1

    # -- local context: answers by section, one column per respondent
    applicable = [applicable_values(q, ans.values) for ans in a.answers]
    sections = []
    for section in q.sections:
        rows = []
        for qid in section.questions:
            if not any(qid in known for known in applicable):
                continue
            question = q.by_id[qid]
            cells = []
            for ans, known in zip(a.answers, applicable):
                if qid not in known:
                    cells.append({"text": "does not apply", "user": False})
                elif qid not in ans.values:
                    cells.append({"text": "not answered (counted as don't know)", "user": False})
                else:
                    value = ans.values[qid]
                    cells.append({"text": answer_label(q, qid, value),
                                  "user": question.type == "text" and value != DONT_KNOW})
            rows.append({"question": question.text, "answers": cells, "dont_know": all(
                known.get(qid) == DONT_KNOW for known in applicable if qid in known)})
        if rows:
            sections.append({"title": section.title, "rows": rows})

    scored_applicable = {qid for known in applicable for qid in known if q.by_id[qid].type != "text"}
    dont_know = list(result["dont_know"])

    # -- ranking and chart
    top_ids = [r["model"] for r in standing[:TOP_N]]
    rows, exclusions = [], []
    for rank, r in enumerate(ranking, 1):
        if r["excluded"]:
            note = "excluded"
            exclusions.append({"name": r["name"], "text": f"excluded: the answers rule out what it requires "
                               f"({r['exclusion']['condition']}). {_sentence(r['exclusion']['reason'])}"})
        elif r["may_be_excluded"]:
            m = r["may_be_excluded"][0]
            note = "may be excluded"
            exclusions.append({"name": r["name"], "text": f"may be excluded: what it requires ({m['condition']}) "
                               f"is not known for every respondent. {_sentence(m['reason'])}"})
        else:
            note = ""
        rows.append({"rank": rank, "id": r["model"], "name": r["name"], "fit": fit_text(r["score"]),
                     "range": range_text(r["low"], r["high"]), "note": note, "excluded": r["excluded"],
                     "top": r["model"] in top_ids})
    chart = bar_chart(
        [{"label": f"{row['rank']}. {row['name']}", "value": r["score"], "low": r["low"], "high": r["high"],
          "value_text": ("excluded · " if r["excluded"] else "") + row["fit"]
                        + (f" (range {row['range']})" if r["high"] - r["low"] >= 0.05 else ""),
          "highlight": row["top"], "excluded": r["excluded"]} for row, r in zip(rows, ranking)],
        title=f"Fit of each {q.terms['ranking_one']} to the answers (0–100)",
        description=f"Bar chart of the fit of each {q.terms['ranking_one']}, best first: "
                    + "; ".join(f"{row['name']} {row['fit']} (range {row['range']})"
                                + (", excluded" if row["excluded"] else "") for row in rows)
                    + ". The table below gives the same figures.",
    )

    # -- the top three in depth
    top_views = []
    for rank, r in enumerate(standing[:TOP_N], 1):
        view = model_view(kb, kb.model(r["model"])) if r["model"] in kb.models else None
        why, against = _contributions(kb, r["reasons"])
        top_views.append({
            "rank": rank, "id": r["model"], "name": r["name"], "fit": fit_text(r["score"]),
            "range": range_text(r["low"], r["high"]),
            "why": why, "against": against,
            "cautions": [{"respondent": m.get("respondent"),
                          "text": f"It may be excluded: what it requires ({m['condition']}) is not known, "
                                  f"or not so for every respondent. {_sentence(m['reason'])}"}
                         for m in r["may_be_excluded"]],
            "m": view,
            "sections": [s for k in REPORT_SECTIONS for s in (view["sections"] if view else ()) if s["key"] == k],
        })

    # -- what would change this
    changes = _sensitivity_view(q, result)

    # -- alternatives and legal form
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
                   "level": _formality(kb.legal_model(r["id"])), "excluded": r["excluded"]}
                  for r in result["legal_forms"]]
    legal_standing = [r for r in result["legal_forms"] if not r["excluded"]]
    best_legal = legal_view(kb, legal_standing[0]["id"], fit=legal_standing[0]["score"]) if legal_standing else None

    # -- check and challenge, grouped by theme in order of appearance
    themes: dict[str, list] = {}
    for c in result["challenges"]:
        # a challenge about a disagreement quotes respondents' labels: user text
        themes.setdefault(c["theme"], []).append({"text": c["text"], "cite": _source_note(kb, c["source"]),
                                                  "why": c["why"],
                                                  "user": any(label in c["text"] for label in labels)})
    challenges = [{"theme": t, "items": items} for t, items in themes.items()]

    digest = content_hash(kb.digest, q.digest, (blob for _, blob in inputs))
    date = report_date([r["date"] for r in respondents], source_date_epoch)
    summary = _summary(q.terms, result, top, recommended, standing, dont_know, scored_applicable, multi)
    cited = _docs_in([c["source"] for c in result["challenges"] if c["source"]]) | {"hlp-module-1"}
    for t in top_views:
        if t["id"] in kb.models:
            cited |= _docs_in(kb.models[t["id"]]) | _docs_in(kb.variants_of(t["id"]))
    return {
        "title": q.terms["title"],
        "terms": dict(q.terms),
        "questionnaire": {"id": q.id, "title": q.title},
        "date": date,
        "respondents": [{"label": r["label"], "respondent": r["respondent"], "context": r["context"],
                         "date": r["date"], "file": Path(r["file"]).name,
                         "ignored": [{"question": q.by_id[i["question"]].text, "why": i["why"]}
                                     for i in r["ignored"]]} for r in respondents],
        "multi": multi,
        "labels": labels,
        "summary": summary,
        "recommended": [r["name"] for r in recommended],
        "sections": sections,
        "dont_know": [q.by_id[qid].text for qid in dont_know],
        "disagreements": [{"question": d["question_text"], "answers": d["answers"]}
                          for d in result.get("disagreements", ())],
        "ranking": rows,
        "exclusions": exclusions,
        "chart_svg": chart,
        "top": top_views,
        "changes": changes,
        "alternatives": alternatives,
        "best_alternative": best_alt,
        "collaborative_intro": items_view(kb, kb.collaborative["intro"] if set(q.alternatives) <= collaborative else ()),
        "legal_forms": legal_rows,
        "best_legal": best_legal,
        "legal_intro": items_view(kb, kb.legal_models["intro"] if q.legal_forms else ()),
        "challenges": challenges,
        "challenge_count": len(result["challenges"]),
        "sources": [dict(s, cited=s["id"] in cited) for s in source_docs(kb)],
        "derived": list(DERIVED_NOTES),
        "footer": {"version": version, "hash": digest["hash"], "kb": digest["kb"],
                   "questionnaire": digest["questionnaire"],
                   "answers": [{"file": name, "sha256": sha} for (name, _), sha in zip(inputs, digest["answers"])]},
    }


def _contributions(kb: KnowledgeBase, reasons: list[dict]) -> tuple[list, list]:
    """Reasons merged over respondents: the largest contributions for and against."""
    merged: dict[tuple, dict] = {}
    for r in reasons:
        key = (r["question"], r["answer"])
        if key not in merged:
            source = r.get("source")
            merged[key] = {"question": r["question_text"], "answer": r["answer_label"], "points": r["points"],
                           "points_text": points_text(r["points"]), "reason": r["reason"],
                           "cite": "derived scoring weight" + (f", from {cite(kb, source)}" if source else ""),
                           "respondents": []}
        if r.get("respondent") is not None:
            merged[key]["respondents"].append(r["respondent"])
    rows = list(merged.values())
    pro = [r for r in rows if r["points"] > 0][:WHY_FOR]
    con = [r for r in rows if r["points"] < 0][:WHY_AGAINST]
    return pro, con


def _change_phrase(change: str) -> str:
    for prefix, words in (("adding ", "by adding "), ("without ", "by removing "), ("only ", "to only ")):
        if change.startswith(prefix):
            return words + change[len(prefix):]
    return "to " + change


def _sensitivity_view(q, result: dict) -> dict:
    """The single answer changes that would change the top model, in plain words, by question."""
    names = q.names
    by_question: dict[tuple, dict] = {}
    for s in result["sensitivity"]:
        key = (s["question"], s.get("respondent"))
        entry = by_question.setdefault(key, {"id": s["question"], "question": s["question_text"],
                                             "respondent": s.get("respondent"),
                                             "answer": s["answer"], "changes": [], "best": 0.0})
        name = names.get(s["new_top"], s["new_top"])
        lead = (f"would put {name} first, ahead by {s['margin']:.1f} points" if s["margin"] >= 0.05
                else f"would bring {name} level with it at the top")
        entry["changes"].append(f"changing it {_change_phrase(s['change_to'])} {lead}")
        entry["best"] = max(entry["best"], s["margin"])
    groups = sorted(by_question.values(), key=lambda e: (-e["best"], q.by_id[e["id"]].index))
    for g in groups:
        g["text"] = f"“{g['question']}” (answered: {g['answer']}): " + "; ".join(g["changes"]) + "."
    top = result["ranking"][0]["name"] if result["ranking"] else ""
    if not groups:
        intro = (f"No change to any single answer would change the top model: {top} stays first whichever "
                 "one answer is changed or resolved.")
    else:
        n = len(result["sensitivity"])
        intro = (f"{_plural(n, 'single change')} of one answer would put another model first "
                 f"(over {_plural(len(groups), 'question')}); the larger the lead, the more that answer "
                 "matters. Check these answers first.")
    return {"intro": intro, "groups": groups, "count": len(result["sensitivity"])}


def _summary(terms, result, top, recommended, standing, dont_know, scored_applicable, multi) -> dict:
    """The one-paragraph summary (sentences of trusted text only)."""
    s = []
    if not standing:
        s.append(f"Every {terms['ranking_one']} is excluded by the answers given; see the ranking for the reasons.")
    else:
        s.append(f"{top['name']} is the best fit for the local context as answered: fit "
                 f"{fit_with_range(top).replace(' (', ' out of 100 (', 1)}.")
        if len(recommended) > 1:
            others = [f"{r['name']} ({fit_with_range(r)})" for r in recommended[1:]]
            s.append(f"{_join(others)} {'is' if len(others) == 1 else 'are'} within {CLOSE:g} points and worth "
                     "considering alongside it.")
    n_dk, n_q = len(dont_know), len(scored_applicable)
    if n_dk:
        s.append(f"{n_dk} of the {n_q} scored questions that apply {'was' if n_dk == 1 else 'were'} answered "
                 f"“don't know” or left out, which costs confidence: knowing "
                 f"{'it' if n_dk == 1 else 'them'} could put the top fit anywhere in "
                 f"{range_text(top['low'], top['high']).replace('exact', 'its present value')}.")
        rivals = [r["name"] for r in standing[1:] if r["high"] > top["low"]]
        if rivals:
            s.append(f"Depending on those answers, {_join(rivals[:4])}"
                     f"{f' (and {len(rivals) - 4} more)' if len(rivals) > 4 else ''} could come level or ahead.")
    else:
        s.append(f"All {n_q} scored questions that apply were answered, so the fits are not widened by "
                 "“don't know” answers.")
    if multi:
        n = len(result["respondents"])
        d = len(result.get("disagreements", ()))
        s.append(f"The fits are the mean over {n} respondents, who answered {_plural(d, 'question')} differently.")
    alts = [r for r in result["alternatives"] if not r["excluded"]]
    if alts:
        s.append(f"Of the {terms['alternatives']}, {alts[0]['name']} fits best "
                 f"({fit_text(alts[0]['score'])}).")
    legal = [r for r in result["legal_forms"] if not r["excluded"]]
    if legal:
        s.append(f"The suggested {terms['legal_forms']} is {legal[0]['name']} ({fit_text(legal[0]['score'])}).")
    excluded = [r["name"] for r in result["ranking"] if r["excluded"]]
    if excluded:
        s.append(f"{_plural(len(excluded), 'model is', 'models are')} excluded by the answers: {_join(excluded)}.")
    return {"text": " ".join(s)}


def _formality(legal) -> str:
    return "less" if legal["formality"]["text"].lower().startswith("less") else "more"


def legal_view(kb: KnowledgeBase, legal_id: str, fit: float | None = None) -> dict:
    """A legal model with its level of formality and that level's pros and cons."""
    legal = kb.legal_model(legal_id)
    level = _formality(legal)
    pros_cons = kb.legal_models["formality"][level]
    return {"id": legal["id"], "name": legal["name"], "fit": fit_text(fit) if fit is not None else None,
            "level": level, "formality": item_view(kb, legal["formality"]),
            "description": items_view(kb, legal["description"]),
            "pros": items_view(kb, pros_cons["pros"]), "cons": items_view(kb, pros_cons["cons"])}


# ---------------------------------------------------------------- briefs
_OPTION_RANGE = re.compile(r"Options?\s+((?:\d+\s*(?:[-–]\s*\d+)?\s*(?:,|and)?\s*)+)")


def _options_in(where: str) -> set[int]:
    """Option numbers a `where` names: 'Option 6', 'Options 4, 5 and 8', '(repeated for Options 2-7)'."""
    found: set[int] = set()
    for m in _OPTION_RANGE.finditer(where):
        for part in re.split(r",|and", m.group(1)):
            part = part.strip()
            if not part:
                continue
            bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part) if x.strip().isdigit()]
            if len(bounds) == 2:
                found.update(range(bounds[0], bounds[1] + 1))
            elif bounds:
                found.add(bounds[0])
    return found


def _mentions(model, text: str) -> bool:
    names = [model["name"]] + ([model["short_name"]] if model.get("short_name") else [])
    for part in (model.get("short_name") or "").split("/"):
        if part:
            names.append(part)
    return any(re.search(rf"(?<![\w-]){re.escape(n)}s?(?![\w-])", text) for n in names if len(n) >= 3)


def related_legal(kb: KnowledgeBase, model) -> list[dict]:
    """Legal models whose passages in kb/legal_models.yaml name this model (by option number or name)."""
    out = []
    for legal in kb.legal_models["models"]:
        evidence = [item for item in legal["description"]
                    if item.get("source") and (model["option"] in _options_in(item["source"]["where"])
                                               or _mentions(model, item["text"]))]
        if evidence:
            view = legal_view(kb, legal["id"])
            view["evidence"] = items_view(kb, evidence)
            out.append(view)
    return out


def brief_view(kb: KnowledgeBase, model_id: str, *, version: str) -> dict:
    """Everything `brief.md.j2` shows for one model."""
    model = kb.model(model_id)
    m = model_view(kb, model)
    groups = []
    for key, title in BUSINESS_CASE_TITLES.items():
        items = [{"text": i["text"], "cite": item_view(kb, i)["cite"]} for i in model["business_case"][key]]
        if items:
            groups.append({"theme": f"Business case: {title.lower()}", "items": items, "note": None})
    groups.append({"theme": "Barriers to address",
                   "items": [{"text": barrier_question(i["text"]), "cite": item_view(kb, i)["cite"]}
                             for i in model["barriers"]], "note": None})
    networks = kb.provider_networks
    relevance = []
    if model_id in NETWORK_MODELS:
        groups.append({"theme": "Joint decisions in a provider network",
                       "items": [{"text": i["text"], "cite": cite(kb, i["source"])}
                                 for i in networks["check_and_challenge"]],
                       "note": NETWORK_RATIONALE})
        relevance.append(NETWORK_RATIONALE)
    if model_id in COLLABORATIVE_MODELS:
        groups.append({"theme": "Forming a provider collaborative",
                       "items": [{"text": f"{area['name']}: {i['text']}", "cite": cite(kb, i["source"])}
                                 for area in networks["collaboratives"]["focus_areas"] for i in area["questions"]],
                       "note": COLLABORATIVE_RATIONALE})
        relevance.append(COLLABORATIVE_RATIONALE)
    legal = related_legal(kb, model)
    docs = _docs_in(model) | _docs_in(kb.variants_of(model_id)) | _docs_in([lv for lv in kb.legal_models["models"]
                                                                            if lv["id"] in {x["id"] for x in legal}])
    if model_id in NETWORK_MODELS:
        docs.add("provider-networks-decisions")
    if model_id in COLLABORATIVE_MODELS:
        docs.add("provider-collaboratives")
    levels = [{"level": level, "pros": items_view(kb, kb.legal_models["formality"][level]["pros"]),
               "cons": items_view(kb, kb.legal_models["formality"][level]["cons"])}
              for level in ("less", "more") if any(lv["level"] == level for lv in legal)]
    return {
        "m": m,
        "sections": [s for k in REPORT_SECTIONS for s in m["sections"] if s["key"] == k],
        "legal": legal,
        "levels": levels,
        "legal_intro": items_view(kb, kb.legal_models["intro"]),
        "challenges": groups,
        "relevance": relevance,
        "sources": source_docs(kb, docs),
        "footer": {"version": version, "kb": kb.digest},
    }


def brief_index_view(kb: KnowledgeBase, ext: str, *, version: str) -> dict:
    return {
        "models": [{"id": m["id"], "option": m["option"], "name": m["name"],
                    "family": kb.family(m["family"])["name"], "file": f"{m['id']}.{ext}"}
                   for m in kb.models.values()],
        "sources": source_docs(kb),
        "footer": {"version": version, "kb": kb.digest},
    }


def brief_file_name(model_id: str, ext: str) -> str:
    return f"{model_id}.{ext}"


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
    docs = set().union(*(_docs_in(m) for m in models))
    return {"models": [{"id": v["id"], "name": v["name"]} for v in views], "rows": rows,
            "sources": source_docs(kb, docs), "footer": {"version": version, "kb": kb.digest}}
