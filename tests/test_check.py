"""check_paths across files (tests/corpus/): repeated addresses and sources, every problem, drafts."""

import datetime

import pytest
from helpers import REPO

from announcements.check import check_paths

CORPUS = REPO / "tests" / "corpus"
VOCABULARY = REPO / "tests" / "site" / "data"
TODAY = datetime.date(2024, 1, 1)
# folder -> (field of the repeat, its file sorting first, its file sorting second)
CLASHES = {
    "slug-clash": ("slug", "2023-03-01-ecole-de-code-oujda.md", "2023-09-15-ecole-de-code-oujda.md"),
    "source-clash": ("source", "2023-04-02-atelier-securite-nador.md", "2023-04-03-cyber-campus-nador.md"),
}


def check(*paths, corpus=()):
    """check_paths as of TODAY with the sample vocabulary; return the problems."""
    problems, _ = check_paths(list(paths), VOCABULARY, corpus=list(corpus), today=TODAY)
    return problems


@pytest.mark.parametrize("folder", CLASHES)
def test_repeat_is_reported_naming_the_other_file(folder):
    """Two files with the same address (or source): a problem on that field, naming the other file."""
    field, first, second = CLASHES[folder]
    problems = check(CORPUS / folder, corpus=[CORPUS / folder])
    assert problems and all((p.field, p.severity) == (field, "error") for p in problems)
    for problem in problems:
        name = problem.path.rsplit("/", 1)[-1]
        assert name in (first, second)
        assert (second if name == first else first) in problem.message


def test_slug_repeat_message_gives_the_slug():
    """The slug problem names the slug both files would take."""
    problems = check(CORPUS / "slug-clash")
    assert problems and all("le slug ecole-de-code-oujda est déjà celui de" in problem.message for problem in problems)


def test_the_same_slug_in_two_years_is_a_repeat(tmp_path):
    """Addresses differ by year, yet one slug names one announcement: check says so, as the build does."""
    earlier, later = sorted((CORPUS / "slug-clash").glob("*.md"))
    (tmp_path / earlier.name).write_text(earlier.read_text(encoding="utf-8"), encoding="utf-8")
    text = later.read_text(encoding="utf-8").replace("date: 2023-09-15", "date: 2022-09-15")
    moved = tmp_path / later.name.replace("2023-09-15", "2022-09-15")
    moved.write_text(text, encoding="utf-8")
    assert "date: 2022-09-15" in text
    problems = check(tmp_path)
    assert [problem.field for problem in problems if problem.severity == "error"] == ["slug"]


@pytest.mark.parametrize("folder", CLASHES)
def test_checking_the_later_file_alone_finds_its_repeat_in_the_corpus(folder):
    """check_paths on one file still compares it with the rest of the corpus."""
    field, first, second = CLASHES[folder]
    problems = check(CORPUS / folder / second, corpus=[CORPUS / folder])
    assert [problem.field for problem in problems] == [field]
    assert first in problems[0].message


@pytest.mark.parametrize("folder", CLASHES)
def test_checking_the_earlier_file_alone_finds_its_repeat_in_the_corpus(folder):
    """A new file that sorts before the one it repeats is reported too (the build would fail on the pair)."""
    field, first, second = CLASHES[folder]
    problems = check(CORPUS / folder / first, corpus=[CORPUS / folder])
    assert [problem.field for problem in problems] == [field]
    assert second in problems[0].message


@pytest.mark.parametrize("folder", CLASHES)
def test_each_file_of_a_repeat_is_fine_on_its_own(folder):
    """Without the other file in the corpus, neither file has a problem."""
    _, first, second = CLASHES[folder]
    for name in (first, second):
        assert check(CORPUS / folder / name, corpus=[CORPUS / folder / name]) == []


def test_a_file_with_four_faults_gives_four_problems():
    """Every fault is reported, not just the first: region, budget, trainees and body."""
    path = CORPUS / "every-problem" / "2023-05-10-quatre-fautes.md"
    problems = check(path, corpus=[path])
    assert [(p.line, p.field) for p in problems] == [(5, "region"), (6, "budget"), (7, "trainees"), (13, "corps")]
    assert all(problem.severity == "error" for problem in problems)


