"""News round-ups: several unrelated items on one page, of which only the digital-training one is read.

A regional round-up (« Berkane – Récolte record... », « Nador – Formation au numérique... »,
« Oujda – Voirie... ») carries other items' figures, dates, places and organisations. When a page is
made of such items, the one about training and the digital trade is the article: the others are
left out before any field is read; the chosen item's heading becomes its headline, or its opening
place its dateline.
"""

import re
from dataclasses import replace

from .text import CAPS_ITEM_HEAD, MONTHS, ROUNDUP_TITLE, WEEKDAYS

# An item opens with a place and a dash or a colon: « Nador – Formation... », « Oujda : voirie ».
# (« Essaouira. Soixante-quinze femmes… »: a place and a full stop too)
# (« ■ Safi / Le port… », « 3. Fès — Formation : … », « PÊCHE — Agadir : … »: a bullet, a number, a rubric in
# capitals, a slash)
# (« MER. 4 | AL HOCEIMA | … »: a week's diary, one line a day, its weekday and day of the month first)
# (« [2] BAB BERRED · Numérique »: a number in brackets, a middle dot)
# (« -- SIDI IFNI : Un espace de code -- »: a wire's item between runs of dashes)
# (« - Martil : la saison estivale est lancée. Les 14 postes … »: a hyphen as the bullet, before a capitalised place,
# over a heading and its story; not « - Errachidia (10 au 14 mars) : 620 élèves ; », a line of an itinerary)
_HEAD = re.compile(r"^(?P<rubric>[■●▪•►▶◆▸‣➤*]\s*|[–—]\s+(?=[A-ZÀ-Þ]{3,})|-\s+(?=[A-ZÀ-Þ][^.;]{0,100}\.\s+[A-ZÀ-Þ])|"
                   r"[-=~*]{2,}\s*|"
                   r"\d{1,2}[.)]\s+|\[\d{1,2}\]\s*|"
                   r"[A-ZÀ-Þ]{3,}(?:\s+[A-ZÀ-Þ]{2,}){0,2}\s*[–—-]\s*|"
                   r"(?P<weekday>LUN|MAR|MER|JEU|VEN|SAM|DIM)[A-Z]*\.?\s+(?P<day>\d{1,2})\s*\|\s*)?"
                   # (« Tinghir - Une convention pour l'école … »: a plain hyphen, spaced, as the dash)
                   r"(?P<place>[^\W\d_][\w'’ -]{1,40}?)\s*(?:\([^)]*\))?\s*(?P<sep>[–—:/|·]|\.(?=\s+[A-ZÀ-Þ])|"
                   r"(?<=\s)-(?=\s))\s+\S")


# « Dimanche 15 février — Zagora Clôture du festival… »: a diary of the week, a day and a town opening each entry.
_DIARY_HEAD = re.compile(rf"^(?P<rubric>(?P<dayname>(?i:{WEEKDAYS}))\s+"
                         rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>(?i:{MONTHS}))\s*[–—-]\s*)"
                         r"(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}?)(?P<sep>)\s*(?:[:.–—]\s*)?(?=[A-ZÀ-Þ«])")


def _head(paragraph):
    """How an item opens (its rubric, place and separator), or None."""
    return _DIARY_HEAD.match(paragraph) or _HEAD.match(paragraph) or CAPS_ITEM_HEAD.match(paragraph)


