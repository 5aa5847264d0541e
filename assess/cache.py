"""Validated data cached by content digest, in the user's cache folder (never in the project).

An entry is one file: a JSON header line (format, kind, key, SHA-256 of the
payload, the sizes of its parts) and the payload: plain data as JSON, then
named blobs (bytes the caller parses when it needs them, e.g. one JSON
document per care model). Reading checks the key and the payload's SHA-256
before parsing, so a stale, truncated or edited entry is never trusted (the
caller validates again and writes a fresh one); nothing in the file is ever
run as code. Writing is atomic and best-effort: a cache that cannot be written
only costs time.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable

FORMAT = 2
KEEP = 4                       # entries kept per kind (the newest)
_PACKAGE = Path(__file__).resolve().parent


def default_cache_dir() -> Path:
    """$CARE_MODELS_CACHE, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)/care-models."""
    if os.environ.get("CARE_MODELS_CACHE"):
        return Path(os.environ["CARE_MODELS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "care-models"


def code_version(*modules: str) -> bytes:
    """The tool version and the source of the modules (paths under assess/) that shape cached data."""
    import hashlib

    from . import __version__

    h = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for rel in modules:
        h.update(rel.encode() + b"\0" + (_PACKAGE / rel).read_bytes())
    return h.digest()


def tree_digest(*paths: Path) -> str:
    """SHA-256 over the bytes of every YAML file below `paths` (folders or files), in a stable order."""
    import hashlib

    h = hashlib.sha256()
    for base in paths:
        files = [(base.name, str(base))] if base.is_file() else files_below(str(base), ".yaml")
        for rel, full in files:
            with open(full, "rb") as f:
                h.update(rel.rpartition("/")[2].encode() + b"\0" + f.read() + b"\0")
    return h.hexdigest()


def files_below(base: str, suffix: str = "", *, links: bool = True) -> list[tuple[str, str]]:
    """(path relative to `base`, with '/'; full path) of each file below `base` whose name ends in
    `suffix`, links to files included (unless not `links`), linked folders not entered, in pathlib's
    order (by parts): what `Path.rglob` finds, without a Path object per file."""
    found, todo = [], [("", base)]
    while todo:
        prefix, folder = todo.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                todo.append((f"{prefix}{entry.name}/", entry.path))
            elif entry.name.endswith(suffix) and entry.is_file(follow_symlinks=links):
                found.append((prefix + entry.name, entry.path))
    return sorted(found, key=lambda item: item[0].split("/"))


def key_of(parts: Iterable[bytes]) -> str:
    """SHA-256 (hex) over length-prefixed parts, so no two different inputs share a key."""
    import hashlib

    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


def _entry(kind: str, key: str) -> Path:
    return default_cache_dir() / f"{kind}-{key[:40]}.json"


def read(kind: str, key: str) -> tuple[Any, dict[str, bytes]] | None:
    """(data, blobs) stored under `key`, or None when absent, stale or damaged."""
    import hashlib

    try:
        raw = _entry(kind, key).read_bytes()
        head, sep, payload = raw.partition(b"\n")
        meta = json.loads(head)
        if (not sep or meta.get("format") != FORMAT or meta.get("kind") != kind or meta.get("key") != key
                or meta.get("sha256") != hashlib.sha256(payload).hexdigest()):
            return None
        view = memoryview(payload)
        offset, blobs = meta["data"], {}
        for name, size in meta["blobs"]:
            blobs[name] = view[offset:offset + size]
            offset += size
        return json.loads(payload[:meta["data"]]), blobs
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return None


def write(kind: str, key: str, data: Any, blobs: dict[str, bytes] | None = None) -> None:
    """Store `data` (plain JSON data) and `blobs` under `key`; keep only the newest entries of `kind`."""
    import hashlib

    from .errors import UserError
    from .files import write_atomic

    blobs = blobs or {}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    payload = b"".join([body, *blobs.values()])
    head = json.dumps({"format": FORMAT, "kind": kind, "key": key, "sha256": hashlib.sha256(payload).hexdigest(),
                       "data": len(body), "blobs": [[name, len(b)] for name, b in blobs.items()]}).encode()
    folder = default_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(_entry(kind, key), head + b"\n" + payload, durable=False)
        entries = sorted(folder.glob(f"{kind}-*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, UserError):
        pass
