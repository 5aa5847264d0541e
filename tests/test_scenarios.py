"""The bundled examples: each ranks its model (or alternative) first, by a clear margin."""
import pytest
import yaml

from assess.engine.assessment import run


def scenarios():
    from pathlib import Path

    data = yaml.safe_load((Path(__file__).parent / "scenarios" / "expected.yaml").read_text("utf-8"))
    return data["min_margin"], data["scenarios"]


MIN_MARGIN, SCENARIOS = scenarios()


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda c: c["file"].split("/")[-1])
def test_example_ranks_its_model_first(repo, kb, case):
    result = run([repo / case["file"]], kb).result
    if "top" in case:
        first, second = result["ranking"][0], result["ranking"][1]
        assert first["model"] == case["top"] and not first["excluded"]
        assert first["score"] - second["score"] >= MIN_MARGIN or second["excluded"] or case.get("confidence") in ("close", "uncertain")
    if "top_alternative" in case:
        assert result["alternatives"][0]["id"] == case["top_alternative"]
    models = [r for r in result["ranking"] if not r["excluded"]]
    if "alternative_beats_models_by" in case:
        best_model = max((r["score"] for r in models), default=0.0)
        assert result["alternatives"][0]["score"] - best_model >= case["alternative_beats_models_by"]
    for model in case.get("not_excluded", ()):
        row = next(r for r in result["ranking"] if r["model"] == model)
        assert not row["excluded"], f"{model} excluded: {row.get('exclusion')}"
    if "top_below" in case:
        assert models[0]["score"] < case["top_below"], models[0]
    if case.get("uncertain"):
        assert any(r["high"] > models[0]["score"] for r in models[1:]), "the don't-know answers could not change the leader"
    rec = result["recommendation"]
    assert rec["id"] not in {r["model"] for r in result["ranking"] if r["excluded"]}
    if "kind" in case:
        assert rec["kind"] == case["kind"]
        if case["kind"] == "model" and "top" in case:
            assert rec["id"] == case["top"]
    if "confidence" in case:
        assert rec["confidence"] == case["confidence"], rec["why"]


def test_examples_cover_every_kind_and_confidence():
    assert {c.get("kind") for c in SCENARIOS} >= {"model", "alternative", "none"}
    assert {c["confidence"] for c in SCENARIOS if c.get("kind") == "model"} == {"clear", "close", "uncertain"}


def test_every_model_has_an_example():
    tops = {c.get("top") for c in SCENARIOS}
    assert {"multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network", "aco", "mcp", "pacs",
            "care-homes", "gp-federation", "super-practice"} <= tops
    assert any("top_alternative" in c for c in SCENARIOS)


def test_examples_say_which_seed_situation_they_model(repo):
    for case in SCENARIOS:
        head = (repo / case["file"]).read_text("utf-8").splitlines()[0]
        assert head.startswith("#") and len(head) > 20, f"{case['file']} should open with a comment naming its situation"
