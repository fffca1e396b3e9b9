"""The published corpus itself: enough announcements for every region, each linking its source in its own words."""

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from test_real_content import published_front_matter, regions_of

from announcements.vocabulary import NATIONAL

SHARED = Path(__file__).resolve().parents[2] / "shared" / "announcements.yaml"
MIN_ANNOUNCEMENTS = 83
MIN_PER_REGION = 4
REGIONS = [
    "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra", "beni-mellal-khenifra",
    "casablanca-settat", "marrakech-safi", "draa-tafilalet", "souss-massa", "guelmim-oued-noun",
    "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab",
]


def test_the_site_publishes_enough_announcements():
    """At least 83 published announcements."""
    assert len(published_front_matter()) >= MIN_ANNOUNCEMENTS


def test_every_region_lists_at_least_four_announcements():
    """Each of the 12 regions has at least four announcements that concern it, its own or shared."""
    counts = Counter(region for _, metadata in published_front_matter() for region in regions_of(metadata))
    thin = {region: counts[region] for region in REGIONS if counts[region] < MIN_PER_REGION}
    assert thin == {}
    assert NATIONAL not in REGIONS


def test_every_announcement_links_its_source():
    """Each page cites its source with a web address: readers can check every fact."""
    missing = [path.name for path, metadata in published_front_matter()
               if not str((metadata.get("source") or {}).get("url", "")).startswith(("https://", "http://"))]
    assert missing == []


def _words(text):
    return re.findall(r"\w+", text.lower())


def _shingles(text, size=10):
    words = _words(text)
    return {" ".join(words[index:index + size]) for index in range(len(words) - size + 1)}


@pytest.mark.skipif(not SHARED.exists(), reason="the reference facts (../shared/announcements.yaml) are not here")
def test_no_page_repeats_the_wording_of_the_gathered_facts():
    """Pages are written in the project's words: no run of ten words taken from the notes gathered on each source."""
    document = yaml.safe_load(SHARED.read_text(encoding="utf-8"))
    records = [*document.get("seed_articles", []), *document.get("announcements", []),
               *document.get("announcements_batch2", [])]
    gathered = set()
    for record in records:
        for key in ("notes", "date_note", "trainees_qualifier", "jobs_qualifier"):
            gathered |= _shingles(str(record.get(key) or ""))
        for fact in record.get("facts_seen") or []:
            gathered |= _shingles(str(fact))
    copied = {}
    for path, _ in published_front_matter():
        body = path.read_text(encoding="utf-8").split("\n---", 1)[1]
        found = _shingles(body) & gathered
        if found:
            copied[path.name] = sorted(found)[:2]
    assert copied == {}
