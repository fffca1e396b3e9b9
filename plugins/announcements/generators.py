"""Pelican generator writing the region, programme and partner pages and their feeds."""

from pathlib import Path

from pelican.generators import Generator
from pelican.utils import sanitised_join

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


class OpenDataGenerator(Generator):
    """Write the open-data files of /donnees/: JSON, CSV and the JSON Schema."""

    def generate_context(self):
        """Publish the export columns and licence to the /donnees/ page."""
        self.context.update(export_columns=exports.COLUMNS, export_licence=exports.LICENCE,
                            export_type_words=exports.type_words)

    def generate_output(self, writer):
        """Write annonces.json, annonces.csv and annonces.schema.json, byte-stable (once, by the root edition)."""
        if i18n.edition().folder:
            return
        path = self.settings["ANNOUNCEMENTS_OPEN_DATA_PATH"]
        # As Pelican's Writer does for its own files: a setting cannot make the files land outside output/.
        folder = Path(sanitised_join(self.output_path, path))
        folder.mkdir(parents=True, exist_ok=True)
        site = self.settings["FEED_DOMAIN"].rstrip("/")
        schema_url = f"{site}/{path}/annonces.schema.json"
        articles = self.context["articles"]
        vocabulary = vocabulary_for(self.settings)
        with open(folder / "annonces.json", "w", encoding="utf-8", newline="\n") as handle:
            exports.write_json(articles, site, schema_url, self.settings["SITENAME"], handle, vocabulary)
        with open(folder / "annonces.csv", "w", encoding="utf-8", newline="\n") as handle:
            exports.write_csv(articles, site, handle, vocabulary)
        (folder / "annonces.schema.json").write_text(exports.json_schema(schema_url), encoding="utf-8", newline="\n")
