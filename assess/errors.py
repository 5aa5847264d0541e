"""Errors a user can act on: what is wrong, where (file:line:col), and how to fix it."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple


class UserError(Exception):
    """An error caused by input or usage; the CLI prints it without a traceback (exit 1)."""


class Problem(NamedTuple):
    """One located problem in an input file (a NamedTuple: no class to build at start-up, unlike a dataclass)."""

    file: str
    line: int | None
    col: int | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        text = f"{where}: {self.message}"
        return f"{text}\n  fix: {self.hint}" if self.hint else text


class InputError(UserError):
    """One or more located problems in input files."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    p = Path(os.path.abspath(path))        # not resolved: a symbolic link is shown as itself
    try:
        return str(p.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


# C0 and C1 control characters, DEL, and the invisible marks that reorder text (bidi controls)
# (patterns compiled by `re` when first used, not at start-up: these character classes take 0.2 ms each)
_CONTROL = "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_CONTROL_KEEP_NEWLINES = "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, newlines: bool = False) -> str:
    """`text` with control characters shown escaped (ESC as \\x1b), so a terminal never acts on them.

    With `newlines`, line breaks are kept (a message of several lines)."""
    text = str(text)
    if text.isprintable():          # every character escaped below is a non-printable one (Cc or Cf)
        return text
    return re.sub(_CONTROL_KEEP_NEWLINES if newlines else _CONTROL, _escape, text)
