"""`assess score`, `assess run` and `assess lint`: the guided assessment."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .text import clip, table, visible, visible_data, visible_json


# ---------------------------------------------------------------- assessment
@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the score result as JSON (the documented contract).")
def score(files, as_json):
    """Score answers files against the care models (several files: one per respondent)."""
    from ..engine.assessment import run, to_json

    result = run(list(files)).result
    click.echo(visible_json(to_json(result)) if as_json else _score_text(visible_data(result)), nl=not as_json)


@click.command("run")
@click.argument("questionnaire", required=False)
@click.option("--resume", type=click.Path(path_type=Path), metavar="FILE",
              help="Carry on with an answers file saved earlier (its questionnaire is used).")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="FILE",
              help="Where to save the answers (default: answers.yaml; with --resume, the resumed file).")
def run_command(questionnaire, resume, output):
    """Answer a questionnaire in the terminal, one question at a time.

    QUESTIONNAIRE is a questionnaire id (default: care-model-fit) or the path
    of a questionnaire .yaml file. Every answer is saved to the answers file
    as it is given; at any question type ? for help, b to go back, s to skip
    ("don't know") or q to save and quit, and carry on later with --resume.

    It needs a terminal: with input from a pipe or file it stops at once (score
    an answers file with 'assess score FILE'). For tests and scripts, the
    environment variable ASSESS_FORCE_TTY=1 makes it read the answers from
    standard input anyway.
    """
    from ..interview.terminal import main as interview_main

    sys.exit(interview_main(questionnaire, resume, output))


@click.command()
@click.argument("questionnaires", nargs=-1)
def lint(questionnaires):
    """Self-check questionnaires (ids or files; default: all bundled ones)."""
    from ..engine.assessment import questionnaire_path
    from ..engine.lint import lint as run_lint
    from ..engine.questionnaire import load as load_questionnaire
    from ..errors import InputError, display_path
    from ..kb import load
    from ..kb.yamlsafe import load_file
    from ..resources import questionnaires_dir

    base = load()
    paths = [Path(x) if x.endswith((".yaml", ".yml")) else questionnaire_path(x) for x in questionnaires] \
        or sorted(questionnaires_dir().glob("*.yaml"))
    failed = 0
    for path in paths:
        try:
            problems = run_lint(load_questionnaire(path, base), load_file(path))
        except InputError as exc:
            problems = exc.problems
        for p in problems:
            click.echo(visible(str(p), newlines=True), err=True)
        failed += len(problems)
        click.echo(f"{display_path(path)}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    if failed:
        sys.exit(1)


def _score_text(result: dict) -> str:
    lines = []
    people = [r["label"] for r in result["respondents"]]
    lines.append(f"{result['questionnaire']}: {len(people)} respondent{'s' if len(people) > 1 else ''} "
                 f"({'; '.join(people)})")
    rows = []
    for rank, r in enumerate(result["ranking"], 1):
        why = "; ".join(f"{x['answer_label']} ({x['points']:+g})" for x in r["reasons"][:2])
        if r["excluded"]:
            why = "excluded: " + r["exclusion"]["reason"]
        rows.append((rank, clip(r["name"], 34), f"{r['score']:.1f}", f"{r['low']:.0f}-{r['high']:.0f}", clip(why, 70)))
    lines += ["", table(("rank", result["terms"]["ranking_one"], "fit", "range", "top reasons"), rows)]
    if result["alternatives"]:
        lines += ["", f"{result['terms']['alternatives'].capitalize()}: " + ", ".join(
            f"{a['name']} {a['score']:.1f}" for a in result["alternatives"])]
    if result["legal_forms"]:
        best = result["legal_forms"][0]
        lines += [f"Suggested {result['terms']['legal_forms']}: {best['name']} ({best['score']:.1f})"]
    if result["dont_know"]:
        lines += [f"Not known: {len(result['dont_know'])} question(s) answered “don't know” or left out; "
                  "the range shows what they could change."]
    lines += ["", f"What would change the top {result['terms']['ranking_one']}:"]
    if result["sensitivity"]:
        for s in result["sensitivity"][:8]:
            who = f"{s['respondent']}: " if "respondent" in s else ""
            lines.append(f"  - {who}{s['question_text']} now {s['answer']}; {s['change_to']} -> "
                         f"{s['new_top']} leads by {s['margin']:.1f}")
        if len(result["sensitivity"]) > 8:
            lines.append(f"  ... and {len(result['sensitivity']) - 8} more (see --json or assess report)")
    else:
        lines.append("  no single answer change would change it")
    lines += ["", f"{len(result['challenge'])} check-and-challenge questions: see 'assess report'."]
    return "\n".join(lines)
