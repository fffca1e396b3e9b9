"""Pelican generator writing the region, programme and partner pages and their feeds."""

from pathlib import Path

from markupsafe import Markup
from pelican.generators import Generator

from . import exports, i18n, state
from .facets import build_index
from .vocabulary import load_vocabulary


def vocabulary_for(settings):
    """The vocabularies of the site, from the folder its settings name, read once per build."""
    # Performance: check_article asks for them once per announcement; load_vocabulary would stat
    # the three files each time to see whether they changed.
    folder = settings["ANNOUNCEMENTS_VOCABULARY_PATH"]
    known = state.current().vocabularies
    if folder not in known:
        known[folder] = load_vocabulary(Path(folder))
    return known[folder]


def years_of(articles):
    """(year, number of announcements) pairs, newest year first."""
    counts = {}
    for article in articles:
        counts[article.date.year] = counts.get(article.date.year, 0) + 1
    return sorted(counts.items(), reverse=True)


class FacetPagesGenerator(Generator):
    """Group published announcements by region, programme and partner, and write their pages."""

    def generate_context(self):
        """Publish `regions`, `programmes`, `partners` and `totals` to every template."""
        index = build_index(self.context["articles"], vocabulary_for(self.settings), self.settings)
        self.index = index
        self.context.update(
            regions=index.regions,
            programmes=index.programmes,
            partners=index.partners,
            totals=index.totals,
            home_articles=self.context["articles"][: self.settings["ANNOUNCEMENTS_HOME_COUNT"]],
            years=years_of(self.context["articles"]),
        )

    def generate_output(self, writer):
        """Write one paginated page and one Atom feed per facet, and the site's feed."""
        # Feeds are read elsewhere: their links must be absolute, unlike the pages'.
        feed_context = {**self.context, "SITEURL": self.settings["FEED_DOMAIN"]}
        site_feed = self.settings.get("ANNOUNCEMENTS_FEED_ATOM")
        if site_feed and self.context["articles"]:
            writer.write_feed(self.context["articles"], feed_context, site_feed, site_feed)
        for facet in self.index.all():
            kind = type(facet).__name__.lower()
            writer.write_file(
                facet.save_as,
                self.get_template(kind),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                paginated={"articles": facet.articles},
                template_name=kind,
                url=facet.url,
                page_name=facet.page_name,
                articles=facet.articles,
                **{kind: facet},
            )
            if facet.feed_url and facet.articles:
                writer.write_feed(
                    facet.articles,
                    feed_context,
                    facet.feed_url,
                    facet.feed_url,
                    feed_title=facet.name,
                )


# A template that writes its pieces as they are, for the open-data files.
_JOINED = "{% for piece in pieces %}{{ piece }}{% endfor %}"


class OpenDataGenerator(Generator):
    """Write the open-data files of /donnees/: JSON, CSV and the JSON Schema."""

    def generate_context(self):
        """Publish the export columns and licence to the /donnees/ page."""
        self.context.update(export_columns=exports.COLUMNS, export_licence=exports.LICENCE,
                            export_type_words=exports.type_words)

    def generate_output(self, writer):
        """Write annonces.json, annonces.csv and annonces.schema.json, byte-stable (once, by the root edition).

        Through Pelican's Writer, as every other file of the site: it keeps them inside output/ and
        refuses to write one file twice. Each file's text is made piece by piece and given to a
        template that only joins the pieces.
        """
        if i18n.edition().folder:
            return
        path = self.settings["ANNOUNCEMENTS_OPEN_DATA_PATH"]
        site = self.settings["FEED_DOMAIN"].rstrip("/")
        schema_url = f"{site}/{path}/annonces.schema.json"
        articles = self.context["articles"]
        vocabulary = vocabulary_for(self.settings)
        joined = self.env.from_string(_JOINED)
        files = {
            "annonces.json": exports.json_text(articles, site, schema_url, self.settings["SITENAME"], vocabulary),
            "annonces.csv": exports.csv_text(articles, site, vocabulary),
            "annonces.schema.json": [exports.json_schema(schema_url)],
        }
        for name, pieces in files.items():
            # Markup: the text is already what the file holds (JSON, CSV), not to be escaped as HTML.
            writer.write_file(f"{path}/{name}", joined, self.context, pieces=map(Markup, pieces))
