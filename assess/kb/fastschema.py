"""A quick yes-or-no JSON Schema check, so that checking valid files never imports jsonschema.

The schemas in kb/schema/ use a handful of Draft 2020-12 keywords. `quick(schema_dir, name)`
compiles the named schema into one predicate with the semantics of jsonschema's
Draft202012Validator as `schema.check` uses it (formats not asserted), or gives None when the
schema uses any keyword not written here. Only a yes is relied on: a document the predicate
refuses is checked again by jsonschema, whose errors become the file:line messages. Importing
jsonschema and walking its validators cost a cold load of the KB 150 ms; this walk costs a
tenth of that. tests/test_fastschema.py compares both on every bundled file and on damaged copies.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

Check = Callable[[Any], bool]
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# keywords that never make a document invalid
ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
                         "format", "deprecated", "readOnly", "writeOnly", "then", "else"})   # then/else: see `if`

_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
}
_NUMBER = _TYPES["number"]
_TRUE, _FALSE = object(), object()


class Unsupported(Exception):
    """The schema uses something this module does not check: jsonschema checks it instead."""


@lru_cache(maxsize=None)
def quick(schema_dir: Path, name: str) -> Check | None:
    """The predicate of schema `name` in `schema_dir` (True: valid), or None when it cannot be compiled."""
    try:
        docs = {p.name: json.loads(p.read_text("utf-8")) for p in sorted(Path(schema_dir).glob("*.schema.json"))}
        if any(not isinstance(d, dict) or d.get("$schema") != DRAFT for d in docs.values()):
            return None         # jsonschema says what is wrong with such a schema
        return _Compiler(docs).ref(name, "#")
    except (Unsupported, OSError, ValueError, KeyError, TypeError, re.error):
        return None


def _unbool(value: Any) -> Any:
    return _TRUE if value is True else _FALSE if value is False else value


def equal(one: Any, two: Any) -> bool:
    """JSON equality as jsonschema has it: true is not 1, 1 is 1.0, lists and mappings compared deeply."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(map(equal, one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return len(one) == len(two) and all(key in two and equal(value, two[key]) for key, value in one.items())
    return _unbool(one) == _unbool(two)


def unique(items: list) -> bool:
    """`uniqueItems` as jsonschema decides it (sorted neighbours when the items sort, else every pair)."""
    try:
        ordered = sorted(_unbool(i) for i in items)
        return not any(equal(a, b) for a, b in zip(ordered, ordered[1:]))
    except (NotImplementedError, TypeError):
        seen: list = []
        for item in map(_unbool, items):
            if any(equal(s, item) for s in seen):
                return False
            seen.append(item)
        return True


def _multiple(value: Any, step: Any) -> bool:
    if isinstance(step, float):
        quotient = value / step
        try:
            return int(quotient) == quotient
        except OverflowError:
            from fractions import Fraction

            return (Fraction(value) / Fraction(step)).denominator == 1
    return not value % step


class _Compiler:
    def __init__(self, docs: dict[str, Any]):
        self.docs = docs
        self.refs: dict[tuple[str, str], Check] = {}

    def ref(self, base: str, ref: str) -> Check:
        """The check a $ref points to (compiled once; a recursive reference waits for its own check)."""
        target, _, pointer = ref.partition("#")
        key = (target or base, pointer)
        if key not in self.refs:
            cell: list[Check] = []
            self.refs[key] = lambda value: cell[0](value)
            node = self.docs[key[0]]
            for part in filter(None, pointer.split("/")):
                if "~" in part or "%" in part:
                    raise Unsupported(f"pointer {pointer}")
                node = node[int(part) if isinstance(node, list) else part]
            cell.append(self.schema(node, key[0]))
        return self.refs[key]

    def schema(self, node: Any, base: str) -> Check:
        if node is True or node is False:
            return lambda value, verdict=node: verdict
        if not isinstance(node, dict):
            raise Unsupported(repr(node)[:40])
        checks = []
        for key, value in node.items():
            if key in ANNOTATIONS:
                continue
            make = _KEYWORDS.get(key)
            if make is None:
                raise Unsupported(key)
            checks.append(make(self, value, node, base))
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)


