"""Local preview of the built site: a threaded http.server on 127.0.0.1 only.

Serves regular files inside the site folder and nothing else (no listings, no
symbolic links leading out of it), answers paths that do not decode with 400,
and gzips text assets for clients that accept it. Every file carries an ETag (its
content digest) and Last-Modified, and a revisit that still holds it gets 304 Not
Modified. An address whose `v=` query is the start of the file's digest (the build
writes such addresses for its assets) is fingerprinted: it may be kept a year.
"""
from __future__ import annotations

import email.utils
import functools
import gzip
import hashlib
import os
import posixpath
import threading
import urllib.parse
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"
_COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")
_MEMO: dict[tuple, bytes] = {}             # (real path, mtime_ns, size, kind) -> gzip bytes or digest
_MEMO_LOCK = threading.Lock()
REVALIDATE = "no-cache"                    # keep, but ask each time (answered by 304 when unchanged)
IMMUTABLE = "public, max-age=31536000, immutable"


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
        raw, _, query = self.path.split("#", 1)[0].partition("?")
        self._cache = REVALIDATE
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
        ctype = self.guess_type(path)
        # remembered while the file is unchanged: a revalidation (304) reads nothing
        digest = _remember(path, "sha256", lambda: hashlib.sha256(Path(path).read_bytes()).hexdigest().encode()).decode()
        zipped = ctype.startswith(_COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
        etag = f'"{digest[:32]}{"-gzip" if zipped else ""}"'
        if _fingerprint(query) and digest.startswith(_fingerprint(query)):
            self._cache = IMMUTABLE
        modified = int(os.stat(path).st_mtime)
        if _fresh(self.headers, etag, modified):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._validators(etag, modified)
            self.end_headers()
            return
        data = Path(path).read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        if zipped:
            data = _remember(path, "gzip", lambda: gzip.compress(data, compresslevel=9, mtime=0))
            self.send_header("Content-Encoding", "gzip")
        self._validators(etag, modified)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _validators(self, etag: str, modified: int) -> None:
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(modified, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")

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
        self.send_header("Cache-Control", getattr(self, "_cache", REVALIDATE))
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        if getattr(self.server, "quiet", False):
            return
        super().log_message(format, *args)


def _remember(path: str, kind: str, make) -> bytes:
    """`make()` (the file's gzip bytes or digest: deterministic), kept while the file is unchanged."""
    info = os.stat(path)
    key = (path, info.st_mtime_ns, info.st_size, kind)
    with _MEMO_LOCK:
        found = _MEMO.get(key)
    if found is None:
        found = make()
        with _MEMO_LOCK:
            _MEMO[key] = found
    return found


def _fingerprint(query: str) -> str:
    """The `v=` value of a query when it looks like a digest's start (8 to 64 hex digits), else ""."""
    values = urllib.parse.parse_qs(query).get("v", [""])
    value = values[0].lower()
    return value if 8 <= len(value) <= 64 and all(c in "0123456789abcdef" for c in value) else ""


def _fresh(headers, etag: str, modified: int) -> bool:
    """Whether the client's copy is current: If-None-Match decides when sent, else If-Modified-Since."""
    match = headers.get("If-None-Match")
    if match is not None:
        tags = [t.strip().removeprefix("W/") for t in match.split(",")]
        return "*" in tags or etag in tags
    since = headers.get("If-Modified-Since")
    if not since:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False
    return when.tzinfo is not None and modified <= when.timestamp()


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
