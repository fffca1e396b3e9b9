"""Hostile front matter and files: check never hangs or crashes, tells each one on its line; the CSV stays inert."""

import csv
import io
import json
import time

import pytest
from helpers import REPO

from announcements import exports
from announcements.check import check_paths

VOCABULARY = REPO / "tests" / "site" / "data"
HEAD = '---\ntitle: "Essai"\ndate: 2024-01-10\nregion: oriental\nsource:\n  name: Journal d\'essai\n'
LAUGHS = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 9))
CASES = {
    "alias-bomb": (HEAD + 'l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]\n' + LAUGHS + "---\n\nTexte.\n",
                   7, "alias YAML"),
    "alias-loop": (HEAD + "topics: &a [*a]\n---\n\nTexte.\n", 7, "alias YAML"),
    "deep-nesting": (HEAD + 'topics: [[[[[["x"]]]]]]\n---\n\nTexte.\n', 7, "imbrication"),
    "deep-block-nesting": (HEAD + "topics:\n" + "".join(f"{'  ' * n}- k{n}:\n" for n in range(1, 9)) + "---\n\nTexte.\n",
                           9, "imbrication"),
    "bracket-flood": (HEAD + "topics: " + "[" * 9000 + "]" * 9000 + "\n---\n\nTexte.\n", 7, "imbrication"),
    "vertical-tab": (HEAD.replace('"Essai"', '"Es\x0bsai"') + "---\n\nTexte.\n", 2, "U+000B"),
    "control-char": (HEAD.replace('"Essai"', '"Essai\x01"') + "---\n\nTexte.\n", 2, "U+0001"),
    "nul-in-body": (HEAD + "---\n\nTex\x00te.\n", 9, "U+0000"),
    "bidi-override": (HEAD + "---\n\nUn texte \u202eesrever.\n", 9, "U+202E"),
    "huge-header": (HEAD + "".join(f"note_{n}: {'x' * 60}\n" for n in range(400)) + "---\n\nTexte.\n", 1, "trop long"),
    "huge-file": (HEAD + "---\n\n" + "Une phrase répétée. " * 12000 + "\n", 1, "trop gros"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_check_tells_each_hostile_file_on_its_line_quickly(tmp_path, name):
    """One located French error, never a traceback, well within a second or two."""
    text, line, words = CASES[name]
    path = tmp_path / "2024-01-10-essai.md"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    problems, _count = check_paths([path], VOCABULARY)
    assert time.monotonic() - started < 5
    errors = [problem for problem in problems if problem.severity == "error"]
    assert len(errors) == 1, errors
    assert errors[0].line == line and words in errors[0].message, errors[0]


@pytest.mark.parametrize("name", list(CASES))
def test_the_build_refuses_the_same_files(tmp_path, build_sample, name):
    """A real build logs the same located error and publishes nothing of the file."""
    content = tmp_path / "content" / "annonces" / "2024"
    content.mkdir(parents=True)
    (content / "2024-01-10-essai.md").write_text(CASES[name][0], encoding="utf-8")
    build = build_sample(tmp_path / "output", PATH=str(tmp_path / "content"), ANNOUNCEMENTS_SEARCH_INDEX=False)
    assert [message for message in build.errors() if "2024-01-10-essai.md:" in message], build.errors()
    assert not (tmp_path / "output" / "annonces" / "2024" / "essai").exists()


@pytest.mark.parametrize("text", ["=1+1", "+33 6 00", "-2+3", "@SOMME(A1)", "\t=1", "\r=1"])
def test_csv_text_cells_cannot_run_as_formulas(text):
    """A text cell starting like a formula gets a leading quote in the CSV; JSON keeps the exact value."""
    assert exports.inert(text) == f"'{text}"
    assert exports._cell(text) == f"'{text}"
    assert json.loads(json.dumps({"title": text}))["title"] == text


def test_numbers_and_ordinary_text_are_left_alone_in_csv():
    """Negative numbers stay numbers, ordinary text is unchanged."""
    assert exports._cell(-5) == "-5" and exports._cell(2500000) == "2500000"
    assert exports._cell("Oujda : une convention") == "Oujda : une convention"
    rows = list(csv.reader(io.StringIO("a\n" + exports._cell("=HYPERLINK(\"x\")") + "\n")))
    assert rows[1][0].startswith("'=")


GOOD = ('---\ntitle: "Un atelier de code"\ndate: 2024-01-10\nregion: oriental\nsource:\n  name: Journal d\'essai\n'
        '  url: https://journal.example.ma/{slug}\n---\n\nUn atelier inventé pour les essais.\n')


@pytest.fixture
def tricky_content(tmp_path):
    """A content folder with one good file and every kind of entry the file list must refuse."""
    content = tmp_path / "content"
    year = content / "annonces" / "2024"
    year.mkdir(parents=True)
    (year / "2024-01-10-atelier.md").write_text(GOOD.format(slug="atelier"), encoding="utf-8")
    (year / "2024-01-11-autre.markdown").write_text(GOOD.format(slug="autre"), encoding="utf-8")
    (year / "2024-01-12-page.html").write_text("<p>Publié tel quel ?</p>", encoding="utf-8")
    (tmp_path / "ailleurs").mkdir()
    (tmp_path / "ailleurs" / "2024-01-13-dehors.md").write_text(GOOD.format(slug="dehors"), encoding="utf-8")
    (year / "2024-01-13-dehors.md").symlink_to(tmp_path / "ailleurs" / "2024-01-13-dehors.md")
    (year / "2024-01-14-casse.md").symlink_to(tmp_path / "nulle-part.md")
    (content / "annonces" / "2023").symlink_to(tmp_path / "ailleurs", target_is_directory=True)
    (year / "dossier.md").mkdir()
    return content


def test_check_reads_only_real_md_files_and_tells_every_other_entry(tricky_content):
    """Other suffixes, file and folder links (broken ones too) are errors; a folder named x.md is no crash."""
    problems, count = check_paths([tricky_content], VOCABULARY)
    told = sorted((problem.path.rsplit("/", 1)[-1], problem.message.split(" :")[0]) for problem in problems
                  if problem.severity == "error")
    assert count == 1
    assert told == [
        ("2023", "dossier en lien symbolique refusé"),
        ("2024-01-11-autre.markdown", "seuls les fichiers .md sont lus"),
        ("2024-01-12-page.html", "seuls les fichiers .md sont lus"),
        ("2024-01-13-dehors.md", "lien symbolique refusé"),
        ("2024-01-14-casse.md", "lien symbolique refusé"),
    ]


def test_check_of_a_missing_path_is_an_error(tmp_path):
    """`invoke check --paths typo.md` must not pass by checking nothing."""
    problems, count = check_paths([tmp_path / "typo.md"], VOCABULARY)
    assert count == 0 and [problem.message for problem in problems] == ["introuvable : vérifiez le chemin"]


def test_the_build_publishes_only_what_check_reads(tricky_content, tmp_path, build_sample):
    """The build tells the same refusals and publishes only the real .md file."""
    build = build_sample(tmp_path / "output", PATH=str(tricky_content), ANNOUNCEMENTS_SEARCH_INDEX=False)
    errors = "\n".join(build.errors())
    for name in ("2024-01-11-autre.markdown", "2024-01-12-page.html", "2024-01-13-dehors.md", "2023:"):
        assert name in errors, name
    published = sorted(path.parent.name for path in (tmp_path / "output" / "annonces").glob("*/*/index.html"))
    assert published == ["atelier"]


@pytest.mark.parametrize("slug", ["x/../../../dehors", "../dehors", "Majuscules", "avec espace", "a/b"])
def test_new_refuses_a_slug_that_is_not_one(tmp_path, slug):
    """`invoke new --slug` takes the slug rule of check, and never writes outside content/annonces/."""
    import datetime

    from announcements import scaffold

    with pytest.raises(ValueError, match="--slug"):
        scaffold.write_new(tmp_path / "content", {"title": "Essai", "date": datetime.date(2024, 1, 10), "slug": slug})
    assert not any(tmp_path.rglob("*.md"))


@pytest.mark.parametrize(("line", "key", "words"), [
    ("budget: 250000000000\nbudget_scope: project\n", "budget", "100 milliards"),
    ("trainees: 50000000\ntrainees_kind: target\ntrainees_period: total\n", "trainees", "10 millions"),
    ("summary: \"" + "Une phrase. " * 60 + "\"\n", "summary", "trop long"),
    ("topics: [" + ", ".join(f"t{n}" for n in range(60)) + "]\n", "topics", "50 au plus"),
])
def test_implausible_values_are_errors_on_their_line(tmp_path, line, key, words):
    """Figures beyond any programme, texts and lists beyond any announcement: a located error, not a page."""
    path = tmp_path / "2024-01-10-essai.md"
    path.write_text(HEAD + line + "---\n\nTexte.\n", encoding="utf-8")
    problems, _ = check_paths([path], VOCABULARY, today=__import__("datetime").date(2024, 6, 1))
    errors = [problem for problem in problems if problem.severity == "error"]
    assert [(problem.field, problem.line) for problem in errors] == [(key, 7)], errors
    assert words in errors[0].message


def test_a_date_before_2000_is_an_error(tmp_path):
    """The site follows announcements from 2000 on: an earlier date is a typo."""
    path = tmp_path / "1999-01-10-essai.md"
    path.write_text(HEAD.replace("2024-01-10", "1999-01-10") + "---\n\nTexte.\n", encoding="utf-8")
    problems, _ = check_paths([path], VOCABULARY)
    assert any(problem.field == "date" and "avant 2000" in problem.message for problem in problems)


def test_files_without_a_date_prefix_are_told_to_be_renamed_not_said_to_clash(tmp_path):
    """Two undated files of one year: each gets the rename to make, and no invented slug clash."""
    folder = tmp_path / "annonces" / "2024"
    folder.mkdir(parents=True)
    for day, name in ((11, "atelier"), (12, "forum")):
        (folder / f"{name}.md").write_text(GOOD.format(slug=name).replace("2024-01-10", f"2024-01-{day}"),
                                           encoding="utf-8")
    problems, _ = check_paths([tmp_path], VOCABULARY)
    assert sorted(problem.message for problem in problems) == [
        "le nom du fichier doit commencer par la date : renommez atelier.md en 2024-01-11-atelier.md",
        "le nom du fichier doit commencer par la date : renommez forum.md en 2024-01-12-forum.md",
    ]
