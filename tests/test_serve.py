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
