"""The live loop of `invoke serve`: after any kind of edit, the served folder is what a fresh build writes."""

import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from helpers import REPO
from project_copy import copy_project

from announcements import devserver, live, warmstart

SITE = REPO / "tests" / "site"
INVALID = "content/annonces/2024/2024-04-12-bootcamp-atlantide.md"  # the sample's invalid announcement
CODELAB = "content/annonces/2023/2023-03-01-codelab-oujda-premiere-promotion.md"
CODELAB_PAGE = "annonces/2023/codelab-oujda-premiere-promotion/index.html"
PAGE = "content/pages/methode.md"
PAGE_TEXT = """---
title: Méthode
summary: Comment le site d'essai choisit ce qu'il montre.
---

Chaque annonce du site d'essai est inventée pour les tests.
"""


@pytest.fixture
def site(tmp_path):
    """A copy of the sample site with its own theme, an empty overrides folder and a page with a summary."""
    shutil.copytree(SITE / "content", tmp_path / "content")
    shutil.copytree(SITE / "data", tmp_path / "data")
    shutil.copytree(REPO / "themes" / "regions", tmp_path / "theme")
    (tmp_path / "overrides").mkdir()
    (tmp_path / INVALID).unlink()  # these builds have no error
    (tmp_path / PAGE).parent.mkdir(parents=True)
    (tmp_path / PAGE).write_text(PAGE_TEXT, encoding="utf-8")
    return tmp_path


def _settings(site, cached):
    return {
        "PATH": str(site / "content"), "ANNOUNCEMENTS_VOCABULARY_PATH": str(site / "data"),
        "THEME": str(site / "theme"), "THEME_TEMPLATES_OVERRIDES": [str(site / "overrides")],
        "ANNOUNCEMENTS_SEARCH_INDEX": False, "CACHE_PATH": str(site / "cache"),
        "CACHE_CONTENT": cached, "LOAD_CONTENT_CACHE": cached, "CHECK_MODIFIED_METHOD": "md5",
    }


@pytest.fixture
def loop(build_sample, site):
    """The live loop over the site copy, building with Pelican's content cache as `invoke serve` does."""
    def build(folder, early=None):
        shown = {"ANNOUNCEMENTS_EARLY_SOURCES": list(early.sources), "ANNOUNCEMENTS_EARLY_OUTPUT": str(early.output),
                 "ANNOUNCEMENTS_EARLY_BACKUP": str(early.backup)} if early else {}
        try:
            return build_sample(folder, **_settings(site, cached=True), **shown).errors() == []
        except Exception:  # noqa: BLE001 - a crashed Pelican run, as `invoke serve` sees its exit status
            return False

    return live.Loop(steps=[("", build)], output=site / "output", watched=[site / name for name in
                     ("content", "data", "theme", "overrides")], content=site / "content", cache=site / "cache",
                     report=lambda line: None)


def _files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _edit_body(site):
    (site / CODELAB).write_text((site / CODELAB).read_text(encoding="utf-8") + "\nUne phrase de plus.\n",
                                encoding="utf-8")


def _edit_title(site):
    _replace(site / CODELAB, "accueille sa première promotion", "ouvre sa première promotion")


def _edit_template(site):
    _replace(site / "theme" / "templates" / "partials" / "facts.html", "</dl>", "</dl><p>Vérifié.</p>")


def _add_override(site):
    body = (site / "theme" / "templates" / "partials" / "feed_link.html").read_text(encoding="utf-8")
    (site / "overrides" / "partials").mkdir()
    (site / "overrides" / "partials" / "feed_link.html").write_text(body + "<p>Surcharge.</p>", encoding="utf-8")


def _edit_vocabulary(site):
    _replace(site / "data" / "partners.yaml", "Alliance des bâtisseurs du code", "Alliance des artisans du code")


def _remove(site):
    (site / CODELAB).unlink()


def _edit_page_with_summary(site):
    _replace(site / PAGE, "inventée pour les tests", "inventée pour les essais")


