"""`assess kb list | show | validate`: browse and check the knowledge base."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import Group
from .text import table, visible


# ---------------------------------------------------------------- kb
@click.group(cls=Group)
def kb():
    """Browse and check the knowledge base."""


@kb.command("list")
def kb_list():
    """List the care models: id, name, family."""
    from ..kb import load

    base = load()
    rows = [(m["id"], m["name"], base.family(m["family"])["name"]) for m in base.models.values()]
    click.echo(table(("id", "name", "family"), rows))


@kb.command("show")
@click.argument("model_id")
def kb_show(model_id):
    """Print one care model as Markdown, with its sources."""
    from ..kb import load
    from ..reports.markdown import render_model_markdown

    base = load()
    click.echo(render_model_markdown(base, base.model(model_id)), nl=False)


@kb.command("validate")
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def kb_validate(directory):
    """Check the knowledge base (default: the bundled kb/): every problem at once."""
    from ..errors import display_path
    from ..kb import validate
    from ..resources import kb_dir

    problems = validate(directory)
    shown = display_path(directory or kb_dir())
    if problems:
        for p in problems:
            click.echo(visible(str(p), newlines=True), err=True)
        click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {shown}", err=True)
        sys.exit(1)
    click.echo(f"{shown}: knowledge base is valid")
