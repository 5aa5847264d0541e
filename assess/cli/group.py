"""The click group class of every command group: user errors become a message and exit 1, never a traceback."""
from __future__ import annotations

import gc
import os
import signal
import sys

import click

from ..errors import UserError
from .text import visible

CACHE_NOTES = "assess.cache_notes"       # ctx.meta: print what the cache left out (`assess -v`, `site build -v`)

# COLLECTOR: Python's cyclic garbage collector is off while a command runs (and, run as `assess` or
# `python -m assess`, while it starts). Every 700 new objects it walks the young ones, and while the
# libraries and the data load nearly every object lives to the end and none is a cycle to free: it found
# nothing and took 8 ms of a report's 100, 50 ms of a site build's 250. Memory is freed by reference
# counting as before; the few cycles left (about 4,000 objects in a site build) go with the process.
# The commands that live long (`site serve`, the interview) turn it back on.


class Group(click.Group):
    """Turns user errors into a message and exit 1, never a traceback.

    A reader that stops early (`assess kb show mcp | head -1`) is no error: the broken pipe goes to
    click, which exits 1 without a word.
    """

    def invoke(self, ctx):
        collecting = ctx.parent is None and gc.isenabled()
        if collecting:
            gc.disable()                # COLLECTOR
        top = ctx.parent is None and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if top:
            try:
                signal.signal(signal.SIGINT, _interrupted)
            except ValueError:          # not the main thread (an embedding program): leave signals alone
                top = False
        try:
            return self._invoke(ctx)
        finally:
            if top:
                signal.signal(signal.SIGINT, signal.default_int_handler)
            if collecting:
                gc.enable()
            if ctx.parent is None and ctx.meta.get(CACHE_NOTES):
                from ..cache import notes

                for text in notes():
                    click.echo(f"note: {visible(text)}", err=True)

    def _invoke(self, ctx):
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()          # a closed pipe shows here, not at exit
            return result
        except UserError as exc:
            text = visible(str(exc), newlines=True)
            click.echo(f"error: {text}" if "\n" not in text else text, err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort, BrokenPipeError):
            raise
        except KeyboardInterrupt:
            click.echo("\ninterrupted", err=True)
            ctx.exit(130)
        except OSError as exc:
            from ..files import DISK_FULL, disk_full

            if not disk_full(exc):
                _internal_error(ctx, exc)
            click.echo(f"error: {DISK_FULL}", err=True)
            ctx.exit(1)
        except Exception as exc:  # noqa: BLE001 - last resort: no traceback for users
            if isinstance(exc, ValueError) and "null byte" in str(exc):      # e.g. click checking a path
                click.echo("error: a file name holds a NUL character, which no file name can: "
                           "check the arguments", err=True)
                ctx.exit(2)
            _internal_error(ctx, exc)


def _internal_error(ctx, exc: Exception) -> None:
    click.echo(f"internal error: {type(exc).__name__}: {visible(str(exc))}\n"
               "This is a bug in care-models; please report it with the command you ran.", err=True)
    ctx.exit(1)


def long_lived() -> None:
    """A command that lives long (a server, an interview) takes back what a short one is given: the collector
    on again (COLLECTOR), and Ctrl-C a KeyboardInterrupt the command answers itself (saving the answers and
    saying how to carry on, or closing the server) instead of `_interrupted`'s exit at once."""
    gc.enable()
    if signal.getsignal(signal.SIGINT) is _interrupted:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _interrupted(signum, frame) -> None:
    """Ctrl-C: stop at once, whatever runs (a library may swallow KeyboardInterrupt in a callback, and
    worker threads would go on): remove unfinished output, say so, exit 130."""
    from ..files import discard_pending

    discard_pending()
    try:
        sys.stderr.write("\ninterrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(130)


class LazyGroup(Group):
    """A group whose commands are imported only when used (`lazy`: name -> "module:attribute")."""

    def __init__(self, *args, lazy: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx, name):
        if name in self.lazy and name not in self.commands:
            from importlib import import_module

            module, attribute = self.lazy[name].split(":")
            self.add_command(getattr(import_module(f"{__package__}.{module}"), attribute), name)
        return super().get_command(ctx, name)
