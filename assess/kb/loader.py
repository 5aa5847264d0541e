"""Load and validate the knowledge base: YAML -> schema -> cross-references -> frozen data.

A valid KB's plain data is cached by the digest of its files, its schemas and
this code (`assess.cache`): later loads skip YAML, jsonschema and the checks.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

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
PART, MODEL = "file:", "model:"       # names of the cached blobs: a file's data, a model's data


def load(root: Path | None = None, *, cache: bool = True) -> KnowledgeBase:
    """Load the KB in `root` (default: the bundled one); raise InputError with every problem.

    With `cache`, a KB validated before (same bytes, same code) is read from the
    cache; otherwise, or when the entry is missing or damaged, it is validated in full.
    """
    root = _resolve(root)
    key, kb_digest = _key(root) if cache else (None, None)
    entry = datacache.read("kb", key) if key else None
    if entry is not None and _well_formed(*entry):
        summaries, blobs = entry
        parts = {name: blobs[PART + name] for name in _FILES}
        sources = {k: blobs[MODEL + k] for k in summaries}
    else:
        docs, problems = read(root)
        if problems:
            raise InputError(problems)
        parts = {name: docs[name].data for name in _FILES}
        sources = {k: d.data for k, d in docs["models"].items()}
        summaries = {k: summary(m) for k, m in sources.items()}
        if key:
            import json

            datacache.write("kb", key, summaries, {
                **{PART + name: json.dumps(data, ensure_ascii=False).encode() for name, data in parts.items()},
                **{MODEL + k: json.dumps(m, ensure_ascii=False).encode() for k, m in sources.items()}})
    return _assemble(root, summaries, parts, sources, kb_digest or digest(root))


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


def _well_formed(summaries: Any, blobs: dict) -> bool:
    return (isinstance(summaries, dict) and all(PART + name in blobs for name in _FILES)
            and all(isinstance(k, str) and MODEL + k in blobs for k in summaries))


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


def _assemble(root: Path, summaries: dict, parts: dict, sources: dict, kb_digest: str) -> KnowledgeBase:
    """The frozen KB from each file's plain data or JSON bytes (`parts`: file name -> data), the models'
    summaries and each model's data (`sources`: id -> plain data or JSON bytes): a part is parsed and
    frozen when first read, a model's full data likewise."""
    def part(name: str, pick: Callable[[Any], Any] = lambda data: data) -> Callable[[], Any]:
        def make():
            data = parts[name]
            if not isinstance(data, dict):
                import json

                data = json.loads(bytes(data))
            return freeze(pick(data))
        return make

    order = sorted(summaries.items(), key=lambda item: item[1]["option"])
    return KnowledgeBase(
        root=root,
        digest=kb_digest,
        models=MappingProxyType({m["id"]: LazyModel(m, sources[k]) for k, m in order}),
        parts={
            "sources": part("sources", lambda data: {s["id"]: s for s in data["sources"]}),
            "families": part("families", lambda data: data["families"]),
            "glossary": part("glossary", lambda data: data["terms"]),
            **{name: part(name) for name in ("objectives", "guide", "collaborative", "legal_models", "gp_integration",
                                              "provider_networks", "since")},
        },
    )
