"""Initiatives the vocabularies do not know: named in the headline or lead, they are the article's programme."""

import pytest
from helpers import REPO

from announcements.importer import import_article

VOCABULARY = REPO / "data"


def draft_of(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return import_article(path, "unused", VOCABULARY, stdout=True)[0]


def programmes(draft):
    lines = draft.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("programme:", "# TODO programme:")))
    if lines[start].startswith("# TODO programme:"):
        return []
    if lines[start] != "programme:":
        return [lines[start].split(":", 1)[1].strip().strip("'\"")]
    return [line.strip()[2:].strip("'\"") for line in lines[start + 1:] if line.startswith("- ")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiznit : l'école CodeAtlas accueille ses premiers apprenants\n\nL'école CodeAtlas a ouvert ses portes "
     "lundi à Tiznit pour quarante jeunes.\n", ["CodeAtlas"]),
    ("Errachidia : 60 jeunes formés au web\n\nSoixante jeunes suivent depuis lundi le programme « Oasis "
     "Numérique » à Errachidia.\n\nLe ministère rappelle que JobInTech forme aussi des développeurs ailleurs.\n",
     ["Oasis Numérique"]),
    ("Safi : la troisième édition du programme Code Littoral démarre\n\nLa troisième édition du programme "
     "Code Littoral a commencé à Safi avec trente stagiaires.\n", ["Code Littoral"]),
    # (the company's own programme, named after « son programme »)
    ("Fès : une DRH raconte sa reconversion de diplômés\n\nLe 15 septembre, le groupe Alten Maroc a lancé à Fès la "
     "deuxième cohorte de son programme Tremplin Systèmes Embarqués, qui reconvertit de jeunes diplômés.\n",
     ["Tremplin Systèmes Embarqués"]),
    # (a word of the name in lower case before its hyphen: « e-Coop », not « Coop »)
    ("Chroniques de la province\n\nLundi, à Azilal, le gouverneur a donné le coup d'envoi d'Atlas e-Coop, un "
     "programme qui forme les femmes des coopératives à la vente en ligne.\n", ["Atlas e-Coop"]),
    # (a bilingual sign: the name in Arabic script after the dash is the same name translated)
    ("Zagora : une école de code à la porte du désert\n\nSur la façade, une enseigne bilingue : « École Sahel Code — "
     "مدرسة الساحل للبرمجة ». L'école a ouvert ses portes en juillet avec trente apprenants.\n", ["École Sahel Code"]),
    # (an acronym spelled out right after it, in the paragraph below a standfirst)
    ("L'université lance son premier bootcamp en intelligence artificielle\n\nDoté de 4 millions de dirhams, le "
     "nouveau programme veut former des diplômés.\n\nEL JADIDA – L'université a donné hier le coup d'envoi du BIAD "
     "(Bootcamp intelligence artificielle Doukkala), avec 60 diplômés.\n", ["Bootcamp intelligence artificielle Doukkala"]),
    # (an ampersand between the words of a name)
    ("El Jadida : un bootcamp pour les diplômés\n\nDoté de 6,4 millions de dirhams, le « Doukkala Data & AI "
     "Bootcamp » doit préparer en douze semaines des diplômés aux métiers de la donnée.\n",
     ["Doukkala Data & AI Bootcamp"]),
    # (a headline over a section and correspondent's line, then the date)
    ("Oulad Teima : « Houara Code » a accueilli ses 90 premiers stagiaires\nSouss – Reportage de notre "
     "correspondant Brahim Oubella\nMercredi 4 novembre 2026\n\nÀ Oulad Teima, l'ancienne coopérative accueille "
     "désormais des développeurs.\n", ["Houara Code"]),
])
def test_a_new_initiative_named_in_the_lead_is_the_programme(tmp_path, text, expected):
    """« l'école X », « le programme « Y » », « la 3e édition du programme Z »: proposed, known ones in passing dropped."""
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == expected
    assert "inconnu de data/programmes.yaml" in draft


@pytest.mark.parametrize(("text", "expected"), [
    ("Azilal ouvre une école de code\n\nUne association a présenté vendredi à Azilal « Atlas Dev », une "
     "nouvelle école gratuite pour cinquante jeunes.\n", ["Atlas Dev"]),
    ("Une académie du cloud à Settat\n\nSettat, 2 juin (MAP) – La « Nuage Academy » a ouvert ses portes lundi "
     "pour quatre-vingts stagiaires.\n", ["Nuage Academy"]),
    ("Des femmes de la vallée apprennent le numérique\n\nMercredi, l'atelier « Tazrout Numérique » (تازروت) a ouvert "
     "ses portes à Kalaat M'Gouna pour quarante-cinq femmes.\n", ["Tazrout Numérique"]),
    ("Berrechid forme ses jeunes au cloud\n\nUne convention a été signée jeudi à Berrechid.\n\nLes partenaires "
     "sont nombreux.\n\nLe programme, baptisé « Nuage Berrechid », durera deux ans.\n", ["Nuage Berrechid"]),
    ("Dakhla code\n\nLa première promotion de l'école de codage « Oued Bits » a démarré mardi à Dakhla.\n",
     ["Oued Bits"]),
    ("Marrakech ouvre une école\n\nL'université annonce l'ouverture de sa « Digital Factory Tensift » à "
     "Marrakech.\n", ["Digital Factory Tensift"]),
    ("Laâyoune forme aux données\n\nTrente jeunes suivent depuis lundi la formation « Sakia Data » à "
     "Laâyoune.\n", ["Sakia Data"]),
    ("Kasba Tadla se dote d'une antenne du code\n\nL'antenne « Tadla Bits » a été inaugurée jeudi.\n\nÀ Khouribga, l'école 1337 forme "
     "aussi des jeunes.\n", ["Tadla Bits"]),
    ("Une convention pour Berkane et ses jeunes\n\nLa région et l'université ont signé une convention pour créer "
     "un « Pôle des métiers du web » à Berkane.\n", ["Pôle des métiers du web"]),
    ("Former les jeunes de Tata : le pari de « Bani Skills »\n\nLe dispositif a été lancé samedi à Tata.\n",
     ["Bani Skills"]),
    ("« Nous voulons 1 000 développeurs à Safi »\n\nEntretien avec la directrice de Safi Code School.\n\n"
     "Travaillez-vous avec JobInTech ? Non, nous avons un autre modèle.\n", ["Safi Code School"]),
    ("El Jadida : un laboratoire des données\n\nL'université et un groupe industriel lancent ce mois-ci un « Data "
     "& Cloud Lab » pour 300 étudiants.\n", ["Data & Cloud Lab"]),
    ("Ouarzazate : la 3e édition de Code Oasis démarre\n\nLa troisième édition de Code Oasis a démarré lundi "
     "avec 60 jeunes.\n", ["Code Oasis"]),
    ("« Le numérique ne doit pas s'arrêter aux villes »\n\nRencontre avec le président d'une association.\n\n"
     "— Pourquoi ici ?\n\n— Notre espace, « Tizi Code », accueille trente jeunes.\n", ["Tizi Code"]),
    ("Deux régions s'allient pour le digital\n\nLes deux conseils ont signé une convention pour la création "
     "d'un réseau de « Oasis Skills Centers » à Midelt et Tinghir.\n\nLe programme JobInTech, déployé dans les deux "
     "régions, servira de modèle.\n", ["Oasis Skills Centers"]),
    ("Fès : un master en cybersécurité\n\nTrente étudiants intégreront la première promotion du master « Cyber "
     "Atlas », conçu avec une entreprise.\n", ["Cyber Atlas"]),
    ("Laâyoune lance un programme du numérique\n\nLaâyoune, 12 mars (MAP) – Un programme a été lancé mercredi.\n\n"
     "Baptisé « Sakia Digital Skills », ce programme coûte 12 millions de dirhams.\n", ["Sakia Digital Skills"]),
    ("Meknès : la 3e édition du Saïss Data Camp ouvre\n\nIls étaient 140 lundi à ouvrir la 3e édition du Saïss "
     "Data Camp.\n", ["Saïss Data Camp"]),
    ("Une rentrée à Ouarzazate\n\nLe Campus Digital de l'Oasis accueillera ses premiers étudiants en octobre, "
     "a indiqué son directeur.\n", ["Campus Digital de l'Oasis"]),
])
def test_a_new_initiative_named_by_apposition_or_by_its_titled_kind(tmp_path, text, expected):
    """« « X », une nouvelle école » and « le Campus Y »: the name is the article's programme."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_street_before_a_named_school_is_not_its_name(tmp_path):
    """« boulevard Mohammed V, l'école Nour Sud »: the school is Nour Sud, not « Mohammed V »."""
    draft = draft_of(tmp_path, "Oujda ouvre une école du code\n\nOuverte dans l'ancienne poste du boulevard Mohammed V, "
                               "l'école Nour Sud accueille cent jeunes.\n")
    assert programmes(draft) == ["Nour Sud"]


def test_a_figure_after_the_kind_is_no_name(tmp_path):
    """« « Oasis Data Girls », un programme d'upskilling 100 % féminin »: the programme is named; « 100 » is not."""
    draft = draft_of(tmp_path, "Zagora : l'association Tifawin lance « Oasis Data Girls », un programme "
                               "d'upskilling 100 % féminin\n\nLe programme a démarré samedi à Zagora pour quarante "
                               "jeunes femmes.\n")
    assert programmes(draft) == ["Oasis Data Girls"]


def test_a_figure_s_unit_before_an_apposition_is_no_name(tmp_path):
    """« Doté de 4,8 MDH, le nouvel espace … »: « MDH » is the unit of a figure, not the new place's name."""
    draft = draft_of(tmp_path, "Azilal : l'Orange Digital Center ouvre ses portes\n\nDoté de 4,8 MDH, le nouvel "
                               "espace ouvert au lycée de la ville formera les jeunes au code.\n")
    assert programmes(draft) == ["Orange Digital Center"]


@pytest.mark.parametrize("text, expected", [
    ("Ouarzazate : une nouvelle licence à la faculté\n\nLa Faculté polydisciplinaire de Ouarzazate lance la licence "
     "professionnelle « Image numérique et animation », pour trente étudiants.\n",
     ["Licence professionnelle Image numérique et animation"]),
    # a brand's name in quotes after the kind keeps its own name
    ("Fès : un master en cybersécurité\n\nTrente étudiants intégreront la première promotion du master « Cyber "
     "Atlas », conçu avec une entreprise.\n", ["Cyber Atlas"]),
])
def test_a_degree_s_title_in_words_keeps_its_kind(tmp_path, text, expected):
    """« la licence professionnelle « Image numérique et animation » »: the degree is « Licence professionnelle Image
    numérique et animation », as universities name their courses; « le master « Cyber Atlas » » is a brand."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_quotation_in_the_headline_is_no_initiative(tmp_path):
    """« « Une chance pour nos jeunes » » quotes someone: its words are not all capitalised."""
    draft = draft_of(tmp_path, "Tata : « Une chance pour nos jeunes »\n\nUn atelier de code a réuni trente "
                               "jeunes samedi à Tata.\n")
    assert programmes(draft) == []


def test_an_established_school_is_no_new_initiative(tmp_path):
    """« l'École nationale des sciences appliquées » is an institution, not a programme to add."""
    draft = draft_of(tmp_path, "Kénitra : un atelier de robotique\n\nL'École nationale des sciences appliquées "
                               "de Kénitra a accueilli samedi un atelier de robotique pour quarante lycéens.\n")
    assert programmes(draft) == []


def test_a_known_programme_is_not_taken_for_a_new_one(tmp_path):
    """« le programme JobInTech » is JobInTech, once."""
    draft = draft_of(tmp_path, "Fès : le programme JobInTech forme 200 jeunes\n\nLe programme JobInTech "
                               "accueille 200 jeunes à Fès.\n")
    assert programmes(draft) == ["JobInTech"]


def test_an_edition_of_a_fair_is_an_event_not_a_programme(tmp_path):
    """« la 3e édition de Devoxx », « du Gitex »: events."""
    draft = draft_of(tmp_path, "Marrakech : la 3e édition de Salon Numérique ouvre\n\nLa troisième édition de Salon "
                               "Numérique a ouvert jeudi à Marrakech.\n")
    assert programmes(draft) == []


def test_a_hackathon_is_an_event_not_a_programme(tmp_path):
    """Contests and hackathons are events: they give no programme."""
    draft = draft_of(tmp_path, "Ifrane : le hackathon Cèdre Code réunit 80 étudiants\n\nLe hackathon Cèdre "
                               "Code a réuni 80 étudiants pendant deux jours à Ifrane.\n")
    assert programmes(draft) == []


def test_a_portrait_names_the_programme_with_the_news_of_its_launch(tmp_path):
    """A feature opening on a person: « a été lancé, mardi, le programme « X » » in its third paragraph."""
    draft = draft_of(tmp_path, "Les doigts de Fatima\n\nFatima a trente ans et tricote depuis l'enfance.\n\n"
                     "Elle rêve de vendre ses écharpes loin de Taza.\n\nC'est pour elle qu'a été lancé, mardi, "
                     "le programme « Laine et Clic » à Taza.\n")
    assert programmes(draft) == ["Laine et Clic"]


def test_a_lead_listing_the_landscape_gives_way_to_the_programme_launched(tmp_path):
    """An op-ed whose lead lists YouCode, 1337 and JobInTech, then tells that « Atlas Data » was launched."""
    draft = draft_of(tmp_path, "Le numérique des villes moyennes\n\nOn cite toujours 1337 à Khouribga, YouCode à "
                     "Youssoufia et JobInTech à Casablanca.\n\nLes villes moyennes attendent leur tour.\n\n"
                     "À Azilal, la province a lancé le programme « Atlas Data » pour quarante jeunes.\n")
    assert programmes(draft) == ["Atlas Data"]


@pytest.mark.parametrize(
    "sentence, expected",
    [("Les inscriptions de « l'école Ziz Code », qui a ouvert ses portes à Errachidia, sont closes.", ["Ziz Code"]),
     ("Le bootcamp est organisé par la société casablancaise Nexa Academy à Settat.", [])],
)
def test_the_kind_inside_the_quotes_and_a_company_that_is_not_a_programme(tmp_path, sentence, expected):
    """« « l'école Ziz Code » » names the school Ziz Code; « la société Nexa Academy » is a company."""
    assert programmes(draft_of(tmp_path, f"Une formation au numérique\n\n{sentence}\n")) == expected


