"""What a figure counts: the controlled values of the *_scope, *_kind and *_period keys, in French words."""

# What an amount, a number of people or of jobs covers. Only `project` figures are ever added up:
# a strategy's envelope or a whole vocational centre's cost is not money for digital training.
SCOPES = {
    "project": "engagé pour un projet précis (une convention, un centre, une édition d'un programme)",
    "strategy": "enveloppe ou objectif d'une stratégie ou d'un plan pluriannuel",
    "wider_project": "projet plus large dont la formation au numérique n'est qu'une partie",
}
# Short words for facts boxes and lists.
SCOPE_WORDS = {
    "project": "engagés pour le projet",
    "strategy": "enveloppe d'une stratégie ou d'un plan",
    "wider_project": "coût d'un projet plus large que la formation au numérique",
}
PEOPLE_SCOPE_WORDS = {
    "project": "",
    "strategy": "chiffre d'une stratégie ou d'un plan",
    "wider_project": "tout le projet, pas seulement le numérique",
}

TRAINEE_KINDS = {
    "target": "objectif",
    "trained": "formées",
    "enrolled": "inscrites",
    "capacity": "capacité d'accueil",
}
PERIODS = {
    "total": "en tout",
    "per_year": "par an",
    "per_cohort": "par promotion",
}
JOB_KINDS = {
    "promised": "promis",
    "created": "créés",
}


def choices(values):
    """The allowed values of a controlled key, as the README and messages write them."""
    return ", ".join(f"`{value}`" for value in values)
