"""The real site (content/, data/, pelicanconf.py) builds the way CI builds it, and its figures are honest.

The expected totals are computed here again from the files, with PyYAML alone and the rules written
out plainly (only engaged money, people trained or enrolled, targets in total, promised and created
jobs are added; a figure shared by several regions or programmes without a split is in no row).
"""

import pytest
import yaml
from helpers import REPO, data_value, output_file, page, plain, table_rows, totals
from sample import REGION_SLUGS

from announcements.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary(REPO / "data")
LABELS = {
    "committed": "Budget engagé pour des projets précis",
    "reached": "Personnes formées ou inscrites",
    "targets": "Objectifs de formation",
    "jobs_promised": "Emplois promis",
    "jobs_created": "Emplois créés",
}


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


def as_list(value):
    """A front-matter value that may be one name or a list, as a list."""
    return [] if value is None else value if isinstance(value, list) else [value]


def regions_of(metadata):
    """The region slugs of one announcement."""
    return as_list(metadata["region"])


def programmes_of(metadata):
    """The programme slugs of one announcement (names and aliases resolved)."""
    return [VOCABULARY.programmes.resolve(str(name)).slug for name in as_list(metadata.get("programme"))]


def money_parts(metadata):
    """(amount, scope, programme slug, region slug) of each part of an announcement's budget."""
    items = metadata.get("budget_items") or []
    if not items and metadata.get("budget") is not None:
        return [(metadata["budget"], metadata.get("budget_scope"), None, None)]
    return [(item["amount"], item.get("scope", metadata.get("budget_scope")),
             VOCABULARY.programmes.resolve(item["programme"]).slug if item.get("programme") else None,
             item.get("region")) for item in items]


def expected_sums(announcements, facet=None):
    """Each sum over announcements seen from one facet (kind, slug), or from the whole country.

    Returns {sum name: (own total or None, shared total or None)}.
    """
    sums = {name: [None, None] for name in LABELS}

    def add(name, value, mine):
        place = 0 if mine else 1
        sums[name][place] = (sums[name][place] or 0) + value

    for _, metadata in announcements:
        facets = {"region": regions_of(metadata), "programme": programmes_of(metadata)}.get(facet[0]) if facet else None

        def whose(named=None, facets=facets):
            if facets is None:
                return True  # the whole country, or a partner: every figure is its own
            if named:
                return True if named == facet[1] else None
            return len(facets) == 1

        for amount, scope, programme, region in money_parts(metadata):
            mine = whose({"region": region, "programme": programme}.get(facet[0]) if facet else None)
            if mine is not None and scope == "project":
                add("committed", amount, mine)
        people = metadata.get("trainees")
        if people is not None and metadata.get("trainees_scope", "project") == "project" \
                and metadata.get("trainees_period") == "total":
            kind = metadata.get("trainees_kind")
            name = "reached" if kind in ("trained", "enrolled") else "targets" if kind == "target" else None
            if name:
                add(name, people, whose())
        jobs = metadata.get("jobs")
        if jobs is not None and metadata.get("jobs_scope", "project") == "project" and metadata.get("jobs_kind"):
            add(f"jobs_{metadata['jobs_kind']}", jobs, whose())
    return {name: tuple(values) for name, values in sums.items()}


def shown_or_none(figures, label):
    value = figures[label]
    return value if isinstance(value, int) else None


def test_every_published_file_has_its_page(real_site):
    """Each published file of content/ is a page of the site, and /annonces/ counts them all."""
    announcements = published_front_matter()
    missing = [
        str(path) for path, metadata in announcements
        if not output_file(real_site.output, f"/annonces/{metadata['date'].year}/{path.stem[11:]}/").is_file()
    ]
    assert missing == []
    assert data_value(page(real_site.output, "/annonces/").find("main")) == len(announcements)


def test_national_totals_add_only_like_figures(real_site):
    """Home totals equal the sums computed here from the files, every announcement counted once."""
    announcements = published_front_matter()
    shown = totals(page(real_site.output, "/"))
    assert shown["Annonces"] == len(announcements)
    for name, (own, _) in expected_sums(announcements).items():
        assert shown_or_none(shown, LABELS[name]) == own, name


def test_a_strategy_envelope_is_never_in_the_engaged_budget(real_site):
    """Digital Morocco 2030's 11 billion is listed beside the national totals, not added to them."""
    root = page(real_site.output, "/")
    assert totals(root)[LABELS["committed"]] < 11_000_000_000
    listed = [plain(item.text) for item in root.find("details").all("li")]
    assert any(text.startswith("11 milliards de dirhams (enveloppe d'une stratégie ou d'un plan)") for text in listed)
    assert any(text.startswith("240 000 emplois (promis, chiffre d'une stratégie ou d'un plan)") for text in listed)


