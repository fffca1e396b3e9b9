"""Sentences about another place or project are left out before any field is read (importer/zones.py)."""

from helpers import REPO

from announcements.importer import text, zones
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary


def test_elsewhere_gives_no_figure_place_or_partner():
    """« Ailleurs, à Agadir, le technopark a créé 800 emplois »: no jobs, no partner from it."""
    draft = extract("Guelmim forme ses jeunes au code\n\nLe conseil régional lance à Guelmim une école de code pour "
                    "300 jeunes.\n\nAilleurs, à Agadir, le technopark a créé 800 emplois en cinq ans.\n",
                    load_vocabulary(REPO / "data"))
    assert draft.jobs is None and draft.city == "Guelmim"
    assert not any("Technopark" in name for name, _known in draft.partners)


def test_the_kept_sentences_are_numbered_in_order():
    """What is left keeps its order and its paragraphs; the headline always stays."""
    sentences = text.parse("Ailleurs, un titre assez long\n\nUne phrase. À titre de comparaison, une autre. Fin.\n").sentences
    kept = zones.keep(sentences)
    assert [s.text for s in kept] == ["Ailleurs, un titre assez long", "Une phrase.", "Fin."]
    assert [s.index for s in kept] == [0, 1, 2]


def test_an_advertisement_inside_the_page_is_left_out():
    """« Soldes d'hiver chez Marjane : jusqu'à -50 % », « 50 Go pour 99 DH, offre valable… »: no facts from them."""
    from announcements.importer import text, zones

    article = text.parse("Une école de code à Kénitra\n\nL'école forme 60 jeunes.\n\nSoldes d'hiver chez Marjane : "
                         "jusqu'à -50 % sur l'électroménager.\n\ninwi : 50 Go pour 99 DH, offre valable jusqu'au 28.\n")
    assert [s.text for s in zones.keep(article.sentences)][1:] == ["L'école forme 60 jeunes."]


def test_a_council_s_other_items_are_left_out():
    """« Autres points adoptés : Convention avec l'Université X pour 60 stagiaires ; … »: the council's other decisions
    give no partner and no figure."""
    draft = extract("Meknès : le conseil approuve un hub du numérique\n\nLe conseil communal de Meknès a approuvé hier "
                    "la convention du hub, qui lie la Commune de Meknès et l'OFPPT.\n\nAutres points adoptés\n\n"
                    "Convention avec l'Université Moulay Ismaïl pour l'accueil de 60 étudiants stagiaires ;\n\n"
                    "Subventions aux associations sportives : 3,1 millions de dirhams.\n",
                    load_vocabulary(REPO / "data"))
    assert not any("Moulay Ismaïl" in name for name, _known in draft.partners)
    assert draft.budget is None and draft.trainees is None


def test_a_paragraph_opening_on_a_comparison_gives_no_figure_or_programme():
    """« La comparaison avec Agadir vient naturellement : la Digital Maroc School … Mais son budget est plus du double :
    9,5 M DH, pour une promotion de 120 apprenants », « • Agadir, pour comparaison : 120 apprenants »: the other
    school's figures and name, not this one's."""
    draft = extract("Smara ouvre son école numérique\n\nL'École numérique d'Es-Semara a accueilli hier ses premiers "
                    "apprenants.\n\nIls sont 80, âgés de 18 à 30 ans, et ont franchi hier la porte de l'école.\n\n"
                    "La comparaison avec Agadir vient naturellement : la Digital Maroc School, ouverte dans la capitale "
                    "du Souss, forme aussi des jeunes. Mais son budget est plus du double : 9,5 M DH, pour une promotion "
                    "de 120 apprenants.\n\n• Agadir, pour comparaison : 9,5 M DH et 120 apprenants\n",
                    load_vocabulary(REPO / "data"))
    assert draft.trainees == 80
    assert "Digital Maroc School" not in draft.programmes


def test_an_op_ed_s_note_on_its_author_names_no_partner():
    """« * Enseignante-chercheuse à l'École X (Université Y) » under an op-ed: where the author works, not a party."""
    draft = extract("Tribune. Une école de code pour Tinghir, enfin\n\nPar Samira Aït Ali*\n\nLe conseil régional et "
                    "Simplon Maroc ont signé lundi à Tinghir la convention de l'école Tinghir Code, pour 120 jeunes.\n\n"
                    "* Enseignante-chercheuse à l'École supérieure de technologie d'Errachidia (Université Moulay "
                    "Ismaïl).\n", load_vocabulary(REPO / "data"))
    assert "Simplon Maroc" in [name for name, _known in draft.partners]
    assert not [name for name, _known in draft.partners if "Moulay Ismaïl" in name or "technologie" in name]


def test_a_review_s_news_in_brief_under_the_feature_is_left_out():
    """« LE MOIS EN BREF » then « – Taza : une association a formé 45 femmes »: the review's other news, not the
    feature's town, people or bodies."""
    draft = extract("YouCode ouvre une filière data à Fès\n\nLe Conseil de la région Fès-Meknès a signé mardi une "
                    "convention pour ouvrir au campus YouCode de Fès une filière data de 100 apprenants.\n\n"
                    "LE MOIS EN BREF\n– Taza : une association locale a formé 45 femmes avec la commune.\n"
                    "– Ifrane : l'Université Al Akhawayn organise en juin une école d'été.\n",
                    load_vocabulary(REPO / "data"))
    assert (draft.city, draft.trainees) == ("Fès", 100)
    assert not [name for name, _known in draft.partners if "Akhawayn" in name]
