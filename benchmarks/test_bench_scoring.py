"""Scoring throughput: answer sets scored with all ten models and sensitivity.

Goal (issue 4): 10,000 answer sets in under 2 s on one core, i.e. under 200 µs
per assessment. The baseline measured in the same run is the cost of merely
working out which questions apply (the least any scoring must do), so the
ratio is comparable across machines.
"""
import random

import pytest

from assess.answers import applicable_values
from assess.kb import load
from assess.questionnaire import load as load_questionnaire
from assess.resources import questionnaires_dir
from assess.sampling import random_answers
from assess.scoring import score

N = 2000


@pytest.fixture(scope="module")
def setup():
    kb = load()
    q = load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", kb)
    rng = random.Random(20261123)
    return q, [random_answers(q, rng) for _ in range(N)]


def test_applicability_baseline(benchmark, setup):
    q, sets = setup
    benchmark(lambda: [applicable_values(q, v) for v in sets])


def test_score_with_sensitivity(benchmark, setup):
    q, sets = setup
    benchmark.pedantic(lambda: [score(q, v) for v in sets], rounds=3, iterations=1)
    per = benchmark.stats.stats.mean / N
    benchmark.extra_info["microseconds_per_assessment"] = round(per * 1e6, 1)
    benchmark.extra_info["projected_seconds_for_10000"] = round(per * 10_000, 2)
    print(f"\n{per * 1e6:.0f} µs per assessment; 10,000 in {per * 10_000:.2f} s (goal < 2 s)")
