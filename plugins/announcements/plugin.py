"""Connect the plugin to Pelican's signals: settings, reader, validation, generators, filters."""

import datetime
import logging
from pathlib import Path

import jinja2
from markupsafe import escape
from pelican import signals
from pelican.contents import Article

from . import early, figures, glance, i18n, places, search, sitemap, state
from .cards import announcement_card, facet_totals
from .check import Entry, clash_message, clashes, document_problems
from .contentfiles import content_files
from .formatting import FILTERS
from .frontmatter import Located, display_path
from .generators import FacetPagesGenerator, OpenDataGenerator, vocabulary_for
from .reader import add_reader
from .schema import Context, Problem
from .settings import apply_defaults
from .structured import json_ld
from .vocabulary import VocabularyError

logger = logging.getLogger(__name__)



def on_initialized(pelican):
    """Fill in the plugin's defaults and check the vocabularies once at start."""
    apply_defaults(pelican.settings)
    # The files Pelican will not read, told as check tells them (links, other suffixes).
    for problem in content_files([pelican.settings["PATH"]])[1]:
        logger.error("%s", problem)
    try:
        vocabulary_for(pelican.settings)
    except VocabularyError as error:
        logger.error("announcements: %s", error)
        raise


def check_article(instance):
    """Validate an announcement as `invoke check` does; log every problem, keep invalid ones out."""
    if not isinstance(instance, Article):
        _report_page_body(instance)
        return
    settings = instance.settings
    context = Context(
        vocabulary=vocabulary_for(settings),
        today=datetime.date.today(),
        horizon_days=settings["ANNOUNCEMENTS_FUTURE_HORIZON_DAYS"],
        # Told once, by the Arabic edition's run: the one that would show French in its place.
        editions=("ar",) if i18n.edition().code == "ar" else (),
    )
    located = instance.metadata.get("frontmatter") or Located(key_lines={})
    shown = display_path(instance.source_path)
    facts, problems = document_problems(shown, located.metadata, located.key_lines, located.body_problems, context,
                                        instance.source_path)
    instance.facts = facts
    _localize(instance, facts)
    if located.metadata.get("status") == "draft":
        # A draft is never published: its gaps are for `invoke check` to list, not for the build to
        # log, so that a draft left in content/ never stops `invoke publish` (--fatal warnings).
        instance.status = "draft"
        return
    for problem in problems:
        (logger.error if problem.severity == "error" else logger.warning)("%s", problem)
    if any(problem.severity == "error" for problem in problems):
        # As Pelican does for future dates: an invalid announcement is left out of the site.
        instance.status = "draft"


def _report_page_body(page):
    """A page (content/pages/) is published cleaned; what cleaning removed is an error, as for an announcement."""
    located = page.metadata.get("frontmatter")
    for line, message in getattr(located, "body_problems", ()):
        logger.error("%s", Problem("corps", message, display_path(page.source_path), line))


def _localize(article, facts):
    """Give an announcement its title and summary in the edition's language, and say which language each is in."""
    article.title_lang = article.summary_lang = "fr"
    if facts is None or i18n.edition().code != "ar":
        return
    if facts.title_ar:
        article.title, article.title_lang = facts.title_ar, "ar"
    if facts.summary_ar:
        article.metadata["summary"], article.summary_lang = facts.summary_ar, "ar"


def keep_publishable(generator):
    """Forget drafts, and leave out an announcement whose address or source another one has."""
    # Drafts are never written (DRAFT_SAVE_AS is empty); Pelican would still render them.
    generator.drafts, generator.drafts_translations = [], []
    ordered = sorted(generator.articles, key=lambda article: article.source_path)
    entries = [Entry(display_path(article.source_path), article.url, article.facts) for article in ordered]
    dropped = set()
    for index, earlier, field, key in clashes(entries):
        logger.error("%s", Problem(field, clash_message(field, key, entries[earlier].path), entries[index].path))
        dropped.add(id(ordered[index]))
    generator.articles = [article for article in generator.articles if id(article) not in dropped]
    # Performance: Pelican formats an announcement's address from its settings each time it is read,
    # some 70 000 times a build at N = 1000; Pelican's own override keeps the very same address once.
    for article in generator.articles:
        article.override_url = article.url


