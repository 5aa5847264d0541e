"""Every passage the questionnaires and the knowledge base quote ('...') is found in the source documents.

A weight's reason or a help text may quote the pack in single quotes; the quote must be the pack's words
(typography, case, nested quote marks and "..." aside). Quotes of the questionnaire itself (an option label,
an answer id, a command) are listed in NOT_QUOTES.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.test_kb import _QUOTES, normalise

# Single-quoted text that names the questionnaire or the tool rather than quoting a source.
NOT_QUOTES = {
    "dont-know", "none known", "yes, on any decision", "assess budget",
    "80,000 to under 150,000", "30,000 to under 80,000",
}
# Quotes the source text splits across a page break (the alliance contract footnote of the BMA paper).
SPLIT_IN_SOURCE = {("kb/legal_models.yaml", "models.2.description.1.text")}
QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))['‘](.+?)['’](?=$|[\s),.;:!?\]])")
# kb/since.yaml quotes later public documents, not the sources: tests/test_since.py checks its quotes against
# the words recorded from each document.
FILES = sorted(Path("questionnaires").glob("*.yaml")) + sorted(p for p in Path("kb").glob("*.yaml")
                                                             if p.name != "since.yaml")


def _flat(text: str) -> str:
    """Normalised, lower case, without quote marks (nested quotes are dropped when quoting) or a closing full stop."""
    return normalise(text.translate(_QUOTES).replace("'", "").replace('"', "")).lower().rstrip(".")


def _strings(value, path=()):
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("reason", "text", "rationale") and isinstance(child, str):
                yield path + (key,), child
            else:
                yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _strings(child, path + (i,))


@pytest.fixture(scope="module")
def seed_text(seed_files):
    return " ".join(_flat(path.read_text("utf-8")) for path in seed_files.values())


@pytest.mark.parametrize("name", [str(f) for f in FILES])
def test_quoted_passages_are_in_the_sources(repo, seed_text, name):
    data = yaml.safe_load((repo / name).read_text("utf-8"))
    missing = []
    for path, text in _strings(data):
        if (name, ".".join(map(str, path))) in SPLIT_IN_SOURCE:
            continue
        for quote in QUOTE.findall(text):
            if quote.strip().lower() in NOT_QUOTES:
                continue
            for part in re.split(r"\.\.\.|…", quote):
                if part.strip() and _flat(part) not in seed_text:
                    missing.append(f"{name}:{'.'.join(map(str, path))}: {part.strip()!r}")
    assert not missing, "quoted but not in the sources:\n" + "\n".join(missing)


@pytest.mark.parametrize("name", [str(f) for f in sorted(Path("questionnaires").glob("*.yaml"))])
def test_every_exclusion_quotes_the_passage_it_rests_on(repo, name):
    """A hard exclusion must rest on a categorical passage, quoted (and so checked above), with its source."""
    data = yaml.safe_load((repo / name).read_text("utf-8"))
    for i, rule in enumerate(data.get("rules", ())):
        assert QUOTE.findall(rule["reason"]) or rule.get("derived"), f"{name}: rule {i} ({rule['target']}) quotes nothing"
        assert rule.get("source"), f"{name}: rule {i} ({rule['target']}) has no source"
