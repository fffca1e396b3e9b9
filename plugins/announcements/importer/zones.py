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


def about_something_else(sentence):
    """True when a sentence opens on words that turn to another place or project, or is an advertisement."""
    return bool(_ELSEWHERE.match(sentence.text.strip()) or _ADVERT.search(sentence.text))


# « Autre actualité à Tétouan… », « Passons maintenant à l'économie »: a bulletin turning to its next story.
# (« Autres points adoptés », « Les autres décisions de la session »: a council's next items, after its main one)
_NEXT_STORY = re.compile(r"^\W*(?:autre\s+(?:actualité|sujet|information|info)|autres\s+(?:actualités|informations)|"
                         r"(?:les\s+)?autres\s+(?:points|décisions|délibérations|dossiers)\s+(?:adoptés|approuvés|"
                         r"votés|examinés|de\s+l['’]ordre\s+du\s+jour|à\s+l['’]ordre\s+du\s+jour|de\s+la\s+session)|"
                         r"(?:les\s+)?autres\s+décisions\b|"
                         r"passons\s+(?:maintenant\s+)?à|on\s+passe\s+(?:maintenant\s+)?à|"
                         r"dans\s+l['’]actualité\s+(?:également|encore))\b", re.IGNORECASE)


def keep(sentences):
    """The sentences about the article's own subject, numbered again in order; a bulletin's next stories left out."""
    turn = next((n for n, sentence in enumerate(sentences) if sentence.paragraph > 1
                 and _NEXT_STORY.match(sentence.text)), len(sentences))
    kept = [sentence for sentence in sentences[:turn] if sentence.paragraph == 0 or not about_something_else(sentence)]
    return [replace(sentence, index=number) for number, sentence in enumerate(kept)]