def test_a_centre_named_in_quotes_after_du(tmp_path):
    """« la convention relative à la création du centre « Atlas Skills » » names the centre."""
    draft = draft_of(tmp_path, "Une session du conseil régional\n\nLe conseil a voté la convention relative à la "
                     "création du centre « Atlas Skills », une école de programmation à Midelt.\n")
    assert programmes(draft) == ["Atlas Skills"]


@pytest.mark.parametrize(
    "article, expected",
    [
        ("La deuxième édition de la « Rabat Women in Data » reportée\n\nLe lancement est repoussé à l'automne.\n",
         ["Rabat Women in Data"]),
        ("Entretien avec un élu\n\nIl revient sur le « Nord Code Camp », programme de formation au web.\n",
         ["Nord Code Camp"]),
        ("Un an après, l'école Atlas Data de Béni Mellal a formé 180 jeunes\n\nLe bilan est bon.\n", ["Atlas Data"]),
        ("Le pari d'une mère\n\nAmina a quarante ans.\n\nElle a trois enfants à Agadir.\n\nElle est l'une des "
         "premières élèves de l'école Sable Code, qui a ouvert ses portes en décembre.\n", ["Sable Code"]),
    ],
)
def test_names_after_an_edition_in_apposition_without_article_before_a_place_and_further_down(
        tmp_path, article, expected):
    """« de la « X » », « « X », programme de… », « l'école X de Béni Mellal », « l'école X, qui a ouvert »."""
    assert programmes(draft_of(tmp_path, article)) == expected


@pytest.mark.parametrize(
    "article, expected",
    [
        ("Un bilan d'étape à Agadir\n\nLe soleil brille sur la baie.\n\nLes cafés sont pleins.\n\nC'est en décembre "
         "qu'a été lancée la 3e édition du Draa Code Camp, douze semaines de formation.\n", ["Draa Code Camp"]),
        ("Session du conseil régional\n\nLe conseil a adopté cinq conventions.\n\nUne troisième convention porte sur "
         "le programme « Taza Compétences ».\n", ["Taza Compétences"]),
        ("Un incubateur se lance dans la formation\n\nL'incubateur Atlas Pad a présenté hier son nouveau parcours de "
         "formation baptisé « Pad Skills ».\n", ["Pad Skills"]),
        ("Kénitra : l'incubateur Gharb Startup Lab lance son « Parcours Pionniers »\n\nLe cursus dure six mois.\n",
         ["Parcours Pionniers"]),
        ("Casa Cyber School ouvre ses portes\n\nL'école forme 60 analystes.\n", ["Casa Cyber School"]),
    ],
)
def test_editions_conventions_baptised_tracks_and_their_organisers(tmp_path, article, expected):
    """« la 3e édition du X » further down, « porte sur le programme « X » », « son nouveau parcours … baptisé »,
    and the incubator that « lance son « X » » is its organiser, not the programme."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_programme_that_is_a_place_named_as_where_the_course_is_held(tmp_path):
    """« au centre de codage de Fquih Ben Salah »: the place of « Souk Rakmi », not a second programme."""
    draft = draft_of(tmp_path, "Des femmes apprennent la vente en ligne\n\nQuatre-vingts femmes suivent depuis lundi "
                     "le parcours « Souk Rakmi », au centre de codage de Fquih Ben Salah.\n")
    assert programmes(draft) == ["Souk Rakmi"]


@pytest.mark.parametrize(
    "article, expected",
    [
        ("Tribune : le Sud mérite mieux\n\nLes grandes villes ont tout.\n\nLes jeunes partent.\n\nLa région y a "
         "engagé 4 MDH pour créer le centre « Sakia Lab », qui formera 120 jeunes.\n", ["Sakia Lab"]),
        ("Berrechid : L'incubateur Chaouia Lab ouvre le « Sprint IA » à 150 porteurs de projets\n\nLes cours "
         "commencent lundi.\n", ["Sprint IA"]),
    ],
)
def test_a_centre_created_further_down_and_an_incubator_named_by_its_kind(tmp_path, article, expected):
    """« pour créer le centre « X » » in a later paragraph; « L'incubateur X » is the organiser."""
    assert programmes(draft_of(tmp_path, article)) == expected


@pytest.mark.parametrize(
    "article, expected",
    [
        # a contest in the lead, the programme it announces (its money and seats) further down
        ("Oujda : le Code Sprint couronne « Les Pixels de l'Est »\n\nL'équipe des « Pixels de l'Est » a gagné "
         "la 2e édition de l'Oriental Hack Night, samedi, devant 30 équipes.\n\nLe jury a salué trois projets."
         "\n\nDeuxième : Team Berkane.\n\nTroisième : Nador Devs.\n\nLa région a ensuite dévoilé le "
         "programme « Est Data », qui formera 200 jeunes pour 5 millions de dirhams.\n", ["Est Data"]),
        # a fair in the lead, the bootcamp whose convention is signed there
        ("Meknès : le Salon Avenir Digital attire la foule\n\nLa 4e édition du Salon Avenir Digital a reçu "
         "3 000 visiteurs.\n\nLors du salon, l'ANAPEC et la Région ont signé la convention du bootcamp "
         "« Relance Tech », qui reconvertira 150 diplômés pour 2 MDH.\n", ["Relance Tech"]),
        # a radio show's name in the headline, the centre its guest runs
        ("Compte rendu de l'émission « Le Café du Matin » — Radio Atlas\n\nInvité : le directeur du futur "
         "centre Tafraout Tech de Tiznit\n\nLe centre ouvrira en 2027.\n", ["Tafraout Tech"]),
        # a fact sheet's line names the programme
        ("FICHE PROJET\n\nIntitulé : Programme « Nord Data Skills »\n\nObjet : former 500 jeunes aux métiers "
         "de la donnée.\n", ["Nord Data Skills"]),
        # a name whose edition follows it; a minister's answer announcing a programme further down
        ("Tan-Tan : la matinale reçoit les formateurs\n\nANIMATEUR : Parlez-nous de « Code Chbika », dont la "
         "deuxième édition commence lundi.\n", ["Code Chbika"]),
        ("Questions orales : la formation numérique en débat\n\nUn député a interrogé la ministre.\n\nIl a "
         "cité Digital Morocco 2030.\n\nLa ministre a répondu que son département lançait le programme "
         "« Ksour Code », doté de 20 millions de dirhams, pour 900 jeunes.\n", ["Ksour Code"]),
    ],
)
def test_the_programme_announced_outweighs_the_event_around_it(tmp_path, article, expected):
    """Contests, fairs, shows and teams are never the programme; a programme with its figures is, wherever told."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_known_programme_s_name_with_a_word_added_is_that_programme(tmp_path):
    """« un Orange Digital Center Club »: the Orange Digital Center the vocabulary knows, not a new one."""
    draft = draft_of(tmp_path, "Essaouira : un club numérique\n\nOrange Maroc a ouvert lundi un Orange Digital "
                     "Center Club dans la médina d'Essaouira pour 300 jeunes.\n")
    assert programmes(draft) == ["Orange Digital Center"]


def test_a_school_named_after_what_it_is(tmp_path):
    """« l'école privée de programmation Taza Dev »: the kind may describe itself before the name."""
    draft = draft_of(tmp_path, "Entretien avec une fondatrice\n\nNadia Alami a fondé en 2022 l'école privée de "
                     "programmation Taza Dev, qui ouvre un campus à Fès.\n")
    assert programmes(draft) == ["Taza Dev"]


def test_an_incubator_opening_a_track_organises_it_wherever_named(tmp_path):
    """« l'incubateur « Oued Lab » ouvre un parcours », then « le parcours de l'incubateur Oued Lab »: a partner."""
    draft = draft_of(tmp_path, "Taza : l'incubateur « Oued Lab » ouvre un parcours pour ses fondateurs\n\nTrente "
                     "porteurs de projets ont rejoint lundi le bootcamp « Taza Builders », le nouveau parcours de "
                     "formation de l'incubateur Oued Lab, financé par la Région.\n")
    assert programmes(draft) == ["Taza Builders"]
    assert "Oued Lab" in draft.split("partners:")[1]


@pytest.mark.parametrize(
    "article, expected",
    [
        # a travel piece: the school in quotes with what it is, its figures in the same paragraph
        ("Ifrane, deux jours sous les cèdres\n\nLa ville se visite à pied.\n\nLe lac Dayet Aoua vaut le détour."
         "\n\nDepuis septembre dernier, l'ancienne poste abrite « Cèdre Dev », une école de code gratuite où "
         "une promotion de 35 jeunes apprend le web.\n", ["Cèdre Dev"]),
        # a post: « notre programme »
        ("Amina Tazi\n\nFière de nos équipes.\n\nLundi, 24 opératrices ont commencé « Data Usine », notre "
         "programme de reconversion, financé à hauteur de 2 MDH.\n", ["Data Usine"]),
        # a readers' desk: the answer names the programme and its launch
        ("Vous nous avez demandé\n\nUne lectrice de Tan-Tan demande où s'inscrire.\n\nIl s'agit de « Sud Dev », "
         "un programme de formation lancé le 3 novembre à Laâyoune pour 90 jeunes.\n", ["Sud Dev"]),
    ],
)
def test_a_quoted_name_with_what_it_is_further_down_backed_by_its_figures(tmp_path, article, expected):
    """« « X », une école de code … 35 jeunes », « « Y », notre programme »: the programme, however far down."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_quoted_name_in_passing_without_figures_is_not_the_programme(tmp_path):
    """« « Code Vert », un programme de la fondation » with nothing said of it: not proposed."""
    draft = draft_of(tmp_path, "Ifrane, deux jours sous les cèdres\n\nLa ville se visite à pied.\n\nOn croise "
                     "parfois des élèves de « Code Vert », un programme de la fondation, près du lac.\n")
    assert programmes(draft) == []


def test_a_name_counts_by_its_strongest_telling(tmp_path):
    """« Axe 3 : le programme « X » » as a heading, then its launch with its figures: X."""
    draft = draft_of(tmp_path, "Rapport annuel 2024 de l'association\n\nL'année fut riche.\n\nAxe 3 — Numérique : "
                     "le programme « Code Atlas »\n\nLe programme « Code Atlas » a été lancé en septembre pour 148 "
                     "jeunes, avec 285 000 dirhams.\n")
    assert programmes(draft) == ["Code Atlas"]


def test_a_quoted_name_opening_on_its_kind(tmp_path):
    """« la convention de l'« Académie Oasis Data » »: the programme, named further down with its signing."""
    draft = draft_of(tmp_path, "Éditorial : le chômage des jeunes\n\nLe chômage ne recule pas.\n\nLes grands plans "
                     "déçoivent.\n\nMardi, la Région a signé la convention de l'« Académie Oasis Data », qui formera "
                     "300 jeunes.\n")
    assert programmes(draft) == ["Académie Oasis Data"]


@pytest.mark.parametrize(
    "article, expected",
    [
        # a sentence opening on the kind, capitalised
        ("Au pied du Ziz, une école pour coder\n\nL'école Oasis Dev, inaugurée le 18 février à Errachidia, forme "
         "80 jeunes.\n", ["Oasis Dev"]),
        # an established school is where, not what
        ("Dakhla : un bootcamp « Sahara Cloud »\n\nLe bootcamp « Sahara Cloud » s'est déroulé à l'École Supérieure "
         "de Technologie de Dakhla pour 60 étudiants.\n", ["Sahara Cloud"]),
        # an incubator runs a track; it is not one
        ("L'incubateur Atlas Start ouvre son parcours « Build Sud »\n\nL'incubateur Atlas Start a lancé lundi le "
         "parcours « Build Sud » pour 40 porteurs de projets.\n", ["Build Sud"]),
        # a headline in capitals: the name as the text spells it
        ("TAZA : COUP D'ENVOI DU PROGRAMME « TAZA CODE GIRLS »\n\nLe programme « Taza Code Girls » a été lancé "
         "jeudi pour 150 lycéennes.\n", ["Taza Code Girls"]),
    ],
)
def test_kinds_capitalised_established_schools_incubators_and_capitals(tmp_path, article, expected):
    """« L'école X », « l'École Supérieure de … », « L'incubateur X … son parcours », a headline in capitals."""
    assert programmes(draft_of(tmp_path, article)) == expected


@pytest.mark.parametrize(
    "article, expected",
    [
        # the kind, capitalised, opens the name; what it teaches, in lower case, ends it
        ("Kénitra : 1 200 jeunes à former au Centre Gharb Digital\n\nLa première pierre a été posée mardi.\n",
         ["Centre Gharb Digital"]),
        ("Laâyoune : inauguration du Centre Sakia des métiers numériques\n\nLe wali a présidé hier la cérémonie.\n",
         ["Centre Sakia des métiers numériques"]),
        # the name in quotes, then « Le programme, lancé … » in the next sentence
        ("De l'Atlas au Rif, le code monte\n\nÀ Azilal, le froid arrive tôt.\n\nLes deux villes partagent une "
         "même salle virtuelle : celle de « Code Sommets ». Le programme, lancé en octobre, vise 400 jeunes.\n\n"
         "Il s'inscrit dans Digital Morocco 2030.\n", ["Code Sommets"]),
    ],
)
def test_titled_centres_and_a_name_the_next_sentence_speaks_of(tmp_path, article, expected):
    """« au Centre X », « du Centre Y des métiers numériques », « … « Z ». Le programme, lancé … »."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_rubric_line_is_no_headline_and_a_signing_tells_the_launch(tmp_path):
    """« Rubrique « Trois questions » » above the headline; « Signé en octobre dernier, le programme « X » »."""
    draft = draft_of(tmp_path, "LE SAHARA DU LUNDI — 15 décembre 2025\nRubrique « Trois questions de plus »\n\n"
                     "« Oued Jobs doit prouver que le numérique embauche »\n\nSigné en octobre dernier à Laâyoune, le "
                     "programme « Oued Jobs » veut former 450 jeunes. Les cours ont lieu à la Cité des métiers et des "
                     "compétences.\n")
    assert programmes(draft) == ["Oued Jobs"]
    assert "Rubrique" not in draft.split("title:")[1].splitlines()[0]


def test_baptised_first_with_a_bootcamp(tmp_path):
    """« Baptisé « Data Est », ce bootcamp en est à sa deuxième édition »: Data Est."""
    draft = draft_of(tmp_path, "Guercif : 40 jeunes en formation\n\nQuarante jeunes ont commencé lundi une formation "
                     "aux données à Guercif.\n\nBaptisé « Data Est », ce bootcamp en est à sa deuxième édition.\n")
    assert programmes(draft) == ["Data Est"]


def test_a_campus_named_by_its_trade_and_place(tmp_path):
    """« le Campus numérique de l'Atlas »: the campus, named by what it is and where."""
    draft = draft_of(tmp_path, "Azilal : le code en montagne\n\nOuvert en octobre dernier à Azilal, le Campus numérique "
                     "de l'Atlas veut retenir les jeunes.\n")
    assert programmes(draft) == ["Campus numérique de l'Atlas"]


