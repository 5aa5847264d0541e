"""Immutable views of plain data."""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


def freeze(value: Any) -> Any:
    """Dicts become read-only mappings and lists tuples, all the way down."""
    kind = type(value)
    if kind is dict or (kind is not list and isinstance(value, dict)):
        return MappingProxyType({k: v if type(v) in _ATOMS else freeze(v) for k, v in value.items()})
    if kind is list or isinstance(value, list):
        return tuple([v if type(v) in _ATOMS else freeze(v) for v in value])
    return value


_ATOMS = frozenset({str, int, float, bool, type(None)})


def thaw(value: Any) -> Any:
    """The plain dict/list form of frozen data (for JSON output)."""
    if isinstance(value, MappingProxyType | dict | Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [thaw(v) for v in value]
    return value
