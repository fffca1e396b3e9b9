"""Every template of the real site at a phone's and a desktop's width: nothing spills sideways.

Each page is also saved as a full-page screenshot in test-screenshots/ (or $SCREENSHOTS), so that a
person can look at what readers get after a change.
"""

import os
from pathlib import Path

import pytest
from browser import expect_ok
from helpers import REPO
from test_browser_quality import TEMPLATE_PAGES

SCREENSHOTS = Path(os.environ.get("SCREENSHOTS", REPO / "test-screenshots"))
WIDTHS = {"telephone": 390, "ordinateur": 1280}


@pytest.fixture(scope="module", params=list(WIDTHS))
def sized_page(request, chromium, real_url):
    """A page of the real site in a window of a phone's or a desktop's width."""
    context = chromium.new_context(viewport={"width": WIDTHS[request.param], "height": 844})
    page = context.new_page()
    page.console_errors, page.foreign_requests = [], []
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("request", lambda r: not r.url.startswith(real_url) and page.foreign_requests.append(r.url))
    page.device = request.param
    yield page
    context.close()


@pytest.mark.parametrize("url", TEMPLATE_PAGES)
def test_page_fits_the_window_and_is_saved_for_review(sized_page, real_url, url):
    """No horizontal scroll of the whole page (wide tables scroll in their own frame); a screenshot is kept."""
    sized_page.goto(f"{real_url}{url}")
    width = sized_page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTHS[sized_page.device], f"{url} is {width}px wide at {sized_page.device} width"
    SCREENSHOTS.mkdir(exist_ok=True)
    name = url.strip("/").replace("/", "_") or "accueil"
    sized_page.screenshot(path=SCREENSHOTS / f"{name}-{sized_page.device}.png", full_page=True)
    expect_ok(sized_page)
