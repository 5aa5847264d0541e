"""The network rules in two languages: the network-rules page's scripts replay Python's governance corpus under Node.

tests/golden/governance_cases.py writes the cases (network, proposal and budget files in; the JSON of
`assess vote --json` and `assess budget --json` out) and tests/node/replay_governance.js replays them with the
site's real scripts, comparing every text, exact fraction and rounded number. A published weighted-voting
example pins both sides to the textbook figures.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from assess.governance import power as pw
from assess.governance import wording
from assess.site.scripts import GOVERNANCE

from golden.governance_cases import BAD_PROPOSALS, BROKEN, EEC_1958, NOT_NETWORKS, write_corpus
from golden.replay import replay

REPO = Path(__file__).resolve().parent.parent
NODE_DIR = REPO / "tests" / "node"
REPLAY = NODE_DIR / "replay_governance.js"
# Felsenthal, D. S. & Machover, M. (1998), The Measurement of Voting Power: Theory and Practice, Problems and
# Paradoxes (Edward Elgar), the Council of Ministers of the EEC, 1958-1972: weights 4, 4, 4, 2, 2, 1 and
# quota 12. Banzhaf (normalised) 5/21, 5/21, 5/21, 3/21, 3/21, 0 -- Luxembourg is a dummy; Shapley-Shubik
# 14/60, 14/60, 14/60, 9/60, 9/60, 0.
EEC_BANZHAF = ["5/21", "5/21", "5/21", "1/7", "1/7", "0"]
EEC_SHAPLEY_SHUBIK = ["7/30", "7/30", "7/30", "3/20", "3/20", "0"]



@pytest.fixture(scope="module")
def corpus(kb, tmp_path_factory):
    path = tmp_path_factory.mktemp("golden-governance") / "corpus.json"
    return path, write_corpus(path, kb)


def test_the_browser_replays_the_governance_corpus(corpus, node):
    path, data = corpus
    out = replay(node, REPLAY, path, len(data["cases"]), timeout=300)
    assert f"{len(data['cases'])} cases replayed (packed rows), 0 differ" in out


def test_the_corpus_covers_examples_ties_vetoes_conditions_and_60_members(corpus):
    _, data = corpus
    names = [c["name"] for c in data["cases"]]
    assert len(names) == len(set(names))
    assert {"budget-fits.yaml", "budget-over.yaml", "network-gp-led-even.yaml", "network-investment-weighted.yaml",
            "network-qualified-majority.yaml", "network-qualified-majority.yaml with proposal-community-shift.yaml",
            "network-investment-weighted.yaml with proposal-acute-opposes.yaml"} <= set(names)
    decisions = [d for c in data["cases"] if c["kind"] == "vote" for d in c["expected"]["decisions"]]
    ties = [d for d in decisions if d["weighting"] != "even" and d["outcome"] and d["threshold_percent"]
            and d["outcome"]["share_for"] * 100 == pytest.approx(d["threshold_percent"])]
    assert ties and any(d["outcome"]["passes"] for d in ties)
    assert any(len(d["voters"]) == 60 for d in decisions)
    assert any(d["veto_players"] and d["rule"] == "qualified-majority" for d in decisions)
    assert any(any("must approve" in text for text in d["conditions"]) for d in decisions)
    assert any(d["not_voting"] for d in decisions)
    assert any(d["minimal_winning"]["coalitions"] is None for d in decisions)
    assert [c["name"] for c in data["cases"] if c["kind"] == "refused"] == ["votes too finely divided"]
    assert len([c for c in data["cases"] if c["kind"] == "checked"]) == len(BROKEN) + len(NOT_NETWORKS)
    assert len([c for c in data["cases"] if c["kind"] == "proposal checked"]) == len(BAD_PROPOSALS)


def test_the_eec_council_of_1958_has_its_published_power_in_python():
    game = pw.Game((4, 4, 4, 2, 2, 1), 12)
    power = pw.power(game)
    assert [str(b) for b in power.banzhaf] == EEC_BANZHAF
    assert [str(s) for s in power.shapley_shubik] == EEC_SHAPLEY_SHUBIK
    assert power.swings[5] == 0 and sum(power.swings) == 42


def test_the_eec_council_of_1958_has_its_published_power_in_the_browser(corpus, tmp_path, node):
    path, data = corpus
    case = next(c for c in data["cases"] if c["name"] == "EEC Council of Ministers 1958")
    assert [m["investment"] for m in EEC_1958["members"]] == [4, 4, 4, 2, 2, 1]
    script = tmp_path / "eec.js"
    script.write_text(
        "const fs = require('fs'), vm = require('vm');\n"
        f"const corpus = JSON.parse(fs.readFileSync({json.dumps(str(path))}, 'utf8'));\n"
        "const ctx = { console: console }; ctx.window = ctx; ctx.careModelsGovernance = corpus.data;\n"
        "vm.createContext(ctx);\n"
        "corpus.scripts.forEach(function (f) { vm.runInContext(fs.readFileSync(f, 'utf8'), ctx); });\n"
        "const G = ctx.CareModels.governance;\n"
        f"const d = G.analyse(G.readNetwork({json.dumps(case['network'])}, 'eec.yaml'), null).decisions[0];\n"
        "console.log(JSON.stringify([d.quota, d.voters.map(v => v.banzhaf_exact), "
        "d.voters.map(v => v.shapley_shubik_exact), d.null_players]));\n", encoding="utf-8")
    proc = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    quota, banzhaf, shapley, nulls = json.loads(proc.stdout)
    assert quota == {"weight": 12, "total": 17}
    assert banzhaf == EEC_BANZHAF and shapley == EEC_SHAPLEY_SHUBIK and nulls == ["luxembourg"]


def _fragments(text: str) -> list[str]:
    """The fixed stretches of words of a sentence (between its values), the longer ones."""
    return [part.strip() for part in re.split(r"\{\w+\}", text) if len(part.strip()) >= 20]


@pytest.mark.parametrize("key", sorted(wording.SENTENCES))
def test_no_governance_sentence_is_written_out_again(key):
    scripts = "".join((REPO / "site" / name).read_text(encoding="utf-8")
                      for name in GOVERNANCE if name.startswith("js/governance"))
    python = "".join((REPO / "assess" / "governance" / name).read_text(encoding="utf-8")
                     for name in ("network.py", "voting.py", "budget.py", "power.py"))
    for fragment in _fragments(wording.SENTENCES[key]):
        assert fragment not in scripts and fragment not in python, (key, fragment)


def test_no_label_of_a_decision_or_budget_is_written_out_again():
    """The short fixed words (labels, "Headroom") are found where a literal starts with them, on either side."""
    scripts = "".join((REPO / "site" / "js" / p.name).read_text(encoding="utf-8")
                      for p in (REPO / "site" / "js").glob("*.js") if p.name.startswith(("governance", "network-")))
    python = (REPO / "assess" / "reports" / "governance_text.py").read_text(encoding="utf-8")
    labels = [text for text in wording.SENTENCES.values() if "{" not in text and len(text) >= 8]
    assert "Headroom" in labels and "Passes with" in labels
    for text in labels:
        for quote in ('"', "'"):
            assert quote + text not in scripts and quote + text not in python and f"{quote}  {text}" not in python, text


def test_every_caution_has_a_source_or_a_rationale_and_a_sentence():
    for cid, (kind, value) in wording.CAUTIONS.items():
        assert cid in wording.SENTENCES
        assert (kind, value in wording.SOURCES) in (("source", True), ("rationale", False)), cid
