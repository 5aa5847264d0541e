"""A batch scored in blocks (`scoring.BLOCK` answer sets at a time) gives exactly the results of one block."""
from __future__ import annotations

import random

from assess.engine import scoring
from assess.engine.questionnaire import load as load_questionnaire
from assess.engine.results import Results
from assess.engine.sampling import random_answers
from assess.kb import load
from assess.resources import questionnaires_dir


def test_blocks_give_the_results_of_one_batch(monkeypatch):
    kb = load()
    q = load_questionnaire(questionnaires_dir() / "care-model-fit.yaml", kb)
    rng = random.Random(13)
    sets = [random_answers(q, rng, dont_know=0.2) for _ in range(230)]
    monkeypatch.setattr(scoring, "BLOCK", 64)                 # four blocks, the last one short
    blocked = Results(q, sets, *scoring.rank_many(q, sets))
    monkeypatch.setattr(scoring, "BLOCK", 10_000)
    whole = Results(q, sets, *scoring.rank_many(q, sets))
    assert len(blocked.groups) > len(whole.groups)
    assert list(blocked) == list(whole)
    for name, array in vars(whole.ev).items():                 # the same arrays, bit for bit
        copied = getattr(blocked.ev, name)
        assert copied.dtype == array.dtype and copied.tobytes() == array.tobytes(), name
    assert scoring.rank_many(q, [])[0].fit.shape[0] == 0


def test_blocks_are_smaller_when_there_are_many_targets():
    assert scoring.block_size(13) == scoring.BLOCK == 1000          # the bundled KB: one size
    assert scoring.block_size(1010) == 495                           # a thousand models: the arrays stay small
    assert scoring.block_size(100_000) == 100 and scoring.block_size(0) == 1000
