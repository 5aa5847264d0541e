"""From inputs to finished documents: load, build the view, render in the asked format, write."""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import Iterable

from ..errors import UserError, display_path
from .formats import DEFAULT, FORMATS, from_suffix
from .html import slot
from .sentences import say


def check_format(fmt: str, out: str | None) -> str:
    """The output format: as given, else from the output's suffix, else html."""
    if fmt:
        return fmt
    if out and out != "-":
        return from_suffix(Path(out).suffix.lstrip(".")) or DEFAULT
    return DEFAULT


def emit(data: str | bytes, out: str | Path, inputs: Iterable[Path | str] = ()) -> Path | None:
    """Write `data` to `out` atomically (never over an input), or to stdout when `out` is '-'."""
    from ..files import write_atomic

    if str(out) == "-":
        if isinstance(data, bytes):
            raise UserError("PDF is not written to the terminal: give a file name with -o, e.g. -o report.pdf")
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:           # UTF-8 whatever the terminal's locale
            sys.stdout.flush()
            buffer.write(data.encode("utf-8"))
            buffer.flush()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()
        return None
    check_target(out, inputs)
    return write_atomic(out, data, inputs)


def check_target(out: str | Path, inputs: Iterable[Path | str] = ()) -> Path:
    """Refuse an output that is not a plain new or regular file, or that would replace an input:
    one of `inputs`, an answers file, a YAML file, or anything in the project's kb/, questionnaires/,
    templates/ or site/."""
    from ..files import check_output, refuse_answers_file, refuse_inside
    from ..resources import kb_dir, questionnaires_dir, site_assets_dir, templates_dir

    target = check_output(out, inputs)
    refuse_inside(out, (kb_dir(), questionnaires_dir(), templates_dir(), site_assets_dir()),
                  "which holds the project's inputs")
    if target.suffix.lower() in (".yaml", ".yml") and target.exists():
        raise UserError(f"{display_path(out)} is a YAML file (an input, not a document): refusing to overwrite it; "
                        "choose another output name, e.g. one ending in .md, .html or .pdf")
    refuse_answers_file(target)
    return target


def refuse_pdf_to_stdout(fmt: str, out: str | None) -> None:
    """A binary format (PDF, Word) is never written to the terminal."""
    if FORMATS[fmt].binary and out == "-":
        raise UserError(f"{FORMATS[fmt].label} is not written to the terminal: give a file name "
                        f"with -o, e.g. -o report.{fmt}")


def shown(path: Path | str) -> str:
    return display_path(path)


# ---------------------------------------------------------------- documents
def render_report(view: dict, fmt: str) -> str | bytes:
    """A recommendation report (view: assess.reports.report.report_view) in a format of `FORMATS`."""
    from .markdown import render

    caption = say("chart caption", one=escape(view["terms"]["ranking_one"]))
    figure = f'<figure class="chart">{view["chart_svg"]}<figcaption>{caption}</figcaption></figure>'
    slots = FORMATS[fmt].slots
    markdown = render("report.md.j2", r=view, chart_slot=slot("chart") if slots else "",
                      page_break=slot("break") if slots else "")
    return FORMATS[fmt].render(markdown, title=view["title"], date_iso=view["date"]["iso"], slots={"chart": figure},
                               pictures={"chart": lambda: _chart_png(view)},
                               description=view["summary"]["text"], kind="report")


def _chart_png(view: dict) -> bytes:
    from .chart_png import chart_png

    return chart_png(view["chart_rows"])


def render_brief(view: dict, fmt: str) -> str | bytes:
    from .markdown import render

    name = view["m"]["name"]
    return FORMATS[fmt].render(render("brief.md.j2", b=view), title=f"Briefing: {name}", kind="brief",
                               description=f"Briefing pack on {name} for staff and boards.")


def render_brief_index(view: dict, fmt: str) -> str | bytes:
    from .markdown import render

    return FORMATS[fmt].render(render("brief-index.md.j2", i=view), title="Briefing packs: the ten new care models",
                               kind="brief")


def render_compare(view: dict, fmt: str) -> str | bytes:
    from .markdown import render

    return FORMATS[fmt].render(render("compare.md.j2", c=view),
                               title="Comparison: " + ", ".join(m["name"] for m in view["models"]), kind="compare")


# ---------------------------------------------------------------- what the CLI commands call
def report_for(files: list[Path], *, source_date_epoch: str | None = None):
    """Score answers files and build the report's view: (view, assessment)."""
    from .. import __version__
    from ..engine.assessment import run
    from .report import report_view

    a = run([Path(f) for f in files])
    inputs = []
    for f in files:
        try:
            inputs.append((Path(f).name, Path(f).read_bytes()))
        except OSError as exc:
            raise UserError(f"cannot read {display_path(f)} ({exc.strerror})") from None
    return report_view(a, inputs, version=__version__, source_date_epoch=source_date_epoch), a


def build_brief(model_id: str, fmt: str):
    from .. import __version__
    from ..kb import load
    from .brief import brief_view

    return render_brief(brief_view(load(), model_id, version=__version__), fmt)


def write_all_briefs(folder: Path, fmt: str) -> list[Path]:
    """One brief per model plus an index, in `folder` (created when its parent exists)."""
    from .. import __version__
    from ..kb import load
    from .brief import brief_file_name, brief_index_view, brief_view

    folder = Path(folder)
    if folder.is_symlink():
        raise UserError(f"{display_path(folder)} is a symbolic link: choose a real folder for the briefing packs "
                        "(output is never written through a link)")
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{display_path(folder)} is a file: give a folder for the briefing packs")
    if not folder.exists():
        if not folder.resolve().parent.is_dir():
            raise UserError(f"folder {display_path(folder.parent)} does not exist: create it first "
                            "or choose another output folder")
        try:
            folder.mkdir()
        except OSError as exc:
            raise UserError(f"cannot create {display_path(folder)} ({exc.strerror}): "
                            "check its permissions or choose another output folder") from None
    kb = load()
    written = []
    for model_id in kb.models:
        data = render_brief(brief_view(kb, model_id, version=__version__), fmt)
        written.append(emit(data, folder / brief_file_name(model_id, fmt)))
    written.append(emit(render_brief_index(brief_index_view(kb, fmt, version=__version__), fmt),
                        folder / f"index.{fmt}"))
    return written


def build_compare(model_ids: list[str], fmt: str):
    from .. import __version__
    from ..kb import load
    from .compare import compare_view

    kb = load()
    seen = set()
    for model_id in model_ids:
        kb.model(model_id)                      # unknown ids: a message with the closest ones
        if model_id in seen:
            raise UserError(f"model '{model_id}' is given twice: name each model once")
        seen.add(model_id)
    return render_compare(compare_view(kb, list(model_ids), version=__version__), fmt)


def demo_example() -> Path:
    """The bundled answers file the demo scores: examples/mcp.yaml, else the first answers file."""
    from ..engine.answers import read_questionnaire_id
    from ..errors import InputError
    from ..resources import examples_dir

    folder = examples_dir()
    preferred = folder / "mcp.yaml"
    if preferred.is_file():
        return preferred
    for path in sorted(folder.glob("*.yaml")):
        try:
            read_questionnaire_id(path)
        except InputError:
            continue
        return path
    raise UserError(f"no example answers file in {display_path(folder)}")
