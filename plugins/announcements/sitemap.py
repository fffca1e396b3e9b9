"""sitemap.xml and robots.txt, the same for the same content.

pelican-sitemap dates list pages with the build time, which would make two builds
differ; here a page's lastmod is the date of the newest announcement it shows.
"""

from pathlib import Path
from xml.sax.saxutils import escape

from . import i18n, state


def note_page(path, context):
    """Remember each HTML page written and the newest announcement date it shows."""
    if not str(path).endswith(".html"):
        return
    article = context.get("article")
    state.current().pages[str(path)] = (article.date if article is not None
                                        else _newest_date(context.get("articles") or []))


def _newest_date(articles):
    """The date of the newest announcement of a list, found once per list and build."""
    # Performance: most pages carry the list of all announcements; at 5000 announcements, finding
    # its newest date for each of 7000 pages took about a second. The list is kept with its date,
    # so that its id cannot be reused by another list meanwhile.
    return state.once(state.current().newest, articles, _latest)


def _latest(articles):
    """The newest date of a list of announcements, or None."""
    dates = [article.date for article in articles if article is not None]
    return max(dates) if dates else None


def write(pelican):
    """Write sitemap.xml and robots.txt into the output folder.

    The site's root edition writes them for every edition: each page exists in each edition at the
    same path under the edition's folder, and is listed with its alternates (hreflang).
    """
    output = Path(pelican.output_path)
    settings = pelican.settings
    if i18n.edition().folder:
        return
    site = settings["FEED_DOMAIN"].rstrip("/")
    editions = [i18n.EDITIONS[code] for code in settings["ANNOUNCEMENTS_EDITIONS"]]
    entries = []
    for path, date in state.current().pages.items():
        relative = Path(path).relative_to(output).as_posix()
        if relative == "404.html":
            continue
        page = relative.removesuffix("index.html")
        urls = {edition.code: f"{site}/{edition.folder + '/' if edition.folder else ''}{page}" for edition in editions}
        lastmod = f"<lastmod>{date.date().isoformat()}</lastmod>" if date else ""
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(url)}"/>' for code, url in urls.items()
        ) if len(urls) > 1 else ""
        entries += [f"<url><loc>{escape(url)}</loc>{lastmod}{alternates}</url>" for url in urls.values()]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        *sorted(entries),
        "</urlset>",
        "",
    ]
    (output / "sitemap.xml").write_text("\n".join(lines), encoding="utf-8")
    (output / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\nSitemap: {site}/sitemap.xml\n", encoding="utf-8")
