"""One definition of each field: everything that lists fields derives from schema.FIELDS, and none drifts."""

import dataclasses
import json

from helpers import page

from announcements import exports, scaffold
from announcements.figures import SUMS
from announcements.importer.draft import KEYS, Draft
from announcements.schema import FIELDS, Facts, fields_markdown

NAMES = [rule.name for rule in FIELDS]


def test_facts_has_exactly_the_schema_fields():
    """The validated record has one attribute per field, named as the front-matter key."""
    assert [field.name for field in dataclasses.fields(Facts)] == NAMES


def test_the_new_file_template_mentions_every_field():
    """`invoke new` writes every field, filled in or commented with its help."""
    text = scaffold.render({})
    missing = [name for name in NAMES if f"# {name}:" not in text and f"\n{name}:" not in text]
    assert missing == []


def test_the_importer_fills_schema_keys_only():
    """The importer's keys are the schema's imported fields, and a draft gives a value for each."""
    assert list(KEYS) == [rule.name for rule in FIELDS if rule.imported]
    assert list(Draft().values()) == list(KEYS)


def test_every_open_data_column_comes_from_a_field_or_is_an_identity_or_a_sum():
    """CSV and JSON columns: id and url, the fields' own columns in schema order, and what each record adds to a sum."""
    from_fields = [column.name for rule in FIELDS for column in rule.columns]
    assert exports.FIELDNAMES == ["id", "url", *from_fields, *(f"added_{name}" for name in SUMS)]
    unexported = {rule.name for rule in FIELDS if not rule.columns}
    assert unexported == {"status", "slug", "distinct_from"}  # published only; in id and url; an editor's note


def test_the_json_schema_describes_exactly_the_columns():
    """annonces.schema.json: one property per column, each with a description, all required."""
    schema = json.loads(exports.json_schema("https://exemple.org/donnees/annonces.schema.json"))
    record = schema["properties"]["announcements"]["items"]
    assert list(record["properties"]) == exports.FIELDNAMES == record["required"]
    assert all(prop["description"] for prop in record["properties"].values())


def test_the_readme_table_lists_every_field():
    """The README's table of fields is made from FIELDS (tests/test_docs.py checks it is up to date)."""
    table = fields_markdown()
    assert [line.split("`")[1] for line in table.splitlines()[2:]] == NAMES


def test_the_open_data_page_lists_every_column(built_site):
    """/donnees/ explains each column of the files it offers."""
    listed = [code.text for code in page(built_site.output, "/donnees/").find("table").iter("code")]
    assert listed == exports.FIELDNAMES
