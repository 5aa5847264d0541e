"""Load and validate the knowledge base: YAML -> schema -> cross-references -> frozen data.

A valid KB's plain data is cached by the digest of its files, its schemas and
this code (`assess.cache`): later loads skip YAML, jsonschema and the checks.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

from .. import cache as datacache
from ..cache import tree_digest as digest
from ..errors import InputError, Problem, display_path
from .freeze import freeze
from .model import KnowledgeBase, LazyModel, summary

# modules whose code shapes the cached data (a change to them invalidates the cache)
CODE = ("kb/loader.py", "kb/yamlsafe.py", "kb/schema.py", "kb/crosscheck.py", "kb/model.py")

# file name in kb/ -> schema file
_FILES = {
    "sources": "sources.schema.json",
    "families": "families.schema.json",
    "objectives": "objectives.schema.json",
    "guide": "guide.schema.json",
    "collaborative": "collaborative.schema.json",
    "legal_models": "legal_models.schema.json",
    "glossary": "glossary.schema.json",
    "gp_integration": "gp_integration.schema.json",
    "provider_networks": "provider_networks.schema.json",
    "since": "since.schema.json",
}


def load(root: Path | None = None, *, cache: bool = True) -> KnowledgeBase:
    """Load the KB in `root` (default: the bundled one); raise InputError with every problem.

    With `cache`, a KB validated before (same bytes, same code) is read from the
    cache; otherwise, or when the entry is missing or damaged, it is validated in full.
    """
    root = _resolve(root)
    key, kb_digest = _key(root) if cache else (None, None)
    entry = datacache.read("kb", key) if key else None
    if entry is not None and _well_formed(*entry):
        plain, sources = entry
    else:
        docs, problems = read(root)
        if problems:
            raise InputError(problems)
        plain = {name: docs[name].data for name in _FILES}
        sources = {k: d.data for k, d in docs["models"].items()}
        plain["models"] = {k: summary(m) for k, m in sources.items()}
        if key:
            import json

            datacache.write("kb", key, plain, {k: json.dumps(m, ensure_ascii=False).encode()
                                               for k, m in sources.items()})
    return _assemble(root, plain, sources, kb_digest or digest(root))


def _key(root: Path) -> tuple[str | None, str | None]:
    """(cache key, digest of the YAML files) of the KB at `root`; (None, None) when it cannot be read, or
    when what the full check would read is not plain regular files (a folder or a broken link named
    `*.yaml`, a linked models folder): such a KB is always checked in full, so warm and cold agree."""
    try:
        if not plain_layout(root):
            return None, None
        kb_digest = digest(root)
        schemas = [p.name.encode() + b"\0" + p.read_bytes() for p in sorted((root / "schema").glob("*.json"))]
    except (OSError, InputError):
        return None, None
    return datacache.key_of([datacache.code_version(*CODE), kb_digest.encode(), *schemas]), kb_digest


def plain_layout(root: Path) -> bool:
    """Whether every file `read` opens is a regular file (or a link to one) below real folders, so that
    the digest of the YAML files below `root` covers all it reads."""
    models = root / "models"
    if not models.is_dir() or models.is_symlink():
        return False
    return all((root / f"{name}.yaml").is_file() for name in _FILES) and all(
        path.is_file() for path in models.glob("*.yaml"))


def _well_formed(plain: Any, sources: dict) -> bool:
    return (isinstance(plain, dict) and all(isinstance(plain.get(n), dict) for n in (*_FILES, "models"))
            and plain["models"].keys() == sources.keys())


def validate(root: Path | None = None) -> list[Problem]:
    """Every problem in the KB at `root`, in file order (empty when it is valid)."""
    return read(root)[1]


def read(root: Path | None = None) -> tuple[dict[str, Any], list[Problem]]:
    root = _resolve(root)
    schema_dir = root / "schema"
    if not (root / "sources.yaml").is_file():
        return {}, [Problem(display_path(root), None, None, "is not a knowledge-base folder (no sources.yaml)",
                            "name the kb/ folder of a care-models checkout")]
    from .crosscheck import cross_check
    from .schema import check
    from .yamlsafe import Document, load_file

    docs: dict[str, Any] = {}
    problems: list[Problem] = []

    def read_one(key: str, path: Path, schema: str) -> Document | None:
        try:
            doc = load_file(path)
        except InputError as exc:
            problems.extend(exc.problems)
            return None
        found = check(doc, schema_dir, schema)
        problems.extend(found)
        return None if found else doc

    for name, schema in _FILES.items():
        docs[name] = read_one(name, root / f"{name}.yaml", schema)
    models = {}
    for path in sorted((root / "models").glob("*.yaml")):
        doc = read_one(path.stem, path, "model.schema.json")
        if doc is not None:
            models[path.stem] = doc
    docs["models"] = models
    problems.extend(cross_check(root, docs))
    return docs, problems


def _resolve(root: Path | None) -> Path:
    if root is None:
        from ..resources import kb_dir

        return kb_dir()
    return Path(root)


def _assemble(root: Path, data: dict[str, Any], sources: dict, kb_digest: str) -> KnowledgeBase:
    """The frozen KB from the plain data of its files (file name -> data; models: id -> summary) and
    each model's data (`sources`: id -> plain data or JSON bytes, read when first used)."""
    order = sorted(data["models"].items(), key=lambda item: item[1]["option"])
    return KnowledgeBase(
        root=root,
        digest=kb_digest,
        sources=freeze({s["id"]: s for s in data["sources"]["sources"]}),
        families=freeze(data["families"]["families"]),
        models=MappingProxyType({m["id"]: LazyModel(m, sources[k]) for k, m in order}),
        objectives=freeze(data["objectives"]),
        guide=freeze(data["guide"]),
        collaborative=freeze(data["collaborative"]),
        legal_models=freeze(data["legal_models"]),
        glossary=freeze(data["glossary"]["terms"]),
        gp_integration=freeze(data["gp_integration"]),
        provider_networks=freeze(data["provider_networks"]),
        since=freeze(data["since"]),
    )
