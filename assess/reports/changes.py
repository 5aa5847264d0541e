"""What would change the decision, as the board paper shows it: the changes to the recommendation on page one
and in the body, and the changes that would put another model first, grouped by question.

Every count says how many of how many a list shows, so it matches the list it summarises; every margin is
the lead over the best option still standing after the change (the engine's `margin`), in `numbers`' words.
"""
from __future__ import annotations

from typing import Mapping

from ..engine.numbers import ahead, margin
from .sentences import plural, say

CHANGES_SHOWN = 3          # changes that would change the recommendation, on the first page
CHANGES_LISTED = 10        # ... and in the body (all are in the score result)


def decision_changes(changes: list) -> dict:
    """The changes to the recommendation: the first page's few, the body's list, and how many of all each shows."""
    rows = [{"respondent": c.get("respondent"), "text": c["text"]} for c in changes]
    n, shown, listed = len(rows), min(len(rows), CHANGES_SHOWN), min(len(rows), CHANGES_LISTED)
    return {"changes": rows[:CHANGES_SHOWN], "all_changes": rows[:CHANGES_LISTED],
            "more_changes": n - shown,
            "shown_text": say("changes shown", shown=str(shown), total=str(n), listed=str(listed)) if n > shown else "",
            "listed_text": say("changes listed", listed=str(listed), total=str(n)) if n > listed else ""}


# A board reads the questions whose answer matters most, not every single change: the paper lists at most
# CHANGE_GROUPS questions and CHANGES_PER_GROUP changes of each; it says how many more there are.
CHANGE_GROUPS, CHANGES_PER_GROUP = 8, 3


def sensitivity_view(q, result: dict) -> dict:
    """The single answer changes that would put another model first, in plain words, by question, largest first."""
    names = {r["model"]: r["name"] for r in result["ranking"]}
    by_question: dict[tuple, dict] = {}
    for s in result["sensitivity"]:
        key = (s["question"], s.get("respondent"))
        entry = by_question.setdefault(key, {"id": s["question"], "question": s["question_text"], "now": s["answer"],
                                             "respondent": s.get("respondent"), "all": [], "best": 0.0})
        entry["all"].append(s)
        entry["best"] = max(entry["best"], s["margin"] or 0.0)
    groups = sorted(by_question.values(), key=lambda e: (-e["best"], q.by_id[e["id"]].index))[:CHANGE_GROUPS]
    for g in groups:
        ranked = sorted(g.pop("all"), key=lambda s: -(s["margin"] or 0.0))
        g["changes"] = [_change(s, names) for s in ranked[:CHANGES_PER_GROUP]]
    shown = sum(len(g["changes"]) for g in groups)
    n = len(result["sensitivity"])
    standing = [r for r in result["ranking"] if not r["excluded"]]
    top = standing[0]["name"] if standing else ""
    one = q.terms["ranking_one"]
    if not n:
        intro = say("no change", one=one, top=top) if top else say("no change, none standing", one=one)
    else:
        intro = say("changes", changes=plural(n, "single change"), one=one,
                    questions=plural(len(by_question), "question"))
    others = len(by_question) - len(groups)
    more = "" if n <= shown else \
        say("more changes elsewhere", changes=plural(n - shown, "more single change"),
            questions=plural(others, "other question")) if others else \
        say("more changes", changes=plural(n - shown, "more single change"))
    return {"intro": intro, "groups": groups, "count": n, "more": more}


def _change(s: Mapping, names: Mapping) -> str:
    """One change that puts another model first, with its lead over the best model still standing after it."""
    if s["runner_up"] is None:
        return say("change alone", change_to=s["change_to"], name=names[s["new_top"]])
    return say("change" if ahead(s["margin"]) else "change level", change_to=s["change_to"],
               name=names[s["new_top"]], other=names[s["runner_up"]], margin=margin(s["margin"]))
