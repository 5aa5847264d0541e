"""The `assess` command line: parse arguments, call the core, print.

One module per command group; each command is a thin call into the core.
Only click is imported at start-up; a command's module is imported when that
command runs (or --help lists them all), and the core inside the command, so
every command starts fast.

May import every other part of `assess` (nothing imports `assess.cli`).
"""
from __future__ import annotations

import atexit
import gc

import click

from .. import __version__
from .group import CACHE_NOTES, LazyGroup

# Python collects every cycle once more at exit, but only while the collector is on: a command that
# leaves a large heap (a thousand models) would spend its last 10 ms there, for memory freed anyway.
atexit.register(gc.disable)

# command name -> "module:attribute" under assess.cli
COMMANDS = {
    "kb": "kb:kb", "score": "assessment:score", "run": "assessment:run_command", "lint": "assessment:lint",
    "report": "documents:report", "brief": "documents:brief", "compare": "documents:compare",
    "demo": "documents:demo", "site": "site:site", "vote": "governance:vote", "budget": "governance:budget",
}


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="assess")
@click.option("-v", "--verbose", is_flag=True,
              help="Also say what the cache left out and why (an entry made again, a folder not used).")
@click.pass_context
def main(ctx, verbose):
    """Choose a new care model: browse the knowledge base, run the guided
    assessment, and write recommendations and briefing packs."""
    ctx.meta[CACHE_NOTES] = verbose