def test_two_bad_files_give_all_their_problems():
    """Checking two bad files reports the four problems of one and the two of the other."""
    folder = CORPUS / "every-problem"
    problems = check(*sorted(folder.glob("*.md")), corpus=[folder])
    by_file = {}
    for problem in problems:
        by_file.setdefault(problem.path.rsplit("/", 1)[-1], set()).add(problem.field)
    assert by_file == {
        "2023-05-10-quatre-fautes.md": {"region", "budget", "trainees", "corps"},
        "2023-06-20-deux-fautes.md": {"date", "partners"},
    }
    assert len(problems) == 6


def test_draft_problems_are_all_warnings():
    """An unfinished draft's three faults are reported as warnings, never as errors."""
    folder = CORPUS / "drafts"
    problems = check(folder, corpus=[folder])
    assert sorted(problem.field for problem in problems) == ["budget", "corps", "region"]
    assert {problem.severity for problem in problems} == {"warning"}


def test_draft_takes_part_in_no_repeat(tmp_path):
    """A draft with the same address as a published file is not a repeat: drafts are never published."""
    published = (CORPUS / "slug-clash" / "2023-03-01-ecole-de-code-oujda.md").read_text(encoding="utf-8")
    (tmp_path / "2023-03-01-ecole-de-code-oujda.md").write_text(published, encoding="utf-8")
    draft = published.replace("date: 2023-03-01", "date: 2023-12-01\nstatus: draft")
    (tmp_path / "2023-12-01-ecole-de-code-oujda.md").write_text(draft, encoding="utf-8")
    assert check(tmp_path, corpus=[tmp_path]) == []


def write(folder, name, front_matter, body="Un résumé écrit pour l'essai."):
    """Write an announcement file under folder/annonces/<year>/ and return its path."""
    year = name[:4] if name[:4].isdigit() else "2023"
    path = folder / "annonces" / year / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front_matter.strip()}\n---\n\n{body}\n", encoding="utf-8")
    return path


def test_an_impossible_date_hides_no_other_problem(tmp_path):
    """With 2024-02-30 as its date, a file still gets its region and budget faults, each on its line."""
    path = write(tmp_path, "2024-02-28-trois-fautes.md", """
title: "Trois fautes à la fois"
date: 2024-02-30
region: souss massa
budget: "13,3 millions"
source:
  name: Journal d'essai (fictif)
""")
    problems, _ = check_paths([path], VOCABULARY, today=datetime.date(2024, 3, 1))
    assert [(problem.line, problem.field) for problem in problems] == [(3, "date"), (4, "region"), (5, "budget")]
    assert "'2024-02-30' n'existe pas dans le calendrier" in problems[0].message
    assert "vouliez-vous dire 'souss-massa'" in problems[1].message


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("budget: 0250000", "'0250000' : écrivez le nombre en chiffres"),  # not octal 86016
        ("trainees: 1:30", "'1:30' : écrivez le nombre en chiffres"),  # not sexagesimal 90
        ("jobs: 0x10", "'0x10' : écrivez le nombre en chiffres"),  # not hexadecimal 16
        ("BUDGET: 5\nbudget: 6", "clé écrite deux fois, à la casse près"),  # not a silent replacement
    ],
)
def test_numbers_are_read_as_written(tmp_path, written, message):
    """YAML 1.1's octal, base 60 and hexadecimal readings never turn what an editor typed into another number."""
    path = write(tmp_path, "2023-05-10-nombres.md", f"""
title: "Des nombres écrits autrement"
date: 2023-05-10
region: oriental
{written}
source:
  name: Journal d'essai (fictif)
""")
    problems = [problem for problem in check(path) if problem.severity == "error"]
    assert len(problems) == 1 and message in problems[0].message, problems


def test_a_slug_with_a_leading_zero_and_a_numeric_title_stay_text(tmp_path):
    """`slug: 0123` is the address 0123 (not 83), `title: 1337` the text 1337."""
    path = write(tmp_path, "2023-05-10-zero.md", """
title: 1337
date: 2023-05-10
region: oriental
slug: 0123
source:
  name: Journal d'essai (fictif)
""")
    assert check(path) == []
    from announcements.check import check_file
    from announcements.schema import Context
    from announcements.vocabulary import load_vocabulary

    _, entry = check_file(path, Context(load_vocabulary(VOCABULARY), TODAY))
    assert (entry.url, entry.facts.title) == ("annonces/2023/0123/", "1337")


