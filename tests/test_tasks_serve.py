"""`invoke serve`, run for real in a copy of the project: it serves the site and shows an edit."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from project_copy import copy_project

ANNOUNCEMENT = "content/annonces/2024/2024-05-29-jobintech-generalisation-gitex.md"
PAGE = "/annonces/2024/jobintech-generalisation-gitex/"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    return None


@pytest.fixture
def served(tmp_path):
    """The project copy served by `invoke serve` on a free port; stopped after the test."""
    project = copy_project(tmp_path)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "invoke", "serve", "--port", str(port)], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    yield project, f"http://127.0.0.1:{port}", server
    os.killpg(server.pid, signal.SIGTERM)  # invoke and the Pelican it started
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def test_serve_shows_an_edit_without_a_restart(served):
    """An editor saves a change: the page shows it a few seconds later, and only what changed is rewritten."""
    project, base, server = served
    assert _wait_for(lambda: _get(base + PAGE), 90), f"nothing served at {base + PAGE}"
    # The Arabic edition is built after the French one is wholly in place: the first build is over.
    assert _wait_for(lambda: _get(base + "/ar" + PAGE), 90), "the first build never ended"
    home = project / "output" / "index.html"
    home_stamp = home.stat().st_mtime_ns
    source = project / ANNOUNCEMENT
    source.write_text(source.read_text(encoding="utf-8") + "\nPhrase ajoutée pendant le service.\n", encoding="utf-8")
    shown = _wait_for(lambda: "Phrase ajoutée pendant le service." in (_get(base + PAGE) or ""), 60)
    assert shown, "the edit never showed"
    # A sentence in the body changes no list: the home page was left as it was.
    assert home.stat().st_mtime_ns == home_stamp
    assert server.poll() is None


def test_serve_links_feeds_to_the_port_it_serves(served):
    """With --port, the feeds' links lead to that port, not to the default 8000."""
    _project, base, _server = served
    feed = _wait_for(lambda: _get(base + "/atom.xml"), 90)
    assert feed and f'href="{base}/' in feed
    assert "127.0.0.1:8000" not in feed


def test_serve_answers_unknown_addresses_with_404(served):
    """An unknown address gets status 404, never an empty reply."""
    _project, base, _server = served
    assert _wait_for(lambda: _get(base + PAGE), 90)
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base + "/annonces/2099/nulle-part/", timeout=5)
    assert caught.value.code == 404


def test_serve_on_a_busy_port_fails_and_says_so(tmp_path):
    """A port already in use stops `invoke serve` with a French sentence and a failure status."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "invoke", "serve", "--port", str(port)],
                                cwd=copy_project(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"le port {port} est déjà utilisé" in result.stdout + result.stderr


def test_serve_answers_an_unknown_address_with_the_404_page(served):
    """An address that leads nowhere gets the site's 404 page with status 404, in its edition."""
    project, base, _server = served
    pages = [project / "output" / "404.html", project / "output" / "ar" / "404.html"]
    assert _wait_for(lambda: all(page.is_file() for page in pages) and _get(base + "/"), 90), "nothing served"
    for address, language in (("/page-disparue/", "fr"), ("/ar/page-disparue/", "ar")):
        try:
            urllib.request.urlopen(base + address, timeout=5)
            raise AssertionError(f"{address} was found")
        except urllib.error.HTTPError as error:
            assert error.code == 404
            assert f'<html lang="{language}"' in error.read().decode("utf-8")
