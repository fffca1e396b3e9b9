"""The search index: Pagefind run on the built site, as part of every build."""

import logging
import subprocess
import sys

logger = logging.getLogger(__name__)


def index_site(pelican):
    """Index the announcement pages of the output folder with Pagefind."""
    if not pelican.settings.get("ANNOUNCEMENTS_SEARCH_INDEX"):
        return
    # Only announcement pages carry data-pagefind-body: reading the others is wasted work.
    pages = pelican.settings["ANNOUNCEMENTS_SEARCH_GLOB"]
    command = [
        sys.executable, "-m", "pagefind", "--site", str(pelican.output_path), "--glob", pages,
        "--silent", "--force-language", "fr",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        logger.error("search: Pagefind failed (%s): %s", result.returncode, (result.stderr or result.stdout).strip())
