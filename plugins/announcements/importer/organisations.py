"""Programmes and partners: vocabulary names, aliases and acronyms, and organisations not known yet."""

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocabulary import normalize

_TOKEN = re.compile(r"[^\W_]+")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-Z][A-Z0-9-]{1,10}\s*\)")
# The press writes the minister for the ministry, and feminine forms of the titles.
_CANONICAL = {"ministre": "ministere", "deleguee": "delegue", "chargee": "charge"}
# Words that stay when the place is taken off a name: too vague to designate anything alone.
_VAGUE_CORES = {("region",), ("agence",), ("conseil",), ("centre",), ("groupe",), ("ecole",), ("universite",),
                ("ministere",), ("fondation",), ("association",), ("union",), ("union", "regionale")}
_COUNTRY = {("maroc",), ("morocco",), ("ma",), ("au", "maroc"), ("du", "maroc")}
_LINK_WORDS = {"de", "du", "des", "d", "l", "la", "le"}
# « le président de X, Nom » : X is where a person works, not a signatory.
_TITLE_BEFORE = re.compile(
    r"\b(président|présidente|directeur|directrice|DG|PDG|secrétaire|représentant|représentante|responsable|"
    r"doyen|doyenne|chef|patron|porte-parole|wali|gouverneur|membres?|vice-présidents?)\b"
    # up to four words of the title itself: « directeur financier et administratif de »
    r"(?:\s+[\w'’-]+){0,4}?\s*\b(de|du|des|d['’])\s*(la\s+|l['’]\s*|le\s+|les\s+)?$",
    re.IGNORECASE,
)
_ATTACHED_BEFORE = re.compile(r"\b(relevant|dépendant|rattachée?s?|affiliée?s?|issue?s?)\s+(de|du|des|d['’]|à|au)\s*"
                              r"(la\s+|l['’]\s*|le\s+)?$", re.IGNORECASE)
_PARTNER_CUE_BEFORE = re.compile(r"\b(avec|par|entre|et|partenariat|signée?s?|conclue?s?|soutien|appui)\b"
                                 r"[^,;.]{0,12}$", re.IGNORECASE)
_FRAMEWORK_BEFORE = re.compile(r"\b(stratégie|cadre|vision|plan)\b[^,;.]{0,25}$", re.IGNORECASE)
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


@dataclass
class Organisation:
    """A programme or partner found in the article."""

    slug: str  # vocabulary slug, or "" for an organisation the vocabulary does not know
    name: str
    kind: str
    sentence: str
    framework_only: bool = True
    as_partner: bool = False  # named at least once other than as someone's employer


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
        for kind, lexicon in (("programme", vocabulary.programmes), ("partner", vocabulary.partners)):
            for term in lexicon:
                for name in {term.name, *term.aliases, getattr(term, "acronym", "")}:
                    if name:
                        self._add(term.slug, kind, name, places)

    def _add(self, slug, kind, name, places):
        tokens = [m.group() for m in _TOKEN.finditer(name)]
        key = tuple(_word(token) for token in tokens)
        acronyms = tuple(i for i, token in enumerate(tokens) if len(token) > 1 and token.isupper())
        ambiguous = key[:1] == ("region",)
        self._put(Entry(slug, kind, key, acronyms, ambiguous=ambiguous))
        # The name without its place: « Huawei Maroc » → « Huawei », « CRI Souss-Massa » → « CRI ».
        for cut in range(len(key) - 1, 0, -1):
            tail, core = key[cut:], key[:cut]
            while core and core[-1] in _LINK_WORDS:
                core = core[:-1]
            if not core or core in _VAGUE_CORES or all(word in _LINK_WORDS for word in core):
                continue
            region = ""
            if tail not in _COUNTRY:
                place = places.names.get(tail)
                if not place:
                    continue
                region = place[0].region
            self._put(Entry(slug, kind, core, tuple(i for i in acronyms if i < len(core)), region, ambiguous))

    def _put(self, entry):
        entries = self.entries.setdefault(entry.key, [])
        if all((e.slug, e.region) != (entry.slug, entry.region) for e in entries):
            # Full names before short ones: a short name yields to a term's full name.
            entries.append(entry)
        self.first_words.add(entry.key[0])
        self.longest = max(self.longest, len(entry.key))


_cache = {}


def index(vocabulary, places):
    """The name index of a vocabulary, built once."""
    key = (id(vocabulary.programmes), id(vocabulary.partners))
    if key not in _cache:
        _cache[key] = Index(vocabulary, places)
    return _cache[key]


def find(sentences, names, regions):
    """Programmes and partners of the article, each with the sentence that names it."""
    found = {}
    for sentence in sentences:
        text = sentence.text
        taken = []
        for start, end, entry in _known(text, names, regions):
            taken.append((start, end))
            _note(found, entry.slug, _term(names, entry).name, entry.kind, text, start)
        for name, start, slug in _unknown(text, taken, names):
            _note(found, slug, name, "partner", text, start)
    return [org for org in found.values() if org.kind == "partner" or not org.framework_only] + [
        org for org in found.values() if org.kind == "programme" and org.framework_only
        and not any(o.kind == "programme" and not o.framework_only for o in found.values())
    ]


def _term(names, entry):
    return (names.programmes if entry.kind == "programme" else names.partners)[entry.slug]


def _note(found, slug, name, kind, text, start):
    """Record one mention, and whether it names a partner or only a person's employer."""
    key = slug or normalize(name)
    org = found.setdefault(key, Organisation(slug, name, kind, text))
    before = text[:start]
    if kind == "programme":
        if not (_FRAMEWORK_BEFORE.search(before) or _FRAMEWORK_NAME.match(text, start)):
            if org.framework_only:
                org.sentence = text
            org.framework_only = False
        return
    if not (_TITLE_BEFORE.search(before) or _ATTACHED_BEFORE.search(before)):
        if not org.as_partner:
            org.sentence = text
        org.as_partner = True


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


