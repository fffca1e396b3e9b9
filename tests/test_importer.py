"""Importer: the draft it writes (schema keys, TODO comments, no press text) and the entry point."""

import datetime
import io
import os

import pytest
import yaml
from helpers import REPO

from announcements.check import check_paths
from announcements.importer import format_table, import_article
from announcements.importer.draft import KEYS

PRESS = REPO / "tests" / "press"
VOCABULARY = REPO / "tests" / "site" / "data"
TODAY = datetime.date(2025, 1, 15)
CASES = ["codelab-oujda.txt", "techsud-agadir.html"]


def front_matter(draft):
    """The YAML header of a draft, as a mapping."""
    header = draft.split("---\n")[1]
    return yaml.safe_load(header)


@pytest.mark.parametrize("name", CASES)
def test_draft_matches_its_golden_file(name):
    """The whole draft of each fixture (IMPORTER_UPDATE_GOLDEN=1 rewrites the golden files)."""
    draft, _ = import_article(PRESS / name, "unused", VOCABULARY, stdout=True)
    golden = PRESS / f"{name.rsplit('.', 1)[0]}.expected.md"
    if os.environ.get("IMPORTER_UPDATE_GOLDEN"):
        golden.write_text(draft, encoding="utf-8")
    assert draft == golden.read_text(encoding="utf-8")


def test_draft_uses_only_schema_keys_and_is_a_draft():
    """The header holds schema keys only, the values found, and status: draft."""
    draft, _ = import_article(PRESS / "codelab-oujda.txt", "unused", VOCABULARY, stdout=True)
    header = front_matter(draft)
    assert set(header) <= set(KEYS) | {"status"}
    assert header["status"] == "draft"
    assert header["region"] == "oriental"
    assert header["date"] == datetime.date(2024, 3, 9)
    assert header["budget"] == sum(item["amount"] for item in header["budget_items"])


def test_missing_fields_are_todo_comments():
    """A field not found is left out and listed as a TODO comment with the schema's help."""
    draft, _ = import_article(PRESS / "codelab-oujda.txt", "unused", VOCABULARY, stdout=True)
    assert "jobs" not in front_matter(draft)
    assert "# TODO jobs:  # nombre d'emplois ; `jobs_kind` dit lesquels (entier) — non trouvé dans l'article" in draft
    assert "# TODO jobs_kind" not in draft  # a kind is asked for only beside its number
    assert "# TODO source:" in draft


def test_what_a_number_counts_is_proposed_from_its_sentence_and_flagged():
    """A convention's budget is `project`, a strategy's envelope `strategy`, jobs to come `promised`."""
    draft, _ = import_article(PRESS / "codelab-oujda.txt", "unused", VOCABULARY, stdout=True)
    assert front_matter(draft)["budget_scope"] == "project"
    assert "# TODO budget_scope : proposé d'après la phrase" in draft


def test_press_text_is_not_copied_into_the_draft():
    """Only the headline comes from the article; the body is a TODO for the editor's own summary."""
    draft, rows = import_article(PRESS / "codelab-oujda.txt", "unused", VOCABULARY, stdout=True)
    title = front_matter(draft)["title"]
    sentences = {sentence for _, _, sentence in rows if not sentence.startswith("(") and sentence != title}
    assert sentences and not any(sentence in draft for sentence in sentences)
    assert draft.rstrip().endswith("citez-le par son lien dans `source`.")


def test_table_rows_give_each_value_with_its_sentence():
    """Each extracted field comes with the sentence it was read in."""
    _, rows = import_article(PRESS / "techsud-agadir.html", "unused", VOCABULARY, stdout=True)
    jobs = next(row for row in rows if row[0] == "jobs")
    assert jobs == ("jobs", "20 (recrutement de développeurs)",
                    "TechSud prévoit le recrutement de 20 développeurs parmi les participants.")
    table = format_table(rows)
    assert table.splitlines()[0].startswith("champ")
    # The passage shown is the part of the sentence around the figure.
    assert "le recrutement de 20 développeurs" in next(line for line in table.splitlines() if line.startswith("jobs"))


def test_writes_under_the_year_with_date_and_slug_and_never_overwrites(tmp_path):
    """content/annonces/<year>/<date>-<slug>.md, once: a second import of the same article is refused."""
    path, _ = import_article(PRESS / "codelab-oujda.txt", tmp_path, VOCABULARY, today=TODAY)
    assert path == tmp_path / "annonces" / "2024" / "2024-03-09-oujda-codelab-ouvre-ecole-code-120.md"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(FileExistsError, match="existe déjà"):
        import_article(PRESS / "codelab-oujda.txt", tmp_path, VOCABULARY, today=TODAY)
    assert path.read_text(encoding="utf-8") == before


def test_stdout_writes_nothing(tmp_path):
    """With stdout the draft is returned as text and no file is written."""
    draft, _ = import_article(PRESS / "codelab-oujda.txt", tmp_path, VOCABULARY, stdout=True)
    assert draft.startswith("---\n") and not any(tmp_path.iterdir())


def test_reads_standard_input(tmp_path, monkeypatch):
    """« - » reads the article from standard input, HTML recognised by its tags."""
    monkeypatch.setattr("sys.stdin", io.StringIO((PRESS / "techsud-agadir.html").read_text(encoding="utf-8")))
    draft, _ = import_article("-", tmp_path, VOCABULARY, stdout=True)
    assert front_matter(draft)["title"] == "Agadir : TechSud forme trente diplômés au développement web"


def test_without_a_date_the_file_takes_today_and_says_so(tmp_path):
    """No date found: the date stays a TODO and the file name carries today's date, to correct."""
    article = tmp_path / "sans-date.txt"
    article.write_text("Une école de code ouvre ses portes à Oujda\n\nL'école accueille 50 jeunes.", encoding="utf-8")
    path, _ = import_article(article, tmp_path / "content", VOCABULARY, today=TODAY)
    assert path.name == "2025-01-15-ecole-code-ouvre-ses-portes-oujda.md"
    assert "# TODO date (le nom du fichier porte la date du jour, 2025-01-15, à corriger aussi):" in path.read_text(
        encoding="utf-8")


def test_the_address_and_publication_given_fill_the_source(tmp_path):
    """--url and --source-name fill `source`; a date in the address is the article's date."""
    draft, _ = import_article(PRESS / "codelab-oujda.txt", tmp_path, VOCABULARY, stdout=True, source_name="L'Oriental Info",
                              url="https://exemple.ma/2024/03/12/codelab")
    assert front_matter(draft)["source"] == {"name": "L'Oriental Info", "url": "https://exemple.ma/2024/03/12/codelab",
                                             "date": datetime.date(2024, 3, 12)}


@pytest.mark.parametrize("name", CASES)
def test_draft_passes_check_with_warnings_only(name, tmp_path):
    """`invoke check` on a fresh draft reports warnings, never errors."""
    path, _ = import_article(PRESS / name, tmp_path, VOCABULARY, today=TODAY)
    problems, count = check_paths([path], VOCABULARY, today=TODAY)
    assert count == 1
    assert all(problem.severity == "warning" for problem in problems), [str(p) for p in problems]
