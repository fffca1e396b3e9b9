"""The article's own date and the event's date, absolute or relative (« samedi », « hier »)."""

import calendar
import datetime
import re
from dataclasses import dataclass, replace

import dateparser

from .candidates import Candidate, best
from .numbers import REMINDER, count, digits
from .text import MONTH_ABBREVIATIONS, MONTHS, PUBLISHED, dateline, opening_dateline

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# (and the press's abbreviations, « 15 janv. (MAP) »: the dot is left out of the match)
_MONTHS = MONTHS + "|" + MONTH_ABBREVIATIONS
_WEEKDAY = "|".join(_WEEKDAYS)
_ABSOLUTE = re.compile(
    # (« 21 oct. 2025 »: an abbreviated month's dot before the year)
    rf"\b(?:(?:{_WEEKDAY}),?\s+)?(?:le\s+)?(?P<day>1er|\d{{1,2}})\s+(?P<month>{_MONTHS})\.?,?\s*(?P<year>\d{{4}})?\b"
    # (« 17-02-2026 », « 17.02.2026 »: the same separator twice)
    r"|\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
# « les 14 et 15 décembre 2024 », « du 3 au 5 mars »: an event of several days starts on the first.
_DAY_RANGE = re.compile(
    rf"\b(?:les|du)\s+(?P<day>1er|\d{{1,2}})\s+(?:et|au|à|-)\s+(?:le\s+)?(?:1er|\d{{1,2}})\s+(?P<month>{_MONTHS})"
    r"(?:,?\s*(?P<year>\d{4}))?\b",
    re.IGNORECASE,
)
# « le vendredi 14 »: a weekday and a day of the month, the month left to the reader.
# « signée le 3 du mois courant », « le 12 courant »: a day of the article's own month.
_DAY_OF_THIS_MONTH = re.compile(r"\ble\s+(?P<day>1er|\d{1,2})\s+(?:du\s+mois\s+(?:courant|en\s+cours)|courant)\b",
                                re.IGNORECASE)
# « C'est le 12 du mois dernier que … »: a day of the month before the article's.
_DAY_OF_LAST_MONTH = re.compile(r"\ble\s+(?P<day>1er|\d{1,2})\s+du\s+mois\s+(?:dernier|passé|précédent)\b",
                                re.IGNORECASE)
_WEEKDAY_AND_DAY = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY})\s+(?P<day>1er|\d{{1,2}})\b(?!\s*(?:{_MONTHS}|/|\d|h\b|heures?))",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(rf"\ben\s+(?P<month>{_MONTHS})\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
# A month without its year: « en décembre dernier », « début mars », « fin novembre », « courant juin ».
# (« Lors de sa session ordinaire d'octobre, le Conseil a approuvé »: a council's sitting, named by its month)
_MONTH_NO_YEAR = re.compile(
    rf"\b(?:en|début|fin|mi-|courant|depuis|session\s+(?:ordinaire\s+|extraordinaire\s+)?(?:de|d['’]))\s*"
    rf"(?P<month>{_MONTHS})(?:\s+(?P<which>dernier|passé|prochain))?\b"
    r"(?!\s*(?:\d|de\s+l['’]année))",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
     "decembre"), 1)}
# A weekday not followed by its date: « samedi », « mercredi dernier », « ce lundi ».
_RELATIVE_WEEKDAY = re.compile(
    # (« lundi 12 », « lundi, 12 mars » are dates; « depuis lundi, 35 ouvrières » is a weekday and a count)
    # (« le lundi de la semaine dernière »: that weekday of the week before the article's)
    rf"\b(?:ce\s+)?(?P<weekday>{_WEEKDAY})(?:\s+(?P<which>dernier|pass[ée]|prochain|"
    r"de\s+(?:la\s+semaine\s+(?:derni[èe]re|pass[ée]e|prochaine)|cette\s+semaine)))?\b"
    # (« jeudi dernier, le 12 mars »: the date told right after; « dernier » is not given up to read « jeudi » alone)
    rf"(?!\s*(?:le\s+)?\d|,\s*(?:le\s+)?(?:1er|\d{{1,2}})\s+(?:{_MONTHS})\b|\s+(?:dernier|pass[ée]|prochain)\b)",
    re.IGNORECASE,
)
_RELATIVE_WORDS = re.compile(
    # (« les emplois d'aujourd'hui »: of our time, not of a day)
    # (« a été lancée durant le mois courant », « le mois en cours »: the article's month, in translations)
    r"\b(?P<word>avant-hier|hier|demain|(?<!d['’])aujourd['’]hui|ce matin|ce mois-ci|ce mois|le mois dernier|"
    r"le mois (?:courant|en cours)|"
    r"le mois passé|"
    r"la semaine (?:dernière|passée)|cette semaine|(?:en )?début de (?:cette |la )?semaine|"
    r"(?:le|ce) week-end(?: dernier)?)\b",
    re.IGNORECASE,
)
_EVERY = re.compile(r"\b(?:chaque|tous\s+les|toutes\s+les|(?:le|les)\s+(?:premier|deuxième|troisième|dernier))\s*$",
                    re.IGNORECASE)
# « en deux groupes, le soir et le samedi », « du lundi au vendredi »: the weekday with its article, no date after.
_HABIT_BEFORE = re.compile(r"\b(?:le|du|au)\s+$", re.IGNORECASE)
_OF_EVERY = re.compile(r"s?\s+(?:de\s+chaque|du\s+mois|de\s+la\s+semaine\s+prochaine)\b", re.IGNORECASE)
# « aujourd'hui », « ce matin »: the article's own day, an event's only when the sentence tells one.
_NOW = re.compile(r"aujourd['’]hui|ce matin", re.IGNORECASE)
# « aujourd'hui » alone may be these days (« Aujourd'hui, 62 lauréats ont un contrat »); « ce matin » is a day.
_TODAY = re.compile(r"aujourd['’]hui", re.IGNORECASE)
# A short line that names a paper or a town, then ends on a full date after a comma: a stamp, not a sentence.
_STAMP_LINE = re.compile(rf"^[^.;:!?]{{0,80}},\s*(?:le\s+)?(?:(?:{_WEEKDAY})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+"
                         r"\d{4}\s*$", re.IGNORECASE)
