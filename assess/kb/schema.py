"""JSON Schema validation of YAML documents, reported as file:line problems."""
from __future__ import annotations

import functools
import json
from functools import lru_cache
from pathlib import Path

from ..errors import InputError, Problem, display_path
from .numbers import number_fix
from .problems import PROBLEMS, at, key_hint, say
from .yamlsafe import Document


@lru_cache(maxsize=None)
def _registry(schema_dir: Path):
    from referencing import Registry, Resource
    from referencing.exceptions import CannotDetermineSpecification

    resources = []
    paths = sorted(schema_dir.glob("*.schema.json"))
    for path in paths:
        try:
            contents = _read_schema(path)
            resources.append((path.name, Resource.from_contents(contents)))
        except CannotDetermineSpecification:
            raise InputError(Problem(display_path(path), 1, 1, "does not say which JSON Schema version it follows",
                                     'add "$schema": "https://json-schema.org/draft/2020-12/schema", '
                                     "or restore the schema from the project")) from None
        _refuse_outside(path, contents, {p.name for p in paths})
    return Registry().with_resources(resources)


def _refuse_outside(path: Path, node, names: set[str]) -> None:
    """Refuse a `$ref` to anything but a schema file of the same folder (by its name): a schema never
    makes the tool read another file or the network."""
    if isinstance(node, list):
        for item in node:
            _refuse_outside(path, item, names)
    elif isinstance(node, dict):
        ref = node.get("$ref")
        if ref is not None and (not isinstance(ref, str) or ref.partition("#")[0] not in names | {""}):
            raise InputError(Problem(display_path(path), None, None,
                                     f"refers to {ref!r}, which is not a schema of this folder",
                                     "refer only to the schema files beside it, by name, e.g. "
                                     "'common.schema.json#/$defs/text', or restore the schema from the project"))
        for key, value in node.items():
            if key != "$ref":
                _refuse_outside(path, value, names)


def _read_schema(path: Path) -> dict:
    """A schema file as JSON; a file that is not valid JSON is an InputError at its line and column."""
    try:
        schema = json.loads(path.read_text("utf-8"))
    except UnicodeDecodeError:
        raise InputError(Problem(display_path(path), None, None, "is not UTF-8 text",
                                 "save the schema as UTF-8, or restore it from the project")) from None
    except json.JSONDecodeError as exc:
        raise InputError(Problem(display_path(path), exc.lineno, exc.colno, f"is not valid JSON ({exc.msg})",
                                 "correct the JSON there, or restore the schema from the project")) from None
    if not isinstance(schema, dict):
        raise InputError(Problem(display_path(path), 1, 1, "is not a JSON Schema (a JSON object)",
                                 "restore the schema from the project"))
    return schema


@lru_cache(maxsize=None)
def validator(schema_dir: Path, name: str):
    """A Draft 2020-12 validator for `name` (e.g. 'model.schema.json') in `schema_dir`.

    References are inlined first (recursive ones stay references): following
    a $ref costs jsonschema more than the check it leads to, and the KB has
    thousands of them.
    """
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    registry = _registry(schema_dir)
    try:
        Draft202012Validator.check_schema(registry.contents(name))
    except SchemaError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "the top level"
        raise InputError(Problem(display_path(schema_dir / name), None, None,
                                 f"is not a valid JSON Schema at {where}: {exc.message}",
                                 "correct the schema there, or restore it from the project")) from None
    schema = _inline(registry, name, registry.contents(name), ())
    return Draft202012Validator(schema, registry=registry)


