"""Workforce implications of the recommendation, tailored to the answers (pure).

The support pack exists "to ensure the workforce implications of each of the new
care models are fully considered". Each care model's workforce considerations
(kb/models/*.yaml) are sorted by whether the answers make them live: who the
partners are (NHS bodies, councils, voluntary or independent providers), whether
staff would transfer to another employer, and whether the new body would need
NHS Pension access. Which consideration an answer makes live (TOPICS) and the
three-line summary (HEADLINES) are the project's reading, marked derived. The
questions read are the questionnaire's roles (`partners`, `staff_transfer`,
`pension`); a questionnaire without them gets the considerations untailored.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..kb import KnowledgeBase
from .conditions import DONT_KNOW
from .questionnaire import Questionnaire

# a workforce consideration's topic, recognised in its text
TOPICS = {
    "transfer": re.compile(r"\bTUPE\b"),
    "harmonisation": re.compile(r"harmonisation|inside and outside the NHS", re.IGNORECASE),
    "pensions": re.compile(r"pension", re.IGNORECASE),
    "roles": re.compile(r"terms and conditions|contracts of consultants|extended roles", re.IGNORECASE),
}
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
PARTNERS_INCLUDE = "partners include {partners}"
_FT_RESTRICTION = "highly restricted"          # the hospital-chain barrier quoting the NHS bodies' legal limits


def workforce(q: Questionnaire, kb: KnowledgeBase, recommendation: Mapping, ranking: list[Mapping],
              known_sets: list[Mapping[str, Any]]) -> dict | None:
    """The workforce implications of the recommended model (or, for an alternative or "none", of the best
    care model not ruled out, should it be pursued); None when there is no care model to speak of."""
    model_id = recommendation["id"] if recommendation["kind"] == "model" else \
        next((r["model"] for r in ranking if not r["excluded"]), None)
    if model_id not in kb.models:
        return None
    model = kb.models[model_id]
    roles = q.roles
    answers = _answers(roles, known_sets)
    nhs = roles["partners"]["nhs"] if "partners" in roles else {}
    live = _live(roles, answers)
    items = []
    for item in model["workforce"]:
        topics = [t for t, pattern in TOPICS.items() if pattern.search(item["text"])]
        items.append({"text": item["text"], "source": item.get("source"), "topics": topics,
                      "why": [live[t] for t in topics if t in live]})
    items.sort(key=lambda i: not i["why"])           # stable: live ones first, in the pack's order
    topics_here = {t for i in items for t in i["topics"]}
    summary = [HEADLINES[t] for t in ("transfer", "harmonisation", "pensions") if t in live and t in topics_here]
    if not answers["partners"] and not answers["transfer"] and not answers["pension"]:
        if roles.keys() & {"partners", "staff_transfer", "pension"}:
            summary.insert(0, HEADLINES["unknown"])
    elif answers["partners"] and answers["partners"] <= set(nhs):
        summary.append(HEADLINES["nhs_only"])
    if "roles" in topics_here:
        summary.append(HEADLINES["roles"])
    return {"model": model_id, "name": model["name"], "recommended": recommendation["kind"] == "model",
            "summary": summary[:SUMMARY_LINES], "summary_derived": True,
            "implications": items, "legal": _legal_notes(kb, nhs, answers["partners"])}


def _answers(roles: Mapping, known_sets: list[Mapping[str, Any]]) -> dict:
    """The workforce answers over every respondent: partners named by any, the transfer and pension answers given."""
    out: dict[str, set] = {"partners": set(), "transfer": set(), "pension": set()}
    for role, into in (("partners", "partners"), ("staff_transfer", "transfer"), ("pension", "pension")):
        qid = roles[role]["question"] if role in roles else None
        for known in known_sets:
            value = known.get(qid, DONT_KNOW)
            if value != DONT_KNOW:
                out[into].update(value if role == "partners" else (value,))
    return out


def _live(roles: Mapping, answers: Mapping) -> dict[str, str]:
    """topic -> why the answers make it live, in words."""
    live = {}
    if "staff_transfer" in roles and roles["staff_transfer"]["transfer"] in answers["transfer"]:
        live["transfer"] = LIVE["transfer"]
    partners = roles.get("partners", {"nhs": {}, "outside_nhs": ()})
    if answers["partners"] & set(partners["nhs"]) and answers["partners"] & set(partners["outside_nhs"]):
        live["harmonisation"] = LIVE["harmonisation"]
    if "pension" in roles and roles["pension"]["needed"] in answers["pension"]:
        live["pensions"] = LIVE["pensions"]
    return live


def _legal_notes(kb: KnowledgeBase, nhs: Mapping[str, str], partners: set[str]) -> list[dict]:
    """What NHS partners (foundation trusts, NHS trusts) cannot easily do, in the pack's words; `nhs` names
    each NHS body option in a sentence."""
    wanted = [p for p in nhs if p in partners]
    item = legal_limit(kb)
    if not wanted or item is None:
        return []
    return [{"text": item["text"], "source": item.get("source"),
             "why": PARTNERS_INCLUDE.format(partners=" and ".join(nhs[p] for p in wanted))}]


def legal_limit(kb: KnowledgeBase) -> Mapping | None:
    """The barrier (of the hospital chain) quoting what foundation trusts and NHS trusts may not easily do."""
    for model in kb.models.values():
        for item in model["barriers"]:
            if _FT_RESTRICTION in item["text"]:
                return item
    return None
