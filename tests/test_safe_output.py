"""Safe output of the sample site: a strict Content-Security-Policy, no inline script, safe external links."""

import json

import pytest
from helpers import html_files, page

CODELAB = "/annonces/2023/codelab-oujda-premiere-promotion/"
TECHSUD = "/annonces/2024/techsud-bootcamp-agadir/"


@pytest.fixture(scope="module")
def site_pages(built_site):
    """(relative path, parsed page) for every HTML file of the sample site."""
    return [(path, page(built_site.output, "/" + str(path))) for path in html_files(built_site.output)]


def policy(root):
    """The page's Content-Security-Policy meta as directive -> list of sources, or None."""
    metas = [m for m in root.iter("meta") if (m.attrs.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(metas) != 1:
        return None
    directives = {}
    for directive in metas[0].attrs.get("content", "").split(";"):
        if directive.strip():
            name, *sources = directive.split()
            directives[name.lower()] = sources
    return directives


def external_links(root):
    """The <a> elements of a page that lead to another site."""
    return [a for a in root.iter("a") if (a.attrs.get("href") or "").startswith(("http://", "https://", "//"))]


def test_every_page_has_a_csp_allowing_only_own_scripts(site_pages):
    """One CSP meta per page; script-src allows 'self'; no 'unsafe-inline' anywhere in the policy."""
    for path, root in site_pages:
        directives = policy(root)
        assert directives is not None, path
        assert "'self'" in directives.get("script-src", []), path
        assert not any("'unsafe-inline'" in sources for sources in directives.values()), path


def test_no_page_has_an_inline_script(site_pages):
    """Scripts come from files; an inline <script> is only a JSON data block (JSON-LD, the search page's
    texts), never run, valid and with '<' escaped."""
    for path, root in site_pages:
        for script in root.iter("script"):
            content = "".join(child for child in script.children if isinstance(child, str))
            if not content.strip():
                continue
            assert script.attrs.get("type") in ("application/ld+json", "application/json"), (path, content[:80])
            assert "<" not in content, path  # so no "</script>" can close the block early
            json.loads(content)


def test_no_page_has_an_event_handler_attribute(site_pages):
    """No element carries an on…= attribute (onclick, onerror, onload…)."""
    found = [(str(path), element.tag, name) for path, root in site_pages for element in root.iter()
             for name in element.attrs if name.lower().startswith("on")]
    assert found == []


def test_body_link_to_another_site_gets_noopener(built_site):
    """The Markdown link of the CodeLab announcement's body leaves with rel="noopener"."""
    article = page(built_site.output, CODELAB).find("article")
    links = [a for a in external_links(article) if a.attrs["href"] == "https://exemple.org/x"]
    assert len(links) == 1
    assert "noopener" in (links[0].attrs.get("rel") or "").split()


@pytest.mark.parametrize(
    ("url", "href"),
    [
        (CODELAB, "https://courrier-est.example.ma/codelab-oujda"),
        (TECHSUD, "https://souss-eco.example.ma/bootcamp-techsud"),
        (TECHSUD, "https://agadir-tech.example.ma/techsud"),
    ],
)
def test_source_links_get_noopener(built_site, url, href):
    """The source and other-source links of an announcement carry rel="noopener"."""
    links = [a for a in external_links(page(built_site.output, url)) if a.attrs["href"] == href]
    assert links, href
    assert all("noopener" in (a.attrs.get("rel") or "").split() for a in links)


def test_every_external_link_of_every_announcement_gets_noopener(site_pages):
    """No announcement page has a link to another site without rel="noopener"."""
    bare = [(str(path), a.attrs["href"]) for path, root in site_pages if str(path).startswith("annonces/20")
            for a in external_links(root) if "noopener" not in (a.attrs.get("rel") or "").split()]
    assert bare == []