def test_no_amount_of_a_strategy_or_a_wider_project_is_in_an_engaged_total(real_site):
    """A whole vocational centre's cost or a strategy's envelope is in no engaged total: home, regions, programmes."""
    announcements = published_front_matter()
    not_engaged = sum(amount for _, m in announcements for amount, scope, _, _ in money_parts(m) if scope != "project")
    engaged = sum(amount for _, m in announcements for amount, scope, _, _ in money_parts(m) if scope == "project")
    assert not_engaged > 0
    assert totals(page(real_site.output, "/"))[LABELS["committed"]] == engaged


def facet_pages():
    """(url, announcements, facet seen) of every programme and partner page of the real site."""
    announcements = published_front_matter()
    found = []
    for term in VOCABULARY.programmes:
        mine = [(p, m) for p, m in announcements if term.slug in programmes_of(m)]
        if mine:
            found.append((f"/programmes/{term.slug}/", mine, ("programme", term.slug)))
    for term in VOCABULARY.partners:
        mine = [(p, m) for p, m in announcements
                if term.slug in {VOCABULARY.partners.resolve(name).slug for name in as_list(m.get("partners"))}]
        if mine:
            found.append((f"/partenaires/{term.slug}/", mine, None))  # a partner: the whole projects
    return found


def test_every_programme_and_partner_page_adds_only_its_own_figures(real_site):
    """A programme gets the parts attributed to it and nothing shared; a partner, the projects it takes part in."""
    for url, announcements, facet in facet_pages():
        shown = totals(page(real_site.output, url))
        for name, (own, _) in expected_sums(announcements, facet).items():
            label = "Montant engagé des projets auxquels il participe" if url.startswith("/partenaires/") and \
                name == "committed" else LABELS[name]
            assert shown_or_none(shown, label) == own, (url, name)


def test_youcode_is_credited_only_with_its_own_money(real_site):
    """YouCode: 25 MDH in Oujda and the 30 MDH of the Fès amendment, not the 15 MDH of the Meknès business centre."""
    rows = table_rows(page(real_site.output, "/programmes/"))
    assert data_value(rows["YouCode"][1]) == 55_000_000
    assert totals(page(real_site.output, "/programmes/youcode/"))[LABELS["committed"]] == 55_000_000


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_region_totals_are_its_own_figures(real_site, slug):
    """Each region page's sums are its own figures; what it shares with other regions is told apart."""
    announcements = [(p, m) for p, m in published_front_matter() if slug in regions_of(m)]
    root = page(real_site.output, f"/regions/{slug}/")
    shown = totals(root)
    assert shown["Annonces"] == len(announcements)
    for name, (own, _) in expected_sums(announcements, ("region", slug)).items():
        assert shown_or_none(shown, LABELS[name]) == own, name


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_rate_per_100_000_uses_only_the_region_s_own_people(real_site, slug):
    """People trained or enrolled per 100 000 inhabitants: the region's own people, its 2024 population."""
    announcements = [(p, m) for p, m in published_front_matter() if slug in regions_of(m)]
    own, _ = expected_sums(announcements, ("region", slug))["reached"]
    population = VOCABULARY.regions[slug].population
    shown = totals(page(real_site.output, f"/regions/{slug}/"))
    rate = shown["Personnes formées ou inscrites pour 100 000 habitants (recensement 2024)"]
    expected = f"{own * 100_000 / population:.1f}".replace(".", ",") if own else "–"
    assert rate == expected


def test_no_shared_figure_is_counted_in_full_in_two_region_rows(real_site):
    """An announcement of several regions without a split adds its figure to no row: the rows never exceed the total."""
    rows = table_rows(page(real_site.output, "/regions/"))
    shared_announcements = [m for _, m in published_front_matter() if len(regions_of(m)) > 1]
    assert shared_announcements, "the real content has announcements of several regions"
    for column in (1, 2):  # engaged budget, people trained or enrolled
        own_sum = 0
        for cells in rows.values():
            values = [int(d.attrs["value"]) for d in cells[column].iter("data")
                      if "app-table__shared" not in d.parent.classes]
            own_sum += values[0] if values else 0
        total = page(real_site.output, "/regions/").find("tfoot").all("td")[column]
        assert own_sum <= (data_value(total) or 0)


@pytest.mark.parametrize("slug", REGION_SLUGS)
def test_every_region_page_lists_an_announcement(real_site, slug):
    """No region is left empty: each of the 12 regions, and the national level, lists an announcement."""
    cards = [h for h in page(real_site.output, f"/regions/{slug}/").iter() if "app-card__title" in h.classes]
    assert cards, slug
