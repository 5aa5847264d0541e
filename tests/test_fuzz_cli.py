"""Every command, driven with generated hostile files: random bytes, huge numbers, deep nesting, control
characters, wrong types, broken YAML. Whatever the input: exit 0, 1 or 2, never an internal error or a
traceback, and nothing outside the temporary folder changes.

Runs in process (click's CliRunner) with a bounded number of examples, so it stays fast.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"

HOSTILE_VALUES = st.one_of(
    st.sampled_from([
        "1" * 5000, "1" * 400, "1" * 400 + ".5", "-1", "0", "1e999", "-.inf", ".nan", "70%", "48k", "£1,200",
        "[" * 300 + "]" * 300, "{a: " * 80 + "1" + "}" * 80, '"\\e[2J\\e]52;c;ZWNobw==\\a\\e]8;;http://x\\e\\\\"',
        '"\\x9b31m\\u202Eevil"', "[]", "{}", "~", "true", "!!python/object/apply:os.system [id]", "&a x", "*a",
        '"\\0"', "2025-13-45", "'", '"', "- -", ": :", "{{ 7*7 }}", "<script>alert(1)</script>", "dont-know",
        "[dont-know, dont-know]", "2025-03-31", "[acute, acute]", "!!binary aGVsbG8=", "<<: {a: 1}",
    ]),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=40).map(lambda s: json.dumps(s)),          # any characters, as a quoted YAML string
)


@st.composite
def hostile_file(draw, base: Path) -> bytes:
    """A bundled file, broken one way or another."""
    text = base.read_text(encoding="utf-8")
    lines = text.splitlines()
    how = draw(st.sampled_from(["value", "value", "value", "line", "truncate", "bytes", "key", "nothing"]))
    if how == "bytes":
        return draw(st.binary(max_size=300))
    if how == "truncate":
        return text.encode()[:draw(st.integers(0, len(text)))]
    i = draw(st.integers(0, len(lines) - 1))
    if how == "value":
        head, sep, _ = lines[i].partition(": ")
        lines[i] = (head + ": " if sep else head.rstrip(":-") + ": ") + draw(HOSTILE_VALUES)
    elif how == "line":
        lines[i] = draw(st.sampled_from(["\t" + lines[i], lines[i] + "\x00", "  " + lines[i], lines[i] * 2, ""]))
    elif how == "key":
        lines.insert(i, draw(st.sampled_from(["unknown: 1", "answers: {}", "members: []", "questionnaire: x",
                                              "capitated_budget: 10", "decisions: 3"])))
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def snapshot(root: Path) -> dict[str, str]:
    """Path -> SHA-256 of every file of the project (what no command may change); tools' caches aside."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (rel.parts[0].startswith(".") and rel.parts[0] != ".ci") or "__pycache__" in rel.parts:
            continue
        if path.is_file() and not path.is_symlink():
            out[rel.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module", autouse=True)
def no_pdf():
    """The demo without its PDF: WeasyPrint takes seconds a page, and PDFs are tested elsewhere."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("assess.reports.pdf.pdf_available", lambda: False)
        yield


@pytest.fixture(scope="module")
def untouched():
    """Fails the module if any file of the project changed while the fuzzing ran."""
    before = snapshot(REPO)
    yield
    after = snapshot(REPO)
    assert {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} == set()


@contextmanager
def sandbox():
    """A temporary working folder (and cache) for one example."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="assess-fuzz-") as folder:
        os.chdir(folder)
        old_cache = os.environ.get("CARE_MODELS_CACHE")
        os.environ["CARE_MODELS_CACHE"] = os.path.join(folder, "cache")
        try:
            yield Path(folder)
        finally:
            os.chdir(here)
            if old_cache is None:
                os.environ.pop("CARE_MODELS_CACHE", None)
            else:
                os.environ["CARE_MODELS_CACHE"] = old_cache


def invoke(*args, input: str | None = None):
    from click.testing import CliRunner

    from assess.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args], input=input, env={"ASSESS_FORCE_TTY": "1"})
    shown = result.output
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, shown[-2000:])
    assert "internal error" not in shown and "Traceback" not in shown, (args, shown[-2000:])
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (args, repr(result.exception))
    return result


