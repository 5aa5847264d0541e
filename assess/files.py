"""Reading input files (regular files only, bounded) and writing output files: atomically, only ever to a
regular file, never over an input."""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import Iterable

from .errors import InputError, Problem, UserError, display_path

MAX_BYTES = 5 * 1024 * 1024        # the largest input file read (YAML, answers, questionnaires)

_ANSWERS_FILE = rb"^questionnaire\s*:"      # compiled when first used


def check_output(path: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """The resolved place `path` names, or a UserError saying why nothing may be written there.

    Refused: a symbolic link, anything but a regular file (a folder, device, FIFO, socket), one of
    `inputs`, a path whose folder is missing or is a file.
    """
    path = Path(path)
    _refuse_nul(path)
    shown = display_path(path)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise UserError(_parent_is_file(path)) from None
    except OSError as exc:
        raise UserError(f"cannot write {shown} ({exc.strerror}): choose another output path") from None
    if mode is not None:
        if stat.S_ISLNK(mode):
            raise UserError(f"{shown} is a symbolic link: give the path of a regular file "
                            "(output is never written through a link)")
        if stat.S_ISDIR(mode):
            raise UserError(f"{shown} is a folder: give a file name for the output")
        if not stat.S_ISREG(mode):
            raise UserError(f"{shown} is not a regular file (a device, FIFO or socket): "
                            "give the path of a regular file")
    target = path.resolve()
    for source in inputs:
        if Path(source).resolve() == target:
            raise UserError(f"refusing to write over the input file {shown}: choose another output name")
    if not target.parent.is_dir():
        if target.parent.exists():
            raise UserError(_parent_is_file(path))
        raise UserError(f"folder {display_path(path.parent)} does not exist: "
                        "create it first or choose another output path")
    return target


def _refuse_nul(path: Path) -> None:
    if "\0" in str(path):
        raise UserError(f"{str(path)!r} holds a NUL character, which no file name can: choose another path")


def _parent_is_file(path: Path) -> str:
    folder = path.parent
    while folder != folder.parent and not folder.exists():
        folder = folder.parent
    return (f"{display_path(folder)} is a file, not a folder: {display_path(path)} cannot be written; "
            "choose another output path")


def refuse_answers_file(path: Path | str) -> None:
    """Refuse to replace an existing answers file (a YAML file starting a line with `questionnaire:`)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024) if path.is_file() else b""
    except OSError:
        return
    if re.search(_ANSWERS_FILE, head, re.MULTILINE):
        raise UserError(f"{display_path(path)} is an answers file: refusing to overwrite it; "
                        "choose another output name")


def refuse_inside(path: Path | str, folders: Iterable[Path], what: str) -> None:
    """Refuse an output inside one of `folders` (the project's own inputs, e.g. kb/)."""
    target = Path(path).resolve()
    for folder in folders:
        if target.is_relative_to(folder.resolve()):
            raise UserError(f"refusing to write {display_path(path)}: it is inside {display_path(folder)}, "
                            f"{what}; choose another output path")


def make_folder(path: Path | str) -> Path:
    """Create folder `path` (and missing parents) unless it exists; errors say what is in the way."""
    path = Path(path)
    _refuse_nul(path)
    if path.is_dir():
        return path
    if path.exists() or path.is_symlink():
        raise UserError(f"{display_path(path)} is a file, not a folder: choose a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)     # made at the same time by another build: as good
    except (NotADirectoryError, FileExistsError):
        raise UserError(_parent_is_file(path)) from None
    except OSError as exc:
        raise UserError(f"cannot create the folder {display_path(path)} ({exc.strerror}): "
                        "check its permissions or choose another place") from None
    return path


def _new_file(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """A file of a new random name in `folder`, created for us alone (mode 0600, never through a link):
    what `tempfile.mkstemp` does, without importing tempfile (3 ms of every command that writes)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(folder))


def write_atomic(path: Path | str, data: str | bytes, inputs: Iterable[Path | str] = (), *,
                 durable: bool = True) -> Path:
    """Write `data` to `path` via a temporary file and a rename, so readers never see half a file.

    Refuses what check_output refuses; the rename replaces the name itself, never a link's target,
    and a file replaced keeps its permissions. `durable` flushes the bytes to disk before the
    rename; files that are rebuilt and checked by digest (the site's pages, caches) skip that cost.
    """
    path = Path(path)
    target = check_output(path, inputs)
    folder = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)    # a file replaced keeps its permissions
    except OSError:
        mode = 0o644
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = _new_file(folder, f".{path.name}.", ".tmp")
    except OSError as exc:
        raise UserError(_cannot_write(f"in {display_path(path.parent)}", exc)) from None
    PENDING.add(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(_cannot_write(display_path(path), exc)) from None
    finally:                                # also on Ctrl-C: no partial file is left
        PENDING.discard(tmp)
        if os.path.lexists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


# temporary files being written, removed by `discard_pending` when the command is interrupted
PENDING: set[str] = set()


def discard_pending() -> None:
    """Remove the temporary files of writes not finished (the command is being stopped)."""
    for tmp in list(PENDING):
        try:
            os.unlink(tmp)
        except OSError:
            pass


DISK_FULL = "the disk is full; free some space, or choose another place"


def disk_full(exc: OSError) -> bool:
    """Whether a failed write ran out of space (a full disk, or the user's quota)."""
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def _cannot_write(what: str, exc: OSError) -> str:
    if disk_full(exc):
        return f"cannot write {what}: {DISK_FULL}"
    return f"cannot write {what} ({exc.strerror}): check its permissions or choose another output path"


_KINDS = ((stat.S_ISDIR, "is a folder, not a file", "name a .yaml file"),
          (stat.S_ISFIFO, "is a FIFO (named pipe), not a file", "name a regular .yaml file"),
          (stat.S_ISSOCK, "is a socket, not a file", "name a regular .yaml file"),
          (stat.S_ISCHR, "is a device, not a file", "name a regular .yaml file"),
          (stat.S_ISBLK, "is a device, not a file", "name a regular .yaml file"))


# a file too large, in words (assess/kb/problems.py ships them to the browser, whose pages say the same)
LARGER = "file is larger than {limit} bytes, the limit"
SPLIT = "split it or remove what is not needed"


def refuse_large(path: Path, limit: int = MAX_BYTES) -> None:
    """Refuse a file over `limit` bytes by its size alone, before anything reads or hashes it."""
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        return                      # the reading says what is wrong
    if size > limit:
        raise InputError(Problem(display_path(path), None, None, LARGER.format(limit=f"{limit:,}"), SPLIT))


def read_regular(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of the regular file `path` (links followed). A folder, FIFO, socket or
    device is refused at once, never opened for reading in a way that could wait forever."""
    shown = display_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(Problem(shown, None, None, "file not found", "check the path and spelling")) from None
    except IsADirectoryError:
        raise InputError(Problem(shown, None, None, *_KINDS[0][1:])) from None
    except OSError as exc:
        raise InputError(Problem(shown, None, None, f"cannot be read ({exc.strerror})")) from None
    except ValueError:            # a NUL in the name
        raise InputError(Problem(repr(str(path)), None, None, "is not a possible file name (it holds a NUL)")) from None
    try:
        mode = os.fstat(fd).st_mode
        for test, message, hint in _KINDS:
            if test(mode):
                raise InputError(Problem(shown, None, None, message, hint))
        chunks, size = [], 0
        while size < limit:                # bounded: a huge file cannot exhaust memory
            chunk = os.read(fd, min(limit - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(Problem(shown, None, None, f"cannot be read ({exc.strerror})")) from None
    finally:
        os.close(fd)
