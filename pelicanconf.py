"""Pelican settings for building and previewing Régions numériques."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- Site -------------------------------------------------------------------
SITENAME = "Régions numériques"
SITESUBTITLE = "Les annonces de formation au numérique des douze régions du Maroc"
AUTHOR = "Régions numériques"
SITEURL = ""
# Feeds need absolute links; publishconf.py sets the real address.
FEED_DOMAIN = "http://127.0.0.1:8000"
TIMEZONE = "Africa/Casablanca"
DEFAULT_LANG = "fr"

# --- Content ----------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ["annonces"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
# content/annonces/<year>/<date>-<slug>.md: the slug is the file name minus its date.
FILENAME_METADATA = r"\d{4}-\d{2}-\d{2}-(?P<slug>.*)"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
# Markdown as `invoke check` renders it (plugins/announcements/safety.py), then cleaned by an allowlist.
MARKDOWN = {"extension_configs": {"markdown.extensions.extra": {}}, "output_format": "html5"}
# No intrasite links ({attach}, {static}, {filename}...): they copy files by path, from anywhere.
# This pattern never matches, so Pelican never resolves one, even in a file check did not see.
INTRASITE_LINK_REGEX = "(?!)"
CACHE_CONTENT = False

# --- Local plugins ----------------------------------------------------------
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["announcements"]  # its reader extends pelican-yaml-metadata's
ANNOUNCEMENTS_VOCABULARY_PATH = str(HERE / "data")
ANNOUNCEMENTS_REGION_OUTLINES = str(HERE / "data" / "regions-map.json")

# --- URLs (French, one folder per page) -------------------------------------
ARTICLE_URL = "annonces/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "annonces/{date:%Y}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
ARCHIVES_URL = "annonces/"
ARCHIVES_SAVE_AS = "annonces/index.html"
INDEX_SAVE_AS = "index.html"
DIRECT_TEMPLATES = ["index", "archives", "regions", "programmes", "partners", "search", "opendata", "notfound"]
YEAR_ARCHIVE_URL = "annonces/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "annonces/{date:%Y}/index.html"
PAGINATED_TEMPLATES = {"archives": 20, "period_archives": 20, "region": 20, "programme": 20, "partner": 20}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
# Pages the site does not use: no categories, tags, authors or drafts online.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = PAGE_LANG_SAVE_AS = ""

# --- Feeds ------------------------------------------------------------------
FEED_ATOM = None  # written by the plugin: ANNOUNCEMENTS_FEED_ATOM
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50

# --- Theme ------------------------------------------------------------------
THEME = "themes/regions"
# auto_reload=False (performance): Jinja would otherwise stat each template file at every
# include (the card partial is included ~12 times per announcement); every build, `invoke serve`
# rebuilds included, makes a new Jinja environment, so templates are still read afresh per build.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "auto_reload": False}
DEFAULT_PAGINATION = 20
