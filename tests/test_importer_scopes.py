"""What a budget covers and what jobs are, proposed from the amount's own sentence (importer/scopes.py)."""

import pytest
from helpers import REPO

from announcements.importer import scopes
from announcements.importer.draft import Draft, render
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary


@pytest.mark.parametrize(("sentence", "scope"), [
    ("La convention, dotée de 25 millions de dirhams, crée deux centres.", "project"),
    ("La feuille de route, dotée de 11 milliards de dirhams sur la période 2024-2026, vise l'emploi.", "strategy"),
    ("Le technopark, d'un coût de 300 millions de dirhams, accueillera aussi une école.", "wider_project"),
    ("Montant : 3 millions de dirhams.", ""),
    ("L'enveloppe nationale du programme, d'environ 680 millions de dirhams, a été rappelée.", "strategy"),
])
def test_budget_scope_from_the_amount_s_sentence(sentence, scope):
    """A convention's money, a strategy's envelope, a larger project's cost; nothing when the words say nothing."""
    assert scopes.budget_scope(sentence) == scope


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Le projet devrait générer 150 emplois.", "promised"),
    ("Sur la première promotion, 22 lauréats ont déjà trouvé un emploi.", "created"),
    ("Emplois : 40.", ""),
])
def test_jobs_kind_from_the_number_s_sentence(sentence, kind):
    """Jobs to come are promised, jobs filled are created; nothing when the sentence does not say."""
    assert scopes.jobs_kind(sentence) == kind


def test_an_unsaid_kind_stays_a_todo_beside_its_number():
    """A budget whose sentence says nothing of what it covers asks the editor, as before."""
    text = render(Draft(title="Un titre", budget=3000000))
    assert "# TODO budget_scope:" in text


def test_money_in_another_currency_is_never_counted_and_is_told():
    """« 2 millions d'euros » is not 2 000 000 dirhams: no budget from it, a TODO saying it was seen."""
    draft = extract("Une académie pour Meknès\n\nMeknès, 10 juin 2025 – L'Union européenne apporte 2 millions "
                    "d'euros à une académie du numérique qui formera 300 jeunes.\n", load_vocabulary(REPO / "data"))
    assert draft.budget is None
    assert "2 millions d'euros" in draft.notes["budget"]
