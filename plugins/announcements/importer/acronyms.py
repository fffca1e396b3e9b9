"""An initiative known by its acronym, named in full somewhere in the article (« CAP-IA » … « le Centre
d'apprentissage et de perfectionnement en intelligence artificielle »)."""

import re

# « CAP-IA », « CNFN », « E2C »: capitals, perhaps in parts joined by hyphens.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})*\b")
_WORD = re.compile(r"[^\W\d_][\w’']*|\d+")
# The small words the initials skip: « Centre d'apprentissage et de perfectionnement en … ».
_SMALL = {"de", "d", "du", "des", "en", "et", "la", "le", "les", "l", "pour", "à", "au", "aux", "sur", "dans", "par"}
_LEAST_LETTERS = 3
# What an initiative is, opening its full name: not an agency, a company or an association (« Agence Sud Presse »).
_KINDS = {"centre", "école", "ecole", "académie", "academie", "institut", "programme", "pôle", "pole", "maison",
          "espace", "cité", "cite", "campus", "bootcamp", "parcours", "cursus", "club", "laboratoire", "atelier",
          "caravane", "incubateur", "fabrique", "plateforme"}


def spelled_out(sentences, acronym):
    """The initiative's name whose initials spell the acronym (its small words left out), with its sentence; None if
    none. The name opens on what the initiative is (« Centre », « École »…)."""
    letters = acronym.replace("-", "").lower()
    if len(letters) < _LEAST_LETTERS or not letters.isalpha():
        return None
    for sentence in sentences:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence.text)]
        for first, (start, _end, word) in enumerate(words):
            if not word[0].isupper() or word.isupper() or word.lower() not in _KINDS or word[0].lower() != letters[0]:
                continue
            end = _initials_from(words, first, letters)
            if end:
                return sentence.text[start:end], sentence
    return None


def acronyms(text):
    """The acronyms written in a text, in order, once each."""
    return list(dict.fromkeys(_ACRONYM.findall(text)))


def _initials_from(words, first, letters):
    """Where the phrase starting at words[first] ends once its initials spell letters; 0 when they do not."""
    matched = 0
    for _start, end, word in words[first:]:
        bare = word.lower().split("'")[-1].split("’")[-1]  # « d'apprentissage » counts by « apprentissage »
        small = word.lower().rstrip("'’") in _SMALL or bare in _SMALL
        if small and matched:
            continue
        if not bare or bare[0] != letters[matched]:
            return 0
        matched += 1
        if matched == len(letters):
            return end
    return 0
