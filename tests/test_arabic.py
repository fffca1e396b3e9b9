"""The Arabic edition of the real site: every page in both languages, right to left, linked to each other."""

import datetime
import re

import feedparser
import pytest
from helpers import REPO, output_file, page

from announcements import catalogue, formatting, i18n
from announcements.schema import Context, validate
from announcements.vocabulary import load_vocabulary

ARABIC = re.compile(r"[\u0600-\u06FF]")
CATALOGUE = REPO / "themes" / "regions" / "translations" / "ar" / "LC_MESSAGES" / "messages.po"
SAMPLE_PAGES = ["/", "/regions/", "/regions/oriental/", "/programmes/", "/programmes/youcode/", "/partenaires/",
                "/annonces/", "/annonces/2022/", "/annonces/2022/youcode-oujda-oriental/", "/recherche/", "/donnees/"]


def html_pages(root):
    """Every HTML page of a folder, as site paths ('' for the home page), Pagefind's aside."""
    return {
        path.relative_to(root).as_posix().removesuffix("index.html")
        for path in root.rglob("*.html")
        if not path.relative_to(root).as_posix().startswith(("ar/", "pagefind/"))
    }


def test_every_page_exists_in_both_editions(real_site):
    """The Arabic edition has exactly the French edition's pages, under /ar/."""
    french, arabic = html_pages(real_site.output), html_pages(real_site.output / "ar")
    assert french == arabic
    assert len(french) > 100


@pytest.mark.parametrize("url", SAMPLE_PAGES)
def test_each_edition_says_its_language_and_direction(real_site, url):
    """French pages are lang=fr, left to right; Arabic pages lang=ar, right to left."""
    assert page(real_site.output, url).find("html").attrs == {"lang": "fr", "dir": "ltr"}
    assert page(real_site.output, f"/ar{url}").find("html").attrs == {"lang": "ar", "dir": "rtl"}


@pytest.mark.parametrize("url", SAMPLE_PAGES)
def test_language_switch_and_alternates_lead_to_the_same_page(real_site, url):
    """Each page links to itself in the other language, and names both as hreflang alternates."""
    for here, there, code in ((url, f"/ar{url}", "ar"), (f"/ar{url}", url, "fr")):
        root = page(real_site.output, here)
        switch = root.find("a", hreflang=code)
        assert switch is not None and switch.attrs["href"] == there
        assert output_file(real_site.output, there).is_file()
        alternates = {link.attrs["hreflang"]: link.attrs["href"] for link in root.iter("link") if "hreflang" in link.attrs}
        assert alternates["fr"].endswith(url) and alternates["ar"].endswith(f"/ar{url}")
        assert alternates["x-default"] == alternates["fr"]


