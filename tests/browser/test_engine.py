"""The JavaScript engine (site/js/, window.AssessEngine) gives the Python scoring's results, float for float.

Hundreds of seeded random answer sets, with "don't know", unanswered and
conditional questions and number answers on band edges, are scored by
assess.engine.scoring.score and by AssessEngine.score in Chromium; every fit, low
and high must agree to 1e-9 and every ranking, exclusion, reason,
sensitivity entry and check-and-challenge question exactly.
"""
from __future__ import annotations

import json
import random

import pytest

from assess.engine.conditions import DONT_KNOW
from assess.engine.questionnaire import load as load_questionnaire
from assess.site.questionnaire_data import questionnaire_data
from golden.cases import python_result

from .conftest import MAIN, MINI

N = 250


def random_values(q, rng: random.Random) -> dict:
    values = {}
    for question in q.questions:
        roll = rng.random()
        if question.type == "text":
            if roll < 0.5:
                values[question.id] = rng.choice(["", "notes", "<b>x</b>", DONT_KNOW])
            continue
        if roll < 0.12:
            continue                          # unanswered: counts as don't know
        if roll < 0.25:
            values[question.id] = DONT_KNOW
            continue
        if question.type == "single":
            values[question.id] = rng.choice(question.options).id
        elif question.type == "multi":
            k = rng.randint(0, len(question.options))
            picked = set(o.id for o in rng.sample(list(question.options), k))
            values[question.id] = tuple(o.id for o in question.options if o.id in picked)
        else:
            edges = [b.min for b in question.options if b.min is not None and question.min <= b.min <= question.max]
            if edges and rng.random() < 0.3:
                values[question.id] = rng.choice(edges)
            elif rng.random() < 0.5:
                values[question.id] = rng.randint(int(question.min), int(min(question.max, 2**31)))
            else:
                values[question.id] = rng.uniform(question.min, question.max)
    return values


JS = """([data, sets]) => {
  const E = window.AssessEngine, cq = E.compile(data);
  return sets.map(values => {
    const r = E.score(cq, values);
    const rec = E.decide(cq, r, values);
    const picks = E.challenges(cq, r, r.known, rec);
    const ranked = E.prioritise(cq, picks);
    const entries = (rows, key) => rows.map(x => ({id: x[key], score: x.score, low: x.low, high: x.high,
      excluded: x.excluded, maybe: x.may_be_excluded.map(m => m.reason),
      reasons: x.reasons.map(y => [y.question, y.answer, y.points])}));
    return {ranking: entries(r.ranking, "model"), alternatives: entries(r.alternatives, "id"),
            legal_forms: entries(r.legal_forms, "id"),
            sensitivity: r.sensitivity.map(x => [x.question, x.change_to, x.new_top, x.new_top_fit, x.old_top_fit,
                                                 x.margin, x.answer]),
            sensitivity_text: r.sensitivity.map(x => x.text),
            recommendation: rec,
            priorities: ranked.map(c => [c.priority, c.rank, c.text, c.why]),
            dont_know: r.dont_know, challenges: picks.map(c => [c.theme, c.text])};
  });
}"""


def close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9


def compare(py: dict, js: dict, where: str) -> None:
    for key in ("ranking", "alternatives", "legal_forms"):
        assert [e["id"] for e in py[key]] == [e["id"] for e in js[key]], f"{where}: {key} order"
        for p, j in zip(py[key], js[key]):
            for f in ("score", "low", "high"):
                assert close(p[f], j[f]), f"{where}: {key} {p['id']} {f}: {p[f]!r} != {j[f]!r}"
            assert p["excluded"] == j["excluded"] and p["maybe"] == j["maybe"], f"{where}: {p['id']} exclusion"
            assert p["reasons"] == j["reasons"], f"{where}: {p['id']} reasons"
    assert len(py["sensitivity"]) == len(js["sensitivity"]), f"{where}: sensitivity {py['sensitivity']} {js['sensitivity']}"
    for p, j in zip(py["sensitivity"], js["sensitivity"]):
        assert p[:3] == j[:3], f"{where}: sensitivity {p} != {j}"
        assert all(close(a, b) for a, b in zip(p[3:6], j[3:6])), f"{where}: sensitivity numbers {p} != {j}"
        if not isinstance(p[6], str) or "." not in p[6]:   # number labels of floats differ in format only
            assert p[6] == j[6]
    assert py["dont_know"] == js["dont_know"], where
    assert py["challenges"] == js["challenges"], f"{where}: challenges"
    assert py["sensitivity_text"] == js["sensitivity_text"], f"{where}: sensitivity wording"
    _same_decision(py["recommendation"], js["recommendation"], where)
    assert py["priorities"] == js["priorities"], f"{where}: prioritised challenges"


