"""The search index: Pagefind run on each announcement's searchable part, beside Pelican's writing.

Once every context is ready and before any page is written, each announcement's searchable part
(partials/announcement_body.html, the data-pagefind-body block of its page) is rendered once:
kept on the announcement as one string that its page includes unchanged, and written, inside a
page shell, into a folder that mirrors the site's addresses. Pagefind indexes that folder into the
site's pagefind/ while Pelican writes the pages, on another core; the build waits for it at the end.
"""

import atexit
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from markupsafe import Markup
from pelican.generators import ArticlesGenerator

from . import i18n, lifecycle, state

logger = logging.getLogger(__name__)

BLOCK = "partials/announcement_body.html"
BUNDLE, NEW_BUNDLE = "pagefind", ".pagefind-new"
# A record: the searchable part in a page of its own (Pagefind reads the title from its data-pagefind-meta).
OPENING = '<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n<body>'


def _opening():
    """A record's opening, in the language of the edition being built (Pagefind indexes by language)."""
    return OPENING.format(lang=i18n.edition().code)

CLOSING = "</body></html>\n"


def start(generators):
    """Render the announcements' searchable parts, write them as records and start Pagefind on them."""
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None or not articles.settings.get("ANNOUNCEMENTS_SEARCH_INDEX"):
        return
    output = articles.output_path
    folder = _scratch_folder(len(articles.context["articles"]))
    _write_records(articles, folder)
    # Written beside the current index and swapped in at the end: Pagefind leaves the files of an
    # older index in its folder, and `invoke serve` keeps serving the old index meanwhile.
    fresh = Path(output) / NEW_BUNDLE
    shutil.rmtree(fresh, ignore_errors=True)
    command = [
        sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(fresh),
        "--silent", "--force-language", i18n.edition().code,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=_pagefind_env(),
                               preexec_fn=lifecycle.die_with_parent)  # noqa: PLW1509 - no thread started yet
    _lower_priority(process)
    build = state.current()
    build.search = (process, folder, Path(output))
    # Should Pelican stop on an error before the end of the build: no Pagefind, no records left.
    atexit.register(_abandon, build)


# Pagefind's allocator (jemalloc, in its Linux build) keeps freed memory for later by default: about 25 MiB of its
# 167 MiB peak on 1,000 announcements. Returned at once, the index is byte for byte the same, in the same time
# (bench/build_speed.py). Other builds ignore the setting; one set by the user is kept.
_ALLOCATOR = ("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")


def _pagefind_env():
    """The build's environment, with Pagefind's allocator told to return freed memory at once."""
    name, value = _ALLOCATOR
    return {name: value, **os.environ}


def _scratch_folder(count):
    """A temporary folder for the records, in memory (/dev/shm) when it has room for them.

    Performance: creating 1000 records (a folder and a file each) took 0.7 to 1.8 s on a disk here,
    0.1 s in memory; they weigh 3 to 8 KB each and are removed at the end of the build.
    """
    memory = Path("/dev/shm")
    prefix = lifecycle.scratch_prefix("search-source-")  # a killed build's folder is cleared by the next
    for folder in (memory, Path(tempfile.gettempdir())):
        lifecycle.clear_leftovers(folder, "search-source-")
    try:
        if os.access(memory, os.W_OK) and shutil.disk_usage(memory).free > count * 16384 + 2**26:
            return Path(tempfile.mkdtemp(prefix=prefix, dir=memory))
    except OSError:  # no such folder on this system
        pass
    return Path(tempfile.mkdtemp(prefix=prefix))


def _lower_priority(process):
    """Behind Pelican, which writes on one core: Pagefind takes the other, and the rest when Pelican waits."""
    try:
        os.setpriority(os.PRIO_PROCESS, process.pid, 10)
    except (AttributeError, OSError):  # no priorities on this system: it simply shares the cores
        pass


def _write_records(generator, folder):
    """One record per published announcement, rendered once: its page shows the very same HTML.

    The rendered part stays on the announcement (3 to 8 KB each) and its page includes that string
    as it is; the record is that string inside the page shell Pagefind needs to index anything.
    """
    template = generator.env.get_template(BLOCK)
    opening = _opening()
    for article in generator.context["articles"]:
        relative = article.save_as
        block = Markup(template.render({**generator.context, "article": article, "output_file": relative}))
        article.search_block = block
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(opening + str(block) + CLOSING, encoding="utf-8")  # str: Markup would escape the shell


def _abandon(build):
    """Stop a build's Pagefind and remove what it was writing (nothing once the build has finished)."""
    if build.search:
        process, folder, output = build.search
        build.search = ()
        process.kill()
        process.communicate()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(output / NEW_BUNDLE, ignore_errors=True)


def finish(pelican):
    """Wait for this build's index; report a failure as an error of the build."""
    build = state.current()
    if not build.search:
        return
    (process, folder, _site), build.search = build.search, ()
    output, _ = process.communicate()
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
    site = Path(pelican.output_path)
    if process.returncode:
        shutil.rmtree(site / NEW_BUNDLE, ignore_errors=True)
        logger.error("search: Pagefind failed (%s): %s", process.returncode, output.strip())
        return
    old = site / f"{NEW_BUNDLE}-old"
    if (site / BUNDLE).exists():
        (site / BUNDLE).rename(old)
    (site / NEW_BUNDLE).rename(site / BUNDLE)
    shutil.rmtree(old, ignore_errors=True)
