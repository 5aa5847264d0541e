"""The static site: pages, links, sizes, determinism, incremental builds, glossary links, escaping, CLI, serve."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assess.site import build as site_mod
from assess.site.build import MAX_PAGE_BYTES, build, page_sizes
from assess.site.glossary import GlossaryLinker, glossary_entries, term_words

REPO = Path(__file__).resolve().parent.parent
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"
MAIN = REPO / "questionnaires" / "care-model-fit.yaml"
QUESTIONNAIRE = MAIN if MAIN.is_file() else MINI


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    """Builds in these tests cache into a temporary folder, never the user's."""
    monkeypatch.setenv("CARE_MODELS_CACHE", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "_site"
    build(out, questionnaire=QUESTIONNAIRE, cache=False)
    return out


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []     # (tag, url)
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if a.get("name") and tag == "a":
            self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, a[key]))

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_page_is_built(built):
    pages = set(page_sizes(built))
    expected = {"index.html", "models/index.html", "families/index.html", "compare.html", "collaborative.html",
                "legal.html", "provider-networks.html", "gp-integration.html", "glossary.html", "sources.html",
                "about.html", "assess.html", "search.html"}
    expected |= {f"models/{m}.html" for m in ("multi-site-trust", "hospital-chain", "specialty-franchise", "uec-network",
                                               "aco", "mcp", "pacs", "care-homes", "gp-federation", "super-practice")}
    expected |= {f"families/{f}.html" for f in ("acute-care-collaboration", "integrated-health-social-care",
                                                "integrated-primary-care")}
    assert expected <= pages
    assert (built / "assets" / "vendor" / "nhsuk-frontend" / "LICENSE").is_file()
    assert (built / "assets" / "questionnaire.js").is_file()


def test_no_broken_internal_links_or_anchors(built):
    parsed = {rel: parse(built / rel) for rel in page_sizes(built)}
    broken = []
    for rel, page in parsed.items():
        here = (built / rel).parent
        for tag, url in page.refs:
            if url.startswith(("data:", "mailto:")) or re.match(r"^[a-z]+:", url):
                continue
            path, _, anchor = url.partition("#")
            path = path.split("?")[0]
            target = (here / path).resolve() if path else (built / rel).resolve()
            if not target.is_file():
                broken.append(f"{rel}: {tag} {url} (no file)")
                continue
            if anchor and not anchor.startswith("/"):
                ids = parsed[target.relative_to(built.resolve()).as_posix()].ids if target.suffix == ".html" else set()
                if anchor not in ids:
                    broken.append(f"{rel}: {url} (no id '{anchor}')")
    assert not broken, "\n".join(broken)


