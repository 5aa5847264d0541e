"""Checks of a questionnaire beyond its schema: ids, targets, conditions and number bands."""
from __future__ import annotations

from typing import Any, Mapping

from ..errors import Problem
from ..kb import KnowledgeBase
from ..kb.yamlsafe import Document
from .conditions import atoms

# operator -> the question types it applies to
_APPLIES = (("equals", ("single",)), ("in", ("single",)), ("contains", ("multi",)),
            ("at_least", ("number",)), ("at_most", ("number",)))
# role -> the type of question it names (docs/questionnaires.md, "Questionnaire roles")
_ROLE_TYPES = {"known_risks": "multi", "partners": "multi", "staff_transfer": "single", "pension": "single"}


def cross_check(doc: Document, kb: KnowledgeBase, names: Mapping[str, str]) -> list[Problem]:
    """Every problem of a schema-valid questionnaire; `names` are the ids it may score."""
    return _Checker(doc, kb, names).run()


class _Checker:
    def __init__(self, doc: Document, kb: KnowledgeBase, names: Mapping[str, str]):
        self.doc, self.names, self.kb = doc, names, kb
        self.problems: list[Problem] = []
        self.targets: dict[str, tuple] = {}
        self.quick_guide = {q["id"] for q in kb.objectives["quick_guide"]}
        self.all_ids = {q["id"] for s in doc.data["sections"] for q in s["questions"]}
        self.seen: dict[str, dict] = {}   # question id -> question data, in order

    def run(self) -> list[Problem]:
        data = self.doc.data
        self._targets(data["targets"])
        section_ids: set[str] = set()
        for si, section in enumerate(data["sections"]):
            if section["id"] in section_ids:
                self._add(("sections", si, "id"), f"section id '{section['id']}' is used twice")
            section_ids.add(section["id"])
            for qi, q in enumerate(section["questions"]):
                self._question(("sections", si, "questions", qi), q)
                self.seen[q["id"]] = q
        for i, rule in enumerate(data.get("rules", ())):
            if rule["target"] not in self.targets:
                self._add(("rules", i, "target"), f"'{rule['target']}' is not a target")
            self._condition(rule["requires"], ("rules", i, "requires"))
        for i, ch in enumerate(data.get("challenges", ())):
            if "when" in ch:
                self._condition(ch["when"], ("challenges", i, "when"))
        variants = {v["id"] for v in self.kb.gp_integration["variants"]}
        for i, signal in enumerate(data.get("variants", ())):
            if signal["variant"] not in variants:
                self._add(("variants", i, "variant"), f"unknown variant '{signal['variant']}'",
                          "known: " + ", ".join(sorted(variants)))
            self._condition(signal["when"], ("variants", i, "when"))
        self._roles(data.get("roles", {}))
        return self.problems

    def _roles(self, roles: Mapping[str, Any]) -> None:
        """Each role names a question of the type it needs, and options that question offers."""
        for role, spec in roles.items():
            if "when" in spec:
                self._condition(spec["when"], ("roles", role, "when"))
                continue
            path, qid = ("roles", role, "question"), spec["question"]
            q = self.seen.get(qid)
            if q is None:
                self._add(path, f"role '{role}' names question '{qid}', which does not exist", "check the question id")
                continue
            if q["type"] != _ROLE_TYPES[role]:
                self._add(path, f"role '{role}' needs a {_ROLE_TYPES[role]} question; '{qid}' is {q['type']}",
                          f"name a {_ROLE_TYPES[role]} question")
            option_ids = [o["id"] for o in q.get("options", ())]
            for key, value in spec.items():
                named = {(): value} if isinstance(value, str) else \
                    {(k,): k for k in value} if isinstance(value, Mapping) else {(j,): o for j, o in enumerate(value)}
                for at, option in named.items():
                    if key != "question" and option not in option_ids:
                        self._add(("roles", role, key) + at, f"'{option}' is not an option of '{qid}'",
                                  "options: " + ", ".join(option_ids))

    def _add(self, path: tuple, message: str, hint: str = "") -> None:
        self.problems.append(self.doc.problem(path, message, hint))

    def _targets(self, targets: Mapping[str, list]) -> None:
        for kind, ids in targets.items():
            for i, tid in enumerate(ids):
                if tid not in self.names:
                    self._add(("targets", kind, i), f"unknown target '{tid}'",
                              "use ids of kb/ models, alternatives, legal models or voting options")
                if tid in self.targets:
                    self._add(("targets", kind, i), f"target '{tid}' is listed twice")
                self.targets[tid] = ("targets", kind, i)

    def _question(self, path: tuple, q: Mapping[str, Any]) -> None:
        if q["id"] in self.seen:
            self._add(path + ("id",), f"question id '{q['id']}' is used twice")
        if q["id"] == "dont-know" or any(o["id"] == "dont-know" for o in q.get("options", ())):
            self._add(path, "'dont-know' is reserved: every question accepts it already")
        if q.get("quick_guide") and q["quick_guide"] not in self.quick_guide:
            self._add(path + ("quick_guide",), f"unknown Quick Guide question '{q['quick_guide']}'",
                      "known: " + ", ".join(sorted(self.quick_guide)))
        if "when" in q:
            self._condition(q["when"], path + ("when",))
        key = "bands" if q["type"] == "number" else "options"
        ids: set[str] = set()
        for oi, opt in enumerate(q.get(key, ())):
            if opt["id"] in ids:
                self._add(path + (key, oi, "id"), f"option id '{opt['id']}' is used twice")
            ids.add(opt["id"])
            for tid in opt.get("weights", {}):
                if tid not in self.targets:
                    self._add(path + (key, oi, "weights", tid), f"'{tid}' is not a target",
                              "targets: " + ", ".join(self.targets))
        if q["type"] == "number":
            self.problems.extend(_check_bands(self.doc, path, q))
        if q["type"] == "text" and ("options" in q or "bands" in q):
            self._add(path, "a text question has no options or bands")
        if "leave_out_answer_of" in q:
            self._leave_out(path + ("leave_out_answer_of",), q)

    def _leave_out(self, where: tuple, q: Mapping[str, Any]) -> None:
        """`leave_out_answer_of` names a single choice asked before this multiple choice."""
        other = self.seen.get(q["leave_out_answer_of"])
        if other is None or other["type"] != "single" or q["type"] != "multi":       # asked later, or no such
            self._add(where, f"'{q['leave_out_answer_of']}' is not an earlier single-choice question, or "
                      f"'{q['id']}' is not a multiple choice", "name a single choice asked before this multiple choice")

    def _condition(self, cond: Mapping[str, Any], path: tuple) -> None:
        """Atoms name questions asked before, with operators and options that fit them."""
        for apath, atom in atoms(cond):
            where = path + apath
            qid = atom["question"]
            q = self.seen.get(qid)
            if q is None:
                later = qid in self.all_ids
                self._add(where + ("question",),
                          f"condition refers to question '{qid}', "
                          + ("which comes later" if later else "which does not exist"),
                          "conditions may only use questions asked before" if later else "check the question id")
                continue
            self._atom(where, atom, q)

    def _atom(self, where: tuple, atom: Mapping[str, Any], q: Mapping[str, Any]) -> None:
        qid, kind = q["id"], q["type"]
        option_ids = [o["id"] for o in q.get("options", ())]
        for key, ok_types in _APPLIES:
            if key in atom and kind not in ok_types:
                self._add(where + (key,), f"'{key}' does not apply to a {kind} question ('{qid}')",
                          "use equals/in for single, contains for multi, at_least/at_most for number")
        for key in ("equals", "contains"):
            if key in atom and kind in ("single", "multi") and atom[key] not in option_ids:
                self._add(where + (key,), f"'{atom[key]}' is not an option of '{qid}'",
                          "options: " + ", ".join(option_ids))
        for j, opt in enumerate(atom.get("in", ())):
            if kind == "single" and opt not in option_ids:
                self._add(where + ("in", j), f"'{opt}' is not an option of '{qid}'", "options: " + ", ".join(option_ids))


def _check_bands(doc: Document, path: tuple, q: dict) -> list[Problem]:
    problems = []
    if q["min"] >= q["max"]:
        problems.append(doc.problem(path + ("min",), f"min {q['min']} is not below max {q['max']}"))
    bands = q["bands"]
    for i, band in enumerate(bands):
        lo, hi = band.get("min"), band.get("max")
        if lo is not None and hi is not None and lo >= hi:
            problems.append(doc.problem(path + ("bands", i), f"band '{band['id']}' is empty (min {lo} >= max {hi})"))
        if i and bands[i - 1].get("max") != lo:
            problems.append(doc.problem(path + ("bands", i, "min"),
                                        f"band '{band['id']}' should start where '{bands[i - 1]['id']}' ends "
                                        f"({bands[i - 1].get('max')})", "bands must follow each other without gaps"))
    if bands[0].get("min") not in (None,) and bands[0]["min"] > q["min"]:
        problems.append(doc.problem(path + ("bands", 0, "min"), "the first band starts above the question's min"))
    if bands[-1].get("max") is not None and bands[-1]["max"] <= q["max"]:
        problems.append(doc.problem(path + ("bands", len(bands) - 1, "max"),
                                    "the last band ends at or below the question's max", "leave its max open"))
    return problems
