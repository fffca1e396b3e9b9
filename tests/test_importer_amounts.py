"""Importer: amounts in dirhams and the budget; people to train and jobs."""

import pytest

from announcements.importer import amounts, people, text


def sentences(body):
    return text.parse(f"Un titre assez long pour en être un\n\n{body}").sentences


def budget(body):
    found = amounts.budget(amounts.find(sentences(body)))
    return (found.budget.value if found.budget else None, [a.value for a in found.items], [a.value for a in found.others])


@pytest.mark.parametrize(
    "written, value",
    [
        ("13, 3 millions de dhs", 13300000),
        ("25 millions de dirhams (MDH)", 25000000),
        ("20 MDH", 20000000),
        ("5,3 millions DH", 5300000),
        ("1,1 million de dirhams", 1100000),
        ("9.740.000 dirhams", 9740000),
        ("un milliard de dirhams", 1000000000),
        ("1,2 milliard de dirhams", 1200000000),
        ("750 000 dirhams", 750000),
        ("2 MMDH", 2000000000),
        ("120 millions de centimes", 1200000),
    ],
)
def test_amounts_as_the_press_writes_them(written, value):
    """Every way of writing dirhams met in the press, in whole dirhams."""
    assert budget(f"Le projet coûtera {written}.") == (value, [], [])


@pytest.mark.parametrize("body", [
    "Le marché s'élève à 850 000 DH HT, soit 1 020 000 DH TTC.",
    "Son coût est de 850 000 dirhams hors taxes, soit 1,02 million de dirhams toutes taxes comprises.",
])
def test_the_amount_with_taxes_not_before(body):
    """« 850 000 DH HT, soit 1 020 000 DH TTC »: one amount, the one paid; never their sum."""
    assert budget(body) == (1020000, [], [])


def test_amounts_the_article_says_not_to_confuse_with_the_budget():
    """« Ce chiffre ne doit pas être confondu avec les 120 MDH du programme …, ni avec les 30 millions … »."""
    body = ("Le montant engagé pour le campus atteint 24 millions de dirhams. Ce chiffre ne doit pas être confondu "
            "avec les 120 MDH du programme régional, ni avec les 30 millions de dirhams consacrés au campus voisin.")
    assert budget(body) == (24000000, [], [120000000, 30000000])


def test_what_a_guest_speaks_of_is_not_the_budget():
    """« …, présent en tant qu'invité, a évoqué la Cité de l'innovation, dotée de 100 millions »: another's money."""
    body = ("Le président du conseil, présent à l'inauguration en tant qu'invité, a évoqué la Cité de l'innovation, "
            "dotée de 100 millions de dirhams.\n\nL'investissement consenti pour le centre s'élève à 1,8 MDH.")
    assert budget(body) == (1800000, [], [100000000])


def test_a_plan_for_several_provinces_is_not_the_budget():
    """« doté de 42 MDH pour quatre provinces de la région »: a plan's money, not this initiative's."""
    body = "L'opération s'appuie sur un programme doté de 42 MDH pour quatre provinces de la région."
    assert budget(body) == (None, [], [42000000])


def test_a_total_and_its_parts():
    """« une enveloppe globale de 12 MDH, dont 7 MDH ... et 5 MDH ... »: budget and items, with labels."""
    found = amounts.budget(amounts.find(sentences(
        "L'opération mobilise une enveloppe globale de 12 millions de dirhams, dont 7 MDH pour la formation et "
        "5 MDH pour l'équipement des salles.")))
    assert found.budget.value == 12000000
    assert [(a.value, a.label) for a in found.items] == [(7000000, "la formation"), (5000000, "l'équipement des salles")]


def test_an_amount_that_is_the_sum_of_the_others_is_the_total():
    """« d'un coût de 20 MDH ... 8 MDH par le Conseil et 12 MDH par l'Agence » : 20 = 8 + 12."""
    assert budget("Le projet, d'un coût de 20 MDH, est financé à hauteur de 8 MDH par le Conseil régional et de "
                  "12 MDH par l'Agence.") == (20000000, [8000000, 12000000], [])


def test_parts_given_together_add_up_to_the_budget():
    """Amounts added to one another in one sentence are the parts of one whole: the budget is their sum."""
    assert budget("La création coûtera 25 MDH, auxquels s'ajoutent 30 MDH pour le fonctionnement.") == (
        55000000, [25000000, 30000000], [])


@pytest.mark.parametrize("body", [
    "Le programme mobilisera 35 millions de dirhams sur trois ans, dont 20 millions à la charge de la Région.",
    "L'investissement s'élève à 22 millions de dirhams, dont 8 millions apportés par la Région.",
])
def test_a_part_named_by_dont_is_inside_the_total_never_added_to_it(body):
    """« X, dont Y »: the budget is X; Y is a part of it, left to the editor, never summed with X."""
    total, items, others = budget(body)
    assert total == (35000000 if "35" in body else 22000000)
    assert items == [] and len(others) == 1


@pytest.mark.parametrize("body", [
    "Le budget du centre est fixé à 5,4 millions de dirhams pour ses deux premières années, dont 3 millions de la "
    "Région, 1,2 million de la commune et le reste en nature.",
    "Le budget atteint 5,4 millions de dirhams, versés en deux tranches annuelles égales, la première en mars et la "
    "seconde en septembre, après le bilan d'étape, dont 3 millions de la Région et 1,2 million de la commune.",
])
def test_parts_named_by_dont_after_a_long_clause_are_still_inside_the_total(body):
    """« 5,4 MDH pour ses deux premières années, dont 3 millions … et 1,2 million … »: 5,4 MDH, nothing summed."""
    total, items, others = budget(body)
    assert total == 5400000 and sorted(others) == [1200000, 3000000]


def test_an_earlier_edition_s_money_is_not_this_one_s():
    """« Le budget de la première édition était de 5 MDH »: the third edition's 7,5 MDH is the budget."""
    body = ("La troisième édition a été lancée lundi. Le budget de la première édition était de 5 millions de "
            "dirhams. Pour cette édition, l'agence mobilise 7,5 millions de dirhams.")
    assert budget(body)[0] == 7500000


def test_a_session_s_global_amount_is_not_the_training_convention_s():
    """« 14 conventions pour un montant global de 640 MDH », then « une convention de 18 MDH ... numérique »."""
    body = ("Le conseil a adopté 14 conventions pour un montant global de 640 millions de dirhams. Parmi elles, une "
            "convention de 18 millions de dirhams crée un centre de formation aux métiers du numérique.")
    total, items, others = budget(body)
    assert (total, items) == (18000000, []) and 640000000 in others


@pytest.mark.parametrize("body", [
    "Le conseil a voté 250 MDH de conventions, dont 6 millions pour une école de code. Cette école coûtera 6 millions "
    "de dirhams.",
    "La session a adopté un paquet de conventions totalisant 250 millions de dirhams. L'école de code coûtera 6 "
    "millions de dirhams.",
])
def test_a_bundle_of_conventions_is_not_one_convention_s_budget(body):
    """« 250 MDH de conventions », « un paquet de conventions totalisant 250 millions »: many items, ours one of them."""
    total, items, others = budget(body)
    assert total == 6000000 and 250000000 in others


def test_shares_then_their_sum_said_with_soit():
    """« la commune, qui a apporté 4 MDH, l'agence, qui en a mis 3 millions. Soit un investissement de 7 MDH »: 7 MDH."""
    body = ("Le centre, ouvert depuis mars dans une aile du lycée, est le fruit d'un partenariat entre la commune, qui a "
            "apporté 4 millions de dirhams, l'agence, qui en a mis 3 millions, et le lycée, dont les professeurs "
            "assurent des cours. Soit un investissement de 7 millions de dirhams, matériel compris.\n\nLe groupe "
            "rappelle qu'il consacre chaque année près de 90 millions de dirhams à ses actions sociales.")
    assert budget(body)[0] == 7000000


def test_a_province_s_yearly_envelope_for_many_projects_is_not_the_stage_s():
    """« une enveloppe globale de 40 MDH à 95 projets, toutes thématiques confondues »: the province's, not ours."""
    body = ("Financée à hauteur de 900 000 dirhams par l'INDH, l'étape de Tata accueille 400 élèves.\n\nLe comité "
            "provincial a consacré cette année une enveloppe globale de 40 millions de dirhams à 95 projets, toutes "
            "thématiques confondues.")
    total, items, others = budget(body)
    assert total == 900000 and 40000000 in others


def test_a_tour_s_global_amount_yields_to_the_amount_said_of_the_training_centre_before_it():
    """« cinq projets pour 80 MDH », a road's money, then « …le centre de codage. Son coût : 6,5 MDH (4 + 2,5) »."""
    body = ("Le wali a inauguré samedi cinq projets d'une enveloppe globale de 80 millions de dirhams.\n\n"
            "À Tiflet, une piste rurale a été ouverte pour 9 millions de dirhams.\n\n"
            "À Khémisset, le wali a visité le nouveau centre de codage. Le bâtiment appartient à la commune. Son coût "
            "atteint 6,5 millions de dirhams : 4 millions de la région et 2,5 millions de l'agence.")
    total, items, others = budget(body)
    assert (total, sorted(items)) == (6500000, [2500000, 4000000]) and {80000000, 9000000} <= set(others)


@pytest.mark.parametrize("body, expected", [
    # each party's share, told by its verb over two sentences, and no total said: their sum
    ("La fondation apporte 6 millions de dirhams pour l'équipement. La commune mobilise 2,5 millions de dirhams, "
     "tandis que l'agence contribue à hauteur de 1,5 million de dirhams.", 10000000),
    # « s'engage pour », « prend à sa charge »: shares too
    ("La Région apportera 12 millions de dirhams pour le bâtiment. La fondation s'engage pour 9 millions de dirhams "
     "destinés aux bourses, tandis que la province prend à sa charge 4,5 millions de dirhams de fonctionnement.",
     25500000),
    # each amount with its giver after it, or its giver before it in parentheses, though one equals the others' sum
    ("Le financement est assuré à hauteur de 5 millions de dirhams par la Région, de 2,6 millions par la commune et "
     "de 1,4 million par l'agence.", 9000000),
    ("Le programme est financé par l'Agence de l'Oriental (6 millions de dirhams), le Conseil de la région (4,5 "
     "millions de dirhams) et l'Agence nationale de promotion de l'emploi (ANAPEC), qui y consacre 1,5 million de "
     "dirhams.", 12000000),
    # a contribution in kind valued at its amount; a share whose verb is left out after the first
    ("La Région s'engage à hauteur de 9 MDH. L'Agence apporte 6,5 MDH pour l'équipement. L'association, enfin, "
     "valorise sa contribution à 4,5 MDH sous forme d'encadrement.", 20000000),
    ("La Région y consacre 5,2 millions de dirhams, l'ANAPEC 1,8 million, pour former 250 jeunes. Les élus ont aussi "
     "voté un programme routier de 210 millions de dirhams.", 7000000),
    # shares whose verb is left out after the first, beside a second site's money and a whole budget's
    ("La Région apporte 6 millions de dirhams, l'Université 2,4 millions, sous forme de locaux, et l'association 1,2 "
     "million de dirhams.\n\nUn deuxième site est à l'étude ; le coût de ce second site est estimé à 7 millions de "
     "dirhams.", 9600000),
    ("La Région met 10 millions de dirhams, le conseil provincial 3 millions et l'OFPPT 1,5 million. Notre budget "
     "annuel consacré à la formation, tous programmes confondus, dépasse 60 millions de dirhams.", 14500000),
    # beside what a council already spent and what a relaunched project was given in an earlier month and year
    ("Le Conseil régional rappelle avoir déjà consacré 30 millions de dirhams à l'emploi des jeunes.\n\nLa Région "
     "apporte 11,5 MDH. Le groupe OCP mobilise 9 MDH, et l'INDH 4,2 MDH pour les bourses.", 24700000),
    # « prendra en charge, à hauteur de », « débloquera pour sa part »: shares, their verbs apart from the amount
    ("La Région apportera 12 MDH pour les locaux. Le groupe OCP prendra en charge, à hauteur de 9 MDH, le "
     "fonctionnement. L'INDH débloquera pour sa part 4,5 MDH destinés aux bourses.", 25500000),
    # the unit given once, then each bare number for its province
    ("Son financement est assuré province par province par l'INDH : 420 000 dirhams pour Errachidia, 360 000 pour "
     "Midelt, 380 000 pour Tinghir, 340 000 pour Zagora et 400 000 pour Ouarzazate.", 1900000),
    # a billion and millions of centimes, in words, each party's
    ("Contribuera la région à hauteur d'un milliard et 500 millions de centimes, l'université à hauteur de 300 "
     "millions de centimes et l'agence à hauteur de 200 millions de centimes.", 20000000),
    # « trois apports » and three amounts: three shares, though the first equals the sum of the two others
    ("Le financement repose sur trois apports : 5 millions de dirhams de la Région, 3 millions de l'agence et "
     "2 millions de dirhams de la commune.", 10000000),
    # a cost said, then shares: the cost stays the budget
    ("Le centre coûte 12 millions de dirhams. La Région apporte 8 millions de dirhams et la commune finance "
     "4 millions de dirhams.", 12000000),
    # a share told in the passé composé (« qui a apporté », « qui en a mis »), and a share after « financé par X, à
    # hauteur de », beside works named a long clause before their money
    ("Le club est financé par la commune de Tata, à hauteur de 250 millions de centimes, et par la fondation, qui a "
     "apporté 1,5 million de dirhams.\n\nLa ville attend aussi l'achèvement de la route de 12 kilomètres qui doit "
     "relier les douars de la rive droite de la vallée au centre de la commune, un chantier de 14 millions de "
     "dirhams.", 4000000),
    # « engage » a sum, and a share in kind « l'équivalent d'un million » (a straight apostrophe before « un »)
    ("La Région apporte 6 millions de dirhams pour le matériel. L'Université engage 2,5 millions de dirhams pour les "
     "salles, et l'opérateur, qui apporte l'équivalent d'un million de dirhams en formateurs, assure les cours.",
     9500000),
])
def test_parties_shares_add_up_to_the_budget_when_no_total_is_said(body, expected):
    """Shares told by their givers' verbs (« apporte », « mobilise », « contribue à hauteur de ») are parts of one
    budget; a sentence announcing « trois apports » says its three amounts are parts, not a total and its parts."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("works", [
    "le nouveau marché de proximité du quartier, qui regroupera 230 boutiques pour un coût de 19 millions de dirhams",
    "la réhabilitation du marché central, d'un coût de 12 millions de dirhams",
    "un autre chantier attendu, de 19 millions de dirhams",
    # (« le tout »: the whole of the works told before, after one of their amounts)
    "la route, dont le coût s'élève à 42 milliards de centimes, puis l'hôpital d'Azilal et l'eau potable des douars, "
    "le tout pour une enveloppe globale estimée à 96 milliards de centimes",
])
def test_a_market_or_another_works_site_told_beside_the_school_is_not_its_budget(works):
    """A local correspondent's other news (a market, « un autre chantier ») has its own money: never the school's."""
    body = f"L'école a reçu vendredi sa deuxième promotion de 94 apprenants.\n\nLe président a fait le point sur {works}."
    assert budget(body)[0] is None


def test_an_earlier_year_s_money_alone_is_no_budget_but_a_first_phase_s_is():
    """« le centre, inauguré en 2024 grâce à 2,8 MDH » is the host's past money; « 22 MDH pour la première phase »
    is this initiative's, though a first step."""
    past = ("L'université a rappelé que le centre, inauguré en 2024 grâce à un équipement de 2,8 millions de dirhams, "
            "accueille le bootcamp.")
    found = amounts.budget(amounts.find(sentences(past), year=2026))
    assert found.budget is None and [a.value for a in found.others] == [2800000]
    first = "Vingt-deux millions de dirhams pour la première phase, qui dure dix-huit mois."
    assert amounts.budget(amounts.find(sentences(first), year=2026)).budget.value == 22000000


def test_a_relaunch_s_money_is_not_its_first_launch_s():
    """« Lancée en octobre 2023 avec un budget de 8 MDH »: a month between « en » and the year still dates it."""
    body = ("Lancée en octobre 2023 avec un budget de 8 MDH, la première école a fermé.\n\nLa Région y consacre 6 "
            "millions de dirhams, le groupe OCP 4 millions et l'Université 2 millions.")
    assert amounts.budget(amounts.find(sentences(body), year=2026)).budget.value == 12000000


def test_a_supposed_amount_and_an_earlier_year_s_project_are_not_the_budget():
    """« Si chaque commune mettait 2 MDH, la province disposerait de 20 millions »: supposed; « le pôle annoncé en
    2019 pour 70 MDH »: another year's; the initiative's 4 + 3 MDH make its budget."""
    body = ("Le financement est partagé : 4 millions de dirhams apportés par la Région et 3 millions par l'agence.\n\n"
            "On se souvient du pôle numérique annoncé en 2019 pour 70 millions de dirhams, jamais construit.\n\n"
            "Si chaque commune mettait 2 millions de dirhams, la province disposerait d'un fonds de 20 millions.\n\n"
            "• 7 MDH : budget de la nouvelle académie")
    found = amounts.budget(amounts.find(sentences(body), year=2026))
    assert found.budget.value == 7000000
    assert 2000000 not in [a.value for a in found.others] and 70000000 in [a.value for a in found.others]


@pytest.mark.parametrize("refusal", [
    "Aucun des signataires n'a souhaité communiquer le montant de l'investissement.",
    "Le budget du club reste confidentiel.",
])
def test_an_amount_the_parties_would_not_give_leaves_the_budget_empty(refusal):
    """The only amount is a past project's; the article says the club's own was not given: no budget."""
    body = (f"La ville attend depuis des années un pôle numérique, annoncé avec 150 millions de dirhams.\n\n"
            f"L'université et l'opérateur ont signé lundi la convention du club. {refusal}")
    assert amounts.untold(sentences(body))


@pytest.mark.parametrize("body, expected", [
    # a label, then the shares on list lines
    ("Le club ouvre ses portes à Azilal.\n\nLe financement de cette édition :\n\n• INDH : 500 000 DH\n\n• Région : 300 000 DH\n\n• Association Amal : "
     "100 000 DH\n\nLa session du conseil a aussi voté 40 millions de dirhams pour les routes.", 900000),
    # a label, then the shares after arrows in one sentence, beside another decision's money
    ("Montage financier, sur trois ans : 👉 9 MDH apportés par la Région 👉 6 MDH par l'OCP 👉 3 MDH par l'OFPPT\n\n"
     "• 70 MDH pour les pistes rurales de la province", 18000000),
    # a listed financing that says its own sum
    ("Le montage financier : la région apporte 200 millions de centimes, la commune 100 millions de centimes, soit "
     "une enveloppe de 3 millions de dirhams.", 3000000),
    # list lines where each party gives its share, and a reader's question on the total
    ("✅ L'Académie régionale finance l'équipement : 200 000 dirhams.\n\n✅ L'association apporte 90 000 dirhams."
     "\n\nUn lecteur : c'était 2 MDH au total ? 🤔", 290000),
])
def test_a_listed_financing_adds_up_when_no_total_is_said(body, expected):
    """« Le financement : • A : x • B : y », « Montage financier : 👉 x … 👉 y »: the parties' shares make the budget;
    another decision's money and a question's figure are left to the editor."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the shares of one sentence, and a stadium's money further on
    ("Le club repose sur un partenariat entre l'INDH, qui y a consacré 90 millions de centimes, et la commune, qui a "
     "apporté 40 millions de centimes.\n\nPour les étudiants, la commune a lancé la construction d'un stade municipal "
     "de 3 000 places, à deux pas du campus, pour 20 millions de dirhams.", 1300000),
    # a road's cost alone is not the training's
    ("Le club de code a ouvert lundi.\n\nLe cortège a ensuite inauguré une piste rurale, pour 14 millions de dirhams.",
     None),
    # a company's money put into its own plant
    ("Le bootcamp de la zone franche a démarré lundi. Un équipementier, qui vient d'investir 90 millions de dirhams "
     "dans une nouvelle unité de câblage, suivra l'expérience.", None),    # an amount said to have nothing to do with it, and another deal told in the pluperfect
    ("Le club ouvre lundi. Le groupe annonce un plan d'un milliard de dirhams dans ses réseaux, sans rapport avec ce "
     "programme.", None),
    ("La Région apporte 6 millions de dirhams, la commune 2 millions de dirhams et l'université 1 million de dirhams."
     "\n\nLa région avait déjà signé en 2023 avec sa voisine un accord touristique de 30 millions de dirhams.", 9000000),
])
def test_another_work_s_money_beside_the_training_is_not_its_budget(body, expected):
    """A stadium, a road, a market told beside the training carry their own money: listed, never the budget."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    ("Son coût, initialement fixé à 1,5 million de dirhams, a été porté à 2,1 millions de dirhams.", 2100000),
    ("Estimé à 600 millions de centimes lors de la signature, il atteint désormais 850 millions de centimes.",
     8500000),
    # one party's share revised is not the whole
    ("Un avenant porte l'enveloppe à 20 MDH. La hausse est prise en charge par la région, dont la part atteint "
     "désormais 9 MDH.", 20000000),
])
def test_a_revised_amount_is_the_one_that_now_stands(body, expected):
    """« initialement fixé à A, a été porté à B », « estimé à A lors de la signature, il atteint désormais B »: B."""
    assert budget(body)[0] == expected


def test_amounts_that_do_not_add_up_are_left_to_the_editor():
    """A part that does not make the total is no item: the rule « items sum to budget » always holds."""
    assert budget("Doté d'un budget global de 1,5 million de dirhams, le centre ouvrira. L'INDH en assure "
                  "900 000 dirhams.") == (1500000, [], [900000])
    assert budget("Le centre coûtera 10 MDH. Une seconde tranche de 4 MDH sera votée l'an prochain.") == (
        10000000, [], [4000000])


def test_money_that_is_not_a_budget():
    """Turnover, GDP, startups' fundraising, a tender's bond and estimate are not the project's money."""
    assert budget("Le secteur pèse 2 milliards de dirhams de chiffre d'affaires. La ville produit 5 % du PIB, "
                  "soit 40 milliards de dirhams.") == (None, [], [])
    # what startups raised
    assert budget("L'incubateur a déjà accompagné 40 startups, qui ont levé au total près de 25 millions de "
                  "dirhams.") == (None, [], [])
    # a tender's bond and its owner's estimate
    assert budget("L'estimation des coûts des prestations est fixée à 1 940 000 dirhams TTC. Le montant de la caution "
                  "provisoire est fixé à 30 000 dirhams.") == (None, [], [])


def count(function, body, year=2024):
    found = function(sentences(body), year)
    return (found.value, found.note) if found else None


@pytest.mark.parametrize(
    "body, expected",
    [
        ("La formation de 2000 jeunes en numérique est prévue.", (2000, "objectif")),
        ("Une belle opportunité pour deux milliers de lauréats de la région.", (2000, "")),
        ("Le programme vise à former plus de 100 apprenants.", (100, "plus de, objectif")),
        ("La convention permettra de former cent jeunes.", (100, "")),
        ("Le centre formera une soixantaine de jeunes.", (60, "environ")),
        ("L'école accueille 80 étudiants par cohorte.", (80, "par cohorte")),
        ("150 talents ont été retenus après la sélection.", (150, "formés")),
        ("Le bootcamp est ouvert à 400 stagiaires.", (400, "")),
    ],
)
def test_people_to_train(body, expected):
    """A number attached to jeunes, apprenants, stagiaires, talents, lauréats, étudiants..., and its note."""
    assert count(people.trainees, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "La région compte 230 000 étudiants et 4,4 millions d'habitants.",
        "Près de 65 % des jeunes diplômés ont trouvé un emploi.",
        "Le concours a réuni près de 900 candidats.",
    ],
)
def test_figures_that_are_not_the_trainees(body):
    """Populations, percentages, past years and candidates are not people to train."""
    assert count(people.trainees, body) is None


def test_applications_since_a_month_make_no_sentence_of_the_past():
    """« dossiers déposés depuis décembre »: a month without its year is the last one, this call's; the seats beside
    the people retained are the room's."""
    body = ("Le bootcamp dispose de 80 places, mais l'université a choisi de démarrer prudemment : 60 candidats ont "
            "été retenus pour cette première cohorte, sur 1 400 dossiers déposés en ligne depuis décembre.")
    assert count(people.trainees, body, 2026)[0] == 60


@pytest.mark.parametrize("body, expected", [
    # one sitting's group beside all the pupils the caravan initiates
    ("D'ici fin mai, 1 450 élèves de 38 écoles seront initiés au codage. Le camion-atelier accueille 24 élèves par "
     "séance.", 1450),
    # the next session announced, after this one's graduates
    ("Au total, 27 jeunes femmes et 21 jeunes hommes ont reçu leurs attestations. Une nouvelle session de 70 jeunes "
     "est annoncée pour la rentrée.", 48),
    # sign-ups who filled a form are no trainees; the wave that follows the course is
    ("L'engouement a été immédiat : 420 étudiants ont rempli le formulaire d'adhésion en ligne. Une première vague de "
     "90 étudiants suivra dès ce mois-ci le cycle de formation.", 90),
    # the people retained, told by the verb, beside the places
    ("« Nous avons reçu près de 3 000 candidatures pour 300 places, mais nous avons préféré retenir 240 profils "
     "solides », explique le directeur.", 240),
    # women already signed up with the facilitators, beside the women aimed at this year
    ("Plus de 1 400 femmes se sont déjà inscrites auprès des animatrices. « Nous visons 600 femmes cette année, "
     "réparties en groupes de vingt », a précisé la coordinatrice.", 600),
    # what was promised, then the cohort as it stands
    ("Promise pour 250 jeunes, la première promotion n'en compte que 112.", 112),
    # a session's people beside the province's count of cooperatives
    ("Cette première session concerne 120 femmes issues de 40 coopératives, sur les 610 coopératives que compte la "
     "province.", 120),
])
def test_a_sitting_s_group_the_next_session_and_the_land_s_count_are_not_the_trainees(body, expected):
    """« 24 élèves par séance », « une nouvelle session … annoncée pour la rentrée », « que compte la province »."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_the_headline_and_lead_win_over_a_figure_further_down():
    """The figure the article leads with is the announcement's."""
    found = people.trainees(sentences("L'école formera 120 apprenants.\n\nUne autre école accueille 40 élèves."), 2024)
    assert found.value == 120


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Un accord relatif à la création de 1000 postes permanent dans la région.", (1000, "permanent")),
        ("L'initiative prévoit le recrutement de 500 ingénieurs marocains.", (500, "recrutement d'ingénieurs")),
        ("Le projet créera 800 emplois directs d'ici trois ans.", (800, "directs")),
        ("Le projet promet plus de 300 emplois.", (300, "plus de")),
    ],
)
def test_jobs(body, expected):
    """Jobs, posts and recruitments announced."""
    assert count(people.jobs, body) == expected


def test_jobs_of_another_year_and_recruits_are_kept_apart():
    """« 20 000 postes en 2023 » is history; « recrutement de 500 ingénieurs » is no training."""
    assert count(people.jobs, "Le secteur a créé près de 20 000 postes en 2023.", 2025) is None
    assert count(people.trainees, "Le recrutement de 500 jeunes ingénieurs est prévu.") is None


