"""The cache as someone able to write to it would attack it: nothing planted is used, run or deleted,
and a warm run never differs from a cold one."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from assess import cache as datacache
from assess.kb import load
from assess.resources import kb_dir


@pytest.fixture
def base(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CARE_MODELS_CACHE", str(folder))
    datacache._NOTES.clear()
    return folder


def _cli(base, *args):
    """Run `python -m assess ARGS` with `base` as the cache folder -> (exit code, stdout, stderr)."""
    repo = kb_dir().parent
    env = {**os.environ, "CARE_MODELS_CACHE": str(base), "PYTHONPATH": str(repo), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "assess", *args], cwd=repo, env=env, capture_output=True,
                          text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def _entries(base):
    return sorted(p.name.split("-")[0] for p in (base / datacache.SUBFOLDER).glob("*-*.json"))


def test_the_tool_keeps_its_files_in_a_marked_folder_of_the_users_alone(base):
    load()
    sub = base / datacache.SUBFOLDER
    assert (sub / datacache.MARKER).read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    assert oct(sub.stat().st_mode & 0o777) == "0o700"
    assert oct((sub / datacache.KEY_FILE).stat().st_mode & 0o777) == "0o600"
    assert _entries(base) == ["digest", "kb"]


@pytest.mark.parametrize("attack", ["writable by others", "owned by another user", "no marker", "a link",
                                    "key readable by others", "key a link", "key of another size"])
def test_a_folder_or_key_the_tool_cannot_trust_is_not_used(base, tmp_path, monkeypatch, attack):
    load()
    sub = base / datacache.SUBFOLDER
    key = sub / datacache.KEY_FILE
    if attack == "writable by others":
        sub.chmod(0o777)
    elif attack == "owned by another user":
        monkeypatch.setattr(os, "getuid", lambda: os.stat(sub).st_uid + 1)
    elif attack == "no marker":
        (sub / datacache.MARKER).unlink()
    elif attack == "a link":
        shutil.move(sub, tmp_path / "elsewhere")
        sub.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    elif attack == "key readable by others":
        key.chmod(0o644)
    elif attack == "key a link":
        shutil.move(key, tmp_path / "key")
        key.symlink_to(tmp_path / "key")
    else:
        key.write_bytes(b"short")
    assert datacache.store() is None
    assert datacache.read("kb", "0" * 64) is None
    datacache.write("kb", "1" * 64, {"x": 1})
    assert not list(sub.glob("kb-1111*")) and not list((tmp_path / "elsewhere").glob("kb-1111*"))
    assert datacache.notes(), "the reason is kept for -v"
    assert load().families == load(cache=False).families


def test_verbose_says_why_an_entry_was_not_used(base):
    _cli(base, "score", "examples/mcp.yaml")
    for entry in (base / datacache.SUBFOLDER).glob("kb-*.json"):
        entry.write_bytes(entry.read_bytes().replace(b'"kind"', b'"kind" ', 1))
    code, _, err = _cli(base, "-v", "score", "examples/mcp.yaml")
    assert code == 0 and "note: a cached knowledge base did not pass its checks" in err
    code, _, err = _cli(base, "score", "examples/mcp.yaml")
    assert code == 0 and "note:" not in err


def test_cleanup_removes_only_the_tools_own_entries(base):
    """A cache folder that is a folder of the user's own files: nothing of theirs is deleted."""
    base.mkdir()
    theirs = ["kb-budget-2024-1.json", "site-backup-1.bin", "kb-" + "a" * 40 + ".json", "notes.txt"]
    for name in theirs:
        (base / name).write_text("mine")
    sub = base / datacache.SUBFOLDER
    for i in range(datacache.KEEP_OTHER + 3):
        datacache.write("kb", f"{i:x}" * 64, {"i": i})
    (sub / "kb-planted.json").write_text("not an entry name of the tool")
    datacache.write("kb", "f" * 64, {"i": "last"})
    assert sorted(p.name for p in base.iterdir()) == sorted([*theirs, datacache.SUBFOLDER])
    assert len(list(sub.glob("kb-" + "?" * 40 + ".json"))) == datacache.KEEP_OTHER
    assert (sub / "kb-planted.json").exists()


def test_a_folder_of_the_users_named_as_the_subfolder_is_neither_used_nor_emptied(base):
    sub = base / datacache.SUBFOLDER
    sub.mkdir(parents=True, mode=0o700)
    (sub / ("kb-" + "0" * 40 + ".json")).write_text("mine")
    datacache.write("kb", "1" * 64, {"x": 1})
    assert [p.name for p in sub.iterdir()] == ["kb-" + "0" * 40 + ".json"]