FUZZ = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ANSWERS = [EXAMPLES / "mcp.yaml", EXAMPLES / "governance-network.yaml"]


@FUZZ
@given(data=st.data())
def test_answers_commands(untouched, data):
    raw = data.draw(hostile_file(data.draw(st.sampled_from(ANSWERS))))
    command = data.draw(st.sampled_from(["score", "score-json", "report-md", "report-html", "run-resume"]))
    with sandbox() as here:
        (here / "a.yaml").write_bytes(raw)
        if command.startswith("score"):
            invoke("score", "a.yaml", *(["--json"] if command == "score-json" else []))
        elif command.startswith("report"):
            invoke("report", "a.yaml", "--format", command[7:], "-o", "out." + command[7:])
        else:
            invoke("run", "--resume", "a.yaml", input="q\n")


@FUZZ
@given(data=st.data())
def test_governance_commands(untouched, data):
    network = data.draw(hostile_file(data.draw(st.sampled_from(sorted(EXAMPLES.glob("network-*.yaml"))))))
    proposal = data.draw(hostile_file(data.draw(st.sampled_from(sorted(EXAMPLES.glob("proposal-*.yaml"))))))
    budget = data.draw(hostile_file(data.draw(st.sampled_from(sorted(EXAMPLES.glob("budget-*.yaml"))))))
    as_json = data.draw(st.sampled_from([[], ["--json"]]))
    with sandbox() as here:
        for name, raw in (("n.yaml", network), ("p.yaml", proposal), ("b.yaml", budget)):
            (here / name).write_bytes(raw)
        invoke("vote", "n.yaml", *as_json)
        invoke("vote", "n.yaml", "--proposal", "p.yaml", *as_json)
        invoke("budget", "b.yaml", *as_json)


@settings(FUZZ, max_examples=12)
@given(data=st.data())
def test_kb_and_questionnaire_commands(untouched, data):
    models = sorted((REPO / "kb" / "models").glob("*.yaml"))
    target = data.draw(st.sampled_from(models + sorted((REPO / "kb").glob("*.yaml"))))
    raw_kb = data.draw(hostile_file(target))
    raw_q = data.draw(hostile_file(MINI))
    with sandbox() as here:
        shutil.copytree(REPO / "kb", here / "kb")
        (here / "kb" / target.relative_to(REPO / "kb")).write_bytes(raw_kb)
        invoke("kb", "validate", "kb")
        (here / "q.yaml").write_bytes(raw_q)
        invoke("lint", "q.yaml")
        invoke("run", "q.yaml", "-o", "answers.yaml", input="Jo\n\n1\nq\n")


@settings(FUZZ, max_examples=5)
@given(data=st.data())
def test_site_build_with_a_hostile_questionnaire(untouched, data):
    raw_q = data.draw(hostile_file(MINI))
    with sandbox() as here:
        (here / "q.yaml").write_bytes(raw_q)
        invoke("site", "build", "-o", "out", "--questionnaire", "q.yaml", "--no-search", "--no-cache")


NAMES = st.one_of(st.sampled_from(["mcp", "pacs", "aco", "MCP", "mcp ", "../kb", "-", "--all"]),
                  st.text(max_size=30))


@settings(FUZZ, max_examples=15)
@given(ids=st.lists(NAMES, min_size=0, max_size=3), out=st.sampled_from(["x.md", "x.html", "-", "dir/x.md", ".",
                                                                          "\x1b[2J.md", "a\x00b.md"]))
def test_commands_taking_ids_and_output_names(untouched, ids, out):
    with sandbox():
        invoke("kb", "show", *ids[:1])
        invoke("compare", *ids, "-o", out)
        invoke("brief", *ids[:1], "--format", "md", "-o", out)
        invoke("demo", "-o", out)


