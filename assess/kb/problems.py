"""What a problem with a file says: the YAML reader's and the schema check's messages, for Python and the browser.

`yamlsafe.py`, `schema.py` and `numbers.py` (and the governance room, for a proposal's unknown and missing keys, numbers
out of range) fill these here; the browser's YAML reader (site/js/yaml.js, yaml-blocks.js) and its schema
check (site/js/governance-schema.js) fill the same entries from the data the site build writes, so a file's
problem reads the same in the terminal and on a page. One table for the family rather than one per module:
reading a file and checking its shape describe the same things (a key, a value, a number) and share their
sentences, and a reader of the table sees every message a file can get in one place. A message and its fix
are separate entries, as a Problem holds them; `{name}` marks a value, filled in as text.

READING is what the reader says (the assessment pages need only this part), SHAPE what the schema check
says. BROWSER_ONLY names what only the browser's own reader says: Python reads YAML with PyYAML, whose
parser words its own errors.
"""
from __future__ import annotations

from ..files import LARGER, SPLIT

READING = {
    # the file as a whole
    "larger than limit": LARGER,
    "size and limit": "file is {size} bytes; the limit is {limit}",
    "split": SPLIT,
    "not utf-8": "byte 0x{byte} is not UTF-8 text",
    "save utf-8": "save the file with UTF-8 encoding",
    "tab": "tab character used for indentation",
    "tab fix": "indent with spaces only (YAML does not allow tabs)",
    "character": "character U+{code} is not allowed in YAML ({reason})",
    "character fix": "remove it, or write it as an escape in a double-quoted string",
    "not yaml": "not valid YAML: {detail}",
    "not yaml began": "{detail} (it began at line {line}, column {column})",
    "not yaml bare": "not valid YAML",
    "not yaml fix": "check indentation, colons and quotes on this line and the one before",
    "documents": "more than one YAML document ('---') in one file",
    "documents fix": "keep one document per file",
    # what YAML allows and a data file never needs
    "anchors": "anchors and aliases (&name, *name) are not allowed",
    "anchors fix": "write the repeated content out in full",
    "merge": "merge keys (<<) are not allowed",
    "merge fix": "write the keys out in full",
    "unsafe tag": "unsafe tag {tag} is not allowed",
    "unsupported tag": "unsupported tag {tag} is not allowed",
    "tag fix": "remove the tag; only plain text, numbers, true/false, lists and mappings are read",
    "collection key": "a list or mapping cannot be used as a key",
    "collection key fix": "use a plain text key",
    "key not text": "key {key} is read as {type}, not text",
    "key not text fix": "put the key in quotes: \"{key}\"",
    "duplicate key": "duplicate key '{key}' (first at line {line})",
    "duplicate key fix": "remove or rename one of them",
    "too deep": "nested more than {most} levels deep",
    "too deep fix": "flatten the structure",
    "too many digits": "a number of {digits} digits is too large",
    "too many digits fix": "write a number of at most {most} digits (nothing here needs more)",
    "too large": "the number {number} is too large",
    "too large fix": "write a smaller number",
    # the browser's reader only (see BROWSER_ONLY)
    "at line": "Line {line} of the file: {message}",
    "with fix": "{message}: {fix}",
    "not text file": "The file is not a text file. Choose an answers file (ending in .yaml).",
    "reserved": "'{char}' starts an anchor, alias, tag or directive, which these files do not use",
    "double not closed": "a double-quoted string is not closed",
    "single not closed": "a single-quoted string is not closed",
    "bad escape": "bad \\{letter} escape",
    "not a character": "\\{escape} is not a character",
    "unknown escape": "unknown escape \\{letter}",
    "list not closed": "a list in [ ] is not closed",
    "list punctuation": "expected ',' or ']' in a list",
    "mapping not closed": "a mapping in { } is not closed",
    "mapping punctuation": "expected ',' or '}' in a mapping",
    "misplaced": "the line is indented more than the lines around it, or has text where none should be",
    "no colon": "write each line as a name, a colon and a value, like \u201cpopulation: 250000\u201d",
    "after value": "unexpected text after a value: {text}",
    "block header": "bad block scalar header '{header}'",
    "after start": "content after '---' is not supported",
    "after end": "text after the end of the document ('...')",
}

