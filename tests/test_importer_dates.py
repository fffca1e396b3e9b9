"""Importer: the article's own date, and the event's date, absolute or relative."""

import datetime

import pytest

from announcements.importer import dates, text

MONDAY = datetime.date(2022, 6, 27)


def sentences(body, headline="Un titre assez long pour en être un"):
    return text.parse(f"{headline}\n\n{body}").sentences


@pytest.mark.parametrize(
    "written, expected",
    [("27 juin 2022", "2022-06-27"), ("lundi, 27 juin, 2022 à 9:41", "2022-06-27"), ("05/10/2022", "2022-10-05"),
     ("1er mars 2024", "2024-03-01")],
)
def test_absolute_dates(written, expected):
    """Dates written in full, in the forms French sites use (dateparser, day first)."""
    assert dates.parse_absolute(written).isoformat() == expected


@pytest.mark.parametrize(
    "body, expected, precision",
    [
        ("La convention a été signée samedi à Oujda.", "2022-06-25", "day"),
        ("La convention a été signée mercredi dernier à Oujda.", "2022-06-22", "day"),
        ("La convention a été signée hier à Oujda.", "2022-06-26", "day"),
        ("Les certificats ont été remis ce mois-ci.", "2022-06-01", "month"),
        # (a translation from Arabic: « le mois courant », a Levantine month beside the French one)
        ("Le programme a été lancé durant le mois courant à Oujda.", "2022-06-01", "month"),
        ("La convention a été signée le mercredi 22 hazirane/juin courant à Oujda.", "2022-06-22", "day"),
        ("La convention a été signée le 3 ayyar/mai dernier à Oujda.", "2022-05-03", "day"),
        ("La convention a été signée en début de semaine.", "2022-06-01", "month"),
        ("La convention a été signée lundi.", "2022-06-27", "day"),
        ("La convention a été signée le 3 juin.", "2022-06-03", "day"),
        ("Il y a dix jours, la convention a été signée à Oujda.", "2022-06-17", "day"),
        ("C'est le 12 du mois dernier que la convention a été signée à Oujda.", "2022-05-12", "day"),
        # the day the news was told is not the event's: the launch announced for a later day is
        ("Sa deuxième édition s'ouvrira le lundi 4 juillet 2022 à Oujda, a annoncé hier l'association.", "2022-07-04",
         "day"),
        # a correction: the day the paper printed the first article is no event
        ("Des erreurs se sont glissées dans notre article consacré à l'inauguration de l'école, paru dans notre "
         "édition de vendredi. L'école, "
         "inaugurée le jeudi 23 juin par le gouverneur, accueillera 120 jeunes.", "2022-06-23", "day"),
    ],
)
def test_relative_dates_are_resolved_against_the_article_date(body, expected, precision):
    """« samedi », « mercredi dernier », « hier », « ce mois-ci »: counted back from the article's date."""
    found = dates.event_date(sentences(body), MONDAY)
    assert (found.date.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "published, body, expected",
    [
        (datetime.date(2025, 1, 9), "Le cursus a été lancé en décembre dernier à Nador.", "2024-12-01"),
        (datetime.date(2025, 1, 9), "Le cursus a été lancé début janvier à Nador.", "2025-01-01"),
        (datetime.date(2025, 3, 20), "Le cursus a été lancé fin novembre à Nador.", "2024-11-01"),
        (datetime.date(2025, 3, 20), "Le cursus a été lancé en mars dernier à Nador.", "2024-03-01"),
    ],
)
def test_a_month_without_its_year_is_the_latest_one_before_the_article(published, body, expected):
    """« en décembre dernier » in a January article is the previous year's December."""
    found = dates.event_date(sentences(body), published)
    assert (found.date.isoformat(), found.precision) == (expected, "month")


def test_a_weekday_then_a_count_is_the_day_not_a_date_of_the_month():
    """« Depuis lundi, 35 ouvrières... »: the Monday before the article; « lundi, 12 mars » stays a date."""
    found = dates.event_date(sentences("Depuis lundi, 35 ouvrières apprennent à coder."), datetime.date(2025, 3, 20))
    assert found.date == datetime.date(2025, 3, 17)
    found = dates.event_date(sentences("Elle a été signée lundi, 10 mars 2025."), datetime.date(2025, 3, 20))
    assert found.date == datetime.date(2025, 3, 10)


def test_a_part_of_a_month_in_the_lead_is_refined_by_the_day_told_further_down():
    """« Ouvert début avril » in the lead, « inauguré le samedi 4 avril » three sentences later: the 4th; the 4th
    does not refine « mi-avril »."""
    body = ("Ouvert {part}avril, l'espace forme sa première promotion. Les cours ont lieu le soir. Les femmes viennent "
            "de loin.\n\nL'espace a été inauguré le samedi 4 avril, en présence des élus.")
    found = dates.event_date(sentences(body.format(part="début ")), datetime.date(2026, 4, 8))
    assert (found.date, found.precision) == (datetime.date(2026, 4, 4), "day")
    found = dates.event_date(sentences(body.format(part="mi-")), datetime.date(2026, 4, 20))
    assert found.precision == "month"


def test_since_a_recent_day_is_when_it_started():
    """« accueille depuis le 2 février 25 jeunes »: the 2nd of February; « depuis le 3 mars 2019 » is history."""
    found = dates.event_date(sentences("L'espace accueille depuis le 2 février 25 jeunes."), datetime.date(2025, 2, 20))
    assert found.date == datetime.date(2025, 2, 2)
    assert dates.event_date(sentences("L'école existe depuis le 3 mars 2019."), datetime.date(2025, 2, 20)) is None
    # (« Depuis le mercredi 10 septembre 2025, date du lancement officiel du programme »: its weekday too)
    found = dates.event_date(sentences("Depuis le mercredi 12 février 2025, date du lancement du programme, 45 jeunes "
                                       "apprennent à coder."), datetime.date(2025, 2, 20))
    assert found.date == datetime.date(2025, 2, 12)


def test_a_reminder_of_the_past_is_not_the_event():
    """« Pour rappel, ... avait présenté en septembre dernier »: background; the weekday of the event wins."""
    body = ("Mille jeunes ont entamé mardi leur formation à Casablanca. Pour rappel, le gouvernement avait "
            "présenté en septembre dernier sa feuille de route.")
    assert dates.event_date(sentences(body), datetime.date(2024, 10, 17)).date == datetime.date(2024, 10, 15)


def test_the_interview_s_day_is_not_the_event_and_last_month_is_recent():
    """« Nous l'avons rencontré samedi »: the reporter's day; « la promotion qui a commencé en septembre dernier », in
    an article of 31 October, is the event, a month being as recent as its last day."""
    body = ("Nous l'avons rencontré samedi, lors de la journée portes ouvertes de l'école.\n\nIl fait partie des 180 "
            "apprenants de la promotion qui a commencé en septembre dernier.")
    found = dates.event_date(sentences(body), datetime.date(2026, 11, 5))
    assert (found.date, found.precision) == (datetime.date(2026, 9, 1), "month")


def test_relative_dates_without_an_article_date_are_left_out():
    """Without the article's date, « samedi » says nothing: no date rather than a guess."""
    assert dates.event_date(sentences("La convention a été signée samedi."), None) is None


def test_deadlines_and_later_steps_are_not_the_event():
    """« jusqu'au 30 juin », a date after the article, a period « du ... au » are other dates."""
    body = ("Les inscriptions sont ouvertes jusqu'au 30 juin 2022. Les cours débuteront le 3 octobre 2022. "
            "Le forum se tient du 20 au 23 juin 2022. La convention a été signée samedi.")
    assert dates.event_date(sentences(body), MONDAY).date == datetime.date(2022, 6, 25)


def test_the_event_sentence_wins_over_another_date():
    """A date in a sentence that says what happened beats a date mentioned in passing."""
    body = "Le projet compte un comité depuis le 20 juin 2022. Le centre a été inauguré le 24 juin 2022."
    assert dates.event_date(sentences(body), MONDAY).date == datetime.date(2022, 6, 24)


def test_a_date_long_before_the_article_is_background():
    """News tells what just happened: a date a year before the article is history."""
    body = "Le programme a été lancé le 4 mai 2021. Le centre a été inauguré le 20 juin 2022."
    assert dates.event_date(sentences(body), MONDAY).date == datetime.date(2022, 6, 20)


def test_publication_date_from_the_header_line():
    """A date line above the body is the article's date."""
    article = text.parse("Un titre assez long pour en être un\n\nlundi, 27 juin, 2022 à 9:41\n\nLe corps.")
    assert dates.publication_date(article) == (MONDAY, "en-tête : lundi, 27 juin, 2022 à 9:41")


@pytest.mark.parametrize("line", [
    "Draa Press (édition française, traduit de l'arabe) – lundi 27 juin/hazirane 2022",
    "Sraghna Press (FR) – Par Abdelilah B. – Lundi 27 juin 2022",
])
def test_publication_date_from_a_translated_paper_s_slug_line(line):
    """A Levantine month after a slash, an author's initial with its dot: still the paper's dated line."""
    article = text.parse(f"Un titre assez long pour en être un\n{line}\n\nL'association a lancé hier un programme.\n")
    assert dates.publication_date(article)[0] == MONDAY
    assert dates.event_date(article.sentences, MONDAY).date == datetime.date(2022, 6, 26)


