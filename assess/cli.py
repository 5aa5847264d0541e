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


def _table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
