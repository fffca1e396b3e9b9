"""News round-ups: only the item about digital training is read, whatever the other items say."""

import datetime

from helpers import REPO

from announcements.importer import roundup, text
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(REPO / "data")

# Invented items of a regional round-up: one on training, three with their own places and figures.
ROUNDUP = """L'actualité de l'Oriental en bref

Publié le 9 janvier 2025

Berkane – Agrumes. La coopérative Al Amal annonce 9 000 tonnes récoltées et l'embauche de 250 saisonniers.

Nador – Numérique. L'Université Mohammed Premier et Orange Maroc ont lancé en décembre dernier une formation \
en cybersécurité destinée à 70 étudiants, financée à hauteur de 1,5 million de dirhams.

Oujda – Voirie. La commune consacre 40 millions de dirhams à la réfection de 25 km de routes, a-t-on appris hier.

Figuig – Culture. Le festival des palmeraies revient le 15 mars avec 35 artistes.
"""


def test_a_roundup_is_read_as_its_training_item():
    """City, date, figures and partners come from the training item; the other items give nothing."""
    draft = extract(ROUNDUP, VOCABULARY)
    assert (draft.city, draft.regions) == ("Nador", ["oriental"])
    assert (draft.date.isoformat(), draft.date_precision) == ("2024-12-01", "month")
    assert (draft.budget, draft.trainees, draft.jobs) == (1500000, 70, None)
    assert not any("Amal" in name for name, _known in draft.partners)


def test_an_article_with_intertitles_is_not_cut_into_items():
    """Intertitles that name no place (« Objectif : ... ») leave the article whole."""
    body = ("Un titre assez long pour en être un\n\nObjectif : 500 jeunes formés au code.\n\n"
            "Budget : 3 millions de dirhams.\n\nCalendrier : rentrée en octobre.\n")
    article = text.parse(body)
    assert roundup.focus(article, lambda name: False) is article


def test_a_roundup_without_a_single_training_item_is_read_whole():
    """When no item, or several, speak of training, nothing is left out."""
    article = text.parse(ROUNDUP.replace("Numérique. L'Université", "Santé. L'hôpital").replace(
        "formation en cybersécurité destinée à 70 étudiants", "campagne de vaccination"))
    assert roundup.focus(article, lambda name: True) is article


def test_an_html_roundup_item_under_its_heading_keeps_the_heading_as_headline():
    """« <h2>Inezgane : une académie du code</h2><p>...</p> »: the item's heading is the draft's title."""
    page = ("<html><body><h1>Les brèves de la semaine</h1>"
            "<h2>Taroudant : des pistes rurales</h2><p>Le conseil a alloué 22 millions de dirhams aux pistes.</p>"
            "<h2>Inezgane : une académie du code</h2><p>L'association Nour a ouvert jeudi l'académie « Atlas "
            "Bits », qui forme 90 jeunes au développement web pour 2,8 millions de dirhams.</p>"
            "<h2>Tiznit : campagne médicale</h2><p>Quelque 1 200 patients ont été reçus samedi.</p></body></html>")
    draft = extract(page, VOCABULARY, html=page)
    assert draft.title == "Inezgane : une académie du code"
    assert (draft.programmes, draft.budget, draft.trainees) == (["Atlas Bits"], 2800000, 90)


def test_one_programme_told_site_by_site_is_not_a_roundup():
    """« Oujda : ... », « Nador : ... », « Berkane : ... », each about training: the whole article is read."""
    body = ("Trois écoles du code dans l'Oriental\n\n"
            "Oujda : l'école formera 200 jeunes au développement web.\n\n"
            "Nador : l'école formera 150 jeunes au développement mobile.\n\n"
            "Berkane : l'école formera 100 jeunes à la cybersécurité.\n")
    article = text.parse(body)
    assert roundup.focus(article, lambda name: True) is article


# Invented report of a council session: five decisions, one about training.
SESSION = """Session de mai : le conseil régional adopte cinq conventions

Le conseil de la région de l'Oriental a adopté lors de sa session ordinaire, tenue lundi 5 mai 2025 à \
Oujda, cinq conventions de partenariat.

La première porte sur l'adduction d'eau potable de douars de Jerada, pour 30 millions de dirhams, avec l'ONEE.

La deuxième concerne une route provinciale près de Taourirt : 55 MDH, avec le ministère de l'Équipement et de l'Eau.

Le conseil a aussi approuvé la convention relative à la création du centre « Code Jerada », une école de \
programmation qui formera 120 jeunes développeurs, pour un budget de 6 millions de dirhams, avec l'OFPPT.

Enfin, une convention de 20 MDH appuie la zone industrielle de Selouane, qui doit créer 700 emplois directs.
"""


def test_a_council_session_is_read_as_its_training_decision():
    """The training convention's name, money, people and partners; the other decisions' give nothing."""
    draft = extract(SESSION, VOCABULARY)
    assert draft.programmes == ["Code Jerada"]
    assert (draft.budget, draft.trainees, draft.jobs) == (6000000, 120, None)
    assert [name for name, _known in draft.partners] == [
        "Conseil de la région de l’Oriental", "Office de la formation professionnelle et de la promotion du travail"]
    assert draft.date.isoformat() == "2025-05-05"


def test_items_opening_on_a_place_and_a_full_stop():
    """« Safi. La gare… », « Essaouira. Soixante-quinze artisanes… », « El Jadida. Le festival… »: one item is read."""
    page = ("La chronique des provinces du vendredi\n\nSafi. La nouvelle gare routière accueillera 120 autocars par jour, pour 9 MDH.\n\n"
            "Essaouira. Soixante-quinze artisanes ont terminé la formation « Mogador Numérique » au commerce en ligne, "
            "un programme de formation doté de 950 000 dirhams.\n\n"
            "El Jadida. Le festival a attiré 25 000 spectateurs.\n")
    draft = extract(page, VOCABULARY)
    assert draft.city == "Essaouira" and draft.budget == 950000


# The same items as a weekly page lays them out: a bullet or a rubric in capitals, a slash after the place,
# the issue's date on the line above them and no headline of its own.
LAID_OUT = """Le Journal de l'Oriental

Édition du jeudi 9 janvier 2025 — la semaine en bref

■ Berkane / La coopérative Al Amal annonce 9 000 tonnes récoltées et l'embauche de 250 saisonniers pour la saison.

■ Nador / L'Université Mohammed Premier et Orange Maroc ont lancé mardi une formation en cybersécurité destinée \
à 70 étudiants, financée à hauteur de 1,5 million de dirhams.

VOIRIE — Oujda : la commune consacre 40 millions de dirhams à la réfection de 25 km de routes, a-t-on appris hier.

CULTURE — Figuig : le festival des palmeraies revient le 15 mars avec 35 artistes et 12 000 visiteurs attendus.
"""


