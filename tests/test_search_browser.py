"""The search page in a real browser (Debian Chromium): Pagefind index, query, filters."""

from browser import expect_ok
from sample import TITLES

PUBLISHED_URLS = {
    "/annonces/2023/codelab-oujda-premiere-promotion/",
    "/annonces/2023/data-talents-oriental-fes-meknes/",
    "/annonces/2023/cyber-campus-nador-atelier/",
    "/annonces/2024/codelab-extension-nationale/",
    "/annonces/2024/techsud-bootcamp-agadir/",
}
INDEX = """async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const everything = await pagefind.search(null, {filters: {}});
  const urls = await Promise.all(everything.results.map(r => r.data().then(d => d.url)));
  return {urls, filters: await pagefind.filters()};
}"""


def test_index_holds_every_announcement_and_region_filter(browser_page, sample_url):
    """The Pagefind index has the five published announcements and each of their regions as a filter."""
    browser_page.goto(f"{sample_url}/recherche/")
    index = browser_page.evaluate(INDEX)
    assert set(index["urls"]) == PUBLISHED_URLS
    assert set(index["filters"]["region"]) == {"Oriental", "Fès-Meknès", "Souss-Massa", "National"}
    assert set(index["filters"]["annee"]) == {"2023", "2024"}
    expect_ok(browser_page)


def test_typing_a_query_shows_results_and_a_region_narrows_them(browser_page, sample_url):
    """« CodeLab » finds two announcements with date and region; choosing Oriental keeps one."""
    browser_page.goto(f"{sample_url}/recherche/")
    browser_page.wait_for_selector("#filtre-region option:nth-child(2)", state="attached")
    browser_page.fill("#q", "CodeLab")
    status = browser_page.locator("#recherche-etat")
    status.filter(has_text="2 annonces trouvées").wait_for()
    results = browser_page.locator("#recherche-resultats li")
    assert sorted(results.locator("h2").all_inner_texts()) == sorted([TITLES["codelab"], TITLES["national"]])
    assert "1er mars 2023 · Oriental" in results.all_inner_texts()[1] + results.all_inner_texts()[0]
    browser_page.select_option("#filtre-region", value="Oriental")
    status.filter(has_text="1 annonce trouvée").wait_for()
    assert results.locator("h2").all_inner_texts() == [TITLES["codelab"]]
    expect_ok(browser_page)


def test_search_page_without_javascript_says_how_to_browse(chromium, sample_url):
    """With JavaScript off, the form stays hidden and the page links to the ways of browsing."""
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{sample_url}/recherche/")
    assert not page.locator("#recherche").is_visible()
    links = page.locator("main a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert {"/regions/", "/programmes/", "/partenaires/", "/annonces/"} <= set(links)
    context.close()
