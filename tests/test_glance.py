"""Maps and charts of the real site: every region drawn and linked, charts that tell the tables' figures."""

import gzip
import json

import pytest
from helpers import REPO, data_value, output_file, page, totals
from sample import REGION_SLUGS

from announcements import mapdata, regionmap
from announcements.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(REPO / "data")
REGIONS = {term.slug: term for term in VOCABULARY.regions if term.code}
MAP_PAGES = ["/", "/regions/", "/regions/souss-massa/", "/programmes/youcode/", "/partenaires/indh/"]


def region_links(root):
    """The links of the page's map: [(href, accessible name)]."""
    svg = next(svg for svg in root.iter("svg") if "app-map__svg" in svg.classes)
    return [(link.attrs["href"], link.attrs["aria-label"]) for link in svg.iter("a")]


def test_outline_file_is_what_the_script_draws_from_the_package():
    """data/regions-map.json is exactly the conversion of the pinned morocco-map package."""
    source = REPO / mapdata.SOURCE
    if not source.exists():
        pytest.skip(f"{mapdata.SOURCE} absent (npm ci)")
    topology = json.loads(source.read_text(encoding="utf-8"))
    assert json.loads((REPO / "data" / "regions-map.json").read_text(encoding="utf-8")) == mapdata.convert(topology)
    assert json.loads((REPO / "package.json").read_text())["devDependencies"][mapdata.PACKAGE] == mapdata.VERSION


def test_outline_file_draws_the_twelve_regions():
    """One closed outline per ISO code MA-01 to MA-12, the whole territory, with its attribution."""
    outlines = regionmap.load_outlines(str(REPO / "data" / "regions-map.json"))
    assert sorted(outlines.paths) == sorted(term.iso for term in REGIONS.values())
    assert len(outlines.paths) == 12
    assert all(path.startswith("M") and path.endswith("z") for path in outlines.paths.values())
    assert "OpenStreetMap" in outlines.attribution and "ODbL" in outlines.attribution


def test_simplification_keeps_ends_and_drops_points_on_the_line():
    """Douglas–Peucker: a point on a straight line goes, a corner stays, the ends always stay."""
    assert mapdata.simplify([(0, 0), (1, 0), (2, 0)], 0.5) == [(0, 0), (2, 0)]
    assert mapdata.simplify([(0, 0), (1, 3), (2, 0)], 0.5) == [(0, 0), (1, 3), (2, 0)]


def test_classes_split_values_into_groups_that_cover_them_all():
    """Every positive value falls in a class whose bounds are real values; none is class 0."""
    values = [0, 1, 2, 2, 5, 8, 13, 21, 34]
    bounds = regionmap.classes(values)
    assert len(bounds) == 4
    assert bounds[0][0] == 1 and bounds[-1][1] == 34
    assert regionmap.class_of(0, bounds) == "c0"
    assert [regionmap.class_of(value, bounds) for value in (1, 34)] == ["c1", "c4"]
    assert regionmap.classes([3, 3]) == [(3, 3)]


@pytest.mark.parametrize("url", MAP_PAGES)
def test_each_map_links_the_twelve_regions_to_their_pages(real_site, url):
    """Twelve links, each to the page of the region its accessible name begins with; the page exists."""
    links = region_links(page(real_site.output, url))
    assert len(links) == 12
    for href, name in links:
        slug = href.rstrip("/").rsplit("/", 1)[-1]
        assert name.startswith(REGIONS[slug].name), (href, name)
        assert output_file(real_site.output, href).is_file()
    assert {href.rstrip("/").rsplit("/", 1)[-1] for href, _ in links} == set(REGIONS)


@pytest.mark.parametrize("url", MAP_PAGES)
def test_each_map_weighs_under_12_kb_gzipped(real_site, url):
    """The SVG of a map, as sent (gzipped), stays under 12 KB."""
    html = output_file(real_site.output, url).read_text(encoding="utf-8")
    start = html.index('<svg class="app-map__svg"')
    svg = html[start: html.index("</svg>", start) + len("</svg>")]
    assert len(gzip.compress(svg.encode(), compresslevel=9)) <= 12 * 1024


