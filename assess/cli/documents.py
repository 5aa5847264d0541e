"""`assess report`, `brief`, `compare` and `demo`: recommendation reports and briefing packs."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import UserError
from ..reports.formats import FORMATS
from .text import visible

# ---------------------------------------------------------------- reports and briefing packs
_OUT_HELP = "Output file, or - for standard output (md and html only)."


# the formats and, from the table, the extra each binary one needs
_FORMAT_HELP = "Output format (default: from the -o suffix, else html; " + ", ".join(
    f"{f.name} needs pip install 'care-models[{f.extra}]'" for f in FORMATS.values() if f.extra) + ")."

@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              help=_FORMAT_HELP)
@click.option("-o", "--output", "out", metavar="OUT",
              help=_OUT_HELP + " Default: <first answers file>-report.<format> in the current folder.")
def report(files, fmt, out):
    """Write a recommendation report from answers files (several files: one per respondent).

    The report gives the recommended model, the ranking of every care model, why
    the top three fit, what would change the result, collaborative alternatives,
    the legal form and check-and-challenge questions, with sources. Set
    SOURCE_DATE_EPOCH to date it; the same inputs give byte-identical output.
    """
    import os

    from ..errors import display_path
    from ..reports.documents import (
        check_format,
        emit,
        refuse_pdf_to_stdout,
        render_report,
        report_for,
    )

    fmt = check_format(fmt, out)
    refuse_pdf_to_stdout(fmt, out)
    target = out or f"{files[0].stem}-report.{fmt}"
    view, _ = report_for(list(files), source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"))
    written = emit(render_report(view, fmt), target, inputs=files)
    if written:
        click.echo(f"wrote {display_path(written)}")


@click.command()
@click.argument("model_id", required=False)
@click.option("--all", "all_models", is_flag=True, help="One briefing pack per model, plus an index, into a folder.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              help=_FORMAT_HELP)
@click.option("-o", "--output", "out", metavar="OUT",
              help=_OUT_HELP + " Default: <id>-brief.<format>; with --all, a folder (default briefs/).")
def brief(model_id, all_models, fmt, out):
    """Write a briefing pack on one care model (ID) or on every model (--all) for staff and boards."""
    from ..errors import display_path
    from ..reports.documents import (
        build_brief,
        check_format,
        emit,
        refuse_pdf_to_stdout,
        write_all_briefs,
    )

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


@click.command()
@click.argument("model_ids", nargs=-1, required=True, metavar="ID ID...")
@click.option("--format", "fmt", type=click.Choice([f.name for f in FORMATS.values() if not f.binary]), default="md",
              show_default=True)
@click.option("-o", "--output", "out", default="-", metavar="OUT", help="Output file (default: standard output).")
def compare(model_ids, fmt, out):
    """Compare care models side by side, section by section."""
    from ..errors import display_path
    from ..reports.documents import build_compare, emit

    if len(model_ids) < 2:
        raise click.UsageError("give at least two model ids to compare")
    written = emit(build_compare(list(model_ids), fmt), out)
    if written:
        click.echo(f"wrote {display_path(written)}")


@click.command()
@click.option("-o", "--output-dir", "folder", default=".", type=click.Path(path_type=Path), show_default=True,
              help="Folder for the report files.")
def demo(folder):
    """Score a bundled example and write its report (HTML and Markdown; PDF when available)."""
    import os

    from ..errors import display_path
    from ..reports.documents import (
        check_target,
        demo_example,
        emit,
        render_report,
        report_for,
    )
    from ..reports.pdf import pdf_available

    example = demo_example()
    for fmt in ("html", "md", "pdf"):             # fail before saying anything
        check_target(folder / f"care-models-demo.{fmt}", inputs=[example])
    view, a = report_for([example], source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"))
    result = a.result
    click.echo(f"Scored the example {display_path(example)} ({visible(result['respondents'][0]['label'])}).")
    decision = view["decision"]                   # said as the paper's first page says it
    click.echo(decision["headline"] + (f", fit {decision['fit']}" if decision["fit"] else "")
               + f"; confidence: {decision['confidence']}")
    click.echo("Best fits:")
    for t in view["top"]:
        click.echo(f"  {t['rank']}. {t['name']}: {t['fit']}")
    written = [emit(render_report(view, fmt), folder / f"care-models-demo.{fmt}", inputs=[example])
               for fmt in ("html", "md")]
    note = ""
    if pdf_available():
        try:
            written.append(emit(render_report(view, "pdf"), folder / "care-models-demo.pdf", inputs=[example]))
        except UserError as exc:
            note = f"(no PDF: {exc})"
    else:
        note = f"(no PDF: pip install 'care-models[{FORMATS['pdf'].extra}]' for one)"
    click.echo("Report written to:")
    for path in written:
        click.echo(f"  {display_path(path)}")
    if note:
        click.echo(note)
