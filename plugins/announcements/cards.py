"""Announcement cards rendered once per build, then reused on every list that shows them."""

import weakref

from jinja2 import pass_context
from markupsafe import Markup

CARD = "partials/announcement_card.html"

# Performance: an announcement's card appears on its facets' pages, the archives, its year and the
# related lists of other announcements, about a dozen times per build, always the same. Kept per
# content object (weakly: a new build reads new objects), by heading level and site URL.
_rendered = weakref.WeakKeyDictionary()


@pass_context
def announcement_card(context, article, level=3):
    """The HTML of an announcement's card, with its title at heading `level`."""
    cards = _rendered.setdefault(article, {})
    key = (level, context.get("SITEURL"))
    if key not in cards:
        template = context.environment.get_template(CARD)
        cards[key] = Markup(template.render({**context.get_all(), "article": article, "card_level": level}))
    return cards[key]
