"""Numbers as the French press writes them: « 9.740.000 », « 13, 3 », « 2 000 », « deux milliers »."""

import re

from text_to_num import alpha2digit, text2num

_SPACES = "\u00a0\u202f\u2009 "
# A whole number with thousands separated by dots or spaces, or a plain or decimal one.
NUMBER = (
    r"(?<![\d.,])(?:\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?"
    # « 13, 3 millions » : a comma and a space inside a number only before a multiplier.
    r"|\d+,\s\d+(?=\s*(?:millions?|milliards?|M?MDH)\b)"
    r"|\d+(?:,\d+|\.\d{1,2}(?!\d))?)(?![\d])"
)
_NUMBER_RE = re.compile(NUMBER)
# « deux milliers de lauréats », « un millier », « une centaine » : alpha2digit leaves them.
# (« quelques dizaines de personnes », « quelques centaines »: no figure anyone could quote, left in words)
_GROUPS = re.compile(r"\b(?P<count>\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
                     r"(?P<unit>milliers?|centaines?|dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|"
                     r"quarantaines?|cinquantaines?|soixantaines?)\b", re.IGNORECASE)
_GROUP_SIZE = {"millier": 1000, "centaine": 100, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
               "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60}
# Moroccan phone numbers: « 05 36 50 12 34 », « +212 5 22 00 00 00 ».
_PHONE = re.compile(r"(?:\+212\s?(?:\(0\)\s?)?|\b0)\d(?:[\s.-]?\d{2}){4}\b")
_AND_BETWEEN_NUMBERS = re.compile(r"\bet\b(?=\s+(?!une?\b|onze\b))", re.IGNORECASE)
# alpha2digit would turn « 13,3 millions » into « 13,3 1000000 »: keep such words apart.
# So would it « trois virgule deux millions » (« 3,2000000 »): a decimal in words keeps its multiplier apart too.
_MULTIPLIER_AFTER_DIGIT = re.compile(r"(?<=\d)(\s*)(millions?|milliards?)\b", re.IGNORECASE)
# (« des milliards de dirhams », « plusieurs millions »: no count, no figure; alpha2digit would make it 1 milliard)
_VAGUE_MULTIPLIER = re.compile(r"(\b(?:des|plusieurs|quelques|nombreux|nombreuses|les|ces|ses|de|d['’])\s*)"
                               r"(millions?|milliards?)\b", re.IGNORECASE)
_MULTIPLIER_AFTER_DECIMAL = re.compile(r"(\bvirgule\s+[a-zé-]+\s*)(millions?|milliards?)\b", re.IGNORECASE)


def to_number(text):
    """The value of one written number: « 9.740.000 » → 9740000, « 13, 3 » → 13.3."""
    text = text.strip()
    for space in _SPACES:
        text = text.replace(space, "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    value = float(text)
    return int(value) if value == int(value) else value


# « une vingtaine de millions », « un demi-milliard », « un milliard et demi »: amounts in words.
_GROUPS_OF_MILLIONS = re.compile(
    r"\b(?P<count>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?P<unit>dizaines?|douzaines?|"
    r"quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?)\s+de\s+"
    r"(?P<mult>millions|milliards)\b", re.IGNORECASE)
_HALF = re.compile(r"\b(?:un\s+)?demi-(?P<mult>million|milliard)\b", re.IGNORECASE)
# (« douze millions et demi », « vingt-cinq millions et demi »: any number in words)
_UNIT_WORDS = r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
_TENS_WORDS = r"(?:vingt|trente|quarante|cinquante|soixante|cents?)"
_AND_A_HALF = re.compile(rf"\b(?P<count>\d+|(?:{_UNIT_WORDS}|{_TENS_WORDS})(?:[-\s](?:et[-\s])?(?:{_UNIT_WORDS}|"
                         rf"{_TENS_WORDS}))*)\s+(?P<mult>millions?|milliards?)\s+et\s+demi\b", re.IGNORECASE)


def _spelled_amounts(sentence):
    """« une vingtaine de millions » → « environ 20 millions », « un demi-milliard » → « 0,5 milliard »."""
    sentence = _GROUPS_OF_MILLIONS.sub(
        lambda m: f"environ {count(m.group('count')) * _GROUP_SIZE[m.group('unit').lower().rstrip('s')]} "
                  f"{m.group('mult')}", sentence)
    sentence = _HALF.sub(lambda m: f"0,5 {m.group('mult')}", sentence)
    return _AND_A_HALF.sub(lambda m: f"{count(m.group('count'))},5 {m.group('mult')}", sentence)


def count(word):
    """The value of a small number in words or digits: « une » → 1, « trois » → 3, « quelques » → 3."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("un", "une"):
        return 1
    return 3 if word == "quelques" else text2num(word, "fr")


# « 325 mille dirhams », « 1,5 mille jeunes »: digits, then the word for a thousand (alpha2digit would read « mille »
# alone, 1000, and lose the 325).
_THOUSANDS_AFTER_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d+)?)\s+mille\b", re.IGNORECASE)


def _thousands(match):
    """« 325 mille » → « 325000 »."""
    return str(round(to_number(match.group(1)) * 1000))


# « 1 milliard 200 millions de dirhams », « un milliard et 500 millions de centimes »: one amount told in two units.
_BILLIONS_AND_MILLIONS = re.compile(r"(?<![\d.,])(\d{1,3}|\bun)\s+milliards?\s+(?:et\s+)?(\d{1,3})\s+millions\b",
                                    re.IGNORECASE)


def _billions_and_millions(match):
    """« 1 milliard 200 millions » → « 1,2 milliards »."""
    billions = "1" if match.group(1).lower() == "un" else match.group(1)
    return f"{billions},{int(match.group(2)):03d}".rstrip("0").rstrip(",") + " milliards"


# « d'un million » with a straight apostrophe: alpha2digit reads « d'un » as one word and leaves « un » out of the
# number (« d'un 1000000 »); with the typographic one it reads « d’1000000 ».
_ELIDED_ONE = re.compile(r"\b([dDlL]|qu)'(?=une?\s+(?:millions?|milliards?|mille)\b)")


# « SOS Villages un million »: one million in words, kept a figure with its multiplier as « 1,6 million » is
# (alpha2digit would write 1000000 and lose the word a unit given once is found by).
# (only a million alone, its unit given before: not « un million huit cent mille dirhams », one number in words)
_ONE_MILLION = re.compile(r"\b(?:un|une)\s+(millions?|milliards?)\b(?=\s*(?:[,.;:)»]|$))", re.IGNORECASE)


def digits(sentence):
    """A sentence with its numbers in words written in digits, and phone numbers blanked.

    Keeps the sentence's length roughly; the caller only reads numbers and words from it.
    """
    sentence = _PHONE.sub(lambda m: "#" * len(m.group()), sentence)
    sentence = _THOUSANDS_AFTER_DIGITS.sub(_thousands, sentence)
    sentence = _BILLIONS_AND_MILLIONS.sub(_billions_and_millions, sentence)
    sentence = _spelled_amounts(sentence)
    sentence = _ELIDED_ONE.sub("\\1’", sentence)
    sentence = _ONE_MILLION.sub(r"1 \1", sentence)
    kept = []

    def keep(match):
        kept.append(match.group(2))
        return f"{match.group(1)}\x01{len(kept) - 1}\x01"

    ands = []

    def keep_and(match):
        ands.append(match.group())
        return f"\x02{len(ands) - 1}\x02"

    protected = sentence
    for multiplier in (_MULTIPLIER_AFTER_DIGIT, _MULTIPLIER_AFTER_DECIMAL, _VAGUE_MULTIPLIER):
        protected = multiplier.sub(keep, protected)
    # « entre deux cents et trois cents » is two numbers: alpha2digit would join them (« 203 100 »), as
    # it joins « vingt et un ». Only « et un », « et une », « et onze » belong inside a number.
    protected = _AND_BETWEEN_NUMBERS.sub(keep_and, protected)
    try:
        converted = alpha2digit(protected, "fr")  # default threshold: « une partie » stays words
    except (ValueError, IndexError):  # the library gives up on some odd inputs: keep the text
        converted = protected
    converted = re.sub("\x02(\\d+)\x02", lambda m: ands[int(m.group(1))], converted)
    converted = re.sub("\x01(\\d+)\x01", lambda m: kept[int(m.group(1))], converted)
    return _REPEATED.sub(_once, _GROUPS.sub(_expand_group, converted))


# « dix mille (10 000) jeunes », « 150 (cent cinquante) jeunes »: one number written twice.
_REPEATED = re.compile(rf"(?P<first>{NUMBER})\s*\(\s*(?P<second>{NUMBER})\s*\)")


def _once(match):
    """The number once, where it is written twice the same; both otherwise."""
    same = to_number(match.group("first")) == to_number(match.group("second"))
    return match.group("first") if same else match.group()


def _expand_group(match):
    count = match.group("count").lower()
    if count.isdigit():
        number = int(count)
    elif count in ("un", "une"):
        number = 1
    else:
        number = text2num(count, "fr")
    size = _GROUP_SIZE[match.group("unit").lower().rstrip("s")]
    approx = "environ " if size < 1000 else ""
    return f"{approx}{number * size}"


def numbers(text):
    """Every number in a text (already through digits()), as (value, start, end)."""
    return [(to_number(m.group()), m.start(), m.end()) for m in _NUMBER_RE.finditer(text)]


# The small counts of sites or bodies an article names in words: « trois clubs », « deux conseils régionaux ».
SMALL_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
WORD_COUNTS = {**SMALL_COUNTS, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}


def count_of(text):
    """A small count as written, in words or in digits: « cinq » → 5, « 12 » → 12."""
    return WORD_COUNTS.get(text.strip().lower()) or to_number(text)


def counted_in_lead(sentences, kinds):
    """{kind: count} of what the headline and lead count in words, of the kinds given as an alternation:
    « deux conseils régionaux » gives {"conseil": 2}, « trois nouveaux clubs » {"club": 3}."""
    counted = re.compile(rf"\b(?P<count>{'|'.join(SMALL_COUNTS)})\s+(?:[\w-]+\s+){{0,2}}?(?P<kind>{kinds})s?\b",
                         re.IGNORECASE)
    counts = {}
    for sentence in sentences:
        if sentence.paragraph <= 1:
            for match in counted.finditer(sentence.text):
                counts.setdefault(match.group("kind").lower(), SMALL_COUNTS[match.group("count").lower()])
    return counts

# « depuis 2018 », « depuis sa création »: another time. « depuis hier », « depuis lundi »: this week's news.
# « Pour rappel, … », « Rappelons que … », « Pour mémoire, … » opening a sentence: a reminder of the background.
REMINDER = r"(?:pour rappel|rappelons|pour mémoire)"
SINCE_LONG_AGO = (r"\bdepuis\b(?!\s+(?:hier|avant-hier|ce matin|ce week-end|le début de la semaine|quelques jours|"
                  # « en télétravail depuis Tinghir », « intervenant depuis Rabat »: from a place, not since a time
                  r"(?-i:[A-ZÀ-Þ])(?!\w*\s+\d{4})|"
                  r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
                  # « depuis le 2 février », without a year: this year's, the news of the day
                  r"le\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                  r"novembre|décembre)(?!\s+\d{4})|"
                  # « reçues depuis l'été », « depuis le printemps »: this year's season (not « depuis l'été 2019 »)
                  r"(?:l['’](?:été|automne|hiver)|le\s+printemps)(?!\s+(?:de\s+)?\d{4})|"
                  # « depuis octobre dernier », « depuis la rentrée »: this season's news too
                  # (« 1 400 dossiers déposés en ligne depuis décembre »: a month without its year, the last one)
                  r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                  # (« suivent depuis cette date une formation »: the day the news told, just before)
                  r"(?:\s+(?:dernier|passé)|(?!\s+(?:de\s+l['’]an(?:née)?\s+)?(?:\d{4}|\d{2}\b)))|"
                  r"le mois dernier|la semaine dernière|la rentrée|cette date|ce jour|"
                  # (« depuis le mois de mars », without its year: this year's March)
                  r"le\s+mois\s+(?:de\s+|d['’])(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                  r"novembre|décembre)(?!\s+\d{4})|"
                  # « les candidatures reçues depuis l'ouverture des inscriptions »: since this call, the news itself
                  r"(?:l['’]ouverture|le\s+lancement|la\s+publication)\s+(?:des\s+inscriptions|de\s+l['’]appel|"
                  r"des\s+candidatures)|"
                  # « accueille, depuis l'inauguration, une nouvelle promotion »: since the news itself (not « depuis
                  # l'inauguration du centre en 2019 »)
                  r"l['’]inauguration(?![^,.;]{0,40}\b(?:19|20)\d\d\b)|"
                  # « suivent depuis un parcours de seize semaines »: since the launch just told, an object after it
                  # (not « depuis une dizaine d'années », « depuis un an »: a stretch of time)
                  r"(?:un|une)\s+(?!(?:an|année|décennie|dizaine|vingtaine|quinzaine|trentaine|siècle|mois|semaine|"
                  r"lustre|bonne|longue|éternité)\b)|"
                  # « Elle a depuis été ramenée à 9,8 MDH »: « since then », what now stands
                  r"été\s+(?:portée?s?|ramenée?s?|réduite?s?|relevée?s?|revue?s?|fixée?s?|arrêtée?s?)\b|"
                  # « en télétravail depuis les villages », « depuis chez eux »: a place, not a time
                  r"chez|(?:les|leurs?|son|sa|ses|le|la)\s+(?:villages?|douars?|domiciles?|maisons?|quartiers?|"
                  r"campagnes?|zones?\s+rurales?)\b))")
