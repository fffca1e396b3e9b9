"""The importer's one weight table: each feature moves a candidate the way its comment says."""

import datetime

import pytest

from announcements.importer import candidates, dates, people, text
from announcements.importer.candidates import WEIGHTS, Candidate


def sentences(body, headline="Un titre assez long pour en être un"):
    return text.parse(f"{headline}\n\n{body}").sentences


def test_equal_scores_keep_the_article_s_order():
    """Among equally good candidates the first in the article wins."""
    first, second = (Candidate("jobs", value, "phrase", features=frozenset({"lead"})) for value in (10, 20))
    assert candidates.best([first, second]) is first
    assert candidates.best([]) is None


def test_a_feature_outside_the_table_is_an_error_not_a_zero():
    """A misspelt feature would silently weigh nothing: it fails instead."""
    with pytest.raises(KeyError):
        _ = Candidate("jobs", 1, "phrase", features=frozenset({"headlines"})).score


@pytest.mark.parametrize(("field", "feature", "sign"), [
    ("trainees", "headline", 1), ("trainees", "goal_near", 1), ("trainees", "done_near", -1), ("trainees", "past", -1),
    ("trainees", "achieved", -1), ("trainees", "capacity", -1), ("trainees", "promotion", 1),
    ("date", "event_verbs", 1), ("date", "background", -1), ("date", "long_before", -1),
    ("programme", "figures", 1), ("programme", "event", -1), ("trainees", "horizon", -1), ("date", "ahead", -1),
    ("date", "reported", -1), ("programme", "unlaunched", -1), ("jobs", "itself", 1), ("trainees", "elsewhere", -1),
    ("trainees", "per_sitting", -1),
])
def test_each_weight_points_the_way_it_says(field, feature, sign):
    """Evidence for a value raises it; signs of history or of another action lower it."""
    assert WEIGHTS[field][feature] * sign > 0


def test_place_weights_rank_the_dateline_then_the_region_then_its_places():
    """A dispatch's city, then a region named, then a commune, then a province; the event's place wins the city."""
    region = WEIGHTS["region"]
    assert region["dateline"] > region["region"] > region["commune"] > region["province"]
    assert candidates.REGION_FACTORS["headline"] > candidates.REGION_FACTORS["lead"] > candidates.REGION_FACTORS["body"]
    city = WEIGHTS["city"]
    assert city["event_place"] + city["lead"] > city["dateline"] > city["headline"] > city["lead"] > city["body"]


def test_people_trained_before_lose_to_any_figure_of_this_action():
    """« past » outweighs every other feature together: such a figure is only a last resort."""
    others = sum(weight for feature, weight in WEIGHTS["trainees"].items() if weight > 0)
    assert WEIGHTS["trainees"]["past"] + others < 0
    found = people.trainees(sentences("L'an dernier, l'école a formé 900 jeunes. Elle accueille 40 élèves."), 2025)
    assert found.value == 40 and "lead" in found.features


def test_the_event_s_date_wins_over_a_reminder():
    """A verb of the event in the lead, to the day, beats a reminder of an older step."""
    body = "La convention a été signée le 3 juin 2022. Pour rappel, le projet avait été présenté le 20 juin 2022."
    found = dates.event_date(sentences(body), datetime.date(2022, 6, 27))
    assert found.date == datetime.date(2022, 6, 3)


def test_an_event_never_makes_a_programme_whatever_else_speaks_for_it():
    """A contest named in the headline, with figures beside it, still weighs nothing."""
    features = frozenset({"lead_name", "figures", "event"})
    assert Candidate("programme", "Hack Night", "phrase", features=features).score <= 0


def test_another_site_s_figure_weighs_less_than_this_initiative_s_goal_over_the_years():
    """« Celui de l'Oriental accueillera 800 apprenants » beside « former 400 étudiants d'ici 2028 »: the goal is this
    initiative's own, the other site's people are never its."""
    assert WEIGHTS["trainees"]["elsewhere"] < WEIGHTS["trainees"]["horizon"]
