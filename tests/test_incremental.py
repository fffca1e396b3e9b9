"""Incremental output: after an edit, a rebuild with the content cache gives the very files of a fresh build."""

import shutil
from pathlib import Path

import pytest
from conftest import SITE

ANNOUNCEMENTS = Path("content") / "annonces"
CODELAB = ANNOUNCEMENTS / "2023" / "2023-03-01-codelab-oujda-premiere-promotion.md"
CYBER = ANNOUNCEMENTS / "2023" / "2023-09-20-cyber-campus-nador-atelier.md"
INVALID = ANNOUNCEMENTS / "2024" / "2024-04-12-bootcamp-atlantide.md"
NEW = ANNOUNCEMENTS / "2024" / "2024-11-02-codelab-berkane.md"


def _edit_body(site):
    (site / CODELAB).write_text((site / CODELAB).read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")


def _edit_same_size(site):
    """A word of the body replaced by another as long: only the modification time tells the file changed."""
    before = (site / CODELAB).stat().st_size
    _replace(site / CODELAB, "vingt", "trois")
    assert (site / CODELAB).stat().st_size == before


def _edit_title(site):
    _replace(site / CODELAB, "CodeLab Jeunes accueille sa première promotion", "CodeLab Jeunes ouvre ses portes")


def _move_region(site):
    _replace(site / CYBER, "region: oriental", "region: souss-massa")


def _delete(site):
    (site / CYBER).unlink()


def _add(site):
    text = (site / CODELAB).read_text(encoding="utf-8")
    text = text.replace("date: 2023-03-01", "date: 2024-11-02").replace("city: Oujda", "city: Berkane")
    text = text.replace("Oujda : CodeLab", "Berkane : CodeLab").replace("codelab-oujda", "codelab-berkane")
    (site / NEW).write_text(text, encoding="utf-8")


def _rename_partner(site):
    partners = site / "data" / "partners.yaml"
    text = partners.read_text(encoding="utf-8")
    name = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("name:"))
    _replace(partners, f"name: {name}", f"name: {name} (nouveau nom)")


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(folder):
    """Every file of a built site but Pagefind's index (not byte-reproducible), by relative path."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and path.relative_to(folder).parts[0] != "pagefind"
    }


@pytest.fixture
def site(tmp_path):
    """A copy of the sample site's content and vocabularies that a test may edit."""
    shutil.copytree(SITE / "content", tmp_path / "content")
    shutil.copytree(SITE / "data", tmp_path / "data")
    (tmp_path / INVALID).unlink()  # the sample's invalid announcement: these builds have no error
    return tmp_path


def _build(build_sample, site, output, cached):
    cache = {"CACHE_CONTENT": cached, "LOAD_CONTENT_CACHE": cached, "CACHE_PATH": str(site / "cache")}
    return build_sample(
        output, PATH=str(site / "content"), ANNOUNCEMENTS_VOCABULARY_PATH=str(site / "data"),
        ANNOUNCEMENTS_SEARCH_INDEX=False, **cache,
    )


def _stamps(folder):
    """The modification time of every HTML page of a built site."""
    return {path: path.stat().st_mtime_ns for path in folder.rglob("*.html")}


@pytest.mark.parametrize(
    "edit", [_edit_body, _edit_same_size, _edit_title, _move_region, _delete, _add, _rename_partner]
)
def test_a_rebuild_after_an_edit_writes_what_a_fresh_build_writes(build_sample, site, edit):
    """Whatever the edit, the rebuilt folder is byte for byte the fresh build's; pages it cannot touch are kept."""
    output = site / "output"
    assert _build(build_sample, site, output, cached=True).errors() == []
    before = _stamps(output)
    edit(site)
    again = _build(build_sample, site, output, cached=True)
    fresh = _build(build_sample, site, site / "fresh", cached=False)
    assert again.errors() == fresh.errors() == []
    assert _files(output) == _files(site / "fresh")
    kept = [path for path, stamp in _stamps(output).items() if before.get(path) == stamp]
    if edit is _rename_partner:  # a vocabulary change may show on any page: all are rendered
        assert kept == []
    else:
        assert len(kept) > len(before) / 3


def test_a_page_changed_since_the_last_build_is_written_again(build_sample, site):
    """A file edited by hand in the output folder is not taken for the page of the last build."""
    output = site / "output"
    _build(build_sample, site, output, cached=True)
    page = output / "regions" / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"<p>abime</p>")
    _build(build_sample, site, output, cached=True)
    assert page.read_bytes() == original


def test_without_the_content_cache_every_page_is_rendered(build_sample, site):
    """Incremental output follows Pelican's cache: no cache, no fingerprint, no page kept."""
    _build(build_sample, site, site / "output", cached=False)
    before = _stamps(site / "output")
    _build(build_sample, site, site / "output", cached=False)
    assert all(before[path] != stamp for path, stamp in _stamps(site / "output").items())
    assert not (site / "cache").exists()


def _rewritten(build_sample, site, edit):
    """The files (relative paths) a rebuild after the edit rewrote."""
    output = site / "output"
    _build(build_sample, site, output, cached=True)
    before = {path: path.stat().st_mtime_ns for path in output.rglob("*") if path.is_file()}
    edit(site)
    _build(build_sample, site, output, cached=True)
    return {path.relative_to(output).as_posix() for path in output.rglob("*")
            if path.is_file() and before.get(path) != path.stat().st_mtime_ns}


def test_a_body_edit_rewrites_the_page_and_the_feeds_not_the_lists(build_sample, site):
    """Lists show the front matter (title, summary, figures): a sentence added to the body leaves them."""
    rewritten = _rewritten(build_sample, site, _edit_body)
    assert "annonces/2023/codelab-oujda-premiere-promotion/index.html" in rewritten
    assert "atom.xml" in rewritten and "regions/oriental/atom.xml" in rewritten
    assert not {"index.html", "annonces/index.html", "regions/oriental/index.html"} & rewritten
    assert "regions/souss-massa/atom.xml" not in rewritten


def test_a_title_edit_rewrites_every_list_showing_the_announcement(build_sample, site):
    """The card changes: the archives, its region and the pages listing it as related are rewritten."""
    rewritten = _rewritten(build_sample, site, _edit_title)
    assert {"annonces/index.html", "regions/oriental/index.html", "index.html"} <= rewritten
    assert "regions/souss-massa/index.html" not in rewritten


def test_the_search_records_follow_the_announcements(build_sample, site):
    """With the cache, Pagefind's records are kept between builds: a deleted announcement's goes too."""
    output, records = site / "output", site / "cache" / "search-source"
    settings = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(site / "cache")}

    def build():
        return build_sample(output, PATH=str(site / "content"), ANNOUNCEMENTS_VOCABULARY_PATH=str(site / "data"),
                            **settings)

    assert build().errors() == []
    pages = sorted(p.relative_to(output).as_posix() for p in output.glob("annonces/*/*/index.html") if "page" not in p.parts)
    assert sorted(p.relative_to(records).as_posix() for p in records.rglob("index.html")) == pages
    _delete(site)
    assert build().errors() == []
    assert not (records / "annonces" / "2023" / "cyber-campus-nador-atelier" / "index.html").exists()
    # The index is made anew and swapped in: one fragment per announcement, none left from before.
    assert len(list((output / "pagefind" / "fragment").iterdir())) == len(list(records.rglob("index.html")))
    assert not list(output.glob(".pagefind*"))