def test_items_opened_by_a_bullet_a_rubric_or_a_slash_and_the_issue_s_date_above_them():
    """« ■ Nador / … », « VOIRIE — Oujda : … »: items; « Édition du jeudi 9 janvier 2025 » dates the page."""
    draft = extract(LAID_OUT, VOCABULARY)
    assert (draft.city, draft.regions) == ("Nador", ["oriental"])
    assert draft.date.isoformat() == "2025-01-07"
    assert (draft.budget, draft.trainees, draft.jobs) == (1500000, 70, None)



def test_numbered_items_are_a_roundup_and_a_sports_item_names_no_organisation():
    """« 1. Taza — … », « 3. Fès — Formation : … »: the training item; « l'Union de Touarga devant 20 000 »: nothing."""
    page = ("L'essentiel de la semaine — Fès-Meknès\n\nSamedi 16 mai 2026\n\n1. Taza — Eau : l'Office estime à 42 MDH "
            "le coût de la conduite.\n\n2. Ifrane — Tourisme : 35 000 nuitées en avril.\n\n3. Fès — Formation : la Cité "
            "des métiers ouvre mercredi son pôle digital, avec 1 100 places pédagogiques, cofinancé par le Conseil de la "
            "région Fès-Meknès.\n\n4. Meknès — Sport : victoire 2-0 face à l'Union de Touarga devant 20 000 "
            "spectateurs.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Fès", None, 1100)
    assert not any("Union" in name for name, _known in draft.partners)


def test_numbered_items_with_a_rubric_and_a_podium_that_is_not_a_roundup():
    """« 2. Intelligence artificielle. … à Aït Melloul » among four other points: that item; a podium « 1. 2. 3. »
    above the story's announcement leaves the story whole."""
    page = ("Souss : ce qu'il faut retenir\n\nLundi 23 novembre 2026\n\nL'essentiel en quatre points.\n\n1. Tourisme. "
            "Agadir a accueilli 610 000 touristes.\n\n2. Intelligence artificielle. Le Souss AI Camp s'est tenu samedi à "
            "Aït Melloul, à une dizaine de kilomètres d'Agadir : 250 jeunes ont suivi des ateliers d'apprentissage "
            "automatique.\n\n3. Agriculture. À Chtouka-Aït Baha, des serres seront équipées pour 95 millions de "
            "dirhams.\n\n4. Sport. Le Hassania s'est imposé 2-0.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Ait Melloul", None, 250)
    podium = ("Tanger : le palmarès du hackathon\n\nL'équipe « Octets » a gagné samedi.\n\n1. Octets — une application "
              "portuaire.\n\n2. Team Nord — des capteurs.\n\n3. Zellij — une plateforme.\n\nLa région a ensuite "
              "dévoilé le programme « Détroit Data », qui formera 300 jeunes pour 8 millions de dirhams.\n")
    assert extract(podium, VOCABULARY).trainees == 300


def test_items_headed_by_a_place_in_capitals_under_an_issue_s_masthead():
    """« LE COURRIER DU SUD-EST — Revue régionale du mercredi 25 novembre 2026 », « ZAGORA — Numérique. … »."""
    page = ("LE COURRIER DU SUD-EST — Revue régionale du mercredi 25 novembre 2026\n\nERRACHIDIA — Eau. La station, qui a "
            "coûté 310 millions de dirhams, entrera en service en mars.\n\nOUARZAZATE — Cinéma. 900 figurants tournent "
            "depuis la semaine dernière.\n\nTINGHIR — Agriculture. La récolte de dattes atteint 12 000 tonnes.\n\n"
            "ZAGORA — Numérique. Trois cents enfants ont commencé mardi des ateliers de "
            "code à la maison des jeunes.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Zagora", None, 300)
    assert draft.date.isoformat() == "2026-11-24"


def test_items_signed_by_their_correspondents_are_still_read():
    """Each item ends « (Corr. X) »: still a sentence, so the items are found and the training one is read."""
    body = ("LE JOURNAL DU GHARB — Mardi 3 mars 2026\n\nNOS CORRESPONDANTS\n\n"
            "■ SIDI KACEM — La foire agricole ouvre\n\nLa foire accueille 90 exposants et 200 saisonniers. "
            "(Corr. L. Amrani)\n\n"
            "■ KÉNITRA — Une école de code à l'université\n\nL'Université Ibn Tofail a ouvert lundi une école de "
            "code pour 120 étudiants, dotée de 2 millions de dirhams. (Corr. S. Idrissi)\n\n"
            "■ SOUK EL ARBAA — Travaux sur la route\n\nLa circulation est réduite jusqu'au 31 mars.\n")
    draft = extract(body, VOCABULARY)
    assert (draft.city, draft.date.isoformat()) == ("Kénitra", "2026-03-02")
    assert (draft.budget, draft.trainees, draft.jobs) == (2000000, 120, None)


def test_a_week_told_day_by_day_is_read_as_its_training_day():
    """« MER. 4 | AL HOCEIMA | … », one line a day in a Saturday paper: the training line, dated that Wednesday."""
    body = ("LE PETIT RIFAIN — SAMEDI 7 FÉVRIER 2026\n\nLA SEMAINE EN BREF\n\n"
            "LUN. 2 | IMZOUREN | Le marché aux bestiaux rouvre ; 300 têtes vendues.\n\n"
            "MER. 4 | AL HOCEIMA | L'ENSA d'Al Hoceima a ouvert une formation au code pour 90 étudiants, dotée de "
            "600 000 dirhams.\n\n"
            "VEN. 6 | TARGUIST | Le conseil vote 4 millions de dirhams pour la voirie.\n")
    draft = extract(body, VOCABULARY)
    assert (draft.city, draft.date.isoformat()) == ("Al Hoceima", "2026-02-04")
    assert (draft.budget, draft.trainees) == (600000, 90)


def test_a_town_in_capitals_before_a_quoted_name_opens_an_item_and_a_new_school_beside_it_does_not_hide_it():
    """« IMZOUREN — « Rif Code » accueille… » is an item; a primary school item saying « école » once is not as much
    about training as the coding centre's."""
    page = ("LA VOIX DU NORD — Hebdomadaire\n\nVendredi 12 décembre 2025\n\nLE NORD EN BREF\n\n"
            "AL HOCEIMA — Pêche : hausse\n\nLe port a débarqué 4 350 tonnes pour une valeur de 96 MDH.\n\n"
            "IMZOUREN — « Rif Code » accueille ses stagiaires\n\nLe centre « Rif Code » a été inauguré mercredi à "
            "Imzouren. Doté de 4,8 MDH, il forme au développement web et à l'informatique ; cent vingt jeunes "
            "composent la première promotion de stagiaires.\n\n"
            "ROUADI — Une école primaire\n\nUne école de huit classes a ouvert pour 240 élèves.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Imzouren", 4800000, 120)


