"""Data cached by the digest of its inputs, in the tool's own folder inside the user's cache folder.

The rules (the design's "Cache — rules"):
- nothing here is ever run as code: an entry is plain JSON and named blobs of bytes, never pickle or
  marshal;
- an entry is used only when it was written for the current inputs (its key is a digest of them) and
  its HMAC-SHA256 checks with the user's own key; anything else is ignored and rebuilt, with a note
  that `-v` prints;
- the tool keeps its files in a subfolder it made (marked by a `CACHEDIR.TAG` file), owned by the user
  and writable by no one else, as ssh asks of `~/.ssh`; the key file there is the user's alone (0600).
  A folder that fails these checks is not used (the command only runs slower);
- cleanup removes only entries of the tool's own name pattern in that subfolder;
- sizes are checked before anything is read; no folder above the cache folder's parent is created
  (never `HOME`).

An entry is one file: the HMAC (hex) on the first line, a JSON header on the second (format, kind,
key, the sizes of the parts) and the payload: plain data as JSON, then named blobs (bytes the caller
parses when it needs them, e.g. one JSON document per care model).
"""
from __future__ import annotations

import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any, Iterable

FORMAT = 3
KEEP = {"site": 3, "states": 1}    # entries kept per kind (the newest); other kinds keep KEEP_OTHER
KEEP_OTHER = 4
SUBFOLDER = "assess-cache"
MARKER = "CACHEDIR.TAG"            # https://bford.info/cachedir/: backup tools skip the folder
MARKER_TEXT = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
               b"# This folder is a cache made by care-models (the assess command); it may be deleted.\n")
KEY_FILE = "key"
KEY_BYTES = 32
MAX_ENTRY = 256 * 1024 * 1024      # the largest entry read (a built site is a few MB)
_ENTRY = r"([a-z]+)-[0-9a-f]{40}\.json"           # compiled when first used
_PACKAGE = Path(__file__).resolve().parent
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NOTES: list[str] = []


def note(text: str) -> None:
    """Remember what the cache ignored and why (printed by `assess -v`)."""
    if text not in _NOTES:
        _NOTES.append(text)


def notes() -> list[str]:
    return list(_NOTES)


def default_cache_dir() -> Path:
    """$CARE_MODELS_CACHE, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)/care-models."""
    return _places()[1]


def _places() -> tuple[Path, Path]:
    """(the folder that must exist already, the cache folder): only what lies below the first is created."""
    if os.environ.get("CARE_MODELS_CACHE"):
        base = Path(os.environ["CARE_MODELS_CACHE"])
        return base.parent, base
    if os.environ.get("XDG_CACHE_HOME"):
        xdg = Path(os.environ["XDG_CACHE_HOME"])
        return xdg.parent, xdg / "care-models"
    home = Path(os.path.expanduser("~"))
    return home, home / ".cache" / "care-models"


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def store(folder: Path | None = None) -> tuple[Path, bytes] | None:
    """(the tool's own subfolder of `folder` (default: the cache folder), the user's key), or None when
    there is no cache folder the tool may trust (why is noted)."""
    anchor, base = _places()
    if folder is not None and Path(folder) != base:     # a folder of the caller's: only it may be created
        anchor, base = Path(folder).parent, Path(folder)
    sub = base / SUBFOLDER
    if not os.path.isdir(anchor):
        note(f"no cache: {anchor} does not exist, and it is not created")
        return None
    try:
        _make_below(anchor, sub)
        st = os.lstat(sub)
    except (OSError, ValueError) as exc:
        note(f"no cache: {sub} cannot be used ({getattr(exc, 'strerror', None) or exc})")
        return None
    uid = _uid()
    if not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid):
        note(f"no cache: {sub} is not a folder of yours")
        return None
    if st.st_mode & 0o022:
        note(f"no cache: {sub} may be written by other users; remove it, or make it yours alone (chmod 700)")
        return None
    if not os.path.isfile(sub / MARKER) or os.path.islink(sub / MARKER):
        note(f"no cache: {sub} was not made by this tool (it has no {MARKER}); remove it or choose another folder")
        return None
    secret = _secret(sub)
    return (sub, secret) if secret is not None else None


def _make_below(anchor: Path, sub: Path) -> None:
    """Create the folders from `anchor` (which exists) down to `sub`, each the user's alone; mark `sub`."""
    path = anchor
    for part in sub.relative_to(anchor).parts:
        path = path / part
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        if path == sub:
            _create(sub / MARKER, MARKER_TEXT)


def _create(path: Path, data: bytes) -> None:
    """Write a new file `path` (0600) whole or not at all; an existing one is left as it is."""
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)


def _secret(sub: Path) -> bytes | None:
    """The user's key (made on first use): a regular file of the user's, readable by no one else."""
    path = sub / KEY_FILE
    if not os.path.lexists(path):
        try:
            _create(path, os.urandom(KEY_BYTES))
        except OSError:
            return None
    raw = _read(path, KEY_BYTES, private=True)
    if raw is None or len(raw) != KEY_BYTES:
        note(f"no cache: {path} is not a key of yours alone; remove it and a new one is made")
        return None
    return raw


