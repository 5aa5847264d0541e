"""Build the static site for staff: collect pages (pure views) -> render (Jinja2) -> link glossary -> write.

`build(...)` is the only part that touches the disk: it skips the whole build
when no input changed (by the files' states, `states.py`, else by the digest of
kb/, the questionnaire, templates, assets and this code), takes a build of
inputs seen before from the cache, writes only files whose bytes changed, and
removes files an earlier build wrote that are gone.
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, NamedTuple

from ..cache import default_cache_dir
from ..kb.loader import plain_layout
from .cache import (
    MANIFEST,
    TOOL,
    cache_read,
    cache_write,
    input_digest,
    input_files,
    intact,
    read_manifest,
    sha256_hex,
)
from .states import read_record, up_to_date, write_record

MAX_PAGE_BYTES = 100 * 1024


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int
    written: int
    unchanged: int
    removed: int
    skipped: bool               # nothing changed since the last build: nothing done
    seconds: float
    search: str                 # what happened to the search index
    from_cache: bool = False    # taken from the cache of earlier builds of the same inputs
    warnings: tuple = ()        # what the manifest named that was not removed, and why


class Settings(NamedTuple):
    """What a build is asked for, worked out once from `build`'s arguments."""

    out: Path
    kb_root: Path
    questionnaire: Path | None
    search: bool
    cache_dir: Path | None               # None: no cache
    say: Callable[[str, bool], None]     # progress: say(text, newline)
    clock: "_Clock"
    verbose: bool                        # report each phase's time


def default_questionnaire() -> Path | None:
    from ..resources import questionnaires_dir

    path = questionnaires_dir() / "care-model-fit.yaml"
    return path if path.is_file() else None


def build(out: Path | str = "_site", *, kb_root: Path | None = None, questionnaire: Path | str | None = None,
          search: bool = True, force: bool = False, cache: Path | bool | None = None,
          echo: Callable[[str, bool], None] | None = None, verbose: bool = False) -> BuildResult:
    """Build the site into `out`; `echo(text, newline)` reports progress (with `verbose`, each phase's time).

    Nothing is done when `out` already holds the build of the same inputs. A
    build of inputs seen before is taken from the cache (`cache`: a folder,
    None for the default one, False for none) instead of being rendered again.
    """
    s = Settings(out=Path(out), kb_root=Path(kb_root) if kb_root else _bundled_kb(),
                 questionnaire=Path(questionnaire) if questionnaire else default_questionnaire(), search=search,
                 cache_dir=None if cache is False else
                 (default_cache_dir() if cache is None or cache is True else Path(cache)),
                 say=echo or (lambda text, newline=True: None), clock=_Clock(), verbose=verbose)
    if not plain_layout(s.kb_root):     # a broken KB folder is always built in full, to say what is wrong
        s, force = s._replace(cache_dir=None), True
    inputs = input_files(s.kb_root, s.questionnaire)
    record = None if force or s.cache_dir is None else read_record(s.cache_dir, s.out)
    if record is not None and up_to_date(record, s.out, inputs, search, MANIFEST):
        return _nothing_to_do(s, record["pages"], len(record["outputs"]), record["status"])
    _check_output(s.out)                  # only a build that may write checks where it writes
    with _locked(s.out):                  # another build into `out` finishes first; this one then finds it
        return _build_or_not(s, inputs, force)


def _build_or_not(s: Settings, inputs: list, force: bool) -> BuildResult:
    """Nothing when `s.out` holds the build of these inputs (by their digest), else the build."""
    previous = read_manifest(s.out)
    digest, read = input_digest(inputs, s.search)
    s.clock.lap("inputs")
    if not force and previous.get("digest") == digest and intact(s.out, previous):
        status = previous.get("search", "unchanged")
        if s.cache_dir is not None:        # so that the next check reads nothing
            write_record(s.cache_dir, s.out, read=read, search=s.search, status=status,
                         pages=previous.get("pages", 0), outputs=previous["files"], manifest=MANIFEST)
        return _nothing_to_do(s, previous.get("pages", 0), len(previous["files"]), status)

    cached = None if force or s.cache_dir is None else cache_read(s.cache_dir, digest)
    try:
        return _build(s, digest, read, previous, cached)
    finally:
        import gc

        gc.unfreeze()


