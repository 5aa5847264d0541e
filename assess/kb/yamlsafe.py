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
        raise InputError(Problem(shown, None, None, f"file is larger than {MAX_BYTES:,} bytes, the limit",
                                 "split it or remove what is not needed"))
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
        raise InputError(Problem(file, None, None, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}",
                                 "split it or remove what is not needed"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        # count characters, like every other column: the line up to the bad byte is valid UTF-8
        col = len(raw[raw.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        raise InputError(Problem(file, line, col, f"byte 0x{raw[exc.start]:02x} is not UTF-8 text",
                                 "save the file with UTF-8 encoding")) from None
    return load_text(text.removeprefix("\ufeff"), file)


def load_text(text: str, file: str) -> Document:
    """Parse YAML text into plain data with positions."""
    tab = re.search(_TAB_INDENT, text, re.MULTILINE)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        col = tab.end() - tab.start()
        raise InputError(Problem(file, line, col, "tab character used for indentation",
                                 "indent with spaces only (YAML does not allow tabs)"))
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
        raise InputError(Problem(file, line, col, f"character U+{ord(char[:1] or ' '):04X} is not allowed "
                                 f"in YAML ({exc.reason})",
                                 "remove it, or write it as an escape in a double-quoted string")) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "not valid YAML"
        start = exc.context_mark
        if mark is exc.problem_mark and start is not None and start.line != mark.line:
            # e.g. an unclosed quote reported at the end of the file: say where it began
            message += f" (it began at line {start.line + 1}, column {start.column + 1})"
        raise InputError(Problem(file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                                 f"not valid YAML: {message}",
                                 "check indentation, colons and quotes on this line and the one before")) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(file, None, None, f"not valid YAML: {exc}")) from None
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
                    raise self.fail(event.start_mark, "more than one YAML document ('---') in one file",
                                    "keep one document per file")
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise self.fail(event.start_mark, "anchors and aliases (&name, *name) are not allowed",
                                "write the repeated content out in full")
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
                raise self.fail(event.start_mark, "a list or mapping cannot be used as a key",
                                "use a plain text key")
            if len(stack) >= MAX_DEPTH:
                raise self.fail(event.start_mark, f"nested more than {MAX_DEPTH} levels deep",
                                "flatten the structure")
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
            raise self.fail(event.start_mark, "merge keys (<<) are not allowed", "write the keys out in full")
        if tag == _TAG + "str":           # most scalars: the text as it is (digits are counted in numbers only)
            return event.value
        construct = scalars.get(tag)
        if construct is None:
            raise self._bad_tag(event, tag)
        digits = sum(c.isdigit() for c in event.value) if tag in (_TAG + "int", _TAG + "float") else 0
        if digits > MAX_DIGITS:
            raise self.fail(event.start_mark, "number too large",
                            f"write a number of at most {MAX_DIGITS} digits (nothing here needs more)")
        value = construct(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))
        if isinstance(value, float) and value in (float("inf"), float("-inf")) and digits:
            raise self.fail(event.start_mark, "number too large", "write a smaller number")
        return value

    def _bad_tag(self, event, tag: str | None = None) -> InputError:
        tag = tag or event.tag
        unsafe = "python/" in tag or not tag.startswith(_TAG)
        return self.fail(event.start_mark,
                         f"{'unsafe' if unsafe else 'unsupported'} tag {tag.replace(_TAG, '!!')} is not allowed",
                         "remove the tag; only plain text, numbers, true/false, lists and mappings are read")

    def _key(self, frame: list, key: Any, event) -> None:
        container, path, _, first_lines = frame
        if not isinstance(key, str):
            raise self.fail(event.start_mark, f"key {event.value!r} is read as {type(key).__name__}, not text",
                            f'put the key in quotes: "{event.value}"')
        if key in container or key in first_lines:
            raise self.fail(event.start_mark, f"duplicate key '{key}' (first at line {first_lines[key]})",
                            "remove or rename one of them")
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
