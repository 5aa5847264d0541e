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
    caution,
    json_number,
)
from .wording import say

LIST_LIMIT = 10  # list minimal coalitions when there are at most this many
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
        raise InputError(Problem(network.file, None, None, say("too complex", decision=decision.id, detail=str(exc)),
                                 say("too complex hint", weighting=decision.weighting))) from None
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
    return say("rule " + decision.rule, needed=_vote_needed(decision))


def _vote_needed(decision: Decision) -> str:
    if decision.rule == "veto":
        return say("needed veto")
    if decision.threshold is None:
        return say("needed half")
    return say("needed threshold", percent=_percent(decision.threshold / 100))


def needs_text(decision: Decision, game: pw.Game) -> str:
    """What passing takes, in votes when votes are even."""
    if decision.rule == "veto":
        return say("needs veto", n=str(game.n))
    if decision.weighting == "even":
        return say("needs even", needed=_vote_needed(decision), quota=str(game.quota), n=str(game.n))
    return say("needs weighted", needed=_vote_needed(decision), weighting=decision.weighting)


def conditions_text(network: Network, decision: Decision) -> list[str]:
    """The extra conditions of a rule in words (members excluded from it are under not_voting)."""
    out = []
    if decision.vetoes:
        out.append(say("condition veto", names=_names(network, decision.vetoes)))
    for member_type in decision.type_majority:
        count = sum(1 for m in network.voters(decision) if m.type == member_type)
        out.append(say("condition type majority", types=_type_plural(member_type), need=str(count // 2 + 1),
                       count=str(count)))
    if decision.every_type:
        out.append(say("condition every type", types=", ".join(MEMBER_TYPES[t] for t in decision.require_types)))
    else:
        out += [say("condition type", type=MEMBER_TYPES[t]) for t in decision.require_types
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
    reasons = [say("reason vote", share=_percent(share), needs=needs_text(decision, game),
                   verdict=say("reason vote enough" if weight_ok else "reason vote short"))]
    for v in decision.vetoes:
        reasons.append(say("reason veto for" if v in in_favour else "reason vetoed", name=network.member(v).name))
    for member_type in dict.fromkeys(decision.type_majority + decision.require_types):
        of_type = [m.id for m in voters if m.type == member_type]
        need = len(of_type) // 2 + 1 if member_type in decision.type_majority else 1
        got = sum(1 for member_id in of_type if member_id in in_favour)
        reasons.append(say("reason types", got=str(got), count=str(len(of_type)), types=_type_plural(member_type),
                           need=str(need), verdict=say("reason types met" if got >= need else "reason types short")))
    if decision.rule == "veto":
        reasons += [say("reason vetoed", name=m.name) for m in voters if m.id not in in_favour]
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
        out.append(caution("gridlock"))
        if decision.weighting != "even":
            out.append(caution("weighting-ignored", weighting=decision.weighting))
        return out
    if decision.weighting == "investment":
        out.append(caution("investment-weighting"))
    dictators, vetoes = pw.dictators(game), pw.veto_players(game)
    for i in dictators:
        out.append(caution("dictator", weighting=decision.weighting, name=voters[i].name))
    for i, m in enumerate(voters):
        if game.weights[i] >= game.quota and not game.wins((i,)):
            out.append(caution("alone-has-weight", name=m.name))
    named = set(decision.vetoes)
    for i in vetoes:
        if i not in dictators and voters[i].id not in named:
            out.append(caution("effective-veto", name=voters[i].name))
    if named:
        out.append(caution("named-veto", names=_names(network, decision.vetoes)))
    silent = [m for i, m in enumerate(voters) if not power.swings[i]]
    for m in silent:
        if m.type == "service-user-representative":
            out.append(caution("service-users-powerless", name=m.name))
    others = [m.id for m in silent if m.type != "service-user-representative"]
    if others:
        out.append(caution("never-decisive", "never-decisive many" if len(others) > 1 else None,
                           names=_names(network, tuple(others))))
    if decision.threshold is not None and decision.threshold <= 50:
        hint = say("threshold-too-low hint", percent=_percent(decision.threshold)) if decision.threshold <= 1 else ""
        out.append(caution("threshold-too-low", percent=_percent(decision.threshold / 100), hint=hint))
    return out


def network_cautions(network: Network) -> list[Caution]:
    """Warnings about membership, service users and the right to leave."""
    out = []
    types = {m.type for m in network.members}
    if not types & set(PRIMARY_CARE):
        out.append(caution("no-gp-member"))
    if "social-care" not in types:
        out.append(caution("no-social-care"))
    if network.service_users is None and "service-user-representative" not in types:
        out.append(caution("service-users-no-role"))
    leave = network.right_to_leave
    if leave is None:
        out.append(caution("right-to-leave-unstated"))
    elif leave.allowed and not leave.penalties:
        out.append(caution("leave-without-penalty", penalties=", ".join(
            PENALTIES[p] for p in ("lose-investment", "lose-say", "lose-goodwill"))))
    shares = [m.risk_share for m in network.members if m.risk_share is not None]
    if shares and sum(shares) != 100:
        out.append(caution("risk-shares-total", percent=_percent(sum(shares) / 100)))
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