def test_a_school_named_after_hacking_and_a_kind_alone_in_quotes(tmp_path):
    """« la 3e édition de la Rif Hack Academy » is a school, not a contest; « Page « Campus » » names nothing."""
    draft = draft_of(tmp_path, "Page « Campus »\n\nLa semaine en bref.\n\nCoup d'envoi de la 3e édition de la Nador "
                     "Hack Academy, qui formera 110 jeunes aux métiers du web.\n")
    assert programmes(draft) == ["Nador Hack Academy"]


def test_an_interviewer_naming_what_the_guest_launches(tmp_path):
    """« Vous lancez ce matin un programme qui s'appelle « X » », deep in a transcript: X is the programme."""
    text = ("Radio du Saïss — la matinale\n\nTranscription de l'émission du 5 février 2026\n\n[GÉNÉRIQUE]\n\n"
            "ANIMATEUR : Il est huit heures, bonjour à tous.\n\nINVITÉE : Bonjour.\n\nANIMATEUR : Vous êtes ingénieure.\n\n"
            "INVITÉE : Oui, depuis dix ans.\n\nANIMATEUR : Vous lancez ce matin à Fès un programme "
            "qui s'appelle « Codeuses & Data ». C'est quoi ?\n\nINVITÉE : Une formation pour 300 femmes, comme "
            "JobInTech en forme ailleurs.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Codeuses & Data"]


@pytest.mark.parametrize(("text", "expected"), [
    # a branded name after an elided article
    ("Dakhla : une école du numérique\n\nSon école, l'Oued Eddahab Digital Academy, a été inaugurée le 21 février "
     "avec 60 jeunes.\n", ["Oued Eddahab Digital Academy"]),
    # a titled kind and the digital trade it teaches, with its town
    ("La Fabrique du code de Sidi Bennour ouvre\n\nLa Fabrique du code de Sidi Bennour a été inaugurée jeudi pour "
     "80 jeunes.\n", ["Fabrique du code de Sidi Bennour"]),
    # a club named after « notre », without quotes (a blog)
    ("C'est parti !\n\nQuelle émotion dimanche dernier ! Notre club Tiznit Filles Code a démarré avec trente "
     "collégiennes.\n", ["Tiznit Filles Code"]),
    # what the centre teaches takes several words before its quoted name
    ("Goulmima : un centre ouvre\n\nLe centre de formation aux métiers du numérique « Oasis Digital » a ouvert "
     "mardi à Goulmima.\n", ["Oasis Digital"]),
    # the end of a place's name before « une école » is no name; the branded school named further down is
    ("Journal de 13 heures\n\nCe matin, à El Kelâa des Sraghna, une école de programmation a ouvert.\n\n"
     "Reportage.\n\nDans ce bâtiment neuf, les apprenants découvrent leurs postes.\n\nLe Tassaout Code Lab a été "
     "inauguré ce matin par le gouverneur.\n", ["Tassaout Code Lab"]),
])
def test_new_initiatives_in_more_shapes(tmp_path, text, expected):
    """Names after « l' », a titled trade, a blog's « notre club », a long kind, a branded school further down."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # born of a convention, in quotes, its Arabic name in brackets before what it is
    ("Une école pour la vallée\n\nLa convention donnant naissance à « Atlas Pixel » (أطلس بكسل), une école de "
     "formation au numérique, a été signée.\n", ["Atlas Pixel"]),
    # the edition of an association's own programme
    ("C'est reparti !\n\nLa vallée du Drâa bouge encore cette année.\n\nL'association lance la deuxième édition "
     "de son programme « Filles du Code Ziz », ce samedi à Tamegroute.\n", ["Filles du Code Ziz"]),
])
def test_initiatives_born_of_a_convention_or_in_their_second_edition(tmp_path, text, expected):
    """« donnant naissance à « X » (…), une école », « la deuxième édition de son programme « Y » »."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a school opened, then named as the next sentence's subject (a television transcript)
    ("Journal du soir\n\nBonsoir à toutes et à tous. On commence ce journal dans la plaine du Souss. Ce matin, à "
     "Oulad Teïma, une école de programmation a ouvert ses portes. Elle s'appelle « Tifawt Code » et vise les jeunes "
     "diplômés.\n", ["Tifawt Code"]),
    # a track, its kind capitalised as the name's first word
    ("Signature d'une convention pour le Parcours Compétences Numériques Ziz\n\nL'université a signé mercredi une "
     "convention pour la création du Parcours Compétences Numériques Ziz, qui formera 80 étudiants.\n",
     ["Parcours Compétences Numériques Ziz"]),
])
def test_a_school_named_as_the_next_sentence_s_subject_and_a_titled_track(tmp_path, text, expected):
    """« Elle s'appelle « X » », « le Parcours Compétences Numériques Y »."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_school_named_in_the_headline_through_its_cohort(tmp_path):
    """« Imzouren : la 3e cohorte de Nekor Code fait sa rentrée »: the school is Nekor Code."""
    text = ("Imzouren : la 3e cohorte de Ziz Code fait sa rentrée\n\nQuatre-vingt-cinq étudiants ont fait leur "
            "rentrée lundi à Ziz Code, l'école de programmation de la ville.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Ziz Code"]


@pytest.mark.parametrize(("text", "expected"), [
    # the end of a longer name, after « à », is no name of its own: the whole name is
    ("Rentrée à Imzouren\n\nQuatre-vingt-cinq étudiants ont fait leur rentrée lundi à Nekor Code, l'école de "
     "programmation de la ville.\n", ["Nekor Code"]),
    # a scheme, named in apposition
    ("Safi : une déclinaison locale\n\nLa déclinaison safiote de Cap Avenir, le dispositif de reconversion de "
     "l'agence, a ouvert lundi avec 40 bénéficiaires.\n", ["Cap Avenir"]),
])
def test_the_tail_of_a_name_and_a_scheme_in_apposition(tmp_path, text, expected):
    """« à Nekor Code, l'école » gives Nekor Code, never « Code » alone; « Cap Avenir, le dispositif de reconversion »
    is the scheme."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_strategy_in_the_lead_gives_way_to_the_initiative(tmp_path):
    """« la stratégie Digital Morocco 2030 mobilise 11 milliards » in an op-ed's lead: the frame, not the programme."""
    text = ("Par Karim Naciri (كريم الناصري), professeur d'économie\n\nOn nous répète que la stratégie Digital Morocco "
            "2030 mobilise 11 milliards de dirhams.\n\nJe veux saluer la Fabrique du code de Zemamra, inaugurée le "
            "26 mars pour 80 jeunes.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Fabrique du code de Zemamra"]


def test_the_plan_a_centre_answers_to_is_no_programme_and_a_similar_site_to_come_no_partner(tmp_path):
    """« ces centres répondent aux orientations du PACTE ESRI 2030 », « l'ouverture prochaine d'un espace similaire à
    l'École X »: a frame and another site, neither the centre's programme nor its partner."""
    text = ("Inauguration du centre CODE 212 de Taza\n\nL'Université Sidi Mohamed Ben Abdellah a inauguré jeudi le "
            "centre CODE 212 de la Faculté polydisciplinaire de Taza.\n\nLa formation compte trois modules.\n\n"
            "Le président a rappelé que ces centres répondent aux orientations du PACTE ESRI 2030, et a annoncé "
            "l'ouverture prochaine d'un espace similaire à l'École supérieure de technologie de Fès.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["CODE 212"]
    assert "technologie de Fès" not in draft


def test_a_neighbouring_institute_that_says_it_is_no_part_of_the_centre(tmp_path):
    """« L'Institut Jazari de Dakhla, voisin, a présenté ses travaux, sans être associé au nouveau centre »."""
    text = ("Dakhla : un Orange Digital Center ouvre\n\nOrange Maroc a inauguré mercredi l'Orange Digital Center de "
            "Dakhla.\n\nLe centre formera 400 jeunes par an.\n\nL'Institut Jazari de Dakhla a présenté à cette "
            "occasion ses propres travaux, sans être associé au nouveau centre.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Orange Digital Center"]


def test_an_op_ed_names_the_school_after_a_colon_and_a_strategy_s_target_is_not_its_people(tmp_path):
    """« une seule d'entre elles, ouverte en décembre dernier à Mohammedia : Code Oukacha. »; « La stratégie X, avec
    son enveloppe de 11 milliards, ambitionne de former 100 000 jeunes »: the country's target."""
    text = ("Une école sans slogan\n\nPar Driss Alami, consultant\n\nLa stratégie Digital Morocco 2030, avec son "
            "enveloppe d'environ 11 milliards de dirhams, ambitionne de former 100 000 jeunes par an. Je voudrais "
            "parler d'une seule école, ouverte en décembre dernier à Mohammedia : Code Oukacha.\n\nLa première "
            "promotion : soixante-quinze jeunes de 18 à 29 ans.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Code Oukacha"]
    assert "trainees: 75" in draft


def test_a_school_lending_its_rooms_to_a_programme_s_cohort_is_not_the_programme(tmp_path):
    """« au sein du campus de l'école « 1337 » qui a mis gracieusement à disposition ses salles »: the host."""
    text = ("Khouribga : JobInTech lance sa cohorte\n\nLa ville a abrité jeudi le lancement de la première cohorte "
            "locale du programme « JobInTech », au sein du campus de l'école « 1337 » qui a mis gracieusement à "
            "disposition ses salles.\n")
    assert programmes(draft_of(tmp_path, text)) == ["JobInTech"]


@pytest.mark.parametrize("ministry", ["le ministère délégué chargé", "le ministère chargé"])
def test_a_ministry_s_title_cut_short_is_that_ministry(tmp_path, ministry):
    """« le ministère (délégué) chargé de la Transition numérique » is the ministry whose title goes on with « et de
    la Réforme de l'administration »."""
    text = (f"Tanger : JobInTech lance sa deuxième cohorte\n\nLa cohorte est cofinancée par {ministry} "
            "de la Transition numérique et par le Conseil de la région.\n")
    draft = draft_of(tmp_path, text)
    assert "- Ministère de la Transition numérique et de la Réforme de l’administration" in draft


def test_a_titled_academy_ends_before_its_verb(tmp_path):
    """« l'Académie Ziz du numérique accueille 90 jeunes »: the name stops at « numérique »."""
    text = ("Errachidia : une académie ouvre\n\nDepuis lundi, l'Académie Tizi du numérique accueille 90 jeunes à "
            "Errachidia.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Académie Tizi du numérique"]


def test_a_known_centre_lending_its_rooms_is_not_the_programme(tmp_path):
    """« dans les locaux de la Cité de l'innovation Souss-Massa, qui nous prête deux plateaux »: the venue."""
    text = ("Agadir : JobInTech forme 350 jeunes\n\nLa session JobInTech d'Agadir a démarré lundi pour 350 jeunes.\n\n"
            "— Où se tiennent les cours ?\n\n— Dans les locaux de la Cité de l'innovation Souss-Massa, qui nous prête "
            "deux plateaux.\n")
    assert programmes(draft_of(tmp_path, text)) == ["JobInTech"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oriental en bref\n\nJerada. Un « Atelier numérique des femmes de Jerada » a été inauguré samedi pour 30 "
     "femmes.\n", ["Atelier numérique des femmes de Jerada"]),
    ("Asni, un village qui se connecte\n\nLe village vit de ses vergers.\n\nSon école a cent ans.\n\nDepuis le 18 "
     "mars, il compte aussi un « Espace numérique Amalou » installé au premier étage de la maison des jeunes.\n",
     ["Espace numérique Amalou"]),
])
def test_an_initiative_named_in_quotes_by_its_kind_and_trade(tmp_path, text, expected):
    """« Un « Atelier numérique … » a été inauguré », « un « Espace numérique X » installé »: the quoted name."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_known_centre_that_had_lent_its_room_is_not_the_programme(tmp_path):
    """« dans l'amphithéâtre de la Cité de l'innovation Souss-Massa, qui avait simplement prêté sa salle »."""
    text = ("Agadir : 212 certificats JobInTech\n\nLa cohorte JobInTech d'Agadir a reçu samedi 212 certificats.\n\n"
            "La cérémonie s'est tenue dans l'amphithéâtre de la Cité de l'innovation Souss-Massa, qui avait simplement "
            "prêté sa salle.\n")
    assert programmes(draft_of(tmp_path, text)) == ["JobInTech"]


def test_known_programmes_named_in_passing_below_the_lead_are_left_out(tmp_path):
    """A lead about JobInTech, then « comme 1337 ou YouCode avant lui » further down: JobInTech only."""
    text = ("Agadir : JobInTech forme 400 jeunes\n\nLa session JobInTech d'Agadir a accueilli lundi 400 jeunes.\n\n"
            "Le directeur rappelle que d'autres écoles, comme 1337 ou YouCode, forment aussi des développeurs.\n")
    assert programmes(draft_of(tmp_path, text)) == ["JobInTech"]


def test_a_known_programme_signed_below_a_lead_on_the_landscape_stays(tmp_path):
    """An op-ed whose lead names 1337 and YouCode as the landscape, then CODE 212 signed last Friday: it stays."""
    text = ("Tribune : la fracture numérique\n\nOn cite toujours 1337 et YouCode quand on parle de code.\n\n"
            "Pourtant, une convention pour un centre CODE 212 a été signée vendredi à Guelmim pour 500 étudiants.\n")
    assert "CODE 212" in programmes(draft_of(tmp_path, text))


@pytest.mark.parametrize(("text", "expected"), [
    # after its launch, unquoted; the podcast's own name is a show
    ("« Ondes de l'Atlas » — le podcast des initiatives locales\n\nÉpisode 14\n\nANIMATEUR : Bienvenue dans « Ondes "
     "de l'Atlas ». Samedi dernier, cent personnes étaient là pour le lancement de Tisserandes Tech Tinghir, un "
     "programme qui forme 75 artisanes au commerce en ligne.\n", ["Tisserandes Tech Tinghir"]),
    # born of a convention
    ("Pourquoi la Région mise sur ses jeunes\n\nLe 9 février, nous avons signé la convention qui donne naissance à "
     "Noun Talents Numériques, pour 600 jeunes.\n", ["Noun Talents Numériques"]),
    # a titled space opening its doors
    ("Tamanar : un espace pour les femmes\n\nL'Espace Argan Connecté ouvre ses portes aux femmes des "
     "coopératives.\n", ["Espace Argan Connecté"]),
    # a branded « Académie » named after its town
    ("Courrier des lecteurs\n\nJe reviens sur votre article consacré à la Dakhla Code Académie, dont le lancement a "
     "eu lieu le 2 avril pour 90 jeunes.\n", ["Dakhla Code Académie"]),
    # the speaker's own programme, with an ampersand, in apposition
    ("La lettre de l'association\n\nChers membres,\n\nLe mot du président.\n\nSamedi 7 février, nous avons lancé Code "
     "& Quartier, notre programme d'initiation à la programmation pour 40 adolescents.\n", ["Code & Quartier"]),
    # a provincial centre of the digital trade, as the council's release names it
    ("Le Conseil provincial approuve la création du Centre provincial des compétences numériques\n\nLe Conseil a "
     "approuvé la création du Centre provincial des compétences numériques, doté de 9,6 MDH.\n",
     ["Centre provincial des compétences numériques"]),
    # « un Data Lab » in the headline, « Le Dakhla Data Lab » further down: the full name
    ("Dakhla se dote d'un Data Lab pour ses jeunes\n\nLa ville forme aux métiers de la donnée.\n\nLe contexte.\n\n"
     "Le Dakhla Data Lab a été officiellement lancé vendredi pour 60 jeunes.\n", ["Dakhla Data Lab"]),
])
def test_new_initiatives_named_after_their_launch_birth_or_kind(tmp_path, text, expected):
    """« le lancement de X », « donne naissance à X », « l'Espace X », « la X Académie », « X, notre programme »."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tan-Tan : deux régions signent\n\nLes deux présidents ont signé vendredi la convention de l'Académie numérique "
     "interrégionale Oued Chbika, une école des métiers du numérique, pour 200 jeunes.\n",
     ["Académie numérique interrégionale Oued Chbika"]),
    ("Trois questions à un directeur\n\nLa stratégie Digital Morocco 2030 vise 100 000 talents par an.\n\nLe directeur "
     "dirige depuis l'automne la Tata Dev School, qui a accueilli ses premiers apprenants le mois dernier.\n",
     ["Tata Dev School"]),
])
def test_a_titled_academy_with_two_adjectives_and_a_school_that_welcomed_its_first_trainees(tmp_path, text, expected):
    """« l'Académie numérique interrégionale X »; « la X Dev School, qui a accueilli ses premiers apprenants »."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Asrir : le palmier numérique\n\nBaptisé « Palme Web » — palme, نخلة, l'arbre —, le programme a été lancé samedi "
     "pour 30 jeunes.\n", ["Palme Web"]),
    ("Inauguration du Centre de compétences numériques d'Aïn Taoujdate\n\nLe gouverneur a présidé l'inauguration du "
     "Centre de compétences numériques d'Aïn Taoujdate, qui formera 120 jeunes.\n",
     ["Centre de compétences numériques d'Aïn Taoujdate"]),
])
def test_a_name_given_with_an_aside_and_a_centre_of_digital_skills(tmp_path, text, expected):
    """« Baptisé « X » — …, le palmier —, le programme »; « le Centre de compétences numériques de X »."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize("text", [
    "Ain Chkef : la caravane du code fait étape\n\nLes robots ont roulé lundi sur les tables de l'école Al Wahda. La "
    "caravane « Code pour tous » y a fait étape pour initier 300 élèves.\n\n« Ils adorent », dit une institutrice à "
    "l'école Al Wahda.\n",
    "Guelmim : des enfants s'initient à l'IA\n\nLe Programme national de formation des enfants au numérique et à l'IA "
    "a été lancé mercredi à Guelmim pour 320 enfants.\n\nLes parents d'élèves de l'école Al Wahda, invités au "
    "lancement, ont salué l'initiative.\n",
    # a classroom of the school the caravan visits
    "Caravane « Code pour tous » : 2 400 élèves à Tinghir\n\nLa caravane « Code pour tous » est arrivée lundi à Tinghir. "
    "Sa coordinatrice nous a reçus mercredi dans une classe de l'école Al Wahda, entre deux démonstrations.\n",
    # the school the first pupils came from
    "Tata : la caravane « Code pour tous » démarre\n\nLa caravane « Code pour tous » a quitté samedi l'esplanade de la "
    "province de Tata pour 2 400 élèves.\n\nSur l'esplanade, les premiers élèves, venus de l'école Al Wahda, ont "
    "programmé un petit robot.\n",
    # the school a cleft sentence says the caravan set off from
    "Guelmim : la caravane « Code pour tous » est partie\n\nC'est de l'école Al Wahda, dans le quartier Tiliouine à "
    "Guelmim, que la caravane « Code pour tous » s'est élancée mercredi matin pour 2 400 élèves.\n",
    # where the caravan stays for its stop, the caravan not named in that sentence
    "La caravane « Code pour tous » fait étape à Zagora\n\nLa caravane « Code pour tous » a entamé mardi à Zagora une "
    "étape au profit de 2 400 élèves.\n\nInstallée pour dix jours à l'école Al Wahda, au centre de la ville, la "
    "caravane propose des ateliers.\n",
])
def test_a_school_of_pupils_the_programme_visits_is_not_the_programme(tmp_path, text):
    """« les tables de l'école Al Wahda », « institutrice à l'école X », « les parents d'élèves de l'école X »: an
    ordinary school where the programme comes; the programme is the known one the article names."""
    assert "Al Wahda" not in programmes(draft_of(tmp_path, text))


