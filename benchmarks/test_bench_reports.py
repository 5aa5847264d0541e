"""Benchmarks of reports and briefing packs (issue 5).

Run:  python -m pytest benchmarks/test_bench_reports.py --benchmark-only

Goals (after import, on one core): an HTML report in under 0.3 s (view + Markdown +
HTML page), and all ten briefing packs in Markdown and HTML in under 2 s. Wall-clock
values are never asserted; each benchmark stores in `extra_info` its ratio to two
baselines measured in the same run: `assess.kb.load()` (what every command pays)
and rendering the plain Markdown of the same report from a ready view (the
template alone).

| benchmark | what it measures |
|---|---|
| `test_baseline_kb_load` | `kb.load()` (warm schema validators) |
| `test_baseline_report_markdown_template` | `report.md.j2` rendered from a ready view |
| `test_report_md` | scored result -> view -> Markdown |
| `test_report_html` | scored result -> view -> Markdown -> HTML page with the SVG chart |
| `test_report_pdf` | the same, then WeasyPrint (skipped without it) |
| `test_all_briefs_md_and_html` | the ten briefs and the index, Markdown and HTML (what `brief --all` renders twice) |
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from assess import __version__
from assess.engine.assessment import run
from assess.kb import load
from assess.reports.brief import brief_index_view, brief_view
from assess.reports.documents import render_brief, render_brief_index, render_report
from assess.reports.markdown import render
from assess.reports.report import report_view

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "mcp.yaml"
GOAL_HTML = 0.3
GOAL_BRIEFS = 2.0


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.fixture(scope="module")
def setup():
    if not EXAMPLE.is_file():
        pytest.skip("examples/mcp.yaml is missing")
    kb = load()
    a = run([EXAMPLE], kb)
    inputs = [(EXAMPLE.name, EXAMPLE.read_bytes())]
    view = report_view(a, inputs, version=__version__)
    render_report(view, "html")          # templates compiled once, as in one command
    baselines = {
        "kb_load": _best(load),
        "md_template": _best(lambda: render("report.md.j2", r=view, chart_slot="", page_break="")),
    }
    return kb, a, inputs, view, baselines


def _record(benchmark, baselines, goal: float | None = None):
    mean = benchmark.stats.stats.mean
    for name, base in baselines.items():
        benchmark.extra_info[f"ratio_to_{name}"] = round(mean / base, 2)
    benchmark.extra_info["seconds"] = round(mean, 4)
    if goal:
        benchmark.extra_info["goal_seconds"] = goal
    print(f"\n{benchmark.name}: {mean * 1000:.0f} ms; "
          + ", ".join(f"{mean / b:.1f}x {n}" for n, b in baselines.items())
          + (f" (goal < {goal} s)" if goal else ""))


def test_baseline_kb_load(benchmark, setup):
    benchmark(load)
    _record(benchmark, setup[4])


def test_baseline_report_markdown_template(benchmark, setup):
    view = setup[3]
    text = benchmark(lambda: render("report.md.j2", r=view, chart_slot="", page_break=""))
    assert text.startswith("# Care model recommendation")
    _record(benchmark, setup[4])


def test_report_md(benchmark, setup):
    kb, a, inputs, _, baselines = setup
    text = benchmark(lambda: render_report(report_view(a, inputs, version=__version__), "md"))
    assert "## Summary" in text
    _record(benchmark, baselines)


def test_report_html(benchmark, setup):
    kb, a, inputs, _, baselines = setup
    html = benchmark(lambda: render_report(report_view(a, inputs, version=__version__), "html"))
    assert "<svg" in html
    _record(benchmark, baselines, GOAL_HTML)


def test_report_pdf(benchmark, setup):
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pytest.skip("WeasyPrint is not installed")
    kb, a, inputs, _, baselines = setup
    pdf = benchmark.pedantic(lambda: render_report(report_view(a, inputs, version=__version__), "pdf"),
                             rounds=2, iterations=1, warmup_rounds=1)
    assert pdf.startswith(b"%PDF-")
    _record(benchmark, baselines)


def test_all_briefs_md_and_html(benchmark, setup):
    kb, _, _, _, baselines = setup

    def all_briefs():
        out = []
        for fmt in ("md", "html"):
            for model_id in kb.models:
                out.append(render_brief(brief_view(kb, model_id, version=__version__), fmt))
            out.append(render_brief_index(brief_index_view(kb, fmt, version=__version__), fmt))
        return out

    out = benchmark.pedantic(all_briefs, rounds=5, iterations=1, warmup_rounds=1)
    assert len(out) == 22
    _record(benchmark, baselines, GOAL_BRIEFS)
