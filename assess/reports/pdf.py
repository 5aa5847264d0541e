"""HTML page -> PDF with WeasyPrint, imported only when a PDF is asked for; deterministic bytes."""
from __future__ import annotations

from ..errors import UserError

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
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:       # WeasyPrint < 70: a fetcher is a function
        def fetcher(url, *args, **kwargs):
            raise ValueError(f"care-models does not fetch external resources ({url})")
    else:
        fetcher = URLFetcher(allowed_protocols=("data",))
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher).render()
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode()
    return document.write_pdf(pdf_identifier=identifier)


def pdf_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("weasyprint") is not None
