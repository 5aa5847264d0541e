"""`assess vote` and `assess budget`: provider-network governance (Provider networks, Section 4).

The commands read the files, call the pure core (assess.governance.voting,
assess.governance.budget) and print either a plain-text report
(assess.reports.governance_text) or, with --json, the documented JSON shape
(see the docstrings of those modules). The text is rendered from that same
data, so the two always agree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .text import visible_data, visible_json

@click.command()
@click.argument("network_file", metavar="NETWORK.yaml", type=click.Path(path_type=Path))
@click.option("--proposal", "proposal_file", metavar="P.yaml", type=click.Path(path_type=Path),
              help="A proposal: which members vote for it; shows the outcome under each rule.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (shape documented in assess.voting).")
def vote(network_file, proposal_file, as_json):
    """Voting rules of a provider network: a proposal's outcome, each member's
    voting power, veto players and plain-language warnings (from Provider networks, Section 4)."""
    from ..governance.network import load, load_proposal
    from ..governance.voting import analyse
    from ..reports.governance_text import render_vote

    network = load(network_file)
    proposal = load_proposal(proposal_file, network) if proposal_file else None
    result = analyse(network, proposal)
    click.echo(visible_json(_json(result)) if as_json else render_vote(visible_data(result), _cite()))


@click.command()
@click.argument("budget_file", metavar="BUDGET.yaml", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (shape documented in assess.budget).")
def budget(budget_file, as_json):
    """Check a provider network's capitated budget allocation: service standards,
    personal budgets, contingency and operations team must total less than the
    capitated budget (Provider networks, Section 4).  Exits 1 when they do not fit."""
    from ..governance.budget import check, load
    from ..reports.governance_text import render_budget

    result = check(load(budget_file))
    click.echo(visible_json(_json(result)) if as_json else render_budget(visible_data(result), _cite()))
    if not result["fits"]:
        sys.exit(1)


def _json(data: dict) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)


def _cite():
    """A source as a reader knows it (its short title and the part cited), from the knowledge base."""
    from ..kb import load
    from ..reports.kbview import cite

    kb = load()
    return lambda source: cite(kb, source)
