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


def about_something_else(sentence):
    """True when a sentence opens on words that turn to another place or project."""
    return bool(_ELSEWHERE.match(sentence.text.strip()))


def keep(sentences):
    """The sentences about the article's own subject, numbered again in order."""
    kept = [sentence for sentence in sentences if sentence.paragraph == 0 or not about_something_else(sentence)]
    return [replace(sentence, index=number) for number, sentence in enumerate(kept)]
