"""Writing output files: atomically, never over an input, with errors a user can act on."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import UserError, display_path


def write_atomic(path: Path | str, data: str | bytes, inputs: Iterable[Path | str] = (), *,
                 durable: bool = True) -> Path:
    """Write `data` to `path` via a temporary file and a rename, so readers never see half a file.

    Refuses to write over any of `inputs`; a missing or unwritable folder is a UserError.
    `durable` flushes the bytes to disk before the rename; files that are rebuilt
    and checked by digest (the site's pages, caches) skip that cost.
    """
    path = Path(path)
    target = path.resolve()
    for source in inputs:
        if Path(source).resolve() == target:
            raise UserError(f"refusing to write over the input file {display_path(path)}: choose another output name")
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"folder {display_path(path.parent)} does not exist: create it first or choose another output path")
    if path.is_dir():
        raise UserError(f"{display_path(path)} is a folder: give a file name for the output")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write in {display_path(path.parent)} ({exc.strerror}): "
                        "check its permissions or choose another output path") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {display_path(path)} ({exc.strerror})") from None
    return path
