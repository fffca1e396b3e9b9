"""The real site (content/, data/, pelicanconf.py) builds the way CI builds it."""

import subprocess
import sys

import pytest

from helpers import REPO, data_value, output_file, page
from sample import REGION_SLUGS

REPO_ANNOUNCEMENTS = [
    "2022/huawei-md-talks-spark",
    "2022/youcode-oujda-oriental",
    "2022/devoxx-taghazout-souss-massa",
    "2025/onepoint-centre-data-ia",
    "2025/jobintech-est-dakhla",
]


@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    """The real site built by the pelican command line with --fatal errors."""
    output = tmp_path_factory.mktemp("real-site")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(output), "--fatal", "errors"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return output, result


def test_real_site_builds_without_error(real_site):
    """`pelican --fatal errors` succeeds on the real content."""
    _, result = real_site
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_real_site_has_every_region_page(real_site, slug):
    """Every region and the national level have a page on the real site."""
    output, _ = real_site
    assert output_file(output, f"/regions/{slug}/").is_file()


def test_real_site_publishes_the_five_announcements(real_site):
    """The five announcements of content/ each have a page and are all counted."""
    output, _ = real_site
    missing = [slug for slug in REPO_ANNOUNCEMENTS if not output_file(output, f"/annonces/{slug}/").is_file()]
    assert missing == []
    assert data_value(page(output, "/annonces/").find("main")) == 5
