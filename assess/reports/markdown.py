"""Markdown from Jinja2 templates, with user text escaped for Markdown (`md`, `cell` filters)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..kb import KnowledgeBase
from .kbview import model_view

_BLANK_RUNS = re.compile(r"\n{3,}")

# characters that start Markdown inline constructs anywhere: escapes, code, emphasis, links and images,
# raw HTML and autolinks, table cells, strikethrough, entities; and braces, so no template engine reads it either
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&{}])")
# what starts a block only at the beginning of a line: headings, list items, quotes, rules, setext underlines
_MD_BLOCK_START = re.compile(r"^(\s*)([#+\-=]|\d+(?=[.)]))")


def md_escape(text: Any) -> str:
    """Neutralise user text for Markdown, escaping only what Markdown reads; lines are joined.

    The result renders as the literal text in any CommonMark renderer, so user
    text can never become a link, an image, raw HTML, code, emphasis, a heading
    or a list; ordinary punctuation (commas, full stops, hyphens) stays as typed.
    """
    flat = _MD_INLINE.sub(r"\\\1", " ".join(str(text).split()))
    return _MD_BLOCK_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2).isdigit()
                                                       else m.group(2) + "\\"), flat, count=1)


def md_cell(text: Any) -> str:
    """Trusted text (knowledge base, questionnaire) made safe for one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


@lru_cache(maxsize=None)
def environment(kind: str = "md"):
    """The Jinja2 environment for Markdown ('md') or HTML ('html') templates: the templates come
    compiled with the package (`templates.py`), never from the cache folder."""
    import jinja2

    from ..resources import templates_dir
    from .templates import loader

    env = jinja2.Environment(
        loader=loader(templates_dir()),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["cell"] = md_cell
    return env


def render(template: str, **context) -> str:
    """Render a template; Markdown output is tidied (no runs of blank lines, one final newline)."""
    from .templates import kind_of

    kind = kind_of(template)
    text = environment(kind).get_template(template).render(**context)
    if kind == "md":
        text = _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"
    return text


def render_model_markdown(kb: KnowledgeBase, model) -> str:
    return render("model.md.j2", m=model_view(kb, model))
