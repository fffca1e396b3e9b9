"""Synthetic announcements for the build-speed benchmark: valid for the schema, never in content/.

`write_corpus(folder, count, seed)` writes `folder/annonces/<year>/<date>-<slug>.md` files whose
front matter uses the real region slugs and the programme and partner names of data/*.yaml (read
when the benchmark runs, so that it follows the vocabularies), budgets, trainees, a source with a
name and a URL unique to its file, a summary, and a body of 3 to 5 paragraphs of generic French
text. Dates are spread over 2018-2025. The same seed gives the same files.
"""

import datetime
import json
import random
import sys
from pathlib import Path

from slugify import slugify

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from announcements.vocabulary import NATIONAL, load_vocabulary  # noqa: E402

FIRST_DAY = datetime.date(2018, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)

# A few towns per region slug; a region missing here simply gets no `city`.
CITIES = {
    "tanger-tetouan-al-hoceima": ["Tanger", "Tétouan", "Al Hoceïma", "Larache", "Chefchaouen"],
    "oriental": ["Oujda", "Nador", "Berkane", "Taourirt", "Jerada"],
    "fes-meknes": ["Fès", "Meknès", "Taza", "Ifrane", "Sefrou"],
    "rabat-sale-kenitra": ["Rabat", "Salé", "Kénitra", "Témara", "Khémisset"],
    "beni-mellal-khenifra": ["Béni Mellal", "Khouribga", "Khénifra", "Fquih Ben Salah"],
    "casablanca-settat": ["Casablanca", "Mohammédia", "El Jadida", "Settat", "Berrechid"],
    "marrakech-safi": ["Marrakech", "Safi", "Essaouira", "Ben Guérir", "Youssoufia"],
    "draa-tafilalet": ["Errachidia", "Ouarzazate", "Midelt", "Tinghir", "Zagora"],
    "souss-massa": ["Agadir", "Inezgane", "Taroudant", "Tiznit", "Taghazout"],
    "guelmim-oued-noun": ["Guelmim", "Tan-Tan", "Sidi Ifni"],
    "laayoune-sakia-el-hamra": ["Laâyoune", "Boujdour", "Es-Semara"],
    "dakhla-oued-ed-dahab": ["Dakhla", "Aousserd"],
}
# Big regions get more announcements, as in the press: it also makes related_to's work realistic.
REGION_WEIGHTS = {"casablanca-settat": 6, "rabat-sale-kenitra": 5, "marrakech-safi": 3, "fes-meknes": 3, "tanger-tetouan-al-hoceima": 3, "oriental": 2, "souss-massa": 2}
PRESS = [
    ("MAP Express", "mapexpress.ma"), ("Le360", "fr.le360.ma"), ("Médias24", "medias24.com"),
    ("L’Économiste", "leconomiste.com"), ("Hespress FR", "fr.hespress.com"), ("TelQuel", "telquel.ma"),
    ("Le Matin", "lematin.ma"), ("L’Opinion", "lopinion.ma"), ("Aujourd’hui le Maroc", "aujourdhui.ma"),
    ("LesEco.ma", "leseco.ma"), ("H24info", "h24info.ma"), ("Maroc Diplomatique", "maroc-diplomatique.net"),
]
TOPICS = [
    "programmation", "intelligence artificielle", "cybersécurité", "développement logiciel",
    "analyse de données", "cloud", "startups", "robotique", "réseaux", "compétences numériques",
    "industrie 4.0", "offshoring", "e-gouvernement", "design numérique",
]
ACTIONS = [
    "signe une convention pour", "lance", "inaugure", "annonce", "étend", "renforce",
    "ouvre les inscriptions de", "présente la nouvelle promotion de", "finance", "accueille",
]
OBJECTS = [
    "un centre de formation au numérique", "une école de code", "un campus de formation",
    "des parcours certifiants", "un programme de reconversion", "un incubateur de talents",
    "des ateliers de programmation", "un pôle de compétences en données", "une académie du cloud",
    "des bourses de formation", "un laboratoire d’intelligence artificielle",
]
SUBJECTS = [
    "Le conseil régional", "La convention", "Le programme", "Le centre", "Le partenariat",
    "L’établissement", "La première promotion", "Le projet", "L’accord", "Le dispositif",
]
VERBS = [
    "prévoit", "vise", "doit permettre", "entend favoriser", "mise sur", "accompagne",
    "soutient", "encourage", "organise", "met en place",
]
COMPLEMENTS = [
    "la formation de jeunes diplômés aux métiers du numérique",
    "l’insertion professionnelle des lauréats dans les entreprises de la région",
    "l’ouverture de nouvelles filières en développement web et mobile",
    "un apprentissage par projets, sans cours magistraux",
    "des stages dans les entreprises partenaires",
    "la montée en compétences des agents publics",
    "la création de startups par les apprenants",
    "des certifications reconnues par les employeurs",
    "l’accès des jeunes femmes aux filières techniques",
    "des formations gratuites ouvertes sans condition de diplôme",
    "un accompagnement des porteurs de projets innovants",
    "la numérisation des petites et moyennes entreprises",
]
CLOSINGS = [
    "Les premières sessions sont attendues dans les prochains mois.",
    "Le calendrier précis n’a pas été communiqué.",
    "Les modalités de sélection seront publiées par les partenaires.",
    "Selon l’article source, le suivi sera assuré par un comité de pilotage.",
    "Aucun autre chiffre n’a été rendu public à ce stade.",
    "La région compte ainsi rattraper son retard en compétences numériques.",
    "Les candidatures se font en ligne, après un test d’aptitude.",
]
TRAINEES_NOTES = ["objectif", "formés", "plus de, selon l’article source", "sur trois ans"]
JOBS_NOTES = ["emplois directs annoncés", "promis par l’entreprise", "à l’horizon 2030"]


