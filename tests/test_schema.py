"""Every front-matter rule of schema.FIELDS and validate(), one case per rule."""

import datetime

import pytest

from announcements.schema import FIELDS, BudgetItem, Context, Source, validate

TODAY = datetime.date(2024, 1, 1)
VALID = {
    "title": "Une école de code ouvre à Oujda",
    "date": datetime.date(2023, 10, 5),
    "region": "oriental",
    "source": {"name": "Journal d'essai"},
}
MISSING = object()


@pytest.fixture
def context(vocabulary):
    """Checks run as on 1 January 2024, refusing dates more than 30 days later."""
    return Context(vocabulary=vocabulary, today=TODAY, horizon_days=30)


def check(context, **changes):
    """Validate the valid announcement with some keys changed (MISSING removes one)."""
    metadata = {**VALID, **changes}
    return validate({key: value for key, value in metadata.items() if value is not MISSING}, context)


def errors(problems):
    """The problems that keep an announcement out of the site."""
    return [problem for problem in problems if problem.severity == "error"]


def test_valid_minimal_announcement_has_no_problem(context):
    """Title, date, region and source name are enough."""
    facts, problems = check(context)
    assert problems == []
    assert facts.region == ("oriental",)
    assert facts.source == Source(name="Journal d'essai")


FAULTS = [
    # (case id, changes, field, part of the message)
    ("title missing", {"title": MISSING}, "title", "champ obligatoire manquant"),
    ("date missing", {"date": MISSING}, "date", "champ obligatoire manquant"),
    ("region missing", {"region": MISSING}, "region", "champ obligatoire manquant"),
    ("source missing", {"source": MISSING}, "source", "champ obligatoire manquant"),
    ("title blank", {"title": "   "}, "title", "ne doit pas être vide"),
    ("title not text", {"title": ["a", "b"]}, "title", "doit être un texte"),
    ("date impossible", {"date": "2022-02-30"}, "date", "n'existe pas dans le calendrier"),
    ("date in words", {"date": "5 octobre 2022"}, "date", "écrivez AAAA-MM-JJ"),
    ("date as number", {"date": 20221005}, "date", "écrivez AAAA-MM-JJ"),
    ("date beyond horizon", {"date": datetime.date(2024, 2, 1)}, "date", "est dans le futur (au-delà du 2024-01-31)"),
    ("date_precision unknown", {"date_precision": "week"}, "date_precision", "choisir parmi day, month, year"),
    ("region near miss", {"region": "souss massa"}, "region", "région inconnue 'souss massa' — vouliez-vous dire 'souss-massa'"),
    ("region alias not a slug", {"region": "Région de l'Oriental"}, "region", "vouliez-vous dire 'oriental'"),
    ("region twice", {"region": ["oriental", "oriental"]}, "region", "cité deux fois"),
    ("region list empty", {"region": []}, "region", "la liste est vide"),
    ("national with a region", {"region": ["national", "oriental"]}, "region", "ne se combine pas avec des régions"),
    ("programme unknown", {"programme": "Codelabb"}, "programme", "programme inconnu 'Codelabb' — vouliez-vous dire 'codelab'"),
    ("programme unknown file", {"programme": "Tout autre chose"}, "programme", "ajoutez-le à data/programmes.yaml"),
    ("partners not a list", {"partners": "ABC"}, "partners", "doit être une liste"),
    ("partners unknown", {"partners": ["Société Imaginaire"]}, "partners", "ajoutez-le à data/partners.yaml"),
    ("partner by acronym and alias", {"partners": ["ABC", "Groupe ABC"]}, "partners", "cité deux fois"),
    ("budget in words", {"budget": "13,3 millions"}, "budget", "écrivez le nombre en chiffres"),
    ("budget negative", {"budget": -5}, "budget", "-5 est négatif"),
    ("budget decimals", {"budget": 13.3}, "budget", "sans décimales"),
    ("budget boolean", {"budget": True}, "budget", "doit être un nombre entier"),
    ("budget_items not a list", {"budget": 5, "budget_items": 5}, "budget_items", "doit être une liste"),
    ("budget_items no amount", {"budget": 5, "budget_items": [{"label": "x"}]}, "budget_items", "élément 1 : attendu « amount"),
    ("budget_items bad amount", {"budget": 5, "budget_items": [{"amount": "5 DH", "label": "x"}]}, "budget_items", "élément 1 : '5 DH'"),
    (
        "budget_items sum differs",
        {"budget": 17_000_000, "budget_items": [{"amount": 13_300_000, "label": "a"}, {"amount": 3_900_000, "label": "b"}]},
        "budget_items",
        "la somme des montants (17200000) n'égale pas budget (17000000)",
    ),
    ("budget_items without budget", {"budget_items": [{"amount": 300, "label": "a"}]}, "budget_items", "ajoutez « budget: 300 »"),
    ("trainees negative", {"trainees": -1}, "trainees", "est négatif"),
    ("trainees decimals", {"trainees": 12.5}, "trainees", "sans décimales"),
    ("trainees with spaces", {"trainees": "2 000"}, "trainees", "écrivez le nombre en chiffres"),
    ("jobs negative", {"jobs": -3}, "jobs", "est négatif"),
    ("jobs in words", {"jobs": "mille"}, "jobs", "écrivez le nombre en chiffres"),
    ("topics not a list", {"topics": "ia"}, "topics", "doit être une liste"),
    ("source not a record", {"source": "Journal"}, "source", "attendu « name: »"),
    ("source without name", {"source": {"url": "https://exemple.ma/a"}}, "source", "le nom de la publication (name) manque"),
    ("source unknown key", {"source": {"name": "J", "link": "https://exemple.ma"}}, "source", "clé inconnue 'link'"),
    ("source url not web", {"source": {"name": "J", "url": "ftp://exemple.ma/a"}}, "source", "n'est pas une adresse web"),
    ("source url no host", {"source": {"name": "J", "url": "https:///a"}}, "source", "n'est pas une adresse web"),
    ("other_sources not a list", {"other_sources": {"name": "J"}}, "other_sources", "doit être une liste"),
    ("other_sources without name", {"other_sources": [{"url": "https://exemple.ma"}]}, "other_sources", "(name) manque"),
    ("status unknown", {"status": "publié"}, "status", "choisir parmi published, draft"),
    ("slug with capitals", {"slug": "Mon_Annonce"}, "slug", "seulement des minuscules"),
    ("unknown key near miss", {"regoin": "oriental"}, "regoin", "clé inconnue — vouliez-vous dire 'region' ?"),
    ("html in title", {"title": "Une <b>grande</b> école"}, "title", "HTML ou script interdit"),
    ("script in summary", {"summary": "<script>alert(1)</script>"}, "summary", "HTML ou script interdit"),
    ("javascript url", {"source": {"name": "J", "url": "javascript:alert(1)"}}, "source", "HTML ou script interdit"),
    ("html in a note", {"trainees_note": "<img src=x onerror=alert(1)>"}, "trainees_note", "HTML ou script interdit"),
    ("html in city", {"city": "<i>Oujda</i>"}, "city", "HTML ou script interdit"),
    ("html in an item label", {"budget": 5, "budget_items": [{"amount": 5, "label": "<u>x</u>"}]}, "budget_items", "HTML ou script interdit"),
    ("html in a topic", {"topics": ["<em>ia</em>"]}, "topics", "HTML ou script interdit"),
    ("html in other source", {"other_sources": [{"name": "<a href=x>J</a>"}]}, "other_sources", "HTML ou script interdit"),
]


