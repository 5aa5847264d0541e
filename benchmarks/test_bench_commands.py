"""Everyday commands against `python -c "import click"` in the same run (benchmarks/commands.py).

    python -m pytest benchmarks/test_bench_commands.py --benchmark-only -s

Each command runs in a fresh process with a warm cache; the ratio of medians
is stored in the benchmark's extra_info and checked against its goal, with the
floor of the report (`floors.py`) beside it.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def test_everyday_commands_near_the_start_up_floor(benchmark):
    from commands import COMMANDS, FLOOR, measure

    medians = benchmark.pedantic(measure, kwargs={"rounds": 9}, rounds=1, iterations=1)
    ratios = {name: medians[name] / medians["baseline"] for name in [*(c[0] for c in COMMANDS), FLOOR]}
    benchmark.extra_info.update({name: round(r, 2) for name, r in ratios.items()})
    print("\n" + "; ".join(f"{name} {r:.2f}x" for name, r in ratios.items()))
    missed = [f"{name} {ratios[name]:.2f}x > {goal}x" for name, _, goal in COMMANDS if ratios[name] > goal]
    assert not missed, ", ".join(missed)
