"""Hostile user text in every free-text field is shown as text, in Markdown and in HTML.

Fields: respondent, context, free-text answers, answers file names (and the
respondent labels that challenge questions quote). Payloads: HTML script, Jinja
expressions and statements, Markdown link and image injection. (A `date:` that is not an ISO
date is refused when read: tests/test_numbers_and_ids.py.)
"""
from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from assess import __version__
from assess.engine.answers import check
from assess.engine.assessment import Assessment, evaluate
from assess.engine.questionnaire import load as load_questionnaire
from assess.kb.yamlsafe import load_file
from assess.reports.documents import render_report
from assess.reports.report import report_view

HERE = Path(__file__).parent
MINI = HERE / "fixtures" / "mini-questionnaire.yaml"
PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "jinja-expr": "{{ 7*7 }}",
    "jinja-stmt": "{% include '/etc/passwd' %}",
    "md-link": "[click](javascript:alert(1))",
    "md-image": "![x](http://evil/x.png)",
}
# file names cannot hold "/": the same attacks without it
FILE_NAMES = {
    "script": "<script>alert(1)<script>",
    "jinja-expr": "{{ 7*7 }}",
    "jinja-stmt": "{% include 'etc' %}",
    "md-link": "[click](javascript:alert(1))",
    "md-image": "![x](http:evil.png)",
}


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


def write(folder: Path, name: str, data: dict) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def hostile_files(folder: Path, payload: str, file_name: str) -> list[Path]:
    """Two respondents who disagree, with the payload in every free-text field and file name."""
    first = write(folder, file_name, {
        "questionnaire": "mini", "respondent": payload, "context": payload, "date": "2025-03-31",
        "answers": {"scope": ["general-practice"], "lead": "gps", "notes": payload}})
    second = write(folder, file_name + " two", {
        "questionnaire": "mini", "respondent": f"{payload} second", "context": f"before {payload} after",
        "answers": {"scope": ["general-practice", "acute"], "lead": "trust", "notes": f"x {payload} y"}})
    # a respondent without a name is labelled by the file name
    third = write(folder, file_name + " three", {
        "questionnaire": "mini", "answers": {"scope": ["acute"], "lead": "dont-know"}})
    return [first, second, third]


def render(kb, mini, paths: list[Path], fmt: str) -> str:
    answers = [check(load_file(p), mini) for p in paths]
    a = Assessment(kb, mini, tuple(answers), evaluate(mini, kb, answers))
    view = report_view(a, [(p.name, p.read_bytes()) for p in paths], version=__version__)
    return render_report(view, fmt)


def without_hashes(text: str) -> str:
    return re.sub(r"[0-9a-f]{12,}", "", text)


def assert_no_markup(html: str) -> None:
    low = html.lower()
    assert "<script" not in low
    assert '<a href="javascript' not in low and "href=\"javascript" not in low
    assert "<img" not in low
    assert "<a " not in low, "a report has no links at all"
    assert "/etc/passwd" not in low or "root:" not in low


@pytest.mark.parametrize("kind", PAYLOADS)
def test_html_report_shows_hostile_text_as_text(kb, mini, tmp_path, kind):
    payload = PAYLOADS[kind]
    paths = hostile_files(tmp_path, payload, FILE_NAMES[kind])
    html = render(kb, mini, paths, "html")
    assert_no_markup(html)
    visible = htmllib.unescape(html)
    assert payload in visible
    assert f"{payload} second" in visible and f"before {payload} after" in visible and f"x {payload} y" in visible
    assert FILE_NAMES[kind] in visible          # file names and the labels made from them


@pytest.mark.parametrize("kind", PAYLOADS)
def test_markdown_report_neutralises_hostile_text(kb, mini, tmp_path, kind):
    payload = PAYLOADS[kind]
    paths = hostile_files(tmp_path, payload, FILE_NAMES[kind])
    md = render(kb, mini, paths, "md")
    assert payload not in md, "user text is escaped, never copied raw into Markdown"
    # even a renderer that allows raw HTML shows the text, never markup
    renderers = [MarkdownIt("commonmark"), MarkdownIt("commonmark", {"html": False}).enable("table")]
    if _has_linkify():
        renderers.append(MarkdownIt("gfm-like"))    # bare URLs become links there
    for renderer in renderers:
        html = renderer.render(md)
        assert_no_markup(html)
        assert payload in htmllib.unescape(html)


def _has_linkify() -> bool:
    try:
        import linkify_it  # noqa: F401
    except ImportError:
        return False
    return True


def subfolder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def test_jinja_in_user_text_is_never_evaluated(kb, mini, tmp_path):
    hostile = render(kb, mini, hostile_files(subfolder(tmp_path, "a"), "{{ 7*7 }}", "{{ 7*7 }}"), "html")
    control = render(kb, mini, hostile_files(subfolder(tmp_path, "b"), "{{ 7x7 }}", "{{ 7x7 }}"), "html")
    # the same report but for the payload: "49" appears exactly as often (so never from evaluation)
    assert without_hashes(hostile).count("49") == without_hashes(control).count("49")
    assert "{{ 7*7 }}" in htmllib.unescape(hostile)
    md = render(kb, mini, hostile_files(subfolder(tmp_path, "c"), "{% include '/etc/passwd' %}", "x"), "md")
    assert "root:" not in md
    assert "include" in md


def test_the_html_title_and_chart_hold_no_user_text(kb, mini, tmp_path):
    html = render(kb, mini, hostile_files(tmp_path, PAYLOADS["script"], "s"), "html")
    head = html[:html.index("<body")]
    assert "alert" not in head
    chart = html[html.index("<svg"):html.index("</svg>")]
    assert "alert" not in chart


def _template_compilers(source: str) -> list[str]:
    """Calls in `source` that compile a template from a string: `….from_string(…)` or `Template(…)`."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("from_string", "Template"):
                found.append(f"line {node.lineno}: {ast.unparse(node.func)}(…)")
    return found


def test_user_text_never_reaches_a_template_compiler():
    """No code path anywhere in the package compiles a template from a string: templates come from
    templates/ only."""
    paths = sorted((HERE.parent / "assess").rglob("*.py"))
    assert len(paths) > 50 and any(p.parent.name == "reports" for p in paths)     # every room, not the top only
    for path in paths:
        assert _template_compilers(path.read_text(encoding="utf-8")) == [], path


def test_the_template_compiler_search_finds_both_ways_of_compiling():
    source = "from jinja2 import Template\nenv.from_string(text)\nTemplate(text)\ncache.bytecode_from_string(b)\n"
    assert _template_compilers(source) == ["line 2: env.from_string(…)", "line 3: Template(…)"]


def test_report_cli_with_hostile_respondent_context_and_file_name(cli, tmp_path):
    example = HERE.parent / "examples" / "mcp.yaml"
    if not example.is_file():
        pytest.skip("examples/mcp.yaml is not there yet")
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    payload = " ".join(PAYLOADS.values())
    data.update(respondent=payload, context=payload)
    path = write(tmp_path, "<script>alert(1)<script> {{ 7*7 }}", data)
    for fmt in ("md", "html"):
        result = cli("report", path, "--format", fmt, "-o", "-")
        assert result.exit_code == 0, result.output
        if fmt == "html":
            assert_no_markup(result.stdout)
            visible = htmllib.unescape(result.stdout)
            assert payload in visible and "<script>alert(1)<script> {{ 7*7 }}.yaml" in visible
        else:
            assert payload not in result.stdout
            assert_no_markup(MarkdownIt("commonmark").render(result.stdout))
