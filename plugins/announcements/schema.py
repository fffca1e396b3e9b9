"""The announcement front matter: every field, its rules, and validation collecting all problems."""

import datetime
import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

from .vocabulary import NATIONAL

_HTML = re.compile(r"<\s*[a-zA-Z!/?]|javascript\s*:", re.IGNORECASE)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PRECISIONS = ("day", "month", "year")
STATUSES = ("published", "draft")


@dataclass(frozen=True)
class Problem:
    """One fault of one announcement, located as precisely as is known."""

    field: str
    message: str
    path: str = ""
    line: int | None = None
    severity: str = "error"

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if where else f"{self.field}: {self.message}"


@dataclass(frozen=True)
class BudgetItem:
    """One part of a budget."""

    amount: int
    label: str


@dataclass(frozen=True)
class Source:
    """A publication that reported the announcement."""

    name: str
    url: str = ""
    date: datetime.date | None = None


@dataclass(frozen=True)
class Facts:
    """The checked, normalised facts of one announcement; vocabulary values are slugs."""

    regions: tuple = ()
    date_precision: str = "day"
    city: str = ""
    programmes: tuple = ()
    partners: tuple = ()
    budget: int | None = None
    budget_items: tuple = ()
    trainees: int | None = None
    trainees_note: str = ""
    jobs: int | None = None
    jobs_note: str = ""
    topics: tuple = ()
    source: Source | None = None
    other_sources: tuple = ()


class Invalid(ValueError):
    """Raised by a field's check with the message to show the editor."""


@dataclass
class Context:
    """What checks need besides the value: the vocabularies and today's date."""

    vocabulary: Any
    today: datetime.date
    horizon_days: int = 30


@dataclass(frozen=True)
class Field:
    """One front-matter key: its type and meaning for editors, and its check."""

    name: str
    kind: str
    help: str
    check: Callable[[Any, Context], Any]
    required: bool = False


# --- checks -----------------------------------------------------------------


def _text(value, _context=None):
    if isinstance(value, (dict, list)) or value is None or isinstance(value, bool):
        raise Invalid("doit être un texte")
    text = str(value).strip()
    if not text:
        raise Invalid("ne doit pas être vide")
    return text


def _date(value, context):
    if isinstance(value, datetime.datetime):
        value = value.date()
    elif isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise Invalid(f"{value!r} n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2022-10-05")
        try:
            value = datetime.date.fromisoformat(value.strip())
        except ValueError as error:
            raise Invalid(f"{value!r} n'existe pas dans le calendrier") from error
    elif not isinstance(value, datetime.date):
        raise Invalid(f"{value!r} n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2022-10-05")
    return value


def date_problem(value):
    """Why a value is not a date, or None when it is one."""
    try:
        _date(value, None)
    except Invalid as error:
        return str(error)
    return None


def _event_date(value, context):
    day = _date(value, context)
    limit = context.today + datetime.timedelta(days=context.horizon_days)
    if day > limit:
        raise Invalid(f"{day.isoformat()} est dans le futur (au-delà du {limit.isoformat()}) : faute de frappe ?")
    return day


def _choice(options):
    def check(value, _context):
        if value not in options:
            raise Invalid(f"{value!r} n'est pas permis : choisir parmi {', '.join(options)}")
        return value

    return check


def _one_or_many(value):
    if isinstance(value, list):
        return value
    return [value]


def _quoted(slugs):
    return " ou ".join(f"'{slug}'" for slug in slugs)


def _terms(lexicon_name, strict, label, vocabulary_file):
    """Check a name or list of names against a vocabulary; strict means slugs only."""

    def check(value, context):
        lexicon = getattr(context.vocabulary, lexicon_name)
        slugs = []
        for item in _one_or_many(value):
            name = _text(item)
            term = lexicon.terms.get(name) if strict else lexicon.resolve(name)
            if term is None:
                close = lexicon.suggest(name)
                hint = f" — vouliez-vous dire {_quoted(close)} ?" if close else ""
                if not strict:
                    hint += f" (sinon ajoutez-le à {vocabulary_file})"
                raise Invalid(f"{label} inconnu{'e' if label == 'région' else ''} {name!r}{hint}")
            if term.slug in slugs:
                raise Invalid(f"{term.name!r} est cité deux fois")
            slugs.append(term.slug)
        if not slugs:
            raise Invalid("la liste est vide")
        return tuple(slugs)

    return check


def _regions(value, context):
    slugs = _terms("regions", True, "région", "data/regions.yaml")(value, context)
    if NATIONAL in slugs and len(slugs) > 1:
        raise Invalid(f"'{NATIONAL}' ne se combine pas avec des régions : citez les régions, ou seulement '{NATIONAL}'")
    return slugs


def _partners(value, context):
    if not isinstance(value, list):
        raise Invalid("doit être une liste, une ligne « - Nom » par partenaire")
    return _terms("partners", False, "partenaire", "data/partners.yaml")(value, context)


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


def _amount(value, _context=None):
    return _whole_number(value, 13300000)


def _count(value, _context=None):
    return _whole_number(value, 2000)


def _budget_items(value, context):
    if not isinstance(value, list) or not value:
        raise Invalid("doit être une liste de « - amount: ... label: ... »")
    items = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict) or set(item) - {"amount", "label"} or "amount" not in item:
            raise Invalid(f"élément {number} : attendu « amount: <dirhams> » et « label: <texte> »")
        try:
            items.append(BudgetItem(_amount(item["amount"]), _text(item.get("label"))))
        except Invalid as error:
            raise Invalid(f"élément {number} : {error}") from error
    return tuple(items)