@pytest.mark.parametrize(
    "body, expected",
    [
        # background recalled by the article, prizes
        ("Le campus coûtera plus de 25 millions de dirhams. Pour rappel, la Cité de l'innovation avait coûté "
         "95 millions de dirhams.", (25000000, [], [])),
        ("Les lauréats ont reçu des prix d'une valeur totale de 150 000 dirhams.", (None, [], [])),
        # no amount in the headline or the lead: the first the text gives, not the largest
        ("Une académie ouvre.\n\nL'académie a coûté 11 millions de dirhams.\n\nLe port voisin a coûté 200 MDH.",
         (11000000, [], [200000000])),
    ],
)
def test_the_budget_among_other_amounts(body, expected):
    """« Pour rappel ... avait coûté », prizes and the amounts further down are not the budget."""
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a group's money across its sites, beside the academy's
        ("Le groupe investit au total près de 90 millions de dirhams cette année dans ses implantations marocaines. "
         "Nous avons engagé 12 M DH sur deux ans pour l'académie.", (12000000, [], [90000000])),
        # a regional programme's money for all its actions, alone: no budget for the initiative
        ("La région rappelle que son programme de développement régional consacre 1,2 milliard de dirhams à "
         "l'emploi des jeunes, toutes actions confondues.", (None, [], [1200000000])),
        # the envelope of the plan the sentence opens on, and a regional plan's weight
        ("La région rappelle que sa feuille de route numérique prévoit, à l'horizon 2030, quinze mille jeunes "
         "formés, pour une enveloppe globale de cent vingt millions de dirhams. Le budget annoncé : six millions "
         "et demi de dirhams.", (6500000, [], [120000000])),
        ("Le lab, financé à hauteur de 850 000 dirhams par la région, ouvrira lundi, alors que le plan régional "
         "d'emploi des jeunes pèse 45 M DH.", (850000, [], [45000000])),
    ],
)
def test_a_group_s_or_a_plan_s_whole_is_not_the_budget(body, expected):
    """« dans ses implantations », « toutes actions confondues », « sa feuille de route … enveloppe globale »."""
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("La convention vise à reconvertir plus de 12 000 demandeurs d'emploi.", (12000, "plus de, objectif")),
        # the staff of a company is not its trainees
        ("L'entreprise, qui emploie déjà 2 500 personnes, prévoit de former 600 jeunes.", (600, "objectif")),
        # a pilot's figure yields to the goal of the same sentence
        ("Après une phase pilote qui a concerné 3 000 adolescents, le programme vise désormais 40 000 jeunes.",
         (40000, "objectif")),
        # a sentence about the past, whose own clause sets a figure ahead
        ("Préparée depuis novembre 2023, l'académie formera 180 personnes la première année.", (180, "")),
    ],
)
def test_people_to_train_among_other_figures(body, expected):
    """Job seekers count; staff, a pilot's figure and the past do not."""
    assert count(people.trainees, body) == expected


def test_a_cohort_told_in_two_parts_or_through_its_admitted_applicants():
    """« 46 jeunes femmes et 34 jeunes hommes » are one cohort of 80; « 80 candidats ont été admis » are its people."""
    assert count(people.trainees, "La promotion compte 46 jeunes femmes et 34 jeunes hommes.")[0] == 80
    body = ("Sur 1 140 dossiers, 80 candidats ont été admis et forment la nouvelle promotion.\n\n"
            "L'objectif reste de former 500 jeunes d'ici 2030.")
    assert count(people.trainees, body)[0] == 80


@pytest.mark.parametrize("body, expected", [
    ("Le premier cycle réunit 75 jeunes et 45 femmes des douars voisins.", 120),
    ("L'atelier accueille 30 élèves, 25 artisanes et 15 agriculteurs de la commune.", 70),
    # the same people twice are two places' figures, not parts of one audience
    ("L'antenne forme 60 jeunes à Tinghir et 40 jeunes à Boumalne.", 60),
    # a whole told with its parts
    ("Trente jeunes, dix-huit garçons et douze filles, suivent le cycle.", 30),
    # the second part named by « autres », or by its province; a fact sheet's line place by place; places, each
    # with its count in brackets
    ("Deux groupes sont prévus : 90 bénéficiaires suivront la formation à Oujda et 60 autres à Berkane.", 150),
    ("La promotion réunit 48 jeunes filles de la province d'Azilal, formées sur place, et 32 de la province de "
     "Khénifra.", 80),
    ("REPÈRES\n\n– Bénéficiaires : 48 à Azilal, 32 à Khénifra\n\n– Budget : 3,4 MDH", 80),
    ("Les bénéficiaires se répartissent entre Errachidia (60), Ouarzazate (55), Zagora (45) et Midelt (35).", 195),
])
def test_an_audience_told_in_parts_of_different_people(body, expected):
    """« 75 jeunes et 45 femmes » are one audience of 120; « 60 jeunes … et 40 jeunes … » are not added."""
    assert count(people.trainees, body)[0] == expected


def test_people_following_since_a_month_of_this_year_and_an_agency_s_files():
    """« Depuis le mois de mars, cent jeunes suivent le programme »: this year's March, the cohort; « à l'agence de
    Tétouan, plus de 2 400 jeunes sans activité sont inscrits »: the jobless on an agency's files, no cohort."""
    body = ("Depuis le mois de mars, cent jeunes suivent le programme « Jisr Digital ».\n\n"
            "Rien qu'à l'agence de Tétouan, plus de 2 400 jeunes sans activité sont inscrits.")
    assert count(people.trainees, body, 2026)[0] == 100


@pytest.mark.parametrize("body", [
    "Cent apprenants ont été admis cette année. La directrice vise 1 000 développeurs formés dans la région d'ici "
    "cinq ans.",
    "Cent jeunes ont entamé mardi la formation, tandis que la province vise à terme quelque cinq cents jeunes formés.",
    "La première promotion, cent jeunes, a commencé les cours. Le centre espère accueillir à terme deux mille "
    "bénéficiaires par an.",
])
def test_this_cohort_before_a_goal_in_the_long_run(body):
    """« d'ici cinq ans », « à terme »: a goal years away yields to the people starting now."""
    assert count(people.trainees, body)[0] == 100


@pytest.mark.parametrize("body, expected", [
    # a cohort's count whatever its people's trade, after an aside on the cohort
    ("La première promotion comptera 350 techniciens. La capacité pourra monter jusqu'à 1 000 apprenants par an.",
     350),
    ("La première promotion, attendue en février, réunira 160 apprenants ; l'académie vise 500 diplômés.", 160),
    # the country's goal, said after its figure, yields to this action's people; alone, it stands
    ("On parle de l'objectif de vingt mille talents formés à l'échelle du pays. La cohorte compte cent quatre-vingts "
     "apprenants.", 180),
    ("Le programme vise 40 000 jeunes dans tout le pays d'ici fin 2026.", 40000),
])
def test_a_cohort_s_count_and_the_country_s_goal(body, expected):
    """« la promotion comptera 350 techniciens » is the cohort; « 20 000 formés à l'échelle du pays » the country's."""
    assert count(people.trainees, body)[0] == expected


def test_a_correction_note_puts_the_count_right():
    """« Rectificatif : une première version indiquait 300 étudiantes. La cohorte compte en réalité 240 »: 240."""
    body = ("La première cohorte compte 300 étudiantes, retenues parmi 1 150 candidatures.\n\nRectificatif : une "
            "première version de cet article indiquait 300 étudiantes pour la première cohorte. La cohorte compte en "
            "réalité 240 étudiantes ; 300 est la capacité annuelle visée.")
    assert count(people.trainees, body)[0] == 240


def test_an_amendment_s_new_total_over_the_places_it_adds():
    """« ajoutent 300 places … le nombre de bénéficiaires passe de 600 à 900 jeunes »: 900, the total after it."""
    body = ("L'avenant relève le budget de moitié et ajoute 300 places de formation aux métiers du numérique.\n\n"
            "Avec ce complément, le nombre de bénéficiaires passe de 600 à 900 jeunes, formés au développement.")
    assert count(people.trainees, body)[0] == 900


def test_a_stop_s_pupils_over_those_of_the_earlier_stops():
    """« une nouvelle étape, au profit de quelque 2.400 élèves » beside « … Tinghir, où 5.100 élèves ont été initiés
    depuis janvier »: 2 400, this stop's; the others' are done."""
    body = ("La caravane a entamé mardi à Zagora une nouvelle étape, au profit de quelque 2.400 élèves du primaire.\n\n"
            "Le ministère rappelle que l'étape de Zagora est la troisième dans la région, après celles d'Errachidia et "
            "de Tinghir, où 5.100 élèves ont été initiés depuis janvier.")
    assert count(people.trainees, body)[0] == 2400


def test_they_are_so_many_said_alone_in_an_answer():
    """« Combien sont-ils ? — Ils sont 160. C'est le résultat d'un long entonnoir » beside « 250 places de travail »:
    160."""
    body = ("L'Oriental Express : Lundi, vous avez ouvert les portes à une nouvelle promotion. Combien sont-ils ?\n\n"
            "Yassine El Bouzidi : Ils sont 160. C'est le résultat d'un long entonnoir.\n\nEn tout, nous avons désormais "
            "250 places de travail, ce qui nous laisse de la marge pour les deux promotions.")
    assert count(people.trainees, body)[0] == 160


def test_so_many_to_train_after_a_future_with_aller():
    """« Nous allons en former 200 pendant sept mois » beside « l'ANAPEC s'engage à placer au moins 120 lauréats en
    emploi »: 200 trained; the 120 are the jobs."""
    body = ("Nous allons en former 200 pendant sept mois, en développement web.\n\nSurtout, l'ANAPEC s'engage à placer au "
            "moins 120 lauréats en emploi dans des entreprises de la région.")
    assert count(people.trainees, body)[0] == 200


def test_a_fair_s_visitors_and_its_job_pledges():
    """« ils étaient près de 3 800 … à venir tenter leur chance au forum », « les 290 promesses d'embauche signées sur
    place »: no trainees; 290 jobs."""
    body = ("Jeunes diplômés, bacheliers, informaticiens : ils étaient près de 3 800, selon les organisateurs, à venir "
            "tenter leur chance au forum de l'emploi.\n\n« Ce qui compte, ce sont les 290 promesses d'embauche signées "
            "sur place », souligne la vice-présidente.")
    assert count(people.trainees, body) is None
    assert count(people.jobs, body)[0] == 290


def test_an_industrial_zone_s_jobs_named_after_a_colon_or_quoted_are_not_the_school_s():
    """« 7 500 emplois directs annoncés, une soixantaine d'usines attendues : l'extension de la zone industrielle est le
    plus gros chantier », « on aime citer le chiffre de 7 500 emplois »: no jobs for the school."""
    body = ("7 500 emplois directs annoncés, une soixantaine d'usines attendues : l'extension de la zone industrielle de "
            "Béni Mellal est le plus gros chantier de la région. Au milieu des lots, une école du numérique formera 150 "
            "stagiaires.\n\nAu conseil régional, on aime citer le chiffre de 7 500 emplois directs attendus. Deux "
            "premiers investisseurs ont déjà signé : un conserveur d'olives de la région, qui prévoit 320 emplois.")
    assert count(people.jobs, body, 2025) is None


def test_staff_retrained_counted_by_their_trade():
    """« 120 téléconseillers ont ouvert leur ordinateur pour leur première journée de formation »: 120."""
    body = ("Sur l'ancien plateau, 120 téléconseillers ont ouvert leur ordinateur pour leur première journée de formation "
            "au développement web.")
    assert count(people.trainees, body)[0] == 120


def test_what_another_academy_has_certified_is_a_record():
    """« Elle a certifié environ 350 étudiants » (the faculty's other academy) beside « Nous visons 1 200 étudiants
    pour l'année universitaire »: 1 200."""
    body = ("La faculté abrite aussi une Huawei ICT Academy. Elle a certifié environ 350 étudiants, surtout en réseaux."
            "\n\nCombien d'étudiants pour le centre ?\n\nNous visons 1 200 étudiants pour l'année universitaire.")
    assert count(people.trainees, body)[0] == 1200


def test_an_answer_giving_the_count_then_a_part_of_it():
    """« Combien sont-ils dans la promotion ? — Quatre-vingt-dix, dont 48 filles. »: 90."""
    body = "Combien sont-ils dans la promotion ?\n\nQuatre-vingt-dix, dont 48 filles. Ça m'a rassurée."
    assert count(people.trainees, body)[0] == 90


def test_an_amendment_brings_the_roll_to_a_new_total():
    """« Près de 1 400 jeunes s'étaient présentés aux tests », « ajoute 80 places, ce qui porte l'effectif à 280
    apprenants »: 280."""
    body = ("Près de 1 400 jeunes s'étaient pourtant présentés aux tests d'admission. Le texte ajoute 80 places, ce qui "
            "porte l'effectif à 280 apprenants.")
    assert count(people.trainees, body)[0] == 280


def test_people_following_a_course_since_the_day_told():
    """« 35 jeunes … suivent depuis cette date une formation »: this session's people, not a past figure."""
    body = ("La session a été lancée le 29 décembre.\n\n35 jeunes, filles et garçons, suivent depuis cette date une "
            "formation de quatre mois.")
    assert count(people.trainees, body)[0] == 35


@pytest.mark.parametrize("body, expected", [
    # an open day's visitors, then the cohort in the rooms
    ("Ils étaient environ 900 visiteurs, samedi, à découvrir l'académie. Dans les salles, les 70 apprenants de la "
     "cohorte actuelle présentaient leurs projets.", 70),
    # a ceremony's graduates, then the next promotion « attendue en septembre »
    ("Le wali a remis leurs attestations aux 48 jeunes de la deuxième promotion. La troisième promotion, attendue en "
     "septembre, accueillera 75 jeunes.", 48),
    ("Le président a félicité les 130 lauréats qui ont reçu leur diplôme samedi, devant 600 invités.", 130),
    # seats beside the people of the same sentence
    ("Nos deux salles comptent 150 places, mais nous avons commencé avec 110 lycéens volontaires.", 110),
    # a school's whole roll, and a room's seats, beside the track's people
    ("La formation est dispensée à l'ISTA, qui accueille par ailleurs 2 100 stagiaires toutes filières confondues. "
     "Sur 300 candidatures, 40 stagiaires ont été retenus.", 40),
    ("L'université, avec plus de 90 000 étudiants, ouvre une session. Une première session de 60 étudiants démarrera "
     "en mai.", 60),
    ("Notre amphi ne contient que 200 places. Le club réunira cette année 55 étudiants.", 55),
    # the cohort as it stands against the number promised (but not a record since the start)
    ("La convention annonçait 100 apprenants dès la première année. Ils ne sont finalement que 52 à suivre les cours.",
     52),
    ("Alors que la convention de 2024 évoquait 120 jeunes, ce sont 66 apprenants qui ont effectivement fait leur "
     "rentrée lundi.", 66),
])
def test_a_ceremony_s_graduates_not_its_audience_nor_the_next_promotion(body, expected):
    """Visitors and guests are an audience; « la troisième promotion, attendue en septembre » is the next one."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the trainees hired, beside the indirect jobs of the site
    ("L'entreprise s'engage à recruter 90 stagiaires pour l'ouverture de son centre. Le site devrait générer quelque "
     "300 emplois indirects.", 90),
    # a new unit's jobs, direct and indirect, are the plant's
    ("La nouvelle unité créera à elle seule 250 emplois directs et près de 2 000 emplois indirects.", None),
    # so many of the cohort, an aside between the verb and the count
    ("Le groupe recrutera, à l'issue du programme, 7 des 24 étudiants de la cohorte dans ses équipes data.", 7),
])
def test_hires_among_the_trainees_before_indirect_or_a_unit_s_jobs(body, expected):
    """« recruter 90 stagiaires » is the promise; indirect jobs come after it; a unit's jobs are the plant's."""
    found = count(people.jobs, body, 2026)
    assert (found[0] if found else None) == expected


def test_a_plant_s_jobs_are_not_the_training_s():
    """« une nouvelle unité de production qui doit créer 1 500 emplois »: the plant's; « recruter 40 lauréats dans
    son usine » is the training's promise."""
    body = ("Le directeur du site a rappelé les chantiers du groupe, dont une nouvelle unité de production qui doit "
            "créer 1 500 emplois.")
    assert count(people.jobs, body, 2026) is None
    assert count(people.jobs, "Le groupe s'engage à recruter 40 lauréats dans son usine de Kénitra.", 2026)[0] == 40


def test_a_region_s_goal_by_a_year_and_a_hiring_share_are_no_jobs_of_their_own():
    """« La région affiche l'ambition de créer 5 000 emplois … d'ici 2030 »: the land's; « recruter au moins trois
    stagiaires sur quatre »: a share of the promotion (worked out from its size elsewhere), not three jobs."""
    body = "La région affiche l'ambition de créer 5 000 emplois dans les services d'ici 2030."
    assert count(people.jobs, body, 2026) is None
    assert count(people.jobs, "Les entreprises s'engagent à recruter au moins trois stagiaires sur quatre.") is None
    assert count(people.jobs, "La région entend créer 200 emplois grâce à cette académie.", 2026)[0] == 200
    assert count(people.jobs, "Des entreprises s'engagent pour 400 emplois directs sur trois ans.", 2026)[0] == 400


def test_a_club_equipped_with_about_twenty_workstations_promises_no_jobs():
    """« Le club, équipé d'une vingtaine de postes »: computers."""
    assert count(people.jobs, "Le club, équipé d'une vingtaine de postes et d'un FabLab, ouvre lundi.") is None


def test_jobs_counted_roughly():
    """« une quarantaine d'embauches »: about 40 jobs."""
    assert count(people.jobs, "Ses promoteurs visent une quarantaine d'embauches dans la zone.") == (40, "environ")


def test_a_room_s_workstations_are_no_jobs():
    """« La salle de travaux pratiques, équipée par Huawei, compte quarante postes »: computers, not jobs."""
    body = "La salle de travaux pratiques, équipée par Huawei Maroc, compte quarante postes, pour des groupes."
    assert count(people.jobs, body) is None


@pytest.mark.parametrize("body, expected", [
    # who works in the region, then the wave trained
    ("La région compte environ 9 000 fonctionnaires communaux ; une première vague de 1 200 agents sera formée cette "
     "année.", 1200),
    # what the room could hold, told in the past
    ("Soixante apprenants y suivront six mois de formation. Le centre pouvait accueillir jusqu'à 80 personnes.", 60),
    # rooms « pouvant accueillir », before the cohort
    ("Le lab dispose de deux salles pouvant accueillir 120 apprenants. La première promotion compte 48 jeunes.", 48),
    # a cohort that « suit depuis un parcours » (since the launch just told), beside another programme's pupils
    ("Le programme de soutien scolaire a accompagné 2 600 élèves. Lancée en janvier, l'édition locale réunit des "
     "jeunes diplômés : soixante-quinze jeunes suivent depuis un parcours de douze semaines.", 75),
    # a wish (« il faudrait former 3 000 jeunes ») and a box of key figures, the number first
    ("Un économiste estime qu'« il faudrait former 3 000 jeunes par an ».\n\n• 140 : apprenants de la première "
     "cohorte", 140),
    # applications received « depuis l'été »: this year's, the cohort counts
    ("La cohorte compte 210 apprenants, retenus parmi 1 900 candidatures reçues depuis l'été.", 210),
])
def test_a_region_s_workforce_and_a_room_s_capacity_are_no_trainees(body, expected):
    """« La région compte 9 000 fonctionnaires », « pouvait accueillir jusqu'à 80 »: not the people trained."""
    assert count(people.trainees, body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    ("Prison d'Oukacha : 45 détenus apprennent à coder avec le programme, lancé lundi.", 45),
    ("Sur 640 dossiers déposés, 200 migrants de retour ont été admis dans la première cohorte.", 200),
])
def test_people_of_unusual_publics(body, expected):
    """Prisoners, returning migrants: people trained, however they are called."""
    assert count(people.trainees, body)[0] == expected


def test_an_exact_count_refines_a_rounded_one():
    """« Plus de quatre cents étudiants » in the lead, « 420 étudiants sont inscrits » below: 420."""
    body = ("Plus de quatre cents étudiants pourront y préparer des certifications.\n\nPour cette première année, "
            "420 étudiants sont inscrits dans les parcours de l'académie.")
    assert count(people.trainees, body)[0] == 420


def test_jobs_found_for_the_people_trained():
    """« L'ANAPEC s'est engagée à placer au moins 80 bénéficiaires dans des emplois »: 80 jobs."""
    body = "L'ANAPEC s'est engagée à placer au moins 80 bénéficiaires dans des emplois auprès des centres d'appels."
    assert count(people.jobs, body)[0] == 80


def test_employers_of_an_industrial_zone_promise_the_initiative_s_jobs():
    """« Douze entreprises de la zone franche se sont engagées à recruter 300 lauréats »: the zone is where the
    employers stand, and the 300 jobs are the campus's; « la zone industrielle créera 2 000 emplois » is the zone's."""
    body = "Douze entreprises de la zone franche se sont engagées à recruter 300 lauréats du campus."
    assert count(people.jobs, body)[0] == 300
    body = "Les entreprises de la zone industrielle de Ras El Ma se sont engagées à créer 120 emplois pour les lauréats."
    assert count(people.jobs, body)[0] == 120
    assert count(people.jobs, "La nouvelle zone industrielle devrait créer 2 000 emplois.") is None


def test_the_initiative_s_own_jobs_set_apart_from_a_whole_s():
    """« l'extension du site, un projet qui prévoit 600 postes au total. L'académie elle-même doit déboucher sur 200
    embauches »: the academy's 200."""
    body = ("L'académie accompagne l'extension du site de l'entreprise, un projet de 120 MDH qui prévoit 600 postes au "
            "total. L'académie elle-même doit déboucher sur 200 embauches en CDI d'ici fin 2027.")
    assert count(people.jobs, body)[0] == 200


def test_jobs_for_some_of_the_people_trained():
    """« recrutera 150 d'entre eux », « en recrutera 150 »: jobs, counted apart from the trainees."""
    body = "L'entreprise formera 400 jeunes et s'engage à recruter 150 d'entre eux."
    assert count(people.jobs, body) == (150, "recrutement parmi les personnes formées")
    assert count(people.trainees, body) == (400, "")
    assert count(people.jobs, "Une entreprise formera 400 jeunes et en recrutera 150.")[0] == 150
    # how they are hired, between the verb and the figure
    assert count(people.jobs, "Le groupe s'engage à recruter en CDI au moins 50 lauréats de l'académie.")[0] == 50
    assert count(people.jobs, "La société recrutera progressivement 40 développeurs.")[0] == 40


@pytest.mark.parametrize("body", [
    # the speaker's company, in the first person, some of them
    "C'est notre engagement : nous recruterons en CDI au moins 60 d'entre eux à l'issue du parcours.",
    # the employers together
    "Les deux éditeurs s'engagent à recruter ensemble 60 lauréats de l'école, en contrat à durée indéterminée.",
    # so many of so many trained, hired
    "À l'issue de la formation, au moins 60 des 72 participants seront recrutés en CDI par l'entreprise.",
    # a contract signed by so many of them
    "« Au moins 60 d'entre eux signeront un contrat à durée indéterminée chez nous à la sortie », a-t-il assuré.",
    # hired already, of the promotion the article is about
    "La promotion compte 94 lauréats. Selon l'école, 60 d'entre eux ont déjà signé un contrat de travail.",
    "Sur les 71 diplômés de cette promotion, 60 ont déjà signé un contrat de travail, parfois en télétravail.",
    # so many of so many, after the verb; a pluperfect told at the ceremony
    "L'entreprise s'engage à recruter au moins 60 des 80 juniors en CDI à l'issue de la formation.",
    "Samedi, la direction a annoncé que 60 lauréats avaient déjà signé un contrat de travail.",
])
def test_hires_promised_among_the_people_trained_in_other_words(body):
    """« nous recruterons … 60 d'entre eux », « recruter ensemble 60 lauréats », « 60 des 72 participants seront
    recrutés », « 60 d'entre eux signeront un contrat à durée indéterminée »: 60 jobs."""
    assert count(people.jobs, body)[0] == 60


def test_pupils_and_job_opportunities():
    """« 500 lycéens » are people to train; « 450 opportunités d'emploi » are jobs."""
    assert count(people.trainees, "Le programme accompagnera 500 lycéens de Khouribga.") == (500, "")
    assert count(people.jobs, "Le centre devrait générer 450 opportunités d'emploi.")[0] == 450


def test_figures_of_the_situation_before_the_announcement_are_not_its_trainees():
    """« Jusqu'ici » describes what the announcement changes: the other campus's capacity is not its own."""
    body = ("Le nouveau centre accueille dès cette rentrée 180 stagiaires.\n\nJusqu'ici, les jeunes devaient partir à "
            "Guelmim, où le campus principal peut accueillir plus de 1.300 stagiaires.")
    assert count(people.trainees, body)[0] == 180


def test_computers_are_not_jobs():
    """« vingt postes informatiques » equip a room; « 30 postes de travail » too."""
    assert count(people.jobs, "La salle est équipée de vingt postes informatiques.") is None
    assert count(people.jobs, "Le centre dispose de 30 postes de travail.") is None
    assert count(people.jobs, "Le centre créera 30 postes qualifiés.")[0] == 30


def test_amounts_whose_unit_the_list_leaves_out():
    """« 6 millions de dirhams ..., 4 millions ... et 2,5 millions » are three amounts in dirhams."""
    body = ("Le financement repose sur trois contributions : 6 millions de dirhams apportés par la chambre, "
            "4 millions par la commune et 2,5 millions par le conseil préfectoral.")
    assert budget(body) == (12500000, [6000000, 4000000, 2500000], [])
    assert budget("Le centre coûte 5 millions de dirhams pour une ville de 2 millions d'habitants.") == (5000000, [], [])


def test_a_monthly_grant_in_the_sentence_does_not_hide_the_budget():
    """Only the amount of the grant itself is left out, not the budget named beside it."""
    body = "Une enveloppe de 3,2 millions de dirhams couvre la formation et une bourse mensuelle pour les stagiaires."
    assert budget(body) == (3200000, [], [])
    assert budget("Chaque stagiaire reçoit une bourse mensuelle de 1.500 dirhams.") == (None, [], [])


def test_a_strategys_targets_are_not_the_announcements():
    """« la stratégie X, qui vise 240.000 emplois et 100.000 jeunes formés par an »: national targets."""
    body = ("Ce programme s'inscrit dans la stratégie Maroc Digital 2030, qui vise la création de 240.000 emplois "
            "et la formation de 100.000 jeunes par an.")
    assert count(people.jobs, body) is None
    assert count(people.trainees, body) is None


def test_amounts_listed_with_one_unit_at_the_end():
    """« s'élèvent respectivement à 30, 15 et 5 millions de dirhams »: three contributions, 50 MDH."""
    body = "Les apports du ministère, de la région et de la SDL s'élèvent respectivement à 30, 15 et 5 millions de dirhams."
    assert budget(body) == (50000000, [30000000, 15000000, 5000000], [])


def test_money_of_another_time_is_left_out_only_where_it_is_said():
    """« L'an dernier, la région avait investi 40 MDH » is the past; an amount followed by a clause about the past is not."""
    assert budget("L'an dernier, la région avait investi 40 MDH dans un autre centre.") == (None, [], [])
    assert budget("Le projet, d'un coût de 650 000 dirhams, s'inspire d'un programme qui avait formé l'an dernier 300 jeunes.") \
        == (650000, [], [])


def test_professions_to_train_and_market_needs():
    """« former 5 000 spécialistes » are trainees; « des besoins estimés à 10 000 postes » are no jobs."""
    assert count(people.trainees, "Objectif : former 5 000 spécialistes d'ici 2027.")[0] == 5000
    assert count(people.jobs, "Les besoins du marché sont estimés à plus de 10 000 postes à l'horizon 2030.") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("L'année dernière nous avons formé 6 000 talents.", (6000, "formés")),
        ("Depuis 2018, l'école a formé plus de 900 lauréats.", (900, "plus de, formés")),
        ("En 2019, l'école avait formé 300 jeunes.", (300, "formés")),
        ("Depuis 2018, l'école a formé plus de 900 lauréats. Elle formera 200 jeunes cette année.", (200, "")),
    ],
)
def test_people_trained_in_the_past_are_proposed_as_trained_and_lose_to_this_announcement(body, expected):
    """A past figure of people trained is kept as « formés », the draft's last resort; the action's own wins."""
    assert count(people.trainees, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Le campus offre 1 200 places pédagogiques dès la rentrée.", (1200, "capacité")),
        ("Le centre aura une capacité de 300 à 400 étudiants.", (400, "capacité")),
        ("L'école compte cette année 85 inscrits.", (85, "inscrits")),
        ("Une promotion de 45 a fait sa rentrée lundi.", (45, "par promotion")),
        ("Les 60 apprenants ont été sélectionnés parmi quelque 2 600 inscrits en ligne.", (60, "")),
    ],
)
def test_places_capacity_enrolment_and_cohorts_say_what_they_count(body, expected):
    """Seats and capacity are capacity, « inscrits » are enrolled, a cohort is per cohort; a pool is not counted."""
    assert count(people.trainees, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("L'école recevra une promotion de 60 jeunes en mars. Elle vise à former 240 jeunes en quatre ans.",
         (60, "par promotion")),
        ("L'école vise à former 240 jeunes en quatre ans.", (240, "objectif")),
    ],
)
def test_this_cohort_beats_a_goal_over_the_years(body, expected):
    """« une promotion de 60 » then « former 240 en quatre ans »: the people this announcement trains; the goal over
    the years when it is all the article gives."""
    assert count(people.trainees, body) == expected


