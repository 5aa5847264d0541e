"""`assess site build` against MkDocs + Material building the same pages, in the same run.

    python benchmarks/site_vs_mkdocs.py [--rounds N]

Both builds run as a user would run them: a fresh Python process each, best of
N rounds, alternating, search index built on both sides. MkDocs always renders
everything. `assess site build` is timed four ways:
- cold: an empty cache folder and a new output folder (loads and validates
  kb/ and the questionnaire in full, renders with the templates the package
  ships compiled, indexes);
- warm data: the validated data cached, the built site
  not (`--no-cache`), a new output folder: a build after editing a page's input;
- cached: a new output folder when the same inputs were built before;
- unchanged: again over its own output with nothing changed.
MkDocs gets the same pages as Markdown: the ten models through
templates/model.md.j2 (what `assess kb show` prints) and every other page of
the site as Markdown made from the same view data, with Material's built-in
search. Goals (issue 13): cold at least 3x faster than mkdocs (stretch 5x),
unchanged at least 10x; exits 1 when one is missed. The cold build's floor
(`floors.py`: Python, click, PyYAML and Jinja2 imported, every input's YAML
read as events, every site template compiled; none of our code) is timed in the
same rounds and printed beside its goal.
Needs `pip install -e '.[bench]'` (mkdocs, mkdocs-material).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping

REPO = Path(__file__).resolve().parent.parent
# time the tool as a user runs it, its bytecode compiled (pip compiles on install, a checkout writes
# __pycache__ on its first run): a shell that sets PYTHONDONTWRITEBYTECODE would time compiling every module
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.path.insert(0, str(REPO))      # this checkout's assess, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))
from floors import site_floor  # noqa: E402  (this folder's module, run as a script)

GOALS = {"cold": 3.0, "unchanged": 10.0}
STRETCH = {"cold": 5.0}


# ---------------------------------------------------------------- the same pages as Markdown

def _md_items(value: Any, depth: int, out: list[str]) -> None:
    """Markdown of a page's view data: item groups as lists, named entries as headings."""
    if isinstance(value, Mapping):
        if "items" in value and isinstance(value["items"], list):
            for item in value["items"]:
                cite = "" if value.get("shared_cite") else f" *({item['cite']})*"
                out.append(f"- {item['text']}{cite}")
            if value.get("shared_cite"):
                out += ["", f"*Source: {value['shared_cite']}*"]
            out.append("")
            return
        if "text" in value and isinstance(value["text"], str):
            cite = f" *({value['cite']})*" if value.get("cite") else ""
            out += [f"{value['text']}{cite}", ""]
            return
        title = value.get("name") or value.get("title") or value.get("term")
        if isinstance(title, str):
            out += [f"{'#' * min(depth, 6)} {title}", ""]
        for key, v in value.items():
            if key in ("id", "name", "title", "term", "anchor", "words", "path"):
                continue
            if isinstance(v, (Mapping, list)):
                _md_items(v, depth + 1, out)
            elif isinstance(v, str) and len(v) > 30:
                out += [v, ""]
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, str):
                out.append(f"- {v}")
            else:
                _md_items(v, depth, out)
        out.append("")


def markdown_pages() -> dict[str, str]:
    """Output path (.md) -> Markdown for every page the static site has."""
    from assess.engine.questionnaire import load as load_questionnaire
    from assess.kb import load
    from assess.reports.markdown import render_model_markdown
    from assess.site.build import default_questionnaire
    from assess.site.pages import pages
    from assess.site.questionnaire_data import questionnaire_data

    kb = load()
    qpath = default_questionnaire()
    q = load_questionnaire(qpath, kb) if qpath else None
    data = questionnaire_data(q, kb) if q else None
    out = {}
    for page in pages(kb, q, data):
        path = page.path[:-len(".html")] + ".md"
        if page.path.startswith("models/") and page.path != "models/index.html":
            out[path] = render_model_markdown(kb, kb.model(page.path[len("models/"):-len(".html")]))
            continue
        lines = [f"# {page.title}", ""]
        _md_items({k: v for k, v in page.context.items() if not callable(v)}, 2, lines)
        out[path] = "\n".join(lines) + "\n"
    return out