def _type(c: _Compiler, types: Any, node: dict, base: str) -> Check:
    tests = [_TYPES[t] for t in ([types] if isinstance(types, str) else types)]
    return tests[0] if len(tests) == 1 else (lambda v: any(t(v) for t in tests))


def _properties(c: _Compiler, properties: dict, node: dict, base: str) -> Check:
    subs = [(key, c.schema(sub, base)) for key, sub in properties.items()]
    return lambda v: not isinstance(v, dict) or all(check(v[key]) for key, check in subs if key in v)


def _additional(c: _Compiler, extra: Any, node: dict, base: str) -> Check:
    if "patternProperties" in node:
        raise Unsupported("patternProperties")
    known = frozenset(node.get("properties", ()))
    if extra is False:
        return lambda v: not isinstance(v, dict) or known.issuperset(v)
    sub = c.schema(extra, base)
    return lambda v: not isinstance(v, dict) or all(sub(x) for key, x in v.items() if key not in known)


def _items(c: _Compiler, items: Any, node: dict, base: str) -> Check:
    if "prefixItems" in node:
        raise Unsupported("prefixItems")
    sub = c.schema(items, base)
    return lambda v: not isinstance(v, list) or all(map(sub, v))


def _if(c: _Compiler, condition: Any, node: dict, base: str) -> Check:
    test = c.schema(condition, base)
    then = c.schema(node["then"], base) if "then" in node else (lambda v: True)
    other = c.schema(node["else"], base) if "else" in node else (lambda v: True)
    return lambda v: then(v) if test(v) else other(v)


def _sized(kind: Check, compare: Callable[[int, Any], bool]) -> Callable:
    return lambda c, limit, node, base: (lambda v: not kind(v) or compare(len(v), limit))


def _number(compare: Callable[[Any, Any], bool]) -> Callable:
    return lambda c, limit, node, base: (lambda v: not _NUMBER(v) or compare(v, limit))


def _many(combine: Callable[[list[bool]], bool]) -> Callable:
    def make(c: _Compiler, subschemas: list, node: dict, base: str) -> Check:
        subs = [c.schema(s, base) for s in subschemas]
        return lambda v: combine([sub(v) for sub in subs])
    return make


def _pattern(c: _Compiler, pattern: str, node: dict, base: str) -> Check:
    search = re.compile(pattern).search
    return lambda v: not isinstance(v, str) or search(v) is not None


_OBJECT, _ARRAY, _STRING = _TYPES["object"], _TYPES["array"], _TYPES["string"]
_KEYWORDS: dict[str, Callable] = {
    "$ref": lambda c, ref, node, base: c.ref(base, ref),
    "type": _type,
    "properties": _properties,
    "additionalProperties": _additional,
    "items": _items,
    "if": _if,
    "required": lambda c, keys, node, base: (lambda v: not isinstance(v, dict) or all(k in v for k in keys)),
    "dependentRequired": lambda c, deps, node, base: (lambda v: not isinstance(v, dict) or all(
        all(k in v for k in needed) for key, needed in deps.items() if key in v)),
    "propertyNames": lambda c, sub, node, base: (
        lambda v, check=c.schema(sub, base): not isinstance(v, dict) or all(map(check, v))),
    "enum": lambda c, options, node, base: (lambda v: any(equal(o, v) for o in options)),
    "const": lambda c, value, node, base: (lambda v: equal(v, value)),
    "not": lambda c, sub, node, base: (lambda v, check=c.schema(sub, base): not check(v)),
    "anyOf": _many(any),
    "allOf": _many(all),
    "oneOf": _many(lambda verdicts: verdicts.count(True) == 1),
    "minItems": _sized(_ARRAY, lambda n, limit: n >= limit),
    "maxItems": _sized(_ARRAY, lambda n, limit: n <= limit),
    "minLength": _sized(_STRING, lambda n, limit: n >= limit),
    "minProperties": _sized(_OBJECT, lambda n, limit: n >= limit),
    "uniqueItems": lambda c, flag, node, base: (lambda v: not flag or not isinstance(v, list) or unique(v)),
    "minimum": _number(lambda v, limit: v >= limit),
    "maximum": _number(lambda v, limit: v <= limit),
    "exclusiveMinimum": _number(lambda v, limit: v > limit),
    "multipleOf": _number(_multiple),
    "pattern": _pattern,
}