def test_the_country_s_target_is_not_the_action_s():
    """« Le Maroc s'est fixé l'objectif de former 50 000 jeunes »: the headline's 300 are the action's."""
    body = ("Khénifra : 300 jeunes dans la nouvelle académie. Le Maroc s'est fixé l'objectif de former 50 000 "
            "jeunes d'ici 2027, a rappelé le ministère.")
    assert count(people.trainees, body) == (300, "")


def test_today_s_figure_set_against_last_year_s():
    """« 45 élèves cette année, contre 30 l'an dernier »: 45, not nothing and not 30."""
    assert count(people.trainees, "Nous accueillons 45 élèves cette année, contre 30 l'an dernier.") == (45, "")


def test_since_yesterday_is_this_week_s_news_not_the_past():
    """« suivent depuis hier », « financée depuis lundi »: today's figures; « depuis 2018 » is the past."""
    assert count(people.trainees, "Cent vingt jeunes, soit 120 jeunes, suivent depuis hier la formation.") == (120, "")
    assert budget("La formation, financée depuis lundi, coûte 3 MDH.")[0] == 3000000
    assert budget("Depuis 2018, la région a investi 3 MDH.")[0] is None


def test_a_trade_s_outlook_is_not_the_action_s_jobs():
    """« Selon l'agence, le secteur pourrait créer 3 000 emplois »: no jobs for this convention."""
    assert count(people.jobs, "Selon l'agence, le secteur pourrait créer 3 000 emplois dans la région.") is None


def test_a_headline_participle_does_not_make_people_trained():
    """« 250 jeunes formés à la data » over a course that starts: the kind is left to the editor."""
    found = people.trainees(text.parse("Kénitra : 250 jeunes formés aux métiers de la data\n\nLa formation a "
                                       "commencé hier au profit de 250 jeunes.").sentences, 2025)
    assert (found.value, people.kinds(found.note)[0]) == (250, "")


def test_a_closed_programme_s_people_are_trained():
    """« le programme, qui a permis à 800 femmes d'apprendre à vendre en ligne, a été clôturé »: trained."""
    found = people.trainees(sentences("La coopérative a clôturé hier le programme, qui a permis à 800 femmes "
                                      "d'apprendre à vendre en ligne."), 2025)
    assert (found.value, people.kinds(found.note)[0]) == (800, "trained")


def test_a_record_of_people_trained_gives_way_to_the_new_action():
    """« 2 000 jeunes formés en cinq ans ... l'antenne accueillera 150 stagiaires »: the 150 are the news."""
    found = people.trainees(text.parse("Laâyoune : 2 000 jeunes formés en cinq ans par l'institut\n\nL'institut a "
                                       "formé 2 000 jeunes. Son antenne de Boujdour accueillera 150 stagiaires dès "
                                       "septembre.").sentences, 2025)
    assert found.value == 150


def test_the_first_cohort_stands_beside_the_goal_in_years():
    """« Trente étudiants intégreront la première promotion » then « doit former 150 ingénieurs en cinq ans »: the
    first promotion's people."""
    body = ("Trente étudiants intégreront la première promotion du master. À terme, le master doit former 150 "
            "ingénieurs en cinq ans.")
    assert count(people.trainees, body) == (30, "par promotion")
    assert count(people.trainees, "Trente étudiants intégreront la première promotion du master.") == (30, "par promotion")


def test_each_year_before_the_figure_makes_it_yearly():
    """« formera chaque année 120 jeunes »: 120 per year."""
    assert count(people.trainees, "Le centre formera chaque année 120 jeunes.") == (120, "par an")


def test_what_a_campus_can_hold_is_capacity():
    """« pourra accueillir jusqu'à 500 étudiants »: a capacity, never people trained."""
    assert count(people.trainees, "Le campus pourra accueillir jusqu'à 500 étudiants.") == (500, "jusqu'à, capacité")


def test_people_since_a_recent_day_are_this_action_s():
    """« accueille depuis le 2 février 25 jeunes »: 25, not a figure of the past."""
    assert count(people.trainees, "L'espace accueille depuis le 2 février 25 jeunes.")[0] == 25


def test_a_national_objective_in_passing_is_not_the_action_s():
    """« l'objectif national de former 100 000 jeunes par an »: not the school's, whose cohort is 120."""
    body = "Nous avons retenu une promotion de 120 apprenants. On parle de l'objectif national de former 100 000 jeunes."
    assert count(people.trainees, body)[0] == 120


def test_people_without_a_noun_after_their_number():
    """« Ils étaient 140 à franchir la porte », « 60 coopératrices formées »: people counted."""
    assert count(people.trainees, "Ils étaient 140, lundi matin, à franchir la porte de l'école.")[0] == 140
    assert count(people.trainees, "Au total, 60 coopératrices suivront la formation.")[0] == 60


def test_graduates_recruited_are_jobs_not_trainees():
    """« recruter 10 lauréats par an » promises jobs; it counts no one to train."""
    body = "La société s'est engagée à recruter 10 lauréats par an."
    assert count(people.trainees, body) is None
    assert count(people.jobs, body)[0] == 10


def test_what_each_note_means_for_the_front_matter():
    """The note's words become trainees_kind and trainees_period."""
    assert people.kinds("capacité") == ("capacity", "total", "")
    assert people.kinds("inscrits") == ("enrolled", "total", "")
    assert people.kinds("par promotion") == ("", "per_cohort", "")


@pytest.mark.parametrize(
    "body, expected",
    [
        # the larger project the initiative is part of, named in a clause hanging on it
        ("D'un coût de 28 millions de dirhams, le campus s'inscrit dans le projet « Agadir Technopole », dont le "
         "coût global atteint 900 millions de dirhams.", (28000000, [], [900000000])),
        # a strategy's envelope in the same sentence as the programme's own money
        ("Doté de 12 MDH, le programme constitue l'un des volets de la stratégie nationale, dont l'enveloppe "
         "atteint 9 milliards de dirhams.", (12000000, [], [9000000000])),
        # works to build, in another sentence: « pour un investissement global » hangs on the building
        ("Le centre a coûté 30 millions de dirhams. Le groupe prévoit de construire trois centres de données "
         "à Berrechid, pour un investissement global de 2 milliards de dirhams.", (30000000, [], [2000000000])),
        # its own fitting out, said with a possessive, beside its region's development plan
        ("Le centre compte 60 postes. Son aménagement et son équipement ont mobilisé 3,8 M DH, dans le cadre de son "
         "programme de développement régional doté de 1,2 milliard de dirhams.", (3800000, [], [1200000000])),
    ],
)
def test_a_larger_wholes_money_is_listed_not_taken_for_the_budget(body, expected):
    """The initiative's own money is the budget; a strategy's envelope or a wider project's cost is only listed."""
    assert budget(body) == expected


def test_a_convention_paying_for_a_technopark_is_still_the_articles_money():
    """« la seconde porte sur l'appui au Technopark, pour 2 MDH »: a convention's own object, counted."""
    found = amounts.find(sentences("La première convention porte sur un centre de formation, pour 5 MDH, et la "
                                   "seconde sur l'appui au Technopark, avec un montage financier de 2 MDH."))
    assert [(a.value, a.scope) for a in found] == [(5000000, ""), (2000000, "")]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a national plan's target, in its own clause, is never the initiative's count
        ("La stratégie nationale mobilise 11 milliards de dirhams et vise 100 000 jeunes formés chaque année. "
         "L'école de Taza accueillera 60 apprenants.", 60),
        ("Question : le pays parle de former 50 000 talents par an. Réponse : nous formerons 40 jeunes cette année.", 40),
        # the people of a promotion before the room's capacity, even with a comma after the number
        ("Les locaux ont une capacité de 100 à 200 étudiants. Nous avons une première promotion de 70, choisis "
         "parmi 500 candidats.", 70),
    ],
)
def test_the_initiatives_own_count_of_people(body, expected):
    """Not a national plan's target, and a promotion's people before a capacity."""
    assert count(people.trainees, body)[0] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Le camion-école abrite une salle informatique de seize postes.",
        "« On a 300 postes ouverts et personne pour les pourvoir », dit une recruteuse.",
        "Le groupe promet par ailleurs 400 emplois directs, mais pour son centre d'appels, sans lien avec l'école.",
    ],
)
def test_workstations_vacancies_and_unrelated_jobs_are_not_the_initiatives(body):
    """A room's workstations, a trade's vacancies, jobs the sentence ties to something else: no jobs."""
    assert count(people.jobs, body) is None


def test_an_editions_seats_not_the_people_of_an_earlier_one():
    """« 80 places pédagogiques, contre 60 …, dont 52 participants avaient trouvé un emploi »: the 80 seats."""
    body = ("Cette édition offrira 80 places pédagogiques, contre 60 lors de la deuxième édition, dont 52 "
            "participants avaient trouvé un emploi.")
    assert count(people.trainees, body)[0] == 80


@pytest.mark.parametrize(
    "written, value",
    [("une vingtaine de millions de dirhams", 20000000), ("un demi-milliard de dirhams", 500000000),
     ("un milliard et demi de dirhams", 1500000000), ("deux millions et demi de DH", 2500000),
     ("douze millions et demi de dirhams", 12500000), ("vingt-cinq millions et demi de DH", 25500000)],
)
def test_amounts_in_words(written, value):
    """« une vingtaine de millions », « un demi-milliard », « un milliard et demi »."""
    assert budget(f"Le programme est doté de {written}.")[0] == value


@pytest.mark.parametrize(
    "body, expected",
    [
        # a price and a salary beside the programme's money
        ("Une formation équivalente coûte entre 45 000 et 60 000 dirhams. Le salaire d'embauche moyen est estimé à "
         "9 000 dirhams bruts. Le programme est financé à hauteur de 30 millions de dirhams.", (30000000, [], [])),
        # an advertisement's offer inside the page
        ("4 000 DH de remise immédiate. Le bootcamp est doté de 2 MDH.", (2000000, [], [])),
        # a site's total cost, said in its own sentence
        ("Le complexe, dont le coût total a dépassé 24 milliards de dirhams, attire les ingénieurs. Le programme "
         "est doté de 6,8 MDH.", (6800000, [], [24000000000])),
        # an initiative lodged in a larger project, in apposition
        ("L'institut coûtera 45 MDH. Il sera implanté dans la future technopole, un projet plus large dont le coût "
         "total atteint 1,1 milliard de dirhams.", (45000000, [], [1100000000])),
        # the envelope the amounts told before belong to
        ("Le coût du projet est estimé à 120 millions de dirhams. Ces montants s'inscrivent dans l'enveloppe globale "
         "de 1,1 milliard de dirhams.", (120000000, [], [1100000000])),
    ],
)
def test_prices_offers_and_sites_costs_are_not_the_budget(body, expected):
    """Prices, salaries, offers are no budget; a site's or a larger project's cost is only listed."""
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Le programme bénéficiera à dix mille (10 000) jeunes des provinces.", 10000),
        ("Hier, 150 (cent cinquante) jeunes ont commencé la formation.", 150),
        ("Le bâtiment est conçu pour accueillir de 250 à 300 étudiants, mais la première promotion compte 90 élèves.",
         90),
        ("Le projet s'inscrit dans l'effort national visant à former 100 000 talents chaque année. Le centre formera "
         "500 bénéficiaires par an.", 500),
    ],
)
def test_a_number_written_twice_a_buildings_room_and_a_national_effort(body, expected):
    """« dix mille (10 000) » is one number; a promotion before the room; a national effort is not the centre's."""
    assert count(people.trainees, body)[0] == expected


def test_what_we_could_hold_at_full_speed_and_an_answer_naming_its_edition():
    """« en a retenu 80. « À plein régime, nous pourrons accueillir jusqu'à deux cents apprenants » »: 80; « —
    Combien de jeunes accueillez-vous ? — Soixante-dix pour cette première promotion. »: 70."""
    body = ("L'école a reçu 1 150 candidatures et en a retenu 80. « À plein régime, nous pourrons accueillir jusqu'à "
            "deux cents apprenants par an », explique le directeur.")
    assert count(people.trainees, body)[0] == 80
    body = ("— Combien de jeunes accueillez-vous ?\n\n— Soixante-dix pour cette première promotion. Nous avons reçu "
            "six cents candidatures.")
    assert count(people.trainees, body)[0] == 70


def test_a_first_cohort_before_a_later_stage_and_a_trade_s_outlook_told_at_length():
    """« une première promotion de 100 apprenants, avant de monter progressivement à 300 »: 100; « les perspectives
    d'emploi dans le secteur de la pêche et de l'aquaculture, qui devrait créer, selon lui, près de 2 000 postes »: no
    jobs of the initiative."""
    body = ("Le centre accueillera une première promotion de 100 apprenants à la rentrée, avant de monter "
            "progressivement à 300 apprenants.")
    assert count(people.trainees, body)[0] == 100
    body = ("Un représentant, invité à la cérémonie, a présenté les perspectives d'emploi dans le secteur de la pêche "
            "et de l'aquaculture, qui devrait créer, selon lui, près de 2 000 postes dans la région d'ici 2030.")
    assert count(people.jobs, body) is None


def test_a_promise_of_jobs_beside_those_already_signed():
    """« se sont engagées à recruter 30 lauréats d'ici l'été ; une dizaine ont déjà signé »: the 30 promised."""
    body = ("Les entreprises partenaires se sont engagées à recruter 30 lauréats d'ici l'été ; une dizaine ont déjà "
            "signé un contrat.")
    assert count(people.jobs, body)[0] == 30


def test_a_cohort_per_workshop_and_their_sum_told_with_soit():
    """« Chaque atelier formera une cohorte de 90 jeunes, soit 180 stagiaires cette année »: the 180."""
    body = "Chaque atelier formera une cohorte de 90 jeunes de 18 à 30 ans, soit 180 stagiaires pour cette année."
    assert count(people.trainees, body)[0] == 180


def test_a_figure_of_another_story_the_programme_told():
    """« on vous parlait ici même de l'école X, qui accueille cette année 300 apprenants »: another story's."""
    body = ("ANIMATRICE : Combien de femmes vont être formées ?\n\nINVITÉE : Pour ce premier groupe, soixante "
            "femmes.\n\nANIMATRICE : Je rappelle à nos auditeurs qu'à Oujda, "
            "on vous parlait ici même de l'école Atlas Code, qui accueille cette année plus de trois cents apprenants.")
    assert count(people.trainees, body)[0] == 60


def test_a_fact_sheet_line_of_the_people_admitted():
    """« - Apprenants retenus : 110, dont 47 jeunes femmes » under « - Candidatures reçues : 900 »: 110."""
    body = "Chiffres clés :\n\n- Candidatures reçues : 900.\n\n- Apprenants retenus : 110, dont 47 jeunes femmes."
    assert count(people.trainees, body)[0] == 110
    assert count(people.trainees, "- Jeunes femmes retenues pour cette première édition : 45")[0] == 45


def test_a_fact_sheet_a_future_capacity_and_a_larger_wholes_jobs():
    """« - Bénéficiaires : 300 »; « devrait pouvoir accueillir, à terme, de 600 à 800 » gives way to a promotion;
    the jobs of the technopole the institute is lodged in are not the institute's."""
    assert count(people.trainees, "Fiche technique :\n\n- Durée : 6 mois\n\n- Bénéficiaires : 300")[0] == 300
    body = ("L'institut devrait pouvoir accueillir, à terme, de 600 à 800 étudiants. Une première promotion de 150 "
            "étudiants est prévue à l'ouverture.")
    assert count(people.trainees, body)[0] == 150
    body = ("L'institut sera implanté dans la future technopole, un projet plus large qui devrait créer, à terme, "
            "2 000 emplois. L'institut lui-même emploiera 60 personnes (60 emplois directs).")
    assert count(people.jobs, body)[0] == 60


@pytest.mark.parametrize(
    "body, expected",
    [
        # a development model's envelope, in a clause hanging on the centre's inauguration
        ("Le wali a inauguré le centre, qui s'inscrit dans le cadre du nouveau modèle de développement, que chacun "
         "salue, et dont l'enveloppe globale dépasse les 77 milliards de dirhams. Le centre a coûté 45 MDH.",
         (45000000, [], [77000000000])),
        # a wider site's cost, through « celui du … »
        ("Le projet a coûté 14,5 MDH. Il s'inscrit dans un chantier bien plus large, celui du futur pôle "
         "technologique, dont le coût global est estimé à 220 millions de dirhams.", (14500000, [], [220000000])),
        # a session's total for all its points
        ("Le conseil a adopté l'ensemble des onze points, pour un montant global de conventions de 612 millions de "
         "dirhams. Une convention de 36 MDH porte sur une école de programmation.", (36000000, [], [612000000])),
        # a plan told after the pluperfect: its money is the one announced
        ("Tel qu'il avait été présenté en avril, le volet devait former 300 jeunes, pour un budget de 18 MDH.",
         (18000000, [], [])),
    ],
)
def test_envelopes_of_a_model_a_site_or_a_session_and_a_plan_told_in_the_past(body, expected):
    """Larger wholes are listed; a session's total is not one decision's; « devait … pour 18 MDH » is the plan's."""
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Le budget de la cohorte s'élève à 12 MDH. Le ministre a rappelé que la stratégie « Maroc Numérique », "
         "dotée d'une enveloppe globale de 11 milliards de dirhams, vise 100 000 jeunes.",
         (12000000, [], [11000000000])),
        ("Son budget est de 2 millions de dirhams. Il s'inscrit dans le plan provincial d'insertion des jeunes, doté "
         "au total de 30 millions de dirhams sur trois ans.", (2000000, [], [30000000])),
        ("Elle est dotée d'un budget de 22 MDH. L'école ne constitue qu'une composante du Pôle numérique, un projet "
         "de 380 millions de dirhams.", (22000000, [], [380000000])),
    ],
)
def test_a_strategy_a_plan_or_a_pole_the_initiative_is_part_of(body, expected):
    """« la stratégie …, dotée de », « s'inscrit dans le plan …, doté de », « une composante du Pôle …, un projet de »."""
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("L'objectif affiché par l'État — former 100 000 talents par an — fait sourire : nous en formons 110 jeunes.",
         110),
        ("À l'échelle du pays, le programme vise toujours 6 000 personnes formées. À Martil, 350 jeunes suivent les "
         "cours.", 350),
        ("La filière fait vivre, selon les coopératives, près de 20 000 femmes. L'école accueille 60 apprenantes.", 60),
    ],
)
def test_the_states_objective_the_countrys_scale_and_a_livelihood_are_not_the_count(body, expected):
    """« l'objectif affiché par l'État », « à l'échelle du pays », « fait vivre 20 000 femmes »: not this action's."""
    assert count(people.trainees, body)[0] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("La salle des opérations de sécurité, équipée de 40 postes, ouvre lundi.", None),
        ("Quelque 250 emplois directs sont attendus de l'ensemble du pôle, sans que la part de l'école soit précisée.",
         None),
        ("L'an dernier, la région avait accueilli un forum ; ce centre permettra la création de quelque 300 emplois "
         "directs au profit des lauréats.", 300),
    ],
)
def test_equipped_rooms_a_wholes_jobs_and_a_future_told_with_permettra(body, expected):
    """« équipée de 40 postes », « … de l'ensemble du pôle »: no jobs; « permettra la création de 300 emplois »."""
    found = count(people.jobs, body)
    assert (found[0] if found else None) == expected


def test_a_goal_years_away_gives_way_to_this_cohort():
    """« nous voulons 600 développeurs d'ici 2030 » in the headline: a goal; the first promotion of 60 is the count."""
    sentences = text.parse("« Nous voulons 600 développeurs d'ici 2030 »\n\nLa fondatrice a ouvert un campus à Fès."
                           "\n\nNous avons ouvert le campus le 22 septembre avec une première promotion de 60 "
                           "apprenants.\n").sentences
    assert people.trainees(sentences).value == 60
    alone = text.parse("L'école veut former 600 développeurs d'ici 2030\n\nElle ouvre à Fès.\n").sentences
    assert people.trainees(alone).value == 600  # with nothing else said, the goal is the figure


def test_the_staff_an_initiative_will_employ_are_jobs_not_trainees():
    """« formera chaque année mille jeunes … emploiera à terme 60 personnes »: 1 000 trainees a year, 60 jobs."""
    sentences = text.parse("Tiznit aura son académie du code\n\nL'académie formera chaque année mille jeunes aux "
                           "métiers du web.\n\nElle emploiera à terme 60 personnes, formateurs compris.\n").sentences
    assert people.trainees(sentences).value == 1000
    assert people.jobs(sentences).value == 60


def test_a_promotion_told_in_a_clause_beats_a_capacity_reached_in_time():
    """« pourra accueillir à terme jusqu'à 300 apprenants … Sa première promotion, qui compte 80 jeunes »: 80."""
    sentences = text.parse("Une école à Guelmim\n\nL'école pourra accueillir à terme jusqu'à 300 apprenants.\n\n"
                           "Sa première promotion, qui compte 80 jeunes, a été sélectionnée sur tests.\n").sentences
    assert people.trainees(sentences).value == 80


def test_a_site_s_jobs_as_a_whole_are_not_the_centre_s():
    """« La technopole dans son ensemble … doit générer, à terme, quelque 3 000 emplois »: the centre's are 400."""
    sentences = text.parse("Kénitra : un centre numérique\n\nLe centre coûte 12 millions de dirhams. La technopole dans "
                           "son ensemble représente 230 millions de dirhams et doit générer, à terme, quelque 3 000 "
                           "emplois.\n\nLes partenaires tablent sur 400 emplois directs.\n").sentences
    assert people.jobs(sentences).value == 400


def test_a_national_programme_s_envelope_told_around_an_apposition_is_not_the_budget():
    """« Le programme national JobInTech, piloté par le ministère, annonçait 640 MDH »: listed; the campus's 27 MDH."""
    sentences = text.parse("Kénitra : un campus du numérique\n\nLe programme national JobInTech, piloté par le "
                           "ministère avec la CDG, annonçait en 2024 640 MDH.\n\nLe budget d'investissement du campus "
                           "est de 27 MDH.\n").sentences
    assert amounts.budget(amounts.find(sentences)).budget.value == 27000000


def test_a_whole_the_initiative_will_be_part_of_is_not_its_budget():
    """« Coût : 27 MDH … la future technopole, un projet de 300 MDH « dont le centre sera l'une des briques » »: 27."""
    sentences = text.parse("Laâyoune : un centre numérique\n\nCoût du bâtiment : près de 27 MDH. Il ne faut pas le "
                           "confondre avec la future technopole, un projet de 300 MDH « dont le centre sera un jour "
                           "l'une des briques ».\n").sentences
    assert amounts.budget(amounts.find(sentences)).budget.value == 27000000


@pytest.mark.parametrize("body", [
    "Q : Le Maroc veut former 100 000 talents numériques par an.\n\nR : Le programme compte 1 200 bénéficiaires sur "
    "trois ans.",
    "Pour rappel, le programme national, doté de 640 MDH, vise à former 22 500 talents.\n\nCette vague offre 1 200 "
    "places de formation aux métiers du code.",
])
def test_what_the_country_wants_and_a_reminder_give_way_to_this_initiative_s_count(body):
    """« Le Maroc veut former 100 000 talents », « Pour rappel, … 22 500 talents »: 1 200 is this one's."""
    sentences = text.parse(f"Un titre assez long pour en être un\n\n{body}\n").sentences
    assert people.trainees(sentences).value == 1200


@pytest.mark.parametrize("body", [
    "L'école a coûté 3,2 MDH. Il faut distinguer cette somme du programme de mise à niveau urbaine, 640 millions de "
    "dirhams.",
    "Le centre sera construit dans le cadre du projet d'extension du campus, dont le coût global est de 180 MDH. Le "
    "centre proprement dit nécessitera 3,2 MDH.",
])
def test_an_amount_set_apart_or_of_the_project_the_centre_is_built_within(body):
    """« Il faut distinguer cette somme de … 640 millions », « dans le cadre du projet …, dont le coût global »: 3,2 MDH."""
    sentences = text.parse(f"Un titre assez long pour en être un\n\n{body}\n").sentences
    assert amounts.budget(amounts.find(sentences)).budget.value == 3200000


def test_a_strategy_s_envelope_alone_is_never_the_budget_and_the_country_s_jobs_are_not_the_school_s():
    """« la stratégie …, dont l'enveloppe globale est de 11 milliards » alone: no budget; « Au niveau national, on parle
    de 240 000 emplois à créer »: no jobs."""
    sentences = text.parse("Oujda : une promotion JobInTech\n\nLe Maroc vise 100 000 talents par an dans le cadre de la "
                           "stratégie Digital Morocco 2030, dont l'enveloppe globale est évaluée à 11 milliards de "
                           "dirhams.\n\nAu niveau national, on parle de 240 000 emplois numériques à créer.\n").sentences
    assert amounts.budget(amounts.find(sentences)).budget is None
    assert people.jobs(sentences) is None


def test_they_are_n_and_who_they_are():
    """« Cette année, ils sont 180, venus d'Al Hoceima et d'Imzouren »: 180 people."""
    sentences = text.parse("Un titre assez long pour en être un\n\nCette année, ils sont 180, venus d'Al Hoceima et "
                           "d'Imzouren.\n").sentences
    assert people.trainees(sentences).value == 180


@pytest.mark.parametrize(
    "written, value",
    [("trois virgule deux millions de dirhams", 3200000), ("un virgule cinq milliard de dirhams", 1500000000)],
)
def test_a_decimal_amount_spoken_in_words(written, value):
    """A transcript writes « trois virgule deux millions »: 3.2 millions, not 3 then 2000000."""
    assert budget(f"Le programme est doté de {written}.")[0] == value


def test_seats_set_against_a_past_year_are_this_editions():
    """« 120 places ouvertes (contre 60 en 2025) » in a 2026 release: the 120, the 60 being last year's."""
    assert count(people.trainees, "Chiffres clés :\n- 120 places ouvertes (contre 60 en 2025)", 2026)[0] == 120


def test_a_promotion_told_after_a_range_of_capacity():
    """« pourra accueillir de 80 à 120 … ; la première promotion, qui démarre en avril, comptera 45 »: the 45."""
    body = ("Le parcours pourra accueillir de 80 à 120 porteurs de projets par an ; la première promotion, qui "
            "démarre en avril, comptera 45 porteurs de projets.")
    assert count(people.trainees, body, 2026)[0] == 45


def test_jobs_done_from_the_villages_are_not_of_the_past():
    """« 400 emplois, dont une partie en télétravail depuis les villages »: « depuis » a place, not a time."""
    body = "Le projet promet 400 emplois directs, dont une partie en télétravail depuis les villages."
    assert count(people.jobs, body, 2026)[0] == 400


@pytest.mark.parametrize(
    "written, value",
    [("3,2 M DH", 3200000), ("4 M. DH", 4000000), ("1,2 Md DH", 1200000000), ("2,5 Mds DH", 2500000000)],
)
def test_millions_written_apart_from_the_unit(written, value):
    """« 3,2 M DH »: the letter of the multiplier set apart from « DH »."""
    assert budget(f"Son budget est de {written} pour deux ans.")[0] == value


@pytest.mark.parametrize("body, expected", [
    ("Dimensionné pour accueillir entre 500 et 800 étudiants par an, le club démarre avec une première promotion de "
     "120 membres.", 120),
    ("Les locaux pourraient accueillir entre 60 et 80 personnes. Nous avons admis 45 apprenants.", 45),
    ("L'académie pourra à terme accueillir 600 étudiants. La première promotion compte 240 étudiants.", 240),
])
def test_what_a_place_can_hold_however_told_gives_way_to_the_promotion(body, expected):
    """« entre 500 et 800 », « entre 60 et 80 », « à terme … 600 »: the room; the promotion is the count."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_timeline_step_dated_by_its_month_is_of_the_past():
    """« Septembre 2024 – Deuxième promotion de 110 apprenants » in 2026: an earlier step, not this count."""
    body = ("Le nouveau campus pourra accueillir 400 apprenants.\n\nSeptembre 2024 – Deuxième promotion de 110 "
            "apprenants.")
    assert count(people.trainees, body, 2026)[0] == 400


@pytest.mark.parametrize("body, expected", [
    ("Six cents candidats ont passé les épreuves et 140 ont été retenus. Le bâtiment pourra accueillir 400 "
     "apprenants.", 140),
    ("Sur 3 100 candidatures, les 400 retenus suivront des parcours de six mois.", 400),
    ("Samedi dernier, trente-huit d'entre elles ont reçu leur attestation de fin de formation.", 38),
    ("Une promotion de 90 jeunes a été retenue parmi les 640 candidatures reçues depuis l'ouverture des "
     "inscriptions.", 90),
    ("L'avenant signé samedi prévoit une promotion par an de 120 apprenants.", 120),
])
def test_people_chosen_or_trained_told_without_their_noun(body, expected):
    """« 140 ont été retenus », « les 400 retenus », « trente-huit d'entre elles », « une promotion par an de 120 »."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_promotion_of_earlier_years_is_of_the_past():
    """« entre 2021 et 2023, j'ai encadré une promotion de 180 », « au printemps 2022 … 200 »: the speaker's past."""
    body = ("À Youssoufia, entre 2021 et 2023, j'ai encadré une promotion de 180 apprenants. Au printemps 2022, la "
            "convention prévoyait trois promotions de 200 apprenants. Nous avons accueilli 90 apprenants.")
    assert count(people.trainees, body, 2026)[0] == 90


