"""Knowledge bases of 10, 100 and 1,000 models: validate, score one, score 10,000 and build the site.

    python benchmarks/scale.py [--models N ...] [--keep DIR]

For each N it writes a synthetic KB and questionnaire: the bundled ten models
and N - 10 copies of them (`mcp-2`, ... each in its original's family, aligned
to its objectives, weighted as its original in every option of the
questionnaire, with the same exclusion rules). Then it times, each in a fresh
process as a user runs it: `assess kb validate DIR` (always a full check),
`assess score one.yaml --kb DIR --questionnaire Q` (warm cache) and
`assess site build --kb DIR --questionnaire Q` (into a new folder, search
included, the built-site cache off), and in this process the arithmetic of
10,000 answer sets (`rank_many`: fits, ranges, exclusions and the changes that
move the top; OPENBLAS_NUM_THREADS=1). It prints the growth per model from 10
to 100 and from 100 to 1,000 models; "flat" means the second is at most 1.5x
the first. Exits 1 when a goal is missed: at 1,000 models score one < 0.5 s,
site build < 10 s, growth flat.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# time the tool as a user runs it, its bytecode compiled (pip compiles on install, a checkout writes
# __pycache__ on its first run): a shell that sets PYTHONDONTWRITEBYTECODE would time compiling every module
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))      # this checkout's assess, not an installed one

GOALS = {"score one": 0.5, "site build": 10.0}
FLAT = 1.5


def _dump(path: Path, data, flow: bool | None = False) -> None:
    """YAML of plain data (a JSON round trip first, so no object is shared and no anchor written)."""
    import yaml

    path.write_text(yaml.safe_dump(json.loads(json.dumps(data)), sort_keys=False, allow_unicode=True, width=120,
                                   default_flow_style=flow), encoding="utf-8")


def _read(path: Path):
    from assess.kb.yamlsafe import load_file

    return load_file(path).data


def make_kb(folder: Path, n: int) -> tuple[Path, Path, Path]:
    """A KB of n models and its questionnaire and answers file in `folder`: (kb, questionnaire, answers)."""
    kb = folder / "kb"
    shutil.copytree(REPO / "kb", kb)
    originals = [p.stem for p in sorted((kb / "models").glob("*.yaml"), key=lambda p: _read(p)["option"])]
    clones: dict[str, list[str]] = {m: [] for m in originals}
    for k in range(len(originals), n):
        source = originals[k % len(originals)]
        clone = f"{source}-{k // len(originals) + 1}"
        clones[source].append(clone)
        data = _read(kb / "models" / f"{source}.yaml")
        data.update(id=clone, option=k + 1, name=f"{data['name']} {k // len(originals) + 1}")
        _dump(kb / "models" / f"{clone}.yaml", data)
    families = _read(kb / "families.yaml")
    for family in families["families"]:
        family["models"] = [m for original in family["models"] for m in [original, *clones[original]]]
    _dump(kb / "families.yaml", families)
    objectives = _read(kb / "objectives.yaml")
    objectives["alignment"] = [dict(link, model=m) for link in objectives["alignment"]
                               for m in [link["model"], *clones[link["model"]]]]
    _dump(kb / "objectives.yaml", objectives)
    q = _read(REPO / "questionnaires" / "care-model-fit.yaml")
    q["targets"]["ranking"] = [m for original in q["targets"]["ranking"] for m in [original, *clones[original]]]
    for section in q["sections"]:
        for question in section["questions"]:
            for option in question.get("options", question.get("bands", ())):
                weights = option.get("weights", {})
                for original in list(weights):
                    for clone in clones.get(original, ()):
                        weights[clone] = {"points": weights[original]["points"], "derived": True,
                                          "reason": "Copy."}     # short: 1,000 models stay under 5 MB
    q["rules"] = [dict(rule, target=m) for rule in q["rules"] for m in [rule["target"], *clones.get(rule["target"], ())]]
    _dump(folder / "questionnaire.yaml", q, flow=None)     # weights on one line each: under the 5 MB limit
    shutil.copy(REPO / "examples" / "mcp.yaml", folder / "one.yaml")
    return kb, folder / "questionnaire.yaml", folder / "one.yaml"


def _run(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "assess", *args], cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"assess {' '.join(args)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return seconds


def _batch(kb: Path, questionnaire: Path, sets: int = 10_000) -> float:
    from assess.engine.questionnaire import load as load_questionnaire
    from assess.engine.sampling import random_answers
    from assess.engine.scoring import rank_many
    from assess.kb import load

    q = load_questionnaire(questionnaire, load(kb))
    rng = random.Random(1)
    answer_sets = [random_answers(q, rng, dont_know=0.2) for _ in range(sets)]
    started = time.perf_counter()
    rank_many(q, answer_sets)
    return time.perf_counter() - started


def measure(n: int, folder: Path, rounds: int) -> dict[str, float]:
    kb, questionnaire, answers = make_kb(folder, n)
    env = {**os.environ, "CARE_MODELS_CACHE": str(folder / "cache"), "PYTHONPATH": str(REPO)}
    score = ["score", str(answers), "--kb", str(kb), "--questionnaire", str(questionnaire)]
    _run(score, env)         # fill the cache (untimed)
    times = {"validate": [], "score one": [], "site build": []}
    for r in range(rounds):
        times["validate"].append(_run(["kb", "validate", str(kb)], env))
        times["score one"].append(_run(score, env))
        times["site build"].append(_run(["site", "build", "-o", str(folder / f"site-{r}"), "--kb", str(kb),
                                         "--questionnaire", str(questionnaire), "--no-cache"], env))
    out = {key: min(values) for key, values in times.items()}
    out["score 10k"] = _batch(kb, questionnaire)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--rounds", type=int, default=2, help="best of this many runs of each command")
    parser.add_argument("--keep", type=Path, help="write the KBs here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="scale-"))
    results = {}
    try:
        for n in args.models:
            results[n] = measure(n, base / f"models-{n}", args.rounds)
            print(f"{n:5} models: " + ", ".join(f"{k} {v:.2f} s" for k, v in results[n].items()), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return report(results)


def report(results: dict[int, dict[str, float]]) -> int:
    missed = 0
    sizes = sorted(results)
    for key in ("validate", "score one", "score 10k", "site build"):
        steps = [(a, b, (results[b][key] - results[a][key]) / (b - a)) for a, b in zip(sizes, sizes[1:])]
        text = "; ".join(f"{a}->{b}: {g * 1000:.2f} ms/model" for a, b, g in steps)
        verdict = ""
        if len(steps) >= 2:
            ratio = steps[-1][2] / steps[-2][2] if steps[-2][2] > 0 else float("inf")
            flat = ratio <= FLAT or steps[-1][2] <= 0.0005
            missed += not flat
            verdict = f" (last/first {ratio:.2f}: {'flat' if flat else 'NOT flat'})"
        print(f"growth per model, {key:10}: {text}{verdict}")
    largest = sizes[-1]
    for key, goal in GOALS.items():
        if largest >= 1000:
            ok = results[largest][key] < goal
            missed += not ok
            print(f"{key} with {largest} models: {results[largest][key]:.2f} s (goal < {goal:g} s) "
                  f"{'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
