"""Workforce implications of the recommendation, at the strength the support pack gives them (pure).

The support pack exists "to ensure the workforce implications of each of the new
care models are fully considered". Each care model's workforce considerations
(kb/models/*.yaml), with the few workforce barriers and GP-employment features the
knowledge base holds elsewhere for the same model, are sorted by whether the answers
meet the condition the pack names: TUPE "Application" (multi-site trust,
super-practice), "Potential application" (ACO/ICO, MCP, PACS) or "could apply"
where services or staff are integrated (chain, franchise, UEC network) when staff
would transfer; "unlikely to apply" where organisations stay independent; the
harmonisation note only when staff transfer AND the partners come from inside and
outside the NHS. Which words mark a topic (TOPICS), which answers make it live
(NEEDS) and the summary lines (HEADLINES, quoting the pack) are the project's
reading, marked derived. The answers read are the questionnaire's roles
(`partners`, `staff_transfer`, `pension`, `gps_employed`); a questionnaire without
them gets the considerations untailored.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..kb import KnowledgeBase
from .conditions import DONT_KNOW, compile_condition
from .questionnaire import Questionnaire
from .variants import FEATURE_PARTS

# a consideration's topic, recognised in the pack's own words
TOPICS = {
    "applies": re.compile(r"^Application of TUPE"),
    "potential": re.compile(r"^Potential application of TUPE"),
    "could": re.compile(r"TUPE could apply"),
    "unlikely": re.compile(r"TUPE is unlikely to apply"),
    "harmonisation": re.compile(r"issues could arise where parties involved are from inside and outside the NHS"),
    "nhs_only": re.compile(r"harmonisation and pensions issues would be unlikely where all parties"),
    "nhs_only_contract": re.compile(r"contract and pensions issues unlikely to arise where all parties"),
    "pensions": re.compile(r"employing authorit(?:y|ies)\b.*NHS Pension"),
    "terms": re.compile(r"change terms and conditions of employment"),
    "consultants": re.compile(r"contracts of consultants"),
    "seven_day": re.compile(r"[Ss]even day working implications"),
    "gp_employment": re.compile(r"where GPs are employed by PACS"),
}
# topics taken from the model's barriers and its BMA variants' features, besides its workforce considerations
ELSEWHERE = ("consultants", "seven_day", "gp_employment")
# what the answers must show for a topic to be live (all of them)
NEEDS = {"applies": ("transfer",), "potential": ("transfer",), "could": ("transfer",), "unlikely": ("no_transfer",),
         "harmonisation": ("transfer", "mixed"), "nhs_only": ("transfer", "nhs_only"),
         "nhs_only_contract": ("transfer", "nhs_only"), "pensions": ("pension",), "gp_employment": ("gps_employed",)}
TRANSFER_TOPICS = ("applies", "potential", "could")
# the summary's order; "silent" stands for a transfer where the model's notes do not mention TUPE
SUMMARY_ORDER = ("applies", "potential", "could", "silent", "unlikely", "harmonisation", "nhs_only",
                 "nhs_only_contract", "pensions", "gp_employment")
HEADLINES = {
    "applies": "Staff transfer: for this model the support pack lists the “Application of TUPE and the associated "
               "information/consultation processes”.",
    "potential": "Staff transfer: for this model the support pack lists the “Potential application of TUPE and the "
                 "associated information/consultation processes”.",
    "could": "Staff transfer: where there is close collaboration or integration of services or staff, TUPE “could "
             "apply giving rise to information and consultation obligations”.",
    "silent": "Staff transfer: the support pack's workforce notes for this model do not mention TUPE; it advises "
              "seeking “legal advice at the onset to minimise financial and legal risk”.",
    "unlikely": "No staff transfer: where organisations maintain independence, “TUPE is unlikely to apply”.",
    "harmonisation": "Staff transfer with partners inside and outside the NHS: “contractual, harmonisation and "
                     "pensions issues could arise”.",
    "nhs_only": "All partners are NHS bodies: “harmonisation and pensions issues would be unlikely”.",
    "nhs_only_contract": "All partners are NHS bodies: “contract and pensions issues unlikely to arise”.",
    "pensions": "NHS Pension: consider the new body's eligibility to be an employing authority with access to the "
                "scheme.",
    "gp_employment": "GPs employed by a PACS: “It is not yet known” whether the sessional GP model contract or terms "
                     "similar to secondary care doctors' would apply.",
    "terms": "Terms and conditions: changing workforce requirements could mean changing terms and conditions of "
             "employment or working arrangements, “with individual and collective (TU) implications”.",
    "unknown": "Workforce not yet assessed: say who the partners are, whether staff would transfer and whether the "
               "new body needs NHS Pension access.",
}
SUMMARY_LINES = 3
ROLES = ("partners", "staff_transfer", "pension")          # the roles without which the workforce is untailored
# why the answers make a topic live, in words
LIVE = {"transfer": "staff would transfer to another employer", "no_transfer": "no staff would change employer",
        "mixed": "the partners come from inside and outside the NHS", "nhs_only": "all the partners are NHS bodies",
        "pension": "the new body would need NHS Pension access",
        "gps_employed": "practice contracts may be subsumed or GPs employed"}
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
    roles = q.roles
    answers = _answers(roles, known_sets)
    facts = _facts(roles, answers)
    items = []
    for item in considerations(kb, model_id):
        why = [LIVE[f] for t in _live(item["topics"], facts) for f in NEEDS[t]]
        items.append({**item, "why": list(dict.fromkeys(why))})
    items.sort(key=lambda i: not i["why"])           # stable: live ones first, in the pack's order
    return {"model": model_id, "name": kb.models[model_id]["name"], "recommended": recommendation["kind"] == "model",
            "summary": summary(items, facts, answers, tailored=bool(roles.keys() & set(ROLES))),
            "summary_derived": True, "implications": items,
            "legal": _legal_notes(kb, model_id, roles["partners"]["nhs"] if "partners" in roles else {},
                                  answers["partners"])}


def considerations(kb: KnowledgeBase, model_id: str) -> list[dict]:
    """The model's workforce considerations, then its workforce barriers and its variants' GP-employment features,
    each with the topics its words mark."""
    model = kb.models[model_id]
    features = [i for v in kb.variants_of(model_id)
                for part in FEATURE_PARTS for i in v.get(part) or ()]
    out = []
    for item in list(model["workforce"]) + [i for i in list(model["barriers"]) + features if _elsewhere(i)]:
        out.append({"text": item["text"], "source": item.get("source"),
                    "topics": [t for t, pattern in TOPICS.items() if pattern.search(item["text"])]})
    return out


def summary(items: list[Mapping], facts: set[str], answers: Mapping, tailored: bool = True) -> list[str]:
    """At most SUMMARY_LINES lines: the live topics in SUMMARY_ORDER, then the terms-and-conditions line where the
    model's notes have it; first, when no workforce question is answered (of a questionnaire that has them,
    `tailored`), that the workforce is not yet assessed."""
    here = {t for i in items for t in i["topics"]}
    live = {t for i in items for t in _live(i["topics"], facts)}
    if "transfer" in facts and not here & set(TRANSFER_TOPICS):
        live.add("silent")
    lines = [HEADLINES[t] for t in SUMMARY_ORDER if t in live]
    if tailored and not answers["partners"] and not answers["transfer"] and not answers["pension"]:
        lines.insert(0, HEADLINES["unknown"])
    if "terms" in here:
        lines.append(HEADLINES["terms"])
    return lines[:SUMMARY_LINES]


def _live(topics: list[str], facts: set[str]) -> list[str]:
    """The topics whose NEEDS the answers meet."""
    return [t for t in topics if t in NEEDS and all(f in facts for f in NEEDS[t])]


def _elsewhere(item: Mapping) -> bool:
    return any(TOPICS[t].search(item["text"]) for t in ELSEWHERE)


def _answers(roles: Mapping, known_sets: list[Mapping[str, Any]]) -> dict:
    """The workforce answers over every respondent (none without the role): partners named by any, the other
    answers given, and whether any respondent's answers meet the `gps_employed` condition."""
    out: dict[str, Any] = {"partners": set(), "transfer": set(), "pension": set()}
    for role, into in (("partners", "partners"), ("staff_transfer", "transfer"), ("pension", "pension")):
        qid = roles[role]["question"] if role in roles else None
        for known in known_sets:
            value = known.get(qid, DONT_KNOW)
            if value != DONT_KNOW:
                out[into].update(value if role == "partners" else (value,))
    check = compile_condition(roles["gps_employed"]["when"]) if "gps_employed" in roles else None
    out["gps_employed"] = check is not None and any(check(known) is True for known in known_sets)
    return out


