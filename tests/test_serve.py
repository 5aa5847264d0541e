"""`assess site serve`: only files inside the folder, 400 for paths that do not decode, gzip for text."""
from __future__ import annotations

import gzip
import http.client
import io
import sys

import pytest

from assess.site.serve import HOST, start


@pytest.fixture
def served(tmp_path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "index.html").write_text("<p>home</p>")
    (site / "assets" / "site.css").write_text("body { color: black; }\n" * 10_000)
    (site / "assets" / "logo.png").write_bytes(b"\x89PNG" + bytes(1000))
    (tmp_path / "secret.txt").write_text("secret")
    (site / "out").symlink_to(tmp_path)
    (site / "leak.txt").symlink_to(tmp_path / "secret.txt")
    server, url = start(site)
    stderr = io.StringIO()
    real, sys.stderr = sys.stderr, stderr
    try:
        yield server, stderr
    finally:
        sys.stderr = real
        server.shutdown()
        server.server_close()


def get(server, path: str, headers: dict | None = None):
    conn = http.client.HTTPConnection(HOST, server.server_address[1], timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_binds_loopback_only(served):
    server, _ = served
    assert server.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize("path", ["/out/secret.txt", "/leak.txt", "/../secret.txt", "/%2e%2e/secret.txt"])
def test_no_symbolic_link_or_dot_dot_leads_out_of_the_folder(served, path):
    status, _, body = get(served[0], path)
    assert status == 404 and b"secret" not in body


@pytest.mark.parametrize("path", ["/index.html%00.png", "/%ff%fe", "/a%0d%0aSet-Cookie:x"])
def test_paths_that_do_not_decode_get_400_and_no_traceback(served, path):
    server, stderr = served
    status, _, _ = get(server, path)
    assert status == 400
    assert "Traceback" not in stderr.getvalue()


def test_text_assets_are_gzipped_for_clients_that_accept_it(served):
    server, _ = served
    status, headers, body = get(server, "/assets/site.css", {"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert int(headers["Content-Length"]) == len(body) < 10_000
    assert gzip.decompress(body) == b"body { color: black; }\n" * 10_000
    status, headers, body = get(server, "/assets/site.css")
    assert "Content-Encoding" not in headers and len(body) == 230_000
    status, headers, body = get(server, "/assets/logo.png", {"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in headers and body.startswith(b"\x89PNG")


def test_folders_redirect_and_serve_their_index(served):
    server, _ = served
    status, headers, _ = get(server, "/assets")
    assert status == 301 and headers["Location"] == "/assets/"
    assert get(server, "/assets/")[0] == 404           # no listing
    assert get(server, "/")[2] == b"<p>home</p>"


def test_a_revisit_with_the_etag_or_date_gets_304_without_the_body(served):
    server, _ = served
    status, headers, body = get(server, "/index.html")
    assert status == 200 and headers["Cache-Control"] == "no-cache" and body == b"<p>home</p>"
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, again, body = get(server, "/index.html", {"If-None-Match": etag})
    assert status == 304 and body == b"" and again["ETag"] == etag
    assert get(server, "/index.html", {"If-None-Match": 'W/"other", ' + etag})[0] == 304
    assert get(server, "/index.html", {"If-None-Match": '"other"'})[0] == 200
    assert get(server, "/index.html", {"If-Modified-Since": modified})[0] == 304
    assert get(server, "/index.html", {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    assert get(server, "/index.html", {"If-Modified-Since": "not a date"})[0] == 200
    # If-None-Match decides when both are sent (RFC 9110)
    assert get(server, "/index.html", {"If-None-Match": '"other"', "If-Modified-Since": modified})[0] == 200


def test_the_gzipped_copy_has_its_own_etag(served):
    server, _ = served
    plain = get(server, "/assets/site.css")[1]["ETag"]
    status, headers, _ = get(server, "/assets/site.css", {"Accept-Encoding": "gzip"})
    assert headers["ETag"] != plain
    assert get(server, "/assets/site.css", {"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]})[0] == 304
    assert get(server, "/assets/site.css", {"Accept-Encoding": "gzip", "If-None-Match": plain})[0] == 200


def test_a_changed_file_gets_a_new_etag(served, tmp_path):
    server, _ = served
    etag = get(server, "/index.html")[1]["ETag"]
    (tmp_path / "site" / "index.html").write_text("<p>home, changed</p>")
    status, headers, body = get(server, "/index.html", {"If-None-Match": etag})
    assert status == 200 and body == b"<p>home, changed</p>" and headers["ETag"] != etag


def test_only_an_address_with_the_files_own_fingerprint_is_kept_long(served):
    import hashlib

    server, _ = served
    digest = hashlib.sha256(b"body { color: black; }\n" * 10_000).hexdigest()
    assert get(server, f"/assets/site.css?v={digest[:12]}")[1]["Cache-Control"] == "public, max-age=31536000, immutable"
    for stale in ("0123456789ab", digest[:4], "not-hex-at-all"):
        assert get(server, f"/assets/site.css?v={stale}")[1]["Cache-Control"] == "no-cache"
    assert get(server, "/nothing.css?v=" + digest[:12])[1]["Cache-Control"] == "no-cache"      # a 404 is never kept
