"""assess.power: published textbook values, and the dynamic programme against brute force."""
from __future__ import annotations

from fractions import Fraction as F
from math import factorial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assess.governance.power import (
    Game,
    TooComplex,
    dictators,
    minimal_blocking,
    minimal_winning,
    power,
    veto_players,
)


def brute_force(game: Game):
    """Every index by listing all 2^n coalitions: the definitions, written out."""
    n = game.n
    subsets = [frozenset(i for i in range(n) if mask >> i & 1) for mask in range(1 << n)]
    wins = {s for s in subsets if game.wins(s)}
    swings, shapley = [0] * n, [F(0)] * n
    for s in subsets:
        if s in wins:
            continue
        for i in range(n):
            if i not in s and s | {i} in wins:
                swings[i] += 1
                shapley[i] += F(factorial(len(s)) * factorial(n - len(s) - 1), factorial(n))
    everyone = frozenset(range(n))
    blocking = {s for s in subsets if everyone - s not in wins}

    def minimal(family):
        return sorted(tuple(sorted(s)) for s in family if all(s - {i} not in family for i in s))

    return {"swings": swings, "shapley": shapley, "winning": len(wins),
            "minimal_winning": minimal(wins), "minimal_blocking": minimal(blocking),
            "vetoes": [i for i in range(n) if all(i in s for s in wins)],
            "dictators": [i for i in range(n) if all((i in s) == (s in wins) for s in subsets)]}


# ---------------------------------------------------------------- published values

def test_first_member_of_4_2_1_quota_4_is_a_dictator():
    game = Game((4, 2, 1), 4)
    result = power(game)
    assert dictators(game) == (0,)
    assert veto_players(game) == (0,)
    assert result.banzhaf == (1, 0, 0)
    assert result.shapley_shubik == (1, 0, 0)
    assert minimal_winning(game).listed == ((0,),)


def test_2_1_1_quota_3():
    game = Game((2, 1, 1), 3)
    result = power(game)
    assert result.swings == (3, 1, 1)
    assert result.banzhaf == (F(3, 5), F(1, 5), F(1, 5))
    assert result.shapley_shubik == (F(2, 3), F(1, 6), F(1, 6))
    assert minimal_winning(game).listed == ((0, 1), (0, 2))
    assert minimal_blocking(game).listed == ((0,), (1, 2))
    assert veto_players(game) == (0,) and dictators(game) == ()


UN_BANZHAF = (F(848, 5080),) * 5 + (F(84, 5080),) * 10       # 0.1669 and 0.0165 (Felsenthal & Machover)
UN_SHAPLEY = (F(421, 2145),) * 5 + (F(4, 2145),) * 10        # 0.1963 and 0.0019 (Shapley & Shubik 1954)


def test_un_security_council_as_weights():
    result = power(Game((7,) * 5 + (1,) * 10, 39))
    assert result.swings == (848,) * 5 + (84,) * 10
    assert result.banzhaf == UN_BANZHAF
    assert result.shapley_shubik == UN_SHAPLEY


def test_un_security_council_as_nine_votes_with_five_vetoes():
    game = Game((1,) * 15, 9, ((tuple(range(5)), 5),))
    result = power(game)
    assert result.banzhaf == UN_BANZHAF
    assert result.shapley_shubik == UN_SHAPLEY
    assert veto_players(game) == (0, 1, 2, 3, 4)
    assert minimal_winning(game).count == 210      # the five permanent members and any 4 of the other 10
    assert minimal_blocking(game).count == 5 + 120  # one permanent member, or 7 of the 10 others


def test_eec_council_of_ministers_1958():
    result = power(Game((4, 4, 4, 2, 2, 1), 12))
    assert result.banzhaf == (F(5, 21),) * 3 + (F(3, 21),) * 2 + (0,)
    assert result.shapley_shubik == (F(7, 30),) * 3 + (F(3, 20),) * 2 + (0,)


def test_unanimity():
    game = Game((1, 1, 1), 3)
    assert power(game).banzhaf == (F(1, 3),) * 3
    assert veto_players(game) == (0, 1, 2)
    assert minimal_winning(game).listed == ((0, 1, 2),)
    assert minimal_blocking(game).listed == ((0,), (1,), (2,))


def test_many_minimal_coalitions_are_counted_not_listed():
    found = minimal_winning(Game((1,) * 30, 16))
    assert found.count == 145422675  # C(30, 16)
    assert found.listed is None


@pytest.mark.parametrize("weights, quota, groups", [
    ((), 1, ()), ((1, -1), 1, ()), ((1, 1), 0, ()), ((1, 1), 3, ()),
    ((1, 1), 1, (((0, 0), 1),)), ((1, 1), 1, (((0, 2), 1),)), ((1, 1), 1, (((0, 1), 3),)),
])
def test_invalid_games_are_refused(weights, quota, groups):
    with pytest.raises(ValueError):
        Game(weights, quota, groups)


def test_too_fine_weights_are_refused_rather_than_slow():
    with pytest.raises(TooComplex):
        power(Game(tuple(10**6 + i for i in range(30)), 15 * 10**6))


# ---------------------------------------------------------------- against brute force

@st.composite
def games(draw, max_n=8):
    n = draw(st.integers(1, max_n))
    weights = tuple(draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)))
    if not sum(weights):
        weights = (1,) + weights[1:]
    groups = []
    for _ in range(draw(st.integers(0, 3))):
        members = tuple(draw(st.sets(st.integers(0, n - 1), min_size=1)))
        groups.append((members, draw(st.integers(1, len(members)))))
    return Game(weights, draw(st.integers(1, sum(weights))), tuple(groups))


@settings(max_examples=150, deadline=None)
@given(games())
def test_dynamic_programme_equals_brute_force(game):
    expected = brute_force(game)
    result = power(game)
    assert list(result.swings) == expected["swings"]
    assert list(result.shapley_shubik) == expected["shapley"]
    assert result.winning == expected["winning"]
    assert list(veto_players(game)) == expected["vetoes"]
    assert list(dictators(game)) == expected["dictators"]
    for found, key in ((minimal_winning(game, 300), "minimal_winning"),
                       (minimal_blocking(game, 300), "minimal_blocking")):
        assert found.count == len(expected[key])
        assert list(found.listed) == expected[key]


@settings(max_examples=80, deadline=None)
@given(games(max_n=10))
def test_indices_sum_to_one(game):
    result = power(game)
    assert sum(result.banzhaf) == 1
    assert sum(result.shapley_shubik) == 1
    assert all(0 <= x <= 1 for x in result.banzhaf + result.shapley_shubik)


@settings(max_examples=50, deadline=None)
@given(games(), st.integers(0, 5))
def test_coalitions_are_listed_only_when_few(game, limit):
    found = minimal_winning(game, limit)
    assert (found.listed is None) == (found.count > limit)
