"""Check-and-challenge questions: ranked, without near-duplicates or settled prompts, asked as questions."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

from assess.engine.assessment import run
from assess.engine.priorities import RANKS, SAME, _jaccard, board_question, prioritise
from assess.engine.priorities import words as _words

DOCS = Path(__file__).resolve().parent.parent / "docs" / "questionnaires.md"


def _documented_order() -> list[str]:
    """The rank keys in the order of the numbered list under "Check-and-challenge questions: priority"."""
    section = DOCS.read_text("utf-8").split("## Check-and-challenge questions: priority", 1)[1].split("\n## ", 1)[0]
    items = re.findall(r"^(\d+)\. `([a-z-]+)`:", section, re.MULTILINE)
    assert [int(n) for n, _ in items] == list(range(1, len(items) + 1)) and items, "the numbered list is not found"
    return [key for _, key in items]


ORDER = _documented_order()


def test_the_ranks_are_those_documented_in_that_order():
    assert [key for key, _ in RANKS] == ORDER


def test_challenges_come_out_in_the_documented_order_whatever_order_they_are_raised_in():
    raised = [{"theme": f"theme {key}", "text": f"Is {key.replace('-', '')} ready?", "source": None, "why": "",
               "question": None, "rank": key} for i, key in enumerate(reversed(ORDER))]
    assert [c["rank"] for c in prioritise(raised)] == ORDER


def _challenges(repo, kb, name):
    return run([repo / "examples" / f"{name}.yaml"], kb).result


def test_ranked_numbered_and_explained(repo, kb):
    for name in ("mcp", "not-yet-clear", "buddying", "pacs"):
        result = _challenges(repo, kb, name)
        cs = result["challenges"]
        assert [c["priority"] for c in cs] == list(range(1, len(cs) + 1))
        ranks = [ORDER.index(c["rank"]) for c in cs]
        assert ranks == sorted(ranks), name
        assert all(c["why"] for c in cs)
        assert result["challenge"] == [c["text"] for c in cs]


def test_no_near_duplicates_remain_and_sources_are_kept(repo, kb):
    cs = _challenges(repo, kb, "mcp")["challenges"]
    for a, b in itertools.combinations(cs, 2):
        assert _jaccard(_words(a["text"]), _words(b["text"])) < SAME, (a["text"], b["text"])
    data = next(c for c in cs if c["text"].startswith("Single or compatible data systems"))
    assert len(data["sources"]) == 2            # the MCP barrier and the questionnaire's data challenge


def test_a_barrier_made_live_by_a_known_risk_comes_first(repo, kb):
    first = _challenges(repo, kb, "mcp")["challenges"][0]      # the example names incompatible data systems
    assert first["rank"] == "live-barrier" and "data systems" in first["text"]


def test_without_the_known_risks_role_no_barrier_is_made_live(repo, kb):
    from types import MappingProxyType

    from assess.engine.assessment import evaluate

    a = run([repo / "examples" / "mcp.yaml"], kb)
    q = a.questionnaire._replace(roles=MappingProxyType({k: v for k, v in a.questionnaire.roles.items()
                                                      if k != "known_risks"}))
    ranks = [c["rank"] for c in evaluate(q, kb, list(a.answers))["challenges"]]
    assert "live-barrier" not in ranks and "barrier" in ranks


def test_dont_know_on_a_question_that_could_change_the_decision_comes_first(repo, kb):
    result = _challenges(repo, kb, "not-yet-clear")
    sensitive = {c["question"] for c in result["recommendation"]["changes"]}
    firsts = [c for c in result["challenges"] if c["rank"] == "sensitive"]
    assert firsts and result["challenges"][0] is firsts[0]
    assert all(c["question"] in sensitive for c in firsts)


def test_a_prompt_the_answers_settle_is_dropped(repo, kb, tmp_path):
    """An unknown sustainability answer raises the Quick Guide's sustainability prompts; "Can you do this
    alone?" is not one to raise when that very question was answered."""
    text = (repo / "examples" / "mcp.yaml").read_text("utf-8").replace("trigger: fragmented-care", "trigger: dont-know")
    path = tmp_path / "a.yaml"
    path.write_text(text, "utf-8")
    texts = [c["text"] for c in run([path], kb).result["challenges"]]
    assert any(t.startswith("Does the configuration of organisation(s) need to change") for t in texts)
    assert "Can you do this alone?" not in texts
    path.write_text(text.replace("do-alone: need-whole-system", "do-alone: dont-know"), "utf-8")
    assert "Can you do this alone?" in [c["text"] for c in run([path], kb).result["challenges"]]


def test_statements_become_questions():
    assert board_question("Size of MCP may affect its ability.", "barrier") == \
        "Size of MCP may affect its ability: what is our plan for this?"
    assert board_question("Have you a plan?", "barrier") == "Have you a plan?"
    assert board_question("Focus on population health", "business-case").endswith("does our business case show this?")


def test_reports_never_say_how_will_you_address_this_barrier(repo, kb, cli, tmp_path):
    out = tmp_path / "r.md"
    assert cli("report", repo / "examples" / "aco.yaml", "--format", "md", "-o", out).exit_code == 0
    assert "How will you address this barrier" not in out.read_text("utf-8")
