"""Built sites cached by input digest, and the manifest of what a build wrote.

A cached build is an entry of `assess.cache` (plain JSON and the files' bytes, authenticated, bound
to the digest of the inputs): reading it runs no code from the file.
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path, PurePosixPath

MANIFEST = ".assess-site.json"
TOOL = "care-models site build"   # what a manifest the tool wrote says it is
_SHA256 = re.compile("[0-9a-f]{64}")


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

    from ..files import MAX_BYTES, read_regular, refuse_large
    from .states import state

    started = time.time_ns()
    h = hashlib.sha256(b"search:%d\0" % bool(search))
    states = {}
    for label, path in files:
        states[label] = state(path, follow=True)      # inputs may be links (the content check follows them)
        refuse_large(Path(path))                      # by its size, before reading it
        # refuses what is not a regular file (a questionnaire may be anything the user named)
        data = read_regular(Path(path), MAX_BYTES + 1)
        h.update(b"%d:" % len(label.encode()) + label.encode() + b"%d:" % len(data) + data)
    return h.hexdigest(), {"read": started, "files": states}


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_manifest(out: Path) -> dict:
    """What an earlier build in `out` wrote, as far as its manifest can be trusted.

    Only a manifest of the shape the tool writes counts ({} otherwise: the folder is no build of
    ours); entries that are not a path strictly inside `out` (absolute, `..`, through a link out of
    it) are left out of "files" and listed in "rejected".
    """
    from ..errors import InputError
    from ..files import read_regular

    try:
        data = json.loads(read_regular(out / MANIFEST, 64 * 1024 * 1024).decode("utf-8"))
    except (InputError, ValueError):
        return {}
    if not _well_formed(data):
        return {}
    files, rejected = {}, []
    top = out.resolve()
    plain = _plain_files(str(top))
    for rel, sha in data["files"].items():
        if isinstance(sha, str) and _SHA256.fullmatch(sha) and ((rel in plain and "\\" not in rel and rel != MANIFEST) or _inside(top, rel)):
            files[rel] = sha
        else:
            rejected.append(rel)
    return {**data, "files": files, "rejected": rejected}


def _well_formed(data) -> bool:
    """Whether `data` is a manifest as `build` writes it (one of an earlier version has no "tool")."""
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return False
    return (data.get("tool", TOOL) == TOOL and type(data.get("pages")) is int and isinstance(data.get("digest"), str)
            and _SHA256.fullmatch(data["digest"]) is not None)


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


def cache_read(cache: Path, digest: str) -> dict | None:
    """A cached build of the inputs of `digest`: {'pages', 'search', 'files'}; None when absent or not
    to be trusted."""
    from .. import cache as datacache

    entry = datacache.read("site", digest, cache)
    if entry is None:
        return None
    meta, blobs = entry
    try:
        return {"pages": int(meta["pages"]), "search": str(meta["search"]),
                "files": {rel: bytes(data) for rel, data in blobs.items()}}
    except (ValueError, KeyError, TypeError):
        return None


def cache_write(cache: Path, digest: str, pages_count: int, search: str, files: dict[str, bytes]) -> None:
    from .. import cache as datacache

    datacache.write("site", digest, {"pages": pages_count, "search": search},
                    {rel: files[rel] for rel in sorted(files)}, cache)
