"""How each front-matter value is checked and normalised: one function per kind of value."""

import datetime
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .arabic import arabic_problem
from .vocabulary import NATIONAL

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Invalid(ValueError):
    """Raised by a value's check with the message to show the editor."""


@dataclass
class Context:
    """What checks need besides the value: the vocabularies, today's date, the languages published."""

    vocabulary: Any
    today: datetime.date
    horizon_days: int = 30
    # With "ar", a published announcement is expected to have its Arabic title and summary.
    editions: tuple = ("fr",)


@dataclass(frozen=True)
class BudgetItem:
    """One part of a budget: its amount, what it funds, what it covers, and whose it is when said."""

    amount: int
    label: str
    scope: str = ""
    programme: str = ""  # a programme slug, when the part is one programme's
    region: str = ""  # a region slug, when the part is one region's


@dataclass(frozen=True)
class Source:
    """A publication that reported the announcement."""

    name: str
    url: str = ""
    date: datetime.date | None = None


# Bounds of what an announcement can plausibly say: beyond them, a typo or a hostile file.
MAX_TEXT = 600  # characters of one value: a summary is one or two sentences
FIRST_YEAR = 2000
MAX_AMOUNT = 100_000_000_000  # dirhams: the largest national envelopes are tens of billions
MAX_COUNT = 10_000_000  # people or jobs: more than a quarter of the country's population


MAX_URL = 2000  # an address with an encoded Arabic title runs long


def text(value, _context=None, limit=MAX_TEXT):
    """A non-empty line of text, of a reasonable length."""
    if isinstance(value, (dict, list)) or value is None or isinstance(value, bool):
        raise Invalid("doit être un texte")
    result = str(value).strip()
    if not result:
        raise Invalid("ne doit pas être vide")
    if len(result) > limit:
        raise Invalid(f"trop long ({len(result)} caractères, {limit} au plus) : le détail va dans le texte")
    return result


