"""A new announcement file: the given values filled in, every other field commented."""

import datetime
from pathlib import Path

import yaml
from slugify import slugify

from . import values as values_module
from .schema import FIELDS

SLUG_WORDS = 6


_STOPWORDS = ("a", "au", "aux", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "un", "une")


def slug_for(title):
    """A short slug from a title: its first meaningful words, without accents."""
    spaced = title.replace("’", " ").replace("'", " ")
    return "-".join(slugify(spaced, stopwords=_STOPWORDS).split("-")[:SLUG_WORDS])


def new_path(content_dir, date, slug):
    """Where an announcement of that date and slug lives."""
    return Path(content_dir) / "annonces" / f"{date.year:04d}" / f"{date.isoformat()}-{slug}.md"


def _dump(name, value):
    text = yaml.safe_dump({name: value}, allow_unicode=True, sort_keys=False, width=1000)
    return text.rstrip("\n").split("\n")


def render(values):
    """The text of a new draft: given values first in schema order, the rest as comments."""
    lines = [
        "---",
        "# Nouvelle annonce. Complétez les champs, écrivez le résumé, lancez « invoke check »,",
        "# puis remplacez « status: draft » par « status: published » pour la publier.",
    ]
    for rule in FIELDS:
        if rule.name == "status":
            continue
        if rule.name in values and values[rule.name] not in (None, [], ""):
            lines += _dump(rule.name, values[rule.name])
            continue
        mark = "obligatoire — " if rule.required else ""
        lines.append(f"# {rule.name}:  # {mark}{rule.help} ({rule.kind})")
        lines += [f"#   {example}" for example in rule.example]
    lines += ["status: draft", "---", "", "TODO : résumez l'annonce en 3 à 6 phrases, dans vos propres mots "
              "(qui, quoi, où, quand, les chiffres, l'enjeu pour la région).", ""]
    return "\n".join(lines)


def write_new(content_dir, values):
    """Write a new draft; refuse to overwrite. Return its path."""
    date = values["date"]
    if not isinstance(date, datetime.date):
        raise ValueError("date: écrivez AAAA-MM-JJ")
    slug = values.get("slug") or slug_for(values["title"])
    try:
        slug = values_module.slug(slug)  # the rule check applies: no "/", "..", capitals or spaces
    except values_module.Invalid as error:
        raise ValueError(f"--slug {error}") from error
    path = new_path(content_dir, date, slug)
    if not path.resolve().is_relative_to((Path(content_dir) / "annonces").resolve()):
        raise ValueError(f"--slug {slug!r} : le fichier sortirait de content/annonces/")
    if path.exists():
        raise FileExistsError(f"{path.name} existe déjà : choisissez un autre --slug ou modifiez ce fichier")
    path.parent.mkdir(parents=True, exist_ok=True)
    # The slug is in the file name; the commented `slug:` line says how to change it.
    path.write_text(render({k: v for k, v in values.items() if k != "slug"}), encoding="utf-8")
    return path