def _read(path: Path, limit: int, *, private: bool = False) -> bytes | None:
    """The bytes of the regular file `path` (never through a link) when it holds at most `limit` bytes
    (and, `private`, is the user's and readable by no one else); None otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW)
    except (OSError, ValueError):
        return None
    try:
        st = os.fstat(fd)
        uid = _uid()
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit or (
                private and (st.st_mode & 0o077 or (uid is not None and st.st_uid != uid))):
            return None
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks) if size <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def code_version(*modules: str) -> bytes:
    """The tool version and the source of the modules (paths under assess/) that shape cached data."""
    import hashlib

    from . import __version__

    h = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for rel in modules:
        h.update(rel.encode() + b"\0" + (_PACKAGE / rel).read_bytes())
    return h.digest()


def tree_digest(*paths: Path) -> str:
    """SHA-256 over the bytes of every YAML file below `paths` (folders or files), in a stable order.

    Each file's size is checked before it is read: one over the input limit is refused (InputError).
    The digest is remembered with the state of every file (size, times, inode): while none changed,
    nothing is read again (a file changed within RACY_NS of the last reading is always read)."""
    files = []
    for base in paths:
        files += [(base.name, str(base))] if base.is_file() else files_below(str(base), ".yaml")
    states = [_state(full) for _, full in files]
    key = key_of([b"tree", *(str(base).encode() for base in paths), *(rel.encode() for rel, _ in files)])
    entry = read("digest", key)
    if entry is not None and isinstance(entry[0], dict) and entry[0].get("states") == states \
            and _settled(states, entry[0].get("read")):
        return entry[0]["digest"]
    started = time.time_ns()
    digest = _digest_files(files)
    write("digest", key, {"states": states, "read": started, "digest": digest})
    return digest


RACY_NS = 2_000_000_000       # two changes within one tick of a file system's clock can leave one state


def _state(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _settled(states: list, read_ns) -> bool:
    """Whether every file's last change was well before it was read (so a later change shows)."""
    return isinstance(read_ns, int) and all(s is not None and max(s[1], s[2]) < read_ns - RACY_NS for s in states)


def _digest_files(files: list[tuple[str, str]]) -> str:
    import hashlib

    from .files import MAX_BYTES, read_regular, refuse_large

    h = hashlib.sha256()
    for rel, full in files:
        refuse_large(Path(full))
        h.update(rel.rpartition("/")[2].encode() + b"\0" + read_regular(Path(full), MAX_BYTES) + b"\0")
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


def _mac(secret: bytes, body: bytes) -> bytes:
    import hmac

    return hmac.digest(secret, body, "sha256").hex().encode()


def read(kind: str, key: str, folder: Path | None = None) -> tuple[Any, dict[str, memoryview]] | None:
    """(data, blobs) stored under `key`, or None when absent, stale, damaged or not authentic."""
    opened = store(folder)
    if opened is None:
        return None
    sub, secret = opened
    raw = _read(sub / f"{kind}-{key[:40]}.json", MAX_ENTRY)
    if raw is None:
        return None
    entry = _unpack(raw, kind, key, secret)
    if entry is None:
        note(f"a cached {_WHAT.get(kind, kind)} did not pass its checks (damaged, stale or forged): "
             "it was ignored and made again from the files")
    return entry


_WHAT = {"kb": "knowledge base", "yaml": "file", "questionnaire": "questionnaire", "site": "site build",
         "states": "record of built sites", "digest": "digest of files"}


def _unpack(raw: bytes, kind: str, key: str, secret: bytes) -> tuple[Any, dict[str, memoryview]] | None:
    import hmac

    mac, sep, body = raw.partition(b"\n")
    if not sep or not hmac.compare_digest(mac, _mac(secret, body)):
        return None
    try:
        head, sep, payload = body.partition(b"\n")
        meta = json.loads(head)
        if (not sep or meta.get("format") != FORMAT or meta.get("kind") != kind or meta.get("key") != key
                or meta["data"] + sum(size for _, size in meta["blobs"]) != len(payload)):
            return None
        view = memoryview(payload)
        offset, blobs = meta["data"], {}
        for name, size in meta["blobs"]:
            blobs[name] = view[offset:offset + size]
            offset += size
        return json.loads(payload[:meta["data"]]), blobs
    except (ValueError, AttributeError, KeyError, TypeError):
        return None


def write(kind: str, key: str, data: Any, blobs: dict[str, bytes] | None = None, folder: Path | None = None) -> None:
    """Store `data` (plain JSON data) and `blobs` under `key`; keep only the newest entries of `kind`.
    Best-effort: a cache that cannot be written only costs time."""
    from .errors import UserError
    from .files import write_atomic

    opened = store(folder)
    if opened is None:
        return
    sub, secret = opened
    blobs = blobs or {}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    head = json.dumps({"format": FORMAT, "kind": kind, "key": key, "data": len(body),
                       "blobs": [[name, len(b)] for name, b in blobs.items()]}).encode()
    signed = b"".join([head, b"\n", body, *blobs.values()])
    try:
        write_atomic(sub / f"{kind}-{key[:40]}.json", _mac(secret, signed) + b"\n" + signed, durable=False)
        _clean(sub, kind)
    except (OSError, UserError):
        pass


def _clean(sub: Path, kind: str) -> None:
    """Remove the oldest entries of `kind` beyond those kept: only files of the tool's own name pattern."""
    with os.scandir(sub) as listing:
        entries = [(entry.stat(follow_symlinks=False).st_mtime_ns, entry.path) for entry in listing
                   if (m := re.fullmatch(_ENTRY, entry.name)) and m.group(1) == kind
                   and entry.is_file(follow_symlinks=False)]
    for _, path in sorted(entries, reverse=True)[KEEP.get(kind, KEEP_OTHER):]:
        os.unlink(path)
