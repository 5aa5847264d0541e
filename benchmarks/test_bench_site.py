"""`assess site build`: cold, from the cache, unchanged; and the ratio to MkDocs + Material in the same run.

    python -m pytest benchmarks/test_bench_site.py --benchmark-only -s

The in-process benchmarks time the build function itself (no interpreter
start-up). The MkDocs comparison runs benchmarks/site_vs_mkdocs.py's
subprocess measurement (what a user waits for) and needs `pip install -e '.[bench]'`.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from assess.site.build import build

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture(autouse=True)
def data_cache(tmp_path, monkeypatch) -> Path:
    """The validated data is cached in the test's own folder (the templates ship compiled in the package)."""
    folder = tmp_path / "data-cache"
    monkeypatch.setenv("CARE_MODELS_CACHE", str(folder))
    return folder


def test_build_cold(benchmark, tmp_path, data_cache):
    out = tmp_path / "site"

    def cold():
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(data_cache, ignore_errors=True)
        from assess.reports.markdown import environment

        environment.cache_clear()        # loads the templates again, as a fresh process does
        return build(out, cache=False)
    result = benchmark.pedantic(cold, rounds=3, iterations=1)
    assert result.written > 30 and not result.from_cache


def test_build_from_cache_into_an_empty_folder(benchmark, tmp_path, cache):
    out = tmp_path / "site"
    build(out, cache=cache)

    def again():
        shutil.rmtree(out, ignore_errors=True)
        return build(out, cache=cache)
    result = benchmark.pedantic(again, rounds=5, iterations=1)
    assert result.from_cache


def test_build_with_nothing_changed(benchmark, tmp_path, cache, monkeypatch):
    """Found unchanged by the files' states (assess/site/states.py): nothing is read."""
    from assess.site import states

    monkeypatch.setattr(states, "RACY_NS", 0)        # the inputs may have been written moments ago
    out = tmp_path / "site"
    build(out, cache=cache)
    result = benchmark.pedantic(lambda: build(out, cache=cache), rounds=10, iterations=1)
    assert result.skipped and result.written == 0


def test_build_with_nothing_changed_checked_by_content(benchmark, tmp_path):
    """Without the cache folder, the up-to-date check reads and hashes every input and output."""
    out = tmp_path / "site"
    build(out, cache=False)
    result = benchmark.pedantic(lambda: build(out, cache=False), rounds=10, iterations=1)
    assert result.skipped and result.written == 0


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
                    reason="mkdocs and mkdocs-material are not installed (pip install -e '.[bench]')")
def test_ratio_to_mkdocs(benchmark):
    from site_vs_mkdocs import GOALS, measure

    r = benchmark.pedantic(measure, kwargs={"rounds": 2}, rounds=1, iterations=1)
    benchmark.extra_info.update({k: round(v, 3) for k, v in r.items()})
    print(f"\nmkdocs {r['mkdocs']:.2f} s; assess cold {r['cold']:.2f} s ({r['ratio_cold']:.1f}x), "
          f"data cached {r['warm_data']:.2f} s ({r['ratio_warm_data']:.1f}x), "
          f"from cache {r['cached']:.2f} s ({r['ratio_cached']:.1f}x), "
          f"unchanged {r['unchanged']:.2f} s ({r['ratio_unchanged']:.1f}x); "
          f"floor of a cold build {r['floor']:.2f} s ({r['ratio_floor']:.1f}x)")
    for key, goal in GOALS.items():
        assert r["ratio_" + key] >= goal, f"{key}: {r['ratio_' + key]:.1f}x, goal {goal:g}x"


def test_assessment_page_transfer(benchmark, tmp_path):
    """What the assessment page loads, as is and gzipped (benchmarks/transfer.py): goals 350 KB and 200 KB."""
    from transfer import GOALS, measure

    site = tmp_path / "site"
    build(site, search=False, cache=False)
    totals = benchmark.pedantic(measure, args=(site,), rounds=1, iterations=1)
    benchmark.extra_info.update({f"{key}_kb": round(n / 1024, 1) for key, n in totals.items()})
    for key, goal in GOALS.items():
        assert totals[key] <= goal, f"{key}: {totals[key] / 1024:.0f} KB > {goal // 1024} KB"
