"""Rewrite a resumed answers file in place: only the answers that changed, keeping everything else
the user wrote (comments, key order, quoting, block or flow lists)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import yaml

from ..engine.answers import normalise
from ..engine.questionnaire import Questionnaire
from ..errors import InputError
from ..kb.yamlsafe import load_text
from .yamlout import dump, yaml_quote, yaml_scalar, yaml_value

_TOP = ("respondent", "context", "date")


@dataclass(frozen=True)
class _Entry:
    """A key of a block mapping in the text: where its line starts, its value's span, its value."""

    line_start: int
    value_start: int
    value_end: int
    value: Any


def update(text: str, q: Questionnaire, answers: Mapping[str, Any], *, respondent: str | None = None,
           context: str | None = None, date: str | None = None) -> str:
    """`text` (an answers file) with its answers and respondent, context and date made these, changing
    only what differs. Falls back to a fresh file when the text's layout cannot be edited safely."""
    wanted = dump(q, answers, respondent=respondent, context=context, date=date)
    try:
        edited = _edit(text, q, answers, {"respondent": respondent, "context": context, "date": date})
    except (yaml.YAMLError, ValueError, KeyError, TypeError):
        return wanted
    return edited if edited is not None and _same(edited, wanted) else wanted


def _same(a: str, b: str) -> bool:
    """Whether two answers files read as the same data (with the project's own reader)."""
    try:
        return load_text(a, "edited").data == load_text(b, "wanted").data
    except InputError:
        return False


def _edit(text: str, q: Questionnaire, answers: Mapping[str, Any], top: dict) -> str | None:
    top_entries, answer_entries, answers_entry = _scan(text)
    if answer_entries is None:
        return None                               # answers not a block mapping: no safe place to edit
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[tuple[int, int, str]] = []
    for key, value in top.items():
        entry = top_entries.get(key)
        if value is None or (entry is not None and str(entry.value) == value):
            continue
        if entry is None:
            edits.append((answers_entry.line_start, answers_entry.line_start, f"{key}: {yaml_quote(value)}{newline}"))
        else:
            edits.append((entry.value_start, entry.value_end, yaml_quote(value)))
    indent = _indent(text, answer_entries)
    at = (next(iter(answer_entries.values())).line_start if answer_entries else None)
    inserts: dict[int, list[str]] = {}
    for question in q.questions:
        qid, entry = question.id, answer_entries.get(question.id)
        if entry is not None:
            at = _line_end(text, entry.value_end)
            if qid not in answers:
                edits.append((entry.line_start, at, ""))
            elif normalise(question, entry.value) != answers[qid]:
                edits.append((entry.value_start, entry.value_end, yaml_value(question, answers[qid])))
        elif qid in answers:
            inserts.setdefault(at, []).append(f"{indent}{yaml_scalar(qid)}: {yaml_value(question, answers[qid])}")
    for where, lines in inserts.items():
        if where is None:                         # 'answers:' with nothing after it
            edits.append((answers_entry.value_end, answers_entry.value_end, "".join(newline + x for x in lines)))
        else:
            edits.append((where, where, "".join(x + newline for x in lines)))
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _line_end(text: str, at: int) -> int:
    """The index just after the line break ending the line that holds `at`."""
    found = text.find("\n", at)
    return len(text) if found < 0 else found + 1


def _indent(text: str, entries: dict) -> str:
    if not entries:
        return "  "
    first = next(iter(entries.values()))
    line = text[first.line_start:]
    return line[:len(line) - len(line.lstrip(" "))]


def _scan(text: str):
    """(top-level scalar entries, entries of the 'answers' mapping or None when it is not a block
    mapping of simple values, the 'answers' entry itself)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return {}, None, None
    top, answers, answers_entry = {}, None, None
    for key, value in root.value:
        entry = _entry(text, key, value)
        if key.value == "answers":
            answers_entry = entry
            if isinstance(value, yaml.ScalarNode) and value.value == "":
                answers = {}
            elif isinstance(value, yaml.MappingNode) and not value.flow_style:
                answers = {k.value: _entry(text, k, v) for k, v in value.value}
        elif key.value in _TOP and isinstance(value, yaml.ScalarNode):
            top[key.value] = entry
    if answers_entry is None:
        return top, None, None
    return top, answers, answers_entry


def _entry(text: str, key, value) -> _Entry:
    line_start = text.rfind("\n", 0, key.start_mark.index) + 1
    return _Entry(line_start, value.start_mark.index, _value_end(value), _plain(value))


def _value_end(node) -> int:
    """Where a value's own text ends (a block list ends at its last item, not at the next key)."""
    if isinstance(node, yaml.SequenceNode) and not node.flow_style:
        return _value_end(node.value[-1]) if node.value else node.end_mark.index
    if isinstance(node, yaml.MappingNode) and not node.flow_style:
        return _value_end(node.value[-1][1]) if node.value else node.end_mark.index
    return node.end_mark.index


def _plain(node) -> Any:
    """The value of a node as the answers reader sees it (safe constructors, dates as text)."""
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n) for n in node.value]
    if isinstance(node, yaml.MappingNode):
        return {k.value: _plain(v) for k, v in node.value}
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
