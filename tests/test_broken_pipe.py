"""A reader that stops early (`| head -1`) ends the command quietly: no internal error, no traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("args", [["kb", "show", "mcp"], ["kb", "list"], ["compare", "mcp", "pacs", "aco"],
                                  ["site", "build", "-o", "out", "--no-search", "--no-cache"], ["--help"]])
def test_a_closed_pipe_exits_quietly(tmp_path, args):
    env = {**os.environ, "PYTHONPATH": str(REPO), "CARE_MODELS_CACHE": str(tmp_path / "cache")}
    read_end, write_end = os.pipe()
    os.close(read_end)                  # the reader has gone before anything is written
    try:
        proc = subprocess.run([sys.executable, "-m", "assess", *args], stdout=write_end, stderr=subprocess.PIPE,
                              cwd=tmp_path, env=env, timeout=120, text=True)
    finally:
        os.close(write_end)
    assert proc.returncode in (0, 1)
    assert proc.stderr == ""
