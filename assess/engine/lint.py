"""Questionnaire self-checks: unreachable questions, idle options, targets that never win, weak reasons,
exclusion rules that do not rest on a categorical passage."""
from __future__ import annotations

import itertools
import re
from typing import Any

from ..errors import Problem
from ..kb.yamlsafe import Document
from .answers import applicable_values
from .conditions import atoms
from .questionnaire import SCORED, Question, Questionnaire
from .scoring import alternatives_for, fits_of

MAX_COMBINATIONS = 50_000
SEARCH_PASSES = 4
PLACEHOLDERS = ("todo", "tbd", "fixme", "xxx", "reason")
# words that make a source passage a tendency rather than a definition: such a passage supports a weight,
# not a rule that excludes a model
HEDGES = re.compile(r"\b(usually|may|might|could|can|often|typically|generally|so far|likely|probably|tends?)\b",
                    re.IGNORECASE)
QUOTED = re.compile(r"(?:^|[\s:(])['‘“](.+)['’”]")


def lint(q: Questionnaire, doc: Document) -> list[Problem]:
    """Every self-check problem, located in the questionnaire file."""
    paths = _question_paths(doc)
    problems = []
    problems += _unreachable(q, doc, paths)
    problems += _idle_options(q, doc, paths)
    problems += _weak_reasons(q, doc, paths)
    problems += _rule_reasons(doc)
    problems += _never_first(q, doc)
    return problems


def _question_paths(doc: Document) -> dict[str, tuple]:
    return {question["id"]: ("sections", si, "questions", qi)
            for si, section in enumerate(doc.data["sections"])
            for qi, question in enumerate(section["questions"])}


def _unreachable(q: Questionnaire, doc: Document, paths: dict) -> list[Problem]:
    out = []
    for question in q.questions:
        if question.check is None:
            continue
        found = _satisfiable(q, question)
        if found is False:
            out.append(doc.problem(paths[question.id] + ("when",),
                                   f"question '{question.id}' can never be asked: its condition is never true",
                                   "check the options and questions its 'when' names"))
    return out


def _satisfiable(q: Questionnaire, target: Question) -> bool | None:
    """Whether some answers make `target` apply (None: too many combinations to try)."""
    needed: list[str] = []

    def collect(question: Question):
        if question.when is None:
            return
        for _, atom in atoms(question.when):
            qid = atom["question"]
            if qid not in needed:
                needed.append(qid)
                collect(q.by_id[qid])
    collect(target)
    thresholds: dict[str, set] = {}
    mentioned: dict[str, set] = {}
    for question in q.questions:
        for cond in [question.when] + [r.requires for r in q.rules]:
            if cond is None:
                continue
            for _, atom in atoms(cond):
                for key in ("at_least", "at_most"):
                    if key in atom:
                        thresholds.setdefault(atom["question"], set()).update({atom[key], atom[key] - 1, atom[key] + 1})
                if "contains" in atom:
                    mentioned.setdefault(atom["question"], set()).add(atom["contains"])
    choices = []
    for qid in needed:
        question = q.by_id[qid]
        if question.type == "single":
            choices.append([o.id for o in question.options])
        elif question.type == "multi":
            opts = sorted(mentioned.get(qid, ()))
            choices.append([tuple(o for o, keep in zip(opts, mask) if keep)
                            for mask in itertools.product((False, True), repeat=len(opts))])
        elif question.type == "number":
            values = {question.min, question.max} | {v for v in thresholds.get(qid, ()) if question.min <= v <= question.max}
            choices.append(sorted(values))
        else:
            choices.append(["text"])
    total = 1
    for c in choices:
        total *= len(c)
    if total > MAX_COMBINATIONS:
        return None
    for combo in itertools.product(*choices):
        if target.id in applicable_values(q, dict(zip(needed, combo))):
            return True
    return False


