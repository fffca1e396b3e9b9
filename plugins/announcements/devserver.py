"""The preview server of `invoke serve`: the built folder as a static host serves it, 404 page included."""

import errno
import functools
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# Said when the site has no 404 page yet (a first build that failed).
_FALLBACK = "<!doctype html><html lang=fr><meta charset=utf-8><title>Page introuvable</title><p>Page introuvable.</p>"


class PortBusy(Exception):
    """The port asked for is already taken by another program."""


class _Handler(SimpleHTTPRequestHandler):
    """Files of the built folder; an unknown address gets the site's 404 page, never a folder listing."""

    def send_error(self, code, message=None, explain=None):
        if code == HTTPStatus.NOT_FOUND:
            self._not_found()
        else:
            super().send_error(code, message, explain)

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND)

    def _not_found(self):
        root = Path(self.directory)
        # The Arabic edition has its own 404 page in ar/, when it has one.
        candidates = [root / "ar" / "404.html"] if self.path.startswith("/ar/") else []
        page = next((p for p in [*candidates, root / "404.html"] if p.is_file()), None)
        body = page.read_bytes() if page else _FALLBACK.encode("utf-8")
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the signature http.server calls
        """Quiet: the editor watches the build messages, not every request."""


def start(folder, host, port):
    """Serve folder on host:port from a background thread; return the server (call shutdown() to stop)."""
    handler = functools.partial(_Handler, directory=str(folder))
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise PortBusy(f"le port {port} est déjà utilisé par un autre programme : choisissez-en un autre "
                           f"avec --port (par exemple --port {port + 1})") from error
        raise
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