def _same_decision(py: dict, js: dict, where: str) -> None:
    """The same recommendation, word for word; figures to 1e-9."""
    def figures(d):
        return {k: d[k] for k in ("fit", "low", "high") if k in d}
    assert set(py) == set(js), f"{where}: recommendation keys {sorted(py)} != {sorted(js)}"
    for key in py:
        if key in ("fit", "low", "high"):
            assert close(py[key], js[key]), f"{where}: recommendation {key}"
        elif key in ("runner_up", "closest"):
            assert (py[key] is None) == (js[key] is None), f"{where}: {key}"
            if py[key]:
                assert {k: v for k, v in py[key].items() if k not in ("fit", "low", "high")} == \
                    {k: v for k, v in js[key].items() if k not in ("fit", "low", "high")}, f"{where}: {key}"
                assert all(close(a, b) for a, b in zip(figures(py[key]).values(), figures(js[key]).values()))
        elif key == "changes":
            assert [{k: v for k, v in c.items() if k != "fit"} for c in py[key]] == \
                [{k: v for k, v in c.items() if k != "fit"} for c in js[key]], f"{where}: what would change it"
        else:
            assert py[key] == js[key], f"{where}: recommendation {key}: {py[key]!r} != {js[key]!r}"


QUESTIONNAIRES = [MINI] + ([MAIN] if MAIN.is_file() else [])


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.stem)
def test_javascript_scoring_equals_python_scoring(page, site_url, kb, path):
    q = load_questionnaire(path, kb)
    data = questionnaire_data(q, kb)
    rng = random.Random(f"engine-{q.id}")
    sets = [random_values(q, rng) for _ in range(N)]
    sets += [{}, {qq.id: DONT_KNOW for qq in q.questions}]
    page.goto(site_url + "assess.html")
    page.wait_for_function("window.AssessEngine !== undefined")
    plain = json.loads(json.dumps(sets))                        # tuples -> lists, as the browser has them
    js_results = page.evaluate(JS, [data, plain])
    assert len(js_results) == len(sets)
    checked_sensitivity = 0
    kinds = set()
    for i, (values, js) in enumerate(zip(sets, js_results)):
        py = python_result(q, kb, values)
        compare(py, js, f"{q.id} answer set {i}: {values}")
        checked_sensitivity += len(py["sensitivity"])
        kinds.add(py["recommendation"]["kind"])
    assert checked_sensitivity > 0, "no answer set exercised sensitivity"
    if q.id == "care-model-fit":
        assert kinds == {"model", "alternative", "none"}, f"kinds of recommendation exercised: {kinds}"
    assert not page.errors, page.errors


def test_conditions_are_three_valued_like_python(page, site_url):
    from assess.engine.conditions import compile_condition

    cases = [
        ({"question": "a", "equals": "x"}, {"a": "x"}), ({"question": "a", "equals": "x"}, {"a": "dont-know"}),
        ({"question": "a", "equals": "x"}, {}), ({"question": "a", "in": ["x", "y"]}, {"a": "y"}),
        ({"question": "m", "contains": "p"}, {"m": ["p", "q"]}), ({"question": "m", "contains": "p"}, {"m": []}),
        ({"question": "n", "at_least": 5}, {"n": 5}), ({"question": "n", "at_most": 5}, {"n": 5.5}),
        ({"not": {"question": "a", "equals": "x"}}, {}), ({"question": "a"}, {"a": "z"}),
        ({"all": [{"question": "a", "equals": "x"}, {"question": "b", "equals": "y"}]}, {"a": "x"}),
        ({"all": [{"question": "a", "equals": "x"}, {"question": "b", "equals": "y"}]}, {"a": "w"}),
        ({"any": [{"question": "a", "equals": "x"}, {"question": "b", "equals": "y"}]}, {"b": "y"}),
        ({"any": [{"question": "a", "equals": "x"}, {"question": "b", "equals": "y"}]}, {"a": "w"}),
        ({"any": [{"question": "a", "equals": "x"}, {"question": "b", "equals": "y"}]}, {"a": "w", "b": "v"}),
    ]
    page.goto(site_url + "assess.html")
    page.wait_for_function("window.AssessEngine !== undefined")
    js = page.evaluate("cases => cases.map(([c, a]) => window.AssessEngine.check(c, new Map(Object.entries(a))))",
                       [[c, a] for c, a in cases])
    py = [compile_condition(c)({k: tuple(v) if isinstance(v, list) else v for k, v in a.items()}) for c, a in cases]
    assert js == py