_WEEKDAYS = {day[:3].upper(): day for day in WEEKDAYS.split("|")}  # « MER. » → « mercredi »
# « 2. Intelligence artificielle. La 3e édition… »: a numbered item, its place further in.
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-ZÀ-Þ][\w'’ -]{1,40}?\s*[.:–—]\s+\S")
# The words of this site's trade: training, schools and the digital professions.
_TRADE = re.compile(
    r"\b(?:form(?:e|ent|er|era|eront|ation|ations|és|ées|ateurs?)|académies?|web|numériques?|digital(?:e|es|isation)?|cod(?:e|age|eurs?|euses?)|"
    r"programm(?:ation|eurs?)|développeu(?:r|rs|se|ses)|cyber\w*|intelligence artificielle|data|écoles?|"
    r"apprenant(?:e)?s?|étudiant(?:e)?s?|stagiaires?|bootcamps?|incubat\w+|compétences|talents?|informatique|"
    r"campus|certifi\w+|lauréat(?:e)?s?|apprentissage|IA|YouCode|JobInTech|1337|"
    r"apprenn\w+|apprendre|bureautique|modules?)\b",
    re.IGNORECASE,
)
# The digital trade itself: an item about training without one of these words is another trade's.
_DIGITAL = re.compile(
    r"\b(?:numériques?|digital\w*|cod(?:e|age|eurs?|euses?|ing)|programm(?:ation|eurs?|euses?)|développeu(?:r|rs|se|ses)|"
    r"cyber\w*|intelligence\s+artificielle|data|données|web|informatiques?|IA|YouCode|JobInTech|1337|en\s+ligne|"
    r"e-commerce|robotique|bureautique|internet|logiciels?|cloud|startups?|incubat\w+|tech\w*|ordinateurs?)\b",
    re.IGNORECASE,
)
# An event about the trade (a colloquium, a fair) is not a training: its item weighs less.
_EVENT = re.compile(r"\b(?:colloques?|conférences?|festivals?|salons?|forums?|séminaires?|table ronde|spectateurs)\b",
                    re.IGNORECASE)
_EVENT_WEIGHT = 4
_HEADING = 100  # an item's heading: its first characters (« 4. IFRANE — Colloque sur l'intelligence artificielle »)
# An item naming the trade this many times is about training.
_ABOUT_TRAINING = 2
# A round-up of the trade's news opens with one sentence of its own at most (« Chaque lundi, notre sélection… »).
_INTRO_PARAGRAPHS = 1
# Fewer items than this is an article with a dateline, not a round-up.
_MIN_ITEMS = 3


# A page about several decisions at once: « adopte sept conventions », « neuf points à l'ordre du jour ».
_SEVERAL = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|une série d['’]?e?|l['’]ensemble "
    r"des)\s+(?:conventions|points|projets|accords|avenants|dossiers|décisions)\b|\bordre du jour\b|"
    r"\bsession (?:ordinaire|extraordinaire)\b",
    re.IGNORECASE,
)
# A council's session, whose points are its decisions (not « l'essentiel en cinq points »).
_SESSION = re.compile(r"\bsession\b|\bordre du jour\b|\badopt(?:e|ent|é|és|ée|ées)\b", re.IGNORECASE)
# A paragraph that is an item of its own: a convention, a project or a figure of money or jobs.
# (« 6,5 M DH », « 4 M. DH »: the million's letter set apart)
_ITEM = re.compile(r"\b(?:conventions?|avenants?|accords?|projets?)\b|"
                   r"\d[\d\s,.]*\s*(?:MDH|M\.?\s*DH|millions|milliards|emplois)\b", re.IGNORECASE)


