"""The quick schema check says "valid" exactly when jsonschema finds no error: on every bundled file and on
thousands of damaged copies (a wrong "valid" would let a bad file through; a wrong "invalid" only costs time)."""
from __future__ import annotations

import copy
import random

import pytest

from assess.kb.fastschema import equal, quick, unique
from assess.kb.schema import validator
from assess.kb.yamlsafe import load_file
from assess.resources import examples_dir, kb_dir, questionnaires_dir
from tests.test_yaml_hostile import data_paths

SCHEMAS = kb_dir() / "schema"
_KB = {"sources", "families", "objectives", "guide", "collaborative", "legal_models", "glossary", "gp_integration",
       "provider_networks"}


def _bundled() -> list[tuple[str, str]]:
    """(file, schema name) of every bundled file that has a schema."""
    files = [(str(p), f"{p.stem}.schema.json") for p in sorted(kb_dir().glob("*.yaml")) if p.stem in _KB]
    files += [(str(p), "model.schema.json") for p in sorted((kb_dir() / "models").glob("*.yaml"))]
    files += [(str(p), "questionnaire.schema.json") for p in sorted(questionnaires_dir().glob("*.yaml"))]
    for p in sorted(examples_dir().glob("*.yaml")):
        text = p.read_text(encoding="utf-8")
        if "capitated_budget" in text:
            files.append((str(p), "budget.schema.json"))
        elif "\nmembers:" in text and "\ndecisions:" in text:
            files.append((str(p), "network.schema.json"))
    return files


def _jsonschema_valid(name: str, data) -> bool:
    return next(iter(validator(SCHEMAS, name).iter_errors(data)), None) is None


@pytest.mark.parametrize("path,name", _bundled(), ids=lambda x: str(x).rsplit("/", 1)[-1])
def test_every_bundled_file_is_valid_by_both(path, name):
    check = quick(SCHEMAS, name)
    assert check is not None, f"{name} uses a keyword fastschema does not check"
    data = load_file(path).data
    assert check(data) is True and _jsonschema_valid(name, data)


_ODD_VALUES = [None, True, False, 0, 1, -1, 0.5, 0.25, 7.0, 1e300, "", "x", "Not-An-Id", "mcp", [], [1], ["x", "x"],
               {}, {"x": 1}, {"source": {"doc": "x"}}, {"derived": True}]


def _damage(data, rng: random.Random):
    """A copy of `data` with one thing changed: a value replaced, a key removed or added, a list item doubled."""
    data = copy.deepcopy(data)
    path = rng.choice([p for p in data_paths(data) if p])
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    how = rng.randrange(4)
    if how == 0:
        parent[last] = copy.deepcopy(rng.choice(_ODD_VALUES))
    elif how == 1 and isinstance(parent, dict):
        del parent[last]
    elif how == 2 and isinstance(parent, dict):
        parent[rng.choice(["extra", "id", "source", "derived", "weights", "when", "min"])] = \
            copy.deepcopy(rng.choice(_ODD_VALUES))
    elif isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    else:
        parent[last] = copy.deepcopy(rng.choice(_ODD_VALUES))
    return data


@pytest.mark.parametrize("path,name", _bundled()[::3], ids=lambda x: str(x).rsplit("/", 1)[-1])
def test_damaged_copies_get_the_same_verdict(path, name):
    rng = random.Random(path)
    data = load_file(path).data
    check = quick(SCHEMAS, name)
    for _ in range(150):
        damaged = _damage(data, rng)
        assert check(damaged) == _jsonschema_valid(name, damaged)


def test_equality_and_uniqueness_are_jsonschema_s():
    assert equal(1, 1.0) and not equal(True, 1) and not equal(False, 0) and equal([1, {"a": 2}], [1.0, {"a": 2.0}])
    assert not unique([1, 1.0]) and unique([1, True]) and unique([0, False]) and not unique([{"a": [1]}, {"a": [1]}])
    assert unique(["a", 1, None, [1], {"x": 1}]) and not unique([None, None])


DRAFT = '"$schema": "https://json-schema.org/draft/2020-12/schema", '


def test_a_schema_with_a_keyword_it_does_not_know_is_left_to_jsonschema(tmp_path):
    (tmp_path / "odd.schema.json").write_text('{' + DRAFT + '"type": "object", "patternProperties": {"^x": {}}}')
    (tmp_path / "fine.schema.json").write_text('{' + DRAFT + '"type": "array", "items": {"$ref": "odd.schema.json"}}')
    assert quick(tmp_path, "odd.schema.json") is None and quick(tmp_path, "fine.schema.json") is None


def test_a_schema_it_knows_is_compiled_and_one_without_its_draft_is_left_to_jsonschema(tmp_path):
    (tmp_path / "ok.schema.json").write_text('{' + DRAFT + '"type": "integer", "minimum": 2}')
    check = quick(tmp_path, "ok.schema.json")
    assert check(2) and check(3.0) and not check(1) and not check(True) and not check("3")
    (tmp_path / "other.schema.json").write_text('{"type": "integer"}')       # no $schema: not for the quick check
    quick.cache_clear()
    assert quick(tmp_path, "ok.schema.json") is None
