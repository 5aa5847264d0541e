"""assess.governance.voting: rules as games, outcomes, warnings, the JSON shape -- and brute force from the rules' words."""
from __future__ import annotations

import json
import textwrap
from fractions import Fraction as F
from math import factorial

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from assess.governance import power as pw
from assess.governance.network import Decision, Member, Network, load, load_proposal
from assess.governance.voting import analyse, game_of, outcome


@pytest.fixture(scope="module")
def examples(repo):
    return repo / "examples"


def write(tmp_path, text: str, name: str = "network.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def decision_of(result: dict, decision_id: str) -> dict:
    return next(d for d in result["decisions"] if d["id"] == decision_id)


def warning_ids(warnings: list[dict]) -> set[str]:
    return {w["id"] for w in warnings}


NETWORK = """\
    network: Test network
    service_users: vote
    right_to_leave: {allowed: true, penalties: [lose-investment]}
    members:
      - {id: gp, name: GP network, type: gp-network, investment: 1, risk_share: 25}
      - {id: acute, name: City hospital, type: acute, investment: 6, risk_share: 40}
      - {id: care, name: Council social care, type: social-care, investment: 2, risk_share: 25}
      - {id: users, name: Service users, type: service-user-representative, investment: 0, risk_share: 10}
    decisions:
"""


def rule(tmp_path, text: str) -> dict:
    """The analysis of one decision rule (YAML lines) in the test network."""
    network = load(write(tmp_path, NETWORK + textwrap.indent(textwrap.dedent(text), "      ")))
    return analyse(network)


# ---------------------------------------------------------------- the examples

def test_even_gp_led_network(examples):
    result = analyse(load(examples / "network-gp-led-even.yaml"))
    flows = decision_of(result, "financial-flows")
    assert flows["quota"] == {"weight": 4, "total": 7}          # more than half of 7 votes
    assert {v["banzhaf_exact"] for v in flows["voters"]} == {"1/7"}
    assert flows["veto_players"] == [] and flows["dictators"] == []
    assert flows["minimal_winning"] == {"count": 35, "coalitions": None}  # C(7, 4)
    care = decision_of(result, "model-of-care")
    assert "gridlock" in warning_ids(care["warnings"])
    assert len(care["veto_players"]) == 7
    assert result["warnings"] == []


def test_investment_weighting_lets_the_acute_trust_decide_alone(examples):
    network = load(examples / "network-investment-weighted.yaml")
    result = analyse(network, load_proposal(examples / "proposal-acute-opposes.yaml", network))
    flows = decision_of(result, "financial-flows")
    assert flows["dictators"] == ["northgate-acute"]
    texts = {w["id"]: w["text"] for w in flows["warnings"]}
    assert "alone can carry any vote" in texts["dictator"]
    assert {"investment-weighting", "never-decisive", "service-users-powerless"} <= set(texts)
    assert flows["outcome"]["passes"] is False
    assert flows["outcome"]["decisive"] == ["northgate-acute"]
    assert decision_of(result, "deficit-recovery")["outcome"] is None  # the proposal names its decision type
    assert "leave-without-penalty" in warning_ids(result["warnings"])


def test_qualified_majority_with_gp_condition(examples):
    network = load(examples / "network-qualified-majority.yaml")
    result = analyse(network, load_proposal(examples / "proposal-community-shift.yaml", network))
    flows = decision_of(result, "financial-flows")
    assert flows["quota"] == {"weight": 7, "total": 9}          # 70% of 9 voters, the chair advises
    assert [m["member"] for m in flows["not_voting"]] == ["westshire-chair"]
    gp = {v["member"]: F(v["banzhaf_exact"]) for v in flows["voters"]}
    assert gp["westshire-gp-east"] > gp["westshire-acute"]       # the GP condition gives GPs more say
    assert flows["outcome"]["passes"] is True
    community = decision_of(result, "community-investment")
    assert community["outcome"]["not_counted"] == ["westshire-community"]
    assert "effective-veto" in warning_ids(community["warnings"])   # the only social-care member is required
    assert "named-veto" in warning_ids(decision_of(result, "statutory-care")["warnings"])


def test_json_is_deterministic_and_documented_keys_are_there(examples):
    network = load(examples / "network-qualified-majority.yaml")
    first, second = analyse(network), analyse(network)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert set(first) == {"network", "proposal", "decisions", "warnings"}
    assert set(first["decisions"][0]) == {
        "id", "name", "description", "rule", "rule_text", "weighting", "weighting_text", "threshold_percent",
        "needs", "conditions", "quota", "voters", "not_voting", "veto_players", "dictators", "null_players",
        "ease_of_passing", "ease_of_passing_exact", "minimal_winning", "minimal_blocking", "outcome", "warnings"}
    assert set(first["decisions"][0]["voters"][0]) == {
        "member", "weight", "weight_share", "swings", "banzhaf", "banzhaf_exact", "shapley_shubik",
        "shapley_shubik_exact", "veto", "dictator", "null"}


# ---------------------------------------------------------------- rules

def test_majority_is_strictly_more_than_half(tmp_path):
    result = rule(tmp_path, "- {id: d, name: D, rule: majority}")
    assert decision_of(result, "d")["quota"] == {"weight": 3, "total": 4}   # 2 of 4 is a tie, not a majority
    result = rule(tmp_path, "- {id: d, name: D, rule: majority, weighting: risk-share}")
    assert decision_of(result, "d")["quota"] == {"weight": 11, "total": 20}  # 25:40:25:10 -> 5:8:5:2


def test_decimal_weights_are_exact(tmp_path):
    path = write(tmp_path, """\
        network: Decimals
        members:
          - {id: a, name: A, type: gp-practice, investment: 0.1}
          - {id: b, name: B, type: social-care, investment: 0.2}
          - {id: c, name: C, type: acute, investment: 0.3}
        decisions:
          - {id: d, name: D, rule: majority, weighting: investment}
        """)
    d = decision_of(analyse(load(path)), "d")
    assert d["quota"] == {"weight": 4, "total": 6}   # 0.1 + 0.2 = 0.3 exactly: a tie, not a majority
    assert [v["banzhaf_exact"] for v in d["voters"]] == ["1/5", "1/5", "3/5"]


def test_threshold_is_at_least_the_percentage(tmp_path):
    assert decision_of(rule(tmp_path, "- {id: d, name: D, rule: qualified-majority, threshold: 75}"),
                       "d")["quota"] == {"weight": 3, "total": 4}
    assert decision_of(rule(tmp_path, "- {id: d, name: D, rule: qualified-majority, threshold: 75.01}"),
                       "d")["quota"] == {"weight": 4, "total": 4}


def test_low_threshold_is_flagged(tmp_path):
    d = decision_of(rule(tmp_path, "- {id: d, name: D, rule: qualified-majority, threshold: 0.7}"), "d")
    text = next(w["text"] for w in d["warnings"] if w["id"] == "threshold-too-low")
    assert "did you mean 70%" in text


def test_service_users_who_advise_do_not_vote(tmp_path):
    network = load(write(tmp_path, NETWORK.replace("service_users: vote", "service_users: advise")
                         + "      - {id: d, name: D, rule: majority}\n"))
    d = decision_of(analyse(network), "d")
    assert [v["member"] for v in d["voters"]] == ["gp", "acute", "care"]
    assert d["not_voting"][0]["member"] == "users"


def test_weighting_under_unanimity_is_flagged(tmp_path):
    d = decision_of(rule(tmp_path, "- {id: d, name: D, rule: veto, weighting: investment}"), "d")
    assert {"gridlock", "weighting-ignored"} <= warning_ids(d["warnings"])


def test_conditions_in_outcome_reasons(tmp_path):
    network = load(write(tmp_path, NETWORK + textwrap.indent(textwrap.dedent("""\
        - id: d
          name: D
          rule: qualified-majority
          conditions: {vetoes: [care], type_majority: [gp-network]}
        """), "      ")))
    result = outcome(network, network.decisions[0], ("acute", "gp", "users"))
    assert result["passes"] is False
    assert "vetoed: Council social care is not in favour" in result["reasons"]
    assert result["decisive"] == ["care"]


def test_network_warnings_cite_seed_001(tmp_path):
    path = write(tmp_path, """\
        network: Thin network
        members:
          - {id: a, name: A, type: acute, risk_share: 60}
          - {id: b, name: B, type: community, risk_share: 30}
        decisions:
          - {id: d, name: D, rule: majority}
        """)
    warnings = analyse(load(path))["warnings"]
    assert warning_ids(warnings) == {"no-gp-member", "no-social-care", "service-users-no-role",
                                     "right-to-leave-unstated", "risk-shares-total"}
    for w in warnings:
        if "source" in w:
            assert w["source"]["doc"] == "provider-networks-decisions"
            assert w["source"]["where"].startswith("Section 4 – ")
        else:
            assert w["derived"] is True and w["rationale"]


# ---------------------------------------------------------------- brute force from the rules' words

def passes(network: Network, decision: Decision, yes: set[str]) -> bool:
    """The rule as the network file states it, evaluated directly."""
    voters = network.voters(decision)
    ayes = [m for m in voters if m.id in yes]
    if decision.rule == "veto":
        return len(ayes) == len(voters)
    total = sum(m.weight(decision.weighting) for m in voters)
    got = sum(m.weight(decision.weighting) for m in ayes)
    enough = got > total / 2 if decision.threshold is None else got * 100 >= decision.threshold * total
    by_type = lambda group, t: [m for m in group if m.type == t]  # noqa: E731
    return (enough and all(v in yes for v in decision.vetoes)
            and all(len(by_type(ayes, t)) > len(by_type(voters, t)) / 2 for t in decision.type_majority)
            and all(by_type(ayes, t) for t in decision.require_types))


TYPES = ("gp-practice", "acute", "social-care", "service-user-representative")


@st.composite
def networks(draw):
    n = draw(st.integers(1, 7))
    figure = st.integers(0, 12).map(lambda k: F(k, 4))
    members = tuple(Member(f"m{i}", f"M{i}", draw(st.sampled_from(TYPES)), draw(figure), draw(figure))
                    for i in range(n))
    ids = [m.id for m in members]
    kind = draw(st.sampled_from(("veto", "majority", "qualified-majority")))
    qualified = kind == "qualified-majority"
    threshold = draw(st.one_of(st.none(), st.integers(1, 300).map(lambda k: F(k, 3)))) if qualified else None
    pick = lambda values: tuple(draw(st.sets(st.sampled_from(values)))) if qualified else ()  # noqa: E731
    vetoes, excluded = pick(ids), pick(ids)
    decision = Decision("d", "D", kind, draw(st.sampled_from(("even", "investment", "risk-share"))), threshold,
                        vetoes, tuple(i for i in excluded if i not in vetoes), pick(TYPES), pick(TYPES), False, None)
    network = Network("test", "T", members, (decision,), draw(st.sampled_from((None, "vote", "advise"))), None)
    voters = network.voters(decision)
    assume(voters and set(decision.vetoes) <= {m.id for m in voters})
    assume(set(decision.type_majority + decision.require_types) <= {m.type for m in voters})
    assume(kind == "veto" or sum(m.weight(decision.weighting) for m in voters) > 0)
    return network, decision


@settings(max_examples=80, deadline=None)
@given(networks(), st.data())
def test_every_rule_kind_equals_brute_force(case, data):
    network, decision = case
    game, voters, _ = game_of(network, decision)
    ids = [m.id for m in voters]
    n = len(ids)
    swings, shapley = [0] * n, [F(0)] * n
    for mask in range(1 << n):
        yes = {ids[i] for i in range(n) if mask >> i & 1}
        if passes(network, decision, yes):
            continue
        for i in range(n):
            if ids[i] not in yes and passes(network, decision, yes | {ids[i]}):
                swings[i] += 1
                shapley[i] += F(factorial(len(yes)) * factorial(n - len(yes) - 1), factorial(n))
    result = pw.power(game)
    assert list(result.swings) == swings
    assert list(result.shapley_shubik) == shapley
    assert sum(result.banzhaf) == 1 and sum(result.shapley_shubik) == 1
    in_favour = tuple(data.draw(st.sets(st.sampled_from([m.id for m in network.members]))))
    assert outcome(network, decision, in_favour)["passes"] == passes(network, decision, set(in_favour))
