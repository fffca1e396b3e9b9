"""Importer, end to end: import an article, complete the draft as an editor would, build the site."""

import datetime

import yaml
from helpers import REPO, data_value, facts, page
from pelican import Pelican
from pelican.settings import read_settings

from announcements.check import check_paths
from announcements.importer import import_article

VOCABULARY = REPO / "tests" / "site" / "data"
TODAY = datetime.date(2025, 1, 15)


def complete(path):
    """What an editor does: fill the TODOs, write the summary in their own words, publish."""
    header, _ = path.read_text(encoding="utf-8").split("---\n", 2)[1:]
    values = yaml.safe_load(header)
    values["title"] = "Oujda : une école CodeLab de 6 MDH pour 120 jeunes"
    values["source"] = {"name": "L'Oriental Info (fictif)", "url": "https://oriental-info.example.ma/codelab",
                        "date": values.get("source", {}).get("date", datetime.date(2024, 3, 12))}
    values["budget_scope"] = "project"
    values["status"] = "published"
    body = ("Une école CodeLab a ouvert à Oujda dans une maison des jeunes rénovée. Elle coûte 6 MDH, travaux et "
            "équipement compris, et doit former 120 jeunes dès la rentrée.")
    path.write_text(f"---\n{yaml.safe_dump(values, allow_unicode=True, sort_keys=False)}---\n\n{body}\n", encoding="utf-8")


def build(content, output):
    settings = read_settings(
        str(REPO / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "ANNOUNCEMENTS_VOCABULARY_PATH": str(VOCABULARY),
            "PLUGIN_PATHS": [str(REPO / "plugins")],
            "THEME": str(REPO / "themes" / "regions"),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "DELETE_OUTPUT_DIRECTORY": False,
        },
    )
    Pelican(settings).run()


def test_an_imported_and_completed_article_is_published(tmp_path):
    """The importer's draft, once completed, checks clean and becomes a page with its facts."""
    content = tmp_path / "content"
    path, _ = import_article(REPO / "tests" / "press" / "codelab-oujda.txt", content, VOCABULARY, today=TODAY)
    complete(path)
    problems, _ = check_paths([path], VOCABULARY, today=TODAY)
    assert problems == []

    build(content, tmp_path / "output")
    announcement = page(tmp_path / "output", "/annonces/2024/oujda-codelab-ouvre-ecole-code-120/")
    assert announcement.find("h1").text == "Oujda : une école CodeLab de 6 MDH pour 120 jeunes"
    found = facts(announcement)
    assert data_value(found["Budget"]) == 6000000
    assert "Oriental" in found["Région"].text
    region = page(tmp_path / "output", "/regions/oriental/")
    assert "Oujda : une école CodeLab de 6 MDH pour 120 jeunes" in region.text