def test_nothing_is_fetched_from_the_network(built):
    remote = re.compile(r"""(?:href|src)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
    # The template libraries of the board paper write markup as strings (Nunjucks' urlize filter names
    # "http://"); they fetch nothing, and the paper they write is checked to name no file or link
    # (tests/browser/test_paper.py), with every request off this machine recorded by the browser tests.
    libraries = {built / "assets" / "vendor" / "nunjucks", built / "assets" / "vendor" / "markdown-it"}
    for path in built.rglob("*"):
        if path.suffix == ".js" and path.parent in libraries:
            continue
        if path.suffix in (".html", ".js", ".css"):
            text = path.read_text(encoding="utf-8")
            assert not remote.search(text), path
            if path.suffix == ".css":
                assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), path
                assert "@font-face" not in text and "@import" not in text, path
    for page in page_sizes(built):
        for tag, url in parse(built / page).refs:
            assert not url.startswith(("http:", "https:", "//")), f"{page}: {url}"


def test_every_page_is_at_most_100_kb(built):
    sizes = page_sizes(built)
    too_big = {p: s for p, s in sizes.items() if s > MAX_PAGE_BYTES}
    assert not too_big, too_big


def test_vendored_css_keeps_its_licence_and_no_web_fonts():
    vendor = REPO / "site" / "vendor" / "nhsuk-frontend"
    assert "MIT License" in (vendor / "LICENSE").read_text()
    css = (vendor / "nhsuk-frontend.min.css").read_text(encoding="utf-8")
    assert "Frutiger" not in css and "assets.nhs.uk" not in css and "url(/assets" not in css
    # a page opened from a folder (file://) cannot fetch a CSS mask image: every icon is inside the CSS
    urls = re.findall(r'url\("?([^")]+)"?\)', css)
    assert urls and all(url.startswith("data:image/svg+xml,") for url in urls), urls


def test_output_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(a, questionnaire=QUESTIONNAIRE, search=False)
    build(b, questionnaire=QUESTIONNAIRE, search=False, force=True)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_a_second_build_with_nothing_changed_does_nothing_and_is_fast(tmp_path):
    out = tmp_path / "site"
    first = build(out, questionnaire=QUESTIONNAIRE, search=False)
    assert first.written > 20 and not first.skipped
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    started = time.perf_counter()
    second = build(out, questionnaire=QUESTIONNAIRE, search=False)
    assert second.skipped and second.written == 0
    assert time.perf_counter() - started < 0.5
    assert stamps == {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    # a forced rebuild compares bytes and rewrites nothing
    third = build(out, questionnaire=QUESTIONNAIRE, search=False, force=True)
    assert third.written == 0 and third.unchanged == len(json.loads((out / site_mod.MANIFEST).read_text())["files"])


def test_a_build_seen_before_comes_from_the_cache_with_the_same_bytes(tmp_path):
    cache = tmp_path / "c"
    a, b = tmp_path / "a", tmp_path / "b"
    first = build(a, questionnaire=MINI, search=False, cache=cache)
    entries = cache / "assess-cache"
    assert not first.from_cache and len(list(entries.glob("site-*.json"))) == 1
    second = build(b, questionnaire=MINI, search=False, cache=cache)
    assert second.from_cache and second.written == first.written
    for path in a.rglob("*"):
        if path.is_file():
            assert (b / path.relative_to(a)).read_bytes() == path.read_bytes(), path
    entry = next(entries.glob("site-*.json"))
    entry.write_bytes(entry.read_bytes()[:-10] + b"x" * 10)          # damaged: not used
    shutil.rmtree(b)
    assert not build(b, questionnaire=MINI, search=False, cache=cache).from_cache


def test_a_damaged_output_is_repaired(tmp_path):
    out = tmp_path / "site"
    build(out, questionnaire=MINI, search=False)
    (out / "glossary.html").write_text("damaged")
    (out / "models" / "aco.html").unlink()
    again = build(out, questionnaire=MINI, search=False)
    assert not again.skipped and again.written == 2
    assert "Glossary" in (out / "glossary.html").read_text()


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(REPO / "kb", target)
    return target


def test_a_kb_change_rewrites_only_the_pages_it_touches(tmp_path, kb_copy):
    out = tmp_path / "site"
    build(out, kb_root=kb_copy, questionnaire=MINI, search=False)
    path = kb_copy / "models" / "care-homes.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("This model aims to give older people", "This model aims to give OLDER people", 1),
                    encoding="utf-8")
    result = build(out, kb_root=kb_copy, questionnaire=MINI, search=False)
    assert not result.skipped
    assert 1 <= result.written <= 7, result     # the model page, the lists that show its overview, a data file
    #                                               and the page that addresses it by its fingerprint
    assert "OLDER people" in (out / "models" / "care-homes.html").read_text(encoding="utf-8")
    assert "OLDER people" not in (out / "glossary.html").read_text(encoding="utf-8")


def test_kb_text_is_escaped_in_pages(tmp_path, kb_copy):
    path = kb_copy / "models" / "care-homes.yaml"
    text = path.read_text(encoding="utf-8")
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    path.write_text(text.replace("This model aims to give older people", hostile + " older people", 1),
                    encoding="utf-8")
    out = tmp_path / "site"
    build(out, kb_root=kb_copy, questionnaire=MINI, search=False)
    page = (out / "models" / "care-homes.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_stale_files_of_an_earlier_build_are_removed_and_others_kept(tmp_path):
    out = tmp_path / "site"
    build(out, questionnaire=MINI, search=False)
    manifest = json.loads((out / site_mod.MANIFEST).read_text())
    manifest["files"]["old-page.html"] = hashlib.sha256(b"old").hexdigest()
    manifest["digest"] = "0" * 64          # another build's
    (out / site_mod.MANIFEST).write_text(json.dumps(manifest))
    (out / "old-page.html").write_text("old")
    (out / "mine.txt").write_text("not the site's")
    result = build(out, questionnaire=MINI, search=False)
    assert result.removed == 1 and not (out / "old-page.html").exists()
    assert (out / "mine.txt").read_text() == "not the site's"


def test_building_into_a_source_folder_is_refused(tmp_path):
    from assess.errors import UserError

    with pytest.raises(UserError, match="refusing"):
        build(REPO / "kb", search=False)
    with pytest.raises(UserError, match="is not a folder"):
        (tmp_path / "f").write_text("x")
        build(tmp_path / "f", search=False)


def _index(out: Path) -> dict:
    from assess.site.search import INDEX_SCRIPT, INDEX_VARIABLE

    script = (out / INDEX_SCRIPT).read_text(encoding="utf-8")
    prefix = f"window.{INDEX_VARIABLE} = "
    assert script.startswith(prefix) and script.endswith(";\n") and "<" not in script
    return json.loads(script[len(prefix):-2])


def test_the_search_index_holds_every_indexed_page_cut_at_its_headings(built):
    index = _index(built)
    paths = [path for path, _, _ in index["pages"]]
    assert ["models/mcp.html", "Multi-specialty Community Providers", "MCP"] in index["pages"]   # found by its short name
    assert "search.html" not in paths and {"index.html", "models/aco.html", "glossary.html"} <= set(paths)
    assert set(paths) == set(page_sizes(built)) - {"search.html"}
    for number, anchor, heading, text in index["sections"]:
        path, title, _ = index["pages"][number]
        assert "<" not in text and "&amp;" not in text and "  " not in text, (path, anchor)
        if anchor:           # every section is a place its link can open
            assert f'id="{anchor}"' in (built / path).read_text(encoding="utf-8"), (path, anchor)
        else:
            assert heading == title
    aco = [(a, h, t) for n, a, h, t in index["sections"] if index["pages"][n][0] == "models/aco.html"]
    assert [a for a, _, _ in aco][:2] == ["", "at-a-glance"]
    assert any(a == "governance" and h == "Governance" for a, h, _ in aco)
    glossary = [a for n, a, _, _ in index["sections"] if index["pages"][n][0] == "glossary.html"]
    assert "term-aco" in glossary                          # one section per glossary term


def test_the_index_reads_only_the_main_content_and_its_text(tmp_path):
    from assess.site.search import sections

    html = ("<html><nav>Menu words</nav><main id='maincontent'><h1>T</h1><p>Intro &amp; more</p>"
            "<script>var hidden = 1;</script><h2 id='a&amp;b'>First <em>one</em></h2><p>x\n  y</p>"
            "<dl><dt id='term-x'>Term</dt><dd>Its meaning</dd></dl><h2>No id</h2><p>z</p></main>"
            "<footer>Footer words</footer></html>")
    assert sections(html, "Title") == [("", "Title", "T Intro & more"), ("a&b", "First one", "x y"),
                                       ("term-x", "Term", "Its meaning No id z")]
    assert sections("<p>no main</p>", "T") == []


def test_without_search_the_build_writes_no_index_and_the_search_page_says_so(tmp_path):
    from assess.site.search import INDEX_SCRIPT

    out = tmp_path / "site"
    result = build(out, questionnaire=MINI, search=False)
    assert result.search == "not asked for" and not (out / INDEX_SCRIPT).exists()
    assert "data-index" not in (out / "search.html").read_text(encoding="utf-8")
    again = build(out, questionnaire=MINI)             # asking for search is a change of input
    assert not again.skipped and again.search == "indexed" and (out / INDEX_SCRIPT).is_file()
    assert 'data-index="assets/search-index.js"' in (out / "search.html").read_text(encoding="utf-8")
    assert build(out, questionnaire=MINI).skipped


# ---------------------------------------------------------------- glossary links

@pytest.fixture(scope="module")
def linker(kb):
    return GlossaryLinker(glossary_entries(kb))


def _wrap(body: str) -> str:
    return f"<html><head><title>ACO</title></head><body><nav><a href='x'>ACO</a></nav><main id='m'>{body}</main>" \
           f"<footer>ACO</footer></body></html>"


def test_glossary_links_the_first_occurrence_on_text_only(linker):
    page = _wrap("<h2>ACO</h2><p>An ACO and another ACO.</p><p><a href='y'>MCP</a> then MCPs here"
                 " <span class='app-source'>(PACS)</span> and PACS.</p>")
    out = linker.link(page, "../glossary.html")
    main = out[out.index("<main"):out.index("</main>")]
    assert main.count('href="../glossary.html#term-aco"') == 1
    assert "<h2>ACO</h2>" in main                                   # headings are not linked
    assert 'An <a class="app-glossary-link" href="../glossary.html#term-aco">ACO</a> and another ACO.' in main
    assert "<a href='y'>MCP</a>" in main                            # never inside a link
    assert '<a class="app-glossary-link" href="../glossary.html#term-mcp">MCPs</a>' in main   # plural
    assert "<span class='app-source'>(PACS)</span>" in main         # never inside a citation
    assert '<a class="app-glossary-link" href="../glossary.html#term-pacs">PACS</a>.' in main
    assert out[:out.index("<main")] == page[:page.index("<main")]   # title, header untouched
    assert out.endswith("<footer>ACO</footer></body></html>")


def test_glossary_matches_whole_words_and_escaped_text(linker):
    out = linker.link(_wrap("<p>PACSX, xACO, A&amp;E and attributes like class=&#34;ACO&#34;</p>"), "g.html")
    assert "PACSX" in out and "xACO" in out
    assert 'href="g.html#term-a-and-e">A&amp;E</a>' in out


def test_term_words_split_alternatives():
    assert term_words({"term": "FT (NHS Foundation Trust)", "expansion": "Foundation Trust"}) == \
        ["FT", "NHS Foundation Trust", "Foundation Trust"]
    assert term_words({"term": "alliance contract / alliance contracting"}) == ["alliance contract", "alliance contracting"]
    assert term_words({"term": "vanguard (site)"}) == ["vanguard"]


def test_pages_link_glossary_terms_and_the_glossary_has_the_anchors(built):
    glossary = parse(built / "glossary.html")
    page = (built / "models" / "aco.html").read_text(encoding="utf-8")
    links = re.findall(r'class="app-glossary-link" href="\.\./glossary\.html#([^"]+)"', page)
    assert links and len(links) == len(set(links))
    assert set(links) <= glossary.ids
    assert 'class="app-glossary-link"' not in (built / "glossary.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- questionnaire data

def test_questionnaire_data_carries_the_compiled_arithmetic(kb):
    from assess.engine.questionnaire import load as load_questionnaire
    from assess.site.page import to_script
    from assess.site.questionnaire_data import questionnaire_data, to_scripts

    q = load_questionnaire(QUESTIONNAIRE, kb)
    data = questionnaire_data(q, kb)
    assert data["targets"] == list(q.targets)
    for dq, question in zip(data["questions"], q.questions):
        assert dq["lo"] == list(question.lo) and dq["hi"] == list(question.hi)
        assert [o["vector"] for o in dq["options"]] == [list(o.vector) for o in question.options]
        assert dq["when"] == (None if question.when is None else json.loads(json.dumps(question.when, default=dict)))
    assert len(data["challenges"]) == len(q.challenges)
    assert set(data["referenced"]) == set(q.referenced)
    script = to_script(data, "careModelsQuestionnaire")
    assert "<" not in script and script.startswith("window.careModelsQuestionnaire = {")
    assert json.loads(script[len("window.careModelsQuestionnaire = "):-2]) == json.loads(json.dumps(data))
    page, results = to_scripts(data).values()        # the two halves together are the whole, nothing twice
    page = json.loads(page[len("window.careModelsQuestionnaire = "):-2])
    results = json.loads(results[len("window.careModelsQuestionnaireResults = "):-2])
    assert set(results) == {"reasons", "models", "challenges"} and not set(page) & set(results)
    assert {**page, **results} == json.loads(json.dumps(data))


# ---------------------------------------------------------------- CLI and serve

def test_cli_site_build_shows_progress_and_skips_when_unchanged(cli, tmp_path):
    out = tmp_path / "s"
    first = cli("site", "build", "-o", out, "--questionnaire", MINI, "--no-search")
    assert first.exit_code == 0, first.output
    assert re.search(r"building \d+ pages… done in \d+\.\d+ s", first.output)
    second = cli("site", "build", "-o", out, "--questionnaire", MINI, "--no-search")
    assert second.exit_code == 0 and "nothing changed" in second.output


def test_cli_site_build_takes_another_kb_and_times_its_phases(cli, tmp_path, kb_copy):
    path = kb_copy / "models" / "care-homes.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("This model aims to give older people",
                                                             "This model aims to give OLDER people", 1),
                    encoding="utf-8")
    out = tmp_path / "site"
    result = cli("site", "build", "-o", out, "--kb", kb_copy, "--questionnaire", MINI, "--no-search", "-v")
    assert result.exit_code == 0, result.output
    assert "phases: inputs" in result.output and " render " in result.output
    assert "OLDER people" in (out / "models" / "care-homes.html").read_text(encoding="utf-8")
    bad = cli("site", "build", "-o", tmp_path / "other", "--kb", tmp_path / "nowhere", "--no-search")
    assert bad.exit_code == 1 and "not a knowledge-base folder" in bad.output


def test_pages_address_assets_by_their_fingerprint_so_a_change_is_fetched_anew(built):
    import hashlib
    import re

    for page in ("index.html", "assess.html", "models/aco.html"):
        html = (built / page).read_text(encoding="utf-8")
        addresses = re.findall(r'(?:href|src)="((?:\.\./)*assets/[^"]+)"', html)
        assert addresses and all("?v=" in a for a in addresses), page
        for address in addresses:
            path, _, value = address.partition("?v=")
            data = (built / page).parent.joinpath(path).read_bytes()
            assert hashlib.sha256(data).hexdigest().startswith(value) and len(value) == 12


def test_cli_site_serve_without_a_site_is_a_user_error(cli, tmp_path):
    result = cli("site", "serve", "-d", tmp_path / "none")
    assert result.exit_code == 1 and "assess site build" in result.output


def test_serve_on_loopback_with_a_free_port(built):
    from assess.site.serve import start

    server, url = start(built)
    try:
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0/")
        with urllib.request.urlopen(url + "index.html", timeout=10) as r:
            assert r.status == 200 and b"Choosing a new care model" in r.read()
            assert r.headers["Content-Type"].startswith("text/html")
        with urllib.request.urlopen(url + "assets/js/engine.js", timeout=10) as r:
            assert r.headers["Content-Type"].startswith("text/javascript")
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "assets/", timeout=10)      # no directory listings
        assert missing.value.code == 404
    finally:
        server.shutdown()
        server.server_close()