@pytest.mark.parametrize("body, expected", [
    ("Les chiffres : 1 900 candidats se sont inscrits, 150 ont été admis après tests et entretiens.", 150),
    ("Après les tests, 620 personnes ont passé les entretiens, et nous en avons admis 350.", 350),
    ("Et au niveau national, on nous répète qu'il faudra former 100 000 talents numériques par an. Nous, nous en "
     "formerons quarante-cinq cette année, et ce sera une victoire.", 45),
    ("Samedi, une centaine de personnes se sont retrouvées pour le lancement. Cette année, nous avons soixante-quinze "
     "bénéficiaires.", 75),
    ("Nos locaux permettent d'accueillir jusqu'à cinquante apprenants, l'effectif visé pour la deuxième promotion. "
     "Après un mois de sélection, trente-cinq jeunes ont commencé leur formation.", 35),
    ("Le campus peut accueillir environ un millier d'étudiants, toutes promotions confondues. La première promotion "
     "compte 250 étudiants.", 250),
    ("La première cohorte compte 180 étudiants. L'université ambitionne de certifier 600 étudiants au cours des trois "
     "prochaines années.", 180),
])
def test_the_people_of_this_edition_among_audiences_candidates_rooms_and_horizons(body, expected):
    """Admitted after tests, « en formerons N », not an audience, a room, a national goal or a goal years away."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    ("Doté d'un budget de 17 MDH sur trois ans, dont 9 MDH apportés par un bailleur, le programme est lancé.",
     (17000000, [], [9000000])),
    ("Le budget s'élève à 18 millions de dirhams pour 2026-2028, dont 8 MDH pour Laâyoune et 5 MDH pour Dakhla.",
     (18000000, [], [8000000, 5000000])),
])
def test_a_part_told_after_dont_is_never_added_to_its_whole(body, expected):
    """« 17 MDH sur trois ans, dont 9 MDH … »: 17 MDH, of which 9; never 26."""
    assert budget(body) == expected


def test_a_regional_plan_named_before_a_pronoun_is_the_whole_s_money():
    """« Le programme régional de développement prévoit, lui, un total de 320 millions »: a larger whole's money."""
    body = "Son budget : six millions de dirhams. Le programme régional de développement prévoit, lui, un total de 320 " \
           "millions de dirhams pour le numérique."
    assert budget(body)[0] == 6000000


def test_the_country_s_envelope_said_after_the_amount_is_never_added_to_the_region_s():
    """« l'enveloppe dédiée est de 14 MDH ; elle vient s'ajouter au budget global, de 640 MDH pour l'ensemble du
    pays »: 14 MDH, never 654."""
    body = ("Pour Béni Mellal, l'enveloppe dédiée est de 14 millions de dirhams ; elle vient s'ajouter au budget global "
            "du programme, de l'ordre de 640 millions de dirhams pour l'ensemble du pays.")
    assert budget(body) == (14000000, [], [640000000])


def test_a_share_a_commune_writes_into_its_own_budget():
    """« La Commune, enfin, inscrit 1,5 MDH à son budget » after three parties' shares, no total: 14 MDH, their sum."""
    body = ("Le premier contributeur est la Région, qui apporte 7,5 MDH. L'OFPPT engage 3 MDH. L'Université met 2 MDH "
            "sur la table. La Commune de Tétouan, enfin, inscrit 1,5 MDH à son budget pour la réhabilitation.")
    assert budget(body)[0] == 14000000


def test_a_group_s_investment_plan_and_an_envelope_said_untold():
    """« Le montant de l'enveloppe consacrée au programme n'a pas été communiqué » beside a group's « programme
    d'investissement vert 2023-2027, évalué à quelque 130 milliards »: no budget."""
    body = ("Le montant de l'enveloppe consacrée au programme n'a pas été communiqué par les partenaires. Le lancement "
            "intervient alors que le groupe déploie son programme d'investissement vert 2023-2027, évalué à quelque "
            "130 milliards de dirhams.")
    assert budget(body)[0] is None
    assert amounts.untold(sentences(body))


def test_a_committee_s_envelope_spread_over_many_projects_is_not_the_school_s():
    """« le comité a consacré 6,4 millions de dirhams à l'école » beside « une enveloppe de 28 millions de dirhams répartie
    sur 41 projets »: 6,4 MDH."""
    body = ("Ouverte l'an dernier, l'école est financée par l'INDH, à travers le comité provincial, qui a consacré 6,4 "
            "millions de dirhams à l'aménagement du bâtiment et aux deux premières années de fonctionnement. Pour le "
            "reste, le comité a validé cette année une enveloppe de 28 millions de dirhams répartie sur 41 projets.")
    assert budget(body)[0] == 6400000


def test_prizes_told_one_after_the_other_are_not_the_budget():
    """« Le premier prix, doté de 60 000 dirhams … Le troisième, de 25 000 dirhams, est allé à « Limoun Scan » » beside
    « La convention, signée en 2023, mobilise 5,2 millions »: 5,2 MDH."""
    body = ("Le premier prix, doté de 60 000 dirhams, revient à « Sakia ». Le troisième, de 25 000 dirhams, est allé à "
            "« Limoun Scan ». La convention, signée en 2023, mobilise 5,2 millions de dirhams sur deux ans.")
    found = amounts.budget(amounts.find(sentences(body), 2024))
    assert found.budget.value == 5200000


def test_a_pilot_of_an_earlier_year_told_in_the_pluperfect_is_not_the_budget():
    """« La phase pilote de 2025 avait réuni 50 diplômés, avec un budget de 2 millions » then « la convention signée
    lundi mobilise 9,6 millions, apportés par la Région et l'ANAPEC »: 9,6 MDH."""
    body = ("La phase pilote de 2025 avait réuni 50 diplômés, avec un budget de 2 millions de dirhams. Cette fois, la "
            "convention signée lundi mobilise 9,6 millions de dirhams, apportés par la Région et l'ANAPEC.")
    assert amounts.budget(amounts.find(sentences(body), 2026)).budget.value == 9600000


def test_a_first_edition_s_budget_a_funder_had_almost_wholly_paid():
    """« … avec un budget de 600 000 dirhams que la Fondation X avait presque entièrement financé » then « Le budget de
    cette édition est de 1 350 000 dirhams »: 1 350 000."""
    body = ("Comment s'est passée la première édition ?\n\nElle a réuni 40 jeunes femmes pendant six mois, avec un budget "
            "de 600 000 dirhams que la Fondation Orange avait presque entièrement financé.\n\nEt cette année ?\n\nLe "
            "budget de cette édition est de 1 350 000 dirhams.")
    assert budget(body)[0] == 1350000


def test_a_whole_told_over_years_then_its_parts_after_a_colon():
    """« Il mobilise 15,6 millions de dirhams sur trois ans : 9 millions apportés par le conseil provincial et 6,6
    millions par l'OCP »: 15,6 MDH, never 31,2."""
    body = ("Il mobilise 15,6 millions de dirhams sur trois ans : 9 millions apportés par le conseil provincial et 6,6 "
            "millions par l'OCP.")
    assert budget(body)[:2] == (15600000, [9000000, 6600000])


def test_a_figure_a_correction_says_is_wrong_is_never_added():
    """« Il fallait lire que le budget s'élève à 7,4 millions de dirhams, et non à 4,7 millions de dirhams »: 7,4."""
    body = ("RECTIFICATIF : Il fallait lire que le budget de l'académie s'élève à 7,4 millions de dirhams, et non à 4,7 "
            "millions de dirhams.")
    assert budget(body)[0] == 7400000


def test_shares_told_site_by_site_one_paragraph_each():
    """« Khénifra — Le conseil provincial y consacre 3,5 millions » / « Azilal — La contribution du conseil provincial
    s'élève à 3 millions » / « Midelt — … met 2,5 millions sur la table »: 9 MDH."""
    body = ("Khénifra accueillera le premier groupe. Le conseil provincial y consacre 3,5 millions de dirhams.\n\n"
            "À Azilal, les cours auront lieu au centre culturel. La contribution du conseil provincial s'élève à 3 "
            "millions de dirhams.\n\nLe conseil provincial de Midelt met 2,5 millions de dirhams sur la table.")
    assert budget(body)[0] == 9000000


def test_a_council_s_whole_budget_over_its_line_for_the_initiative():
    """« Il s'élève à 1,08 milliard de dirhams, fonctionnement et investissement confondus » then « - Maisons
    numériques : 3,6 millions de dirhams »: 3,6 MDH."""
    body = ("Le conseil communal a adopté son budget. Il s'élève à 1,08 milliard de dirhams, fonctionnement et "
            "investissement confondus.\n\n- Maisons numériques : 3,6 millions de dirhams")
    assert budget(body)[0] == 3600000


def test_the_total_as_it_stands_now_over_the_initial_one():
    """« la convention initiale prévoyait 200 apprenants et 9,6 millions de dirhams » then « Le budget total du centre
    s'établit désormais à 12,4 millions de dirhams »: 12,4 MDH."""
    body = ("Quand le centre a ouvert, la convention initiale prévoyait 200 apprenants et un budget total de 9,6 millions "
            "de dirhams.\n\nLe texte ajoute une rallonge de 2,8 millions de dirhams. Le budget total du centre "
            "s'établit désormais à 12,4 millions de dirhams.")
    assert budget(body)[0] == 12400000


def test_a_sum_the_article_says_not_to_confuse_with_the_initiative_s():
    """« Il ne faut pas le confondre avec l'enveloppe de 2,1 milliards du programme régional »: set apart."""
    body = ("Le projet compte. Il ne faut pas le confondre avec l'enveloppe de 2,1 milliards de dirhams du programme "
            "régional. Le budget de l'académie s'élève à 12 M DH sur trois ans.")
    assert budget(body)[0] == 12000000


@pytest.mark.parametrize("body", [
    "Ce n'est pas le même ordre de grandeur que les 3,5 milliards de dirhams du programme régional de développement.",
    "L'extension du bâtiment, pour laquelle la Région a voté 24 millions de dirhams dans son programme de "
    "développement, servira aussi à d'autres formations.",
])
def test_a_regional_plan_s_money_said_after_the_amount_is_no_budget(body):
    """« … 3,5 milliards de dirhams du programme régional de développement »: the region's plan, not this initiative."""
    assert budget(body)[0] is None


@pytest.mark.parametrize("body, expected", [
    ("Cette année, 450 bénéficiaires ont été retenus. Nous préparons déjà la deuxième cohorte, prévue pour l'automne, "
     "avec un objectif de 600 places.", 450),
    ("Samedi dernier, quarante-huit jeunes femmes ont reçu leur diplôme. Les inscriptions pour la deuxième édition "
     "ouvriront en mai, avec soixante places cette fois.", 48),
])
def test_this_edition_s_people_not_the_next_one_s(body, expected):
    """The next cohort's places, told as to come, give way to the people of this one (graduates)."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_pisciners_in_the_headline_are_the_people_of_the_school_s_intake():
    """« Ben Guérir : 340 nouveaux « pisciners » font leur rentrée »: the intake, not the campus's 1 000 seats."""
    found = people.trainees(text.parse("Ben Guérir : 340 nouveaux « pisciners » font leur rentrée\n\nLe campus peut "
                                       "accueillir jusqu'à 1 000 étudiants.").sentences, 2026)
    assert found.value == 340


def test_an_interview_s_answers_a_bare_number_and_the_next_promotion():
    """« — Combien sont-ils ? — Trois cent cinquante. C'est la cohorte régionale. » and « Quand ouvrira la prochaine
    promotion ? — … Nous espérons accueillir 150 apprenants. »: the 350."""
    body = ("— Combien sont-ils ?\n\n— Trois cent cinquante. C'est la cohorte régionale, en quatre parcours.\n\n"
            "— Quand ouvrira la prochaine promotion ?\n\n— Les candidatures ouvriront en mai. Nous espérons accueillir "
            "150 apprenants.")
    assert count(people.trainees, body, 2026)[0] == 350


@pytest.mark.parametrize("body", [
    "La session de Taza a coûté 1,2 million de dirhams. À l'échelle nationale, le programme, doté d'une enveloppe "
    "globale de 640 MDH, vise 50 000 talents.",
    "Le programme dispose d'une enveloppe de 60 millions de dirhams pour l'ensemble des régions. La session de Taza a "
    "coûté 1,2 million de dirhams.",
    "Le comité provincial a programmé 38 MDH pour l'ensemble de ses projets. La session de Taza a coûté 1,2 million "
    "de dirhams.",
])
def test_a_country_s_or_many_projects_money_is_not_this_one_s(body):
    """« À l'échelle nationale, le programme, doté de 640 MDH », « 60 millions pour l'ensemble des régions », « 38 MDH
    pour l'ensemble de ses projets »: listed, never the session's 1,2 million."""
    assert budget(body)[0] == 1200000


@pytest.mark.parametrize("body, expected", [
    # the speaker among them
    ("Samedi, nous étions quatre-vingt-sept à monter sur l'estrade pour recevoir nos diplômes.", 87),
    # an earlier edition in the imperfect, this one's count with its noun said before
    ("C'est la deuxième cohorte : la première, en 2025, comptait 120 apprenants ; celle-ci en compte 180.", 180),
    # an edition named by its year; this one's graduates
    ("Mon amie avait fait la première promotion, celle de 2024, qui comptait soixante-deux apprenants. Cette année, la "
     "sélection a retenu 87 apprenants.", 87),
    # a first promotion's intake beats the room's yearly capacity
    ("L'école pourra accueillir jusqu'à 120 jeunes par an, en deux promotions. La première, de soixante jeunes, fera sa "
     "rentrée en avril.", 60),
    # a part of the count after « dont »
    ("Au bout du compte, nous en avons retenu 90, dont 41 jeunes femmes.", 90),
    # an answer that is only a number, to a question on the people
    ("Combien de jeunes femmes ont été diplômées samedi ?\n\nTrente-cinq.\n\nLe projet est porté par l'association.", 35),
])
def test_people_counted_by_the_speaker_a_pronoun_a_part_or_an_answer(body, expected):
    """« nous étions 87 à », « celle-ci en compte 180 », « celle de 2024 », « la première, de soixante jeunes, fera sa
    rentrée », « 90, dont 41 », « Combien … ? — Trente-cinq. »."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body", [
    "Aucun objectif d'emplois n'a été fixé par les signataires, qui comptent sur la technopole, où 1 500 emplois sont "
    "annoncés.",
    "L'Agence apporte l'équipement informatique (vingt postes et une imprimante 3D).",
    "C'est un lieu modeste : deux salles, quarante postes, une connexion par fibre.",
    "Certains élus parlent pourtant de 500 emplois numériques d'ici 2028 dans la région.",
    "- Convention 2022 : 30 MDH sur quatre ans, 600 apprenants et 600 emplois promis.",
    # a study's estimate for the whole sector, in the conditional
    "Le directeur a rappelé que l'offshoring pourrait, selon une étude du centre, générer jusqu'à 2 000 emplois dans "
    "la région d'ici 2030.",
    # a budget's lines, not posts
    "Selon la note de présentation, trois postes expliquent l'essentiel du dépassement : l'achat de serveurs et "
    "l'aménagement d'un internat.",
])
def test_no_jobs_promised_computers_talk_or_an_earlier_convention(body):
    """« Aucun objectif d'emplois … où 1 500 emplois », « vingt postes et une imprimante », « parlent de 500 emplois »,
    « Convention 2022 : … 600 emplois promis »: no job this initiative promises."""
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize("body, expected", [
    # who they are, told after « Ils sont N »; another's past promotion
    ("Ils sont 180, garçons et filles de 18 à 28 ans, venus de Youssoufia et de Safi. Un ancien m'a glissé que sur les "
     "120 jeunes de sa promotion, presque tous travaillent.", 180),
    # a pilot told in the pluperfect
    ("Sur les 310 candidatures reçues, quarante-cinq jeunes ont été retenus pour suivre un cursus de six mois. Une "
     "session pilote, organisée au printemps de l'année précédente, avait permis de former une vingtaine de jeunes.", 45),
    # words of another article, quoted to correct them
    ("Vous avez aussi parlé de « 250 jeunes formés ». La première promotion, celle qui a commencé le 2 avril, compte 90 "
     "stagiaires.", 90),
])
def test_who_they_are_a_pilot_in_the_pluperfect_and_words_quoted(body, expected):
    """« Ils sont 180, … venus de … », « une session pilote avait permis de former une vingtaine », « vous avez parlé
    de « 250 jeunes formés » »."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_an_institution_s_development_plan_is_no_budget_and_recruits_in_all_are_jobs():
    """« Le plan de développement de l'université, doté de 250 millions de dirhams » alone: no budget; « engagées à
    recruter au total 120 lauréats »: 120 jobs."""
    assert budget("Le plan de développement de l'université pour 2025-2030, doté de 250 millions de dirhams, a été "
                  "cité lors de la cérémonie, mais il finance bien d'autres projets.")[0] is None
    body = "Dix-sept entreprises se sont engagées à recruter au total 120 lauréats de cette première cohorte."
    assert count(people.jobs, body, 2026)[0] == 120


def test_a_total_followed_by_a_colon_and_its_parts_is_never_added_to_them():
    """« Le budget s'élève à 2,8 millions de dirhams : 1,8 million apportés par l'Agence et un million par la
    Commune »: 2,8 millions, not 4,6."""
    found = budget("Le budget de l'édition 2026 s'élève à 2,8 millions de dirhams : 1,8 million apportés par l'Agence "
                   "de l'Oriental et un million par la Commune de Berkane.")
    assert found[0] == 2800000


def test_what_a_place_can_train_at_most_gives_way_to_its_first_session():
    """« La première session accueille 60 jeunes » and « la structure pourra former jusqu'à 180 jeunes par an »: 60."""
    body = ("La première session, d'une durée de six mois, accueille 60 jeunes âgés de 17 à 28 ans. La structure pourra "
            "former jusqu'à 180 jeunes par an lorsqu'elle tournera à plein.")
    assert count(people.trainees, body, 2026)[0] == 60


def test_the_people_of_another_town_s_site_give_way_to_this_one_s():
    """« 186 jeunes y ont reçu leur diplôme » at Youssoufia, then « Et à Safi, son antenne accueille 200 apprenants »:
    186, when the article's city is Youssoufia."""
    body = ("L'école de code de Youssoufia a fêté samedi la sortie de sa quatrième promotion. Cent quatre-vingt-six "
            "jeunes y ont reçu leur diplôme.\n\nEt à Safi, la même école prévoit d'agrandir son antenne, qui accueille "
            "aujourd'hui deux cents apprenants.")
    assert people.trainees(sentences(body), 2026, "Youssoufia").value == 186


def test_a_cost_per_head_is_no_part_and_admitted_people_are_counted_without_a_noun():
    """« 60 000 dirhams par bénéficiaire, soit une enveloppe de 9 millions de dirhams »: 9 millions, not 9 060 000;
    « 1 240 candidatures, 310 présélectionnés et finalement 150 admis »: 150."""
    body = ("Les chiffres : 1 240 candidatures, 310 présélectionnés convoqués aux tests, et finalement 150 admis, qui "
            "composent la première promotion. Le coût moyen est de 60 000 dirhams par bénéficiaire, soit une "
            "enveloppe de 9 millions de dirhams pour cette promotion.")
    assert budget(body)[0] == 9000000
    assert count(people.trainees, body, 2025)[0] == 150


def test_trainees_joining_the_company_are_its_jobs_not_the_group_s_reminded_goal():
    """« 35 d'entre eux rejoignent nos équipes en CDI, les autres ont déjà des pistes » beside « Pour rappel, le groupe
    s'est fixé l'objectif de recruter 1 000 ingénieurs d'ici 2027 »: 35."""
    body = ("Nous avons remis leurs certificats aux 45 lauréats. Et surtout : 35 d'entre eux rejoignent nos équipes de "
            "Fès en CDI dès septembre, les autres ont déjà des pistes chez nos clients.\n\nPour rappel, le groupe s'est "
            "fixé l'objectif de recruter 1 000 ingénieurs au Maroc d'ici 2027.")
    assert count(people.jobs, body, 2025)[0] == 35


def test_a_promotion_told_with_a_part_between_beats_what_the_rooms_would_allow():
    """« Ce sont ces 72 apprenants, dont 31 jeunes femmes, qui forment la première promotion. « Nos locaux nous
    permettraient d'accueillir entre 100 et 150 apprenants par an » »: 72, whatever another school trained once."""
    body = ("Ce sont ces 72 apprenants, dont 31 jeunes femmes, qui forment la première promotion. « Nos locaux nous "
            "permettraient d'accueillir entre 100 et 150 apprenants par an », dit le directeur.\n\nLa même année, une "
            "autre école formait 150 jeunes sur sa première promotion.")
    found = people.trainees(sentences(body), 2026)
    assert found.value == 72
    assert "promotion" in found.features


def test_the_speaker_s_cohort_told_with_on():
    """« On était 96 dans la promo tangéroise », beside the programme's national target of 15 000: 96."""
    body = ("On était 96 dans la promo tangéroise, sélectionnés parmi plus de 3 000 candidats. Le directeur a rappelé "
            "que le programme vise 15 000 personnes formées au niveau national d'ici 2026.")
    assert count(people.trainees, body, 2026)[0] == 96


def test_trainees_placed_in_companies_are_jobs():
    """« Les partenaires s'engagent à placer quarante lauréats dans des entreprises de la région »: 40 jobs."""
    body = "Il forme cinquante jeunes. Les partenaires s'engagent à placer quarante lauréats dans des entreprises de la région."
    assert count(people.jobs, body, 2026)[0] == 40
    body = ("Il forme deux cent quarante jeunes. L'opérateur s'est engagé, dans la convention, à placer au moins 150 "
            "lauréats dans son réseau d'entreprises.")
    assert count(people.jobs, body, 2026)[0] == 150


def test_a_strategy_s_envelope_recalled_by_a_guest_of_honour_is_no_budget():
    """« Le gouverneur, invité d'honneur, a rappelé l'objectif de la stratégie Digital Morocco 2030, dotée de 11
    milliards de dirhams »: the strategy's money, and the article gives no budget of its own."""
    assert budget("Le gouverneur, invité d'honneur, a rappelé l'objectif national fixé par la stratégie Digital Morocco "
                  "2030, dotée de 11 milliards de dirhams, de former 100 000 jeunes par an.")[0] is None


def test_an_earlier_year_s_pilot_is_listed_beside_this_year_s_envelope():
    """« En 2024, nous avons mené un petit pilote : 600 000 DH », then « L'enveloppe est de quatre millions et demi de
    dirhams »: 4,5 millions, the pilot's money listed beside."""
    body = ("En 2024, nous avons mené un petit pilote avec une fondation : 600 000 DH, une trentaine de jeunes.\n\n"
            "L'enveloppe de Ksar Numérique est de quatre millions et demi de dirhams sur trois ans.")
    found = amounts.budget(amounts.find(sentences(body), 2025))
    assert found.budget.value == 4500000
    assert [a.value for a in found.others] == [600000]


def test_thousands_of_dirhams_and_a_zone_s_existing_workforce():
    """« le budget alloué à cette deuxième édition est de 6 300 KDH, contre 4 200 KDH pour la première »: 6,3 millions;
    « la zone Atlantic Free Zone, qui revendique 40 000 emplois industriels »: no jobs promised."""
    body = ("Le budget alloué à cette deuxième édition est de 6 300 KDH, contre 4 200 KDH pour la première.\n\n"
            "Plusieurs entreprises de la zone Atlantic Free Zone, qui revendique 40 000 emplois industriels, ont "
            "présenté leurs besoins.")
    assert budget(body)[0] == 6300000
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize(("body", "expected"), [
    # a promotion told with an aside before its count, beside a three-year goal
    ("Sur 900 candidatures, 210 jeunes femmes ont été présélectionnées ; la première promotion, qui démarrera le 2 "
     "mars, comptera 75 stagiaires. Les partenaires visent 300 bénéficiaires au terme des trois années.", 75),
    # last season's people, then this one's
    ("Après avoir formé 45 jeunes la saison dernière, l'association en accueillera 70 cette année, choisis parmi près "
     "de 400 inscrits.", 70),
])
def test_this_promotion_s_people_before_a_goal_or_last_season_s(body, expected):
    """« la première promotion, qui démarrera le 2 mars, comptera 75 stagiaires »; « formé 45 jeunes la saison
    dernière, … en accueillera 70 cette année »."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Un mois plus tard, ses quarante-cinq apprenants ne quittent plus leurs écrans.\n\nÀ quarante kilomètres de là, "
     "le centre de codage voisin forme 120 stagiaires.", 45),
    ("Nous étions 410 candidats pour 35 places. Après une piscine de deux semaines, nous sommes trente-cinq à avoir "
     "commencé la formation. L'an prochain, ils veulent accueillir cinquante apprenants.", 35),
])
def test_a_school_far_from_here_and_next_year_s_people_give_way(body, expected):
    """« À quarante kilomètres de là, le centre voisin forme 120 stagiaires »: another place's; « L'an prochain, ils
    veulent accueillir cinquante apprenants »: next year's."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Plus de 400 candidatures ont été déposées. Seuls 80 d'entre eux, retenus après une piscine, forment la première "
     "promotion.", 80),
    ("Le projet prévoit douze clubs dans les collèges, au bénéfice de quatre cent quatre-vingts élèves. L'université "
     "assurera la formation des vingt-quatre enseignants encadrants. Le programme national vise à toucher 100 000 "
     "collégiens dans l'ensemble du Royaume.", 480),
])
def test_the_chosen_among_applicants_the_pupils_served_not_their_teachers_nor_the_kingdom(body, expected):
    """« Seuls 80 d'entre eux, retenus… »; « au bénéfice de 480 élèves » beside « vingt-quatre enseignants
    encadrants » and « 100 000 collégiens dans l'ensemble du Royaume »."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_session_s_approved_conventions_total_is_not_the_centre_s_cost():
    """« Au total, les conventions approuvées lundi représentent 87 millions de dirhams », a heading « Douze millions de
    dirhams pour le centre » and « Le centre numérique coûtera 12 millions de dirhams »: 12 millions."""
    body = ("Le conseil a adopté une série de conventions. Au total, les conventions approuvées lundi représentent un "
            "engagement de 87 millions de dirhams, dont l'essentiel va aux pistes rurales.\n\nDouze millions de dirhams "
            "pour le centre\n\nLe centre numérique, qui sera implanté à Boumalne Dadès, coûtera 12 millions de dirhams.")
    assert budget(body)[0] == 12000000


def test_what_a_centre_aims_at_full_speed_gives_way_to_its_first_session():
    """« La première session démarre lundi avec 45 jeunes » and « À plein régime, le centre vise 1 500 bénéficiaires
    par an »: 45."""
    body = ("La première session de l'école du code démarre lundi avec 45 jeunes, retenus sur 620 candidatures. À plein "
            "régime, le centre vise 1 500 bénéficiaires par an, toutes activités confondues.")
    assert count(people.trainees, body, 2025)[0] == 45


def test_a_regional_development_programme_s_envelope_is_no_budget():
    """« Les élus ont rappelé que le programme de développement régional, doté de plus de 1,2 milliard de dirhams, fait
    de la formation l'une de ses priorités »: the region's plan, not the academy's money."""
    assert budget("Les élus ont rappelé que le programme de développement régional, doté de plus de 1,2 milliard de "
                  "dirhams, fait de la formation des jeunes l'une de ses priorités.")[0] is None


