"""Hostile YAML: every attack or accident is refused with file:line:col, exit 1 and no traceback.

Each case copies kb/ to a temporary folder, corrupts one file (the rest stays
valid) and runs `assess kb validate kb` there in a subprocess. The subprocesses
of all cases run concurrently in one module fixture to keep the suite fast.
"""
from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assess.errors import InputError
from assess.kb.yamlsafe import MAX_BYTES, MAX_DEPTH, load_bytes, load_file, load_text

MCP = Path("kb", "models", "mcp.yaml")
FAMILIES = Path("kb", "families.yaml")
# kb/models/mcp.yaml begins (checked below): 1 comment, 2 id, 3 option, 4 name, 5 short_name, 6 family, 7 blank, 8 overview:


@dataclass(frozen=True)
class Expect:
    file: Path                 # relative to the case folder, as the CLI shows it
    line: int | None
    col: int | None
    says: tuple[str, ...]      # fragments of the message


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines(keepends=True)


def _set_line(root: Path, rel: Path, lineno: int, text: str) -> None:
    path = root / rel
    lines = _lines(path)
    lines[lineno - 1] = text + "\n"
    path.write_text("".join(lines), "utf-8")


def _insert_after(root: Path, rel: Path, lineno: int, text: str) -> int:
    """Insert `text` as a new line after line `lineno`; return the new line's number."""
    path = root / rel
    lines = _lines(path)
    lines.insert(lineno, text + "\n")
    path.write_text("".join(lines), "utf-8")
    return lineno + 1


def _find(root: Path, rel: Path, fragment: str) -> tuple[int, str]:
    """(line number, line text) of the first line containing `fragment`."""
    for n, line in enumerate(_lines(root / rel), 1):
        if fragment in line:
            return n, line.rstrip("\n")
    raise AssertionError(f"{fragment!r} not in {rel}")


# --------------------------------------------------------------------- cases
# Each builder corrupts the copy of kb/ in `root` and returns what the error must say.

def duplicate_key(root):
    line = _insert_after(root, MCP, 4, 'name: "Again"')
    return Expect(MCP, line, 1, ("duplicate key 'name'", "first at line 4"))


def unknown_key(root):
    line = _insert_after(root, MCP, 6, "famly: integrated-health-social-care")
    return Expect(MCP, line, 1, ("unknown key 'famly'", "did you mean 'family'"))


def python_object_apply(root):
    marker = root / "PWNED"
    _set_line(root, MCP, 5, f'short_name: !!python/object/apply:os.system ["touch {marker}"]')
    return Expect(MCP, 5, 13, ("unsafe tag !!python/object/apply:os.system",))


def python_name(root):
    _set_line(root, MCP, 5, "short_name: !!python/name:os.system")
    return Expect(MCP, 5, 13, ("unsafe tag !!python/name:os.system",))


def custom_tag(root):
    _set_line(root, MCP, 5, "short_name: !shout MCP")
    return Expect(MCP, 5, 13, ("tag !shout", "not allowed"))


