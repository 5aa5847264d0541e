"""The golden conformance corpus: answers in; Python's full score JSON and board paper out.

tests/node/replay.js replays every case with the site's real scripts under Node and prints each difference;
tests/test_conformance.py writes the corpus and runs it. The cases:
- every answers file in examples/ for the bundled questionnaire (its bytes, as a browser would load it);
- GENERATED seeded answer sets per questionnaire (written as the CLI writes answers files);
- BOUNDARY: named answer sets on the edges of the decision, most on tests/fixtures/boundary-questionnaire.yaml;
- several respondents together, scored by the CLI's own path (assessment.evaluate): GROUPS (named), three
  examples, GENERATED_GROUPS seeded sets of 2-4 distinct answers files.
To add a case, add an answers file to examples/, a (name, questionnaire, answers) row to BOUNDARY, or a
(name, questionnaire, [answers, ...]) row to GROUPS.
The paper's bytes depend on the answers file's bytes (its content hash) and its `date`: a case carries the very
text both sides read, and the paper is made as `assess report` makes it with SOURCE_DATE_EPOCH unset.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from assess import __version__
from assess.engine.answers import applicable_values, check, read_questionnaire_id
from assess.engine.assessment import evaluate
from assess.engine.challenges import select
from assess.engine.conditions import DONT_KNOW
from assess.engine.priorities import prioritise
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.recommendation import alternatives_replace, change_text, explain, instead_quote, recommend
from assess.engine.sampling import random_answers
from assess.engine.scoring import score
from assess.engine.turning_points import turning_points
from assess.interview.yamlout import dump
from assess.reports.documents import render_report, report_for
from assess.site import scripts
from assess.site.paper_data import paper_data
from assess.site.questionnaire_data import questionnaire_data

REPO = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = {"care-model-fit": REPO / "questionnaires" / "care-model-fit.yaml",
                  "mini": REPO / "tests" / "fixtures" / "mini-questionnaire.yaml",
                  "boundary": REPO / "tests" / "fixtures" / "boundary-questionnaire.yaml"}
PAPER_FOR = "care-model-fit"          # the CLI finds questionnaires by id in questionnaires/ only
GENERATED = {"care-model-fit": 24, "mini": 8, "boundary": 6}
BOUNDARY = [
    ("gap exactly at the close-call band", "boundary", {"shape": "close", "rule": "fine"}),
    ("fit exactly at the threshold", "boundary", {"shape": "threshold", "rule": "fine"}),
    ("a 0-point weight on the leader", "boundary", {"shape": "zero", "rule": "fine"}),
    ("every model ruled out", "boundary", {"shape": "close", "rule": "all-out"}),
    ("a rule that may rule the leader out", "boundary", {"shape": "close", "rule": DONT_KNOW}),
    ("every answer I don't know", "care-model-fit", "all-dont-know"),
    ("no answers at all", "care-model-fit", {}),
]
# several respondents scored together, as `assess score A B ...` scores them
GROUPS = [
    ("two respondents with a decision-changing don't know and a disagreement", "boundary",
     [{"shape": "close", "rule": "fine"}, {"shape": DONT_KNOW, "rule": "fine"}]),
]
EXAMPLES_TOGETHER = ("aco.yaml", "mcp.yaml", "pacs.yaml")     # three examples on the bundled questionnaire
GENERATED_GROUPS = {"care-model-fit": 6, "mini": 3, "boundary": 3}     # sets of 2-4 respondents
CONTEXTS = ["", "Jo Bloggs, CCG", "<script>alert(1)</script>", "{{ 7*7 }} *not bold* [link](http://example.org)",
            "Trust | partners & <b>co</b>", "tab\tand\u2028line"]


def python_result(q, kb, values) -> dict:
    """Everything the browser computes from one respondent's answers, as plain data (the score JSON)."""
    result = score(q, values)
    instead = alternatives_replace(q, kb.collaborative)
    rec = recommend(q, result, instead=instead, quote=instead_quote(kb.collaborative) if instead else None)
    rec["changes"] = turning_points(q, [values], ["respondent"], rec, instead=instead)
    rec["confidence_why"] = explain(rec)
    picks = select(q, kb, {**result, "recommendation": rec}, [applicable_values(q, values)])
    ranked = prioritise(picks)

    return _projected(q, result, rec, ranked, picks)


def _whose(row: dict) -> list:
    """Whose answer a row is (several respondents), else nothing."""
    return [row["respondent"]] if "respondent" in row else []


def _projected(q, result, rec, ranked, picks) -> dict:
    """The score result as the corpus compares it (the shape tests/node/replay.js scoreJson makes)."""
    def entries(rows, key):
        return [{"id": r[key], "score": r["score"], "low": r["low"], "high": r["high"], "excluded": r["excluded"],
                 "maybe": [[m["reason"], *_whose(m)] if _whose(m) else m["reason"] for m in r["may_be_excluded"]],
                 "reasons": [[x["question"], x["answer"], x["points"], *_whose(x)] for x in r["reasons"]]}
                for r in rows]
    return {
        "ranking": entries(result["ranking"], "model"),
        "alternatives": entries(result["alternatives"], "id"),
        "legal_forms": entries(result["legal_forms"], "id"),
        "sensitivity": [[x["question"], x["change_to"], x["new_top"], x["new_top_fit"], x["old_top_fit"], x["margin"],
                         x["answer"], x["runner_up"], x["runner_up_fit"], *_whose(x)] for x in result["sensitivity"]],
        "sensitivity_text": [change_text(q, x) for x in result["sensitivity"]],
        "recommendation": rec,
        "priorities": [[c["priority"], c["rank"], c["text"], c["why"]] for c in ranked],
        "dont_know": result["dont_know"],
        "disagreements": result["disagreements"],
        "challenges": [[c["theme"], c["text"]] for c in picks],
    }


