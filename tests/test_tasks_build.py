"""`invoke new` and `invoke build`, run for real in one temporary copy of the project."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import REPO
from project_copy import copy_project, invoke, place, snapshot

from announcements import frontmatter
from announcements.check import check_paths
from announcements.schema import FIELDS

TITLE = "Une école d'intelligence artificielle ouvre à Oujda"
NEW_FILE = "content/annonces/2024/2024-05-01-ecole-intelligence-artificielle-ouvre-oujda.md"
# MTNRA is a partner of data/partners.yaml.
NEW = ["new", "--title", TITLE, "--date", "2024-05-01", "--region", "oriental", "--partner", "MTNRA"]
# A published announcement with an unknown region (line 4): the build must fail on it.
BROKEN = (REPO / "tests" / "malformed" / "region-near-miss.md", "content/annonces/2023/2023-05-10-bootcamp-agadir.md")


@pytest.fixture(scope="module")
def shared_project(tmp_path_factory):
    """One copy of the project for `new` and the build sequence (builds take about a second each)."""
    return copy_project(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="module")
def drafted(shared_project):
    """`invoke new` run twice with the same title: the results and the file after each run."""
    first = invoke(shared_project, *NEW, "--source-name", "Journal d'essai")
    path = shared_project / NEW_FILE
    written = path.read_bytes() if path.exists() else None
    second = invoke(shared_project, *NEW, "--source-name", "Autre journal")
    after = path.read_bytes() if path.exists() else None
    return SimpleNamespace(first=first, second=second, path=path, written=written, after=after)


@pytest.fixture(scope="module")
def builds(shared_project, drafted):
    """Two builds of the same content (the new draft included), then one with a broken announcement."""
    output = shared_project / "output"
    first = invoke(shared_project, "build")
    first_files = snapshot(output)
    second = invoke(shared_project, "build")
    second_files = snapshot(output)
    place(shared_project, *BROKEN)
    try:
        broken = invoke(shared_project, "build")
        broken_files = snapshot(output)
        broken_publish = invoke(shared_project, "publish")
        leftovers = sorted(path.name for path in shared_project.glob(".output*"))
    finally:
        (shared_project / BROKEN[1]).unlink()
    # A draft as `invoke new` leaves it without a source: check warns about it, publish must not.
    invoke(shared_project, "new", "--title", "Un brouillon sans source", "--date", "2024-06-01", "--region", "oriental")
    published = invoke(shared_project, "publish")
    return SimpleNamespace(
        first=first, first_files=first_files, second=second, second_files=second_files,
        broken=broken, broken_files=broken_files, leftovers=leftovers,
        published=published, broken_publish=broken_publish,
    )


def test_new_creates_the_draft_at_its_dated_path(drafted):
    """`invoke new` writes content/annonces/2024/2024-05-01-<slug>.md and says so."""
    assert drafted.first.returncode == 0, drafted.first.stderr
    assert NEW_FILE in drafted.first.stdout
    assert drafted.written is not None


def test_new_draft_holds_the_given_values_as_a_draft(drafted):
    """The new file is a draft with the title, date, region, partner and source given."""
    document = frontmatter.parse(frontmatter.decode(drafted.written))
    assert document.metadata["status"] == "draft"
    assert document.metadata["title"] == TITLE
    assert str(document.metadata["date"]) == "2024-05-01"
    assert document.metadata["region"] == "oriental"
    assert document.metadata["partners"] == ["MTNRA"]
    assert document.metadata["source"] == {"name": "Journal d'essai"}


@pytest.mark.parametrize("name", [field.name for field in FIELDS])
def test_new_draft_shows_every_schema_field(drafted, name):
    """Each field of the schema is in the new file, as a value or as a commented line."""
    text = drafted.written.decode("utf-8")
    assert re.search(rf"^(# )?{name}:", text, re.M), f"{name} is neither set nor commented"


def test_new_draft_passes_check(shared_project, drafted):
    """The scaffold is valid as written: check finds no problem, not even a warning."""
    problems, _ = check_paths([drafted.path], shared_project / "data", corpus=[drafted.path])
    assert problems == []


def test_new_refuses_to_overwrite_an_existing_file(drafted):
    """Running `invoke new` again with the same title fails, says the file exists, and leaves it unchanged."""
    assert drafted.second.returncode != 0
    assert "existe déjà" in drafted.second.stdout + drafted.second.stderr
    assert drafted.after == drafted.written


def test_build_succeeds_and_does_not_publish_the_draft(builds):
    """`invoke build` succeeds, writes the site, and the new draft has no page."""
    assert builds.first.returncode == 0, builds.first.stdout + builds.first.stderr
    assert "index.html" in builds.first_files
    assert "annonces/2022/youcode-oujda-oriental/index.html" in builds.first_files
    draft_page = f"annonces/2024/{Path(NEW_FILE).stem[len('2024-05-01-'):]}/"
    assert [path for path in builds.first_files if path.startswith(draft_page)] == []


def test_a_draft_left_in_content_does_not_stop_publish(builds):
    """`invoke publish` stops on any warning, yet a draft with its TODOs is skipped without one."""
    assert builds.published.returncode == 0, builds.published.stdout + builds.published.stderr


def test_an_invalid_announcement_meant_to_be_published_stops_publish(builds):
    """Skipping drafts silently does not let a broken published announcement through."""
    assert builds.broken_publish.returncode != 0
    assert "region" in builds.broken_publish.stdout + builds.broken_publish.stderr


def _without_search_index(files):
    # Pagefind writes its filter and metadata indexes in hash-map order: their names and
    # bytes change from run to run (a known Pagefind limitation), so they are left out.
    return {path: data for path, data in files.items() if not path.startswith(("pagefind/", "ar/pagefind/"))}


def test_two_builds_give_byte_identical_output(builds):
    """Building the same content twice gives the same files, byte for byte (search index aside)."""
    assert builds.second.returncode == 0, builds.second.stderr
    first, second = _without_search_index(builds.first_files), _without_search_index(builds.second_files)
    assert sorted(second) == sorted(first)
    assert [path for path in first if first[path] != second[path]] == []


def test_failed_build_leaves_previous_output_untouched(builds):
    """A broken published announcement fails `invoke build`; output/ stays the previous site exactly."""
    assert builds.broken.returncode != 0
    assert "Construction échouée" in builds.broken.stderr
    assert sorted(builds.broken_files) == sorted(builds.second_files)
    assert [path for path in builds.second_files if builds.broken_files[path] != builds.second_files[path]] == []


def test_failed_build_leaves_no_temporary_folder(builds):
    """Neither the fresh folder nor the old output survives a failed build."""
    assert builds.leftovers == []
