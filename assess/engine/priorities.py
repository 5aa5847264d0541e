"""Check-and-challenge questions in the order a board should ask them, without repeats (pure).

`challenges.select` gathers every question the sources raise for a result, each
with its `rank` (the key of its reason in RANKS: a "don't know" answer that could
change the recommendation first, then disagreements, then the recommended
model's barriers that the answers make live ...); this module orders them by
rank, merges near-duplicates (word overlap of at least SAME, keeping every
source) and phrases statements as questions a board can ask. The ranking and
phrasing are the project's judgement (docs/questionnaires.md).
"""
from __future__ import annotations

import re
from typing import Mapping

SAME = 0.5            # word overlap (Jaccard) from which two challenges count as one
SETTLED = 0.8         # share of a prompt's words found in an answered question that settles the prompt
LIVE = 2              # words a barrier shares with a known risk chosen in the answers that make it live
RANKS = (
    ("sensitive", "you answered “don't know” to a question that could change the recommendation"),
    ("disagreement", "respondents disagree on it"),
    ("live-barrier", "a barrier of the recommended model that the answers make live"),
    ("unknown", "you answered “don't know” to a question it follows from"),
    ("answers", "the answers given make it apply"),
    ("protect", "practices' contracts or identity would change"),
    ("business-case", "a key issue of the recommended model's business case"),
    ("barrier", "a barrier the support pack records for a leading model"),
    ("always", "it applies to every assessment"),
)
_RANK = {key: i for i, (key, _) in enumerate(RANKS)}
# how a statement of the sources is put to the board as a question, by the rank of its reason (the browser fills
# the same table: assess/site/questionnaire_data.py ships it to site/js/challenges.js)
ASK = {
    "plan": "{statement}: what is our plan for this?",
    "business-case": "{statement}: does our business case show this?",
    "settled": "{statement}: have we settled this?",
}
ASKED = {key: {"barrier": "plan", "live-barrier": "plan", "business-case": "business-case"}.get(key, "settled")
         for key, _ in RANKS}
STOP = frozenset("""that this with from have will would there their they them what when which where into your
    about other more than been being also such need needs into across over each some must should could
    does make made only very care model models""".split())


def prioritise(challenges: list[dict]) -> list[dict]:
    """The challenges (each with its `rank`, from `challenges.select`) ranked and merged; each with `priority`
    (1 first), `why` and `sources`."""
    ranked = []
    seen_in_rank: dict[tuple, int] = {}
    for order, c in enumerate(challenges):
        key = c["rank"]
        # within a rank, the first question of each theme before the second of any: the top few cover more ground
        nth = seen_in_rank[(key, c["theme"])] = seen_in_rank.get((key, c["theme"]), -1) + 1
        ranked.append((_RANK[key], nth, order, key, c))
    ranked.sort(key=lambda r: r[:3])
    out: list[dict] = []
    for _, _, _, key, c in ranked:
        text_words = words(c["text"])
        twin = next((o for o in out if _jaccard(text_words, o["_words"]) >= SAME), None)
        if twin is not None:
            if c.get("source") and c["source"] not in twin["sources"]:
                twin["sources"].append(c["source"])
            continue
        out.append({**c, "text": board_question(c["text"], key), "rank": key, "why": _why(key, c),
                    "sources": [c["source"]] if c.get("source") else [], "_words": text_words})
    for i, c in enumerate(out, 1):
        del c["_words"]
        c["priority"] = i
    return out


def board_question(text: str, key: str) -> str:
    """A statement of the sources as a question the board can put; questions stay as they are."""
    text = text.strip()
    if "?" in text:
        return text
    return ASK[ASKED[key]].format(statement=text.rstrip(".").rstrip())


def _why(key: str, c: Mapping) -> str:
    base = dict(RANKS)[key]
    detail = c.get("why", "")
    return f"{base} ({detail})" if key in ("sensitive", "unknown", "disagreement") and detail else base


def words(text: str) -> set[str]:
    """The words of a text that count when comparing texts: four letters or more, not in STOP."""
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in STOP}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
