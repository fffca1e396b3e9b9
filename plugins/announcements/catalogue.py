"""The gettext catalogues of the editions: what to translate, kept in step with templates and code.

`invoke translations` runs update(): it gathers every interface text (the theme's templates, the
plugin's code, and texts that code shows from tables: kinds of figures, kinds of partners, open
data columns, the site's name) and brings each catalogue up to date, keeping its translations.
"""

import datetime
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from . import exports, i18n, kinds, mapdata, vocabulary

PLUGIN = Path(__file__).resolve().parent
# A fixed date in the catalogue's header: updating an unchanged catalogue changes nothing.
STAMP = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
METHODS = [("**/templates/**.html", "jinja2.ext:babel_extract"), ("**.py", "python")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n,jinja2.ext.do", "trimmed": "false"}}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}


def table_texts(settings):
    """Texts the code shows from tables rather than from literals: they are translated where shown."""
    words = [*kinds.SCOPE_WORDS.values(), *kinds.PEOPLE_SCOPE_WORDS.values(), *kinds.TRAINEE_KINDS.values(),
             *kinds.PERIODS.values(), *kinds.JOB_KINDS.values(), *vocabulary.PARTNER_KINDS]
    words += [column.description for column in exports.COLUMNS]
    words += [exports.type_words(column) for column in exports.COLUMNS]
    words += [settings[name] for name in i18n.TRANSLATED_SETTINGS if settings.get(name)]
    words.append(mapdata.ATTRIBUTION)
    return [word for word in dict.fromkeys(words) if word]


def template(theme, settings):
    """Every text to translate, as a catalogue without translations."""
    found = Catalog(fuzzy=False, creation_date=STAMP)
    for folder in (Path(theme), PLUGIN):
        for name, line, message, comments, _context in extract_from_dir(
            folder, METHODS, OPTIONS, KEYWORDS, comment_tags=("Translators:",)
        ):
            found.add(message, locations=[(str(Path(folder.name) / name), line)], auto_comments=comments)
    for text in table_texts(settings):
        if text not in found:
            found.add(text)
    return found


def update(path, theme, settings, code):
    """Bring the catalogue at `path` up to date: new texts added untranslated, gone ones dropped."""
    path = Path(path)
    if path.exists():
        with path.open("rb") as source:
            catalogue = read_po(source, locale=i18n.EDITIONS[code].locale)
    else:
        catalogue = Catalog(locale=i18n.EDITIONS[code].locale)
    catalogue.update(template(theme, settings), no_fuzzy_matching=True)
    catalogue.project, catalogue.version = "Régions numériques", ""
    catalogue.revision_date = catalogue.creation_date = STAMP
    catalogue.fuzzy = False
    catalogue.header_comment = (
        f"# Textes de l'interface de Régions numériques, édition {code} : voir README, « Traductions »."
    )
    catalogue.obsolete.clear()
    output = io.BytesIO()
    write_po(output, catalogue, width=100, sort_by_file=False, omit_header=False, ignore_obsolete=True,
             include_previous=False, no_location=True, sort_output=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(output.getvalue())
    return catalogue


def untranslated(path, code):
    """The texts of a catalogue that have no translation (or only a fuzzy one)."""
    with Path(path).open("rb") as source:
        catalogue = read_po(source, locale=i18n.EDITIONS[code].locale)
    return [message.id for message in catalogue if message.id and (not message.string or message.fuzzy
            or (isinstance(message.string, tuple) and not all(message.string)))]