# (« Aujourd'hui le Maroc », « Aujourd'hui Côte Atlantique »: papers named « today »)
_NAMED_TODAY = re.compile(r"(?i:aujourd['’]hui)\s+(?:le\s+)?[A-ZÀ-Þ]")
# « depuis samedi », « depuis hier »: the day something started, which is the event.
_SINCE = re.compile(r"\bdepuis(?:\s+le)?\s*$", re.IGNORECASE)
# « démarrera lundi », « se tiendra samedi prochain »: a weekday ahead of the article, not the event.
# (Lower-case verbs only: « Zagora », « Agora » are names, not futures.)
_FUTURE_BEFORE = re.compile(
    r"\b(?:[a-zà-ÿ]\w*(?:era|ira|dra|eront|iront|dront)|sera|seront|aura|auront|fera|feront|demain)\b"
    r"(?:\s+[\w'’-]+){0,3}\s*,?\s*$"
)
# « a-t-on appris jeudi », « a indiqué mardi le directeur »: when the news was told.
# (« Sa deuxième édition s'ouvrira le 2 mars, a annoncé hier l'association »: when the news was told)
_REPORTED_BEFORE = re.compile(r"\b(?:a-t-on\s+appris|apprend-on|a-t-on\s+indiqué|a\s+indiqué|ont\s+indiqué|a\s+déclaré|"
                              r"a\s+précisé|a\s+confié|a\s+expliqué|a\s+annoncé|ont\s+annoncé|a\s+fait\s+savoir|"
                              r"ont\s+fait\s+savoir|a\s+communiqué|"
                              # (« selon un communiqué rendu public mercredi »: the source, not « Dans un communiqué
                              # rendu public samedi, elle accuse … », a statement that is the news itself)
                              r"selon\s+un\s+communiqué\s+(?:rendu\s+public|publié|diffusé|transmis|parvenu)|"
                              # (« Nous l'avons rencontré samedi », « elle nous a reçus mardi »: the interview's day)
                              r"(?:l['’]avons|les\s+avons|l['’]ai)\s+rencontrée?s?|nous\s+a\s+reçue?s|"
                              r"(?:l['’]avons|l['’]ai)\s+(?:joint|jointe|interrogée?)|"
                              # (« Nous l'avons suivie une journée, jeudi dernier »: the reporter's day with her)
                              r"(?:l['’]avons|les\s+avons|l['’]ai)\s+(?:suivie?s?|accompagnée?s?)"
                              r"(?:\s+(?:une|toute\s+une|la)\s+journée)?\s*,?)\s*$", re.IGNORECASE)
# « l'ouverture, initialement prévue le 14 octobre, est reportée au mardi 4 novembre »: the event's new day, whether
# past or to come.
_POSTPONED_TO = re.compile(r"\b(?:reportée?s?|repoussée?s?|décalée?s?|renvoyée?s?|différée?s?)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:au|à|jusqu['’]au)\s*$", re.IGNORECASE)
# « au 31 décembre 2024 »: as of a day (not « reportée au 4 novembre », read before this).
# (not « le 23 Rabii II 1447 correspondant au 16 octobre 2025 », the same day in the other calendar)
_AS_OF_BEFORE = re.compile(r"(?<!jusqu['’])(?<!correspondant\s)(?<!correspond\s)\bau\s*$", re.IGNORECASE)
# « Le démarrage des cours est fixé au lundi 16 mars »: a day set for something, not a day of reckoning.
_SET_FOR = re.compile(r"\b(?:fixée?s?|programmée?s?|arrêtée?s?)\s+au\s*$", re.IGNORECASE)
# Dates that are not the event's: deadlines, future steps, periods since.
# (The date's own words may hold its « le »: « à passer avant le 20 juin » leaves « avant » before it.)
_NOT_EVENT_BEFORE = re.compile(r"(jusqu['’]\s*(au|à|a)|à partir d[ue']|dès( le)?|d['’]ici( le| au)?|\bavant( le)?|"
                               r"au plus tard( le)?|depuis( le)?|prévue? (le|pour)|du)\s*$", re.IGNORECASE)
# « paru dans notre édition de vendredi », « notre article du 12 mai »: the day a paper appeared.
_OUR_ISSUE_BEFORE = re.compile(r"\b(?:notre|nos)\s+(?:édition|numéro|article|papier|livraison)s?\s+(?:de|du|d['’])\s*$",
                               re.IGNORECASE)
# « l'annonce du 12 mai », « la convention du 3 mars »: an event named by its day (not « du 12 au 15 mai », a span).
_EVENT_OF_THE_DAY = re.compile(r"\b(?:annonce|signature|convention|cérémonie|lancement|inauguration|réunion|"
                               r"session|accord|rencontre|décision)\s+du\s*$", re.IGNORECASE)
# « Pour rappel, le gouvernement avait présenté... », « l'école avait ouvert en mars »: background.
# (« Après la réussite de l'ouverture de son premier campus à Khouribga en juillet 2018, l'école … ouvrira »: what
# came before, set as the background of the news)
_BACKGROUND = re.compile(rf"^(?:{REMINDER}|auparavant)\b|"
                         r"^Après\s+(?:la\s+réussite|le\s+succès|le\s+bilan)\b|"
                         r"^Après\s+(?:[^,;.]{0,40}\s)?(?:l['’]ouverture|le\s+lancement|la\s+création|"
                         r"l['’]inauguration)\s+d[eu]\s+(?:son|sa|leur)\s+(?:premier|première)\b|"
                         r"\b(?:avait|avaient)\s+(?:déjà\s+|été\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|ert|erte)\b",
                         re.IGNORECASE)
# The sentence tells what happened: where the event's date is found.
_EVENT_VERBS = re.compile(
    # (« présidé », « préside »: not « le président de la commune », a title)
    r"\b(sign|inaugur|lanc|tenu|organis|présid(?!ent)|accueill|déroul|eu lieu|remis|présent|rentrée|ouvert|"
    r"clôtur|célébr|annonc|dévoil|paraph|conclu|procédé|donné le coup|coup d['’]envoi|première pierre|réuni|"
    r"coupé\s+(?:le|du)\s+ruban|"
    # (« ils étaient 120 à pousser lundi la porte », « ont franchi le seuil », « le cursus a démarré »: a first day)
    r"pouss\w*\s+(?:[^.;]{0,30}\s)?(?:la|les)\s+portes?|franchi\w*\s+(?:le\s+seuil|les\s+portes)|démarr|(?:a|ont)\s+commencé|"
    # (« La caravane partira lundi prochain de Zagora », « Le départ sera donné lundi »: a caravan's start)
    r"partir(?:a|ont)\b|est\s+partie?\b|(?:le|son)\s+départ\b|"
    # (« Fait à Béni Mellal, le 3 mars 2026. »: the closing formula of an official act, its day)
    r"fait\s+à\s+(?-i:[A-ZÀ-Þ])[^,.;]{0,40},\s+le\b)",
    re.IGNORECASE,
)
# What was done (« a été inauguré », « ont passé les portes »): a verb in the perfect.
_DONE_TODAY = re.compile(r"\b(?:a|ont|avons|ai|est|sont)\s+(?:(?!qui\b)[\w'’-]+\s+){0,2}?"
                         r"(?:eu\s+lieu|(?!(?:qui|lui|ici|aussi|parmi)\b)[a-zà-ÿ]{3,}(?:é|ée|és|ées|i|ie|is|it|u|ue|us))\b",
                         re.IGNORECASE)
