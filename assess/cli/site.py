"""`assess site build | serve`: the static site for staff."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import UserError
from .group import Group, long_lived
from .text import visible


# ---------------------------------------------------------------- site
@click.group(cls=Group)
def site():
    """Build and preview the static site for staff."""


@site.command("build")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=Path("_site"), show_default=True,
              help="Folder to build the site in.")
@click.option("--kb", "kb_root", type=click.Path(path_type=Path), default=None, metavar="DIR",
              help="Knowledge-base folder (default: the bundled kb/).")
@click.option("--questionnaire", type=click.Path(path_type=Path), default=None,
              help="Questionnaire for the in-browser assessment (default: the bundled care-model-fit).")
@click.option("--no-search", is_flag=True, help="Do not build the search index.")
@click.option("--force", is_flag=True, help="Render every page again, even when nothing changed.")
@click.option("--no-cache", is_flag=True, help="Neither use nor keep the cache of earlier builds "
                                                "($CARE_MODELS_CACHE, else ~/.cache/care-models).")
@click.option("-v", "--verbose", is_flag=True, help="Also print the time of each phase of the build, and what the "
                                                    "cache left out and why.")
def site_build(output, kb_root, questionnaire, no_search, force, no_cache, verbose):
    """Build the site: every page from kb/, the assessment, search."""
    from ..site.build import build
    from .group import CACHE_NOTES

    meta = click.get_current_context().meta
    meta[CACHE_NOTES] = meta.get(CACHE_NOTES) or verbose

    def echo(text, newline=True):
        click.echo(text, nl=newline)
        sys.stdout.flush()

    result = build(output, kb_root=kb_root, questionnaire=questionnaire, search=not no_search, force=force,
                   cache=False if no_cache else None, echo=echo, verbose=verbose)
    for warning in result.warnings:
        click.echo(f"warning: {visible(warning)}", err=True)
    if not result.skipped:
        click.echo(f"site in {output}/: open {output}/index.html, or run 'assess site serve -d {output}'")


@site.command("serve")
@click.option("-d", "--directory", type=click.Path(path_type=Path), default=Path("_site"), show_default=True,
              help="Built site to serve.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
def site_serve(directory, port):
    """Serve the built site on 127.0.0.1 for a local preview (Ctrl+C stops)."""
    from ..site.serve import HOST, make_server

    if not (directory / "index.html").is_file():
        raise UserError(f"no built site in {directory}: run 'assess site build -o {directory}' first")
    try:
        server = make_server(directory, port)
    except OSError as exc:
        raise UserError(f"cannot serve on {HOST}:{port} ({exc.strerror}): choose another --port") from None
    click.echo(f"serving {directory} at http://{HOST}:{server.server_address[1]}/ (Ctrl+C stops)")
    long_lived()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