@contextmanager
def _locked(out: Path):
    """Hold the build folder `out` for this process alone (a lock on the folder itself: no file is made)."""
    try:
        import fcntl
    except ImportError:             # no such locks (Windows): builds of one folder must not overlap
        yield
        return
    fd = os.open(out, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _nothing_to_do(s: Settings, pages: int, files: int, status: str) -> BuildResult:
    s.say(f"building {pages} pages… nothing changed, done in {s.clock.total():.2f} s", True)
    return BuildResult(s.out, pages, 0, files, 0, True, s.clock.total(), status)


def _build(s: Settings, digest: str, read: dict, previous: dict, cached: dict | None) -> BuildResult:
    """Take the build from the cache or render it, write it, keep the manifest (and the cache).
    `read`: the inputs' states as read for the digest; `previous`: the manifest of the build in `s.out`."""
    out, search, say, clock, cache_dir = s.out, s.search, s.say, s.clock, s.cache_dir
    if cached is not None:
        files, pages_count, status = cached["files"], cached["pages"], cached["search"]
        say(f"building {pages_count} pages… ", False)
        clock.lap("cache")
    else:
        files, pages_count = _render(s.kb_root, s.questionnaire, search, say, clock)
        status = "indexed" if search else "not asked for"
    written, unchanged = _write(out, files)
    clock.lap("write")
    warnings: list[str] = []
    removed = _remove_stale(out, previous, files, warnings)
    manifest = {"tool": TOOL, "digest": digest, "pages": pages_count, "search": status,
                "files": {rel: sha256_hex(files[rel]) for rel in sorted(files)}}
    _write_manifest(out, manifest)
    if cache_dir is not None:
        write_record(cache_dir, out, read=read, search=search, status=status, pages=pages_count, outputs=files,
                     manifest=MANIFEST)
    if cached is None and cache_dir is not None:
        cache_write(cache_dir, digest, pages_count, status, files)
    clock.lap("manifest and cache")
    say(f"done in {clock.total():.2f} s ({written} written, {unchanged} unchanged"
        + (f", {removed} removed" if removed else "") + ("; from the cache" if cached else "")
        + f"; search: {status})", True)
    if s.verbose:
        say(clock.report(), True)
    return BuildResult(out, pages_count, written, unchanged, removed, False, clock.total(), status, cached is not None,
                       tuple(warnings))


class _Clock:
    """Wall time of each phase of a build, for `assess site build -v`."""

    def __init__(self):
        self.started = self.last = time.perf_counter()
        self.phases: dict[str, float] = {}

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - self.last
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started

    def report(self) -> str:
        return "phases: " + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in self.phases.items())


def _bundled_kb() -> Path:
    from ..resources import kb_dir

    return kb_dir()


