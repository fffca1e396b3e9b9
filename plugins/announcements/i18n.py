"""The site's editions: French at the root, Arabic under /ar/, one template set and gettext catalogues.

Each edition is built by its own Pelican run (`invoke build` runs both), with the setting
ANNOUNCEMENTS_EDITION naming it: the run's settings, content names and interface text are then
those of that edition. French is the source language: its text is the catalogue's keys.
"""

import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from markupsafe import Markup, escape


@dataclass(frozen=True)
class Edition:
    """One language of the site: its code, writing direction, Babel locale and folder ("" at the root)."""

    code: str
    direction: str
    locale: str
    og_locale: str
    folder: str
    comma: str = ", "  # between the items of a list in a sentence


EDITIONS = {
    "fr": Edition("fr", "ltr", "fr_FR", "fr_FR", ""),
    "ar": Edition("ar", "rtl", "ar_MA", "ar_MA", "ar", comma="، "),
}
DEFAULT = "fr"
# Settings written in French in pelicanconf.py and shown to readers: translated like the templates' text.
TRANSLATED_SETTINGS = ("SITENAME", "SITESUBTITLE")
CATALOGUE = "messages.po"

# The edition of this run and its translations; a run builds one edition (see the module docstring).
_active = {"edition": EDITIONS[DEFAULT], "translations": NullTranslations(), "texts": {}}


def load_translations(folder, code):
    """The gettext translations of one edition, from folder/<code>/LC_MESSAGES/messages.po."""
    if code == DEFAULT:
        return NullTranslations()
    path = Path(folder) / code / "LC_MESSAGES" / CATALOGUE
    with path.open("rb") as source:
        catalogue = read_po(source, locale=EDITIONS[code].locale)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


def activate(code, folder=None):
    """Make `code` the edition of this run; its catalogue comes from `folder`."""
    _active["edition"] = EDITIONS[code]
    _active["translations"] = load_translations(folder, code) if folder else NullTranslations()
    _active["texts"] = {}  # template_gettext's texts, looked up in these translations
    return _active["translations"]


def edition():
    """The edition being built."""
    return _active["edition"]


def N_(message):
    """Mark a text for the catalogue where it is written; it is translated where it is shown."""
    return message


def gettext(message):
    """The interface text `message` (written in French) in the edition's language."""
    return _active["translations"].gettext(message)


def ngettext(singular, plural, count):
    """The singular or plural form for `count`, in the edition's language."""
    return _active["translations"].ngettext(singular, plural, count)


def template_gettext(message, /, **variables):
    """`_` and `gettext` in templates: jinja2's new-style gettext under autoescaping, each text looked up once.

    The same result as what jinja2.ext.i18n installs with newstyle=True (the text as Markup, always
    formatted with its variables, which are escaped), without going through the template context
    twice per call: a page calls it some thirty times, a build some 50 000.
    """
    texts = _active["texts"]
    text = texts.get(message)
    if text is None:
        text = texts[message] = Markup(_active["translations"].gettext(message))
    return text % variables


def template_ngettext(singular, plural, count, /, **variables):
    """`ngettext` in templates, as jinja2's new-style one under autoescaping (« num » is the count)."""
    variables.setdefault("num", count)
    return Markup(_active["translations"].ngettext(singular, plural, count)) % variables


def localized(french, arabic):
    """A content text in the edition's language: the Arabic one when there is one, else the French."""
    return arabic if edition().code == "ar" and arabic else french


def edition_settings(settings):
    """Apply the edition named by ANNOUNCEMENTS_EDITION to a run's settings: language, addresses."""
    code = settings.get("ANNOUNCEMENTS_EDITION") or DEFAULT
    if code not in EDITIONS:
        raise ValueError(f"ANNOUNCEMENTS_EDITION {code!r} inconnue (choisir parmi : {', '.join(EDITIONS)})")
    current = EDITIONS[code]
    settings["DEFAULT_LANG"] = current.code
    settings["ANNOUNCEMENTS_ROOT_URL"] = settings.get("SITEURL", "")
    settings["ANNOUNCEMENTS_ROOT_FEED_DOMAIN"] = settings.get("FEED_DOMAIN", "")
    if current.folder:
        settings["SITEURL"] = f"{settings.get('SITEURL', '')}/{current.folder}"
        settings["FEED_DOMAIN"] = f"{settings.get('FEED_DOMAIN', '')}/{current.folder}"
    return current


_LATIN = re.compile(r"[A-Za-z0-9]")


def isolate(text):
    """In a right-to-left edition, a name or number with Latin characters in <bdi>, so nothing reorders."""
    if edition().direction == "rtl" and _LATIN.search(str(text)):
        return Markup(f"<bdi>{escape(text)}</bdi>")
    return escape(text)
