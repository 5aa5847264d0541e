"""The decision a board is asked to take, from a score result (pure).

One thing is recommended: a care model, a collaborative alternative instead of
a new organisation, or nothing yet ("none": find out first). It says how sure
(`clear`, `close`, `uncertain`), why, and what else to consider. An excluded
model is never recommended. The thresholds are the project's judgement
(docs/questionnaires.md, "The recommendation"); the sentences come from
`WORDING`, which the browser's engine (site/js/decision.js) fills in the same way.
"""
from __future__ import annotations

from typing import Any, Mapping

from .numbers import ahead, exact, fit, margin, span
from .questionnaire import Questionnaire
from .records import ANSWER_WORDS

WELL = 60.0        # a leader fitting less than this is not recommended
CLOSE = 5.0        # points between the leader and the runner-up that make the decision close
REASONS = 2        # answers quoted in favour of the leader
FIND_OUT = 5       # "don't know" questions listed under "find out first"

WORDING = {
    "model": "{name} fits the answers best of the {ranking} that are not ruled out: {fit} out of 100{range}.",
    "alternative": "{name} fits best ({fit} out of 100{range}): a {alternative_one} rather than a new organisation.",
    "alternative_all_out": "Every {ranking_one} is ruled out by the answers given.",
    "alternative_beats": "It fits better than any {ranking_one} that is not ruled out; the best of those, {other}, "
                         "fits {other_fit}.",
    "alternative_quote": "The support pack says collaborative models “{quote}”.",
    "lead": "It leads {other} by {gap} points.",
    "level": "It is level with {other}.",
    "reason": "“{question}”: {answer}. {reason}",
    "none": "Nothing fits well yet: the best, {name}, fits {fit} out of 100{range}, below the {well} this tool "
            "asks of a recommendation.",
    "none_all_out": "Every option is ruled out by the answers given.",
    "none_unknown": "“Don't know” was the answer to {count}; knowing the answers could change the picture.",
    "clear": "Clear: no other option comes within {close} points, and no “don't know” answer could change the lead.",
    "close": "Close: {other} is within {gap} points; look at both.",
    "uncertain_unknown": "Uncertain: depending on the {count} answered “don't know”, {others} could come level "
                         "or ahead.",
    "uncertain_named": "Uncertain: {others} could come level or ahead, depending on {questions}, answered “don't "
                       "know”.",
    "uncertain_none": "Uncertain: nothing fits well enough to recommend yet.",
    "uncertain_rule": "Uncertain: it may be ruled out, because what it requires is not known ({condition}). "
                      "{reason}",
    "consider_close": "Consider {other} alongside it ({fit} out of 100).",
    "consider_alternative": "{other} ({fit} out of 100) could be used alongside it: collaborative models can "
                            "continue alongside the new models of care.",
    "consider_model": "If the organisations later want to integrate, {other} fits best of the {ranking} "
                      "({fit} out of 100).",
    "find_out": "Find out: “{question}”",
    "then_check": "Then check again whether {other} fits ({fit} out of 100 now).",
    "revisit": "Revisit the objectives: the answers do not point clearly to any option.",
    "if_set": "If “{question}” were answered “{option}” instead of “{answer}”, ",
    "if_set_unknown": "If “{question}” were answered “{option}” (now “don't know”), ",
    "if_add": "If “{option}” were added to “{question}”, ",
    "if_remove": "If “{option}” were taken out of “{question}”, ",
    "if_only": "If the answer to “{question}” were only “{option}” (now “don't know”), ",
    "then_lead": "{new} would lead {other} by {margin} points.",
    "then_level": "{new} would draw level with {other}.",
    "then_out": "{old} would be ruled out and {new} would come first ({fit} out of 100){lead}.",
    "out_lead": ", {margin} points ahead of {other}",
    "out_level": ", level with {other}",
    "becomes": "{name} would be recommended instead ({fit} out of 100).",
    "becomes_ahead": "{name} would be recommended instead ({fit} out of 100, {margin} points ahead of {other}).",
    "becomes_level": "{name} would be recommended instead ({fit} out of 100, level with {other}).",
    "becomes_none": "nothing would fit well enough to recommend.",
    # fragments of the sentences above: a fit's range, a count of questions, names beyond the first three
    "range": " (could be {range})",
    "questions_one": "1 question",
    "questions": "{count} questions",
    "and_more": " and {count} more",
    "quoted": "“{text}”",
}
_QUOTE_MARK = "instead of"     # the support pack's sentence on using collaborative models instead


def say(key: str, **values: Any) -> str:
    """A sentence of WORDING with its blanks filled."""
    return WORDING[key].format(**values)


def alternatives_replace(q: Questionnaire, collaborative: Mapping) -> bool:
    """Whether the questionnaire's alternatives can be recommended instead of a ranked target: they are the
    knowledge base's collaborative alternatives (vote weightings, say, cannot replace a voting structure)."""
    return bool(q.alternatives) and set(q.alternatives) <= {a["id"] for a in collaborative["alternatives"]}


