"""Nothing a user sees points to ../shared, to the source documents' internal file names, says "seed" or "derived by care-models":
documents are cited by title, author and date from kb/sources.yaml."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assess.site.build import build

REPO = Path(__file__).resolve().parent.parent
INTERNAL = re.compile(r"\bseeds?\b|\.\./shared|\b[0-9]{3}_[0-9a-f]{16}\b|DESIGN\.md|derived by care-models", re.IGNORECASE)


# What a reader sees must not show an answers-file value, a KB file name or the questionnaire's id either.
RAW = re.compile(r"\bdont-know\b|\bkb/[\w/]+\.ya?ml\b|\bcare-model-fit\b|derived by care-models")


def leaks(text: str, pattern: re.Pattern = INTERNAL) -> list[str]:
    return [text[max(0, m.start() - 40):m.end() + 40] for m in pattern.finditer(text)]


def visible(page: str) -> str:
    """The text of an HTML page as a reader sees it: no scripts, styles or tags."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL | re.IGNORECASE)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))


def data_lines(path: Path) -> str:
    """A YAML file without its comment lines (comments and `source:` ids are for the maintainers)."""
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("#"))


def test_the_built_site_cites_no_internal_names(tmp_path):
    out = tmp_path / "site"
    build(out, search=False, cache=False)
    found = {p.relative_to(out).as_posix(): leaks(p.read_text(encoding="utf-8", errors="replace"))
             for p in sorted(out.rglob("*")) if p.is_file() and "vendor" not in p.parts}
    assert {k: v for k, v in found.items() if v} == {}
    shown = {p.relative_to(out).as_posix(): leaks(visible(p.read_text(encoding="utf-8")), RAW)
             for p in sorted(out.rglob("*.html"))}
    assert {k: v for k, v in shown.items() if v} == {}
    sources = (out / "sources.html").read_text(encoding="utf-8")
    assert "Accelerator Support Pack 1, Module 1" in sources and "April 2015" in sources


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_briefs_and_comparisons_cite_no_internal_names(cli, tmp_path, fmt):
    for args in (["report", REPO / "examples" / "mcp.yaml", REPO / "examples" / "pacs.yaml"],
                 ["report", REPO / "examples" / "governance-network.yaml"],
                 ["brief", "--all"], ["compare", "mcp", "pacs", "aco"]):
        out = tmp_path / f"{args[0]}-{len(args)}"
        target = out if args[0] == "brief" else out.with_suffix("." + fmt)
        result = cli(*args, "--format", fmt, "-o", target)
        assert result.exit_code == 0, result.output
        for path in ([*target.iterdir()] if target.is_dir() else [target]):
            text = path.read_text(encoding="utf-8")
            assert leaks(text) == [], path.name
            assert leaks(visible(text) if fmt == "html" else text, RAW) == [], path.name
    report = (tmp_path / f"report-3.{fmt}").read_text(encoding="utf-8")
    assert "BMA General Practitioners Committee" in report


def test_readme_docs_help_and_examples_cite_no_internal_names(cli):
    texts = {p.name: p.read_text(encoding="utf-8") for p in [REPO / "README.md", *(REPO / "docs").glob("*.md")]}
    texts.update({p.name: p.read_text(encoding="utf-8") for p in (REPO / "examples").glob("*.yaml")})
    texts["kb/sources.yaml"] = (REPO / "kb" / "sources.yaml").read_text(encoding="utf-8")
    for group, commands in (("", ["kb", "score", "run", "lint", "report", "brief", "compare", "demo", "site",
                                  "vote", "budget"]), ("kb", ["list", "show", "validate"]),
                            ("site", ["build", "serve"])):
        for command in commands:
            args = [group, command] if group else [command]
            texts[" ".join(args)] = cli(*args, "--help").output
    assert {k: leaks(v) for k, v in texts.items() if leaks(v)} == {}


def test_kb_and_questionnaire_texts_cite_no_internal_names():
    paths = [*(REPO / "kb").rglob("*.yaml"), *(REPO / "kb" / "schema").glob("*.json"),
             *(REPO / "questionnaires").glob("*.yaml")]
    found = {p.relative_to(REPO).as_posix(): leaks(data_lines(p)) for p in paths}
    assert {k: v for k, v in found.items() if v} == {}


def test_messages_of_the_code_cite_no_internal_names():
    found = {p.relative_to(REPO).as_posix(): leaks(p.read_text(encoding="utf-8"))
             for p in (REPO / "assess").rglob("*.py")}
    found.update({p.relative_to(REPO).as_posix(): leaks(p.read_text(encoding="utf-8"))
                  for p in [*(REPO / "templates").rglob("*.j2"), *(REPO / "site").glob("*.js")]})
    assert {k: v for k, v in found.items() if v} == {}


def test_every_page_and_report_says_when_its_sources_were_written(cli, tmp_path, repo):
    from assess.reports.provenance import AS_AT

    assert "its own date" in AS_AT and "not necessarily as they are today" in AS_AT
    for args in (("report", repo / "examples" / "mcp.yaml", "--format", "md", "-o", "-"),
                 ("brief", "pacs", "--format", "md", "-o", "-"), ("compare", "mcp", "pacs")):
        result = cli(*args)
        assert result.exit_code == 0 and AS_AT in result.stdout, args
    build(tmp_path / "site", search=False, cache=False)
    for page in ("index.html", "models/mcp.html", "assess.html", "glossary.html"):
        assert AS_AT[:60] in (tmp_path / "site" / page).read_text("utf-8"), page
