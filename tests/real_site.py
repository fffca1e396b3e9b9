"""The real site (content/, data/, pelicanconf.py) built once per run, as CI builds it."""

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
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(output), "--fatal", "errors"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return RealBuild(output, result.returncode, result.stdout + result.stderr)