def prepare_mkdocs(folder: Path) -> Path:
    docs = folder / "docs"
    for rel, text in markdown_pages().items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text("site_name: Care models\nuse_directory_urls: false\n"
                      "theme:\n  name: material\n  font: false\n", encoding="utf-8")
    return config


# ---------------------------------------------------------------- timing

_CACHE: list[str] = []


def _env() -> dict:
    env = dict(os.environ)
    if _CACHE:
        env["CARE_MODELS_CACHE"] = _CACHE[0]
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _run(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")
    return seconds


def time_mkdocs(config: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    return _run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)], config.parent)


def time_assess(out: Path, *extra: str) -> float:
    return _run([sys.executable, "-m", "assess", "site", "build", "-o", str(out), *extra], REPO)


def measure(rounds: int = 3) -> dict:
    """Best-of-`rounds` seconds of each build, measured alternately in one run."""
    with tempfile.TemporaryDirectory(prefix="site-bench-") as tmp:
        tmp = Path(tmp)
        config = prepare_mkdocs(tmp / "mkdocs")
        pages = sum(1 for _ in (tmp / "mkdocs" / "docs").rglob("*.md"))
        keys = ("mkdocs", "cold", "warm_data", "cached", "unchanged", "floor")
        from assess.site.build import default_questionnaire
        floor = site_floor(REPO, default_questionnaire())
        best = dict.fromkeys(keys, float("inf"))
        for r in range(rounds):
            best["mkdocs"] = min(best["mkdocs"], time_mkdocs(config, tmp / "mkdocs-site"))
            _CACHE[:] = [str(tmp / f"cache-{r}")]                   # empty: a first build on this machine
            best["cold"] = min(best["cold"], time_assess(tmp / f"cold-{r}"))
            best["warm_data"] = min(best["warm_data"], time_assess(tmp / f"warm-{r}", "--no-cache"))
            best["cached"] = min(best["cached"], time_assess(tmp / f"cached-{r}"))
            best["unchanged"] = min(best["unchanged"], time_assess(tmp / f"cached-{r}"))
            best["floor"] = min(best["floor"], _run(floor, REPO))
        _CACHE.clear()
    best["pages"] = pages
    for key in keys[1:]:
        best["ratio_" + key] = best["mkdocs"] / best[key]
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    r = measure(args.rounds)
    print(f"{r['pages']} pages, best of {args.rounds} rounds, each build in a fresh process, search on both sides:")
    rows = [("mkdocs build (material, with its search index)", "mkdocs"),
            ("assess site build, cold (empty cache, new folder)", "cold"),
            ("assess site build, data cached, site not (--no-cache)", "warm_data"),
            ("assess site build, new folder, inputs built before", "cached"),
            ("assess site build, nothing changed", "unchanged"),
            ("floor of a cold build: imports, YAML read, compiling", "floor")]
    for label, key in rows:
        ratio = "" if key == "mkdocs" else f"   {r['ratio_' + key]:5.1f}x faster than mkdocs"
        print(f"  {label:<56} {r[key]:6.2f} s{ratio}")
    missed = 0
    for key, goal in GOALS.items():
        ok = r["ratio_" + key] >= goal
        missed += not ok
        stretch = f", stretch {STRETCH[key]:g}x {'met' if r['ratio_' + key] >= STRETCH[key] else 'not met'}" \
            if key in STRETCH else ""
        print(f"goal: {key} at least {goal:g}x faster than mkdocs: {r['ratio_' + key]:.1f}x "
              f"{'met' if ok else 'NOT met'}{stretch}")
    need = r["mkdocs"] / GOALS["cold"]
    print(f"  the cold goal needs a build in {need:.2f} s; its floor takes {r['floor']:.2f} s, leaving "
          f"{max(need - r['floor'], 0) * 1000:.0f} ms\n  to build and check the data and to render, index and "
          f"write {r['pages']} pages (they take {(r['cold'] - r['floor']) * 1000:.0f} ms)")
    return 1 if missed else 0

if __name__ == "__main__":
    sys.exit(main())
