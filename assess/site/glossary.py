"""Glossary terms, and linking their first use on a page to the glossary (outside links, headings and code)."""
from __future__ import annotations

import re

from ..kb import KnowledgeBase
from ..reports.kbview import cite, item_view


def glossary_entries(kb: KnowledgeBase) -> list[dict]:
    """Glossary terms sorted A-Z, each with the words that link to it."""
    out = []
    for t in kb.glossary:
        out.append({"id": t["id"], "anchor": f"term-{t['id']}", "term": t["term"], "expansion": t.get("expansion"),
                    "meaning": item_view(kb, t["meaning"]), "words": term_words(t),
                    "now": {"text": t["now"]["text"], "cite": cite(kb, t["now"]["source"])} if t.get("now") else None})
    return sorted(out, key=lambda e: (re.sub(r"[^a-z0-9 ]", "", e["term"].lower()).strip(), e["id"]))


def term_words(term) -> list[str]:
    """The forms of a glossary term to look for in text: 'FT (NHS Foundation Trust)' -> FT, NHS Foundation Trust."""
    words = []
    for part in term["term"].split(" / "):
        inner = re.findall(r"\(([^)]*)\)", part)
        base = re.sub(r"\s*\([^)]*\)", "", part).strip()
        words.append(base)
        words += [w.strip() for w in inner if len(w.strip()) >= 6 and ":" not in w]
    expansion = term.get("expansion")
    if expansion:
        expansion = re.sub(r"\s*\([^)]*\)", "", expansion).strip()
        if len(expansion.split()) >= 2:
            words.append(expansion)
    seen, out = set(), []
    for w in (w.strip() for w in words):
        if len(w) >= 2 and w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


_SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "button", "label", "legend",
                        "summary", "code", "pre", "th", "caption", "title", "dfn", "abbr", "select", "option",
                        "textarea", "nav", "svg", "strong"})

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")


class GlossaryLinker:
    """Links the first occurrence of each glossary term on a page to its entry.

    Works on rendered HTML: only text between tags inside <main> is touched, and
    never inside links, headings, buttons, labels, citations (class app-source)
    or the like. Terms are matched on escaped text, longest first, as whole
    words; acronyms and capitalised names match case-sensitively.
    """

    def __init__(self, entries: list[dict]):
        from markupsafe import escape

        self.exact: dict[str, str] = {}     # escaped word -> anchor (case matters)
        self.folded: dict[str, str] = {}    # lower-case escaped word -> anchor
        for e in entries:
            for w in e["words"]:
                escaped = str(escape(w))
                if w.lower() == w:
                    self.folded.setdefault(escaped, e["anchor"])
                else:
                    self.exact.setdefault(escaped, e["anchor"])
        alternatives = sorted([(w, False) for w in self.exact] + [(w, True) for w in self.folded],
                              key=lambda a: (-len(a[0]), a[0]))
        parts = [f"(?i:{re.escape(w)})" if fold else re.escape(w) for w, fold in alternatives]
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:e?s)?(?![\w-])") if parts else None

    def anchor(self, matched: str) -> str | None:
        for candidate in (matched, matched[:-1] if matched.endswith("s") else None,
                          matched[:-2] if matched.endswith("es") else None):
            if candidate is None:
                continue
            if candidate in self.exact:
                return self.exact[candidate]
            if candidate.lower() in self.folded:
                return self.folded[candidate.lower()]
        return None

    def link(self, page_html: str, href: str) -> str:
        """`page_html` with glossary links in <main>; `href` is the glossary page's URL from this page."""
        if self.pattern is None:
            return page_html
        start = page_html.find("<main")
        end = page_html.rfind("</main>")
        if start < 0 or end < 0:
            return page_html
        seen: set[str] = set()
        stack: list[bool] = []   # one flag per open element: does it stop linking?
        blocked = 0              # how many of them do
        out = []
        body = page_html[start:end]
        pos = 0
        for m in _TAG.finditer(body):
            text = body[pos:m.start()]
            out.append(self._text(text, seen, href) if not blocked and not text.isspace() and text else text)
            out.append(m.group(0))
            pos = m.end()
            closing, name, rest = m.groups()
            name = name.lower()
            if name in _VOID or rest.endswith("/"):
                continue
            if closing:
                if stack:
                    blocked -= stack.pop()
            else:
                stops = name in _SKIP_TAGS or "app-source" in rest or "data-noglossary" in rest
                stack.append(stops)
                blocked += stops
        tail = body[pos:]
        out.append(self._text(tail, seen, href) if not blocked and tail.strip() else tail)
        return page_html[:start] + "".join(out) + page_html[end:]

    def _text(self, text: str, seen: set, href: str) -> str:
        def replace(m: re.Match) -> str:
            anchor = self.anchor(m.group(0))
            if anchor is None or anchor in seen:
                return m.group(0)
            seen.add(anchor)
            return f'<a class="app-glossary-link" href="{href}#{anchor}">{m.group(0)}</a>'
        return self.pattern.sub(replace, text)
