"""What counts as a text written in Arabic: shared by front-matter and vocabulary checks."""

import re

# Arabic letters (the Arabic block and its supplement); digits and Latin names may sit among them.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


def arabic_problem(text):
    """Why a text is not an Arabic text for the site, or None when it is one."""
    if "<" in text or ">" in text:
        return "ne doit pas contenir de HTML (< ou >)"
    arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    if arabic == 0 or latin > arabic:
        return "doit être écrit en arabe (lettres arabes ; les noms latins y sont permis)"
    return None
