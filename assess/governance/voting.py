"""Voting rules of a provider network: outcomes, voting power and warnings (pure).

`analyse(network, proposal)` returns the result of `assess vote --json`:

    {"network":  {"name", "file", "service_users", "members": [{"id", "name", "type",
                  "investment", "risk_share"}], "right_to_leave": {...} | null},
     "proposal": null | {"file", "title", "decision", "in_favour": [id]},
     "decisions": [{
        "id", "name", "description", "rule", "rule_text", "weighting", "weighting_text",
        "threshold_percent": number | null, "needs": text, "conditions": [text],
        "quota": {"weight": int, "total": int},     # votes scaled to whole numbers
        "voters": [{"member", "weight", "weight_share", "swings", "banzhaf", "banzhaf_exact",
                    "shapley_shubik", "shapley_shubik_exact", "veto", "dictator", "null"}],
        "not_voting": [{"member", "reason"}],
        "veto_players": [id], "dictators": [id], "null_players": [id],
        "ease_of_passing": number, "ease_of_passing_exact": "a/b",
        "minimal_winning": {"count": int, "coalitions": [[id]] | null},   # null: too many to list
        "minimal_blocking": {"count": int, "coalitions": [[id]] | null},
        "outcome": null | {"passes", "weight_for", "share_for", "reasons": [text],
                           "decisive": [id], "not_counted": [id]},
        "warnings": [warning]}],
     "warnings": [warning]}

A warning is {"id", "text", "source": {"doc", "where"}} or, when the judgement
is the project's own, {"id", "text", "derived": true, "rationale"}.  Numbers are
computed exactly and rounded (6 decimals) only here; "*_exact" give fractions.
"""
from __future__ import annotations

from fractions import Fraction
from math import ceil, gcd

from ..errors import InputError, Problem
from . import power as pw
from .network import (
    MEMBER_TYPES,
    PENALTIES,
    PRIMARY_CARE,
    Caution,
    Decision,
    Member,
    Network,
    Proposal,
    json_number,
)

LIST_LIMIT = 10  # list minimal coalitions when there are at most this many
_DOC = "provider-networks-decisions"
_DESIGN = (_DOC, "Section 4 – What issues do provider networks need to consider when designing "
                  "decision-making processes?")
_WHY = (_DOC, "Section 4 – Why is joint decision-making so important?")
_START = (_DOC, "Section 4 – Where should provider networks start?")
WEIGHTING_TEXT = {"even": "even: one vote per member",
                  "investment": "by investment: votes in proportion to the budgets each member invests",
                  "risk-share": "by risk share: votes in proportion to each member's share of any deficit"}


def analyse(network: Network, proposal: Proposal | None = None) -> dict:
    """Everything `assess vote` reports, as plain JSON-ready data."""
    decisions = []
    for decision in network.decisions:
        votes = proposal.in_favour if proposal and proposal.decision in (None, decision.id) else None
        decisions.append(_decision(network, decision, votes))
    return {
        "network": {
            "name": network.name, "file": network.file, "service_users": network.service_users,
            "members": [{"id": m.id, "name": m.name, "type": m.type, "investment": json_number(m.investment),
                         "risk_share": json_number(m.risk_share)} for m in network.members],
            "right_to_leave": None if network.right_to_leave is None else {
                "allowed": network.right_to_leave.allowed, "notice_months": network.right_to_leave.notice_months,
                "penalties": list(network.right_to_leave.penalties), "notes": network.right_to_leave.notes},
        },
        "proposal": None if proposal is None else {
            "file": proposal.file, "title": proposal.title, "decision": proposal.decision,
            "in_favour": list(proposal.in_favour)},
        "decisions": decisions,
        "warnings": [c.as_dict() for c in network_cautions(network)],
    }


