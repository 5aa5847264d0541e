"""Site pages as bytes: Jinja2 templates, glossary links, static assets."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Mapping

from ..kb import KnowledgeBase
from ..reports.provenance import AS_AT
from .glossary import GlossaryLinker, glossary_entries
from .page import MORE, NAV, Page, to_script
from .search import INDEX_SCRIPT, INDEX_VARIABLE, search_index

# files of the package whose change changes the output
_ASSET_SKIP = (".scss", ".sh", ".map", ".py")


def render_site(kb: KnowledgeBase, page_list: list[Page], *, search: bool = True,
                assets: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """Output path -> bytes for every page and the data files its scripts load (`search`: whether the
    search page is given the index, `index_script`). Pages address the static `assets` and the data
    files with their fingerprint (`asset("site.css")` gives `assets/site.css?v=<digest start>`), so a
    server may let browsers keep them (`serve.py`) and a changed file is fetched anew."""
    from ..reports.markdown import environment

    env = environment("html")
    linker = GlossaryLinker(glossary_entries(kb))
    prints = fingerprints({**(assets or {}), **{path: data.encode("utf-8") for page in page_list
                                                 for path, data in page.files.items()}})
    files: dict[str, bytes] = {}
    for page in page_list:
        depth = page.path.count("/")
        root = "../" * depth
        text = env.get_template(page.template).render(
            page=page, root=root, nav=NAV, more=MORE, as_at=AS_AT, search=search,
            asset=_addresser(root, prints), **page.context)
        if page.glossary:
            text = linker.link(text, root + "glossary.html")
        files[page.path] = text.encode("utf-8")
        files.update((path, data.encode("utf-8")) for path, data in page.files.items())
    return files


def fingerprints(files: Mapping[str, bytes]) -> dict[str, str]:
    """Output path -> the first 12 hex digits of its SHA-256."""
    return {path: hashlib.sha256(data).hexdigest()[:12] for path, data in files.items()}


def _addresser(root: str, prints: Mapping[str, str]):
    """`asset(name)`: the address of assets/<name> from a page at `root`, with its fingerprint if known."""
    def asset(name: str) -> str:
        path = "assets/" + name
        return root + path + (f"?v={prints[path]}" if path in prints else "")
    return asset


def index_script(files: dict[str, bytes], page_list: list[Page]) -> dict[str, bytes]:
    """The search index of the rendered pages in `files`, as the script the search page loads."""
    rendered = {page.path: files[page.path].decode("utf-8") for page in page_list if page.indexed}
    return {INDEX_SCRIPT: to_script(search_index(rendered, page_list), INDEX_VARIABLE).encode("utf-8")}


def asset_files(site_dir: Path) -> dict[str, bytes]:
    """Static assets (CSS, JS, vendored NHS.UK frontend with its licence) -> output path under assets/."""
    files = {}
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix in _ASSET_SKIP or any(p.startswith(".") or p == "__pycache__"
                                                                   for p in path.relative_to(site_dir).parts):
            continue
        files["assets/" + path.relative_to(site_dir).as_posix()] = path.read_bytes()
    return files
