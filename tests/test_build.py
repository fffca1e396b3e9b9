"""The sample site built with real Pelican: pages, hand-computed totals, exclusions, logs."""

import filecmp
import tempfile
from pathlib import Path

import pytest
from helpers import (
    data_value,
    facts,
    html_files,
    list_titles,
    listed,
    output_file,
    page,
    plain,
    row_figures,
    shared_totals,
    table_rows,
    totals,
)
from sample import EMPTY_REGIONS, NEWEST_FIRST, REGION_SLUGS, TITLES

INVALID = "annonces/2024/2024-04-12-bootcamp-atlantide.md"
DRAFT = "annonces/2024/2024-02-10-villages-connectes-brouillon.md"


def test_home_shows_national_totals_counting_each_announcement_once(built_site):
    """Home totals: 5 announcements, the two-region one once, budget items not added on top, like with like."""
    assert totals(page(built_site.output, "/")) == {
        "Annonces": 5,
        "Budget engagé pour des projets précis": 66_550_000,  # 2 500 000 + 13 300 000 + 50 000 000 + 750 000
        "Personnes formées ou inscrites": 90,  # 60 trained + 30 enrolled; targets apart
        "Objectifs de formation": 5_520,  # 120 + 400 + 5 000
        "Emplois promis": 50,
        "Emplois créés": "non chiffré",
    }


def test_home_and_archives_list_published_announcements_newest_first(built_site):
    """The home page and the archives list the five published announcements, newest first."""
    assert list_titles(page(built_site.output, "/")) == NEWEST_FIRST
    archives = page(built_site.output, "/annonces/")
    assert list_titles(archives) == NEWEST_FIRST
    assert data_value(archives.find("main")) == 5


def test_regions_index_figures_and_national_total(built_site):
    """Regions table: each region's own figures, the two-region announcement's unsplit part shared, once in the total."""
    root = page(built_site.output, "/regions/")
    rows = table_rows(root)
    assert len(rows) == 13
    # Per 100 000 inhabitants, 2024 census: 60 / 2 294 665 (Oriental), 30 / 3 020 431 (Souss-Massa),
    # 90 / 36 828 330 (the twelve regions together).
    assert row_figures(rows["Oriental"]) == ("3", (12_500_000, 3_300_000), (60, None), "2,6", (120, 400))
    assert row_figures(rows["Fès-Meknès"]) == ("1", (None, 3_300_000), (None, None), "–", (None, 400))
    assert row_figures(rows["Souss-Massa"]) == ("1", (750_000, None), (30, None), "1,0", (None, None))
    assert row_figures(rows["National"]) == ("1", (50_000_000, None), (None, None), "–", (5_000, None))
    assert row_figures(rows["Casablanca-Settat"]) == ("0", (None, None), (None, None), "–", (None, None))
    total = root.find("tfoot").find("tr").all("td")
    assert row_figures(total) == ("5", (66_550_000, None), (90, None), "0,2", (5_520, None))


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_every_region_and_national_has_a_page(built_site, slug):
    """All 12 regions and the national level have a page, even without announcements."""
    assert output_file(built_site.output, f"/regions/{slug}/").is_file()


@pytest.mark.parametrize("slug", EMPTY_REGIONS)
def test_empty_region_page_says_there_is_no_announcement(built_site, slug):
    """A region without announcements says so and counts zero."""
    root = page(built_site.output, f"/regions/{slug}/")
    assert "Aucune annonce pour cette région" in root.find("main").text
    assert totals(root)["Annonces"] == 0
    assert list_titles(root) == []


def test_region_page_totals_and_rate_per_100k(built_site):
    """The Oriental page: its own figures, what it shares with Fès-Meknès apart, the rate of its own people."""
    root = page(built_site.output, "/regions/oriental/")
    assert "2294665" in {d.attrs["value"] for d in root.iter("data")}
    assert totals(root) == {
        "Annonces": 3,
        "Budget engagé pour des projets précis": 12_500_000,  # 2 500 000 + the 10 000 000 named for the Oriental
        "Personnes formées ou inscrites": 60,
        "Personnes formées ou inscrites pour 100 000 habitants (recensement 2024)": "2,6",
        "Objectifs de formation": 120,  # the 400 of Data Talents are shared with Fès-Meknès
        "Emplois promis": "non chiffré",  # the 50 jobs are shared too
        "Emplois créés": "non chiffré",
    }
    assert shared_totals(root) == {
        "Budget engagé pour des projets précis": 3_300_000,
        "Objectifs de formation": 400,
        "Emplois promis": 50,
    }
    shared = [plain(item.text) for item in listed(root)]
    assert any(text.startswith("3,3 millions de dirhams (engagés pour le projet, partagé avec Fès-Meknès)")
               for text in shared), shared
    assert any(text.startswith("400 personnes (objectif, en tout, partagé avec Fès-Meknès)") for text in shared), shared