def _facts(roles: Mapping, answers: Mapping) -> set[str]:
    """What the answers show, as the keys of LIVE."""
    partners = roles.get("partners", {"nhs": {}, "outside_nhs": ()})
    transfer = roles.get("staff_transfer", {})
    nhs, outside = set(partners["nhs"]), set(partners["outside_nhs"])
    facts = {"transfer": transfer.get("transfer") in answers["transfer"],
             "no_transfer": transfer.get("no_transfer") in answers["transfer"],
             "mixed": bool(answers["partners"] & nhs and answers["partners"] & outside),
             "nhs_only": bool(answers["partners"]) and answers["partners"] <= nhs,
             "pension": "pension" in roles and roles["pension"]["needed"] in answers["pension"],
             "gps_employed": answers["gps_employed"]}
    return {f for f, holds in facts.items() if holds}


def _legal_notes(kb: KnowledgeBase, model_id: str, nhs: Mapping[str, str], partners: set[str]) -> list[dict]:
    """What NHS partners (foundation trusts, NHS trusts) cannot easily do, in the pack's words, for the model the
    pack says it of (setting up a hospital chain); `nhs` names each NHS body option in a sentence."""
    wanted = [p for p in nhs if p in partners]
    found = legal_limit(kb)
    if not wanted or found is None or found[0] != model_id:
        return []
    return [{"text": found[1]["text"], "source": found[1].get("source"),
             "why": PARTNERS_INCLUDE.format(partners=" and ".join(nhs[p] for p in wanted))}]


def legal_limit(kb: KnowledgeBase) -> tuple[str, Mapping] | None:
    """The model and its barrier quoting what foundation trusts and NHS trusts may not easily do (the chain's)."""
    for model_id, model in kb.models.items():
        for item in model["barriers"]:
            if _FT_RESTRICTION in item["text"]:
                return model_id, item
    return None
