"""The core (schema, vocabularies, check, open data, importer) is a library: usable without Pelican."""

import subprocess
import sys

import pytest
from helpers import REPO

CORE = ["schema", "vocabulary", "check", "exports", "frontmatter", "importer", "figures", "kinds"]


@pytest.mark.parametrize("module", CORE)
def test_importing_the_core_does_not_load_pelican(module):
    """A script or notebook can validate announcements without importing Pelican, Jinja or the search index."""
    code = (f"import sys; sys.path.insert(0, {str(REPO / 'plugins')!r}); import announcements.{module}; "
            "print(sorted(name for name in ('pelican', 'jinja2', 'announcements.search') if name in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
