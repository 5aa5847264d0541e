"""Put NHS.UK frontend's icons into its compiled CSS as data: URLs.

Chromium fetches a CSS mask image with CORS, which a page opened from a folder (file://) is
refused: the search field's clear button and the sort arrows would be blank and the console would
show errors. A data: URL needs no fetch.

    python3 inline_icons.py CSS IMAGES_DIR     # rewrites CSS in place
"""
import re
import sys
from pathlib import Path
from urllib.parse import quote

_ICON = re.compile(r'url\("assets/images/(nhsuk-icon-[a-z-]+\.svg)"\)')


def data_url(svg: str) -> str:
    svg = re.sub(r"\s+", " ", svg.strip()).replace('"', "'")
    return 'url("data:image/svg+xml,' + quote(svg, safe=" /:=,.'-") + '")'


def main(css_path: str, images: str) -> None:
    css = Path(css_path)
    text = _ICON.sub(lambda m: data_url((Path(images) / m.group(1)).read_text(encoding="utf-8")),
                     css.read_text(encoding="utf-8"))
    if "assets/images/" in text:
        sys.exit("an icon url() was left in the CSS")
    css.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