def focus(article, is_place):
    """The article itself, or, for a round-up, the article reduced to its one digital-training item.

    is_place(name) says whether a name is a place of the gazetteer: only places open items, so that
    an article's own intertitles (« Objectif : 10 000 stagiaires ») never cut it into pieces.
    """
    items = _items(article.paragraphs, is_place)
    # (« Marrakech-Safi : ce que le Conseil régional a voté en décembre », over « Lors de sa session ordinaire … »:
    # a session's headline and opening, even when the headline opens on a place as an item does)
    opening = next((n for n, p in enumerate(article.paragraphs) if items and p is items[0][0]), 0)
    titles = (article.headline, *article.header_lines)
    # (« Les brèves de la semaine », opening « Session du conseil régional, eau à Tan-Tan … : voici ce qu'il faut
    # savoir »: a round-up whose first item is a session, not a session's page; « l'essentiel de la session » is one)
    titled_roundup = any(ROUNDUP_TITLE.search(line or "") for line in titles) and not any(
        _SESSION.search(line or "") for line in titles)
    session = not titled_roundup and _SESSION.search(" ".join([article.headline or "", *article.paragraphs[:opening]]))
    head = _head(article.headline or "")
    above_items = []  # what stands between the headline and the first item, when the headline is read as one
    if head and _opens_on_place(head, is_place):
        # « ■ SIDI KACEM — La foire ouvre » taken for the headline: the page's first item, with the paragraphs under it.
        paragraphs = article.paragraphs
        first = next((n for n, p in enumerate(paragraphs) if items and p is items[0][0]), len(paragraphs))
        above_items = paragraphs[:first]
        items = [[article.headline, *above_items], *items]
    said_in_opening = any(_ROUNDUP_INTRO.search(p or "")
                          for p in [article.headline, *article.paragraphs[:_INTRO_PARAGRAPHS + 1]])
    if len(items) < _MIN_ITEMS and (any(ROUNDUP_TITLE.search(line) for line in titles) or said_in_opening):
        # « L'Oriental en bref », then « Selouane accueille un campus JobInTech » over its paragraphs: items under
        # headings of their own, which need not open on a place (the first heading taken for the headline when the
        # round-up's title stands above the date)
        titled = ROUNDUP_TITLE.search(article.headline or "") or said_in_opening
        items = _headed_items(article.paragraphs if titled else [article.headline, *article.paragraphs]) or items
    # « 🎬 1. À la une : … », « 💸 2. Funding : … », « 🏊 3. Admissions : … »: a newsletter's or a list's numbered
    # headings, each a line over its paragraphs, are its items (« 2. JobInTech — le programme » is a heading, not an
    # item of its own)
    numbered = _numbered_items(article.paragraphs)
    if numbered and not titled_roundup and any(_ONE_STORY_IN_POINTS.search(line or "") for line in
                                               [*titles, *article.paragraphs[:_INTRO_PARAGRAPHS + 1]]):
        return article  # (« 5 choses à retenir de la première remise de diplômes »: one story, its points numbered)
    if _notice_sections(numbered):
        numbered = []  # (« 1. Objet », « 2. Public cible », « 5. Calendrier »: one call's sections, not a round-up)
    items = numbered or _cued_items(article.paragraphs) or items
    first = next((n for n, p in enumerate(article.paragraphs) if items and p is items[0][0]), 0)
    if len(items) < _MIN_ITEMS or session or (
            not titled_roundup and _SESSION.search(" ".join([article.headline, *article.paragraphs[:first]]))):
        # (a council's session, « adopte neuf points »: its numbered points are decisions of one session, whose
        # date and parties the opening paragraph gives)
        return _without_other_decisions(article)
    scores = [_about_training(item) for item in items]
    best = max(scores)
    runner_up = sorted(scores)[-2]
    if best < _ABOUT_TRAINING:
        return article  # no item is about training
    if not titled_roundup and not said_in_opening and _told_before(article.paragraphs[:first], items) >= best:
        # (« D'abord, les faits. Les cours ont démarré lundi … » then « Maintenant, mon avis. 1. … 2. … »: a post that
        # tells its news first and argues it in numbered points, one story, not a round-up's items)
        return article
    if runner_up * 2 > best:
        # Several are as much. Told in a paragraph each (« Oujda : 200 places... », « Nador : 150 places... »), one
        # programme site by site: the page is read as it is. (A new primary school beside a coding centre says
        # « école » once or twice: the centre's item still stands out.) Each under its own heading, a week's news
        # of the trade: the item the headline names, else the first.
        # (a feature telling its story first, then its sections « Imzouren : … », « Oujda : … », is read whole)
        told = [p for p in article.paragraphs[:first] if _ends_a_sentence(p)]
        # (a round-up said to be one, « TOUR DES RÉGIONS DU SUD » or « Chaque semaine, notre rédaction fait le
        # point », whose items run their heading into their paragraph: items all the same)
        said = any(ROUNDUP_TITLE.search(line) for line in titles) or any(
            _ROUNDUP_INTRO.search(p) for p in article.paragraphs[:first])
        if (not all(len(item) >= 2 for item in items) and not said) or len(told) > _INTRO_PARAGRAPHS:
            return article
        # (« Souss-Massa : les brèves de la semaine » read as the first item, over its byline and its summary of the
        # week: a round-up's title, named by itself and about everything, comes after every other item)
        titled_item = items[0] if above_items and ROUNDUP_TITLE.search(article.headline) else None
        order = [pair for pair in zip(items, scores, strict=True) if pair[0] is not titled_item] + (
            [(titled_item, scores[0])] if titled_item else [])
        named = (item for item, _score in order if item is not titled_item and _named_in(article.headline, item[0]))
        item = next(named, next(item for item, score in order if score >= _ABOUT_TRAINING))
    else:
        item = items[scores.index(best)]
    item = [_plain_head(item[0]) if _head(item[0]) else _NUMBER_BEFORE.sub("", item[0]), *item[1:]]
    # What stands above the first item (« Édition du mardi 10 juin 2025 ») is the page's header: its date.
    # (the page's headline too, which the item's replaces: « Revue publiée le vendredi 26 septembre 2025 »)
    # (« Drâa-Tafilalet : les brèves de la semaine », then its byline « Par X | Publié le vendredi 16 février 2024 »,
    # read as a first item: when another item is the story, its lines are still the page's header)
    above = above_items if above_items and item[1:] != above_items else []
    article = replace(article, header_lines=[*article.header_lines, article.headline, *article.paragraphs[:first],
                                             *above])
    if head and _opens_on_place(head, is_place):
        article = replace(article, headline="")  # the page's first item read as its headline: another item's news
    if _STORY_CUE.match(item[0]):
        return replace(article, paragraphs=item[1:])  # (the cue is no headline: the bulletin's own stays)
    if len(item) > 1 and not _ends_a_sentence(item[0]):
        # « Inezgane : une académie du code » above its text: the item's own headline.
        return replace(article, headline=item[0], paragraphs=item[1:])
    return replace(article, paragraphs=item)


