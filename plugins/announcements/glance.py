"""What templates call to draw maps and charts (Jinja globals), from the site's settings."""

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from . import charts, regionmap
from .formatting import decimal, mad_short, number_fr
from .i18n import N_, localized
from .i18n import gettext as _


@dataclass(frozen=True)
class Place:
    """A region as a map names and links it, straight from the vocabulary."""

    slug: str
    name: str
    iso: str
    url: str


@dataclass(frozen=True)
class DrawnMap:
    """A map ready for partials/region_map.html: its SVG and its key."""

    svg: Markup
    legend: list


def per_inhabitant(region):
    """Dirhams committed to precise projects per inhabitant, from the table's figures (None if none)."""
    committed = region.totals.sums.get("committed")
    if not committed or not region.population:
        return None
    return committed.value / region.population


def dirhams_each(value):
    """A small amount per inhabitant, French style: « 0,07 », « 12,5 », « 1 250 »."""
    return decimal(value, 2 if value < 10 else 1 if value < 100 else 0)


def template_functions(settings, vocabulary):
    """The map and chart functions, bound to the site's outlines, regions and address."""
    outlines = regionmap.load_outlines(settings["ANNOUNCEMENTS_REGION_OUTLINES"])
    siteurl = settings.get("SITEURL", "")
    # A region page's locator and a programme's presence map name and link the regions without
    # reading every region's announcements: such a page changes only when its own facet does.
    places = regionmap.drawable(outlines, [
        Place(term.slug, localized(term.name, term.name_ar), term.iso, settings["REGION_URL"].format(slug=term.slug))
        for term in vocabulary.regions
    ])

    def drawn(regions, shades_and_legend, title, identifier):
        shades, legend = shades_and_legend
        return DrawnMap(regionmap.draw(outlines, regions, shades, title, identifier, siteurl), legend)

    def on_map(regions):
        return regionmap.drawable(outlines, regions)

    def map_of_announcements(regions, identifier):
        """Regions coloured by how many announcements concern them."""
        def count(region):
            return region.totals.count

        shades = regionmap.choropleth(on_map(regions), count, number_fr, _("annonces"), _("aucune annonce"))
        return drawn(regions, shades, _("Carte : nombre d'annonces par région"), identifier)

    def map_per_inhabitant(regions, identifier):
        """Regions coloured by dirhams committed to precise projects per inhabitant."""
        shades = regionmap.choropleth(
            on_map(regions), per_inhabitant, dirhams_each, _("DH par habitant"), _("aucun budget engagé")
        )
        title = _("Carte : budget engagé pour des projets précis, en dirhams par habitant, par région")
        return drawn(regions, shades, title, identifier)

    def map_locator(current, identifier):
        """One region among the others, or None for a region without a shape (national)."""
        if current.slug not in {place.slug for place in places}:
            return None
        title = _("Carte : %(name)s parmi les régions") % {"name": current.name}
        return drawn(places, regionmap.locator(places, current), title, identifier)

    def map_presence(facet, identifier):
        """The regions where a programme or partner has announcements, or None when none is drawn."""
        present = Counter(region for article in facet.articles for region in article.regions)
        if not any(place.slug in {region.slug for region in present} for place in places):
            return None
        title = _("Carte : les régions où %(name)s a des annonces") % {"name": facet.name}
        return drawn(places, regionmap.presence(places, present), title, identifier)

    def ranking_per_inhabitant(regions, identifier):
        """Regions with a committed budget, ranked by dirhams per inhabitant."""
        ranked = sorted(
            ((region, value) for region in on_map(regions) if (value := per_inhabitant(region))),
            key=lambda row: -row[1],
        )
        title = _("Classement des régions : budget engagé pour des projets précis, en dirhams par habitant")
        rows = [(region.name, value) for region, value in ranked]
        unit = _("DH")  # outside the f-string below, where the catalogue's extraction would not see it
        return ranked, charts.ranking(rows, lambda value: f"{dirhams_each(value)} {unit}", title, identifier)

    return {
        "map_of_announcements": map_of_announcements,
        "map_per_inhabitant": map_per_inhabitant,
        "map_locator": map_locator,
        "map_presence": map_presence,
        "ranking_per_inhabitant": ranking_per_inhabitant,
        "by_year": charts.by_year,
        "worth_a_chart": charts.worth_a_chart,
        "year_chart": year_chart,
        "map_attribution": outlines.attribution,
        "on_map": on_map,
        "dirhams_each": dirhams_each,
    }


# What a year chart can show: its title, how to read the figure from a year's totals, how to write it.
YEAR_MEASURES = {
    "count": (N_("Annonces par année"), lambda totals: totals.count, number_fr),
    "committed": (N_("Budget engagé pour des projets précis, par année"), lambda totals: totals.committed.value,
                  mad_short),
    "reached": (N_("Personnes formées ou inscrites, par année"), lambda totals: totals.reached.value, number_fr),
}
# A year without a figure is not a year of zero dirhams or zero people: its bar is labelled with a dash.
NONE_LABEL = {"count": "0", "committed": "–", "reached": "–"}


@dataclass(frozen=True)
class DrawnChart:
    """A chart ready for a template: its visible title and its SVG."""

    title: str
    svg: Markup


def year_chart(years, measure, identifier):
    """The bar chart of one measure over the years, or None when no year has a figure."""
    title, read, write = YEAR_MEASURES[measure]
    title = _(title)
    values = [(year.year, read(year.totals)) for year in years]
    if not any(value for _, value in values):
        return None
    return DrawnChart(title, charts.year_bars(values, write, title, identifier, NONE_LABEL[measure]))
