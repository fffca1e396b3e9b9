"""Related announcements: the fast ranking gives what its plain definition gives, on a large corpus."""

import random
from datetime import datetime, timedelta

import pytest

from announcements.facets import _recency_rank, related_to

COUNT = 5


class _Facet:
    """A region or programme: the announcements filed under it."""

    def __init__(self):
        self.articles = []
        self.members = frozenset()


class _Announcement:
    def __init__(self, slug, date, regions, programmes):
        self.slug, self.date, self.regions, self.programmes = slug, date, regions, programmes


def _corpus(size, regions, programmes):
    """Announcements with one or two regions, zero to two programmes, and many dates shared."""
    chance = random.Random(size * 1000 + programmes)
    regions = [_Facet() for _ in range(regions)]
    programmes = [_Facet() for _ in range(programmes)]
    start = datetime(2020, 1, 1)
    corpus = []
    for number in range(size):
        announcement = _Announcement(
            f"annonce-{chance.randrange(10**6):06d}-{number}",
            start + timedelta(days=chance.randrange(90)),
            chance.sample(regions, chance.choice([1, 1, 2])),
            chance.sample(programmes, chance.choice([0, 1, 1, 2])),
        )
        for facet in (*announcement.regions, *announcement.programmes):
            facet.articles.append(announcement)
        corpus.append(announcement)
    for facet in (*regions, *programmes):
        facet.members = frozenset(facet.articles)
    return corpus


def _score(one, other):
    shared_programmes = len(set(one.programmes) & set(other.programmes))
    return 2 * shared_programmes + len(set(one.regions) & set(other.regions))


def _by_definition(article, corpus):
    """Best score first (2 per shared programme, 1 per shared region), then newest, then by slug."""
    others = [other for other in corpus if other is not article and _score(article, other)]
    return sorted(others, key=lambda other: (-_score(article, other), -other.date.timestamp(), other.slug))[:COUNT]


# A dozen announcements (few candidates); many sharing each programme; few sharing each of many
# programmes, so that the fifth best often only shares regions.
SHAPES = [(12, 8, 12), (600, 8, 12), (600, 4, 120)]


@pytest.mark.parametrize("size, regions, programmes", SHAPES)
def test_related_announcements_follow_their_definition(size, regions, programmes):
    """Whatever the corpus, the lists are those of the plain definition."""
    corpus = _corpus(size, regions, programmes)
    rank = _recency_rank(corpus)
    for article in corpus:
        assert related_to(article, COUNT, rank) == _by_definition(article, corpus), article.slug


def test_the_corpora_meet_both_cases():
    """Some announcements have enough programme neighbours to skip the regions, others do not."""
    corpus = [article for shape in SHAPES[1:] for article in _corpus(*shape)]

    def enough(article):
        ceiling = len(article.regions)
        return sum(1 for other in corpus if other is not article and other.programmes and
                   set(other.programmes) & set(article.programmes) and _score(article, other) > ceiling) >= COUNT

    cases = {enough(article) for article in corpus}
    assert cases == {True, False}
