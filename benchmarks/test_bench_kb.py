"""Benchmarks of the knowledge base: load + validate, and the start-up of `assess --help`.

Run:  python -m pytest benchmarks --benchmark-only
Wall-clock values depend on the machine and are never asserted; the start-up
benchmark asserts only a generous ratio to `python -c "import click"`, measured
in the same run, to catch heavy imports creeping into `assess --help`.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from assess import kb as kbmod
from assess.kb import fastschema, schema
from assess.kb.yamlsafe import load_file
from assess.resources import kb_dir

REPO = Path(__file__).resolve().parent.parent
STARTUP_GOAL = 2.0      # `assess --help` at most 2x `python -c "import click"`
STARTUP_LIMIT = 4.0     # asserted: well above the goal, below what importing yaml/jinja2/jsonschema costs


def _clear_caches():
    schema.validator.cache_clear()
    schema._registry.cache_clear()
    fastschema.quick.cache_clear()


def _full_load():
    return kbmod.load(cache=False)


def test_load_kb_cold(benchmark):
    """Read, schema-check and cross-check every file of kb/, building validators from scratch (a cache miss)."""
    result = benchmark.pedantic(_full_load, setup=_clear_caches, rounds=10, iterations=1, warmup_rounds=1)
    assert len(result.models) == 10


def test_load_kb_warm(benchmark):
    """The same with the schema validators already built (a second full load in one process)."""
    _full_load()
    result = benchmark(_full_load)
    assert len(result.models) == 10


def test_load_kb_from_the_cache(benchmark, tmp_path, monkeypatch):
    """What a command pays once the KB was validated: the cached data, checked against its SHA-256."""
    monkeypatch.setenv("CARE_MODELS_CACHE", str(tmp_path))
    kbmod.load()
    result = benchmark(kbmod.load)
    assert len(result.models) == 10


def test_validate_kb_warm(benchmark):
    """`assess kb validate` without the final freezing of the data."""
    kbmod.validate()
    assert benchmark(kbmod.validate) == []


def test_parse_kb_yaml_only(benchmark):
    """Safe YAML parsing of every kb/ file, without the schemas: the share of the parser."""
    files = sorted(kb_dir().rglob("*.yaml"))
    docs = benchmark(lambda: [load_file(f) for f in files])
    assert len(docs) == len(files) >= 19


def _run(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def test_help_startup_ratio_to_import_click(benchmark, capsys):
    """`python -m assess --help` in a fresh process, against `python -c "import click"` measured
    alternately in the same rounds (each round's baseline runs in the untimed setup)."""
    help_argv = [sys.executable, "-m", "assess", "--help"]
    click_argv = [sys.executable, "-c", "import click"]
    baseline: list[float] = []
    helps: list[float] = []
    for _ in range(2):  # warm the file cache for both
        _run(click_argv)
        _run(help_argv)

    def setup():
        baseline.append(_run(click_argv))

    def target():
        helps.append(_run(help_argv))

    benchmark.pedantic(target, setup=setup, rounds=15, iterations=1)
    ratio = statistics.median(helps) / statistics.median(baseline)
    benchmark.extra_info["ratio_to_import_click"] = round(ratio, 3)
    benchmark.extra_info["import_click_median_s"] = round(statistics.median(baseline), 4)
    benchmark.extra_info["assess_help_median_s"] = round(statistics.median(helps), 4)
    benchmark.extra_info["goal"] = STARTUP_GOAL
    with capsys.disabled():
        print(f"\nassess --help: {statistics.median(helps) * 1000:.0f} ms, import click: "
              f"{statistics.median(baseline) * 1000:.0f} ms, ratio_to_import_click {ratio:.2f} "
              f"(goal <= {STARTUP_GOAL})")
    assert ratio < STARTUP_LIMIT, f"`assess --help` is {ratio:.1f}x `import click`: a heavy import at start-up?"

