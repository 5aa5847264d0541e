"""The bundled knowledge base: complete, sourced, faithful to the seeds, consistent, immutable."""
from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from assess import kb as kbmod

# DESIGN.md "Identifiers — contract": option order and families.
MODELS = {
    "multi-site-trust": "acute-care-collaboration",
    "hospital-chain": "acute-care-collaboration",
    "specialty-franchise": "acute-care-collaboration",
    "uec-network": "acute-care-collaboration",
    "aco": "integrated-health-social-care",
    "mcp": "integrated-health-social-care",
    "pacs": "integrated-health-social-care",
    "care-homes": "integrated-health-social-care",
    "gp-federation": "integrated-primary-care",
    "super-practice": "integrated-primary-care",
}
SECTIONS = ("benefits", "governance", "regulation", "barriers", "workforce")
BUSINESS_CASE = ("finances", "leadership", "strategy")

# Items of kb/models that are deliberate close paraphrases of their seed: the KB adds a
# label before a verbatim phrase of the seed. Only the phrase after the label is checked.
PARAPHRASES = {
    ("multi-site-trust", "Key success factor: clinician support"),
    ("multi-site-trust", "Key success factor: staff and key stakeholder engagement and support"),
    ("multi-site-trust", "Key success factor: public acceptance"),
    ("multi-site-trust", "Key success factor: adequate resources"),
    ("multi-site-trust", "Key success factor: consistency in approach"),
    ("multi-site-trust", "Key success factor: clear and considered integration and workforce plan"),
    ("uec-network", "Model for Urgent and Emergency Care Networks: Urgent and Emergency Care Networks Board"),
}


# --------------------------------------------------------------------- helpers

def walk(value, path=()):
    """Every (path, mapping) in frozen data, depth first."""
    if isinstance(value, Mapping):
        yield path, value
        for key, child in value.items():
            yield from walk(child, path + (key,))
    elif isinstance(value, tuple | list):
        for i, child in enumerate(value):
            yield from walk(child, path + (i,))


def statements(value):
    """(path, item) for every statement: a mapping with a `text`."""
    return [(p, m) for p, m in walk(value) if "text" in m]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "″": '"', "–": "-", "—": "-", "‐": "-", "‑": "-"})


def normalise(text: str) -> str:
    """Compare text, not typography: quotes, dashes, Markdown bold, and white space
    (including space around punctuation, which the seeds use inconsistently)."""
    text = " ".join(text.replace("**", "").translate(_QUOTES).split())
    return re.sub(r" ?([.,;:!?'\"()/-]) ?", r"\1", text)


@pytest.fixture(scope="module")
def seeds(kb, seed_files):
    """doc id -> (raw text, normalised text) of its source document (tests/conftest.py SEED_FILES)."""
    out = {}
    for doc_id in kb.sources:
        raw = seed_files[doc_id].read_text("utf-8")
        out[doc_id] = (raw, normalise(raw))
    return out


# --------------------------------------------------------------------- the bundled KB

def test_bundled_kb_validates():
    assert [str(p) for p in kbmod.validate()] == []


def test_ten_models_in_option_order_with_their_families(kb):
    assert list(kb.models) == list(MODELS)
    assert [m["option"] for m in kb.models.values()] == list(range(1, 11))
    assert {mid: m["family"] for mid, m in kb.models.items()} == MODELS
    assert [f["id"] for f in kb.families] == list(dict.fromkeys(MODELS.values()))
    for family in kb.families:
        assert list(family["models"]) == [mid for mid, fid in MODELS.items() if fid == family["id"]]
        assert kb.family(family["id"]) is family


@pytest.mark.parametrize("model_id", MODELS)
def test_every_section_is_filled(kb, model_id):
    m = kb.models[model_id]
    assert m["name"].strip() and m["overview"]["text"].strip()
    for key in BUSINESS_CASE:
        assert m["business_case"][key], f"{model_id}: business_case.{key} is empty"
    for key in SECTIONS:
        assert m[key], f"{model_id}: {key} is empty"
        assert all(item["text"].strip() for item in m[key])


@pytest.mark.parametrize("model_id", MODELS)
def test_examples_or_a_note_saying_why_not(kb, model_id):
    m = kb.models[model_id]
    if m["examples"]:
        assert all(e["organisation"].strip() and e["source"]["where"] for e in m["examples"])
    else:
        note = m.get("examples_note")
        assert note and note["text"].strip(), f"{model_id}: no examples and no examples_note"


def test_every_statement_is_sourced_or_derived_with_a_rationale(kb):
    """Sourced from the five documents; the glossary may also cite a later document for what has changed since,
    and the "since the sources" layer cites only later documents."""
    later = {d["id"] for d in kb.since["documents"]}
    for path, item in statements(kb.since["statements"]):
        if not item.get("derived"):
            assert item["source"]["doc"] in later, f"since.{'.'.join(map(str, path))}: not a later document"
    checked = 0
    for name in ("models", "families", "objectives", "guide", "collaborative", "legal_models", "glossary",
                 "gp_integration", "provider_networks"):
        for path, item in statements(getattr(kb, name)):
            where = f"{name}.{'.'.join(map(str, path))}"
            if item.get("derived"):
                assert item.get("rationale", "").strip(), f"{where}: derived without a rationale"
            else:
                source = item.get("source")
                assert source, f"{where}: no source and not derived"
                allowed = set(kb.sources) | (later if name == "glossary" else set())
                assert source["doc"] in allowed and source["where"].strip(), where
            checked += 1
    assert checked > 400


