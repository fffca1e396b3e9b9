"""The 404 page: written in each edition, kept out of the sitemap and the index, served with status 404."""

import urllib.error
import urllib.request

import pytest
from helpers import output_file, page

from announcements import devserver

MAIN_PAGES = {"/", "/regions/", "/programmes/", "/partenaires/", "/annonces/", "/donnees/"}


@pytest.fixture(scope="module")
def served_site(real_site):
    """The real site served by the handler of `invoke serve`."""
    server = devserver.start(real_site.output, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.mark.parametrize("edition", ["", "/ar"])
def test_404_page_has_the_layout_a_search_form_and_root_links(real_site, edition):
    """Header, menu and footer; a GET form to the search page; links to the main pages from the root; noindex."""
    root = page(real_site.output, f"{edition}/404.html")
    assert root.find("header") is not None and root.find("footer") is not None
    assert root.find("meta", name="robots").attrs["content"] == "noindex"
    form = root.find("main").find("form")
    assert (form.attrs["action"], form.attrs["method"]) == (f"{edition}/recherche/", "get")
    assert form.find("input", name="q") is not None
    links = {a.attrs["href"] for a in root.find("main").iter("a")}
    assert {f"{edition}{url}" for url in MAIN_PAGES} <= links
    assert all(link.startswith("/") for link in links)


def test_404_page_is_in_no_sitemap(real_site):
    """The sitemap lists no 404 page, of either edition."""
    sitemap = (real_site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert output_file(real_site.output, "/404.html").is_file()
    assert "404.html" not in sitemap


@pytest.mark.parametrize(("address", "language"), [("/pas-de-page/", "fr"), ("/annonces/1999/rien", "fr"),
                                                   ("/ar/pas-de-page/", "ar")])
def test_unknown_address_gets_the_404_page_of_its_edition_with_status_404(served_site, address, language):
    """An address that leads nowhere is answered 404 with the page of its edition."""
    status, body = _get(served_site + address)
    assert status == 404
    assert f'<html lang="{language}"' in body and "<h1>" in body


def test_known_addresses_are_served_as_pelican_serves_them(served_site):
    """Pages with or without their trailing index.html, and static files, are served with status 200."""
    for address in ("/", "/regions/oriental/", "/regions/oriental/index.html", "/theme/js/tableaux.js", "/ar/"):
        assert _get(served_site + address)[0] == 200, address
