"""The fonts the PDF and the Word chart are set in, shipped with the package (Liberation, SIL OFL 1.1).

A paper's page breaks depend on the widths of its letters, so a PDF set in
whatever fonts a machine happens to have paginates differently from one
machine to the next. The PDF is set in the shipped files instead: a stylesheet
given to WeasyPrint alone declares them with @font-face and names them for
every element (`!important`: WeasyPrint takes it as a user stylesheet, which
an author's rule would otherwise outrank), so the HTML page (the same bytes as the browser's) carries no
reference to a file. Liberation Sans has the widths of Arial.
"""
from __future__ import annotations

from pathlib import Path
from urllib.request import url2pathname

from ..resources import fonts_dir

SANS = "Liberation Sans"
MONO = "Liberation Mono"
FACES = (   # (family, weight, style, file)
    (SANS, "normal", "normal", "LiberationSans-Regular.ttf"),
    (SANS, "bold", "normal", "LiberationSans-Bold.ttf"),
    (SANS, "normal", "italic", "LiberationSans-Italic.ttf"),
    (SANS, "bold", "italic", "LiberationSans-BoldItalic.ttf"),
    (MONO, "normal", "normal", "LiberationMono-Regular.ttf"),
    (MONO, "normal", "italic", "LiberationMono-Regular.ttf"),   # code in an italic line stays upright
)


def font_file(name: str) -> Path:
    return fonts_dir() / name


def font_css() -> str:
    """The PDF's own stylesheet: the shipped faces, named for the body, code and the page's margin boxes."""
    faces = "".join(
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: {style}; '
        f'src: url("{font_file(name).as_uri()}"); }}\n' for family, weight, style, name in FACES)
    sans, mono = f'"{SANS}", sans-serif !important', f'"{MONO}", monospace !important'
    return (faces + f"html, body {{ font-family: {sans}; }}\ncode {{ font-family: {mono}; }}\n"
            f"@page {{ @bottom-left {{ font-family: {sans}; }} @bottom-right {{ font-family: {sans}; }} }}\n")


def shipped_font(url: str) -> Path | None:
    """The shipped font file a file: URL names, or None for any other URL (nothing else is read)."""
    if not url.startswith("file:"):
        return None
    path = Path(url2pathname(url.split("?")[0].removeprefix("file:"))).resolve()
    allowed = {font_file(name).resolve() for *_, name in FACES}
    return path if path in allowed else None
