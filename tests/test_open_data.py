"""Open data, sitemap and sharing metadata of the sample site."""

import csv
import json
import xml.etree.ElementTree as ET

import jsonschema
from helpers import html_files, page, totals
from sample import TITLES

from announcements import exports

SITE = "http://127.0.0.1:8000"
PUBLISHED_IDS = [  # oldest first, as the files promise
    "2023/codelab-oujda-premiere-promotion",
    "2023/data-talents-oriental-fes-meknes",
    "2023/cyber-campus-nador-atelier",
    "2024/codelab-extension-nationale",
    "2024/techsud-bootcamp-agadir",
]


def load_json(built_site):
    """annonces.json and its schema."""
    folder = built_site.output / "donnees"
    return (
        json.loads((folder / "annonces.json").read_text(encoding="utf-8")),
        json.loads((folder / "annonces.schema.json").read_text(encoding="utf-8")),
    )


def test_json_validates_against_its_schema_and_counts_the_published(built_site):
    """annonces.json is valid against annonces.schema.json and holds the five published, oldest first."""
    document, schema = load_json(built_site)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    assert document["count"] == 5
    assert [row["id"] for row in document["announcements"]] == PUBLISHED_IDS


def test_schema_refuses_a_record_with_a_wrong_type(built_site):
    """The schema is strict: a budget written as text is refused."""
    document, schema = load_json(built_site)
    document["announcements"][0]["budget"] = "2,5 millions"
    validator = jsonschema.Draft202012Validator(schema)
    assert [error.validator for error in validator.iter_errors(document)] == ["type"]


def test_json_record_has_every_fact_and_its_canonical_url(built_site):
    """The two-region announcement: both regions, items, trainees, source and page address."""
    document, _ = load_json(built_site)
    row = next(r for r in document["announcements"] if r["id"] == "2023/data-talents-oriental-fes-meknes")
    assert row["url"] == f"{SITE}/annonces/2023/data-talents-oriental-fes-meknes/"
    assert row["title"] == TITLES["data"]
    assert row["regions"] == ["oriental", "fes-meknes"]
    assert row["budget"] == 13_300_000
    assert sum(item["amount"] for item in row["budget_items"]) == row["budget"]
    assert (row["trainees"], row["jobs"]) == (400, 50)
    assert row["source_name"] and row["source_url"].startswith("https://")


def test_json_record_says_what_each_figure_counts_and_what_it_adds(built_site):
    """Kinds and scopes are in the record, each budget part with its region; added_* give each national total's share."""
    document, _ = load_json(built_site)
    row = next(r for r in document["announcements"] if r["id"] == "2023/data-talents-oriental-fes-meknes")
    assert (row["budget_scope"], row["trainees_kind"], row["trainees_period"], row["trainees_scope"]) == (
        "project", "target", "total", "project")
    assert (row["jobs_kind"], row["jobs_scope"]) == ("promised", "project")
    assert row["budget_items"][0] == {"amount": 10_000_000, "label": "bourses des apprentis", "scope": "project",
                                      "programme": None, "region": "oriental"}
    assert (row["added_committed"], row["added_reached"], row["added_targets"], row["added_jobs_promised"],
            row["added_jobs_created"]) == (13_300_000, None, 400, 50, None)


def test_added_columns_sum_to_the_home_page_totals(built_site):
    """Summing a column added_* over the open data gives the home page's figure: one computation for both."""
    document, _ = load_json(built_site)
    shown = totals(page(built_site.output, "/"))
    for column, label in [("added_committed", "Budget engagé pour des projets précis"),
                          ("added_reached", "Personnes formées ou inscrites"),
                          ("added_targets", "Objectifs de formation"), ("added_jobs_promised", "Emplois promis")]:
        assert sum(row[column] or 0 for row in document["announcements"]) == shown[label], column


