"""The network-rules page's data: the governance room's wording and tables, as plain JSON for site/js/governance-*.js.

Every sentence the page shows about a network or a budget comes from here -- the same tables
`assess vote` and `assess budget` fill (assess/governance/wording.py and the names of member types,
penalties, weightings, budget sections; assess/kb/problems.py for what is wrong with a file) -- so the
scripts hold no wording of their own.
"""
from __future__ import annotations

import json

from ..governance import budget, network, power, voting, wording
from ..files import MAX_BYTES
from ..kb import KnowledgeBase, problems, yamlsafe
from ..reports.kbview import cite
from ..resources import kb_dir
from .page import Page, to_script
from . import scripts

DATA_SCRIPT = "assets/governance-data.js"
VARIABLE = "careModelsGovernance"
SCHEMAS = ("network.schema.json", "budget.schema.json", "common.schema.json")


def _range(r: network.Range) -> dict:
    return {"path": list(r.path), "low": str(r.low), "high": None if r.high is None else str(r.high),
            "low_open": r.low_open, "what": r.what, "hint": r.hint}


def governance_data(kb: KnowledgeBase) -> dict:
    """Wording, names and limits for the browser's mirror of assess/governance (with each source cited by name)."""
    return {**wording.data(), "file_problems": problems.data(),
            "cites": {key: cite(kb, {"doc": doc, "where": where}) for key, (doc, where) in wording.SOURCES.items()},
            "member_types": network.MEMBER_TYPES, "primary_care": list(network.PRIMARY_CARE),
            "rules": list(network.RULES), "weightings": list(network.WEIGHTINGS), "penalties": network.PENALTIES,
            "rule_names": wording.RULE_NAMES, "weighting_text": voting.WEIGHTING_TEXT,
            "sections": budget.SECTIONS, "bases": budget.BASES,
            "network_ranges": [_range(r) for r in network.NETWORK_RANGES],
            "budget_ranges": [_range(r) for r in budget.RANGES],
            "list_limit": voting.LIST_LIMIT, "max_work": power.MAX_WORK,
            # the limits of what is read, as Python's (assess/kb/yamlsafe.py, assess/files.py)
            "limits": {"depth": yamlsafe.MAX_DEPTH, "digits": yamlsafe.MAX_DIGITS, "file_bytes": MAX_BYTES},
            "schemas": {name: json.loads((kb_dir() / "schema" / name).read_text(encoding="utf-8")) for name in SCHEMAS}}


def network_rules_page(kb: KnowledgeBase) -> Page:
    """The network-rules page: the network's rules and a budget explored in the browser, as assess vote/budget."""
    view = {"scripts": scripts.GOVERNANCE + scripts.NETWORK_PAGE, "guide": wording.GUIDE,
            "guide_title": wording.GUIDE_TITLE, "guide_note": wording.GUIDE_NOTE,
            "source": kb.sources[wording.DOC]["title"]}
    return Page("network-rules.html", "site/network-rules.html.j2", "Network rules", "network-rules", view,
                crumbs=(("Home", "index.html"),), glossary=False,
                description="Explore a provider network's voting rules and check its capitated budget.",
                files={DATA_SCRIPT: to_script(governance_data(kb), VARIABLE)})
