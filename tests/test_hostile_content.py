"""Hostile text: no script-capable markup reaches a page or a feed, no file from outside content/ is published."""

import html
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from helpers import REPO

from announcements import safety

VECTORS = [line.replace("\\n", "\n") for line in
           (REPO / "tests" / "hostile" / "xss-vectors.txt").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]
SITE = REPO / "tests" / "site"
INVALID = "content/annonces/2024/2024-04-12-bootcamp-atlantide.md"  # the sample's own invalid announcement
FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "base", "meta", "link", "svg", "math",
                  "img", "video", "audio", "source", "details", "button", "input", "textarea", "frame", "frameset"}
MARKER = "MARQUEUR-HORS-CONTENU-7f3a"
INTRO = "Une école de code ouvre ses portes à l'essai."


class _Inspector(HTMLParser):
    """Collect every script-capable thing of a document: tags, event or style attributes, unsafe URLs."""

    def __init__(self, page_tags=frozenset()):
        super().__init__(convert_charrefs=True)
        self.page_tags, self.found = page_tags, []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS - self.page_tags:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag} {name}=")
            if name in ("href", "src", "action", "formaction", "xlink:href", "data") and value:
                address = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
                if address.startswith(("javascript:", "vbscript:", "data:")) or address.startswith(("{", "|")):
                    self.found.append(f"{tag} {name}={value!r}")
                if tag == "img" and name == "src" and address.startswith(("http:", "https:", "//")):
                    self.found.append(f"remote image {value!r}")


def dangers(document, page_tags=frozenset()):
    inspector = _Inspector(page_tags)
    inspector.feed(document)
    inspector.close()
    return inspector.found


@pytest.mark.parametrize("vector", VECTORS)
def test_cleaned_body_is_inert(vector):
    """The HTML a page gets of a hostile body has no tag, attribute or link that can run or call out."""
    assert dangers(safety.clean(safety.render(f"{INTRO}\n\n{vector}\n"))) == []


@pytest.mark.parametrize("vector", VECTORS)
def test_check_reports_each_vector_on_a_line_of_the_body(vector):
    """check says what the allowlist refuses, on a line of the body (here lines 20 to 22 or more)."""
    body = f"{INTRO}\n\n{vector}\n"
    problems = safety.body_problems(body, first_line=20)
    assert problems, f"nothing reported for {vector!r}"
    last = 20 + body.count("\n")
    assert all(20 <= line <= last for line, _message in problems), problems


@pytest.mark.parametrize("text", [
    "Un titre\n\n## Un intertitre\n\nDu *texte*, du **gras**, `du code` et [un lien](https://exemple.org/a).",
    "- un\n- deux\n\n1. premier\n2. second\n\n> une citation",
    "| région | budget |\n|---|---|\n| Oriental | 25 MDH |",
    "```python\nprint('bonjour')\n```",
    "Écrire à [l'équipe](mailto:equipe@exemple.org) ou lire [l'annonce](/annonces/2022/x/).",
])
def test_ordinary_markdown_is_kept_and_not_reported(text):
    """Headings, emphasis, lists, quotes, tables, code and links render as before, with no problem told."""
    rendered = safety.render(text)
    assert safety.body_problems(text) == []
    cleaned = safety.clean(rendered)
    for tag in re.findall(r"<([a-z0-9]+)[\s>]", rendered):
        assert f"<{tag}" in cleaned
    for link in re.findall(r'href="([^"]+)"', rendered):
        assert f'href="{link}"' in cleaned


