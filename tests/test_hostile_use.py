"""What a hostile or unlucky user can type or cause: control characters, long text, odd answers, a file
given twice, a missing extra, a schema pointing elsewhere, two builds at once, a full disk, Ctrl-C."""
from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assess.engine.answers import MAX_FREE_TEXT

REPO = Path(__file__).resolve().parent.parent
MCP = (REPO / "examples" / "mcp.yaml").read_text(encoding="utf-8")
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"


def _answers(tmp_path, text: str, name: str = "a.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _quoted(value: str) -> str:
    """`value` as a double-quoted YAML string, every character outside printable ASCII escaped."""
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08x}" for c in value) + '"'


def _with(field: str, value: str) -> str:
    kept = "\n".join(line for line in MCP.splitlines() if not line.startswith(field + ":"))
    return kept.replace("answers:", f"{field}: {_quoted(value)}\nanswers:", 1) + "\n"


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x00", "\r", "\x85", "\x9b", "\ufffe", "\U0010ffff", "\ufdd0"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_free_text_with_a_control_character_is_refused_at_its_line(cli, tmp_path, char, fmt):
    path = _answers(tmp_path, _with("respondent", f"Jo{char}Bloggs"))
    result = cli("report", path, "--format", fmt, "-o", "-" if fmt != "docx" else tmp_path / "out.docx")
    assert result.exit_code == 1
    assert f"a.yaml:{_line(path, 'respondent')}:1: 'respondent' holds an invisible control character " \
           f"(U+{ord(char):04X}, character 3)" in result.output
    assert "fix: remove it" in result.output and char not in result.output
    assert not (tmp_path / "out.docx").exists()


def _line(path: Path, key: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(key + ":"))


def test_tabs_line_breaks_and_ordinary_unicode_are_kept(cli, tmp_path):
    path = _answers(tmp_path, _with("context", "North-east\tLondon\nÜnïcode £ – ok “quoted”"))
    result = cli("report", path, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "Ünïcode £ – ok “quoted”" in result.stdout


def test_a_text_answer_with_a_control_character_is_refused(cli, tmp_path):
    path = _answers(tmp_path, 'questionnaire: mini\nanswers:\n  scope: [acute]\n  notes: "ok \\a"\n')
    result = cli("run", MINI, "--resume", path, input="q\n", env={"ASSESS_FORCE_TTY": "1"})
    assert result.exit_code == 1 and "a.yaml:4:3:" in result.output and "U+0007" in result.output


def test_word_never_crashes_on_text_xml_cannot_hold(python_docx):
    import io
    import zipfile

    from assess.reports.docx import markdown_to_docx

    raw = markdown_to_docx("KB text \x1b[2J \x07 \ufffe end\n", title="t")
    xml = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml").decode("utf-8")
    assert "KB text \\u001b[2J \\u0007 \\ufffe end" in xml


@pytest.mark.parametrize("field", ["respondent", "context"])
def test_free_text_is_bounded_with_a_plain_message(cli, tmp_path, field):
    assert cli("score", _answers(tmp_path, _with(field, "x" * MAX_FREE_TEXT))).exit_code == 0
    result = cli("score", _answers(tmp_path, _with(field, "x" * (MAX_FREE_TEXT + 1))))
    assert result.exit_code == 1
    assert f"'{field}' is {MAX_FREE_TEXT + 1:,} characters long; the limit is {MAX_FREE_TEXT:,}" in result.output


def test_the_limit_is_documented():
    for doc in (REPO / "README.md", REPO / "docs" / "questionnaires.md"):
        assert f"{MAX_FREE_TEXT:,} characters" in " ".join(doc.read_text(encoding="utf-8").split()), doc.name


def test_a_missing_answers_key_is_an_error_and_an_empty_one_is_not(cli, tmp_path):
    result = cli("score", _answers(tmp_path, "questionnaire: care-model-fit\nrespondent: Jo\n"))
    assert result.exit_code == 1 and "a.yaml:1:1: the file has no “answers:” line" in result.output
    assert "answers: {}" in result.output
    assert cli("score", _answers(tmp_path, "questionnaire: care-model-fit\nanswers: {}\n")).exit_code == 0


def test_whole_numbers_stay_whole(cli, tmp_path):
    result = cli("score", _answers(tmp_path, "questionnaire: care-model-fit\nanswers:\n  population: 300000.5\n"))
    assert result.exit_code == 1 and "should be a whole number, not 300,000.5" in result.output
    assert "write e.g. 300,000" in result.output
    assert cli("score", _answers(tmp_path, "questionnaire: care-model-fit\nanswers:\n  population: 300000.0\n"
                                 )).exit_code == 0


@pytest.mark.parametrize("value, says", [("true", "“true” (a yes or no) is not one of the answers"),
                                         ("", "no answer is given to 'structural-change'"),
                                         ("[merger-acquisition, contractual]", "is one answer, not a list"),
                                         ("12", "the number 12 is not one of the answers")])
def test_a_single_choice_given_something_else_is_said_plainly(cli, tmp_path, value, says):
    result = cli("score", _answers(tmp_path, f"questionnaire: care-model-fit\nanswers:\n  structural-change: {value}\n"))
    assert result.exit_code == 1 and says in result.output
    # no Python value shown as Python writes it (an option's words may start "None: ...")
    assert "“None”" not in result.output and "'None'" not in result.output and "True" not in result.output \
        and "['" not in result.output


def test_the_same_file_given_twice_is_refused(cli, tmp_path):
    one = _answers(tmp_path, MCP)
    (tmp_path / "link.yaml").symlink_to(one)
    for other in (one, tmp_path / "link.yaml"):
        result = cli("score", one, other)
        assert result.exit_code == 1 and "this answers file is given twice" in result.output


def test_word_without_its_extra_says_which_to_install(cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL", None)          # import PIL fails, as without the extra
    result = cli("report", REPO / "examples" / "mcp.yaml", "--format", "docx", "-o", tmp_path / "out.docx")
    assert result.exit_code == 1 and "pip install 'care-models[docx]'" in result.output
    assert "internal error" not in result.output


@pytest.mark.parametrize("ref", ["file:///etc/passwd", "http://127.0.0.1:9/", "../other.schema.json", "/abs.json"])
def test_a_schema_referring_outside_its_folder_is_refused_plainly(cli, tmp_path, ref):
    root = tmp_path / "kb"
    shutil.copytree(REPO / "kb", root)
    schema = root / "schema" / "sources.schema.json"
    text = schema.read_text(encoding="utf-8")
    assert '"$ref": "common.schema.json#/$defs/text"' in text
    schema.write_text(text.replace('"$ref": "common.schema.json#/$defs/text"', f'"$ref": "{ref}"', 1), encoding="utf-8")
    (root / "sources.yaml").write_text((root / "sources.yaml").read_text(encoding="utf-8") + "x: 1\n")
    result = cli("kb", "validate", root)
    assert result.exit_code == 1 and "internal error" not in result.output
    assert f"sources.schema.json: refers to '{ref}', which is not a schema of this folder" in result.output


def test_two_builds_of_one_folder_at_once_both_succeed(tmp_path, repo):
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}
    command = [sys.executable, "-m", "assess", "site", "build", "-o", str(tmp_path / "same"), "--no-search",
               "--questionnaire", str(MINI)]
    runs = [subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in runs]
    assert results == [(0, ""), (0, "")]


def test_a_build_waits_for_another_build_of_the_same_folder(tmp_path):
    """The lock is held for the whole build: a second build starts only when the first is done."""
    import fcntl

    from assess.site.build import build

    out = tmp_path / "site"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    done = []
    worker = threading.Thread(target=lambda: done.append(build(out, questionnaire=MINI, search=False, cache=False)))
    worker.start()
    time.sleep(0.5)
    assert not done and not list(out.iterdir())
    os.close(fd)
    worker.join(timeout=300)
    assert done and done[0].written > 0


def test_a_full_disk_is_said_plainly_and_leaves_no_partial_file(cli, tmp_path, monkeypatch):
    real = os.fdopen

    def full(fd, *args, **kwargs):
        handle = real(fd, *args, **kwargs)

        class Full:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, data):
                handle.write(data[:10])
                handle.flush()
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return Full()

    monkeypatch.setattr(os, "fdopen", full)
    result = cli("report", REPO / "examples" / "mcp.yaml", "--format", "html", "-o", tmp_path / "out.html")
    assert result.exit_code == 1 and "the disk is full; free some space" in result.output
    assert "internal error" not in result.output and "Errno" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_on_standard_output_is_said_plainly(cli, monkeypatch):
    class Full:
        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def flush(self):
            pass

    monkeypatch.setattr("assess.reports.documents.sys", type("Sys", (), {"stdout": Full()}))
    result = cli("report", REPO / "examples" / "mcp.yaml", "--format", "md", "-o", "-")
    assert result.exit_code == 1
    assert "error: the disk is full" in result.output and "internal error" not in result.output


