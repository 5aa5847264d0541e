"""Where the bundled knowledge base, questionnaires, templates, fonts and site assets live."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder holding kb/, questionnaires/, templates/, fonts/, site/ and examples/.

    In a source checkout (or an editable install) that is the repository;
    in a wheel the same folders are installed under assess/_data.
    """
    checkout = _PACKAGE.parent
    if (checkout / "kb" / "sources.yaml").is_file():
        return checkout
    return _PACKAGE / "_data"


def kb_dir() -> Path:
    return data_root() / "kb"


def questionnaires_dir() -> Path:
    return data_root() / "questionnaires"


def templates_dir() -> Path:
    return data_root() / "templates"


def fonts_dir() -> Path:
    return data_root() / "fonts"


def site_assets_dir() -> Path:
    return data_root() / "site"


def examples_dir() -> Path:
    return data_root() / "examples"
