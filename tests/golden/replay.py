"""Replaying a golden corpus under Node: the one way both corpus tests run their replay script."""
from __future__ import annotations

import subprocess
from pathlib import Path


def replay(node: str, script: Path, corpus: Path, count: int, timeout: int = 120) -> str:
    """Run `script` on the corpus at `corpus`; its output, once it has said all `count` cases replayed alike."""
    proc = subprocess.run([node, str(script), str(corpus)], capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert f"{count} cases replayed, 0 differ" in proc.stdout, proc.stdout[-6000:]
    return proc.stdout
