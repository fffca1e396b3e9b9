"""What a budget covers and what jobs are, proposed from the amount's own sentence (importer/scopes.py)."""

import pytest

from announcements.importer import scopes
from announcements.importer.draft import Draft, render


@pytest.mark.parametrize(("sentence", "scope"), [
    ("La convention, dotée de 25 millions de dirhams, crée deux centres.", "project"),
    ("La feuille de route, dotée de 11 milliards de dirhams sur la période 2024-2026, vise l'emploi.", "strategy"),
    ("Le technopark, d'un coût de 300 millions de dirhams, accueillera aussi une école.", "wider_project"),
    ("Montant : 3 millions de dirhams.", ""),
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
