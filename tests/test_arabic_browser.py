"""The Arabic edition in Debian's Chromium: laid out right to left, and one click away from the French."""

from browser import expect_ok


def test_facts_labels_sit_on_the_right_in_arabic(chromium, real_url):
    """On a wide screen, each label of the facts table is to the right of its value in Arabic, left in French."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for prefix, label_on_right in (("/ar", True), ("", False)):
        page.goto(f"{real_url}{prefix}/annonces/2022/youcode-oujda-oriental/")
        label = page.locator(".app-facts dt").first.bounding_box()
        value = page.locator(".app-facts dd").first.bounding_box()
        assert (label["x"] > value["x"]) is label_on_right, prefix
    context.close()


def test_language_switch_opens_the_same_page_in_the_other_language(real_page, real_url):
    """From a French region page, « العربية » opens its Arabic page, and « Français » comes back."""
    real_page.goto(f"{real_url}/regions/souss-massa/")
    real_page.locator('a[hreflang="ar"]').click()
    real_page.wait_for_url(f"{real_url}/ar/regions/souss-massa/")
    assert real_page.locator("html").get_attribute("dir") == "rtl"
    assert real_page.locator("h1").inner_text().startswith("سوس")
    real_page.locator('a[hreflang="fr"]').click()
    real_page.wait_for_url(f"{real_url}/regions/souss-massa/")
    expect_ok(real_page)


def test_year_chart_reads_right_to_left_in_arabic(real_page, real_url):
    """The first year's bar is the rightmost one in Arabic, the leftmost in French."""
    for prefix, first_on_right in (("/ar", True), ("", False)):
        real_page.goto(f"{real_url}{prefix}/")
        labels = real_page.locator('svg[aria-labelledby="annees-count"] text').all()
        texts = [(label.text_content(), label.bounding_box()["x"]) for label in labels]
        years = [(int(text), x) for text, x in texts if text.isdigit() and len(text) == 4]
        first, last = min(years), max(years)
        assert (first[1] > last[1]) is first_on_right, prefix
