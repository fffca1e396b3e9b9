"""The announcement front matter: every field once, and validation collecting all problems.

FIELDS is the one definition of a field: validation, the Facts record, the README table,
`invoke new`, the importer's keys, the open-data columns and their JSON Schema all derive
from it (tests/test_fields.py checks that none of them has a field FIELDS lacks).
"""

import difflib
import re
from dataclasses import dataclass, make_dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any, Callable

from . import values as v
from .kinds import JOB_KINDS, PERIODS, SCOPES, TRAINEE_KINDS, choices
from .values import BudgetItem, Context, Invalid, Source, date_problem  # noqa: F401 - the schema's public names

_HTML = re.compile(r"<\s*[a-zA-Z!/?]|javascript\s*:", re.IGNORECASE)
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
class Column:
    """One column of the open data: its name, JSON Schema, meaning, and how to read it from Facts."""

    name: str
    schema: dict
    description: str
    value: Callable[[Any, Any], Any]  # (facts, vocabulary) -> a JSON value


@dataclass(frozen=True)
class Field:
    """One front-matter key: its type and meaning for editors, its check, and its open-data columns."""

    name: str
    kind: str
    help: str
    check: Callable[[Any, Context], Any]
    required: bool = False
    default: Any = None
    columns: tuple = ()  # empty: not in the open data
    example: tuple = ()  # lines shown, commented, in a new file
    imported: bool = False  # the press importer fills it in


# --- open-data columns --------------------------------------------------------

_TEXT = {"type": ["string", "null"]}
_COUNT = {"type": ["integer", "null"], "minimum": 0}
_TEXTS = {"type": "array", "items": {"type": "string"}}


def _enum(options):
    return {"type": ["string", "null"], "enum": [*options, None]}


def _plain(name, schema, description):
    """A column holding the field's value as it is (empty text as null)."""
    return Column(name, schema, description, lambda facts, _: _null_if_empty(getattr(facts, name)))


def _null_if_empty(value):
    """Empty text is null in the open data, as an absent value is; 0 stays 0."""
    return None if value in ("", None) else value


def _slugs_and_names(attribute, lexicon, noun):
    """Three columns: the slugs of a vocabulary field, and their names in French and in Arabic."""
    return (
        Column(f"{noun}s", _TEXTS, f"slugs des {noun}s" + (", ou national" if noun == "region" else ""),
               lambda facts, _: list(getattr(facts, attribute))),
        Column(f"{noun}_names", _TEXTS, f"noms des {noun}s".replace("regions", "régions"),
               lambda facts, vocabulary: [getattr(vocabulary, lexicon)[slug].name
                                          for slug in getattr(facts, attribute)]),
        Column(f"{noun}_names_ar", _TEXTS, f"noms arabes des {noun}s, dans le même ordre (vide quand il n'y en a pas)"
               .replace("regions", "régions"),
               lambda facts, vocabulary: [getattr(vocabulary, lexicon)[slug].name_ar
                                          for slug in getattr(facts, attribute)]),
    )


_ITEM_SCHEMA = {
    "type": "object",
    "properties": {
        "amount": {"type": "integer", "minimum": 0},
        "label": {"type": "string"},
        "scope": _enum(SCOPES),
        "programme": _TEXT,
        "region": _TEXT,
    },
    "required": ["amount", "label", "scope", "programme", "region"],
    "additionalProperties": False,
}


def _item_record(item):
    return {"amount": item.amount, "label": item.label, "scope": item.scope or None,
            "programme": item.programme or None, "region": item.region or None}


# --- the fields ---------------------------------------------------------------

_SCOPE_HELP = "; ".join(f"`{key}` : {words}" for key, words in SCOPES.items())