EDITS = {
    _edit_body: "Une phrase de plus.", _edit_title: "ouvre sa première promotion", _edit_template: "Vérifié.",
    _add_override: "Surcharge.", _edit_vocabulary: "Alliance des artisans du code", _remove: None,
    _edit_page_with_summary: "inventée pour les essais",
}


@pytest.mark.parametrize("edit", list(EDITS), ids=[edit.__name__ for edit in EDITS])
def test_after_each_kind_of_edit_the_served_site_is_the_fresh_build(build_sample, site, loop, edit):
    """Body, front matter, template, override, vocabulary, removal, page with a summary: byte for byte."""
    assert loop.rebuild()
    edit(site)
    assert loop.changed()
    assert loop.rebuild()
    fresh = build_sample(site / "fresh", **_settings(site, cached=False))
    assert fresh.errors() == []
    served = _files(site / "output")
    assert served == _files(site / "fresh")
    shown = EDITS[edit]
    if shown is None:
        assert CODELAB_PAGE not in served
    else:
        assert any(shown.encode() in data for data in served.values()), "the edit shows nowhere"


def test_a_removed_announcement_leaves_no_empty_folder(site, loop):
    """Its folder goes with its page, so the server answers 404 rather than an empty listing."""
    assert loop.rebuild()
    _remove(site)
    assert loop.rebuild()
    folders = [path for path in (site / "output").rglob("*") if path.is_dir() and not any(path.iterdir())]
    assert folders == []
    assert not (site / "output" / CODELAB_PAGE).parent.exists()


def test_an_edit_saved_during_a_build_is_built_next(site, loop):
    """A second save while the first build runs is not lost: the loop builds again on its own."""
    (part, real_build), builds = loop.steps[0], []

    def build_then_save(folder, early):
        succeeded = real_build(folder, early)
        builds.append(folder)
        if len(builds) == 1:  # the editor saves again while this build is writing
            _edit_body(site)
        return succeeded

    loop.steps = [(part, build_then_save)]
    deadline = time.monotonic() + 60
    loop.run(keep_going=lambda: len(builds) < 2 and time.monotonic() < deadline, interval=0.05)
    assert len(builds) == 2
    assert b"Une phrase de plus." in (site / "output" / CODELAB_PAGE).read_bytes()


def test_a_failed_build_keeps_the_served_site(site, loop):
    """A template error stops the build; the pages served stay those of the last good build."""
    assert loop.rebuild()
    before = _files(site / "output")
    _replace(site / "theme" / "templates" / "partials" / "facts.html", "</dl>", "</dl>{% if %}")
    assert not loop.rebuild()
    assert _files(site / "output") == before


def test_a_saved_announcement_is_served_from_its_build_before_the_other_pages(site, loop):
    """Its early page has the very bytes the build writes (the sync leaves it), before any other page changes."""
    assert loop.rebuild()
    _edit_body(site)
    seen = {}
    original = loop.steps[0][1]

    def build(folder, early):
        assert early is not None and str(site / CODELAB) in early.sources
        result = original(folder, early)
        # The build has written its pages into its own folder; nothing of it is synced yet.
        seen["served"] = _files(site / "output")
        return result

    loop.steps = [("", build)]
    assert loop.rebuild()
    page = CODELAB_PAGE
    assert "Une phrase de plus." in seen["served"][page].decode()  # shown before the sync...
    assert page not in loop.written  # ...with the bytes the build wrote: the sync had nothing to change
    assert loop.written  # other pages (its region's, the home page) came with the sync


def test_a_build_failing_after_the_early_page_takes_it_back(site, loop):
    """An error in a later template: the served site is again the previous build, early page included."""
    assert loop.rebuild()
    before = _files(site / "output")
    _edit_body(site)
    _replace(site / "theme" / "templates" / "region.html", "{% block content %}", "{% block content %}{{ 1 / 0 }}")
    assert not loop.rebuild()
    assert _files(site / "output") == before


