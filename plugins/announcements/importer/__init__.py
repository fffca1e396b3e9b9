"""Press-article importer: a French press text or page becomes a draft announcement to complete."""

from .cli import format_table, import_article
from .draft import Draft, render
from .extract import extract

__all__ = ["Draft", "extract", "format_table", "import_article", "render"]