def test_an_earlier_convention_s_money_is_never_added_to_the_new_one_s():
    """« la nouvelle convention mobilise 4,8 millions de dirhams, presque le double des 2,5 MDH de la convention
    précédente »: 4,8 millions, not 7,3."""
    found = budget("Signée par le gouverneur de la province, le président du Conseil régional Souss-Massa et le "
                   "directeur régional d'inwi, la nouvelle convention mobilise 4,8 millions de dirhams sur trois ans, "
                   "presque le double des 2,5 MDH de la convention précédente (2023-2025).")
    assert found[:2] == (4800000, [])
    assert found[2] == [2500000]


@pytest.mark.parametrize(("body", "expected"), [
    ("Il a été conçu pour recevoir jusqu'à 300 jeunes par an, mais la promotion inaugurale ne compte que 96 "
     "apprenants.", 96),
    ("Pour cette rentrée, 3 400 jeunes s'étaient portés candidats et 2 100 ont passé les tests ; au terme de la "
     "sélection, 120 ont été admis.", 120),
])
def test_a_room_s_reach_and_applicants_give_way_to_the_promotion(body, expected):
    """« conçu pour recevoir jusqu'à 300 jeunes par an » beside « la promotion inaugurale ne compte que 96 »;
    « 3 400 jeunes s'étaient portés candidats … 120 ont été admis »."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body", [
    "La première session concerne 45 femmes, choisies parmi 210 inscrites. À terme, les organisateurs espèrent "
    "accueillir « jusqu'à 150 femmes par an » si les locaux sont agrandis.",
    "La première session concerne 45 femmes. L'association souhaite accueillir jusqu'à 150 femmes par an.",
])
def test_a_hoped_for_yearly_ceiling_gives_way_to_the_first_session(body):
    """« espèrent accueillir « jusqu'à 150 femmes par an » » beside « La première session concerne 45 femmes »: 45."""
    assert count(people.trainees, body, 2025)[0] == 45


def test_a_strategy_s_uncounted_billions_and_a_vague_scale_give_way_to_the_programme_s_own_figures():
    """« des milliards de dirhams qui l'accompagnent » and « des promotions de quelques dizaines de personnes »
    beside « Son budget est de 3,2 millions … Il forme 150 jeunes femmes »: 3,2 millions and 150."""
    body = ("On parle beaucoup de la stratégie nationale et des milliards de dirhams qui l'accompagnent. Le programme "
            "est porté par une association locale. Son budget est de 3,2 millions de dirhams sur deux ans. Il forme 150 "
            "jeunes femmes des douars. Je crois que c'est l'échelle qu'il faut : des promotions de quelques dizaines de "
            "personnes, près de chez elles.")
    assert budget(body)[0] == 3200000
    assert count(people.trainees, body, 2026)[0] == 150


def test_girls_are_people_trained_and_this_year_s_count_beats_earlier_years():
    """« La première année nous étions 12, l'an dernier 24, et cette année nous accueillons 45 filles »: 45."""
    body = ("La première année nous étions 12, l'an dernier 24, et cette année nous accueillons 45 filles, choisies "
            "parmi 310 candidates.")
    assert count(people.trainees, body, 2026)[0] == 45


def test_another_numbered_promotion_than_the_lead_s_is_another_edition():
    """The lead: « l'école a célébré samedi sa troisième promotion »; below: « 112 lauréats ont reçu leur diplôme » and
    « La quatrième promotion, qui a fait sa rentrée en octobre, compte 148 apprenants »: 112."""
    sentences = text.parse("Nador : 112 lauréats pour l'école du code\n\nL'école de code a célébré samedi sa troisième "
                           "promotion.\n\nSamedi, 112 lauréats ont reçu leur diplôme de développeur web.\n\nLa quatrième "
                           "promotion, qui a fait sa rentrée en octobre, compte 148 apprenants.\n").sentences
    assert people.trainees(sentences, 2025).value == 112


@pytest.mark.parametrize("whole", [
    "La Région consacre par ailleurs quelque 120 MDH à sa stratégie numérique 2024-2030.",
    "La Région a mobilisé 120 MDH pour son plan d'action, dont l'école de Martil n'est qu'un volet.",
])
def test_money_given_to_a_strategy_or_to_a_whole_the_school_is_only_a_part_of_is_not_its_budget(whole):
    """« quelque 120 MDH à sa stratégie numérique », « …, dont l'école de Martil n'est qu'un volet »: the school's own
    3,2 millions stay its budget."""
    found = budget(f"L'école est dotée d'une enveloppe de 3,2 millions de dirhams sur trois ans. {whole}")
    assert found[0] == 3200000


def test_the_school_s_own_building_is_its_cost_not_a_wider_project():
    """« Le Conseil de la région financera la construction et l'équipement de l'école, pour un montant de 15,8 MDH »
    beside « le programme de développement régional, dont l'enveloppe globale atteint 4,2 milliards »: 15,8 MDH."""
    found = budget("Le Conseil de la région financera la construction et l'équipement de l'école, pour un montant de "
                   "15,8 MDH, tandis que l'OFPPT en assurera l'exploitation. La convention s'inscrit dans le programme "
                   "de développement régional, dont l'enveloppe globale atteint 4,2 milliards de dirhams.")
    assert found[0] == 15800000


@pytest.mark.parametrize(("body", "expected"), [
    # the students a region has
    ("La région compte peu d'écoles : à peine 38 000 étudiants sont inscrits dans les établissements d'enseignement "
     "supérieur de la région.\n\nPour sa première promotion, l'école a retenu quatre-vingt-seize jeunes.", 96),
    # a company's tally so far
    ("Le groupe revendique aujourd'hui plus de 40 000 étudiants formés dans une trentaine d'établissements.\n\n"
     "Cette année, 600 étudiants suivront les parcours de l'académie.", 600),
    # teachers lent to the project
    ("L'université met à disposition douze enseignants, qui seront certifiés d'ici décembre.", None),
    # a paragraph setting the scene with the census and unemployment
    ("La convention a été signée jeudi.\n\nLa province compte 900 000 habitants et un taux de chômage de 19 %. "
     "L'université accueille à elle seule plus de 70 000 étudiants.\n\nPour cette première année, 600 étudiants "
     "suivront la formation.", 600),
])
def test_a_land_s_students_a_tally_so_far_and_lent_teachers_are_not_this_promotion(body, expected):
    """The region's 38 000 enrolled students, « revendique … 40 000 étudiants formés », « met à disposition douze
    enseignants » and a university's 70 000 students beside the census are not the people this initiative trains."""
    found = count(people.trainees, body, 2025)
    assert (found[0] if found else None) == expected


def test_a_province_s_upgrading_programme_set_beside_the_school_s_budget_is_not_it():
    """« Le budget de l'école est arrêté à 4,2 MDH. Ce chiffre est sans commune mesure avec le programme de mise à
    niveau de la province, doté de plus de 1,1 milliard de dirhams »: 4,2 MDH."""
    found = budget("Le budget de l'école est arrêté à 4,2 MDH pour ses deux premières années. Ce chiffre est sans "
                   "commune mesure avec le programme de mise à niveau de la province, doté de plus de 1,1 milliard de "
                   "dirhams, dont l'école ne fait d'ailleurs pas partie.")
    assert found[0] == 4200000


@pytest.mark.parametrize("body", [
    "La Région apporte 6 millions de dirhams, l'opérateur le reste. Cela fait 15 millions de dirhams sur trois ans, "
    "c'est l'engagement total de la convention. L'autre école a représenté 11 millions de dirhams.",
    "La Région apporte 6 millions de dirhams, l'opérateur le reste : 15 millions de dirhams au total. L'autre école "
    "a représenté 11 millions de dirhams.",
])
def test_a_figure_named_the_total_right_after_it_is_the_budget(body):
    """« 15 millions de dirhams sur trois ans, c'est l'engagement total », « 15 MDH au total »: that is the budget."""
    assert budget(body)[0] == 15000000


def test_a_total_said_of_something_else_further_on_is_not_the_amount_s():
    """« un projet de 120 MDH qui prévoit 600 postes au total »: « au total » counts the posts."""
    assert budget("L'école est dotée de 15 MDH ; elle accompagne un projet de 120 MDH qui prévoit 600 postes au "
                  "total.")[0] != 120000000


def test_this_year_s_intake_not_its_applicants_nor_the_second_years():
    """« 2 900 jeunes se sont inscrits sur la plateforme, 540 ont passé la piscine et 160 ont finalement été admis »,
    then « avec la promotion de deuxième année (142 apprenants) »: the 160 admitted."""
    body = ("Lundi, l'école a fait sa rentrée. 2 900 jeunes se sont inscrits sur la plateforme de candidature, 540 ont "
            "passé la piscine et 160 ont finalement été admis en première année. Avec la promotion de deuxième année "
            "(142 apprenants), l'école compte 302 apprenants.")
    assert people.trainees(sentences(body), 2025).value == 160


@pytest.mark.parametrize("body", [
    "Trois ans après, l'académie fête ses lauréats. Elle avait été dotée, à sa création, de 4,4 millions de dirhams. "
    "Les élus ont rappelé que le programme de développement régional, doté de 900 millions de dirhams, fait de la "
    "formation une priorité.",
    "Le Conseil régional, partenaire de l'école depuis sa création, a apporté la moitié du budget de la première année, "
    "fixé à 4,4 millions de dirhams.",
])
def test_an_anniversary_s_initiative_keeps_the_money_it_was_created_with(body):
    """A follow-up on an initiative: « dotée, à sa création, de 4,4 MDH » is its budget, not another time's money."""
    found = amounts.budget(amounts.find(sentences(body), 2026))
    assert (found.budget.value, found.budget.at_creation) == (4400000, True)


def test_money_at_creation_never_beats_this_edition_s_own():
    """« La deuxième édition coûte 6 MDH » beside « dotée, à sa création, de 4,4 MDH »: the 6 MDH."""
    assert budget("La deuxième édition coûte 6 millions de dirhams. L'académie avait été dotée, à sa création, de "
                  "4,4 millions de dirhams.")[0] == 6000000


def test_applicants_who_filed_are_not_the_people_admitted():
    """« Quelque 3 100 jeunes de la région ont déposé leur candidature ; 400 d'entre eux ont été admis »: 400."""
    body = ("Quelque 3 100 jeunes de la région ont déposé leur candidature ; 400 d'entre eux ont été admis et suivront "
            "la formation.")
    assert people.trainees(sentences(body), 2026).value == 400


def test_the_jobs_of_a_tally_of_investment_projects_are_not_promised_by_the_school():
    """« la commission a approuvé 41 projets représentant 6,8 milliards de dirhams et 2 900 emplois prévus »."""
    body = ("L'école formera soixante jeunes. Le centre rappelle que la commission a approuvé 41 projets représentant "
            "6,8 milliards de dirhams d'investissement et 2 900 emplois prévus.")
    assert people.jobs(sentences(body), 2026) is None


def test_the_blogger_s_cohort_and_the_country_s_wish_told_in_reported_speech():
    """« on est soixante dans ma promotion », then « il a dit que le pays voulait former cent mille jeunes »: 60."""
    body = ("On était un peu plus de deux cents à tenter le coup, on est soixante dans ma promotion. Le directeur a "
            "dit que le pays voulait former cent mille jeunes au numérique chaque année.")
    assert count(people.trainees, body, 2026)[0] == 60
    assert count(people.trainees, "Il a dit que le pays voulait former cent mille jeunes au numérique.", 2026) is None


def test_a_strategy_named_as_the_subject_of_its_envelope_is_not_the_budget():
    """« La dernière en date, Digital Morocco 2030, mobilise une enveloppe de 11 milliards »: the strategy's; the
    centre's 4 MDH is the budget, and the strategy's 100 000 a year are not its people."""
    sentences = text.parse("Laâyoune : un centre numérique\n\nLes stratégies se succèdent. La dernière en date, "
                           "Digital Morocco 2030, mobilise une enveloppe de 11 milliards de dirhams et fixe au pays "
                           "l'objectif de former 100 000 jeunes par an.\n\nLa région a engagé 4 MDH pour créer le "
                           "centre, qui formera 120 jeunes par an.\n").sentences
    assert amounts.budget(amounts.find(sentences)).budget.value == 4000000
    assert people.trainees(sentences, 2026).value == 120


def test_the_money_of_a_plan_launched_years_ago_is_no_budget():
    """« ce vaste plan de 6,5 milliards de dirhams lancé en 2015 » in a 2026 story on a school with no budget told:
    none; « un fonds de 4 MDH lancé en 2025 » in 2026 is still recent enough to be its own."""
    old = text.parse("Imzouren : une école\n\nL'école doit beaucoup au souvenir d'un vaste plan de 6,5 milliards de "
                     "dirhams lancé en 2015, qui a couvert la province de routes.\n").sentences
    assert amounts.budget(amounts.find(old, 2026)).budget is None
    recent = text.parse("Imzouren : une école\n\nL'école est financée par un fonds de 4 MDH lancé en 2025 par la "
                        "région.\n").sentences
    assert amounts.budget(amounts.find(recent, 2026)).budget.value == 4000000


def test_the_previous_edition_s_money_set_beside_is_not_part_of_the_budget():
    """« 2,4 millions de dirhams cette année, contre 900 000 dirhams pour l'édition précédente »: 2,4 M, not 3,3 M."""
    for said in ("pour l'édition précédente", "lors de l'édition précédente"):
        sentences = text.parse("Nador : le bootcamp revient\n\nL'agence et la région y ont consacré cette année 2,4 "
                               f"millions de dirhams, contre 900 000 dirhams {said}.\n").sentences
        found = amounts.budget(amounts.find(sentences, 2026))
        assert (found.budget.value, found.items) == (2400000, [])


@pytest.mark.parametrize("body, expected", [
    # next year's edition, or a later edition in a later year, is not this one
    ("Les locaux peuvent accueillir jusqu'à 100 apprenants ; 80 ont été retenus. L'opérateur parle déjà d'une "
     "troisième promotion de 120 jeunes l'an prochain.", 80),
    ("Les chiffres : 640 candidatures, 70 apprenants retenus. Il parle d'une deuxième promotion de 120 apprenants en "
     "2027.", 70),
    # the answer to a question on how many, or on the cohort, and a neighbour's figure asked about before
    ("Drâa Info : Le Souss-Massa voisin annonce plus de 1 000 jeunes formés par an.\n\nDrâa Info : Combien de jeunes "
     "seront concernés ?\n\nM. A. O. : Deux cent quarante jeunes dans cette première phase. Nous visons 600 jeunes "
     "par an dès 2027.", 240),
    ("Dakhla Presse : Où en est la promotion lancée en octobre ?\n\nM. L. : Elle compte 50 apprenants. Ici, nous "
     "voulons accueillir 100 apprenants l'an prochain.", 50),
])
def test_an_interview_s_current_cohort_beside_next_year_s_and_a_neighbour_s(body, expected):
    """Interviews talk of next year and of the neighbours: the figure is the one the question asks for now."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_programme_s_money_for_all_its_projects_is_no_budget():
    """« le programme de l'INDH dans la province dispose de 45 millions de dirhams pour l'ensemble de ses projets »,
    the only amount of a story on one school: no budget."""
    sentences = text.parse("Es-Semara : une école\n\nLe gouverneur a rappelé que le programme de l'INDH dans la province "
                           "dispose de 45 millions de dirhams pour l'ensemble de ses projets en 2026.\n").sentences
    assert amounts.budget(amounts.find(sentences, 2026)).budget is None


def test_a_trainee_s_cohort_beside_an_earlier_one_and_the_applicants():
    """« Nous étions 410 candidats », « Finalement, nous sommes 35 dans la promotion, dont 19 filles », « Elle était
    dans la promotion de 28 »: 35."""
    body = ("S. A. : Nous étions 410 candidats, on nous l'a annoncé à la réunion d'accueil. Finalement, nous sommes 35 "
            "dans la promotion, dont 19 filles.\n\nMa cousine a fait la première édition. Elle était dans la promotion "
            "de 28 et elle travaille aujourd'hui à Tanger.")
    assert count(people.trainees, body, 2026)[0] == 35


def test_groups_added_up_by_the_sentence_itself():
    """« J'ai deux groupes de 24 enfants, donc 48 au total »: 48, not one group's 24."""
    body = "J'ai deux groupes de 24 enfants, donc 48 au total, le mercredi et le samedi. C'est peu pour 24 enfants."
    assert count(people.trainees, body, 2025)[0] == 48


def test_a_call_s_promotion_beside_the_network_s_students_and_a_sector_s_jobs():
    """« seuls 150 d'entre eux intégreront la promotion » beside the network's « plus de 2 000 étudiants »: 150 people;
    « créer 2 000 emplois qualifiés dans l'ensemble du secteur »: no jobs of the initiative."""
    body = ("Environ 400 candidats y sont attendus, mais seuls 150 d'entre eux intégreront la promotion. Les quatre "
            "campus du réseau comptent aujourd'hui plus de 2 000 étudiants en cours de cursus.")
    assert count(people.trainees, body, 2025)[0] == 150
    body = ("Le camp forme quarante jeunes. La région prévoit à terme de créer 2 000 emplois qualifiés dans l'ensemble "
            "du secteur.")
    assert count(people.jobs, body, 2025) is None


def test_graduates_a_new_structure_must_employ_are_its_jobs():
    """« une coopérative … qui doit employer 25 lauréates d'ici 2027 »: 25 jobs the project promises."""
    sentences = text.parse("Formation des femmes rurales à Taroudant\n\nQuarante femmes suivront la formation.\n\n"
                           "Le projet prévoit une coopérative de services qui doit employer 25 lauréates d'ici "
                           "2027.\n").sentences
    assert people.trainees(sentences).value == 40
    assert people.jobs(sentences).value == 25


def test_the_target_of_the_programme_an_agreement_joins_is_not_its_count():
    """« ce mémorandum s'inscrit dans le cadre de la généralisation du programme X, qui ambitionne de former 15.000
    jeunes à travers les régions »: that programme's national target, not this agreement's trainees."""
    sentences = text.parse("Azilal : un mémorandum pour les métiers du numérique\n\nUn mémorandum a été signé mardi à "
                           "Ouzoud pour former les jeunes de la région.\n\nIl s'inscrit dans le cadre de la "
                           "généralisation du programme « JobInTech », qui ambitionne de former 15.000 jeunes à "
                           "travers les régions du Royaume.\n").sentences
    assert people.trainees(sentences) is None
    alone = text.parse("Azilal : un programme\n\nLe programme, qui ambitionne de former 150 jeunes, démarre.\n")
    assert people.trainees(alone.sentences).value == 150  # a programme's own goal, with no frame named


def test_applications_shortlisted_are_not_the_people_admitted():
    """« 400 candidatures ont été sélectionnées et 112 candidats ont été retenus au final »: 112 trainees."""
    sentences = text.parse("Youssoufia : l'école de code ouvre\n\nL'école a reçu 3.000 inscriptions en ligne : 400 "
                           "candidatures ont été sélectionnées et 112 candidats ont été retenus au final après des "
                           "entretiens.\n").sentences
    assert people.trainees(sentences).value == 112


def test_jobs_of_projects_told_after_their_trade_are_theirs():
    """« Elles s'activent dans l'économie numérique, développant des projets qui visent la création de plus de 300
    postes d'emploi »: 300 jobs; « le secteur de la pêche, qui devrait créer 2 000 postes »: a trade's outlook."""
    ours = text.parse("Des coopératives de jeunes soutenues\n\nElles s'activent dans le domaine de l'économie "
                      "numérique, développant des projets innovants qui visent la création de plus de 300 postes "
                      "d'emploi.\n").sentences
    assert people.jobs(ours).value == 300
    trade = text.parse("Des coopératives de jeunes soutenues\n\nIl a présenté les perspectives du secteur de la pêche, "
                       "qui devrait créer près de 2 000 postes d'ici 2030.\n").sentences
    assert people.jobs(trade) is None


def test_a_floor_and_shares_that_add_up_above_it_give_the_exact_total():
    """« un budget supérieur à un million de dirhams », then « 500 000 dirhams pour l'aménagement et l'équipement et
    600 000 dirhams pour la formation »: 1 100 000 DH in two parts (the first share's « aménagement » says nothing of
    the second)."""
    sentences = text.parse("Une école numérique à Es-Semara\n\nL'école, financée pour un budget supérieur à un million "
                           "de dirhams, accueillera 70 jeunes.\n\nIl a précisé que 500 000 dirhams ont été mobilisés "
                           "pour l'aménagement et l'équipement et 600 000 dirhams pour la formation.\n").sentences
    found = amounts.budget(amounts.find(sentences, 2025))
    assert found.budget.value == 1_100_000
    assert sorted(a.value for a in found.items) == [500_000, 600_000]
    far = text.parse("Une école\n\nUn budget de plus d'un million de dirhams.\n\nSoit 2 000 000 dirhams pour les murs "
                     "et 3 000 000 dirhams pour la formation.\n").sentences
    assert amounts.budget(amounts.find(far, 2025)).budget.value != 5_000_000  # five times the floor: not it, said exactly


def test_digits_then_mille_and_a_share_of_the_cost_told_after_it():
    """« D'un coût de 325 mille dirhams, auquel l'initiative a contribué à hauteur de 195 mille dirhams »: 325 000 DH,
    the 195 000 a share of it (not 1 000 for « mille » read alone, nor 520 000 for the two added)."""
    sentences = text.parse("Marrakech : un institut pour les enfants\n\nD'un coût financier de 325 mille dirhams, auquel "
                           "l'initiative a contribué à hauteur de 195 mille dirhams, la structure initie au codage et à "
                           "la robotique.\n").sentences
    found = amounts.budget(amounts.find(sentences, 2024))
    assert found.budget.value == 325_000
    assert [a.value for a in found.others] == [195_000]
    assert people.trainees(text.parse("Un centre\n\nLe programme formera 3 mille jeunes.\n").sentences).value == 3000


@pytest.mark.parametrize("said, value", [
    ("1 milliard 200 millions de dirhams", 1_200_000_000),
    ("2 milliards et 50 millions de dirhams", 2_050_000_000),
])
def test_an_amount_told_in_billions_then_millions_is_one_amount(said, value):
    """« 1 milliard 200 millions de dirhams »: 1,2 milliard, not 200 millions."""
    sentences = text.parse(f"Un centre de formation\n\nLe projet coûtera {said}.\n").sentences
    assert [a.value for a in amounts.find(sentences, 2024)] == [value]


def test_graduates_recruited_or_placed_beat_a_trade_s_jobs_a_guest_recalled():
    """« La SDL s'engage à recruter ou placer chez ses sous-traitants 60 lauréats » beside « Le wali a évoqué les
    40 000 emplois que génère le secteur halieutique »: 60 jobs."""
    sentences = text.parse("Dakhla : un hub pour les compétences numériques\n\nLa SDL s'engage à recruter ou placer "
                           "chez ses sous-traitants 60 lauréats.\n\nLe wali a évoqué les 40 000 emplois que génère le "
                           "secteur halieutique dans la région.\n").sentences
    assert people.jobs(sentences).value == 60


def test_a_table_whose_unit_the_sentence_before_gives():
    """« Le financement se répartit comme suit (montants en dirhams) : » then lines « Région  4 000 000  80 % », « TOTAL
    5 000 000  100 % » and « Pour mémoire : PDR  7 000 000 000 »: 5 000 000 DH in two parts; the plan is not read."""
    sentences = text.parse("Taza : le financement du centre\n\nLe financement se répartit comme suit (montants en "
                           "dirhams) :\n\nConseil régional   4 000 000   80 %\n\nCommune de Taza   1 000 000   20 %\n\n"
                           "TOTAL   5 000 000   100 %\n\nPour mémoire (hors convention) : PDR 7 000 000 000\n").sentences
    found = amounts.budget(amounts.find(sentences, 2026))
    assert found.budget.value == 5_000_000
    assert sorted(a.value for a in found.items) == [1_000_000, 4_000_000]


@pytest.mark.parametrize("body, value", [
    ("Le centre accueillera trois sessions successives de 30 jeunes, soit 90 bénéficiaires.", 90),
    ("Le bus passera dans douze douars, avec 25 bénéficiaires par douar, soit 300 personnes au total.", 300),
    ("Le club accueille 60 jeunes. Un atelier forme aussi 40 femmes. Soit 100 bénéficiaires pour ce premier cycle.", 100),
    # a yearly capacity « au total » is still a capacity: the promotion comes first
    ("Les sites ont une capacité de 250 à 300 apprenants par an au total ; la première promotion compte 90 jeunes.",
     90),
])
def test_the_whole_the_parts_make_is_the_count(body, value):
    """« trois sessions de 30 jeunes, soit 90 bénéficiaires »: the sum the article makes, not one part."""
    sentences = text.parse(f"Un programme numérique rural\n\n{body}\n").sentences
    assert people.trainees(sentences).value == value


def test_a_strategy_s_target_joined_by_et_de_is_not_the_academy_s_count():
    """« l'ambition de la stratégie X de porter les emplois à 270 000 …, et de former 100 000 jeunes par an »: the
    strategy's; « Nous formerons 250 ingénieurs » (the verb in the first person) is the academy's."""
    sentences = text.parse("Fès : une académie du logiciel\n\n« Nous formerons 250 ingénieurs dès cette année », a dit "
                           "le directeur.\n\nL'initiative s'inscrit dans l'ambition de la stratégie Digital Morocco 2030 "
                           "de porter les emplois de l'offshoring à 270 000 à l'horizon 2030, et de former 100 000 jeunes "
                           "par an aux métiers du numérique.\n").sentences
    assert people.trainees(sentences, 2026).value == 250


def test_the_national_programme_s_reach_is_not_a_local_cohort_s_count():
    """« Ils sont quatre-vingts jeunes de la province … Le programme national vise quelque 40 000 jeunes formés dans
    tout le pays »: 80; named as the news (« Le programme national « X », qui vise à former 5 000 jeunes, a été
    lancé »), its goal is the count."""
    local = text.parse("Khénifra : une cohorte du programme\n\nLa cohorte de Khénifra a ouvert lundi.\n\nIls sont "
                       "quatre-vingts, quatre-vingts jeunes de la "
                       "province, pour six mois de formation intensive.\n\nLe programme national vise quelque 40 000 "
                       "jeunes formés dans tout le pays, et il est présent dans une dizaine de villes.\n").sentences
    assert people.trainees(local, 2026).value == 80
    named = text.parse("Un programme pour la cybersécurité\n\nLe programme national « Génération Cyber », qui vise à "
                       "former 5 000 jeunes, a été lancé mardi à Rabat.\n").sentences
    assert people.trainees(named, 2026).value == 5000


def test_a_network_s_national_goal_told_at_the_top_of_its_local_story():
    """« Le programme prévoit à terme trente espaces dans tout le Royaume et 12 000 jeunes formés par an » in the lead
    of a story on one space, whose first cohort « compte 120 jeunes »: 120."""
    sentences = text.parse("Tan-Tan : un espace de formation\n\nLe programme Code Jeunesse prévoit à terme trente espaces "
                           "dans tout le Royaume et 12 000 jeunes formés par an.\n\nLa première cohorte, qui démarre le 6 "
                           "octobre, compte 120 jeunes de la province.\n").sentences
    assert people.trainees(sentences, 2025).value == 120


@pytest.mark.parametrize("body, expected", [
    # works an anaphora refers to (« Ce projet de 11 MDH » after « le nouveau marché de gros »), beside two shares
    ("L'INDH a apporté 300 millions de centimes et la commune 150 millions de centimes pour les travaux.\n\nLa "
     "délégation a ensuite visité le chantier du nouveau marché de gros. Ce projet de 11 millions de dirhams comptera "
     "40 magasins.", 4500000),
    # each party after « financé par », then a part of their sum (« Sur ces montants, … »)
    ("Le centre sera financé par le Conseil de la région à hauteur de 12 millions de dirhams, par le conseil "
     "provincial pour 6 millions de dirhams et par la commune pour 3 millions de dirhams. Sur ces montants, 5 millions "
     "de dirhams iront à l'équipement.", 21000000),
    # what it was reckoned at, then what it came to
    ("À la signature, en mai 2024, le projet était chiffré à 8 millions de dirhams. Il aura finalement coûté 1 100 "
     "millions de centimes, payés à parts égales par la région et l'agence.", 11000000),
    # the initial convention's figure, then two riders, the last one standing
    ("Chiffré à 7 millions de dirhams dans la convention initiale, le programme a connu deux avenants, qui ont porté son "
     "budget à 9 MDH, puis à 10,5 MDH.", 10500000),
    # a road's works told far before their money
    ("La caravane est financée à hauteur de 1,5 million de dirhams par l'INDH.\n\nLe gouverneur a visité le chantier de "
     "la route provinciale reliant la ville aux douars du nord : 30 kilomètres élargis et revêtus pour 52 millions de "
     "dirhams, dont la livraison est prévue avant l'hiver.", 1500000),
])
def test_how_a_follow_up_tells_the_money(body, expected):
    """Shares, riders, parts spent and other works, as follow-ups and reports tell them: the initiative's own total."""
    assert budget(body)[0] == expected


