"""Maps of the twelve regions as inline SVG: no script, no tiles, each region a link to its page."""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from .formatting import number_fr
from .i18n import gettext as _
from .i18n import ngettext

# Classes of a choropleth, lightest first (ColorBrewer "Blues": told apart by colour-blind readers
# and still ordered when printed in grey). Class 0 is "none".
CLASS_COUNT = 4


@dataclass(frozen=True)
class Outlines:
    """The drawing's size, its attribution, and one SVG path per ISO 3166-2 code."""

    width: int
    height: int
    attribution: str
    paths: dict


@lru_cache(maxsize=4)
def load_outlines(path):
    """The region outlines written by mapdata.py."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Outlines(data["width"], data["height"], data["attribution"], data["regions"])


@dataclass(frozen=True)
class Shade:
    """One region as a map shows it: its style class and the words its link is named by."""

    css_class: str
    label: str


@dataclass(frozen=True)
class Legend:
    """One line of a map's key: a style class and what it means."""

    css_class: str
    text: str


def classes(values, count=CLASS_COUNT):
    """Split the positive values into at most `count` groups of similar size: [(low, high), ...]."""
    distinct = sorted({value for value in values if value > 0})
    count = min(count, len(distinct))
    bounds = []
    for group in range(count):
        members = distinct[len(distinct) * group // count: len(distinct) * (group + 1) // count]
        bounds.append((members[0], members[-1]))
    return bounds


def class_of(value, bounds):
    """The style class of a value: c0 for none, c1 to c4 from the lowest group up."""
    if not value:
        return "c0"
    for number, (_low, high) in enumerate(bounds, 1):
        if value <= high:
            return f"c{number}"
    return f"c{len(bounds)}"


def choropleth(regions, value_of, write, unit, none_text):
    """Shades and key of a map coloured by a measure; `write` formats a value, `unit` follows it."""
    values = {region.slug: value_of(region) for region in regions}
    bounds = classes([value for value in values.values() if value is not None])
    shades = {}
    for region in regions:
        value = values[region.slug]
        shown = f"{write(value)} {unit}" if value else none_text
        shades[region.slug] = Shade(class_of(value, bounds), f"{region.name} : {shown}")
    legend = [Legend("c0", none_text)] if any(shade.css_class == "c0" for shade in shades.values()) else []
    for number, (low, high) in enumerate(bounds, 1):
        span = write(low) if low == high else _("de %(low)s à %(high)s") % {"low": write(low), "high": write(high)}
        legend.append(Legend(f"c{number}", f"{span} {unit}".strip()))
    return shades, legend


def locator(regions, current):
    """Shades and key of a map showing one region among the others."""
    shades = {region.slug: Shade("c4" if region.slug == current.slug else "c0", region.name) for region in regions}
    return shades, [Legend("c4", current.name)]


def presence(regions, present):
    """Shades and key of a map of the regions where a programme or partner has announcements."""
    counts = {region.slug: count for region, count in present.items()}
    shades = {}
    for region in regions:
        count = counts.get(region.slug, 0)
        words = ngettext("%(num)s annonce", "%(num)s annonces", count) % {"num": number_fr(count)} if count else _(
            "aucune annonce"
        )
        shades[region.slug] = Shade("c3" if count else "c0", f"{region.name} : {words}")
    return shades, [Legend("c3", _("au moins une annonce")), Legend("c0", _("aucune annonce"))]


def drawable(outlines, regions):
    """The regions the outlines can draw (the national level has no shape of its own)."""
    return [region for region in regions if region.iso in outlines.paths]


def draw(outlines, regions, shades, title, identifier, siteurl=""):
    """The SVG of a map: one link per drawable region, named by its label; `identifier` is unique on the page."""
    parts = [
        f'<svg class="app-map__svg" viewBox="0 0 {outlines.width} {outlines.height}" role="group" '
        f'aria-labelledby="{identifier}">',
        f'<title id="{identifier}">{escape(title)}</title>',
    ]
    for region in drawable(outlines, regions):
        shade, path = shades[region.slug], outlines.paths[region.iso]
        parts.append(
            f'<a href="{escape(siteurl)}/{escape(region.url)}" aria-label="{escape(shade.label)}">'
            f'<path class="{shade.css_class}" d="{path}"><title>{escape(shade.label)}</title></path></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