@pytest.mark.parametrize(("changes", "field", "message"), [case[1:] for case in FAULTS], ids=[case[0] for case in FAULTS])
def test_fault_is_reported_on_its_field_with_its_reason(context, changes, field, message):
    """Each broken rule gives exactly one problem, on the right field, saying what is wrong."""
    _, problems = check(context, **changes)
    problems = errors(problems)
    assert [problem.field for problem in problems] == [field]
    assert message in problems[0].message


ACCEPTED = [
    # (case id, changes, Facts attribute, expected value)
    ("date as datetime", {"date": datetime.datetime(2023, 10, 5, 0, 0)}, "date_precision", "day"),
    ("date as text", {"date": "2023-10-05"}, "region", ("oriental",)),
    ("date at the horizon", {"date": datetime.date(2024, 1, 31)}, "region", ("oriental",)),
    ("month precision", {"date_precision": "month"}, "date_precision", "month"),
    ("two regions", {"region": ["oriental", "fes-meknes"]}, "region", ("oriental", "fes-meknes")),
    ("national alone", {"region": "national"}, "region", ("national",)),
    ("programme by alias", {"programme": "Data-Talents"}, "programme", ("data-talents",)),
    ("programme by name, any case", {"programme": ["codelab jeunes", "Cyber Campus"]}, "programme", ("codelab", "cyber-campus")),
    ("partner by acronym", {"partners": ["ABC"]}, "partners", ("abc",)),
    ("partner by alias", {"partners": ["Groupe ABC"]}, "partners", ("abc",)),
    ("partner by apostrophe variant", {"partners": ["Université de l'Atlas"]}, "partners", ("universite-atlas",)),
    ("budget zero", {"budget": 0}, "budget", 0),
    (
        "budget_items summing to budget",
        {"budget": 13_300_000, "budget_items": [{"amount": 10_000_000, "label": "a"}, {"amount": 3_300_000, "label": "b"}]},
        "budget_items",
        (BudgetItem(10_000_000, "a"), BudgetItem(3_300_000, "b")),  # no scope said: a warning
    ),
    ("topics lowercased", {"topics": ["IA", "Cybersécurité"]}, "topics", ("ia", "cybersécurité")),
    (
        "full source",
        {"source": {"name": "J", "url": "http://exemple.ma/a", "date": "2023-10-06"}},
        "source",
        Source("J", "http://exemple.ma/a", datetime.date(2023, 10, 6)),
    ),
    ("other sources", {"other_sources": [{"name": "K", "url": "https://k.ma"}]}, "other_sources", (Source("K", "https://k.ma"),)),
    ("ampersand and quotes are plain text", {"city": 'Fès & "Meknès"'}, "city", 'Fès & "Meknès"'),
]