def test_model_sources_name_their_option(kb):
    for model_id, m in kb.models.items():
        for path, mapping in walk(m):
            if path[:1] == ("related",) or "source" not in mapping:
                continue
            where = mapping["source"]["where"]
            assert where.startswith(f"Option {m['option']}:"), f"{model_id}.{'.'.join(map(str, path))}: {where!r}"


def test_example_organisations_occur_verbatim_in_their_seed(kb, seeds):
    checked = 0
    for name, data in (("models", kb.models), ("collaborative", kb.collaborative),
                       ("gp_integration", kb.gp_integration)):
        for path, example in walk(data):
            if "organisation" not in example:
                continue
            doc = example["source"]["doc"]
            assert example["organisation"] in seeds[doc][0], (
                f"{name}.{'.'.join(map(str, path))}: {example['organisation']!r} is not in {doc}")
            checked += 1
    assert checked >= 30


def test_model_texts_are_found_in_their_seed(kb, seeds):
    missing, paraphrased = [], set()
    for model_id, m in kb.models.items():
        for path, item in statements(m):
            if item.get("derived"):
                continue
            seed = seeds[item["source"]["doc"]][1]
            if (model_id, item["text"]) in PARAPHRASES:
                paraphrased.add((model_id, item["text"]))
                assert normalise(item["text"].split(": ", 1)[1]) in seed, item["text"]
            elif normalise(item["text"]) not in seed:
                missing.append(f"{model_id}.{'.'.join(map(str, path))}: {item['text'][:100]!r}")
    assert not missing, "not found in the seed:\n" + "\n".join(missing)
    assert paraphrased == PARAPHRASES, f"no longer in kb/models, remove from PARAPHRASES: {PARAPHRASES - paraphrased}"


def test_normalise_ignores_typography_only():
    assert normalise("a ‘b’ – “c” **d**\n  e .") == normalise("a 'b' - \"c\" d e.")
    assert normalise("Co-working –develop") == normalise("Co-working – develop")
    assert normalise("one two") != normalise("onetwo")


def test_loaded_kb_is_immutable(kb):
    mcp = kb.models["mcp"]
    with pytest.raises(TypeError):
        mcp["name"] = "changed"
    with pytest.raises(TypeError):
        kb.models["new"] = {}
    with pytest.raises(TypeError):
        mcp["benefits"][0] = {}
    with pytest.raises(TypeError):
        mcp["benefits"][0]["text"] = "changed"
    with pytest.raises(TypeError):
        mcp["business_case"]["finances"] = ()
    with pytest.raises(TypeError):
        kb.sources["hlp-module-1"]["title"] = "elsewhere"
    with pytest.raises(AttributeError):
        kb.models = {}
    with pytest.raises(AttributeError):
        kb.sources = {}
    assert isinstance(kb.families, tuple) and isinstance(kb.glossary, tuple)


def test_digest_is_stable(kb, tmp_path):
    first = kbmod.digest(kb.root)
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    assert kbmod.digest(kb.root) == first == kb.digest
    shutil.copytree(kb.root, tmp_path / "kb")
    assert kbmod.digest(tmp_path / "kb") == first, "the digest depends on content, not on where kb/ is"
    mcp = tmp_path / "kb" / "models" / "mcp.yaml"
    mcp.write_bytes(mcp.read_bytes() + b"\n# changed\n")
    assert kbmod.digest(tmp_path / "kb") != first


# --------------------------------------------------------------------- cross-references

MCP = Path("kb", "models", "mcp.yaml")
ACO = Path("kb", "models", "aco.yaml")
FAMILIES = Path("kb", "families.yaml")


def _line_of(path: Path, fragment: str) -> tuple[int, str]:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if fragment in line:
            return n, line
    raise AssertionError(f"{fragment!r} not in {path}")


def _replace_in_line(path: Path, n: int, old: str, new: str) -> None:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert old in lines[n - 1]
    lines[n - 1] = lines[n - 1].replace(old, new, 1)
    path.write_text("".join(lines), "utf-8")


