"""A FIFO, a device or a folder where a file is read is refused at once, never waited on."""
from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

from assess.errors import InputError
from assess.kb.yamlsafe import load_file

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 20       # seconds; a hang fails the test instead of blocking the run


def special(tmp_path: Path, kind: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 5))      # /dev/zero: endless bytes
    else:
        path.mkdir()
    return path


SAYS = {"fifo": "is a FIFO (named pipe), not a file", "device": "is a device, not a file",
        "folder": "is a folder, not a file"}


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_load_file_refuses_what_is_not_a_regular_file(tmp_path, kind):
    path = special(tmp_path, kind)
    outcome = []

    def read():
        try:
            load_file(path)
        except Exception as exc:  # noqa: BLE001 - inspected below
            outcome.append(exc)
    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    assert not worker.is_alive(), f"load_file waited on a {kind}"
    assert isinstance(outcome[0], InputError) and SAYS[kind] in str(outcome[0])


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_kb_validate_with_a_fifo_model_file_does_not_hang(run_cli, tmp_path, kind):
    kb = tmp_path / "kb"
    shutil.copytree(REPO / "kb", kb)
    (kb / "models" / "mcp.yaml").unlink()
    special(kb / "models", kind, "mcp.yaml")
    code, out, err = run_cli("kb", "validate", kb, timeout=TIMEOUT)
    assert code == 1
    assert f"mcp.yaml: {SAYS[kind]}" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [["score"], ["vote"], ["budget"], ["report"], ["lint"],
                                     ["site", "build", "--no-search", "--no-cache", "-o", "out", "--questionnaire"]])
def test_commands_refuse_a_fifo_as_input_at_once(run_cli, tmp_path, command):
    path = special(tmp_path, "fifo")
    code, out, err = run_cli(*command, path, cwd=tmp_path, timeout=TIMEOUT)
    assert code == 1, (out, err)
    assert SAYS["fifo"] in err and "Traceback" not in err