def lead_sentence(other: str, gap: float) -> str:
    """How far the recommended option leads `other`, the best option still standing: "It leads … by … points."
    or "It is level with …"."""
    return say("lead", other=other, gap=margin(gap)) if ahead(gap) else say("level", other=other)


def instead_item(collaborative: Mapping) -> Mapping | None:
    """The support pack's passage on collaborative models used instead of new ones (None when absent)."""
    return next((item for item in collaborative.get("intro", ())
                 if _QUOTE_MARK in item["text"] and "can " in item["text"]), None)


def instead_quote(collaborative: Mapping) -> str | None:
    """The words of that passage a decision quotes ('can continue to be used …')."""
    item = instead_item(collaborative)
    return None if item is None else item["text"][item["text"].index("can "):].rstrip(".")


def recommend(q: Questionnaire, result: Mapping, *, instead: bool, quote: str | None = None) -> dict:
    """The recommendation of a score result.

    `instead`: the questionnaire's alternatives can replace a ranked target (the
    collaborative alternatives of the care-model questionnaire can; vote
    weightings cannot). `quote`: the source's sentence saying so.
    """
    terms = q.terms
    models = [r for r in result["ranking"] if not r["excluded"]]
    alternatives = [r for r in result["alternatives"] if not r["excluded"]] if instead else []
    model, alt = (models[0] if models else None), (alternatives[0] if alternatives else None)
    kind, lead = choose(model, alt)
    candidates = sorted(models + alternatives, key=lambda r: -r["score"])
    rivals = [r for r in candidates if r is not lead]
    unknown = [q.by_id[qid].text for qid in result["dont_know"]]
    if decided(kind, lead)[0] == "none":
        return _none(lead, kind, unknown, result)
    confidence, note = _confidence(lead, rivals, unknown)
    why = _opening(kind, lead, model, terms)
    if rivals:
        why.append(lead_sentence(rivals[0]["name"], lead["score"] - rivals[0]["score"]))
    if kind == "alternative" and quote:
        why.append(say("alternative_quote", quote=quote))
    why += _reasons(lead)
    return {**_figures(kind, lead), "confidence": confidence, "why": why, "confidence_why": note,
            "instead": _instead(kind, lead, rivals, alt, model, terms),
            "runner_up": _brief(rivals[0]) if rivals else None, "threshold": WELL}


def choose(model: Mapping | None, alt: Mapping | None) -> tuple[str, Mapping | None]:
    """(kind, entry) of the leader: the best collaborative alternative when it fits better than the
    best care model that is not excluded (or there is none), else that model. Below WELL it is
    not recommended: the caller says "none"."""
    if alt is not None and (model is None or alt["score"] > model["score"]):
        return "alternative", alt
    return "model", model


def decided(kind: str, lead: Mapping | None) -> tuple[str, str | None]:
    """(kind, id) of the recommendation a leader makes: ("none", None) below WELL."""
    if lead is None or lead["score"] < WELL:
        return "none", None
    return kind, lead.get("model", lead.get("id"))


def change_text(q: Questionnaire, s: Mapping) -> str:
    """One sensitivity entry in plain words: the change, then who would lead (the respondent, user text, apart)."""
    head = change_head(s)
    new, old = q.names[s["new_top"]], q.names[s["old_top"]]
    other = q.names[s["runner_up"]] if s["runner_up"] else None
    if not s["old_top_excluded"]:
        return head + (say("then_lead", new=new, other=other, margin=margin(s["margin"])) if ahead(s["margin"])
                       else say("then_level", new=new, other=other))
    lead = "" if other is None else say("out_lead", other=other, margin=margin(s["margin"])) \
        if ahead(s["margin"]) else say("out_level", other=other)
    return head + say("then_out", old=old, new=new, fit=fit(s["new_top_fit"]), lead=lead)


def change_head(entry: Mapping) -> str:
    """The opening of a change in words ("If “…” were answered “…”, "), as `change_text` and
    `turning_points` begin it."""
    key = "if_" + entry["change"]
    if entry["change"] == "set":
        key = "if_set_unknown" if entry["answer"] == ANSWER_WORDS["dont_know"] else "if_set"
    return say(key, question=entry["question_text"], option=entry["option_label"], answer=entry["answer"])


def _opening(kind: str, lead: Mapping, model: Mapping | None, terms: Mapping) -> list[str]:
    spread = _range(lead)
    if kind == "model":
        return [say("model", name=lead["name"], ranking=terms["ranking"], fit=fit(lead["score"]), range=spread)]
    why = [say("alternative", name=lead["name"], fit=fit(lead["score"]), range=spread,
               alternative_one=terms.get("alternative_one", "alternative"))]
    if model is None:
        why.append(say("alternative_all_out", ranking_one=terms["ranking_one"]))
    else:
        why.append(say("alternative_beats", ranking_one=terms["ranking_one"], other=model["name"],
                       other_fit=fit(model["score"])))
    return why


