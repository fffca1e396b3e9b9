"""Announcement cards and facet totals rendered once per build, then reused on every page that shows them."""

import weakref

from jinja2 import pass_context
from markupsafe import Markup

from . import state

CARD = "partials/announcement_card.html"
LEVEL = "\x00"  # where the heading level goes: one rendering serves every level

# Performance: an announcement's card appears on its facets' pages, the archives, its year and the
# related lists of other announcements, about a dozen times per build, always the same. Kept per
# content object (weakly: a new build reads new objects) and site URL, as UTF-8 with the heading
# level left out: about 1 kB per announcement.
_rendered = weakref.WeakKeyDictionary()


@pass_context
def announcement_card(context, article, level=3):
    """The HTML of an announcement's card, with its title at heading `level`."""
    cards = _rendered.setdefault(article, {})
    siteurl = context.get("SITEURL")
    if siteurl not in cards:
        template = context.environment.get_template(CARD)
        html = template.render({**context.get_all(), "article": article, "card_level": LEVEL})
        cards[siteurl] = html.encode("utf-8")
    return Markup(cards[siteurl].decode("utf-8").replace(LEVEL, str(level)))


TOTALS = "partials/totals.html"


@pass_context
def facet_totals(context, facet, population=None):
    """The HTML of a facet's totals (partials/totals.html), rendered once for all its pages."""
    # Performance: a facet's totals (with the list of figures not added, hundreds on a big region) head
    # each of its paginated pages, always the same. Kept with the build, by the facet object itself:
    # facets compare equal by slug, and another build's facet of the same slug has other totals.
    rendered = state.once(state.current().totals, facet, lambda _facet: {})
    key = (context.get("SITEURL"), population)
    if key not in rendered:
        template = context.environment.get_template(TOTALS)
        rendered[key] = template.render({**context.get_all(), "t": facet.totals, "facet_type": facet.facet_type,
                                         "facet": facet, "population": population}).rstrip("\n")
    return Markup(rendered[key])