def test_home_is_never_created(tmp_path, monkeypatch):
    monkeypatch.delenv("CARE_MODELS_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "no" / "such" / "home"))
    assert datacache.store() is None
    datacache.write("kb", "1" * 64, {"x": 1})
    assert not (tmp_path / "no").exists()
    monkeypatch.setenv("HOME", str(tmp_path))
    assert datacache.store(datacache.default_cache_dir()) is not None     # as a site build names it
    assert (tmp_path / ".cache" / "care-models" / datacache.SUBFOLDER).is_dir()


def _hostile_kbs(tmp_path):
    """(name, make) of KB folders that a full check refuses."""
    def dangling(root):
        (root / "models" / "zzz.yaml").symlink_to(root / "models" / "gone.yaml")

    def folder(root):
        (root / "models" / "zzz.yaml").mkdir()

    def fifo(root):
        os.mkfifo(root / "models" / "zzz.yaml")

    return [("dangling link", dangling), ("folder named zzz.yaml", folder), ("FIFO", fifo)]


@pytest.mark.parametrize("command", ["score", "site"])
@pytest.mark.parametrize("hostile", range(3), ids=["dangling link", "folder named zzz.yaml", "FIFO"])
def test_warm_equals_cold_on_broken_kbs(tmp_path, hostile, command, repo):
    """The KB is cached while valid; once broken, a warm run says what a cold one says."""
    name, make = _hostile_kbs(tmp_path)[hostile]
    root = tmp_path / "kb"
    shutil.copytree(kb_dir(), root)
    runs = {}
    args = (["score", "--kb", str(root), "examples/mcp.yaml"] if command == "score" else
            ["site", "build", "--kb", str(root), "-o", str(tmp_path / "site"), "--no-search"])
    for label in ("warm", "cold"):
        env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / label), "PYTHONPATH": str(repo)}
        command = [sys.executable, "-m", "assess", *args]
        if label == "warm":
            assert subprocess.run(command, cwd=repo, env=env, capture_output=True).returncode == 0
            make(root)
        proc = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=60)
        runs[label] = (proc.returncode, proc.stdout, proc.stderr)
    assert runs["warm"] == runs["cold"]
    assert runs["cold"][0] == 1 and "zzz.yaml" in runs["cold"][2], name


def _forged(raw: bytes, old: bytes, new: bytes) -> bytes:
    """An entry with `old` replaced by `new` in its data and blobs, every size and digest made consistent:
    all but the MAC, which needs the user's key."""
    import hashlib
    import json

    head, _, payload = raw.partition(b"\n")[2].partition(b"\n")
    meta = json.loads(head)
    data, offset, blobs = payload[:meta["data"]].replace(old, new), meta["data"], []
    for name, size in meta["blobs"]:
        blobs.append((name, payload[offset:offset + size].replace(old, new)))
        offset += size
    meta.update(data=len(data), blobs=[[name, len(blob)] for name, blob in blobs])
    body = json.dumps(meta).encode() + b"\n" + data + b"".join(blob for _, blob in blobs)
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def test_warm_equals_cold_on_a_forged_entry(base):
    """A forged entry (payload changed, SHA-256 recomputed) never reaches a score or a report."""
    report = ("report", "examples/mcp.yaml", "--format", "md", "-o", "-")
    _, cold, _ = _cli(base, *report)
    assert "Community Providers" in cold
    for entry in (base / datacache.SUBFOLDER).glob("*-*.json"):
        entry.write_bytes(_forged(entry.read_bytes(), b"Community Providers", b"FORGED Community Providers"))
    code, warm, _ = _cli(base, *report)
    assert code == 0 and warm == cold and "FORGED" not in warm


def test_a_2_gb_model_file_is_refused_by_its_size_in_little_memory(tmp_path, repo):
    root = tmp_path / "kb"
    shutil.copytree(kb_dir(), root)
    huge = root / "models" / "huge.yaml"
    with open(huge, "wb") as f:
        f.truncate(2 * 1024 ** 3)                   # sparse: takes no disk space
    env = {**os.environ, "CARE_MODELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}
    # the peak of this process's own memory (VmHWM): ru_maxrss would carry over the forked test runner's
    probe = ("import re, sys\nfrom assess.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    code = exc.code\n"
             "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
             "print(code, peak, file=sys.stderr)")
    for args in (["score", "--kb", str(root), "examples/mcp.yaml"],
                 ["site", "build", "--kb", str(root), "-o", str(tmp_path / "site"), "--no-search"]):
        proc = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=env, capture_output=True,
                              text=True, timeout=120)
        code, peak_kb = proc.stderr.strip().splitlines()[-1].split()
        assert code == "1" and "huge.yaml" in proc.stderr and "larger than" in proc.stderr, proc.stderr
        assert int(peak_kb) < 200 * 1024, f"{args[0]}: {int(peak_kb) // 1024} MB"


def test_a_digest_is_remembered_by_file_state_and_read_again_after_a_change(base, tmp_path, monkeypatch):
    root = tmp_path / "tree"
    (root / "models").mkdir(parents=True)
    (root / "a.yaml").write_text("a: 1\n")
    (root / "models" / "b.yaml").write_text("b: 1\n")
    first = datacache.tree_digest(root)
    monkeypatch.setattr(datacache, "RACY_NS", 0)           # no file changed within a clock tick
    assert datacache.tree_digest(root) == first               # remembered now (after a settled reading)

    def no_reading(files):
        raise AssertionError("read again")

    with monkeypatch.context() as m:
        m.setattr(datacache, "_digest_files", no_reading)
        assert datacache.tree_digest(root) == first
    (root / "models" / "b.yaml").write_text("b: 2\n")
    changed = datacache.tree_digest(root)
    assert changed != first
    (root / "models" / "c.yaml").write_text("c: 1\n")         # a file added
    assert datacache.tree_digest(root) not in (first, changed)
    monkeypatch.setattr(datacache, "RACY_NS", 10 ** 18)      # all recent: never trusted by state
    with monkeypatch.context() as m:
        m.setattr(datacache, "_digest_files", no_reading)
        with pytest.raises(AssertionError, match="read again"):
            datacache.tree_digest(root)
