"""Shared fixtures: the sample site built once with real Pelican, and its vocabulary."""

import logging
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser import browser_page, chromium, real_page, real_url, sample_url  # noqa: F401 - fixtures for the browser tests
from helpers import REPO
from pelican import Pelican
from pelican.settings import read_settings
from real_site import real_site  # noqa: F401 - the real site, built once

from announcements.vocabulary import load_vocabulary

SITE = REPO / "tests" / "site"


@dataclass
class Build:
    """A built site: its output folder and the log records emitted while building."""

    output: Path
    records: list

    def errors(self):
        """The messages logged at ERROR level or above."""
        return [record.getMessage() for record in self.records if record.levelno >= logging.ERROR]


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def sample_settings(output, **override):
    """Settings of the sample site: the real pelicanconf.py, pointed at tests/site."""
    return read_settings(
        str(REPO / "pelicanconf.py"),
        override={
            "PATH": str(SITE / "content"),
            "OUTPUT_PATH": str(output),
            "ANNOUNCEMENTS_VOCABULARY_PATH": str(SITE / "data"),
            "PLUGIN_PATHS": [str(REPO / "plugins")],
            "THEME": str(REPO / "themes" / "regions"),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "DELETE_OUTPUT_DIRECTORY": False,
            # The sample site is built in French only; tests of the Arabic edition build it too.
            "ANNOUNCEMENTS_EDITIONS": ["fr"],
            # Two per page, so that the Oriental (three announcements) has a page 2.
            "PAGINATED_TEMPLATES": {"archives": 20, "region": 2, "programme": 20, "partner": 20},
            **override,
        },
    )


def build(output, **override):
    """Build the sample site (or, with PATH=..., other content) into output; return the Build."""
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        Pelican(sample_settings(output, **override)).run()
    finally:
        root.removeHandler(handler)
    return Build(Path(output), handler.records)


@pytest.fixture(scope="session")
def build_sample():
    """A function building the sample site into a folder, for tests that need another build."""
    return build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The sample site, built once per test run."""
    return build(tmp_path_factory.mktemp("sample-site"))


@pytest.fixture(scope="session")
def vocabulary():
    """The sample site's vocabularies (real regions, invented programmes and partners)."""
    return load_vocabulary(SITE / "data")
