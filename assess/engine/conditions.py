"""Declarative conditions and their three-valued logic (True, False, None = unknown), defined once.

A condition is data (see docs/questionnaires.md). It compiles to a small tree
of `Atom`s and `Node`s, and `truth` evaluates that tree for any representation
of the answers: one answer set (plain Python booleans) or a batch of them
(numpy arrays, in the scoring engine). Only the atoms differ between the two;
the combination rules live in `truth` alone. Nothing from a file is ever
evaluated as code.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Mapping, NamedTuple, TypeVar, Union

DONT_KNOW = "dont-know"
Check = Callable[[Mapping[str, Any]], "bool | None"]
T = TypeVar("T")
OPERATORS = ("equals", "in", "contains", "at_least", "at_most")


class Atom(NamedTuple):
    """One test of one question's answer: `op` is one of OPERATORS, or "answered"."""

    question: str
    op: str
    value: Any = None


class Node(NamedTuple):
    """`all`, `any` or `not` over parts."""

    op: str
    parts: tuple


Tree = Union[Atom, Node]


def compile_tree(cond: Mapping[str, Any]) -> Tree:
    """The tree of a condition as written in a questionnaire."""
    for op in ("all", "any"):
        if op in cond:
            return Node(op, tuple(compile_tree(c) for c in cond[op]))
    if "not" in cond:
        return Node("not", (compile_tree(cond["not"]),))
    for op in OPERATORS:
        if op in cond:
            value = frozenset(cond[op]) if op == "in" else cond[op]
            return Atom(cond["question"], op, value)
    return Atom(cond["question"], "answered")   # {question: q} alone: answered with something but dont-know


def truth(tree: Tree, atom: Callable[[Atom], tuple[T, T]], all_of: Callable[[list], T],
          any_of: Callable[[list], T]) -> tuple[T, T]:
    """(certainly true, certainly false) of a condition: the one definition of the logic.

    `atom(a)` gives the pair for one atom (neither, when its answer is unknown);
    `all_of` / `any_of` reduce a list of truth values (Python's all/any for one
    answer set, numpy's logical reductions for a batch). `all` is true when every
    part is, false when one part is; `any` the reverse; `not` swaps the pair.
    """
    if isinstance(tree, Atom):
        return atom(tree)
    pairs = [truth(part, atom, all_of, any_of) for part in tree.parts]
    if tree.op == "not":
        true, false = pairs[0]
        return false, true
    trues, falses = [p[0] for p in pairs], [p[1] for p in pairs]
    if tree.op == "all":
        return all_of(trues), any_of(falses)
    return any_of(trues), all_of(falses)


def matches(atom: Atom, value: Any) -> bool:
    """Whether a known answer (not dont-know) satisfies an atom."""
    if atom.op == "equals":
        return value == atom.value
    if atom.op == "in":
        return value in atom.value
    if atom.op == "contains":
        return atom.value in value
    if atom.op == "at_least":
        return value >= atom.value
    if atom.op == "at_most":
        return value <= atom.value
    return True


def compile_condition(cond: Mapping[str, Any]) -> Check:
    """A function answers -> True / False / None (unknown).

    `answers` holds only the questions that apply; a question missing from it,
    or answered 'dont-know', makes its atoms unknown.
    """
    tree = compile_tree(cond)

    def check(answers: Mapping[str, Any]) -> bool | None:
        def atom(a: Atom) -> tuple[bool, bool]:
            value = answers.get(a.question, DONT_KNOW)
            if value == DONT_KNOW:
                return False, False
            hit = matches(a, value)
            return hit, not hit
        true, false = truth(tree, atom, all, any)
        return True if true else False if false else None
    return check


def atoms(cond: Mapping[str, Any], path: tuple = ()) -> Iterator[tuple[tuple, Mapping[str, Any]]]:
    """Every {question: ...} atom of a condition, with its path inside the condition."""
    for key in ("all", "any"):
        if key in cond:
            for i, c in enumerate(cond[key]):
                yield from atoms(c, path + (key, i))
            return
    if "not" in cond:
        yield from atoms(cond["not"], path + ("not",))
        return
    yield path, cond


# the words of a condition (the browser takes them ready-made: each question's `asked_when`, each rule's `text`)
WORDS = {
    "and": " and ",
    "or": " or ",
    "group": "({condition})",
    "not": "not ({condition})",
    "equals": "{question} is “{option}”",
    "in": "{question} is one of {options}",
    "option": "“{option}”",
    "options": ", ",
    "contains": "{question} includes “{option}”",
    "at_least": "{question} is at least {number}",
    "at_most": "{question} is at most {number}",
    "answered": "{question} is answered",
}


def describe(cond: Mapping[str, Any], label: Callable[[str, str | None], str]) -> str:
    """Plain words for a condition; `label(question, option)` names things."""
    if "all" in cond:
        return WORDS["and"].join(WORDS["group"].format(condition=describe(c, label)) if len(c) > 1 or "any" in c
                                 else describe(c, label) for c in cond["all"])
    if "any" in cond:
        return WORDS["or"].join(describe(c, label) for c in cond["any"])
    if "not" in cond:
        return WORDS["not"].format(condition=describe(cond["not"], label))
    q = cond["question"]
    question = label(q, None)
    if "equals" in cond:
        return WORDS["equals"].format(question=question, option=label(q, cond["equals"]))
    if "in" in cond:
        options = WORDS["options"].join(WORDS["option"].format(option=label(q, o)) for o in cond["in"])
        return WORDS["in"].format(question=question, options=options)
    if "contains" in cond:
        return WORDS["contains"].format(question=question, option=label(q, cond["contains"]))
    if "at_least" in cond:
        return WORDS["at_least"].format(question=question, number=f"{cond['at_least']:,}")
    if "at_most" in cond:
        return WORDS["at_most"].format(question=question, number=f"{cond['at_most']:,}")
    return WORDS["answered"].format(question=question)
