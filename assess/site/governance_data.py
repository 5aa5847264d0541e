"""The network-rules page's data: the governance room's wording and tables, as plain JSON for site/js/governance-*.js.

Every sentence the page shows about a network or a budget comes from here -- the same tables
`assess vote` and `assess budget` fill (assess/governance/wording.py and the names of member types,
penalties, weightings, budget sections) -- so the scripts hold no wording of their own.
"""
from __future__ import annotations

import json

from ..governance import budget, network, power, voting, wording
from ..resources import kb_dir
from .page import to_script

DATA_SCRIPT = "assets/governance-data.js"
VARIABLE = "careModelsGovernance"
SCHEMAS = ("network.schema.json", "budget.schema.json", "common.schema.json")


def _range(r: network.Range) -> dict:
    return {"path": list(r.path), "low": str(r.low), "high": None if r.high is None else str(r.high),
            "low_open": r.low_open, "what": r.what, "hint": r.hint}


def governance_data() -> dict:
    """Wording, names and limits for the browser's mirror of assess/governance."""
    return {**wording.data(),
            "member_types": network.MEMBER_TYPES, "primary_care": list(network.PRIMARY_CARE),
            "rules": list(network.RULES), "weightings": list(network.WEIGHTINGS), "penalties": network.PENALTIES,
            "rule_names": voting.RULE_NAMES, "weighting_text": voting.WEIGHTING_TEXT,
            "sections": budget.SECTIONS, "bases": budget.BASES,
            "network_ranges": [_range(r) for r in network.NETWORK_RANGES],
            "budget_ranges": [_range(r) for r in budget.RANGES],
            "list_limit": voting.LIST_LIMIT, "max_work": power.MAX_WORK,
            "schemas": {name: json.loads((kb_dir() / "schema" / name).read_text(encoding="utf-8")) for name in SCHEMAS}}


def to_scripts() -> dict[str, str]:
    return {DATA_SCRIPT: to_script(governance_data(), VARIABLE)}
