"""An article's own correction note: the figures it sets right are the ones drafted, and the draft says so."""

import pytest
from helpers import REPO

from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(REPO / "data")
HEAD = "Un centre de codage ouvre à Tinghir\n\nPublié le mardi 3 mars 2026\n\n"


def draft_of(body):
    return extract(HEAD + body, VOCABULARY)


def test_an_erratum_puts_its_amounts_in_place_of_the_body_s():
    """The body says 18,5 millions, 10,7 of them from OCP; the erratum says 15,8 and 8: the budget is 15,8 millions."""
    draft = draft_of(
        "Le centre de codage de Tinghir a ouvert lundi. Son coût global a été annoncé à 18,5 millions de dirhams, "
        "dont 10,7 millions à la charge de l'OCP, le reste apporté par le Conseil de la région Drâa-Tafilalet.\n\n"
        "Erratum : dans une première version de cet article, le coût global était donné à 18,5 millions de dirhams "
        "et la part de l'OCP à 10,7 millions. Le coût s'élève en réalité à 15,8 millions de dirhams, dont 8 millions "
        "apportés par l'OCP.\n")
    assert draft.budget == 15800000
    assert "18,5 millions" in draft.notes["budget"] and "15,8 millions" in draft.notes["budget"]


def test_a_correction_of_a_hiring_promise():
    """« une version précédente indiquait … recruter 1 200 lauréats. Le chiffre exact est de 120 lauréats »."""
    draft = draft_of(
        "L'école forme 200 jeunes aux métiers de la donnée. Son partenaire industriel s'est engagé à recruter "
        "1 200 lauréats.\n\n"
        "Correction (4 mars 2026, 10h15) : une version précédente de cet article indiquait que l'entreprise "
        "s'était engagée à recruter 1 200 lauréats. Le chiffre exact est de 120 lauréats.\n")
    assert (draft.jobs, draft.trainees) == (120, 200)
    assert "« 1 200 » remplacé par « 120 »" in draft.notes["jobs"]


def test_an_update_says_the_new_total_instead_of_the_old_one_in_the_same_sentence():
    """« L'enveloppe est donc portée à 10,5 millions de dirhams, au lieu des 9 millions mentionnés plus bas »; the
    region's share raised from 5 to 6,5 millions is one party's, not the total."""
    draft = draft_of(
        "[Mise à jour, 21h00] Le conseil a adopté la convention après un amendement : la contribution de la région "
        "passe de 5 à 6,5 millions de dirhams. L'enveloppe totale est donc portée à 10,5 millions de dirhams, au "
        "lieu des 9 millions de dirhams mentionnés dans l'article ci-dessous.\n\n"
        "Le conseil examine ce mardi la convention du centre. La région apporterait 5 millions de dirhams et "
        "l'OFPPT 4 millions, pour un total de 9 millions de dirhams.\n")
    assert draft.budget == 10500000


@pytest.mark.parametrize("note", [
    "Précision : le centre est installé dans l'ancienne maison de la culture, et non à la commune.",
    "Mise à jour, 18h : la cérémonie s'est achevée en présence de 300 invités.",
])
def test_a_note_that_sets_no_figure_right_changes_nothing(note):
    """A note without a figure said to be wrong leaves every figure as the body gives it."""
    body = ("Le centre de codage de Tinghir a ouvert lundi. Il a coûté 12 millions de dirhams, apportés par le "
            "Conseil de la région Drâa-Tafilalet, et accueille 90 apprenants.\n\n")
    draft = draft_of(body + note + "\n")
    assert (draft.budget, draft.trainees) == (12000000, 90)
    assert "rectifie" not in draft.notes.get("budget", "")


def test_the_figure_set_right_keeps_the_body_s_own_way_of_writing_it():
    """The body writes « 18,5 MDH », the erratum « 18,5 millions de dirhams » then « 15,8 millions »: read « 15,8 MDH »."""
    draft = draft_of(
        "Le centre de codage de Tinghir a ouvert lundi. Son coût global atteint 18,5 MDH, apportés par le Conseil de "
        "la région Drâa-Tafilalet.\n\n"
        "Rectificatif : le coût global était donné à 18,5 millions de dirhams dans notre première version. Il est en "
        "réalité de 15,8 millions de dirhams.\n")
    assert draft.budget == 15800000
    assert any("15,8 MDH" in sentence for field, _value, sentence in draft.evidence if field == "budget")