def cli_result(q, kb, paths: list[Path]) -> dict:
    """What `assess score A B ... --json` gives for several answers files, in the corpus's shape."""
    answers = [check(read_questionnaire_id(path)[0], q) for path in paths]     # as assessment.read_answers does
    result = evaluate(q, kb, answers)
    picks = select(q, kb, result, [applicable_values(q, a.values) for a in answers])
    return _projected(q, result, result["recommendation"], result["challenges"], picks)


def _case(name: str, q, kb, text: str, folder: Path) -> dict:
    """One case: the answers file's text, what Python reads from it, scores and (main questionnaire) prints."""
    path = folder / f"answers-{q.id}.yaml"
    path.write_text(text, encoding="utf-8")
    answers = check(read_questionnaire_id(path)[0], q)
    paper = render_report(report_for([path])[0], "html") if q.id == PAPER_FOR else None
    return {"name": name, "questionnaire": q.id, "file": path.name, "answers": text,
            "score": python_result(q, kb, answers.values), "paper": paper}


def _group(name: str, q, kb, texts: list[str], folder: Path) -> dict:
    """Several respondents' answers files (distinct files, one each), scored together by the CLI's own path."""
    paths = []
    for k, text in enumerate(texts, 1):
        paths.append(folder / f"answers-{q.id}-{k}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    paper = render_report(report_for(paths)[0], "html") if q.id == PAPER_FOR else None
    return {"name": name, "questionnaire": q.id, "file": [p.name for p in paths], "answers": texts,
            "score": cli_result(q, kb, paths), "paper": paper}


def groups(qs: dict, kb, folder: Path) -> list[dict]:
    """The cases of several respondents: named, three examples together, generated sets."""
    out = [_group(name, qs[qid], kb, [dump(qs[qid], v, respondent=f"Respondent {k}", date="2026-01-05")
                                      for k, v in enumerate(sets, 1)], folder) for name, qid, sets in GROUPS]
    texts = [(REPO / "examples" / name).read_text(encoding="utf-8") for name in EXAMPLES_TOGETHER]
    out.append(_group("examples " + ", ".join(EXAMPLES_TOGETHER) + " together", qs[PAPER_FOR], kb, texts, folder))
    for qid, n in GENERATED_GROUPS.items():
        rng = random.Random(f"golden-group-{qid}")
        out += [_group(f"generated {qid} group {i}", qs[qid], kb,
                       [_generated(qs[qid], rng) for _ in range(rng.randint(2, 4))], folder) for i in range(n)]
    return out


def _generated(q, rng: random.Random) -> str:
    values = random_answers(q, rng)
    return dump(q, values, respondent=rng.choice(CONTEXTS), context=rng.choice(CONTEXTS),
                date=rng.choice(["2026-03-01", "2025-12-31", None]))


def cases(kb, folder: Path) -> list[dict]:
    """Every case, in a fixed order (the same bytes each run)."""
    qs = {qid: load_questionnaire(path, kb) for qid, path in QUESTIONNAIRES.items()}
    out = []
    for path in sorted((REPO / "examples").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if f"\nquestionnaire: {PAPER_FOR}\n" in "\n" + text:
            out.append(_case(f"example {path.name}", qs[PAPER_FOR], kb, text, folder))
    for qid, n in GENERATED.items():
        rng = random.Random(f"golden-{qid}")
        out += [_case(f"generated {qid} {i}", qs[qid], kb, _generated(qs[qid], rng), folder) for i in range(n)]
    for name, qid, values in BOUNDARY:
        q = qs[qid]
        if values == "all-dont-know":
            values = {question.id: DONT_KNOW for question in q.questions}
        out.append(_case(name, q, kb, dump(q, values, date="2026-01-05"), folder))
    return out + groups(qs, kb, folder)


def write_corpus(path: Path, kb) -> dict:
    """The corpus as one JSON file for tests/node/replay.js: scripts to load, data, cases."""
    site = REPO / "site"
    corpus = {
        "engine": [str(site / s) for s in scripts.ENGINE],
        "paper": [str(site / s) for s in scripts.PAPER if not s.endswith("-data.js")],
        "questionnaires": {qid: questionnaire_data(load_questionnaire(p, kb), kb) for qid, p in QUESTIONNAIRES.items()},
        "paper_data": paper_data(load_questionnaire(QUESTIONNAIRES[PAPER_FOR], kb), kb, version=__version__),
        "cases": cases(kb, path.parent),
    }
    path.write_text(json.dumps(corpus, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return corpus
