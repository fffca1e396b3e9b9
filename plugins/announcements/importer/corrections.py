"""A page's own correction note: the figures it sets right, read in the whole article as corrected.

« Erratum : dans la version initiale de cet article, le coût global était donné à 18,5 millions de dirhams. Il
s'élève en réalité à 15,8 millions de dirhams. » The body above still says 18,5 millions: the article is read
with 15,8 in its place, and the draft says which figure was replaced.
"""

import re
from dataclasses import replace

from .numbers import to_number
from .text import MONTHS

# A note that corrects or updates the article: « Erratum : », « Rectificatif — », « [Mise à jour, mardi … » ,
# « Correction (19 mars 2025, 16h20) : », « N.D.L.R. : ».
_NOTE = re.compile(r"^\W{0,3}(?:erratum|rectificatif|correction|mise\s+à\s+jour|actualisation|précision|"
                   r"mise\s+au\s+point|n\.\s?d\.\s?l\.\s?r\.?)(?![\w-])", re.IGNORECASE)
# A figure: digits (« 1 200 », « 18,5 ») and the magnitude a money figure may carry.
_FIGURE = re.compile(r"(?<![\w,.])(?P<number>\d{1,3}(?:[\s\u202f]\d{3})+(?![\d,])|\d+(?:[,.]\d+)?)"
                     r"(?:\s*(?P<magnitude>milliards?|millions?|MMDH|MDH|M\s?DH)\b)?"
                     r"(?:\s+(?:de\s+|d['’])?(?P<word>[a-zà-ÿ][\w’'-]*))?")
_MONEY_WORDS = ("dirhams", "dh", "mad")
_MAGNITUDES = {"milliard": 10**9, "milliards": 10**9, "mmdh": 10**9, "million": 10**6, "millions": 10**6,
               "mdh": 10**6, "m dh": 10**6}
# Words after a number that make it a day, a time or a share, never a figure set right.
_NOT_A_COUNT = re.compile(rf"(?:{MONTHS}|h|heures?|ans|années?|mois|jours?|semaines?|pour|sur)$", re.IGNORECASE)
# What comes before a figure printed by mistake or superseded: « indiquait », « était donné à », « au lieu des »,
# « et non »; a later « en réalité », « exact », « alors que » turns the sentence to the figure put right.
_WRONG_CUE = re.compile(r"\b(?:indiquai(?:t|ent)|mentionnai(?:t|ent)|annonçai(?:t|ent)|évoquai(?:t|ent)|"
                        r"affichai(?:t|ent)|donnai(?:t|ent)|(?:était|étaient)\s+donnée?s?|faisai(?:t|ent)\s+état|"
                        r"au\s+lieu\s+d(?:es|e|u|['’])|et\s+non(?:\s+pas)?|plutôt\s+que|erroné(?:e|s|es)?)",
                        re.IGNORECASE)
_RIGHT_CUE = re.compile(r"\b(?:en\s+réalité|en\s+fait|exacte?s?|réelle?s?|correcte?s?|alors\s+que|mais)\b",
                        re.IGNORECASE)


def applied(article):
    """The article with the figures its correction note sets right put in place, and (wrong, right, money) for each:
    the two figures as the note writes them, and whether they are amounts (else counts of people or jobs)."""
    notes = [number for number, paragraph in enumerate(article.paragraphs) if _NOTE.match(paragraph)]
    pairs = [pair for number in notes for pair in _pairs(article.paragraphs[number])]
    if not pairs:
        return article, []
    paragraphs = [_rewritten(paragraph, pairs) for paragraph in article.paragraphs]
    headline = _rewritten(article.headline, pairs) if article.headline else article.headline
    return replace(article, headline=headline, paragraphs=paragraphs), [(wrong.text, right.text, wrong.money)
                                                                       for wrong, right in pairs]


class _Figure:
    """A figure of a sentence: its value, what it counts (money or the noun after it) and its text."""

    def __init__(self, match, sentence, start):
        magnitude = (match.group("magnitude") or "").lower()
        word = (match.group("word") or "").lower()
        self.scale = _MAGNITUDES.get(re.sub(r"\s+", " ", magnitude), 1)
        self.value = _value(match.group("number"), self.scale)
        self.money = bool(magnitude) or word in _MONEY_WORDS
        self.noun = "" if self.money else word
        self.text = match.group("number") + (f" {match.group('magnitude')}" if magnitude else "")
        before = sentence[:start]
        wrong = [cue.end() for cue in _WRONG_CUE.finditer(before)]
        right = [cue.end() for cue in _RIGHT_CUE.finditer(before)]
        self.wrong = bool(wrong) and max(wrong) > max(right, default=-1)

    def counts_like(self, other):
        """True when two figures count the same thing: both money, or both the same noun."""
        return self.money == other.money and (self.money or (self.noun and self.noun == other.noun))


def _value(number, scale):
    """A written number times its magnitude, in units."""
    value = to_number(number)
    return None if value is None else round(value * scale)


def _figures(sentence):
    """The money figures and counted things of a sentence (not days, times, years or shares)."""
    found = []
    for match in _FIGURE.finditer(sentence):
        figure = _Figure(match, sentence, match.start())
        if figure.value is None or (not figure.money and (not figure.noun or _NOT_A_COUNT.match(figure.noun))):
            continue
        found.append(figure)
    return found


def _pairs(note):
    """(wrong, right) figures of a note: each figure printed by mistake and the one it says instead."""
    sentences = [_figures(sentence) for sentence in re.split(r"(?<=[.!?])\s+", note)]
    pairs, used = [], set()
    for number, figures in enumerate(sentences):
        for wrong in (figure for figure in figures if figure.wrong):
            # The figure put right in the same sentence (« portée à 10,5 millions, au lieu des 9 millions »), else
            # in the sentences after it, in the same order (« … 18,5 millions et 10,7 millions. Le coût s'élève en
            # réalité à 15,8 millions, dont 8 millions … »).
            rights = [figure for later in sentences[number:] for figure in later
                      if not figure.wrong and id(figure) not in used and figure.counts_like(wrong)
                      and figure.value != wrong.value]
            if rights:
                used.add(id(rights[0]))
                pairs.append((wrong, rights[0]))
    return pairs


def _rewritten(paragraph, pairs):
    """A paragraph with every figure a note retracted replaced by the figure put right, in the paragraph's own words
    (« 18,5 MDH » becomes « 15,8 MDH », its magnitude and unit kept)."""
    def swap(match):
        figure = _Figure(match, "", 0)
        for wrong, right in pairs:
            if figure.value == wrong.value and figure.counts_like(wrong):
                return _french(right.value / figure.scale) + match.group()[match.end("number") - match.start():]
        return match.group()
    return _FIGURE.sub(swap, paragraph)


def _french(number):
    """A number written the French way: « 15,8 », « 1 200 »."""
    if number == int(number):
        return f"{int(number):,}".replace(",", " ")
    return f"{number:.3f}".rstrip("0").replace(".", ",")
