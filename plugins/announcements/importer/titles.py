"""Institutions named only through a person's title: « le wali de la région X », « la ministre de tutelle »."""

import re

from .roles import ACTS, PARTNER_CUE_BEFORE, WINDOW

# « le wali de la région Laâyoune-Sakia El Hamra » signs for the wilaya; « le gouverneur de la
# province de Figuig » for the province.
_TITLE_OF_PLACE = re.compile(
    r"\b(?P<title>wali|gouverneur)\s+(?:de\s+la\s+)(?P<kind>région|province|préfecture)\s+(?P<rest>.{1,70})",
    re.IGNORECASE,
)
_INSTITUTION = {"wali": "Wilaya de la région ", "province": "Province ", "préfecture": "Préfecture "}
# « La province de Taza, qui porte le projet, l'INDH … »: the province as a body, by the share it takes.
# (not « l'INDH - Province de Chichaoua, qui finance »: the INDH's unit in the province)
_PROVINCE_TAKING_PART = re.compile(r"\b[Ll]a\s+(?P<kind>[Pp]rovince|[Pp]réfecture)\s+"
                                   r"(?P<rest>(?:de\s+|d['’]\s*)[^,;.]{1,40}?)\s*,\s*qui\s+(?:en\s+|le\s+|la\s+|y\s+)?"
                                   r"(?:porte|portera|finance|financera|cofinance|pilote|pilotera|apporte|apportera|"
                                   r"assure|assurera|prend\s+en\s+charge)\b")
# « le conseil régional », « le président de la Région », with no place after: the article's region's council.
_BARE_COUNCIL = re.compile(
    r"\b(?P<title>présidente?\s+(?:du|de\s+la)\s+)?"
    # (« Trois parties l'ont signée : la Région, … », « La Région en apporte 24 millions »: the body, capitalised)
    r"(?P<name>[Cc]onseil\s+(?:régional|de\s+la\s+[Rr]égion)|(?:(?<=de la )|(?<=\bla )|(?<=\bLa ))Région)"
    r"(?!\s*(?:de\s+l['’]\s*|de\s+|du\s+|d['’])?[A-ZÀ-Þ\u0600-\u06ff])"
)
# « 18 MDH à la charge de la Région Marrakech-Safi »: the region that pays is its council.
_FUNDING_REGION = re.compile(
    r"\b(?:charge|financement|contribution|apport|financée?s?|apportée?s?|avec|par|entre|partenariat|soutien|appui)\b"
    r"[^,;.]{0,15}?\b(?:de la |la )?(?P<name>Région)\s+(?=[A-ZÀ-Þ]|de\s+l['’]|du\s)"
)
# « La Région en apporte 24 millions », « la Région finance l'essentiel »: the region that pays is its council.
_GIVES_AFTER = re.compile(r"\s+(?:en\s+|y\s+)?(?:finance|financera|cofinance|apporte|apportera|prend\s+en\s+charge|"
                          r"met|mettra|mobilise|mobilisera|contribue|contribuera|débloque|consacre)\b")
