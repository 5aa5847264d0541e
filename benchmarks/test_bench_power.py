"""Exact voting power of a 30-member provider network, against a brute-force baseline.

The dynamic programme of assess.power analyses 30 members (2^30 coalitions);
the baseline lists every coalition of a 12-member network (2^12).  Each run
reports the ratio of the two times, measured in the same run, as
extra_info["ratio_to_brute_force_12"] (no wall-clock assertions: machines differ).

    python -m pytest benchmarks/test_bench_power.py
"""
from __future__ import annotations

import time
from fractions import Fraction as F
from itertools import cycle, islice

import pytest

from assess.governance import power as pw
from assess.governance.network import Decision, Member, Network
from assess.governance.voting import game_of

TYPES = ("gp-practice",) * 3 + ("acute", "community", "mental-health", "social-care", "third-sector", "specialist")
INVESTMENTS = (4.2, 3.1, 2.7, 38.5, 12.4, 9.8, 11.6, 0.6, 7.3, 1.9)   # £m, one decimal place


def network(n: int, decision: Decision) -> Network:
    members = tuple(Member(f"m{i:02d}", f"Member {i}", kind, F(str(money)) + F(i, 10), F(100, n))
                    for i, (kind, money) in enumerate(islice(zip(cycle(TYPES), cycle(INVESTMENTS)), n)))
    return Network("bench", "Benchmark network", members, (decision,), None, None)


RULES = {
    "majority-by-investment": Decision("d", "D", "majority", "investment", None, (), (), (), (), False, None),
    "qualified-70-gp-majority-veto": Decision("d", "D", "qualified-majority", "investment", F(70), ("m03",), (),
                                              ("gp-practice",), ("social-care",), False, None),
}


def analyse(game: pw.Game):
    return pw.power(game), pw.minimal_winning(game), pw.minimal_blocking(game), pw.veto_players(game)


def brute_force(game: pw.Game) -> list[int]:
    """Banzhaf swings by listing all 2^n coalitions."""
    swings = [0] * game.n
    for mask in range(1 << game.n):
        members = [i for i in range(game.n) if mask >> i & 1]
        if not game.wins(members):
            for i in range(game.n):
                if not mask >> i & 1 and game.wins(members + [i]):
                    swings[i] += 1
    return swings


def best_time(fn, *args, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_exact_power_of_30_members(benchmark, rule):
    game, voters, _ = game_of(network(30, RULES[rule]), RULES[rule])
    small, _, _ = game_of(network(12, RULES[rule]), RULES[rule])
    assert pw.power(small).swings == tuple(brute_force(small))
    baseline = best_time(brute_force, small)

    power, winning, blocking, _ = benchmark(analyse, game)

    assert len(voters) == 30
    assert sum(power.banzhaf) == 1 and sum(power.shapley_shubik) == 1
    assert winning.count > 0 and blocking.count > 0
    if benchmark.stats is not None:  # None under --benchmark-disable
        ratio = benchmark.stats.stats.mean / baseline
        benchmark.extra_info["ratio_to_brute_force_12"] = round(ratio, 3)
        print(f"\n{rule}: 30 members exactly in {benchmark.stats.stats.mean * 1000:.1f} ms = {ratio:.2f} x "
              f"brute force of 12 members ({baseline * 1000:.1f} ms)")
