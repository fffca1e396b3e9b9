"""Charts as inline SVG: figures by year and rankings, computed by the same rules as the tables."""

from dataclasses import dataclass

from markupsafe import Markup, escape

from . import i18n
from .figures import Totals

# Drawing units of a year chart: bars of BAR wide with GAP between them, PLOT tall, room for labels.
BAR, GAP, PLOT, TOP, BOTTOM = 34, 12, 110, 18, 20
# A ranking: one row per item, its name on a line of its own above the bar (long region names fit a phone).
ROW, RANK_WIDTH, NAME_HEIGHT = 34, 360, 14


@dataclass(frozen=True)
class Year:
    """One year of a facet (or of the country): its totals, as the tables compute them."""

    year: int
    totals: Totals


def by_year(articles, facet_type=None, slug=None):
    """Totals year by year, from the first year to the last, empty years included."""
    articles = list(articles)
    if not articles:
        return []
    years = {article.date.year for article in articles}
    return [
        Year(year, Totals.of([article for article in articles if article.date.year == year], facet_type, slug))
        for year in range(min(years), max(years) + 1)
    ]


def worth_a_chart(years):
    """A trend needs at least two years with announcements."""
    return sum(1 for year in years if year.totals.count) >= 2


def year_bars(values, write, title, identifier, zero="0"):
    """A bar per year: `values` is [(year, number)], `write` formats a number, `zero` stands for none."""
    highest = max((value for _, value in values), default=0) or 1
    width = len(values) * (BAR + GAP) + GAP
    height = TOP + PLOT + BOTTOM
    parts = [
        f'<svg class="app-chart__svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{identifier}">',
        f'<title id="{identifier}">{escape(title)}</title>',
        f'<line class="app-chart__axis" x1="0" x2="{width}" y1="{TOP + PLOT}" y2="{TOP + PLOT}"/>',
    ]
    # Right to left (Arabic): the first year on the right, as the reader's eye starts there.
    rtl = i18n.edition().direction == "rtl"
    for index, (year, value) in enumerate(values):
        place = len(values) - 1 - index if rtl else index
        x = GAP + place * (BAR + GAP)
        bar = round(PLOT * value / highest) if value else 0
        if bar:
            parts.append(f'<rect x="{x}" y="{TOP + PLOT - bar}" width="{BAR}" height="{bar}"/>')
        middle = x + BAR / 2
        label = escape(write(value)) if value else zero
        parts.append(f'<text x="{middle:g}" y="{TOP + PLOT - bar - 4}">{label}</text>')
        parts.append(f'<text x="{middle:g}" y="{TOP + PLOT + 15}">{year}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def ranking(rows, write, title, identifier):
    """Horizontal bars: `rows` is [(name, number)], already in order."""
    highest = max((value for _, value in rows), default=0) or 1
    height = len(rows) * ROW
    parts = [
        f'<svg class="app-chart__svg" viewBox="0 0 {RANK_WIDTH} {height}" width="{RANK_WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{identifier}">',
        f'<title id="{identifier}">{escape(title)}</title>',
    ]
    room = RANK_WIDTH - 70  # the value is written after the bar
    # Right to left (Arabic): names and bars start from the right edge, values follow on their left
    # (text-anchor: start, in the page's right-to-left direction, anchors a text by its right end).
    rtl = i18n.edition().direction == "rtl"
    for index, (name, value) in enumerate(rows):
        top = index * ROW
        bar = round(room * value / highest) if value else 0
        start, after = (RANK_WIDTH, RANK_WIDTH - bar - 4) if rtl else (0, bar + 4)
        parts.append(f'<text class="app-chart__name" x="{start}" y="{top + NAME_HEIGHT - 3}">{escape(name)}</text>')
        if bar:
            left = RANK_WIDTH - bar if rtl else 0
            parts.append(f'<rect x="{left}" y="{top + NAME_HEIGHT}" width="{bar}" height="14"/>')
        parts.append(f'<text class="app-chart__value" x="{after}" y="{top + NAME_HEIGHT + 11}">'
                     f'{escape(write(value)) if value else "0"}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
