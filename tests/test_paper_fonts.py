"""The PDF paper is set in the fonts the package ships, so its pages are the same on any machine."""
from __future__ import annotations

import os
import subprocess
import sys

from assess.reports.fonts import FACES, font_file, shipped_font
from assess.resources import fonts_dir


def _pdf(repo, out, env_extra: dict) -> bytes:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1714521600", **env_extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
    subprocess.run([sys.executable, "-W", "ignore", "-m", "assess", "report", str(repo / "examples" / "mcp.yaml"),
                    "-o", str(out)], env=env, cwd=repo, capture_output=True, check=True, timeout=120)
    return out.read_bytes()


def test_the_shipped_fonts_and_their_licence_are_in_the_package():
    for *_, name in FACES:
        assert font_file(name).read_bytes()[:4] == b"\x00\x01\x00\x00", name      # a TrueType file
    licence = (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Reserved Font Name Liberation" in licence


def test_the_pdf_fetcher_reads_the_shipped_fonts_and_nothing_else(tmp_path):
    regular = font_file("LiberationSans-Regular.ttf")
    assert shipped_font(regular.as_uri()) == regular.resolve()
    other = tmp_path / "LiberationSans-Regular.ttf"
    other.write_bytes(b"not ours")
    assert shipped_font(other.as_uri()) is None
    assert shipped_font((fonts_dir() / "OFL.txt").as_uri()) is None
    assert shipped_font("https://example.org/LiberationSans-Regular.ttf") is None


def test_the_html_paper_names_no_font_file(cli, repo, tmp_path):
    out = tmp_path / "paper.html"
    assert cli("report", repo / "examples" / "mcp.yaml", "-o", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "@font-face" not in html and "file://" not in html and ".ttf" not in html


def test_the_pdf_embeds_only_the_shipped_fonts(repo, tmp_path, weasyprint, poppler):
    pdf = tmp_path / "paper.pdf"
    _pdf(repo, pdf, {})
    listing = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]]
    assert names and all(n.startswith(("Liberation-Sans", "Liberation-Mono")) for n in names), names


def test_the_pdf_is_the_same_bytes_on_a_machine_with_no_fonts_of_its_own(repo, tmp_path, weasyprint):
    """A fontconfig that knows no font at all stands for "another machine": the paper does not change."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                    f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    here = _pdf(repo, tmp_path / "here.pdf", {})
    bare = _pdf(repo, tmp_path / "bare.pdf", {"FONTCONFIG_FILE": str(conf)})
    assert here == bare
