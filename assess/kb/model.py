"""The knowledge base as read-only plain data, and the ids of families, alternatives and legal models it must hold.

The care models are whatever kb/models/ holds (the bundled KB: the ten of the contract).
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from ..errors import InputError, Problem
from .freeze import freeze

FAMILY_IDS = ("acute-care-collaboration", "integrated-health-social-care", "integrated-primary-care")
ALTERNATIVE_IDS = ("buddying", "clinical-network", "informal-partnership")
LEGAL_IDS = ("lead-provider", "lead-contractor", "alliance", "joint-venture", "merger")
MODEL_SECTIONS = ("overview", "examples", "business_case", "benefits", "governance",
                  "regulation", "barriers", "workforce")


class KnowledgeBase:
    """The whole knowledge base as read-only plain data.

    `root`, `digest` and `models` (id -> model, in option order) are at hand; every other part
    (`sources`: id -> source, `families`, `objectives`, `guide`, `collaborative`, `legal_models`,
    `glossary`, `gp_integration`, `provider_networks`, `since`: later public documents and what they
    state) is made by `parts[name]()` when first read, so a command reads and freezes only the parts
    it uses. A plain class, not a dataclass: a dataclass costs its creation at every start-up.
    """

    def __init__(self, root: Path, digest: str, models: MappingProxyType, parts: Mapping[str, Callable[[], Any]]):
        self.__dict__.update(root=root, digest=digest, models=models, _parts=parts)

    def __getattr__(self, name: str):
        """A part not read yet: made, frozen, kept (Python asks only for attributes not already set)."""
        make = self.__dict__.get("_parts", {}).get(name)
        if make is None:
            raise AttributeError(f"the knowledge base has no part {name!r}")
        value = self.__dict__[name] = make()
        return value

    def __setattr__(self, name: str, value: Any):
        raise AttributeError(f"the knowledge base is read-only (setting {name!r})")

    def document(self, doc_id: str):
        """A cited document: one of the sources, or a later document of the "since the sources" layer."""
        return self.documents[doc_id]

    @cached_property
    def documents(self) -> dict:
        """Every document a statement may cite, by id: the later documents, then the sources over them."""
        return {**{d["id"]: d for d in self.since["documents"]}, **self.sources}

    def since_for(self, model_id: str) -> tuple:
        """Statements of the "since the sources" layer that map a later arrangement onto this model."""
        return tuple(s for s in self.since["statements"] if model_id in s.get("maps_to", {}).get("models", ()))

    def model(self, model_id: str):
        try:
            return self.models[model_id]
        except KeyError:
            raise UnknownId("model", model_id, list(self.models)) from None

    def family(self, family_id: str):
        return next(f for f in self.families if f["id"] == family_id)

    def aligned_to(self, model_id: str) -> tuple:
        """The objective alignments of one model, in file order."""
        return self._alignments.get(model_id, ())

    @cached_property
    def _alignments(self) -> dict:
        """Model id -> its alignments (indexed once: pages of a thousand models would scan the list each)."""
        out: dict[str, list] = {}
        for link in self.objectives["alignment"]:
            out.setdefault(link["model"], []).append(link)
        return {model_id: tuple(links) for model_id, links in out.items()}

    def variants_of(self, model_id: str) -> tuple:
        return tuple(v for v in self.gp_integration["variants"] if v["model"] == model_id)

    def alternative(self, alt_id: str):
        return next(a for a in self.collaborative["alternatives"] if a["id"] == alt_id)

    def legal_model(self, legal_id: str):
        return next(m for m in self.legal_models["models"] if m["id"] == legal_id)


SUMMARY = ("id", "option", "name", "short_name", "family")    # what lists of models show


def summary(model: Mapping) -> dict:
    """The keys of SUMMARY that a model's data has."""
    return {key: model[key] for key in SUMMARY if key in model}


class LazyModel(Mapping):
    """A care model's read-only data: its summary at hand, the rest parsed and frozen when first read.

    `source` is the model's plain data or its JSON bytes (from the cache): with a
    thousand models, a command that lists or scores them reads only the few it explains.
    """

    __slots__ = ("_summary", "_source", "_data")

    def __init__(self, summary_: dict, source):
        self._summary, self._source, self._data = summary_, source, None

    def _full(self) -> Mapping:
        if self._data is None:
            if not isinstance(self._source, dict):
                import json

                self._source = json.loads(bytes(self._source))
            self._data, self._source = freeze(self._source), None
        return self._data

    def __getitem__(self, key):
        if key in SUMMARY:
            return self._summary[key]          # KeyError when the model has no such key
        return self._full()[key]

    def __iter__(self):
        return iter(self._full())

    def __len__(self) -> int:
        return len(self._full())

    def __repr__(self) -> str:
        return f"LazyModel({self._summary.get('id')!r})"


class UnknownId(InputError):
    """An id that is not in the knowledge base, with the closest ones."""

    def __init__(self, kind: str, given: str, known: list[str]):
        from difflib import get_close_matches  # only when naming the closest ids

        lowered = {k.lower(): k for k in known}  # 'MCP' is close to 'mcp'
        close = [lowered[c] for c in get_close_matches(given.lower(), list(lowered), n=3, cutoff=0.4)]
        close += [k for k in known if given and given.lower() in k.lower() and k not in close]
        hint = f"did you mean {', '.join(close[:3])}?" if close else "known: " + ", ".join(known)
        super().__init__(Problem("command line", None, None, f"no {kind} '{given}'", hint))
