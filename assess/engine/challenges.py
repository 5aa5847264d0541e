"""Check-and-challenge questions selected for a result (pure)."""
from __future__ import annotations

from typing import Any, Mapping

from ..kb import KnowledgeBase
from .questionnaire import Questionnaire

BARRIER_MODELS = 2     # the leading models whose barriers are raised


def select(q: Questionnaire, kb: KnowledgeBase, result: Mapping, known_sets: list[Mapping[str, Any]]) -> list[dict]:
    """Themed questions: Quick Guide gaps, disagreements, the questionnaire's own, the leaders' issues."""
    out: list[dict] = []
    seen: set[str] = set()

    def add(theme: str, text: str, source, why: str, question: str | None = None) -> None:
        if text not in seen:
            seen.add(text)
            out.append({"theme": theme, "text": text, "source": source, "why": why, "question": question})

    guide = {g["id"]: g for g in kb.objectives["quick_guide"]}
    for qid in result["dont_know"]:
        question = q.by_id[qid]
        why = f"answered “don't know”: {question.text}"
        if question.quick_guide:
            g = guide[question.quick_guide]
            for prompt in g["prompts"]:
                add(f"Quick Guide {g['number']}: {g['title']}", prompt["text"], prompt.get("source"), why, qid)
        if question.challenge:
            add("Open questions", question.challenge["text"], question.challenge.get("source"), why, qid)
    for d in result.get("disagreements", ()):
        views = "; ".join(f"{a['respondent']}: {a['answer']}" for a in d["answers"])
        add("Where respondents disagree",
            f"Respondents answered “{d['question_text']}” differently ({views}). Which answer holds for the whole system?",
            None, "answers differ between respondents", d["question"])
        challenge = q.by_id[d["question"]].challenge
        if challenge:
            add("Where respondents disagree", challenge["text"], challenge.get("source"),
                f"respondents disagree on: {d['question_text']}", d["question"])
    for c in q.challenges:
        if c.check is None or any(c.check(known) is True for known in known_sets):
            add(c.theme, c.text, c.source, "applies to the answers given" if c.check else "applies to every assessment")
    leaders = [r for r in result["ranking"] if not r["excluded"]][:BARRIER_MODELS]
    if leaders and leaders[0]["model"] in kb.models:
        model = kb.models[leaders[0]["model"]]
        for part in ("finances", "leadership", "strategy"):
            for item in model["business_case"][part]:
                add(f"Business case for {model['name']}: {part}", item["text"], item.get("source"),
                    "key issue of the leading model's business case")
    for leader in leaders:
        if leader["model"] not in kb.models:
            continue
        model = kb.models[leader["model"]]
        for item in model["barriers"]:
            add(f"Barriers to {model['name']}", item["text"],
                item.get("source"), "a barrier the support pack records for a leading model")
    return out

