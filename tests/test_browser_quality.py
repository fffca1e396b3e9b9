"""The real site in Debian's Chromium: reader journeys and axe-core on every template."""

import pytest
from browser import expect_ok
from helpers import REPO

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}
# One page of every template.
TEMPLATE_PAGES = [
    "/", "/regions/", "/regions/oriental/", "/programmes/", "/programmes/youcode/", "/partenaires/",
    "/partenaires/cdg/", "/annonces/", "/annonces/2022/", "/annonces/2022/youcode-oujda-oriental/",
    "/recherche/", "/donnees/", "/404.html",
]
# The same pages in the Arabic edition, right to left.
TEMPLATE_PAGES += [f"/ar{url}" for url in TEMPLATE_PAGES]


@pytest.fixture(scope="module")
def axe_source():
    """axe-core's script, from the pinned npm package."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core missing: run `npm ci` (python3 tasks.py test does it)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("url", TEMPLATE_PAGES)
def test_axe_finds_no_violation(real_page, real_url, axe_source, url):
    """axe-core (WCAG 2.2 A and AA, best practices) reports no violation."""
    real_page.goto(f"{real_url}{url}")
    if url.endswith("/recherche/"):
        real_page.wait_for_selector("#filtre-region option:nth-child(2)", state="attached")
    real_page.evaluate(axe_source)
    violations = real_page.evaluate("options => axe.run(document, options)", AXE_RULES)["violations"]
    assert [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    expect_ok(real_page)


def test_journey_home_region_announcement_partner_feed(real_page, real_url):
    """A reader goes home → Oriental → its YouCode announcement → a partner → that region's feed."""
    page = real_page
    page.goto(f"{real_url}/")
    page.get_by_role("navigation", name="Navigation principale").get_by_role("link", name="Régions").click()
    page.get_by_role("link", name="Oriental", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Oriental")
    page.get_by_role("link", name="YouCode dans l’Oriental").first.click()
    assert "YouCode" in page.get_by_role("heading", level=1).inner_text()
    page.locator(".app-facts").get_by_role("link", name="LEET Initiative").click()
    assert page.get_by_role("heading", level=1).inner_text() == "LEET Initiative"
    page.get_by_role("link", name="Oriental", exact=True).first.click()
    feed = page.get_by_role("link", name="Suivre ces annonces (flux Atom)")
    response = page.request.get(real_url + feed.get_attribute("href"))
    assert response.ok and b"<feed" in response.body()
    expect_ok(page)


def test_journey_search(real_page, real_url):
    """From the menu, a reader searches « YouCode » and narrows to the Oriental."""
    page = real_page
    page.goto(f"{real_url}/")
    page.get_by_role("link", name="Rechercher").click()
    page.wait_for_selector("#filtre-region option:nth-child(2)", state="attached")
    page.get_by_label("Mots recherchés").fill("YouCode")
    status = page.get_by_role("status")
    status.filter(has_text="trouvée").wait_for()
    before = len(page.locator("#recherche-resultats li").all())
    page.get_by_label("Région").select_option(value="Oriental")
    page.wait_for_function("n => document.querySelectorAll('#recherche-resultats li').length < n", arg=before)
    titles = page.locator("#recherche-resultats h2").all_inner_texts()
    assert titles and all(text for text in titles)
    expect_ok(page)
