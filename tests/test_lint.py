"""The code reads as one: ruff's checks (pyproject.toml) pass on the whole project."""

import subprocess
import sys

from helpers import REPO


def test_ruff_finds_nothing():
    """Unused imports, unsorted imports, long lines, likely bugs: none."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(REPO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