_RECENT_DAYS = 60
_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
_URL_DATE = re.compile(r"/(?P<y>20\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|-|$)")


@dataclass(frozen=True)
class Found:
    """A date and the sentence it was read in."""

    date: datetime.date
    precision: str  # "day" or "month"
    sentence: str
    how: str = ""
    relative: bool = False  # counted from the article's date: « samedi », « hier »
    monday: datetime.date = None  # « la semaine dernière »: the week is known, from this Monday on


def parse_absolute(text, base=None):
    """A date written in full (« 27 juin 2022 », « 05/10/2022 »), or None; a missing year comes from base."""
    settings = dict(_SETTINGS)
    if base:
        settings["RELATIVE_BASE"] = datetime.datetime.combine(base, datetime.time())
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


_PUBLISHED_AT = re.compile(rf"\b{PUBLISHED}\b", re.IGNORECASE)
_PUBLISHED_JUST_BEFORE = re.compile(r"\b(?:publi[ée]e?|mise?\s+en\s+ligne|post[ée]e?|parue?)(?:\s+le)?\s*"
                                    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*)?$", re.IGNORECASE)
_UPDATED_AT = re.compile(r"\b(?:mis|mise)\s+à\s+jour\s+le\b[^—–|]*", re.IGNORECASE)


def publication_date(article, url="", published=None):
    """The article's own date: given, in the page's metadata, its header, dateline or address."""
    if published:
        return published, "date donnée"
    meta = parse_absolute(article.meta_date[:10]) if article.meta_date else None
    if meta:
        # (the visible date a day or two earlier than the page's metadata, « 28 janvier 2026 » under a
        # « 2026-01-29T06:00 » stamp: the day the reader sees, the one « hier » counts from; a date further off
        # is another item's, a related card's)
        shown = _header_date(article)
        if shown and datetime.timedelta(0) < meta - shown[0] <= _SHOWN_BEFORE_META:
            return shown
        return meta, "date de la page"
    # (a page's first <time> may stand in a list of related links after the text: the date its header shows, when it
    # shows one, comes first)
    timed = parse_absolute(article.time_date[:10]) if article.time_date else None
    return _header_date(article) or _byline_date(article) or ((timed, "date de la page") if timed else None) or \
        _other_dates(article, url)


_SHOWN_BEFORE_META = datetime.timedelta(days=2)
# « Imprimé le 02/10/2026 », « Page consultée le … »: the day a copy was made, not the article's.
_PRINTED_ON = re.compile(r"\b(?:imprimée?|consultée?|téléchargée?|enregistrée?|archivée?)\s+le\b", re.IGNORECASE)


def _header_date(article):
    """The date a header line gives (« Publié le 11/06/2025 »), as (day, how), or None."""
    for line in sorted(article.header_lines, key=lambda line: not _PUBLISHED_AT.search(line)):
        if _PRINTED_ON.search(line) and not _PUBLISHED_AT.search(line):
            continue  # « Imprimé le 02/10/2026 à 08:14 depuis https://… »: when the reader printed it
        published_at = _PUBLISHED_AT.search(line)
        line = line[published_at.end():] if published_at else _UPDATED_AT.sub("", line)
        day = _full_date(line) or _short_date(line)
        if day:
            return day, f"en-tête : {line}"
    return None


# « Tanger, mardi 14 avril 2026, 12 h 30 » above a transcript: a day with its hour, when the words were said.
_TIME_OF_DAY = re.compile(r"\b(?:[01]?\d|2[0-3])\s*(?:h|heures?)\s*(?:[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b",
                          re.IGNORECASE)
_SPOKEN_BEFORE = datetime.timedelta(days=7)


def spoken_day(article, base):
    """The day a line above the text gives with its hour (a conference's, a session's, a dispatch's) when the
    article came out a few days later: what its « ce matin » and « hier » count from. None otherwise."""
    if not base:
        return None
    for line in [*article.header_lines, article.headline]:
        if _PUBLISHED_AT.search(line) or _UPDATED_AT.search(line):
            continue
        day = _full_date(line) if _TIME_OF_DAY.search(line) else None
        if day and datetime.timedelta(0) < base - day <= _SPOKEN_BEFORE:
            return day
    return None


def _byline_date(article):
    """« Par Yasmine El Kettani | 14 mai 2026 | Lecture 4 min » under the headline and standfirst: the byline's day."""
    for sentence in article.sentences:
        if sentence.paragraph > 3:
            break
        day = _full_date(sentence.text) if _BYLINE.match(sentence.text) else None
        if day:
            return day, f"signature : {sentence.text[:60]}"
    return None


_BYLINE = re.compile(r"^\s*(?:[Pp]ar|[Bb]y)\s+(?-i:[A-ZÀ-Þ])[^.!?]{0,60}?(?:\||—|–|·|,)")


def _other_dates(article, url):
    """The article's date from its dateline, its issue, its address or, last, its update line."""
    # (« … « Nador, le code face à la mer » Mis en ligne le 10 octobre 2025 · Durée : 42 min »: the page's header run
    # into its headline, or standing as its first paragraph)
    for sentence in article.sentences:
        if sentence.paragraph > 1:
            break
        stamp = _PUBLISHED_AT.search(sentence.text)
        day = _full_date(sentence.text[stamp.end():stamp.end() + 40]) if stamp else None
        if day:
            return day, f"mise en ligne : {sentence.text[stamp.start():stamp.end() + 40].strip()}"
    # (« Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024 » under a standfirst: a paper's stamp line)
    for sentence in article.sentences:
        if sentence.paragraph > _DATELINE_PARAGRAPHS:
            break
        day = _full_date(sentence.text) if _is_stamp_line(sentence.text) else None
        if day:
            return day, f"en-tête : {sentence.text}"
    # (the lead's dateline, or one a few lines down, under a standfirst or a press room's links)
    for opening in _datelines(article.sentences):
        if opening.group("date") and _ABSOLUTE.search(opening.group("date")):
            day = parse_absolute(_ABSOLUTE.search(opening.group("date")).group())
            if day:
                return day, "date de la dépêche"
    for sentence in article.sentences:
        printed = (_PRINTED_IN.search(sentence.text) or _SOURCE_IN_BRACKETS.search(sentence.text)
                   or (_ISSUE_OF.search(sentence.text) if sentence.paragraph <= 2 else None))
        day = _full_date(printed.group()) if printed else None
        if day:
            return day, f"parution : {printed.group()}"
    match = _URL_DATE.search(url or "")
    if match:
        try:
            return datetime.date(int(match["y"]), int(match["m"]), int(match["d"])), "date dans l'adresse"
        except ValueError:
            pass
    # « Mis à jour le 19 novembre 2025 » alone (a live page): the last resort
    updated = next((day for line in article.header_lines if not _PUBLISHED_AT.search(line)
                    for match in [_UPDATED_AT.search(line)] if match
                    for day in [_full_date(match.group())] if day), None)
    if updated:
        return updated, "date de mise à jour de la page"
    return None, ""


