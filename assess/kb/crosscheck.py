"""Checks across the knowledge base's files: ids exist, are unique, and every listed item is there."""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Iterator

from ..errors import Problem, display_path
from .model import ALTERNATIVE_IDS, FAMILY_IDS, LEGAL_IDS
from .yamlsafe import Document


def cross_check(root: Path, docs: dict[str, Any]) -> list[Problem]:
    """References between files: ids exist, every model has a family and every family's model a file.

    The care models are the files of kb/models/ (any number of them); kb/families.yaml
    lists each in one family, and a model it lists without a file is missing.
    """
    problems: list[Problem] = []
    models: dict[str, Document] = docs["models"]
    files = {path.stem for path in (root / "models").glob("*.yaml")}
    _check_models(models, problems)
    family_ids, listed = _check_families(root, docs["families"], models, files, problems)
    known = files | listed
    for doc in models.values():
        _ref(doc, ("family",), doc.data["family"], family_ids or FAMILY_IDS, "family", problems)
        for i, rel in enumerate(doc.data.get("related", [])):
            _ref(doc, ("related", i, "model"), rel["model"], known, "model", problems)
    _check_objectives(docs["objectives"], known, files, problems)
    _check_lists(docs, known, problems)
    _check_sources(docs, models, problems)
    _check_since(docs, known, problems)
    return problems


def _check_models(models: dict[str, Document], problems: list[Problem]) -> None:
    """One file per care model, named for its id, each with its own option number."""
    options: dict[int, str] = {}
    for stem, doc in models.items():
        data = doc.data
        if data["id"] != stem:
            problems.append(doc.problem(("id",), f"id '{data['id']}' differs from the file name '{stem}.yaml'",
                                        "make the id and the file name the same"))
        if data["option"] in options:
            problems.append(doc.problem(("option",), f"option {data['option']} is also used by {options[data['option']]}",
                                        "each model has its own option number (the HLP support pack numbers them 1 to 10)"))
        options[data["option"]] = stem
        if not data["examples"] and "examples_note" not in data:
            problems.append(doc.problem(("examples",), "no examples and no examples_note",
                                        "add the source's examples, or an examples_note saying what it gives instead"))


def _check_families(root: Path, families: Document | None, models: dict[str, Document], files: set[str],
                    problems: list[Problem]) -> tuple[set[str], set[str]]:
    """Every model in exactly one family, agreeing with the model's own `family`: (family ids, listed models).

    A listed model without a file is a misspelling when a file no family lists
    is close to it, and missing otherwise.
    """
    if not families:
        return set(), set()
    family_ids = _unique_ids(families, ("families",), problems)
    listed: dict[str, str] = {}
    for i, fam in enumerate(families.data["families"]):
        for j, model_id in enumerate(fam["models"]):
            if model_id in listed:
                problems.append(families.problem(("families", i, "models", j),
                                                 f"model '{model_id}' is also in family '{listed[model_id]}'"))
            listed[model_id] = fam["id"]
            doc = models.get(model_id)
            if doc is not None and doc.data["family"] != fam["id"]:
                problems.append(doc.problem(("family",), f"family '{doc.data['family']}' but kb/families.yaml "
                                                         f"lists this model under '{fam['id']}'",
                                            "make the two agree"))
    unlisted = files - set(listed)
    misspelt = set()
    for i, fam in enumerate(families.data["families"]):
        for j, model_id in enumerate(fam["models"]):
            if model_id in files:
                continue
            if difflib.get_close_matches(model_id, sorted(unlisted), n=1):
                misspelt.add(model_id)
                _ref(families, ("families", i, "models", j), model_id, unlisted, "model", problems)
            else:
                problems.append(Problem(display_path(root / "models"), None, None, f"model '{model_id}' is missing",
                                        f"add {model_id}.yaml (one file per care model)"))
    for stem, doc in models.items():
        if stem not in listed:
            problems.append(doc.problem(("family",), "kb/families.yaml lists this model in no family",
                                        f"add '{stem}' to the models of family '{doc.data['family']}'"))
    for fid in FAMILY_IDS:
        if fid not in family_ids:
            problems.append(families.problem(("families",), f"family '{fid}' is missing"))
    return family_ids, set(listed) - misspelt


