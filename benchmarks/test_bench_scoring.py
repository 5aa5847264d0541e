"""Scoring throughput: answer sets scored against all ten models, with sensitivity.

Goal (issue 4): 10,000 answer sets scored with sensitivity in under 2 s on one
core. `rank_many` is that job (fits, ranges, exclusions, ranking and every
single-answer change that moves the top); `score_many` adds the explanations
(reasons per model, dicts for JSON and reports). The baseline measured in the
same run is working out which questions apply to each set, one at a time: the
least any scorer must do, so the ratio travels across machines.
"""
import random
import time

import pytest

from assess.engine.answers import applicable_values
from assess.kb import load
from assess.engine.questionnaire import load as load_questionnaire
from assess.resources import questionnaires_dir
from assess.engine.sampling import random_answers
from assess.engine.scoring import rank_many, score_many

N = 10_000


@pytest.fixture(scope="module")
def setup():
    q = load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", load())
    rng = random.Random(20261123)
    return q, [random_answers(q, rng) for _ in range(N)]


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def test_rank_10000_with_sensitivity(benchmark, setup):
    q, sets = setup
    baseline = _cpu(lambda: [applicable_values(q, v) for v in sets])
    benchmark.pedantic(rank_many, args=(q, sets), rounds=3, iterations=1)
    seconds = _cpu(lambda: rank_many(q, sets))
    benchmark.extra_info.update({"seconds_for_10000": round(seconds, 3),
                                 "microseconds_per_assessment": round(seconds / N * 1e6, 1),
                                 "baseline_seconds": round(baseline, 3),
                                 "ratio_to_baseline": round(seconds / baseline, 2)})
    print(f"\nrank_many: {seconds / N * 1e6:.0f} µs per assessment, 10,000 in {seconds:.2f} s CPU "
          f"(goal < 2 s); {seconds / baseline:.1f}× the applicability baseline ({baseline:.2f} s)")


def test_score_1000_with_explanations(benchmark, setup):
    q, sets = setup
    benchmark.pedantic(score_many, args=(q, sets[:1000]), rounds=3, iterations=1)
    seconds = _cpu(lambda: score_many(q, sets[:1000]))
    benchmark.extra_info["microseconds_per_assessment"] = round(seconds / 1000 * 1e6, 1)
    print(f"\nscore_many (full explained results): {seconds / 1000 * 1e6:.0f} µs per assessment")