def test_an_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    from assess.files import write_atomic

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.md", "text")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("after", [0.8, 2.0])
def test_ctrl_c_exits_130_without_a_traceback_even_during_pdf(tmp_path, repo, after, weasyprint):
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}
    proc = subprocess.Popen([sys.executable, "-m", "assess", "brief", "--all", "--format", "pdf", "-o",
                             str(tmp_path / "out")], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the command finished before the interrupt")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "interrupted" in err
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_the_interview_keeps_whole_numbers_whole_and_text_bounded(kb):
    from assess.engine.questionnaire import load as load_questionnaire
    from assess.interview.parsing import parse

    q = load_questionnaire(REPO / "questionnaires" / "care-model-fit.yaml", kb)
    assert parse(q.by_id["population"], "300000.5", str)[1].startswith("300,000.5 is not a whole number")
    assert parse(q.by_id["population"], "300k", str) == (300000, None)
    mini = load_questionnaire(MINI, kb)
    text_question = next(x for x in mini.questions if x.type == "text")
    assert parse(text_question, "x" * MAX_FREE_TEXT, str) == ("x" * MAX_FREE_TEXT, None)
    value, message = parse(text_question, "x" * (MAX_FREE_TEXT + 1), str)
    assert value is None and f"the limit is {MAX_FREE_TEXT:,}" in message


def test_the_interview_bounds_who_is_answering(kb):
    from assess.engine.questionnaire import load as load_questionnaire
    from assess.interview.session import Interview

    iv = Interview(load_questionnaire(MINI, kb), kb.sources, file="answers.yaml")
    state, _ = iv.new()
    same, said = iv.step(state, "x" * (MAX_FREE_TEXT + 1))
    assert same == state and f"the limit is {MAX_FREE_TEXT:,}" in " ".join(said.split())
    moved, _ = iv.step(state, "x" * MAX_FREE_TEXT)
    assert moved.respondent == "x" * MAX_FREE_TEXT
