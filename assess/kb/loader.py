"""Load and validate the knowledge base: YAML -> schema -> cross-references -> frozen data."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem, display_path
from .crosscheck import cross_check
from .freeze import freeze
from .model import KnowledgeBase
from .yamlsafe import Document, load_file

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
}


def load(root: Path | None = None) -> KnowledgeBase:
    """Load the KB in `root` (default: the bundled one); raise InputError with every problem."""
    docs, problems = read(root)
    if problems:
        raise InputError(problems)
    return _assemble(_resolve(root), docs)


def validate(root: Path | None = None) -> list[Problem]:
    """Every problem in the KB at `root`, in file order (empty when it is valid)."""
    return read(root)[1]


def read(root: Path | None = None) -> tuple[dict[str, Any], list[Problem]]:
    root = _resolve(root)
    schema_dir = root / "schema"
    if not (root / "sources.yaml").is_file():
        return {}, [Problem(display_path(root), None, None, "is not a knowledge-base folder (no sources.yaml)",
                            "name the kb/ folder of a care-models checkout")]
    from .schema import check

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


def _assemble(root: Path, docs: dict[str, Any]) -> KnowledgeBase:
    models = sorted((doc.data for doc in docs["models"].values()), key=lambda m: m["option"])
    return KnowledgeBase(
        root=root,
        digest=digest(root),
        sources=freeze({s["id"]: s for s in docs["sources"].data["sources"]}),
        families=freeze(docs["families"].data["families"]),
        models=freeze({m["id"]: m for m in models}),
        objectives=freeze(docs["objectives"].data),
        guide=freeze(docs["guide"].data),
        collaborative=freeze(docs["collaborative"].data),
        legal_models=freeze(docs["legal_models"].data),
        glossary=freeze(docs["glossary"].data["terms"]),
        gp_integration=freeze(docs["gp_integration"].data),
        provider_networks=freeze(docs["provider_networks"].data),
    )


def digest(*paths: Path) -> str:
    """SHA-256 over the bytes of every YAML file below `paths`, in a stable order."""
    h = hashlib.sha256()
    for base in paths:
        files = [base] if base.is_file() else sorted(f for f in base.rglob("*.yaml") if f.is_file())
        for f in files:
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
