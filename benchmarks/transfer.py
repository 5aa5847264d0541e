"""Bytes the assessment page transfers: the page and every stylesheet, script and image it loads.

    python benchmarks/transfer.py [--site DIR]

Builds the site (without search, into a temporary folder) unless --site names
a built one, then adds up assess.html, the files its <link rel=stylesheet> and
<script src> name, and the images those stylesheets point to with url(), both
as they are and gzipped (level 6, each file on its own, as a web server sends
them). Goals: at most 350 KB as they are and 200 KB with gzip; exits 1 when
one is missed.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))      # this checkout's assess, not an installed one

PAGE = "assess.html"
GOALS = {"raw": 350 * 1024, "gzip": 200 * 1024}
_REF = re.compile(r'<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"')
_URL = re.compile(r"url\(['\"]?([^'\")]+)['\"]?\)")


def loaded(site: Path) -> list[Path]:
    """The page and every file it loads (stylesheets, scripts, the images stylesheets name)."""
    page = site / PAGE
    files = [page]
    for css, script in _REF.findall(page.read_text(encoding="utf-8")):
        path = (page.parent / (css or script).partition("?")[0]).resolve()      # less its fingerprint
        files.append(path)
        if css:
            for url in _URL.findall(path.read_text(encoding="utf-8")):
                if not url.startswith(("data:", "#")) and (path.parent / url).is_file():
                    files.append((path.parent / url).resolve())
    return list(dict.fromkeys(files))


def measure(site: Path) -> dict[str, int]:
    totals = {"raw": 0, "gzip": 0}
    for path in loaded(site):
        data = path.read_bytes()
        packed = len(gzip.compress(data, compresslevel=6, mtime=0))
        totals["raw"] += len(data)
        totals["gzip"] += packed
        print(f"  {path.relative_to(site.resolve()).as_posix():55} {len(data) / 1024:7.1f} KB {packed / 1024:7.1f} KB gz")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            from assess.site.build import build

            site = Path(tmp) / "site"
            build(site, search=False, cache=False)
        totals = measure(site)
    missed = 0
    for key, goal in GOALS.items():
        ok = totals[key] <= goal
        missed += not ok
        print(f"{PAGE} {key:4}: {totals[key] / 1024:6.1f} KB (goal <= {goal // 1024} KB) {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