def add_filters(generator):
    """Make the French formatting filters, the JSON-LD builder and the card renderer available to templates."""
    generator.env.filters.update(FILTERS, json_ld=json_ld, announcement_card=announcement_card,
                                 figures_of=figures.figures_of, qualifiers=figures.qualifiers)
    generator.env.globals.update(glance.template_functions(generator.settings, vocabulary_for(generator.settings)),
                                 facet_totals=facet_totals)
    # One template set for every edition: interface text goes through gettext (i18n.py).
    generator.env.add_extension("jinja2.ext.i18n")
    generator.env.add_extension("jinja2.ext.do")  # search.html gathers its script's texts in a dict
    generator.env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)
    # The same callables, lighter: templates call them some 50 000 times a build (i18n.template_gettext).
    generator.env.globals.update(_=i18n.template_gettext, gettext=i18n.template_gettext,
                                 ngettext=i18n.template_ngettext)
    published = generator.settings["ANNOUNCEMENTS_EDITIONS"]
    generator.env.globals.update(
        EDITION=i18n.edition(),
        EDITIONS={code: edition for code, edition in i18n.EDITIONS.items() if code in published},
    )
    generator.env.filters["bidi"] = i18n.isolate
    generator.env.globals["city_name"] = lambda city: i18n.localized(city, places.city_name_ar(city))
    generator.env.globals["city_name_ar"] = places.city_name_ar


def cache_templates(generator):
    """Keep compiled templates in ANNOUNCEMENTS_TEMPLATE_CACHE, when set, for the next build."""
    folder = generator.settings.get("ANNOUNCEMENTS_TEMPLATE_CACHE")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        generator.env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


def finish_feed(context, feed):
    """Give each feed its own id and page link, and each entry's summary the figures and what they count."""
    # Pelican gives every feed the site's address as id and link: not unique per feed.
    feed_url = feed.feed["feed_url"]
    feed.feed["id"] = feed_url
    feed.feed["link"] = feed_url.rsplit("/", 1)[0] + "/"
    site = context["FEED_DOMAIN"].rstrip("/")
    by_link = {f"{site}/{article.url}": article for article in context.get("articles", ())}
    for item in feed.items:
        article = by_link.get(item["link"])
        found = figures.figures_of(article.facts) if article is not None else ()
        if found:
            line = escape(i18n.gettext("Chiffres : %(figures)s.") % {"figures": " ; ".join(
                figures.describe(figure) for figure in found)})
            item["description"] = f"{item['description'] or ''}<p>{line}</p>"


def get_generators(pelican):
    """The generators of facet pages and of open data; Pelican asks for them as each build starts."""
    state.begin()
    return FacetPagesGenerator, OpenDataGenerator


def finish(pelican):
    """Once every page is written: the sitemap, the search index completed."""
    sitemap.write(pelican)
    search.finish(pelican)
    state.end()


def register():
    """Connect every handler."""
    signals.initialized.connect(on_initialized)
    signals.readers_init.connect(add_reader)
    signals.content_object_init.connect(check_article)
    signals.article_generator_pretaxonomy.connect(keep_publishable)
    signals.generator_init.connect(add_filters)
    signals.generator_init.connect(cache_templates)
    signals.get_generators.connect(get_generators)
    signals.feed_generated.connect(finish_feed)
    signals.content_written.connect(sitemap.note_page)
    # The saved announcements' pages first (before the search records are rendered): their page renders
    # the same searchable block itself, and the editor does not wait for the others' records.
    signals.all_generators_finalized.connect(early.write_saved_pages)
    signals.all_generators_finalized.connect(search.start)
    signals.finalized.connect(finish)
