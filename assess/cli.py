"""The `assess` command line: parse arguments, call the core, print.

Only click is imported at start-up; everything else is imported inside the
command that needs it, so `assess --help` stays fast.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .cli_governance import budget, vote
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


# governance toolkit: `assess vote`, `assess budget` (click only at import)
main.add_command(vote)
main.add_command(budget)


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


@main.command("run")
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
    from .interview import main as interview_main

    sys.exit(interview_main(questionnaire, resume, output))


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


# ---------------------------------------------------------------- reports and briefing packs
_OUT_HELP = "Output file, or - for standard output (md and html only)."


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]),
              help="Output format (default: from the -o suffix, else html).")
@click.option("-o", "--output", "out", metavar="OUT",
              help=_OUT_HELP + " Default: <first answers file>-report.<format> in the current folder.")
def report(files, fmt, out):
    """Write a recommendation report from answers files (several files: one per respondent).

    The report gives the recommended model, the ranking of all ten models, why
    the top three fit, what would change the result, collaborative alternatives,
    the legal form and check-and-challenge questions, with sources. Set
    SOURCE_DATE_EPOCH to date it; the same inputs give byte-identical output.
    """
    import os

    from .errors import display_path
    from .htmlout import check_format, emit, refuse_pdf_to_stdout, render_report, report_for

    fmt = check_format(fmt, out)
    refuse_pdf_to_stdout(fmt, out)
    target = out or f"{files[0].stem}-report.{fmt}"
    view, _ = report_for(list(files), source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"))
    written = emit(render_report(view, fmt), target, inputs=files)
    if written:
        click.echo(f"wrote {display_path(written)}")


@main.command()
@click.argument("model_id", required=False)
@click.option("--all", "all_models", is_flag=True, help="One briefing pack per model, plus an index, into a folder.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]),
              help="Output format (default: from the -o suffix, else html).")
@click.option("-o", "--output", "out", metavar="OUT",
              help=_OUT_HELP + " Default: <id>-brief.<format>; with --all, a folder (default briefs/).")
def brief(model_id, all_models, fmt, out):
    """Write a briefing pack on one care model (ID) or on all ten (--all) for staff and boards."""
    from .errors import display_path
    from .htmlout import build_brief, check_format, emit, refuse_pdf_to_stdout, write_all_briefs

    if bool(model_id) == bool(all_models):
        raise click.UsageError("give one model id, or --all")
    if all_models:
        if out == "-":
            raise click.UsageError("--all writes a folder of files: give a folder with -o, not -")
        folder = Path(out or "briefs")
        written = write_all_briefs(folder, fmt or "html")
        click.echo(f"wrote {len(written)} files to {display_path(folder)}/ "
                   f"(index: {display_path(written[-1])})")
        return
    fmt = check_format(fmt, out)
    refuse_pdf_to_stdout(fmt, out)
    written = emit(build_brief(model_id, fmt), out or f"{model_id}-brief.{fmt}")
    if written:
        click.echo(f"wrote {display_path(written)}")


@main.command()
@click.argument("model_ids", nargs=-1, required=True, metavar="ID ID...")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", "out", default="-", metavar="OUT", help="Output file (default: standard output).")
def compare(model_ids, fmt, out):
    """Compare care models side by side, section by section."""
    from .errors import display_path
    from .htmlout import build_compare, emit

    if len(model_ids) < 2:
        raise click.UsageError("give at least two model ids to compare")
    written = emit(build_compare(list(model_ids), fmt), out)
    if written:
        click.echo(f"wrote {display_path(written)}")


@main.command()
@click.option("-o", "--output-dir", "folder", default=".", type=click.Path(path_type=Path), show_default=True,
              help="Folder for the report files.")
def demo(folder):
    """Score a bundled example and write its report (HTML and Markdown; PDF when available)."""
    import os

    from .errors import display_path
    from .htmlout import demo_example, emit, pdf_available, render_report, report_for

    example = demo_example()
    view, a = report_for([example], source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"))
    result = a.result
    click.echo(f"Scored the example {display_path(example)} ({result['respondents'][0]['label']}).")
    click.echo("Best fits:")
    for rank, r in enumerate([r for r in result["ranking"] if not r["excluded"]][:3], 1):
        spread = f" (range {r['low']:.0f}-{r['high']:.0f})" if f"{r['low']:.0f}" != f"{r['high']:.0f}" else ""
        click.echo(f"  {rank}. {r['name']}: {r['score']:.1f}{spread}")
    written = [emit(render_report(view, fmt), folder / f"care-models-demo.{fmt}", inputs=[example])
               for fmt in ("html", "md")]
    note = ""
    if pdf_available():
        try:
            written.append(emit(render_report(view, "pdf"), folder / "care-models-demo.pdf", inputs=[example]))
        except UserError as exc:
            note = f"(no PDF: {exc})"
    else:
        note = "(no PDF: pip install 'care-models[pdf]' for one)"
    click.echo("Report written to:")
    for path in written:
        click.echo(f"  {display_path(path)}")
    if note:
        click.echo(note)


# ---------------------------------------------------------------- site
@main.group(cls=_Group)
def site():
    """Build and preview the static site for staff."""


@site.command("build")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=Path("_site"), show_default=True,
              help="Folder to build the site in.")
@click.option("--questionnaire", type=click.Path(path_type=Path), default=None,
              help="Questionnaire for the in-browser assessment (default: the bundled care-model-fit).")
@click.option("--no-search", is_flag=True, help="Do not build the search index.")
@click.option("--force", is_flag=True, help="Render every page again, even when nothing changed.")
@click.option("--no-cache", is_flag=True, help="Neither use nor keep the cache of earlier builds "
                                                "($CARE_MODELS_CACHE, else ~/.cache/care-models).")
def site_build(output, questionnaire, no_search, force, no_cache):
    """Build the site: every page from kb/, the assessment, search."""
    from .site import build

    def echo(text, newline=True):
        click.echo(text, nl=newline)
        sys.stdout.flush()

    result = build(output, questionnaire=questionnaire, search=not no_search, force=force,
                   cache=False if no_cache else None, echo=echo)
    if result.search.startswith("failed"):
        click.echo(f"warning: search index {result.search}", err=True)
    if not result.skipped:
        click.echo(f"site in {output}/: open {output}/index.html, or run 'assess site serve -d {output}'")


@site.command("serve")
@click.option("-d", "--directory", type=click.Path(path_type=Path), default=Path("_site"), show_default=True,
              help="Built site to serve.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
def site_serve(directory, port):
    """Serve the built site on 127.0.0.1 for a local preview (Ctrl+C stops)."""
    from .serve import HOST, make_server

    if not (directory / "index.html").is_file():
        raise UserError(f"no built site in {directory}: run 'assess site build -o {directory}' first")
    try:
        server = make_server(directory, port)
    except OSError as exc:
        raise UserError(f"cannot serve on {HOST}:{port} ({exc.strerror}): choose another --port") from None
    click.echo(f"serving {directory} at http://{HOST}:{server.server_address[1]}/ (Ctrl+C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()


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
    lines += ["", _table(("rank", result["terms"]["ranking_one"], "fit", "range", "top reasons"), rows)]
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


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
