"""Local preview of the built site: a threaded http.server on 127.0.0.1 only."""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class _Handler(SimpleHTTPRequestHandler):
    """Static files, with the types a static site needs and no directory listings."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                      ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm",
                      ".yaml": "text/yaml", ".pf_meta": "application/octet-stream",
                      ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream",
                      ".pf_filter": "application/octet-stream"}

    def list_directory(self, path):
        self.send_error(404, "Not found")
        return None

    def end_headers(self):
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        if getattr(self.server, "quiet", False):
            return
        super().log_message(format, *args)


def make_server(directory: Path | str, port: int = 0, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1 (port 0: a free one); call serve_forever() or start()."""
    handler = functools.partial(_Handler, directory=str(Path(directory).resolve()))
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    server.quiet = quiet
    return server


def start(directory: Path | str, port: int = 0, quiet: bool = True) -> tuple[ThreadingHTTPServer, str]:
    """Serve in a background thread; returns the server (call .shutdown()) and its base URL."""
    server = make_server(directory, port, quiet)
    thread = threading.Thread(target=server.serve_forever, name="assess-site-serve", daemon=True)
    thread.start()
    return server, f"http://{HOST}:{server.server_address[1]}/"
