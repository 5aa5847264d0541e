"""Built sites cached by input digest, and the manifest of what a build wrote.

The cache format is a JSON header line (paths, offsets, lengths, a SHA-256 of
the payload) and the files' bytes: reading it runs no code from the file.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path, PurePosixPath

MANIFEST = ".assess-site.json"

CACHE_KEEP = 3                 # cached builds kept (the newest)


def input_files(kb_root: Path, questionnaire: Path | None) -> list[tuple[str, str]]:
    """(label, path) of every file the output depends on, in a stable order: the KB's YAML, the
    questionnaire, the site's templates and assets, the board paper's templates, and this code."""
    from ..cache import files_below
    from ..resources import site_assets_dir, templates_dir

    files = [("kb/" + rel, full) for rel, full in files_below(str(kb_root), ".yaml")]
    if questionnaire is not None:
        files.append(("questionnaire", str(questionnaire)))
    templates = str(templates_dir())
    for label, base in (("templates/site/", os.path.join(templates, "site")), ("site/", str(site_assets_dir()))):
        files += [(label + rel, full) for rel, full in files_below(base) if "__pycache__" not in rel.split("/")]
    files += [("templates/" + name, os.path.join(templates, name))          # the board paper the browser writes
              for name in ("report.md.j2", "page.html.j2", "report.css")]
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return files + [("assess/" + rel, full) for rel, full in files_below(package, ".py")]


def input_digest(files: list[tuple[str, str]], search: bool) -> tuple[str, dict]:
    """(SHA-256 of everything the output depends on, {"read": when, "files": label -> state}).

    Each file's state (`states.state`) is taken before it is read, so that a change while it is read
    shows as another state next time."""
    import hashlib

    from ..files import MAX_BYTES, read_regular
    from .states import state

    started = time.time_ns()
    h = hashlib.sha256(b"search:%d\0" % bool(search))
    states = {}
    for label, path in files:
        states[label] = state(path, follow=True)      # inputs may be links (the content check follows them)
        size = states[label][0] if states[label] else 0
        # refuses what is not a regular file (a questionnaire may be anything the user named)
        data = read_regular(Path(path), max(size, MAX_BYTES) + 1)
        h.update(b"%d:" % len(label.encode()) + label.encode() + b"%d:" % len(data) + data)
    return h.hexdigest(), {"read": started, "files": states}


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_manifest(out: Path) -> dict:
    """What an earlier build in `out` wrote, as far as its manifest can be trusted.

    A manifest that does not parse is ignored ({}); entries that are not a path strictly inside
    `out` (absolute, `..`, through a link out of it) are left out of "files" and listed in "rejected".
    """
    from ..errors import InputError
    from ..files import read_regular

    try:
        data = json.loads(read_regular(out / MANIFEST, 64 * 1024 * 1024).decode("utf-8"))
    except (InputError, ValueError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return {}
    files, rejected = {}, []
    top = out.resolve()
    plain = _plain_files(str(top))
    for rel, sha in data["files"].items():
        if isinstance(sha, str) and ((rel in plain and "\\" not in rel and rel != MANIFEST) or _inside(top, rel)):
            files[rel] = sha
        else:
            rejected.append(rel)
    return {**data, "files": files, "rejected": rejected}


def _plain_files(top: str) -> set[str]:
    """Paths (with '/') of the regular files below `top` reached through real folders only: each is
    strictly inside `top` without resolving it (the common case; any other entry is resolved)."""
    from ..cache import files_below

    return {rel for rel, _ in files_below(top, links=False)}


def _inside(top: Path, rel: str) -> bool:
    """Whether `rel` names a path strictly inside the folder `top` (resolved), not the manifest."""
    parts = PurePosixPath(rel).parts
    if not rel or "\0" in rel or "\\" in rel or rel.startswith("/") or ".." in parts or rel == MANIFEST:
        return False
    try:
        resolved = os.path.realpath(os.path.join(top, rel))
    except (OSError, ValueError):
        return False
    return resolved != str(top) and resolved.startswith(os.path.join(top, ""))


def intact(out: Path, manifest: dict) -> bool:
    """Whether every file the manifest lists is in `out`, a regular file, with the bytes it recorded."""
    top = str(out)
    for rel, sha in manifest["files"].items():
        path = os.path.join(top, rel)
        try:
            if not os.path.isfile(path):
                return False
            with open(path, "rb") as f:
                if sha256_hex(f.read()) != sha:
                    return False
        except OSError:
            return False
    return True


def _cache_file(cache: Path, digest: str) -> Path:
    return cache / f"site-{digest[:32]}.bin"


def cache_read(cache: Path, digest: str) -> dict | None:
    """A cached build: {'pages', 'search', 'files'}; None when absent or damaged.

    The format is a JSON header line (paths, offsets, lengths, a SHA-256 of the
    payload) and the files' bytes: reading it runs no code from the file.
    """
    try:
        path = _cache_file(cache, digest)
        if not path.is_file():
            return None
        raw = path.read_bytes()
        head, _, payload = raw.partition(b"\n")
        meta = json.loads(head)
        if meta.get("digest") != digest or sha256_hex(payload) != meta.get("sha256"):
            return None
        files = {rel: payload[offset:offset + length] for rel, offset, length in meta["files"]}
        return {"pages": int(meta["pages"]), "search": str(meta["search"]), "files": files}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_write(cache: Path, digest: str, pages_count: int, search: str, files: dict[str, bytes]) -> None:
    from ..errors import UserError
    from ..files import write_atomic

    table, offset = [], 0
    for rel in sorted(files):
        table.append([rel, offset, len(files[rel])])
        offset += len(files[rel])
    payload = b"".join(files[rel] for rel in sorted(files))
    head = json.dumps({"digest": digest, "pages": pages_count, "search": search, "sha256": sha256_hex(payload),
                       "files": table}, separators=(",", ":")).encode()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        write_atomic(_cache_file(cache, digest), head + b"\n" + payload, durable=False)
        entries = sorted(cache.glob("site-*.bin"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in entries[CACHE_KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, UserError):
        pass    # a cache that cannot be written only costs time