def _write_manifest(out: Path, manifest: dict) -> None:
    from ..files import write_atomic

    write_atomic(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def _check_output(out: Path) -> None:
    """Refuse an output folder that is part of the project, a link, a file, or a folder holding other
    files than an earlier build's; create it when missing."""
    from ..errors import UserError, display_path
    from ..files import make_folder
    from ..resources import data_root

    make_folder(out.parent if out.parent != out else out)     # refuses impossible names first
    shown = display_path(out)
    root = data_root().resolve()
    resolved = out.resolve()
    for forbidden in (root, root / "kb", root / "site", root / "templates", root / "assess", root / "questionnaires"):
        if resolved == forbidden.resolve():
            raise UserError(f"refusing to build the site into {shown}: choose an output folder of its own (e.g. _site)")
    if out.is_symlink():
        raise UserError(f"{shown} is a symbolic link: choose a real folder for the site")
    if out.exists() and not out.is_dir():
        raise UserError(f"{shown} is not a folder: choose a folder for the site")
    make_folder(out)
    try:
        foreign = any(out.iterdir()) and not read_manifest(out)
    except OSError as exc:
        raise UserError(f"cannot read the folder {shown} ({exc.strerror}): choose another output folder") from None
    if foreign:
        raise UserError(f"{shown} already holds files and is not an earlier site build (it has no record "
                        f"{MANIFEST} written by this tool): choose a new or empty folder, e.g. -o _site")


def _render(kb_root: Path, qpath: Path | None, search: bool, say: Callable[[str, bool], None],
            clock: _Clock) -> tuple[dict[str, bytes], int]:
    """(output path -> bytes of every page, asset, data script and the search index; number of pages)."""
    import gc

    from ..kb import load
    from ..resources import site_assets_dir
    from .pages import pages
    from .render import asset_files, index_script, render_site

    kb = load(kb_root)
    q = data = None
    if qpath is not None:
        from ..engine.questionnaire import load as load_questionnaire
        from .questionnaire_data import questionnaire_data

        q = load_questionnaire(qpath, kb)
        data = questionnaire_data(q, kb)
    gc.freeze()        # what was loaded lives to the end: the collector need not walk it again
    clock.lap("load")
    page_list = pages(kb, q, data)
    say(f"building {len(page_list)} pages… ", False)
    assets = asset_files(site_assets_dir())
    files = render_site(kb, page_list, search=search, assets=assets)
    if q is not None:          # the board paper's data: it holds the report's templates, read here, not by a page
        from .. import __version__
        from .page import to_script
        from .paper_data import DATA_SCRIPT, paper_data

        files[DATA_SCRIPT] = to_script(paper_data(q, kb, version=__version__), "careModelsPaper").encode("utf-8")
    files.update(assets)
    clock.lap("render")
    if search:
        files.update(index_script(files, page_list))
        clock.lap("search index")
    return files, len(page_list)


def _write(out: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write the files whose bytes changed: (written, unchanged). Never through a link out of `out`."""
    from ..errors import UserError, display_path
    from ..files import make_folder, write_atomic

    written = unchanged = 0
    top = out.resolve()
    for rel in sorted(files):
        target = out / rel
        data_bytes = files[rel]
        make_folder(target.parent)
        if not target.parent.resolve().is_relative_to(top):
            raise UserError(f"{display_path(target.parent)} leads out of {display_path(out)} (a symbolic link): "
                            "remove it, or build into a new folder")
        try:
            if (target.is_file() and not target.is_symlink() and target.stat().st_size == len(data_bytes)
                    and target.read_bytes() == data_bytes):
                unchanged += 1
                continue
        except OSError:
            pass
        write_atomic(target, data_bytes, durable=False)
        written += 1
    return written, unchanged


def _remove_stale(out: Path, previous: dict, files: dict[str, bytes], warnings: list[str]) -> int:
    """Remove the files an earlier build wrote that this one did not; how many.

    Only regular files strictly inside `out` whose bytes are still those the manifest records are
    removed; anything else the manifest names is left alone, with a warning.
    """
    removed = 0
    for rel in previous.get("rejected", []):
        warnings.append(f"ignored {rel!r} in {MANIFEST}: not a file inside the output folder")
    for rel in sorted(set(previous.get("files", {})) - set(files)):
        stale = out / rel
        try:
            if not stale.is_file() or stale.is_symlink():
                continue
            if sha256_hex(stale.read_bytes()) != previous["files"][rel]:
                warnings.append(f"left {rel}: changed since a build wrote it")
                continue
            stale.unlink()
        except OSError as exc:
            warnings.append(f"could not remove {rel} ({exc.strerror})")
            continue
        removed += 1
        _prune(stale.parent, out)
    return removed


def _prune(folder: Path, top: Path) -> None:
    while folder.resolve() != top.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def page_sizes(out: Path) -> dict[str, int]:
    """Bytes of every HTML page of a built site."""
    return {p.relative_to(out).as_posix(): p.stat().st_size for p in sorted(out.rglob("*.html"))}
