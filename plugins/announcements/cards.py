"""Announcement cards rendered once per build, then reused on every list that shows them."""

import weakref

from jinja2 import pass_context
from markupsafe import Markup

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
