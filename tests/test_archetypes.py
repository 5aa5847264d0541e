"""Archetypes: for each of the thirteen options, answers written from what the sources say it is.

Each option has two answers files in tests/archetypes/: `<id>.yaml`, answered as the option's defining
sentences describe it, must put that option first (the recommendation); `<id>-noisy.yaml`, the same
situation answered less tidily (some "don't know", a few answers that lean elsewhere), must keep it in the
top two of the options not ruled out. `DEFINING` quotes the sentences each set was written from, with
where in the source documents they are; `test_defining_sentences_are_in_the_knowledge_base` checks that
every quote is the knowledge base's text at that place, so the archetypes stay tied to the sources.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assess.engine.assessment import run

HERE = Path(__file__).parent / "archetypes"

# option -> the sentences its archetypes were written from: (quote, where in the source, as the KB cites it)
DEFINING = {
    "multi-site-trust": [
        ("A Multi-Site Trust is where one NHS Trust acquires or merges with another NHS Foundation Trust meaning "
         "there are multiple locations available", "Option 1: Multi-Site Trust – Overview"),
        ("Both are led by a Trust Board", "Option 1: Multi-Site Trust – Governance"),
    ],
    "hospital-chain": [
        ("a number of organisations operating under the common control of a 'group' entity which sets governance, "
         "standards, protocols and procedures", "Option 2: Hospital chain – Overview"),
        ("A high-performing organisation will take the lead in developing the chain",
         "Option 2: Hospital chain – Overview"),
    ],
    "specialty-franchise": [
        ("one provider organisation (the 'franchisor') delivers a service or specialty from premises owned by "
         "another provider organisation", "Option 3: Multi-Site Speciality Franchise – Overview"),
        ("The partner organisations will remain independent", "Option 3: Multi-Site Speciality Franchise – Governance"),
    ],
    "uec-network": [
        ("Urgent and Emergency Networks are charged with changing the way in which organisations work together by "
         "improving coordination of urgent and emergency care services to reduce pressure on A&E departments",
         "Option 4: Urgent and Emergency Care Networks – Overview"),
        ("The partner organisations will remain independent", "Option 4: Urgent and Emergency Care Networks – Governance"),
    ],
    "aco": [
        ("groups of providers that take collective responsibility for the quality and cost of population health, "
         "with primary care at the heart of the ACO",
         "Option 5: Accountable Care Organisation or Integrated Care Organisation (ACO/ICO) – Overview"),
    ],
    "mcp": [
        ("the formation of a large group of practices - as federations or super-practices – which would become the "
         "focal point for delivery of a far wider range of care needed by their registered patients",
         "Option 6: MCP – Overview"),
        ("Developments may initially focus on developing collaborative patient pathways through virtual integration",
         "Part Two: Multispecialty Community Providers (MCPs) – ‘Directed’ MCP model – Features"),
    ],
    "pacs": [
        ("'vertical' integration of primary and acute care services, under which single organisations will be able "
         "to provide NHS list-based GP and hospital services", "Option 7: PACS – Overview"),
    ],
    "care-homes": [
        ("This model aims to give older people a better, joined up health, care and rehabilitation service in care "
         "homes", "Option 8: Enhanced Health in Care Homes – Overview"),
        ("it may simply require changes to existing contractual arrangements",
         "Option 8: Enhanced Health in Care Homes – Governance"),
    ],
    "gp-federation": [
        ("a form of collaboration based on membership of a separate company, allowing the sharing of resources and "
         "costs, but with members retaining own practice autonomy", "Option 9: GP Federations – Overview"),
        ("Members elect the board", "Option 9: GP Federations – Governance"),
    ],
    "super-practice": [
        ("a large-scale single general practice partnership structure that has been created through formal "
         "partnership mergers", "Option 10: Super-Practices – Overview"),
    ],
    "buddying": [
        ("Trusts that have been put into 'special measures' or 'turnaround' after serious failures in the quality of "
         "care; they are generally 'buddied' with a high-performing partner organisation",
         "What are the opportunities for collaborative models? – Buddying"),
        ("Buddying encourages shared learning and drives improvements.",
         "What are the opportunities for collaborative models? – Buddying"),
    ],
    "clinical-network": [
        ("Clinical or learning networks may align policies between institutions but they do not create new "
         "integrated delivery structures", "What are the opportunities for collaborative models? – Strategic clinical networks"),
        ("Stroke and Cancer networks", "What are the opportunities for collaborative models? – Strategic clinical networks"),
    ],
    "informal-partnership": [
        ("Informal partnerships are often based around a need to take an MDT approach, or where it makes sense for "
         "groups of primary healthcare professionals to come together",
         "What are the opportunities for collaborative models? – Informal Partnerships"),
        ("look at the needs of the local population and how they can improve services together by working across "
         "their organisational boundaries", "What are the opportunities for collaborative models? – Informal Partnerships"),
    ],
}

# Care models the sources say need no new organisation, or may start without one: a "no structural change"
# answer must not hand the decision to a collaborative alternative when the rest of the answers describe them.
NO_NEW_ORGANISATION = ("uec-network", "care-homes", "mcp", "pacs")


def _result(name: str, kb) -> dict:
    return run([HERE / f"{name}.yaml"], kb).result


def _changed(kb, name: str, tmp_path: Path, answers: dict) -> dict:
    """The result of an archetype with some answers changed."""
    doc = yaml.safe_load((HERE / f"{name}.yaml").read_text("utf-8"))
    doc["answers"].update(answers)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    return run([path], kb).result


def _standing(result: dict) -> list[str]:
    """Every option not ruled out (care models and alternatives), best first."""
    rows = [r for r in result["ranking"] + result["alternatives"] if not r["excluded"]]
    rows.sort(key=lambda r: -r["score"])
    return [r.get("model", r.get("id")) for r in rows]


def test_every_option_has_both_archetypes(kb):
    options = list(kb.models) + [a["id"] for a in kb.collaborative["alternatives"]]
    assert sorted(DEFINING) == sorted(options) and len(options) == 13
    assert sorted(p.stem for p in HERE.glob("*.yaml")) == sorted(
        [o for o in options] + [f"{o}-noisy" for o in options])


@pytest.mark.parametrize("option", sorted(DEFINING))
def test_archetype_puts_its_option_first(kb, option):
    result = _result(option, kb)
    rec = result["recommendation"]
    assert (rec["kind"], rec["id"]) != ("none", None), f"{option}: nothing recommended"
    assert rec["id"] == option, f"{option}: recommends {rec['id']}; standing {_standing(result)[:3]}"


@pytest.mark.parametrize("option", sorted(DEFINING))
def test_noisy_archetype_keeps_its_option_in_the_top_two(kb, option):
    standing = _standing(_result(f"{option}-noisy", kb))
    assert option in standing[:2], f"{option}-noisy: top two {standing[:2]}"


@pytest.mark.parametrize("name", [n for o in NO_NEW_ORGANISATION for n in (o, f"{o}-noisy")])
def test_no_structural_change_does_not_displace_a_model_that_needs_no_new_organisation(kb, name, tmp_path):
    """The same answers with "None: organisations stay as they are": the sources say these models keep the
    organisations independent, or may start by virtual integration, so a collaborative alternative does not
    take the decision from them."""
    result = _changed(kb, name, tmp_path, {"structural-change": "none"})
    assert result["recommendation"]["kind"] == "model", \
        f"{name}: {result['recommendation']['id']} instead of {name.removesuffix('-noisy')}"


@pytest.mark.parametrize("name", ["mcp", "mcp-noisy", "pacs", "pacs-noisy"])
def test_a_population_budget_does_not_put_aco_ahead_of_the_model_described(kb, name, tmp_path):
    """The same answers with a capitated budget for the whole population: PACS 'at their most radical' and
    MCPs 'in time' hold one, so it does not by itself make the arrangement an ACO/ICO."""
    result = _changed(kb, name, tmp_path, {"capitated-budget": "whole-population"})
    fits = {r["model"]: r["score"] for r in result["ranking"]}
    assert fits[name.removesuffix("-noisy")] > fits["aco"]


def test_one_specialty_across_hospitals_is_a_clinical_network(kb, tmp_path):
    """Aligning policies and spreading learning within one specialty across hospitals is what the sources say
    clinical networks do ("Stroke and Cancer networks"); answers every collaborative option shares (informal
    governance, partners as equals, little settled yet) must not hand it to another alternative."""
    result = _changed(kb, "clinical-network", tmp_path, {
        "lead": "partnership-of-equals", "governance": "informal", "governance-clarity": "not-yet",
        "time-horizon": "under-2-years", "do-alone": "dont-know", "contiguity": "contiguous"})
    assert result["recommendation"]["id"] == "clinical-network", _standing(result)[:3]


def _cited_texts(node, out: list):
    """(where, text) of every item of the knowledge base that carries a source."""
    if isinstance(node, dict):
        where = node.get("source", {}).get("where") if isinstance(node.get("source"), dict) else None
        if where:
            out += [(where, " ".join(str(v).split())) for k, v in node.items() if isinstance(v, str)]
        for value in node.values():
            _cited_texts(value, out)
    elif isinstance(node, list):
        for value in node:
            _cited_texts(value, out)
    return out


def test_defining_sentences_are_in_the_knowledge_base(repo):
    texts = []
    for path in sorted((repo / "kb").rglob("*.yaml")):
        _cited_texts(yaml.safe_load(path.read_text("utf-8")), texts)
    norm = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    for option, quotes in DEFINING.items():
        for quote, where in quotes:
            assert any(w == where and norm(quote) in t for w, t in texts), f"{option}: not in the KB at {where}: {quote}"
