"""Accents put back into a page that lost them (« la region », « ont deja signe »), before anything reads it.

Some sites, and some copies, strip every accent: the rules, written for French as it is spelt, would miss « région »,
« signée » or « à ». Such a page is told by its share of accented letters; each of its words then takes the most
frequent French spelling with the same letters, from pyspellchecker's French word list, unless the word as written
is itself a common word (« ou », « signe », « forme »): then only a verb after an auxiliary takes its participle (« ont
signe » → « ont signé »). Tags, addresses and e-mails are left as they are.
"""

import gzip
import html
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# French prose carries two to four accented letters in a hundred; a page with fewer than one in a thousand lost them.
_LOST_SHARE = 0.001
_SHORTEST = 300  # letters: a short brief may well have none
_LETTER = re.compile(r"[^\W\d_]")
_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]")
# What is never prose: a tag, an address, an e-mail.
_UNTOUCHED = re.compile(r"<[^>]*>|https?://\S+|www\.\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")
# After these, a verb is its past participle: « ont deja signe » is « ont déjà signé ».
_AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "ete", "est", "sont", "etait", "etaient",
                "sera", "seront", "etre", "avoir", "deja"}
# « a » stays the verb before these (« a deja », « a ete »), and before a participle; elsewhere it is « à ».
_AFTER_THE_VERB_A = {"ete", "deja", "pas", "plus", "bien", "aussi", "encore", "toujours", "egalement", "notamment",
                     "jamais", "beaucoup", "lieu", "fait", "dit", "pris", "mis", "eu", "vu", "su", "du", "pu", "y"}
# A spelling rarer than this is no word of its own (a typo, a name in the list), and a word as written is kept unless
# the accented one is this many times more frequent (« cote » → « côté », not « ou » → « où »).
_RARE = 20
_FAR_MORE = 20
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|is|it|u|us|ert|erte|erts|ertes|int|ts)$")


def plain(word):
    """The word without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def lost_accents(text):
    """True when a long enough text has next to no accented letter: its accents were stripped (a page that writes
    them as entities, « d&eacute;sormais », has them)."""
    text = html.unescape(text)
    letters = len(_LETTER.findall(text))
    return letters >= _SHORTEST and len(_ACCENTED.findall(text)) < letters * _LOST_SHARE


@lru_cache(maxsize=1)
def _spellings():
    """({plain word: its most frequent spelling}, {plain word: its most frequent past participle in -é})."""
    with gzip.open(resources.files("spellchecker") / "resources" / "fr.json.gz", "rt", encoding="utf-8") as file:
        counts = json.load(file)
    best, participles = {}, {}
    for word, count in counts.items():
        key = plain(word)
        if count < _RARE or word == key:
            continue
        if key not in best or count > counts[best[key]]:
            best[key] = word
        if word.endswith(("é", "ée", "és", "ées")) and (key not in participles or count > counts[participles[key]]):
            participles[key] = word
    # (a word as written that is common on its own stays, unless its accented twin is far more frequent)
    best = {key: word for key, word in best.items() if counts.get(key, 0) * _FAR_MORE < counts[word]}
    return best, participles


def restored(text):
    """The text with its accents put back when it lost them, else the text itself."""
    if not lost_accents(_UNTOUCHED.sub(" ", text)):
        return text
    best, participles = _spellings()
    parts, last = [], 0
    for kept in [*_UNTOUCHED.finditer(text), None]:
        end = kept.start() if kept else len(text)
        parts.append(_restored_prose(text[last:end], best, participles))
        if kept:
            parts.append(kept.group())
            last = kept.end()
    return "".join(parts)


def _restored_prose(prose, best, participles):
    """Each word of a stretch of prose in its usual accented spelling."""
    words = list(_WORD.finditer(prose))
    spelt = []
    for number, match in enumerate(words):
        key = match.group().lower()
        before = words[number - 1].group().lower() if number else ""
        if key == "a":
            written = words[number + 1].group() if number + 1 < len(words) else ""
            after = written.lower()
            # (« a Tiznit »: a name after it, a place)
            verb = written.islower() and (after in _AFTER_THE_VERB_A or after in participles
                                          or bool(_PARTICIPLE_END.search(after)))
            spelt.append("a" if verb else "à")
        elif before in _AUXILIARIES and key in participles:
            spelt.append(participles[key])
        else:
            spelt.append(best.get(key, key))
    out, last = [], 0
    for match, word in zip(words, spelt, strict=True):
        out.append(prose[last:match.start()])
        out.append(_in_case_of(match.group(), word))
        last = match.end()
    out.append(prose[last:])
    return "".join(out)


def _in_case_of(written, word):
    """The spelling in the case the word was written in (« LAUREATS » → « LAURÉATS », « Ecole » → « École »)."""
    if word == written.lower() or plain(word).lower() != written.lower():
        return written  # (« YouCode »: nothing to put back, the name as written)
    if written.isupper() and len(written) > 1:
        return word.upper()
    if written[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