def test_each_part_is_shown_as_soon_as_it_is_built(tmp_path):
    """The first edition is synced before the second is built, and neither sync touches the other's files."""
    output, seen = tmp_path / "output", []

    def root(folder, early):
        (folder / "index.html").write_text("accueil")
        return True

    def arabic(folder, early):
        seen.append((output / "index.html").is_file())  # the root part is already served
        (folder / "ar").mkdir()
        (folder / "ar" / "index.html").write_text("الرئيسية")
        return True

    loop = live.Loop(steps=[("", root), ("ar", arabic)], output=output, watched=[], content=tmp_path,
                     cache=tmp_path / "cache", report=lambda line: None)
    assert loop.rebuild() and loop.rebuild()
    assert seen == [True, True]
    assert _files(output) == {"index.html": "accueil".encode(), "ar/index.html": "الرئيسية".encode()}


def test_only_changed_files_are_rewritten(tmp_path):
    """sync writes the files whose bytes differ and removes the others, leaving the same ones untouched."""
    served, fresh = tmp_path / "served", tmp_path / "fresh"
    for folder, files in ((served, {"same.html": "a", "old.html": "b", "gone/index.html": "c"}),
                          (fresh, {"same.html": "a", "old.html": "B", "new/index.html": "d"})):
        for name, text in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text)
    stamp = (served / "same.html").stat().st_mtime_ns
    written, removed = live.sync(fresh, served)
    assert sorted(written) == ["new/index.html", "old.html"] and removed == ["gone/index.html"]
    assert _files(served) == {"same.html": b"a", "old.html": b"B", "new/index.html": b"d"}
    assert (served / "same.html").stat().st_mtime_ns == stamp
    assert not (served / "gone").exists()


