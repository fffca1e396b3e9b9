"""People to train and jobs announced: numbers attached to « jeunes », « apprenants », « postes »..."""

import re
from dataclasses import dataclass

from .numbers import NUMBER, digits, to_number

_TRAINEES = re.compile(
    rf"(?P<number>{NUMBER})\s+(?:(?:nouveaux|nouvelles|jeunes|futurs|futures|premiers|premières|autres)\s+)?"
    r"(?:de\s+|d['’])?(?P<noun>jeunes|apprenant(?:e)?s?|stagiaires|talents|bénéficiaires|étudiant(?:e)?s?|"
    r"lauréat(?:e)?s?|élèves|enfants|participant(?:e)?s?|diplômé(?:e)?s|personnes|femmes|développeurs|codeurs)\b",
    re.IGNORECASE,
)
_JOBS = re.compile(
    rf"(?P<number>{NUMBER})\s+(?:(?:nouveaux|nouvelles)\s+)?(?P<noun>emplois|postes|recrutements|embauches)\b"
    r"(?!\s+de\s+travail)(?P<kind>(?:\s+(?:directs?|indirects?|permanents?|qualifiés?|stables?))*)",
    re.IGNORECASE,
)
_RECRUITS = re.compile(
    r"\b(?:recrutement|recruter|recrutera|recruteront|embauche|embaucher|embauchera|création|créer|créera)\s+"
    rf"(?:de\s+|d['’])?(?:(?:plus de|près de|au moins)\s+)?(?P<number>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?P<noun>ingénieurs|techniciens|développeurs|profils|personnes|collaborateurs|salariés|cadres|jeunes|talents|"
    r"agents|employés|informaticiens|consultants)\b",
    re.IGNORECASE,
)
_APPROX = re.compile(r"\b(plus de|près de|environ|quelque|au moins|jusqu['’]à|pr[èe]s d['’])\s*$", re.IGNORECASE)
# A figure about another period or about the population, not about this announcement.
_PAST = re.compile(r"\bdepuis\b|l['’]an(née)? (dernier|dernière|passé|passée)|ont déjà|a déjà|au cours des dernières",
                   re.IGNORECASE)
_POPULATION = re.compile(r"habitants|que compte|population|recensement|inscrits au chômage", re.IGNORECASE)
_YEAR = re.compile(r"\ben\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_TRAINING = re.compile(r"\b(form|accueill|bénéfici|certifi|retenu|inscri|cohorte|promotion|bootcamp|capacité)", re.IGNORECASE)
_GOAL = re.compile(r"objectif|vise|visant|prévoit|prévu|à former|seront formés|d['’]ici|ambitionne|accueillera",
                   re.IGNORECASE)
_DONE = re.compile(r"\b(formés|formées|certifiés|certifiées|ont été retenus|ont suivi)\b", re.IGNORECASE)
_PER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(par (cohorte|an|promotion|session|année))", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A number of people and the sentence it was read in."""

    value: int
    note: str
    sentence: str
    score: int = 0


def trainees(sentences, year=None):
    """The number of people to train, or None."""
    found = []
    for sentence in sentences:
        text = digits(sentence.text)
        if _skipped(text, year):
            continue
        recruited = {m.start("number") for m in _RECRUITS.finditer(text)}
        for match in _TRAINEES.finditer(text):
            value = to_number(match.group("number"))
            if match.start("number") in recruited or not isinstance(value, int) or value < 5:
                continue
            if _POPULATION.search(text[match.end():match.end() + 30]):
                continue
            score = _place_score(sentence) + (2 if _TRAINING.search(text) else 0)
            found.append(Count(value, _trainee_note(text, match), sentence.text, score))
    return _best(found)


def jobs(sentences, year=None):
    """The number of jobs announced, or None."""
    found = []
    for sentence in sentences:
        text = digits(sentence.text)
        if _skipped(text, year):
            continue
        for match in [*_JOBS.finditer(text), *_RECRUITS.finditer(text)]:
            value = to_number(match.group("number"))
            if not isinstance(value, int) or value < 2:
                continue
            note = _approx(text, match)
            kind = " ".join((match.groupdict().get("kind") or "").split())
            if match.re is _RECRUITS:
                kind = f"recrutement de {match.group('noun').lower()}"
            found.append(Count(value, ", ".join(part for part in (note, kind) if part), sentence.text,
                               _place_score(sentence)))
    return _best(found)


def _skipped(text, year):
    """Sentences about the past or about the population."""
    if _PAST.search(text) or _POPULATION.search(text) and not _TRAINING.search(text):
        return True
    return bool(year and any(int(y) < year for y in _YEAR.findall(text)))


def _place_score(sentence):
    return 2 if sentence.paragraph == 0 else 1 if sentence.paragraph == 1 else 0


def _approx(text, match):
    found = _APPROX.search(text[:match.start()])
    return found.group(1).lower() if found else ""


def _trainee_note(text, match):
    """« plus de », « objectif », « formés », « par cohorte »... as the article qualifies the number."""
    parts = [_approx(text, match)]
    if _GOAL.search(text):
        parts.append("objectif")
    elif _DONE.search(text):
        parts.append("formés")
    per = _PER.match(text[match.end():])
    if per:
        parts.append(per.group(1).lower())
    return ", ".join(part for part in parts if part)


def _best(found):
    """The best-placed figure (the first among equals), with a note from another mention if it has none."""
    if not found:
        return None
    best = max(found, key=lambda count: count.score)
    if not best.note:
        note = next((c.note for c in found if c.value == best.value and c.note), "")
        best = Count(best.value, note, best.sentence, best.score)
    return best