# « ASP — TIZNIT — 09.02.26 — 10:05 »: an agency's header, the year in two digits.
_SHORT_DATE = re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d.,/-])")


def _short_date(line):
    """A header's day with a two-digit year (« 09.02.26 »), or None."""
    match = _SHORT_DATE.search(line)
    if not match:
        return None
    try:
        return datetime.date(2000 + int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


# « Entretien réalisé le 16 octobre, paru dans notre édition du lundi 20 octobre 2025. »: the issue it appeared in.
_PRINTED_IN = re.compile(r"\b(?:paru|parue|publié|publiée)\s+dans\s+(?:notre|l['’]|la|le|cette)\s*(?:édition|numéro|"
                         r"livraison)\s+du\s+[^.;]{4,40}", re.IGNORECASE)


# « Transcription de l'émission du jeudi 5 février 2026 », « Journal télévisé du 3 mars 2026 »: above the
# text, the broadcast or issue it comes from (further down, « l'émission du 3 mars » may be another one).
# A transcript's or an issue's line above the text: its date is the article's, never the event's.
_BROADCAST_LINE = re.compile(r"^\W*(?:transcription|émission|journal|édition|bulletin|flash|épisode|magazine)\b"
                             r"[^.;]{0,60}?"
                             r"\b(?:du|diffusée?|enregistrée?|publiée?)\s", re.IGNORECASE)
# (« Atlantique TV Région — magazine Éco Région, diffusé le mercredi 22 janvier 2025 »: a TV magazine's)
_ISSUE_OF = re.compile(r"\b(?:émission|édition|journal|bulletin|flash|matinale|numéro|JT|magazine)\b[^.;:]{0,25}?"
                       r"\b(?:du|diffusée?\s+le|enregistrée?\s+le)\s+[^.;]{4,40}", re.IGNORECASE)


# « … il durera dix semaines. (Le Petit Ismaïlien, 27/11/2026) »: a brief signed with its paper and date.
_SOURCE_IN_BRACKETS = re.compile(r"\(\s*[^()\d]{2,40},\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$|"
                                 # (« (Publié le 20 octobre 2025) », a brief's last line: a stamp of its own)
                                 rf"^\s*\(\s*{PUBLISHED}\s+[^()]{{6,40}}\)\s*$", re.IGNORECASE)


# A Moroccan paper's date line may be in Arabic script: « الأربعاء 22 أكتوبر 2025 ». Its months, as Morocco, the
# rest of the Maghreb and the Mashreq write them, in French; its digits, when Eastern Arabic, in Western ones.
_ARABIC_MONTHS = {
    "يناير": "janvier", "جانفي": "janvier", "فبراير": "février", "فيفري": "février", "مارس": "mars",
    "أبريل": "avril", "ابريل": "avril", "أفريل": "avril", "ماي": "mai", "مايو": "mai", "يونيو": "juin",
    "يونيه": "juin", "جوان": "juin", "يوليوز": "juillet", "يوليو": "juillet", "جويلية": "juillet", "غشت": "août",
    "أغسطس": "août", "أوت": "août", "شتنبر": "septembre", "سبتمبر": "septembre", "أكتوبر": "octobre",
    "اكتوبر": "octobre", "نونبر": "novembre", "نوفمبر": "novembre", "دجنبر": "décembre", "ديسمبر": "décembre",
}
_ARABIC_MONTH = re.compile(r"(?<!\w)(" + "|".join(sorted(_ARABIC_MONTHS, key=len, reverse=True)) + r")(?!\w)")
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _in_french(text):
    """A date line with its Arabic-script months and digits written as the French ones."""
    return _ARABIC_MONTH.sub(lambda match: _ARABIC_MONTHS[match.group()], text.translate(_EASTERN_DIGITS))


def _full_date(text):
    """The first date with its year in text, or None (« réalisé le 16 octobre, paru le 20 octobre 2025 »: the 20th)."""
    text = _in_french(text)
    span = _DAY_RANGE.search(text)
    if span and span.group("year"):
        # « N° 412 — semaine du 21 au 27 novembre 2025 »: a weekly's issue is out on its first day
        return parse_absolute(f"{span['day']} {span['month']} {span['year']}")
    for match in _ABSOLUTE.finditer(text):
        if match.group("year") or match.group("y") or match.group("iso"):
            return parse_absolute(match.group())
    return None


# How far down a line may open on the dispatch's own dateline.
_DATELINE_PARAGRAPHS = 3


def _datelines(sentences, with_sentence=False):
    """The datelines the first paragraphs open on: the lead's, or a line's a little further down."""
    for number, sentence in enumerate(sentences):
        if sentence.paragraph > _DATELINE_PARAGRAPHS:
            break
        opens = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        opening = dateline(sentence) or (opening_dateline(sentence.text) if opens else None)
        if opening:
            yield (sentence, opening) if with_sentence else opening


def _quoted_at(text, position):
    """True when a position of a sentence stands inside a quotation (more « opened than closed before it)."""
    before = text[:position]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def event_date(sentences, base=None):
    """The event's date: the best dated sentence, relative dates resolved against base."""
    candidates, announced = [], []
    following = {sentence.index: sentences[n + 1] if n + 1 < len(sentences) else None
                 for n, sentence in enumerate(sentences)}
    openings = {id(sentence): opening for sentence, opening in _datelines(sentences, with_sentence=True)}
    announcing = any(sentence.paragraph == 0 and _ANNOUNCING_HEADLINE.search(sentence.text) for sentence in sentences)
    # Every sentence's dates, read once: the days to come, each sentence's candidates and the next one's all use them.
    dated = {id(sentence): _candidates(sentence.text, base) for sentence in sentences}
    coming = _coming_days(dated.values(), base)
    for sentence in sentences:
        # (« Tétouan, 12 juin 2025 (MAP) - » taken for the headline, « Casablanca, le 21 octobre 2026 – » under a
        # press room's download links: a dispatch's own date, wherever its first lines put it)
        opening = openings.get(id(sentence))
        if base and sentence.paragraph <= 2 and _BROADCAST_LINE.match(sentence.text):
            continue  # « Transcription de l'émission diffusée le jeudi 15 janvier »: the broadcast's day, the base
        if _is_stamp_line(sentence.text):
            continue  # « Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024 »: a paper's stamp, its own day
        told = dated[id(sentence)]
        acted = _dates_with_their_verb(sentence.text, told)
        for found, start in told:
            if found.relative and base and found.date <= base and _BARE_WEEKDAY.fullmatch(found.how) \
                    and found.date.weekday() in coming and not _PAST_TENSE.search(sentence.text):
                # « voici le programme de l'inauguration, samedi » beside « Samedi 24 janvier, le centre ouvrira »:
                # the coming Saturday the article gives
                found = replace(found, date=coming[found.date.weekday()])
            if _NOW.fullmatch(found.how) and len(told) > 1:
                continue  # « Ce matin, on en parle : hier en fin d'après-midi, une convention… »: the other day
            if _NOW.fullmatch(found.how) and _NAMED_TODAY.match(sentence.text, start):
                continue  # « Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024 »: a paper's name, not a day
            if _NOW.fullmatch(found.how) and _quoted_at(sentence.text, start):
                continue  # « on nous demande aujourd'hui 12,6 millions », a councillor said: his present, not a day
            if opening and start < opening.end():
                continue  # the dispatch's own date
            before = sentence.text[:start]
            # « depuis samedi », « depuis le 2 février »: the day something started, when it is recent.
            recent_start = _SINCE.search(before) and (found.relative or (
                base is not None and 0 <= (base - found.date).days <= _RECENT_DAYS))
            if _NOT_EVENT_BEFORE.search(before) and not recent_start and not _EVENT_OF_THE_DAY.search(before):
                continue
            postponed = _POSTPONED_TO.search(before)
            if found.precision == "day" and not found.relative and _AS_OF_BEFORE.search(before) and not (
                    postponed or _SET_FOR.search(before)):
                continue  # « taux d'assiduité de 93 % au 31 décembre 2024 »: a figure's day of reckoning
            if base and _PUBLISHED_JUST_BEFORE.search(before):
                continue  # « Mis en ligne le 10 octobre 2025 » run into the headline: the page's own day
            if _OUR_ISSUE_BEFORE.search(before):
                continue  # « notre article … paru dans notre édition de vendredi »: an issue of the paper, no event
            soon = _soon(found, base, sentence, announcing)
            if base and found.date > base and not (soon or postponed):
                if _starts_then(found, base, sentence.text, start):
                    announced.append(found)
                continue  # a later step, not the event the article reports
            if _NOW.fullmatch(found.how) and (not _EVENT_VERBS.search(sentence.text) or (
                    sentence.paragraph > 1 and not _DONE_TODAY.search(sentence.text))):
                # « Aujourd'hui, elle vend en ligne », « Aujourd'hui, c'est moi qui présente les projets », « une
                # agence qui emploie aujourd'hui 85 personnes »: the present of a story, not a day; down in the body,
                # only what was done today is (« le centre a été inauguré ce matin »)
                continue
            told_here = start in acted if acted else _EVENT_VERBS.search(sentence.text)
            features = {"event_verbs"} if told_here or _told_next(sentence, following[sentence.index], dated) else set()
            features |= {"headline_or_lead"} if sentence.paragraph <= 1 else set()
            features |= {"day"} if found.precision == "day" else set()
            features |= {"background"} if _BACKGROUND.search(sentence.text) else set()
            # (in an article that announces it, the coming event is the news, not a day to give way)
            features |= ({"announced"} if announcing else {"ahead"}) if soon else set()
            features |= {"postponed_to"} if postponed else set()
            ago = _AGO.fullmatch(found.how)
            features |= {"approximate"} if ago and ago.group("unit").lower().startswith("semaine") else set()
            if _TODAY.fullmatch(found.how) and sentence.paragraph > 1:
                # (« Aujourd'hui, 62 lauréats ont signé un contrat » down in the body: these days, more than a day;
                # the day the event is told on comes first)
                features.add("approximate")
            # « a-t-on appris jeudi auprès de ses promoteurs »: the day the news was told, the event only when no other
            # (« L'annonce a été faite ce mardi », « L'information a été confirmée ce lundi »: the telling's day)
            features |= {"reported"} if _REPORTED_BEFORE.search(before) else set()
            features |= {"told_that_day"} if _TOLD_THAT_DAY.search(sentence.text) else set()
            # (« en septembre dernier » counts from the month's last day: in an article of 31 October it is recent;
            # « entrés en janvier », in March, told without « dernier », stays the background it reads as)
            last_day = _month_end(found.date) if found.precision == "month" and re.search(
                r"\b(?:dernier|passé)\b", found.how, re.IGNORECASE) else found.date
            if base and (base - last_day).days > _RECENT_DAYS and not _YEARS_TO_THE_DAY.fullmatch(found.how):
                features.add("long_before")  # news reports what just happened: an older date is background
            candidates.append((sentence.index, start, Candidate("date", found.date, sentence.text,
                                                                features=frozenset(features), payload=found)))
    if any(candidate.features & {"ahead", "announced"} for _index, _start, candidate in candidates):
        # « L'annonce a été faite ce mardi », « L'information a été confirmée ce lundi » beside an event to come: the
        # day it was told (with nothing to come, « L'annonce a été faite jeudi dans l'amphithéâtre » is the event)
        candidates = [(index, start, replace(candidate, features=candidate.features | {"reported"})
                       if "told_that_day" in candidate.features else candidate)
                      for index, start, candidate in candidates]
    # In the article's order, so that the first of equally good dates wins.
    ordered = sorted(candidates, key=lambda item: item[:2])
    chosen = best([candidate for _index, _start, candidate in ordered])
    if announced and (chosen is None or "long_before" in chosen.features):
        # A call for applications: « Les cours démarreront le lundi 16 juin 2025 », « – rentrée de la promotion :
        # lundi 7 septembre 2026 ». With nothing reported that just happened, the start it announces is the event.
        return announced[0]
    if chosen and base and {"background", "long_before"} <= chosen.features:
        # « Après l'ouverture de son premier campus en juillet 2018, l'école ouvrira… »: told as what came before,
        # months before the article: with no other date, the article's own day says more of the news
        return None
    if chosen and chosen.payload.precision == "month":
        # « lancé la semaine dernière. Mardi 14 octobre, la première promotion… »: the day, told next to it,
        # or anywhere when it falls in the week told (« inaugurée la semaine dernière » … « le mardi 13 janvier »).
        index = next(index for index, _start, candidate in ordered if candidate is chosen)
        monday = chosen.payload.monday
        # (« Ouvert début avril, l'espace… » then, further down, « L'espace a été inauguré le samedi 4 avril »: the
        # event's day in that part of the month, told with its verb)
        day = next((candidate for near, _start, candidate in ordered
                    if candidate.payload.precision == "day"
                    and (monday <= candidate.value < monday + datetime.timedelta(days=7) if monday
                         else candidate.value.replace(day=1) == chosen.value and (
                             abs(near - index) <= 1 or ("event_verbs" in candidate.features
                                                        and _in_part_of_month(chosen.payload.how, candidate.value))))
                    and not candidate.features & {"background", "long_before"}), None)
        chosen = day or chosen
    return chosen.payload if chosen else None


_BARE_WEEKDAY = re.compile(rf"(?:ce\s+)?(?:{_WEEKDAY})", re.IGNORECASE)
# A verb in a past tense: the weekday it goes with is behind the article.
_PAST_TENSE = re.compile(r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\w+\s+)?"
                         r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|u|us)\b", re.IGNORECASE)
