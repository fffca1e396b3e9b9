"""Quality gates on the real site: valid HTML and CSS, no broken link, page weight budget."""

import gzip
import json
import os
import shutil
import subprocess

import pytest
from browser import serve
from helpers import REPO, html_files

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Budget for one page: its HTML and the stylesheet, gzipped. 30 KB is about 1.5 s on a
# 2G (EDGE, ~200 kbit/s) connection, the worst case for many readers far from the cities.
PAGE_WEIGHT_BUDGET = 30 * 1024


def _tool_missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"quality tool missing under CI: {reason}")
    pytest.skip(f"skipped: {reason}")


def gzipped_size(path):
    """Bytes of a file once gzipped, as a web server would send it."""
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def test_every_page_fits_the_weight_budget(real_site):
    """Each page's HTML plus the CSS, gzipped, stays under 30 KB (the search bundle aside)."""
    css = gzipped_size(real_site.output / "theme" / "css" / "main.css")
    weights = {str(path): gzipped_size(real_site.output / path) + css for path in html_files(real_site.output)}
    too_heavy = {path: size for path, size in weights.items() if size > PAGE_WEIGHT_BUDGET}
    assert too_heavy == {}
    print(f"heaviest page: {max(weights, key=weights.get)} {max(weights.values())} bytes gzipped with CSS")


def _vnu(real_site, *options):
    if not shutil.which("java") or not VNU.exists():
        _tool_missing("java or node_modules/vnu-jar (npm install) is missing")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *options, str(real_site.output)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '').split('/real-site')[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]


def test_every_page_is_valid_html(real_site):
    """The Nu Html Checker finds no error in any page."""
    assert _vnu(real_site, "--skip-non-html") == []


def test_stylesheet_is_valid_css(real_site):
    """The Nu Html Checker finds no error in the stylesheet."""
    assert _vnu(real_site, "--skip-non-css") == []


def test_link_checker_finds_no_broken_internal_link(real_site, tmp_path):
    """linkchecker, crawling the served site from its home page, finds no broken link."""
    if not shutil.which("linkchecker") and not (REPO / ".venv" / "bin" / "linkchecker").exists():
        _tool_missing("linkchecker is not installed")
    base, server = serve(real_site.output, extra_headers={"LinkChecker": "1"})
    config = tmp_path / "linkcheckerrc"
    config.write_text("[checking]\nmaxrequestspersecond=1000\n[filtering]\ncheckextern=0\n", encoding="utf-8")
    command = shutil.which("linkchecker") or str(REPO / ".venv" / "bin" / "linkchecker")
    try:
        result = subprocess.run(
            [command, "--config", str(config), "--no-status", "--no-warnings", f"{base}/"],
            capture_output=True, text=True, timeout=300,
        )
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 errors found" in result.stdout or "no errors" in result.stdout.lower(), result.stdout[-1000:]