def _told_before(paragraphs, items):
    """How much the prose above a page's first item speaks of training (its headings and short lines left out); none
    when it is the round-up's summary, naming the items' places (« Cette semaine : un hackathon à Kénitra, … »)."""
    told = " ".join(p for p in paragraphs if _ends_a_sentence(p) and len(p.split()) > _HEADING_WORDS)
    places = {head.group("place").strip().lower() for head in (_head(item[0]) for item in items) if head}
    summary = sum(_says(told, place) for place in places) >= 2
    return 0 if summary or _NOT_DIGITAL.search(told) else len(_TRADE.findall(told))


def _ends_a_sentence(paragraph):
    """True when a paragraph closes as a sentence does, not as a heading."""
    return paragraph.rstrip().endswith((".", "!", "?", "…", "»"))


def _named_in(headline, heading):
    """True when the page's headline names an item by its place or a quoted name of its heading."""
    head = _head(heading)
    names = [head.group("place").strip()] if head else []
    names += re.findall(r"«\s*([^»]{3,60}?)\s*»", heading)
    # (« Safi » is not named by « En bref – Marrakech-Safi et au-delà »: a part of a region's name)
    return any(name and _says(headline, name) for name in names)


def _says(text, name):
    """True when a text names a place or a name as a whole word (« Safi » is not in « Marrakech-Safi »)."""
    return bool(re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text.lower()))


def _about_training(item):
    """How much an item speaks of training: the trade's words, less when its heading announces an event; nothing
    when it says it is not about the digital trade (« aucune compétence numérique n'y est enseignée »)."""
    heading = item[0][:_HEADING]
    if _NOT_DIGITAL.search(" ".join(item)) or (_head(item[0]) and not _DIGITAL.search(" ".join(item))):
        # (a welding course's « formation » and « stagiaires » are not this site's news; nor « Ouazzane : 180
        # apprentis en couture », a town's item whose words of training say nothing of the digital trade; a
        # communiqué's « 1. Objectifs » is a section of one news, not an item)
        return 0
    return len(_TRADE.findall(" ".join(item))) - _EVENT_WEIGHT * len(_EVENT.findall(heading))


# « Aucune compétence numérique n'y est enseignée », « le cycle n'a aucun volet numérique », « sans lien avec le
# numérique »: the item says its course is not about the trade (not « des femmes sans compétences numériques », who
# are its audience).
_NOT_DIGITAL = re.compile(r"\b(?:aucune?|sans)\s+(?:volet|module|contenu|composante|dimension|cours|"
                          r"lien\s+avec\s+le)\s+(?:numérique|digital|informatique)\b|"
                          r"\baucune?\s+[\w'’-]+\s+(?:numériques?|digital(?:e|es)?|informatiques?)\s+n['’]y\s+"
                          r"(?:est|sont|sera|seront)\s+(?:enseigné|abordé|prévu|dispensé)", re.IGNORECASE)


