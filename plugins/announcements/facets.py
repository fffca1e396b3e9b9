"""Regions, programmes and partners as pages gathering announcements, with honest totals."""

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from pelican.urlwrappers import URLWrapper

from . import i18n
from .figures import Totals


class Facet(URLWrapper):
    """A page of announcements sharing one vocabulary term; other attributes come from the term."""

    def __init__(self, term, settings):
        # The name in the edition's language: the Arabic edition shows name_ar when there is one.
        super().__init__(i18n.localized(term.name, term.name_ar), settings)
        self.slug = term.slug
        self.term = term
        self.articles = []
        self.totals = Totals()
        self.related = {}

    def __getattr__(self, name):
        # Called only for attributes the facet lacks: name_ar, population, kind...
        if name.startswith("__") or "term" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.term, name)

    # Performance: URLWrapper recomputes these from settings at every access (thousands of
    # times per build, once per announcement card); a facet's slug never changes, so compute once.
    url = cached_property(URLWrapper.url.fget)
    save_as = cached_property(URLWrapper.save_as.fget)
    page_name = cached_property(URLWrapper.page_name.fget)

    @cached_property
    def members(self):
        """Its announcements as a set (for related_to, once every announcement has its facets)."""
        return frozenset(self.articles)

    @property
    def latest(self):
        """The newest announcement, or None."""
        return self.articles[0] if self.articles else None

    @property
    def feed_url(self):
        """The URL of the facet's Atom feed, or None when the site writes none."""
        pattern = self.settings.get(f"{type(self).__name__.upper()}_FEED_ATOM")
        return pattern.format(slug=self.slug) if pattern else None


class Region(Facet):
    """A region of Morocco, or the national level."""

    facet_type = "region"


class Programme(Facet):
    """A programme or scheme."""

    facet_type = "programme"


class Partner(Facet):
    """An organisation taking part in announcements."""

    facet_type = "partner"


@dataclass
class FacetIndex:
    """Every facet of the site, in display order, and the totals of all announcements."""

    regions: list
    programmes: list
    partners: list
    totals: Totals

    def all(self):
        """Every facet, regions first."""
        return [*self.regions, *self.programmes, *self.partners]


def _newest_first(articles):
    return sorted(articles, key=lambda article: (article.date, article.slug), reverse=True)


def _co_occurring(facet, attribute):
    """Facets of another kind met in a facet's announcements, most frequent first."""
    counts = Counter(other for article in facet.articles for other in getattr(article, attribute))
    return sorted(counts, key=lambda other: (-counts[other], other.name))


def build_index(articles, vocabulary, settings):
    """Group published announcements by facet and attach facet objects to each announcement."""
    regions = {term.slug: Region(term, settings) for term in vocabulary.regions}
    programmes = {term.slug: Programme(term, settings) for term in vocabulary.programmes}
    partners = {term.slug: Partner(term, settings) for term in vocabulary.partners}
    ordered = _newest_first(articles)
    for article in ordered:
        facts = article.facts
        article.regions = [regions[slug] for slug in facts.region]
        article.programmes = [programmes[slug] for slug in facts.programme]
        article.partners = [partners[slug] for slug in facts.partners]
        for facet in (*article.regions, *article.programmes, *article.partners):
            facet.articles.append(article)
    for facet in (*regions.values(), *programmes.values(), *partners.values()):
        facet.totals = Totals.of(facet.articles, facet.facet_type, facet.slug)
    for facet in regions.values():
        facet.related = {"programmes": _co_occurring(facet, "programmes"), "partners": _co_occurring(facet, "partners")}
    for facet in programmes.values():
        facet.related = {"regions": _co_occurring(facet, "regions"), "partners": _co_occurring(facet, "partners")}
    for facet in partners.values():
        facet.related = {"regions": _co_occurring(facet, "regions"), "programmes": _co_occurring(facet, "programmes")}
    count = settings.get("ANNOUNCEMENTS_RELATED_COUNT", 5)
    rank = _recency_rank(ordered)
    for article in ordered:
        article.related = related_to(article, count, rank)
        # Performance: Pelican formats an article's URL from its metadata at every access
        # (about 20 times per announcement: cards, feeds, open data). Its slug and date are
        # final here, so freeze it with Pelican's own override, as a `url:` metadata would.
        article.override_url = article.url
    return FacetIndex(
        regions=list(regions.values()),  # HCP order, national last
        programmes=sorted((p for p in programmes.values() if p.articles), key=lambda p: p.name.casefold()),
        partners=sorted((p for p in partners.values() if p.articles), key=lambda p: p.name.casefold()),
        totals=Totals.of(ordered),
    )


def _recency_rank(articles):
    """Each announcement's place in the order newest first, then by slug: {article: place}."""
    by_slug = sorted(articles, key=lambda article: article.slug)
    newest_first = sorted(by_slug, key=lambda article: article.date, reverse=True)  # stable
    return {article: place for place, article in enumerate(newest_first)}


def related_to(article, count, rank=None):
    """Other announcements sharing a programme (weighs more) or a region, best first.

    Ranked by score (2 per shared programme, 1 per shared region), then newest first, then
    by slug. `rank` is _recency_rank of every announcement, computed once by build_index.
    """
    if rank is None:
        facets = (*article.programmes, *article.regions)
        rank = _recency_rank({other: None for facet in facets for other in facet.articles})
    # Performance: regions are big (up to 800 announcements at N = 5000). Sharing regions
    # alone scores at most one point per region of the announcement: when enough announcements
    # sharing a programme score more, they are the best ones, and no other needs counting.
    scores = Counter()
    for facet in article.programmes:
        scores.update(facet.articles)
        scores.update(facet.articles)  # a programme weighs 2
    scores.pop(article, None)
    sharing = set(scores)  # the announcements sharing a programme
    for facet in article.regions:
        scores.update(sharing & facet.members)
    ceiling = len(article.regions)
    candidates = [other for other, score in scores.items() if score > ceiling]
    if len(candidates) < count:  # announcements sharing only regions may rank: count them too
        for facet in article.regions:
            scores.update(facet.members - sharing)
        scores.pop(article, None)
        candidates = scores
    return _best(candidates, scores, rank, count)


def _best(candidates, scores, rank, count):
    """The `count` best candidates: by score, then newest first, then by slug.

    Counter.update and sorts keyed by dict lookups run in C; sorting by recency, then by score (a
    stable sort), gives the order of a single sort on (-score, -timestamp, slug).
    """
    newest_first = sorted(candidates, key=rank.__getitem__)
    return sorted(newest_first, key=scores.__getitem__, reverse=True)[:count]