def test_publication_beats_update_in_a_header_line():
    """« Mis à jour le 12/06/2025 — Publié le 11/06/2025 »: the article is of the 11th."""
    article = text.parse("Un titre assez long pour en être un\n\nMis à jour le 12/06/2025 à 18h02 — Publié le "
                         "11/06/2025 à 09h15\n\nL'université a lancé hier une formation.\n")
    assert dates.publication_date(article)[0] == datetime.date(2025, 6, 11)


def test_a_weekly_s_issue_is_out_on_its_first_day_unless_a_line_says_when():
    """« N° 412 — semaine du 21 au 27 novembre 2025 »: the 21st; below it, « Publié le samedi 27 novembre »: that."""
    article = text.parse("L'ÉCHO DU SUD — hebdomadaire régional\nN° 412 — semaine du 21 au 27 novembre 2025\n\n"
                         "UN TITRE ASSEZ LONG POUR EN ÊTRE UN\n\nLes ateliers ont été lancés mardi à Midelt.")
    assert dates.publication_date(article)[0] == datetime.date(2025, 11, 21)
    assert dates.event_date(article.sentences, datetime.date(2025, 11, 21)).date == datetime.date(2025, 11, 18)
    article = text.parse("LA SEMAINE EN BREF — la semaine du 5 au 9 janvier 2026\n(Publié le vendredi 9 janvier "
                         "2026)\n\nUN TITRE ASSEZ LONG POUR EN ÊTRE UN\n\nLes ateliers ont été lancés mardi.")
    assert dates.publication_date(article)[0] == datetime.date(2026, 1, 9)


def test_an_event_postponed_is_on_its_new_day():
    """« initialement prévue le mardi 14 octobre, est reportée au mardi 4 novembre 2025 »: the 4th of November."""
    body = ("L'ouverture du campus, initialement prévue le mardi 14 octobre, est reportée au mardi 4 novembre 2025, "
            "a-t-on appris hier.")
    assert dates.event_date(sentences(body), datetime.date(2025, 10, 10)).date == datetime.date(2025, 11, 4)


@pytest.mark.parametrize("body, published, expected", [
    # the start fixed in a call, with a deadline and a selection week before it
    ("Les candidatures sont reçues jusqu'au vendredi 25 juillet. Les présélectionnés passeront un entretien début "
     "septembre. La formation démarrera le lundi 15 septembre 2025.", datetime.date(2025, 7, 8),
     datetime.date(2025, 9, 15)),
    # « fixé au »: a day set for the start, not a figure's day of reckoning
    ("Les dossiers sont à déposer avant le 27 février. Le démarrage des cours est fixé au lundi 16 mars 2026.",
     datetime.date(2026, 2, 10), datetime.date(2026, 3, 16)),
    # a notice's timeline, the start on its last line
    ("Calendrier :\n\n– clôture des candidatures : vendredi 31 janvier 2025 ;\n\n– tests écrits : samedi 8 février "
     "2025 ;\n\n– rentrée de la promotion : lundi 3 mars 2025.", datetime.date(2025, 1, 8), datetime.date(2025, 3, 3)),
])
def test_a_call_for_applications_is_dated_by_the_training_s_start(body, published, expected):
    """A call tells no event that just happened: the first day of the training it announces is its date."""
    assert dates.event_date(sentences(body), published).date == expected


def test_a_start_announced_does_not_replace_what_just_happened():
    """« La convention a été signée mardi » and « les cours démarreront le 3 mars »: the signing is the event."""
    body = "La convention a été signée mardi à Oujda. Les cours démarreront le lundi 3 mars 2025."
    assert dates.event_date(sentences(body), datetime.date(2025, 1, 9)).date == datetime.date(2025, 1, 7)


def test_a_deadline_is_no_event_even_when_its_words_hold_the_day_s_article():
    """« deux tests à passer avant le 20 juin »: a deadline, whichever year it falls in."""
    body = "Les candidats passent d'abord deux tests en ligne, à passer avant le 20 juin sur le site de l'école."
    assert dates.event_date(sentences(body), datetime.date(2024, 5, 14)) is None


def test_publication_date_from_the_dateline_which_is_not_the_event():
    """« Rabat, 12 février 2025 – ... hier » : the dispatch's date is the base, the event is the day before."""
    article = text.parse("Un titre assez long pour en être un\n\nRabat, 12 février 2025 – La convention a été signée hier.")
    base, how = dates.publication_date(article)
    assert (base, how) == (datetime.date(2025, 2, 12), "date de la dépêche")
    assert dates.event_date(article.sentences, base).date == datetime.date(2025, 2, 11)


def test_publication_date_from_the_address_or_given():
    """A date in the article's address, or one given by the editor, which wins."""
    article = text.parse("Un titre assez long pour en être un\n\nLe corps.")
    assert dates.publication_date(article, url="https://exemple.ma/fr/2025/11/16/un-article")[0] == datetime.date(2025, 11, 16)
    assert dates.publication_date(article, "https://exemple.ma/2025/11/16/x", MONDAY) == (MONDAY, "date donnée")


def test_a_weekday_on_the_article_day_is_that_day():
    """An article of a Saturday that says « samedi » speaks of that very day."""
    saturday = datetime.date(2022, 6, 25)
    assert dates.event_date(sentences("La convention a été signée samedi."), saturday).date == saturday


@pytest.mark.parametrize(
    "body, expected, precision",
    [
        # an event of several days starts on the first
        ("Le hackathon a réuni les étudiants les 14 et 15 juin 2022.", "2022-06-14", "day"),
        ("Le hackathon s'est tenu du 18 au 20 juin 2022 à Tanger.", "2022-06-18", "day"),
        # « depuis samedi »: what opened on Saturday
        ("La commune dispose depuis samedi d'une salle numérique.", "2022-06-25", "day"),
        ("La formation a été lancée avant-hier.", "2022-06-25", "day"),
        ("La convention a été signée le week-end dernier.", "2022-06-25", "day"),
        ("L'école a ouvert ses portes le vendredi 24 à Oujda.", "2022-06-24", "day"),
        # a week is known, not its day: the month
        ("La convention a été signée la semaine dernière.", "2022-06-01", "month"),
    ],
)
def test_more_relative_and_partial_dates(body, expected, precision):
    """Ranges of days, « depuis samedi », « le week-end dernier », « le vendredi 24 », « la semaine dernière »."""
    found = dates.event_date(sentences(body), MONDAY)
    assert (found.date.isoformat(), found.precision) == (expected, precision)


def test_a_weekday_ahead_is_no_past_event():
    """« démarrera jeudi » is a later step: the signature « samedi » is the event."""
    body = "La convention a été signée samedi à Oujda. Les cours démarreront jeudi."
    assert dates.event_date(sentences(body), MONDAY).date == datetime.date(2022, 6, 25)
    # « Zagora » ends like a future verb; the weekday after it is still the last one
    body = "L'association Zagora Horizons a lancé lundi un cycle de formations."
    assert dates.event_date(sentences(body), datetime.date(2025, 1, 30)).date == datetime.date(2025, 1, 27)


@pytest.mark.parametrize(
    "page",
    [
        "Un titre assez long pour en être un\n\nLe corps.\n\nPublié le 27/06/2022",
        "Un titre assez long pour en être un\n\nLe corps.\n\nLundi 27 juin 2022",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2022-06-27T10:00:00+01:00"}</script></head><body><h1>Un titre assez long pour en être un</h1>'
        "<p>Le corps.</p></body></html>",
    ],
)
def test_publication_date_at_the_foot_of_the_page_or_in_its_data(page):
    """« Publié le ... » or a lone date under the text, and schema.org's datePublished, are the page's date."""
    assert dates.publication_date(text.parse(page))[0] == MONDAY


def test_of_today_is_not_a_date():
    """« les emplois d'aujourd'hui » in a quote does not beat « hier » in the lead."""
    body = ("La première pierre du centre a été posée hier à Selouane.\n\n"
            "« Nos jeunes doivent se former pour les emplois d'aujourd'hui », a déclaré le président.")
    assert dates.event_date(sentences(body), MONDAY).date.isoformat() == "2022-06-26"


def test_a_day_of_the_current_month():
    """« signée le 3 du mois courant » in an article of 27 June 2022: 3 June."""
    found = dates.event_date(sentences("La convention a été signée le 3 du mois courant à Nador."), MONDAY)
    assert (found.date.isoformat(), found.precision) == ("2022-06-03", "day")


