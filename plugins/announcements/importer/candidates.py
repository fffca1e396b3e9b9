"""One model for the figures and dates the importer weighs: a candidate with named features, one weight table.

Extractors (people.py, dates.py, places.py) find every value a sentence could give a field and describe it
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
        "past": -16,           # people trained before this announcement: a last resort
        "achieved": -3,        # « a formé 2 000 jeunes », « formés en cinq ans »: a record, not this action
        "capacity": -1,        # « une capacité de 150 à 250 »: the room; the people of a promotion come first
        "promotion": 1,        # « la première promotion compte 90 élèves », « une promotion de 150 étudiants »
        "horizon": -3,         # « 600 développeurs d'ici 2030 »: a goal years away; this cohort's people come first
        "next_edition": -3,    # « la deuxième cohorte, prévue pour l'automne, avec 600 places »: the next one's
        "country": -3,         # « 20 000 talents formés à l'échelle du pays »: the whole country's, unless alone
        "corrected": 2,        # « Rectificatif : … compte en réalité 240 étudiantes »: the figure put right wins
        "elsewhere": -5,       # « Et à Safi, son antenne accueille 200 apprenants »: another town's site, below a goal
        "scene": -3,           # in a paragraph giving the census or unemployment: the land's figures
        "upper_year": -3,      # « la promotion de deuxième année (156 apprenants) »: last year's intake, not this one
        "answered": 2,         # « Combien de jeunes ? — Deux cent quarante jeunes… »: the figure the question asked
        "summed": 4,           # « trois sessions de 30 jeunes, soit 90 bénéficiaires »: the whole the parts make
        "whole_school": -3,    # « l'ISTA accueille par ailleurs 1 900 stagiaires »: the school's roll, not this track's
        "per_sitting": -3,     # « 24 élèves par séance », « 12 par atelier »: one sitting's group, not all trained
        "part_unit": -2,       # « le pôle digital accueille 260 stagiaires »: one part of the school's people
        "best_of": -3,         # « les meilleurs participants, soit 160 jeunes, iront au hackathon »: a few of them
    },
    "jobs": {
        "headline": 2,
        "lead": 1,
        "itself": 2,           # « L'académie elle-même doit déboucher sur 200 embauches »: set apart from a whole's
        "reminder": -3,        # « Pour rappel, le groupe vise 1 000 recrutements »: background, unless alone
        "indirect": -2,        # « 200 emplois indirects » beside « recruter 100 stagiaires »: the hires come first
        "past_promise": -4,    # « un partenaire qui s'engageait à recruter 40 lauréats »: a promise of before
    },
    "date": {
        "event_verbs": 3,      # the sentence says what happened (« signée », « inauguré », « lancé »)
        "headline_or_lead": 2,
        "day": 1,              # a day beats a month
        "long_before": -3,     # more than a few weeks before the article: background
        "background": -4,      # « Pour rappel, ... avait présenté »
        "reported": -5,        # « a-t-on appris jeudi »: when the news was told; the event only if nothing else is
        "ahead": -4,           # an imminent event announced (« lancé demain »): any day already told comes first
        "told_that_day": 0,    # « L'annonce a été faite ce mardi »: reported, when an event to come is told
        "announced": 0,        # the same, in an article whose headline announces it (« Save the date »)
        "approximate": -1,     # « il y a une semaine »: weeks counted roughly; a day told elsewhere comes first
        "postponed_to": 4,     # « reportée au mardi 4 novembre »: the event's new day, before the day it was told
    },
    # Regions add up the weight of every mention of their places (places.locate); the mention's own
    # weight is then multiplied by where it stands (REGION_FACTORS).
    "region": {
        "dateline": 5.0,       # « Oujda (MAP) – »: where the dispatch comes from
        "region": 3.0,         # the region named
        "commune": 1.5,        # one of its communes
        "province": 1.0,       # one of its provinces
        "big_commune": 0.5,    # a commune of 100 000 people or more, rarely a passing mention
        "project_place": 3.0,  # « un centre qui ouvrira à Midelt »: where the project will be, beyond the signing
        "listed_site": -1.0,   # a commune in a list of three or more (« des groupes à Oujda, Nador et Taza »): served
    },
    # A programme the vocabularies do not know, named in the article (initiatives.named).
    "programme": {
        "lead_name": 3,        # named in the headline or lead, or baptised in the first paragraphs
        "later_name": 1,       # named further down, with the news of its launch or signing
        "figures": 2,          # its paragraph gives money or people (« 300 places », « 8 millions de dirhams »)
        "unlaunched": -2,      # named further down without its launch: only its paragraph's figures speak for it
        "event": -10,          # a contest, a fair, a show, a team: what happens around a programme, never one
        "contest_headline": 0,  # a coding contest the headline names (« Hack'Safi 2025 — … »): kept when no other is
        "host_school": -5,     # « les élèves de l'école Al Massira »: a school of pupils that a programme visits
    },
    # The city: the commune with most weight among the chosen regions (places._city).
    "city": {
        "dateline": 5,
        "headline": 3,
        "lead": 1.5,
        "body": 1,
        "event_place": 6,      # « inauguré mardi à Tiznit »: where it happened beats the dispatch's desk
        "project_place": 3,    # « qui ouvrira à Midelt »
        "commune_named": 2,    # « la commune de Tahannaout accueille le centre », in the lead: named as a commune
        "council_seat": 0.5,   # « sa session, tenue mardi à Tanger »: the council's seat, when no other town is named
        "headline_at": 3,      # « … initie 650 élèves à Taghjijt »: the headline says where, beyond the desk's dateline
    },
}
# Where a region's mention stands multiplies its weight: the headline and the lead set the subject.
REGION_FACTORS = {"headline": 2.0, "lead": 1.5, "body": 1.0}


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