def test_a_file_name_with_another_date_gives_the_rename_to_make(tmp_path):
    """The file name and year folder carry the date: a mismatch is an error saying how to rename."""
    path = write(tmp_path, "2023-05-01-ecole.md", """
title: "Une école"
date: 2023-05-10
region: oriental
source:
  name: Journal d'essai (fictif)
""")
    problems = check(path)
    assert [(problem.field, problem.severity, problem.line) for problem in problems] == [("date", "error", 3)]
    assert "renommez 2023/2023-05-01-ecole.md en 2023/2023-05-10-ecole.md" in problems[0].message
    moved = write(tmp_path, "2023-05-10-ecole-bis.md", """
title: "Une école"
date: 2022-05-10
region: oriental
source:
  name: Journal d'essai (fictif)
""")
    assert "renommez 2023/2023-05-10-ecole-bis.md en 2022/2022-05-10-ecole-bis.md" in check(moved)[0].message


def test_an_article_cited_by_two_announcements_is_an_error_naming_both(tmp_path):
    """The same article as another file's other source (a trailing slash and www. aside) is an error."""
    first = write(tmp_path, "2023-04-02-atelier.md", """
title: "Un atelier à Nador"
date: 2023-04-02
region: oriental
source:
  name: Nador d'essai (fictif)
  url: https://nador-essai.example.ma/atelier
other_sources:
  - name: Revue d'essai (fictive)
    url: https://www.revue-essai.example.ma/semaine/
""")
    second = write(tmp_path, "2023-06-20-ecole.md", """
title: "Une école à Berkane"
date: 2023-06-20
region: oriental
source:
  name: Revue d'essai (fictive)
  url: https://revue-essai.example.ma/semaine
""")
    problems = check(tmp_path, corpus=[tmp_path])
    assert [(problem.path.endswith(second.name), problem.field, problem.severity) for problem in problems] == [
        (True, "source", "error")]
    assert first.name in problems[0].message and "https://revue-essai.example.ma/semaine" in problems[0].message


def test_a_probable_duplicate_is_a_warning_unless_told_apart(tmp_path):
    """Same programme, same region, three days apart: a warning naming the other file; distinct_from ends it."""
    common = """
region: oriental
programme: CodeLab
source:
  name: Journal d'essai (fictif)
"""
    write(tmp_path, "2023-05-10-codelab-oujda.md", f'title: "CodeLab à Oujda"\ndate: 2023-05-10\n{common}'
          "  url: https://essai.example.ma/a")
    later = write(tmp_path, "2023-05-13-codelab-berkane.md", f'title: "CodeLab à Berkane"\ndate: 2023-05-13\n{common}'
                  "  url: https://essai.example.ma/b")
    problems = check(tmp_path, corpus=[tmp_path])
    assert [(problem.path.endswith(later.name), problem.field, problem.severity) for problem in problems] == [
        (True, "date", "warning")]
    assert "2023-05-10-codelab-oujda.md" in problems[0].message
    assert "distinct_from: [codelab-oujda]" in problems[0].message
    text = later.read_text(encoding="utf-8")
    later.write_text(text.replace("region: oriental", "region: oriental\ndistinct_from:\n  - codelab-oujda"), encoding="utf-8")
    assert check(tmp_path, corpus=[tmp_path]) == []


def test_the_build_reports_what_check_reports_and_leaves_the_file_out(tmp_path, build_sample):
    """The build tells the same three faults of the impossible-date file, with their lines, and publishes the rest."""
    content = tmp_path / "content"
    write(content, "2024-02-28-trois-fautes.md", """
title: "Trois fautes à la fois"
date: 2024-02-30
region: souss massa
budget: "13,3 millions"
source:
  name: Journal d'essai (fictif)
""")
    write(content, "2024-02-27-juste.md", """
title: "Une annonce juste"
date: 2024-02-27
region: souss-massa
source:
  name: Journal d'essai (fictif)
""")
    build = build_sample(tmp_path / "output", PATH=str(content))
    located = sorted(message.split("trois-fautes.md:")[1][:12] for message in build.errors() if "trois-fautes" in message)
    assert located == ["3: date: '20", "4: region: r", "5: budget: '"]
    assert (build.output / "annonces" / "2024" / "juste" / "index.html").is_file()
    assert not (build.output / "annonces" / "1970").exists()