def _confidence(lead: Mapping, rivals: list, unknown: list[str]) -> tuple[str, dict]:
    """(confidence, why): `why` holds the sentence and what it names: the rival and gap of a close call, the
    rivals a "don't know" could put ahead (`explain` adds the questions, once the changes are known)."""
    rival = {**_brief(rivals[0]), "gap": lead["score"] - rivals[0]["score"]} if rivals else None
    why = {"rival": rival, "rivals": [], "questions": []}
    if lead.get("may_be_excluded"):
        m = lead["may_be_excluded"][0]
        return "uncertain", {**why, "rule": m["condition"],
                             "text": say("uncertain_rule", condition=m["condition"], reason=_sentence(m["reason"]))}
    ahead = [r["name"] for r in rivals if r["high"] > lead["low"]]
    if unknown and ahead:
        return "uncertain", {**why, "rivals": ahead, "questions": list(unknown),
                             "text": say("uncertain_unknown", count=_count(len(unknown)), others=_names(ahead, 3))}
    if rival and rival["gap"] <= CLOSE:
        return "close", {**why, "text": say("close", other=rival["name"], gap=margin(rival["gap"]))}
    return "clear", {**why, "text": say("clear", close=f"{CLOSE:g}")}


def explain(decision: dict) -> dict:
    """The confidence's own field, once the changes that would change the decision are known: an uncertain
    decision names the "don't know" answers that could change it (every one when no single answer could)."""
    why = decision["confidence_why"]
    if decision["kind"] == "none" or not why["rivals"]:
        return why
    deciding = [c["question_text"] for c in decision["changes"] if c["answer"] == ANSWER_WORDS["dont_know"]]
    named = list(dict.fromkeys(deciding)) or why["questions"]
    questions = _names([say("quoted", text=t) for t in named], FIND_OUT)
    return {**why, "questions": named,
            "text": say("uncertain_named", others=_names(why["rivals"], 3), questions=questions)}


def _names(names: list[str], shown: int) -> str:
    """The first `shown` names, then how many more."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (say("and_more", count=more) if more > 0 else "")


def _reasons(lead: Mapping) -> list[str]:
    """The answers that count most in the leader's favour, each with the reason of its weight."""
    out, seen = [], set()
    for r in lead["reasons"]:
        if r["points"] <= 0 or (r["question"], r["answer"]) in seen:
            continue
        seen.add((r["question"], r["answer"]))
        out.append(say("reason", question=r["question_text"], answer=r["answer_label"], reason=_sentence(r["reason"])))
        if len(out) == REASONS:
            break
    return out


def _instead(kind: str, lead: Mapping, rivals: list, alt: Mapping | None, model: Mapping | None,
             terms: Mapping) -> list[str]:
    close = [r for r in rivals[:2] if lead["score"] - r["score"] <= CLOSE]
    out = [say("consider_close", other=r["name"], fit=fit(r["score"])) for r in close]
    if kind == "model" and alt is not None and alt["score"] >= WELL and alt not in close:
        out.append(say("consider_alternative", other=alt["name"], fit=fit(alt["score"])))
    if kind == "alternative" and model is not None and model["score"] >= WELL and model not in close:
        out.append(say("consider_model", other=model["name"], ranking=terms["ranking"], fit=fit(model["score"])))
    return out


def _none(lead: Mapping | None, kind: str, unknown: list[str], result: Mapping) -> dict:
    if lead is None:
        why = [say("none_all_out")]
    else:
        why = [say("none", name=lead["name"], fit=fit(lead["score"]), range=_range(lead), well=f"{WELL:g}")]
    if unknown:
        why.append(say("none_unknown", count=_count(len(unknown))))
    instead = [say("find_out", question=text) for text in unknown[:FIND_OUT]]
    if lead is not None:
        instead.append(say("then_check", other=lead["name"], fit=fit(lead["score"])))
    if not unknown:
        instead.append(say("revisit"))
    return {"kind": "none", "id": None, "name": None, "fit": None, "low": None, "high": None,
            "confidence": "uncertain", "why": why, "instead": instead,
            "confidence_why": {"text": say("uncertain_none"), "rival": None, "rivals": [], "questions": list(unknown)},
            "closest": {**_brief(lead), "kind": kind} if lead is not None else None, "threshold": WELL}


def _figures(kind: str, lead: Mapping) -> dict:
    return {"kind": kind, "id": lead.get("model", lead.get("id")), "name": lead["name"], "fit": lead["score"],
            "low": lead["low"], "high": lead["high"]}


def _brief(r: Mapping) -> dict:
    return {"id": r.get("model", r.get("id")), "name": r["name"], "fit": r["score"], "low": r["low"], "high": r["high"]}


def _range(r: Mapping) -> str:
    return "" if exact(r["low"], r["high"]) else say("range", range=span(r["low"], r["high"]))


def _count(n: int) -> str:
    return say("questions_one") if n == 1 else say("questions", count=n)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
