"""Workforce implications of the recommendation, tailored to the answers (pure).

The support pack exists "to ensure the workforce implications of each of the new
care models are fully considered". Each care model's workforce considerations
(kb/models/*.yaml) are sorted by whether the answers make them live: who the
partners are (NHS bodies, councils, voluntary or independent providers), whether
staff would transfer to another employer, and whether the new body would need
NHS Pension access. Which consideration an answer makes live (TOPICS) and the
three-line summary (HEADLINES) are the project's reading, marked derived.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..kb import KnowledgeBase
from .conditions import DONT_KNOW

# a workforce consideration's topic, recognised in its text
TOPICS = {
    "transfer": re.compile(r"\bTUPE\b"),
    "harmonisation": re.compile(r"harmonisation|inside and outside the NHS", re.IGNORECASE),
    "pensions": re.compile(r"pension", re.IGNORECASE),
    "roles": re.compile(r"terms and conditions|contracts of consultants|extended roles", re.IGNORECASE),
}
NHS_BODIES = ("foundation-trust", "nhs-trust")
OUTSIDE_NHS = ("local-authority", "voluntary-independent")
HEADLINES = {
    "transfer": "Staff transfer: TUPE is likely to apply, with its duties to inform and consult staff.",
    "harmonisation": "Partners inside and outside the NHS: contracts, terms and conditions and pensions will need "
                     "harmonising.",
    "pensions": "NHS Pension: check that the new body can be an employing authority with access to the scheme.",
    "roles": "New or extended roles may change terms and conditions, with individual and trade union consultation.",
    "unknown": "Workforce not yet assessed: say who the partners are, whether staff would transfer and whether the "
               "new body needs NHS Pension access.",
    "nhs_only": "All partners are NHS bodies: harmonisation and pensions issues are less likely, but TUPE duties "
                "may still apply.",
}
SUMMARY_LINES = 3
# why the answers make a topic live, and who the NHS partners that cannot easily do it are
LIVE = {"transfer": "staff would transfer to another employer",
        "harmonisation": "the partners come from inside and outside the NHS",
        "pensions": "the new body would need NHS Pension access"}
PARTNER_NAMES = {"foundation-trust": "a foundation trust", "nhs-trust": "an NHS trust"}
PARTNERS_INCLUDE = "partners include {partners}"
_FT_RESTRICTION = "highly restricted"          # the hospital-chain barrier quoting the NHS bodies' legal limits


def workforce(kb: KnowledgeBase, recommendation: Mapping, ranking: list[Mapping],
              known_sets: list[Mapping[str, Any]]) -> dict | None:
    """The workforce implications of the recommended model (or, for an alternative or "none", of the best
    care model not ruled out, should it be pursued); None when there is no care model to speak of."""
    model_id = recommendation["id"] if recommendation["kind"] == "model" else \
        next((r["model"] for r in ranking if not r["excluded"]), None)
    if model_id not in kb.models:
        return None
    model = kb.models[model_id]
    answers = _answers(known_sets)
    live = _live(answers)
    items = []
    for item in model["workforce"]:
        topics = [t for t, pattern in TOPICS.items() if pattern.search(item["text"])]
        items.append({"text": item["text"], "source": item.get("source"), "topics": topics,
                      "why": [live[t] for t in topics if t in live]})
    items.sort(key=lambda i: not i["why"])           # stable: live ones first, in the pack's order
    topics_here = {t for i in items for t in i["topics"]}
    summary = [HEADLINES[t] for t in ("transfer", "harmonisation", "pensions") if t in live and t in topics_here]
    if not answers["partners"] and not answers["transfer"] and not answers["pension"]:
        summary.insert(0, HEADLINES["unknown"])
    elif answers["partners"] and answers["partners"] <= set(NHS_BODIES):
        summary.append(HEADLINES["nhs_only"])
    if "roles" in topics_here:
        summary.append(HEADLINES["roles"])
    return {"model": model_id, "name": model["name"], "recommended": recommendation["kind"] == "model",
            "summary": summary[:SUMMARY_LINES], "summary_derived": True,
            "implications": items, "legal": _legal_notes(kb, answers["partners"])}


def _answers(known_sets: list[Mapping[str, Any]]) -> dict:
    """The workforce answers over every respondent: partners named by any, the transfer and pension answers given."""
    partners: set[str] = set()
    transfer, pension = set(), set()
    for known in known_sets:
        value = known.get("partners", DONT_KNOW)
        if value != DONT_KNOW:
            partners.update(value)
        for key, into in (("staff-transfer", transfer), ("nhs-pension", pension)):
            if known.get(key, DONT_KNOW) != DONT_KNOW:
                into.add(known[key])
    return {"partners": partners, "transfer": transfer, "pension": pension}


def _live(answers: Mapping) -> dict[str, str]:
    """topic -> why the answers make it live, in words."""
    live = {}
    if "will-transfer" in answers["transfer"]:
        live["transfer"] = LIVE["transfer"]
    inside, outside = answers["partners"] & set(NHS_BODIES), answers["partners"] & set(OUTSIDE_NHS)
    if inside and outside:
        live["harmonisation"] = LIVE["harmonisation"]
    if "needed" in answers["pension"]:
        live["pensions"] = LIVE["pensions"]
    return live


def _legal_notes(kb: KnowledgeBase, partners: set[str]) -> list[dict]:
    """What foundation trust or NHS trust partners cannot easily do, in the pack's words."""
    wanted = [p for p in NHS_BODIES if p in partners]
    item = legal_limit(kb)
    if not wanted or item is None:
        return []
    return [{"text": item["text"], "source": item.get("source"),
             "why": PARTNERS_INCLUDE.format(partners=" and ".join(PARTNER_NAMES[p] for p in wanted))}]


def legal_limit(kb: KnowledgeBase) -> Mapping | None:
    """The barrier (of the hospital chain) quoting what foundation trusts and NHS trusts may not easily do."""
    for model in kb.models.values():
        for item in model["barriers"]:
            if _FT_RESTRICTION in item["text"]:
                return item
    return None