_TOLD_THAT_DAY = re.compile(r"\b(?:annonce|information|nouvelle)\s+a\s+été\s+(?:\w+\s+)?(?:faite|confirmée|"
                            r"donnée|rendue\s+publique|communiquée|officialisée)\b", re.IGNORECASE)


def _coming_days(dated, base):
    """The days, by weekday, that the article gives with their date within the coming week (« Samedi 24 janvier »),
    from each sentence's dates."""
    coming = {}
    for told in dated if base else ():
        for found, _start in told:
            if found.precision == "day" and not found.relative and 0 < (found.date - base).days <= _SOON_DAYS:
                coming.setdefault(found.date.weekday(), found.date)
    return coming


_CLAUSE_END = re.compile(r"[,;:—–()]")  # where a clause of a sentence ends
_TELLING = re.compile(r"annonc|dévoil", re.IGNORECASE)  # the verbs that tell the news rather than the event


def _month_end(day):
    """The last day of day's month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _dates_with_their_verb(text, told):
    """Where a sentence holds several days, the positions of those whose own clause tells what happened
    (« Cette semaine, la convention, signée en décembre dernier, revient dans la presse »: December's)."""
    if len({found.date for found, _start in told}) < 2:
        return set()
    acted = set()
    for found, start in told:
        opening = max((match.end() for match in _CLAUSE_END.finditer(text, 0, start)), default=0)
        closing = _CLAUSE_END.search(text, start + len(found.how))
        clause = text[opening:closing.start() if closing else len(text)]
        # (« s'ouvrira le lundi 2 mars, a annoncé hier l'association »: the telling is not the event)
        if any(not _TELLING.match(verb.group()) for verb in _EVENT_VERBS.finditer(clause)):
            acted.add(start)
    return acted


def _told_next(sentence, after, dated):
    """« Le quartier a vécu samedi dernier une matinée peu ordinaire. Devant les parents, le gouverneur a inauguré le
    centre. »: the day, then, in the next sentence of its paragraph, what happened, told without a date of its own
    (dated: each sentence's dates)."""
    return bool(after is not None and after.paragraph == sentence.paragraph and _EVENT_VERBS.search(after.text)
                and not dated[id(after)] and not _ANOTHER_ACTION.search(after.text))


# « la commune vient aussi de lancer la réfection du boulevard », « a par ailleurs inauguré »: another action, whose
# day the sentence before does not give.
_ANOTHER_ACTION = re.compile(r"\b(?:aussi|également|par\s+ailleurs)\b", re.IGNORECASE)


# « début avril »: the first ten days; « mi-avril »: the middle ten; « fin avril »: from the 20th on.
_PARTS_OF_MONTH = (("début", 1, 10), ("mi-", 10, 20), ("fin", 20, 31))


def _in_part_of_month(how, day):
    """True when a day falls in the part of the month the words say (any day when they name the month alone)."""
    how = how.lower()
    return all(first <= day.day <= last for word, first, last in _PARTS_OF_MONTH if how.startswith(word))


# « est lancé demain mercredi », « s'ouvre samedi prochain », « qui démarrera le lundi 2 mars 2026 »: an imminent
# event the headline or lead announces.
_SOON_DAYS = 7
# « le programme démarre lundi prochain », « les cours commenceront samedi »: a start announced.
# (« le lab ouvrira lundi prochain », « ouvre ses portes samedi »: an opening announced)
_STARTS = re.compile(r"\b(?:démarr|commenc|début|ouvrir|ouvrira|ouvriront|ouvre|ouvrent)\w*", re.IGNORECASE)


# « sera officiellement lancé le 3 novembre prochain », « ouvrira ses portes le 12 »: told in the future, an event a
# few weeks ahead is still the one the article announces.
_WILL_HAPPEN = re.compile(r"\b(?:sera|seront)\s+(?:officiellement\s+)?(?:lancée?s?|inaugurée?s?|ouverte?s?|"
                          r"signée?s?|posée?s?)\b|"
                          r"\b(?:ouvrira|ouvriront|démarrera|démarreront|débutera|débuteront|aura\s+lieu|auront\s+lieu|"
                          # (« en signeront la convention jeudi de la semaine prochaine », « lanceront officiellement
                          # une école », « se tiendra », « verra le jour »: the event told in the future)
                          r"signera|signeront|lancera|lanceront|inaugurera|inaugureront|présidera|procédera|"
                          r"procéderont|se\s+tiendra|se\s+tiendront|verra\s+le\s+jour|"
                          # (« les médias conviés au lancement », « est prévue le »: an invitation, a day set)
                          r"convié(?:e|s|es)?\s+(?:au|à)|est\s+prévue?|sont\s+prévue?s|est\s+programmée?)\b",
                          re.IGNORECASE)
_ANNOUNCED_DAYS = 31


def _soon(found, base, sentence, announcing=False):
    """True for an event the headline or lead announces for the coming days, told as such (in an article that
    announces it, a notice's « Date : » line or any event told in the lead, within the month)."""
    if not (base and found.precision == "day"):
        return False
    ahead = (found.date - base).days
    if not 0 < ahead <= _ANNOUNCED_DAYS:
        return False
    if _DATE_FIELD.match(sentence.text) and (announcing or sentence.paragraph <= 1 or _WILL_HAPPEN.search(
            sentence.text)):
        return True  # « Date : jeudi 17 octobre 2024 », in a press invitation
    if sentence.paragraph > (2 if announcing else 1):
        return False
    told = bool(_EVENT_VERBS.search(sentence.text) or _STARTS.search(sentence.text))
    # (« Save the date : l'académie X à Al Hoceima, le 7 mars »: the announcing headline's own day, verb or not)
    return (ahead <= _SOON_DAYS and told) or bool(_WILL_HAPPEN.search(sentence.text)) or (
        told and (announcing or sentence.paragraph == 0)) or (announcing and sentence.paragraph == 0)


# « Date : jeudi 17 octobre 2024 », « Quand ? Samedi 24 janvier »: a notice's field giving the event's day.
_DATE_FIELD = re.compile(r"^\s*(?:date|quand|jour)\s*\??\s*:", re.IGNORECASE)
# A headline that announces what is to come: « Save the date », « sera lancée », « ce qu'il faut savoir avant le
# lancement », « voici le programme de l'inauguration », « les médias conviés au lancement », « L'agenda de la
# semaine ».
# (a verb in the future in lower case: not « Samira », a name)
_ANNOUNCING_HEADLINE = re.compile(r"\bsave\s+the\s+date\b|\b(?:sera|seront)\s+\w+|"
                                  r"(?-i:\b[a-zà-ÿ]{2,}(?:era|ira|eront|iront)\b)|"
                                  r"\bavant\s+(?:le|la|l['’])\s*(?:lancement|ouverture|inauguration|signature)\b|"
                                  r"\bprogramme\s+(?:de\s+(?:la|l['’])|complet|définitif)|\bagenda\b|\bconviée?s?\b|"
                                  # (« demain », « prochain » in lower case: not « Kan Yama Kan Demain », a name)
                                  r"\binvitation\b|\bJ\s*-\s*\d+\b|(?-i:\bprochaine?\b|\bdemain\b)|\bà\s+venir\b",
                                  re.IGNORECASE)


# « Les cours démarreront le … », « La rentrée de la nouvelle promotion est fixée au … », « – démarrage de la
# formation : … »: the first day of the training.
_TRAINING_STARTS = re.compile(r"\b(?:démarr\w*|commencer\w*|commenceront|débuter\w*|débuteront|rentrée|"
                              r"premiers\s+cours|ouverture\s+des\s+cours)\b", re.IGNORECASE)
# The training's start is not told months or years ahead of its call.
_ANNOUNCED_AHEAD_DAYS = 270


def _starts_then(found, base, text, start):
    """True for a later day a call or a notice gives as the training's first day (« Les cours démarreront le … »)."""
    if found.precision != "day" or (found.date - base).days > _ANNOUNCED_AHEAD_DAYS:
        return False
    return bool(_TRAINING_STARTS.search(text[:start] + " " + text[start + len(found.how):]))


_NEXT_AFTER = re.compile(r"\s*prochain\b", re.IGNORECASE)
# A day put off to without its year is this year's when last year's is this far back.
_HALF_A_YEAR = 183
# A day without its year, days ahead, is the coming one rather than last year's, eleven months back (unless its
# weekday says which year).
_ELEVEN_MONTHS = 335
_NAMES_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY})\b", re.IGNORECASE)