def test_what_a_convention_of_an_earlier_year_still_provides_and_a_part_said_spent():
    """« La convention signée en 2023 prévoit 20 MDH »: still the money (not an earlier edition's, as « en 2023, la
    région avait investi » is); « sur les 6 millions annoncés, à peine 2 millions auraient été dépensés »: a part."""
    found = amounts.find(text.parse("T\n\nLa convention signée en 2023 prévoit une enveloppe de 20 millions de "
                                    "dirhams sur trois ans.\n").sentences, 2026)
    assert [(a.value, a.earlier) for a in found] == [(20000000, False)]
    found = amounts.find(text.parse("T\n\nSelon elle, sur les 6 millions de dirhams annoncés, « à peine 2 millions "
                                    "de dirhams auraient été réellement dépensés ».\n").sentences, 2026)
    assert [(a.value, a.scope) for a in found] == [(6000000, ""), (2000000, "portion")]
    # (« sur les 5 dernières années » counts years, not money: no part of anything)
    found = amounts.find(text.parse("T\n\nSur les 5 dernières années, la région a consacré 3 millions de dirhams au "
                                    "centre.\n").sentences, 2026)
    assert [a.scope for a in found] == [""]


@pytest.mark.parametrize("body, value", [
    # a partner's yearly activity across the country and its programmes, beside the cohort counted with its parts
    ("Ils sont 90, 40 filles et 50 garçons, originaires des douars de la province. Le représentant de la fondation a "
     "rappelé que le groupe forme chaque année quelque 15 000 jeunes à travers le pays dans ses différents "
     "programmes.", 90),
    # the count as it finally stands, without a noun
    ("Les premières annonces évoquaient 120 apprenants. Ce seront finalement 80, sélectionnés parmi 700 candidats, "
     "qui commenceront le 3 mars. Le partenaire revendique plus de 2 000 personnes formées depuis son installation.",
     80),
])
def test_the_cohort_told_without_its_noun_beats_a_partner_s_whole_activity(body, value):
    """« Ils sont 90, 40 filles et 50 garçons, originaires… », « Ce seront finalement 80, sélectionnés… »: the cohort;
    « le groupe forme chaque année quelque 15 000 jeunes … dans ses différents programmes »: the group's activity."""
    sentences = text.parse(f"Un centre de code ouvre\n\n{body}\n").sentences
    assert people.trainees(sentences, 2026).value == value


@pytest.mark.parametrize("body, expected", [
    # a rider's new shares, the last in words after a name without its article; a critic's reckoning on a supposition
    ("Le conseil communal a voté mardi l'avenant à la convention des Maisons du code, des espaces de formation au "
     "numérique des jeunes.\n\nL'avenant redessine le financement du programme, dont l'enveloppe avait été fixée à 3 "
     "millions de dirhams lors du lancement. Désormais, la commune apporte 2,5 millions de dirhams, la Fondation Atlas "
     "1,5 million et Tadamon Jeunes un million.\n\nPour un élu de l'opposition, « le coût réel dépasse 8 millions de "
     "dirhams si l'on ajoute les salaires des animateurs ».", 5000000),
    # what the programme had before its relaunch, then its new money in words
    ("Lancé en 2023, le programme disposait de 5 millions de dirhams.\n\nRelancé sous un nouveau nom, il est doté de "
     "onze millions et demi de dirhams sur trois ans.", 11500000),
    # an auditor's finding on the cost is no tender's estimate
    ("Le projet, estimé à 5 millions de dirhams dans la convention initiale, a été porté à 7,5 millions de dirhams, "
     "soit un dépassement que la Cour attribue à « une sous-estimation des travaux ».", 7500000),
])
def test_riders_relaunches_and_audits(body, expected):
    """A rider, a relaunch and an audit tell the money as it now stands beside what it was and what critics say."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, value", [
    # the cohort set against a promise of an earlier year
    ("La promotion inaugurale compte 52 apprenants, loin des 100 jeunes annoncés en 2024.", 52),
    # told once it began, in the passé composé
    ("La première promotion, sélectionnée parmi 1 500 candidats, n'en a compté que 110, dont 20 ont abandonné. La "
     "convention prévoyait 200 apprenants par an.", 110),
    # a school's whole roll « toutes promotions confondues », beside the class the story is about
    ("L'école compte 300 apprenants, toutes promotions confondues. Cinquante apprenants suivront la nouvelle classe "
     "dès septembre.", 50),
])
def test_the_cohort_against_promises_rolls_and_sessions_to_come(body, value):
    """A promise of before, a school's whole roll and sessions still to come are not the cohort the story counts."""
    sentences = text.parse(f"Un campus de code ouvre\n\n{body}\n").sentences
    assert people.trainees(sentences, 2026).value == value


def test_the_sessions_to_come_and_their_total_are_not_the_cohort_the_headline_counts():
    """« 60 stagiaires font leur rentrée » in the headline; « Deux autres sessions sont prévues d'ici 2027, pour
    atteindre 180 jeunes formés au total »: the sum with sessions to come, not this one's."""
    sentences = text.parse("Ksar Code : 60 stagiaires font leur rentrée dans l'ancienne gare\n\nIls sont 60 à avoir "
                           "fait leur rentrée lundi. Deux autres sessions sont prévues d'ici 2027, pour atteindre 180 "
                           "jeunes formés au total.\n").sentences
    assert people.trainees(sentences, 2026).value == 60


@pytest.mark.parametrize("body, value", [
    # a building fitted out for more than the cohort it opens with
    ("Les locaux ont été aménagés pour accueillir 250 personnes ; la première cohorte, elle, réunit 64 jeunes.", 64),
    # a room that holds so many at once, beside the students enrolled
    ("À la rentrée, 140 étudiants se sont inscrits aux ateliers du club. Le local ne peut accueillir que 25 "
     "personnes à la fois, d'où des rotations.", 140),
    # an edition's rank « depuis l'ouverture », no time gone by
    ("Le 12 janvier, elle a rejoint les 90 apprenants qui ont fait leur rentrée au campus, quatrième promotion "
     "depuis l'ouverture du site.", 90),
])
def test_a_building_fitted_out_a_room_at_once_and_an_edition_s_rank(body, value):
    """« aménagé pour accueillir 250 », « 25 personnes à la fois »: what a place holds; « quatrième promotion depuis
    l'ouverture »: a rank, not the past."""
    sentences = text.parse(f"Un campus de code ouvre ses portes\n\n{body}\n").sentences
    assert people.trainees(sentences, 2026).value == value


def test_a_body_s_yearly_budget_beside_the_shares_is_not_the_initiative_s():
    """« La Région met 8 MDH, l'OFPPT 3 millions et le CRI 1 million » beside « notre budget d'investissement pour
    2026 est de 900 millions »: the shares' sum, the region's yearly budget listed apart."""
    body = ("La Région met 8 millions de dirhams, l'OFPPT 3 millions et le CRI 1 million. Notre budget "
            "d'investissement pour 2026 est de 900 millions de dirhams, routes comprises.")
    assert budget(body) == (12000000, [8000000, 3000000, 1000000], [900000000])


@pytest.mark.parametrize("body, value", [
    # a party's part named before its amount, the headline's amounts told again as shares
    ("Azrou : 4 MDH de la Région, 2 MDH de l'ADD pour l'académie\n\nLa Région apporte la plus grosse part, 4 millions "
     "de dirhams, pour l'équipement. L'ADD engage 2 millions de dirhams pour les cursus. La commune met le reste, "
     "soit 800 000 dirhams.", 6800000),
    # a rider « portant l'enveloppe de l'école à » a total written in words
    ("Un avenant ajoute 5 millions de dirhams aux 20 millions prévus à l'origine, portant l'enveloppe de l'école à "
     "vingt-cinq millions de dirhams.", 25000000),
    # one amount in full per province, after a first in millions
    ("Le financement est assuré province par province : 1,2 million de dirhams pour Khénifra, 900 000 dirhams pour "
     "Azilal, 650 000 pour Midelt et 750 000 pour Fquih Ben Salah.", 3500000),
    # a budget cut down after an audit, beside the amount first announced
    ("Ses promoteurs annonçaient alors 10 millions de dirhams. Le budget de l'académie a été ramené à six millions "
     "et demi de dirhams sur trois ans.", 6500000),
])
def test_parts_named_before_their_amount_riders_provinces_and_cuts(body, value):
    """« apporte la plus grosse part, 4 millions », « portant l'enveloppe à », « 650 000 pour Midelt », « ramené à »:
    the initiative's money as it now stands."""
    assert budget(body)[0] == value


@pytest.mark.parametrize("body, value", [
    # a course in selling online, not sales
    ("Doté de 150 millions de centimes, le programme formera 60 artisanes à la vente en ligne.", 1500000),
    # « il a eu un prix »: a cost, not a prize
    ("Le retard a eu un prix : l'enveloppe, fixée à 2 millions de dirhams au lancement, a été portée à 2,6 millions "
     "de dirhams en février.", 2600000),
    # this edition's money told first, the first edition's after it
    ("Cette troisième édition dispose de 140 millions de centimes, contre 90 millions de centimes l'an dernier, quand "
     "la deuxième édition avait réuni 40 jeunes.", 1400000),
    # « a depuis été ramenée à »: the amount as it stands now
    ("Le programme avait été présenté en 2025 avec une enveloppe de 12 millions de dirhams. Elle a depuis été "
     "ramenée à 8,5 millions de dirhams.", 8500000),
])
def test_online_selling_a_cost_s_idiom_this_edition_and_since_then(body, value):
    """« la vente en ligne » taught, « il a eu un prix », « cette troisième édition … contre … l'an dernier », « a depuis
    été ramenée à »: the initiative's money is still read."""
    assert budget(body)[0] == value


@pytest.mark.parametrize("body, value", [
    # a strategy's target with an aside between its name and its verb; the region's roadmap read as the source
    ("Selon la feuille de route présentée mercredi, 1 300 jeunes de la région seront formés d'ici la fin de l'année. "
     "La stratégie Digital Morocco 2030, dans laquelle s'inscrit le programme, fixe l'objectif de 100 000 talents "
     "formés chaque année.", 1300),
    # a faculty's whole roll « au total »
    ("Nous formons environ 250 licenciés par an, et la faculté compte 16 000 étudiants au total. Après sélection, 60 "
     "étudiants sont inscrits au diplôme.", 60),
    # seats opened answer no question on people
    ("Combien d'étudiants suivent la première promotion ?\n\nNous avions ouvert 80 places et reçu 340 candidatures. "
     "Après sélection, 60 étudiants sont inscrits.", 60),
])
def test_a_strategy_s_target_a_faculty_s_roll_and_seats_in_an_answer(body, value):
    """« La stratégie X, dans laquelle s'inscrit …, fixe l'objectif de 100 000 », « la faculté compte 16 000 étudiants
    au total », « Nous avions ouvert 80 places »: the people of this initiative are the others."""
    sentences = text.parse(f"Un diplôme pour le port de Safi\n\n{body}\n").sentences
    assert people.trainees(sentences, 2026).value == value


def test_the_speaker_s_own_share_and_a_region_s_whole_plan():
    """« …, l'Université Ibn Zohr 2,4 millions, et notre association 1,2 million », beside « les 40 MDH que la Région
    consacre à l'ensemble de son plan numérique »: the three shares are the initiative's money, the plan's listed."""
    body = ("La Région apporte 6 millions de dirhams, l'Université Ibn Zohr 2,4 millions, et notre association 1,2 "
            "million. On cite souvent les 40 millions de dirhams que la Région consacre à l'ensemble de son plan "
            "numérique.")
    assert budget(body) == (9600000, [6000000, 2400000, 1200000], [40000000])


@pytest.mark.parametrize("body, value", [
    # the pledge quoted after its contract spelt out, beside the group's hiring everywhere
    ("Le groupe s'est engagé à recruter en contrat à durée indéterminée « au moins 90 lauréats » de la promotion. Il "
     "prévoit par ailleurs 600 recrutements dans le Royaume en 2026, tous sites confondus.", 90),
    # « en CDI » before « d'entre eux », beside the company's hiring in all its cities
    ("L'entreprise prévoit quelque 350 recrutements en 2026, toutes villes confondues. Nous nous engageons à recruter "
     "en CDI au moins 35 d'entre eux sur notre site de Meknès.", 35),
    # the passive, « des premiers lauréats »
    ("Au moins 70 des premiers lauréats seront recrutés dans les équipes du groupe.", 70),
])
def test_a_hiring_pledge_however_told_and_a_company_s_hiring_everywhere(body, value):
    """« recruter en contrat à durée indéterminée « au moins 90 lauréats » », « recruter en CDI au moins 35 d'entre
    eux », « 70 des premiers lauréats seront recrutés »: jobs; « 600 recrutements …, tous sites confondus »: not."""
    sentences = text.parse(f"Une académie d'entreprise ouvre à Meknès\n\n{body}\n").sentences
    assert people.jobs(sentences, 2026).value == value


@pytest.mark.parametrize("body, expected", [
    # places one after the other, the noun said once
    ("Les premières cohortes sont connues : 140 étudiants à Béni Mellal, 120 à Settat et 110 à Oujda.", 370),
    ("La première promotion comptera 200 apprenants à Tiznit et 160 à Guelmim.", 360),
    # tracks, the people named before a colon
    ("Cette année, les jeunes sont répartis en trois filières : soixante-dix en développement web, soixante en "
     "cybersécurité et cinquante en maintenance des réseaux.", 180),
])
def test_one_count_told_place_by_place_is_their_sum(body, expected):
    """« 140 étudiants à Béni Mellal, 120 à Settat et 110 à Oujda »: the people of every site, added up."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_whole_told_with_its_sites_is_not_added_twice():
    """« 750 apprenants pour cette cohorte, 300 à Dakhla et 450 à Kénitra »: 750, its parts after it."""
    body = "Les deux campus accueilleront ensemble 750 apprenants pour cette cohorte, 300 à Dakhla et 450 à Kénitra."
    assert count(people.trainees, body, 2026)[0] == 750


@pytest.mark.parametrize("body", [
    "Le programme a formé 300 jeunes en 2024 et 450 en 2025, puis s'est arrêté.",
    "La formation dure 30 heures en présentiel et 20 à distance.",
])
def test_editions_by_year_and_hours_are_no_sites_to_add(body):
    """Years one after the other are editions, hours are no people: nothing is added up."""
    found = count(people.trainees, body, 2026)
    assert found is None or found[0] not in (750, 50)


@pytest.mark.parametrize("body, expected", [
    # a team led, then the people of the course
    ("Il y a quatre ans, elle dirigeait une agence bancaire et une équipe de vingt-cinq personnes. Aujourd'hui, elle "
     "passe ses journées au milieu de trente-deux adolescentes penchées sur des ordinateurs.", 32),
    # the speaker's company's staff
    ("Nous employons aujourd'hui 1 100 personnes. Soixante jeunes diplômés suivent six mois de cours.", 60),
    # seats against the cohort set lower
    ("L'école dispose de 120 places, mais l'équipe a préféré limiter la promotion à 90 pour garder un encadrement "
     "serré.", 90),
    # the number announced against the first intake
    ("Annoncée pour 150 apprenants, l'école de la donnée a fait sa première rentrée avec 96 inscrits.", 96),
    # a council's report: the count that stands, then next year's promise
    ("Le centre, conçu pour 250 places, ne compte que 138 stagiaires inscrits dans la promotion 2025-2026. La "
     "directrice assure que « la promotion 2026-2027 comptera au moins 200 stagiaires ».", 138),
    # the second promotion's people, its noun in « en »
    ("La première promotion comptait 100 apprenants. La deuxième, dont la rentrée est fixée au 19 octobre, en "
     "réunira 160, choisis parmi 1 300 candidats.", 160),
])
def test_the_cohort_as_it_stands_not_staff_seats_or_promises(body, expected):
    """Staff, seats and numbers announced give way to the people actually in the course."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the total opening its sentence, beside another body's envelope « totale »
    ("La Région apporte 3,2 MDH, l'ADD 2,5 MDH et la commune 1,1 MDH. Au total, le programme est doté de 6,8 MDH. "
     "Pour 2026, l'enveloppe totale de la Région pour la formation est portée à 61 MDH.", 6_800_000),
    # an envelope revised after a partner left
    ("L'académie devait coûter 6 MDH. Selon la Région, l'enveloppe du projet a été révisée à 4,2 millions de dirhams "
     "après le retrait d'un partenaire.", 4_200_000),
    # a province's yearly envelope, recalled beside the centre's cost
    ("D'un coût de 7,8 millions de dirhams, le centre a ouvert ses portes mardi. Un responsable a rappelé que "
     "l'enveloppe INDH de la province pour 2025 atteint au total 96 MDH.", 7_800_000),
])
def test_the_initiatives_total_not_a_revised_away_or_yearly_envelope(body, expected):
    """« Au total, … 6,8 MDH », « révisée à 4,2 millions », not a territory's money for the year."""
    assert budget(body)[0] == expected


def test_a_regions_whole_plan_alone_is_no_budget_of_the_school():
    """« 40 millions de dirhams pour l'ensemble de son plan numérique »: the plan's money, even said alone."""
    body = ("Je sais que la Région a annoncé 40 millions de dirhams pour l'ensemble de son plan numérique, avec "
            "plusieurs projets dedans. Pour l'école, je ne connais pas le montant.")
    assert budget(body)[0] is None


@pytest.mark.parametrize("body, expected", [
    # the speaker's company, first person
    ("C'est l'engagement qui compte : nous recruterons au moins 110 apprenants en CDI à l'issue du parcours.", 110),
    # « depuis » a place, not a time
    ("La société Atlas Relation Client s'engage à recruter 30 lauréats à l'issue du cursus, en télétravail depuis "
     "Tinghir.", 30),
    # a promise taken back
    ("L'académie devait ouvrir la voie à des emplois. Quant aux 200 emplois, la Région reconnaît que cet objectif « a "
     "été retiré de la convention révisée ».", None),
])
def test_jobs_promised_in_the_first_person_from_a_place_or_taken_back(body, expected):
    """« nous recruterons 110 apprenants », « … en télétravail depuis Tinghir », « cet objectif a été retiré »."""
    found = count(people.jobs, body, 2026)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("body, expected", [
    ("Le financement se répartit entre 2,4 millions de dirhams apportés par l'INDH et 1,2 million de dirhams par le "
     "Conseil provincial.", 3_600_000),
    ("Évalué à 14 millions de dirhams au départ, il se répartit désormais entre 10 millions de dirhams apportés par le "
     "groupe, 6 millions par la Région et 1,5 million par la commune.", 17_500_000),
    ("Le programme mobilise une enveloppe globale constituée de 3,2 millions de dirhams apportés par l'INDH, de 1,5 "
     "million de dirhams du Conseil provincial et de 800 000 dirhams de l'opérateur.", 5_500_000),
])
def test_shares_split_between_parties_or_making_up_a_whole_add_up(body, expected):
    """« se répartit entre A apportés par X et B par Y » is no price range; « une enveloppe globale constituée de A,
    de B et de C »: the whole is their sum."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body", [
    "L'INDH consacre cette année 48 millions de dirhams à l'ensemble de ses projets dans la province, et l'école n'en "
    "est qu'une petite part.",
    "L'opérateur consacre chaque année une trentaine de millions de dirhams à ce réseau, sans préciser la part du club.",
])
def test_a_body_s_money_for_all_its_projects_or_its_network_is_no_budget(body):
    """« 48 millions à l'ensemble de ses projets », « une trentaine de millions à ce réseau »: another whole's money."""
    assert budget(body)[0] is None


@pytest.mark.parametrize("body, expected", [
    # the selection's pool, then the people kept
    ("Après les tests en ligne, 310 jeunes ont passé les quatre semaines de sélection intensive, et nous en avons "
     "retenu 90.", 90),
    # the teachers a school puts on the course
    ("La formation est assurée par l'École nationale des sciences appliquées de Safi, qui a mobilisé 12 enseignants. "
     "Après les tests, 110 jeunes ont été retenus et ont commencé lundi.", 110),
    # the stops of a tour, then the whole
    ("La caravane fera quatre étapes : 420 élèves à Guelmim, 280 à Sidi Ifni, 300 à Tan-Tan et 200 à Assa. Au total, "
     "1 200 collégiens de la région doivent passer par ses ateliers.", 1200),
    # three cohorts over years against this one
    ("Le programme accueille cette année une première cohorte de 120 jeunes. Trois cohortes, soit 360 bénéficiaires, "
     "sont prévues d'ici 2028.", 120),
])
def test_the_pool_the_staff_and_years_ahead_give_way_to_this_cohort(body, expected):
    """« 310 ont passé la sélection … retenu 90 », « a mobilisé 12 enseignants », « Au total, 1 200 », « trois
    cohortes, soit 360, d'ici 2028 »: the people of this edition, in all."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the teachers who give the course, then the cohort
    ("Les cours sont assurés par six enseignants de l'école que l'entreprise a certifiés. Pour cette première année, "
     "la cohorte retenue compte 84 élèves-ingénieurs.", 84),
    # a network's record, alone: no people of this club
    ("Le club ouvre ses portes lundi. Orange Maroc rappelle que plus de 40 000 personnes ont été formées dans ses "
     "centres du Royaume depuis 2022.", None),
])
def test_teachers_and_a_network_s_record_are_not_the_people_trained(body, expected):
    """« assurés par six enseignants » are staff; « 40 000 formées dans ses centres depuis 2022 » is the network's."""
    found = count(people.trainees, body, 2026)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("body, expected", [
    ("Le conseil provincial vote un budget 2026 de 187,5 millions de dirhams. Le Code Lab coûtera 3,6 millions de "
     "dirhams.", 3_600_000),
    ("Le programme est lancé à Agadir et à Laâyoune. Il mobilise 42 millions de dirhams pour les deux régions.",
     42_000_000),
])
def test_a_council_s_year_is_no_budget_and_the_two_regions_spanned_are_the_initiative_s(body, expected):
    """« vote un budget 2026 de 187,5 millions » is the council's whole year; « 42 millions pour les deux régions » is
    the initiative's own money, spread over the two regions it spans."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    ("À l'issue des neuf mois, nous recruterons au minimum 45 lauréats en contrat à durée indéterminée.", 45),
    ("Alten Maroc s'engage à proposer un contrat à durée indéterminée à au moins 50 des 64 apprenants à l'issue de la "
     "formation.", 50),
])
def test_a_hiring_pledge_au_minimum_or_a_contract_offered(body, expected):
    """« nous recruterons au minimum 45 lauréats », « proposer un CDI à au moins 50 des 64 apprenants »: jobs."""
    assert count(people.jobs, body, 2026)[0] == expected


def test_the_piscine_is_a_selection_not_the_cohort():
    """« 400 jeunes ont passé la « piscine » de quatre semaines, et 96 ont été retenus »: the 96."""
    body = ("Sur 2 140 candidatures reçues, un peu plus de 400 jeunes ont passé la « piscine » de quatre semaines, et 96 "
            "ont été retenus.")
    assert count(people.trainees, body, 2026)[0] == 96


@pytest.mark.parametrize("body, expected", [
    ("Le financement vient de l'INDH : chacun des cinq comités provinciaux a débloqué 370 000 dirhams pour l'étape de "
     "sa province.", 1_850_000),
    ("Le club ouvre lundi. Le groupe rappelle qu'il consacre chaque année plus de 60 millions de dirhams à ses actions "
     "éducatives dans la région.", None),
])
def test_each_of_five_shares_and_a_company_s_yearly_actions(body, expected):
    """« chacun des cinq comités a débloqué 370 000 dirhams » is five shares; « 60 millions à ses actions éducatives »
    is the company's whole year."""
    assert budget(body)[0] == expected


def test_each_site_s_people_times_the_sites_the_headline_counts():
    """« Orange ouvre trois ODC Clubs » then « Chaque club accueillera 300 étudiants »: 900 in all."""
    article = text.parse("Orange ouvre trois ODC Clubs le même jour à Taroudant, Béni Mellal et El Jadida\n\n"
                         "Les trois clubs ont été inaugurés mardi. Chaque club accueillera 300 étudiants dès cette année "
                         "universitaire.\n")
    assert people.trainees(article.sentences, 2026).value == 900


def test_each_council_s_share_times_the_councils_the_lead_counts():
    """« deux conseils régionaux ont paraphé … » then « Chaque conseil régional apporte 16 millions, et l'OFPPT 7,5
    millions »: 39,5 millions."""
    body = ("Les présidents de deux conseils régionaux ont paraphé mardi une convention qui crée une académie.\n\n"
            "Chaque conseil régional apporte 16 millions de dirhams, et l'OFPPT 7,5 millions, pour les équipements.")
    assert budget(body)[0] == 39_500_000


@pytest.mark.parametrize("body", [
    "Le camion-atelier ne compte que 24 postes, et les élèves travaillent par binômes.",
    "La fondation offre un espace au sein de l'école, avec un atelier de fabrication numérique de 30 postes.",
    "La formation démarre lundi. Aucun engagement de recrutement n'a été pris : les partenaires promettent 80 emplois "
    "« si le marché suit ».",
    "L'ancienne saison a permis de créer 64 emplois directs. Aucun objectif chiffré d'emplois n'a été fixé pour cette "
    "nouvelle promotion.",
    "À l'époque, les promoteurs avaient annoncé 400 jeunes formés et « 250 emplois garantis ».",
    "Son homologue a insisté sur la demande, évoquant « plus de 2 000 postes » que des projets pourraient créer.",
])
def test_a_workshops_seats_a_stated_absence_of_jobs_or_a_promise_of_then(body):
    """« le camion-atelier compte 24 postes », « Aucun engagement de recrutement n'a été pris » said apart from the
    figure, « À l'époque, … 250 emplois garantis »: no job this initiative promises."""
    assert count(people.jobs, body, 2026) is None


def test_no_jobs_goal_of_a_previous_programme_leaves_this_ones():
    """« à la différence du précédent programme, qui n'était assorti d'aucun engagement de recrutement »: this one's
    60 jobs stand."""
    body = ("Les entreprises partenaires s'engagent à recruter 60 lauréats, à la différence du précédent programme, "
            "qui n'était assorti d'aucun engagement de recrutement.")
    assert count(people.jobs, body, 2026)[0] == 60


