"""The real site (content/, data/, pelicanconf.py) builds the way CI builds it."""

import pytest
import yaml
from helpers import REPO, data_value, output_file, page, totals
from sample import REGION_SLUGS


def test_real_site_builds_without_error(real_site):
    """`pelican --fatal errors` succeeds on the real content."""
    assert real_site.returncode == 0, real_site.log


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_real_site_has_every_region_page(real_site, slug):
    """Every region and the national level have a page on the real site."""
    output = real_site.output
    assert output_file(output, f"/regions/{slug}/").is_file()


def published_front_matter():
    """Front matter of every published file of content/, read with PyYAML alone (not the plugin)."""
    found = []
    for path in sorted((REPO / "content" / "annonces").rglob("*.md")):
        header = path.read_text(encoding="utf-8-sig").split("\n---", 1)[0].removeprefix("---")
        metadata = yaml.safe_load(header)
        if metadata.get("status", "published") == "published":
            found.append((path, metadata))
    return found


def expected_totals(announcements):
    """Count, budget, trainees and jobs of announcements, each counted once."""
    def total(key):
        values = [m[key] for _, m in announcements if m.get(key) is not None]
        return sum(values) if values else None

    return {"count": len(announcements), "budget": total("budget"), "trainees": total("trainees"), "jobs": total("jobs")}


def regions_of(metadata):
    """The region slugs of one announcement."""
    return metadata["region"] if isinstance(metadata["region"], list) else [metadata["region"]]


def test_every_published_file_has_its_page(real_site):
    """Each published file of content/ is a page of the site, and /annonces/ counts them all."""
    announcements = published_front_matter()
    missing = [
        str(path) for path, metadata in announcements
        if not output_file(real_site.output, f"/annonces/{metadata['date'].year}/{path.stem[11:]}/").is_file()
    ]
    assert missing == []
    assert data_value(page(real_site.output, "/annonces/").find("main")) == len(announcements)


def test_national_totals_equal_the_front_matter_sums(real_site):
    """Home totals equal sums computed here from the files, every announcement counted once."""
    expected = expected_totals(published_front_matter())
    shown = totals(page(real_site.output, "/"))
    assert shown["Annonces"] == expected["count"]
    assert shown["Budget annoncé"] == expected["budget"]
    assert shown["Personnes à former ou formées"] == expected["trainees"]
    assert shown["Emplois annoncés"] == expected["jobs"]


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_region_totals_equal_the_front_matter_sums(real_site, slug):
    """Each region page's totals equal the sums over the files that name that region."""
    announcements = [(p, m) for p, m in published_front_matter() if slug in regions_of(m)]
    expected = expected_totals(announcements)
    shown = totals(page(real_site.output, f"/regions/{slug}/"))
    assert shown["Annonces"] == expected["count"]
    assert (shown["Budget annoncé"], shown["Personnes à former ou formées"], shown["Emplois annoncés"]) == (
        expected["budget"] if expected["budget"] is not None else "non chiffré",
        expected["trainees"] if expected["trainees"] is not None else "non chiffré",
        expected["jobs"] if expected["jobs"] is not None else "non chiffré",
    )


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_every_region_page_lists_an_announcement(real_site, slug):
    """No region is left empty: each of the 12 regions, and the national level, lists an announcement."""
    cards = [h for h in page(real_site.output, f"/regions/{slug}/").iter() if "app-card__title" in h.classes]
    assert cards, slug
