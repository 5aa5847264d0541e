"""HTML page -> PDF with WeasyPrint, imported only when a PDF is asked for; deterministic bytes."""
from __future__ import annotations

import calendar
import contextlib
import datetime
import os
import re
import threading

from ..errors import UserError
from .fonts import font_css, shipped_font

PDF_MISSING = "PDF needs the pdf extra: pip install 'care-models[pdf]'"


def html_to_pdf(html: str) -> bytes:
    """PDF bytes of a standalone page. Deterministic: dates only from the page's dcterms meta, fixed identifier."""
    import hashlib

    try:
        import weasyprint
    except ImportError:
        raise UserError(PDF_MISSING) from None
    except OSError as exc:   # WeasyPrint is installed but its system libraries (Pango) are not
        raise UserError(f"PDF output is unavailable: WeasyPrint cannot load its libraries ({exc}). "
                        "On Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0") from None
    from weasyprint.text.fonts import FontConfiguration

    fetcher, font_config = _fetcher(), FontConfiguration()
    fonts = weasyprint.CSS(string=font_css(), url_fetcher=fetcher, font_config=font_config)
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher).render(
        stylesheets=[fonts], font_config=font_config)
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode()
    with _font_timestamp(html):
        return document.write_pdf(pdf_identifier=identifier)


def _fetcher():
    """WeasyPrint's fetcher for the page: the shipped fonts and data: URLs, nothing from the network or disk."""
    try:
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except ImportError:       # WeasyPrint < 70: a fetcher is a function
        def fetch(url, *args, **kwargs):
            font = shipped_font(url)
            if font is None:
                raise ValueError(f"care-models does not fetch external resources ({url})")
            return {"string": font.read_bytes(), "mime_type": "font/ttf", "redirected_url": url}
        return fetch

    class Fetcher(URLFetcher):
        def fetch(self, url, headers=None):
            font = shipped_font(url)
            if font is None:
                return super().fetch(url, headers)
            return URLFetcherResponse(url, body=font.read_bytes(), headers={"Content-Type": "font/ttf"})

    return Fetcher(allowed_protocols=("data",))


_ENV_LOCK = threading.Lock()
_CREATED = re.compile(r'<meta name="dcterms.created" content="(\d{4}-\d{2}-\d{2})">')


@contextlib.contextmanager
def _font_timestamp(html: str):
    """Fix the time fontTools stamps into subset fonts (`head.modified`).

    Without libharfbuzz-subset WeasyPrint subsets fonts with fontTools, which
    stamps them with the current time unless SOURCE_DATE_EPOCH is set. Unless
    the user set it, it is set to the document's date (else 1970-01-01) while
    the PDF is written.
    """
    if os.environ.get("SOURCE_DATE_EPOCH"):
        yield
        return
    found = _CREATED.search(html)
    day = datetime.date.fromisoformat(found.group(1)) if found else datetime.date(1970, 1, 1)
    epoch = calendar.timegm(day.timetuple())
    with _ENV_LOCK:
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
        try:
            yield
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def pdf_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("weasyprint") is not None