@pytest.mark.parametrize(("text", "expected"), [
    # named further down, its launch told by the next sentence; a partner's past in a relative clause
    ("Tarmigt : des drones pour les palmeraies\n\nDans la commune, un projet associatif forme des jeunes.\n\nIl faut "
     "traverser l'oued pour y arriver.\n\nPuis suivre la piste jusqu'aux jardins.\n\nLe projet s'appelle « Akal Data » — la terre en amazighe. Il a été lancé en "
     "décembre par l'association locale, avec la GIZ, qui accompagne depuis plusieurs années les oasis.\n",
     ["Akal Data"]),
    # a headline naming the initiative, then what it is
    ("Mogador Code : une école du numérique pour les jeunes d'Essaouira\n\nLa convention a été signée jeudi à "
     "Essaouira.\n", ["Mogador Code"]),
    # a show's name, then the news of a school named after it: not the initiative
    ("Campus Matin : une académie Huawei s'installe à l'université\n\nL'académie formera 200 étudiants.\n", []),
])
def test_a_name_whose_launch_the_next_sentence_tells_and_a_headline_naming_the_initiative(tmp_path, text, expected):
    """« Le projet s'appelle « X ». Il a été lancé … »; « X : une école du numérique … » in the headline."""
    found = programmes(draft_of(tmp_path, text))
    assert [name for name in found if name != "Huawei ICT Academy"] == expected


def test_a_show_on_a_station_is_not_the_programme_launched_on_air(tmp_path):
    """« vous écoutez « Rif Matin » sur Nador FM » heads a transcript; « vous avez lancé « Nisa Code » »: the programme."""
    text = ("NADOR FM — « Rif Matin »\n\nANIMATEUR : Bonjour, vous écoutez « Rif Matin » sur Nador FM. Deux invités ce "
            "matin.\n\nANIMATEUR : On parle de formation.\n\nANIMATEUR : Vous l'attendiez depuis un an.\n\n"
            "ANIMATEUR : Samira, samedi, à Nador, vous avez lancé « Nisa Code ». Qu'est-ce que c'est ?\n\n"
            "INVITÉE : Un programme qui forme 80 femmes aux outils numériques.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Nisa Code"]


@pytest.mark.parametrize("text", [
    "Khouribga : le professeur qui voulait des ingénieurs du réseau\n\nÀ 52 ans, il ouvre un nouveau chapitre.\n\n"
    "Son nouveau chantier porte un nom anglais : Huawei ICT Academy, pour 120 étudiants.\n\n— Khouribga a déjà 1337, "
    "à quelques centaines de mètres d'ici.\n\n— 1337 accueille des jeunes sans condition de diplôme, et plusieurs "
    "anciens de 1337 sont venus à l'inauguration.\n",
    "Béni Mellal : la directrice et ses 140 jeunes\n\nElle revient sur les premières semaines.\n\nLe campus YouCode "
    "de Béni Mellal compte 140 jeunes.\n\nCe qui compte, ce sont ces jeunes, et l'école 1337 de Khouribga, à une "
    "heure de route, montre la voie.\n",
])
def test_a_school_nearby_is_no_programme_of_the_article(tmp_path, text):
    """« Khouribga a déjà 1337 », « l'école 1337 de Khouribga, à une heure de route »: a school nearby, for
    comparison, named again further down; the article's programme is the other."""
    assert "1337" not in programmes(draft_of(tmp_path, text))


def test_a_broadcast_summary_headed_by_its_station_and_show(tmp_path):
    """« RADIO SAÏSS FM — « Campus Direct » », its credits, then the subject: the known programme, in its town; a
    track « data » in quotes is no name."""
    text = ("RADIO SAÏSS FM — « Campus Direct »\n\nPrésentation : Leïla Benjelloun\n\nDocument établi par le service "
            "documentation à partir de l'enregistrement ; les propos sont résumés.\n\nThème : le nouveau centre "
            "Orange Digital Center de la faculté, à Meknès\n\nL'animatrice rappelle que la faculté a inauguré lundi "
            "son centre. Une étudiante y suit le parcours « data » deux après-midi par semaine.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Orange Digital Center"]
    assert "region: fes-meknes" in draft and "city: Meknès" in draft


def test_a_station_s_show_whose_name_opens_on_its_article(tmp_path):
    """« RADIO WAD NOUN FM — « Le Journal du Sud », édition de 8h »: a show, not the programme."""
    text = ("RADIO WAD NOUN FM — « Le Journal du Sud », édition de 8h\n\nÀ Tan-Tan, la deuxième promotion du "
            "programme « Noun Digital Femmes » a été lancée samedi.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Noun Digital Femmes"]


def test_a_name_written_as_a_hashtag(tmp_path):
    """« la première promotion de l'#AtlasCodeAcademyFès »: « Atlas Code Academy Fès », its words apart."""
    text = ("Fatima Alaoui • DRH\n\nQuelle émotion hier soir à Fès ! Nous avons remis leurs certificats aux 45 "
            "lauréats de la première promotion de l'#AtlasCodeAcademyFès, notre programme de reconversion.\n\n"
            "#Fès #Tech\n")
    assert programmes(draft_of(tmp_path, text)) == ["Atlas Code Academy Fès"]


@pytest.mark.parametrize(("lead", "expected"), [
    ("La commune a fêté samedi le troisième anniversaire de l'Académie numérique d'Asrir, ouverte en mai 2023.",
     "Académie numérique d'Asrir"),
    ("L'ouverture de la Maison du Code de Tinghir (دار البرمجة بتنغير) est reportée au lundi 9 mars.",
     "Maison du Code de Tinghir"),
])
def test_a_school_named_by_its_kind_its_trade_and_its_town(tmp_path, lead, expected):
    """« l'Académie numérique d'Asrir »: no name without its town; « la Maison du Code de Tinghir », its trade
    capitalised."""
    assert programmes(draft_of(tmp_path, f"Une école pour les jeunes de la province\n\n{lead}\n")) == [expected]


def test_the_headline_s_subject_said_further_down_to_be_a_new_school(tmp_path):
    """« Oasis Code apprend aux jeunes à coder » over « le bâtiment abrite Oasis Code, la première école de
    programmation de la province », and a known school only recalled: Oasis Code."""
    text = ("Au pied des ksour, Oasis Code apprend aux jeunes du Tafilalet à coder\n\nÀ Tinejdad, une école gratuite "
            "de programmation a ouvert en mars dernier.\n\nPar Karim Lahlou\n\nDepuis mars dernier, le bâtiment "
            "abrite Oasis Code, la première école de programmation de la province d'Errachidia.\n\nEn 2018, YouCode "
            "s'installait à Youssoufia et formait 150 jeunes.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Oasis Code"]


def test_a_tv_news_subject_s_title_is_not_the_programme(tmp_path):
    """« Transcription du sujet « Régions » »: the news bulletin's heading, not the school it reports on."""
    text = ("TÉLÉ SUD — Journal de 20h — samedi 17 janvier 2026\nTranscription du sujet « Régions » (durée 2'10)\n\n"
            "[PRÉSENTATRICE]\nÀ Youssoufia, l'école YouCode a fêté ce samedi la sortie de sa quatrième promotion.\n")
    assert programmes(draft_of(tmp_path, text)) == ["YouCode"]


@pytest.mark.parametrize("lead", [
    "Ouverte en janvier, « Madrasat Al Kalam » (مدرسة الكلام) forme des jeunes d'une province agricole.",
    "Madrasat Al Kalam — « l'école de la parole » — a ouvert ses portes en janvier à El Kelâa des Sraghna.",
])
def test_a_name_as_the_subject_of_its_opening(tmp_path, lead):
    """After the participle that tells the opening, or before an aside that translates it."""
    text = f"À El Kelâa des Sraghna, une école au milieu des oliviers\n\n{lead}\n"
    assert programmes(draft_of(tmp_path, text)) == ["Madrasat Al Kalam"]


def test_a_school_launching_its_first_cohort_is_the_programme(tmp_path):
    """« Guelmim : l'« Oued Draa Tech Academy » lance sa première promotion »: the school, not an organiser."""
    text = ("Guelmim : l'« Oued Draa Tech Academy » lance sa première promotion\n\nLa ville de Guelmim a vécu mardi "
            "le lancement officiel de l'« Oued Draa Tech Academy », une école de formation gratuite.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Oued Draa Tech Academy"]


def test_a_track_s_title_in_quotes_is_no_programme(tmp_path):
    """« le cursus « Développeur web » de quatre mois »: a track of the club, capitalised only where it opens."""
    text = ("Taza : un club Orange Digital Center à la faculté\n\nOrange Maroc a inauguré lundi un club Orange Digital "
            "Center à Taza.\n\nLe club forme ses étudiants au numérique.\n\nUne première promotion de 60 étudiants a "
            "été sélectionnée pour le cursus « Développeur web » de quatre mois, lancé ce lundi.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Orange Digital Center"]


