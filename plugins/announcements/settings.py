"""Default values of the plugin's settings, applied when Pelican starts."""

from pathlib import Path

from . import i18n

DEFAULTS = {
    # Folder holding programmes.yaml, partners.yaml and regions.yaml (relative: to the current folder).
    "ANNOUNCEMENTS_VOCABULARY_PATH": "data",
    # The edition this run builds: "fr" (the site, at its root) or "ar" (under /ar/); see i18n.py.
    "ANNOUNCEMENTS_EDITION": "fr",
    # The editions the site publishes: each page links to itself in the others (language switch, hreflang).
    "ANNOUNCEMENTS_EDITIONS": ["fr", "ar"],
    # Folder of the gettext catalogues (<code>/LC_MESSAGES/messages.po); None: the theme's translations/.
    "ANNOUNCEMENTS_TRANSLATIONS": None,
    # Outlines of the twelve regions drawn on maps, made by `invoke map-data` (plugins/announcements/mapdata.py).
    "ANNOUNCEMENTS_REGION_OUTLINES": "data/regions-map.json",
    # A date later than today plus this many days is refused as a typing error.
    "ANNOUNCEMENTS_FUTURE_HORIZON_DAYS": 30,
    # How many related announcements an announcement page lists.
    "ANNOUNCEMENTS_RELATED_COUNT": 5,
    # How many announcements the home page lists.
    "ANNOUNCEMENTS_HOME_COUNT": 8,
    # The feed of every announcement (Pelican's FEED_ATOM would get relative links).
    "ANNOUNCEMENTS_FEED_ATOM": "atom.xml",
    # Facet pages and their feeds; {slug} is the facet's slug.
    "REGION_URL": "regions/{slug}/",
    "REGION_SAVE_AS": "regions/{slug}/index.html",
    "REGION_FEED_ATOM": "regions/{slug}/atom.xml",
    "PROGRAMME_URL": "programmes/{slug}/",
    "PROGRAMME_SAVE_AS": "programmes/{slug}/index.html",
    "PROGRAMME_FEED_ATOM": "programmes/{slug}/atom.xml",
    "PARTNER_URL": "partenaires/{slug}/",
    "PARTNER_SAVE_AS": "partenaires/{slug}/index.html",
    "PARTNER_FEED_ATOM": None,
    # Content-Security-Policy of every page: no inline script, no other host.
    "CONTENT_SECURITY_POLICY": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'"
    ),
    # Facet list pages, the search page and the open-data page, written by Pelican as direct templates.
    "REGIONS_SAVE_AS": "regions/index.html",
    "PROGRAMMES_SAVE_AS": "programmes/index.html",
    "PARTNERS_SAVE_AS": "partenaires/index.html",
    "SEARCH_SAVE_AS": "recherche/index.html",
    "OPENDATA_SAVE_AS": "donnees/index.html",
    # The page for unknown addresses (direct template notfound): at the root, where hosts and `invoke serve` look.
    "NOTFOUND_SAVE_AS": "404.html",
    # Folder of annonces.json, annonces.csv and annonces.schema.json.
    "ANNOUNCEMENTS_OPEN_DATA_PATH": "donnees",
    # Index the announcements with Pagefind during each build (the /recherche/ page needs it).
    "ANNOUNCEMENTS_SEARCH_INDEX": True,
    # Set by `invoke serve` only (early.py): the sources just saved, the served folder, where to keep
    # what their early pages replace.
    "ANNOUNCEMENTS_EARLY_SOURCES": [],
    "ANNOUNCEMENTS_EARLY_OUTPUT": "",
    "ANNOUNCEMENTS_EARLY_BACKUP": "",
    # Folder where Jinja keeps compiled templates between builds (it recompiles a template whose source
    # changed); None: compiled anew by each build. Set by `invoke serve`.
    "ANNOUNCEMENTS_TEMPLATE_CACHE": None,
}

# Templates paginated like Pelican's category pages (None: DEFAULT_PAGINATION).
PAGINATED = {"region": None, "programme": None, "partner": None}


def apply_defaults(settings):
    """Fill in every plugin setting the site left unset, and the language and addresses of the edition."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    if not settings["ANNOUNCEMENTS_TRANSLATIONS"]:
        settings["ANNOUNCEMENTS_TRANSLATIONS"] = str(Path(settings["THEME"]) / "translations")
    current = i18n.edition_settings(settings)
    i18n.activate(current.code, settings["ANNOUNCEMENTS_TRANSLATIONS"])
    for name in i18n.TRANSLATED_SETTINGS:
        settings[name] = i18n.gettext(settings[name])
    # The schema makes `summary` plain text, shown escaped: never read it as Markdown.
    settings["FORMATTED_FIELDS"] = [name for name in settings.get("FORMATTED_FIELDS", []) if name != "summary"]
    # A new dict, so that a shared default dict is never changed in place.
    settings["PAGINATED_TEMPLATES"] = {**PAGINATED, **settings.get("PAGINATED_TEMPLATES", {})}