# « la Région Occitanie »: a region abroad, named after « Région » with a capital (a region of Morocco so named is its
# council).
_FOREIGN_REGION = re.compile(r"\b(?P<name>Région\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[- ][A-ZÀ-Þ][\w'’-]+){0,2}))")
# « la mairie de Las Palmas de Gran Canaria », « la Ville de Bordeaux »: a town abroad, by its council.
_FOREIGN_CITY = re.compile(r"\b(?i:la)\s+(?P<kind>(?i:mairie|ville|municipalité))\s+de\s+"
                           r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|del|la|las|los|[A-ZÀ-Þ][\w'’-]+)){0,4}?)"
                           r"(?=\s*(?:[,.;)]|\s(?:et|ont|a|financent|finance|apporte|signent)\b))")
# « Trois parties l'ont signée : la Région, … », « une convention entre le ministère, qui finance, et la Région »:
# listed among the signatories.
_SIGNATORIES_BEFORE = re.compile(r"\b(?:signée?s?|signataires?|parties|paraphée?s?|entre|liant|associe|associant)\b"
                                 r"(?:[^.;]{0,20}?|[^.;]{0,160}?(?:,|\bet)\s*)(?:la|La)\s$", re.IGNORECASE)
# « Les deux conseils régionaux, Souss-Massa et Guelmim-Oued Noun, financent »: each region's council.
_COUNCILS_OF = re.compile(r"\b(?i:les\s+(?:deux\s+|trois\s+|quatre\s+)?conseils\s+(?:régionaux|des\s+régions))"
                          # (« Les conseils des régions Guelmim-Oued Noun et Laâyoune-Sakia El Hamra ont signé »)
                          r"\s*(?:,\s*|de\s+|du\s+|des\s+|d['’]\s*)?(?P<list>[^.;:()]{4,120})")
# A bare « le ministère », « la ministre » refers back to a ministry: a partner where the sentence says so.
_BARE_MINISTRY = re.compile(
    r"\b(?P<det>le|la|du|au)\s+(?P<word>ministère|ministre)\b(?P<tutelle>\s+de\s+tutelle)?"
    # (« par la ministre déléguée, le président de … »: the minister alone, her delegation said, no other portfolio)
    r"(?!\s+(?:de|du|des|d['’]|chargée?|auprès)\b|\s+délégu\w*\s+(?:chargée?|auprès|à|aux|au)\b)",
    re.IGNORECASE,
)
_DIGITAL = re.compile(r"numérique|digital|intelligence artificielle|\bIA\b|codage|\bcode\b|programmation|informatique|"
                      r"cybersécurité|données|\bdata\b|technologies de l['’]information", re.IGNORECASE)
_HIGHER_EDUCATION = re.compile(r"universit|facult|enseignement supérieur|école supérieure|\bENS\w*\b|\bEST\b",
                               re.IGNORECASE)


def institutions(text, taken, names, regions):
    """Wilayas, provinces and regional councils named through a title: (name, start, end, slug, titled)."""
    found = []
    for match in _TITLE_OF_PLACE.finditer(text):
        rest = match.group("rest")
        place = next((p for p in names.places.find(rest) if p[1] <= 6), None)
        if not place:
            continue
        surface = rest[:place[2]].strip()
        key = "wali" if match.group("title").lower() == "wali" else match.group("kind").lower()
        if key != "wali" and not re.match(r"d(?:e|u)\b|d['’]", surface):
            surface = "de " + surface  # « gouverneur de la province Figuig »: « Province de Figuig »
        found.append((_INSTITUTION[key] + surface, match.start(), match.start("rest") + place[2], True))
    for match in _PROVINCE_TAKING_PART.finditer(text):
        place = next((p for p in names.places.find(match.group("rest")) if p[1] <= 4), None)
        if place and not any(low <= match.start() < high for low, high in taken):
            surface = match.group("rest")[:place[2]].strip()
            found.append((_INSTITUTION[match.group("kind").lower()] + surface, match.start(),
                          match.start("rest") + place[2], False))
    for match in _FUNDING_REGION.finditer(text):
        place = next((p for p in names.places.find(text[match.end("name"):match.end("name") + 60])
                      if p[1] <= 6 and p[0].kind == "region"), None)
        if place and not any(low <= match.start("name") < high for low, high in taken):
            name = _council(names.partners, names.region_names.get(place[0].region, place[0].name))
            found.append((name, match.start("name"), match.end("name") + place[2], False))
    # Bodies abroad, paying or at work: « 40 % par la Région Occitanie », « La Région Occitanie apportera
    # l'ingénierie » (a twinned region, named as such; a region of Morocco is its council, above); « la commune
    # d'Agadir et la mairie de Las Palmas de Gran Canaria ont signé », « la Ville de Bordeaux financent l'école » (a
    # town, through its council, also when the sentence tells a signing; a Moroccan one is a commune).
    abroad = [*((match, match.group("name"), False) for match in _FOREIGN_REGION.finditer(text)),
              *((match, f"{match.group('kind').capitalize()} de {match.group('place')}", True)
                for match in _FOREIGN_CITY.finditer(text))]
    for match, name, signing_names_it in abroad:
        if any(low <= match.start() < high for low, high in taken) or names.places.find(match.group("place")):
            continue
        if (signing_names_it and ACTS.search(text)) or PARTNER_CUE_BEFORE.search(
                text[max(0, match.start() - WINDOW):match.start()]) or _GIVES_AFTER.match(text, match.end()):
            found.append((name, match.start(), match.end(), False))
    for match in _COUNCILS_OF.finditer(text):
        for place, start, end in names.places.find(match.group("list")):
            if place.kind == "region" and not any(low <= match.start("list") + start < high for low, high in taken):
                name = _council(names.partners, names.region_names.get(place.region, place.name))
                found.append((name, match.start("list") + start, match.start("list") + end, False))
    if len(regions) == 1 and regions[0] in names.region_names:
        region = names.region_names[regions[0]]
        for match in _BARE_COUNCIL.finditer(text):
            if any(low <= match.start("name") < high for low, high in taken):
                continue
            before = text[max(0, match.start() - WINDOW):match.start()]
            cued = ((before.endswith("de la ") and PARTNER_CUE_BEFORE.search(before))
                    or _SIGNATORIES_BEFORE.search(before))
            if match.group("name") == "Région" and not (match.group("title") or cued
                                                        or _GIVES_AFTER.match(text, match.end())):
                # « le développement de la Région », « et la Région a beaucoup fait pour attirer des entreprises »: the
                # territory, or what it did before
                continue
            found.append((_council(names.partners, region), match.start("name"), match.end("name"),
                          bool(match.group("title"))))
    resolved = []
    for name, start, end, titled in found:
        term = names.partners.resolve(name)
        resolved.append((term.name if term else name, start, end, term.slug if term else "", titled))
    return resolved


def _council(partners, region):
    """The name the vocabulary knows for a region's council, else « Conseil de la région X »."""
    for name in (f"Conseil de la région {region}", f"Conseil régional {region}", f"Conseil régional de {region}",
                 f"Conseil de la région de {region}", f"Conseil de la région de l'{region}",
                 f"Conseil régional de l'{region}"):
        term = partners.resolve(name)
        if term:
            return term.name
    return f"Conseil de la région {region}"


def bare_ministries(text, spans):
    """« la ministre de tutelle », « entre le ministère, ... »: (start, tutelle?, end) where a bare ministry acts."""
    return [(match.start(), bool(match.group("tutelle")), match.end()) for match in _BARE_MINISTRY.finditer(text)
            if _acts_there(text, match.start(), spans)]


# « La convention associe le Conseil provincial, … »: the council of the province named before, without its name.
_BARE_PROVINCE_COUNCIL = re.compile(r"\b(?:le|du|au)\s+[Cc]onseil\s+(?:provincial|préfectoral)\b"
                                    r"(?!\s+(?:de|du|des|d['’])\b|\s*\(|\s+[A-ZÀ-Þ])")


def bare_councils(text, spans):
    """Where « le Conseil provincial » acts without its province's name: starts."""
    return _acting(_BARE_PROVINCE_COUNCIL, text, spans)


# « au siège du Conseil de la région de l'Oriental, par le président du Conseil, … »: the region's council named
# before, capitalised, without its region (not « le conseil d'administration », « le Conseil économique »).
_BARE_REGION_COUNCIL = re.compile(r"\b(?:le|du|au)\s+Conseil(?:\s+régional)?\b"
                                  r"(?!\s+(?:de|du|des|d['’]|provincial|préfectoral|communal|municipal|économique|"
                                  r"supérieur|national|consultatif|scientifique|pédagogique|administratif)\b|\s*\(|"
                                  r"\s+[A-ZÀ-Þ])")


def bare_region_councils(text, spans):
    """Where « le Conseil » (of the region named before) acts without its region's name: starts."""
    return _acting(_BARE_REGION_COUNCIL, text, spans)


# « L'association a lancé à Tiznit le programme » after « elle fonde l'association X »: the one the article named,
# without its name (not « l'association des parents », « l'association Y », « l'association de Z »).
# (not « L'association locale Tifawin pour le développement »: named, after an adjective)
_BARE_ASSOCIATION = re.compile(r"\b[Ll]['’]\s*association\b(?!\s+(?:de|du|des|d['’]|pour|qui\s+porte)\b|\s*\(|"
                               r"\s+[A-ZÀ-Þ«\"]|\s+[a-zà-ÿ]+\s+[A-ZÀ-Þ«\"])")


def bare_associations(text, spans):
    """Where « l'association » acts without its name: (start, end) of each."""
    return [(start, _BARE_ASSOCIATION.match(text, start).end()) for start in _acting(_BARE_ASSOCIATION, text, spans)]


def _acting(pattern, text, spans):
    """Starts of the bare mentions a pattern finds that act in the sentence."""
    return [match.start() for match in pattern.finditer(text) if _acts_there(text, match.start(), spans)]


def _acts_there(text, start, spans):
    """Whether a body named without its name at start acts in the sentence: not among those present (spans), and
    the sentence tells an act or a partner's cue comes just before."""
    return not any(low <= start < high for low, high in spans) and bool(
        ACTS.search(text) or PARTNER_CUE_BEFORE.search(text[max(0, start - WINDOW):start]))


def ministry_in_charge(partners, sentence):
    """The ministry a « ministre de tutelle » heads: higher education for a university, else the digital one."""
    wanted = "enseignement supérieur" if _HIGHER_EDUCATION.search(sentence) and not _DIGITAL.search(sentence) \
        else "numérique"
    ministries = [t for t in partners if getattr(t, "kind", "") == "ministère" and wanted in t.name.lower()]
    return min(ministries, key=lambda t: len(t.name), default=None)
