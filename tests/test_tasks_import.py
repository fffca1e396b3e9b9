"""`invoke import-article`, run for real in a temporary copy of the project."""

import pytest
from helpers import REPO
from project_copy import copy_project, invoke, snapshot

ARTICLE = REPO / "tests" / "press" / "codelab-oujda.txt"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A fresh copy of the project."""
    return copy_project(tmp_path_factory.mktemp("project"))


def test_import_writes_a_draft_and_prints_the_table(project):
    """The draft lands in content/annonces/<year>/, as a draft, and each field is shown with its sentence."""
    before = set(snapshot(project / "content"))
    result = invoke(project, "import-article", str(ARTICLE), "--source-name", "Journal d'essai")
    assert result.returncode == 0, result.stderr
    created = sorted(set(snapshot(project / "content")) - before)
    assert len(created) == 1 and created[0].startswith("annonces/")
    assert f"Brouillon créé : content/{created[0]}" in result.stdout
    assert "champ" in result.stdout and "passage de l'article" in result.stdout
    assert "region" in result.stdout and "oriental" in result.stdout
    text = (project / "content" / created[0]).read_text(encoding="utf-8")
    assert "status: draft" in text and "name: Journal d'essai" in text


def test_import_again_refuses_and_keeps_the_draft(project):
    """Importing the same article twice fails with a message and changes nothing."""
    before = snapshot(project / "content")
    result = invoke(project, "import-article", str(ARTICLE))
    assert result.returncode != 0
    assert "existe déjà" in result.stdout + result.stderr
    assert snapshot(project / "content") == before


def test_import_to_stdout_writes_nothing(project):
    """--stdout prints the draft's front matter and writes no file."""
    before = snapshot(project / "content")
    result = invoke(project, "import-article", "-", "--stdout", input_text=ARTICLE.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---") and "status: draft" in result.stdout
    assert snapshot(project / "content") == before