FIELDS = (
    Field("title", "texte", "l'annonce, en français", v.text, required=True, imported=True,
          columns=(Column("title", {"type": "string"}, "titre de l'annonce", lambda facts, _: facts.title),)),
    Field("date", "AAAA-MM-JJ", "jour de l'événement ou de l'annonce", v.event_date, required=True, imported=True,
          columns=(Column("date", {"type": "string", "format": "date"},
                          "date de l'événement, AAAA-MM-JJ (le 1er du mois quand seul le mois est connu)",
                          lambda facts, _: facts.date.isoformat()),)),
    Field("date_precision", "day, month ou year", "`month` quand seul le mois est connu (défaut : day)",
          v.choice(PRECISIONS), default="day", imported=True,
          columns=(Column("date_precision", {"type": "string", "enum": list(PRECISIONS)}, "day, month ou year",
                          lambda facts, _: facts.date_precision),)),
    Field("region", "slug ou liste", "région(s) concernée(s), ou `national`", v.regions, required=True, default=(),
          imported=True, columns=_slugs_and_names("region", "regions", "region")),
    Field("city", "texte", "ville ou commune principale", v.text, default="", imported=True,
          columns=(_plain("city", _TEXT, "ville ou commune principale"),)),
    Field("programme", "nom ou liste", "programme(s) de data/programmes.yaml (alias permis)",
          v.terms("programmes", False, "programme", "data/programmes.yaml"), default=(), imported=True,
          columns=_slugs_and_names("programme", "programmes", "programme")),
    Field("partners", "liste", "organisations de data/partners.yaml (sigles et alias permis)", v.partners,
          default=(), imported=True, example=("- Nom ou sigle d'une organisation de data/partners.yaml",),
          columns=_slugs_and_names("partners", "partners", "partner")),
    Field("budget", "entier, dirhams", "montant annoncé, en MAD ; `budget_scope` dit ce qu'il couvre", v.amount,
          imported=True, columns=(_plain("budget", _COUNT, "montant annoncé, en dirhams (voir budget_scope)"),)),
    Field("budget_scope", choices(SCOPES), f"ce que couvre `budget` : {_SCOPE_HELP}", v.choice(tuple(SCOPES)),
          default="", imported=True,
          columns=(_plain("budget_scope", _enum(SCOPES),
                          "ce que couvre budget : project (engagé pour un projet précis), strategy (enveloppe d'une "
                          "stratégie ou d'un plan), wider_project (projet plus large que la formation au numérique) ; "
                          "null quand les parties ont des portées différentes (voir budget_items)"),)),
    Field("budget_items", "liste de {amount, label, scope, programme, region}",
          "les parties du budget (leur somme égale `budget`) ; `scope` si elle diffère de `budget_scope`, "
          "`programme` ou `region` quand la partie revient à un seul d'entre eux", v.budget_items(SCOPES),
          default=(), imported=True,
          example=("- amount: 13300000", "  label: ce que ce montant finance",
                   "  programme: YouCode   # facultatif : le programme de l'annonce à qui revient cette partie"),
          columns=(Column("budget_items", {"type": "array", "items": _ITEM_SCHEMA},
                          "parties du budget : montant en dirhams, objet, portée, programme et région quand la "
                          "partie leur revient",
                          lambda facts, _: [_item_record(item) for item in facts.budget_items]),)),
    Field("trainees", "entier", "nombre de personnes ; `trainees_kind` et `trainees_period` disent lesquelles",
          v.count, imported=True,
          columns=(_plain("trainees", _COUNT, "nombre de personnes (voir trainees_kind, trainees_period)"),)),
    Field("trainees_kind", choices(TRAINEE_KINDS),
          "ce que compte `trainees` : `target` (objectif), `trained` (formées), `enrolled` (inscrites), "
          "`capacity` (capacité d'accueil)", v.choice(tuple(TRAINEE_KINDS)), default="", imported=True,
          columns=(_plain("trainees_kind", _enum(TRAINEE_KINDS), "target, trained, enrolled ou capacity"),)),
    Field("trainees_period", choices(PERIODS), "`total` (en tout), `per_year` (par an) ou `per_cohort` (par promotion)",
          v.choice(tuple(PERIODS)), default="", imported=True,
          columns=(_plain("trainees_period", _enum(PERIODS), "total, per_year ou per_cohort"),)),
    Field("trainees_scope", choices(SCOPES), "`strategy` ou `wider_project` quand le nombre n'est pas celui du "
          "projet annoncé lui-même (défaut : project)", v.choice(tuple(SCOPES)), default="project",
          columns=(_plain("trainees_scope", _enum(SCOPES), "project, strategy ou wider_project"),)),
    Field("trainees_note", "texte", "précision en clair : « plus de », « diplômés en reconversion »…", v.text,
          default="", imported=True,
          columns=(_plain("trainees_note", _TEXT, "précision sur trainees : plus de, public visé…"),)),
    Field("jobs", "entier", "nombre d'emplois ; `jobs_kind` dit lesquels", v.count, imported=True,
          columns=(_plain("jobs", _COUNT, "nombre d'emplois (voir jobs_kind)"),)),
    Field("jobs_kind", choices(JOB_KINDS), "`promised` (promis, visés) ou `created` (créés)",
          v.choice(tuple(JOB_KINDS)), default="", imported=True,
          columns=(_plain("jobs_kind", _enum(JOB_KINDS), "promised ou created"),)),
    Field("jobs_scope", choices(SCOPES), "`strategy` ou `wider_project` quand le nombre n'est pas celui du projet "
          "annoncé lui-même (défaut : project)", v.choice(tuple(SCOPES)), default="project",
          columns=(_plain("jobs_scope", _enum(SCOPES), "project, strategy ou wider_project"),)),
    Field("jobs_note", "texte", "quels emplois : directs, promis par qui…", v.text, default="", imported=True,
          columns=(_plain("jobs_note", _TEXT, "précision sur jobs"),)),
    Field("topics", "liste", "thèmes, par exemple intelligence artificielle, cybersécurité", v.topics, default=(),
          imported=True, example=("- intelligence artificielle",),
          columns=(Column("topics", _TEXTS, "thèmes", lambda facts, _: list(facts.topics)),)),
    Field("source", "{name, url, date}", "la publication, son lien et sa date ; `name` obligatoire", v.source,
          required=True, imported=True, example=("name: Nom de la publication", "url: https://…", "date: AAAA-MM-JJ"),
          columns=(
              Column("source_name", {"type": "string"}, "publication source", lambda facts, _: facts.source.name),
              Column("source_url", _TEXT, "adresse de l'article source", lambda facts, _: facts.source.url or None),
              Column("source_date", {"type": ["string", "null"], "format": "date"},
                     "date de publication de la source, AAAA-MM-JJ",
                     lambda facts, _: facts.source.date.isoformat() if facts.source.date else None),
          )),
    Field("other_sources", "liste de {name, url}", "autres articles sur le même événement", v.sources, default=(),
          example=("- name: Nom de la publication", "  url: https://…"),
          columns=(Column("other_sources", _TEXTS, "adresses d'autres articles sur le même événement",
                          lambda facts, _: [other.url for other in facts.other_sources if other.url]),)),
    Field("distinct_from", "liste de slugs", "annonces proches (même région, même programme ou partenaire, "
          "moins de 7 jours d'écart) qui sont pourtant d'autres événements : `check` ne les signale plus "
          "comme doublons",
          v.slugs, default=(), example=("- slug-de-l-autre-annonce",)),
    Field("summary", "texte", "une ou deux phrases pour les listes et les flux", v.text, default="",
          columns=(_plain("summary", _TEXT, "résumé en une ou deux phrases"),)),
    Field("title_ar", "texte arabe", "le titre en arabe, écrit par la rédaction", v.arabic_text, default="",
          columns=(_plain("title_ar", _TEXT, "titre de l'annonce en arabe"),)),
    Field("summary_ar", "texte arabe", "le résumé en arabe, une ou deux phrases", v.arabic_text, default="",
          columns=(_plain("summary_ar", _TEXT, "résumé en arabe"),)),
    Field("status", "published ou draft", "`draft` : jamais publié (défaut : published)", v.choice(STATUSES),
          default="published"),
    Field("slug", "slug", "fin de l'adresse ; par défaut le nom du fichier sans la date", v.slug, default=""),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}