def _a_year_later(day):
    """The same day a year later (the 28th for a 29 February)."""
    return _years_later(day, 1)


def _years_later(day, years):
    """The same day that many years later, or earlier when negative (the 28th for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _is_stamp_line(text):
    """True for a paper's stamp line, no sentence: « Aujourd'hui Côte Atlantique, El Jadida, 11 janvier 2024 »."""
    return bool(_STAMP_LINE.match(text)) and not _EVENT_VERBS.search(text)


def _candidates(text, base):
    """Every date expression of a sentence, resolved: (Found, position)."""
    taken = []
    for match in _DAY_RANGE.finditer(text):
        day = parse_absolute(f"{match['day']} {match['month']} {match['year'] or ''}".strip(), base)
        if day:
            taken.append((Found(day, "day", text, match.group()), match.start()))
    for match in _ABSOLUTE.finditer(text):
        if any(start <= match.start() < start + len(found.how) for found, start in taken):
            continue  # the last day of a range already read
        day = parse_absolute(match.group(), base)
        if day and match.group("day") and not match.group("year"):
            day = _year_of_weekday(match.group(), day, base) or day
            if base and day <= base and (_NEXT_AFTER.match(text, match.end()) or (
                    _POSTPONED_TO.search(text[:match.start()]) and (base - day).days > _HALF_A_YEAR) or (
                    (base - day).days > _ELEVEN_MONTHS and 0 < (_a_year_later(day) - base).days <= _ANNOUNCED_DAYS
                    and not _NAMES_WEEKDAY.search(match.group()))):
                # « sera lancé le 3 novembre prochain », « repoussé au 5 mars » in February: the one to come;
                # (« la première pierre posée le 12 mai » on 4 May: the coming one, not last year's)
                day = _a_year_later(day)
        if day:
            taken.append((Found(day, "day", text, match.group()), match.start()))
    for match in _SPELLED_DAY.finditer(text):
        # « le mardi vingt-quatre juin », « l'an deux mille vingt-cinq, le premier mars »: a formal text's day in words
        if any(start <= match.start() < start + len(found.how) for found, start in taken):
            continue
        written = match.group("day").lower()
        number = 1 if written == "premier" else count(written) if " " not in written else digits(written)
        year = digits(match.group("year") or "").strip()
        day = parse_absolute(f"{number} {match['month']} {year}".strip(), base) if str(number).isdigit() else None
        if day and not year:
            day = _year_of_weekday(f"{match['weekday'] or ''} {number} {match['month']}".strip(), day, base) or day
        if day:
            taken.append((Found(day, "day", text, match.group()), match.start()))
    for match in _MONTH_ONLY.finditer(text):
        day = parse_absolute(f"1 {match['month']} {match['year']}")
        if day:
            taken.append((Found(day, "month", text, match.group()), match.start()))
    if base is None:
        return taken
    for match in _MONTH_NO_YEAR.finditer(text):
        day = _month_before(base, match)
        if day:
            taken.append((Found(day, "month", text, match.group(), relative=True), match.start()))
    # « le 3 du mois courant » up to the article's day; « le 12 du mois dernier » within the month before
    last_month = base.replace(day=1) - datetime.timedelta(days=1)
    for pattern, latest in ((_DAY_OF_THIS_MONTH, base), (_DAY_OF_LAST_MONTH, last_month)):
        for match in pattern.finditer(text):
            number = _day_number(match)
            if number <= latest.day:
                taken.append((Found(latest.replace(day=number), "day", text, match.group(), relative=True),
                              match.start()))
    for match in _WEEKDAY_AND_DAY.finditer(text):
        day = _day_of_month_before(base, match)
        if day:
            taken.append((Found(day, "day", text, match.group(), relative=True), match.start()))
    for match in _RELATIVE_WEEKDAY.finditer(text):
        if any(start <= match.start() < start + len(found.how) for found, start in taken):
            continue
        if _EVERY.search(text[:match.start()]) or _OF_EVERY.match(text, match.end()) or (
                _HABIT_BEFORE.search(text[:match.start()]) and not match.group("which")):
            continue  # « le premier samedi de chaque mois », « le soir et le samedi », « du lundi au vendredi »
        ahead = _FUTURE_BEFORE.search(text[:match.start()]) and not match.group("which")
        day = _weekday_after(base, match) if ahead else _weekday_before(base, match)
        taken.append((Found(day, "day", text, match.group(), relative=True), match.start()))
    for match in _AGO.finditer(text):
        # « il y a une semaine jour pour jour », « il y a trois jours »: that many days before the article
        days = count(match.group("count")) * (7 if match.group("unit").lower().startswith("semaine") else 1)
        taken.append((Found(base - datetime.timedelta(days=days), "day", text, match.group(), relative=True),
                      match.start()))
    for match in _YEARS_TO_THE_DAY.finditer(text):
        # « Il y a un an jour pour jour, l'école ouvrait ses portes »: an anniversary's day, that many years back
        day = _years_later(base, -count(match.group("count")))
        taken.append((Found(day, "day", text, match.group(), relative=True), match.start()))
    for match in _RELATIVE_WORDS.finditer(text):
        if any(start <= match.start() < start + len(found.how) for found, start in taken):
            continue  # « la semaine dernière » of « le lundi de la semaine dernière », already read
        taken.append((_relative_word(base, match.group("word").lower(), text), match.start()))
    return taken


# A day written in words: « mardi vingt-quatre juin », « premier mars deux mille vingt-six ».
_SPELLED_DAY = re.compile(rf"\b(?:(?P<weekday>{_WEEKDAY})\s+)?"
                          r"(?P<day>premier|(?:vingt|trente)(?:[-\s]et[-\s]un|-[a-z]+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|"
                          rf"quatorze|quinze|seize)\s+(?P<month>{MONTHS})\b"
                          r"(?:\s+(?P<year>deux\s+mille(?:[-\s](?:et[-\s])?[a-z]+){0,3}))?", re.IGNORECASE)
# (« Il y a dix jours », « il y a quinze jours »: up to a month's worth of days)
_AGO = re.compile(r"\bil\s+y\s+a\s+(?P<count>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
                  r"quatorze|quinze|seize|vingt|trente|\d{1,2})\s+(?P<unit>jours?|semaines?)\b", re.IGNORECASE)
# « Il y a un an jour pour jour »: an anniversary, to the day.
_YEARS_TO_THE_DAY = re.compile(r"\bil\s+y\s+a\s+(?P<count>un|deux|trois|quatre|cinq|dix)\s+ans?\s+jour\s+pour\s+jour\b",
                               re.IGNORECASE)
_WEEKDAY_FIRST = re.compile(rf"^({_WEEKDAY})\b", re.IGNORECASE)
# How many years back a weekday is looked for: « mercredi 22 octobre » falls on a Wednesday every five to six years.
_WEEKDAY_YEARS = 6


def _year_of_weekday(written, day, base):
    """« mercredi 22 octobre » without its year: the latest year, up to base (or today), where it is a Wednesday; this
    year's when it is one within the month to come."""
    named = _WEEKDAY_FIRST.match(written)
    if not named or _WEEKDAYS.index(named.group(1).lower()) == day.weekday():
        return None
    weekday, latest = _WEEKDAYS.index(named.group(1).lower()), base or datetime.date.today()
    ahead = day.replace(year=latest.year) if (day.month, day.day) != (2, 29) else None
    if ahead and latest < ahead <= latest + datetime.timedelta(days=_ANNOUNCED_DAYS) and ahead.weekday() == weekday:
        return ahead  # (an agenda of 3 March announcing « samedi 15 mars »: this year's, days ahead)
    for year in range(latest.year, latest.year - _WEEKDAY_YEARS, -1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if candidate <= latest and candidate.weekday() == weekday:
            return candidate
    return None


def _month_before(base, match):
    """The first day of the named month, the latest on or before the article's (« dernier »: before it)."""
    which = (match.group("which") or "").lower()
    if which == "prochain":
        return None  # a later step, not the event reported
    key = match.group("month").lower().translate(str.maketrans("éû", "eu"))
    month = next(number for name, number in _MONTH_NUMBERS.items() if name.startswith(key))
    year = base.year if month < base.month or (month == base.month and not which) else base.year - 1
    return datetime.date(year, month, 1)


def _day_number(match):
    """The day of the month a match's « day » group gives: « 1er » is 1."""
    return 1 if match.group("day").lower() == "1er" else int(match.group("day"))


def _day_of_month_before(base, match):
    """The latest date on or before base with that weekday and day of the month (within two months)."""
    weekday = _WEEKDAYS.index(match.group("weekday").lower())
    number = _day_number(match)
    for back in range(62):
        day = base - datetime.timedelta(days=back)
        if day.day == number and day.weekday() == weekday:
            return day
    return None


def _weekday_after(base, match):
    """The next such weekday after base: « démarrera lundi »."""
    weekday = _WEEKDAYS.index(match.group("weekday").lower())
    return base + datetime.timedelta(days=(weekday - base.weekday()) % 7 or 7)


def _weekday_before(base, match):
    """The last such weekday on or before base (« prochain »: the next one)."""
    weekday = _WEEKDAYS.index(match.group("weekday").lower())
    which = " ".join((match.group("which") or "").lower().split())
    if which.startswith("de "):  # a weekday of a named week: that week's Monday, then the day
        weeks = -1 if "derni" in which or "pass" in which else 1 if "prochaine" in which else 0
        return base + datetime.timedelta(days=7 * weeks - base.weekday() + weekday)
    if which == "prochain":
        return base + datetime.timedelta(days=(weekday - base.weekday()) % 7 or 7)
    back = (base.weekday() - weekday) % 7
    if back == 0 and (match.group("which") or "").lower() in ("dernier", "passé", "passe"):
        back = 7
    return base - datetime.timedelta(days=back)


def _relative_word(base, word, text):
    """« hier », « la semaine dernière »...: a day, or a month when the words name a longer span."""
    word = word.replace("’", "'")
    days = {"hier": 1, "avant-hier": 2, "demain": -1}
    if "week-end" in word:
        # The Saturday of the weekend on or before the article; « dernier » on a weekend: the one before.
        back = (base.weekday() - 5) % 7
        days[word] = back + 7 if word.endswith("dernier") and back < 2 else back
    if word in days:
        return Found(base - datetime.timedelta(days=days[word]), "day", text, word, relative=True)
    if word.startswith("ce mois") or word in ("le mois courant", "le mois en cours"):
        return Found(base.replace(day=1), "month", text, word, relative=True)
    if word in ("le mois dernier", "le mois passé"):
        last = base.replace(day=1) - datetime.timedelta(days=1)
        return Found(last.replace(day=1), "month", text, word, relative=True)
    if word.startswith("la semaine") or word == "cette semaine" or "début de" in word:
        # The week is known, not its day: the month of its middle (a Wednesday).
        monday = base - datetime.timedelta(days=base.weekday() + (7 if word.startswith("la semaine") else 0))
        return Found((monday + datetime.timedelta(days=2)).replace(day=1), "month", text, word, relative=True,
                     monday=monday)
    return Found(base, "day", text, word, relative=True)
