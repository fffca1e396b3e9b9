"""Announcements: schema, vocabularies, facet pages and totals for Régions numériques."""

from .plugin import register

__all__ = ["register"]
