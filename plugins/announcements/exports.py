"""Open data: every published announcement as JSON and CSV records, with a JSON Schema."""

import csv
import json

LIST_SEPARATOR = " ; "
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.fr",
}

# (column, JSON Schema type, description): one list for the JSON, the CSV and the /donnees/ page.
COLUMNS = (
    ("id", "string", "identifiant stable : année/slug"),
    ("url", "string", "adresse de la page de l'annonce"),
    ("title", "string", "titre de l'annonce"),
    ("date", "string", "date de l'événement, AAAA-MM-JJ (le 1er du mois quand seul le mois est connu)"),
    ("date_precision", "string", "day, month ou year"),
    ("regions", "array", "slugs des régions, ou national"),
    ("region_names", "array", "noms des régions"),
    ("city", "string", "ville ou commune principale"),
    ("programmes", "array", "slugs des programmes"),
    ("programme_names", "array", "noms des programmes"),
    ("partners", "array", "slugs des partenaires"),
    ("partner_names", "array", "noms des partenaires"),
    ("budget", "integer", "montant total engagé, en dirhams"),
    ("budget_items", "array", "parties du budget : montant en dirhams et objet"),
    ("trainees", "integer", "personnes à former ou formées"),
    ("trainees_note", "string", "précision sur trainees : objectif, formés, plus de…"),
    ("jobs", "integer", "emplois annoncés"),
    ("jobs_note", "string", "précision sur jobs"),
    ("topics", "array", "thèmes"),
    ("summary", "string", "résumé en une ou deux phrases"),
    ("source_name", "string", "publication source"),
    ("source_url", "string", "adresse de l'article source"),
    ("source_date", "string", "date de publication de la source, AAAA-MM-JJ"),
    ("other_sources", "array", "adresses d'autres articles sur le même événement"),
)
FIELDNAMES = [name for name, _, _ in COLUMNS]


def record(article, site_url):
    """One announcement as a flat record; absent values are None."""
    facts = article.facts
    source = facts.source
    return {
        "id": f"{article.date.year}/{article.slug}",
        "url": f"{site_url}/{article.url}",
        "title": article.title,
        "date": article.date.date().isoformat(),
        "date_precision": facts.date_precision,
        "regions": [region.slug for region in article.regions],
        "region_names": [region.name for region in article.regions],
        "city": facts.city or None,
        "programmes": [programme.slug for programme in article.programmes],
        "programme_names": [programme.name for programme in article.programmes],
        "partners": [partner.slug for partner in article.partners],
        "partner_names": [partner.name for partner in article.partners],
        "budget": facts.budget,
        "budget_items": [{"amount": item.amount, "label": item.label} for item in facts.budget_items],
        "trainees": facts.trainees,
        "trainees_note": facts.trainees_note or None,
        "jobs": facts.jobs,
        "jobs_note": facts.jobs_note or None,
        "topics": list(facts.topics),
        "summary": article.metadata.get("summary"),
        "source_name": source.name if source else None,
        "source_url": (source.url or None) if source else None,
        "source_date": source.date.isoformat() if source and source.date else None,
        "other_sources": [other.url for other in facts.other_sources if other.url],
    }


def records(articles, site_url):
    """Records of the announcements, oldest first, ties by id (the same order every build), one at a time.

    Performance: made as the files are written, never all held together: the 5000 records and
    the CSV text held at once raised the build's peak memory by about 30 MiB.
    """
    ordered = sorted(articles, key=lambda article: (article.date.date(), f"{article.date.year}/{article.slug}"))
    return (record(article, site_url) for article in ordered)


def write_json(articles, site_url, schema_url, site_name, handle):
    """Write the JSON document (what it is, its licence, the records) to an open text file.

    The very text json.dump(document, indent=2) gives, written one record at a time.
    """
    head = {
        "title": f"{site_name} : annonces de formation au numérique des régions du Maroc",
        "licence": LICENCE,
        "schema": schema_url,
        "count": len(articles),
    }
    handle.write(json.dumps(head, ensure_ascii=False, indent=2)[: -len("\n}")] + ',\n  "announcements": [')
    for number, row in enumerate(records(articles, site_url)):
        text = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        handle.write(f"{',' if number else ''}\n    {text}")
    handle.write("\n  ]\n}\n" if articles else "]\n}\n")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(
            f"{item['amount']} : {item['label']}" if isinstance(item, dict) else str(item) for item in value
        )
    return str(value)


def write_csv(articles, site_url, handle):
    """Write the CSV (a header row, one row per record, lists joined with « ; ») to an open text file."""
    writer = csv.DictWriter(handle, fieldnames=FIELDNAMES, lineterminator="\n")
    writer.writeheader()
    for row in records(articles, site_url):
        writer.writerow({name: _cell(row[name]) for name in FIELDNAMES})


def json_schema(schema_url):
    """The JSON Schema (draft 2020-12) of annonces.json, published at schema_url."""
    properties = {}
    for name, kind, description in COLUMNS:
        if kind == "array":
            items = {"type": "string"}
            if name == "budget_items":
                items = {
                    "type": "object",
                    "properties": {"amount": {"type": "integer", "minimum": 0}, "label": {"type": "string"}},
                    "required": ["amount", "label"],
                    "additionalProperties": False,
                }
            properties[name] = {"type": "array", "items": items, "description": description}
        else:
            properties[name] = {"type": [kind, "null"], "description": description}
        if kind == "integer":
            properties[name]["minimum"] = 0
    for required in ("id", "url", "title", "date", "date_precision", "source_name"):
        properties[required]["type"] = "string"  # never null
    properties["date"]["format"] = "date"
    properties["date_precision"]["enum"] = ["day", "month", "year"]
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