def _plain_head(paragraph):
    """An item's opening as a dateline would be written: « ■ Safi / Le port » into « Safi – Le port »."""
    head = _head(paragraph)
    if head.groupdict().get("dayname"):  # « Jeudi 19 février — Errachidia Un club… » into « Errachidia – jeudi 19 … »
        return (f"{head.group('place')} – {head.group('dayname').lower()} {head.group('day')} {head.group('month')} – "
                f"{paragraph[head.end():].strip()}")
    if head.groupdict().get("weekday"):  # « MER. 4 | AL HOCEIMA | … » into « Al Hoceima – mercredi 4 – … »
        place = head.group("place").strip()
        return (f"{place.title() if place.isupper() else place} – {_WEEKDAYS[head.group('weekday')]} "
                f"{head.group('day')} – {paragraph[head.end('sep'):].strip()}")
    if head.group("sep") not in ("/", "|", "·"):
        bullet = head.group("rubric") and not head.group("rubric")[0].isalpha()  # « ■ », « 3. »: not a rubric
        return _CLOSING_RUN.sub("", paragraph[head.end("rubric"):]) if bullet else paragraph
    return paragraph[head.start("place"):head.start("sep")].rstrip() + " –" + paragraph[head.end("sep"):]


# « … d'Aït Baâmrane -- »: the run of dashes closing a wire's item heading.
_CLOSING_RUN = re.compile(r"\s*[-=~*]{2,}\s*$")


def _opens_on_place(head, is_place):
    """True when an item's head names a place: after its rubric (« PÊCHE — Agadir : »), or as the rubric itself, in
    capitals (« ZAGORA — Numérique. »)."""
    place = head.group("place").strip()
    rubric = (head.group("rubric") or "").strip(" –—-")
    # (« TAN-TAN – La station … »: a hyphened town read as a rubric « TAN- » and a place « TAN »; the whole says it)
    whole = head.string[:head.start("sep")].strip(" –—-") if head.group("sep") else ""
    return any(is_place(name) or (name.isupper() and is_place(name.title())) for name in (place, rubric, whole)
               if name)


def _items(paragraphs, is_place):
    """The page's items, each a list of paragraphs opening with a place; the text before them left out."""
    items, current = [], None
    for paragraph in paragraphs:
        head = _head(paragraph)
        if head and _opens_on_place(head, is_place):
            if current is not None and len(current) == 1 and not _ends_a_sentence(current[0]):
                # « Guercif : un atelier ouvre ses portes » over « — GUERCIF. Un atelier… »: its heading, one item
                current.append(paragraph)
                continue
            current = [paragraph]
            items.append(current)
        elif _NUMBERED.match(paragraph):
            # (a numbered item is its paragraph alone: what follows a podium « 1. …, 2. …, 3. … » is the story's)
            items.append([paragraph])
            current = None
        elif current is not None:
            current.append(paragraph)
    return items


# A round-up's opening words: « Chaque semaine, notre rédaction fait le point sur … ».
# (« Comme chaque début de mois, nous revenons sur les faits marquants des quatre semaines écoulées »)
_ROUNDUP_INTRO = re.compile(r"\bchaque\s+(?:début\s+de\s+|fin\s+de\s+)?(?:semaine|jour|mois)\b[^.;]{0,60}"
                            r"\b(?:fait\s+le\s+point|revient\s+sur|revenons\s+sur|sélectionne|résume|faits\s+marquants)\b",
                            re.IGNORECASE)
# A page that says it tells one story in points: « 5 choses à retenir de la remise de diplômes », « L'essentiel en
# cinq points », « Ce qu'il faut savoir sur l'école », « … en dix questions ».
_ONE_STORY_IN_POINTS = re.compile(r"\b(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:choses|points|"
                                  r"questions|chiffres|clés|raisons|leçons|enseignements)\s+(?:à\s+(?:retenir|savoir)|"
                                  r"pour\s+comprendre|sur|de|du|des|d['’])|"
                                  r"\bl['’]essentiel\s+en\s+(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
                                  r"(?:points|questions|chiffres)\b|\bce\s+qu['’]il\s+faut\s+(?:savoir|retenir)\s+"
                                  r"(?:sur|de|du|des|d['’])", re.IGNORECASE)
# The longest heading of an item: a line of a few words, over a paragraph of its own.
_HEADING_WORDS = 16


def _grouped(paragraphs, opens):
    """The paragraphs gathered under each one that opens an item (opens(paragraph, the one below, items so far)), the
    text before the first left out; [] when there are too few items to make a round-up."""
    items, current = [], None
    for paragraph, below in zip(paragraphs, [*paragraphs[1:], ""][:len(paragraphs)], strict=True):
        if opens(paragraph, below, len(items)):
            current = [paragraph]
            items.append(current)
        elif current is not None:
            current.append(paragraph)
    return items if len(items) >= _MIN_ITEMS else []


