"""Random valid answer sets for a questionnaire (property tests, benchmarks, parity checks)."""
from __future__ import annotations

import random
from typing import Any

from .conditions import DONT_KNOW
from .questionnaire import Questionnaire


def random_answers(q: Questionnaire, rng: random.Random, dont_know: float = 0.15, skip: float = 0.1) -> dict[str, Any]:
    """Answers to the questions that apply, chosen at random, in questionnaire order."""
    values: dict[str, Any] = {}
    known: dict[str, Any] = {}
    for question in q.questions:
        if question.check is not None and question.check(known) is not True:
            continue
        roll = rng.random()
        if roll < skip:
            known[question.id] = DONT_KNOW
            continue
        if roll < skip + dont_know:
            value: Any = DONT_KNOW
        elif question.type == "single":
            value = rng.choice(question.options).id
        elif question.type == "multi":
            value = tuple(o.id for o in question.options if rng.random() < 0.4)
        elif question.type == "number":
            value = rng.choice([rng.randint(int(question.min), int(question.max)),
                                rng.uniform(question.min, question.max)])
            value = round(value) if question.whole else value
        else:
            value = rng.choice(["", "some local context", "<b>text</b>"])
        values[question.id] = value
        known[question.id] = value
    return values