def billion_laughs(root):
    bomb = ['lol0: &a0 "lol"'] + [f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    line = _insert_after(root, MCP, 6, bomb[0])
    for offset, text in enumerate(bomb[1:], 1):
        _insert_after(root, MCP, line + offset - 1, text)
    return Expect(MCP, line, 7, ("anchors and aliases",))


def latin1_byte(root):
    path = root / MCP
    lines = path.read_bytes().split(b"\n")
    lines[4] = b'short_name: "MC\xe9"'
    path.write_bytes(b"\n".join(lines))
    return Expect(MCP, 5, 16, ("byte 0xe9 is not UTF-8",))


def tab_indentation(root):
    n, text = _find(root, MCP, "  text: >-")
    _set_line(root, MCP, n, "\t" + text.lstrip(" "))
    return Expect(MCP, n, 1, ("tab character used for indentation",))


def two_documents(root):
    path = root / MCP
    count = len(_lines(path))
    with path.open("a", encoding="utf-8") as f:
        f.write("---\nid: mcp\n")
    return Expect(MCP, count + 1, 1, ("more than one YAML document",))


def merge_key(root):
    line = _insert_after(root, MCP, 6, '<<: {short_name: "MCP"}')
    return Expect(MCP, line, 1, ("merge keys (<<)",))


def int_key(root):
    line = _insert_after(root, MCP, 6, '2016: "a year"')
    return Expect(MCP, line, 1, ("key '2016' is read as int, not text",))


def missing_file(root):
    (root / FAMILIES).unlink()
    return Expect(FAMILIES, None, None, ("file not found",))


def folder_as_model_file(root):
    (root / MCP).unlink()
    (root / MCP).mkdir()
    return Expect(MCP, None, None, ("is a folder, not a file",))


def deep_nesting(root):
    prefix = "short_name: "
    _set_line(root, MCP, 5, prefix + "[" * 5000 + "]" * 5000)
    # the root mapping is level 1, so the 64th '[' is the first too deep
    return Expect(MCP, 5, len(prefix) + MAX_DEPTH, (f"nested more than {MAX_DEPTH} levels deep",))


def oversize_file(root):
    path = root / MCP
    with path.open("a", encoding="utf-8") as f:
        pad = "# " + "x" * 1000 + "\n"
        f.write(pad * (MAX_BYTES // len(pad) + 2))
    return Expect(MCP, None, None, ("larger than", f"{MAX_BYTES:,} bytes"))


CASES: dict[str, Callable[[Path], Expect]] = {f.__name__: f for f in (
    duplicate_key, unknown_key, python_object_apply, python_name, custom_tag, billion_laughs,
    latin1_byte, tab_indentation, two_documents, merge_key, int_key, missing_file,
    folder_as_model_file, deep_nesting, oversize_file,
)}


@pytest.fixture(scope="module")
def outcomes(repo, run_cli, tmp_path_factory):
    """Build every case, then run `assess kb validate` on all of them concurrently."""
    prepared = {}
    for name, build in CASES.items():
        root = tmp_path_factory.mktemp(name)
        shutil.copytree(repo / "kb", root / "kb")
        prepared[name] = (root, build(root))
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {name: pool.submit(run_cli, "kb", "validate", "kb", cwd=root)
                   for name, (root, expect) in prepared.items()}
        return {name: (prepared[name][0], prepared[name][1], *futures[name].result()) for name in CASES}


@pytest.mark.parametrize("case", CASES)
def test_hostile_input_is_refused_with_its_position(outcomes, case):
    root, expect, code, out, err = outcomes[case]
    assert "Traceback" not in out + err, err
    assert code == 1, (out, err)
    where = str(expect.file)
    if expect.line is not None:
        where += f":{expect.line}"
        if expect.col is not None:
            where += f":{expect.col}"
    assert f"{where}:" in err, f"expected {where} in:\n{err}"
    for fragment in expect.says:
        assert fragment in err, f"expected {fragment!r} in:\n{err}"
    # only the corrupted file is reported: the rest of the copy is still valid
    assert "1 problem in kb" in err, err
    assert "valid" not in out


def test_mcp_yaml_still_starts_as_the_cases_assume(repo):
    keys = [line.split(":")[0] for line in _lines(repo / MCP)[1:6]]
    assert keys == ["id", "option", "name", "short_name", "family"]


def test_unsafe_tags_run_nothing(outcomes):
    root = outcomes["python_object_apply"][0]
    assert not (root / "PWNED").exists()


# --------------------------------------------------------------------- load_text positions

def test_positions_of_keys_and_items():
    doc = load_text("# comment\nid: x\nlist:\n  - a\n  - {k: v, n: 2}\nmap:\n  sub: 3\n", "f.yaml")
    assert doc.data == {"id": "x", "list": ["a", {"k": "v", "n": 2}], "map": {"sub": 3}}
    assert doc.where(()) == (1, 1)
    assert doc.where(("id",)) == (2, 1)
    assert doc.where(("list",)) == (3, 1)
    assert doc.where(("list", 0)) == (4, 5)
    assert doc.where(("list", 1)) == (5, 5)
    assert doc.where(("list", 1, "k")) == (5, 6)
    assert doc.where(("list", 1, "n")) == (5, 12)
    assert doc.where(("map", "sub")) == (7, 3)


def test_where_falls_back_to_the_nearest_parent():
    doc = load_text("a:\n  b:\n    - 1\n", "f.yaml")
    assert doc.where(("a", "b", 0, "missing", 3)) == (3, 7)
    assert doc.where(("a", "nope")) == (1, 1)
    assert doc.where(("nothing",)) == (1, 1)


def test_problem_carries_file_line_col_and_hint():
    doc = load_text("a:\n  b: 1\n", "dir/f.yaml")
    p = doc.problem(("a", "b"), "bad b", "fix it")
    assert (p.file, p.line, p.col) == ("dir/f.yaml", 2, 3)
    assert str(p) == "dir/f.yaml:2:3: bad b\n  fix: fix it"


def test_scalars_are_plain_json_like_values():
    doc = load_text("s: text\ni: 42\nf: 1.5\nb: true\nn: null\nd: 2016-04-01\nq: '7'\nh: 0x10\n", "f")
    assert doc.data == {"s": "text", "i": 42, "f": 1.5, "b": True, "n": None, "d": "2016-04-01", "q": "7",
                        "h": 16}
    assert type(doc.data["d"]) is str


def test_empty_text_is_none():
    assert load_text("", "f").data is None
    assert load_text("# only a comment\n", "f").data is None


def test_one_explicit_document_start_is_fine():
    assert load_text("---\na: 1\n...\n", "f").data == {"a": 1}


def test_bom_is_ignored():
    assert load_bytes("\ufeffa: é\n".encode("utf-8"), "f").data == {"a": "é"}


@pytest.mark.parametrize("text, line, col, says", [
    ("a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a' (first at line 1)"),
    ("a: {x: 1, x: 2}\n", 1, 11, "duplicate key 'x'"),
    ("a: &x [1, 2]\nb: *x\n", 1, 4, "anchors and aliases"),
    ("a:\n  - &x hi\n", 2, 5, "anchors and aliases"),
    ('a: !!python/object/apply:os.system ["true"]\n', 1, 4, "unsafe tag !!python/object/apply:os.system"),
    ("a:\n  b: !!python/name:os.system\n", 2, 6, "unsafe tag !!python/name:os.system"),
    ("a: !custom x\n", 1, 4, "tag !custom"),
    ("a: !!set {x: null}\n", 1, 4, "unsupported tag !!set"),
    ("a: !!timestamp 2001-12-14\n", None, None, None),  # allowed: dates stay text
    ("a: 1\n---\nb: 2\n", 2, 1, "more than one YAML document"),
    ("a:\n  <<: {y: 2}\n", 2, 3, "merge keys"),
    ("a: 1\n1: one\n", 2, 1, "key '1' is read as int"),
    ("1.5: x\n", 1, 1, "key '1.5' is read as float"),
    ("yes: x\n", 1, 1, "key 'yes' is read as bool"),
    ("a: 1\n? [x, y]\n: z\n", 2, 3, "cannot be used as a key"),
    ("a:\n\tb: 1\n", 2, 1, "tab character"),
    ("a:\n   \tb: 1\n", 2, 4, "tab character"),
    ("a: x\nb: y\x07\n", 2, 5, "U+0007"),
    ("a: [1, 2\nb: 3\n", 2, 2, "not valid YAML"),
    ('a: 1\nb: "open\n', 3, 1, "quoted scalar found unexpected end of stream (it began at line 2, column 4)"),
    ("a: " + "[" * 100 + "]" * 100 + "\n", 1, 3 + MAX_DEPTH, "nested more than"),
    # block style: the mapping starting on line k is level k, so line 65 is the first too deep
    ("".join(" " * i + "a:\n" for i in range(100)), MAX_DEPTH + 1, MAX_DEPTH + 1, "nested more than"),
    ("a: !!python/object/apply:os.system\n  args: [true]\n", 1, 4, "unsafe tag !!python/object/apply"),
    ("a: !!python/object/new:subprocess.Popen [[ls]]\n", 1, 4, "unsafe tag !!python/object/new"),
    ("a: !!binary aGk=\n", 1, 4, "unsupported tag !!binary"),
    ("a: 1\nb: *nowhere\n", 2, 4, "anchors and aliases"),
    ("a: 1\n~: x\n", 2, 1, "read as NoneType"),
    ("a: x\x00\n", 1, 5, "U+0000"),
], ids=lambda v: v[:24] if isinstance(v, str) else None)
def test_load_text_errors_are_located(text, line, col, says):
    if says is None:
        assert load_text(text, "f.yaml").data == {"a": "2001-12-14"}
        return
    with pytest.raises(InputError) as info:
        load_text(text, "f.yaml")
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.col) == ("f.yaml", line, col), str(problem)
    assert says in problem.message
    assert problem.hint, "every refusal suggests a fix"


def test_load_bytes_locates_bad_utf8():
    with pytest.raises(InputError) as info:
        load_bytes("a: 1\nb: \"é".encode() + b"\xff\"\n", "f.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.col) == (2, 6)  # columns count characters: é is one
    assert "0xff" in problem.message


def test_load_bytes_refuses_utf16():
    with pytest.raises(InputError) as info:
        load_bytes("a: 1\n".encode("utf-16"), "f.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.col) == (1, 1) and "not UTF-8" in problem.message


def test_schema_problems_point_at_the_key(repo):
    from assess.kb.schema import check

    text = (repo / MCP).read_text("utf-8")
    n, line = next((n, line) for n, line in enumerate(text.splitlines(), 1) if "source: {doc:" in line)
    lines = text.splitlines()
    lines[n - 1] = line[:-1] + ", page: 3}"
    lines.insert(5, "famly: x")  # becomes line 6; the flow mapping moves to n + 1
    doc = load_text("\n".join(lines) + "\n", "mcp.yaml")
    found = {(p.line, p.col, p.message.split(" (")[0], p.hint) for p in check(doc, repo / "kb" / "schema",
                                                                          "model.schema.json")}
    assert found == {(6, 1, "unknown key 'famly'", "did you mean 'family'?"),
                     (n + 1, lines[n].index("page:") + 1, "unknown key 'page'", "allowed keys: doc, where")}


@pytest.mark.parametrize("target, says", [
    ("nowhere", "nowhere: is not a knowledge-base folder"),
    ("kb/sources.yaml", "is not a knowledge-base folder"),
])
def test_validate_refuses_what_is_not_a_kb_folder(cli, tmp_path, monkeypatch, repo, target, says):
    shutil.copytree(repo / "kb", tmp_path / "kb")
    monkeypatch.chdir(tmp_path)
    result = cli("kb", "validate", target)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert says in result.stderr


def test_load_file_limits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.yaml").write_bytes(b"#" * (MAX_BYTES + 1))
    (tmp_path / "ok.yaml").write_bytes(b"#" * MAX_BYTES)
    (tmp_path / "dir.yaml").mkdir()
    assert load_file("ok.yaml").data is None
    for name, says in [("big.yaml", "larger than"), ("dir.yaml", "folder"), ("gone.yaml", "not found")]:
        with pytest.raises(InputError) as info:
            load_file(name)
        (problem,) = info.value.problems
        assert problem.file == name and says in problem.message


# Property: whatever plain data PyYAML's own safe dumper writes, we read back identically,
# with a position for every key and item.
_keys = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=8)
# (U+0085 is left out: PyYAML's own dumper does not round-trip it)
_texts = st.text(st.characters(codec="utf-8", exclude_characters="\x85"), max_size=20)
_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _texts
_data = st.recursive(_leaves, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_keys, kids, max_size=4),
                     max_leaves=20)


def data_paths(value, path=()):
    """Every path into plain data (keys and list indexes), the root first."""
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from data_paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from data_paths(v, path + (i,))


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_keys, _data, max_size=5))
def test_round_trip_of_safe_dump(data):
    import yaml

    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    doc = load_text(text, "f.yaml")
    assert doc.data == data
    lines = text.splitlines()
    for path in data_paths(data):
        assert path in doc.positions
        line, col = doc.positions[path]
        assert 1 <= line <= max(1, len(lines)) and col >= 1


class _LibyamlLimit(yaml.SafeLoader):
    """The Python loader behaving like libyaml 0.2.5 in PyYAML >= 6.0.4: it refuses more than
    1000 flow levels while scanning ahead, before any event reaches the builder."""

    def fetch_flow_collection_start(self, token_class):
        if self.flow_level >= 1000:
            mark = self.get_mark()
            raise yaml.scanner.ScannerError("while increasing flow level", mark,
                                            "exceeded maximum nesting depth", mark)
        super().fetch_flow_collection_start(token_class)


@pytest.mark.parametrize("loader", ["installed", "limited"])
def test_deep_nesting_gets_our_message_whatever_libyaml_does(monkeypatch, loader):
    import assess.kb.yamlsafe as yamlsafe

    if loader == "limited":
        parser, _, scalars = yamlsafe._parser()
        monkeypatch.setattr(yamlsafe, "_parser", lambda: (parser, _LibyamlLimit, scalars))
    with pytest.raises(InputError) as err:
        load_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert str(err.value).startswith(f"deep.yaml:1:{3 + MAX_DEPTH}: nested more than {MAX_DEPTH} levels deep")
    assert "fix: flatten the structure" in str(err.value)
