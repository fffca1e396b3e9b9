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


def test_slug_repeat_message_gives_the_address():
    """The slug problem says which address both files would take."""
    problems = check(CORPUS / "slug-clash")
    assert problems and all("/annonces/2023/ecole-de-code-oujda/" in problem.message for problem in problems)


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