def _inline(registry, base: str, node, stack: tuple):
    """`node` with every non-recursive $ref replaced by what it points to."""
    if isinstance(node, list):
        return [_inline(registry, base, n, stack) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        target = target or base
        key = (target, pointer)
        rest = {k: v for k, v in node.items() if k != "$ref"}
        if key in stack:
            return {**rest, "$ref": f"{target}#{pointer}"}
        content = registry.contents(target)
        try:
            for part in filter(None, pointer.split("/")):
                content = content[int(part) if isinstance(content, list) else part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise InputError(Problem(target, None, None, f"a reference to {target}#{pointer} leads "
                                     "nowhere", "correct the reference, or restore the schema from the project")) \
                from None
        return {**_inline(registry, target, content, stack + (key,)), **_inline(registry, base, rest, stack)}
    return {k: (_inline(registry, base, v, stack) if k not in ("$defs", "$id") else v) for k, v in node.items()}


def check(doc: Document, schema_dir: Path, name: str) -> list[Problem]:
    """Every schema violation in `doc`, each located at the offending key or value.

    A document `fastschema` finds valid has none; any other is checked by jsonschema, which
    says what is wrong and where."""
    from .fastschema import quick

    valid = quick(schema_dir, name)
    if valid is not None and valid(doc.data):
        return []
    problems = []
    for error in validator(schema_dir, name).iter_errors(doc.data):
        problems.extend(_explain(doc, error))
    problems.sort(key=lambda p: (p.line or 0, p.col or 0, p.message))
    return _dedupe(problems)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.line, p.col, p.message) not in seen:
            seen.add((p.line, p.col, p.message))
            out.append(p)
    return out


def _explain(doc: Document, error) -> list[Problem]:
    path = tuple(error.absolute_path)
    where = at(path)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return [doc.problem(path + (key,), say("unknown key", key=key, at=where), key_hint(key, allowed))
                for key in error.instance if key not in allowed]
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return [doc.problem(path, say("missing key", key=missing, at=where), say("add key", key=missing))]
    if kind == "anyOf" and _is_item(error.schema):
        return [doc.problem(path, say("no provenance", at=where), say("provenance fix"))]
    if kind == "uniqueItems":
        return [doc.problem(path + (i,), say("listed twice", value=repr(x), at=where), say("listed twice fix"))
                for i, x in enumerate(error.instance) if x in error.instance[:i]]
    if kind == "pattern" and error.validator_value.startswith("^[a-z0-9]"):
        return [doc.problem(path, say("not an id", value=repr(error.instance), at=where), say("not an id fix"))]
    if kind in _PLAIN and (kind != "minItems" or error.validator_value == 1):
        name, value = _PLAIN[kind]
        return [doc.problem(path, say(name, value=value(error), at=where), say(name + " fix"))]
    if kind == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return [doc.problem(path, say("not allowed", value=repr(error.instance), at=where),
                            say("not allowed fix", allowed=allowed))]
    if kind == "type":
        expected = error.validator_value
        numeric = {"number", "integer"} & set(expected if isinstance(expected, list) else [expected])
        fix = number_fix(error.instance) if numeric and isinstance(error.instance, str) else None
        found = type(error.instance).__name__
        types = {"expected": type_name(expected), "found": type_name(_JSON_TYPES.get(found, found))}
        return [doc.problem(path, say("wrong type", path=".".join(map(str, path)), **types) if path else
                            say("wrong type top", **types), fix or say("wrong type fix"))]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return [doc.problem(path, say("out of range", value=error.instance, at=where))]
    return [doc.problem(path, f"{error.message}{where}")]


# validator -> (its entry in the table, the value it names); the entry + " fix" is its fix
_PLAIN = {"minItems": ("empty list", lambda e: ""), "minLength": ("empty text", lambda e: ""),
          "minProperties": ("no keys", lambda e: ""), "const": ("not valid here", lambda e: repr(e.instance)),
          "anyOf": ("not valid here", lambda e: repr(e.instance))}
_JSON_TYPES = {"dict": "object", "list": "array", "str": "string", "int": "integer", "float": "number",
               "bool": "boolean", "NoneType": "null"}


def _is_item(schema: dict) -> bool:
    return "text" in schema.get("properties", {}) and "derived" in schema.get("properties", {})


def type_name(name) -> str:
    """A JSON Schema type (or a list of them) in words: "a list", "a whole number or text"."""
    if isinstance(name, list):
        return functools.reduce(lambda one, other: say("either", one=one, other=other), map(type_name, name))
    return say(f"type {name}") if f"type {name}" in PROBLEMS else name
