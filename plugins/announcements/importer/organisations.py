"""Programmes and partners: vocabulary names, aliases and acronyms, and what each one does in the article."""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..vocabulary import normalize
from . import roles, titles, unknown
from .initiatives import LAUNCHES_NAMED_AFTER, launched

_TOKEN = re.compile(r"[^\W_]+")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-Z][A-Z0-9-]{1,10}\s*\)")
# The press writes the minister for the ministry, and feminine forms of the titles.
_CANONICAL = {"ministre": "ministere", "deleguee": "delegue", "chargee": "charge"}
# Words that stay when the place is taken off a name: too vague to designate anything alone.
# (« le reste partagé entre la Province, la Commune et … »: the article's own commune, not the region's capital)
_VAGUE_CORES = {("region",), ("agence",), ("conseil",), ("centre",), ("groupe",), ("ecole",), ("universite",),
                ("ministere",), ("fondation",), ("association",), ("union",), ("union", "regionale"), ("commune",),
                ("commune", "urbaine"), ("conseil", "communal")}
_COUNTRY = {("maroc",), ("morocco",), ("ma",), ("au", "maroc"), ("du", "maroc")}
_LINK_WORDS = {"de", "du", "des", "d", "l", "la", "le"}
_COUNCIL = re.compile(r"^conseil-(?:regional|de-la-region)-(?:de-l-|de-|du-|d-)?")
_ASSOCIATION_NAME = re.compile(r"^Association\s+(?!des\b|de\s+parents\b)", re.IGNORECASE)
_PROVINCE_COUNCIL = re.compile(r"^Conseil\s+(?:provincial|préfectoral|de\s+la\s+province|de\s+la\s+préfecture)\s",
                               re.IGNORECASE)
# (« ces centres répondent aux orientations du PACTE ESRI 2030 »: the plan they answer to)
_FRAMEWORK_BEFORE = re.compile(r"\b(stratégie|cadre|vision|plan|orientations)\b[^,;.]{0,25}$", re.IGNORECASE)
_HISTORY = re.compile(
    r"(?:^|(?<=,)\s*)(?i:lancée?s?|créée?s?|née?s?|issue?s?|initiée?s?|ouverte?s?|fondée?s?|inaugurée?s?|"
    r"mise?s? en place)\b[^.;]*?\b(?i:en|fin|début|depuis|dès)\s+(?P<year>(?:19|20)\d{2})\b[^,;.]*"
    # « Le réseau, rappelons-le, est né en 2018 à Youssoufia avec le soutien du groupe OCP »: told with its auxiliary,
    # the year right after (not « est né de l'association X, fondée en 2016 »: the year of another)
    r"|\b(?i:est|sont|a\s+été|ont\s+été)\s+(?i:née?s?|lancée?s?|créée?s?|fondée?s?|ouverte?s?|inaugurée?s?)\s+"
    r"(?:à\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+)?(?i:en|fin|début|dès)\s+(?P<born>(?:19|20)\d{2})\b[^,;.]*"
    # « En 2019, le réseau X avait annoncé une école » : a sentence set in an earlier year
    r"|^(?i:en|dès|depuis|fin|début)\s+(?P<opening>(?:19|20)\d{2})\s*,"
    # « L'an dernier, la caravane « Coding pour tous » avait initié 3 200 écoliers »: last year's, in the pluperfect
    r"|^(?P<last_year>(?i:l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée))\s*,[^.;]*?\b"
    r"(?i:avait|avaient)\b)"
    # « Le groupe rappelle avoir consacré 100 MDH à la formation depuis 2017, notamment dans le cadre du programme
    # CODE 212 mené avec le ministère »: a tally since an earlier year, with what it went to
    r"|\b(?i:a|ont|avoir|avait|avaient)\s+(?:\w+\s+)?(?i:consacré|investi|formé|financé|mobilisé|accompagné|soutenu)"
    r"\b[^.;,]*?\b(?i:depuis|dès)\s+(?P<since>(?:19|20)\d{2})\b[^.;,]*(?:,\s*(?i:notamment)[^.;,]*)?"
    # « un hackathon organisé il y a deux ans par la Fondation X »: years ago, counted from the article
    r"|\b(?i:organisée?s?|lancée?s?|créée?s?|fondée?s?|ouverte?s?|initiée?s?|signée?s?)\s+(?P<ago>il\s+y\s+a\s+"
    r"(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|\d{1,2})\s+ans)\b[^,;.]*"
    # « elle accueille depuis 2021 un centre Huawei ICT Academy, qui a certifié 700 étudiants »: what it has hosted
    # since an earlier year
    r"|\b(?i:accueille|accueillent|abrite|abritent|héberge|hébergent|dispose|disposent)\s+(?:(?i:déjà)\s+)?"
    r"(?i:depuis|dès)\s+(?P<hosted>(?:19|20)\d{2})\b[^,;.]*"
    # « J'avais suivi à Laâyoune, en 2024, le programme X », « elle avait rejoint Y »: a person's own past, told in
    # the pluperfect, to the clause's end
    r"|(?P<pluperfect>\b(?i:j['’]\s*|il\s+|elle\s+|ils\s+|elles\s+|nous\s+|vous\s+|on\s+)(?i:avais|avait|avaient|"
    r"avions|aviez)\s+(?:(?i:déjà|moi-même|aussi)\s+)?(?i:suivi|fait|intégré|rejoint|participé|effectué|"
    r"travaillé|enseigné)\b[^.;]*)"
    # « Sa directrice, passée par six années d'encadrement à 1337 Khouribga, », « son ancienne école »: a career
    r"|(?P<career>\b(?i:passée?s?\s+par|(?:son|sa|ses|leur|mon|ma|notre)\s+(?:ancienne?|ex-)\s*(?:école|employeur|"
    r"entreprise|maison|programme|formation)))\b[^,;.]*"
    # « Ancienne de l'école 1337 de Khouribga, X dirige le centre »: where a person comes from, to the clause's end
    r"|(?P<origin>(?:^|(?<=[.;]\s))(?i:ancienne?s?|lauréate?s?|diplômée?s?)\s+(?i:de\s+l['’]|de\s+la|du|de|des)\b"
    r"[^,;.]*)"
)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:sur le modèle|à l['’]image|à l['’]instar|inspirée?s?|s['’]inspir\w*|"
                              # (« Ouverte dans le sillage du réseau français X, dont elle reprend la pédagogie »)
                              r"dans\s+le\s+sillage|"
                              # (« s'être inspirés de l'hôpital X, où un dispositif comparable, financé par Y, … »)
                              + roles.COMPARABLE_SCHEME + r"[^.;]{0,30}|"
                              r"l['’]expérience|"
                              # (« trois fois moins que le campus 1337 de Tétouan », « comparé à », « contrairement à »)
                              r"(?:moins|plus)\s+(?:cher\s+)?qu['’]?e?|comparée?s?\s+(?:à|au|aux|avec)|"
                              r"contrairement\s+(?:à|au|aux)|à\s+la\s+différence\s+(?:de|du|des)|"
                              # (« la différence avec YouCode, à Nador »: the school it is set against)
                              r"(?:la\s+)?différence\s+(?:avec|entre)|"
                              r"calquée?s? sur|"
                              # (« Elle est issue du réseau français Digital France School, dont elle reprend la
                              # méthode »: the network it comes from)
                              r"issue?s?\s+(?:du|de\s+la|de\s+l['’]))\b[^,;.]{0,30}|comme\b[^,;.]{0,8}|"
                              # « Après l'opérationnalisation de la Cité de l'innovation, du technopark …, la ville se
                              # dote d'une école »: what the town already had, before the news
                              # (not « Un an après l'ouverture de l'École X, sa directrice fait le point »: time gone
                              # by since the article's own school opened)
                              r"(?<!\ban\s)(?<!\bans\s)(?<!\bmois\s)(?<!semaines\s)(?<!\bjours\s)"
                              r"\b(?i:après)\s+(?:l['’]opérationnalisation|l['’]ouverture|la\s+création|le\s+lancement|"
                              r"la\s+mise\s+en\s+service|l['’]inauguration)\s+(?:de\s+la|de\s+l['’]|du|"
                              r"des|de|d['’])\s*(?:[^,;.]{0,60},\s*(?:du|de\s+la|des|de\s+l['’])\s*)?|"
                              # « Huawei anime aussi d'autres programmes, comme Huawei Spark ou Digitech Talent »
                              r"\bd['’]autres\s+(?:programmes|initiatives|formations|écoles|dispositifs)\b[^.;]{0,60}|"
                              # « Errachidia se dote de son « 1337 » »: a known name in quotes, as a figure of speech
                              r"\b(?:son|sa|leur|notre|un|une|petit|petite|propre)\s+[«“\"]\s*)$",
                              re.IGNORECASE)
