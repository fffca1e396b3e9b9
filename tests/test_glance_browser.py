"""Maps in Debian's Chromium: a region shape leads to its page, by pointer and by keyboard, with visible focus."""

from browser import expect_ok

SOUSS = "Souss-Massa"


def test_clicking_a_region_on_the_home_map_opens_its_page(real_page, real_url):
    """A reader taps Souss-Massa on the home map and lands on the Souss-Massa page."""
    real_page.goto(f"{real_url}/")
    real_page.locator(f'.app-map__svg a[aria-label^="{SOUSS}"]').click()
    real_page.wait_for_url(f"{real_url}/regions/souss-massa/")
    assert real_page.locator("h1").inner_text().startswith(SOUSS)
    expect_ok(real_page)


def test_map_links_are_reached_by_keyboard_with_a_visible_focus(real_page, real_url):
    """Tabbing reaches each region of the map; the focused shape is outlined and filled differently."""
    real_page.goto(f"{real_url}/regions/")
    first = real_page.locator(".app-map__svg a").first
    before = first.locator("path").evaluate("path => getComputedStyle(path).strokeWidth")
    first.focus()
    focused = real_page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused and focused.startswith("Tanger")
    after = first.locator("path").evaluate("path => getComputedStyle(path).strokeWidth")
    assert (before, after) == ("1px", "3px")
    real_page.keyboard.press("Tab")
    assert real_page.evaluate("document.activeElement.getAttribute('aria-label')").startswith("Oriental")
    real_page.keyboard.press("Enter")
    real_page.wait_for_url(f"{real_url}/regions/oriental/")
