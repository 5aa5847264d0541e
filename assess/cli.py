"""The `assess` command line: parse arguments, call the core, print.

Only click is imported at start-up; everything else is imported inside the
command that needs it, so `assess --help` stays fast.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import UserError


class _Group(click.Group):
    """Turns user errors into a message and exit 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"error: {exc}" if "\n" not in str(exc) else str(exc), err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("\ninterrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - last resort: no traceback for users
            click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                       "This is a bug in care-models; please report it with the command you ran.", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="assess")
def main():
    """Choose a new care model: browse the knowledge base, run the guided
    assessment, and write recommendations and briefing packs."""


# ---------------------------------------------------------------- kb
@main.group(cls=_Group)
def kb():
    """Browse and check the knowledge base."""


@kb.command("list")
def kb_list():
    """List the ten care models: id, name, family."""
    from .kb import load

    base = load()
    rows = [(m["id"], m["name"], base.family(m["family"])["name"]) for m in base.models.values()]
    click.echo(_table(("id", "name", "family"), rows))


@kb.command("show")
@click.argument("model_id")
def kb_show(model_id):
    """Print one care model as Markdown, with its sources."""
    from .kb import load
    from .render import render_model_markdown

    base = load()
    click.echo(render_model_markdown(base, base.model(model_id)), nl=False)


@kb.command("validate")
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def kb_validate(directory):
    """Check the knowledge base (default: the bundled kb/): every problem at once."""
    from .errors import display_path
    from .kb import validate
    from .resources import kb_dir

    problems = validate(directory)
    shown = display_path(directory or kb_dir())
    if problems:
        for p in problems:
            click.echo(str(p), err=True)
        click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {shown}", err=True)
        sys.exit(1)
    click.echo(f"{shown}: knowledge base is valid")


# ---------------------------------------------------------------- assessment
@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the score result as JSON (the documented contract).")
def score(files, as_json):
    """Score answers files against the care models (several files: one per respondent)."""
    from .assessment import run, to_json

    result = run(list(files)).result
    click.echo(to_json(result) if as_json else _score_text(result), nl=not as_json)


@main.command()
@click.argument("questionnaires", nargs=-1)
def lint(questionnaires):
    """Self-check questionnaires (ids or files; default: all bundled ones)."""
    from .assessment import questionnaire_path
    from .errors import InputError, display_path
    from .kb import load
    from .lint import lint as run_lint
    from .questionnaire import load as load_questionnaire
    from .resources import questionnaires_dir
    from .yamlsafe import load_file

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
            click.echo(str(p), err=True)
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
        rows.append((rank, _clip(r["name"], 34), f"{r['score']:.1f}", f"{r['low']:.0f}-{r['high']:.0f}", _clip(why, 70)))
    lines += ["", _table(("rank", "model", "fit", "range", "top reasons"), rows)]
    if result["alternatives"]:
        lines += ["", "Collaborative alternatives: " + ", ".join(
            f"{a['name']} {a['score']:.1f}" for a in result["alternatives"])]
    if result["legal_forms"]:
        best = result["legal_forms"][0]
        lines += [f"Suggested legal form: {best['name']} ({best['score']:.1f})"]
    if result["dont_know"]:
        lines += [f"Not known: {len(result['dont_know'])} question(s) answered “don't know” or left out; "
                  "the range shows what they could change."]
    lines += ["", "What would change the top model:"]
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


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