def _q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _sentence(rng):
    first, second = rng.sample(COMPLEMENTS, 2)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {first}, {second}."


def _body(rng, place, programme, source_url):
    paragraphs = []
    for number in range(rng.randint(3, 5)):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if number == 0:
            sentences.insert(0, f"À {place}, {programme or 'un nouveau projet'} franchit une nouvelle étape.")
        if number == 1:
            sentences.append(f"Les détails sont dans [l’article source]({source_url}).")
        paragraphs.append(" ".join(sentences))
    paragraphs[-1] += " " + rng.choice(CLOSINGS)
    return "\n\n".join(paragraphs)


def _date(rng):
    return FIRST_DAY + datetime.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _regions(rng, slugs, weights):
    roll = rng.random()
    if roll < 0.08:
        return [NATIONAL]
    first = rng.choices(slugs, weights)[0]
    if roll < 0.22:
        second = rng.choice([slug for slug in slugs if slug != first])
        return [first, second]
    return [first]


def announcement(rng, number, vocabulary, titles):
    """(relative path, file text) of the number-th synthetic announcement."""
    slugs = [term.slug for term in vocabulary.regions if term.slug != NATIONAL]
    weights = [REGION_WEIGHTS.get(slug, 1) for slug in slugs]
    regions = _regions(rng, slugs, weights)
    region_names = {term.slug: term.name for term in vocabulary.regions}
    day = _date(rng)
    precision = "day"
    if rng.random() < 0.08:
        precision, day = "month", day.replace(day=1)
    cities = CITIES.get(regions[0], [])
    city = rng.choice(cities) if cities and rng.random() < 0.85 else ""
    programme_terms = list(vocabulary.programmes)
    roll = rng.random()
    programmes = [] if roll < 0.1 else rng.sample(programme_terms, 2 if roll > 0.95 else 1)
    # Names as editors write them: mostly the canonical name, sometimes an alias or acronym.
    programme_names = [rng.choice([term.name, term.name, *term.aliases]) for term in programmes]
    partner_terms = rng.sample(list(vocabulary.partners), rng.randint(2, 5))
    partner_names = [rng.choice([term.name, term.name, term.acronym or term.name]) for term in partner_terms]
    place = city or region_names[regions[0]]
    lead = programmes[0].name if programmes else "le numérique"
    title = f"{place} : {lead} {rng.choice(ACTIONS)} {rng.choice(OBJECTS)}"
    if title in titles:  # titles stay unique: plain Pelican derives its slugs from them
        titles[title] += 1
        title = f"{title} ({titles[title]})"
    titles.setdefault(title, 1)
    slug = f"{slugify(title, max_length=60, word_boundary=True)}-{number:05d}"
    domain_name, domain = rng.choice(PRESS)
    source_url = f"https://{domain}/{day.year}/{day.month:02d}/{slug}.html"
    lines = ["---", f"title: {_q(title)}", f"date: {day.isoformat()}"]
    if precision != "day":
        lines.append(f"date_precision: {precision}  # seul le mois est connu")
    lines.append(f"region: {regions[0]}" if len(regions) == 1 else "region: [" + ", ".join(regions) + "]")
    if city:
        lines.append(f"city: {_q(city)}")
    if len(programme_names) == 1:
        lines.append(f"programme: {_q(programme_names[0])}")
    elif programme_names:
        lines += ["programme:", *(f"  - {_q(name)}" for name in programme_names)]
    lines += ["partners:", *(f"  - {_q(name)}" for name in partner_names)]
    if rng.random() < 0.6:
        budget = rng.randint(5, 900) * 100_000
        lines.append(f"budget: {budget}  # en dirhams")
        # What the amount covers, as every published figure says (mostly the project itself).
        lines.append(f"budget_scope: {rng.choice(('project', 'project', 'project', 'wider_project', 'strategy'))}")
        if rng.random() < 0.25:
            first = rng.randint(1, budget // 100_000 - 1) * 100_000 if budget > 100_000 else budget
            items = [(first, "équipement des salles"), (budget - first, "bourses et encadrement")]
            lines.append("budget_items:")
            for amount, label in items:
                lines += [f"  - amount: {amount}", f"    label: {_q(label)}"]
    if rng.random() < 0.6:
        lines.append(f"trainees: {rng.randint(2, 400) * 25}")
        lines.append(f"trainees_kind: {rng.choice(('target', 'target', 'trained', 'enrolled', 'capacity'))}")
        lines.append(f"trainees_period: {rng.choice(('total', 'total', 'per_year'))}")
        if rng.random() < 0.4:
            lines.append(f"trainees_note: {_q(rng.choice(TRAINEES_NOTES))}")
    if rng.random() < 0.3:
        lines += [f"jobs: {rng.randint(1, 200) * 10}", f"jobs_kind: {rng.choice(('promised', 'created'))}",
                  f"jobs_note: {_q(rng.choice(JOBS_NOTES))}"]
    lines += ["topics:", *(f"  - {topic}" for topic in rng.sample(TOPICS, rng.randint(1, 4)))]
    source_day = min(day + datetime.timedelta(days=rng.randint(0, 3)), LAST_DAY)
    lines += ["source:", f"  name: {_q(domain_name)}", f"  url: {source_url}", f"  date: {source_day.isoformat()}"]
    if rng.random() < 0.25:
        lines.append("other_sources:")
        for other in rng.sample([press for press in PRESS if press[1] != domain], rng.randint(1, 2)):
            lines += [f"  - name: {_q(other[0])}", f"    url: https://{other[1]}/{day.year}/{slug}"]
    summary = f"{_sentence(rng)} {rng.choice(CLOSINGS)}"
    lines += [f"summary: {_q(summary)}", "status: published", "---", "", _body(rng, place, lead, source_url)]
    text = "\n".join(lines) + "\n"
    return Path("annonces", str(day.year), f"{day.isoformat()}-{slug}.md"), text


def write_corpus(folder, count, seed=2026, vocabulary_path=ROOT / "data"):
    """Write count announcements under folder/annonces/; return the relative paths written."""
    rng = random.Random(seed)
    vocabulary = load_vocabulary(vocabulary_path)
    titles = {}
    paths = []
    for number in range(count):
        relative, text = announcement(rng, number, vocabulary, titles)
        target = Path(folder) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        paths.append(relative)
    return paths
