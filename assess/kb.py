"""Load and validate the knowledge base: YAML -> schema -> cross-references -> frozen data."""
from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterator

from .errors import InputError, Problem, display_path
from .freeze import freeze
from .yamlsafe import Document, load_file

MODEL_IDS = ("multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network", "aco",
             "mcp", "pacs", "care-homes", "gp-federation", "super-practice")
FAMILY_IDS = ("acute-care-collaboration", "integrated-health-social-care", "integrated-primary-care")
ALTERNATIVE_IDS = ("buddying", "clinical-network", "informal-partnership")
LEGAL_IDS = ("lead-provider", "lead-contractor", "alliance", "joint-venture", "merger")
MODEL_SECTIONS = ("overview", "examples", "business_case", "benefits", "governance",
                  "regulation", "barriers", "workforce")

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


@dataclass(frozen=True)
class KnowledgeBase:
    """The whole knowledge base as read-only plain data."""

    root: Path
    digest: str
    sources: MappingProxyType          # id -> source
    families: tuple
    models: MappingProxyType           # id -> model, in option order
    objectives: MappingProxyType       # the whole objectives file
    guide: MappingProxyType
    collaborative: MappingProxyType
    legal_models: MappingProxyType
    glossary: tuple
    gp_integration: MappingProxyType
    provider_networks: MappingProxyType

    def model(self, model_id: str):
        try:
            return self.models[model_id]
        except KeyError:
            raise UnknownId("model", model_id, list(self.models)) from None

    def family(self, family_id: str):
        return next(f for f in self.families if f["id"] == family_id)

    def variants_of(self, model_id: str) -> tuple:
        return tuple(v for v in self.gp_integration["variants"] if v["model"] == model_id)

    def alternative(self, alt_id: str):
        return next(a for a in self.collaborative["alternatives"] if a["id"] == alt_id)

    def legal_model(self, legal_id: str):
        return next(m for m in self.legal_models["models"] if m["id"] == legal_id)


class UnknownId(InputError):
    """An id that is not in the knowledge base, with the closest ones."""

    def __init__(self, kind: str, given: str, known: list[str]):
        lowered = {k.lower(): k for k in known}  # 'MCP' is close to 'mcp'
        close = [lowered[c] for c in difflib.get_close_matches(given.lower(), list(lowered), n=3, cutoff=0.4)]
        close += [k for k in known if given and given.lower() in k.lower() and k not in close]
        hint = f"did you mean {', '.join(close[:3])}?" if close else "known: " + ", ".join(known)
        super().__init__(Problem("command line", None, None, f"no {kind} '{given}'", hint))


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
    problems.extend(_cross_check(root, docs))
    return docs, problems


def _resolve(root: Path | None) -> Path:
    if root is None:
        from .resources import kb_dir

        return kb_dir()
    return Path(root)


