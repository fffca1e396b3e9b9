"""Open data: every published announcement as JSON and CSV records, with a JSON Schema."""

import csv
import io
import json

from .figures import Totals
from .schema import FIELDS, Column

LIST_SEPARATOR = " ; "
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.fr",
}

# Columns that are no front-matter field: the record's identity, and what it adds to each national total.
_IDENTITY = (
    Column("id", {"type": "string"}, "identifiant stable : année/slug", None),
    Column("url", {"type": "string"}, "adresse de la page de l'annonce", None),
)
_ADDED = {
    "committed": "ce que l'annonce ajoute au total « budget engagé pour des projets précis », en dirhams",
    "reached": "ce que l'annonce ajoute au total « personnes formées ou inscrites »",
    "targets": "ce que l'annonce ajoute au total « objectifs de formation »",
    "jobs_promised": "ce que l'annonce ajoute au total « emplois promis »",
    "jobs_created": "ce que l'annonce ajoute au total « emplois créés »",
}
ADDED_COLUMNS = tuple(
    Column(f"added_{name}", {"type": ["integer", "null"], "minimum": 0},
           f"{description} (null : rien ; règles sur la page /donnees/)", None)
    for name, description in _ADDED.items()
)
COLUMNS = (*_IDENTITY, *(column for rule in FIELDS for column in rule.columns), *ADDED_COLUMNS)
FIELDNAMES = [column.name for column in COLUMNS]
_TYPE_WORDS = {"string": "texte", "integer": "entier", "array": "liste", "object": "objet"}


def type_words(column):
    """A column's type as the /donnees/ page says it: « entier ou vide », « texte (day, month, year) »."""
    schema = column.schema
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    words = _TYPE_WORDS[types[0]] + (" (date)" if schema.get("format") == "date" else "")
    if "enum" in schema:
        words += " : " + ", ".join(value for value in schema["enum"] if value is not None)
    return words + (" ou vide" if "null" in types else "")


def record(article, site_url, vocabulary):
    """One announcement as a flat record, its columns read from its Facts; absent values are None."""
    facts = article.facts
    row = {"id": f"{article.date.year}/{article.slug}", "url": f"{site_url}/{article.url}"}
    for rule in FIELDS:
        for column in rule.columns:
            row[column.name] = column.value(facts, vocabulary)
    added = Totals.of([article]).sums
    for name in _ADDED:
        row[f"added_{name}"] = added[name].value if name in added else None
    return row


def records(articles, site_url, vocabulary):
    """Records of the announcements, oldest first, ties by id (the same order every build), one at a time.

    Performance: made as the files are written, never all held together: the 5000 records and
    the CSV text held at once raised the build's peak memory by about 30 MiB.
    """
    ordered = sorted(articles, key=lambda article: (article.date.date(), f"{article.date.year}/{article.slug}"))
    return (record(article, site_url, vocabulary) for article in ordered)


def json_text(articles, site_url, schema_url, site_name, vocabulary):
    """The JSON document (what it is, its licence, the records), in pieces, one record at a time.

    Joined, the very text json.dump(document, indent=2) gives.
    """
    head = {
        "title": f"{site_name} : annonces de formation au numérique des régions du Maroc",
        "licence": LICENCE,
        "schema": schema_url,
        "count": len(articles),
    }
    yield json.dumps(head, ensure_ascii=False, indent=2)[: -len("\n}")] + ',\n  "announcements": ['
    for number, row in enumerate(records(articles, site_url, vocabulary)):
        text = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        yield f"{',' if number else ''}\n    {text}"
    yield "\n  ]\n}\n" if articles else "]\n}\n"


def write_json(articles, site_url, schema_url, site_name, handle, vocabulary):
    """Write the JSON document to an open text file."""
    handle.writelines(json_text(articles, site_url, schema_url, site_name, vocabulary))


def _item_cell(item):
    """A budget part in one cell: « 15000000 : what it funds [scope=project programme=youcode] »."""
    said = " ".join(f"{key}={item[key]}" for key in ("scope", "programme", "region") if item.get(key))
    return f"{item['amount']} : {item['label']}" + (f" [{said}]" if said else "")


# A text cell a spreadsheet would run as a formula (OWASP, « CSV injection »): =, +, -, @, or a
# tab or carriage return before one of them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text):
    """A text cell that a spreadsheet shows as text: a leading quote before what would start a formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return str(value)  # numbers stay numbers, negative ones included
    if isinstance(value, list):
        return inert(LIST_SEPARATOR.join(_item_cell(item) if isinstance(item, dict) else str(item) for item in value))
    return inert(str(value))


def csv_text(articles, site_url, vocabulary):
    """The CSV (a header row, one row per record, lists joined with « ; »), in pieces, one row at a time."""
    line = io.StringIO()
    writer = csv.DictWriter(line, fieldnames=FIELDNAMES, lineterminator="\n")

    def taken():
        text = line.getvalue()
        line.seek(0)
        line.truncate()
        return text

    writer.writeheader()
    yield taken()
    for row in records(articles, site_url, vocabulary):
        writer.writerow({name: _cell(row[name]) for name in FIELDNAMES})
        yield taken()


def write_csv(articles, site_url, handle, vocabulary):
    """Write the CSV to an open text file."""
    handle.writelines(csv_text(articles, site_url, vocabulary))


def json_schema(schema_url):
    """The JSON Schema (draft 2020-12) of annonces.json, published at schema_url."""
    properties = {column.name: {**column.schema, "description": column.description} for column in COLUMNS}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url,
        "title": "Annonces de Régions numériques",
        "type": "object",
        "required": ["title", "licence", "count", "announcements"],
        "properties": {
            "title": {"type": "string"},
            "licence": {"type": "object", "required": ["name", "url"]},
            "schema": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
            "announcements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": properties,
                    "required": FIELDNAMES,
                    "additionalProperties": False,
                },
            },
        },
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