@pytest.mark.parametrize(("changes", "attribute", "expected"), [case[1:] for case in ACCEPTED], ids=[case[0] for case in ACCEPTED])
def test_accepted_value_is_normalised_into_facts(context, changes, attribute, expected):
    """Valid values give no problem and land in Facts in canonical form (vocabulary slugs)."""
    facts, problems = check(context, **changes)
    assert errors(problems) == []
    assert getattr(facts, attribute) == expected


def test_status_and_slug_accept_their_valid_forms(context):
    """status draft/published and a lowercase hyphenated slug are accepted."""
    for status in ("draft", "published"):
        assert check(context, status=status, slug="ecole-de-code-2023")[1] == []


def test_every_problem_is_reported_at_once(context):
    """Several faults give one problem each, not just the first."""
    _, problems = check(context, title=MISSING, region="atlantide", budget="beaucoup", regoin="x", status="en ligne")
    assert sorted(problem.field for problem in problems) == ["budget", "region", "regoin", "status", "title"]


def test_every_field_has_a_kind_and_help_for_editors():
    """Each FIELDS entry explains its type and meaning, and the four required ones are the expected ones."""
    assert all(field.kind and field.help for field in FIELDS)
    assert {field.name for field in FIELDS if field.required} == {"title", "date", "region", "source"}


