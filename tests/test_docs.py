"""The README stays true to the code: the fields table and the plugin settings."""

import importlib.util
import re

import pytest
from helpers import REPO

from announcements.schema import fields_markdown
from announcements.settings import DEFAULTS

START, END = "<!-- fields:start -->", "<!-- fields:end -->"


@pytest.fixture(scope="module")
def readme():
    """The README's text."""
    return (REPO / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tasks():
    """tasks.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("project_tasks", REPO / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_fields_table_is_the_schema_table(readme):
    """The table between the fields markers is exactly fields_markdown()."""
    assert readme.count(START) == 1 and readme.count(END) == 1
    table = readme.split(START, 1)[1].split(END, 1)[0]
    assert table.strip("\n") == fields_markdown()


def test_invoke_docs_would_not_change_the_readme(readme, tasks):
    """readme_with_fields (what `invoke docs` writes) leaves the README as it is."""
    assert tasks.readme_with_fields(readme) == readme


def test_readme_with_fields_replaces_a_stale_table(tasks):
    """A README whose table is out of date gets the schema's table, the text around it kept."""
    stale = f"avant\n{START}\n| clé |\n|---|\n| `ancien` |\n{END}\naprès\n"
    assert tasks.readme_with_fields(stale) == f"avant\n{START}\n{fields_markdown()}\n{END}\naprès\n"


def test_every_plugin_setting_is_documented_in_readme(readme):
    """Each setting of announcements.settings.DEFAULTS is named in the README."""
    missing = [key for key in DEFAULTS if not re.search(rf"\b{key}\b", readme)]
    assert missing == [], f"settings missing from README.md: {missing}"