BROWSER_ONLY = frozenset({
    "at line", "with fix", "not text file", "reserved", "double not closed", "single not closed", "bad escape",
    "not a character", "unknown escape", "list not closed", "list punctuation", "mapping not closed",
    "mapping punctuation", "misplaced", "no colon", "after value", "block header", "after start", "after end"})

SHAPE = {
    "at": " (at {path})",
    "unknown key": "unknown key '{key}'{at}",
    "did you mean": "did you mean '{close}'?",
    "allowed keys": "allowed keys: {keys}",
    "missing key": "missing key '{key}'{at}",
    "add key": "add '{key}:'",
    "no provenance": "statement{at} has no provenance",
    "provenance fix": "add 'source: {{doc: <id in kb/sources.yaml>, where: \"<section title>\"}}', "
                      "or mark it ours with 'derived: true' and a one-line 'rationale:'",
    "empty list": "list{at} is empty",
    "empty list fix": "add at least one entry",
    "empty text": "text{at} is empty",
    "empty text fix": "write the text or remove the key",
    "no keys": "nothing given{at}",
    "no keys fix": "add a key or remove it",
    "not allowed": "{value}{at} is not one of the allowed values",
    "not allowed fix": "use one of: {allowed}",
    "not an id": "{value}{at} is not a valid id",
    "not an id fix": "use lower-case letters, digits and hyphens, e.g. 'gp-federation'",
    "not valid here": "{value}{at} is not valid here",
    "not valid here fix": "see the file's schema",
    "listed twice": "{value}{at} is listed twice",
    "listed twice fix": "list each once",
    "wrong type": "at {path}: expected {expected}, found {found}",
    "wrong type top": "value: expected {expected}, found {found}",
    "wrong type fix": "check the indentation and the '-' of list items",
    # the fix for a number written as text ("70%", "48k", "£1,200"): kb/numbers.py
    "number fix": "write {plain}{why}",
    "number reasons": " ({reasons})",
    "number quoted": " (a number, not in quotes)",
    "number percent": "without the %: the number is already a percentage",
    "number in full": "written out in full",
    "number commas": "without commas",
    "number currency": "without the {currency}",
    "either": "{one} or {other}",
    "type object": "a mapping (key: value)",
    "type array": "a list",
    "type string": "text",
    "type integer": "a whole number",
    "type number": "a number",
    "type boolean": "true or false",
    "type null": "nothing",
    "out of range": "{value}{at} is out of range",
    "named out of range": "{what} {value} is out of range",
    "not finite": "{value} is not a number that can be used here",
    "not finite fix": "write a plain number",
}

PROBLEMS = {**READING, **SHAPE}


def say(key: str, /, **values) -> str:
    """The entry `key` with its values filled in (every value it names must be given)."""
    return PROBLEMS[key].format(**values)


def at(path) -> str:
    """Where in the file, as the messages say it: " (at members.0.id)", or nothing for the whole file."""
    return say("at", path=".".join(str(p) for p in path)) if path else ""


def key_hint(key: str, allowed) -> str:
    """The fix for an unknown key: the allowed key it is close to, or all of them (in their order)."""
    import difflib

    close = difflib.get_close_matches(key, allowed, n=1)
    return say("did you mean", close=close[0]) if close else say("allowed keys", keys=", ".join(allowed))


def data(part: str = "all") -> dict:
    """The table as JSON-ready data for the browser: the reader's part ("reading") or all of it."""
    return dict(READING if part == "reading" else PROBLEMS)