Facts = make_dataclass(
    "Facts",
    [(f.name, Any, dataclass_field(default=f.default)) for f in FIELDS],
    frozen=True,
    namespace={"__doc__": "The checked, normalised facts of one announcement, by front-matter key; "
                          "vocabulary values are slugs."},
)


def _html_problems(value):
    """Find HTML or script hidden in any text of a value."""
    if isinstance(value, str):
        if _HTML.search(value):
            yield "HTML ou script interdit ici : écrivez du texte simple"
    elif isinstance(value, dict):
        for item in value.values():
            yield from _html_problems(item)
    elif isinstance(value, list):
        for item in value:
            yield from _html_problems(item)


def _unknown_key_message(key):
    close = difflib.get_close_matches(str(key), FIELDS_BY_NAME, n=1, cutoff=0.6)
    hint = f" — vouliez-vous dire '{close[0]}' ?" if close else ""
    return f"clé inconnue{hint}"


def validate(metadata, context):
    """Check front matter; return (Facts, problems), reporting every problem found."""
    problems = []
    checked = {}
    for key, value in metadata.items():
        rule = FIELDS_BY_NAME.get(key)
        if rule is None:
            problems.append(Problem(str(key), _unknown_key_message(key)))
            continue
        html = next(_html_problems(value), None)
        if html:
            problems.append(Problem(key, html))
            continue
        if isinstance(value, list) and len(value) > MAX_ITEMS:
            problems.append(Problem(key, f"{len(value)} éléments : {MAX_ITEMS} au plus"))
            continue
        try:
            checked[key] = rule.check(value, context)
        except Invalid as error:
            problems.append(Problem(key, str(error)))
    for rule in FIELDS:
        if rule.required and rule.name not in metadata:
            problems.append(Problem(rule.name, "champ obligatoire manquant"))
    facts = Facts(**checked)
    facts, found = _figures(facts, checked, metadata)
    return facts, problems + found + list(_arabic_missing(checked, metadata, context))


