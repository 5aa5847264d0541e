"""Floors: what the required libraries alone take, with none of this project's code.

A floor is a fresh Python process that does only the part of a job the design
fixes and the libraries do: start Python, import the libraries the job needs
(docs/architecture.md: data in YAML, views -> Markdown (Jinja2) -> HTML),
read the input, and compile the templates or convert the Markdown. It
builds no data, checks nothing, scores nothing and writes nothing, so the job
itself can only be slower. A goal set below its floor cannot be met on this
machine, whatever the project's code does; `commands.py` and
`site_vs_mkdocs.py` print the floor beside each goal it bounds.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# `report --format html` (answers and data from the cache, so no YAML is parsed): the paper is a
# Jinja2 template of Markdown, and markdown-it turns it into HTML (argv[1]: the paper's Markdown, as
# `report --format md` writes it)
REPORT = """\
import sys, click, jinja2, markdown_it
text = open(sys.argv[1], encoding="utf-8").read()
markdown_it.MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
"""

# a cold `site build`: every input's YAML read as libyaml's event stream (the least a reader that
# keeps each value's line can do, before it builds a single value) and every site template compiled
# (the bytecode cache is empty); argv[1]: the templates folder, argv[2:]: the YAML inputs
SITE = """\
import sys, click, yaml, jinja2
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        for _ in yaml.parse(f.read(), Loader=yaml.CSafeLoader):
            pass
env = jinja2.Environment(loader=jinja2.FileSystemLoader(sys.argv[1]), autoescape=True, trim_blocks=True,
                         lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
env.filters.update(md=str, cell=str)
for name in env.list_templates(filter_func=lambda name: name.startswith("site/")):
    env.get_template(name)
"""


def report_floor(markdown: Path) -> list[str]:
    return [sys.executable, "-c", REPORT, str(markdown)]


def site_floor(repo: Path, questionnaire: Path) -> list[str]:
    """The site build's floor over the same inputs: every YAML file of kb/ and the questionnaire."""
    kb = sorted(str(p) for p in (repo / "kb").rglob("*.yaml"))
    return [sys.executable, "-c", SITE, os.fspath(repo / "templates"), *kb, str(questionnaire)]
