"""Pelican generator writing the region, programme and partner pages and their feeds."""

from pathlib import Path

from pelican.generators import Generator

from .facets import build_index
from .vocabulary import load_vocabulary


def vocabulary_for(settings):
    """The vocabularies of the site, from the folder its settings name."""
    return load_vocabulary(Path(settings["ANNOUNCEMENTS_VOCABULARY_PATH"]))


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