def test_a_known_school_as_a_figure_of_speech_and_bodies_it_has_no_tie_with(tmp_path):
    """« Errachidia se dote de son « 1337 » : le Ziz Code Lab ouvre ses portes »; « l'école n'a aucun lien avec l'UM6P
    ni avec le réseau 42 »: the new school alone, with no partner from that sentence."""
    text = ("Errachidia se dote de son « 1337 » : le Ziz Code Lab ouvre ses portes\n\nLe Ziz Code Lab a ouvert ses "
            "portes lundi à Errachidia.\n\nLe modèle est inspiré de l'école 1337. Mais l'école n'a aucun lien avec "
            "l'UM6P ni avec le réseau 42.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Ziz Code Lab"]
    assert "Polytechnique" not in draft


def test_a_school_named_by_a_pronoun_and_baptised(tmp_path):
    """« Ses initiateurs l'ont baptisée « Ighboula Code » »: the school; the programme of an earlier time is not."""
    text = ("Tarmigt : une école qui porte le nom des sources\n\nUne école du numérique a été inaugurée samedi à "
            "Tarmigt. Ses initiateurs l'ont baptisée « Ighboula Code » : les sources, en tamazight.\n\nCe n'est pas la "
            "première initiative de la région : le programme Maroc IA – Génération Avenir avait initié quelque 500 "
            "jeunes.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Ighboula Code"]


def test_a_campus_named_after_son_nom(tmp_path):
    """« Son nom : le « Campus numérique Oriental–Occitanie ». »: the campus a twinning creates, named after a colon."""
    text = ("Jumelage : l'Oriental mise sur un campus numérique à Nador\n\nL'accord de jumelage signé en septembre "
            "a un volet phare : un campus de formation aux métiers du numérique.\n\nUn campus adossé à "
            "l'université\n\nSon nom : le « Campus numérique Oriental–Occitanie ». Il sera installé à Nador, dans des locaux "
            "de la faculté.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Campus numérique Oriental–Occitanie"]


def test_the_end_of_a_ministry_s_name_before_le_programme_is_no_programme(tmp_path):
    """« Mis en œuvre par le ministère de la Jeunesse, de la Culture et de la Communication, le programme s'appuie … »:
    « Communication » ends the ministry's name; it names no programme."""
    text = ("Tinghir : des enfants s'initient à l'IA\n\nJeudi, la maison de jeunes de Tinghir a accueilli le lancement du "
            "programme CodeKids.\n\nMis en œuvre par le ministère de la Jeunesse, de la Culture et de la Communication, "
            "le programme s'appuie sur des formateurs de l'université.\n")
    assert "Communication" not in programmes(draft_of(tmp_path, text))


def test_a_headline_opening_on_the_programme_s_name_and_a_campus_as_the_venue(tmp_path):
    """« Programme AI Tanger Med : 35 stages … », « ont lancé mardi, au campus 1337 MED de Tétouan, la deuxième
    saison »: the programme the headline names; 1337 is where it is held."""
    text = ("Programme AI Tanger Med : 35 stages et 6 embauches promises\n\nTétouan. Le groupe Tanger Med et l'UM6P ont "
            "lancé mardi, au campus 1337 MED de Tétouan, la deuxième saison de leur programme d'intelligence "
            "artificielle.\n\nIls sont 48 étudiants à entamer cette deuxième saison du Programme AI Tanger Med.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Programme AI Tanger Med"]


def test_a_school_a_listener_asks_to_tell_apart_is_not_the_programme(tmp_path):
    """« Certains auditeurs nous demandent la différence avec YouCode, à Nador »: a comparison."""
    text = ("Zone01 Oujda accueille sa nouvelle promotion\n\nZone01 Oujda a accueilli lundi 130 apprenants.\n\nCertains "
            "auditeurs nous demandent la différence avec YouCode, à Nador.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Zone01 Oujda"]


def test_a_quoted_name_in_the_headline_a_kind_its_trade_and_its_place(tmp_path):
    """« Le « Bus numérique Rhamna » a pris la route de ses 24 communes »: the initiative the headline names, not the
    schools of the town it left from."""
    text = ("Le « Bus numérique Rhamna » a pris la route de ses 24 communes\n\nParti hier matin de Ben Guérir, un "
            "autocar transformé en salle informatique va sillonner la province.\n\nBen Guérir n'est pas une ville sans "
            "offre numérique : l'école de codage 1337 y forme chaque année des centaines d'étudiants.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Bus numérique Rhamna"]


def test_the_kind_then_its_name_between_commas(tmp_path):
    """« … que le programme lancé hier, Cap Data Sud, ait choisi de se passer de murs »: Cap Data Sud."""
    text = ("Former à distance, le pari du Grand Sud\n\nDans le Sud, la distance est une donnée de base. Rien "
            "d'étonnant à ce que le programme lancé hier, Cap Data Sud, ait choisi de se passer de murs.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Cap Data Sud"]


def test_a_school_known_by_its_acronym_is_named_in_full(tmp_path):
    """« Bhalil et son CAP-IA » in the headline, « le Centre d'apprentissage et de perfectionnement en intelligence
    artificielle » further down: the full name; an agency's acronym (« ASP », « Agence Sud Presse ») is none."""
    text = ("Bhalil, ses maisons troglodytes et son CAP-IA\n\nSur la façade, une plaque : « CAP-IA ». À l'intérieur, "
            "quarante-huit stagiaires. (ASP)\n\nLe CAP-IA a ouvert ses portes lundi. Derrière ce sigle se cache le "
            "Centre d'apprentissage et de perfectionnement en intelligence artificielle, une structure gratuite. "
            "L'Agence Sud Presse en a parlé.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Centre d'apprentissage et de perfectionnement en intelligence "
                                                    "artificielle"]


@pytest.mark.parametrize("comparison", [
    "Et YouCode, l'école de l'UM6P à Youssoufia, forme chaque année plusieurs centaines de codeurs.",
    "Comparez avec le campus 1337 de Khouribga, dont l'OCP finance le fonctionnement.",
    "L'association n'en est pas à son premier programme : Émergence des compétences, mené avec AMIDEAST, a préparé "
    "plus de 1 000 jeunes à l'emploi depuis son lancement.",
])
def test_another_programme_s_own_bodies_and_a_programme_running_for_years_are_not_this_one_s(tmp_path, comparison):
    """« YouCode, l'école de l'UM6P », « le campus 1337 de Khouribga, dont l'OCP finance », « Émergence …, mené avec
    AMIDEAST, … depuis son lancement », in an article on a new school: neither its programme nor its partners."""
    text = ("Oulad Teïma : une école de code pour les jeunes de la plaine\n\nLa convention qui crée le « Teïma Code "
            "Lab » a été signée jeudi à Oulad Teïma par le Conseil régional Souss-Massa et Simplon Maroc.\n\n"
            f"L'école formera 60 jeunes. {comparison}\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Teïma Code Lab"]
    for other in ("Mohammed VI Polytechnique", "OCP", "AMIDEAST"):
        assert other not in draft


def test_a_session_s_training_point_keeps_the_paragraph_that_goes_on_about_it(tmp_path):
    """A provincial session's round-up: roads and wells with their millions, then « « Codeuses de l'Atlas » » and
    « Le projet est désormais financé par le Conseil provincial de Taroudant et l'INDH … Son budget … 1,2 MDH »: that
    paragraph is the project's, not another decision; the council names the province, the headline's « à Taliouine »
    the town."""
    text = ("Taroudant : pistes, forages… et des « Codeuses de l'Atlas » à Taliouine\n\n"
            "TAROUDANT — Le conseil provincial de Taroudant s'est réuni mardi en session ordinaire. Huit points ont "
            "été adoptés.\n\nLes conseillers ont adopté une convention de 27 MDH pour des pistes rurales, et un "
            "programme de 9,8 MDH pour douze forages.\n\nUn terrain de proximité sera aménagé à Oulad Teïma, pour "
            "2,3 MDH.\n\nLes élus ont approuvé une subvention au projet « Codeuses de l'Atlas », qui forme des jeunes "
            "femmes rurales au développement web et à la vente en ligne.\n\nLe projet est désormais financé par le "
            "Conseil provincial de Taroudant et l'Initiative nationale pour le développement humain (INDH). Son "
            "budget pour cette édition est de 1,2 MDH.\n\nLa première promotion comptera 60 jeunes femmes ; le projet "
            "promet 25 emplois dans les coopératives.\n\nLa formation se déroulera à Taliouine.\n\nEnfin, le conseil "
            "a approuvé un virement de crédits de 4,5 MDH.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Codeuses de l'Atlas"]
    assert "budget: 1200000" in draft
    assert "city: Taliouine" in draft
    assert "Initiative nationale pour le développement humain" in draft
    assert "trainees: 60" in draft and "jobs: 25" in draft


@pytest.mark.parametrize("kind", ["Un nouvel espace de formation", "Un club", "Un atelier de codage"])
def test_a_space_a_club_or_a_workshop_baptised_with_its_name(tmp_path, kind):
    """« Un nouvel espace de formation, baptisé « Warda Digital », a été inauguré mercredi »: its programme."""
    text = (f"Les femmes de la vallée des roses se mettent au numérique\n\n{kind}, baptisé « Warda Digital », a été "
            "inauguré mercredi à Kalaat M'Gouna. Il formera 40 femmes au commerce en ligne.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Warda Digital"]


def test_the_town_s_commune_among_the_parties_of_a_signing_unnamed(tmp_path):
    """« Une convention a été signée mardi à Had Soualem entre la commune, l'Association Al Amal et la Fondation Al
    Mada »: the Commune de Had Soualem signs; « un local prêté par la commune » would not make it one."""
    text = ("Had Soualem : le code entre au collège\n\nUne convention a été signée mardi à Had Soualem entre la "
            "commune, l'Association Al Amal pour l'éducation et la Fondation Al Mada pour lancer « Code au collège », "
            "un programme d'initiation à la programmation pour 300 collégiens.\n")
    draft = draft_of(tmp_path, text)
    assert "Commune de Had Soualem" in draft.split("partners:")[1].split("# TODO budget")[0]


def test_a_national_strategy_named_below_a_headline_on_a_local_programme_is_its_frame(tmp_path):
    """« On parle beaucoup de Digital Morocco 2030, de ses 100 000 talents … » under « « Douar Connecté » : … »: the
    programme is Douar Connecté; an article on the strategy alone still gets the strategy."""
    text = ("Tribune. « Douar Connecté » : former au numérique loin des métropoles\n\nOn parle beaucoup de Digital "
            "Morocco 2030 et de ses 100 000 talents à former chaque année. On parle moins d'Imintanoute, où un petit "
            "programme associatif a été lancé en novembre.\n\n« Douar Connecté » forme 150 jeunes femmes des douars.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Douar Connecté"]
    alone = ("Le ministère détaille la stratégie\n\nLe ministère a présenté mardi à Rabat les chantiers de Digital "
             "Morocco 2030 pour l'année.\n")
    assert programmes(draft_of(tmp_path, alone)) == ["Digital Morocco 2030"]


def test_programmes_of_the_background_stay_out_whatever_the_sentence_s_other_clauses_say(tmp_path):
    """« signé dès 2018 … le partenariat Morocco Smart Education », « Le futur Ismailia Business Center doit
    accueillir une école ; « … », estime la directrice d'une société installée à l'Agropolis »: not this news."""
    draft = draft_of(tmp_path, "Meknès : l'université ouvre sa Huawei ICT Academy\n\nJeudi, l'Université Moulay "
                     "Ismaïl et Huawei Maroc ont signé à Meknès la convention qui crée une Huawei ICT Academy.\n\n"
                     "Huawei a signé dès 2018 avec le ministère le partenariat Morocco Smart Education.\n\n"
                     "Le futur Ismailia Business Center doit accueillir une école de codage. « La demande est forte », "
                     "estime Hajar Tazi, directrice d'une société installée à l'Agropolis.\n")
    assert programmes(draft) == ["Huawei ICT Academy"]


def test_a_school_named_right_after_its_opening_deep_in_an_op_ed(tmp_path):
    """An op-ed on the national strategy, then « une école a ouvert ses portes à Tata. Elle s'appelle « X » », and a
    known caravan recalled from an earlier year: X is the programme."""
    text = ("TRIBUNE — Le désert apprend à coder\n\nPar Aziz Bennani, professeur à Tata.\n\n"
            "On parle beaucoup des grandes stratégies nationales. Mais une politique se juge sur le terrain. "
            "Voici un exemple.\n\nLe mois dernier, une école de programmation a ouvert ses portes à Tata. Elle "
            "s'appelle « Oued Draa Code ». Ses trente apprenants y passent neuf mois.\n\nLa caravane « Coding pour "
            "tous », passée à Tata en 2023, n'avait duré qu'un jour.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Oued Draa Code"]


def test_a_post_s_cohort_of_a_named_school_in_its_first_line(tmp_path):
    """A page's post: « nous avons célébré la remise des diplômes de la 2e promotion d'Oasis Coders »."""
    text = ("Oasis Coders Tata\n14 février 2026\n\nILS L'ONT FAIT !\n\nHier soir, nous avons célébré la remise des "
            "diplômes de la 2e promotion d'Oasis Coders : bravo à nos 30 lauréats !\n\nMerci à l'INDH, qui finance "
            "l'école depuis le début.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Oasis Coders"]


@pytest.mark.parametrize(("headline", "expected"), [
    ("Signature d'une convention pour la création des « Clubs numériques d'Azrou »", ["Clubs numériques d'Azrou"]),
    ("Mon stage à Tétouan, par « Notes d'un étudiant du Nord »", []),
])
def test_a_quoted_headline_name_in_lower_case_that_ends_on_its_town(tmp_path, headline, expected):
    """« Clubs numériques d'Azrou »: a name with words in lower case, ending on its town; not a blog's « Notes d'un
    étudiant du Nord »."""
    text = (f"{headline}\n\nL'Académie régionale et l'association Azrou Avenir ont signé lundi à Azrou la "
            "convention qui crée douze clubs de programmation pour 600 collégiens.\n")
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_school_s_official_name_beats_its_name_with_the_town(tmp_path):
    """« « Code Palmeraie Tata » a ouvert lundi » then « L'école, baptisée officiellement « Code Palmeraie » »."""
    text = ("À Tata, « Code Palmeraie » forme ses premiers développeurs\n\nTATA — Soixante jeunes ont pris place lundi "
            "pour le premier jour de « Code Palmeraie Tata », une école gratuite de développement web.\n\n"
            "L'école, baptisée officiellement « Code Palmeraie », est portée par une association locale.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Code Palmeraie"]