def _idle_options(q: Questionnaire, doc: Document, paths: dict) -> list[Problem]:
    used: set[tuple[str, str]] = set()
    conditions = [qq.when for qq in q.questions if qq.when is not None] + [r.requires for r in q.rules]
    for cond in conditions:
        for _, atom in atoms(cond):
            for key in ("equals", "contains"):
                if key in atom:
                    used.add((atom["question"], atom[key]))
            for opt in atom.get("in", ()):
                used.add((atom["question"], opt))
    out = []
    for question in q.questions:
        if question.type not in SCORED:
            continue
        key = "bands" if question.type == "number" else "options"
        for i, option in enumerate(question.options):
            if not any(option.vector) and (question.id, option.id) not in used:
                out.append(doc.problem(paths[question.id] + (key, i),
                                       f"option '{option.id}' of '{question.id}' has no effect on any target",
                                       "give it weights, use it in a condition, or remove it"))
    return out


def _weak_reasons(q: Questionnaire, doc: Document, paths: dict) -> list[Problem]:
    out = []
    for question in q.questions:
        key = "bands" if question.type == "number" else "options"
        for i, option in enumerate(question.options):
            for target, weight in option.weights.items():
                reason = weight["reason"].strip().lower()
                if len(reason) < 12 or reason.rstrip(".") in PLACEHOLDERS or reason.startswith(("todo", "tbd")):
                    out.append(doc.problem(paths[question.id] + (key, i, "weights", target),
                                           f"weight for '{target}' has no real reason ({weight['reason']!r})",
                                           "say in one line why this answer favours or counts against it"))
    return out


def _rule_reasons(doc: Document) -> list[Problem]:
    """A rule excludes a model outright, so its reason must quote a categorical passage of the source
    (no "usually", "may", "can" ...), or be marked derived with a rationale saying why it is certain."""
    out = []
    for i, rule in enumerate(doc.data.get("rules", ())):
        where = ("rules", i)
        if rule.get("derived"):
            if not str(rule.get("rationale", "")).strip():
                out.append(doc.problem(where + ("derived",), f"derived rule for '{rule['target']}' has no rationale",
                                       "add rationale: why the exclusion is certain although no passage says so"))
            continue
        quote = QUOTED.search(rule["reason"])
        if quote is None:
            out.append(doc.problem(where + ("reason",), f"rule for '{rule['target']}' quotes no passage",
                                   "quote the source's categorical words in single quotes, or mark the rule "
                                   "derived: true with a rationale"))
            continue
        hedge = HEDGES.search(quote.group(1))
        if hedge:
            out.append(doc.problem(where + ("reason",), f"rule for '{rule['target']}' rests on a hedged passage "
                                                        f"(“{hedge.group(0)}”)",
                                   "a passage that says what usually or may be true supports a strong weight and "
                                   "a check-and-challenge question, not an exclusion"))
    return out


def _never_first(q: Questionnaire, doc: Document) -> list[Problem]:
    out = []
    for kind in ("ranking", "alternatives", "legal_forms"):
        group = getattr(q, kind)
        if len(group) < 2:
            continue
        for i, target in enumerate(group):
            if _search_win(q, target, group) is None:
                out.append(doc.problem(("targets", kind, i),
                                       f"'{target}' never ranks first among the {kind.replace('_', ' ')} "
                                       "for any answers the search tried",
                                       "give it stronger weights on the answers that describe it"))
    return out


def _search_win(q: Questionnaire, target: str, group: tuple) -> dict[str, Any] | None:
    """Answers under which `target` leads `group` (coordinate ascent), or None.

    Each step tries every other answer to one question at once (one batch) and
    keeps the one that most widens the target's lead.
    """
    import numpy as np

    mine = q.index[target]
    rivals = [q.index[t] for t in group if t != target]

    def margins(candidates: list[dict]) -> np.ndarray:
        ev = fits_of(q, candidates)
        rival = np.where(ev.excluded[:, rivals], -np.inf, ev.fit[:, rivals]).max(axis=1)
        return np.where(ev.excluded[:, mine], -np.inf, ev.fit[:, mine] - rival)
    values: dict[str, Any] = {}
    best = float(margins([values])[0])
    for _ in range(SEARCH_PASSES):
        improved = False
        for question in q.questions:
            if question.type not in SCORED or question.id not in applicable_values(q, values):
                continue
            trials = [dict(values, **{question.id: candidate})
                      for _, _, candidate in alternatives_for(question, values.get(question.id, "dont-know"))]
            scores = margins(trials)
            k = int(scores.argmax())
            if scores[k] > best + 1e-9:
                best, values, improved = float(scores[k]), trials[k], True
        if not improved:
            break
    return values if best > 0 else None
