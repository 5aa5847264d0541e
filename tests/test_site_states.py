"""The up-to-date check by file state: a site built before is found unchanged without reading a file,
and any change of state falls back to the check by content."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assess import cache as datacache
from assess.site import build as site_mod
from assess.site import states
from assess.site.build import build
from assess.site.cache import input_files

REPO = Path(__file__).resolve().parent.parent
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"


def _record(cache: Path) -> dict:
    return datacache.read("states", states.STATES_KEY, cache)[0]


def _write_record(cache: Path, damage: bytes) -> None:
    """Damaged bytes in place of the record, or an authentic record of another shape."""
    try:
        data = json.loads(damage)
    except ValueError:
        (cache / datacache.SUBFOLDER / f"states-{states.STATES_KEY[:40]}.json").write_bytes(damage)
        return
    datacache.write("states", states.STATES_KEY, data, None, cache)


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    import shutil

    target = tmp_path / "kb"
    shutil.copytree(REPO / "kb", target)
    return target


@pytest.fixture
def no_racy_window(monkeypatch):
    """Files written by the test itself are seconds old at most: take their states as settled."""
    monkeypatch.setattr(states, "RACY_NS", 0)


def _reads_nothing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an input was read")
    monkeypatch.setattr(site_mod, "input_digest", refuse)
    monkeypatch.setattr(site_mod, "intact", refuse)


def test_an_unchanged_site_is_found_so_without_reading_a_file(tmp_path, kb_copy, monkeypatch, no_racy_window):
    cache, out = tmp_path / "cache", tmp_path / "site"
    first = build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
    manifest = (out / site_mod.MANIFEST).read_bytes()
    with monkeypatch.context() as m:
        _reads_nothing(m)
        again = build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
    assert again.skipped and again.pages == first.pages and again.search == "indexed"
    assert again.unchanged == len(json.loads(manifest)["files"])
    assert (out / site_mod.MANIFEST).read_bytes() == manifest
    record = _record(cache)["sites"][str(out.resolve())]
    assert record["outputs"].keys() == json.loads(manifest)["files"].keys()      # nothing kept in the output


def test_a_touched_input_is_read_then_remembered(tmp_path, kb_copy, monkeypatch, no_racy_window):
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
    os.utime(kb_copy / "glossary.yaml")                                  # same bytes, another state
    with monkeypatch.context() as m:
        _reads_nothing(m)
        with pytest.raises(AssertionError, match="an input was read"):
            build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
    again = build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)   # read: the same bytes
    assert again.skipped and again.written == 0
    with monkeypatch.context() as m:
        _reads_nothing(m)
        assert build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache).skipped


@pytest.mark.parametrize("change", ["edit kb", "add kb file", "remove output", "edit output", "search off"])
def test_any_change_of_state_is_built_or_repaired(tmp_path, kb_copy, no_racy_window, change):
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
    glossary = out / "glossary.html"
    search = True
    if change == "edit kb":
        path = kb_copy / "models" / "care-homes.yaml"
        text = path.read_text(encoding="utf-8")
        stamp = path.stat().st_mtime_ns
        path.write_text(text.replace("older people", "OLDER people", 1), encoding="utf-8")     # same size
        os.utime(path, ns=(stamp, stamp))                                  # and the old time: the change time tells
    elif change == "add kb file":
        (kb_copy / "models" / "extra.yaml").write_text("not: valid for a model\n", encoding="utf-8")
    elif change == "remove output":
        glossary.unlink()
    elif change == "edit output":
        original = glossary.read_bytes()
        stamp = glossary.stat().st_mtime_ns
        glossary.write_bytes(original.replace(b"Glossary", b"GLOSSARY", 1))
        os.utime(glossary, ns=(stamp, stamp))
    else:
        search = False
    if change == "add kb file":                      # read again, and the new file is checked (and refused)
        from assess.errors import UserError

        with pytest.raises(UserError, match="extra"):
            build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache)
        return
    result = build(out, kb_root=kb_copy, questionnaire=MINI, cache=cache, search=search)
    assert not result.skipped
    if change == "edit kb":
        assert "OLDER people" in (out / "models" / "care-homes.html").read_text(encoding="utf-8")
    if change in ("remove output", "edit output"):
        assert result.written == 1 and b"GLOSSARY" not in glossary.read_bytes()
    if change == "search off":
        assert result.search == "not asked for"


def test_an_input_changed_just_before_it_was_read_is_not_trusted(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n")
    now = states.state(str(path))
    out = tmp_path / "out"
    out.mkdir()
    (out / "m.json").write_text("{}")
    record = {"search": True, "status": "indexed", "pages": 1, "inputs": {"a": now},
              "manifest": states.state(str(out / "m.json")), "outputs": {}}
    inputs = [("a", str(path))]
    settled = {**record, "read": max(now[1], now[2]) + states.RACY_NS + 1}
    assert states.up_to_date(settled, out, inputs, True, "m.json")
    racy = {**record, "read": max(now[1], now[2]) + states.RACY_NS // 2}   # a second write could share its state
    assert not states.up_to_date(racy, out, inputs, True, "m.json")
    assert not states.up_to_date({**settled, "inputs": {"b": now}}, out, inputs, True, "m.json")
    assert not states.up_to_date({**settled, "pages": "1"}, out, inputs, True, "m.json")
    assert not states.up_to_date({}, out, inputs, True, "m.json")


@pytest.mark.parametrize("damage", [b"", b"{", b'{"format": 1, "sites": []}', b'{"format": 1, "sites": {"x": 1}}',
                                    b'{"format": 2, "sites": {}}'])
def test_a_damaged_or_foreign_record_is_ignored(tmp_path, damage, no_racy_window):
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(out, questionnaire=MINI, cache=cache)
    _write_record(cache, damage)
    (out / "glossary.html").write_text("damaged")
    result = build(out, questionnaire=MINI, cache=cache)
    assert result.written == 1 and "Glossary" in (out / "glossary.html").read_text()
    assert build(out, questionnaire=MINI, cache=cache).skipped


def test_the_record_keeps_the_most_recent_folders(tmp_path, no_racy_window):
    cache = tmp_path / "cache"
    outs = [tmp_path / f"site-{i}" for i in range(states.KEEP + 2)]
    for out in outs:
        build(out, questionnaire=MINI, cache=cache)
    kept = _record(cache)["sites"]
    assert list(kept) == [str(out.resolve()) for out in outs[-states.KEEP:]]


def test_the_inputs_are_the_files_the_build_reads(kb_copy):
    labels = [label for label, _ in input_files(kb_copy, MINI)]
    assert "kb/models/aco.yaml" in labels and "questionnaire" in labels
    assert "templates/site/base.html.j2" in labels and "site/search.js" in labels
    assert "assess/site/states.py" in labels and len(labels) == len(set(labels))
    assert not any("__pycache__" in label for label in labels)


def test_an_output_folder_replaced_by_a_link_is_refused_not_taken_as_unchanged(tmp_path, no_racy_window):
    from assess.errors import UserError

    cache, real, out = tmp_path / "cache", tmp_path / "real", tmp_path / "site"
    build(real, questionnaire=MINI, cache=cache)
    real.rename(out)
    build(out, questionnaire=MINI, cache=cache)             # recorded under its new name
    out.rename(real)
    out.symlink_to(real)                                     # the same files, reached through a link
    with pytest.raises(UserError, match="symbolic link"):
        build(out, questionnaire=MINI, cache=cache)
