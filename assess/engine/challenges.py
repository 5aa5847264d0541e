"""Check-and-challenge questions selected for a result, each with the kind of reason it is raised for (pure).

Every question is raised with `rank`, the key of its reason in `priorities.RANKS`
("sensitive", "disagreement", "live-barrier" ...), decided here from where it
comes from; `priorities.prioritise` only orders, merges and phrases them.
A Quick Guide prompt that an answered question already settles is not raised.
"""
from __future__ import annotations

from typing import Any, Mapping

from ..kb import KnowledgeBase
from .conditions import DONT_KNOW
from .priorities import LIVE, SETTLED, words
from .questionnaire import Questionnaire
from .variants import protect

BARRIER_MODELS = 2     # the leading models whose barriers are raised
# what a disagreement between respondents raises (the browser reads this table too: assess/site/questionnaire_data.py)
DISAGREEMENT = {
    "theme": "Where respondents disagree",
    "view": "{respondent}: {answer}",
    "text": "Respondents answered “{question}” differently ({views}). Which answer holds for the whole system?",
    "why": "answers differ between respondents",
    "own_why": "respondents disagree on: {question}",
}
# the themes and reasons of every other question raised (the browser reads this table too)
RAISED = {
    "quick_guide": "Quick Guide {number}: {title}",
    "open": "Open questions",
    "business_case": "Business case for {model}: {part}",
    "barriers": "Barriers to {model}",
    "protect": "General practice to protect",
    "why_dont_know": "answered “don't know”: {question}",
    "why_answers": "applies to the answers given",
    "why_always": "applies to every assessment",
    "why_business_case": "key issue of the leading model's business case",
    "why_barrier": "a barrier the support pack records for a leading model",
}


def select(q: Questionnaire, kb: KnowledgeBase, result: Mapping, known_sets: list[Mapping[str, Any]]) -> list[dict]:
    """Themed questions: Quick Guide gaps, disagreements, the questionnaire's own, the leaders' issues, what of
    general practice to protect; each with its `rank`."""
    out: list[dict] = []
    seen: set[str] = set()

    def add(rank: str, theme: str, text: str, source, why: str, question: str | None = None) -> None:
        if text not in seen:
            seen.add(text)
            out.append({"theme": theme, "text": text, "source": source, "why": why, "question": question, "rank": rank})

    _dont_knows(q, kb, result, known_sets, add, seen)
    w = DISAGREEMENT
    for d in result.get("disagreements", ()):
        views = "; ".join(w["view"].format(respondent=a["respondent"], answer=a["answer"]) for a in d["answers"])
        add("disagreement", w["theme"], w["text"].format(question=d["question_text"], views=views), None,
            w["why"], d["question"])
        challenge = q.by_id[d["question"]].challenge
        if challenge:
            add("disagreement", w["theme"], challenge["text"], challenge.get("source"),
                w["own_why"].format(question=d["question_text"]), d["question"])
    for c in q.challenges:
        if c.check is None or any(c.check(known) is True for known in known_sets):
            add("answers" if c.check else "always", c.theme, c.text, c.source,
                RAISED["why_answers"] if c.check else RAISED["why_always"])
    _leaders(q, kb, result, known_sets, add)
    out += [{"theme": RAISED["protect"], **c, "rank": "protect"} for c in protect(q, kb, known_sets)]
    return out


def _dont_knows(q: Questionnaire, kb: KnowledgeBase, result: Mapping, known_sets: list[Mapping[str, Any]],
                add, seen: set[str]) -> None:
    """The Quick Guide's prompts and the question's own challenge for each "don't know" answer: first of all
    when the answer could change the recommendation; a prompt an answered question settles is left out."""
    guide = {g["id"]: g for g in kb.objectives["quick_guide"]}
    sensitive = {c["question"] for c in result["recommendation"].get("changes", ())}
    answered = [words(q.by_id[qid].text) for qid in q.by_id
                if any(k.get(qid, DONT_KNOW) != DONT_KNOW for k in known_sets)]
    for qid in result["dont_know"]:
        question = q.by_id[qid]
        why = RAISED["why_dont_know"].format(question=question.text)
        rank = "sensitive" if qid in sensitive else "unknown"
        if question.quick_guide:
            g = guide[question.quick_guide]
            for prompt in g["prompts"]:
                if _settled(words(prompt["text"]), answered):
                    seen.add(prompt["text"])
                    continue
                add(rank, RAISED["quick_guide"].format(number=g["number"], title=g["title"]), prompt["text"],
                    prompt.get("source"), why, qid)
        if question.challenge:
            add(rank, RAISED["open"], question.challenge["text"], question.challenge.get("source"), why, qid)


def _leaders(q: Questionnaire, kb: KnowledgeBase, result: Mapping, known_sets: list[Mapping[str, Any]], add) -> None:
    """The leading model's business-case issues, and the leading models' barriers: first of all a barrier of
    the recommended model that shares LIVE words with a known risk chosen in the answers."""
    leaders = [r for r in result["ranking"] if not r["excluded"]][:BARRIER_MODELS]
    if leaders and leaders[0]["model"] in kb.models:
        model = kb.models[leaders[0]["model"]]
        for part in ("finances", "leadership", "strategy"):
            for item in model["business_case"][part]:
                add("business-case", RAISED["business_case"].format(model=model["name"], part=part), item["text"],
                    item.get("source"), RAISED["why_business_case"])
    decision = result["recommendation"]
    risks = [words(r) for r in _chosen_risks(q, known_sets)]
    for leader in leaders:
        if leader["model"] not in kb.models:
            continue
        model = kb.models[leader["model"]]
        mine = decision["kind"] == "model" and decision["id"] == leader["model"]
        for item in model["barriers"]:
            live = mine and any(len(words(item["text"]) & r) >= LIVE for r in risks)
            add("live-barrier" if live else "barrier", RAISED["barriers"].format(model=model["name"]), item["text"],
                item.get("source"), RAISED["why_barrier"])


def _chosen_risks(q: Questionnaire, known_sets: list[Mapping[str, Any]]) -> set[str]:
    """The labels of the known risks any respondent chose (the `known_risks` role; none without it)."""
    role = q.roles.get("known_risks")
    question = q.by_id.get(role["question"]) if role else None
    if question is None:
        return set()
    return {question.label(o) for k in known_sets if isinstance(k.get(question.id), (list, tuple))
            for o in k[question.id]}


def _settled(prompt: set[str], answered: list[set[str]]) -> bool:
    return bool(prompt) and any(len(prompt & text) / len(prompt) >= SETTLED for text in answered)
