"""`.ci/run`: a fresh venv, `pip install --upgrade` of the extras, the README's test command, honest exit codes.

Runs the script against stand-ins for dpkg, apt-get, python and pip, so it needs neither root nor a network.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FAKE_PYTHON = """#!/usr/bin/env bash
echo "python $*" >> "$CI_LOG"
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf 'export PATH="%s/bin:$PATH"\\n' "$3" > "$3/bin/activate"
  cp "$0" "$3/bin/python"
  echo "venv $3" >> "$CI_LOG"
  exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "pytest" ]; then
  echo "pytest from $(dirname "$0")" >> "$CI_LOG"
  exit "$PYTEST_EXIT"
fi
exit 0
"""

README = """# x

```sh
pip install -e . && assess demo
python -m pytest
```
"""


@pytest.fixture
def ci(tmp_path, repo):
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    (tmp_path / ".ci").mkdir()
    shutil.copy(repo / ".ci" / "run", tmp_path / ".ci" / "run")
    (tmp_path / "README.md").write_text(README)
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    for name, body in (("python3", FAKE_PYTHON), ("dpkg", "#!/bin/sh\nexit 0\n"),
                       ("apt-get", '#!/bin/sh\necho "apt-get $*" >> "$CI_LOG"\n')):
        (stubs / name).write_text(body)
        (stubs / name).chmod(0o755)
    log = tmp_path / "log"

    def run(pytest_exit: int):
        log.write_text("")
        env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}", "CI_LOG": str(log),
               "PYTEST_EXIT": str(pytest_exit), "TMPDIR": str(tmp_path), "CI": "true"}
        proc = subprocess.run(["bash", str(tmp_path / ".ci" / "run")], env=env, capture_output=True, text=True,
                              timeout=60)
        return proc.returncode, proc.stderr, log.read_text()

    return run


def test_ci_installs_the_newest_allowed_versions_in_a_fresh_venv(ci, tmp_path):
    code, err, log = ci(0)
    assert code == 0, err
    venv = next(line.split(" ", 1)[1] for line in log.splitlines() if line.startswith("venv "))
    assert "python -m pip install -q --upgrade -e .[test,browser,pdf,docx]" in log
    assert f"pytest from {venv}/bin" in log        # the README's command runs inside the venv
    assert not Path(venv).exists()                   # made for this run only


@pytest.mark.parametrize("pytest_exit", [1, 2, 5])
def test_ci_fails_when_the_tests_fail_or_none_ran(ci, pytest_exit):
    code, err, _ = ci(pytest_exit)
    assert code != 0
    if pytest_exit == 5:
        assert "collected no tests" in err


def test_a_test_lacking_what_ci_has_fails_there_and_skips_elsewhere(monkeypatch):
    from conftest import lacking

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="WeasyPrint is not installed, and CI must have it"):
        lacking("WeasyPrint is not installed")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="WeasyPrint is not installed"):
        lacking("WeasyPrint is not installed")


def test_the_browser_tests_import_playwright_only_inside_tests():
    """`pip install -e '.[test]' && python -m pytest` collects every file: a browser test module that imports
    playwright at its top would stop collection where the browser extra is not installed."""
    offenders = [f"{path}:{n}" for path in sorted(Path("tests").rglob("*.py"))
                 for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if line.startswith(("import playwright", "from playwright", "import axe_playwright",
                                     "from axe_playwright"))]
    assert not offenders, offenders
