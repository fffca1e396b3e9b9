"""The search index: Pagefind run on the announcement pages, as part of every build."""

import logging
import subprocess
import sys

logger = logging.getLogger(__name__)

# The Pagefind process of the build under way, started once the announcement pages are written.
_running = {}


def start(generator, writer=None):
    """Start indexing the announcement pages as soon as they are all written.

    Pagefind reads only those pages (ANNOUNCEMENTS_SEARCH_GLOB); the facet, list and feed pages
    Pelican writes next are none of its business, so it works beside them on another core.
    """
    settings = generator.settings
    if not settings.get("ANNOUNCEMENTS_SEARCH_INDEX"):
        return
    stale = _running.pop(generator.output_path, None)
    if stale:  # left by a build that stopped on an error (`invoke serve` goes on after one)
        stale.kill()
        stale.communicate()
    command = [
        sys.executable, "-m", "pagefind", "--site", str(generator.output_path),
        "--glob", settings["ANNOUNCEMENTS_SEARCH_GLOB"], "--silent", "--force-language", "fr",
    ]
    _running[generator.output_path] = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def finish(pelican):
    """Wait for the index of this build (starting it if no announcement page was written)."""
    if not pelican.settings.get("ANNOUNCEMENTS_SEARCH_INDEX"):
        return
    if pelican.output_path not in _running:
        start(pelican)
    process = _running.pop(pelican.output_path)
    output, _ = process.communicate()
    if process.returncode:
        logger.error("search: Pagefind failed (%s): %s", process.returncode, output.strip())
