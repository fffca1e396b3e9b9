"""Honest totals on a site built from tests/corpus/figures: unlike figures are listed, never added.

The corpus holds, besides the sample site's vocabulary, a national strategy's envelope, a vocational
centre's whole cost and capacity, one convention shared by two programmes with a split budget, and a
per-cohort target. Every figure below is computed by hand from those four files.
"""

import csv
import json
import shutil

import feedparser
import pytest
from helpers import REPO, listed, page, plain, row_figures, shared_totals, table_rows, totals

CORPUS = REPO / "tests" / "corpus" / "figures"
ENGAGED = "Budget engagé pour des projets précis"
REACHED = "Personnes formées ou inscrites"


@pytest.fixture(scope="module")
def site(build_sample, tmp_path_factory):
    """The four files of the corpus, built with the sample site's vocabulary."""
    root = tmp_path_factory.mktemp("figures-site")
    folder = root / "content" / "annonces" / "2024"
    folder.mkdir(parents=True)
    for path in CORPUS.glob("*.md"):
        shutil.copyfile(path, folder / path.name)
    build = build_sample(root / "output", PATH=str(root / "content"))
    assert build.errors() == []
    return build.output


def test_home_adds_only_engaged_money_and_people_reached(site):
    """The 2 billion envelope, the 120 MDH centre, yearly and per-cohort figures and a strategy's jobs are not added."""
    assert totals(page(site, "/")) == {
        "Annonces": 4,
        ENGAGED: 9_000_000,
        REACHED: 200,
        "Objectifs de formation": "non chiffré",  # 50 000 a year and 100 per cohort are no total
        "Emplois promis": "non chiffré",  # the 10 000 are the strategy's
        "Emplois créés": 40,
    }


def test_home_lists_every_figure_it_does_not_add_saying_what_it_counts(site):
    """Each figure left out of the sums is listed with its kind, beside them."""
    shown = sorted(plain(item.text).split(" — ")[0] for item in listed(page(site, "/")))
    assert shown == sorted([
        "2 milliards de dirhams (enveloppe d'une stratégie ou d'un plan)",
        "50 000 personnes (objectif, par an, chiffre d'une stratégie ou d'un plan)",
        "10 000 emplois (promis, chiffre d'une stratégie ou d'un plan)",
        "120 millions de dirhams (coût d'un projet plus large que la formation au numérique)",
        "1 500 personnes (capacité d'accueil, par an, tout le projet, pas seulement le numérique)",
        "100 personnes (objectif, par promotion)",
    ])


def test_each_programme_gets_the_part_naming_it_and_shares_the_rest(site):
    """CodeLab 6 MDH, Cyber Campus 2 MDH; the unnamed 1 MDH and the 200 people are shared, in neither row."""
    rows = table_rows(page(site, "/programmes/"))
    assert {name: row_figures(row) for name, row in rows.items()} == {
        "CodeLab Jeunes": ("2", (6_000_000, 1_000_000), (None, 200), (None, None)),
        "Cyber Campus": ("1", (2_000_000, 1_000_000), (None, 200), (None, None)),
    }
    codelab = page(site, "/programmes/codelab/")
    assert totals(codelab)[ENGAGED] == 6_000_000
    assert shared_totals(codelab) == {ENGAGED: 1_000_000, REACHED: 200, "Emplois créés": 40}
    shared = [plain(item.text) for item in listed(codelab)]
    assert any(text.startswith("1 million de dirhams (engagés pour le projet, partagé avec Cyber Campus) : locaux communs")
               for text in shared), shared


def test_a_region_with_one_announcement_gets_it_whole_and_its_rate(site):
    """The Oriental convention is the region's alone: all 9 MDH and 200 people, 8,7 per 100 000 inhabitants."""
    root = page(site, "/regions/")
    oriental = row_figures(table_rows(root)["Oriental"])
    assert oriental == ("2", (9_000_000, None), (200, None), "8,7", (None, None))  # 200 / 2 294 665
    souss = row_figures(table_rows(root)["Souss-Massa"])
    assert souss == ("1", (None, None), (None, None), "–", (None, None))  # the centre's figures are listed only
    assert "qui dépasse donc la somme des lignes" in root.find("main").text


def test_partner_page_says_it_counts_the_projects_it_takes_part_in(site):
    """The ministry's only announcement is the strategy: nothing engaged, its figures listed."""
    root = page(site, "/partenaires/ministere-numerique/")
    assert totals(root)["Montant engagé des projets auxquels il participe"] == "non chiffré"
    assert "ce n'est pas ce que l'organisation a payé" in root.find("main").text
    assert len(listed(root)) == 3


def test_announcement_facts_say_what_each_figure_counts(site):
    """The convention's facts: each part with its programme and kind, people and jobs with theirs."""
    root = page(site, "/annonces/2024/convention-oriental-deux-programmes/")
    box = {item.find("dt").text: item.find("dd") for item in root.find("dl").children if getattr(item, "tag", "") == "div"}
    assert [plain(item.text) for item in box["Budget"].iter("li")] == [
        "6 millions de dirhams : écoles CodeLab (CodeLab Jeunes, engagés pour le projet)",
        "2 millions de dirhams : laboratoire de sécurité (Cyber Campus, engagés pour le projet)",
        "1 million de dirhams : locaux communs (engagés pour le projet)",
    ]
    assert plain(box["Personnes"].text) == "200 (inscrites, en tout)"
    assert plain(box["Emplois"].text) == "40 (créés)"


def test_feed_summaries_say_what_each_figure_counts(site):
    """A feed reader sees the same words as the page: the kind of each figure, in the entry's summary."""
    feed = feedparser.parse((site / "atom.xml").read_text(encoding="utf-8"))
    entry = next(e for e in feed.entries if "convention-oriental-deux-programmes" in e.link)
    summary = plain(entry.summary)
    assert "6 millions de dirhams (engagés pour le projet) — écoles CodeLab" in summary
    assert "200 personnes (inscrites, en tout)" in summary
    strategy = next(e for e in feed.entries if "plan-competences-national" in e.link)
    assert "2 milliards de dirhams (enveloppe d'une stratégie ou d'un plan)" in plain(strategy.summary)


def test_open_data_gives_kinds_and_what_each_announcement_adds(site):
    """JSON and CSV: each record's kinds, and added_* columns that sum to the home page's totals."""
    document = json.loads((site / "donnees" / "annonces.json").read_text(encoding="utf-8"))
    by_id = {row["id"]: row for row in document["announcements"]}
    strategy = by_id["2024/plan-competences-national"]
    assert (strategy["budget_scope"], strategy["added_committed"], strategy["added_jobs_promised"]) == ("strategy", None, None)
    convention = by_id["2024/convention-oriental-deux-programmes"]
    assert [item["programme"] for item in convention["budget_items"]] == ["codelab", "cyber-campus", None]
    assert (convention["added_committed"], convention["added_reached"], convention["added_jobs_created"]) == (9_000_000, 200, 40)
    with open(site / "donnees" / "annonces.csv", encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows["2024/cite-metiers-souss"]["budget_scope"] == "wider_project"
    assert rows["2024/cite-metiers-souss"]["added_committed"] == ""
    assert "[scope=project programme=codelab]" in rows["2024/convention-oriental-deux-programmes"]["budget_items"]