# C0 and C1 controls (but tab and line feed), DEL and non-characters: never in an output, or the file is refused
UNTYPED = [chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0), 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF,
                            0x1FFFE, 0x10FFFF]]
CONTROL_TEXT = st.lists(st.one_of(st.sampled_from(UNTYPED), st.text(max_size=5)), min_size=1, max_size=8).map("".join)


@settings(FUZZ, max_examples=20)
@given(text=CONTROL_TEXT, field=st.sampled_from(["respondent", "context"]),
       fmt=st.sampled_from(["md", "html", "docx", "html-stdout"]))
def test_control_characters_never_reach_an_output(untouched, text, field, fmt):
    answers = (EXAMPLES / "mcp.yaml").read_text(encoding="utf-8")
    answers = "\n".join(line for line in answers.splitlines() if not line.startswith(field + ":"))
    with sandbox() as here:
        (here / "a.yaml").write_text(answers.replace("answers:", f"{field}: {json.dumps(text)}\nanswers:", 1),
                                     encoding="utf-8")
        out = "-" if fmt == "html-stdout" else f"out.{fmt}"
        result = invoke("report", "a.yaml", "--format", fmt.split("-")[0], "-o", out)
        if any(c in text for c in UNTYPED):
            assert result.exit_code == 1 and "a.yaml:" in result.output, result.output[-500:]
        written = result.stdout_bytes if out == "-" else (here / out).read_bytes() if result.exit_code == 0 else b""
        if fmt == "docx" and written:
            import io
            import zipfile

            written = zipfile.ZipFile(io.BytesIO(written)).read("word/document.xml")
        shown = written.decode("utf-8")
        assert not any(c in shown for c in UNTYPED), repr(shown[:200])


def _attack_cache(sub: Path, how: str, rng) -> None:
    """Do to the tool's cache folder what someone able to write to it might."""
    from assess import cache as datacache

    entries = sorted(p for p in sub.glob("*-*.json"))
    if how == "flip":
        for entry in entries:
            raw = bytearray(entry.read_bytes())
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
            entry.write_bytes(bytes(raw))
    elif how == "forge":            # payload changed, every size and digest recomputed: only the key is missing
        from test_cache_trust import _forged

        for entry in entries:
            entry.write_bytes(_forged(entry.read_bytes(), b"Community", b"FORGED Community"))
    elif how == "foreign":          # files of the tool's own names, not written by it
        for entry in entries:
            entry.write_bytes(rng.randbytes(rng.randrange(200)))
    elif how == "truncate":
        for entry in entries:
            entry.write_bytes(entry.read_bytes()[:rng.randrange(max(1, entry.stat().st_size))])
    elif how == "key":
        (sub / datacache.KEY_FILE).write_bytes(rng.randbytes(datacache.KEY_BYTES))
    elif how == "open to others":
        sub.chmod(0o777)
    elif how == "links":
        for entry in entries:
            entry.unlink()
            entry.symlink_to(EXAMPLES / "mcp.yaml")


@settings(FUZZ, max_examples=14)
@given(how=st.sampled_from(["flip", "forge", "foreign", "truncate", "key", "open to others", "links"]),
       seed=st.integers(0, 2**32), command=st.sampled_from(["score", "report"]))
def test_a_cache_tampered_with_gives_what_a_cold_run_gives(untouched, how, seed, command):
    import random

    from assess import cache as datacache

    args = (["score", str(EXAMPLES / "mcp.yaml"), "--json"] if command == "score"
            else ["report", str(EXAMPLES / "mcp.yaml"), "--format", "md", "-o", "-"])
    with sandbox() as here:
        cold = invoke(*args).stdout
        _attack_cache(here / "cache" / datacache.SUBFOLDER, how, random.Random(seed))
        warm = invoke(*args).stdout
        assert warm == cold and "FORGED" not in warm
        assert invoke(*args).stdout == cold          # and again, from whatever was rebuilt
