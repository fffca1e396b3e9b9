"""Plain-text tables: each row read as one line, as a page's <table> is, whatever its layout."""

import pytest
from helpers import REPO

from announcements.importer import tables, text
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(REPO / "data")

# An invented national launch whose places are shared out in a table naming every region.
QUOTAS = """« Cap Numérique » : 9 000 places de formation en ligne pour tout le pays
Rabat — Par Leïla Bennani | Publié le jeudi 12 mars 2026

Le ministère de la Transition numérique et de la Réforme de l'administration a lancé hier, à Rabat, « Cap \
Numérique », un programme national de formation en ligne ouvert aux jeunes de tout le Maroc. Il est financé par \
trois apports : 20 millions de dirhams du ministère, 8 millions de l'ADD et 4 millions de l'ANAPEC.

Cette première édition accueillera 9 000 bénéficiaires, répartis par quotas régionaux :

Région | Places réservées
Casablanca-Settat | 2 000
Rabat-Salé-Kénitra | 1 400
Fès-Meknès | 1 100
Marrakech-Safi | 1 000
Tanger-Tétouan-Al Hoceïma | 900
Souss-Massa | 800
L'Oriental | 600
Béni Mellal-Khénifra | 400
Drâa-Tafilalet | 300
Guelmim-Oued Noun | 200
Laâyoune-Sakia El Hamra | 180
Dakhla-Oued Eddahab | 120
Total | 9 000

Les places non prises dans une région au 30 avril iront aux régions voisines. Les parcours, de trois à cinq mois, portent sur le développement web, les données et la cybersécurité.

Un pilote mené en 2025 à Agadir, doté de 5 millions de dirhams, avait formé 800 personnes.

Les inscriptions ouvrent le 20 mars sur la plateforme du programme ; les premières sessions démarreront le 6 avril.
"""


def test_a_table_of_regions_is_no_round_up_and_its_rows_no_region():
    """A launch for the whole country whose places are shared by region stays national, with its own figures."""
    draft = extract(QUOTAS, VOCABULARY)
    assert draft.title.startswith("« Cap Numérique »")
    assert draft.regions == ["national"]
    assert draft.programmes == ["Cap Numérique"]
    assert (draft.budget, draft.trainees) == (32_000_000, 9000)


@pytest.mark.parametrize("table", [
    # bars, with a rule under the header
    "| Poste | Montant |\n|---|---|\n| Contribution du Conseil régional | 6,5 MDH |\n"
    "| Contribution de l'OFPPT | 2,5 MDH |\n| Contribution des entreprises | 1 MDH |",
    # bars, without a rule
    "Partenaire | Apport\nConseil régional | 6,5 MDH\nOFPPT | 2,5 MDH\nEntreprises | 1 MDH",
    # columns aligned with spaces under a rule of dashes, a first cell wrapped over two lines
    "  Partenaire                      Apport\n  ------------------------------  ----------\n"
    "  Conseil régional                6,5 MDH\n  Office de la formation\n  professionnelle (OFPPT)         2,5 MDH\n"
    "  Entreprises                     1 MDH",
])
def test_each_layout_of_table_gives_one_line_a_row(table):
    """Bars with or without rules, or space-aligned columns: one line a row, its cells joined by « ; »."""
    lines = tables.flattened(table).split("\n")
    assert len(lines) == 4
    assert lines[2] in ("Contribution de l'OFPPT ; 2,5 MDH", "OFPPT ; 2,5 MDH",
                        "Office de la formation professionnelle (OFPPT) ; 2,5 MDH")


