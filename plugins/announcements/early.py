"""`invoke serve`'s first page: an announcement an editor just saved, shown before the rest of its build.

A complete build takes seconds; the page an editor is looking at should not wait for the region,
partner and year pages. When `invoke serve` names the sources just saved (ANNOUNCEMENTS_EARLY_SOURCES)
and the served folder (ANNOUNCEMENTS_EARLY_OUTPUT), each such announcement's page is rendered as soon
as every context is ready, before the search records, exactly as the build renders it a moment
later (same template, same context, the same searchable block), and put in the served folder at
once. The build then goes on as ever and its files are synced over the served ones: the early page
has the same bytes and stays, any other page follows.
What an early page replaced is kept in ANNOUNCEMENTS_EARLY_BACKUP, so that a build failing after it
leaves the served site as the previous build made it.
"""

import os
import shutil
import tempfile
from pathlib import Path

from pelican.generators import ArticlesGenerator
from pelican.utils import sanitised_join

from . import lifecycle

NEW = ".new-pages"  # in the backup folder: the early pages that replaced nothing


def write_saved_pages(generators):
    """Render the saved announcements' pages into the served folder, before the build writes any page."""
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None:
        return
    settings = articles.settings
    sources = {os.path.realpath(path) for path in settings.get("ANNOUNCEMENTS_EARLY_SOURCES") or ()}
    served, backup = settings.get("ANNOUNCEMENTS_EARLY_OUTPUT"), settings.get("ANNOUNCEMENTS_EARLY_BACKUP")
    if not sources or not served or not backup or settings.get("RELATIVE_URLS"):
        return  # (relative addresses differ page by page: left to the Writer, which computes them)
    for article in articles.articles:
        if os.path.realpath(article.source_path) in sources:
            _put(served, backup, article.save_as, _render(articles, article))


def _render(generator, article):
    """The page as ArticlesGenerator.generate_articles and Writer.write_file make it."""
    name = article.save_as
    context = {**generator.context, "localsiteurl": generator.context.get("localsiteurl"), "output_file": name,
               "article": article, "category": getattr(article, "category", None), "url": article.url, "blog": True}
    return generator.get_template(article.template).render(context)


def _put(served, backup, name, html):
    """Replace served/name by html in one move, keeping what it replaced under backup/name."""
    target = Path(sanitised_join(served, name))
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file():
        kept = Path(sanitised_join(backup, name))
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, kept)
    else:
        with (Path(backup) / NEW).open("a", encoding="utf-8") as listing:
            listing.write(name + "\n")  # a page that did not exist: removed if the build fails
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".early-")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(html)
    os.chmod(temporary, 0o666 & ~lifecycle.umask())  # as Pelican's own files: the sync keeps a file of the same bytes
    os.replace(temporary, target)


def restore(served, backup):
    """Put back what early pages replaced in served (a build failed after writing them)."""
    backup = Path(backup)
    new = backup / NEW
    if new.is_file():
        for name in new.read_text(encoding="utf-8").split():
            Path(sanitised_join(str(served), name)).unlink(missing_ok=True)
    for kept in backup.rglob("*"):
        if kept.is_file() and kept != new:
            os.replace(kept, Path(served) / kept.relative_to(backup))
