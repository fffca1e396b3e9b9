"""The local server of `invoke serve`: Pelican's, but an unknown address gets the site's 404 page, status 404.

Pelican's own server (`pelican --listen`) closes the connection without an answer when nothing matches.
"""

import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pelican.server import ComplexHTTPRequestHandler

NOT_FOUND_PAGE = "404.html"


class NotFoundPageHandler(ComplexHTTPRequestHandler):
    """Pelican's handler (index.html and .html found without their suffix), with the 404 page for the rest."""

    base_path = "."

    def do_GET(self):
        """The file the address names, or the 404 page of its edition."""
        address = self.path.split("?", 1)[0].split("#", 1)[0]
        found = self.get_path_that_exists(address)
        if found is None:
            self._send_not_found(address)
            return
        self.path = found
        SimpleHTTPRequestHandler.do_GET(self)

    def _send_not_found(self, address):
        page = not_found_page(Path(self.base_path), address)
        if page is None:
            self.send_error(404)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def not_found_page(site, address):
    """The 404 page of the edition an address is in (/ar/… → ar/404.html), else the site's; None without one."""
    first = address.strip("/").split("/", 1)[0]
    for folder in ([site / first] if first and first not in (".", "..") else []) + [site]:
        page = folder / NOT_FOUND_PAGE
        if page.is_file():
            return page
    return None


def serve(folder, host, port):
    """Serve a built site from a thread; return the server (call its shutdown() to stop it)."""
    handler = type("Handler", (NotFoundPageHandler,), {"base_path": str(folder)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