def test_home_map_colours_regions_by_their_announcements(real_site):
    """The home map names each region with the number of announcements of its row in /regions/."""
    rows = {}
    table = page(real_site.output, "/regions/").find("caption", id="table-regions").parent
    for row in table.find("tbody").iter("tr"):
        link = row.find("th").find("a")
        rows[link.attrs["href"]] = int(row.find("td").text)
    for href, name in region_links(page(real_site.output, "/")):
        count = rows[href]
        assert name.endswith(f"{count} annonce{'s' if count > 1 else ''}") or (count == 0 and "aucune" in name)


def test_region_page_map_highlights_that_region_only(real_site):
    """On a region page, its shape alone has the highlight class."""
    svg = next(svg for svg in page(real_site.output, "/regions/souss-massa/").iter("svg") if "app-map__svg" in svg.classes)
    highlighted = [link.attrs["href"] for link in svg.iter("a") if "c4" in link.find("path").classes]
    assert highlighted == ["/regions/souss-massa/"]


def test_national_page_has_no_map(real_site):
    """National announcements are not painted: the national page draws no map."""
    root = page(real_site.output, "/regions/national/")
    assert not any("app-map__svg" in svg.classes for svg in root.iter("svg"))


def chart_table(root):
    """The rows of the year charts' table: [(year, announcements, committed, reached)], None for a dash."""
    section = next(element for element in root.iter("section") if "app-charts" in element.classes)
    rows = []
    for row in section.find("tbody").iter("tr"):
        cells = row.all("td")
        values = [data_value(cell) for cell in cells]
        rows.append((int(row.find("th").text), *values))
    return rows


@pytest.mark.parametrize("url", ["/", *[f"/regions/{slug}/" for slug in REGION_SLUGS if slug != "national"]])
def test_year_table_adds_up_to_the_totals_of_the_page(real_site, url):
    """Year by year, the chart's table adds up to the page's totals: same rules, nothing counted twice."""
    root = page(real_site.output, url)
    if not any("app-charts" in element.classes for element in root.iter("section")):
        pytest.skip("fewer than two years")
    rows = chart_table(root)
    figures = totals(root)
    assert sum(row[1] for row in rows) == figures["Annonces"]
    committed = figures["Budget engagé pour des projets précis"]
    assert sum(row[2] or 0 for row in rows) == (committed if isinstance(committed, int) else 0)
    reached = figures["Personnes formées ou inscrites"]
    assert sum(row[3] or 0 for row in rows) == (reached if isinstance(reached, int) else 0)
    years = [row[0] for row in rows]
    assert years == list(range(years[0], years[-1] + 1))


def test_year_bars_are_labelled_with_the_tables_figures(real_site):
    """Each bar of the announcements chart carries the count of its year in the table."""
    root = page(real_site.output, "/")
    rows = chart_table(root)
    chart = next(svg for svg in root.iter("svg") if svg.attrs.get("aria-labelledby") == "annees-count")
    labels = [text.text for text in chart.iter("text")]
    assert labels[0::2] == [str(row[1]) for row in rows]
    assert labels[1::2] == [str(row[0]) for row in rows]


def test_ranking_lists_regions_by_committed_money_per_inhabitant(real_site):
    """/regions/ ranks regions by dirhams committed per inhabitant, largest first, as its table says."""
    root = page(real_site.output, "/regions/")
    ranking = next(figure for figure in root.iter("figure") if "app-chart--ranking" in figure.classes)
    rows = ranking.find("tbody").all("tr")
    per_inhabitant = []
    for row in rows:
        money, population = (data_value(cell) for cell in row.all("td")[:2])
        per_inhabitant.append(money / population)
        assert REGIONS[next(slug for slug, term in REGIONS.items() if term.name == row.find("th").text)].population == population
    assert per_inhabitant == sorted(per_inhabitant, reverse=True)
    assert len(rows) >= 5
