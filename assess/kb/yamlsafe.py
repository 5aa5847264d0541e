"""Safe YAML reading with positions.

Builds plain data (dict, list, str, int, float, bool, None) straight from the
parser's event stream, so that every value keeps its line and column, and
rejects what a hand-written data file never needs and an attacker would use:
duplicate keys, anchors and aliases (alias bombs), unsafe or unknown tags,
merge keys, several documents in one file, tab indentation, bytes that are not
UTF-8, absurd nesting and sizes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputError, Problem, display_path
from ..files import MAX_BYTES, read_regular
from .problems import say

_TAG = "tag:yaml.org,2002:"
_COLLECTION_TAGS = {None, "!", _TAG + "seq", _TAG + "map"}
MAX_DEPTH = 64
MAX_DIGITS = 100       # longer numbers are refused: no count or amount needs them, and they overflow floats
_TAB_INDENT = r"^ *\t"          # compiled when first used (a cached file is not parsed)

Path_ = tuple  # a path into the data: keys and list indexes


@lru_cache(maxsize=1)
def _parser() -> tuple:
    """(yaml, the loader class, scalar tag -> constructor), imported when a file is first parsed: a
    command whose YAML comes from the cache (`read_cached`) never imports the parser."""
    import yaml
    from yaml.constructor import SafeConstructor

    constructor = SafeConstructor()
    scalars = {
        _TAG + "str": lambda node: node.value,
        _TAG + "int": constructor.construct_yaml_int,
        _TAG + "float": constructor.construct_yaml_float,
        _TAG + "bool": constructor.construct_yaml_bool,
        _TAG + "null": lambda node: None,
        # Dates stay text: the data model is JSON-like.
        _TAG + "timestamp": lambda node: node.value,
    }
    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader), scalars


class Document(NamedTuple):
    """Data read from one YAML file, with the position of every key and item."""

    file: str
    data: Any
    positions: dict          # path (keys and list indexes) -> (line, column)

    def where(self, path: Path_) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest parent."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path: Path_, message: str, hint: str = "") -> Problem:
        line, col = self.where(path)
        return Problem(self.file, line, col, message, hint)


def load_file(path: Path | str, *, cache: bool = False) -> Document:
    """Read and parse one YAML file; raise InputError naming file:line:col.

    With `cache`, a file parsed before (the same bytes, the same code) is read from the
    user's cache instead (`assess.cache`, checked by SHA-256): scoring an answers file and
    then reporting on it parses it, and imports the YAML parser, once.
    """
    path = Path(path)
    shown = display_path(path)
    raw = read_regular(path, MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise InputError(Problem(shown, None, None, say("larger than limit", limit=f"{MAX_BYTES:,}"),
                                 say("split")))
    if not cache:
        return load_bytes(raw, shown)
    from .. import cache as datacache

    key = datacache.key_of([datacache.code_version("kb/yamlsafe.py"), raw])
    entry = datacache.read("yaml", key)
    try:
        if entry is not None:
            plain = entry[0]
            return Document(shown, plain["data"], {tuple(p): (line, col) for p, line, col in plain["positions"]})
    except (KeyError, TypeError, ValueError):
        pass                        # not the shape written below: parse again
    doc = load_bytes(raw, shown)
    datacache.write("yaml", key, {"data": doc.data, "positions": [[list(p), line, col]
                                                                  for p, (line, col) in doc.positions.items()]})
    return doc


def load_bytes(raw: bytes, file: str) -> Document:
    if len(raw) > MAX_BYTES:
        raise InputError(Problem(file, None, None, say("size and limit", size=f"{len(raw):,}",
                                                                 limit=f"{MAX_BYTES:,}"), say("split")))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        # count characters, like every other column: the line up to the bad byte is valid UTF-8
        col = len(raw[raw.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        raise InputError(Problem(file, line, col, say("not utf-8", byte=f"{raw[exc.start]:02x}"),
                                 say("save utf-8"))) from None
    return load_text(text.removeprefix("\ufeff"), file)


def load_text(text: str, file: str) -> Document:
    """Parse YAML text into plain data with positions."""
    tab = re.search(_TAB_INDENT, text, re.MULTILINE)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        col = tab.end() - tab.start()
        raise InputError(Problem(file, line, col, say("tab"), say("tab fix")))
    yaml = _parser()[0]
    builder = _Builder(file)
    try:
        data = _build(builder, text)
    except yaml.reader.ReaderError as exc:
        # A character YAML refuses (NUL, other control characters): locate it ourselves, since
        # the C and Python readers count `exc.position` differently (bytes or characters).
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        at = text.find(char)
        line = text.count("\n", 0, at) + 1 if at >= 0 else None
        col = at - (text.rfind("\n", 0, at) + 1) + 1 if at >= 0 else None
        raise InputError(Problem(file, line, col, say("character", code=f"{ord(char[:1] or ' '):04X}",
                                                           reason=exc.reason), say("character fix"))) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or say("not yaml bare")
        start = exc.context_mark
        if mark is exc.problem_mark and start is not None and start.line != mark.line:
            # e.g. an unclosed quote reported at the end of the file: say where it began
            message = say("not yaml began", detail=message, line=start.line + 1, column=start.column + 1)
        raise InputError(Problem(file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                                 say("not yaml", detail=message), say("not yaml fix"))) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(file, None, None, say("not yaml", detail=exc))) from None
    return Document(file, data, builder.positions)


def _build(builder: "_Builder", text: str) -> Any:
    """Parse with libyaml when present; where it gives up on nesting of its own accord (PyYAML >= 6.0.4
    stops at 1000 flow levels while scanning ahead), parse again in Python so that our own,
    lower limit reports the place."""
    yaml, loader, _ = _parser()
    try:
        return builder.build(text)
    except yaml.MarkedYAMLError as exc:
        if loader is yaml.SafeLoader or "nesting depth" not in str(exc.problem):
            raise
    builder.positions = {(): (1, 1)}
    return builder.build(text, yaml.SafeLoader)


class _Builder:
    """Turns the parser's events into plain data, recording positions."""

    def __init__(self, file: str):
        self.file = file
        self.positions: dict[tuple, tuple[int, int]] = {(): (1, 1)}

    def fail(self, mark, message: str, hint: str = "") -> InputError:
        return InputError(Problem(self.file, mark.line + 1, mark.column + 1, message, hint))

    def build(self, text: str, loader_class=None) -> Any:
        loader = (loader_class or _parser()[1])(text)
        try:
            return self._consume(loader)
        finally:
            loader.dispose()

    def _consume(self, loader) -> Any:
        yaml = _parser()[0]
        root: Any = None
        stack: list[list] = []  # frames: [container, path, pending_key, first_lines]
        documents = 0
        while not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.fail(event.start_mark, say("documents"), say("documents fix"))
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise self.fail(event.start_mark, say("anchors"), say("anchors fix"))
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                stack.pop()
                continue
            if isinstance(event, yaml.ScalarEvent):
                value = self._scalar(loader, event)
                if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                    self._key(stack[-1], value, event)
                    continue
                path = self._place(stack, value, event)
                if not stack:
                    root = value
                continue
            # a collection starts
            if event.tag not in _COLLECTION_TAGS:
                raise self._bad_tag(event)
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                raise self.fail(event.start_mark, say("collection key"), say("collection key fix"))
            if len(stack) >= MAX_DEPTH:
                raise self.fail(event.start_mark, say("too deep", most=MAX_DEPTH), say("too deep fix"))
            container: Any = [] if isinstance(event, yaml.SequenceStartEvent) else {}
            path = self._place(stack, container, event)
            if not stack:
                root = container
            stack.append([container, path, None, {}])
        return root

    def _scalar(self, loader, event) -> Any:
        yaml, _, scalars = _parser()
        tag = event.tag
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _TAG + "merge":
            raise self.fail(event.start_mark, say("merge"), say("merge fix"))
        if tag == _TAG + "str":           # most scalars: the text as it is (digits are counted in numbers only)
            return event.value
        construct = scalars.get(tag)
        if construct is None:
            raise self._bad_tag(event, tag)
        digits = sum(c.isdigit() for c in event.value) if tag in (_TAG + "int", _TAG + "float") else 0
        if digits > MAX_DIGITS:
            raise self.fail(event.start_mark, say("too many digits", digits=digits),
                            say("too many digits fix", most=MAX_DIGITS))
        value = construct(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))
        if isinstance(value, float) and value in (float("inf"), float("-inf")) and digits:
            raise self.fail(event.start_mark, say("too large", number=event.value), say("too large fix"))
        return value

    def _bad_tag(self, event, tag: str | None = None) -> InputError:
        tag = tag or event.tag
        unsafe = "python/" in tag or not tag.startswith(_TAG)
        return self.fail(event.start_mark, say("unsafe tag" if unsafe else "unsupported tag", tag=tag.replace(_TAG, "!!")),
                         say("tag fix"))

    def _key(self, frame: list, key: Any, event) -> None:
        container, path, _, first_lines = frame
        if not isinstance(key, str):
            raise self.fail(event.start_mark, say("key not text", key=repr(event.value), type=type(key).__name__),
                            say("key not text fix", key=event.value))
        if key in container or key in first_lines:
            raise self.fail(event.start_mark, say("duplicate key", key=key, line=first_lines[key]),
                            say("duplicate key fix"))
        first_lines[key] = event.start_mark.line + 1
        frame[2] = key
        self.positions[path + (key,)] = (event.start_mark.line + 1, event.start_mark.column + 1)

    def _place(self, stack: list, value: Any, event) -> tuple:
        """Put a value into the container on top of the stack; return its path."""
        if not stack:
            return ()
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            here = path + (len(container),)
            container.append(value)
            self.positions[here] = (event.start_mark.line + 1, event.start_mark.column + 1)
        else:
            here = path + (frame[2],)
            container[frame[2]] = value
            frame[2] = None
        return here