def test_two_region_announcement_counts_only_its_own_part_in_each_region(built_site):
    """Fès-Meknès gets none of the part named for the Oriental, and no full count of the shared part."""
    root = page(built_site.output, "/regions/fes-meknes/")
    assert totals(root)["Budget engagé pour des projets précis"] == "non chiffré"
    assert "3,3 millions de dirhams" in plain(root.find("dl").text)  # told as shared, beside the sum
    assert list_titles(root) == [TITLES["data"]]


def test_region_pagination_has_page_two_with_prev_and_next(built_site):
    """Three Oriental announcements at two per page: page 2 exists, linked both ways."""
    first = page(built_site.output, "/regions/oriental/")
    second = page(built_site.output, "/regions/oriental/page/2/")
    assert [a.attrs["href"] for a in first.iter("a") if a.attrs.get("rel") == "next"] == ["/regions/oriental/page/2/"]
    assert [a.attrs["href"] for a in second.iter("a") if a.attrs.get("rel") == "prev"] == ["/regions/oriental/"]
    assert list_titles(first) == [TITLES["cyber"], TITLES["data"]]
    assert list_titles(second) == [TITLES["codelab"]]


def test_programmes_index_lists_used_programmes_with_totals(built_site):
    """Programmes table: each programme cited by a published announcement, with its own figures."""
    rows = table_rows(page(built_site.output, "/programmes/"))
    assert {name: row_figures(row)[:3] for name, row in rows.items()} == {
        "CodeLab Jeunes": ("2", (52_500_000, None), (None, None)),  # cited as "CodeLab" and "Programme CodeLab"
        "Cyber Campus": ("1", (None, None), (60, None)),  # cited as "CyberCampus"
        "Data Talents": ("1", (13_300_000, None), (None, None)),  # cited as "Data-Talents"
    }


def test_partners_index_gives_the_projects_each_takes_part_in(built_site):
    """Partners table: one row per organisation, whatever name the files used; whole projects, said so."""
    root = page(built_site.output, "/partenaires/")
    rows = table_rows(root)
    assert {name.split(" (")[0]: row_figures(row)[:3] for name, row in rows.items()} == {
        "Alliance des bâtisseurs du code": ("2", (15_800_000, None), (None, None)),
        "Ministère du Numérique": ("2", (63_300_000, None), (None, None)),
        "TechSud": ("1", (750_000, None), (30, None)),
        "Université de l’Atlas": ("1", (750_000, None), (30, None)),
    }
    assert "Montant engagé des projets auxquels il participe" in root.find("thead").text
    assert "ce qu'il a payé" in root.find("main").text


@pytest.mark.parametrize(
    "url", ["/programmes/codelab/", "/programmes/data-talents/", "/programmes/cyber-campus/",
            "/partenaires/abc/", "/partenaires/ministere-numerique/", "/partenaires/techsud/",
            "/partenaires/universite-atlas/"],
)
def test_every_used_programme_and_partner_has_a_page(built_site, url):
    """Programmes and partners cited by published announcements have a page."""
    assert output_file(built_site.output, url).is_file()


def test_partner_cited_by_acronym_and_by_alias_has_one_page_with_both(built_site):
    """'ABC' in one file and 'Groupe ABC' in another land on the same partner page."""
    root = page(built_site.output, "/partenaires/abc/")
    assert list_titles(root) == [TITLES["data"], TITLES["codelab"]]
    assert totals(root)["Annonces"] == 2


def test_announcement_page_shows_facts_the_french_way(built_site):
    """Two regions, French date, budget with its breakdown, trainees and jobs with notes, source link."""
    root = page(built_site.output, "/annonces/2023/data-talents-oriental-fes-meknes/")
    box = facts(root)
    assert root.find("h1").text == TITLES["data"]
    assert [a.attrs["href"] for a in box["Régions"].iter("a")] == ["/regions/oriental/", "/regions/fes-meknes/"]
    assert box["Date"].text == "15 juin 2023"
    assert data_value(box["Budget"]) == 13_300_000
    assert plain(box["Budget"].text).startswith("13,3 millions de dirhams (engagés pour le projet)")
    assert [plain(item.text) for item in box["Budget"].iter("li")] == [
        "10 millions de dirhams : bourses des apprentis (Oriental, engagés pour le projet)",
        "3,3 millions de dirhams : équipement des salles (engagés pour le projet)",
    ]
    assert box["Personnes"].text == "400 (objectif, en tout) — sur trois ans"
    assert box["Emplois"].text == "50 (promis) — postes de formateurs"
    assert [a.attrs["href"] for a in box["Partenaires"].iter("a")] == ["/partenaires/abc/", "/partenaires/ministere-numerique/"]
    source = next(s for s in root.iter("section") if s.attrs.get("aria-labelledby") == "sources-titre")
    link = source.find("a")
    assert (link.attrs["href"], link.text) == ("https://revue-regions.example.ma/data-talents", "Revue des Régions (fictive)")