@pytest.mark.parametrize("body, expected", [
    # a share whose giver has an aside, and one « y ajoute »: not the sum of the two others
    ("La Région apporte 3 millions de dirhams et l'INDH, via le comité provincial de Tan-Tan, 2,5 millions ; "
     "l'association, qui anime l'école, y ajoute l'équivalent de 500 000 dirhams en matériel.", 6_000_000),
    # « à hauteur de » after a name alone, then a share in the next sentence; a council's yearly budget further on
    ("Le Conseil de la région contribue à hauteur de 3 millions de dirhams et le Conseil provincial à hauteur de "
     "1,5 million de dirhams. L'OFPPT apporte l'équivalent de 800 000 dirhams en équipements.\n\n"
     "Lors de la même séance, le conseil a adopté son budget prévisionnel, arrêté à 96 millions de dirhams.", 5_300_000),
    # « premier bailleur, avec », « y contribue pour »: shares in words, each in its sentence
    ("Le Conseil de la région reste le premier bailleur, avec trois millions de dirhams. L'ANAPEC engage huit cent "
     "mille dirhams. L'association y contribue pour 500 000 dirhams.", 4_300_000),    # « complète avec »: the rest from another party
    ("L'INDH reste le premier bailleur : elle a mobilisé 4,2 millions de dirhams pour cette promotion. La fondation "
     "complète avec 800 000 dirhams.", 5_000_000),
    # each of two councils' share told after the amount, under the whole
    ("58 millions de dirhams pour cette phase : 30 millions apportés par le ministère, et 14 millions par chacun des "
     "deux conseils régionaux.", 58_000_000),
    # money engaged « par ailleurs », for something else
    ("La Région apporte 1 600 millions de centimes, l'Agence 5 millions de dirhams et l'ANAPEC un million de dirhams. "
     "Nous avons par ailleurs engagé 40 millions de dirhams pour la fibre optique.", 22_000_000),
    # a sentence ending on « Mohammed V. »: the next party's share is not read with the building's works
    ("Le Conseil régional apporte 9,5 MDH, destinés à l'aménagement d'un bâtiment du boulevard Mohammed V. L'Agence "
     "de l'Oriental mobilise 6 MDH et la fondation 4,5 MDH.", 20_000_000),
    # « l'INDH (INDH), avec 2,4 MDH »: a giver with its acronym and « avec »
    ("L'enveloppe est répartie entre le Conseil régional, qui apporte 3,2 millions de dirhams, l'Initiative nationale "
     "pour le développement humain (INDH), avec 2,4 MDH, et l'association, qui met 800 000 dirhams.", 6_400_000),
    # a share's verb further back, what it pays for between
    ("Le Conseil régional apporte 9,5 MDH. L'agence débloque 4 MDH. L'université, enfin, prend en charge le "
     "fonctionnement pédagogique des trois premières années, pour 3,5 MDH.", 17_000_000),
    # « avec 9 millions chacun » after two bodies sharing equally
    ("La Région apporte 22 millions de dirhams, la CDG et le ministère complètent à parts égales, avec 9 millions "
     "chacun.", 40_000_000),
    # the grants are the first share's purpose, not the second's: no monthly grant
    ("Le financement repose sur trois apports : 6 millions de dirhams du Conseil de la région pour les bourses et "
     "l'équipement, 3,5 millions de dirhams de l'ANAPEC, et 5 millions de dirhams mis par l'entreprise.", 14_500_000),
])
def test_shares_told_in_several_ways_make_the_whole(body, expected):
    """A giver with an aside, « y ajoute », « à hauteur de » without its verb, « premier bailleur, avec », « y
    contribue pour »: each a party's share, and together the budget."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the speaker's count, then a part of it
    ("Comment se passe la vie de la promotion ? — Nous sommes 35, dont 21 filles. La salle avait été prévue pour 40.",
     35),
    # the seats offered, then the people admitted in another sentence, then the parts of them after a colon
    ("Pour cette première session, la formation propose 50 places. L'appel a suscité 320 dossiers, et 45 candidats ont "
     "été admis : 28 jeunes diplômés et 17 salariés.", 45),
    # the pool the people picked came from
    ("Sur 190 élèves qui s'étaient portés candidats, 32 ont été retenus, dont 17 filles.", 32),
])
def test_the_people_of_the_cohort_not_its_seats_parts_or_pool(body, expected):
    """« Nous sommes 35, dont 21 filles », « 50 places » then « 45 candidats ont été admis : 28 … et 17 … », « Sur 190
    élèves qui s'étaient portés candidats, 32 ont été retenus »: the cohort."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_machines_shared_by_the_people_enrolled_are_no_jobs():
    """« 40 postes pour 85 inscrits »: the club's computers."""
    body = "« C'est bien, mais 40 postes pour 85 inscrits, il faudra s'organiser », note une étudiante."
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize("body, expected", [
    ("Soixante jeunes des communes riveraines ont été retenus dans chacune des deux villes, sur plus de 900 "
     "candidatures.", 120),
    ("Il réunit 140 jeunes dans trois sites d'Al Haouz (Amizmiz, Asni et Ouirgane) et 100 dans deux sites de la "
     "province de Taroudant, pour huit mois de formation.", 240),
    # the whole told first, then each site's share: no more to add
    ("Trois cents jeunes seront formés pendant huit mois, cent dans chaque province, dans des salles aménagées dans "
     "chacune des trois provinces.", 300),
])
def test_the_people_of_each_site_added_up(body, expected):
    """« retenus dans chacune des deux villes »: twice as many; « 140 … dans trois sites (A, B et C) et 100 dans deux
    sites »: their sum."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # the first edition's money, its noun left out after « contre »
    ("Cette deuxième édition a été financée à hauteur de 1,8 MDH par le Conseil de la région et le Conseil provincial, "
     "contre 1,2 MDH pour la première.", 1_800_000),
    # a stadium's works named a long clause before their money
    ("En marge de la cérémonie, le président du conseil communal a confirmé la rénovation du stade municipal, avec une "
     "pelouse synthétique et une nouvelle tribune de 2 500 places, pour 12 millions de dirhams.", None),    # a road that only says where the campus stands
    ("Installé à la sortie sud de la ville, sur la route de Selouane, sur un terrain apporté par le Conseil provincial "
     "de Nador, le campus a été réalisé pour une enveloppe globale de 21 millions de dirhams.", 21_000_000),
    # the total as it now stands, said a few words after « total », beside the court's earlier figure
    ("La Cour des comptes relevait que le coût du projet avait atteint 15,8 millions de dirhams. Le vice-président a "
     "indiqué que le coût total du campus s'établit désormais à 17,4 millions de dirhams.", 17_400_000),
    # a council's draft budget for the year beside the training's own cost
    ("Le plus lourd reste le projet de budget 2026, arrêté à 186,4 millions de dirhams. L'école, elle, coûtera 4,2 "
     "millions de dirhams.", 4_200_000),
    # money for works named right after it
    ("Le gouverneur a annoncé que le conseil provincial débloquerait 3 millions de dirhams pour la réfection de la "
     "voirie et de l'éclairage de l'avenue qui mène au campus.", None),
])
def test_an_earlier_editions_money_and_works_named_far_back(body, expected):
    """« contre 1,2 MDH pour la première »: the first edition's; « la rénovation du stade …, pour 12 millions »: the
    stadium's."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # a ratio of trainers to trainees beside the cohort
    ("Le bâtiment pourrait accueillir 120 apprenants, mais nous avons fait le choix d'une promotion de 85, pour garder "
     "un encadrement serré : un formateur pour quinze apprenants.", 85),
    # the answer's count to a question on the cohort, then how its people were picked
    ("Combien de jeunes compte la première cohorte ?\n\nN. B. : 150, sélectionnés parmi plus de 2 000 candidats, pour "
     "six mois de formation. La deuxième cohorte, l'an prochain, devrait compter 200 places.", 150),
    ("Combien de jeunes seront formés ?\n\nH. Z. — 600, recrutés parmi les diplômés chômeurs de la province, en deux "
     "sessions.", 600),
])
def test_a_ratio_is_no_cohort_and_an_answer_counts_it(body, expected):
    """« un formateur pour quinze apprenants »: a ratio; « Combien … ? — 150, sélectionnés parmi … »: the cohort."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_a_permanent_contract_guaranteed_to_graduates_is_jobs():
    """« Nous garantissons un CDI à 120 lauréats dans notre centre »: 120 jobs."""
    assert count(people.jobs, "Nous garantissons un CDI à 120 lauréats dans notre centre de Nador.", 2026)[0] == 120


def test_cohorts_summed_up_to_a_year_away_are_no_cohort():
    """« Trois promotions sont prévues d'ici 2028, soit une centaine de porteurs au total » beside « La première
    promotion réunit 36 porteurs de projets »: the 36."""
    body = ("La première promotion réunit 36 porteurs de projets, sélectionnés parmi 210 candidatures. Trois promotions "
            "sont prévues d'ici 2028, soit une centaine de porteurs de projets au total.")
    assert count(people.trainees, body, 2026)[0] == 36


def test_hiring_promises_signed_for_so_many_are_jobs():
    """« ont signé des promesses d'embauche pour 100 lauréats de cette cohorte »: 100 jobs."""
    body = "Des entreprises de la zone industrielle ont signé des promesses d'embauche pour 100 lauréats de cette cohorte."
    assert count(people.jobs, body, 2026)[0] == 100


def test_a_national_plans_target_told_with_a_relative_clause_is_not_the_cohort():
    """« la stratégie Digital Morocco 2030, qui mobilise 11 milliards de dirhams, vise la formation de 100 000
    talents par an » beside « 7 700 apprenants ont été retenus »: the 7 700."""
    body = ("Pour cette première session, 7 700 apprenants ont été retenus parmi plus de 52 000 inscrits en ligne. Le "
            "secrétaire général a rappelé que la stratégie Digital Morocco 2030, qui mobilise 11 milliards de dirhams, vise "
            "la formation de 100 000 talents par an.")
    assert count(people.trainees, body, 2026)[0] == 7700


def test_work_contracts_pledged_are_jobs():
    """« s'est engagé par écrit à proposer au moins 20 contrats de travail aux lauréats »: 20 jobs."""
    body = "Le groupe s'est engagé par écrit à proposer au moins 20 contrats de travail aux lauréats de cette promotion."
    assert count(people.jobs, body, 2026)[0] == 20


@pytest.mark.parametrize("body, expected", [
    # the people picked, beside the speaker's former school in the imperfect and a later year's intake
    ("J'ai passé quatre ans chez YouCode, où nous formions environ 120 jeunes par an. Après les tests, 86 jeunes ont "
     "été retenus, dont 37 jeunes femmes. Nous voulons accueillir 150 apprenants à la rentrée 2026.", 86),
    # their ages between the count and the verb; a wish in the conditional
    ("Un bootcamp pilote a réuni 25 jeunes. Sur 310 candidatures, 48 jeunes de 18 à 30 ans ont été retenus, pour neuf "
     "mois de formation. Elle voudrait accueillir 100 jeunes l'an prochain.", 48),
    # « en retenir 45 »: the pronoun before the infinitive
    ("Le plateau peut accueillir 60 personnes, mais nous avons préféré en retenir 45 pour garder un ratio d'un "
     "encadrant pour neuf apprenants.", 45),    # a faculty's roll, told by its dean
    ("Notre faculté accueille près de 19 000 étudiants. Après les entretiens, 36 étudiants ont été inscrits dans cette "
     "première promotion, dont 17 jeunes femmes.", 36),
])
def test_the_people_picked_over_wishes_and_another_school_s_count(body, expected):
    """« 86 jeunes ont été retenus » over « nous formions environ 120 jeunes par an » and « accueillir 150 … à la
    rentrée 2026 »; « 48 jeunes de 18 à 30 ans ont été retenus »; « préféré en retenir 45 »."""
    assert count(people.trainees, body, 2025)[0] == expected


def test_the_cohort_told_before_a_dash_aside_on_the_first_one():
    """« 150 d'entre eux ont intégré la promotion qui a démarré en février — la troisième, dont la première, en 2023,
    comptait 100 apprenants »: the 150, whatever year the aside gives."""
    body = ("En janvier, 420 candidats ont passé la piscine. Au bout du compte, 150 d'entre eux ont intégré la promotion "
            "qui a démarré en février dernier — la troisième depuis l'ouverture de l'école, dont la première, en 2023, "
            "comptait 100 apprenants.")
    assert count(people.trainees, body, 2026)[0] == 150


def test_a_timeline_s_dated_line_is_told_done():
    """« Septembre 2024 – Deuxième promotion de 110 apprenants » in a 2025 chronology, beside the new building that
    « pourra accueillir 400 apprenants »: the line's date, before its dash, sets the 110 in the past."""
    body = ("Le nouveau bâtiment pourra accueillir 400 apprenants.\n\nSeptembre 2024 – Deuxième promotion de 110 "
            "apprenants ; un opérateur offre 60 ordinateurs portables.")
    assert count(people.trainees, body, 2025)[0] == 400


@pytest.mark.parametrize("body", [
    "La stratégie Digital Morocco 2030 prévoit, à l'échelle nationale, la création de 240 000 emplois directs.",
    "Les locaux ont été aménagés pour 150 postes, afin d'accueillir deux promotions en parallèle.",
])
def test_a_national_plans_jobs_with_an_aside_and_premises_workstations(body):
    """« La stratégie … prévoit, à l'échelle nationale, la création de 240 000 emplois »: the country's; « Les locaux
    ont été aménagés pour 150 postes »: workstations."""
    assert count(people.jobs, body, 2026) is None


def test_each_of_three_clubs_money_and_people_after_an_opening():
    """« Orange inaugure trois clubs » then « Chaque club est doté d'un équipement d'une valeur de 1,5 million de
    dirhams » and « Pour cette première année, chaque club accueillera 150 étudiants »: 4,5 millions and 450."""
    article = text.parse("Orange ouvre trois clubs dans trois universités\n\nOrange a inauguré hier trois nouveaux clubs "
                         "dans trois universités.\n\nChaque club est doté d'un équipement d'une valeur de 1,5 million de "
                         "dirhams. Pour cette première année, chaque club accueillera 150 étudiants.\n")
    assert amounts.budget(amounts.find(article.sentences, 2026)).budget.value == 4_500_000
    assert people.trainees(article.sentences, 2026).value == 450


@pytest.mark.parametrize("body", [
    "Le président de la Région a, de son côté, fixé un cap : 5 000 emplois dans le numérique créés dans la région "
    "d'ici 2030.",
    "Le conseil a voté 48 millions de dirhams pour les khettaras, un chantier qui doit mobiliser quelque 300 emplois "
    "saisonniers.",
])
def test_a_regions_cap_and_a_works_seasonal_hands_are_no_jobs_promised(body):
    """« fixé un cap : 5 000 emplois … d'ici 2030 »: the region's goal; « 300 emplois saisonniers » of a works site."""
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize(("body", "expected"), [
    # a bare answer with the ages between the count and how they were found
    ("Combien de jeunes accueille l'école ?\n\nA. B. : Cent vingt pour cette première année, de 16 à 24 ans, repérés "
     "par les associations. Le réseau compte environ 30 000 jeunes inscrits sur l'ensemble du territoire.", 120),
    # those who showed interest are a pool; those of them who follow the course are the count
    ("Plus de 1 800 étudiants ont manifesté leur intérêt lors de la journée d'accueil. Cette année, 240 d'entre eux "
     "suivront les parcours certifiants.", 240),
    ("Le réseau revendique 25 000 bénéficiaires sur tout le territoire national. L'antenne de la ville accueille 90 "
     "stagiaires.", 90),
])
def test_an_answer_s_count_those_following_the_course_not_the_interested_nor_the_country(body, expected):
    """« Cent vingt pour cette première année, de 16 à 24 ans, … »; « 240 d'entre eux suivront les parcours » after
    « 1 800 étudiants ont manifesté leur intérêt »; « 30 000 jeunes sur l'ensemble du territoire »: the country's."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("À l'ouverture, nous étions 40, vingt garçons et vingt filles. Dès l'an prochain, le centre accueillera deux "
     "promotions par an, soit 80 personnes.", 40),
    ("Deux stagiaires ont dû partir, pour des raisons familiales, mais la promotion, c'est 38. Dès l'an prochain, "
     "le centre ouvrira trois sessions, soit 120 jeunes.", 38),
])
def test_a_cohort_in_two_equal_halves_and_next_year_s_sum(body, expected):
    """« nous étions 40, vingt garçons et vingt filles » (not 20); « mais la promotion, c'est 38 »; « dès l'an
    prochain …, soit 80 personnes »: next year's sum."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_as_much_again_from_a_second_party_is_a_second_share():
    """« 8,5 millions de dirhams du premier conseil, autant du second, et 3 millions de dirhams de l'OFPPT »: 20
    millions, not 11,5."""
    assert budget("Le financement repose sur trois apports : 8,5 millions de dirhams du Conseil de la région "
                  "Fès-Meknès, autant du Conseil de la région de l'Oriental, et 3 millions de dirhams apportés par "
                  "l'OFPPT.")[0] == 20000000


def test_a_table_without_a_rule_in_millions_gives_each_party_s_share():
    """A table set out with spaces, no rule under « Partenaire   Apport (MDH)   Objet », then one row per party:
    the shares in millions, added up."""
    body = ("La convention signée mercredi crée dans la ville un centre de formation au numérique, gratuit et ouvert "
            "aux jeunes diplômés. Quatre signataires se partagent la facture, selon l'annexe :\n\n"
            "  Partenaire                  Apport (MDH)   Objet\n"
            "  Opérateur télécom               4,20       équipements\n"
            "  Conseil régional                3,50       aménagement\n"
            "  Fondation locale                2,00       bourses\n"
            "  ANAPEC                          0,80       suivi\n\n"
            "L'opérateur consacre par ailleurs chaque année 1,5 milliard de dirhams à son réseau national.")
    assert budget(body)[0] == 10500000


@pytest.mark.parametrize(("body", "expected"), [
    ("Le texte relève l'enveloppe de l'école de 24 millions de dirhams à 31,5 millions de dirhams, soit 7,5 millions "
     "supplémentaires. La région apporte 4 millions de dirhams et l'agence 3,5 millions.", 31500000),
    ("Le conseil a adopté son budget 2026, arrêté à 71,4 millions de dirhams, contre 66,9 millions de dirhams pour "
     "2025.\n\nUn seul point touche au numérique : l'enveloppe de l'académie est de 5,6 millions de dirhams : 1,6 "
     "million à la charge de la commune, 2,5 millions apportés par la région et 1,5 million par l'INDH.", 5600000),
    ("Selon le texte, la région apportera vingt millions de dirhams, le ministère de la Transition numérique et de la "
     "Réforme de l'administration quinze millions de dirhams, la CDG cinq millions de dirhams et la fondation deux "
     "millions et demi de dirhams.", 42500000),
])
def test_the_amount_it_now_is_not_a_figure_compared_with_and_shares_of_long_names(body, expected):
    """« relève l'enveloppe de 24 … à 31,5 millions »: 31,5; « contre 66,9 millions pour 2025 »: compared with, not
    the academy's; « le ministère de la Transition numérique et de la Réforme de l'administration quinze millions »:
    a share, its long name between."""
    assert budget(body)[0] == expected


def test_a_promise_told_as_over_the_people_a_survey_asked_and_the_jobless_give_way():
    """« Trois cents jeunes formés chaque année : c'était la promesse. », « qui dit avoir interrogé une trentaine
    d'apprenants », « plus de 6 000 jeunes sans emploi ni formation »: the 45 enrolled are the count."""
    body = ("« Trois cents jeunes formés chaque année : c'était la promesse. » L'association dresse un bilan sévère du "
            "centre.\n\nSelon l'association, qui dit avoir interrogé une trentaine d'apprenants et de parents, seuls 45 "
            "jeunes ont été inscrits à la première promotion. Elle rappelle que la province compte plus de 6 000 jeunes "
            "sans emploi ni formation.")
    assert count(people.trainees, body, 2026)[0] == 45


def test_the_jobs_a_market_s_works_will_bring_are_not_the_hub_s():
    """« la délégation a visité le chantier du nouveau souk : 17 millions de dirhams, 600 emplacements et quelque 150
    emplois attendus »: the market's jobs, not the training hub's."""
    body = ("Le hub de formation au numérique a ouvert avec 70 jeunes. Après le ruban coupé, la délégation a visité le "
            "chantier du nouveau souk hebdomadaire, à la sortie nord de la ville : 17 millions de dirhams, 600 "
            "emplacements et, selon la commune, quelque 150 emplois attendus.")
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize("body", [
    "Le gouverneur s'est rendu au terrain de proximité du quartier, dont la pelouse synthétique vient d'être posée pour "
    "2,8 millions de dirhams.",
    "L'agence rappelle d'ailleurs avoir engagé plus de 40 millions de dirhams dans l'ensemble de ses programmes en "
    "faveur de la jeunesse.",
])
def test_a_pitch_s_turf_and_an_agency_s_programmes_all_together_are_no_budget(body):
    """« dont la pelouse synthétique vient d'être posée pour 2,8 millions »; « 40 millions de dirhams dans l'ensemble
    de ses programmes »: no budget of the school's."""
    assert budget(f"L'école du code a accueilli sa promotion. {body}")[0] is None


def test_a_portrait_s_first_promotion_the_year_after_a_past_year_gives_way_to_today_s():
    """« En 2022, il rentre. L'année suivante, il … installe une première promotion de 22 jeunes » before « accueille,
    depuis l'inauguration, une nouvelle promotion de 64 apprenants »: 64."""
    body = ("En 2022, il rentre. L'année suivante, il crée une association et installe une première promotion de 22 "
            "jeunes dans le garage de son oncle.\n\nLe changement d'échelle est venu cette année. Le lab accueille, "
            "depuis l'inauguration, une nouvelle promotion de 64 apprenants.")
    assert count(people.trainees, body, 2026)[0] == 64


def test_the_mentors_bonuses_among_what_the_money_pays_for_keep_the_budget():
    """« la Région finance le tout, soit 45 millions de centimes (ordinateurs, repas, primes des mentors) »: 450 000
    dirhams, the mentors' bonuses one of its uses, not a prize."""
    assert budget("La Région finance le tout, soit 45 millions de centimes pour cette édition (ordinateurs portables "
                  "prêtés, connexion, repas, primes des mentors).")[0] == 450000


def test_a_share_of_one_million_in_words_after_shares_in_millions():
    """« 3,8 millions de dirhams apportés par ACS, 1,6 million par le Conseil régional et un million par l'ANAPEC »:
    6,4 millions."""
    assert budget("Le financement est partagé entre trois parties : 3,8 millions de dirhams apportés par ACS, 1,6 million "
                  "par le Conseil régional et un million par l'ANAPEC.")[0] == 6400000


@pytest.mark.parametrize(("body", "expected"), [
    ("L'aménagement de la filière a coûté 280 millions de centimes, pris en charge par le groupe. Ouverte en 2022, la "
     "cité des métiers a coûté plus de 300 millions de dirhams.", 2800000),
    ("L'entreprise forme sa première promotion. Elle a investi 120 millions de dirhams dans son nouveau bâtiment, "
     "inauguré en 2024, qui abrite désormais l'académie.", None),
])
def test_a_track_s_own_fit_out_is_its_budget_a_building_of_an_earlier_year_is_not(body, expected):
    """« L'aménagement de la filière a coûté 280 millions de centimes » is the track's; « Ouverte en 2022, la cité … a
    coûté 300 MDH », « 120 MDH dans son nouveau bâtiment, inauguré en 2024 » are another year's building."""
    found = amounts.budget(amounts.find(sentences(body), 2026))
    assert (found.budget.value if found.budget else None) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Les conseils de deux régions voisines ont signé jeudi la convention du programme.\n\nLe montage financier est "
     "paritaire : chaque conseil régional apporte 900 millions de centimes, sur trois ans.", 18000000),
    ("L'aménagement des locaux a été financé par le Conseil de la région à hauteur de 2,5 millions de dirhams, tandis "
     "que Huawei Maroc a fourni les équipements, évalués à 1,3 million de dirhams.", 3800000),
])
def test_each_of_two_regions_councils_and_equipment_given_in_kind_are_shares(body, expected):
    """« chaque conseil régional apporte 900 millions de centimes » under « Les conseils de deux régions »: twice;
    « a fourni les équipements, évalués à 1,3 million »: a share in kind, added."""
    assert budget(body)[0] == expected


def test_a_per_site_count_then_its_total_without_a_noun():
    """« 150 inscrits par site ont été retenus pour cette première année, soit 450 au total »: 450."""
    body = ("Orange a inauguré mardi trois clubs dans trois universités. Chaque club peut accueillir jusqu'à 200 "
            "étudiants, mais 150 inscrits par site ont été retenus pour cette première année, soit 450 au total.")
    assert count(people.trainees, body, 2025)[0] == 450


@pytest.mark.parametrize(("body", "expected"), [
    ("Au final, nous sommes 40 : vingt-deux filles et dix-huit garçons, venus de toute la province. La directrice nous "
     "a expliqué qu'à terme, entre les bootcamps, les ateliers et le FabLab, le centre veut toucher 1 000 bénéficiaires "
     "par an.", 40),
    ("Qui est entré à l'académie ?\n\nN. E. : Soixante jeunes de 20 à 32 ans, bacheliers ou diplômés sans emploi. Nous "
     "nous sommes engagés à proposer un CDI à au moins 45 d'entre eux à l'issue de la formation.", 60),
    ("Combien d'apprenants pour cette rentrée ?\n\nN. C. : Ils sont 130, contre 100 l'an dernier.\n\nQuel bilan pour "
     "la première promotion ?\n\nN. C. : Sur 100 lauréats, 72 % ont trouvé un emploi dans les six mois.", 130),
])
def test_an_answer_s_count_before_a_goal_a_hiring_pledge_or_a_rate_s_base(body, expected):
    """« nous sommes 40 : vingt-deux filles et dix-huit garçons » before « à terme, … veut toucher 1 000 » (a goal);
    « Soixante jeunes » answering « Qui est entré ? » beside « un CDI à au moins 45 d'entre eux » (jobs); « Ils sont
    130, contre 100 » before « Sur 100 lauréats, 72 % » (a rate's base)."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_the_whole_caravan_s_money_said_not_to_be_this_stop_s():
    """« 1,2 million de dirhams pour l'étape de Tinghir » beside « Les 30 millions de dirhams …, c'est l'ordre de
    grandeur de l'ensemble de la caravane, pas de Tinghir »: 1,2 million."""
    assert budget("L'étape de Tinghir est financée par l'INDH à hauteur de 1,2 million de dirhams. Les 30 millions de "
                  "dirhams dont vous avez entendu parler, c'est l'ordre de grandeur de l'ensemble de la caravane dans "
                  "toutes les provinces, pas de Tinghir.")[0] == 1200000


def test_equipment_offered_at_its_value_beside_a_university_s_own_plan():
    """« Huawei a offert les équipements du laboratoire, d'une valeur de 2.750.000 DH » and « son propre plan de
    transformation numérique mobilise 38 MDH »: 2 750 000, the plan's money set aside."""
    assert budget("Huawei Maroc a offert les équipements du laboratoire, d'une valeur de 2.750.000 DH. L'université, de "
                  "son côté, rappelle que son propre plan de transformation numérique mobilise 38 MDH d'ici 2027.")[0] \
        == 2750000


