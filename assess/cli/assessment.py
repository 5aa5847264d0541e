"""`assess score`, `assess run` and `assess lint`: the guided assessment."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import long_lived


# ---------------------------------------------------------------- assessment
@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the score result as JSON (the documented contract).")
@click.option("--kb", "kb_root", type=click.Path(path_type=Path), metavar="DIR",
              help="Knowledge-base folder (default: the bundled kb/).")
@click.option("--questionnaire", type=click.Path(path_type=Path), metavar="FILE",
              help="Questionnaire file (default: the bundled one the answers name).")
def score(files, as_json, kb_root, questionnaire):
    """Score answers files against the care models (several files: one per respondent)."""
    from ..engine.assessment import run, to_json
    from ..kb import load
    from ..reports.score_text import score_text
    from .text import visible_data, visible_json

    result = run(list(files), load(kb_root), questionnaire).result
    text = visible_json(to_json(result)) if as_json else score_text(visible_data(_shown(result)))
    click.echo(text, nl=not as_json)


def _shown(result: dict) -> dict:
    """What `score_text` reads of `result`: each model with its first two reasons only, so only
    that is escaped for the terminal (with a thousand models, escaping every reason took longer
    than scoring)."""
    return {**result, "ranking": [{**r, "reasons": r["reasons"][:2]} for r in result["ranking"]]}


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

    long_lived()
    sys.exit(interview_main(questionnaire, resume, output))


@click.command()
@click.argument("questionnaires", nargs=-1)
def lint(questionnaires):
    """Self-check questionnaires (ids or files; default: all bundled ones)."""
    from ..engine.assessment import questionnaire_path
    from ..engine.lint import lint as run_lint
    from ..engine.questionnaire import load as load_questionnaire
    from ..errors import InputError, display_path, visible
    from ..kb import load
    from ..kb.yamlsafe import load_file
    from ..resources import questionnaires_dir

    base = load(cache=False)     # lint always validates in full
    paths = [Path(x) if x.endswith((".yaml", ".yml")) else questionnaire_path(x) for x in questionnaires] \
        or sorted(questionnaires_dir().glob("*.yaml"))
    failed = 0
    for path in paths:
        try:
            problems = run_lint(load_questionnaire(path, base, cache=False), load_file(path))
        except InputError as exc:
            problems = exc.problems
        for p in problems:
            click.echo(visible(str(p), newlines=True), err=True)
        failed += len(problems)
        click.echo(f"{display_path(path)}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    if failed:
        sys.exit(1)