KIND_FAULTS = [
    ("budget_scope unknown", {"budget": 5, "budget_scope": "engagé"}, "budget_scope", "choisir parmi project, strategy, wider_project"),
    ("trainees_kind unknown", {"trainees": 5, "trainees_kind": "formés", "trainees_period": "total"}, "trainees_kind", "choisir parmi target, trained"),
    ("trainees_period unknown", {"trainees": 5, "trainees_kind": "target", "trainees_period": "annuel"}, "trainees_period", "choisir parmi total, per_year, per_cohort"),
    ("jobs_kind unknown", {"jobs": 5, "jobs_kind": "directs"}, "jobs_kind", "choisir parmi promised, created"),
    ("kind without its number", {"trainees_kind": "target"}, "trainees_kind", "trainees_kind sans trainees"),
    ("scope without budget", {"budget_scope": "project"}, "budget_scope", "budget_scope sans budget"),
    ("item scope unknown", {"budget": 5, "budget_items": [{"amount": 5, "label": "a", "scope": "tout"}]}, "budget_items", "élément 1 : 'tout' n'est pas permis"),
    ("item key unknown", {"budget": 5, "budget_items": [{"amount": 5, "label": "a", "programmes": "CodeLab"}]}, "budget_items", "élément 1 : attendu"),
    ("item programme unknown", {"budget": 5, "budget_scope": "project", "budget_items": [{"amount": 5, "label": "a", "programme": "Nulle part"}]}, "budget_items", "programme inconnu 'Nulle part'"),
    (
        "item programme not the announcement's",
        {"budget": 5, "budget_scope": "project", "programme": "CodeLab", "budget_items": [{"amount": 5, "label": "a", "programme": "Cyber Campus"}]},
        "budget_items",
        "élément 1 : le programme 'cyber-campus' n'est pas dans `programme`",
    ),
    (
        "item region not the announcement's",
        {"budget": 5, "budget_scope": "project", "budget_items": [{"amount": 5, "label": "a", "region": "souss-massa"}]},
        "budget_items",
        "élément 1 : la région 'souss-massa' n'est pas dans `region`",
    ),
]


@pytest.mark.parametrize(("changes", "field", "message"), [case[1:] for case in KIND_FAULTS], ids=[case[0] for case in KIND_FAULTS])
def test_a_wrong_kind_is_an_error_on_its_field(context, changes, field, message):
    """A kind outside its controlled values, a kind without its number, a part that names another's programme."""
    _, problems = check(context, **changes)
    problems = errors(problems)
    assert [problem.field for problem in problems] == [field]
    assert message in problems[0].message


@pytest.mark.parametrize(
    ("changes", "warned"),
    [
        ({"budget": 5}, ["budget_scope"]),
        ({"budget": 5, "budget_items": [{"amount": 2, "label": "a", "scope": "project"}, {"amount": 3, "label": "b"}]}, ["budget_scope"]),
        ({"trainees": 5}, ["trainees_kind", "trainees_period"]),
        ({"trainees": 5, "trainees_kind": "capacity"}, ["trainees_period"]),
        ({"jobs": 5}, ["jobs_kind"]),
        ({"budget": 5, "budget_scope": "strategy", "trainees": 5, "trainees_kind": "target", "trainees_period": "per_year",
          "jobs": 5, "jobs_kind": "promised"}, []),
        ({"budget": 5, "budget_items": [{"amount": 2, "label": "a", "scope": "project"},
                                        {"amount": 3, "label": "b", "scope": "wider_project"}]}, []),
    ],
    ids=["budget", "a part without scope", "trainees", "trainees without period", "jobs", "all said", "every part said"],
)
def test_a_figure_that_does_not_say_what_it_counts_is_a_warning(context, changes, warned):
    """check warns about each figure without its kind, and only then."""
    _, problems = check(context, **changes)
    assert errors(problems) == []
    assert [problem.field for problem in problems if problem.severity == "warning"] == warned


def test_budget_parts_inherit_the_budget_scope_and_may_name_their_programme_and_region(context):
    """A part without scope takes budget_scope; programme (by alias) and region are kept as slugs."""
    facts, problems = check(
        context, region=["oriental", "fes-meknes"], programme=["CodeLab", "Data-Talents"], budget=5, budget_scope="project",
        budget_items=[{"amount": 2, "label": "a", "programme": "Programme CodeLab", "region": "oriental"},
                      {"amount": 3, "label": "b", "scope": "wider_project"}],
    )
    assert problems == []
    assert facts.budget_items == (
        BudgetItem(2, "a", "project", "codelab", "oriental"),
        BudgetItem(3, "b", "wider_project", "", ""),
    )


def test_parts_of_different_scopes_leave_the_budget_without_one(context):
    """When the parts differ, the budget as a whole has no single scope: the parts say it."""
    facts, _ = check(context, budget=5, budget_items=[{"amount": 2, "label": "a", "scope": "project"},
                                                      {"amount": 3, "label": "b", "scope": "strategy"}])
    assert facts.budget_scope == ""
    same, _ = check(context, budget=5, budget_items=[{"amount": 5, "label": "a", "scope": "strategy"}])
    assert same.budget_scope == "strategy"
