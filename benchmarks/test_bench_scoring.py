"""Scoring throughput: answer sets scored against all ten models, with sensitivity.

Goal (issue 4): 10,000 answer sets scored with sensitivity in under 2 s on one
core. `rank_many` is that job (fits, ranges, exclusions, ranking and every
single-answer change that moves the top); `score_many` adds the explanations
(reasons per model, dicts for JSON and reports), built when a result is read.
The baseline measured in the same run is working out which questions apply to
each set, one at a time: the least any scorer must do, so the ratio travels
across machines. Goals of `score_many` over 10,000 sets (issue 13): about
100 µs per set, at most 1.5x `rank_many` in the same run, and at most 100 MiB.
"""
import random
import time
import tracemalloc

import pytest

from assess.engine.answers import applicable_values
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.sampling import random_answers
from assess.engine.scoring import rank_many, score_many
from assess.kb import load
from assess.resources import questionnaires_dir

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


def test_score_10000_with_explanations_on_demand(benchmark, setup):
    q, sets = setup
    benchmark.pedantic(score_many, args=(q, sets), rounds=3, iterations=1)
    seconds = _cpu(lambda: score_many(q, sets))
    ranking = _cpu(lambda: rank_many(q, sets))
    tracemalloc.start()
    results = score_many(q, sets)
    held = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    one = _cpu(lambda: [results[i] for i in range(0, N, 10)]) / (N // 10)
    benchmark.extra_info.update({"microseconds_per_assessment": round(seconds / N * 1e6, 1),
                                 "ratio_to_rank_many": round(seconds / ranking, 2), "mebibytes_held": round(held, 1)})
    print(f"\nscore_many: {seconds / N * 1e6:.0f} µs per assessment ({seconds / ranking:.2f}x rank_many), "
          f"{held:.0f} MiB held for 10,000; reading one full result {one * 1e6:.0f} µs")
    assert seconds / ranking <= 1.5 and held <= 100
