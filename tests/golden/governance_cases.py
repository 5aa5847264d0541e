"""The governance part of the golden corpus: network, proposal and budget files in, Python's JSON out.

Each case is a file's text (and a proposal's) with what `assess vote --json` (or `assess budget --json`)
prints for it; tests/node/replay_governance.js reads the same texts with the browser's scripts and compares.
Cases: every network, proposal and budget file in examples/, the 1958 EEC Council of Ministers, and seeded
generated networks of 2 to 60 members -- weighted qualified majorities whose threshold some coalition meets
exactly (with a proposal that sits exactly on it), vetoes, members excluded, and type conditions.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

from assess.errors import InputError
from assess.governance.budget import check
from assess.governance.budget import load as load_budget
from assess.governance.network import MEMBER_TYPES, load, load_proposal
from assess.governance.voting import analyse
from assess.site import scripts
from assess.site.governance_data import governance_data

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
PROPOSALS = {"network-investment-weighted.yaml": "proposal-acute-opposes.yaml",
             "network-qualified-majority.yaml": "proposal-community-shift.yaml"}
GENERATED = 40            # seeded generated networks
SIZES = (2, 3, 5, 8, 12, 20, 30, 45, 60)
# Felsenthal & Machover (1998), The Measurement of Voting Power, the EEC Council of Ministers of 1958:
# France, Germany, Italy 4 votes each, Belgium and the Netherlands 2, Luxembourg 1; 12 of the 17 votes pass.
EEC_1958 = {"network": "EEC Council of Ministers, 1958",
            "members": [{"id": i, "name": n, "type": "other", "investment": w} for i, n, w in (
                ("france", "France", 4), ("germany", "Germany", 4), ("italy", "Italy", 4),
                ("belgium", "Belgium", 2), ("netherlands", "Netherlands", 2), ("luxembourg", "Luxembourg", 1))],
            "decisions": [{"id": "council", "name": "Council decision", "rule": "qualified-majority",
                           "weighting": "investment", "threshold": 70}]}

# investments to the penny of 25 members: more distinct totals than power.py computes exactly in reasonable time
TOO_FINE = {"network": "Finely divided", "members": [
    {"id": f"m{i}", "name": f"Member {i}", "type": "gp-practice", "investment": 12345.67 + i} for i in range(25)],
    "decisions": [{"id": "flows", "name": "Financial flows", "rule": "majority", "weighting": "investment"}]}


def _json(result: dict) -> dict:
    """The result as the CLI prints it (json.dumps), read back."""
    return json.loads(json.dumps(result, sort_keys=True, ensure_ascii=False))


def vote_case(name: str, folder: Path, network_text: str, proposal_text: str | None = None) -> dict:
    net_path = folder / "network.yaml"
    net_path.write_text(network_text, encoding="utf-8")
    network = load(net_path)
    proposal = None
    if proposal_text is not None:
        (folder / "proposal.yaml").write_text(proposal_text, encoding="utf-8")
        proposal = load_proposal(folder / "proposal.yaml", network)
    return {"name": name, "kind": "vote", "network": network_text, "proposal": proposal_text,
            "expected": _json(analyse(network, proposal))}


# files assess vote refuses, each made from an example by one change: (name, example, text replaced, by)
BROKEN = [
    ("a member id used twice", "network-qualified-majority.yaml", "id: westshire-gp-west", "id: westshire-gp-east"),
    ("a threshold on a majority rule", "network-gp-led-even.yaml", "    rule: majority\n",
     "    rule: majority\n    threshold: 60\n"),
    ("a veto for a member who does not vote", "network-qualified-majority.yaml",
     "excluded: [westshire-community]", "excluded: [westshire-community]\n      vetoes: [westshire-community]"),
    ("an unknown member", "network-qualified-majority.yaml", "excluded: [westshire-community]", "excluded: [zzz]"),
    ("a member without the figure its weighting needs", "network-investment-weighted.yaml", "    investment: 7\n", ""),
    ("service users vote with nobody to represent them", "network-gp-led-even.yaml",
     "type: service-user-representative", "type: other"),
    ("a condition on a type nobody votes as", "network-qualified-majority.yaml",
     "type_majority: [gp-practice]", "type_majority: [specialist]"),
    ("a decision id used twice", "network-qualified-majority.yaml", "id: statutory-care", "id: financial-flows"),
    # what the schema check and the YAML reader say (assess/kb/problems.py), both sides from one table
    ("an unknown key and a misspelt member type", "network-qualified-majority.yaml", "    type: acute\n",
     "    type: acut\n    colour: red\n"),
    ("text where a number should be", "network-investment-weighted.yaml", "    investment: 7\n", "    investment: seven\n"),
    ("a risk share over 100", "network-investment-weighted.yaml", "risk_share: 40 ", "risk_share: 140 "),
    ("an infinite investment", "network-investment-weighted.yaml", "    investment: 7\n", "    investment: .inf\n"),
    ("a member without a name", "network-gp-led-even.yaml", "    name: Riverside North GP practices\n", ""),
    ("a key given twice", "network-gp-led-even.yaml", "network: Riverside", "network: Again\nnetwork: Riverside"),
    ("a line indented with a tab", "network-gp-led-even.yaml", "    name: Riverside South GP practices\n",
     "\tname: Riverside South GP practices\n"),
    ("a risk share written with %", "network-investment-weighted.yaml", "risk_share: 40 ", "risk_share: 40% "),
    ("an investment in thousands of pounds, with commas", "network-investment-weighted.yaml", "    investment: 7\n",
     "    investment: £1,200.50k\n"),
    ("an investment in thousands, quoted", "network-investment-weighted.yaml", "    investment: 7\n",
     "    investment: '-0.0705k'\n"),
    # the YAML reader's limits (assess/kb/yamlsafe.py), which the network page applies as Python does
    ("a threshold of too many digits", "network-qualified-majority.yaml", "    threshold: 70\n",
     "    threshold: 7" + "0" * 120 + "\n"),
    ("a network nested too deep", "network-qualified-majority.yaml", "service_users: advise\n",
     "service_users: advise\nnotes: " + "[" * 80 + "]" * 80 + "\n"),
]


# files that are no network at all, as a whole: (name, text)
NOT_NETWORKS = [("a network file that is a list", "- westshire-acute\n- westshire-community\n"),
                ("an empty network file", "# nothing yet\n")]

# proposal files load_proposal refuses, for the network of an example: (name, network example, proposal text)
BAD_PROPOSALS = [
    ("a proposal that is a list", "network-qualified-majority.yaml", "- westshire-acute\n"),
    ("a proposal without text and a misspelt key", "network-qualified-majority.yaml",
     "proposal: ''\nin_favor: [westshire-acute]\n"),
    ("a proposal of a misspelt decision type, a member twice and one misspelt", "network-qualified-majority.yaml",
     "proposal: Shift\ndecision: statutory-car\nin_favour: [westshire-acute, westshire-acute, westshire-acut]\n"),
    ("a proposal of an unknown decision type, in favour not a list", "network-qualified-majority.yaml",
     "proposal: Shift\ndecision: zzz\nin_favour: westshire-acute\ncolour: red\n"),
]


def proposal_case(name: str, folder: Path, network_text: str, proposal_text: str) -> dict:
    """A proposal file the checks refuse, with every problem as Python words it: line, message, fix."""
    (folder / "network.yaml").write_text(network_text, encoding="utf-8")
    (folder / "proposal.yaml").write_text(proposal_text, encoding="utf-8")
    network = load(folder / "network.yaml")
    try:
        load_proposal(folder / "proposal.yaml", network)
    except InputError as exc:
        return {"name": name, "kind": "proposal checked", "network": network_text, "file": network.file,
                "proposal": proposal_text, "expected": [[p.line, p.message, p.hint] for p in exc.problems]}
    raise AssertionError(f"{name}: the checks passed it")


def checked_case(name: str, folder: Path, network_text: str) -> dict:
    """A network file the checks refuse, with every problem as Python words it: line, message, fix."""
    path = folder / "network.yaml"
    path.write_text(network_text, encoding="utf-8")
    try:
        load(path)
    except InputError as exc:
        return {"name": name, "kind": "checked", "network": network_text,
                "expected": [[p.line, p.message, p.hint] for p in exc.problems]}
    raise AssertionError(f"{name}: the checks passed it")


def refused_case(name: str, folder: Path, network_text: str) -> dict:
    """A network whose power assess vote refuses to compute, with its message and fix."""
    path = folder / "network.yaml"
    path.write_text(network_text, encoding="utf-8")
    try:
        analyse(load(path))
    except InputError as exc:
        problem = exc.problems[0]
        return {"name": name, "kind": "refused", "network": network_text, "file": problem.file,
                "expected": {"message": problem.message, "hint": problem.hint}}
    raise AssertionError(f"{name}: assess vote computed it")


def budget_case(name: str, folder: Path, text: str) -> dict:
    path = folder / "budget.yaml"
    path.write_text(text, encoding="utf-8")
    return {"name": name, "kind": "budget", "budget": text, "expected": _json(check(load_budget(path)))}


def _figure(rng: random.Random, places: int) -> float | int:
    value = rng.randint(0, 60 * 10 ** places)
    return value if places == 0 else round(value / 10 ** places, places)


def generated_network(seed: int) -> tuple[dict, dict]:
    """A seeded network of up to 60 members and a proposal; a weighted qualified majority some coalition meets exactly."""
    rng = random.Random(seed)
    n = SIZES[seed % len(SIZES)]
    types = [t for t in MEMBER_TYPES if t != "service-user-representative"]
    places = 0 if n >= 30 else rng.choice((0, 0, 1, 2))
    members = [{"id": f"m{i}", "name": f"Member {i} <{seed}>", "type": rng.choice(types[:4]) if i else "gp-practice",
                "investment": _figure(rng, places), "risk_share": rng.randint(0, 30)} for i in range(n)]
    members[0]["investment"] = members[0]["investment"] or 1
    if seed % 3 == 0:
        members.append({"id": "users", "name": "Service users' panel", "type": "service-user-representative",
                        "investment": 0, "risk_share": 0})
    # exactly at the threshold: the first k members hold exactly threshold% of the even or risk-share vote
    k = max(1, (len(members) * 7) // 10)
    threshold = round(100 * k / len(members), 6) if (100 * k) % len(members) == 0 else None
    decisions = [{"id": "even-qm", "name": "Even qualified majority", "rule": "qualified-majority",
                  "threshold": threshold or 75},
                 {"id": "investment", "name": "By investment", "rule": "majority", "weighting": "investment"},
                 {"id": "risk", "name": "By risk share", "rule": "qualified-majority", "weighting": "risk-share",
                  "threshold": rng.choice((50, 60, 66.7, 70, 100)) if seed % 4 else 0.5}]
    members[0]["risk_share"] = members[0]["risk_share"] or 10
    if seed % 2 == 0:   # risk shares of exactly 100%, the proposal's supporters exactly at the risk-share threshold
        cuts = sorted(rng.randint(0, 100) for _ in range(n - 1))
        for m, low, high in zip(members, [0] + cuts, cuts + [100]):
            m["risk_share"] = high - low
        held = sum(m["risk_share"] for m in members[:k])
        if held:
            decisions[2]["threshold"] = held
    conditions: dict = {}
    gp_count = sum(1 for m in members if m["type"] == "gp-practice")
    if seed % 2:
        conditions["type_majority"] = ["gp-practice"]
    if seed % 5 == 1 and n > 2:
        conditions["vetoes"] = [members[-1]["id"] if members[-1]["type"] != "service-user-representative" else "m1"]
    if seed % 5 == 2 and n > 3:
        conditions["excluded"] = ["m2"]
        conditions["require_types"] = "all" if seed % 10 == 2 else ["gp-practice"]
    if conditions and gp_count:
        decisions[0]["conditions"] = conditions
    if n <= 12:
        decisions.append({"id": "unanimity", "name": "Unanimity", "rule": "veto", "weighting": "risk-share"})
    network = {"network": f"Generated network {seed}", "members": members, "decisions": decisions}
    if seed % 3 == 0:
        network["service_users"] = "advise" if seed % 2 else "vote"
    if seed % 4:
        network["right_to_leave"] = {"allowed": bool(seed % 2), "penalties": ["lose-say"] if seed % 8 == 1 else []}
    proposal = {"proposal": f"Proposal {seed}", "in_favour": [m["id"] for m in members[:k]]}
    return network, proposal


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def cases(folder: Path) -> list[dict]:
    out = []
    for path in sorted(EXAMPLES.glob("network-*.yaml")):
        out.append(vote_case(path.name, folder, _text(path)))
        if path.name in PROPOSALS:
            out.append(vote_case(f"{path.name} with {PROPOSALS[path.name]}", folder, _text(path),
                                 _text(EXAMPLES / PROPOSALS[path.name])))
    for path in sorted(EXAMPLES.glob("budget-*.yaml")):
        out.append(budget_case(path.name, folder, _text(path)))
    out.append(vote_case("EEC Council of Ministers 1958", folder, dump(EEC_1958)))
    out.append(refused_case("votes too finely divided", folder, dump(TOO_FINE)))
    for name, example, old, new in BROKEN:
        text = _text(EXAMPLES / example)
        assert old in text, (name, old)
        out.append(checked_case(name, folder, text.replace(old, new, 1)))
    out.extend(checked_case(name, folder, text) for name, text in NOT_NETWORKS)
    out.extend(proposal_case(name, folder, _text(EXAMPLES / example), text) for name, example, text in BAD_PROPOSALS)
    for seed in range(GENERATED):
        network, proposal = generated_network(seed)
        out.append(vote_case(f"generated network {seed}", folder, dump(network), dump(proposal)))
    return out


def write_corpus(path: Path, kb) -> dict:
    """Write the governance corpus as JSON next to the scripts the browser loads; return it."""
    folder = path.parent / "files"
    folder.mkdir(exist_ok=True)
    data = {"scripts": [str(REPO / "site" / name) for name in scripts.GOVERNANCE if name.startswith("js/")],
            "data": governance_data(kb), "cases": cases(folder)}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data
