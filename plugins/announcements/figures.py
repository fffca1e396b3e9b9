"""What each figure of an announcement counts, and the totals that may honestly be made of them.

The one place where the rules of adding up live: the pages, the feeds and the open data all
read their totals and their descriptions of figures from here.

- Only figures of the same sum are added: money engaged for a precise project; people trained or
  enrolled; training targets; jobs promised; jobs created. A strategy's envelope, the cost of a
  wider project, a yearly or per-cohort figure, a capacity, or a figure without a kind is listed,
  never added.
- A facet (a region, a programme) gets a figure when the figure is its own: the announcement has
  that facet alone, or a budget part names it. A figure of an announcement with several regions
  (or programmes) that no part splits is shared: listed on each, added to none of their rows.
  The national total counts every announcement once, shared figures included.
- A partner gets the figures of every project it takes part in: what the projects are worth,
  not what the partner paid.
"""

from dataclasses import dataclass, field

from . import state
from .formatting import mad, number_fr
from .i18n import edition, ngettext
from .i18n import gettext as _
from .kinds import JOB_KINDS, PEOPLE_SCOPE_WORDS, PERIODS, SCOPE_WORDS, TRAINEE_KINDS


@dataclass(frozen=True)
class Figure:
    """One number of one announcement and what it counts."""

    measure: str  # budget, trainees or jobs
    value: int
    scope: str = ""  # project, strategy, wider_project; empty when not said
    kind: str = ""  # trainees: target, trained, enrolled, capacity; jobs: promised, created
    period: str = "total"  # trainees: total, per_year, per_cohort
    label: str = ""  # what a budget part funds, or the note of a number
    programme: str = ""  # the programme slug a budget part names
    region: str = ""  # the region slug a budget part names


# The sums a total may make, and the figures each one adds.
SUMS = {
    "committed": lambda f: f.measure == "budget" and f.scope == "project",
    "reached": lambda f: f.measure == "trainees" and f.kind in ("trained", "enrolled") and _whole_project_total(f),
    "targets": lambda f: f.measure == "trainees" and f.kind == "target" and _whole_project_total(f),
    "jobs_promised": lambda f: f.measure == "jobs" and f.kind == "promised" and f.scope == "project",
    "jobs_created": lambda f: f.measure == "jobs" and f.kind == "created" and f.scope == "project",
}


def _whole_project_total(figure):
    return figure.scope == "project" and figure.period == "total"


def sum_of(figure):
    """The name of the sum a figure is added to, or None when it is only listed."""
    return next((name for name, belongs in SUMS.items() if belongs(figure)), None)


def figures_of(facts):
    """Every figure of an announcement: its budget (or each budget part), its people, its jobs."""
    # Performance: each announcement's figures are read by a dozen totals (its facets, their years, the
    # open data); kept with the build, by the facts object itself (held alive, so its id stays its own).
    return state.once(state.current().figures, facts, _figures_of)


def _figures_of(facts):
    found = []
    if facts.budget_items:
        found += [Figure("budget", item.amount, item.scope, label=item.label, programme=item.programme,
                         region=item.region) for item in facts.budget_items]
    elif facts.budget is not None:
        found.append(Figure("budget", facts.budget, facts.budget_scope))
    if facts.trainees is not None:
        found.append(Figure("trainees", facts.trainees, facts.trainees_scope, facts.trainees_kind,
                            facts.trainees_period or "", facts.trainees_note))
    if facts.jobs is not None:
        found.append(Figure("jobs", facts.jobs, facts.jobs_scope, facts.jobs_kind, label=facts.jobs_note))
    return tuple(found)


def owner(figure, facts, facet_type, slug):
    """Whose figure it is, seen from one facet: "own", "shared" (several facets, no split) or None (another's)."""
    if facet_type not in ("region", "programme"):
        return "own"  # the whole country, or a partner taking part in the whole project
    named = getattr(figure, facet_type)
    if named:
        return "own" if named == slug else None
    facets = getattr(facts, facet_type)
    if slug not in facets:
        return None
    return "own" if len(facets) == 1 else "shared"


@dataclass(frozen=True)
class Sum:
    """A sum of like figures, and how many announcements it adds."""

    value: int = 0
    count: int = 0


@dataclass(frozen=True)
class Listed:
    """A figure shown beside the totals but not added: its announcement, and whether it is shared."""

    article: object
    figure: Figure
    shared: bool = False


@dataclass(frozen=True)
class Totals:
    """What can be added up over a set of announcements, each counted once, and what cannot."""

    count: int = 0
    sums: dict = field(default_factory=dict)  # sum name -> Sum, the facet's own figures only
    shared: dict = field(default_factory=dict)  # sum name -> Sum of shared figures, in no row's sums
    listed: tuple = ()  # Listed figures: not added, or shared

    def __getattr__(self, name):
        # t.committed, t.reached...: a template reads a sum by its name; Sum() when none was made.
        if name in SUMS:
            return self.sums.get(name, Sum())
        raise AttributeError(name)

    def shared_sum(self, name):
        """The sum of the shared figures of one kind, Sum() when there is none."""
        return self.shared.get(name, Sum())

    @classmethod
    def of(cls, articles, facet_type=None, slug=None):
        """Totals of announcements as one facet sees them (none: the whole country)."""
        unique = list({id(article): article for article in articles}.values())
        sums, shared, listed = {}, {}, []
        for article in unique:
            own_sums, shared_sums = set(), set()
            for figure in figures_of(article.facts):
                whose = owner(figure, article.facts, facet_type, slug)
                if whose is None:
                    continue
                name = sum_of(figure)
                if whose == "shared" or name is None:
                    listed.append(Listed(article, figure, whose == "shared"))
                target, names = (sums, own_sums) if whose == "own" else (shared, shared_sums)
                if name is not None:
                    target[name] = Sum(target.get(name, Sum()).value + figure.value, target.get(name, Sum()).count)
                    names.add(name)
            for target, names in ((sums, own_sums), (shared, shared_sums)):
                for name in names:
                    target[name] = Sum(target[name].value, target[name].count + 1)
        return cls(len(unique), sums, shared, tuple(listed))


def qualifiers(figure):
    """What a figure counts, in words: ["objectif", "en tout"], ["engagés pour le projet"]."""
    if figure.measure == "budget":
        words = [SCOPE_WORDS.get(figure.scope, _("ce que couvre le montant n'est pas dit"))]
    elif figure.measure == "trainees":
        words = [TRAINEE_KINDS.get(figure.kind, _("nature non dite")), PERIODS.get(figure.period, "")]
    else:
        words = [JOB_KINDS.get(figure.kind, _("nature non dite"))]
    if figure.measure != "budget":
        words.append(PEOPLE_SCOPE_WORDS.get(figure.scope, ""))
    # The words are French (kinds.py): the edition's catalogue gives them in its language.
    return [_(word) for word in words if word]


def describe(figure):
    """A figure in words, saying what it counts: « 6 millions de dirhams (engagés pour le projet) — écoles »."""
    if figure.measure == "budget":
        amount, label = mad(figure.value), f" — {figure.label}" if figure.label else ""
    else:
        if figure.measure == "trainees":
            amount = ngettext("%(people)s personne", "%(people)s personnes", figure.value)
        else:
            amount = ngettext("%(jobs)s emploi", "%(jobs)s emplois", figure.value)
        amount, label = amount % {"people": number_fr(figure.value), "jobs": number_fr(figure.value)}, ""
    return f"{amount} ({edition().comma.join(qualifiers(figure))}){label}"