def _headed_items(paragraphs):
    """The items of a round-up told under headings (a short line, not a sentence, above a paragraph), or []."""
    return _grouped(paragraphs, lambda paragraph, below, _count: len(paragraph.split()) <= _HEADING_WORDS
                    and not _ends_a_sentence(paragraph) and _ends_a_sentence(below))


# « [TITRE 2 – ZONE01 OUJDA] », « [SUJET 3] », « [BRÈVE – SPORT] »: a bulletin's running order, one cue per story (not
# « [SON – Imane, 0'12] », « [JINGLE] »: a clip or a jingle inside a story).
_STORY_CUE = re.compile(r"^\[\s*(?:TITRE|SUJET|BRÈVE|BREVE|INFO|TITRE\s+SUIVANT)\b[^\]]{0,60}\]$", re.IGNORECASE)


def _cued_items(paragraphs):
    """The stories of a bulletin's running order, each under its cue (« [TITRE 2 – ZONE01 OUJDA] »), or []."""
    return _grouped(paragraphs, lambda paragraph, _below, _count: bool(_STORY_CUE.match(paragraph)))


# « 🎬 1. À la une : … », « 5. NOUVEAU — Cyber Sprint », « 3) Admissions »: a numbered heading, a symbol before it.
_NUMBERED_HEADING = re.compile(r"^[^\w«“\"]{0,4}\s*(?P<number>\d{1,2})[.)]\s+\S")


def _numbered_items(paragraphs):
    """The items of a page under numbered headings (1, 2, 3… in order, each a line over paragraphs), or []."""
    def opens(paragraph, below, count):
        heading = _NUMBERED_HEADING.match(paragraph)
        return bool(heading and int(heading.group("number")) == count + 1 and not _ends_a_sentence(paragraph)
                    and len(paragraph.split()) <= _NUMBERED_HEADING_WORDS and below
                    and not _NUMBERED_HEADING.match(below))
    return _grouped(paragraphs, opens)


_NUMBERED_HEADING_WORDS = 20
# The sections of a call for applications or of its rules, as a notice numbers them.
_NOTICE_SECTION = re.compile(
    r"(?:objet|objectifs?|public(?:\s+cible|\s+concerné)?|conditions?(?:\s+\w+){0,3}|éligibilité|"
    r"critères(?:\s+\w+){0,3}|dossiers?(?:\s+de\s+candidature)?|pièces\s+à\s+fournir|calendrier|dates\s+clés|"
    r"modalités(?:\s+\w+){0,3}|sélection|contacts?|inscriptions?|nombre\s+de\s+places|places|durée|déroulement|"
    r"contenu(?:\s+\w+){0,3}|frais|engagements?|dispositions?(?:\s+\w+){0,2}|candidatures?)\s*[.:]?",
    re.IGNORECASE)


def _notice_sections(items):
    """True when most numbered headings are a notice's sections (« 1. Objet », « 3. Nombre de places »)."""
    labels = [_NUMBER_BEFORE.sub("", item[0]).strip() for item in items]
    sections = sum(1 for label in labels if _NOTICE_SECTION.fullmatch(label))
    return sections >= _MIN_ITEMS and sections * 2 >= len(labels)

# (« 🎬 1. » before « À la une : … »: the heading's symbol and number, left out of the headline it becomes)
_NUMBER_BEFORE = re.compile(r"^[^\w«“\"]{0,4}\s*\d{1,2}[.)]\s+")


def _breakdown(paragraphs):
    """Paragraphs announcing a sum in parts (« répartis comme suit : ») and the list lines under them."""
    found, listing = [], False
    for paragraph in paragraphs:
        if listing and _LIST_LINE.match(paragraph):
            found.append(paragraph)
            continue
        # (« Cinq conventions ont été votées : » announces decisions, each its own, not one sum in parts)
        listing = paragraph.rstrip().endswith(":") and bool(_ITEM.search(paragraph)) and not _SEVERAL.search(paragraph)
        if listing:
            found.append(paragraph)
    return found


_LIST_LINE = re.compile(r"^\s*[-–•*·]\s")


