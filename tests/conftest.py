"""Shared fixtures of the care-models tests.

- `repo`      the repository root (a Path)
- `seeds_dir` ../shared/seeds next to the repo; tests using it skip when it is absent (fail in CI)
- `seed_files` kb/sources.yaml id -> its text file there (skips likewise)
- `weasyprint`, `python_docx`, `poppler`, `node`: what PDF, Word and corpus tests need; without it they skip, and in
  CI (the CI variable set, as `.ci/run` has every extra) they fail, so they are never skipped unseen
- `kb`        the bundled knowledge base, loaded once per session
- `main_q`, `mini_q`  the bundled questionnaire and the small test one, compiled once per session
- `run_cli`   run `python -m assess ARGS...` in a subprocess -> (code, stdout, stderr)
- `cli`       click's CliRunner on `assess.cli.main`, in process (fast)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory):
    """Every test, in process or in a subprocess, caches in a folder of the test session, never the user's.

    CARE_MODELS_TEST_CACHE names another folder to use instead: run the suite
    twice with it for a warm cache, or damage its entries first.
    """
    folder = Path(os.environ.get("CARE_MODELS_TEST_CACHE") or tmp_path_factory.mktemp("cache"))
    previous = os.environ.get("CARE_MODELS_CACHE")
    os.environ["CARE_MODELS_CACHE"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("CARE_MODELS_CACHE", None)
    else:
        os.environ["CARE_MODELS_CACHE"] = previous


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


# kb/sources.yaml id -> the text of that document in ../shared/seeds/ (names the project never shows)
SEED_FILES = {
    "hlp-module-1": "003_cd222250ad9b64d1.txt",
    "bma-gp-integration": "002_52b38dd9779dc3f1.txt",
    "provider-networks-decisions": "001_f0bba8fed9e74934.txt",
    "provider-networks-intro": "000_fad63093e8f17ff4.txt",
    "provider-collaboratives": "004_e810e2e7084a8792.txt",
}


def lacking(reason: str) -> None:
    """Skip a test that needs something this machine lacks; in CI, which has everything, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}, and CI must have it", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds_dir(repo) -> Path:
    seeds = repo.parent / "shared" / "seeds"
    if not seeds.is_dir():
        lacking(f"source documents not found at {seeds}: the tests comparing the KB with them cannot run")
    return seeds


@pytest.fixture(scope="session")
def weasyprint():
    """WeasyPrint with its system libraries (the pdf extra)."""
    try:
        import weasyprint
    except (ImportError, OSError):
        lacking("WeasyPrint is not installed (pip install -e '.[pdf]')")
    return weasyprint


@pytest.fixture(scope="session")
def python_docx():
    """python-docx (the docx extra)."""
    try:
        import docx
    except ImportError:
        lacking("python-docx is not installed (pip install -e '.[docx]')")
    return docx


@pytest.fixture(scope="session")
def poppler() -> None:
    """poppler-utils' pdfinfo, pdftotext and pdffonts, to read PDFs back."""
    if not all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdffonts")):
        lacking("poppler-utils (pdfinfo, pdftotext, pdffonts) is not installed")


@pytest.fixture(scope="session")
def node() -> str:
    """Node (Debian's nodejs), which replays the golden corpora through the browser's scripts."""
    found = shutil.which("node") or shutil.which("nodejs")
    if found is None:
        lacking("Node is not installed (apt-get install nodejs): the browser's scripts are not replayed")
    return found


@pytest.fixture(scope="session")
def seed_files(seeds_dir) -> dict[str, Path]:
    """kb/sources.yaml id -> path of that document's text (skips when ../shared/seeds is absent)."""
    return {doc: seeds_dir / name for doc, name in SEED_FILES.items()}


@pytest.fixture(scope="session")
def kb():
    from assess.kb import load

    return load()


@pytest.fixture(scope="session")
def main_q(kb, repo):
    """The main questionnaire (care-model-fit), compiled."""
    from assess.engine.questionnaire import load

    return load(repo / "questionnaires" / "care-model-fit.yaml", kb)


@pytest.fixture(scope="session")
def mini_q(kb, repo):
    """The small test questionnaire, which names no roles."""
    from assess.engine.questionnaire import load

    return load(repo / "tests" / "fixtures" / "mini-questionnaire.yaml", kb)


@pytest.fixture(scope="session")
def run_cli(repo):
    """`run_cli("kb", "validate", cwd=tmp_path)` -> (exit code, stdout, stderr).

    Runs the CLI as a user would, in a fresh interpreter, so exit codes and
    tracebacks are real. Session-scoped and stateless: safe to call from threads.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)

    def run(*args, cwd: Path | str | None = None, input: str | None = None, timeout: float = 120):
        proc = subprocess.run([sys.executable, "-m", "assess", *map(str, args)], cwd=cwd or repo, env=env,
                              input=input, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr

    return run


@pytest.fixture
def cli():
    """`cli("kb", "list")` -> click Result (exit_code, stdout, stderr, output, exception)."""
    from click.testing import CliRunner

    from assess.cli import main

    runner = CliRunner()

    def invoke(*args, **kwargs):
        return runner.invoke(main, [str(a) for a in args], **kwargs)

    return invoke
