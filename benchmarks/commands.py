"""Everyday commands against `python -c "import click"`, measured alternately in the same run.

    python benchmarks/commands.py [--rounds N] [--root CHECKOUT]

Each command runs as a user runs it, in a fresh process (`python -m assess`),
with a warm cache (one untimed run first, in a cache folder of its own); the
baseline starts Python and imports click. Rounds alternate baseline and
commands, and the ratio is of medians, so the load of a shared machine falls on
both sides. Prints each ratio and exits 1 when one misses its goal.
A goal with a floor (`floors.py`: the libraries the command needs, doing their
part alone) also gets the floor's ratio, measured in the same rounds, and the
time the goal leaves for the project's own code.
`--root` times another checkout (e.g. an older commit) with the same method.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from floors import report_floor  # noqa: E402  (this folder's module, run as a script)

# time the tool as a user runs it, its bytecode compiled (pip compiles on install, a checkout writes
# __pycache__ on its first run): a shell that sets PYTHONDONTWRITEBYTECODE would time compiling every module
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# name, arguments after `python -m assess`, goal (ratio to `import click`)
COMMANDS = [
    ("assess --help", ["--help"], 2.0),
    ("assess kb list", ["kb", "list"], 2.0),
    ("assess score one.yaml", ["score", "examples/mcp.yaml"], 2.5),
    ("assess report --format html", ["report", "examples/mcp.yaml", "--format", "html", "-o", "-"], 3.0),
]
FLOORED = "assess report --format html"
FLOOR = "floor of " + FLOORED


def timed(argv: list[str], cwd: Path, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        sys.exit(f"{' '.join(argv)} failed: {proc.stderr.decode(errors='replace')}")
    return elapsed


def measure(root: Path = REPO, rounds: int = 15) -> dict[str, float]:
    """Median seconds of the baseline and of each command, measured alternately in one run."""
    root = root.resolve()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CARE_MODELS_CACHE": cache, "PYTHONPATH": str(root), "OPENBLAS_NUM_THREADS": "1"}
        base = [sys.executable, "-c", "import click"]
        runs = {name: [sys.executable, "-m", "assess", *argv] for name, argv, _ in COMMANDS}
        paper = Path(cache) / "paper.md"
        timed([sys.executable, "-m", "assess", "report", "examples/mcp.yaml", "--format", "md", "-o", str(paper)], root, env)
        runs[FLOOR] = report_floor(paper)
        for argv in runs.values():     # warm the cache (and the OS's file cache)
            timed(argv, root, env)
        times: dict[str, list[float]] = {"baseline": [], **{name: [] for name in runs}}
        for _ in range(rounds):
            for name, argv in runs.items():
                times["baseline"].append(timed(base, root, env))
                times[name].append(timed(argv, root, env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--root", type=Path, default=REPO, help="checkout to time (default: this one)")
    args = parser.parse_args()
    medians = measure(args.root, args.rounds)
    baseline = medians["baseline"]
    print(f"python -c 'import click': {baseline * 1000:.0f} ms (median of {args.rounds * (len(COMMANDS) + 1)})")
    missed = 0
    for name, _, goal in COMMANDS:
        ratio = medians[name] / baseline
        ok = ratio <= goal
        missed += not ok
        print(f"{name:30} {medians[name] * 1000:6.0f} ms  {ratio:5.2f}x  (goal <= {goal}x) {'ok' if ok else 'MISSED'}")
        if name == FLOORED:
            floor, left = medians[FLOOR], goal * baseline - medians[FLOOR]
            print(f"  its floor: Python, click, Jinja2 and markdown-it imported and the paper's Markdown\n"
                  f"  turned into HTML, none of our code: {floor * 1000:.0f} ms, {floor / baseline:.2f}x; the goal leaves"
                  f" {left * 1000:.0f} ms for\n  reading, scoring and writing the paper (they take"
                  f" {(medians[name] - floor) * 1000:.0f} ms)")
    return 1 if missed else 0

if __name__ == "__main__":
    sys.exit(main())
