"""Announcements: schema, vocabularies, facet pages and totals for Régions numériques.

The core (schema, vocabularies, check, open data, importer) is usable without Pelican; only
register(), which Pelican calls, loads the Pelican adapter (plugin.py).
"""

__all__ = ["register"]


def register():
    """Connect the plugin to Pelican's signals (Pelican calls this once it has loaded the plugin)."""
    from .plugin import register as connect

    connect()