# « Le projet est désormais financé par … Son budget … », then « La première promotion comptera 150 jeunes »:
# paragraphs going on about the training item just told, with money or jobs but none of the trade's words.
_GOES_ON = re.compile(r"^(?:Le\s+projet|Le\s+programme|L['’]initiative|Ce\s+projet|Ce\s+programme|Cette\s+initiative|"
                      r"Le\s+centre|L['’]école|L['’]académie|Son\s+budget|Sa\s+première|Il|Elle|"
                      # (« La première promotion comptera 150 jeunes … 300 emplois directs »: its people and jobs)
                      r"La\s+(?:première\s+)?promotion|Les\s+(?:apprenant|stagiaire|bénéficiaire|lauréat)e?s|"
                      r"Les\s+cours|La\s+formation|"
                      # (« L'avenant redessine le financement du programme »: the session's point just told, its money)
                      r"L['’]avenant|Cet\s+avenant|La\s+convention|Cette\s+convention|Son\s+financement|"
                      r"Le\s+financement)\b")


def _without_other_decisions(article):
    """A council session's or a list's other items left out: the paragraphs of other decisions.

    « Le conseil a adopté sept conventions »: each convention its paragraph, with its money, jobs and
    partners; only those about training and the digital trade, and the paragraphs with no decision
    of their own (the session, its date), are read.
    """
    # (« EXTRAIT DU PROCÈS-VERBAL DE LA SESSION ORDINAIRE » above the headline: the minutes' own header)
    if not _SEVERAL.search(" ".join([*article.header_lines, article.headline, *article.paragraphs[:1]])):
        return article
    points = _numbered_points(article.paragraphs)
    if len(points) >= _MIN_ITEMS - 1:
        # (minutes with « POINT 3 — … » headings: each point is its heading and what follows it, up to the next)
        training = [point for point in points if len(_TRADE.findall(" ".join(point))) >= _ABOUT_TRAINING]
        # (« 3. Formation professionnelle » beside « 4. École de programmation Zone01 Oujda »: the digital trade's point
        # when there is one, not every training's)
        digital = [point for point in training if _DIGITAL.search(" ".join(point))]
        others = [p for point in points if point not in (digital or training) for p in point]
        if len(others) < sum(len(point) for point in points):
            return replace(article, paragraphs=[p for p in article.paragraphs if not any(p is o for o in others)])
    # (the first paragraph announcing the decisions, « a adopté sept conventions », tells the session: kept)
    intro = next((p for p in article.paragraphs if _SEVERAL.search(p)), None)
    # (« Le coût global du projet s'élève à 9,6 MDH, répartis comme suit : » and the lines of the list under it are
    # one sum told in parts, not decisions of their own)
    breakdown = _breakdown(article.paragraphs)
    others, told = [], False  # told: the paragraph before is about training, or goes on about it
    for paragraph in article.paragraphs:
        goes_on = told and bool(_GOES_ON.match(paragraph))
        if (_ITEM.search(paragraph) and not _TRADE.search(paragraph) and paragraph is not intro
                and not any(paragraph is q for q in breakdown) and not goes_on):
            others.append(paragraph)
        told = goes_on or len(_TRADE.findall(paragraph)) >= _ABOUT_TRAINING
    about_training = [p for p in article.paragraphs if len(_TRADE.findall(p)) >= _ABOUT_TRAINING]
    if len(others) < _MIN_ITEMS - 1 or not about_training:
        return article
    return replace(article, paragraphs=[p for p in article.paragraphs if p not in others])


# « POINT 3 — Examen et approbation de la convention … », « Point n° 2 : … »: the heading of a session's point.
# (« 4. École de programmation Zone01 Oujda : avenant n° 1 »: a press kit's numbered heading, a line of its own)
_POINT_HEAD = re.compile(r"^\s*(?:POINT|Point)\s+(?:n°\s*)?\d{1,2}\s*[—–:.-]|^\s*\d{1,2}[.)]\s+[A-ZÀ-Þ][^.!?]{0,80}$")


def _numbered_points(paragraphs):
    """A session's points, each its heading and the paragraphs below it up to the next heading, or []."""
    points = []
    for paragraph in paragraphs:
        if _POINT_HEAD.match(paragraph):
            points.append([paragraph])
        elif points:
            points[-1].append(paragraph)
    return points
