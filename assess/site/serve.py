"""Local preview of the built site: a threaded http.server on 127.0.0.1 only.

Serves regular files inside the site folder and nothing else (no listings, no
symbolic links leading out of it), answers paths that do not decode with 400,
and gzips text assets for clients that accept it.
"""
from __future__ import annotations

import functools
import gzip
import os
import posixpath
import threading
import urllib.parse
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"
_COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")
_GZIPPED: dict[tuple, bytes] = {}          # (real path, mtime_ns, size) -> gzip bytes
_GZIPPED_LOCK = threading.Lock()


class _Handler(SimpleHTTPRequestHandler):
    """Static files, with the types a static site needs and no directory listings."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                      ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm",
                      ".yaml": "text/yaml", ".pf_meta": "application/octet-stream",
                      ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream",
                      ".pf_filter": "application/octet-stream"}

    def do_GET(self):  # noqa: N802 - http.server's name
        self._respond(body=True)

    def do_HEAD(self):  # noqa: N802 - http.server's name
        self._respond(body=False)

    def _respond(self, body: bool) -> None:
        raw = self.path.split("?", 1)[0].split("#", 1)[0]
        try:
            text = urllib.parse.unquote_to_bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is None or any(ord(c) < 0x20 or c == "\x7f" for c in text) or not text.startswith("/"):
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request path")
            return
        path = self._file(text)
        if path is None:
            return
        data = Path(path).read_bytes()
        ctype = self.guess_type(path)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        if ctype.startswith(_COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = _gzip(path, data)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _file(self, text: str) -> str | None:
        """The real path of a regular file inside the served folder, or None (a response was sent)."""
        words = [w for w in posixpath.normpath(text).split("/") if w and w not in (".", "..")]
        root = os.path.realpath(self.directory)
        path = os.path.join(root, *words)
        if os.path.isdir(path):
            if not text.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.quote(text) + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = os.path.join(path, "index.html")
        elif text.endswith("/"):
            path = ""
        real = os.path.realpath(path) if path else ""
        if not (real.startswith(root + os.sep) and os.path.isfile(real)):
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return None
        return real

    def end_headers(self):
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        if getattr(self.server, "quiet", False):
            return
        super().log_message(format, *args)


def _gzip(path: str, data: bytes) -> bytes:
    """`data` gzipped (deterministic: no timestamp), kept while the file is unchanged."""
    info = os.stat(path)
    key = (path, info.st_mtime_ns, info.st_size)
    with _GZIPPED_LOCK:
        found = _GZIPPED.get(key)
    if found is None:
        found = gzip.compress(data, compresslevel=9, mtime=0)
        with _GZIPPED_LOCK:
            _GZIPPED[key] = found
    return found


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A client that hung up is no news; anything else is one line, never a traceback."""
        import sys

        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError) and not getattr(self, "quiet", False):
            print(f"error serving {client_address[0]}: {type(exc).__name__}: {exc}", file=sys.stderr)


def make_server(directory: Path | str, port: int = 0, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1 (port 0: a free one); call serve_forever() or start()."""
    handler = functools.partial(_Handler, directory=str(Path(directory).resolve()))
    server = _Server((HOST, port), handler)
    server.quiet = quiet
    return server


def start(directory: Path | str, port: int = 0, quiet: bool = True) -> tuple[ThreadingHTTPServer, str]:
    """Serve in a background thread; returns the server (call .shutdown()) and its base URL."""
    server = make_server(directory, port, quiet)
    thread = threading.Thread(target=server.serve_forever, name="assess-site-serve", daemon=True)
    thread.start()
    return server, f"http://{HOST}:{server.server_address[1]}/"
