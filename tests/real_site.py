"""The real site (content/, data/, pelicanconf.py) built once per run, as CI builds it: both editions."""

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import REPO


@dataclass
class RealBuild:
    """The output folder of the real site and what the pelican command printed."""

    output: Path
    returncode: int
    log: str


@pytest.fixture(scope="session")
def real_site(tmp_path_factory):
    """The real site built by the pelican command line with --fatal errors."""
    output = tmp_path_factory.mktemp("real-site")
    log, returncode = "", 0
    # Each edition as `invoke build` makes it: French at the root, Arabic in ar/.
    for edition, folder in (("fr", output), ("ar", output / "ar")):
        result = subprocess.run(
            [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(folder), "--fatal", "errors",
             "-e", f'ANNOUNCEMENTS_EDITION="{edition}"'],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=600,
        )
        log, returncode = log + result.stdout + result.stderr, returncode or result.returncode
    return RealBuild(output, returncode, log)