@pytest.mark.parametrize("stamp", ["MAP 09042025 15:42:00", "MAP 09/04/2025 15:42:00", "AFP 09042025"])
def test_an_agency_stamp_in_any_form_gives_the_year_of_a_dateline_without_one(stamp):
    """« Settat, 9 avril (MAP) – … mercredi » closed by « MAP 09042025 15:42:00 »: Wednesday 9 April 2025."""
    article = text.parse("Une école de code pour Settat\n\nSettat, 9 avril (MAP) – Une école a été inaugurée "
                         f"mercredi à Settat.\n\nElle formera des jeunes.\n\n{stamp}\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2025, 4, 9)
    assert dates.event_date(article.sentences, published).date == datetime.date(2025, 4, 9)


def test_a_place_and_a_full_date_closed_by_a_stop_open_the_lead():
    """« Tiznit, 14 octobre 2025. » opening an interview: the article's date, not the event's."""
    article = text.parse("Entretien avec une formatrice\n\nTiznit, 14 octobre 2025. Le programme a démarré le "
                         "6 octobre à Tiznit. Sa formatrice répond à nos questions.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2025, 10, 14)
    assert dates.event_date(article.sentences, published).date == datetime.date(2025, 10, 6)
    # A sentence that only ends on a date is not a dateline: « Elle a été signée lundi, 10 mars 2025. »
    assert text.dateline(sentences("Elle a été signée lundi, 10 mars 2025.")[1]) is None


@pytest.mark.parametrize(
    "body, expected",
    [("La formation a démarré le lundi de la semaine dernière.", "2022-06-20"),
     ("L'atelier s'est tenu le jeudi de la semaine passée.", "2022-06-23"),
     ("Les inscriptions ont ouvert le lundi de cette semaine.", "2022-06-27")],
)
def test_a_weekday_of_a_named_week(body, expected):
    """« le lundi de la semaine dernière » in an article of Monday 27 June: Monday 20 June, to the day."""
    found = dates.event_date(sentences(body), MONDAY)
    assert (found.date.isoformat(), found.precision) == (expected, "day")


def test_a_page_dated_only_by_its_own_address():
    """A page whose only date is in its canonical link (« /2025/06/03/… »): that day, and the draft keeps the link."""
    page = ("<html><head><title>Un centre de données forme ses techniciens</title>"
            '<link rel="canonical" href="https://journal.example/eco/2025/06/03/centre-donnees"></head><body>'
            "<h1>Un centre de données forme ses techniciens</h1><p>Le centre a ouvert ce mardi à Settat.</p>"
            "</body></html>")
    article = text.parse(page)
    assert article.url == "https://journal.example/eco/2025/06/03/centre-donnees"
    assert dates.publication_date(article, article.url)[0] == datetime.date(2025, 6, 3)
    hostile = page.replace("https://journal.example/eco/2025/06/03/centre-donnees", "javascript:alert(1)")
    assert text.parse(hostile).url == ""


def test_a_live_page_dated_only_by_its_update():
    """« Mis à jour le mercredi 19 novembre 2025 à 17h02 » and nothing else: that day, said as an update."""
    article = text.parse("En direct : le forum du numérique\n\nMis à jour le mercredi 19 novembre 2025 à 17h02\n\n"
                         "17h02 — Fin du direct. La convention a été signée dans l'après-midi.\n")
    published, how = dates.publication_date(article)
    assert published == datetime.date(2025, 11, 19) and "mise à jour" in how


def test_the_present_of_a_story_is_not_the_event():
    """« Aujourd'hui, elle vend en ligne » opening a portrait: the day told further down wins."""
    body = ("Aujourd'hui, elle vend ses gâteaux en ligne.\n\nElle suit des cours à Safi.\n\n"
            "Mardi 14 octobre, une promotion de 45 femmes a reçu ses ordinateurs.")
    found = dates.event_date(sentences(body), datetime.date(2025, 10, 22))
    assert found.date == datetime.date(2025, 10, 14)


def test_a_day_told_next_to_a_vague_date_makes_it_precise():
    """« lancé la semaine dernière. Mardi 14 octobre, la promotion a reçu ses ordinateurs »: the 14th."""
    body = ("Le programme a été lancé la semaine dernière. Mardi 14 octobre, la première promotion a reçu ses "
            "ordinateurs.")
    found = dates.event_date(sentences(body), datetime.date(2025, 10, 22))
    assert (found.date, found.precision) == (datetime.date(2025, 10, 14), "day")


def test_a_post_opening_on_its_source_and_date():
    """« Taza Info · 19 février 2026 · C'est parti ! Hier, 40 jeunes… »: published the 19th, the event the 18th."""
    article = text.parse("Taza Info · 19 février 2026 · C'est parti ! Hier, 40 jeunes ont commencé la formation "
                         "« Taza Dev » au centre culturel.\nBudget : 1 MDH.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 2, 19)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 2, 18)


def test_a_habit_is_not_a_day():
    """« ouvertes le premier samedi de chaque mois », « tous les lundis »: no date of the event."""
    for body in ("Les portes sont ouvertes le premier samedi de chaque mois.", "Le club se réunit tous les lundis."):
        assert dates.event_date(sentences(body), MONDAY) is None


def test_a_signed_date_line_below_the_headline_is_the_pages():
    """« Le Courrier du Sud — lundi 19 octobre 2026 » under the lead: the page's date; « samedi dernier » the 17th."""
    article = text.parse("Un entretien sur le code\n\nElle a lancé samedi dernier à Agadir sa deuxième saison.\n\n"
                         "Le Courrier du Sud — lundi 19 octobre 2026\n\nQuestion : pourquoi Agadir ?\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 10, 19)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 10, 17)


def test_an_abbreviated_month_in_a_dateline():
    """« Nador, 15 janv. (MAP) – … lancés mercredi »: a dispatch of 15 January, the event the 14th."""
    article = text.parse("Une école à Selouane\n\nNador, 15 janv. 2026 (MAP) – Les travaux ont été lancés mercredi à "
                         "Selouane.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 1, 15)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 1, 14)


@pytest.mark.parametrize("month, number", [("fév.", 2), ("jan.", 1), ("févr.", 2)])
def test_every_abbreviated_month_keeps_its_year(month, number):
    """« ZAGORA, 19 fév. 2025 (MAP) - … a entamé mardi … »: the dispatch's year, not the reader's."""
    article = text.parse(f"La caravane fait étape à Zagora\n\nZAGORA, 19 {month} 2025 (MAP) - La caravane a entamé "
                         "mardi à Zagora une nouvelle étape, indique mercredi le ministère.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2025, number, 19)


def test_the_day_a_page_was_printed_is_not_its_publication():
    """« Imprimé le 02/10/2026 à 08:14 depuis https://… » above the story, « Publié le jeudi 17 septembre 2026 » under
    its standfirst: the 17th."""
    article = text.parse("Imprimé le 02/10/2026 à 08:14 depuis https://www.exemple.ma/region/academie.html\n\nKénitra "
                         "aura son académie de cybersécurité\n\nRéunis mardi à Rabat, les élus ont approuvé la "
                         "convention.\n\nPar Leïla Mansouri | Publié le jeudi 17 septembre 2026 à 07:45\n\nC'était le "
                         "point le plus attendu.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 9, 17)


def test_a_council_s_sitting_named_by_its_month():
    """« Lors de sa session ordinaire d'octobre, le Conseil a approuvé la convention », in a November column: October,
    the month only."""
    article = text.parse("Dakhla : le conseil vote son école de code\n\nDakhla, mercredi 4 novembre 2026\n\nLors de sa "
                         "session ordinaire d'octobre, le Conseil de la région a approuvé à l'unanimité la convention "
                         "de création de l'école.\n")
    published, _how = dates.publication_date(article)
    found = dates.event_date(article.sentences, published)
    assert (found.date, found.precision) == (datetime.date(2026, 10, 1), "month")


def test_a_weekday_and_day_without_year_fix_the_year():
    """« inauguré mercredi 22 octobre » with no year anywhere: 22 October 2025 was a Wednesday, 2026's is not."""
    found = dates.event_date(sentences("Le site a été inauguré mercredi 22 octobre à Aït Melloul."),
                             datetime.date(2026, 12, 4))
    assert found.date == datetime.date(2025, 10, 22)


def test_a_date_in_brackets_under_a_brief():
    """« (22/04/2025) » closing a brief: its date; « ouvert hier » the 21st."""
    article = text.parse("Taza : un centre numérique\n\nLe centre, ouvert hier par l'OFPPT, propose 45 places.\n\n"
                         "(22/04/2025)\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2025, 4, 22)
    assert dates.event_date(article.sentences, published).date == datetime.date(2025, 4, 21)


def test_a_dateline_with_dashes_between_bars_and_a_date_alone_opening_the_lead():
    """« TAZA | 03-03-2026 | 10h15 | AGENCE » then « hier »; « 03/03/2026 — … lundi »: the dispatch's date, then the event."""
    article = text.parse("TAZA | 03-03-2026 | 10h15 | Agence du Nord\n\nUn atelier de code à Taza\n\n"
                         "L'atelier « Taza Web » a été lancé hier au lycée technique.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 3, 3)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 3, 2)
    article = text.parse("Taza : un atelier de code\n\n03/03/2026 — Vingt lycéens ont commencé lundi l'atelier "
                         "« Taza Web ».\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 3, 3)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 3, 2)


def test_an_imminent_launch_the_lead_announces_is_the_event_unless_a_day_past_is_told():
    """« lancé demain mercredi » in a Tuesday dispatch: Wednesday; a signing told « hier » beside it wins."""
    tuesday = datetime.date(2026, 3, 3)
    found = dates.event_date(sentences("Le programme « Taza Web » est lancé demain mercredi au lycée technique."),
                             tuesday)
    assert found.date == datetime.date(2026, 3, 4)
    found = dates.event_date(sentences("La convention a été signée hier. Le programme est lancé demain mercredi."),
                             tuesday)
    assert found.date == datetime.date(2026, 3, 2)
    found = dates.event_date(sentences("Le programme est lancé le 30 mars 2026 à Taza."), tuesday)
    assert found is None  # weeks ahead: a later step, not the news


def test_a_launch_announced_in_the_future_tense_for_a_coming_day_and_an_arabic_date_line():
    """« الأربعاء 22 أكتوبر 2025 » dates the page; « sera officiellement lancé le 3 novembre prochain »: that day,
    twelve days ahead, is the event the article announces."""
    article = text.parse("Haouz Hebdo — Société\n\nالأربعاء 22 أكتوبر 2025\n\nChichaoua : un projet pour les jeunes "
                         "filles\n\nLe projet sera officiellement lancé le 3 novembre prochain à Chichaoua.\n")
    base, _how = dates.publication_date(article)
    assert base == datetime.date(2025, 10, 22)
    assert dates.event_date(article.sentences, base).date == datetime.date(2025, 11, 3)


def test_a_dispatch_dated_only_at_its_foot():
    """« © Agence … — 19/02/2026 », « Dépêche transmise le 14/03/2025 »: the foot dates a yearless dispatch."""
    for foot, published in (("© Agence du Sud — 19/02/2026", datetime.date(2026, 2, 19)),
                            ("MAP - Dépêche transmise le 14/03/2025 à 17h48 - Service régional",
                             datetime.date(2025, 3, 14))):
        article = text.parse(f"Une école à Guelmim\n\nGUELMIM, {published.day} {('février', 'mars')[published.month - 2]} "
                             f"(MAP) - L'école « Oued Code » a été lancée hier à Guelmim.\n\n{foot}\n")
        assert dates.publication_date(article)[0] == published
        assert dates.event_date(article.sentences, published).date == published - datetime.timedelta(days=1)



def test_an_agency_slug_line_with_a_two_digit_year():
    """« ASP — TIZNIT — 09.02.26 — 10:05 — FORMATION » above the headline: 9 February 2026, and not the headline."""
    article = text.parse("ASP — TIZNIT — 09.02.26 — 10:05 — FORMATION\n\nTIZNIT : UN ATELIER DE CODE\n\n(Agence Sud "
                         "Presse) L'atelier « Tiznit Code » a été lancé jeudi dernier au centre culturel.\n")
    assert article.headline == "TIZNIT : UN ATELIER DE CODE"
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 2, 9)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 2, 5)


@pytest.mark.parametrize(("body", "published", "event"), [
    # the byline under the lead, the paper's name before the date
    ("ENTRETIEN — « Un centre pour Taza »\n\nLe doyen revient sur l'ouverture, jeudi dernier, d'un centre de code.\n\n"
     "Propos recueillis par Omar Alami — Le Courrier du Moyen Atlas, lundi 21 avril 2025\n\nMonsieur le Doyen, "
     "qu'est-ce qui change ?\n", datetime.date(2025, 4, 21), datetime.date(2025, 4, 17)),
    # the dispatch's place and date at its foot, the source in brackets
    ("Guelmim : un camp de la donnée\n\nLe camp « Noun Data » a été lancé mercredi à Guelmim.\n\nIl accueille 60 "
     "jeunes.\n\nGuelmim, 13/03/2025 (Agence)\n", datetime.date(2025, 3, 13), datetime.date(2025, 3, 12)),
])
def test_a_signed_line_under_the_lead_or_a_place_and_date_at_the_foot(body, published, event):
    """« Propos recueillis par X — Journal, lundi 21 avril 2025 », « Guelmim, 13/03/2025 (Agence) »: the page's date."""
    article = text.parse(body)
    assert dates.publication_date(article)[0] == published
    assert dates.event_date(article.sentences, published).date == event


@pytest.mark.parametrize(("raw", "html", "published", "event"), [
    # an agency's sign-off between dashes under a yearless dateline
    ("Asrir : un centre de code\n\nGuelmim, 13 mars (MAP) - Le centre a ouvert ses portes mercredi à Asrir.\n\n"
     "-- MAP 13/03/2025 11:42 --\n", False, datetime.date(2025, 3, 13), datetime.date(2025, 3, 12)),
    ("Ouezzane : un camp de données\n\n(ND) Ouezzane — Soixante jeunes ont franchi jeudi dernier les portes du camp.\n\n"
     "ND — 17/11/2025 — 09h15 — fin\n", False, datetime.date(2025, 11, 17), datetime.date(2025, 11, 13)),
    # a rubric, then the date, closed by a full stop
    ("Taza : le cloud à la faculté\n\nBRÈVE — 13/05/2025. Une session de formation au cloud a démarré lundi à Taza.\n",
     False, datetime.date(2025, 5, 13), datetime.date(2025, 5, 12)),
    # an abbreviated month with its dot before the year
    ("Une convention à Fès\n\nFès, 21 oct. 2025 (Dépêche régionale) – La convention a été signée hier à Fès.\n",
     False, datetime.date(2025, 10, 21), datetime.date(2025, 10, 20)),
    # an English byline; a printed page's footer; the issue an interview appeared in
    ("<html><body><h1>Un bootcamp de cybersécurité</h1><p>By Salma Idrissi | 20 avril 2026 | 4 min read</p><p>Le coup "
     "d'envoi du bootcamp a été donné mercredi dernier à Casablanca.</p></body></html>", True,
     datetime.date(2026, 4, 20), datetime.date(2026, 4, 15)),
    ("<html><head><title>Version imprimable - Hebdo</title></head><body><h2>Un centre à Sidi Bennour</h2><p>Le centre a "
     "été présenté ce lundi aux élus de la ville.</p><footer><p>Article publié le 22/09/2025 dans la rubrique Région"
     "</p></footer></body></html>", True, datetime.date(2025, 9, 22), datetime.date(2025, 9, 22)),
    ("Paroles de terrain\n\nUne formatrice à Smimou\n\nDepuis le 6 octobre, elle forme 48 enfants. Entretien réalisé le "
     "16 octobre, paru dans notre édition du lundi 20 octobre 2025.\n", False, datetime.date(2025, 10, 20),
     datetime.date(2025, 10, 6)),
])
def test_dates_at_a_dispatch_s_foot_after_a_rubric_in_a_byline_or_a_footer(raw, html, published, event):
    """Sign-offs, rubrics, « 21 oct. 2025 », « By … | date », a printed page's footer, « paru dans notre édition du … »."""
    article = text.parse(raw, html=html)
    assert dates.publication_date(article)[0] == published
    assert dates.event_date(article.sentences, published).date == event


def test_a_launch_announced_for_next_monday_beats_the_day_the_news_was_told():
    """« sera lancé lundi prochain …, a-t-on appris jeudi »: the launch is Monday 16 March; « appris lundi à l'issue
    d'une réunion », with nothing else, is still the day."""
    article = text.parse("Kénitra : le programme « Cap Data » démarre lundi prochain\n\nKénitra, 12 mars 2026 (Agence) – "
                         "Le programme « Cap Data » sera lancé lundi prochain à Kénitra, a-t-on appris jeudi auprès de "
                         "ses promoteurs.\n")
    assert dates.event_date(article.sentences, datetime.date(2026, 3, 12)).date == datetime.date(2026, 3, 16)
    alone = sentences("L'ouverture de l'école est reportée, a-t-on appris lundi à l'issue d'une réunion.")
    assert dates.event_date(alone, datetime.date(2025, 9, 24)).date == datetime.date(2025, 9, 22)


def test_a_brief_signed_with_its_paper_and_date_in_brackets():
    """« … (Le Petit Ismaïlien, 27/11/2026) » closing a brief: its date; « ouvert hier » the 26th."""
    article = text.parse("Meknès : un bootcamp de cybersécurité\n\nMEKNÈS. Le bootcamp « CyberMeknès » a ouvert hier ses "
                         "portes. (Le Petit Ismaïlien, 27/11/2026)\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 11, 27)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 11, 26)


@pytest.mark.parametrize(("first_line", "published"), [
    ("AGENCE SUD-EST PRESSE — Dépêche n° 0117 — 11/01/2026 — 09h40", datetime.date(2026, 1, 11)),
    ("La Voix de l'Est — vendredi 22 janvier 2027 — page 6", datetime.date(2027, 1, 22)),
    ("Le Courrier du Sud, mercredi 10 février 2027 — En bref", datetime.date(2027, 2, 10)),
])
def test_a_paper_s_or_agency_s_dated_line_is_its_date_not_its_headline(first_line, published):
    """A short line in pieces with a full date, above a dispatch without headline or under one: the page's date."""
    for raw in (f"{first_line}\n\nJERADA (AGENCE) — La maison du code a ouvert hier à Jerada pour quarante jeunes "
                "de la province.\n",
                f"JERADA : UNE MAISON DU CODE\n\n{first_line}\n\nLa maison du code a ouvert hier à Jerada.\n"):
        article = text.parse(raw)
        assert article.headline != first_line
        assert dates.publication_date(article)[0] == published


def test_the_broadcast_a_transcript_comes_from_dates_it():
    """« Transcription de l'émission du jeudi 5 février 2026 » above the text: the article's day, so « ce matin » is it."""
    article = text.parse("Radio du Saïss — la matinale\n\nTranscription de l'émission du jeudi 5 février 2026, 8h20\n\n"
                         "ANIMATEUR : Vous lancez ce matin une école de code à Fès.\n\n"
                         "INVITÉE : Oui, et l'émission du 12 mars 2026 en reparlera.\n")
    base, how = dates.publication_date(article)
    assert base == datetime.date(2026, 2, 5) and "émission" in how
    assert dates.event_date(article.sentences, base).date == datetime.date(2026, 2, 5)


def test_an_issue_named_far_below_the_headline_does_not_date_the_article():
    """« l'édition du 12 mars 2026 » in the fourth paragraph is another issue, not this one's date."""
    article = text.parse("Un titre assez long pour en être un\n\nPremier paragraphe.\n\nDeuxième.\n\nTroisième.\n\n"
                         "Nous en reparlerons dans l'édition du 12 mars 2026.\n")
    assert dates.publication_date(article) == (None, "")


def test_this_morning_s_programme_speaks_of_yesterday():
    """« Ce matin, on reste sur la formation : hier en fin d'après-midi, une convention a été signée »: yesterday."""
    wednesday = datetime.date(2026, 2, 4)
    body = "Ce matin, on reste sur la formation : hier en fin d'après-midi, une convention a été signée à Béni Mellal."
    assert dates.event_date(sentences(body), wednesday).date == datetime.date(2026, 2, 3)


def test_an_agency_dateline_with_a_three_letter_month():
    """« Taza (Maroc), 22 jan 2026 (AFP) - … a été lancé hier »: the 21st."""
    article = text.parse("Un titre assez long pour en être un\n\nTaza (Maroc), 22 jan 2026 (AFP) - Un programme de "
                         "formation a été lancé hier à Taza.\n")
    base, _how = dates.publication_date(article)
    assert base == datetime.date(2026, 1, 22)
    assert dates.event_date(article.sentences, base).date == datetime.date(2026, 1, 21)


@pytest.mark.parametrize("body, expected", [
    ("Il y a une semaine jour pour jour, la région signait la convention à Errachidia.", datetime.date(2026, 2, 3)),
    ("L'école a été inaugurée il y a trois jours à Midelt.", datetime.date(2026, 2, 7)),
])
def test_so_many_days_ago(body, expected):
    """« il y a une semaine jour pour jour », « il y a trois jours »: counted back from the article's day."""
    assert dates.event_date(sentences(body), datetime.date(2026, 2, 10)).date == expected


def test_a_transcript_broadcast_on_a_day_tells_of_the_day_before():
    """« Transcription de l'émission diffusée le jeudi 15 janvier 2026 » then « Hier, votre faculté a inauguré »: the
    14th; the broadcast's line dates the transcript, it is not the event."""
    article = text.parse("Radio du Souss — la matinale\n\nTranscription de l'émission diffusée le jeudi 15 janvier 2026, "
                         "8 h 10\n\nANIMATRICE : Bonjour.\n\nINVITÉ : Bonjour.\n\nANIMATRICE : Hier, votre faculté a "
                         "inauguré un club de code.\n")
    base, _how = dates.publication_date(article)
    assert base == datetime.date(2026, 1, 15)
    assert dates.event_date(article.sentences, base).date == datetime.date(2026, 1, 14)


@pytest.mark.parametrize(("raw", "html", "published", "event"), [
    # a byline with a dash under a headline the page prints twice (its title shorter than its heading)
    ("<html><head><title>Taza - Des ateliers de robotique au collège - Taza Presse</title></head><body><h2>Taza : des "
     "ateliers de robotique pour les collégiens de la ville</h2><p>Par Karima Ait Ali (كريمة آيت علي) — Publié le 21 février 2026 "
     "à 10h12</p><p>Le programme a été lancé mercredi au collège Ibn Sina de Taza.</p></body></html>", True,
     datetime.date(2026, 2, 21), datetime.date(2026, 2, 18)),
    # a blog's line in pieces set apart by middle dots: date, author, reading time, tags
    ("<html><body><h1>Quarante apprentis à la nouvelle école de Larache</h1><p>12 mars 2026 · Omar Tazi · 5 min de "
     "lecture · #écoles</p><p>Hier matin, quarante apprentis ont fait leur rentrée à Larache.</p></body></html>", True,
     datetime.date(2026, 3, 12), datetime.date(2026, 3, 11)),
    # a dispatch's place, date with an abbreviated month and agency, alone on the line under the agency's name
    ("AGENCE DU SUD (ADS)\nTATA, 25 fév. 2026 (ADS)\n\nDEUX PROVINCES CRÉENT L'ÉCOLE « TATA CODE »\n\nLes deux provinces ont "
     "signé mardi à Tata la convention de l'école.\n", False, datetime.date(2026, 2, 25), datetime.date(2026, 2, 24)),
])
def test_a_byline_below_the_headline_or_a_dispatch_s_dated_line_dates_the_page_and_weekdays_count_from_it(
        raw, html, published, event):
    """« Par X — Publié le … », « 12 mars 2026 · X · 5 min de lecture », « TATA, 25 fév. 2026 (ADS) » alone: the page's
    date, never the event's; « mercredi », « hier », « mardi » are counted back from it."""
    article = text.parse(raw, html=html)
    assert dates.publication_date(article)[0] == published
    assert dates.event_date(article.sentences, published).date == event


def test_last_thursday_followed_by_its_date_is_that_date():
    """« signée jeudi dernier, le 12 mars » in an article of Thursday 19 March: the 12th, not the article's day."""
    body = "La convention a été signée jeudi dernier, le 12 mars, à Essaouira."
    assert dates.event_date(sentences(body), datetime.date(2026, 3, 19)).date == datetime.date(2026, 3, 12)


def test_the_day_told_within_last_week_beats_last_week():
    """« inaugurée la semaine dernière » in the lead, « c'est le mardi 13 janvier que … » further down: the 13th."""
    article = text.parse("Kénitra : une école de code ouvre\n\nLa nouvelle école a été inaugurée la semaine dernière. "
                         "Elle est gratuite.\n\nC'est le mardi 13 janvier que les premiers apprenants ont franchi le seuil "
                         "de l'école, lors d'une cérémonie.\n")
    assert dates.event_date(article.sentences, datetime.date(2026, 1, 19)).date == datetime.date(2026, 1, 13)


def test_a_day_told_beats_weeks_counted_roughly():
    """« a ouvert il y a une semaine » then « accueilli la première promotion le lundi 6 octobre »: the 6th."""
    body = ("L'académie a ouvert ses portes il y a une semaine. Nous avons accueilli la première promotion le lundi "
            "6 octobre, à 9 heures.")
    assert dates.event_date(sentences(body), datetime.date(2025, 10, 14)).date == datetime.date(2025, 10, 6)


def test_a_first_day_told_as_pushing_the_door_is_an_event():
    """« Ils étaient 120 à pousser lundi 6 octobre la porte du centre » beats « accueille aujourd'hui 400 apprenants »."""
    body = ("Ils étaient 120 à pousser lundi 6 octobre la porte du centre. À Youssoufia, le campus d'origine accueille "
            "aujourd'hui environ 400 apprenants.")
    assert dates.event_date(sentences(body), datetime.date(2025, 10, 8)).date == datetime.date(2025, 10, 6)


def test_a_signature_at_the_foot_dates_the_page_and_last_month_is_then_read_from_it():
    """« Par Loubna C. · Publié le 8 mars 2026 » under the story: the page's date; « en janvier dernier », January."""
    page = ("<html><body><h1>Laâyoune : elles codent</h1><p>Soixante-quatre femmes viennent de finir leur formation.</p>"
            "<p>La remise des attestations s'est tenue, en janvier dernier, dans la salle polyvalente.</p>"
            "<p>Par Loubna Cherkaoui · Publié le 8 mars 2026</p><p>Vous aimerez aussi</p>"
            "<p>Sport féminin : les 10 moments forts de 2025</p></body></html>")
    article = text.parse(page, html=True)
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 3, 8)
    assert not any("Sport" in paragraph for paragraph in article.paragraphs)
    event = dates.event_date(article.sentences, published)
    assert (event.date, event.precision) == (datetime.date(2026, 1, 1), "month")


def test_a_release_announcing_a_start_a_few_days_ahead_is_dated_by_that_start():
    """« … annonce le lancement de son programme, qui démarrera le lundi 2 mars 2026 à Tafraout » in a release of 26
    February: the start, 2 March."""
    article = text.parse("Tifawin Code : deuxième édition\n\nL'association a le plaisir d'annoncer le lancement de la "
                         "deuxième édition de son programme, qui démarrera le lundi 2 mars 2026 à Tafraout.\n")
    assert dates.event_date(article.sentences, datetime.date(2026, 2, 26)).date == datetime.date(2026, 3, 2)


def test_a_byline_whose_cells_run_together_dates_the_page():
    """« Par Karim A. Publié le 2 mars 2026 à 18h40 · Mis à jour le 3 mars 2026 » under the standfirst: the 2nd, and
    « samedi » is the 28 February before it."""
    page = ("<html><body><h1>YouCode ouvre à Errachidia</h1><p>Cent apprenants ont fait leur entrée dans l'école.</p>"
            "<p>Par Karim Aït Lahcen Publié le 2 mars 2026 à 18h40 · "
            "Mis à jour le 3 mars 2026 à 09h12</p><p>Le campus a ouvert ses portes samedi à Errachidia.</p></body></html>")
    article = text.parse(page, html=True)
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 3, 2)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 2, 28)


def test_an_opening_announced_for_the_coming_days_is_the_event():
    """« ouvrira lundi prochain » in a Thursday brief: the Monday after, the only day the brief gives."""
    body = "Le lab, qui formera soixante jeunes, ouvrira lundi prochain dans la commune."
    assert dates.event_date(sentences(body), datetime.date(2026, 2, 5)).date == datetime.date(2026, 2, 9)


def test_a_brief_s_stamp_at_its_end_dates_it_and_its_last_saturday():
    """« (Publié le 20 octobre 2025) » as a brief's last line: the article's date; « samedi dernier » is the 18th."""
    article = text.parse("Brève – Oriental : un programme pour les femmes rurales\n\nLa deuxième édition du programme a "
                         "été lancée samedi dernier à Aklim.\n\nLes cours ont lieu dans une salle de la commune.\n\n"
                         "(Publié le 20 octobre 2025)\n")
    base = dates.publication_date(article)[0]
    assert base == datetime.date(2025, 10, 20)
    assert dates.event_date(article.sentences, base).date == datetime.date(2025, 10, 18)


@pytest.mark.parametrize(("shown", "expected"), [
    ("28 janvier 2026", datetime.date(2026, 1, 28)),  # a day before the stamp: the day the reader sees
    ("12 janvier 2026", datetime.date(2026, 1, 29)),  # far off: the stamp
])
def test_the_visible_date_a_day_before_the_page_s_stamp_is_the_article_s(shown, expected):
    """« Par X | 28 janvier 2026 » under « article:published_time 2026-01-29T06:00 »: the 28th, the day « hier »
    counts from; a date weeks off the stamp is another item's."""
    page = f"""<html><head><title>Tan-Tan aura son école du numérique - Sahara Presse</title>
    <meta property="article:published_time" content="2026-01-29T06:00:00+00:00"></head>
    <body><h1>Tan-Tan aura son école du numérique</h1><p class="post-meta">Par Mbarek Ould Ahmed | {shown}</p>
    <p>La convention de l'école a été signée hier au siège de la province.</p></body></html>"""
    article = text.parse(page, page)
    assert dates.publication_date(article)[0] == expected


def test_a_transcript_s_morning_is_the_day_its_header_gives_with_the_hour():
    """A transcript put online on the 15th below « Oujda, mardi 14 avril 2026, 11 h »: its « ce matin » is the 14th."""
    article = text.parse("Transcription — Conférence de presse de présentation de l'école du code de Berkane\n"
                         "Oujda, siège de la Région de l'Oriental, mardi 14 avril 2026, 11 h\n"
                         "Transcription établie par la rédaction du « Journal de l'Est », mise en ligne le 15 avril "
                         "2026. Les propos ont été abrégés.\n\nANIMATEUR : Vous avez assisté ce matin à la signature "
                         "de la convention de l'école.\n")
    base = dates.publication_date(article)[0]
    assert base == datetime.date(2026, 4, 15)
    assert dates.event_date(article.sentences, dates.spoken_day(article, base) or base).date == datetime.date(
        2026, 4, 14)


def test_a_page_s_own_hour_moves_nothing():
    """« Publié le 15 avril 2026 à 10 h 05 »: the publication's hour; « hier » is still the 14th."""
    article = text.parse("Un titre assez long pour en être un\n\nPublié le 15 avril 2026 à 10 h 05\n\n"
                         "La convention de l'école a été signée hier à Oujda.\n")
    base = dates.publication_date(article)[0]
    assert dates.spoken_day(article, base) is None


def test_a_publication_stamp_run_into_the_headline_dates_the_page_not_the_event():
    """A hard-wrapped podcast page, whose header lines are read as one headline ending « … Mis en ligne le 10 octobre
    2025 · Durée : 38 min », over « Vendredi dernier, … a inauguré »: the page is of the 10th (a Friday), the event
    the 3rd."""
    article = text.parse(
        "Ondes du Nord — le podcast des régions du Maroc\nSaison 2, épisode 4 : « Tétouan apprend à coder »\n"
        "Mis en ligne le 10 octobre 2025 · Durée : 38 min · Écouter sur toutes les plateformes\n\nRésumé de l'épisode\n\n"
        "Vendredi dernier, l'université a inauguré à Tétouan une école du code, la première de la\n"
        "ville. Dans cet épisode, notre journaliste reçoit la directrice de l'école pour comprendre\n"
        "ce que les jeunes de la ville et de sa région pourront y apprendre pendant six mois.\n\n"
        "La première session démarre lundi avec 40 jeunes, retenus sur 500 candidatures, pour un\n"
        "bootcamp de six mois en développement web, gratuit pour tous les apprenants retenus.\n")
    assert "Mis en ligne" in article.headline  # (the case at hand: the stamp read inside the headline)
    base = dates.publication_date(article)[0]
    assert base == datetime.date(2025, 10, 10)
    assert dates.event_date(article.sentences, base).date == datetime.date(2025, 10, 3)


def test_a_day_told_then_what_happened_in_the_next_sentence():
    """« Le quartier a vécu samedi dernier une matinée peu ordinaire. Devant les parents, le gouverneur a inauguré le
    centre. … La promotion démarre ce lundi. »: Saturday, not the Monday the classes start."""
    tuesday = datetime.date(2025, 9, 23)
    found = dates.event_date(sentences("Le quartier Al Qods a vécu samedi dernier une matinée peu ordinaire. Devant "
                                       "les parents, le gouverneur a inauguré le centre du code.\n\nLa première "
                                       "promotion, de quarante jeunes, démarre ce lundi."), tuesday)
    assert found.date == datetime.date(2025, 9, 20)


def test_of_two_days_in_one_sentence_the_one_whose_clause_tells_the_event():
    """« Cette semaine, la convention, signée en décembre dernier à Oujda, revient dans la presse »: December."""
    body = ("Cette semaine, la convention de l'école, signée en décembre dernier à Oujda, revient dans trois journaux "
            "qui ne s'accordent pas sur les chiffres.")
    found = dates.event_date(sentences(body), datetime.date(2025, 1, 9))
    assert (found.date.isoformat(), found.precision) == ("2024-12-01", "month")


def test_a_portrait_s_today_is_its_present_not_a_day():
    """« depuis le 3 mars dernier » in the lead, then « Aujourd'hui, c'est moi qui présente les projets » in the body:
    3 March; « Lundi, … a coupé le ruban » beats « une agence qui emploie aujourd'hui 85 personnes et organise… »."""
    body = ("Elle a 23 ans et, depuis le 3 mars dernier, un nouvel horizon : la donnée.\n\nLes débuts ont été durs.\n\n"
            "Aujourd'hui, c'est moi qui présente les projets de mon équipe.")
    assert dates.event_date(sentences(body), datetime.date(2026, 4, 22)).date == datetime.date(2026, 3, 3)
    body = ("Lundi, dans la cour de la faculté, Younes a coupé le ruban de l'école.\n\nIl part à Casablanca et fonde "
            "une agence qui emploie aujourd'hui 85 personnes et organise des ateliers.")
    assert dates.event_date(sentences(body), datetime.date(2026, 7, 8)).date == datetime.date(2026, 7, 6)
    # (what was done today, down in the body, is still today)
    body = "Le forum se tient au palais des congrès.\n\nAu total, 2 300 visiteurs ont été accueillis depuis ce matin."
    assert dates.event_date(sentences(body), datetime.date(2025, 11, 19)).date == datetime.date(2025, 11, 19)


def test_an_earlier_site_s_opening_told_as_background_is_not_the_event():
    """« Après la réussite de l'ouverture de son premier campus à Khouribga en juillet 2018, l'école ouvrira un campus
    à Ben Guérir »: months before the article and told as what came before; with no other date, none is proposed
    (the article's own day is used); told of this very event, a date that old still is."""
    body = ("Après la réussite de l'ouverture de son premier campus à Khouribga en juillet 2018, l'école ouvrira un "
            "nouveau campus à Ben Guérir.")
    assert dates.event_date(sentences(body), datetime.date(2019, 3, 20)) is None
    old = dates.event_date(sentences("La convention a été signée en juillet 2018 à Khouribga."),
                           datetime.date(2019, 3, 20))
    assert old.date == datetime.date(2018, 7, 1)


def test_a_site_s_dotted_name_in_the_dated_line_under_the_headline():
    """« CodeHebdo.ma — Écoles | Oujda, le 14 octobre 2026 | Par X » is the page's dated line, not its headline:
    the headline stays, and the article's « lundi » counts from 14 October."""
    page = ("Le campus d'Oujda accueille sa nouvelle promotion\n"
            "CodeHebdo.ma — Écoles | Oujda, le 14 octobre 2026 | Par Salma Berrada\n\n"
            "Le campus a accueilli lundi 90 apprenants pour deux ans de formation au développement web.\n")
    article = text.parse(page)
    assert article.headline == "Le campus d'Oujda accueille sa nouvelle promotion"
    assert dates.publication_date(article)[0] == datetime.date(2026, 10, 14)


def test_an_event_named_by_its_day():
    """« l'annonce du 12 mai a été accueillie… Ce jour-là, … ont signé »: 12 May; « du 12 au 15 mai » is a span."""
    base = datetime.date(2026, 5, 20)
    told = sentences("Dans ce contexte, l'annonce du 12 mai a été bien accueillie. Ce jour-là, la commune et "
                     "l'université ont signé la convention du club.")
    assert dates.event_date(told, base).date == datetime.date(2026, 5, 12)


@pytest.mark.parametrize("written, expected", [
    ("L'an deux mille vingt-six, le mardi vingt-quatre mars, à 10 h, le comité s'est réuni au siège.",
     datetime.date(2026, 3, 24)),
    ("Fait à Tiznit, le premier avril deux mille vingt-six, la convention a été signée.", datetime.date(2026, 4, 1)),
])
def test_a_formal_text_s_day_written_in_words(written, expected):
    """Minutes and conventions write the day in words: « le mardi vingt-quatre mars »."""
    assert dates.event_date(sentences(written), datetime.date(2026, 4, 10)).date == expected


def test_a_long_dated_line_of_a_paper_under_the_headline():
    """« Le Quotidien des Affaires – Page Économie & Régions – Lundi 16 mars 2026 – Par X » is the page's line."""
    page = ("Agadir : la Cité des métiers lance sa filière offshoring\n"
            "Le Quotidien des Affaires – Page Économie & Régions – Lundi 16 mars 2026 – Par Rachid Berrada\n\n"
            "La filière a été lancée en février dernier avec 300 stagiaires.\n")
    article = text.parse(page)
    assert article.headline == "Agadir : la Cité des métiers lance sa filière offshoring"
    assert dates.publication_date(article)[0] == datetime.date(2026, 3, 16)


def test_a_student_paper_s_long_line_with_two_authors_under_the_headline():
    """« Le Petit Campus – le journal des étudiants de l'EST d'Essaouira – n° 12, jeudi 5 mars 2026 – par X (GI2) et Y
    (TM1) »: the paper's line, not the headline, however long."""
    page = ("Hack Mogador : 48 élèves ingénieurs sur les bancs du bootcamp\n"
            "Le Petit Campus – le journal des étudiants de l'EST d'Essaouira – n° 12, jeudi 5 mars 2026 – par Salma "
            "Bennani (GI2) et Hamza Ouali (TM1)\n\n"
            "Le bootcamp a ouvert samedi dernier dans l'amphi de l'école.\n")
    article = text.parse(page)
    assert article.headline == "Hack Mogador : 48 élèves ingénieurs sur les bancs du bootcamp"
    assert dates.publication_date(article)[0] == datetime.date(2026, 3, 5)


def test_an_undated_line_of_paper_town_and_author_under_the_headline():
    """« Le Courrier de l'Oriental — Taourirt, par X Y », then the date on its own line: the paper's line, not the
    headline."""
    page = ("« Taourirt Code » : le gouverneur rend visite aux 40 stagiaires\n"
            "Le Courrier de l'Oriental — Taourirt, par Samira Bennani\n"
            "Jeudi 15 janvier 2026\n\n"
            "Le gouverneur a visité mardi le centre, ouvert en octobre dans l'ancienne maison des jeunes.\n")
    article = text.parse(page)
    assert article.headline == "« Taourirt Code » : le gouverneur rend visite aux 40 stagiaires"


@pytest.mark.parametrize("article, expected", [
    # a press room's download links, then its dateline and « hier »
    ("inwi lance à Agadir un parcours pour douze startups\n\nLe parcours accompagnera douze startups de la région "
     "pendant six mois, avec des mentors du secteur.\n\n"
     "Casablanca, le 21 octobre 2026 – inwi a donné hier à Agadir le coup d'envoi de son parcours.\n",
     datetime.date(2026, 10, 20)),
    # an updated dispatch: its headline, its stamp on a line of its own, then the story
    ("MISE À JOUR - Tétouan : une cohorte de 240 jeunes aux métiers du numérique\n"
     "Tétouan, 20 janvier 2026 (APN) - Première diffusion 16h05, mise à jour 18h40\n\n"
     "Mise à jour : cette version corrige le nombre de bénéficiaires de la cohorte.\n\n"
     "Tétouan - (APN) - Le programme a lancé lundi à Tétouan sa première cohorte de 240 jeunes.\n",
     datetime.date(2026, 1, 19)),
])
def test_a_dispatchs_own_date_wherever_its_first_lines_put_it(article, expected):
    """The dateline's date is the dispatch's: « hier », « lundi » are told against it, not taken from it."""
    from helpers import REPO

    from announcements.importer.extract import extract
    from announcements.vocabulary import load_vocabulary

    assert extract(article, load_vocabulary(REPO / "data")).date == expected


@pytest.mark.parametrize("page, expected", [
    # the date in a « publish-date » meta (a dash in its name)
    ('<html><head><meta name="publish-date" content="2026-05-14"></head><body><h1>Laâyoune lance un parcours '
     "d'incubation</h1><p>La fondation et la région ont lancé mardi un parcours d'incubation de six mois.</p>"
     "</body></html>", datetime.date(2026, 5, 12)),
    # no meta: the byline under the headline, not a related link's <time> after the text
    ("<html><body><main><h1>Laâyoune lance un parcours d'incubation</h1><p class=\"chapo\">Vingt-quatre porteurs "
     "de projets entament un accompagnement financé par la fondation et la région.</p><p>Par Yasmine El Kettani | "
     "14 mai 2026 | Lecture 4 min</p><p>La fondation et la région ont lancé mardi un parcours d'incubation de six "
     "mois.</p><div class=\"bloc\"><h3>Les plus lus</h3><ul><li><a href=\"/a\">Port de Laâyoune : une "
     'extension</a> <time datetime="2026-03-30">30 mars</time></li></ul></div></main></body></html>',
     datetime.date(2026, 5, 12)),
])
def test_a_pages_own_date_from_a_dashed_meta_or_its_byline(page, expected):
    """« publish-date » is a page date; « Par X | 14 mai 2026 » under the headline beats a related link's <time>:
    « mardi » is told against it."""
    from helpers import REPO

    from announcements.importer.extract import extract
    from announcements.vocabulary import load_vocabulary

    assert extract(page, load_vocabulary(REPO / "data"), html=page).date == expected


def test_a_weekday_with_its_article_is_a_habit_not_a_day():
    """« Il y avait foule jeudi dernier » then « en deux groupes, le soir et le samedi »: the Thursday."""
    body = ("Il y avait foule jeudi dernier dans la salle, devenue un club numérique. Le local ne compte que 40 postes : "
            "les inscrits se relaieront donc en deux groupes, le soir et le samedi.")
    assert dates.event_date(sentences(body), datetime.date(2025, 5, 12)).date == datetime.date(2025, 5, 8)


@pytest.mark.parametrize(("body", "published", "expected"), [
    # a councillor's « aujourd'hui », inside his quotation, said after the vote
    ("Mardi, les élus ont adopté un avenant à la convention de l'école du code.\n\n« On nous avait vendu un projet à 9 "
     "millions, on nous demande aujourd'hui 12,6 millions », a lancé un conseiller de l'opposition.",
     datetime.date(2025, 5, 8), datetime.date(2025, 5, 6)),
    # « le président de la commune » is a title, not « présidé »; the works « aussi » launched are another action
    ("Le programme a démarré en juin dernier dans l'ancienne maison des jeunes. Le président de la commune a visité "
     "les lieux mercredi dernier. La commune vient aussi de lancer la réfection du boulevard.",
     datetime.date(2026, 7, 8), datetime.date(2026, 6, 1)),
])
def test_a_speaker_s_today_a_president_s_title_and_another_action_are_no_event(body, published, expected):
    """« on nous demande aujourd'hui 12,6 millions », quoted; « Le président de la commune a visité les lieux mercredi
    dernier » before « vient aussi de lancer la réfection du boulevard »: the vote, and the start."""
    assert dates.event_date(sentences(body), published).date == expected


def test_the_day_a_reporter_followed_her_is_not_the_event():
    """« Nous l'avons suivie une journée, jeudi dernier » before « La promotion a démarré en septembre dernier »: the
    start is the event."""
    body = ("Il est 7 heures quand Hajar monte dans le bus. Nous l'avons suivie une journée, jeudi dernier.\n\nLa "
            "promotion a démarré en septembre dernier, dans deux salles de la maison des jeunes.")
    found = dates.event_date(sentences(body), datetime.date(2026, 10, 20))
    assert (found.date, found.precision) == (datetime.date(2026, 9, 1), "month")


def test_the_day_a_press_release_was_made_public_is_not_the_event():
    """« selon un communiqué rendu public mercredi »: when the news was told; « a fait sa rentrée en avril » is the
    event (but « Dans un communiqué rendu public samedi, l'association accuse … »: the statement is the news)."""
    article = text.parse("Nador : 80 jeunes en formation\n\nNADOR, 20 mai 2026 (Agence) - Quatre-vingts jeunes suivent "
                         "depuis le mois dernier une formation au cloud, selon un communiqué rendu public mercredi par "
                         "l'Agence de l'Oriental.\n\nLa première promotion a fait sa rentrée en avril à Nador.\n")
    found = dates.event_date(article.sentences, datetime.date(2026, 5, 20))
    assert (found.date, found.precision) == (datetime.date(2026, 4, 1), "month")
    statement = text.parse("Tan-Tan : une association accuse\n\nDans un communiqué rendu public samedi, l'association "
                           "Ofoq accuse les porteurs de l'école, ouverte en février, de ne pas tenir leurs promesses.\n")
    assert dates.event_date(statement.sentences, datetime.date(2025, 7, 7)).date == datetime.date(2025, 7, 5)


def test_a_caravan_that_will_leave_next_monday_is_dated_by_its_departure():
    """« La caravane partira lundi prochain de Zagora »: the departure, though still to come."""
    article = text.parse("Zagora : la caravane du code prend la route\n\nLa caravane « Code Oasis » partira lundi "
                         "prochain de Zagora pour un mois de tournée dans les écoles.\n")
    assert dates.event_date(article.sentences, datetime.date(2024, 10, 3)).date == datetime.date(2024, 10, 7)


def test_a_weekday_and_day_without_year_in_the_weeks_ahead_is_this_year_s():
    """« samedi 15 mars » in a page of Monday 3 March 2025: the coming Saturday, not the last year it was one."""
    found = dates._candidates("Lancement de l'académie, samedi 15 mars, 10h.", datetime.date(2025, 3, 3))
    assert [f.date.isoformat() for f, _start in found] == ["2025-03-15"]


def test_today_down_in_the_body_is_these_days_not_the_event_s_day():
    """« Aujourd'hui, 62 lauréats ont signé un contrat » under « a reçu ses attestations lundi »: the Monday."""
    body = ("La première promotion de l'école a reçu ses attestations lundi.\n\nLe cursus a duré un an.\n\n"
            "Aujourd'hui, 62 lauréats ont signé un contrat de travail.")
    found = dates.event_date(sentences(body), datetime.date(2022, 6, 29))
    assert found.date == datetime.date(2022, 6, 27)


def test_a_paper_s_stamp_line_under_the_standfirst_is_the_article_s_day_not_the_event_s():
    """« Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024 » under a standfirst: the paper's day (its name is no
    « today »), from which « la convention signée le mois dernier » counts."""
    article = text.parse("El Jadida veut sa place sur la carte de la donnée\n"
                         "Analyse. Avec une école de données, la ville mise sur l'intelligence artificielle.\n\n"
                         "Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024\nPar Mounir Haddaoui\n\n"
                         "C'est ce qui rend intéressante la convention signée le mois dernier à l'université.\n")
    published, _how = dates.publication_date(article)
    found = dates.event_date(article.sentences, published)
    assert (published, found.date, found.precision) == (datetime.date(2024, 1, 11), datetime.date(2023, 12, 1),
                                                        "month")


@pytest.mark.parametrize(("published", "expected"), [
    (datetime.date(2024, 2, 16), datetime.date(2024, 3, 5)),  # the day it is put off to, weeks ahead
    (datetime.date(2024, 3, 10), datetime.date(2024, 3, 5)),  # a few days after it: that one, gone by
])
def test_a_launch_put_off_to_a_day_without_its_year(published, expected):
    """« Le lancement de l'académie repoussé au 5 mars »: the coming 5 March, not last year's."""
    found = dates.event_date(sentences("Le lancement de l'académie a été repoussé au 5 mars."), published)
    assert found.date == expected


def test_an_anniversary_to_the_day():
    """« Il y a un an jour pour jour, l'école ouvrait ses portes »: a year before the article, to the day."""
    body = ("Il y a un an jour pour jour, l'École numérique d'Es-Semara ouvrait ses portes.\n\n"
            "Les candidatures pour la deuxième promotion ont été closes la semaine dernière.")
    found = dates.event_date(sentences(body), datetime.date(2026, 10, 6))
    assert found.date == datetime.date(2025, 10, 6)


def test_an_official_act_s_closing_formula_is_its_day_and_a_figure_as_of_a_day_is_none():
    """« Fait à Béni Mellal, le 3 mars 2026. » closes a deliberation: its day, before the later step of sending it
    for approval; « taux d'assiduité de 93 % au 31 décembre 2024 » is a figure's reckoning, not an event."""
    act = sentences("Adoptée lors de la session de mars, la délibération a été transmise vendredi aux services de la "
                    "wilaya.\n\nArticle 1 : la Région participe au financement du centre.\n\n"
                    "Fait à Béni Mellal, le 3 mars 2026.")
    assert dates.event_date(act, datetime.date(2026, 3, 9)).date == datetime.date(2026, 3, 3)
    report = sentences("La première promotion a entamé sa formation en octobre 2024.\n\n"
                       "Indicateurs : taux d'assiduité de 93 % au 31 décembre 2024.")
    found = dates.event_date(report, datetime.date(2025, 6, 10))
    assert (found.date, found.precision) == (datetime.date(2024, 10, 1), "month")
    # (« correspondant au 14 octobre 2025 »: the same day in the other calendar, not a day of reckoning)
    hijri = sentences("La convention a été signée le mardi 21 Rabii II 1447 correspondant au 14 octobre 2025.")
    assert dates.event_date(hijri, datetime.date(2025, 10, 16)).date == datetime.date(2025, 10, 14)


@pytest.mark.parametrize(("headline", "body", "published", "expected"), [
    # a save-the-date: the launch it announces, not the day the announcement was made
    ("Save the date : l'académie Rif Data sera lancée le 7 mars à Al Hoceima",
     "L'annonce a été faite ce mardi par les organisateurs.", datetime.date(2024, 2, 13), datetime.date(2024, 3, 7)),
    # « Save the date » alone says the headline announces it
    ("Save the date : l'académie Rif Data à Al Hoceima, le 7 mars",
     "L'annonce a été faite ce mardi par les organisateurs.", datetime.date(2024, 2, 13), datetime.date(2024, 3, 7)),
    # a headline's day without its year, a week ahead: the coming one, not last year's
    ("Dakhla : la première pierre de l'institut posée le 12 mai",
     "L'information a été confirmée ce lundi par les services de la région.", datetime.date(2026, 5, 4),
     datetime.date(2026, 5, 12)),
    # a press invitation's « Date : » line
    ("Settat : les médias conviés au lancement du camp de données",
     "Nous reproduisons l'invitation.\n\nINVITATION PRESSE\n\nDate : jeudi 17 octobre 2024\n\nHeure : 11h00",
     datetime.date(2024, 10, 8), datetime.date(2024, 10, 17)),
    # a headline's bare weekday beside the coming Saturday the lead dates
    ("Fquih Ben Salah : voici le programme de l'inauguration du centre, samedi",
     "Samedi 24 janvier, le centre ouvrira officiellement ses portes.", datetime.date(2026, 1, 19),
     datetime.date(2026, 1, 24)),
    # a preview: the launch next Thursday, not the selection tests held earlier
    ("Safi : ce qu'il faut savoir avant le lancement de l'école de code",
     "Jeudi prochain, la Région et Simplon Maroc lanceront officiellement l'école.\n\nLes tests de sélection ont eu "
     "lieu début juin.", datetime.date(2024, 6, 21), datetime.date(2024, 6, 27)),
])
def test_an_article_announcing_an_event_is_dated_by_the_event_to_come(headline, body, published, expected):
    """Save-the-dates, invitations, programmes and previews: the day of the event they announce."""
    found = dates.event_date(sentences(body, headline), published)
    assert found.date == expected


def test_a_signing_reported_stays_the_event_beside_the_opening_it_announces():
    """« La convention a été signée lundi ; l'école ouvrira le 3 mars »: the signing, told in the lead, is the news."""
    found = dates.event_date(sentences("La convention de l'école a été signée lundi à Taza. L'école ouvrira ses portes "
                                       "le 3 mars.", "Taza : la convention de l'école de code signée"),
                             datetime.date(2025, 2, 12))
    assert found.date == datetime.date(2025, 2, 10)


def test_this_morning_down_in_a_transcript_is_the_event_s_day():
    """« Ce matin, au siège de la wilaya, trois signataires ont paraphé la convention » down in a TV transcript, beside
    another item « le gouverneur a inauguré hier une maison de jeunes »: this morning's signing."""
    body = ("PRÉSENTATEUR : Bonsoir.\n\nREPORTAGE : Beaucoup de monde à la wilaya.\n\nCe matin, au siège de la wilaya, "
            "trois signataires ont paraphé la convention qui crée l'institut.\n\nPRÉSENTATEUR : Et à propos de "
            "Khouribga, le gouverneur a inauguré hier une maison de jeunes rénovée.")
    assert dates.event_date(sentences(body), datetime.date(2025, 6, 12)).date == datetime.date(2025, 6, 12)


def test_a_tv_magazine_s_broadcast_line_is_the_article_s_date():
    """« Atlantique TV — magazine Éco Région, diffusé le mercredi 22 janvier 2025 » at the top: the broadcast's day."""
    article = text.parse("ÉCO RÉGION — Safi mise sur la donnée avec « Sqala Data »\nAtlantique TV Région — magazine Éco Région, diffusé le "
                         "mercredi 22 janvier 2025 à 19h15 — texte du sujet publié sur notre site\nPrésentatrice : Hind "
                         "Zerouali. Reportage : Othmane Lakhdar.\n\n[00:00] LANCEMENT PLATEAU\n\nJeudi dernier, la "
                         "convention a été signée à Safi.\n")
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2025, 1, 22)
    assert dates.event_date(article.sentences, published).date == datetime.date(2025, 1, 16)


def test_a_name_holding_demain_does_not_make_the_headline_announce_an_event():
    """« … AU CENTRE KAN YAMA KAN DEMAIN » in a headline over « Samedi 18 mai, les 36 jeunes ont reçu leur
    attestation »: a centre's name, no event to come; the Saturday before the letter is the event."""
    found = dates.event_date(sentences("Samedi 18 mai, les 36 jeunes de la promotion ont reçu leur attestation.",
                                       "FÈS JDID – 36 JEUNES REÇOIVENT LEUR ATTESTATION AU CENTRE KAN YAMA KAN DEMAIN"),
                             datetime.date(2024, 5, 31))
    assert found.date == datetime.date(2024, 5, 18)
