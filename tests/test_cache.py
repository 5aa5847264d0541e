"""Validated data cached by content digest: same data cold, warm and after damage; never trusted when stale."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from assess import cache as datacache
from assess.engine.questionnaire import load as load_questionnaire
from assess.kb import load
from assess.kb.freeze import thaw
from assess.resources import kb_dir, questionnaires_dir

QUESTIONNAIRE = questionnaires_dir() / "care-model-fit.yaml"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The tool's own subfolder of the cache folder, where its entries are."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CARE_MODELS_CACHE", str(folder))
    return folder / datacache.SUBFOLDER


def _plain(kb) -> dict:
    return {name: thaw(getattr(kb, name)) for name in ("sources", "families", "models", "objectives", "guide",
                                                       "collaborative", "legal_models", "glossary",
                                                       "gp_integration", "provider_networks")}


def _questionnaire_shape(q) -> tuple:
    return (q.id, q.targets, tuple(thaw(q.names).items()), q.questions and [
        (x.id, x.type, [(o.id, o.vector, thaw(o.rows)) for o in x.options], x.lo, x.hi, thaw(x.when))
        for x in q.questions], [(r.target, thaw(r.requires), r.text) for r in q.rules],
        [(c.text, thaw(c.when)) for c in q.challenges], q.digest, q.file, q.referenced, thaw(q.roles))


def test_cold_warm_and_uncached_loads_give_the_same_data(cache):
    uncached = load(cache=False)
    cold = load()
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == [datacache.MARKER, "digest", "kb",
                                                                   datacache.KEY_FILE]
    warm = load()
    assert _plain(uncached) == _plain(cold) == _plain(warm)
    assert uncached.digest == cold.digest == warm.digest
    q = [load_questionnaire(QUESTIONNAIRE, kb, cache=c) for kb, c in ((uncached, False), (cold, True), (warm, True))]
    assert _questionnaire_shape(q[0]) == _questionnaire_shape(q[1]) == _questionnaire_shape(q[2])


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "empty", "not json"])
def test_a_damaged_entry_is_rebuilt_not_trusted(cache, damage):
    expected = _plain(load(cache=False))
    load()
    (entry,) = cache.glob("kb-*.json")
    raw = bytearray(entry.read_bytes())
    if damage == "flip a byte":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "truncate":
        raw = raw[:len(raw) // 2]
    elif damage == "empty":
        raw = bytearray()
    else:
        raw = bytearray(b"\x80\x00 not json\n{")
    entry.write_bytes(bytes(raw))
    assert _plain(load()) == expected
    assert entry.read_bytes() != bytes(raw), "the damaged entry was not replaced"


def _forge(entry, change, key: str | None = None) -> None:
    """Change an entry's data with `change` and make every digest in it consistent again (as anyone
    able to write the file could); with `key`, file it under that key."""
    import hashlib
    import json

    _mac, _, body = entry.read_bytes().partition(b"\n")
    head, _, payload = body.partition(b"\n")
    meta = json.loads(head)
    data = json.loads(payload[:meta["data"]])
    change(data)
    new = json.dumps(data).encode()
    payload = new + payload[meta["data"]:]
    meta["data"] = len(new)
    meta["key"] = key or meta["key"]
    body = json.dumps(meta).encode() + b"\n" + payload
    entry.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def _rename_model(data):
    data["mcp"]["name"] = "FORGED"          # the entry's data: each model's summary (name, option, family)


@pytest.mark.parametrize("key", [None, "0" * 64])
def test_a_consistent_but_forged_entry_is_refused(cache, key):
    """An entry whose payload was changed and re-hashed (under its key or another) is not used."""
    load()
    (entry,) = cache.glob("kb-*.json")
    _forge(entry, _rename_model, key)
    datacache._NOTES.clear()
    assert load().model("mcp")["name"] != "FORGED"
    assert any("did not pass its checks" in n for n in datacache.notes())


def test_an_entry_forged_with_a_key_of_ones_own_is_refused(cache):
    """Replacing the key file with one the forger knows makes the folder's key not the user's: no cache."""
    import hmac

    load()
    (entry,) = cache.glob("kb-*.json")
    _forge(entry, _rename_model)
    forged_key = b"k" * datacache.KEY_BYTES
    (cache / datacache.KEY_FILE).unlink()
    (cache / datacache.KEY_FILE).write_bytes(forged_key)
    (cache / datacache.KEY_FILE).chmod(0o644)                  # what a forger writing as another user leaves
    _mac, _, body = entry.read_bytes().partition(b"\n")
    entry.write_bytes(hmac.digest(forged_key, body, "sha256").hex().encode() + b"\n" + body)
    assert load().model("mcp")["name"] != "FORGED"


def test_an_edited_kb_file_is_validated_again(cache, tmp_path):
    root = tmp_path / "kb"
    shutil.copytree(kb_dir(), root)
    assert load(root).model("mcp")["name"]
    path = root / "models" / "mcp.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nname: ", "\nname: Edited ", 1), encoding="utf-8")
    assert load(root).model("mcp")["name"].startswith("Edited ")
    path.write_text(text.replace("\nname: ", "\nnme: ", 1), encoding="utf-8")
    from assess.errors import InputError

    with pytest.raises(InputError, match="mcp.yaml"):
        load(root)


def test_an_edited_questionnaire_is_validated_again(cache, tmp_path, kb):
    path = tmp_path / "q.yaml"
    text = QUESTIONNAIRE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    title = load_questionnaire(path, kb).title
    path.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    assert load_questionnaire(path, kb).title not in (title, "")
    path.write_text(text.replace("\ntitle: ", "\ntitel: ", 1), encoding="utf-8")
    from assess.errors import InputError

    with pytest.raises(InputError, match="q.yaml"):
        load_questionnaire(path, kb)


def test_a_warm_command_imports_neither_jsonschema_nor_yaml_nor_numpy(repo, tmp_path):
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}
    probe = ("import sys; from assess.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('jsonschema', 'yaml', 'numpy', 'jinja2') if m in sys.modules), file=sys.stderr)")
    runs = []
    for args in (["kb", "list"], ["kb", "list"], ["score", "examples/mcp.yaml"], ["score", "examples/mcp.yaml"],
                 ["score", "examples/pacs.yaml"]):
        proc = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        runs.append(proc.stderr.strip().splitlines()[-1])
    assert "yaml" in runs[0]                        # cold: read and validated in full (jsonschema only
                                                    # when a file has a problem: assess.kb.fastschema)
    assert runs[1] == "[]"                          # warm: from the cache alone
    assert runs[3] == "[]"                          # the answers too; scoring one set needs no numpy
    assert runs[4] == "['yaml']"                    # an answers file not seen before is parsed


ANSWERS = "questionnaire: care-model-fit\nrespondent: Jo\nanswers:\n  scope: [acute, community]\n  n: .inf\n"


def _document(path, cache: bool):
    from assess.kb.yamlsafe import load_file

    doc = load_file(path, cache=cache)
    return doc.file, doc.data, doc.positions


def test_a_parsed_yaml_file_is_the_same_cold_warm_and_uncached(cache, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    uncached, cold = _document(path, False), _document(path, True)
    assert len(list(cache.glob("yaml-*.json"))) == 1
    warm = _document(path, True)
    assert uncached == cold == warm
    assert warm[1]["answers"]["n"] == float("inf") and warm[2][("answers", "scope", 1)] == (4, 18)


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "empty", "wrong shape"])
def test_a_damaged_yaml_entry_is_parsed_again(cache, tmp_path, damage):
    import json

    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    expected = _document(path, False)
    _document(path, True)
    (entry,) = cache.glob("yaml-*.json")
    raw = entry.read_bytes()
    if damage == "flip a byte":
        raw = raw[:len(raw) // 2] + bytes([raw[len(raw) // 2] ^ 0x01]) + raw[len(raw) // 2 + 1:]
    elif damage == "truncate":
        raw = raw[:len(raw) // 2]
    elif damage == "empty":
        raw = b""
    else:                                           # authentic, but not a document
        head = raw.split(b"\n")[1]
        meta = json.loads(head)
        payload = b'{"data": 1, "positions": [[1]]}'
        meta.update(data=len(payload), blobs=[])
        body = json.dumps(meta).encode() + b"\n" + payload
        raw = datacache._mac((cache / datacache.KEY_FILE).read_bytes(), body) + b"\n" + body
    entry.write_bytes(raw)
    assert _document(path, True) == expected


def test_an_edited_yaml_file_is_parsed_again(cache, tmp_path):
    from assess.errors import InputError

    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    _document(path, True)
    path.write_text(ANSWERS.replace("Jo", "Sam"), encoding="utf-8")
    assert _document(path, True)[1]["respondent"] == "Sam"
    path.write_text(ANSWERS + "answers: again\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate key 'answers'"):
        _document(path, True)


def test_validate_and_lint_always_validate_in_full(repo, tmp_path):
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}
    probe = ("import sys; from assess.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('yaml' in sys.modules, file=sys.stderr)")
    for args, full in ((["kb", "list"], True), (["kb", "list"], False), (["kb", "validate"], True), (["lint"], True)):
        proc = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.strip().splitlines()[-1] == str(full), args


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CARE_MODELS_CACHE", str(blocker / "cache"))
    assert _plain(load()) == _plain(load(cache=False))


def test_damaged_cache_entries_of_every_kind_are_rebuilt(repo, tmp_path):
    """Flip a byte in every cached file (data and compiled templates): the next run gives the same bytes."""
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo),
           "SOURCE_DATE_EPOCH": "1700000000"}
    command = [sys.executable, "-m", "assess", "report", "examples/mcp.yaml", "--format", "html", "-o", "-"]
    first = subprocess.run(command, cwd=repo, env=env, capture_output=True)
    assert first.returncode == 0, first.stderr
    entries = [f for f in (tmp_path / "cache").rglob("*") if f.is_file()]
    assert any(f.name.startswith("kb-") for f in entries)
    assert not any(f.suffix not in (".json", ".TAG") and f.name != datacache.KEY_FILE for f in entries), \
        "only plain data is cached: no compiled templates"
    for entry in entries:
        raw = bytearray(entry.read_bytes())
        raw[len(raw) // 2] ^= 0x20
        entry.write_bytes(bytes(raw))
    again = subprocess.run(command, cwd=repo, env=env, capture_output=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout


def test_a_site_manifest_keeps_only_files_inside_the_folder(tmp_path):
    """Plain files are kept without resolving them; anything through a link is resolved: kept when it stays inside."""
    import json

    from assess.site.cache import MANIFEST, TOOL, read_manifest

    out, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    (out / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (out / "a.html").write_text("a")
    (out / "sub" / "b.html").write_text("b")
    (elsewhere / "c.html").write_text("c")
    (out / "out").symlink_to(elsewhere, target_is_directory=True)
    (out / "in").symlink_to(out / "sub", target_is_directory=True)
    listed = ["a.html", "sub/b.html", "out/c.html", "in/b.html", "../elsewhere/c.html", "/etc/passwd", MANIFEST,
              "missing.html", "sub\\b.html"]
    (out / MANIFEST).write_text(json.dumps({"tool": TOOL, "digest": "0" * 64, "pages": 1,
                                            "files": {rel: "0" * 64 for rel in listed}}))
    manifest = read_manifest(out)
    assert sorted(manifest["files"]) == ["a.html", "in/b.html", "missing.html", "sub/b.html"]
    assert sorted(manifest["rejected"]) == sorted(["out/c.html", "../elsewhere/c.html", "/etc/passwd", MANIFEST,
                                                   "sub\\b.html"])
