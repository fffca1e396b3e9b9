"""French formatting of dates, numbers and amounts, for templates (Jinja filters)."""

import datetime
import functools
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "fr_FR"
_SCALES = ((10**9, "milliard", "milliards"), (10**6, "million", "millions"))


def number_fr(value):
    """Write an integer the French way: 2 000, 13 300 000 (narrow no-break spaces)."""
    return format_decimal(value, locale=LOCALE)


def date_fr(value, precision="day"):
    """Write a date the French way: « 5 octobre 2022 », « 1er juin 2022 », « juin 2022 »."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return _date_fr(value, precision)


@functools.lru_cache(maxsize=4096)
def _date_fr(value, precision):
    # Babel formatting is slow and each date is written on a dozen pages: format it once.
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return format_date(value, "MMMM y", locale=LOCALE)
    text = format_date(value, "d MMMM y", locale=LOCALE)
    return "1er" + text[1:] if value.day == 1 else text


def iso_date(value, precision="day"):
    """The machine-readable date for <time datetime>: 2022-10-05, 2022-06 or 2022."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def mad(amount):
    """Write an amount in dirhams as the press does: « 13,3 millions de dirhams »."""
    for scale, singular, plural in _SCALES:
        if amount >= scale:
            exact = Decimal(amount) / scale
            shown = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
            words = singular if shown < 2 else plural
            prefix = "" if shown == exact else "environ "
            return f"{prefix}{format_decimal(shown, locale=LOCALE)} {words} de dirhams"
    return f"{number_fr(amount)} dirhams"


def mad_short(amount):
    """An amount in the press's short form for tables: « 13,3 MDH », « 1,2 milliard DH »."""
    if amount >= 10**9:
        shown = (Decimal(amount) / 10**9).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        return f"{format_decimal(shown, locale=LOCALE)} {'milliard' if shown < 2 else 'milliards'} DH"
    if amount >= 10**6:
        shown = (Decimal(amount) / 10**6).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
        return f"{format_decimal(shown, locale=LOCALE)} MDH"
    return f"{number_fr(amount)} DH"


def per_100k(count, population):
    """Write a rate per 100 000 inhabitants with one decimal, or a dash when undefined."""
    if not population or count is None:
        return "–"
    return format_decimal(round(count * 100_000 / population, 1), format="#,##0.0", locale=LOCALE)


FILTERS = {
    "number_fr": number_fr,
    "date_fr": date_fr,
    "iso_date": iso_date,
    "mad": mad,
    "mad_short": mad_short,
    "per_100k": per_100k,
}