def game_of(network: Network, decision: Decision) -> tuple[pw.Game, tuple[Member, ...], tuple[Fraction, ...]]:
    """The decision rule as a Game over its voters, with the voters and their votes as given."""
    voters = network.voters(decision)
    if decision.rule == "veto":
        weights = tuple(Fraction(1) for _ in voters)
        return pw.Game(tuple(1 for _ in voters), len(voters)), voters, weights
    weights = tuple(m.weight(decision.weighting) for m in voters)
    scale = 1
    for w in weights:
        scale = scale * w.denominator // gcd(scale, w.denominator)
    ints = [int(w * scale) for w in weights]
    common = gcd(*ints)
    ints = [w // common for w in ints]
    total = sum(ints)
    if decision.threshold is None:
        quota = total // 2 + 1                              # strictly more than half
    else:
        quota = ceil(decision.threshold * total / 100)      # at least the threshold
    index = {m.id: i for i, m in enumerate(voters)}
    groups = []
    if decision.vetoes:
        groups.append((tuple(index[v] for v in decision.vetoes), len(decision.vetoes)))
    for member_type in dict.fromkeys(decision.type_majority + decision.require_types):
        members = tuple(i for i, m in enumerate(voters) if m.type == member_type)
        need = len(members) // 2 + 1 if member_type in decision.type_majority else 1
        groups.append((members, need))
    return pw.Game(tuple(ints), quota, tuple(groups)), voters, weights


def _decision(network: Network, decision: Decision, in_favour: tuple[str, ...] | None) -> dict:
    game, voters, weights = game_of(network, decision)
    try:
        power = pw.power(game)
        winning = pw.minimal_winning(game, LIST_LIMIT)
        blocking = pw.minimal_blocking(game, LIST_LIMIT)
    except pw.TooComplex as exc:
        raise InputError(Problem(network.file, None, None,
                                 f"decision '{decision.id}': the votes are too finely divided to compute "
                                 f"voting power exactly ({exc})",
                                 f"state the {decision.weighting} figures in rounder numbers "
                                 "(e.g. £m to one decimal place)")) from None
    ids = [m.id for m in voters]
    vetoes, dictators = pw.veto_players(game), pw.dictators(game)
    nulls = [i for i, s in enumerate(power.swings) if s == 0]
    total = sum(weights)
    n = game.n
    return {
        "id": decision.id, "name": decision.name, "description": decision.description,
        "rule": decision.rule, "rule_text": rule_text(decision), "weighting": decision.weighting,
        "weighting_text": WEIGHTING_TEXT["even" if decision.rule == "veto" else decision.weighting],
        "threshold_percent": json_number(decision.threshold), "needs": needs_text(decision, game),
        "conditions": conditions_text(network, decision),
        "quota": {"weight": game.quota, "total": sum(game.weights)},
        "voters": [{"member": ids[i], "weight": json_number(weights[i]),
                    "weight_share": json_number(weights[i] / total),
                    "swings": power.swings[i], "banzhaf": json_number(power.banzhaf[i]),
                    "banzhaf_exact": str(power.banzhaf[i]), "shapley_shubik": json_number(power.shapley_shubik[i]),
                    "shapley_shubik_exact": str(power.shapley_shubik[i]), "veto": i in vetoes,
                    "dictator": i in dictators, "null": i in nulls} for i in range(n)],
        "not_voting": [{"member": m.id, "reason": reason} for m, reason in network.not_voting(decision)],
        "veto_players": [ids[i] for i in vetoes], "dictators": [ids[i] for i in dictators],
        "null_players": [ids[i] for i in nulls],
        "ease_of_passing": json_number(Fraction(power.winning, 2 ** n)),
        "ease_of_passing_exact": str(Fraction(power.winning, 2 ** n)),
        "minimal_winning": _coalitions(winning, ids), "minimal_blocking": _coalitions(blocking, ids),
        "outcome": None if in_favour is None else outcome(network, decision, in_favour),
        "warnings": [c.as_dict() for c in decision_cautions(network, decision, game, voters, power)],
    }


def _coalitions(found: pw.Coalitions, ids: list[str]) -> dict:
    listed = None if found.listed is None else [[ids[i] for i in c] for c in found.listed]
    return {"count": found.count, "coalitions": listed}


# ---------------------------------------------------------------- describing a rule

def rule_text(decision: Decision) -> str:
    if decision.rule == "veto":
        return "Veto (unanimity): every voting member must agree."
    if decision.rule == "majority":
        return ("Majority: more than half of the total vote must be in favour (the source's \"half the total "
                "plus one\"; with weighted votes, more than half of the total weight).")
    return "Qualified majority: " + _vote_needed(decision) + " of the total vote, and any conditions below."


def _vote_needed(decision: Decision) -> str:
    if decision.rule == "veto":
        return "every vote"
    if decision.threshold is None:
        return "more than half"
    return f"at least {_percent(decision.threshold / 100)}"


def needs_text(decision: Decision, game: pw.Game) -> str:
    """What passing takes, in votes when votes are even."""
    if decision.rule == "veto":
        return f"all {game.n} votes"
    weighted = "" if decision.weighting == "even" else decision.weighting + "-weighted "
    text = f"{_vote_needed(decision)} of the {weighted}vote"
    if decision.weighting == "even":
        text += f" ({game.quota} of {game.n} votes)"
    return text


def conditions_text(network: Network, decision: Decision) -> list[str]:
    """The extra conditions of a rule in words (members excluded from it are under not_voting)."""
    out = []
    if decision.vetoes:
        out.append(_names(network, decision.vetoes) + " must approve (veto)")
    for member_type in decision.type_majority:
        count = sum(1 for m in network.voters(decision) if m.type == member_type)
        out.append(f"more than half of the voting {_type_plural(member_type)} must approve "
                   f"({count // 2 + 1} of {count})")
    if decision.every_type:
        out.append("at least one member of every type among the voters must approve ("
                   + ", ".join(MEMBER_TYPES[t] for t in decision.require_types) + ")")
    else:
        out += [f"at least one {MEMBER_TYPES[t]} must approve" for t in decision.require_types
                if t not in decision.type_majority]
    return out


# ---------------------------------------------------------------- a proposal

def outcome(network: Network, decision: Decision, in_favour: tuple[str, ...]) -> dict:
    """Whether a proposal supported by `in_favour` passes under `decision`, and why."""
    game, voters, weights = game_of(network, decision)
    ids = [m.id for m in voters]
    yes = [i for i, member_id in enumerate(ids) if member_id in in_favour]
    passes = game.wins(yes)
    share = sum(weights[i] for i in yes) / sum(weights)
    weight_ok = sum(game.weights[i] for i in yes) >= game.quota
    reasons = [f"{_percent(share)} of the vote is in favour; it needs {needs_text(decision, game)}: "
               + ("enough" if weight_ok else "not enough")]
    for v in decision.vetoes:
        name = network.member(v).name
        reasons.append(f"{name} (veto) is in favour" if v in in_favour else f"vetoed: {name} is not in favour")
    for member_type in dict.fromkeys(decision.type_majority + decision.require_types):
        of_type = [m.id for m in voters if m.type == member_type]
        need = len(of_type) // 2 + 1 if member_type in decision.type_majority else 1
        got = sum(1 for member_id in of_type if member_id in in_favour)
        reasons.append(f"{got} of {len(of_type)} {_type_plural(member_type)} in favour; it needs {need}: "
                       + ("met" if got >= need else "not met"))
    if decision.rule == "veto":
        reasons += [f"vetoed: {m.name} is not in favour" for m in voters if m.id not in in_favour]
    if passes:
        decisive = [i for i in yes if not game.wins(j for j in yes if j != i)]
    else:
        decisive = [i for i in range(game.n) if i not in yes and game.wins(yes + [i])]
    return {"passes": passes, "weight_for": json_number(sum(weights[i] for i in yes)), "share_for": json_number(share),
            "reasons": reasons, "decisive": [ids[i] for i in decisive],
            "not_counted": [member_id for member_id in in_favour if member_id not in ids]}


# ---------------------------------------------------------------- warnings

def decision_cautions(network: Network, decision: Decision, game: pw.Game, voters: tuple[Member, ...],
                      power: pw.Power) -> list[Caution]:
    """Plain-language warnings about one decision rule, drawn from Provider networks, Section 4 where it speaks to them."""
    out = []
    if decision.rule == "veto":
        out.append(Caution("gridlock", "Every voting member has a veto. This encourages consensus but risks "
                           "gridlock: one member can stop any change to how money flows.", _DESIGN))
        if decision.weighting != "even":
            out.append(Caution("weighting-ignored", f"Votes are weighted by {decision.weighting}, but under "
                               "unanimity every member must agree, so the weighting makes no difference.",
                               rationale="unanimity counts agreement, not weight"))
        return out
    if decision.weighting == "investment":
        out.append(Caution("investment-weighting", "Votes based on investment give the most say to the members "
                           "with the largest budgets today, who have the most to lose; this could make "
                           "changing financial flows more difficult.", _DESIGN))
    dictators, vetoes = pw.dictators(game), pw.veto_players(game)
    for i in dictators:
        out.append(Caution("dictator", f"With {decision.weighting} weighting, {voters[i].name} alone can carry "
                           f"any vote on this decision, and nothing passes without it: the other members "
                           "cannot outvote it.", _DESIGN))
    for i, m in enumerate(voters):
        if game.weights[i] >= game.quota and not game.wins((i,)):
            out.append(Caution("alone-has-weight", f"{m.name} alone has enough votes to reach the threshold; "
                               "only the extra conditions stop it deciding on its own.",
                               rationale="a member whose weight meets the quota is held back only by conditions"))
    named = set(decision.vetoes)
    for i in vetoes:
        if i not in dictators and voters[i].id not in named:
            out.append(Caution("effective-veto", f"{voters[i].name} has an effective veto: no decision of this "
                               "type can pass without it, although the rule gives it no veto by name. "
                               "Provider networks, Section 4 warns that consensus does not mean any provider has a veto, because "
                               "a veto would grind decision-making to a halt.", _WHY))
    if named:
        out.append(Caution("named-veto", f"{_names(network, decision.vetoes)} can veto this decision. The source "
                           "allows vetoes only in certain situations, for example where a provider's ability to "
                           "meet statutory requirements is in doubt: keep this decision type that narrow.", _DESIGN))
    silent = [m for i, m in enumerate(voters) if not power.swings[i]]
    for m in silent:
        if m.type == "service-user-representative":
            out.append(Caution("service-users-powerless", f"The service-user representative ({m.name}) votes, but "
                               "its vote can never change an outcome under this rule. Co-production means "
                               "service users should be involved in decisions: give them a real share of the "
                               "vote, or a formal role such as non-executive chair.", _DESIGN))
    others = [m.id for m in silent if m.type != "service-user-representative"]
    if others:
        who = _names(network, tuple(others))
        out.append(Caution("never-decisive", f"{who} {'vote' if len(others) > 1 else 'votes'}, but "
                           f"{'their votes' if len(others) > 1 else 'its vote'} can never change an outcome under "
                           "this rule: a vote without any real say.",
                           rationale="a member that is never decisive has no voting power (Banzhaf index 0)"))
    if decision.threshold is not None and decision.threshold <= 50:
        hint = (f" (The threshold is a percentage: did you mean {_percent(decision.threshold)}?)"
                if decision.threshold <= 1 else "")
        out.append(Caution("threshold-too-low", f"A threshold of {_percent(decision.threshold / 100)} is not a "
                           "majority: two opposing groups could each pass contradictory decisions." + hint,
                           rationale="a quota of half the votes or less lets two disjoint coalitions both win"))
    return out


def network_cautions(network: Network) -> list[Caution]:
    """Warnings about membership, service users and the right to leave."""
    out = []
    types = {m.type for m in network.members}
    if not types & set(PRIMARY_CARE):
        out.append(Caution("no-gp-member", "No member is a GP practice or GP network. Provider networks should "
                           "include a GP network: GPs are at the centre of coordinating people's care.", _START))
    if "social-care" not in types:
        out.append(Caution("no-social-care", "No member provides social care. Provider networks should include "
                           "social care, to provide for the holistic needs of individuals.", _START))
    if network.service_users is None and "service-user-representative" not in types:
        out.append(Caution("service-users-no-role", "Service users have no stated role in decisions. Co-production "
                           "means they should be involved: give them a share of the vote, or a seat on the board "
                           "(for example as non-executive chair) with 'service_users: advise'.", _DESIGN))
    leave = network.right_to_leave
    if leave is None:
        out.append(Caution("right-to-leave-unstated", "The file does not say whether members may leave the network, "
                           "or at what cost. Agree this upfront: a right to leave without penalty is an implicit "
                           "veto.", _DESIGN))
    elif leave.allowed and not leave.penalties:
        out.append(Caution("leave-without-penalty", "Members may leave without penalty. That is an implicit veto: a "
                           "member who loses a vote can walk out. The source expects some cost, such as "
                           + ", ".join(PENALTIES[p] for p in ("lose-investment", "lose-say", "lose-goodwill"))
                           + ".", _DESIGN))
    shares = [m.risk_share for m in network.members if m.risk_share is not None]
    if shares and sum(shares) != 100:
        out.append(Caution("risk-shares-total", f"Risk shares add up to {_percent(sum(shares) / 100)}, not 100%; "
                           "votes weighted by risk share use them in proportion.",
                           rationale="shares of a deficit should account for all of it"))
    return out


# ---------------------------------------------------------------- formatting helpers

def _percent(share: Fraction) -> str:
    text = f"{float(share) * 100:.1f}".removesuffix(".0")
    return text + "%"


def _names(network: Network, ids: tuple[str, ...]) -> str:
    names = [network.member(i).name for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _type_plural(member_type: str) -> str:
    return MEMBER_TYPES[member_type] + "s"
