"""Drop the NHS.UK frontend rules whose selectors name classes the site never uses (run by rebuild.sh).

    python3 purge.py CSS_IN CSS_OUT

The classes the site uses are the `nhsuk-...` words in its templates, scripts
and Python code (templates/, site/*.js, assess/). Scripts complete some at run
time, so a class is taken as used when it is one of those words, begins with
one that ends in `-` or `_` (`nhsuk-icon--{{ name }}`), or is an element
(`__`, no `--` modifier) of a block the words use (`cls + "__item"`).
A selector is kept when every nhsuk class it requires is used (classes inside
`:not(...)` are not required; selectors with `:is`, `:where` or `:has` are
always kept); a rule is kept when one of its selectors is. At-rules keep
their structure and go when they are left empty.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SOURCES = [("templates", "*.j2"), ("site", "*.js"), ("assess", "*.py")]
WORD = re.compile(r"nhsuk-[a-z0-9_-]*")
CLASS = re.compile(r"\.(nhsuk-[a-zA-Z0-9_-]+)")
NOT = re.compile(r":not\([^()]*\)")


class Used:
    """The nhsuk classes the site's sources name, completed as the module docstring says."""

    def __init__(self):
        words: set[str] = set()
        for folder, pattern in SOURCES:
            for path in sorted((REPO / folder).rglob(pattern)):
                if "vendor" not in path.parts:
                    words.update(WORD.findall(path.read_text(encoding="utf-8")))
        words.discard("nhsuk-")        # a bare prefix (a data-module value being built), not a class
        self.words = words
        self.prefixes = tuple(sorted(w for w in words if w.endswith(("-", "_"))))
        self.blocks = {w.split("__")[0].split("--")[0] for w in words}

    def __contains__(self, name: str) -> bool:
        return (name in self.words or name.startswith(self.prefixes)
                or ("--" not in name and name.split("__")[0] in self.blocks))


def keep_selector(selector: str, used: Used) -> bool:
    if any(p in selector for p in (":is(", ":where(", ":has(")):
        return True
    return all(c in used for c in CLASS.findall(NOT.sub("", selector)))


def _block_end(css: str, start: int) -> int:
    """Index just after the `}` closing the block whose `{` is at `start` (quotes respected)."""
    depth, i, quote = 0, start, None
    while i < len(css):
        ch = css[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces in the CSS")


def purge(css: str, used: Used) -> str:
    """The rules of `css` (compressed, as sass writes it) that can match the site's markup."""
    out, i = [], 0
    while i < len(css):
        brace = css.find("{", i)
        semicolon = css.find(";", i)
        if brace < 0:
            out.append(css[i:])
            break
        if 0 <= semicolon < brace and css[i] == "@":       # @charset, @import ...;
            out.append(css[i:semicolon + 1])
            i = semicolon + 1
            continue
        head, end = css[i:brace], _block_end(css, brace)
        body = css[brace + 1:end - 1]
        if head.startswith("@"):
            inner = body if head.startswith(("@font-face", "@keyframes", "@page")) else purge(body, used)
            if inner.strip():
                out.append(f"{head}{{{inner}}}")
        else:
            kept = [s for s in _split_selectors(head) if keep_selector(s, used)]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
        i = end
    return "".join(out)


def _split_selectors(head: str) -> list[str]:
    """A selector list split at top-level commas (not those inside parentheses)."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(head):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(head[start:k])
            start = k + 1
    parts.append(head[start:])
    return parts


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    css = source.read_text(encoding="utf-8")
    used = Used()
    kept = purge(css, used)
    target.write_text(kept, encoding="utf-8")
    print(f"kept {len(kept):,} of {len(css):,} bytes ({len(used.words)} nhsuk words in the sources)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
