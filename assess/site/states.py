"""Whether a built site is up to date from the state of its files alone, reading none of them.

After a build, or a check that found nothing changed by reading every file, the state (size,
modification and change times, inode) of each input when it was read, and of each output and the
manifest when they were written, is kept in the user's cache folder, one record per output folder
(outside the output, which stays the same bytes for the same inputs). The next build into that
folder does nothing when every state is as recorded, as `git status` does with its index. Anything
else falls back to the check by content: a file added, removed, touched or changed; an input changed
less than RACY_NS before it was read (two writes within one tick of the file system's clock, up to
2 s on FAT, can leave the same state); a record that is missing, damaged or of another folder.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

STATES_KEY = "0" * 64          # the record is the one entry of kind "states" in the cache
KEEP = 8                        # output folders remembered (the most recently built)
RACY_NS = 2_000_000_000


def state(path: str, *, follow: bool = False) -> list[int] | None:
    """[size, mtime_ns, ctime_ns, inode] of a regular file (a link followed only with `follow`), else None."""
    try:
        st = os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino] if stat.S_ISREG(st.st_mode) else None


def _sites(cache_dir: Path) -> dict:
    from .. import cache as datacache

    entry = datacache.read("states", STATES_KEY, cache_dir)
    try:
        return entry[0]["sites"] if isinstance(entry[0]["sites"], dict) else {}
    except (TypeError, KeyError):
        return {}


def read_record(cache_dir: Path, out: Path) -> dict | None:
    record = _sites(cache_dir).get(str(out.resolve()))
    return record if isinstance(record, dict) else None


def up_to_date(record: dict, out: Path, inputs: list[tuple[str, str]], search: bool, manifest: str) -> bool:
    """Whether every input, output and the manifest has the state `record` holds for it (and `out` is
    still a folder of its own, not a link)."""
    if os.path.islink(out):
        return False
    try:
        if record["search"] != bool(search) or record["inputs"].keys() != {label for label, _ in inputs} \
                or not isinstance(record["pages"], int) or not isinstance(record["status"], str):
            return False
        racy = record["read"] - RACY_NS
        for label, path in inputs:
            was = record["inputs"][label]
            if was[1] >= racy or was[2] >= racy or state(path, follow=True) != was:
                return False
        top = str(out)
        if state(os.path.join(top, manifest)) != record["manifest"]:
            return False
        return all(state(os.path.join(top, rel)) == was for rel, was in record["outputs"].items())
    except (KeyError, TypeError, IndexError, AttributeError):
        return False


def write_record(cache_dir: Path, out: Path, *, read: dict, search: bool, status: str, pages: int,
                 outputs, manifest: str) -> None:
    """Keep the states of this build's inputs (`read`: from `input_digest`), outputs and manifest;
    best-effort (a cache that cannot be written only makes the next check read the files)."""
    from .. import cache as datacache

    top = str(out)
    record = {"search": bool(search), "status": status, "pages": pages, "read": read["read"],
              "inputs": read["files"], "manifest": state(os.path.join(top, manifest)),
              "outputs": {rel: state(os.path.join(top, rel)) for rel in sorted(outputs)}}
    key = str(out.resolve())
    sites = {k: v for k, v in _sites(cache_dir).items() if k != key}
    kept = {**dict(list(sites.items())[-(KEEP - 1):]), key: record}      # the newest last
    datacache.write("states", STATES_KEY, {"sites": kept}, None, cache_dir)
