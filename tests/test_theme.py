"""Every generated page: language, landmarks, working internal links, no external requests."""

import re

import pytest
from helpers import html_files, output_file, page


def pages(output):
    """(relative path, parsed page) for every HTML file of the build."""
    return [(path, page(output, "/" + str(path))) for path in html_files(output)]


@pytest.fixture(scope="module")
def site_pages(built_site):
    """Every page of the sample site, parsed once."""
    return pages(built_site.output)


def test_sample_site_has_the_expected_number_of_pages(site_pages):
    """5 announcements, 14 region pages (with page 2), 3 programmes, 4 partners, 5 list pages,
    2 year pages (2023, 2024), the search page, the open-data page and the 404 page."""
    assert len(site_pages) == 5 + 14 + 3 + 4 + 5 + 2 + 3


def test_every_page_is_french_with_one_h1_one_main_and_a_skip_link(site_pages):
    """lang="fr", a first link skipping to #contenu, one <main id="contenu">, exactly one <h1>."""
    for path, root in site_pages:
        assert root.find("html").attrs.get("lang") == "fr", path
        assert root.find("body").find("a").attrs.get("href") == "#contenu", path
        mains = root.all("main")
        assert [m.attrs.get("id") for m in mains] == ["contenu"], path
        assert len(root.all("h1")) == 1, path


def test_every_internal_link_resolves_to_a_generated_file(built_site, site_pages):
    """Each href or src starting with '/' names a file of the output ('.../' meaning '.../index.html')."""
    broken = []
    for path, root in site_pages:
        for element in root.iter():
            for name in ("href", "src"):
                url = element.attrs.get(name) or ""
                if url.startswith("/") and not url.startswith("//"):
                    if not output_file(built_site.output, url).is_file():
                        broken.append((str(path), url))
                elif url.startswith("#") and len(url) > 1 and root.find(id=url[1:]) is None:
                    broken.append((str(path), url))
    assert broken == []


def test_pages_run_only_the_table_sorter_and_the_search_page_its_own_script(site_pages):
    """JSON data blocks aside: a page with a comparison table has the deferred sorter, the search page its own
    file, an announcement no script at all; nothing else is ever loaded."""
    for path, root in site_pages:
        scripts = [s.attrs.get("src") for s in root.all("script")
                   if s.attrs.get("type") not in ("application/ld+json", "application/json")]
        sortable = any("app-table" in (table.attrs.get("class") or "") and "app-table--stack" not in
                       (table.attrs.get("class") or "") for table in root.all("table"))
        search = ["/theme/js/recherche.js"] if str(path) == "recherche/index.html" else []
        assert set(scripts) - {"/theme/js/tableaux.js"} == set(search), path
        if sortable:
            assert "/theme/js/tableaux.js" in scripts, path
        if re.match(r"annonces/\d{4}/[^/]+/index\.html$", str(path)):
            assert scripts == [], path
        assert all("defer" in s.attrs for s in root.all("script") if s.attrs.get("src")), path


def test_pages_make_no_external_request(site_pages):
    """Stylesheets, icons, images and frames all come from the site itself."""
    # rel=canonical names the page's public address: a link, not a request.
    for path, root in site_pages:
        for element in root.iter():
            if element.tag == "link" and (element.attrs.get("rel") == "canonical" or "hreflang" in element.attrs):
                continue
            if element.tag in ("link", "img", "iframe", "source", "embed", "object", "video", "audio", "script"):
                url = element.attrs.get("href") or element.attrs.get("src") or element.attrs.get("data") or "/"
                assert url.startswith("/") and not url.startswith("//"), (path, element.tag, url)


def test_stylesheets_load_nothing_from_elsewhere(built_site):
    """The theme's CSS imports no font or file from another host."""
    for css in built_site.output.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text), css