def test_sitemap_lists_both_editions_with_their_alternates(real_site):
    """sitemap.xml names each page in both languages, each with its two alternates."""
    sitemap = (real_site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "/ar/regions/oriental/</loc>" in sitemap and "/regions/oriental/</loc>" in sitemap
    assert sitemap.count("<url>") == 2 * sitemap.count('hreflang="fr"') // 2
    assert not (real_site.output / "ar" / "sitemap.xml").exists()


def test_arabic_pages_name_regions_in_arabic_and_date_in_moroccan_arabic(real_site):
    """A region page is titled with the HCP Arabic name; dates read « 25 يونيو 2022 » in Latin digits."""
    root = page(real_site.output, "/ar/regions/oriental/")
    assert root.find("h1").text.startswith("الشرق")
    times = [time.text for time in root.iter("time")]
    assert times and all(re.fullmatch(r"(\d{1,2} )?[\u0600-\u06FF]+ \d{4}|\d{4}", text) for text in times), times[:3]


def test_arabic_facts_table_speaks_arabic(real_site):
    """The labels of an announcement's facts are Arabic; French texts inside are marked lang=fr."""
    root = page(real_site.output, "/ar/annonces/2022/youcode-oujda-oriental/")
    facts = next(section for section in root.iter("section") if "app-facts" in section.classes)
    labels = [dt.text for dt in facts.iter("dt")]
    assert labels and all(ARABIC.search(label) for label in labels), labels
    body = next(section for section in root.iter("section") if "app-body" in section.classes)
    assert body.find("div", lang="fr") is not None


def test_arabic_feeds_carry_arabic_titles(real_site):
    """/ar/atom.xml is a valid feed whose entries have the Arabic titles where they exist."""
    feed = feedparser.parse(str(real_site.output / "ar" / "atom.xml"))
    assert not feed.bozo and feed.entries
    assert all(entry.link.startswith("http") and "/ar/annonces/" in entry.link for entry in feed.entries)
    assert any(ARABIC.search(entry.title) for entry in feed.entries)


def test_open_data_is_one_set_linked_from_both_editions(real_site):
    """The Arabic open-data page links the one set of files at the root."""
    assert not (real_site.output / "ar" / "donnees" / "annonces.json").exists()
    links = [a.attrs["href"] for a in page(real_site.output, "/ar/donnees/").iter("a")]
    assert "/donnees/annonces.csv" in links and "/donnees/annonces.json" in links


def test_the_catalogue_is_complete_and_up_to_date(tmp_path):
    """Every interface text has its Arabic translation, and the catalogue is what `invoke translations` writes."""
    from pelican.settings import read_settings

    settings = read_settings(str(REPO / "pelicanconf.py"))
    copy = tmp_path / "messages.po"
    copy.write_bytes(CATALOGUE.read_bytes())
    catalogue.update(copy, REPO / "themes" / "regions", settings, "ar")
    assert copy.read_bytes() == CATALOGUE.read_bytes(), "run `invoke translations`"
    assert catalogue.untranslated(CATALOGUE, "ar") == []


def test_translations_keep_every_placeholder_and_tag():
    """A translation has the same %(name)s placeholders and HTML tags as its French text."""
    from babel.messages.pofile import read_po

    with CATALOGUE.open("rb") as source:
        messages = [message for message in read_po(source) if message.id]

    def marks(text):
        return sorted(re.findall(r"%\(\w+\)[sd]|<[a-z]+|</[a-z]+>", text))

    for message in messages:
        french = message.id if isinstance(message.id, str) else message.id[1]
        forms = message.string if isinstance(message.string, tuple) else [message.string]
        for index, arabic in enumerate(forms):
            if len(forms) > 1 and index <= 2:
                # Zero, one and two read as words in Arabic (« إعلانان »): the count may go, nothing else.
                assert set(marks(arabic)) <= set(marks(french)), (french, arabic)
                assert re.findall(r"</?[a-z]+", arabic) == re.findall(r"</?[a-z]+", french), (french, arabic)
            else:
                assert marks(arabic) == marks(french), (french, arabic)


@pytest.fixture
def arabic():
    """The Arabic edition active for the duration of a test."""
    i18n.activate("ar", REPO / "themes" / "regions" / "translations")
    yield
    i18n.activate("fr")


def test_amounts_and_numbers_in_arabic(arabic):
    """Amounts as the Moroccan Arabic press writes them, with Latin digits."""
    assert formatting.mad(13_300_000) == "13,3 مليون درهم"
    assert formatting.mad(3_000_000) == "3 ملايين درهم"
    assert formatting.number_fr(2000) == "2.000"


def test_arabic_title_must_be_written_in_arabic():
    """title_ar in Latin script, or with HTML, is refused with a clear message."""
    vocabulary = load_vocabulary(REPO / "data")
    context = Context(vocabulary=vocabulary, today=datetime.date(2026, 1, 1))
    base = {"title": "Un titre", "date": "2024-01-10", "region": "oriental", "source": {"name": "Journal"}}
    for value, words in (("Titre en français", "arabe"), ("<b>عنوان</b>", "HTML")):
        _, problems = validate({**base, "title_ar": value}, context)
        assert any(problem.field == "title_ar" and words in problem.message for problem in problems), problems
    _, problems = validate({**base, "title_ar": "إطلاق برنامج YouCode في وجدة"}, context)
    assert not [problem for problem in problems if problem.field == "title_ar"]


def test_a_missing_arabic_title_or_summary_is_a_warning_when_the_site_publishes_arabic():
    """With the Arabic edition published, an announcement without title_ar or summary_ar is told, as a warning."""
    vocabulary = load_vocabulary(REPO / "data")
    base = {"title": "Un titre", "summary": "Un résumé.", "date": "2024-01-10", "region": "oriental",
            "source": {"name": "Journal"}}
    french_only = Context(vocabulary=vocabulary, today=datetime.date(2026, 1, 1))
    both = Context(vocabulary=vocabulary, today=datetime.date(2026, 1, 1), editions=("fr", "ar"))
    _, problems = validate(base, both)
    told = {problem.field: problem.severity for problem in problems if problem.field.endswith("_ar")}
    assert told == {"title_ar": "warning", "summary_ar": "warning"}
    assert not [problem for problem in validate(base, french_only)[1] if problem.field.endswith("_ar")]
    written = {**base, "title_ar": "عنوان", "summary_ar": "ملخص قصير."}
    assert not [problem for problem in validate(written, both)[1] if problem.field.endswith("_ar")]