def _matching(names, window, text, regions):
    key = tuple(word[3] for word in window)
    for entry in names.entries.get(key, ()):
        if any(not window[i][2].isupper() for i in entry.acronyms):
            continue
        start, end = window[0][0], window[-1][1]
        if entry.region and not window[0][2][0].isupper():
            continue  # « la wilaya », « le conseil régional » in lower case: the institution in general
        if entry.region and (entry.region not in regions or re.match(r"\s*(de la |de l['’]|du |d['’]|de )?[A-ZÀ-Þ]", text[end:])):
            continue  # a short name, in an article about another region or followed by another place
        if entry.ambiguous and not _PARTNER_CUE_BEFORE.search(text[:start]):
            continue
        if not window[0][2][0].isupper() and not window[0][2][0].isdigit() and entry.kind == "programme" and len(key) == 1:
            continue  # a programme's one-word name written in lower case is an ordinary word
        return entry
    return None


# --- organisations the vocabulary does not know ------------------------------

_HEADS = re.compile(
    r"\b(?P<head>(?:M|m)inistère|Conseil régional|Conseil de la [Rr]égion|Conseil (?:provincial|préfectoral|communal)|"
    r"Université|Agence|Wilaya|Fondation|Chambre|Office|Institut|Centre régional d['’]investissement)\b"
)
_QUOTED = re.compile(r"\b(?:association|fondation|Association|Fondation)\s*[«“\"]\s*(?P<name>[^»”\"]{2,60}?)\s*[»”\"]")
_PLURAL_MINISTRIES = re.compile(
    r"\b[Mm]inistères\s+(?P<body>(?:de|du|des|d['’]).+?)(?=,\s*(?:la|le|les|l['’]|un|une)\b|[.;:]|$)"
)
_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:et\s+)?(?:de la|de l['’]|du|des|de|d['’])\s*(?=[^\W\d_])")
_CAPITALISED = re.compile(r"\s*(?:[-–]\s*)?([A-ZÀ-Þ0-9][\w'’.-]*)")
_ADJECTIVE = re.compile(r"\s+([a-zà-ÿ]+(?:ique|ieure?|ale?|aux|ales|elle|el|aire|ive?|é|ée|és|ées|aine?|ienne?|aise?|oise?|ante?)s?)\b")
_WORD = re.compile(r"([\w'’-]+)")
_STOP = {"a", "ont", "est", "sont", "qui", "que", "pour", "dans", "afin", "avec", "en", "sur", "à", "au", "aux",
         "par", "lors", "ainsi", "le", "les", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
         "selon", "tutelle", "plus", "près", "cadre", "part", "même"}
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][\w-]{1,10})\)")


def _unknown(text, taken, names):
    """Organisations named by their kind (« Université... », « Agence... »): (name, start, slug or "")."""
    found = []
    for match in _PLURAL_MINISTRIES.finditer(text):
        for name in _split_ministries(match.group("body"), names):
            found.append((name, match.start(), ""))
        taken = [*taken, match.span()]
    for match in _QUOTED.finditer(text):
        if not _inside(match.start("name"), taken):
            found.append((match.group("name"), match.start(), ""))
    for match in _HEADS.finditer(text):
        if _inside(match.start(), taken):
            continue
        name = _name_after(text, match)
        if name:
            found.append((name, match.start(), ""))
    resolved = []
    for name, start, _ in found:
        term = names.partners.resolve(name)
        resolved.append((term.name if term else name, start, term.slug if term else ""))
    return resolved


def _inside(position, spans):
    return any(start <= position < end for start, end in spans)


def _name_after(text, head):
    """The full name that starts with a head word, or "" when it has no proper complement."""
    position, parts = head.end(), [head.group("head")]
    complement = False
    while True:
        rest = text[position:]
        connector = _CONNECTOR.match(rest)
        if connector:
            word = _WORD.match(rest, connector.end())
            if word and word.group(1).lower() not in _STOP:
                if not complement and not word.group(1)[0].isupper() and head.group("head")[0].islower():
                    return ""  # « le ministère de tutelle »: no name
                parts.append(rest[:word.end()])
                position += word.end()
                complement = True
                continue
            break
        capital = _CAPITALISED.match(rest)
        if capital and capital.group(1).lower() not in _STOP:
            parts.append(rest[:capital.end()])
            position += capital.end()
            complement = True
            continue
        adjective = _ADJECTIVE.match(rest)
        if adjective and adjective.group(1) not in _STOP:
            parts.append(rest[:adjective.end()])
            position += adjective.end()
            continue
        break
    if not complement:
        return ""
    name = "".join(parts).strip(" ,")
    return name[0].upper() + name[1:]


def _split_ministries(body, names):
    """« ministères de A et de B » → the two ministries, split where both names are known."""
    cuts = [m.start() for m in re.finditer(r"\s+et\s+(?=de |du |des |d['’])", body)]
    for cut in cuts:
        left = "Ministère " + body[:cut].strip()
        right = "Ministère " + re.sub(r"^\s+et\s+", "", body[cut:])
        if names.partners.resolve(left) and names.partners.resolve(right):
            return [left, right]
    return ["Ministère " + body.strip()] if not cuts else [
        "Ministère " + body[:cuts[-1]].strip(), "Ministère " + re.sub(r"^\s+et\s+", "", body[cuts[-1]:])
    ]