@pytest.fixture
def server(tmp_path):
    """The preview server on a free port over a small folder with a 404 page and an empty folder."""
    (tmp_path / "index.html").write_text("accueil")
    (tmp_path / "404.html").write_text("<p>Cette page n'existe pas.</p>")
    (tmp_path / "vide").mkdir()
    running = devserver.start(tmp_path, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{running.server_address[1]}"
    running.shutdown()
    running.server_close()


@pytest.mark.parametrize("address", ["/annonces/2099/inconnue/", "/vide/", "/nulle-part.css"])
def test_unknown_addresses_get_the_site_404_page(server, address):
    """Status 404 with the site's own page: no empty reply, no English folder listing."""
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(server + address, timeout=5)
    assert caught.value.code == 404
    assert "Cette page n'existe pas." in caught.value.read().decode("utf-8")


def test_a_busy_port_is_said_in_french(server):
    """Starting on a port already taken fails with a sentence saying so and what to do."""
    port = int(server.rsplit(":", 1)[1])
    with pytest.raises(devserver.PortBusy, match=f"le port {port} est déjà utilisé"):
        devserver.start(REPO, "127.0.0.1", port)


def _arguments(site, folder, early=None, cache=None):
    """`python -m pelican`'s arguments for the site copy, with the caches of `invoke serve` when cache is given."""
    overrides = {"ANNOUNCEMENTS_VOCABULARY_PATH": str(site / "data"), "THEME": str(site / "theme"),
                 "THEME_TEMPLATES_OVERRIDES": [str(site / "overrides")], "ANNOUNCEMENTS_SEARCH_INDEX": False}
    if cache:
        overrides.update(CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, CHECK_MODIFIED_METHOD="md5", GZIP_CACHE=False,
                         ANNOUNCEMENTS_TEMPLATE_CACHE=str(cache / "templates"))
    if early:
        overrides.update(ANNOUNCEMENTS_EARLY_SOURCES=list(early.sources), ANNOUNCEMENTS_EARLY_OUTPUT=str(early.output),
                         ANNOUNCEMENTS_EARLY_BACKUP=str(early.backup))
    return [str(site / "content"), "-s", "pelicanconf.py", "-o", str(folder), "--cache-path", str(cache or site / "none"),
            "-q", "-e", *(f"{name}={json.dumps(value)}" for name, value in overrides.items())]


def _fresh(site, project):
    """What `python -m pelican` builds from the site copy now, without any cache: the served site's reference."""
    shutil.rmtree(site / "fresh", ignore_errors=True)
    assert warmstart.cold(sys.executable, _arguments(site, site / "fresh"), project) == 0
    return _files(site / "fresh")


def test_a_process_started_ahead_builds_the_bytes_of_a_fresh_one(site):
    """Pelican's modules imported before the arguments come: the same pages, byte for byte."""
    warm = warmstart.Warm(sys.executable, REPO)
    warm.start()
    assert warm.run(_arguments(site, site / "warm", cache=site / "cache")) == 0
    assert warmstart.cold(sys.executable, _arguments(site, site / "cold", cache=site / "cache-cold"), REPO) == 0
    assert _files(site / "warm") == _files(site / "cold")
    assert CODELAB_PAGE in _files(site / "warm")


def test_code_changed_after_the_process_started_is_built_by_a_fresh_one(site, tmp_path):
    """An announcement saved: the waiting process builds it; the plugin edited: the next build shows the edit."""
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    warm = warmstart.Warm(sys.executable, project)

    def build(folder, early=None):  # as `invoke serve` builds each edition
        return warm.build(_arguments(site, folder, early, cache=site / "cache"), early) == 0

    loop = live.Loop(steps=[("", build)], output=site / "output", content=site / "content", cache=site / "cache",
                     watched=[site / "content", site / "data", site / "theme", site / "overrides",
                              project / "plugins", project / "pelicanconf.py"], report=lambda line: None)
    try:
        assert loop.rebuild()  # afterwards a process waits, the plugin as it is now imported
        _edit_body(site)
        assert loop.rebuild()
        assert _files(site / "output") == _fresh(site, project)
        home = (site / "output" / "index.html").read_bytes()
        # The process waiting now imported the plugin before this edit: it must not build.
        _replace(project / "plugins" / "announcements" / "settings.py", '"ANNOUNCEMENTS_HOME_COUNT": 8',
                 '"ANNOUNCEMENTS_HOME_COUNT": 1')
        assert loop.rebuild()
        assert _files(site / "output") == _fresh(site, project)
        assert (site / "output" / "index.html").read_bytes() != home
    finally:
        warm.discard()


def test_a_process_given_no_arguments_exits_quietly(tmp_path):
    """`invoke serve` stopped before the next save: the waiting process ends with status 0, writing nothing."""
    ended = subprocess.run([sys.executable, str(warmstart.SCRIPT)], cwd=tmp_path, input=b"", capture_output=True,
                           timeout=60)
    assert (ended.returncode, ended.stdout, ended.stderr) == (0, b"", b"")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_build_in_the_waiting_process_gives_its_status(site):
    """A template error: the status is the one `python -m pelican` gives, a failure the loop reports."""
    _replace(site / "theme" / "templates" / "partials" / "facts.html", "</dl>", "</dl>{% if %}")
    arguments = [*_arguments(site, site / "warm"), "--fatal", "errors"]
    warm = warmstart.Warm(sys.executable, REPO)
    warm.start()
    status = warm.run(arguments)
    assert status != 0
    assert status == warmstart.cold(sys.executable, [*_arguments(site, site / "cold"), "--fatal", "errors"], REPO)


def test_compiled_templates_kept_between_builds_change_no_byte(build_sample, site):
    """The Jinja bytecode cache of `invoke serve`: filled by one build, read by the next, same pages as none."""
    plain = build_sample(site / "plain", **_settings(site, cached=False))
    assert plain.errors() == []
    for name in ("filled", "read"):
        build_sample(site / name, **_settings(site, cached=False), ANNOUNCEMENTS_TEMPLATE_CACHE=str(site / "templates"))
    assert any((site / "templates").iterdir())
    assert _files(site / "filled") == _files(site / "plain") == _files(site / "read")