@pytest.mark.parametrize(
    ("url", "shown", "machine"),
    [
        ("/annonces/2023/codelab-oujda-premiere-promotion/", "1er mars 2023", "2023-03-01"),
        ("/annonces/2024/codelab-extension-nationale/", "juin 2024", "2024-06"),
        ("/annonces/2024/techsud-bootcamp-agadir/", "5 octobre 2024", "2024-10-05"),
    ],
)
def test_announcement_date_follows_its_precision(built_site, url, shown, machine):
    """Day dates read '1er mars 2023' or '5 octobre 2024'; a month-precision date reads 'juin 2024'."""
    date = facts(page(built_site.output, url))["Date"].find("time")
    assert (date.text, date.attrs["datetime"]) == (shown, machine)


def test_small_budget_and_missing_budget_are_written_plainly(built_site):
    """750 000 DH is written in full; an announcement without budget says it is not given."""
    agadir = facts(page(built_site.output, "/annonces/2024/techsud-bootcamp-agadir/"))
    assert plain(agadir["Budget"].text) == "750 000 dirhams (engagés pour le projet)"
    nador = facts(page(built_site.output, "/annonces/2023/cyber-campus-nador-atelier/"))
    assert nador["Budget"].text == "non communiqué"


def test_title_with_ampersand_and_quotes_is_escaped(built_site):
    """A title with '&' and '"' is shown as written, never inserted raw into the HTML."""
    url = "/annonces/2023/cyber-campus-nador-atelier/"
    assert page(built_site.output, url).find("h1").text == TITLES["cyber"]
    for path in html_files(built_site.output):
        text = (built_site.output / path).read_text(encoding="utf-8")
        assert '"Code &' not in text, path


def all_output_text(output):
    """Every generated page and feed: path -> text."""
    return {path: path.read_text(encoding="utf-8") for path in output.rglob("*") if path.suffix in (".html", ".xml")}


@pytest.mark.parametrize(
    "trace",
    ["Brouillon", "villages-connectes", "Villages connectés", "Horizon", "Atlantide", "atlantide", "99000000"],
)
def test_draft_and_invalid_announcements_appear_nowhere(built_site, trace):
    """Neither the draft nor the invalid announcement leaves a trace in any page or feed."""
    found = [str(path) for path, text in all_output_text(built_site.output).items() if trace in text]
    assert found == []
    assert not list(built_site.output.rglob(f"*{trace}*"))


def test_invalid_announcement_is_logged_as_errors_naming_file_line_and_field(built_site):
    """Every fault of the invalid file is an ERROR with its path, line and field; nothing else is."""
    region, budget = sorted(built_site.errors())  # exactly two: no other file is in error
    assert f"{INVALID}:6: region: " in region and "'atlantide'" in region
    assert f"{INVALID}:8: budget: " in budget and "'13,3 millions'" in budget


def test_unfinished_draft_is_never_an_error(built_site):
    """A draft's problems are warnings, so an unfinished draft never fails a --fatal errors build."""
    assert not [message for message in built_site.errors() if DRAFT in message]


def _site_files(root):
    # Pagefind writes its filter and metadata indexes in hash-map order, so their names
    # change from one run to the next: the search index is left out of the comparison.
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != "pagefind")


def test_two_builds_are_byte_identical(built_site, build_sample, tmp_path):
    """Building the same content twice gives the same files, byte for byte (search index aside)."""
    again = build_sample(tmp_path / "again").output
    first = _site_files(built_site.output)
    second = _site_files(again)
    assert first == second
    _, mismatch, errors = filecmp.cmpfiles(built_site.output, again, [str(p) for p in first], shallow=False)
    assert (mismatch, errors) == ([], [])


def _scratch_folders():
    """The search records' temporary folders present now, in memory or in the temporary folder."""
    places = [Path("/dev/shm"), Path(tempfile.gettempdir())]
    return {path for place in places if place.is_dir() for path in place.glob("search-source-*")}


def test_a_build_without_the_cache_leaves_no_search_records_behind(build_sample, tmp_path):
    """The records Pagefind indexed are temporary: gone once the build ends, the index in place."""
    before = _scratch_folders()
    build = build_sample(tmp_path / "site")
    assert (build.output / "pagefind" / "pagefind-entry.json").is_file()
    assert _scratch_folders() - before == set()
