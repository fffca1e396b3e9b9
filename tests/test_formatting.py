"""French formatting of amounts, numbers and dates, as readers see them."""

import datetime

import pytest
from helpers import plain

from announcements.formatting import date_fr, iso_date, mad, mad_short, number_fr, per_100k


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (13_300_000, "13,3 millions de dirhams"),
        (1_100_000, "1,1 million de dirhams"),
        (1_000_000, "1 million de dirhams"),
        (25_000_000, "25 millions de dirhams"),
        (1_000_000_000, "1 milliard de dirhams"),
        (2_500_000_000, "2,5 milliards de dirhams"),
        (750_000, "750 000 dirhams"),
        (1_234_567, "environ 1,23 million de dirhams"),
    ],
)
def test_mad_writes_amounts_as_the_press_does(amount, text):
    """Millions and milliards with a decimal comma, singular below 2, 'environ' when rounded."""
    assert plain(mad(amount)) == text


def test_number_fr_groups_thousands_with_spaces():
    """Thousands are separated by a (narrow no-break) space."""
    assert plain(number_fr(13_300_000)) == "13 300 000"
    assert "\u202f" in number_fr(2000) or "\xa0" in number_fr(2000)


@pytest.mark.parametrize(
    ("value", "precision", "text"),
    [
        (datetime.date(2022, 10, 5), "day", "5 octobre 2022"),
        (datetime.date(2022, 6, 1), "day", "1er juin 2022"),
        (datetime.datetime(2022, 6, 1, 10, 30), "day", "1er juin 2022"),
        (datetime.date(2022, 6, 1), "month", "juin 2022"),
        (datetime.date(2022, 8, 17), "year", "2022"),
        (datetime.date(2023, 2, 11), "day", "11 février 2023"),
    ],
)
def test_date_fr_follows_the_precision(value, precision, text):
    """Day dates read '5 octobre 2022' ('1er' on the first), month dates 'juin 2022', years '2022'."""
    assert date_fr(value, precision) == text


@pytest.mark.parametrize(("precision", "text"), [("day", "2022-06-01"), ("month", "2022-06"), ("year", "2022")])
def test_iso_date_is_as_precise_as_known(precision, text):
    """<time datetime> never claims a day that is not known."""
    assert iso_date(datetime.date(2022, 6, 1), precision) == text


@pytest.mark.parametrize(
    ("count", "population", "text"),
    [(580, 2_294_665, "25,3"), (400, 4_467_911, "9,0"), (20_000, 219_965, "9 092,4"), (5, 0, "–"), (None, 1000, "–")],
)
def test_per_100k_has_one_decimal_or_a_dash(count, population, text):
    """Rates per 100 000 inhabitants have one decimal; undefined ones are a dash."""
    assert plain(per_100k(count, population)) == text


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (13_300_000, "13,3 MDH"),
        (1_150_000, "1,2 MDH"),  # rounded half up from the exact decimal, not from a float
        (25_000_000, "25 MDH"),
        (1_200_000_000, "1,2 milliard DH"),
        (11_370_000_000, "11,37 milliards DH"),
        (750_000, "750 000 DH"),
    ],
)
def test_mad_short_is_the_press_short_form_for_tables(amount, expected):
    """Tables write amounts as the press abbreviates them."""
    assert plain(mad_short(amount)) == expected
