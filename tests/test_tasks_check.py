"""`invoke --list` and `invoke check`, run for real in a temporary copy of the project."""

import re

import pytest
from helpers import REPO
from project_copy import copy_project, invoke, place

TASKS = {"check", "new", "build", "serve", "publish", "test", "docs", "clean", "import-article", "map-data", "translations"}
CORPUS = REPO / "tests" / "corpus" / "every-problem"
FOUR_FAULTS = "content/annonces/2023/2023-05-10-quatre-fautes.md"
TWO_FAULTS = "content/annonces/2023/2023-06-20-deux-fautes.md"


@pytest.fixture
def project(tmp_path):
    """A fresh copy of the project (copying takes milliseconds)."""
    return copy_project(tmp_path)


@pytest.fixture
def broken_project(project):
    """The copy with two broken announcements: four faults in one, two in the other."""
    for path in (FOUR_FAULTS, TWO_FAULTS):
        place(project, CORPUS / path.rsplit("/", 1)[1], path)
    return project


def listed_tasks(text):
    """`invoke --list` output as task name -> its help, wrapped lines joined."""
    tasks, name = {}, None
    for line in text.splitlines():
        match = re.match(r"^  ([\w-]+)\s+(\S.*)$", line)
        if match:
            name = match.group(1)
            tasks[name] = match.group(2)
        elif name and line.startswith("    ") and line.strip():
            tasks[name] += " " + line.strip()
    return tasks


def test_list_shows_every_task_with_its_one_line_help(project):
    """`invoke --list` names every task, each with the one-line docstring of the task."""
    result = invoke(project, "--list")
    assert result.returncode == 0, result.stderr
    tasks = listed_tasks(result.stdout)
    assert set(tasks) == TASKS
    source = (project / "tasks.py").read_text(encoding="utf-8")
    for name, help_text in tasks.items():
        function = name.replace("-", "_")  # invoke shows import_article as import-article
        docstring = re.search(rf"^def {function}\(.*\n    \"\"\"(.*)\"\"\"$", source, re.M)
        assert docstring, f"{name}: no one-line docstring"
        assert help_text == docstring.group(1), name


def test_check_passes_on_the_real_content(project):
    """`invoke check` on content/ exits 0 and counts no error."""
    result = invoke(project, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 erreur(s)" in result.stdout


def test_check_prints_every_problem_of_every_broken_file(broken_project):
    """With two broken files, `invoke check` exits 1 and prints all six 'path:line: field: message' lines."""
    result = invoke(broken_project, "check")
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    problems = [line for line in lines if not line.endswith("(avertissement)")]
    # The site publishes an Arabic edition: a file without its Arabic title is told so, as a warning.
    assert [line for line in lines if line.startswith(f"{TWO_FAULTS}:") and ": title_ar: " in line]
    expected = [
        f"{FOUR_FAULTS}:5: region: ", f"{FOUR_FAULTS}:6: budget: ", f"{FOUR_FAULTS}:7: trainees: ",
        f"{FOUR_FAULTS}:13: corps: ", f"{TWO_FAULTS}:5: partners: ", f"{TWO_FAULTS}: date: ",
    ]
    assert len(problems) == len(expected)
    for start in expected:
        assert [line for line in problems if line.startswith(start) and len(line) > len(start)], start
    assert "6 erreur(s)" in result.stdout


def test_check_paths_checks_only_the_named_file(broken_project):
    """`invoke check --paths FILE` reports that file's problems only."""
    result = invoke(broken_project, "check", "--paths", TWO_FAULTS)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines()
                if line.startswith("content/") and not line.endswith("(avertissement)")]
    assert len(problems) == 2 and all(line.startswith(TWO_FAULTS) for line in problems)
    assert "1 fichier(s) vérifié(s) : 2 erreur(s)" in result.stdout
