"""Real-browser fixtures: the built sample site served on 127.0.0.1 and Debian's Chromium.

On a machine without Chromium the browser tests are skipped, and say so; under CI=true
they never skip: a missing browser is a failure.
"""

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# No request may leave the machine: every host but the local server fails to resolve.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    extra_headers = {}

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(folder, extra_headers=None):
    """Serve a folder on a free port of 127.0.0.1 in a thread; return (base URL, server)."""
    handler = type("Handler", (_QuietHandler,), {"extra_headers": dict(extra_headers or {})})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def _unavailable(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    if not shutil.which(CHROMIUM):
        _unavailable(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def sample_url(built_site):
    """The base URL of the sample site served locally."""
    base, server = serve(built_site.output)
    yield base
    server.shutdown()


@pytest.fixture(scope="session")
def real_url(real_site):
    """The base URL of the real site served locally."""
    base, server = serve(real_site.output)
    yield base
    server.shutdown()


def _watched_page(context, base_url):
    page = context.new_page()
    page.console_errors = []
    page.foreign_requests = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("request", lambda request: not request.url.startswith(base_url) and page.foreign_requests.append(request.url))
    return page


@pytest.fixture
def real_page(chromium, real_url):
    """A fresh page for the real site, watched like browser_page."""
    context = chromium.new_context()
    yield _watched_page(context, real_url)
    context.close()


@pytest.fixture
def browser_page(chromium, sample_url):
    """A fresh page; console errors and requests to other hosts are collected for assertions."""
    context = chromium.new_context()
    yield _watched_page(context, sample_url)
    context.close()


def expect_ok(page):
    """Fail unless the page logged no console error and asked no other host for anything."""
    assert page.console_errors == [], page.console_errors
    assert page.foreign_requests == [], page.foreign_requests