@pytest.mark.parametrize("lines", [
    "Économie | Agadir | Par Nadia Ouchen | La Vigie du Souss",  # a byline set out with bars
    "Rabat — Par Salma B. | Publié le 10 février 2026\nSection | Régions",
    "Le conseil a voté | puis levé la séance.",  # one line with a bar: no table
    # a week's diary set out with bars: one entry is a whole paragraph, so none of the block is a table
    "LUN. 2 | TAZA | Le marché couvert rouvre.\nMAR. 3 | GUERCIF | Coupure d'eau de deux heures.\n"
    "MER. 4 | TAZA | NUMÉRIQUE — Le centre de formation aux métiers du code accueille sa deuxième promotion de "
    "soixante jeunes, venus de toute la province, pour six mois de cours au développement web.\n"
    "JEU. 5 | TAHLA | Le collège fête ses lauréats.\nVEN. 6 | TAZA | Le conseil vote la voirie.\n"
    "SAM. 7 | OUED AMLIL | Journée portes ouvertes à la coopérative.",
])
def test_bylines_and_stray_bars_are_no_table(lines):
    """A byline or a header set out with bars is left as it is."""
    assert tables.flattened(lines) == lines


def test_a_table_of_each_partys_share_gives_their_sum():
    """The parties' shares in a table, and no total said: the budget is their sum."""
    article = ("Souss-Massa : un programme pour l'emploi numérique\nPar Nadia O. | Publié le 18 mai 2026\n\n"
               "Le conseil régional a signé mardi à Agadir la convention du programme « Souss Code Emploi ».\n\n"
               "| Poste | Montant |\n|---|---|\n| Contribution du Conseil régional | 6,5 MDH |\n"
               "| Contribution de l'OFPPT | 2,5 MDH |\n| Contribution des entreprises (CGEM) | 1 MDH |\n")
    assert extract(article, VOCABULARY).budget == 10_000_000


def test_a_tables_total_row_is_the_total():
    """« Total ; 9 000 000 » under the rows of each party's share: the total, its rows its parts."""
    body = ("La répartition des apports (en DH) :\n\n"
            "Partenaire | Apport (DH)\nConseil régional | 4 000 000\nConseil provincial | 3 000 000\n"
            "Université Ibn Zohr | 2 000 000\nTotal | 9 000 000\n")
    article = "Taroudant : une école du numérique financée par quatre partenaires\n\n" + body
    sentences = text.parse(article).sentences
    assert [s.text for s in sentences][-1] == "Total ; 9 000 000"
    assert extract(article, VOCABULARY).budget == 9_000_000


def test_a_table_of_editions_gives_this_year_s_budget():
    """« | | 2024 | 2025 | 2026 | Cumul | » over « | Budget (DH) | … | »: this year's column, not an earlier edition's, the
    running total or a party's share told in the text."""
    article = ("Ouarzazate : la troisième édition d'« Atlas Femmes Digital »\nDrâa Info – Publié le mardi 13 octobre "
               "2026\n\nQuatre-vingts femmes ont entamé samedi à Ouarzazate la troisième édition du programme, avec "
               "inwi, qui apporte 900 000 dirhams, et le Conseil de la région Drâa-Tafilalet.\n\n"
               "| | 2024 | 2025 | 2026 | Cumul 2024-2026 |\n|---|---|---|---|---|\n"
               "| Participantes | 40 | 55 | 80 | 175 |\n| Budget (DH) | 1 100 000 | 1 450 000 | 2 300 000 | 4 850 000 |\n"
               "| Communes | 3 | 5 | 8 | – |\n")
    assert extract(article, VOCABULARY).budget == 2_300_000


def test_a_yearly_financing_table_s_grand_total_is_the_budget():
    """Years as rows, parties and « Total » as columns: the corner of the « Total » row and column is the budget."""
    article = ("Un centre de codage à Fquih Ben Salah\nPublié le 22 janvier 2026\n\nLe centre a été inauguré lundi. "
               "Le tableau de financement se lit ainsi (en dirhams) :\n\n"
               "  Année    Conseil provincial         OCP        Total\n"
               "  2026              2 000 000   1 500 000    3 500 000\n"
               "  2027              1 200 000   1 000 000    2 200 000\n"
               "  Total             3 200 000   2 500 000    5 700 000\n")
    assert extract(article, VOCABULARY).budget == 5_700_000
