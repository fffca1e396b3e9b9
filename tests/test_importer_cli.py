"""The importer as an editor meets it: help, the draft alone on stdout, a readable table, repeats told."""

import re

import pytest
from helpers import REPO
from project_copy import copy_project, invoke

from announcements.importer import format_table, import_article

VOCABULARY = REPO / "data"
# Written for these tests: a headline, then a long lead that does not end with a full stop.
SPEECH = """Forum de Dakhla : les promesses de l'école CodeSud pour les jeunes du Sud

Lors du forum régional tenu à Dakhla, le directeur de l'école de programmation CodeSud a longuement présenté la méthode de l'école, son réseau d'entreprises partenaires et ses ambitions pour les jeunes diplômés de la région qui cherchent un premier emploi dans le numérique

« L'an dernier, nous avons formé 420 jeunes développeurs », a-t-il rappelé devant les élus.
"""
EVENT = """Le salon TechAtlas 2023 ouvre ses portes à Agadir

Le salon TechAtlas 2023 réunit à Agadir des écoles de code et des entreprises du Souss-Massa.
"""


@pytest.fixture
def speech(tmp_path):
    path = tmp_path / "discours.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def test_the_headline_is_the_short_first_line_not_the_long_lead(speech):
    """A long paragraph without a final stop is the lead; the short line above it is the title."""
    draft, _ = import_article(speech, "unused", VOCABULARY, stdout=True)
    title = next(line for line in draft.splitlines() if line.startswith("title:"))
    assert "Forum de Dakhla : les promesses de l" in title and "Lors du forum" not in title


def test_people_trained_in_the_past_are_proposed_as_trained(speech):
    """« nous avons formé 420 jeunes » last year: the only figure of people, proposed as already trained."""
    draft, _ = import_article(speech, "unused", VOCABULARY, stdout=True)
    assert "trainees: 420" in draft and "trainees_kind: trained" in draft


def test_an_event_named_with_its_year_gives_the_year(tmp_path):
    """No day anywhere, but « TechAtlas 2023 »: the draft's date is that year, marked as such."""
    path = tmp_path / "salon.txt"
    path.write_text(EVENT, encoding="utf-8")
    draft, _ = import_article(path, "unused", VOCABULARY, stdout=True)
    assert "date: 2023-01-01" in draft and "date_precision: year" in draft


def test_the_table_fits_100_columns_and_shows_each_figure(speech):
    """Every line within 100 characters; the passage of a figure's row contains the figure."""
    _, rows = import_article(speech, "unused", VOCABULARY, stdout=True)
    table = format_table(rows)
    assert max(len(line) for line in table.splitlines()) <= 100
    trainees = next(line for line in table.splitlines() if line.startswith("trainees"))
    assert "420" in trainees.split("  ")[-1]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("projet")
    copy_project(root)
    return root


def test_help_shows_the_options_instead_of_reading_a_file(project):
    """`invoke import-article --help` explains the command."""
    result = invoke(project, "import-article", "--help")
    assert result.returncode == 0
    assert "--stdout" in result.stdout and "No such file" not in result.stdout + result.stderr


def test_stdout_holds_the_draft_alone_and_the_table_goes_to_the_screen(project, speech):
    """With --stdout the draft can be redirected to a file: the evidence table is on standard error."""
    result = invoke(project, "import-article", str(speech), "--stdout")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---") or result.stdout.startswith("#")
    assert "champ" not in result.stdout
    assert re.search(r"^champ\s+valeur", result.stderr, re.M)


def test_an_article_already_cited_as_a_source_is_told(project, speech):
    """The importer warns when the article's address is already the source of a published announcement."""
    published = next((project / "content" / "annonces").rglob("*youcode-oujda-oriental.md"))
    url = re.search(r"^  url: (\S+)", published.read_text(encoding="utf-8"), re.M).group(1)
    result = invoke(project, "import-article", str(speech), "--stdout", "--url", url)
    assert f"Attention : l'article {url} est déjà une source de" in result.stderr


def test_an_amount_told_as_another_s_leaves_the_budget_to_the_editor(tmp_path):
    """« … doté de 42 MDH, mais aucun montant propre au volet numérique n'a été communiqué »: no budget drafted."""
    path = tmp_path / "article.txt"
    path.write_text("Un volet numérique pour les migrants de retour\n\nLe volet numérique a été lancé mardi à Fquih "
                    "Ben Salah. Il s'inscrit dans un projet régional doté de 42 MDH, mais aucun montant propre au "
                    "volet numérique n'a été communiqué.\n", encoding="utf-8")
    draft, _ = import_article(path, "unused", VOCABULARY, stdout=True)
    assert not re.search(r"^budget:", draft, re.MULTILINE)
    assert "42 000 000" in draft  # listed for the editor, never taken


def test_a_programme_a_guest_speaks_of_is_mentioned_in_passing(tmp_path):
    """« …, présent en tant qu'invité, a évoqué JobInTech » below a lead on another programme: not this one's."""
    path = tmp_path / "article.txt"
    path.write_text("Un club Orange Digital Center ouvre à Aït Melloul\n\nUn club Orange Digital Center a été inauguré "
                    "lundi à Aït Melloul.\n\nLe président du conseil, présent à l'inauguration en tant qu'invité, a "
                    "évoqué JobInTech, lancé l'an dernier à Agadir.\n", encoding="utf-8")
    draft, _ = import_article(path, "unused", VOCABULARY, stdout=True)
    assert "JobInTech" not in draft.split("---")[1]