@pytest.mark.parametrize("promise", ["« Nous recruterons au moins 75 % de la promotion », promet sa directrice.",
                                     "Les entreprises s'engagent à recruter au moins trois stagiaires sur quatre."])
def test_a_promise_to_hire_a_share_of_the_promotion_is_said_to_the_editor(tmp_path, promise):
    """« nous recruterons au moins 75 % de la promotion », « trois stagiaires sur quatre » of 120: no number of jobs
    in the draft (the article prints none), a note saying what the share would come to."""
    draft = draft_of(tmp_path, "Kénitra : l'académie Sebou Code forme 120 jeunes\n\nL'académie Sebou Code a lancé "
                               f"mardi à Kénitra sa première promotion de 120 jeunes. {promise}\n")
    assert "jobs: 90" not in draft and "jobs: 3" not in draft and "jobs:" in draft
    assert "75 % des personnes formées, soit environ 90 sur 120" in draft


@pytest.mark.parametrize("text, expected", [
    ("Khouribga : la faculté ouvre une licence en données\n\nLa faculté ouvre à la rentrée une « Licence "
     "professionnelle Data et Usine 4.0 » pour 40 étudiants.\n", ["Licence professionnelle Data et Usine 4.0"]),
    ("Oujda : un certificat pour le commerce en ligne\n\nL'université a lancé mercredi le « Certificat universitaire "
     "en commerce en ligne et marketing digital », une formation de huit mois.\n",
     ["Certificat universitaire en commerce en ligne et marketing digital"]),
])
def test_a_degree_s_title_in_quotes_is_the_programme(tmp_path, text, expected):
    """University titles are written in lower case after their kind: « Licence professionnelle … », « Certificat
    universitaire en … »."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the launch told by « le coup d'envoi », below a standfirst
    ("Nador : l'université lance un bootcamp intensif au cloud\n\nLes étudiants de licence pourront se former au "
     "DevOps.\n\nLa Faculté pluridisciplinaire de Nador a donné jeudi le coup d'envoi du « Nador Cloud Bootcamp », "
     "un programme intensif de douze semaines.\n\nIl s'inscrit dans le Pacte ESRI 2030 du ministère.\n",
     ["Nador Cloud Bootcamp"]),
    # the name in the sentence of its first cohort's start, the next sentence speaking of it
    ("Kénitra : un incubateur forme ses startuppers à l'IA\n\nL'incubateur a lancé un parcours de quatre mois.\n\n"
     "C'est lundi dernier que la première cohorte du « GenAI Founders Track » a fait sa rentrée. Ce parcours doit "
     "apprendre à quarante porteurs de projets à intégrer l'IA générative.\n\nL'initiative s'inscrit dans la "
     "stratégie Digital Morocco 2030.\n", ["GenAI Founders Track"]),
    # a portrait: the name told far down (« Le résultat s'appelle X »), the next sentence telling its opening
    ("Tan-Tan : un ancien banquier ouvre une école de code\n\nLahcen a quitté Casablanca.\n\nIl a vu ses neveux "
     "apprendre sur un téléphone.\n\nIl a monté un dossier avec la Région.\n\nIl a trouvé un local.\n\nLe résultat "
     "s'appelle Sahel Digital School, en clin d'œil au désert. L'école a été inaugurée samedi, dans le cadre de la "
     "Caravane Coding pour tous.\n", ["Sahel Digital School"]),
])
def test_a_new_initiative_named_below_the_lead_with_the_news_of_its_start(tmp_path, text, expected):
    """« a donné le coup d'envoi du « X » », « la première cohorte du « Y » a fait sa rentrée. Ce parcours … »: the
    start told with the name is this news; a national strategy named in passing gives way."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the headline's name, apposed further down to what it is, told with its launch
    ("Midelt : Tizi Web Skills forme 50 jeunes des villages\n\nPar notre correspondant\n\nLe froid n'arrête pas "
     "les apprenants.\n\nIls suivent Tizi Web Skills, un programme de formation aux métiers du web lancé en mars "
     "par la commune.\n", ["Tizi Web Skills"]),
    # a determiner opening the lead's sentence is no end of a longer name
    ("Incubation : une enveloppe de 5 MDH pour les startups du tourisme\n\nLe Dakhla Tourism Track, un parcours "
     "d'incubation pour les jeunes porteurs de projets, a été lancé mardi à Dakhla.\n", ["Dakhla Tourism Track"]),
    # named by « porte un nom : », the next sentence telling its launch
    ("Portrait d'une militante de Sefrou\n\nElle a commencé par des cours d'alphabétisation.\n\nDes années plus "
     "tard, elle voulait aller plus loin.\n\nLe projet suivant porte donc un nom : Bnat Sefrou Digital, un programme "
     "de formation des femmes au commerce en ligne. Il a été lancé le 2 mai devant les familles.\n",
     ["Bnat Sefrou Digital"]),
    # further down, its own launch told right after its kind, its name in Arabic between
    ("Une institutrice devenue directrice d'école\n\nElle a enseigné quinze ans à Guelmim.\n\nDe ses ateliers est "
     "née une association.\n\nC'est pour les jeunes qu'existe Wadi Code (وادي كود), l'école de programmation "
     "inaugurée samedi dernier au centre de Guelmim.\n", ["Wadi Code"]),
])
def test_a_name_apposed_to_its_kind_further_down_when_the_article_tells_its_launch(tmp_path, text, expected):
    """« Ils suivent Tizi Web Skills, un programme … lancé en mars », « porte donc un nom : X … Il a été lancé »,
    « X, l'école inaugurée samedi dernier »: the initiative, named, below the lead."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a new site of a network, the network named
    ("Khémisset accueille sa propre école\n\nAprès Tiflet, c'est au tour de Khémisset d'accueillir une école du "
     "réseau Bab Al Code. Le site a été inauguré lundi.\n", ["Bab Al Code"]),
    # named after what it teaches
    ("Une formation pour les jeunes de Taliouine\n\nLa commune accueillera à la rentrée un programme de formation "
     "aux métiers du numérique baptisé « Taliouine Skills ». La convention a été signée mardi.\n",
     ["Taliouine Skills"]),
    # a relaunch under a new name: the former name is no second initiative
    ("Sefrou : l'ex-« Sefrou Jeunes Tech » renaît sous le nom de Sefrou Code Academy\n\nBaptisée désormais Sefrou "
     "Code Academy, la structure succède à « Sefrou Jeunes Tech », lancée en 2022. Elle a rouvert samedi.\n",
     ["Sefrou Code Academy"]),
    # a known programme that lends the room, another that only might host sessions
    ("JobInTech ouvre sa nouvelle phase\n\nLe ministère a lancé hier la deuxième phase du programme JobInTech. La "
     "cérémonie s'est tenue dans un amphithéâtre prêté pour l'occasion par le Technopark de Rabat.\n\nL'OFPPT a "
     "indiqué que ses Cités des métiers et des compétences pourraient accueillir des sessions, sans qu'aucun accord "
     "ne soit encore signé.\n", ["JobInTech"]),
])
def test_networks_titles_of_what_is_taught_former_names_and_lenders(tmp_path, text, expected):
    """« une école du réseau X », « un programme de formation aux métiers du numérique baptisé « X » »: the
    initiative; its former name, a room's lender and a host without agreement are not."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize("lead", [
    "Mercredi, à l'école Al Qods de Bzou, qui accueillait la cérémonie, la caravane « Coding pour tous » a entamé son "
    "étape dans la province.",
    "Jeudi dernier, la caravane « Coding pour tous » a entamé sa tournée de la province à l'école Ibn Khaldoun de Bzou.",
])
def test_the_school_where_a_known_programme_stops_is_no_second_initiative(tmp_path, lead):
    """« à l'école Al Qods de Bzou, … la caravane « Coding pour tous » a entamé son étape »: the caravan's stop,
    not a school of its own."""
    assert programmes(draft_of(tmp_path, f"La caravane du code dans les écoles de montagne\n\n{lead}\n")) == [
        "Caravane Coding pour tous"]


@pytest.mark.parametrize("text, expected", [
    # a degree's title of subjects joined in lower case keeps its kind; a brand does not
    ("Une licence pour l'industrie à Safi\n\nL'université a signé mardi la convention de la licence professionnelle "
     "« Data Science et Industrie 4.0 ».\n", ["Licence professionnelle Data Science et Industrie 4.0"]),
    # a known programme launching a named one organises it
    ("Meknès : la CMC lance le bootcamp « Cloud Meknès » avec inwi\n\nQuarante jeunes ont entamé lundi un bootcamp "
     "de douze semaines à la Cité des métiers et des compétences de Meknès.\n", ["Cloud Meknès"]),
    # its place, an aside and the day between the organiser and its launch
    ("Oujda : un bootcamp à la Cité des métiers\n\nLa Cité des métiers et des compétences de l'Oriental, à Oujda, a "
     "lancé hier le bootcamp « Cyber Oujda », conçu avec inwi.\n", ["Cyber Oujda"]),
    # another programme a speaker cites, whatever its sentence says of its opening
    ("Oujda : un club Orange Digital Center à la faculté\n\nLe club Orange Digital Center a ouvert jeudi à la faculté "
     "des sciences.\n\nLe représentant d'Orange a aussi cité Zone01 Oujda, l'école de codage installée en ville.\n",
     ["Orange Digital Center"]),
])
def test_degree_titles_organisers_and_programmes_cited(tmp_path, text, expected):
    """« la licence professionnelle « Data Science et Industrie 4.0 » », « la CMC lance le bootcamp « X » », « a aussi
    cité Zone01 Oujda »: the course by its kind and title, the one launched, not the one cited."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_someone_at_the_schools_door_is_no_school_nearby(tmp_path):
    """« elle est déjà devant la porte de l'École X »: at the article's own school, not a school nearby."""
    text = ("Es-Semara : Mbarka, 23 ans, apprend le code\n\nIl est sept heures et Mbarka est déjà devant la porte de "
            "l'École numérique d'Es-Semara.\n\nL'École numérique d'Es-Semara, ouverte en 2025, accueille sa deuxième "
            "promotion de 60 jeunes depuis novembre.\n")
    assert programmes(draft_of(tmp_path, text)) == ["École numérique d’Es-Semara"]


def test_a_partners_other_school_is_no_programme_of_the_article(tmp_path):
    """« Web4Jobs, déjà opératrice de l'École X »: the operator's other school, not the one voted."""
    text = ("Guelmim : le conseil régional approuve le « Guelmim Code Lab »\n\nRéuni lundi, le conseil de la région "
            "Guelmim-Oued Noun a approuvé la création du « Guelmim Code Lab », une école de code pour 120 jeunes.\n\n"
            "L'exploitation pédagogique est confiée à la société Web4Jobs, déjà opératrice de l'École numérique "
            "d'Es-Semara, qui recrutera les formateurs.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Guelmim Code Lab"]


@pytest.mark.parametrize("text, expected", [
    # named without quotes, in the fifth paragraph of an economy page
    ("Berrechid : l'équipementier forme ses techniciens\n\nL'usine emploie 1 800 personnes.\n\nLa Région apporte "
     "6 MDH.\n\nL'OFPPT apporte 3,3 MDH.\n\nBaptisé Berrechid Smart Factory Skills, le programme forme des techniciens "
     "à l'automatisme et à l'analyse des données de production.\n", ["Berrechid Smart Factory Skills"]),
    # a kind and words in lower case, its acronym made of their initials
    ("Kénitra : une académie pour l'automobile\n\nLe secteur recrute.\n\nL'Académie des métiers numériques de "
     "l'automobile (AMNA) ouvrira ses portes en février sur le campus universitaire, avec 180 stagiaires.\n",
     ["Académie des métiers numériques de l'automobile"]),
    # a school named after its place and « Code », in a portrait's lead
    ("Tinghir : Itto, bergère devenue développeuse\n\nÀ 24 ans, Itto a quitté les pâturages pour la salle informatique "
     "de Tighremt Code, à Tinghir, qui a lancé en mars sa deuxième promotion de 45 apprenants.\n", ["Tighremt Code"]),
    # named, then « il a été inauguré »
    ("Larache : un ancien douanier ouvre une école de code\n\nSon projet lui tenait à cœur depuis dix ans.\n\nBaptisé "
     "Code Loukkos, il a été inauguré le samedi 21 mars dans l'ancienne maison des douanes, avec 40 jeunes.\n",
     ["Code Loukkos"]),
    # a course's title in quotes, a brand in capitals
    ("Errachidia : la FST forme aux données des oasis\n\nDepuis février dernier, la Faculté des sciences et techniques "
     "d'Errachidia accueille un nouveau « Certificat Oasis Data », suivi par 38 étudiants.\n",
     ["Certificat Oasis Data"]),
    # an English brand on « Track »
    ("Safi Green Tech Track : l'incubation verte prend racine\n\nLe Safi Green Tech Track accompagne depuis lundi sa "
     "première cohorte de 40 porteurs de projets.\n", ["Safi Green Tech Track"]),
])
def test_a_name_given_without_quotes_or_told_by_its_acronym(tmp_path, text, expected):
    """« Baptisé X, le programme … », « l'Académie des métiers numériques de l'automobile (AMNA) »: the initiative's
    name, though not in quotes nor capitalised throughout."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_an_established_school_told_with_its_acronym_is_no_new_initiative(tmp_path):
    """« dans les locaux de l'Institut spécialisé de technologie appliquée (ISTA) »: the school lending its rooms."""
    text = ("Ouarzazate : la deuxième cohorte de l'Ouarzazate Digital Factory fait sa rentrée\n\nLundi, la deuxième "
            "cohorte de l'Ouarzazate Digital Factory a fait ses premiers pas dans les locaux de l'Institut spécialisé de "
            "technologie appliquée (ISTA) d'Ouarzazate.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Ouarzazate Digital Factory"]


def test_an_acronym_that_is_not_made_of_the_words_names_nothing(tmp_path):
    """« l'Espace de formation du quartier (ANAPEC) »: the brackets hold another body, not the name's initials."""
    text = ("Kénitra : un espace pour les jeunes\n\nLe secteur recrute.\n\nL'Espace de formation du quartier (ANAPEC) "
            "ouvrira ses portes en février, avec 180 stagiaires.\n")
    assert "Espace de formation du quartier" not in programmes(draft_of(tmp_path, text))