def _announcement(slug, day, body, summary="Une annonce inventée pour les essais."):
    return (f'---\ntitle: "Essai {slug}"\ndate: 2024-03-0{day}\nregion: oriental\n'
            f'summary: "{summary}"\nsource:\n  name: Journal d\'essai (fictif)\n'
            f"  url: https://journal.example.ma/{slug}\n---\n\n{body}\n")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, build_sample):
    """The sample site plus a page per vector, hostile announcements, and links to a file outside content/."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(SITE / "content", root / "content")
    (root / INVALID).unlink()
    (root / "secret.txt").write_text(MARKER, encoding="utf-8")
    (root / "secret.md").write_text(f"---\ntitle: {MARKER}\n---\n\n{MARKER}\n", encoding="utf-8")
    pages = root / "content" / "pages"
    pages.mkdir()
    for number, vector in enumerate(VECTORS):
        (pages / f"essai-{number}.md").write_text(f"---\ntitle: Essai {number}\n---\n\n{INTRO}\n\n{vector}\n",
                                                  encoding="utf-8")
    (pages / "lien-secret.md").symlink_to(root / "secret.md")
    links = "\n\n".join(f"[f]({{{kind}}}{path})" for kind in ("attach", "static", "filename")
                        for path in ("../../../secret.txt", "/../secret.txt"))
    folder = root / "content" / "annonces" / "2024"
    (folder / "2024-03-01-essai-fichiers.md").write_text(_announcement("fichiers", 1, links), encoding="utf-8")
    (folder / "2024-03-02-essai-resume.md").write_text(
        _announcement("resume", 2, INTRO, summary="Un résumé [piégé](javascript:alert(1)) en Markdown."), encoding="utf-8")
    (folder / "2024-03-03-essai-corps.md").write_text(_announcement("corps", 3, "\n\n".join(VECTORS[:8])),
                                                      encoding="utf-8")
    return build_sample(root / "output", PATH=str(root / "content"), ANNOUNCEMENTS_SEARCH_INDEX=False)


def _files(output):
    return [path for path in output.rglob("*") if path.is_file()]


def test_no_page_of_the_build_carries_a_script(hostile_build):
    """Every page written, the vectors' pages included, is free of script-capable markup."""
    found = {}
    for path in _files(hostile_build.output):
        if path.suffix == ".html":
            # The site's own pages carry a search form and JSON data blocks: only the text of a page is inspected.
            text = path.read_text(encoding="utf-8")
            main = text.split("<main", 1)[-1].split("</main>", 1)[0]
            problems = [item for item in dangers(main, page_tags={"form", "input", "button", "svg", "script", "details"})
                        if item not in ("<svg>",)]
            if problems:
                found[str(path.relative_to(hostile_build.output))] = problems
    assert found == {}
    assert (hostile_build.output / "essai-0" / "index.html").is_file(), "the vectors' pages were not written"


def test_no_feed_carries_a_script(hostile_build):
    """Atom feeds hold HTML that feed readers render: it is inspected as such."""
    feeds = [path for path in _files(hostile_build.output) if path.suffix == ".xml" and path.name != "sitemap.xml"]
    assert feeds
    for feed in feeds:
        for element in ET.parse(feed).iter():
            if element.tag.endswith(("content", "summary")) and element.text:
                assert dangers(element.text) == [], (feed.name, element.text[:120])


def test_hostile_announcements_are_reported_and_left_out(hostile_build):
    """The build logs a located error for links to files and for the hostile body, and publishes neither."""
    errors = "\n".join(hostile_build.errors())
    assert "essai-fichiers.md:" in errors and "{attach}" in errors
    assert "essai-corps.md:" in errors
    assert "essai-resume.md:5: summary" in errors  # a summary is plain text: a link in it is refused
    assert not (hostile_build.output / "annonces" / "2024" / "essai-fichiers").exists()
    assert "essai-0.md:" in errors  # a page is published cleaned, and what was removed is an error too


def test_no_file_from_outside_content_is_published(hostile_build):
    """Neither the file linked by {attach}/{static}/{filename} nor a symlinked page from outside reaches output."""
    for path in _files(hostile_build.output):
        assert "secret" not in path.name
        assert MARKER.encode() not in path.read_bytes(), path
    assert any("lien-secret.md: fichier: lien symbolique refusé" in error for error in hostile_build.errors())


@pytest.mark.parametrize("website", ["javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "//exemple.org"])
def test_a_vocabulary_website_must_be_a_web_address(tmp_path, website):
    """A programme's website becomes a link on its page: anything but http(s) is refused, file and entry named."""
    from announcements.vocabulary import VocabularyError, load_vocabulary

    shutil.copytree(SITE / "data", tmp_path / "data")
    programmes = tmp_path / "data" / "programmes.yaml"
    text = programmes.read_text(encoding="utf-8")
    assert "  website: https://codelab.example.org\n" in text
    programmes.write_text(text.replace("  website: https://codelab.example.org\n", f"  website: {website!r}\n"),
                          encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"programmes.yaml : codelab : website"):
        load_vocabulary(tmp_path / "data")