# « Khouribga a déjà 1337 », « accueille déjà, à quelques kilomètres de là, le campus historique de 1337 », « l'école
# 1337 de Khouribga, à une heure de route »: a school nearby, for comparison, when the sentence launches nothing.
# (« Web4Jobs, déjà opératrice de l'École X »: a party's other school; not « elle est déjà devant la porte de l'École
# X »: someone there, at the article's own school)
# (« Web4Jobs, qui anime déjà l'École numérique d'Es-Semara, où 120 jeunes ont été formés »: the operator's other one)
_NEARBY_BEFORE = re.compile(r"(?:\b(?:a|ont|avait|accueille|accueillent|compte|comptent|dispose|disposent|possède|"
                            r"possèdent|abrite|abritent|anime|animent|gère|gèrent|opère|opèrent|pilote|pilotent|"
                            r"dirige|dirigent)\s+déjà\b|"
                            r"\bdéjà\s+(?:opérat(?:eur|rice)s?|partenaires?|gestionnaires?|fondat(?:eur|rice)s?|"
                            r"promot(?:eur|rice)s?|à\s+l['’]origine|derrière|impliquée?s?|présente?s?)\b|"
                            r"\bà\s+(?:une|deux|quelques)\s+(?:heures?|kilomètres|minutes|"
                            r"centaines\s+de\s+mètres)\b)[^.;]{0,60}$", re.IGNORECASE)

# (« L'Institut X de Dakhla, voisin, a présenté ses travaux »: a neighbour)
_NEARBY_AFTER = re.compile(r"[^.;]{0,30}?\bà\s+(?:une|deux|quelques)\s+(?:heures?|kilomètres|minutes)\b|"
                           r"\s*,\s*(?:son\s+|sa\s+|leur\s+)?voisine?s?\s*,", re.IGNORECASE)
# « …, sans être associé au nouveau centre »: the sentence says the programme named is no part of it, whatever
# launch it also tells.
# (« ses Cités des métiers pourraient accueillir des regroupements, sans qu'aucun accord ne soit encore signé »)
# (« Le même bâtiment abrite également un centre CODE 212, ouvert avec Huawei dans le cadre d'un autre programme »)
_DISOWNED_AFTER = re.compile(r"[^.;]{0,120}?\bsans\s+(?:(?:en\s+)?être\s+(?:associée?s?|partenaires?|partie)|"
                             r"qu['’]aucune?\s+(?:accord|convention|partenariat|engagement|contrat))\b|"
                             r"[^.;]{0,120}?\b(?:dans\s+le\s+cadre\s+d['’]|au\s+titre\s+d['’]|relevant\s+d['’])"
                             r"(?:un\s+autre\s+programme|une\s+autre\s+initiative|un\s+autre\s+projet)\b",
                             re.IGNORECASE)
# « Le programme JobInTech, déployé dans les deux régions, servira de modèle »: the model, not this one.
_COMPARED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:servira|sert|servent|serviront|a servi|ont servi)\s+de\s+(?:modèle|"
                             r"référence|exemple)\b", re.IGNORECASE)
# « à 10:42 », « 3,42 », « la 2e édition avait réuni 60 participants et la première 42 », « plus de 42 »
_QUANTITY_BEFORE = re.compile(r"(?:\d\s*[:hH]\s*|\d[.,]|\b(?:(?:la|le|les)\s+(?:première|premier|deuxième|seconde?|"
                              r"troisième|dernière?|précédente?)|sur|contre|plus\s+de|moins\s+de|environ|près\s+de|"
                              r"à\s+peine|seulement|soit|quelque)\s+)$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|pour\s*cent\b)")  # « 42 % de la cohorte »
# (« Durée : 42 min »: a podcast's length)
_QUANTITY_AFTER = re.compile(r"\s*(?:km|kilomètres?|m²|mètres?|%|ans|heures?|h|min|minutes?|sec|secondes?|jours?|mois|"
                             r"semaines?|millions?|milliards?|kg|Mo|Go|"
                             r"dh|dirhams?|mdh|jeunes|personnes|habitants|élèves|étudiants|ordinateurs|postes|places)\b"
                             # « 42 000 habitants », « 42,5 »: a number going on
                             r"|[\s\u202f\xa0]\d{3}\b|[.,]\d"
                             # « 42 femmes », « 42 équipes »: any plural noun counts (not « 42 sont », « 42 dans »)
                             r"|\s+(?!(?:sont|ont|vont|font|dans|depuis|sans|sous|vers|puis|plus|mais|alors|après|"
                             r"avec|chez|selon|parmi|dès|pas|jamais|toujours|aussi)\b)[a-zà-ÿ][\w’-]*[sx]\b"
                             # (« ses 85 premiers lauréats, 42 déjà embauchés »: a count of people, a participle)
                             # (« 42 ont déjà signé un contrat »: people who did something)
                             r"|\s+(?:ont\s+)?déjà\s+[a-zà-ÿ]+(?:é|és|ées|i|is|ies|u|us|ues)\b",
                             re.IGNORECASE)
