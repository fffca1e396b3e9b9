"""Dates, numbers and amounts written as the edition's readers write them (Jinja filters).

French: « 5 octobre 2022 », « 13 300 000 », « 13,3 millions de dirhams ». Arabic (Morocco, Latin
digits): « 5 أكتوبر 2022 », « 13.300.000 », « 13,3 مليون درهم ».
"""

import datetime
import functools
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from . import i18n


@functools.lru_cache(maxsize=None)
def _words(code):
    """The words of amounts in one language: scales (value, singular, plural), units, "about"."""
    if code == "ar":
        return {
            "scales": ((10**9, "مليار", "ملايير"), (10**6, "مليون", "ملايين")),
            "of_dirhams": "درهم", "dirhams": "درهم", "short": {10**9: "مليار درهم", 10**6: "مليون درهم"},
            "dh": "درهم", "about": "حوالي ",
        }
    return {
        "scales": ((10**9, "milliard", "milliards"), (10**6, "million", "millions")),
        "of_dirhams": "de dirhams", "dirhams": "dirhams", "short": {10**9: None, 10**6: "MDH"},
        "dh": "DH", "about": "environ ",
    }


def _locale():
    return i18n.edition().locale


def _plural(shown, code):
    """Whether a scale word takes its plural: French from 2 on, Arabic from 3 to 10 (« 3 ملايين »)."""
    if code == "ar":
        return shown == shown.to_integral_value() and 3 <= shown <= 10
    return shown >= 2


def number_fr(value):
    """Write an integer as the edition does: 2 000 (French), 2.000 (Arabic, Morocco)."""
    return _decimal(value, _locale())


def _decimal(value, locale, pattern=None):
    # Babel formatting is slow and one figure is written on many pages: format each once. The type
    # is part of the key so that 2, 2.0 and Decimal("2.0") never share an entry.
    return _cached_decimal(type(value), value, locale, pattern)


@functools.lru_cache(maxsize=16384)
def _cached_decimal(_kind, value, locale, pattern):
    return format_decimal(value, format=pattern, locale=locale)


def date_fr(value, precision="day"):
    """Write a date as the edition does: « 5 octobre 2022 », « 1er juin 2022 », « يونيو 2022 »."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return _date(value, precision, _locale())


@functools.lru_cache(maxsize=8192)
def _date(value, precision, locale):
    # Babel formatting is slow and each date is written on a dozen pages: format it once.
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return format_date(value, "MMMM y", locale=locale)
    text = format_date(value, "d MMMM y", locale=locale)
    return "1er" + text[1:] if value.day == 1 and locale.startswith("fr") else text


def iso_date(value, precision="day"):
    """The machine-readable date for <time datetime>: 2022-10-05, 2022-06 or 2022."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def mad(amount):
    """Write an amount in dirhams as the press does: « 13,3 millions de dirhams », « 13,3 مليون درهم »."""
    code = i18n.edition().code
    words = _words(code)
    for scale, singular, plural in words["scales"]:
        if amount >= scale:
            exact = Decimal(amount) / scale
            shown = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
            word = plural if _plural(shown, code) else singular
            prefix = "" if shown == exact else words["about"]
            return f"{prefix}{_decimal(shown, _locale())} {word} {words['of_dirhams']}"
    return f"{number_fr(amount)} {words['dirhams']}"


def mad_short(amount):
    """An amount in the press's short form for tables: « 13,3 MDH », « 1,2 milliard DH »."""
    code = i18n.edition().code
    words = _words(code)
    if amount >= 10**9:
        shown = (Decimal(amount) / 10**9).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        unit = words["short"][10**9] or f"{'milliards' if shown >= 2 else 'milliard'} DH"
        return f"{_decimal(shown, _locale())} {unit}"
    if amount >= 10**6:
        shown = (Decimal(amount) / 10**6).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
        return f"{_decimal(shown, _locale())} {words['short'][10**6]}"
    return f"{number_fr(amount)} {words['dh']}"


def per_100k(count, population):
    """Write a rate per 100 000 inhabitants with one decimal, or a dash when undefined."""
    if not population or count is None:
        return "–"
    return _decimal(round(count * 100_000 / population, 1), _locale(), "#,##0.0")


def decimal(value, places):
    """A decimal number with at most `places` decimals, as the edition writes it."""
    return _decimal(round(value, places), _locale())


FILTERS = {
    "number_fr": number_fr,
    "date_fr": date_fr,
    "iso_date": iso_date,
    "mad": mad,
    "mad_short": mad_short,
    "per_100k": per_100k,
}
