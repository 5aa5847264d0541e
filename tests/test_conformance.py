"""One engine in two languages: the browser's scripts replay Python's golden corpus under Node.

tests/golden/cases.py writes the cases (answers in; the score JSON and the board paper's bytes out) and
tests/node/replay.js replays them with the site's real scripts. The named boundary cases are also pinned here
to the rules docs/questionnaires.md states, so that Python itself cannot drift from them unseen.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assess.engine.questionnaire import load as load_questionnaire

from golden.cases import BOUNDARY, QUESTIONNAIRES, python_result, write_corpus
from golden.replay import replay

REPLAY = Path(__file__).resolve().parent / "node" / "replay.js"



@pytest.fixture(scope="module")
def corpus(kb, tmp_path_factory):
    path = tmp_path_factory.mktemp("golden") / "corpus.json"
    return path, write_corpus(path, kb)


def test_the_browser_engine_replays_the_golden_corpus(corpus, node):
    path, data = corpus
    replay(node, REPLAY, path, len(data["cases"]))


def test_the_corpus_covers_every_example_kind_and_boundary(corpus):
    _, data = corpus
    names = [c["name"] for c in data["cases"]]
    assert len(names) == len(set(names)) and len(names) >= 50
    assert {name for name, _, _ in BOUNDARY} <= set(names)
    kinds = {c["score"]["recommendation"]["kind"] for c in data["cases"]}
    assert kinds == {"model", "alternative", "none"}
    assert sum(c["paper"] is not None for c in data["cases"]) >= 30


def _boundary(kb, name: str) -> dict:
    _, qid, values = next(row for row in BOUNDARY if row[0] == name)
    return python_result(load_questionnaire(QUESTIONNAIRES[qid], kb), kb, values)


def test_a_runner_up_exactly_5_points_behind_is_a_close_call(kb):
    # docs/questionnaires.md: "close when the runner-up is within 5 points"; 5 points is within
    rec = _boundary(kb, "gap exactly at the close-call band")["recommendation"]
    assert rec["fit"] - rec["runner_up"]["fit"] == 5.0
    assert rec["confidence"] == "close"


def test_a_leader_fitting_exactly_60_is_recommended(kb):
    # docs/questionnaires.md: a model is recommended when it fits at least 60
    rec = _boundary(kb, "fit exactly at the threshold")["recommendation"]
    assert (rec["kind"], rec["fit"], rec["confidence"]) == ("model", 60.0, "clear")


def test_a_0_point_weight_is_never_a_reason(kb):
    result = _boundary(kb, "a 0-point weight on the leader")
    leader = next(r for r in result["ranking"] if r["id"] == "aco")
    assert leader["reasons"] == [["shape", "zero", 9]]
    assert not any("never a reason" in line for line in result["recommendation"]["why"])


def test_when_every_model_is_ruled_out_nothing_is_recommended(kb):
    result = _boundary(kb, "every model ruled out")
    assert all(r["excluded"] for r in result["ranking"])
    assert result["recommendation"]["kind"] == "none"


def _group(kb, tmp_path, name: str) -> dict:
    from golden.cases import GROUPS, groups
    qs = {qid: load_questionnaire(path, kb) for qid, path in QUESTIONNAIRES.items()}
    return next(c for c in groups(qs, kb, tmp_path) if c["name"] == name and name in [g[0] for g in GROUPS])


def test_two_respondents_one_dont_know_changes_the_decision_and_their_disagreement_is_asked(kb, tmp_path):
    # docs/questionnaires.md: several respondents are averaged; what would change it names whose answer
    result = _group(kb, tmp_path, "two respondents with a decision-changing don't know and a disagreement")["score"]
    changes = result["recommendation"]["changes"]
    assert any(c["respondent"] == "Respondent 2" and c["answer"] == "don't know" for c in changes)
    assert [d["question"] for d in result["disagreements"]] == ["shape"]
    asked = [p for p in result["priorities"] if p[1] == "disagreement"]
    assert asked and "Respondent 1: Close; Respondent 2: don't know" in asked[0][2]


def test_the_corpus_combines_several_respondents(corpus):
    _, data = corpus
    together = [c for c in data["cases"] if isinstance(c["answers"], list)]
    assert len(together) >= 14 and all(2 <= len(c["answers"]) <= 4 for c in together)
    assert all(len(set(c["answers"])) == len(c["answers"]) for c in together)   # distinct: never one file twice
    assert sum(bool(c["score"]["disagreements"]) for c in together) >= 12
