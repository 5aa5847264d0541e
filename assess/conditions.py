"""Declarative conditions, evaluated with three-valued logic (True, False, None = unknown).

A condition is data (see docs/questionnaires.md); it is compiled once into a
small closure over the answers mapping. Nothing from a file is ever evaluated
as code.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Mapping

DONT_KNOW = "dont-know"
Check = Callable[[Mapping[str, Any]], "bool | None"]


def compile_condition(cond: Mapping[str, Any]) -> Check:
    """A function answers -> True / False / None (unknown).

    `answers` holds only the questions that apply; a question missing from it,
    or answered 'dont-know', makes its atoms unknown.
    """
    if "all" in cond:
        parts = [compile_condition(c) for c in cond["all"]]
        return lambda a: _all(p(a) for p in parts)
    if "any" in cond:
        parts = [compile_condition(c) for c in cond["any"]]
        return lambda a: _any(p(a) for p in parts)
    if "not" in cond:
        inner = compile_condition(cond["not"])

        def negate(a):
            value = inner(a)
            return None if value is None else not value
        return negate
    qid = cond["question"]
    if "equals" in cond:
        want = cond["equals"]
        test = lambda v: v == want  # noqa: E731
    elif "in" in cond:
        allowed = frozenset(cond["in"])
        test = lambda v: v in allowed  # noqa: E731
    elif "contains" in cond:
        want = cond["contains"]
        test = lambda v: want in v  # noqa: E731
    elif "at_least" in cond:
        bound = cond["at_least"]
        test = lambda v: v >= bound  # noqa: E731
    elif "at_most" in cond:
        bound = cond["at_most"]
        test = lambda v: v <= bound  # noqa: E731
    else:  # {question: q} alone: the question is answered (not dont-know)
        test = lambda v: True  # noqa: E731

    def atom(a):
        value = a.get(qid, DONT_KNOW)
        if value == DONT_KNOW:
            return None
        return test(value)
    return atom


def _all(values: Iterator) -> bool | None:
    unknown = False
    for v in values:
        if v is False:
            return False
        if v is None:
            unknown = True
    return None if unknown else True


def _any(values: Iterator) -> bool | None:
    unknown = False
    for v in values:
        if v is True:
            return True
        if v is None:
            unknown = True
    return None if unknown else False


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


def describe(cond: Mapping[str, Any], label: Callable[[str, str | None], str]) -> str:
    """Plain words for a condition; `label(question, option)` names things."""
    if "all" in cond:
        return " and ".join(f"({describe(c, label)})" if len(c) > 1 or "any" in c else describe(c, label)
                            for c in cond["all"])
    if "any" in cond:
        return " or ".join(describe(c, label) for c in cond["any"])
    if "not" in cond:
        return f"not ({describe(cond['not'], label)})"
    q = cond["question"]
    if "equals" in cond:
        return f"{label(q, None)} is “{label(q, cond['equals'])}”"
    if "in" in cond:
        return f"{label(q, None)} is one of " + ", ".join(f"“{label(q, o)}”" for o in cond["in"])
    if "contains" in cond:
        return f"{label(q, None)} includes “{label(q, cond['contains'])}”"
    if "at_least" in cond:
        return f"{label(q, None)} is at least {cond['at_least']:,}"
    if "at_most" in cond:
        return f"{label(q, None)} is at most {cond['at_most']:,}"
    return f"{label(q, None)} is answered"