@pytest.mark.parametrize("text, expected", [
    # a quotation after « le programme », no name
    ("Khouribga : l'ICT Academy de l'ENSA fait le plein\n\nLa Huawei ICT Academy de l'ENSA de Khouribga a ouvert lundi "
     "ses cours à 84 étudiants. L'administration explique que le programme « peut monter jusqu'à 100 places par an ».\n",
     ["Huawei ICT Academy"]),
    # a square named after a king, before the centre
    ("Sidi Ifni : « Ifni Nissae Digital » initie 36 artisanes\n\nLancé en mars dans l'ancien consulat de la place Hassan "
     "II, le programme forme 36 artisanes au commerce en ligne.\n", ["Ifni Nissae Digital"]),
    # the walls of the school where the caravan stopped, and the school it stood in front of
    ("Oulad Teima : la caravane « Coding pour tous » fait étape\n\nLes murs de pisé de l'école Al Mouahidine ont vibré "
     "la semaine dernière : la caravane « Coding pour tous » y a initié 290 élèves. Le coup d'envoi a été donné devant "
     "l'école Ibn Battouta.\n", ["Caravane Coding pour tous"]),
])
def test_a_quotation_a_square_or_a_school_building_is_no_initiative(tmp_path, text, expected):
    """« le programme « peut monter jusqu'à … » », « la place Hassan II, le centre … », « les murs de l'école X »: none
    of them the initiative's name."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_an_interview_of_a_school_s_director_is_about_her_school(tmp_path):
    """« Propos recueillis par … » is the interview's byline; « la directrice du Centre X fait le point » opens on the
    article's school, not on her employer as a guest; the school she worked at before is her past."""
    text = ("Samira O. : « À Fquih Ben Salah, on apprend à coder sans quitter sa province »\n"
            "L'Écho du Tadla — Fquih Ben Salah, mardi 14 avril 2026\nPropos recueillis par Nadia B.\n\n"
            "Dix semaines après la rentrée de sa première promotion, la directrice du Centre de codage de Fquih Ben "
            "Salah fait le point.\n\nL'Écho du Tadla : D'où venez-vous ?\n\nS. O. : J'ai passé six ans à 1337 "
            "Khouribga, d'abord comme bénévole.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Centre de codage de Fquih Ben Salah"]


def test_time_since_the_school_opened_is_no_earlier_school(tmp_path):
    """« Un an après l'ouverture de l'École X, sa directrice fait le point »: the article's own school, a year on."""
    text = ("Mbarka L. : « À Es-Semara, le numérique n'est plus un métier de la capitale »\n\nUn an après l'ouverture de "
            "l'École numérique d'Es-Semara, sa directrice fait le point sur la deuxième promotion de 110 jeunes, lancée "
            "en octobre dernier.\n")
    assert programmes(draft_of(tmp_path, text)) == ["École numérique d’Es-Semara"]


def test_the_lead_s_own_unnamed_school_named_further_down(tmp_path):
    """« … a lancé la deuxième promotion de son académie interne » in the lead, then « L'Alboran Tech Academy nous
    permet de former … » in an answer: the school the lead spoke of."""
    draft = draft_of(tmp_path, "Salma Bennani : « Nous recrutons 100 lauréats cette année »\n\n"
                               "Installé à Tétouan depuis 2021, le prestataire Alboran Digital Services a lancé la "
                               "deuxième promotion de son académie interne.\n\n"
                               "Pourquoi former vous-mêmes ?\n\n"
                               "Salma Bennani : L'Alboran Tech Academy nous permet de former, sur nos outils, des jeunes "
                               "de la région.\n")
    assert programmes(draft) == ["Alboran Tech Academy"]


def test_a_programme_cited_as_an_example_in_a_brief_is_not_its_subject(tmp_path):
    """« Les élus ont cité en exemple Zone01 Oujda » in a one-paragraph brief on « Berkane Code Lab »: the new school."""
    draft = draft_of(tmp_path, "Berkane : le conseil vote 3,2 MDH pour le « Berkane Code Lab »\n\n"
                               "Le conseil communal de Berkane a voté lundi 3,2 millions de dirhams pour créer le "
                               "« Berkane Code Lab », une école de programmation gratuite. Les élus ont cité en exemple "
                               "Zone01 Oujda, qui forme quelque 300 apprenants dans la capitale régionale.\n")
    assert programmes(draft) == ["Berkane Code Lab"]


def test_a_portrait_s_programme_is_the_one_told_opening(tmp_path):
    """A portrait opening on a person: « La filière a ouvert ses portes … au sein de la Cité des métiers » beside « Sa
    sœur a tenté sa chance à l'école 1337 »: the Cité."""
    draft = draft_of(tmp_path, "Khadija, 22 ans, code à Guelmim\n\n"
                               "Khadija a longtemps hésité avant de s'inscrire. Elle voulait rester près des siens.\n\n"
                               "Sa sœur aînée, elle, a tenté sa chance à l'école 1337 de Ben Guérir.\n\n"
                               "La filière « Intelligence artificielle et données » a ouvert ses portes en novembre "
                               "dernier au sein du pôle digital de la Cité des métiers et des compétences de la région "
                               "Guelmim-Oued Noun.\n")
    assert programmes(draft) == ["Cités des métiers et des compétences"]


def test_what_a_signing_gave_birth_to_is_the_programme(tmp_path):
    """« quatre signatures ont donné naissance au Passeport numérique Azilal, un programme … » in an interview's
    opening, beside « un centre de codage à Fquih Ben Salah » asked about: the new programme."""
    draft = draft_of(tmp_path, "« Nous formerons les jeunes de la montagne »\n\nEntretien avec le vice-président du "
                               "conseil régional.\n\nMardi dernier, au siège du conseil provincial d'Azilal, quatre "
                               "signatures ont donné naissance au Passeport numérique Azilal, un programme qui veut former "
                               "des jeunes aux métiers du web.\n\nLa région a déjà un centre de codage à Fquih Ben Salah. "
                               "Pourquoi un nouveau programme ?\n\nLe Centre de codage de Fquih Ben Salah forme des "
                               "développeurs en plaine. Ici, il s'agit d'autre chose.\n")
    assert programmes(draft) == ["Passeport numérique Azilal"]


@pytest.mark.parametrize(("text", "expected"), [
    # a round-up item's head: the quoted name « lance sa formation », its course unnamed
    ("Drâa-Tafilalet en bref\n\nTinghir : « Oasis Code Tinghir » lance sa formation\nMercredi, à Tinghir, le comité "
     "provincial et une association ont lancé « Oasis Code Tinghir », une formation de six mois au développement "
     "web.\n", "Oasis Code Tinghir"),
    # the room « prêté pour l'occasion par la commune », not the programme, is lent
    ("Berkane : « Nissae Digital » ouvre le numérique à 150 femmes\n\nSamedi dernier, 150 femmes ont fait leur rentrée "
     "dans le programme « Nissae Digital », lancé au complexe culturel de la ville, prêté pour l'occasion par la "
     "commune.\n", "Nissae Digital"),
    # a portrait: the school she attends, named with « s'appelle », without quotes
    ("Hajar, du douar à l'écran : le pari d'une apprentie codeuse\n\nIl est 7 heures quand Hajar monte dans le bus "
     "qui descend vers la ville.\n\nSon frère lui a parlé le premier des écoles de code gratuites.\n\nCelle où elle "
     "étudie s'appelle Chaouen Code. La promotion a démarré en septembre dernier avec 36 apprenants.\n",
     "Chaouen Code"),
])
def test_a_school_named_in_a_round_up_s_head_beside_a_room_lent_or_in_a_portrait(tmp_path, text, expected):
    """« « Oasis Code Tinghir » lance sa formation », « le programme « Nissae Digital », lancé au complexe culturel,
    prêté par la commune », « Celle où elle étudie s'appelle Chaouen Code »: the programme, named."""
    assert programmes(draft_of(tmp_path, text)) == [expected]


def test_a_speaker_s_quoted_sentence_in_the_headline_is_no_name(tmp_path):
    """« Lahcen A. : « L'Académie Noun Digital doit garder nos jeunes à Tan-Tan » »: the academy is the programme,
    the rest of the quotation is what its speaker says of it."""
    draft = draft_of(tmp_path, "Lahcen A. : « L'Académie Noun Digital doit garder nos jeunes à Tan-Tan »\n\nLe vice-"
                               "président du conseil régional a signé jeudi dernier la convention de l'Académie Noun "
                               "Digital, un centre de formation aux métiers du numérique.\n")
    assert programmes(draft) == ["Académie Noun Digital"]


def test_the_operator_s_other_school_it_already_runs_is_not_the_programme(tmp_path):
    """« Web4Jobs, qui anime déjà l'École numérique d'Es-Semara, où 120 jeunes ont été formés » beside the new
    « Tan-Tan Digital Factory »: the operator's other school."""
    draft = draft_of(tmp_path, "Tan-Tan : la « Tan-Tan Digital Factory » ouvre ses candidatures\n\nLa convention de la "
                               "« Tan-Tan Digital Factory » a été signée en septembre dernier. Web4Jobs, qui anime déjà "
                               "l'École numérique d'Es-Semara, où 120 jeunes ont été formés, assurera la pédagogie.\n")
    assert programmes(draft) == ["Tan-Tan Digital Factory"]


def test_a_quoted_name_whose_convention_the_next_clause_says_was_signed(tmp_path):
    """« c'est la promesse de « Meknès Talents Numériques », dont la convention a été signée en mars dernier »: the
    programme."""
    draft = draft_of(tmp_path, "Emploi : à Meknès, la Région paie la formation\n\nFormer des chômeurs aux métiers du "
                               "cloud, puis les faire recruter : c'est la promesse de « Meknès Talents Numériques », dont "
                               "la convention a été signée en mars dernier à Meknès.\n")
    assert programmes(draft) == ["Meknès Talents Numériques"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Settat : l'ancien « Chaouia Code Lab » renaît sous le nom de Campus digital de la Chaouia\n\nFermé depuis deux "
     "ans, le laboratoire de codage de Settat repart avec une nouvelle convention.\n\nLe bâtiment du quartier Smaala, "
     "repeint de neuf, a rouvert ses portes mardi sous une nouvelle enseigne : le Campus digital de la Chaouia. "
     "Quatre-vingts jeunes y suivent dix mois de formation au développement web.\n", ["Campus digital de la Chaouia"]),
    ("Formation : Midelt retrouve son école de code\n\nL'école de programmation de Midelt reprend du service.\n\n"
     "Samedi, les élus ont assisté à la réouverture. L'établissement a rouvert ses portes sous le nom d'Académie "
     "numérique de la Moulouya, avec 60 apprenants inscrits pour dix mois.\n",
     ["Académie numérique de la Moulouya"]),
])
def test_a_school_reopened_under_a_new_name_is_the_programme(tmp_path, text, expected):
    """« a rouvert ses portes sous une nouvelle enseigne : le Campus digital de la Chaouia », « sous le nom
    d'Académie numérique de la Moulouya »: the new name, « de la » before a land's name included."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Entretien : « Nous allons reconvertir 200 diplômés »\n\nDirectrice régionale de l'ANAPEC, Leïla Amrani présente la "
     "« Passerelle Digitale Souss », signée lundi dernier à Agadir, qui reconvertira 200 diplômés chômeurs.\n",
     ["Passerelle Digitale Souss"]),
    ("Oujda et Lille s'allient pour le code\n\nLa convention « Pont Numérique Oriental », paraphée jeudi à Lille, prévoit "
     "une école de développement web à Oujda pour 90 jeunes.\n", ["Pont Numérique Oriental"]),
])
def test_a_quoted_name_told_signed_right_after_is_the_programme(tmp_path, text, expected):
    """« la « Passerelle Digitale Souss », signée lundi dernier à Agadir », « La convention « X », paraphée jeudi »:
    the name of what was signed."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sefrou : rentrée à Bab Al Maarifa, la maison du numérique de la ville\n\nLes 90 apprenants de la première promotion "
     "ont fait leur rentrée lundi dans l'ancien foyer municipal de Sefrou.\n", ["Bab Al Maarifa"]),
    # a town so described is no name
    ("Portes ouvertes à Sidi Bennour, la ville des métiers du numérique\n\nLe conseil provincial de Sidi Bennour ouvre "
     "lundi un centre de formation au numérique pour 50 jeunes.\n", []),
])
def test_a_headline_s_news_at_a_name_described_as_a_school(tmp_path, text, expected):
    """« rentrée à Bab Al Maarifa, la maison du numérique de la ville »: the name the headline describes as a school."""
    assert programmes(draft_of(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Portrait : Salma, de la caisse au code\n\nÀ 24 ans, Salma a changé de vie.\n\nC'est à la radio qu'elle a entendu "
     "parler du Nour Numérique (نور الرقمي), un programme gratuit de formation aux métiers du web pour les jeunes de "
     "Zagora. Elle s'est inscrite le jour même.\n", ["Nour Numérique"]),
    ("Kénitra : la commune vote une rallonge\n\nLe conseil communal a adopté lundi l'avenant à la convention du Pôle des "
     "compétences numériques, ce centre de formation annoncé l'an dernier, pour 180 jeunes.\n",
     ["Pôle des compétences numériques"]),
])
def test_a_name_defined_as_a_programme_and_a_titled_pole_of_the_trade(tmp_path, text, expected):
    """« parler du Nour Numérique (…), un programme gratuit de formation », « la convention du Pôle des compétences
    numériques »: the initiative, though « du » comes before."""
    assert programmes(draft_of(tmp_path, text)) == expected


def test_a_known_programme_in_the_same_building_under_another_programme_is_not_this_one(tmp_path):
    """« Le même bâtiment abrite également un centre CODE 212, ouvert dans le cadre d'un autre programme »: a
    neighbour, not the club whose convention was renewed."""
    text = ("Tétouan : l'ODC Club de la faculté renouvelé\n\nOrange Maroc et l'Université Abdelmalek Essaâdi ont renouvelé "
            "lundi la convention de l'ODC Club de la Faculté des sciences de Tétouan.\n\nLe même bâtiment abrite "
            "également un centre CODE 212, ouvert avec Huawei Maroc dans le cadre d'un autre programme.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Orange Digital Center"]


def test_last_year_s_programme_told_in_the_pluperfect_is_background(tmp_path):
    """« L'an dernier, la caravane « Coding pour tous » avait initié 3 200 écoliers »: last year's, not this news."""
    text = ("Tan-Tan : une académie du numérique accueille ses premiers stagiaires\n\nL'Académie Oued Draa Digital a "
            "accueilli lundi ses 60 premiers stagiaires à Tan-Tan. L'an dernier, la caravane « Coding pour tous » "
            "avait initié 3 200 écoliers de la région au code.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Académie Oued Draa Digital"]