def _check_objectives(objectives: Document | None, known: set[str], files: set[str], problems: list[Problem]) -> None:
    """Alignment links name known objectives and models; every model is aligned to one at least."""
    if not objectives:
        return
    objective_ids = _unique_ids(objectives, ("objectives",), problems)
    _unique_ids(objectives, ("quick_guide",), problems)
    for i, link in enumerate(objectives.data["alignment"]):
        _ref(objectives, ("alignment", i, "objective"), link["objective"], objective_ids, "objective", problems)
        _ref(objectives, ("alignment", i, "model"), link["model"], known, "model", problems)
    aligned = {link["model"] for link in objectives.data["alignment"]}
    for model_id in sorted(files):
        if model_id not in aligned:
            problems.append(objectives.problem(("alignment",), f"model '{model_id}' is aligned to no objective",
                                               "derive at least one link from the model's text"))


def _check_lists(docs: dict[str, Any], known: set[str], problems: list[Problem]) -> None:
    """Alternatives, legal models, glossary, GP-integration and provider-network lists."""
    collaborative = docs["collaborative"]
    if collaborative:
        _required(collaborative, ("alternatives",), ALTERNATIVE_IDS, "alternative", problems)
    legal = docs["legal_models"]
    if legal:
        _required(legal, ("models",), LEGAL_IDS, "legal model", problems)
        for i, lm in enumerate(legal.data["models"]):
            level = lm["formality"]["text"].lower()
            if not level.startswith(("less formal", "more formal")):
                problems.append(legal.problem(("models", i, "formality", "text"),
                                              "formality must start with 'less formal' or 'more formal'"))
                continue
            cons = {c["text"] for c in legal.data["formality"][level.split()[0]]["cons"]}
            for j, text in enumerate(lm.get("applies_least", ())):
                if text not in cons:
                    problems.append(legal.problem(("models", i, "applies_least", j),
                                                  f"'{text}' is not a con of {level.split(':')[0]} legal models",
                                                  "copy the con's text exactly from formality: cons"))
    if docs["glossary"]:
        _unique_ids(docs["glossary"], ("terms",), problems)
    gp = docs["gp_integration"]
    if gp:
        _unique_ids(gp, ("variants",), problems)
        for key in ("variants", "vanguard_types", "five_year_forward_view"):
            for i, entry in enumerate(gp.data[key]):
                if "model" in entry:
                    _ref(gp, (key, i, "model"), entry["model"], known, "model", problems)
    networks = docs["provider_networks"]
    if networks:
        for path in (("decision_making", "voting_structures"), ("decision_making", "vote_weighting"),
                     ("budget_allocation", "lines"), ("collaboratives", "focus_areas")):
            _unique_ids(networks, path, problems)


def _check_sources(docs: dict[str, Any], models: dict[str, Document], problems: list[Problem]) -> None:
    """Every cited document is listed in sources.yaml."""
    sources = docs["sources"]
    if not sources:
        return
    source_ids = {s["id"] for s in sources.data["sources"]}
    if docs.get("since"):
        source_ids |= {d["id"] for d in docs["since"].data["documents"]}
    for doc in [d for d in docs.values() if isinstance(d, Document)] + list(models.values()):
        for path, ref in _sources_in(doc.data):
            _ref(doc, path + ("doc",), ref["doc"], source_ids, "source document", problems)


def _check_since(docs: dict[str, Any], known: set[str], problems: list[Problem]) -> None:
    """The later layer cites only later documents, and names known models, glossary terms and themes."""
    since = docs.get("since")
    if not since:
        return
    later = _unique_ids(since, ("documents",), problems)
    _unique_ids(since, ("statements",), problems)
    terms = {t["id"] for t in docs["glossary"].data["terms"]} if docs.get("glossary") else set()
    themes = {t["id"] for t in docs["gp_integration"].data.get("landscape", ())} if docs.get("gp_integration") \
        else set()
    for i, st in enumerate(since.data["statements"]):
        if st["source"]["doc"] not in later:
            problems.append(since.problem(("statements", i, "source", "doc"),
                                          f"'{st['source']['doc']}' is not a later document of this file",
                                          "cite one of its `documents`; the five sources are not part of this layer"))
        for j, model_id in enumerate(st.get("maps_to", {}).get("models", ())):
            _ref(since, ("statements", i, "maps_to", "models", j), model_id, known, "model", problems)
        for j, term in enumerate(st.get("abolished", ())):
            _ref(since, ("statements", i, "abolished", j), term, terms, "glossary term", problems)
        if "then" in st:
            _ref(since, ("statements", i, "then"), st["then"], themes, "general-practice landscape theme", problems)


def _required(doc: Document, path: tuple, required: tuple, kind: str, problems: list[Problem]) -> None:
    """The list at `path` has unique ids and holds every id of `required`."""
    ids = _unique_ids(doc, path, problems)
    for rid in required:
        if rid not in ids:
            problems.append(doc.problem(path, f"{kind} '{rid}' is missing"))


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
