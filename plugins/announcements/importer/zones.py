"""Sentences that speak of something else: marked once, before any field is read, and left out.

« Ailleurs, à Agadir, le technopark a créé 800 emplois » or « À titre de comparaison, l'école de
Khouribga forme 1 000 étudiants » give another place's or another project's figures, places and
organisations: no extractor should take them for the article's own.
"""

import re
from dataclasses import replace

_ELSEWHERE = re.compile(
    r"^(?:ailleurs|à titre de comparaison|par comparaison|en comparaison|à titre d['’]exemple|pour comparaison|"
    r"dans le même registre|dans un autre registre|sur un autre plan)\b",
    re.IGNORECASE,
)


# An advertisement inside the page: « Soldes d'hiver chez X : jusqu'à -50 % », « 50 Go pour 99 DH, offre valable… ».
# (Not « promotion »: a promotion of 90 students is the news itself.)
_ADVERT = re.compile(r"\b(?:offre\s+valable|soldes\s+d|jusqu['’]à\s+-\s?\d+\s?%|sponsorisé|\d+\s?Go\s+pour)",
                     re.IGNORECASE)


# « • Agadir, pour comparaison : 9,5 M DH et 120 apprenants »: said anywhere in the sentence.
_COMPARED = re.compile(r"\b(?:pour|à\s+titre\s+de)\s+comparaison\b", re.IGNORECASE)
# « La comparaison avec Agadir vient naturellement : … Mais son budget est plus du double »: a paragraph opened on
# another school, whose next sentences speak of it through a pronoun (« Celui-ci avait mobilisé 60 MDH »), until one
# names the article's own again (« L'École numérique du Rif se veut plus légère : 250 jeunes »).
_COMPARISON_PARAGRAPH = re.compile(r"^(?:la\s+comparaison\s+avec|à\s+titre\s+de\s+comparaison|par\s+comparaison|"
                                   r"en\s+comparaison|pour\s+comparaison|comparée?s?\s+(?:à|au|aux|avec))\b",
                                   re.IGNORECASE)
_ITS_PRONOUN = re.compile(r"^(?:(?:mais|et|or)\s+)?(?:celui-ci|celle-ci|ceux-ci|celles-ci|il|elle|ils|elles|son|sa|ses|"
                          r"leur|leurs)\b", re.IGNORECASE)


# An op-ed's note on its author: « * Professeur d'informatique à la Faculté X (Université Y) », « L'auteure est
# économiste »: where the writer works, not a party.
_AUTHOR_NOTE = re.compile(r"^\s*(?:\*+\s*(?:[\w-]+\s+){0,3}?(?:professeure?|enseignante?|enseignant-chercheur|"
                          r"chercheu(?:r|se)|maître\s+de\s+conférences|doctorante?|économiste|consultante?|ingénieure?|"
                          r"universitaire|juriste|expert(?:e)?)\b|l['’]aut(?:eur|eure|rice)\s+est\b)", re.IGNORECASE)


def about_something_else(sentence):
    """True when a sentence opens on words that turn to another place or project, is an advertisement, or is an
    op-ed's note on its author."""
    return bool(_ELSEWHERE.match(sentence.text.strip()) or _ADVERT.search(sentence.text)
                or _COMPARED.search(sentence.text) or _AUTHOR_NOTE.match(sentence.text))


# « Autre actualité à Tétouan… », « Passons maintenant à l'économie »: a bulletin turning to its next story.
# (« Autres points adoptés », « Les autres décisions de la session »: a council's next items, after its main one)
_NEXT_STORY = re.compile(r"^\W*(?:autre\s+(?:actualité|sujet|information|info)|autres\s+(?:actualités|informations)|"
                         r"(?:les\s+)?autres\s+(?:points|décisions|délibérations|dossiers)\s+(?:adoptés|approuvés|"
                         r"votés|examinés|de\s+l['’]ordre\s+du\s+jour|à\s+l['’]ordre\s+du\s+jour|de\s+la\s+session)|"
                         r"(?:les\s+)?autres\s+décisions\b|"
                         r"passons\s+(?:maintenant\s+)?à|on\s+passe\s+(?:maintenant\s+)?à|"
                         # (« LE MOIS EN BREF » under a feature: the review's other news, one line each)
                         r"(?:le\s+mois|la\s+semaine|l['’]actualité|ailleurs)\s+en\s+bref\s*:?\s*$|"
                         r"dans\s+l['’]actualité\s+(?:également|encore))\b", re.IGNORECASE)


def keep(sentences):
    """The sentences about the article's own subject, numbered again in order; a bulletin's next stories left out."""
    turn = next((n for n, sentence in enumerate(sentences) if sentence.paragraph > 1
                 and _NEXT_STORY.match(sentence.text)), len(sentences))
    kept, compared = [], False
    for number, sentence in enumerate(sentences[:turn]):
        opens = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        text = sentence.text.strip()
        compared = (opens and sentence.paragraph > 1 and bool(_COMPARISON_PARAGRAPH.match(text))) or (
            compared and not opens and bool(_ITS_PRONOUN.match(text)))
        if sentence.paragraph == 0 or not (about_something_else(sentence) or compared):
            kept.append(sentence)
    return [replace(sentence, index=number) for number, sentence in enumerate(kept)]
