"""Atom feeds of the sample site: valid, complete and reproducible."""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from helpers import output_file
from sample import NEWEST_FIRST, TITLES

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# Feed path -> (titles of its entries, newest first; date of the newest).
FEEDS = {
    "atom.xml": (NEWEST_FIRST, "2024-10-05"),
    "regions/oriental/atom.xml": ([TITLES["cyber"], TITLES["data"], TITLES["codelab"]], "2023-09-20"),
    "regions/fes-meknes/atom.xml": ([TITLES["data"]], "2023-06-15"),
    "regions/souss-massa/atom.xml": ([TITLES["techsud"]], "2024-10-05"),
    "regions/national/atom.xml": ([TITLES["national"]], "2024-06-01"),
    "programmes/codelab/atom.xml": ([TITLES["national"], TITLES["codelab"]], "2024-06-01"),
    "programmes/data-talents/atom.xml": ([TITLES["data"]], "2023-06-15"),
    "programmes/cyber-campus/atom.xml": ([TITLES["cyber"]], "2023-09-20"),
}


def only(parent, tag):
    """The single child element with that Atom tag; fails if there are none or several."""
    found = parent.findall(ATOM + tag)
    assert len(found) == 1, f"{len(found)} <{tag}> in <{parent.tag}>"
    return found[0]


@pytest.mark.parametrize("path", FEEDS)
def test_feed_parses_and_lists_the_published_announcements(built_site, path):
    """feedparser reads the feed without error and finds exactly the expected entries."""
    feed = feedparser.parse(str(built_site.output / path))
    assert not feed.bozo, feed.get("bozo_exception")
    assert [entry.title for entry in feed.entries] == FEEDS[path][0]


@pytest.mark.parametrize("path", FEEDS)
def test_feed_has_required_atom_elements(built_site, path):
    """One id, title, updated (RFC 3339) and rel="self" link; each entry has id, title, updated, link."""
    feed = ET.parse(built_site.output / path).getroot()
    assert feed.tag == ATOM + "feed"
    assert only(feed, "id").text and only(feed, "title").text
    assert RFC3339.match(only(feed, "updated").text)
    selves = [link for link in feed.findall(ATOM + "link") if link.get("rel") == "self"]
    assert len(selves) == 1 and selves[0].get("href").endswith("/" + path)
    for entry in feed.findall(ATOM + "entry"):
        assert only(entry, "id").text and only(entry, "title").text
        assert RFC3339.match(only(entry, "updated").text)
        link = only(entry, "link").get("href")
        assert output_file(built_site.output, urlsplit(link).path).is_file(), link


@pytest.mark.parametrize("path", FEEDS)
def test_feed_updated_is_the_newest_entry_date(built_site, path):
    """The feed's date is its newest announcement's, not the build time, so rebuilds do not change it."""
    feed = ET.parse(built_site.output / path).getroot()
    updated = datetime.datetime.fromisoformat(only(feed, "updated").text)
    entries = [datetime.datetime.fromisoformat(only(e, "updated").text) for e in feed.findall(ATOM + "entry")]
    assert updated == max(entries)
    assert updated.date().isoformat() == FEEDS[path][1]


def test_facet_feed_is_titled_with_the_facet_name(built_site):
    """A region feed says which region it follows."""
    title = only(ET.parse(built_site.output / "regions/oriental/atom.xml").getroot(), "title").text
    assert title.endswith("Oriental")


def test_each_feed_has_its_own_id_and_entries_keep_theirs(built_site):
    """Feed ids differ from feed to feed; an announcement has the same entry id in every feed."""
    feed_ids, entry_ids = [], {}
    for path in FEEDS:
        feed = ET.parse(built_site.output / path).getroot()
        feed_ids.append(only(feed, "id").text)
        ids = [only(entry, "id").text for entry in feed.findall(ATOM + "entry")]
        assert len(set(ids)) == len(ids), path
        for entry in feed.findall(ATOM + "entry"):
            entry_ids.setdefault(only(entry, "title").text, set()).add(only(entry, "id").text)
    assert len(set(feed_ids)) == len(FEEDS)
    assert all(len(ids) == 1 for ids in entry_ids.values())


@pytest.mark.parametrize("path", FEEDS)
def test_feed_page_link_leads_to_a_generated_page(built_site, path):
    """The feed's rel="alternate" link points at a page of the site."""
    feed = ET.parse(built_site.output / path).getroot()
    pages = [link.get("href") for link in feed.findall(ATOM + "link") if link.get("rel") in (None, "alternate")]
    assert len(pages) == 1
    assert output_file(built_site.output, urlsplit(pages[0]).path).is_file(), pages[0]
