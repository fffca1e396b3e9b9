"""Themes of an announcement, from the words of the trade the article uses."""

import re

# Theme as the site writes it -> words that show it. Only unambiguous words of the trade.
_THEMES = {
    "intelligence artificielle": r"intelligence artificielle|\bIA\b",
    "cybersécurité": r"cyber\s?-?sécurité",
    "développement logiciel": r"développement (logiciel|web|d['’]applications)",
    "données": r"\bdonnées\b|\bdata\b",
    "cloud": r"\bcloud\b",
    "programmation": r"programmation|\bcodage\b|\bcoding\b",
    "startups": r"start-?ups?\b",
    "réseaux": r"\bréseaux\b|\b5G\b",
    "robotique": r"robotique",
    "offshoring": r"offshoring|outsourcing|externalisation",
    "reconversion professionnelle": r"reconversion",
}


def find(sentences):
    """Themes named in the sentences, in the order of the table above, with a sentence for each."""
    found = []
    for theme, pattern in _THEMES.items():
        for sentence in sentences:
            if re.search(pattern, sentence.text, re.IGNORECASE):
                found.append((theme, sentence.text))
                break
    return found