@pytest.mark.parametrize(("body", "expected"), [
    ("Son budget atteint 1,9 million de dirhams, contre 1,2 million l'an dernier, et elle accueille 100 jeunes, "
     "retenus parmi 640 candidatures, alors que la première promotion n'en comptait que 70.", 100),
    ("Sous les palmiers, 48 jeunes de la vallée, 27 jeunes femmes et 21 jeunes hommes, ont reçu le certificat qui clôt "
     "neuf mois de formation, la première promotion de l'école ouverte l'an dernier.", 48),
])
def test_a_comparison_with_last_year_or_a_school_opened_then_leaves_this_year_s_people(body, expected):
    """« contre 1,2 million l'an dernier » set between commas, « l'école ouverte l'an dernier » after « 48 jeunes … ont
    reçu le certificat »: this year's people, told beside last year."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("L'école compte environ 1 400 étudiants ; pour cette première saison, 90 d'entre eux sont inscrits aux parcours du "
     "club.", 90),
    ("Les 48 apprenants, répartis en deux groupes de 24, suivront neuf mois de formation. Le conseil régional affiche "
     "d'ailleurs un objectif plus large : former 1 000 jeunes aux métiers numériques dans la région.", 48),
])
def test_those_of_a_school_enrolled_and_a_wider_goal_beside_the_cohort(body, expected):
    """« 90 d'entre eux sont inscrits aux parcours » of a school of 1 400; « un objectif plus large : former 1 000
    jeunes »: the cohort."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le conseil apporte 8 MDH. L'opérateur inwi contribue à hauteur de 3,5 millions, sous forme de financement et de "
     "modules, et l'ANAPEC met 1 500 000 dirhams sur la table.", 13000000),
    ("Financé par le conseil régional, le projet était chiffré à 7 millions de dirhams. Une rallonge de 1,5 million de "
     "dirhams, votée en octobre, porte l'enveloppe à 8,5 millions de dirhams, équipements compris.", 8500000),
])
def test_a_share_in_millions_before_one_in_full_and_a_rise_that_brings_the_total(body, expected):
    """« à hauteur de 3,5 millions, …, et l'ANAPEC met 1 500 000 dirhams »: both shares; « Une rallonge de 1,5
    million … porte l'enveloppe à 8,5 millions »: the total it comes to."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le bus-atelier doit initier 1.800 collégiens au codage dans les communes du Souss. Les meilleurs élèves de chaque "
     "escale, soit 120 jeunes au total, seront conviés en juin à une finale régionale.", 1800),
    ("L'académie formera 300 stagiaires. Ses 25 meilleurs apprenants partiront en stage à Paris.", 300),
    ("Sur 900 candidats, les 90 meilleurs profils ont été retenus pour la promotion.", 90),
])
def test_the_best_of_those_trained_picked_for_a_final_are_not_the_trainees(body, expected):
    """« Les meilleurs élèves de chaque escale, soit 120 jeunes au total, seront conviés à une finale »: a few of
    those trained, however added up (the best of the applicants, though, are the promotion)."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Faute de locaux, ils seront finalement 64 dans cette première promotion, au lieu des 100 promis. Parmi eux, "
     "29 jeunes femmes.", 64),
    ("Elles sont désormais 45 à suivre le cursus. Parmi elles, 12 viennent de Tata.", 45),
])
def test_they_will_finally_be_so_many_and_some_among_them(body, expected):
    """« ils seront finalement 64 dans cette première promotion », then « Parmi eux, 29 jeunes femmes »: the cohort,
    not the part of it told after."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_those_a_first_convention_took_in_are_its_people_not_the_new_one_s():
    """« La première convention, signée en 2022, visait 300 apprenants. L'école en a finalement accueilli 260 »: « en »
    takes up the earlier convention's people; the new convention's goal is the figure."""
    body = ("La nouvelle convention vise 480 développeurs formés d'ici 2028.\n\nLa première convention, signée en 2022, "
            "visait 300 apprenants. L'école en a finalement accueilli 260, dont une centaine ont trouvé un emploi.")
    assert count(people.trainees, body, 2025)[0] == 480


@pytest.mark.parametrize(("body", "expected"), [
    # a promise of a partner gone, in the imperfect, beside the new one's
    ("Nous avons perdu un partenaire qui s'engageait à recruter 35 lauréats. Orange Maroc s'engage désormais à "
     "recruter 50 lauréats à l'issue de la formation.", 50),
    # an earlier edition's pledge, in the pluperfect, beside this one's
    ("Le premier camp avait annoncé « 90 emplois garantis », jamais vérifiés. Cette fois, douze entreprises "
     "s'engagent à recruter au moins 30 lauréats.", 30),
    # the institute's own staff, hired by itself, beside the land's projects that do not depend on it
    ("Les projets d'hydrogène de la région, qui promettent 20 000 emplois, ne dépendent pas de l'institut. Il recrutera "
     "lui-même 38 enseignants-chercheurs et techniciens.", 38),
])
def test_a_promise_of_before_and_others_jobs_give_way_to_this_initiative_s_hires(body, expected):
    """« un partenaire qui s'engageait à recruter 35 lauréats », « avait annoncé « 90 emplois garantis » », « ne
    dépendent pas de l'institut »: this initiative's own hires are the jobs."""
    assert count(people.jobs, body)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("L'étape réunit les écoliers de trois douars : 80 élèves d'Imi Ntanout, 45 de Tafingoult et 30 d'Argana.", 155),
    ("Le centre forme 60 jeunes de Tinghir et 35 de Boumalne Dadès, âgés de 18 à 25 ans.", 95),
])
def test_people_counted_by_the_place_they_come_from_add_up(body, expected):
    """« 80 élèves d'Imi Ntanout, 45 de Tafingoult et 30 d'Argana »: one audience told by where it comes from."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_the_second_site_the_article_opens_is_its_money():
    """« Ce deuxième site représente un investissement de 5,2 millions de dirhams, financé par la Région »: the
    extension the article is about, not works of another kind."""
    body = ("L'école de code de Tiznit a ouvert jeudi son antenne de Taroudant. Ce deuxième site représente un "
            "investissement de 5,2 millions de dirhams sur trois ans, financé par le conseil régional.")
    assert budget(body)[0] == 5200000


def test_a_yearly_sum_for_so_many_years_is_the_total_and_said_to_be_worked_out():
    """« 3 MDH par an pendant quatre ans », no total said: 12 MDH, with a note that the total was worked out."""
    from helpers import REPO

    from announcements.importer.extract import extract
    from announcements.vocabulary import load_vocabulary

    article = ("Guelmim : la Région finance une école de code\n\nLe conseil régional s'engage à verser 3 MDH par an "
               "pendant quatre ans à l'école Noun Code, qui formera 120 jeunes.\n")
    draft = extract(article, load_vocabulary(REPO / "data"))
    assert draft.budget == 12000000
    assert "par an pendant 4 ans" in draft.notes["budget"]


def test_a_table_in_dirhams_whose_header_says_only_dh_gives_each_party_s_share():
    """« Partenaire   Contribution (DH) » over rows of full amounts, no total printed: the shares, added up."""
    body = ("La convention signée mardi crée une école de code gratuite pour les jeunes diplômés de la province. "
            "Trois signataires se partagent la facture.\n\nL'annexe de la convention répartit les contributions :\n\n"
            "  Partenaire                     Contribution (DH)\n"
            "  Conseil régional                   3 000 000\n"
            "  Fondation locale                   1 500 000\n"
            "  Université                           500 000\n\n"
            "Les cours démarreront en octobre.")
    assert budget(body)[0] == 5000000


def test_so_many_of_the_graduates_already_hired_are_the_jobs():
    """« 27 des 40 lauréats ont déjà été recrutés, en CDI ou en CDD »: jobs the initiative led to."""
    assert count(people.jobs, "Selon l'école, 27 des 40 lauréats ont déjà été recrutés, en CDI ou en CDD, par des "
                              "agences web de la ville.")[0] == 27


def test_money_added_to_a_first_funder_s_makes_the_total_with_it():
    """« financé par l'INDH, à travers son comité provincial, à hauteur de 300 000 dirhams. L'association y ajoute
    45 000 dirhams »: two shares, 345 000."""
    body = ("Le programme est financé par l'Initiative nationale pour le développement humain, à travers le comité "
            "provincial de Taroudant, à hauteur de 300 000 dirhams. L'association y ajoute 45 000 dirhams de fonds "
            "propres.")
    assert budget(body)[0] == 345000


@pytest.mark.parametrize(("body", "expected"), [
    # the land's pupils beside the pupils the caravan targets
    ("La caravane vise les élèves de sixième année : 1 900 enfants dans 52 écoles. La province compte un peu plus de "
     "24 000 élèves au total.", 1900),
    # a company's staff beside the people it trains
    ("Nous sommes 280 salariés à Tanger. Ce sont 60 diplômés qui suivront six mois de formation chez nous.", 60),
    # one part of the school beside the school's first intake, and its capacity
    ("Le 2 octobre, 1 100 stagiaires ont franchi le portail de la cité des métiers. La capacité est de 1 600 places. "
     "Le pôle digital accueille 240 stagiaires.", 1100),
])
def test_the_land_s_pupils_a_company_s_staff_and_a_school_s_part_are_not_its_intake(body, expected):
    """« La province compte 24 000 élèves », « Nous sommes 280 salariés », « Le pôle digital accueille 240
    stagiaires »: not the people the initiative trains."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a first share, then what a second party completed it with
    ("Le financement vient pour l'essentiel du fondateur lui-même : 500 000 dirhams sur deux ans. L'association a "
     "complété avec 150 000 dirhams collectés auprès de la diaspora.", 650000),
    # a household's income told in a portrait is no budget
    ("Elle aidait son père à la récolte des olives, qui rapporte à la famille « autour de 25 000 dirhams dans une bonne "
     "année ».", None),
])
def test_a_share_completed_by_another_and_a_family_s_income(body, expected):
    """« L'association a complété avec 150 000 dirhams »: added to the first share; « qui rapporte à la famille
    25 000 dirhams »: an income, no budget."""
    assert budget(body)[0] == expected


def test_fundraising_taught_is_no_money_raised_and_a_year_s_seats_are_not_the_cohort():
    """« des modules … à la levée de fonds »: what is taught, the budget stands; « deux promotions par an, soit 60
    places »: a year's seats, the first promotion's 30 are the trainees."""
    body = ("Doté de 6 millions de dirhams sur trois ans, le parcours propose des modules de formation au modèle "
            "économique et à la levée de fonds. La première promotion réunit 30 porteurs de projets. Le programme "
            "prévoit deux promotions par an, soit 60 places.")
    assert budget(body)[0] == 6000000
    assert count(people.trainees, body, 2026)[0] == 30


def test_young_people_who_made_their_entry_beat_the_rooms_future_capacity():
    """« Cent quatre-vingts jeunes ont fait lundi leur entrée à l'académie » beside « Les locaux pourront à terme
    accueillir 300 personnes »: the people who started."""
    body = ("Cent quatre-vingts jeunes ont fait lundi leur entrée à l'académie, sur le campus de l'université. Les "
            "locaux pourront à terme accueillir 300 personnes.")
    assert count(people.trainees, body, 2026)[0] == 180


@pytest.mark.parametrize(("body", "expected"), [
    ("Selon ses promoteurs, le projet a déjà créé 12 emplois directs, formateurs et personnel compris.", 12),
    ("La région mise sur le port, dont les promoteurs annoncent 3 000 emplois directs, sans rapport direct avec "
     "l'école.", None),
])
def test_jobs_the_initiative_has_already_made_and_a_port_s_unrelated_jobs(body, expected):
    """« le projet a déjà créé 12 emplois directs »: its jobs so far; « sans rapport direct avec l'école »: another's."""
    found = count(people.jobs, body, 2026)
    assert (found[0] if found else None) == expected


def test_candidates_admitted_to_the_selection_stage_are_not_the_cohort():
    """« 1 800 inscriptions, puis 420 candidats admis à la « piscine » » before « 140 ont décroché leur place »: a
    stage of the selection."""
    body = ("140 apprenants ont entamé lundi leur cursus. Ils ont été retenus à l'issue d'une sélection : 1 800 "
            "inscriptions aux tests en ligne, puis 420 candidats admis à la « piscine », quatre semaines d'immersion.")
    assert count(people.trainees, body, 2026)[0] == 140


@pytest.mark.parametrize(("body", "expected"), [
    # the amount said to be the budget, over an editorial lead's background investment
    ("Le complexe Noor, ses 9 milliards de dirhams d'investissement et ses mégawatts ont fait le tour des salons.\n\n"
     "La convention signée mardi crée une école de code. Le budget est de 12 millions de dirhams sur trois ans.",
     12000000),
    # a correction: the first instalment, then the total, an aside between « total » and the amount
    ("Le montant de 2,4 millions de dirhams que nous avons cité correspondait à la seule première tranche. Le coût "
     "total du projet, tel qu'il figure dans la convention, s'élève à 4,2 millions de dirhams.", 4200000),
    # a price of one thing and a cost per (female) learner are never the budget
    ("Sa mère tisse des tapis qu'elle vend autour de 1 500 dirhams pièce.", None),
    ("Le budget du bootcamp s'élève à 3,4 millions de dirhams, soit un peu plus de 56 000 dirhams par apprenante, "
     "hébergement et transport compris pour celles qui viennent de Tiznit.", 3400000),
    # a share whose unit the sentence before gave with a share of its own, then a whole told before its parts
    ("L'INDH y apporte 2,1 millions de dirhams pour la construction. La Région finance, à hauteur de 1,5 million, "
     "les formateurs.", 3600000),
    ("La convention mobilise 45 millions de dirhams sur trois ans. La Région en apporte 20 millions, la CDG 15 "
     "millions et le ministère 10 millions.", 45000000),
    # the prizes, a part said with the budget, do not make it a prize's money
    ("Le budget global atteint 1,8 million de dirhams, dont 300 000 dirhams de prix.", 1800000),
])
def test_the_budget_said_as_such_in_full_and_in_parts(body, expected):
    """Amounts as editorials, corrections and features tell them: which one is the initiative's budget."""
    assert budget(body)[0] == expected


@pytest.mark.parametrize("body", [
    "Dans le même temps, la nouvelle zone d'activités de Guercif, dont les travaux avancent à la sortie de la ville, "
    "promet à terme 1 200 emplois industriels.",
    "« Les projets d'hydrogène vert annoncés dans notre région promettent 2 000 emplois », a lancé le député.",
    "La société du port a confirmé la création de 2 000 emplois directs d'ici 2028.",
    "Un groupe d'Agadir présente son projet d'unité de congélation au port : 210 millions de dirhams "
    "d'investissement et 300 emplois directs.",
])
def test_another_venture_s_jobs_are_not_the_initiative_s(body):
    """An industrial zone's, a port's, a plant's or energy projects' jobs, told beside a school."""
    assert count(people.jobs, "Le centre de code forme 75 jeunes. " + body, 2026) is None


def test_the_programme_s_hires_beat_the_whole_they_are_counted_in():
    """« ces postes sont comptés dans les 1 200 emplois de l'extension »: the company's whole, not the programme's."""
    body = ("L'extension doit créer 1 200 emplois d'ici 2028. Alten s'engage à recruter au moins 450 lauréats du "
            "programme ; ces postes sont comptés dans les 1 200 emplois de l'extension.")
    assert count(people.jobs, body, 2026)[0] == 450


def test_the_first_cohort_of_a_school_opened_years_ago_is_not_this_one():
    """« La X School, ouverte il y a quelques années, a accueilli sa première promotion de 60 jeunes »: a comparison."""
    body = ("Lundi matin, quatre-vingts jeunes de la province ont pris place dans l'école. La Digital Maroc School, "
            "ouverte il y a quelques années à Agadir, a accueilli sa première promotion de 60 jeunes.")
    assert count(people.trainees, body, 2026)[0] == 80


def test_employers_of_an_industrial_zone_hiring_the_trained_are_the_initiative_s_jobs():
    """« Les entreprises de la zone industrielle … s'engagent à créer 150 emplois réservés aux lauréats »: its hires."""
    body = ("Le centre de code forme 75 jeunes. Une vingtaine d'entreprises de la zone industrielle de Berrechid se sont "
            "engagées à créer 150 emplois réservés aux lauréats d'ici la fin de 2026.")
    assert count(people.jobs, body, 2026)[0] == 150


@pytest.mark.parametrize(("body", "expected"), [
    ("La convention initiale, signée en mars, prévoyait 6 millions de dirhams pour former 120 jeunes. L'avenant voté "
     "lundi porte l'enveloppe à 7,2 millions de dirhams et l'objectif à 160 jeunes dès la première année.", 160),
    ("Les partenaires ont signé vendredi un avenant à la convention initiale, qui prévoyait 18 millions de dirhams pour "
     "former 600 jeunes. Désormais, ce sont 24 millions de dirhams qui seront mobilisés, pour 800 bénéficiaires.", 800),
])
def test_an_amendment_s_count_beats_the_initial_convention_s(body, expected):
    """« La convention initiale … prévoyait … 120 jeunes » then « L'avenant porte … l'objectif à 160 jeunes »."""
    assert count(people.trainees, body, 2026)[0] == expected


def test_figures_of_another_institute_of_the_same_kind_are_not_this_one_s():
    """A parliament answer on the Dakhla institute: « Celui de Fès-Meknès … compte déjà 1 200 bénéficiaires », « Celui de
    l'Oriental, à Oujda, … accueillera ses 800 premiers apprenants », then « Objectif : former 400 étudiants »."""
    body = ("L'institut de Dakhla sera construit sur le campus universitaire. Celui de Fès-Meknès, le premier à avoir "
            "ouvert ses portes, compte déjà 1 200 bénéficiaires. Celui de l'Oriental, à Oujda, doté de 52 millions, "
            "accueillera ses 800 premiers apprenants à la rentrée. Objectif : former 400 étudiants, ingénieurs et "
            "techniciens d'ici 2028.")
    assert count(people.trainees, body, 2026)[0] == 400


def test_a_brief_s_terse_count_of_those_already_hired():
    """« 85 jeunes formés en six mois. 31 déjà embauchés, 19 en stage »: 31 hired, the interns are not jobs."""
    body = "Remise des attestations hier : 85 jeunes formés en six mois. 31 déjà embauchés, 19 en stage."
    assert count(people.jobs, body, 2026)[0] == 31


@pytest.mark.parametrize(("body", "expected"), [
    # what the share before pays for, in brackets, says nothing of the next one
    ("La région apporte 9 millions de dirhams, l'université 1,5 million (aménagement de deux salles et connexion), "
     "Simplon Maroc 2,1 millions en ingénierie pédagogique.", 12600000),
    # a share in kind « valorisée à », and a body's part « pour » after what it takes on, whatever it has done for years
    ("La Région apporte 3,5 millions de dirhams pour les équipements. L'Université Ibn Zohr met à disposition deux "
     "salles et des enseignants, une contribution valorisée à 900 000 dirhams. L'association Tifawin, qui travaille "
     "depuis dix ans avec les coopératives, se charge du recrutement des apprenantes, pour 400 000 dirhams.", 4800000),
])
def test_parties_shares_told_with_asides_in_kind_and_by_what_they_take_on(body, expected):
    """Each party's share, however it is told, and no total said: their sum."""
    assert budget(body)[0] == expected


def test_a_cohort_split_into_two_groups_counts_whole():
    """« La promotion sera scindée en deux groupes : 50 stagiaires à Larache et 40 à Ksar El Kébir »: the 90 told."""
    body = ("Les porteurs de l'école ont lancé mercredi la formation de 90 jeunes. La promotion sera scindée en deux "
            "groupes : 50 stagiaires suivront les cours à Larache et 40 à Ksar El Kébir.")
    assert count(people.trainees, body, 2026)[0] == 90


@pytest.mark.parametrize("body, expected", [
    ("Le budget du bootcamp est de 3M MAD.", 3000000),
    ("La Région apporte 5,4 MDH, Alten Maroc 2,1 MDH et l'université 900K DH.", 8400000),
    ("Le programme est doté de 500 K DH pour sa première cohorte.", 500000),
])
def test_amounts_written_as_startups_write_them(body, expected):
    """« 3M MAD », « 900K DH »: millions and thousands of dirhams, the letter glued to the figure."""
    assert amounts.budget(amounts.find(sentences(body), year=2026)).budget.value == expected


@pytest.mark.parametrize("body, expected", [
    ("Le centre hospitalier a signé une convention pour former 640 infirmiers et techniciens de santé.", 640),
    ("Cette première édition forme 180 guides, répartis en neuf groupes.", 180),
    ("Le programme doit former 1 500 chauffeurs de petits taxis d'ici la fin de l'année.", 1500),
])
def test_working_people_of_other_trades_trained(body, expected):
    """Nurses, guides, taxi drivers learning the digital tools of their trade are the people trained (a new souk's
    420 merchants are no cohort)."""
    assert count(people.trainees, body, 2026)[0] == expected
    souk = "Le gouverneur a inspecté le chantier du nouveau souk, qui doit accueillir 420 commerçants l'été prochain."
    assert count(people.trainees, souk, 2026) is None


@pytest.mark.parametrize("body, expected", [
    ("Le cycle doit former 300 élus de la région d'ici l'été, présidents de commune en tête.", 300),
    ("« Nous allons former 350 agents sur dix-huit mois », explique la directrice des services.", 350),
    ("Au total, 1 500 professeurs de collège seront formés, 125 par académie.", 1500),
    ("Le programme s'adresse à 180 préposés religieux : 120 imams et 60 mourchidates.", 180),
    ("La région lance un cycle qui doit former 640 professionnels de santé à la télémédecine.", 640),
])
def test_adults_of_the_public_services_trained_in_their_work(body, expected):
    """Elected officials, a commune's agents, teachers, imams, health staff: the people a programme trains, too."""
    assert count(people.trainees, body, 2026)[0] == expected


@pytest.mark.parametrize("body, expected", [
    ("« Nous nous y sommes engagés : 15 lauréats seront recrutés chez nous à l'issue de la formation », dit le DRH.", 15),
    ("Des entreprises de la ville ont déjà recruté 45 lauréats de la promotion.", 45),
    ("Le programme prévoit l'insertion de 90 lauréats dans des entreprises de la filière logistique.", 90),
    ("Le pari semble tenu : 12 lauréats ont déjà été recrutés par des entreprises de Safi.", 12),
])
def test_hires_of_the_people_trained_told_in_other_words(body, expected):
    """Graduates to be hired « chez nous à l'issue de la formation », already hired, or placed (« l'insertion de »)."""
    assert count(people.jobs, body, 2026)[0] == expected


def test_a_centre_s_workstations_are_no_jobs():
    """« Le centre dispose de 150 postes »: computers, not jobs (nor are the 60 young people admitted)."""
    assert count(people.jobs, "Le centre dispose de 150 postes, mais la première promotion compte 60 jeunes.", 2026) \
        is None


@pytest.mark.parametrize("body", [
    "La stratégie nationale, elle, fixe un cap national : 100 000 jeunes formés par an et 240 000 emplois créés d'ici "
    "2030.",
    "« Si l'on amenait la fibre, des entreprises embaucheraient ces jeunes à distance. Il y a là bien plus que 150 "
    "emplois. »",
])
def test_a_country_s_course_or_a_comparison_promises_no_jobs(body):
    """« fixe un cap national : … 240 000 emplois », « bien plus que 150 emplois »: no job this initiative promises."""
    assert count(people.jobs, "Le centre accueille 75 jeunes. " + body, 2026) is None


def test_a_port_s_cost_told_as_le_projet_is_the_works_money():
    """« … le chantier du port Dakhla Atlantique. Le projet, d'un coût de 12,5 milliards de dirhams, … »: the port's."""
    body = ("Le journal publie un reportage sur le chantier du port Dakhla Atlantique. Le projet, d'un coût de 12,5 "
            "milliards de dirhams, serait réalisé à 60 %.\n\nL'école de code, elle, est financée par la région à "
            "hauteur de 15,6 millions de dirhams.")
    assert budget(body)[0] == 15_600_000


def test_jobs_said_to_be_outside_the_initiative_are_not_its_own():
    """« 18 000 emplois dans les zones industrielles (chiffre des industriels, hors académie) »."""
    body = ("L'académie forme 120 jeunes.\n\n- 18 000 emplois dans les zones industrielles d'El Jadida (chiffre de "
            "l'association des industriels, hors académie)")
    assert count(people.jobs, body, 2026) is None


@pytest.mark.parametrize("body", [
    "Casablanca-Settat : un budget 2027 de 4,3 MMDH. Le Pass Numérique mobilisera 240 millions de dirhams sur quatre "
    "ans.",
    "Le projet de loi de finances consacre 4,1 milliards de dirhams au département. Le Pass Numérique mobilisera 240 "
    "millions de dirhams sur quatre ans.",
])
def test_a_body_s_yearly_budget_or_the_state_s_is_not_the_programme_s(body):
    """« un budget 2027 de 4,3 MMDH », « Le projet de loi de finances consacre 4,1 milliards »: a whole year's money."""
    assert budget(body)[0] == 240_000_000


def test_an_audit_s_findings_and_a_timeline_s_past_lines_are_not_this_cohort():
    """« Les magistrats relèvent l'écart entre les 400 jeunes annoncés et les 212 certifiés », « – 2021-2022 : première
    édition, 212 certifiés sur 400 annoncés »: the first edition, audited; this year's 260 are the cohort."""
    body = ("Cette année, 260 jeunes de Nador et de Driouch suivront l'un des trois parcours.\n\n"
            "Les magistrats relèvent aussi l'écart entre les 400 jeunes annoncés et les 212 effectivement certifiés.\n\n"
            "– 2021-2022 : première édition, 8,5 millions de dirhams, 212 certifiés sur 400 jeunes annoncés.")
    assert count(people.trainees, body, 2024)[0] == 260


@pytest.mark.parametrize(("body", "expected", "items"), [
    # the second clause leaves out its verb and its unit
    ("Le ministère y apporte soixante-cinq millions de dirhams, le conseil régional quarante millions.",
     105_000_000, [65_000_000, 40_000_000]),
    # a party's share paid at its own cost, beside another's
    ("L'université fournit deux laboratoires réaménagés à ses frais pour 1,5 million de dirhams. La Région apporte "
     "6 millions de dirhams.", 7_500_000, [1_500_000, 6_000_000]),
    # « a consacré », a share told in the past, among the others
    ("L'Agence de l'Oriental apporte 7 millions de dirhams. L'université a consacré 2,6 millions de dirhams à "
     "l'aménagement du bâtiment. Cybernod apporte 3 millions de dirhams en licences.",
     12_600_000, [7_000_000, 2_600_000, 3_000_000]),
    # a part of the envelope, long words after « Sur cette enveloppe », is no more money
    ("Le ministère apporte 35 millions de dirhams et la région en apporte 28 millions. Sur cette enveloppe, les travaux de "
     "construction proprement dits, attribués à l'entreprise Atlas Travaux, représentent 41 millions de dirhams.",
     63_000_000, [35_000_000, 28_000_000]),
    # a party taking on the fit-out works, another having paid for the equipment, its list between dashes
    ("La commune de Jerada a pris en charge les travaux d'aménagement, pour 450 000 dirhams ; l'Agence de l'Oriental "
     "a financé l'équipement – ordinateurs, imprimante 3D et raccordement à la fibre – à hauteur de 900 000 dirhams.",
     1_350_000, [450_000, 900_000]),
])
def test_the_parties_shares_told_every_way_add_up_to_the_budget(body, expected, items):
    """Shares with their verb or unit left out, paid at a party's own cost or told in the past: their sum, with a part
    of the envelope set aside."""
    found, parts, _others = budget(body)
    assert (found, sorted(parts)) == (expected, sorted(items))


def test_the_seats_of_a_hall_for_events_are_no_trainees():
    """« un auditorium de 400 places » in a business centre that will hold a coding school: no trainee figure."""
    body = ("Le bâtiment comprendra un plateau de bureaux, un auditorium de 400 places et, au deuxième étage, une école "
            "de codage dont l'effectif n'est pas encore fixé.")
    assert count(people.trainees, body, 2024) is None


def test_a_data_centre_s_own_jobs_are_not_the_academy_s_hires():
    """« un data centre …, pour un investissement de 2,4 milliards de dirhams et, à terme, 320 emplois directs », then
    « l'opérateur s'engage à recruter au moins 90 lauréats de l'académie »: the hires of the people trained."""
    body = ("Le projet prévoit un data centre de 60 mégawatts, alimenté par l'énergie éolienne de la baie, pour un "
            "investissement de 2,4 milliards de dirhams et, à terme, 320 emplois directs.\n\nL'académie formera 150 "
            "jeunes. À la sortie, l'opérateur s'engage à recruter au moins 90 lauréats de l'académie.")
    assert count(people.jobs, body)[0] == 90


def test_jobs_told_with_billions_invested_are_the_investment_s_and_a_cdi_offered_to_them_is_a_hire():
    """« un projet d'ammoniac vert : 15,6 milliards de dirhams et 1 400 emplois à terme » is an investment's; « 300
    d'entre eux se verront proposer un contrat à durée indéterminée » are the academy's hires."""
    body = ("Le gros de l'enveloppe revient à un projet d'ammoniac vert : 15,6 milliards de dirhams et 1 400 emplois à "
            "terme.\n\nL'académie formera 400 jeunes. À l'issue de la formation, 300 d'entre eux se verront proposer un "
            "contrat à durée indéterminée.")
    assert count(people.jobs, body)[0] == 300
    assert count(people.jobs, body.split("\n\n")[0]) is None


def test_the_amount_said_to_be_the_budget_beats_a_committee_s_total_of_many_projects():
    """« la CRUI a approuvé 112 projets, pour un montant global de 9,4 milliards de dirhams », then « Le budget est fixé
    à 11,2 millions de dirhams sur trois ans »: the academy's budget, not the projects' sum."""
    body = ("Au fil de ses réunions, la CRUI a approuvé 112 projets, pour un montant global de 9,4 milliards de dirhams."
            "\n\nL'académie ouvrira à Agadir en septembre. Le budget est fixé à 11,2 millions de dirhams sur trois ans.")
    assert budget(body)[0] == 11_200_000


def test_graduates_who_land_a_contract_are_hires_not_the_cohort():
    """« 17 lauréats de l'École numérique décrochent un contrat » over « Sur les 45 jeunes de cette promotion, formés
    pendant sept mois, 17 ont signé un contrat »: the cohort is 45."""
    body = ("Es-Semara : 17 lauréats de l'École numérique décrochent un contrat au forum de l'emploi\n\nSur les 45 jeunes "
            "de cette promotion, formés pendant sept mois au développement web, 17 ont signé un contrat de travail.")
    assert count(people.trainees, body)[0] == 45


def test_jobs_of_a_plant_taken_up_by_a_pronoun_are_not_the_academy_s():
    """« … le lancement d'une troisième usine, pour 410 millions de dirhams. Elle devrait créer 1 300 emplois » beside
    « SWS s'engage à recruter au moins 120 lauréats »: the plant's jobs are not the training's."""
    body = ("Le groupe confirme le lancement d'une troisième usine, dans la zone franche, pour un investissement de 410 "
            "millions de dirhams. Elle devrait créer 1 300 emplois d'ici fin 2026.\n\nL'académie formera 200 jeunes. À "
            "l'issue de la formation, SWS s'engage à recruter au moins 120 lauréats.")
    assert count(people.jobs, body)[0] == 120
