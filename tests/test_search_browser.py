"""The search page in a real browser (Debian Chromium): Pagefind index, query, filters."""

import pytest
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


def _results(page):
    return page.locator("#recherche-resultats li h2").all_inner_texts()


def _wait_for_status(page, text):
    page.locator("#recherche-etat").filter(has_text=text).wait_for()


def test_a_shared_search_address_restores_its_words_filter_and_results(browser_page, sample_url):
    """/recherche/?q=CodeLab&region=Oriental opens with the words typed, the region chosen and its one result."""
    browser_page.goto(f"{sample_url}/recherche/?q=CodeLab&region=Oriental")
    _wait_for_status(browser_page, "1 annonce trouvée")
    assert browser_page.input_value("#q") == "CodeLab"
    assert browser_page.input_value("#filtre-region") == "Oriental"
    assert _results(browser_page) == [TITLES["codelab"]]
    expect_ok(browser_page)


def test_the_address_follows_the_search_and_back_returns_to_the_previous_one(browser_page, sample_url):
    """Typing writes ?q= into the address; a chosen region adds a step that Back undoes, results included."""
    page = browser_page
    page.goto(f"{sample_url}/recherche/")
    page.wait_for_selector("#filtre-region option:nth-child(2)", state="attached")
    page.fill("#q", "CodeLab")
    _wait_for_status(page, "2 annonces trouvées")
    page.wait_for_url("**/recherche/?q=CodeLab")
    page.select_option("#filtre-region", value="Oriental")
    _wait_for_status(page, "1 annonce trouvée")
    page.wait_for_url("**/recherche/?q=CodeLab&region=Oriental")
    page.go_back()
    _wait_for_status(page, "2 annonces trouvées")
    assert page.url.endswith("/recherche/?q=CodeLab")
    assert page.input_value("#filtre-region") == ""
    page.go_forward()
    _wait_for_status(page, "1 annonce trouvée")
    assert page.input_value("#filtre-region") == "Oriental"
    expect_ok(page)


def test_a_year_or_a_programme_alone_in_the_address_lists_its_announcements(browser_page, sample_url):
    """?annee=2024 and ?programme=CodeLab Jeunes each open their announcements, with no word typed."""
    browser_page.goto(f"{sample_url}/recherche/?annee=2024")
    _wait_for_status(browser_page, "2 annonces trouvées")
    assert sorted(_results(browser_page)) == sorted([TITLES["techsud"], TITLES["national"]])
    browser_page.goto(f"{sample_url}/recherche/?programme=CodeLab+Jeunes")
    _wait_for_status(browser_page, "2 annonces trouvées")
    assert sorted(_results(browser_page)) == sorted([TITLES["codelab"], TITLES["national"]])
    expect_ok(browser_page)


def test_a_region_page_links_to_the_search_in_that_region(browser_page, sample_url):
    """From the Oriental's page, « Rechercher dans les annonces de cette région » lists its three announcements."""
    browser_page.goto(f"{sample_url}/regions/oriental/")
    browser_page.get_by_role("link", name="Rechercher dans les annonces de cette région").click()
    _wait_for_status(browser_page, "3 annonces trouvées")
    assert browser_page.input_value("#filtre-region") == "Oriental"
    assert sorted(_results(browser_page)) == sorted([TITLES["codelab"], TITLES["data"], TITLES["cyber"]])
    expect_ok(browser_page)


@pytest.mark.parametrize("words", ["سوس ماسة", "سوس-ماسة", "أكادير"])
def test_the_arabic_name_of_a_region_or_city_finds_its_announcements(browser_page, sample_url, words):
    """The Souss-Massa announcement in Agadir is found by the region's or the city's Arabic name."""
    browser_page.goto(f"{sample_url}/recherche/?q={words}")
    _wait_for_status(browser_page, "1 annonce trouvée")
    assert _results(browser_page) == [TITLES["techsud"]]
    expect_ok(browser_page)