def date(value, _context=None):
    """A calendar date written AAAA-MM-JJ."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError as error:
            raise Invalid(f"{value.strip()!r} n'existe pas dans le calendrier") from error
    raise Invalid(f"{value!r} n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2022-10-05")


def date_problem(value):
    """Why a value is not a date, or None when it is one."""
    try:
        date(value)
    except Invalid as error:
        return str(error)
    return None


def event_date(value, context):
    """A date no further in the future than the context allows (a typo otherwise)."""
    day = date(value)
    if day.year < FIRST_YEAR:
        raise Invalid(f"{day.isoformat()} est avant {FIRST_YEAR} : faute de frappe ?")
    limit = context.today + datetime.timedelta(days=context.horizon_days)
    if day > limit:
        raise Invalid(f"{day.isoformat()} est dans le futur (au-delà du {limit.isoformat()}) : faute de frappe ?")
    return day


def choice(options):
    """A check accepting one of the options only."""

    def check(value, _context=None):
        if value not in options:
            raise Invalid(f"{value!r} n'est pas permis : choisir parmi {', '.join(options)}")
        return value

    return check


def _one_or_many(value):
    return value if isinstance(value, list) else [value]


def _quoted(slugs):
    return " ou ".join(f"'{slug}'" for slug in slugs)


def term(lexicon, name, strict, label, vocabulary_file):
    """The slug of the vocabulary term a name designates; strict means its slug only."""
    name = text(name)
    found = lexicon.terms.get(name) if strict else lexicon.resolve(name)
    if found is None:
        close = lexicon.suggest(name)
        hint = f" — vouliez-vous dire {_quoted(close)} ?" if close else ""
        if not strict:
            hint += f" (sinon ajoutez-le à {vocabulary_file})"
        raise Invalid(f"{label} inconnu{'e' if label == 'région' else ''} {name!r}{hint}")
    return found


def terms(lexicon_name, strict, label, vocabulary_file):
    """A check of a name or list of names against a vocabulary, giving their slugs."""

    def check(value, context):
        lexicon = getattr(context.vocabulary, lexicon_name)
        slugs = []
        for item in _one_or_many(value):
            found = term(lexicon, item, strict, label, vocabulary_file)
            if found.slug in slugs:
                raise Invalid(f"{found.name!r} est cité deux fois")
            slugs.append(found.slug)
        if not slugs:
            raise Invalid("la liste est vide")
        return tuple(slugs)

    return check


def regions(value, context):
    """Region slugs, or `national` alone."""
    slugs = terms("regions", True, "région", "data/regions.yaml")(value, context)
    if NATIONAL in slugs and len(slugs) > 1:
        raise Invalid(f"'{NATIONAL}' ne se combine pas avec des régions : citez les régions, ou seulement '{NATIONAL}'")
    return slugs


def partners(value, context):
    """Partner slugs, from a YAML list."""
    if not isinstance(value, list):
        raise Invalid("doit être une liste, une ligne « - Nom » par partenaire")
    return terms("partners", False, "partenaire", "data/partners.yaml")(value, context)


def _whole_number(value, example):
    """Accept a non-negative integer; explain how to write one otherwise."""
    if isinstance(value, float):
        raise Invalid(f"{value!r} : sans décimales (par exemple {example})")
    if isinstance(value, str):
        raise Invalid(f"{value!r} : écrivez le nombre en chiffres, sans espaces ni unité (par exemple {example})")
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"doit être un nombre entier (par exemple {example})")
    if value < 0:
        raise Invalid(f"{value} est négatif")
    return value


def amount(value, _context=None):
    """Whole dirhams, within what any programme has announced."""
    result = _whole_number(value, 13300000)
    if result > MAX_AMOUNT:
        raise Invalid(f"{result} dirhams dépasse 100 milliards : un zéro de trop ?")
    return result


def count(value, _context=None):
    """A whole number of people or jobs, below a quarter of the country."""
    result = _whole_number(value, 2000)
    if result > MAX_COUNT:
        raise Invalid(f"{result} dépasse 10 millions : un zéro de trop ?")
    return result


_ITEM_KEYS = ("amount", "label", "scope", "programme", "region")


def budget_items(scopes):
    """A check of the parts of a budget; programme and region are checked against the announcement later."""

    def check(value, context):
        if not isinstance(value, list) or not value:
            raise Invalid("doit être une liste de « - amount: ... label: ... »")
        items = []
        for number, item in enumerate(value, 1):
            if not isinstance(item, dict) or set(item) - set(_ITEM_KEYS) or "amount" not in item:
                raise Invalid(f"élément {number} : attendu « amount: <dirhams> » et « label: <texte> » "
                              f"(et, au besoin, {', '.join(_ITEM_KEYS[2:])})")
            try:
                programme = item.get("programme")
                items.append(BudgetItem(
                    amount=amount(item["amount"]),
                    label=text(item.get("label")),
                    scope=choice(tuple(scopes))(item["scope"]) if "scope" in item else "",
                    programme=term(context.vocabulary.programmes, programme, False, "programme",
                                   "data/programmes.yaml").slug if programme is not None else "",
                    region=term(context.vocabulary.regions, item["region"], True, "région",
                                "data/regions.yaml").slug if "region" in item else "",
                ))
            except Invalid as error:
                raise Invalid(f"élément {number} : {error}") from error
        return tuple(items)

    return check


def url(value, _context=None):
    """A web address (http or https)."""
    address = text(value, limit=MAX_URL)
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(f"{address!r} n'est pas une adresse web (http:// ou https://)")
    return address


def source(value, context):
    """A publication: name, and optionally url and date."""
    if not isinstance(value, dict):
        raise Invalid("attendu « name: », « url: » et « date: » sur des lignes en retrait")
    unknown = set(value) - {"name", "url", "date"}
    if unknown:
        raise Invalid(f"clé inconnue {sorted(map(str, unknown))[0]!r} (permis : name, url, date)")
    if "name" not in value:
        raise Invalid("le nom de la publication (name) manque")
    return Source(
        name=text(value["name"]),
        url=url(value["url"]) if value.get("url") else "",
        date=date(value["date"]) if value.get("date") else None,
    )


def sources(value, context):
    """A list of publications."""
    if not isinstance(value, list):
        raise Invalid("doit être une liste de « - name: ... url: ... »")
    return tuple(source(item, context) for item in value)


def topics(value, _context=None):
    """Lower-case themes, from a YAML list."""
    if not isinstance(value, list):
        raise Invalid("doit être une liste, une ligne « - thème » par thème")
    return tuple(text(item).lower() for item in value)


def slug(value, _context=None):
    """The end of an address: lower-case ASCII words joined by hyphens."""
    if isinstance(value, bool) or not _SLUG.match(str(value)):
        raise Invalid(f"{value!r} : seulement des minuscules sans accent, des chiffres et des tirets")
    return str(value)


def slugs(value, _context=None):
    """A list of slugs."""
    if not isinstance(value, list):
        raise Invalid("doit être une liste, une ligne « - slug » par annonce")
    return tuple(slug(item) for item in value)


def arabic_text(value, _context=None):
    """A line of text written in Arabic script (Latin names, digits and signs may appear in it)."""
    result = text(value)
    problem = arabic_problem(result)
    if problem:
        raise Invalid(problem)
    return result