def _url(value, _context=None):
    url = _text(value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(f"{url!r} n'est pas une adresse web (http:// ou https://)")
    return url


def _source_record(value, context, required_name=True):
    if not isinstance(value, dict):
        raise Invalid("attendu « name: », « url: » et « date: » sur des lignes en retrait")
    unknown = set(value) - {"name", "url", "date"}
    if unknown:
        raise Invalid(f"clé inconnue {sorted(unknown)[0]!r} (permis : name, url, date)")
    if "name" not in value:
        raise Invalid("le nom de la publication (name) manque")
    return Source(
        name=_text(value["name"]),
        url=_url(value["url"]) if value.get("url") else "",
        date=_date(value["date"], context) if value.get("date") else None,
    )


def _other_sources(value, context):
    if not isinstance(value, list):
        raise Invalid("doit être une liste de « - name: ... url: ... »")
    return tuple(_source_record(item, context) for item in value)


def _topics(value, _context):
    if not isinstance(value, list):
        raise Invalid("doit être une liste, une ligne « - thème » par thème")
    return tuple(_text(item).lower() for item in value)


def _slug(value, _context):
    if not _SLUG.match(str(value)):
        raise Invalid(f"{value!r} : seulement des minuscules sans accent, des chiffres et des tirets")
    return value


FIELDS = (
    Field("title", "texte", "l'annonce, en français", _text, required=True),
    Field("date", "AAAA-MM-JJ", "jour de l'événement ou de l'annonce", _event_date, required=True),
    Field("date_precision", "day, month ou year", "`month` quand seul le mois est connu (défaut : day)",
          _choice(PRECISIONS)),
    Field("region", "slug ou liste", "région(s) concernée(s), ou `national`", _regions, required=True),
    Field("city", "texte", "ville ou commune principale", _text),
    Field("programme", "nom ou liste", "programme(s) de data/programmes.yaml (alias permis)",
          _terms("programmes", False, "programme", "data/programmes.yaml")),
    Field("partners", "liste", "organisations de data/partners.yaml (sigles et alias permis)", _partners),
    Field("budget", "entier, dirhams", "montant total engagé, en MAD", _amount),
    Field("budget_items", "liste de {amount, label}", "les parties du budget ; leur somme égale `budget`",
          _budget_items),
    Field("trainees", "entier", "personnes à former ou formées", _count),
    Field("trainees_note", "texte", "lesquelles : « objectif », « formés », « plus de »…", _text),
    Field("jobs", "entier", "emplois annoncés", _count),
    Field("jobs_note", "texte", "quels emplois : directs, promis par qui…", _text),
    Field("topics", "liste", "thèmes, par exemple intelligence artificielle, cybersécurité", _topics),
    Field("source", "{name, url, date}", "la publication, son lien et sa date ; `name` obligatoire", _source_record,
          required=True),
    Field("other_sources", "liste de {name, url}", "autres articles sur le même événement", _other_sources),
    Field("summary", "texte", "une ou deux phrases pour les listes et les flux", _text),
    Field("status", "published ou draft", "`draft` : jamais publié (défaut : published)", _choice(STATUSES)),
    Field("slug", "slug", "fin de l'adresse ; par défaut le nom du fichier sans la date", _slug),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}
# Front-matter key -> attribute of Facts, where they differ.
_FACTS_NAMES = {"region": "regions", "programme": "programmes"}


def _html_problems(name, value):
    """Find HTML or script hidden in any text of a value."""
    if isinstance(value, str):
        if _HTML.search(value):
            yield "HTML ou script interdit ici : écrivez du texte simple"
    elif isinstance(value, dict):
        for item in value.values():
            yield from _html_problems(name, item)
    elif isinstance(value, list):
        for item in value:
            yield from _html_problems(name, item)


def _unknown_key_message(key):
    close = difflib.get_close_matches(key, FIELDS_BY_NAME, n=1, cutoff=0.6)
    hint = f" — vouliez-vous dire '{close[0]}' ?" if close else ""
    return f"clé inconnue{hint}"


def validate(metadata, context, ignore=()):
    """Check front matter; return (Facts, problems), reporting every problem found."""
    problems = []
    values = {}
    for key, value in metadata.items():
        if key in ignore:
            continue
        rule = FIELDS_BY_NAME.get(key)
        if rule is None:
            problems.append(Problem(key, _unknown_key_message(key)))
            continue
        html = next(_html_problems(key, value), None)
        if html:
            problems.append(Problem(key, html))
            continue
        try:
            values[key] = rule.check(value, context)
        except Invalid as error:
            problems.append(Problem(key, str(error)))
    for rule in FIELDS:
        if rule.required and rule.name not in metadata:
            problems.append(Problem(rule.name, "champ obligatoire manquant"))
    problems.extend(_cross_field_problems(values, metadata))
    facts = Facts(
        **{
            _FACTS_NAMES.get(key, key): value
            for key, value in values.items()
            if _FACTS_NAMES.get(key, key) in Facts.__dataclass_fields__
        }
    )
    return facts, problems


def _cross_field_problems(values, metadata):
    items = values.get("budget_items")
    if items and "budget" in metadata:
        total = sum(item.amount for item in items)
        budget = values.get("budget")
        if budget is not None and total != budget:
            yield Problem(
                "budget_items",
                f"la somme des montants ({total}) n'égale pas budget ({budget}) : corrigez l'un ou l'autre",
            )
    elif items:
        total = sum(item.amount for item in items)
        yield Problem("budget_items", f"budget manque : ajoutez « budget: {total} » (la somme des montants)")


def fields_markdown():
    """The table of front-matter fields, as written in the README."""
    rows = ["| clé | type | obligatoire | sens |", "|---|---|---|---|"]
    for rule in FIELDS:
        rows.append(f"| `{rule.name}` | {rule.kind} | {'oui' if rule.required else ''} | {rule.help} |")
    return "\n".join(rows)