def _cross_check(root: Path, docs: dict[str, Any]) -> list[Problem]:
    """References between files: ids exist, the ten models and families are all there."""
    problems: list[Problem] = []
    models: dict[str, Document] = docs["models"]
    shown_models = display_path(root / "models")

    for model_id in MODEL_IDS:
        if model_id not in models and not (root / "models" / f"{model_id}.yaml").exists():
            problems.append(Problem(shown_models, None, None, f"model '{model_id}' is missing",
                                    f"add {model_id}.yaml (one file per care model)"))
    options: dict[int, str] = {}
    for stem, doc in models.items():
        data = doc.data
        if data["id"] != stem:
            problems.append(doc.problem(("id",), f"id '{data['id']}' differs from the file name '{stem}.yaml'",
                                        "make the id and the file name the same"))
        if stem not in MODEL_IDS:
            problems.append(doc.problem(("id",), f"'{stem}' is not one of the ten care models",
                                        "known: " + ", ".join(MODEL_IDS)))
        if data["option"] in options:
            problems.append(doc.problem(("option",), f"option {data['option']} is also used by {options[data['option']]}",
                                        "each model has its own option number (seed 003)"))
        options[data["option"]] = stem
        if not data["examples"] and "examples_note" not in data:
            problems.append(doc.problem(("examples",), "no examples and no examples_note",
                                        "add the seed's examples, or an examples_note saying what it gives instead"))

    sources = docs["sources"]
    source_ids = {s["id"] for s in sources.data["sources"]} if sources else set()
    family_ids: set[str] = set()
    families = docs["families"]
    if families:
        family_ids = _unique_ids(families, ("families",), problems)
        listed: dict[str, str] = {}
        for i, fam in enumerate(families.data["families"]):
            for j, model_id in enumerate(fam["models"]):
                _ref(families, ("families", i, "models", j), model_id, MODEL_IDS, "model", problems)
                if model_id in listed:
                    problems.append(families.problem(("families", i, "models", j),
                                                     f"model '{model_id}' is also in family '{listed[model_id]}'"))
                listed[model_id] = fam["id"]
                doc = models.get(model_id)
                if doc is not None and doc.data["family"] != fam["id"]:
                    problems.append(doc.problem(("family",), f"family '{doc.data['family']}' but kb/families.yaml "
                                                             f"lists this model under '{fam['id']}'",
                                                "make the two agree"))
        for stem, doc in models.items():
            if stem in MODEL_IDS and stem not in listed:
                problems.append(doc.problem(("family",), "kb/families.yaml lists this model in no family",
                                            f"add '{stem}' to the models of family '{doc.data['family']}'"))
        for fid in FAMILY_IDS:
            if fid not in family_ids:
                problems.append(families.problem(("families",), f"family '{fid}' is missing"))
    for stem, doc in models.items():
        _ref(doc, ("family",), doc.data["family"], family_ids or FAMILY_IDS, "family", problems)
        for i, rel in enumerate(doc.data.get("related", [])):
            _ref(doc, ("related", i, "model"), rel["model"], MODEL_IDS, "model", problems)

    objectives = docs["objectives"]
    if objectives:
        objective_ids = _unique_ids(objectives, ("objectives",), problems)
        _unique_ids(objectives, ("quick_guide",), problems)
        for i, link in enumerate(objectives.data["alignment"]):
            _ref(objectives, ("alignment", i, "objective"), link["objective"], objective_ids, "objective", problems)
            _ref(objectives, ("alignment", i, "model"), link["model"], MODEL_IDS, "model", problems)
        aligned = {link["model"] for link in objectives.data["alignment"]}
        for model_id in MODEL_IDS:
            if model_id not in aligned:
                problems.append(objectives.problem(("alignment",), f"model '{model_id}' is aligned to no objective",
                                                   "derive at least one link from the model's text"))

    collaborative = docs["collaborative"]
    if collaborative:
        ids = _unique_ids(collaborative, ("alternatives",), problems)
        for alt in ALTERNATIVE_IDS:
            if alt not in ids:
                problems.append(collaborative.problem(("alternatives",), f"alternative '{alt}' is missing"))
    legal = docs["legal_models"]
    if legal:
        ids = _unique_ids(legal, ("models",), problems)
        for lid in LEGAL_IDS:
            if lid not in ids:
                problems.append(legal.problem(("models",), f"legal model '{lid}' is missing"))
        for i, lm in enumerate(legal.data["models"]):
            if not lm["formality"]["text"].lower().startswith(("less formal", "more formal")):
                problems.append(legal.problem(("models", i, "formality", "text"),
                                              "formality must start with 'less formal' or 'more formal'"))
    glossary = docs["glossary"]
    if glossary:
        _unique_ids(glossary, ("terms",), problems)
    gp = docs["gp_integration"]
    if gp:
        _unique_ids(gp, ("variants",), problems)
        for key in ("variants", "vanguard_types", "five_year_forward_view"):
            for i, entry in enumerate(gp.data[key]):
                if "model" in entry:
                    _ref(gp, (key, i, "model"), entry["model"], MODEL_IDS, "model", problems)
    networks = docs["provider_networks"]
    if networks:
        _unique_ids(networks, ("decision_making", "voting_structures"), problems)
        _unique_ids(networks, ("decision_making", "vote_weighting"), problems)
        _unique_ids(networks, ("budget_allocation", "lines"), problems)
        _unique_ids(networks, ("collaboratives", "focus_areas"), problems)

    # every cited document exists
    if sources:
        for doc in [d for d in docs.values() if isinstance(d, Document)] + list(models.values()):
            for path, ref in _sources_in(doc.data):
                _ref(doc, path + ("doc",), ref["doc"], source_ids, "source document", problems)
    return problems


def _unique_ids(doc: Document, path: tuple, problems: list[Problem]) -> set[str]:
    entries = doc.data
    for key in path:
        entries = entries[key]
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry["id"] in seen:
            problems.append(doc.problem(path + (i, "id"), f"id '{entry['id']}' is used twice",
                                        f"the first is entry {seen[entry['id']] + 1} of this list"))
        seen.setdefault(entry["id"], i)
    return set(seen)


def _ref(doc: Document, path: tuple, value: str, known, kind: str, problems: list[Problem]) -> None:
    if value not in known:
        close = difflib.get_close_matches(value, sorted(known), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(sorted(known))
        problems.append(doc.problem(path, f"unknown {kind} '{value}'", hint))


def _sources_in(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, dict]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "source" and isinstance(value, dict):
                yield path + (key,), value
            else:
                yield from _sources_in(value, path + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _sources_in(value, path + (i,))


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
        files = [base] if base.is_file() else sorted(base.rglob("*.yaml"))
        for f in files:
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
