"""What one build remembers, in one object: made when Pelican asks for the generators, dropped at the end.

Stores kept at module level and reset at different moments let a build see another's leftovers
(the pages of a build that failed half-way in the next sitemap, a reused id() matching a stale
entry). As pelican-plugins/sitemap keeps its state with its generator, each build here starts
with an empty Build and forgets it once its sitemap and search index are written.
"""

from dataclasses import dataclass, field


@dataclass
class Build:
    """The build under way."""

    vocabularies: dict = field(default_factory=dict)  # folder -> Vocabulary, read once per build
    pages: dict = field(default_factory=dict)  # sitemap: each HTML page written -> newest date it shows
    newest: dict = field(default_factory=dict)  # id(list) -> (the list, its newest date), lists held alive
    search: tuple = ()  # (Pagefind process, records folder) while the index is being built
    totals: dict = field(default_factory=dict)  # id(facet) -> (the facet, its rendered totals), facets held alive
    figures: dict = field(default_factory=dict)  # id(facts) -> (the facts, their figures), facts held alive


_build = None


def once(store, owner, compute):
    """compute(owner), made once per build: kept in store by owner's id, with owner held alive so
    that its id cannot be reused by another object meanwhile (nor an equal-looking one match)."""
    known = store.get(id(owner))
    if known is None or known[0] is not owner:
        known = store[id(owner)] = (owner, compute(owner))
    return known[1]


def begin():
    """Start a build with nothing remembered."""
    global _build
    _build = Build()
    return _build


def current():
    """The build under way (a fresh one when templates are rendered outside any build, as in tests)."""
    return _build if _build is not None else begin()


def end():
    """Forget the build that has finished."""
    global _build
    _build = None