# (« un amphithéâtre prêté pour l'occasion par le Technopark de Rabat »: the room's lender)
# (« ont lancé mardi, au campus 1337 MED de Tétouan, la deuxième saison »: the campus where it is held)
_VENUE_BEFORE = re.compile(r"\b(?:tenue?s?|lancée?s?|organisée?s?|déroulée?s?|signée?s?|accueillie?s?|réunie?s?)\b"
                           r"[^.;]{0,25}?\b(?:au|à l['’]|dans les locaux d[eu]|au sein d[eu])\s*$|"
                           # (« La cérémonie s'est tenue dans l'auditorium de la Cité de l'innovation »: a room of it)
                           r"\b(?:tenue?s?|déroulée?s?|organisée?s?|signée?s?)\b[^.;]{0,25}?\b(?:dans|à)\s+"
                           r"(?:l['’]\s*(?:auditorium|amphithéâtre|amphi|espace)|la\s+(?:salle|grande\s+salle))\b"
                           r"[^.;]{0,30}?\b(?:de\s+la|de\s+l['’]|du|des)\s*$|"
                           r"\b(?:ont|a)\s+(?:lancé|inauguré|ouvert|organisé)\b[^.;]{0,25}?\bau\s+campus\s*$|"
                           r"\b(?:prêtée?s?|mise?s?\s+à\s+(?:la\s+)?disposition)\b[^.;]{0,30}?\bpar\s+(?:le|la|l['’]|les)\s*$",
                           re.IGNORECASE)
# « au centre de codage de X », « à la Cité des métiers de Y »: a programme that is a place, named as where.
_AT_PLACE_BEFORE = re.compile(r"\b(?:au|aux|à\s+la|à\s+l['’]|dans\s+les\s+locaux\s+(?:d[eu]|de\s+la|de\s+l['’]|des)|"
                              r"au\s+sein\s+d(?:e\s+la|e\s+l['’]|u|es))\s*$", re.IGNORECASE)
# (« la première journée de cours au Centre de codage de X »: the lessons it gives, not a place lent to another's;
# « la convention relative au Centre de codage de X »: what a text is about)
_LESSONS_AT_BEFORE = re.compile(r"\b(?:cours|relative?s?|relatifs?|consacrée?s?|dédiée?s?|afférente?s?)\s+"
                                r"(?:au|à\s+la|à\s+l['’])\s*$", re.IGNORECASE)
# A country after a company's name: its branch there (« Orange Cameroun », « Orange Tunisie »).
_FOREIGN_AFTER = re.compile(r"\s+(?:Cameroun|Tunisie|Sénégal|Côte\s+d['’]Ivoire|France|Égypte|Egypte|Algérie|"
                            r"Mauritanie|"
                            r"Jordanie|Belgique|Espagne|Mali|Niger|Nigeria|Guinée|Burkina|Madagascar|Kenya|Ghana|Gabon|"
                            r"Congo|RDC|Afrique\s+du\s+Sud|Liberia|Botswana|Sierra\s+Leone|Pologne|Roumanie|Slovaquie|"
                            r"Moldavie|Luxembourg|Jordan|Egypt|Tunisia|Senegal|Cameroon)\b")
