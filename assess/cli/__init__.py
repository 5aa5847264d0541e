"""The `assess` command line: parse arguments, call the core, print.

One module per command group; each command is a thin call into the core.
Only click is imported at start-up; everything else is imported inside the
command that needs it, so `assess --help` stays fast.

May import every other part of `assess` (nothing imports `assess.cli`).
"""
from __future__ import annotations

import click

from .. import __version__
from .assessment import lint, run_command, score
from .documents import brief, compare, demo, report
from .governance import budget, vote
from .group import Group
from .kb import kb
from .site import site


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="assess")
def main():
    """Choose a new care model: browse the knowledge base, run the guided
    assessment, and write recommendations and briefing packs."""


for command in (kb, score, run_command, lint, report, brief, compare, demo, site, vote, budget):
    main.add_command(command)