def test_an_item_announcing_a_colloquium_is_not_the_training():
    """« 4. IFRANE — Colloque sur l'intelligence artificielle » speaks of the trade; the training is item 2."""
    page = ("LA SEMAINE EN RÉGION\n\nRevue publiée le vendredi 26 septembre 2025 par Le Saïss\n\n"
            "1. FÈS — Usine : 1 200 emplois annoncés pour 350 millions de dirhams.\n\n"
            "2. TAZA — Des femmes apprennent le numérique. Mercredi, le programme « Rayhana Code » a été lancé à Taza : "
            "quatre-vingts femmes y suivront des modules de bureautique, pour 1,9 million de dirhams.\n\n"
            "3. MEKNÈS — Le festival a réuni 40 000 spectateurs.\n\n"
            "4. IFRANE — Colloque sur l'intelligence artificielle à l'université : 600 participants, étudiants et "
            "chercheurs, ont parlé d'IA, de data et de formation.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.date.isoformat(), draft.budget, draft.trainees, draft.jobs) == ("2025-09-24", 1900000, 80, None)


def test_items_opening_on_a_small_triangle_and_a_bar():
    """« ▸ TIZNIT | Numérique … »: an item of a round-up like the others."""
    page = ("L'ESSENTIEL DU SOUSS\n\nVendredi 14 novembre 2025\n\n▸ TAROUDANT | Argan Une unité a été inaugurée jeudi "
            "pour 12 millions de dirhams.\n\n▸ TIZNIT | Numérique Le bootcamp « Sable Code » a démarré lundi à Tiznit "
            "pour quatre-vingts jeunes en formation au code, doté de 3,6 MDH.\n\n▸ AGADIR | Port Le trafic a "
            "progressé de 8 %.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.date.isoformat(), draft.budget, draft.trainees) == ("Tiznit", "2025-11-10", 3600000, 80)


def test_a_council_s_release_keeps_the_cost_told_in_parts():
    """« Le coût global du projet s'élève à 9,6 MDH, répartis comme suit : » and its list: the total, with its parts;
    the session's other decision (40 MDH of roads) left out."""
    page = ("Le Conseil provincial approuve un centre de compétences numériques\n\nLe Conseil a tenu mardi 3 février "
            "2026 sa session ordinaire, dont l'ordre du jour comptait deux points.\n\nLe Conseil a approuvé la "
            "convention du Centre des compétences numériques, qui formera 120 jeunes.\n\nLe coût global du projet "
            "s'élève à 9,6 millions de dirhams, répartis comme suit :\n\n- Conseil provincial : 4 millions de dirhams ;"
            "\n\n- Conseil régional : 3,6 millions de dirhams ;\n\n- OFPPT : 2 millions de dirhams.\n\nLe Conseil a "
            "également approuvé une convention de 40 millions de dirhams pour les routes rurales.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.budget, sorted(amount for amount, _label in draft.budget_items)) == (
        9600000, [2000000, 3600000, 4000000])


def test_a_diary_of_the_week_is_read_as_its_training_day():
    """« Jeudi 19 février — Errachidia Un club … », one entry a day: that entry, dated that Thursday; the industrial
    zone's 350 jobs and 58 MDH belong to Monday's entry."""
    page = ("OASIS INFO\n\nSamedi 21 février 2026\n\nSEPT JOURS EN RÉGION\n\n"
            "Lundi 16 février — Ouarzazate Le chantier de la zone industrielle est lancé. Montant : 58 MDH. La commune "
            "promet 350 emplois.\n\n"
            "Mardi 17 février — Midelt La coopérative signe un accord d'exportation de 2 000 tonnes de pommes.\n\n"
            "Jeudi 19 février — Errachidia Un club de code a été inauguré à la faculté pour 140 étudiants, équipé pour "
            "1,1 million de dirhams. Le wali et le président de l'Université Moulay Ismaïl ont assisté à la "
            "cérémonie.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.date.isoformat(), draft.budget, draft.trainees, draft.jobs) == (
        "Errachidia", "2026-02-19", 1100000, 140, None)
    assert not draft.partners


def test_items_numbered_in_brackets_with_a_middle_dot():
    """« [2] BAB BERRED (باب برد) · Numérique »: an item like the others; the road's 60 MDH are item 1's."""
    page = ("NORD HEBDO · LE CARNET DU LUNDI · 5 janvier 2026\n\n[1] TÉTOUAN · Voirie\nLa commune a refait l'avenue "
            "pour 60 millions de dirhams.\n\n[2] BAB BERRED (باب برد) · Numérique\nLe programme « Code des Cimes » a "
            "démarré le 27 décembre dernier : quarante enfants apprennent à coder, pour 780 000 dirhams.\n\n"
            "[3] AL HOCEIMA · Pêche\nLe port a débarqué 14 000 tonnes.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.date.isoformat(), draft.budget, draft.trainees) == ("Bab Berred", "2025-12-27", 780000, 40)


def test_a_wire_s_items_between_runs_of_dashes():
    """« -- TAROUDANT : Un atelier de code -- » and its dispatch: the item read; « mercredi » counted from its date."""
    page = ("AGENCE DU SOUSS - LE FIL RÉGIONAL\nJeudi 2 avril 2026 - 16:05\n\n-- AGADIR : Le port affiche complet --\n"
            "AGADIR, 2 avril (ADS) - Le port de pêche a débarqué 12 000 tonnes, pour 40 millions de dirhams.\n\n"
            "-- TAROUDANT : Un atelier de code pour les jeunes de la ville --\nTAROUDANT, 2 avril (ADS) - Un atelier de "
            "formation au code a été inauguré mercredi à Taroudant, au profit de soixante jeunes, pour 900 000 "
            "dirhams.\nLes apprenants suivront des modules de développement web.\n\n"
            "-- TIZNIT : Victoire de l'équipe locale --\nTIZNIT, 2 avril (ADS) - L'équipe de Tiznit s'est imposée "
            "mardi devant 3 000 spectateurs.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.date.isoformat(), draft.budget, draft.trainees) == ("Taroudant", "2026-04-01", 900000, 60)


def test_a_list_of_decisions_voted_is_no_sum_in_parts_and_the_council_s_meeting_is_the_event():
    """« Cinq conventions ont été votées : » then one line each: the other lines' jobs and money are not the digital
    item's; « Réuni lundi en session » dates it."""
    page = ("Guelmim : 12,5 MDH pour le pôle digital\n\nMercredi 4 mars 2026\n\nRéuni lundi en session ordinaire, le "
            "conseil de la région a voté plusieurs conventions.\n\nCinq conventions ont été votées lundi au siège de "
            "la Région, à Guelmim :\n\n- station de dessalement de Sidi Ifni : 60 MDH (environ 150 emplois "
            "attendus) ;\n\n- route Guelmim–Tan-Tan : 22 MDH ;\n\n- port de pêche : 18 MDH ;\n\n- pôle digital de la "
            "formation professionnelle : 12,5 MDH pour 240 stagiaires.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.date.isoformat(), draft.budget, draft.jobs) == ("2026-03-02", 12500000, None)


def test_a_week_of_the_trade_s_news_under_headings_is_read_as_the_item_its_headline_names_else_the_first():
    """« LA SEMAINE NUMÉRIQUE EN RÉGIONS » with three training items, each under its heading: the first when the
    headline names none, the one it names otherwise; a feature telling its story before its sections is read whole."""
    items = ("1. TAROUDANT — « Tech Girls » pour 80 jeunes femmes\n\nUne formation au code a été lancée mardi à "
             "Taroudant pour 80 jeunes femmes.\n\n2. AGADIR — « Souss Dev » pour 250 jeunes\n\nUne formation au code "
             "a été lancée jeudi à Agadir pour 250 jeunes.\n\n3. TIZNIT — « Tiznit Code » pour 400 jeunes\n\nUne "
             "formation au code a été lancée vendredi à Tiznit pour 400 jeunes.\n")
    week = "LA SEMAINE NUMÉRIQUE EN RÉGIONS\n\nChaque lundi, notre sélection de la semaine.\n\n"
    assert extract(week + items, VOCABULARY).city == "Taroudant"
    named = "Tiznit ouvre son académie du code : la semaine numérique\n\nNotre sélection de la semaine.\n\n"
    assert extract(named + items, VOCABULARY).city == "Tiznit"
    feature = ("Écoles de code : trois régions\n\nTrois régions, trois façons de former des développeurs.\n\nIl "
               "pleuvait ce lundi sur Taroudant, où la foule attendait l'ouverture.\n\n")
    article = text.parse(feature + items)
    assert roundup.focus(article, lambda name: name.upper() in {"TAROUDANT", "AGADIR", "TIZNIT"}) is article


def test_a_roundup_s_items_under_headings_of_their_own():
    """« … en bref », then items each under a heading that need not open on a place: the training item is read,
    with its own day, not the first item's."""
    page = ("Le Moyen Atlas en bref\n\nPublié le vendredi 16 janvier 2026\n\n"
            "Azrou : 30 MDH pour les pistes rurales\n\n"
            "La direction provinciale de l'équipement a présenté lundi un programme de 30 millions de dirhams.\n\n"
            "Ifrane ouvre une école du code\n\n"
            "La convention de l'école a été signée mercredi dernier à Ifrane. Elle formera 80 jeunes au "
            "développement web dès mars.\n\n"
            "Basket : l'équipe locale s'impose\n\n"
            "Le club a gagné dimanche devant 2 000 spectateurs.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.date.isoformat(), draft.city, draft.trainees, draft.budget) == ("2026-01-14", "Ifrane", 80, None)


def test_items_opened_by_a_single_dash_and_a_town_in_capitals():
    """« — GUERCIF (province de Guercif). Le … »: one item each; the training one is read, not a later item's office
    or budget."""
    page = ("L'HEBDO DE L'ORIENTAL — n° 88\nPublié le samedi 7 mars 2026\n\nLA SEMAINE EN RÉGIONS\n"
            "Guercif : un atelier de code ouvre ses portes\n\n"
            "— GUERCIF (province de Guercif). Un atelier de formation au code et au développement web a ouvert jeudi "
            "pour 40 jeunes, pour 600 000 dirhams, financé par la Fondation Tafraout Avenir.\n\n"
            "— BERKANE. La récolte d'agrumes atteint 9 000 tonnes, en hausse de 8 %.\n\n"
            "— FIGUIG. Le festival des palmeraies accueillera 35 artistes du 14 au 16 mai.\n\n"
            "— OUJDA. L'Office de la formation professionnelle ouvre 300 places dans le digital, pour 18 MDH.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Guercif", 600000, 40)
    assert "Office de la formation professionnelle" not in str(draft.partners)


def test_a_session_s_other_points_told_in_m_dh_are_left_out():
    """« une enveloppe complémentaire de 6,5 M DH » for snow ploughs, « 4 M DH » for a running track: other points
    of the session, whatever way the millions are written; the Maison du code's « 3,6 M DH » stays."""
    article = text.parse(
        "IFRANE — Le conseil provincial adopte son plan de déneigement et une « Maison du code » à Azrou\n\n"
        "Le conseil provincial d'Ifrane a tenu hier sa session ordinaire. Douze points figuraient à l'ordre du jour.\n\n"
        "Déneigement. Les élus ont approuvé une enveloppe complémentaire de 6,5 M DH pour deux chasse-neige.\n\n"
        "Eau potable. Une convention de 21 M DH prévoit une station de traitement.\n\n"
        "Sport. Le conseil contribuera à hauteur de 4 M DH à une piste d'athlétisme.\n\n"
        "Les élus ont approuvé la « Maison du code d'Azrou », un centre de formation au développement web. Son coût "
        "est de 3,6 M DH.\n")
    kept = " ".join(roundup.focus(article, lambda name: False).paragraphs)
    assert "3,6 M DH" in kept
    assert "6,5 M DH" not in kept and "4 M DH" not in kept


def test_a_session_s_numbered_points_under_a_headline_opening_on_its_region():
    """« Marrakech-Safi : ce que le Conseil régional a voté en décembre », « Lors de sa session ordinaire de décembre
    dernier … », then « 1. … 310 MDH », « 2. … », « 3. JobInTech s'installe à Safi … » and its cohort's paragraph: the
    session's opening and the training point's paragraphs are read, the roads and the water are not."""
    article = text.parse(
        "Marrakech-Safi : ce que le Conseil régional a voté en décembre\n\n"
        "Lors de sa session ordinaire de décembre dernier, le Conseil régional a adopté vingt conventions.\n\n"
        "1. Les routes du Haouz. La Région consacre 310 MDH à la réhabilitation des routes d'Amizmiz.\n\n"
        "2. L'eau de Chichaoua. Une convention de 75 millions de dirhams finance l'eau potable.\n\n"
        "3. JobInTech s'installe à Safi. Les élus ont approuvé une cohorte du programme, qui forme des jeunes "
        "diplômés au développement logiciel.\n\n"
        "La cohorte de Safi comptera 250 bénéficiaires, formés en six mois.\n\n"
        "4. Les marchés de Marrakech. Une enveloppe de 52 MDH restructure les marchés.\n")
    kept = " ".join(roundup.focus(article, lambda name: name in ("Marrakech-Safi", "Safi", "Marrakech")).paragraphs)
    assert "décembre dernier" in kept and "250 bénéficiaires" in kept
    assert "310 MDH" not in kept and "52 MDH" not in kept


MINUTES = """ROYAUME DU MAROC
Commune de Taourirt
EXTRAIT DU PROCÈS-VERBAL DE LA SESSION ORDINAIRE DE MARS 2026
(Séance tenue le mercredi 4 mars 2026 à 10 h, au siège de la commune)

Document mis en ligne sur le portail de la commune le 12 mars 2026.

Présidence : le président du conseil. Présents : 21 membres sur 27. Le président ouvre la séance et rappelle \
l'ordre du jour.

POINT 1 — Virement de crédits au budget de l'exercice.
Le conseil approuve le virement de 300 000 DH vers le chapitre de l'éclairage public.

POINT 2 — Convention relative à l'assainissement du quartier Al Wahda.
Coût : 5 millions de dirhams, dont 2 MDH à la charge de la commune et 3 MDH à la charge de la Région de l'Oriental.

POINT 3 — Convention relative au « Pôle du code de Taourirt ».
Le vice-président présente un lieu de formation au développement web et à la bureautique pour les jeunes.
Signataires : la Commune de Taourirt et l'association Oriental Tech.
Coût global : 1 800 000 DH, réparti comme suit : commune 600 000 DH ; association 1 200 000 DH.
"""


def test_the_points_of_a_council_s_minutes_not_about_training_are_left_out():
    """Minutes under a « SESSION ORDINAIRE » header, with « POINT n — » headings: only the training point is read,
    its total and partners, not another point's works or its funder."""
    draft = extract(MINUTES, VOCABULARY)
    assert draft.budget == 1800000
    assert not any("Région" in name or "région" in name for name, _known in draft.partners)


WEEKLY = """L'HEBDO DE L'ORIENTAL — N° 88 — Semaine du 9 au 15 mars 2026

TOUR DES PROVINCES
À Jerada, une école du code pour les mineurs reconvertis

Chaque semaine, notre rédaction fait le point sur les initiatives des provinces. Cette semaine : Jerada,
Oujda, Figuig et Nador.

JERADA — « Jerada Code » a fait sa rentrée
La première promotion de « Jerada Code » a commencé ses cours lundi dans un local du centre-ville.
L'école propose un cursus d'un an en programmation web à trente anciens mineurs. Le projet est financé
par la Fondation Oriental Avenir pour 1,2 M DH. Le programme Jeunes Actifs, qui avait formé l'an dernier
90 jeunes de la province, a prêté sa salle pour la cérémonie d'ouverture.

OUJDA — Un module de données à l'université
L'Université Mohammed Premier lance un module optionnel de science des données ouvert à 50 étudiants.
Coût annoncé : 400 000 dirhams pour l'équipement du laboratoire.

FIGUIG — Le festival des palmiers revient
Les organisateurs annoncent 20 000 visiteurs attendus et une enveloppe de 3 millions de dirhams.

NADOR — Forum de l'emploi : 1 200 offres
Le forum régional de l'emploi, organisé par l'ANAPEC, devrait proposer 1 200 offres d'emploi.
"""


def test_a_weekly_tour_whose_items_run_their_heading_into_their_text_is_read_as_its_headline_s_item():
    """« TOUR DES PROVINCES », « Chaque semaine, notre rédaction fait le point »: the item on Jerada the headline names,
    not the university's module or the forum's organiser."""
    draft = extract(WEEKLY, VOCABULARY)
    assert (draft.city, draft.programmes) == ("Jerada", ["Jerada Code"])  # (the programme that lent its room: none)
    partners = [name for name, _known in draft.partners]
    assert not any("Mohammed Premier" in name or "emploi" in name for name in partners)


def test_a_digest_s_training_item_behind_a_course_that_says_it_is_not_digital():
    """« L'essentiel des régions » whose first item is a masonry course « sans volet numérique », and whose title
    names the region « Fès-Meknès » (not the town « Meknès » of another item): the coding item is read."""
    page = ("L'essentiel des régions : Fès-Meknès et le Saïss\n\nÉdition du jeudi 5 mars 2026\n\n"
            "MEKNÈS. Quatre-vingt-dix stagiaires suivent depuis lundi une formation en maçonnerie au centre de "
            "formation du bâtiment, pour 1,8 million de dirhams. Le cursus n'a aucun volet numérique.\n\n"
            "SEFROU. La piste reliant deux douars a été goudronnée pour 30 millions de dirhams.\n\n"
            "IFRANE. Un atelier de code pour 45 lycéennes a ouvert mardi à Ifrane, avec des modules de "
            "développement web, pour 900 000 dirhams.\n\n"
            "BOULEMANE. Le souk hebdomadaire a rouvert après travaux.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Ifrane", 900000, 45)


def test_a_newsletter_s_numbered_headings_are_its_items():
    """« 📰 1. À la une : … », « 💰 2. Levée de fonds : … », « 📅 3. Agenda » over their paragraphs: the training
    item is read, its heading its headline without symbol or number; a party launching « X » is not a programme."""
    page = ("Le Commit : Tata code, une fintech lève, agenda chargé\n\nLe Commit · n° 12 · jeudi 5 mars 2026\n\n"
            "Bonjour à toutes et à tous, voici les nouvelles de la semaine.\n\n"
            "📰 1. À la une : « Tata Code Camp », un bootcamp au bord du désert\n\n"
            "Lundi, la commune de Tata et l'académie privée Sahel Bits Academy ont signé la convention qui crée "
            "« Tata Code Camp ». Le premier batch comptera 30 apprenants, pour 700 000 dirhams.\n\n"
            "💰 2. Levée de fonds : une fintech de Rabat lève 4 millions de dollars\n\n"
            "La startup emploie 80 personnes et vise 200 recrutements.\n\n"
            "📅 3. Agenda\n\n"
            "Un meetup data se tient le 12 mars à Rabat : 150 places, entrée libre.\n")
    draft = extract(page, VOCABULARY)
    assert draft.title == "À la une : « Tata Code Camp », un bootcamp au bord du désert"
    assert (draft.city, draft.budget, draft.trainees, draft.jobs) == ("Tata", 700000, 30, None)
    assert draft.programmes == ["Tata Code Camp"]


def test_a_titled_roundup_opening_on_a_council_s_session_is_still_read_as_its_training_item():
    """« Les brèves de la semaine », whose opening lists « Session du conseil régional, … numérique à Tiznit »: the
    round-up's training item, not the session's page read whole."""
    page = ("Souss-Massa : les brèves de la semaine\n\nPublié le samedi 9 mai 2026\n\nSession du conseil régional, "
            "port d'Agadir et numérique à Tiznit : voici ce qu'il faut savoir.\n\nLe conseil vote ses conventions\n\n"
            "Réuni lundi à Agadir, le conseil régional a approuvé quatre conventions pour 150 millions de dirhams.\n\n"
            "Agadir : le port s'agrandit\n\nLe port d'Agadir recevra 40 millions de dirhams pour un nouveau quai.\n\n"
            "Taroudant : un marché couvert\n\nUn marché couvert de 80 places a ouvert mercredi à Taroudant.\n\n"
            "Tiznit : une école de code pour les artisanes\n\nLancée en avril dernier à Tiznit, l'école forme 40 "
            "artisanes au commerce en ligne et au code, pour 900 000 dirhams apportés par la commune.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Tiznit", 900000, 40)


def test_a_town_s_item_on_another_trade_s_training_is_not_the_digital_item():
    """« Ouazzane : 180 apprentis en couture » says « formation » more often than « Chefchaouen : 45 femmes se forment
    au commerce en ligne »: only the second is about the digital trade."""
    page = ("Le Nord, ce qu'il faut retenir\n\nPublié le 11/10/2025\n\nSession à Tétouan, port à Larache, apprentis à "
            "Ouazzane et femmes connectées à Chefchaouen : notre tour d'horizon.\n\n1. Tétouan : la Région vote\n\n"
            "Lundi, le conseil régional a adopté 85 millions de dirhams pour les routes.\n\n2. Larache : le port "
            "dragué\n\nLe chantier coûtera 60 millions de dirhams.\n\n3. Ouazzane : 180 apprentis en couture\n\n"
            "Mercredi, le centre de formation par apprentissage a fait sa rentrée : 180 jeunes suivront deux ans de "
            "formation en couture et en tissage, une formation en alternance chez des artisans formateurs.\n\n"
            "4. Chefchaouen : 45 femmes se forment au commerce en ligne\n\nEn septembre dernier a démarré à "
            "Chefchaouen un programme qui forme 45 artisanes au commerce en ligne, pour 350 millions de centimes.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.city, draft.trainees, draft.budget) == ("Chefchaouen", 45, 3500000)


def test_a_roundup_whose_first_item_heads_under_its_dated_title():
    """« Guelmim-Oued Noun en bref », its date, then « TAN-TAN – … » (a hyphened town in capitals) and « SIDI IFNI –
    … »: the title stays the round-up's, and the training item is read alone."""
    article = ("Guelmim-Oued Noun en bref\nGuelmim, samedi 10 janvier 2026 – Par Salka Ma El Aïnine\n\n"
               "TAN-TAN – La station de dessalement en phase d'essais\n"
               "Les premiers essais de la station ont débuté mercredi. L'ouvrage a coûté 190 millions de dirhams.\n\n"
               "SIDI IFNI – Premier bilan pour « Ifni Code Océan »\n"
               "Lancé en décembre dernier par la commune, le programme « Ifni Code Océan » forme 45 jeunes de la ville "
               "au développement web. Son coût, 180 millions de centimes, est partagé entre les deux collectivités.\n\n"
               "GUELMIM – Le moussem d'Asrir se prépare\n"
               "Les organisateurs attendent 800 chameaux, pour un budget de 3,5 millions de dirhams.\n")
    draft = extract(article, VOCABULARY)
    assert (draft.title, draft.city, draft.budget, draft.trainees) == ("Guelmim-Oued Noun en bref", "Sidi Ifni",
                                                                       1_800_000, 45)


def test_a_wire_roundup_whose_towns_open_on_a_plain_hyphen():
    """« BERRECHID - … 300 millions de dirhams », then « EL KELÂA DES SRAGHNA - … l'Académie Tassaout du code … »:
    items headed by towns and a spaced hyphen; the training item is read alone."""
    article = ("En bref : les brèves régionales de l'après-midi\nCasablanca, 15 octobre 2026 (Agence Maghreb Centre) - "
               "Voici les principales informations régionales de la journée.\n\n"
               "BERRECHID - Une zone industrielle de 45 hectares sera aménagée. Le projet, d'un coût de 300 millions de "
               "dirhams, doit créer 2 500 emplois.\n\n"
               "MEKNÈS - Le centre régional d'oncologie a reçu ses premiers patients. Il a coûté 140 MDH.\n\n"
               "EL KELÂA DES SRAGHNA - Le conseil provincial a présenté mardi l'Académie Tassaout du code, une école "
               "gratuite de programmation pour 150 jeunes de la province, dotée de 3,75 millions de dirhams.\n")
    draft = extract(article, VOCABULARY)
    assert (draft.city, draft.budget, draft.jobs) == ("El Kelâa des Sraghna", 3_750_000, None)


def test_a_roundup_whose_first_item_s_town_is_spelt_the_press_s_way():
    """« L'essentiel des régions », a dispatch's date line, « OUAZZANE - Le « Ouazzane Digital Lab » … » (the census
    writes Ouezzane), then « FNIDEQ - 200 jeunes formés aux métiers de la pêche »: the digital item is Ouazzane's."""
    article = ("L'essentiel des régions : Ouazzane ouvre son laboratoire du numérique\n"
               "Tanger, 8 avril 2025 (Agence Nord Presse) - Mardi 8 avril 2025, 07h10\n\n"
               "OUAZZANE - Le « Ouazzane Digital Lab » accueille ses premiers apprenants\n\n"
               "Le « Ouazzane Digital Lab », centre de formation aux métiers du numérique, a été inauguré samedi dernier "
               "à Ouazzane. Il est doté de 4,2 millions de dirhams et accueille une promotion de 90 jeunes.\n\n"
               "TÉTOUAN - 37 MDH pour la rocade sud\n\nLes travaux de la rocade ont été lancés lundi.\n\n"
               "FNIDEQ - 200 jeunes formés aux métiers de la pêche\n\n"
               "Un programme de formation aux métiers de la pêche artisanale a démarré pour 200 jeunes.\n")
    draft = extract(article, VOCABULARY)
    assert (draft.city, draft.budget, draft.trainees) == ("Ouazzane", 4_200_000, 90)


def test_a_roundup_whose_towns_open_in_plain_case_on_a_spaced_hyphen():
    """« Ouarzazate - Les rencontres du cinéma … » taken for the headline, then « Tinghir - Une convention pour l'école
    « Oasis Tech Tinghir » … »: items headed by a town and a spaced hyphen; the training item is Tinghir's."""
    article = ("Ouarzazate - Les rencontres du cinéma ont fait salle comble\n\n"
               "Les Rencontres cinématographiques de Ouarzazate, closes mercredi, ont réuni 12 000 spectateurs.\n\n"
               "Tinghir - Une convention pour l'école « Oasis Tech Tinghir »\n\n"
               "Le conseil provincial a signé mardi la convention de l'école « Oasis Tech Tinghir », qui formera 75 "
               "jeunes aux métiers du numérique.\n\n"
               "Errachidia - Le marché de gros rénové\n\nLe marché de gros d'Errachidia a rouvert après travaux.\n")
    draft = extract(article, VOCABULARY)
    assert (draft.city, draft.trainees) == ("Tinghir", 75)


def test_a_monthly_roundup_said_so_in_its_opening_is_read_under_its_headings():
    """« Comme chaque début de mois, nous revenons sur les faits marquants … », then items under headings of their own
    that open on no place: only the training item's figures and partners are read, not the cannery's."""
    page = ("Dakhla : un mois d'octobre entre port, poisson et code\n\nDakhla, mercredi 4 novembre 2026\n\nComme chaque "
            "début de mois, nous revenons sur les faits marquants des quatre semaines écoulées dans la région.\n\n"
            "Une conserverie géante à El Argoub\n\nLa société Atlantic Sea Foods a inauguré le 9 octobre une unité de "
            "transformation. L'investissement, de 320 millions de dirhams, doit créer 450 emplois directs.\n\n"
            "Tourisme : la saison démarre fort\n\nLes hôtels du lagon affichent un taux de remplissage de 81 %.\n\n"
            "Dakhla Dev Factory : le conseil régional vote son école de code\n\nLors de sa session d'octobre, le Conseil "
            "de la région Dakhla-Oued Eddahab a approuvé la création de la « Dakhla Dev Factory », une école de code "
            "dotée de 22 millions de dirhams.\n\nLa première promotion comptera 150 apprenants.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.budget, draft.jobs, draft.trainees) == (22000000, None, 150)
    assert not any("Atlantic" in name for name, _known in draft.partners)


def test_a_roundup_titled_with_its_region_keeps_the_byline_s_day():
    """« Souss-Massa : les brèves de la semaine » opens on a place but is the page's title, not its first item: the
    byline under it still dates the page, and « lundi » counts from that day."""
    page = ("Souss-Massa : les brèves de la semaine\nLa Gazette du Souss — Rubrique « Sept jours »\n"
            "Par Karim Idrissi | Publié le vendredi 7 mars 2025\n\n"
            "Une école de code à Tiznit, une foire à Taroudant : ce qui a marqué la semaine.\n\n"
            "TIZNIT — Le Conseil régional Souss-Massa et l'Université Ibn Zohr ont signé lundi la convention d'une école "
            "de programmation gratuite. La première promotion comptera 90 jeunes.\n\n"
            "TAROUDANT — La foire de l'arganier ouvrira le 20 mars avec 150 exposants et un budget de 2 millions de "
            "dirhams.\n\n"
            "INEZGANE — Le marché de gros sera rénové pour 30 millions de dirhams, a annoncé la commune.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.date.isoformat(), draft.city, draft.trainees) == ("2025-03-03", "Tiznit", 90)


def test_a_bulletin_s_running_order_is_read_as_its_training_story():
    """A radio bulletin's stories under cues (« [TITRE 2 – … ] »): the training story's facts only, not the weather
    service's or another story's body and money; its credits line is no headline."""
    bulletin = ("Journal de 18 heures – Une école de code ouvre à Berkane\nRADIO MOULOUYA FM – Berkane\n"
                "Édition du mardi 3 mars 2026 – 18h00\nPrésentation : Karima Alaoui / Reportage : Said Tazi\n\n"
                "[JINGLE]\n\nPRÉSENTATRICE : Bonsoir. Au sommaire : la pluie, une école de code et le football.\n\n"
                "[TITRE 1 – MÉTÉO]\n\nPRÉSENTATRICE : La Direction générale de la météorologie annonce des averses "
                "sur Berkane et Saïdia.\n\n[TITRE 2 – BERKANE CODE]\n\nPRÉSENTATRICE : C'était ce matin : l'école "
                "Berkane Code a ouvert ses portes avec 70 apprenants.\n\nREPORTER : L'école est financée par le Conseil "
                "de la région de l'Oriental à hauteur de 6 millions de dirhams.\n\n[SON – Amine, apprenant, 0'10]\n\n"
                "« Je commence une nouvelle vie. »\n\n[TITRE 3 – FIGUIG]\n\nPRÉSENTATRICE : À Figuig, l'Agence de "
                "l'Oriental lance des travaux d'adduction d'eau pour 40 millions de dirhams.\n\n[TITRE 4 – SPORT]\n\n"
                "PRÉSENTATRICE : Le club local a recruté trois joueurs.\n")
    draft = extract(bulletin, VOCABULARY)
    assert draft.title == "Journal de 18 heures – Une école de code ouvre à Berkane"
    assert (draft.budget, draft.trainees) == (6000000, 70)
    assert [name for name, _known in draft.partners] == ["Conseil de la région de l’Oriental"]


def test_a_roundup_s_items_bulleted_with_a_hyphen():
    """« - Martil : … », « - Tétouan : un club numérique à la faculté. … »: each bullet an item; the training one
    only, not the beach's budget or the Fondation's prizes in the other items."""
    page = ("Tétouan et sa région : les infos de la semaine\nTétouan Plus — samedi 20 juin 2026\n\n"
            "Plage, bac, numérique : notre sélection.\n\n"
            "- Martil : la saison est lancée. La commune a consacré 2,3 millions de dirhams à la corniche.\n\n"
            "- M'diq : le bac en hausse. Les meilleurs bacheliers recevront un ordinateur offert par la Fondation "
            "Orange.\n\n"
            "- Fnideq : un marché couvert de 220 boutiques ouvre ses portes pour 28 millions de dirhams.\n\n"
            "- Tétouan : un club numérique à la faculté. Orange Maroc et l'Université Abdelmalek Essaâdi ont inauguré "
            "mardi un club Orange Digital Center à la Faculté des sciences ; 500 étudiants y seront formés.\n")
    draft = extract(page, VOCABULARY)
    assert (draft.budget, draft.trainees, draft.date.isoformat()) == (None, 500, "2026-06-16")
    assert [name for name, _known in draft.partners] == ["Orange Maroc", "Université Abdelmalek Essaâdi"]


def test_a_post_telling_its_news_then_arguing_it_in_numbered_points_is_one_story():
    """A blog post under its tagline: « D'abord, les faits. … » then « 1. … 2. … 3. … », its opinions numbered: the
    news told first is the story, not the numbered point that names most training words; the headline is line one."""
    post = ("Tiznit ouvre son école de code : mon avis\nLe blog de Samir Alaoui — formation et territoires\n"
            "Publié le 4 mars 2026 · 5 min de lecture\n\n"
            "Je suis les écoles de code depuis longtemps, et un ami m'a envoyé hier les premières images de la rentrée "
            "de l'école Code Tiznit.\n\n"
            "D'abord, les faits. Les cours de Code Tiznit ont démarré lundi à Tiznit, dans les locaux de la maison des "
            "jeunes. 80 apprenants composent la première promotion. Le Conseil régional Souss-Massa finance l'école "
            "pour 5 millions de dirhams.\n\nMaintenant, mon avis.\n\n"
            "1. La proximité d'Agadir aide. Les écoles de la capitale régionale ne peuvent pas accueillir tout le "
            "monde.\n\n"
            "2. Le coût est raisonnable. Un bootcamp privé coûte bien plus cher à ses élèves.\n\n"
            "3. L'échelle reste petite. Les objectifs nationaux parlent de former 100 000 jeunes par an aux métiers "
            "du numérique, du code et des données ; chaque école de formation n'est qu'une pièce.\n\n"
            "J'y retournerai en juin.\n")
    draft = extract(post, VOCABULARY)
    assert draft.title == "Tiznit ouvre son école de code : mon avis"
    assert (draft.city, draft.budget, draft.trainees) == ("Tiznit", 5000000, 80)


def test_a_press_kit_converted_from_pdf_its_lines_rejoined_and_its_digital_point_read():
    """A council's press kit saved as a page of positioned lines: « … de 36 millions de dirhams à » over « 48,5
    millions de dirhams, … » is one sentence again; of its numbered points, the digital trade's is read, not « 3.
    Formation professionnelle » with its own 25 millions."""
    lines = ["Conseil de la Région de l’Oriental — Dossier de presse — Session ordinaire d’octobre 2026",
             "Session ordinaire d’octobre 2026 : quatorze points adoptés",
             "Réuni en session ordinaire le mardi 6 octobre 2026 à Oujda, le Conseil a adopté les quatorze",
             "points inscrits à son ordre du jour.", "1. Infrastructures routières",
             "Le Conseil a approuvé une convention de 120 millions de dirhams pour des routes rurales.",
             "Conseil de la Région de l’Oriental — Dossier de presse — Session ordinaire d’octobre 2026",
             "2. Formation professionnelle",
             "Le Conseil a approuvé sa contribution de 25 millions de dirhams à l’équipement de la Cité",
             "des métiers et des compétences de l’Oriental, dans le cadre de la convention existante avec",
             "l’OFPPT.", "3. École de programmation Zone01 Oujda : avenant n° 1",
             "Le Conseil a adopté l’avenant n° 1 à la convention relative à l’école Zone01 Oujda, signée en",
             "2024 avec l’Université Mohammed Premier et la société 01Talent, qui assure la pédagogie.",
             "L’avenant porte l’enveloppe globale de la convention de 36 millions de dirhams à",
             "48,5 millions de dirhams, afin de financer un second plateau."]
    page = ("<!DOCTYPE html><html lang='fr'><head><title>dossier_presse_octobre_2026</title></head><body>"
            + "".join(f"<p style='position:absolute;top:{20 * n}px'>{line}</p>" for n, line in enumerate(lines))
            + "</body></html>")
    draft = extract(page, VOCABULARY)
    assert (draft.programmes, draft.budget) == (["Zone01 Oujda"], 48500000)


def test_a_story_told_in_numbered_points_it_says_it_is_is_read_whole():
    """« 5 choses à retenir de la remise de diplômes », « L'essentiel en cinq points. » then « 1. … 2. … 3. … »: one
    story whose points are numbered, not a round-up; its headline stays, its facts come from every point."""
    page = ("Tiznit : 3 choses à retenir de la première remise de diplômes de Code Tiznit\n"
            "Souss Hebdo | 5 mars 2026\n\n"
            "Quatre-vingts jeunes ont reçu hier leur certificat lors d'une cérémonie à Tiznit, dans la cour de "
            "l'école Code Tiznit. Un an après l'ouverture, l'heure du bilan. L'essentiel en trois points.\n\n"
            "1. Une promotion au complet\n\n"
            "Les 80 apprenants de la première promotion de l'école sont allés au bout du parcours de développement "
            "web, de bureautique et de marketing digital, avec des formateurs venus d'Agadir.\n\n"
            "2. Qui a payé quoi\n\n"
            "L'école est financée par le Conseil régional Souss-Massa pour 5 millions de dirhams, équipement et "
            "formation compris.\n\n"
            "3. Des contrats déjà signés\n\n"
            "Trente lauréats ont déjà signé un contrat de travail dans des agences web de la région.\n")
    draft = extract(page, VOCABULARY)
    assert draft.title.startswith("Tiznit : 3 choses à retenir")
    assert (draft.city, draft.budget, draft.trainees) == ("Tiznit", 5000000, 80)


def test_a_call_s_numbered_sections_are_one_notice_not_a_roundup():
    """« 1. Objet », « 2. Public cible », « 3. Nombre de places », « 4. Calendrier »: the sections of one call for
    applications; its headline, partners and places come from the whole notice."""
    page = ("Tiznit : appel à candidatures pour la première promotion de « Code Amazigh »\n"
            "Souss Hebdo | Publié le lundi 6 janvier 2025\n\n"
            "Le Conseil régional Souss-Massa et l'Université Ibn Zohr lancent un appel à candidatures pour une "
            "formation gratuite de six mois au développement web. En voici l'essentiel.\n\n"
            "1. Objet\n\nCode Amazigh propose une formation de six mois au développement web, à Tiznit.\n\n"
            "2. Public cible\n\nLes jeunes de 18 à 30 ans de la province, sans condition de diplôme.\n\n"
            "3. Nombre de places\n\n45 bénéficiaires seront retenus à l'issue des tests.\n\n"
            "4. Calendrier\n\nLes dossiers sont reçus jusqu'au 31 janvier ; les cours démarreront le lundi 3 mars "
            "2025.\n")
    draft = extract(page, VOCABULARY)
    assert draft.title.startswith("Tiznit : appel à candidatures")
    assert (draft.city, draft.trainees, draft.date) == ("Tiznit", 45, datetime.date(2025, 3, 3))
    assert [name for name, _known in draft.partners] == ["Conseil régional Souss-Massa", "Université Ibn Zohr"]