_PLACE_NAME = re.compile(r"(?:centre|cité|cités|campus|technopark|maison|espace|pôle)\b", re.IGNORECASE)
# Someone's words, not a name in quotation marks (« YouCode », “Larache Code Lab”): a few words at least.
_QUOTATION = re.compile(r"«[^»]{40,}»|“[^”]{40,}”")
_FRAMEWORK_NAME = re.compile(r"(la\s+)?(stratégie|vision|plan)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One way of writing a term: its words, and when it applies."""

    slug: str
    kind: str  # "programme" or "partner"
    key: tuple
    acronyms: tuple  # positions of words to match in capitals only
    region: str = ""  # a short name valid only in an article about this region
    ambiguous: bool = False  # also a place name: needs a cue such as « en partenariat avec »
    proper: bool = False  # one word spelt with a capital (« Technopark »): in lower case, a common noun
    town: str = ""  # the town a short name leaves out (« EST » for the EST of Fquih Ben Salah)


@dataclass
class Organisation:
    """A programme or partner found in the article."""

    slug: str  # vocabulary slug, or "" for an organisation the vocabulary does not know
    name: str
    kind: str
    sentence: str
    framework_only: bool = True
    as_partner: bool = False  # named at least once other than as someone's employer
    in_lead: bool = False  # a programme named in the headline or lead other than as the frame
    disowned: bool = False  # a sentence says it takes no part (« X, d'ailleurs, n'y participe pas »)
    left: bool = False  # its last word is that it withdrew (« X, qui devait payer les bourses, se retire du projet »)
    # Programmes a partner is named as belonging to (« YouCode, l'école de l'UM6P »), and whether it is ever named
    # otherwise: one that only belongs to a programme the article is not about is that programme's, not a partner.
    belongs_to: set = field(default_factory=set)
    named_alone: bool = False
    sentences: list = field(default_factory=list)  # the sentences naming it as a partner, or as a programme
    last_mention: tuple = ()  # (sentence, end, role) of its last mention, for the acronym in brackets after it


@lru_cache(maxsize=20000)
def _word(token):
    word = normalize(token)
    return _CANONICAL.get(word, word)


def _words(text):
    """Normalised words of a text with their offsets and original spelling."""
    hidden = [m.span() for m in _ACRONYM_IN_BRACKETS.finditer(text)]
    return [
        (m.start(), m.end(), m.group(), _word(m.group()))
        for m in _TOKEN.finditer(text)
        if not any(start <= m.start() < end for start, end in hidden)
    ]


class Index:
    """Every name, alias, acronym and short name of the programmes and partners."""

    def __init__(self, vocabulary, places):
        self.entries = {}
        self.first_words = set()  # a name can only start on one of these: most positions are skipped at once
        self.longest = 1
        self.partners = vocabulary.partners
        self.programmes = vocabulary.programmes
        self.places = places
        self.region_names = {term.slug: term.name for term in vocabulary.regions}
        for kind, lexicon in (("programme", vocabulary.programmes), ("partner", vocabulary.partners)):
            for term in lexicon:
                # In the vocabulary's order (a set's order changes from one run to the next).
                for name in dict.fromkeys((term.name, *term.aliases, getattr(term, "acronym", ""))):
                    if name:
                        self._add(term.slug, kind, name, places)

    def knows(self, name):
        """Whether a name is one of the index's, whatever the region it applies to."""
        return tuple(_word(m.group()) for m in _TOKEN.finditer(name)) in self.entries

    def _add(self, slug, kind, name, places):
        tokens = [m.group() for m in _TOKEN.finditer(name)]
        key = tuple(_word(token) for token in tokens)
        acronyms = tuple(i for i, token in enumerate(tokens) if len(token) > 1 and token.isupper())
        ambiguous = key[:1] == ("region",)
        proper = tokens[0][:1].isupper() and not tokens[0].isupper()
        self._put(Entry(slug, kind, key, acronyms, ambiguous=ambiguous, proper=proper and len(key) == 1))
        # The name without its place: « Huawei Maroc » → « Huawei », « CRI Souss-Massa » → « CRI ».
        for cut in range(len(key) - 1, 0, -1):
            tail, core = key[cut:], key[:cut]
            while core and core[-1] in _LINK_WORDS:
                core = core[:-1]
            if not core or core in _VAGUE_CORES or all(word in _LINK_WORDS for word in core):
                continue
            region = ""
            if tail not in _COUNTRY:
                place = places.named(tokens[cut:])
                if not place:
                    continue
                region = place[0].region
            town = place[0].name if tail not in _COUNTRY and place[0].kind == "commune" else ""
            self._put(Entry(slug, kind, core, tuple(i for i in acronyms if i < len(core)), region, ambiguous,
                            proper and len(core) == 1, town))

    def _put(self, entry):
        entries = self.entries.setdefault(entry.key, [])
        # (a programme and the body that runs it may share a slug: « Digital Maroc School », the school and the
        # association)
        same = next((n for n, e in enumerate(entries)
                     if (e.slug, e.region, e.kind) == (entry.slug, entry.region, entry.kind)), None)
        if same is None:
            # Full names before short ones: a short name yields to a term's full name.
            entries.append(entry)
        else:
            # « Alten Maroc » and « ALTEN Maroc », one key: a word must be in capitals only if every
            # spelling writes it so.
            kept = entries[same]
            common = tuple(i for i in kept.acronyms if i in entry.acronyms)
            entries[same] = replace(kept, acronyms=common, proper=kept.proper and entry.proper)
        self.first_words.add(entry.key[0])
        self.longest = max(self.longest, len(entry.key))


_cache = {}


def index(vocabulary, places):
    """The name index of a vocabulary, built once."""
    # Kept with the objects it was built from: an id alone could be reused by a later object.
    key = (id(vocabulary.programmes), id(vocabulary.partners))
    cached = _cache.get(key)
    if cached is None or cached[0] is not vocabulary.programmes or cached[1] is not vocabulary.partners:
        cached = _cache[key] = (vocabulary.programmes, vocabulary.partners, Index(vocabulary, places))
    return cached[2]


def find(sentences, names, regions, year=None, city=""):
    """Programmes and partners of the article, each with the sentence that names it (city, the article's town, says
    which body « de la ville » is)."""
    found, named_in = {}, []  # named_in: the partners each sentence names, in order
    nearby_first = set()  # programmes first named as a school nearby (« Khouribga a déjà 1337 »)
    ministry = None  # the last ministry named: what a bare « le ministère » refers to
    parts = []  # (part, whole): a school named with the university it belongs to
    asked = []  # (sentence number, keys): bodies an interviewer's question names, for its answer to confirm
    for sentence in sentences:
        text = sentence.text
        named_in.append([])
        spans = roles.presence_spans(text)
        taken, mentions = [], []
        known = _known(text, names, regions)
        # Who founded a programme or a school years ago is not, for that, a partner of this announcement;
        # a programme named only in such a past is not its programme either.
        history = _history_spans(text, year)
        spans = [*spans, *history]
        # « Nous voulons offrir ce que YouCode offre à Youssoufia », dit le président: a comparison, quoted.
        quotes = [match.span() for match in _QUOTATION.finditer(text)]
        for start, end, entry in known:
            taken.append((start, end))
            mentions.append((start, entry.slug, _term(names, entry).name, entry.kind, False, end))
        for name, start, end, slug in unknown.find(text, taken, names, city):
            # « la Fondation OCP »: the longer name wins over the known one inside it.
            mentions = [m for m in mentions if not start < m[0] < end]
            mentions.append((start, slug, name, "partner", False, end))
            taken.append((start, end))
        for name, start, end, slug, titled in titles.institutions(text, taken, names, regions):
            mentions.append((start, slug, name, "partner", titled, end))
        bare = titles.bare_ministries(text, spans)
        for start, slug, name, kind, titled, end in sorted(mentions, key=lambda mention: mention[0]):
            while bare and bare[0][0] < start:
                ministry = _bare(found, bare.pop(0), ministry, names, text, spans)
            if kind == "programme" and any(low <= start < high for low, high in [*history, *quotes]):
                continue
            # (« On parle beaucoup de Digital Morocco 2030, de ses 100 000 talents » below a headline on a local
            # school: a national strategy named under the headline is the frame, not the subject)
            frame = kind == "programme" and sentence.paragraph > 0 and _is_strategy(names, slug)
            noted = _note(found, slug, name, kind, text, start, spans, titled, end, lead=sentence.paragraph <= 1,
                          nearby_first=nearby_first, frame=frame)
            if noted:
                # (named in a question, it is named for its answer to confirm or deny: _withdrawn)
                named_in[-1].append(_key(slug, name))
            if noted == "asked":
                asked.append((len(named_in) - 1, [_key(slug, name)]))
            if noted is True:
                _tie(found[_key(slug, name)], text, start, mentions)
            if kind == "partner" and _is_ministry(names, slug, name):
                ministry = (slug, name)
        while bare:
            ministry = _bare(found, bare.pop(0), ministry, names, text, spans)
        school = next((org for org in reversed(found.values())
                       if org.kind == "partner" and _SCHOOL_NAME.match(org.name)), None)
        for listed in _SCHOOL_LISTED.finditer(text) if school else ():
            # (« à l'École supérieure de technologie de Khénifra, … une convention signée par Orange Maroc,
            # l'Université X et l'école »: the school named before, a party by the list)
            if _note(found, school.slug, school.name, "partner", text, listed.start("school"), spans) is True:
                named_in[-1].append(_key(school.slug, school.name))
        association = next((org for org in reversed(found.values()) if org.kind == "partner"
                            and _ASSOCIATION_NAME.match(org.name)), None)
        for start, end in titles.bare_associations(text, spans) if association else ():
            # (« En 2021, elle fonde l'association Tafoukt » then « L'association a lancé le programme »: the one named
            # before, whatever that mention said of it; not « l'association ne fait pas partie du projet »)
            if _note(found, association.slug, association.name, "partner", text, start, spans, end=end) is True:
                named_in[-1].append(_key(association.slug, association.name))
        # (« Réuni lundi, le Conseil de la province de Tinghir a adopté … » then « La convention associe le Conseil
        # provincial, la Région et l'OFPPT »; « au siège du Conseil de la région de l'Oriental, par le président du
        # Conseil, … »: the council named before, whatever that mention said of it)
        province_council = next((org for org in found.values() if _PROVINCE_COUNCIL.match(org.name)), None) or (
            _town_s_council(names, city, regions))
        region_council = next((org for org in found.values() if (org.slug or "").startswith("conseil-region")), None)
        for council, bare_starts in ((province_council, titles.bare_councils),
                                     (region_council, titles.bare_region_councils)):
            for start in bare_starts(text, spans) if council else ():
                if _note(found, council.slug, council.name, "partner", text, start, spans):
                    named_in[-1].append(_key(council.slug, council.name))
        parts.extend(_parts(text, mentions))
    for number, keys in asked:
        # (« Q : Le centre est financé par la Fondation X ? R : Oui, avec la région »: confirmed by its answer)
        if number + 1 < len(sentences) and _YES_ANSWER.match(sentences[number + 1].text):
            for key in keys:
                found[key].as_partner = True
                found[key].sentences.append(sentences[number].text)
    for part, whole in parts:
        # « inauguré à l'École X, … signée avec l'Université Y, dont relève l'école »: Y takes part, X is where.
        if part in found and whole in found and part != whole and found[whole].as_partner:
            found[part].as_partner = False
    for key in _withdrawn(sentences, named_in):
        found[key].as_partner = False
    for org in found.values():
        # (« …, avec AMIDEAST, le programme Émergence » then « AMIDEAST, d'ailleurs, n'y participe pas »: said once,
        # it holds for every mention)
        org.as_partner = org.as_partner and not org.disowned and not org.left
    _merge_variants(found, names.places)
    return [org for org in found.values() if org.kind == "partner" or not org.framework_only] + [
        org for org in found.values() if org.kind == "programme" and org.framework_only
        and not any(o.kind == "programme" and not o.framework_only for o in found.values())
    ]


# Between a programme's name and a body's: « YouCode, l'école de l'UM6P », « le campus 1337 de Khouribga, dont
# l'OCP », « Émergence des compétences, mené avec AMIDEAST »: the body belongs to that programme.
_BELONGS_BETWEEN = re.compile(
    r"(?:\s+(?:de|d['’]|à)\s*[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*)*)?\s*(?:\([^)]{0,60}\))?\s*,\s*"
    r"(?:(?:l['’]\s*|le\s+|la\s+|les\s+)(?:école|campus|académie|centre|programme|initiative|projet|dispositif)s?\s+"
    r"(?:de\s+|d['’]\s*|du\s+|des\s+)(?:la\s+|l['’]\s*|le\s+)?|"
    r"dont\s+(?:la\s+|l['’]\s*|le\s+)?|"
    # (« … du futur Ismailia Business Center, projet porté par la Chambre X »: the kind may come first)
    r"(?:(?:un\s+|le\s+)?(?:projet|programme|dispositif)\s+)?"
    r"(?:mené|porté|financé|soutenu|piloté|lancé|créé|géré|opéré)e?s?\s+(?:avec|par)\s+(?:la\s+|l['’]\s*|le\s+)?)|"
    # « le programme « Émergence des compétences » que la Fondation X mène depuis des années avec AMIDEAST »
    r"\s*[»”\"]?\s*(?:que|qu['’])\s*(?:[^.;]{0,60}?\b(?:mène|mènent|menait|porte|portent|pilote|pilotent|gère|gèrent|"
    r"anime|animent|conduit|conduisent)\b[^.;]{0,40}?\b(?:avec|aux\s+côtés\s+de)\s+)?(?:la\s+|l['’]\s*|le\s+)?",
    re.IGNORECASE)


def _tie(org, text, start, mentions):
    """Record whether this mention of a partner names it as belonging to a programme named just before it."""
    owner = next((name for low, _slug, name, kind, _titled, end in mentions
                  if kind == "programme" and end <= start and _BELONGS_BETWEEN.fullmatch(text, end, start)), None)
    quoted = _QUOTED_PROGRAMME_BEFORE.search(text[max(0, start - 120):start])
    owner = owner or (quoted and quoted.group("name"))
    if owner:
        org.belongs_to.add(owner)
    else:
        org.named_alone = True


# « les classes du programme « Dir iddik », déployé avec la Fondation Al Mada »: a programme the vocabulary does not
# know, quoted, and the body it is made with.
_QUOTED_PROGRAMME_BEFORE = re.compile(r"\bprogramme\s+[«“\"]\s*(?P<name>[^»”\"]{2,60}?)\s*[»”\"]\s*,\s*"
                                      r"(?:déployée?|menée?|portée?|conduite?|lancée?|opérée?|pilotée?)s?\s+"
                                      r"(?:avec|par)\s+(?:la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)


def _history_spans(text, year):
    """Clauses telling how something began in an earlier year: « Ouverte en 2018 avec le soutien de X, ».

    A sentence that opens on such a clause is about the past as a whole; one in apposition
    (« Le programme CODE 212, issu d'un accord conclu en 2022 entre X et Y, compte... ») only to its end.
    """
    spans = []
    for match in _HISTORY.finditer(text):
        if match.group("origin"):
            spans.append((match.start(), match.end()))
        elif match.group("ago") or match.group("pluperfect") or match.group("career") or match.group("last_year") or (
                year and int(match.group("year") or match.group("opening") or match.group("since")
                             or match.group("hosted") or match.group("born")) < year):
            # (« Ouverte en 2022, l'école est gérée par X »: who runs it now, told in the present after the opening)
            whole = match.start() == 0 and not (match.group("year") and _RUN_NOW.search(text, match.end()))
            spans.append((match.start(), len(text) if whole else match.end()))
    return spans


# « l'école est gérée par X », « le centre est aujourd'hui piloté par Y »: who runs it, told in the present.
_RUN_NOW = re.compile(r"\b(?:est|sont)\s+(?:aujourd['’]hui\s+|désormais\s+|toujours\s+)?(?:gérée?s?|pilotée?s?|"
                      r"portée?s?|opérée?s?|animée?s?|dirigée?s?|encadrée?s?|financée?s?)\s+par\b")


# The acronyms of the universities' schools, in the words the press spells them out with.
_SCHOOL_ACRONYMS = {"ensa": "ecole nationale des sciences appliquees", "est": "ecole superieure de technologie",
                    "fst": "faculte des sciences et techniques", "encg": "ecole nationale de commerce et de gestion",
                    "ensam": "ecole nationale superieure d arts et metiers"}


def _spelled_out_school(short, long):
    """True when words « ENSA Tétouan » name the school the longer words spell out: « École nationale des sciences
    appliquées de Tétouan »."""
    full = _SCHOOL_ACRONYMS.get(short[0]) if short else None
    if not full:
        return False
    full = [_word(w) for w in full.split()]
    town = [w for w in long[len(full):] if w not in _LINK_WORDS]
    return long[:len(full)] == full and town == short[1:] and bool(town)


def _fold(kept, dropped):
    """Two names of one body made one: a party if either telling says so, none if either disowns it."""
    kept.disowned = kept.disowned or dropped.disowned
    kept.as_partner = (kept.as_partner or dropped.as_partner) and not kept.disowned


# A shorter name shares this many words, in order, with a longer one to be the same body named again.
_LEAST_SHARED_WORDS = 3


def _merge_variants(found, places):
    """One organisation the vocabulary does not know, written two ways, is kept once.

    « DataNova » and « DataNova Services »: the longer, fuller name. « Université Ibn Tofail » and
    « Université Ibn Tofail de Kénitra »: the name without its town, as the vocabulary writes names.
    """
    unknown = [key for key, org in found.items() if not org.slug and org.kind == "partner"]
    for short, long in [(a, b) for a in unknown for b in unknown if a != b]:
        if short not in found or long not in found:
            continue  # already merged into another
        words = [_word(w) for w in _TOKEN.findall(found[short].name)]
        longer = _TOKEN.findall(found[long].name)
        if [_word(w) for w in longer] == ["association", *words]:
            # « Association Tech Elles Maroc » and « Tech Elles Maroc »: one body, by its legal name
            _fold(found[long], found[short])
            del found[short]
            continue
        if _spelled_out_school(words, [_word(w) for w in longer]):
            # « l'ENSA Tétouan » and « l'École nationale des sciences appliquées de Tétouan »: one school, in full
            _fold(found[long], found[short])
            del found[short]
            continue
        if words[:1] == ["commune"] and [_word(w) for w in longer[:2]] == ["conseil", "communal"] and \
                [_word(w) for w in longer[2:]] == words[1:]:
            # « le Conseil communal de Settat » deliberates for « la Commune de Settat »: one party, the commune
            _fold(found[short], found[long])
            del found[long]
            continue
        significant = [w for w in words if w not in _LINK_WORDS]
        significant_longer = [w for w in (_word(w) for w in longer) if w not in _LINK_WORDS]
        if len(significant) >= _LEAST_SHARED_WORDS and len(significant_longer) > len(significant) and \
                significant_longer[:len(significant)] == significant and \
                [_word(w) for w in longer[:len(words)]] != words:
            # « Union régionale CGEM Casablanca-Settat », then « l'Union régionale de la CGEM »: the body named again
            # with its words joined otherwise, the fuller name kept
            _fold(found[long], found[short])
            del found[short]
            continue
        if len(longer) <= len(words) or [_word(w) for w in longer[:len(words)]] != words:
            continue
        tail = longer[len(words):]
        while tail and _word(tail[0]) in _LINK_WORDS:
            tail = tail[1:]
        kept, dropped = (short, long) if tail and places.named(tail) else (long, short)
        _fold(found[kept], found[dropped])
        del found[dropped]


def _is_ministry(names, slug, name):
    """True for a ministry, what a bare « le ministère » may refer back to (not a wilaya, a State body of that kind)."""
    term = names.partners.terms.get(slug)
    return term.kind == "ministère" and term.name.lower().startswith("ministère") if term else \
        name.lower().startswith("ministère")


def _bare(found, mention, ministry, names, text, spans):
    """A bare ministry acting as a partner: the one named before, or « de tutelle », the one in charge."""
    start, tutelle, end = mention
    if tutelle or ministry is None:
        term = titles.ministry_in_charge(names.partners, text)
        ministry = (term.slug, term.name) if term else ministry
    if ministry:
        # (its words end where « le ministère » does: what follows says its part, « rappelle que … » none)
        _note(found, *ministry, "partner", text, start, spans, end=end)
    return ministry


def _term(names, entry):
    return (names.programmes if entry.kind == "programme" else names.partners)[entry.slug]


def _key(slug, name):
    """How found organisations are keyed: the vocabulary's slug, else the normalised name."""
    # « Conseil régional de X » and « Conseil de la région X » are one council, named as first written.
    return slug or _COUNCIL.sub("conseil-region-", normalize(name))


def _is_strategy(names, slug):
    """Whether a programme of the vocabulary is a national strategy (its description says so first)."""
    term = names.programmes.terms.get(slug) if slug else None
    return bool(term) and (getattr(term, "description", "") or "").startswith("Stratégie")


_GUEST_WORD = re.compile(r"\binvitée?s?\b", re.IGNORECASE)


def _note(found, slug, name, kind, text, start, spans=(), titled=False, end=None, lead=False, nearby_first=None,
          frame=False):
    """Record one mention, and whether it names a partner (True), only asks about one ("asked") or names a person's
    employer, a guest or a source (False)."""
    key = _key(slug, name)
    before = text[max(0, start - roles.WINDOW):start]
    compared = _COMPARED_BEFORE.search(before) or (end is not None and _COMPARED_AFTER.match(text, end))
    nearby = kind == "programme" and (
        ((_NEARBY_BEFORE.search(before) or (end is not None and _NEARBY_AFTER.match(text, end))) and not launched(text))
        or (end is not None and _DISOWNED_AFTER.match(text, end)))
    where = _PLACE_NAME.match(name) and _AT_PLACE_BEFORE.search(before) and not _LESSONS_AT_BEFORE.search(before)
    lends = end is not None and roles.LENDS_AFTER.match(text, end)
    # « un responsable de la Cité de l'innovation, invité »: his employer (not in the lead: « la directrice du Centre X
    # fait le point » opens an interview on her own school)
    staff = roles.TITLE_BEFORE.search(before) and not (lead and not _GUEST_WORD.search(text))
    if kind == "programme" and nearby and key not in found and nearby_first is not None:
        nearby_first.add(key)
    # (named again further down, « 1337 accueille des jeunes de tous horizons », it is still the school nearby)
    again = kind == "programme" and nearby_first and key in nearby_first
    if kind == "programme" and end is not None and LAUNCHES_NAMED_AFTER.match(text, end):
        return  # « la CMC lance le bootcamp « Cloud Native Fès » »: the organiser of the one the article is about
    if (kind == "programme" and (compared or nearby or again or _VENUE_BEFORE.search(before) or where or lends
                                 or staff)
            and key not in found):
        # « conçue sur le modèle de l'École numérique d'Es-Semara »: another programme, for comparison;
        # « la cérémonie s'est tenue au Technopark de Casablanca », « le studio que le Technopark de Rabat
        # prête à l'émission »: the place, not the programme
        return
    if key in found and found[key].kind != kind:
        key = f"{key}#{kind}"  # the school and the association that runs it, one slug: two findings
    org = found.setdefault(key, Organisation(slug, name, kind, text))
    if kind == "programme":
        if not (frame or _FRAMEWORK_BEFORE.search(before) or _FRAMEWORK_NAME.match(text, start)):
            if org.framework_only:
                org.sentence = text
            org.framework_only = False
            org.sentences.append(text)
            org.in_lead = org.in_lead or lead
        return
    named, named_end, named_role = org.last_mention or ("", None, None)
    if named == text and named_end is not None and _BRACKET_BETWEEN.fullmatch(text, named_end, start):
        role = named_role  # « l'organisation X (CGLU Afrique) »: the acronym is the name again, in the same part
    else:
        role = roles.role(text, start, spans, titled, end)
    org.last_mention = (text, end, role)
    if role == "asked":
        return "asked"
    org.disowned = org.disowned or (role == "no party" and end is not None and roles.disowns(text, end))
    # (a timeline: « X signe une première convention » then « X se retire du projet »: what it did last holds)
    org.left = (role == "former partner" and end is not None and roles.withdraws(text, end)) or (
        org.left and role != "partner")
    if role == "partner":
        if not org.as_partner:
            org.sentence = text
        org.as_partner = True
        org.sentences.append(text)
        return True
    return False


_BRACKET_BETWEEN = re.compile(r"\s*\(\s*")  # between a name and its acronym in brackets


# « …, signée entre Orange Maroc et l'Université Ibn Zohr, dont relève l'école »: the school named earlier in the
# sentence is a part of the university.
_WHOLE_OF = re.compile(r"\s*(?:\([^)]{1,60}\))?\s*,\s*dont\s+(?:relève|dépend)(?:nt)?\s+(?:l['’]\s*|la\s+|le\s+)"
                       r"(?P<noun>école|faculté|établissement|institut|centre|campus)\b", re.IGNORECASE)


def _parts(text, mentions):
    """(part, whole) keys of the schools a sentence names, then the university they belong to (« dont relève »);
    mentions as find collects them: (start, slug, name, kind, titled, end)."""
    partners = [(start, slug, name, end) for start, slug, name, kind, _, end in mentions if kind == "partner"]
    pairs = []
    for start, slug, name, end in partners:
        whole = _WHOLE_OF.match(text, end)
        if whole:
            noun = normalize(whole.group("noun"))
            pairs.extend((_key(other_slug, other), _key(slug, name)) for low, other_slug, other, _ in partners
                         if low < start and normalize(other).startswith(noun))
    return pairs


# « … la Fondation X devait être de l'aventure. — Elle s'est retirée du projet ; elle n'est plus partenaire »:
# the next sentences say, of the one organisation just named, that it has left.
_WITHDRAWN_AFTER = re.compile(
    r"\b(?:elle|il|celle-ci|celui-ci)\b[^.;]{0,80}?\b(?:n['’](?:est|était)\s+plus\s+(?:partenaire|associée?|"
    r"signataire)|s['’](?:en\s+)?est\s+retirée?|a\s+quitté\s+(?:le|ce)\s+(?:projet|programme)|"
    r"ne\s+(?:fait|figure)\s+plus)", re.IGNORECASE)
_WITHDRAWN_WITHIN = 2


# « Des développeurs d'Orange sont venus animer un atelier, et l'École X nous a rendu visite. Ce ne sont pas des
# partenaires formels »: the next sentence says those just named take no part.
_NOT_PARTNERS_NEXT = re.compile(
    r"^(?:[^.;]{0,20}?\b)?(?:ce|ils|elles|ceux-ci|celles-ci|il|elle)\s+ne\s+sont\s+pas\s+(?:des|nos)\s+partenaires|"
    r"^(?:[^.;]{0,20}?\b)?(?:il|elle|celui-ci|celle-ci|ce)\s+n['’]est\s+pas\s+(?:un|une|notre)\s+partenaire|"
    # (« … recevait les familles dans son centre culturel. Un geste d'hospitalité, sans lien avec le fonctionnement de
    # l'école »)
    # (not « Le centre n'a aucun lien avec le programme que l'ANAPEC a lancé »: the initiative itself, set apart from
    # another one, says nothing of the bodies of the sentence before)
    r"^(?!(?:le|la|l['’]|ce|cet|cette|notre)\s*(?:nouvel(?:le)?\s+|nouveau\s+)?(?:centre|école|programme|académie|"
    r"projet|initiative|formation|campus|dispositif|cursus)\b)[^.;]{0,60}?\b" + roles.UNTIED_WITH, re.IGNORECASE)


# « Nous avions également présenté le conseil de la région X comme partenaire de l'école. Ce n'est pas le cas » (« …,
# présentée à tort comme signataire »): a correction of an earlier article.
_PRESENTED_AS_PARTNER = re.compile(r"\b(?:présentée?s?|citée?s?|mentionnée?s?|désignée?s?|annoncée?s?)\b[^.;]{0,120}?"
                                   r"\bcomme\s+(?:(?:l['’]une?\s+des|un|une|le|la)\s+)?(?:partenaires?|signataires?|"
                                   r"financeurs?|bailleurs?|parties?)\b", re.IGNORECASE)
_BY_MISTAKE = re.compile(r"\b(?:à\s+tort|par\s+erreur)\b", re.IGNORECASE)
_DENIED_NEXT = re.compile(r"^(?:[^.;]{0,20}?\b)?(?:ce\s+n['’]est\s+pas\s+le\s+cas|"
                          r"c['’]est\s+(?:inexact|faux|une\s+erreur)|il\s+n['’]en\s+est\s+rien)\b", re.IGNORECASE)


# « La Fondation Orange participe-t-elle au financement ? » then « ANAS LAHLOU : Non, pas pour ce projet »: the
# answer, after its speaker's name, says no.
_QUESTION_END = re.compile(r"\?\s*[»\"”]?\s*$")
# « R : Oui, avec la région », « — Tout à fait. »: the answer confirms what the question named.
_YES_ANSWER = re.compile(r"^(?:[^:.;?!]{1,60}:\s*|[—–-]\s*)?(?:oui|absolument|tout\s+à\s+fait|bien\s+sûr|"
                         r"effectivement|exactement|en\s+effet)\b(?!\s+pas)", re.IGNORECASE)
_NO_ANSWER = re.compile(r"^(?:[^:.;?!]{1,60}:\s*|[—–-]\s*)?(?:non|absolument\s+pas|pas\s+du\s+tout|aucunement)\b"
                        r"(?!\s+seulement)", re.IGNORECASE)


def _town_s_council(names, city, regions):
    """The province council the vocabulary names after the article's town (« FQUIH BEN SALAH — … La convention lie le
    conseil provincial, … »): the one a bare « conseil provincial » means when none was named; None if none."""
    if not city:
        return None
    entry = next((entry for _start, _end, entry in _known(f"le Conseil provincial de {city}", names, regions)
                  if entry.slug.startswith("conseil-provincial")), None)
    return Organisation(entry.slug, _term(names, entry).name, "partner", "") if entry else None


def _withdrawn(sentences, named_in):
    """Keys of the partners that the sentences right after the only one naming them say have left, that the
    very next sentence says are none (named nowhere else), or that a question names and its answer denies."""
    keys = []
    for number, named in enumerate(named_in):
        following = sentences[number + 1:number + 2]
        if named and following and _QUESTION_END.search(sentences[number].text) and _NO_ANSWER.match(
                following[0].text):
            elsewhere = {key for other, names in enumerate(named_in) if other not in (number, number + 1)
                         for key in names}
            keys.extend(key for key in named if key not in elsewhere)
        if named and following and _NOT_PARTNERS_NEXT.search(following[0].text) and not named_in[number + 1]:
            elsewhere = {key for other, names in enumerate(named_in) if other != number for key in names}
            keys.extend(key for key in named if key not in elsewhere)
        if named and _PRESENTED_AS_PARTNER.search(sentences[number].text) and (
                _BY_MISTAKE.search(sentences[number].text) or (following and _DENIED_NEXT.match(following[0].text))):
            keys.extend(named)  # a correction: named as a partner by mistake, wherever else it is named
        if len(named) != 1:
            continue
        following = sentences[number + 1:number + 1 + _WITHDRAWN_WITHIN]
        if any(_WITHDRAWN_AFTER.search(sentence.text) and not named_in[number + 1 + offset]
               for offset, sentence in enumerate(following)):
            keys.append(named[0])
    return keys


def _known(text, names, regions):
    """Vocabulary names in a text, longest first: (start, end, Entry)."""
    words = _words(text)
    found, position = [], 0
    while position < len(words):
        if words[position][3] not in names.first_words:
            position += 1
            continue
        for size in range(min(names.longest, len(words) - position), 0, -1):
            entry = _matching(names, words[position:position + size], text, regions)
            if entry:
                found.append((words[position][0], words[position + size - 1][1], entry))
                position += size
                break
        else:
            position += 1
    return found


# A school's or a faculty's full name; « l'école » closing a list of signatories, without its name.
_SCHOOL_NAME = re.compile(r"(?:École|Faculté|Institut)\s+\S")
_SCHOOL_LISTED = re.compile(r"\b(?:signée?s?\s+par|entre|liant|associant|réunissant|réunit)\b[^.;]{0,160}(?:,|\bet)\s+"
                            r"(?P<school>l['’]\s*(?:école|établissement|faculté))\b(?!\s+(?:de|du|des|d['’])\b|"
                            r"\s+(?-i:[A-ZÀ-Þ«]))", re.IGNORECASE)


def _another_town_named(names, text, town):
    """True when a sentence names a commune and never the town a short name leaves out."""
    named = [place for place, _start, _end in names.places.find(text)]
    # (« le gouverneur de la province de Fquih Ben Salah … devant l'École supérieure de technologie, sur la route de
    # Béni Mellal »: its own town named too, as a province)
    return any(place.kind == "commune" for place in named) and normalize(town) not in {
        normalize(place.name) for place in named if place.kind in ("commune", "province")}


def _names_a_place(names, window):
    """Whether the words matched end with a place's name (« conseil régional de Marrakech-Safi »)."""
    words = [word[2] for word in window]
    return any(names.places.named(words[start:]) for start in range(1, len(words)))


# « …, l'Université X et Y ont signé »: the parties of a list whose verb tells a signing.
_SIGNS_AFTER = re.compile(r"[^.;]{0,160}?\b(?:ont|avaient|vont)\s+(?:\w+\s+)?(?:signé|paraphé|conclu|scellé)\b",
                          re.IGNORECASE)
_REGIONAL_AFTER = re.compile(r"\s+(?:régionale?|de\s+la\s+région)\b(?!\s+(?:de|d['’]|du)\s)", re.IGNORECASE)


# « lancé lundi dans la province de X », « originaire de la province de X », « les jeunes femmes de la province de
# X »: where people live or something happens, a territory.
_TERRITORY_BEFORE = re.compile(r"(?:\b(?:dans|en|toute|à\s+travers)\s+la|\b(?:résid\w*|habit\w*|originaires?|issue?s?|"
                               r"natifs?|natives?|venue?s?)\s+(?:dans\s+la|de\s+la)|\b(?:jeunes|femmes|filles|garçons|"
                               r"habitants|population|douars|communes|écoles|lycées)(?:\s+\w+)?\s+de\s+la)\s+$",
                               re.IGNORECASE)


# « l'association X », « la société X »: a body named by its kind, where a programme may bear the same name.
_BODY_KIND_BEFORE = re.compile(r"\b(?:l['’]\s*association|la\s+société|la\s+fondation|l['’]\s*entreprise|"
                               r"la\s+start-?up|l['’]\s*ONG|le\s+cabinet|le\s+groupe)\s+$", re.IGNORECASE)


def _lower_province(entry, window):
    """True for a province's administration named in lower case (« la province de X »), as a territory is."""
    return entry.kind == "partner" and entry.key[0] == "province" and window[0][2] == "province"


def _matching(names, window, text, regions):
    key = tuple(word[3] for word in window)
    if len(key) == 1 and key[0].isdigit() and (_QUANTITY_AFTER.match(text, window[0][1])
                                               or _PERCENT_AFTER.match(text, window[0][1])
                                               or _QUANTITY_BEFORE.search(text, 0, window[0][0])):
        return None  # « à 42 km d'Ouarzazate », « 10:42 », « et la première 42 »: a figure, not the school « 42 »
    entries = names.entries.get(key, ())
    if _BODY_KIND_BEFORE.search(text, 0, window[0][0]):
        # « l'école est portée par l'association Digital Maroc School »: the body, where a school has its name
        entries = sorted(entries, key=lambda entry: entry.kind != "partner")
    if _REGIONAL_AFTER.match(text, window[-1][1]):
        # « la CGEM régionale »: the body's union in the article's region, when the vocabulary has it
        entries = sorted(entries, key=lambda entry: entry.region not in regions)
    for entry in entries:
        if any(not window[i][2].isupper() for i in entry.acronyms):
            continue
        start, end = window[0][0], window[-1][1]
        if entry.region and not window[0][2][0].isupper() and not _names_a_place(names, window):
            # « la wilaya », « le conseil régional » in lower case: the institution in general (but « le
            # conseil régional de Marrakech-Safi » names its region: that one)
            continue
        if _FOREIGN_AFTER.match(text, end) and not entry.region:
            continue  # « Orange Cameroun », « Huawei Tunisie »: the company's branch in another country, not Morocco's
        other_place = re.match(r"\s*(de la |de l['’]|du |d['’]|de )?[A-ZÀ-Þ]", text[end:])
        if entry.region and (entry.region not in regions or other_place):
            continue  # a short name, in an article about another region or followed by another place
        if entry.town and _another_town_named(names, text, entry.town):
            # (« Khénifra : un club … à l'EST »: the school of the town the sentence names, not Fquih Ben Salah's)
            continue
        if _lower_province(entry, window) and _TERRITORY_BEFORE.search(text, 0, start):
            continue  # « résidant dans la province de Fquih Ben Salah »: the territory, not its administration
        if entry.region and re.match(r"\s+(?:du|de la|des|de l['’])\s*[a-zà-ÿ]", text[end:]):
            continue  # « le Conseil régional du tourisme »: another body, named by what it deals with
        if entry.ambiguous and not roles.PARTNER_CUE_BEFORE.search(text[max(0, start - roles.WINDOW):start]) and not (
                window[0][2][0].isupper() and _SIGNS_AFTER.match(text, end)):
            # (« la Région Casablanca-Settat, l'Université X, Simplon et Y ont signé la convention »: a party)
            continue
        first = window[0][2][0]
        lower = not first.isupper() and not first.isdigit()
        if lower and len(key) == 1 and (entry.kind == "programme" or entry.proper):
            # a programme's one-word name written in lower case is an ordinary word; so is a body's one-word name
            # always spelt with a capital (« un technopark à Nador », not the company « Technopark »)
            continue
        if lower and entry.kind == "programme" and not any(
                character.isupper() or character.isdigit() for word in window for character in word[2]):
            continue  # « Agadir lance une école du digital »: common words, not the programme « École du Digital »
        return entry
    return None


