"""Connect the plugin to Pelican's signals: settings, validation, generators and filters."""

import datetime
import logging
from pathlib import Path

from pelican import signals
from pelican.contents import Article

from .formatting import FILTERS
from .generators import FacetPagesGenerator, vocabulary_for
from .schema import Context, validate
from .settings import apply_defaults
from .vocabulary import VocabularyError

logger = logging.getLogger(__name__)

# Metadata Pelican itself adds to what the file says; not front-matter keys.
PELICAN_KEYS = frozenset({"reader"})


def on_initialized(pelican):
    """Fill in the plugin's defaults and check the vocabularies once at start."""
    apply_defaults(pelican.settings)
    try:
        vocabulary_for(pelican.settings)
    except VocabularyError as error:
        logger.error("announcements: %s", error)
        raise


def key_lines(path):
    """Line number of each top-level key of a file's front matter, for error messages."""
    lines = {}
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return lines
    for number, line in enumerate(text.splitlines()[1:], 2):
        if line.rstrip() in ("---", "..."):
            break
        key, colon, _ = line.partition(":")
        if colon and key and not key[0].isspace() and not key.startswith("#"):
            lines.setdefault(key.strip().lower(), number)
    return lines


def check_article(instance):
    """Validate an announcement's front matter; log every problem, keep invalid ones out."""
    if not isinstance(instance, Article):
        return
    settings = instance.settings
    context = Context(
        vocabulary=vocabulary_for(settings),
        today=datetime.date.today(),
        horizon_days=settings["ANNOUNCEMENTS_FUTURE_HORIZON_DAYS"],
    )
    metadata = {key: value for key, value in instance.metadata.items() if key not in PELICAN_KEYS}
    facts, problems = validate(metadata, context)
    instance.facts = facts
    if not problems:
        return
    path = instance.get_relative_source_path()
    lines = key_lines(instance.source_path)
    # Drafts may be unfinished: their problems are warnings, so they never fail a build.
    draft = instance.status == "draft"
    for problem in problems:
        where = f"{path}:{lines[problem.field]}" if problem.field in lines else path
        log = logger.warning if draft else logger.error
        log("%s: %s: %s", where, problem.field, problem.message)
    # As Pelican does for future dates: an invalid announcement is left out of the site.
    instance.status = "draft"


def add_filters(generator):
    """Make the French formatting filters available to templates."""
    generator.env.filters.update(FILTERS)


def identify_feed(_context, feed):
    """Give each feed its own id and point its page link at the page it follows."""
    # Pelican gives every feed the site's address as id and link: not unique per feed.
    feed_url = feed.feed["feed_url"]
    feed.feed["id"] = feed_url
    feed.feed["link"] = feed_url.rsplit("/", 1)[0] + "/"


def get_generators(_pelican):
    """The generator of facet pages."""
    return FacetPagesGenerator


def register():
    """Connect every handler."""
    signals.initialized.connect(on_initialized)
    signals.content_object_init.connect(check_article)
    signals.generator_init.connect(add_filters)
    signals.get_generators.connect(get_generators)
    signals.feed_generated.connect(identify_feed)
