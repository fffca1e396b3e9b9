"""Comparison tables sorted by a figure's column in a real browser (Debian Chromium), by mouse or keyboard."""

import pytest
from browser import expect_ok

FIGURES = """(column) => Array.from(document.querySelector('table:has(#table-regions)').tBodies[0].rows,
  row => { const d = Array.from(row.cells[column].querySelectorAll('data')).find(x => !x.closest('.app-table__shared'));
           return d ? Number(d.value) : null; })"""


def _figures(page, column):
    return page.evaluate(FIGURES, column)


def _names(page):
    return page.locator("table:has(#table-regions) tbody th").all_inner_texts()


def test_a_click_sorts_the_regions_largest_first_then_smallest_with_aria_sort(real_page, real_url):
    """« Annonces » sorts the regions by their count, largest first then smallest; the national total stays last."""
    page = real_page
    page.goto(f"{real_url}/regions/")
    table = page.locator("table:has(#table-regions)")
    heading = table.get_by_role("columnheader", name="Annonces")
    hcp_order = _names(page)
    assert heading.get_attribute("aria-sort") is None
    heading.get_by_role("button").click()
    assert heading.get_attribute("aria-sort") == "descending"
    counts = _figures(page, 1)
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    heading.get_by_role("button").click()
    assert heading.get_attribute("aria-sort") == "ascending"
    assert _figures(page, 1) == sorted(counts)
    assert sorted(_names(page)) == sorted(hcp_order)
    assert table.locator("tr").last.inner_text().startswith("Total national")
    expect_ok(page)


def test_the_keyboard_sorts_and_only_one_column_says_it_is_sorted(real_page, real_url):
    """Tab to « Budget engagé », Enter sorts it; Space on another column moves aria-sort there; rows without a figure go last."""
    page = real_page
    page.goto(f"{real_url}/regions/")
    table = page.locator("table:has(#table-regions)")
    budget = table.get_by_role("columnheader", name="Budget engagé")
    budget.get_by_role("button").focus()
    page.keyboard.press("Enter")
    assert budget.get_attribute("aria-sort") == "descending"
    amounts = _figures(page, 2)
    known = [value for value in amounts if value is not None]
    assert amounts[:len(known)] == sorted(known, reverse=True)
    reached = table.get_by_role("columnheader", name="Personnes formées ou inscrites", exact=True)
    reached.get_by_role("button").focus()
    page.keyboard.press("Space")
    assert reached.get_attribute("aria-sort") == "descending" and budget.get_attribute("aria-sort") is None
    expect_ok(page)


@pytest.mark.parametrize("url", ["/programmes/", "/partenaires/", "/regions/oriental/"])
def test_other_tables_sort_too(real_page, real_url, url):
    """The programmes' and partners' tables, and a region's figures by year, sort by their number of announcements."""
    page = real_page
    page.goto(f"{real_url}{url}")
    if url.startswith("/regions/"):
        page.get_by_text("Les chiffres des graphiques").click()  # the figures by year, folded under the charts
    table = page.locator("table.app-table--sortable").first
    table.get_by_role("columnheader", name="Annonces").get_by_role("button").click()
    counts = table.evaluate("t => Array.from(t.tBodies[0].rows, r => Number(r.cells[1].querySelector('data').value))")
    assert counts == sorted(counts, reverse=True)
    expect_ok(page)


def test_on_a_phone_the_cards_are_sorted_by_buttons_above_them(chromium, real_url):
    """At 390 px the rows are cards and the sort buttons stay visible above them; one tap sorts."""
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{real_url}/regions/")
    table = page.locator("table:has(#table-regions)")
    button = table.get_by_role("button", name="Annonces")
    assert button.is_visible()
    button.click()
    counts = _figures(page, 1)
    assert counts == sorted(counts, reverse=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_without_javascript_the_regions_keep_their_order_and_no_button(chromium, real_url):
    """Without scripts the headings are plain and the regions follow the HCP order."""
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{real_url}/regions/")
    table = page.locator("table:has(#table-regions)")
    assert table.get_by_role("button").count() == 0
    assert table.locator("tbody th").first.inner_text().startswith("Tanger")
    context.close()
