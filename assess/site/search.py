"""The search index: pagefind, run on the built site when it is installed."""
from __future__ import annotations

from pathlib import Path

SEARCH_DIR = "pagefind"


def search_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("pagefind") is not None


def collect(out: Path, folder: str) -> dict[str, bytes]:
    base = out / folder
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()} \
        if base.is_dir() else {}


def no_search(search: bool) -> str:
    return "not asked for" if not search else "skipped: pagefind is not installed (pip install 'pagefind[extended]')"


def _pagefind_command() -> list[str]:
    """The pagefind binary that `pip install 'pagefind[extended]'` ships (no Python start-up), else `python -m pagefind`."""
    import importlib
    import sys

    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            return [str(importlib.import_module(package).get_executable())]
        except (ImportError, FileNotFoundError, AttributeError):
            continue
    return [sys.executable, "-m", "pagefind"]


def start_pagefind(out: Path):
    """Start indexing the pages already written in `out` with pagefind; `finish_pagefind` waits for it."""
    import subprocess

    try:
        return subprocess.Popen(_pagefind_command() + ["--site", str(out), "--silent"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as exc:
        return f"failed: {exc}"


def finish_pagefind(process) -> str:
    """Wait for the pagefind run `start_pagefind` began; a short status for the progress line."""
    import subprocess

    if isinstance(process, str):
        return process
    try:
        stdout, stderr = process.communicate(timeout=300)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        process.communicate()
        return f"failed: {exc}"
    if process.returncode != 0:
        return "failed: " + (stderr.strip() or stdout.strip() or f"exit {process.returncode}")[:300]
    return "indexed with pagefind"
