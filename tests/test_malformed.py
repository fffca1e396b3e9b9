"""Malformed announcement files (tests/malformed/): one located problem each, in check and in the build."""

import datetime
import logging
import shutil

import pytest
from helpers import REPO

from announcements.check import check_paths

MALFORMED = REPO / "tests" / "malformed"
VOCABULARY = REPO / "tests" / "site" / "data"
TODAY = datetime.date(2024, 1, 1)  # dates after 2024-01-31 are beyond the 30-day horizon

CASES = [
    # (file name, expected line or None, expected field, fragment of the French message)
    ("missing-title.md", None, "title", "champ obligatoire manquant"),
    ("missing-date.md", None, "date", "champ obligatoire manquant"),
    ("missing-region.md", None, "region", "champ obligatoire manquant"),
    ("source-without-name.md", 5, "source", "le nom de la publication (name) manque"),
    ("date-in-words.md", 3, "date", "'le 5 octobre' n'est pas une date : écrivez AAAA-MM-JJ"),
    ("date-impossible.md", 3, "date", "2022-02-30"),
    ("date-beyond-horizon.md", 3, "date", "2024-03-15 est dans le futur (au-delà du 2024-01-31)"),
    ("region-near-miss.md", 4, "region", "région inconnue 'souss massa' — vouliez-vous dire 'souss-massa' ?"),
    ("programme-unknown.md", 5, "programme",
     "programme inconnu 'Codelabs' — vouliez-vous dire 'codelab' ? (sinon ajoutez-le à data/programmes.yaml)"),
    ("budget-as-text.md", 5, "budget", "'13,3 millions' : écrivez le nombre en chiffres"),
    ("budget-negative.md", 5, "budget", "-2500000 est négatif"),
    ("budget-decimals.md", 5, "budget", "2500000.5 : sans décimales"),
    ("budget-items-sum.md", 6, "budget_items", "la somme des montants (2500000) n'égale pas budget (3000000)"),
    ("trainees-negative.md", 5, "trainees", "-40 est négatif"),
    ("jobs-not-integer.md", 5, "jobs", "12.5 : sans décimales"),
    ("partners-not-a-list.md", 5, "partners", "doit être une liste"),
    ("duplicate-key.md", 5, "region", "clé écrite deux fois (déjà ligne 4)"),
    ("yaml-syntax-error.md", 4, "yaml", "YAML illisible"),
    ("tab-indentation.md", 6, "yaml", "tabulation dans l'indentation"),
    ("not-utf8.md", 2, "fichier", "n'est pas en UTF-8"),
    ("empty.md", 1, "fichier", "fichier vide"),
    ("never-closed.md", 1, "fichier", "en-tête jamais fermé"),
    ("unknown-key-near-miss.md", 5, "regoin", "clé inconnue — vouliez-vous dire 'region' ?"),
    ("html-in-title.md", 2, "title", "HTML ou script interdit"),
    ("script-in-summary.md", 7, "summary", "HTML ou script interdit"),
    ("html-in-source-name.md", 5, "source", "HTML ou script interdit"),
    ("html-in-budget-item-label.md", 6, "budget_items", "HTML ou script interdit"),
    ("body-script.md", 10, "corps", "balise <script> refusée"),
    ("body-onclick.md", 11, "corps", "l'attribut « onclick », un script"),
    ("body-javascript-link.md", 11, "corps", "lien « javascript: » refusé"),
]
ACCEPTED = ["bom-crlf.md"]  # a UTF-8 BOM and CRLF line endings: no problem at all
# Cases also put through a real Pelican build (one build holds them all).
BUILT = [
    "date-in-words.md", "date-impossible.md", "region-near-miss.md", "duplicate-key.md", "yaml-syntax-error.md",
    "tab-indentation.md", "not-utf8.md", "empty.md", "never-closed.md", "html-in-source-name.md", "body-onclick.md",
]
BY_NAME = {case[0]: case for case in CASES}


def check_one(name):
    """check_paths on one fixture file, as of TODAY, with the sample site's vocabulary."""
    path = MALFORMED / name
    problems, count = check_paths([path], VOCABULARY, corpus=[path], today=TODAY)
    assert count == 1
    return problems


def test_every_fixture_file_is_a_case():
    """Each file in tests/malformed/ is in CASES or ACCEPTED, and each case has its file."""
    assert sorted(path.name for path in MALFORMED.glob("*.md")) == sorted([case[0] for case in CASES] + ACCEPTED)


def test_byte_level_fixtures_hold_the_bytes_they_claim():
    """The Latin-1 file is not UTF-8; the accepted file starts with a BOM and ends lines with CRLF."""
    with pytest.raises(UnicodeDecodeError):
        (MALFORMED / "not-utf8.md").read_bytes().decode("utf-8")
    raw = (MALFORMED / "bom-crlf.md").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf---\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n") > 5


@pytest.mark.parametrize(("name", "line", "field", "fragment"), CASES, ids=[case[0] for case in CASES])
def test_check_reports_the_one_located_problem_of_a_malformed_file(name, line, field, fragment):
    """check_paths gives exactly one error, on the expected line and field, saying what is wrong."""
    problems = check_one(name)
    assert [(problem.line, problem.field, problem.severity) for problem in problems] == [(line, field, "error")]
    assert fragment in problems[0].message
    assert problems[0].path.endswith(name)


@pytest.mark.parametrize("name", ACCEPTED)
def test_check_accepts_bom_and_crlf(name):
    """A file saved by a Windows editor (BOM, CRLF) has no problem."""
    assert check_one(name) == []


@pytest.fixture(scope="module")
def malformed_build(build_sample, tmp_path_factory):
    """Pelican run on a content folder holding the BUILT cases and the accepted files."""
    root = tmp_path_factory.mktemp("malformed-site")
    folder = root / "content" / "annonces"
    folder.mkdir(parents=True)
    for name in BUILT + ACCEPTED:
        shutil.copyfile(MALFORMED / name, folder / name)
    return build_sample(root / "output", PATH=str(root / "content"))


@pytest.mark.parametrize("name", BUILT)
def test_build_logs_located_error_for_a_malformed_file(malformed_build, name):
    """The build logs an ERROR '<file>:<line>: <field>: <message>' for the file."""
    _, line, field, fragment = BY_NAME[name]
    where = f"/{name}:{line}: {field}: "
    matching = [message for message in malformed_build.errors() if where in message]
    assert matching, f"no ERROR with {where!r} in {malformed_build.errors()}"
    assert fragment in matching[0]


def test_build_publishes_only_the_accepted_file(malformed_build):
    """Every malformed file is left out; the BOM and CRLF file is the one announcement published."""
    found = sorted(malformed_build.output.glob("annonces/[0-9][0-9][0-9][0-9]/*/index.html"))
    pages = [path for path in found if path.parent.name != "page"]
    assert [path.parent.name for path in pages] == ["une-ecole-de-code-ouvre-a-nador"]
    html = pages[0].read_text(encoding="utf-8")
    assert "Une école de code ouvre à Nador" in html
    assert "\ufeff" not in html and "\r" not in html


def test_build_reports_nothing_about_the_accepted_file(malformed_build):
    """No warning or error names the BOM and CRLF file."""
    noisy = [r.getMessage() for r in malformed_build.records if r.levelno >= logging.WARNING]
    assert [message for message in noisy if "bom-crlf.md" in message] == []