def test_the_network_a_school_comes_from_is_not_its_programme(tmp_path):
    """« Elle est issue du réseau Digital France School, dont elle reprend la méthode »: the network it comes from,
    not the school."""
    text = ("Agadir : 40 lauréats pour la Digital Maroc School\n\nLa Digital Maroc School a remis lundi leurs "
            "certificats à 40 lauréats, à Agadir. Elle est issue du réseau Digital France School, dont elle reprend "
            "la méthode, mais fonctionne de façon autonome.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Digital Maroc School"]


@pytest.mark.parametrize("sentence", [
    "Ouverte dans le sillage du réseau français Digital France School, dont elle reprend la pédagogie, l'école "
    "fonctionne de façon autonome.",
    "Les apprenants y louent l'école que dirige une « fille de Tiznit » revenue de France.",
])
def test_the_model_a_school_follows_and_words_quoted_about_someone_are_no_programme(tmp_path, sentence):
    """« dans le sillage du réseau X, dont elle reprend la pédagogie »: the model; « l'école que dirige une « fille de
    Tiznit » »: words about its head, quoted, not a name."""
    text = ("Agadir : 64 lauréats pour la Digital Maroc School\n\nLa Digital Maroc School a remis lundi leurs "
            f"certificats à 64 lauréats, à Agadir. {sentence}\n")
    assert programmes(draft_of(tmp_path, text)) == ["Digital Maroc School"]


def test_a_united_nations_programme_is_a_partner_not_an_initiative(tmp_path):
    """« lancée par le Maroc et le Programme des Nations unies pour le développement »: a United Nations body."""
    text = ("Rabat : le hub D4SD forme sa deuxième cohorte\n\nLancé l'an dernier à Rabat par le ministère de la "
            "Transition numérique et le Programme des Nations unies pour le développement, le hub Digital for "
            "Sustainable Development accueille lundi 40 jeunes.\n")
    draft = draft_of(tmp_path, text)
    assert programmes(draft) == ["Digital for Sustainable Development"]
    assert "- Programme des Nations unies pour le développement\n" in draft.split("partners:", 1)[1]


def test_a_conjunction_opening_the_sentence_is_no_word_of_a_name(tmp_path):
    """« Quand Emerging Business Factory a lancé l'école, … »: the association, not « Quand Emerging Business
    Factory »."""
    text = ("Marrakech : l'École du Digital fait son bilan\n\nQuand Emerging Business Factory a lancé l'École du "
            "Digital, début 2025, le pari semblait risqué. L'école a formé 75 jeunes.\n")
    assert programmes(draft_of(tmp_path, text)) == ["École du Digital"]


@pytest.mark.parametrize("name", ["Nador Lagoon Coders", "Sebou Skills"])
def test_a_name_ending_on_whom_it_trains_or_what_it_teaches_in_english(tmp_path, name):
    """« Nador Lagoon Coders », « Sebou Skills »: an initiative's name, in English."""
    text = (f"{name} : le premier batch est lancé\n\nUne nouvelle école de programmation a été inaugurée samedi. "
            f"Le pavillon blanc abrite désormais {name}, qui accueille cent apprenants.\n")
    assert programmes(draft_of(tmp_path, text)) == [name]


def test_the_initiative_a_convention_is_of_is_the_programme(tmp_path):
    """« La convention d'Oasis Tech Ouarzazate a été signée en avril »: the initiative the convention sets up, not the
    national strategy the article compares it with."""
    text = ("Oasis Tech Ouarzazate : la région parie sur le code\n\nLa convention d'Oasis Tech Ouarzazate a été signée "
            "en avril. Elle promet 300 jeunes formés. À l'échelle nationale, la stratégie Digital Morocco 2030 "
            "ambitionne de former 100 000 jeunes par an.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Oasis Tech Ouarzazate"]


@pytest.mark.parametrize("text", [
    "Souss-Massa : une école du numérique pour Taroudant\n\nAgadir, 04/03/2026 – Le conseil régional Souss-Massa a "
    "approuvé mardi à Agadir une convention portant création de l'École des métiers du numérique de Taroudant, pour "
    "22,5 millions de dirhams.\n",
    "Taroudant aura son école de code\n\nLa convention de la « Taroudant Tech School » a été signée mardi à Agadir par "
    "le Conseil régional Souss-Massa.\n",
])
def test_a_school_named_after_its_town_is_in_that_town(tmp_path, text):
    """The school of « … de Taroudant » is in Taroudant, though its convention was voted or signed in Agadir."""
    assert "city: Taroudant" in draft_of(tmp_path, text)


def test_an_academy_the_standfirst_announces_then_named_below_is_the_programme(tmp_path):
    """« Une académie de formation au cloud verra le jour à Settat » in the standfirst, then « La Settat Cloud Academy a
    désormais une existence juridique »: the school announced, named."""
    text = ("Compétences : Settat mise sur le cloud\n\nUne académie de formation aux métiers du cloud verra le jour à "
            "Settat.\n\nLa Settat Cloud Academy a désormais une existence juridique. La Région et l'université ont "
            "signé lundi la convention qui fixe son financement.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Settat Cloud Academy"]


def test_a_national_programme_set_beside_a_neighbour_s_course_of_years_ago_is_in_passing(tmp_path):
    """« l'ENSIAS a ouvert il y a deux ans son propre master, et le programme national JobInTech promet des milliers
    de places »: told in passing, not launched now."""
    text = ("Rabat : le master Data & IA en alternance accueille sa première promotion\n\nLa première promotion du Master "
            "Data & IA en alternance de l'INPT a fait sa rentrée lundi à Rabat.\n\nÀ quelques centaines de mètres, "
            "l'ENSIAS a ouvert il y a deux ans son propre master, et le programme national JobInTech promet des "
            "milliers de places en reconversion.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Master Data & IA en alternance"]


def test_a_known_programme_whose_auditorium_held_the_ceremony_is_the_venue(tmp_path):
    """« La cérémonie s'est tenue dans l'auditorium de la Cité de l'innovation Souss-Massa »: where, not what."""
    text = ("Agadir : un centre CODE 212 inauguré\n\nHuawei Maroc a inauguré vendredi un centre CODE 212 à l'ENSA "
            "d'Agadir. La cérémonie s'est tenue dans l'auditorium de la Cité de l'innovation Souss-Massa, voisine de "
            "l'école.\n")
    assert programmes(draft_of(tmp_path, text)) == ["CODE 212"]


def test_our_new_programme_quoted_with_its_article_and_told_begun(tmp_path):
    """« notre nouveau programme, « Les Tisseuses du Code », a commencé », deep in a blog post under its letter's
    greeting: the programme, its article kept as the quotes hold it."""
    text = ("Un mois avec nos codeuses\n\nL'association Tifawin — le blog\n\nCagnotte : encore 5 000 dirhams pour le toit "
            "de la crèche !\n\nMerci à tous.\n\nChères amies, chers amis,\n\nVoilà un mois que notre nouveau programme, "
            "« Les Tisseuses du Code », a commencé à Azilal, avec 24 femmes.\n")
    assert programmes(draft_of(tmp_path, text)) == ["Les Tisseuses du Code"]


def test_a_contest_with_its_own_training_course_is_the_programme(tmp_path):
    """« les 120 jeunes du parcours de formation de Hack'Oriental »: a hackathon that trains is what the article is
    about, not a contest around a programme."""
    draft = draft_of(tmp_path, "Hack'Oriental 2026 : quatorze heures de code pour finir un mois de formation\n"
                               "L'Oriental Numérique – Oujda, 13 avril 2026\n\n"
                               "Les 120 jeunes du parcours de formation de Hack'Oriental se sont affrontés samedi à "
                               "Oujda, à la fin du hackathon de la deuxième édition de Hack'Oriental. Depuis le 9 mars, ils ont suivi quatre semaines de formation intensive au "
                               "développement web. Le budget global atteint 1,8 million de dirhams.\n")
    assert programmes(draft) == ["Hack'Oriental"]


@pytest.mark.parametrize(("article", "expected"), [
    # a report's numbered section: « 3.2 » is the section's number, not the programme's name
    ("Rapport annuel 2025 de la Fondation — l'Académie Sakia Digitale ouvre à Laâyoune\n\n"
     "3.2 Académie Sakia Digitale : une première promotion à Laâyoune\n\n"
     "Nouveau programme de la Fondation, l'Académie Sakia Digitale a accueilli 85 jeunes en octobre 2025 à "
     "Laâyoune.\n", ["Académie Sakia Digitale"]),
    # a nickname of people, quoted in the plural, is no programme
    ("Fquih Ben Salah, la ville des « Italiens », mise sur le code\n\n"
     "Le Centre de codage de Fquih Ben Salah a accueilli lundi sa deuxième promotion de 90 jeunes.\n",
     ["Centre de codage de Fquih Ben Salah"]),
    # an ampersand between the words of a name
    ("Settat : lancement de l'Académie Chaouia Data & IA\n\n"
     "Le Conseil de la région et l'université, signataires de la convention qui crée l'Académie Chaouia Data & IA, "
     "donnent samedi le coup d'envoi de la formation de 180 jeunes.\n", ["Académie Chaouia Data & IA"]),
])
def test_names_under_a_section_number_in_people_s_nicknames_and_with_an_ampersand(tmp_path, article, expected):
    """« 3.2 Académie X », « la ville des « Italiens » », « l'Académie Chaouia Data & IA »: the name as it is."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_course_named_after_its_kind_and_what_it_teaches(tmp_path):
    """« le parcours de reconversion en cybersécurité CyberDoukkala »: the name after « en » and its trade."""
    draft = draft_of(tmp_path, "Lancement d'un parcours de reconversion à El Jadida\n\n"
                               "Les 75 bénéficiaires ont entamé hier le parcours de reconversion en cybersécurité "
                               "CyberDoukkala, porté par l'Université Chouaïb Doukkali avec l'opérateur inwi.\n")
    assert programmes(draft) == ["CyberDoukkala"]


@pytest.mark.parametrize(("article", "expected"), [
    # a name given opening a sentence, an aside after a comma before its kind
    ("Zagora : une formation pour 120 jeunes\n\nÀ Zagora, 120 jeunes ont commencé jeudi leur formation.\n\n"
     "Le gouverneur était présent.\n\nBaptisé Tiwizi Digital, en référence à l'entraide villageoise des oasis, le "
     "programme a été officiellement lancé jeudi matin à l'ISTA de Zagora.\n", ["Tiwizi Digital"]),
    # a paper's name and land then its section, above the byline: the headline is the line above it
    ("Berkane : « Dar Al Barmaja » accueille ses premiers codeurs\nL'Écho de la Moulouya — Société\n"
     "Par Nadia Lahlimi — Publié le jeudi 15 février 2024\n\nL'école de programmation de Berkane a ouvert ses portes "
     "lundi. Quatre-vingt-dix jeunes y suivront dix mois de formation.\n",
     ["Dar Al Barmaja"]),
])
def test_a_name_given_before_an_aside_and_a_headline_above_a_paper_s_land_and_section(tmp_path, article, expected):
    """« Baptisé X, en référence à …, le programme », and « L'Écho de la Moulouya — Société » under the headline."""
    assert programmes(draft_of(tmp_path, article)) == expected


def test_a_coding_contest_the_page_is_about_is_its_initiative(tmp_path):
    """« Hack'Safi 2025 — … » over the story of its second edition: a coding contest named in the headline is the
    initiative (a hackathon named in passing, a fair or a forum still is not)."""
    draft = draft_of(tmp_path, "Hack'Atlas 2025 — « On a doublé en un an »\n\nLa deuxième édition de Hack'Atlas "
                               "s'est achevée samedi soir à Azilal par la remise des prix, après trente-six heures de "
                               "code pour 46 équipes.\n")
    assert programmes(draft) == ["Hack'Atlas"]


def test_a_programme_s_team_does_not_make_it_a_contest(tmp_path):
    """« l'équipe de Bidaya Numérique » is the programme's staff, not a contest's team named like « l'équipe « X » »."""
    draft = draft_of(tmp_path, "Béni Mellal : des ateliers de code pour les enfants de l'orphelinat\n\nLe programme, "
                               "baptisé « Sahel Petits Codeurs », ouvre ses ateliers à quarante enfants.\n\nL'équipe "
                               "de Sahel Petits Codeurs dit s'être inspirée d'expériences menées à Agadir.\n")
    assert programmes(draft) == ["Sahel Petits Codeurs"]


def test_the_building_a_new_school_opens_in_is_not_its_name(tmp_path):
    """« Inaugurée hier dans les locaux de l'ENSA, la nouvelle école de code … »: the school stands in the ENSA's rooms;
    its name is told next."""
    draft = draft_of(tmp_path, "Al Hoceima : une école de code ouvre ses portes\n\nInaugurée hier dans les locaux de "
                               "l’ENSA, la nouvelle école de code gratuite de la province commencera ses cours le 2 "
                               "décembre.\n\nLa Nekor Dev School a été inaugurée hier au sein de l’ENSA d’Al "
                               "Hoceima.\n")
    assert programmes(draft) == ["Nekor Dev School"]


def test_a_cycle_of_workshops_named_in_quotes(tmp_path):
    """« Lancé samedi, le cycle « Biblio-Code » propose aux enfants des ateliers de programmation »: its name."""
    draft = draft_of(tmp_path, "Oujda : la bibliothèque se met au code\n\nLancé samedi dernier à la bibliothèque "
                               "municipale, le cycle « Biblio-Code » propose aux enfants de la ville des ateliers "
                               "gratuits de programmation.\n")
    assert programmes(draft) == ["Biblio-Code"]
    # (« le cycle de formation « Développeur web junior » » of a known centre: a course's title, no programme)
    course = draft_of(tmp_path, "Meknès : un club Orange Digital Center à l'université\n\nUn club Orange Digital "
                                "Center a ouvert à Meknès. Une première vague de 90 étudiants suivra le cycle de "
                                "formation « Développeur web junior ».\n")
    assert programmes(course) == ["Orange Digital Center"]


def test_a_name_read_on_a_sign_without_what_the_sign_adds(tmp_path):
    """« un panneau : « Académie du code de Tiznit — ouverture octobre 2025 » »: the name ends before the dash."""
    draft = draft_of(tmp_path, "Tiznit : la Région lance une école de code\n\nÀ l'entrée de l'EST, un ouvrier fixait "
                               "le panneau provisoire : « Académie du code de Tiznit — ouverture octobre 2025 ». "
                               "L'école a été lancée mardi pour 90 jeunes.\n")
    assert programmes(draft) == ["Académie du code de Tiznit"]