def test_more_than_thirty_results_are_reached_thirty_at_a_time(real_page, real_url):
    """A broad search shows 30 results, then 30 more on request, the first new one focused, the status updated."""
    page = real_page
    page.goto(f"{real_url}/recherche/?q=formation")
    status = page.get_by_role("status")
    status.filter(has_text="les 30 premières sont affichées").wait_for()
    total = int(status.inner_text().split()[0])
    assert total > 60
    assert len(_results(page)) == 30
    more = page.get_by_role("button", name="Voir 30 résultats de plus")
    more.click()
    status.filter(has_text="les 60 premières sont affichées").wait_for()
    assert len(_results(page)) == 60
    focused = page.evaluate("document.activeElement.closest('li') === document.querySelectorAll('#recherche-resultats li')[30]")
    assert focused
    page.get_by_role("button", name=f"Voir {total - 60} résultat").click()
    status.filter(has_text=f"{total} annonces trouvées.").wait_for()
    assert len(_results(page)) == total
    assert not page.locator("#recherche-plus").is_visible()
    expect_ok(page)


def test_real_site_programme_link_and_arabic_edition_search(real_page, real_url):
    """?programme=YouCode lists YouCode's announcements; the Arabic edition's search finds « Souss-Massa » too."""
    page = real_page
    page.goto(f"{real_url}/programmes/youcode/")
    page.get_by_role("link", name="Rechercher dans les annonces de ce programme").click()
    page.wait_for_url("**/recherche/?programme=YouCode")
    page.get_by_role("status").filter(has_text="trouvée").wait_for()
    assert page.input_value("#filtre-programme") == "YouCode"
    assert len(_results(page)) >= 3
    page.goto(f"{real_url}/ar/regions/souss-massa/")
    page.locator(".app-search-link a").click()
    # The script speaks the edition's language: « عُثر على … » (found), counted in Arabic plural forms.
    page.get_by_role("status").filter(has_text="عُثر على").wait_for()
    assert page.input_value("#filtre-region") == "سوس-ماسة"
    assert len(_results(page)) >= 4
    expect_ok(page)


def test_the_404_page_is_not_in_the_index(real_page, real_url):
    """Pagefind's index holds the announcements only: no 404 page of either edition."""
    for edition in ("", "/ar"):
        real_page.goto(f"{real_url}{edition}/recherche/")
        urls = real_page.evaluate(INDEX.replace("'/pagefind/", f"'{edition}/pagefind/"))["urls"]
        assert len(urls) > 80 and all("/annonces/" in url for url in urls)
    expect_ok(real_page)


FOUND_BY = """async (words) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const found = await pagefind.search(words);
  return Promise.all(found.results.map(r => r.data().then(d => d.url)));
}"""


def test_a_figure_or_a_theme_of_the_facts_is_found_by_its_own_words(browser_page, sample_url):
    """The facts' labels and values are separate words in the index: « 120 » (people) and the theme « Programmation »
    find CodeLab's announcement, whose text says neither in figures."""
    browser_page.goto(f"{sample_url}/recherche/")
    assert "/annonces/2023/codelab-oujda-premiere-promotion/" in browser_page.evaluate(FOUND_BY, "120")


INDEXED_TEXT = """async (words) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const found = await pagefind.search(words);
  return Promise.all(found.results.map(r => r.data().then(d => [d.url, d.content])));
}"""


def test_the_facts_labels_and_headings_are_not_searched_their_values_are(browser_page, sample_url):
    """« Les faits », « Budget », « Source », « non communiqué » stand on every announcement: a search for them would
    match them all, so only the values are indexed (CodeLab's partner, city and 120 people)."""
    browser_page.goto(f"{sample_url}/recherche/")
    indexed = dict(browser_page.evaluate(INDEXED_TEXT, "CodeLab"))
    text = indexed["/annonces/2023/codelab-oujda-premiere-promotion/"]
    assert "Oujda" in text and "120" in text
    for label in ("Les faits", "En bref", "Partenaires", "Personnes", "Autres sources", "non communiqué"):
        assert label not in text
    assert browser_page.evaluate(FOUND_BY, "communiqué") == []
