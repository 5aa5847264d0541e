"""Browser tests: the built site in real Chromium (Debian's /usr/bin/chromium) through Playwright.

The site is built once per session (into a temporary folder) and served over
http on 127.0.0.1 with a free port. Without Chromium or Playwright the tests
are skipped on a developer's machine, and fail in CI (the CI variable is set),
so they can never be skipped there without anyone noticing.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import lacking

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage"]
REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"
MAIN = REPO / "questionnaires" / "care-model-fit.yaml"


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[browser]')"
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        lacking(f"browser tests cannot run: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def questionnaire_for_site() -> Path:
    """The real questionnaire when it exists, else the test fixture."""
    return MAIN if MAIN.is_file() else MINI


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    from assess.site.build import build

    out = tmp_path_factory.mktemp("site")
    build(out, questionnaire=questionnaire_for_site(), cache=False)
    return out


@pytest.fixture(scope="session")
def site_url(built_site):
    from assess.site.serve import start

    server, url = start(built_site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, site_url):
    """A fresh page (own storage) that records console errors and any request off this machine."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    pg.remote = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: pg.remote.append(r.url)
          if not (r.url.startswith(site_url) or r.url.startswith(("data:", "blob:"))) else None)
    yield pg
    context.close()


def answer_current(page, number: str = "250000", text: str = "notes") -> None:
    """Answer the question on screen with its first option, a number or some text, and continue.

    One look at the field decides how to answer it: the page re-renders between questions, so
    separate look-ups can see two different questions."""
    page.wait_for_selector("#answer-0")
    kind = page.eval_on_selector("#answer-0", "e => e.tagName.toLowerCase() + ':' + (e.type || '')")
    if kind in ("input:radio", "input:checkbox"):
        page.locator("#answer-0").check()
    else:
        page.fill("#answer-0", text if kind.startswith("textarea") else number)
    page.get_by_role("button", name="Continue").click()