def _arabic_missing(checked, metadata, context):
    """A published announcement without its Arabic title or summary shows French on the Arabic edition."""
    if "ar" not in context.editions:
        return
    for key, base in (("title_ar", "title"), ("summary_ar", "summary")):
        if base in checked and key not in metadata:
            yield Problem(key, f"{key} manque : l'édition arabe montrera le texte français ; ajoutez sous "
                               f"{base} « {key}: » en arabe, dans nos mots", severity="warning")


# More list items than any announcement needs (partners, topics, sources...): a hostile or broken file.
MAX_ITEMS = 50

# The keys without which a number does not say what it counts.
_KIND_KEYS = {"trainees_kind": TRAINEE_KINDS, "trainees_period": PERIODS, "jobs_kind": JOB_KINDS}


def _figures(facts, checked, metadata):
    """Cross-field rules of the figures: parts that add up and belong, a kind for each figure."""
    problems = []
    items = facts.budget_items
    if items:
        total = sum(item.amount for item in items)
        if "budget" not in metadata:
            problems.append(Problem("budget_items",
                                    f"budget manque : ajoutez « budget: {total} » (la somme des montants)"))
        elif facts.budget is not None and total != facts.budget:
            problems.append(Problem("budget_items", f"la somme des montants ({total}) n'égale pas budget "
                                                    f"({facts.budget}) : corrigez l'un ou l'autre"))
        problems += _item_owners(facts)
        items = tuple(replace(item, scope=item.scope or facts.budget_scope) for item in items)
        scopes = {item.scope for item in items}
        facts = replace(facts, budget_items=items, budget_scope=scopes.pop() if len(scopes) == 1 else "")
    classified = all(item.scope for item in items) if items else bool(facts.budget_scope)
    if facts.budget is not None and not classified:
        problems.append(Problem("budget_scope", "ce que couvre le montant n'est pas dit : ajoutez budget_scope "
                                f"({', '.join(SCOPES)})", severity="warning"))
    for key, options in _KIND_KEYS.items():
        figure = key.split("_")[0]
        if figure in checked and not getattr(facts, key):
            problems.append(Problem(key, f"{figure} sans {key} : dites ce que compte ce nombre ({', '.join(options)})",
                                    severity="warning"))
    for key in ("budget_scope", "trainees_kind", "trainees_period", "trainees_scope", "jobs_kind", "jobs_scope"):
        figure = key.split("_")[0]
        if key in metadata and figure not in metadata:
            problems.append(Problem(key, f"{key} sans {figure} : ajoutez le nombre ou retirez cette clé"))
    return facts, problems


def _item_owners(facts):
    """A part of the budget names only a programme or a region of its own announcement."""
    for number, item in enumerate(facts.budget_items, 1):
        if item.programme and item.programme not in facts.programme:
            yield Problem("budget_items", f"élément {number} : le programme {item.programme!r} n'est pas dans "
                                          "`programme` : ajoutez-le à la liste de l'annonce")
        if item.region and item.region not in facts.region:
            yield Problem("budget_items", f"élément {number} : la région {item.region!r} n'est pas dans `region`")


def fields_markdown():
    """The table of front-matter fields, as written in the README."""
    rows = ["| clé | type | obligatoire | sens |", "|---|---|---|---|"]
    for rule in FIELDS:
        rows.append(f"| `{rule.name}` | {rule.kind} | {'oui' if rule.required else ''} | {rule.help} |")
    return "\n".join(rows)