def test_json_is_written_as_json_dump_would_write_it(built_site):
    """Written one record at a time, the file is still the indented text of its whole document."""
    text = (built_site.output / "donnees" / "annonces.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_json_of_a_site_without_announcements_is_an_empty_list(tmp_path):
    """No published announcement: a valid document counting zero, not a broken file."""
    path = tmp_path / "annonces.json"
    with open(path, "w", encoding="utf-8") as handle:
        exports.write_json([], "https://exemple.org", "https://exemple.org/donnees/annonces.schema.json", "Site", handle,
                           vocabulary=None)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["count"], document["announcements"]) == (0, [])
    assert path.read_text(encoding="utf-8") == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def test_csv_holds_the_same_records_as_the_json(built_site):
    """annonces.csv: UTF-8, a header row, one row per announcement, lists joined with « ; »."""
    document, _ = load_json(built_site)
    text = (built_site.output / "donnees" / "annonces.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [row["id"] for row in rows] == PUBLISHED_IDS
    for row, record in zip(rows, document["announcements"], strict=True):
        assert row["title"] == record["title"]
        assert row["regions"] == " ; ".join(record["regions"])
        assert row["budget"] == ("" if record["budget"] is None else str(record["budget"]))


def test_open_data_page_explains_fields_licence_and_citation(built_site):
    """/donnees/ links the three files, lists every column, names the licence and how to cite."""
    root = page(built_site.output, "/donnees/")
    links = [a.attrs["href"] for a in root.find("main").all("a")]
    for name in ("annonces.csv", "annonces.json", "annonces.schema.json"):
        assert f"/donnees/{name}" in links
    columns = [row.find("code").text for row in root.find("tbody").all("tr")]
    assert columns[:3] == ["id", "url", "title"] and "budget_items" in columns
    text = root.find("main").text
    assert "CC BY 4.0" in text and "Citer ces données" in text


def test_sitemap_lists_every_page_and_robots_points_to_it(built_site):
    """sitemap.xml has one absolute <loc> per HTML page but the 404 page; robots.txt names the sitemap."""
    tree = ET.parse(built_site.output / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = sorted(loc.text for loc in tree.findall("s:url/s:loc", ns))
    pages = [path for path in html_files(built_site.output) if str(path) != "404.html"]
    expected = sorted(f"{SITE}/{str(path).removesuffix('index.html')}" for path in pages)
    assert locs == expected
    dated = {url.findtext("s:loc", namespaces=ns): url.findtext("s:lastmod", namespaces=ns) for url in tree.findall("s:url", ns)}
    assert dated[f"{SITE}/annonces/2024/techsud-bootcamp-agadir/"] == "2024-10-05"
    assert dated[f"{SITE}/regions/casablanca-settat/"] is None  # no announcement, no date to give
    assert f"Sitemap: {SITE}/sitemap.xml" in (built_site.output / "robots.txt").read_text(encoding="utf-8")


def test_pages_carry_canonical_link_and_opengraph(built_site):
    """Each page names its canonical address, and OpenGraph title, description, url and type."""
    for path in html_files(built_site.output):
        root = page(built_site.output, "/" + str(path))
        canonical = f"{SITE}/{str(path).removesuffix('index.html')}"
        assert root.find("link", rel="canonical").attrs["href"] == canonical, path
        og = {m.attrs["property"]: m.attrs["content"] for m in root.all("meta") if "property" in m.attrs}
        assert og["og:url"] == canonical and og["og:title"] and og["og:description"], path
        assert og["og:type"] == ("article" if str(path).count("/") == 3 and "/page/" not in str(path) else "website"), path


def test_announcement_page_has_schema_org_json_ld(built_site):
    """The JSON-LD block of an announcement describes it: headline, event date, region, partners, source."""
    root = page(built_site.output, "/annonces/2023/data-talents-oriental-fes-meknes/")
    data = json.loads(root.find("script", type="application/ld+json").text)
    assert data["@type"] == "Article" and data["headline"] == TITLES["data"]
    assert data["about"]["startDate"] == "2023-06-15"
    assert data["about"]["location"]["address"]["addressRegion"] == "Oriental, Fès-Meknès"
    assert data["about"]["organizer"] and data["isBasedOn"].startswith("https://")


def test_open_data_files_are_written_by_pelican_s_writer(build_sample, tmp_path):
    """Like every page, the three files go through the Writer: it announces each one it writes."""
    from pelican import signals

    written = []

    def note(path, context=None):
        written.append(str(path))

    signals.content_written.connect(note)
    try:
        build_sample(tmp_path / "site")
    finally:
        signals.content_written.disconnect(note)
    folder = str(tmp_path / "site" / "donnees")
    assert {f"{folder}/{name}" for name in ("annonces.json", "annonces.csv", "annonces.schema.json")} <= set(written)