@pytest.fixture(scope="module")
def broken(repo, tmp_path_factory):
    """A copy of kb/ with four cross-reference errors, validated once: (expected, problems)."""
    root = tmp_path_factory.mktemp("broken")
    shutil.copytree(repo / "kb", root / "kb")
    expected = {}

    n, line = _line_of(root / MCP, "family: integrated-health-social-care")
    _replace_in_line(root / MCP, n, "integrated-health-social-care", "integrated-health-social-cares")
    expected["family"] = (f"{MCP}:{n}:1: unknown family 'integrated-health-social-cares'",
                          "did you mean 'integrated-health-social-care'?")
    expected["family-disagrees"] = (f"{MCP}:{n}:1: family 'integrated-health-social-cares' but kb/families.yaml "
                                    "lists this model under 'integrated-health-social-care'", "")

    n, line = _line_of(root / ACO, "doc: hlp-module-1")
    _replace_in_line(root / ACO, n, "doc: hlp-module-1", "doc: hlp-modul-1")
    expected["source-doc"] = (f"{ACO}:{n}:{line.index('doc:') + 1}: unknown source document 'hlp-modul-1'",
                              "did you mean 'hlp-module-1'?")

    n, line = _line_of(root / FAMILIES, "models: [aco, mcp, pacs, care-homes]")
    _replace_in_line(root / FAMILIES, n, "pacs", "pcas")
    expected["family-model"] = (f"{FAMILIES}:{n}:{line.index('pacs') + 1}: unknown model 'pcas'",
                                "did you mean 'pacs'?")
    pacs = Path("kb", "models", "pacs.yaml")
    n, _ = _line_of(root / pacs, "family: ")
    expected["no-family"] = (f"{pacs}:{n}:1: kb/families.yaml lists this model in no family",
                             "add 'pacs' to the models of family 'integrated-health-social-care'")

    (root / "kb" / "models" / "super-practice.yaml").unlink()
    expected["deleted-model"] = (f"{Path('kb', 'models')}: model 'super-practice' is missing", "super-practice.yaml")

    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        problems = kbmod.validate(Path("kb"))
    return expected, problems


@pytest.mark.parametrize("case", ["family", "family-disagrees", "source-doc", "family-model", "no-family",
                                  "deleted-model"])
def test_cross_reference_errors_are_reported_with_file_and_line(broken, case):
    expected, problems = broken
    first_line, hint = expected[case]
    shown = [str(p) for p in problems]
    matches = [s for s in shown if s.split("\n")[0] == first_line]
    assert matches, f"expected {first_line!r} among:\n" + "\n".join(shown)
    assert hint in matches[0]


def test_cross_reference_errors_are_all_reported_at_once(broken):
    expected, problems = broken
    assert len(problems) == len(expected), "\n".join(map(str, problems))


def test_load_refuses_an_invalid_kb(repo, tmp_path):
    from assess.errors import InputError

    shutil.copytree(repo / "kb", tmp_path / "kb")
    (tmp_path / "kb" / "models" / "mcp.yaml").unlink()
    with pytest.raises(InputError) as info:
        kbmod.load(tmp_path / "kb")
    assert any("model 'mcp' is missing" in p.message for p in info.value.problems)



@pytest.mark.parametrize("text, says", [
    ('{"a": ', "model.schema.json:1:7: is not valid JSON"),
    ("[1]", "model.schema.json:1:1: is not a JSON Schema"),
    ('{"type": "object"}', "does not say which JSON Schema version it follows"),
    ('{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": 5}', "is not a valid JSON Schema at type"),
])
def test_a_broken_schema_is_a_located_error_not_a_crash(cli, repo, tmp_path, text, says):
    shutil.copytree(repo / "kb", tmp_path / "kb")
    (tmp_path / "kb" / "schema" / "model.schema.json").write_text(text)
    result = cli("kb", "validate", tmp_path / "kb")
    assert result.exit_code == 1 and says in result.output, result.output
    assert "internal error" not in result.output and "fix:" in result.output


CONTRACT_MODELS = ("multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network", "aco", "mcp", "pacs",
                   "care-homes", "gp-federation", "super-practice")     # ../shared/DESIGN.md, by option number


def test_the_bundled_kb_holds_the_ten_contract_models_in_option_order(kb):
    assert tuple(kb.models) == CONTRACT_MODELS
    assert [m["option"] for m in kb.models.values()] == list(range(1, 11))


def test_a_kb_may_hold_another_number_of_models(repo, tmp_path):
    """Models are the files of kb/models/: an eleventh (option 11) in its family is a valid KB."""
    root = tmp_path / "kb"
    shutil.copytree(repo / "kb", root)
    text = (root / "models" / "mcp.yaml").read_text(encoding="utf-8")
    (root / "models" / "mcp-two.yaml").write_text(text.replace("id: mcp\n", "id: mcp-two\n", 1)
                                                  .replace("option: 6\n", "option: 11\n", 1), encoding="utf-8")
    families = root / "families.yaml"
    families.write_text(families.read_text(encoding="utf-8").replace("models: [aco, mcp, pacs, care-homes]",
                                                                     "models: [aco, mcp, pacs, care-homes, mcp-two]"),
                        encoding="utf-8")
    objectives = root / "objectives.yaml"
    objectives.write_text(objectives.read_text(encoding="utf-8").replace(
        "alignment:\n", "alignment:\n  - objective: expanding-services-across-multiple-sites\n    model: mcp-two\n"
        "    derived: true\n    rationale: \"A test model.\"\n    source: {doc: hlp-module-1, where: \"Quick Guide\"}\n",
        1), encoding="utf-8")
    assert kbmod.validate(root) == []
    assert list(kbmod.load(root).models)[-1] == "mcp-two"
