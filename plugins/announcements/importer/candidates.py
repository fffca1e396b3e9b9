"""One model for the figures and dates the importer weighs: a candidate with named features, one weight table.

Extractors (people.py, dates.py) find every value a sentence could give a field and describe it
by what is true of it — where it stands, what the words around it say — without scoring it. The
table below is the one place that says how much each feature counts; the best candidate of a
field is the one with the highest total, the first in the article among equals. Changing how
the importer weighs evidence is a change to this table, which tests/test_importer_candidates.py
checks feature by feature.
"""

from dataclasses import dataclass, field

# Field -> feature -> weight. A feature missing from a field's table is a bug (KeyError), not zero.
WEIGHTS = {
    "trainees": {
        "headline": 2,         # the figure is in the headline...
        "lead": 1,             # ...or in the lead paragraph
        "training_words": 2,   # the sentence speaks of training (« former », « accueillir », « promotion »)
        "goal_near": 1,        # « vise à former », « accueillera » just before the figure
        "done_near": -1,       # « a permis », « ont bénéficié », « pilote » just before it
        "past": -10,           # people trained before this announcement: a last resort
    },
    "jobs": {
        "headline": 2,
        "lead": 1,
    },
    "date": {
        "event_verbs": 3,      # the sentence says what happened (« signée », « inauguré », « lancé »)
        "headline_or_lead": 2,
        "day": 1,              # a day beats a month
        "long_before": -3,     # more than a few weeks before the article: background
        "background": -4,      # « Pour rappel, ... avait présenté »
    },
}


@dataclass(frozen=True)
class Candidate:
    """A value a sentence offers for a field, with what is true of it."""

    field: str
    value: object
    sentence: str
    note: str = ""
    features: frozenset = field(default_factory=frozenset)
    payload: object = None  # what the extractor needs back (e.g. the Found date), untouched

    @property
    def score(self):
        """The sum of the weights of the candidate's features, from the table."""
        table = WEIGHTS[self.field]
        return sum(table[feature] for feature in self.features)


def place_features(paragraph):
    """« headline » or « lead » for a sentence's paragraph number, else nothing."""
    return {"headline"} if paragraph == 0 else {"lead"} if paragraph == 1 else set()


def best(candidates):
    """The highest-scoring candidate, the first among equals; None when there is none."""
    return max(candidates, key=lambda candidate: candidate.score, default=None)
