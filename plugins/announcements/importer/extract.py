"""From a press article's text to a Draft: each extractor in turn, and the evidence for each value."""

import datetime
import re

from ..vocabulary import NATIONAL, normalize
from . import (
    accents,
    amounts,
    corrections,
    dates,
    initiatives,
    organisations,
    people,
    places,
    roles,
    roundup,
    scopes,
    text,
    topics,
    zones,
)
from .draft import KEYS, Draft

# An event named with its year: « le Devoxx 2022 », « GITEX Africa 2024 » (a name, then the year).
_EVENT_YEAR = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(20[0-4]\d)\b(?!\s*[-–/])")


def _year_of_event(article):
    """The one past or current year that the headline or lead gives an event's name, or None.

    A later year is a plan's horizon (« Digital Morocco 2030 »), not the event's.
    """
    text = " ".join([article.headline or "", *article.paragraphs[:2]])
    years = {int(year) for year in _EVENT_YEAR.findall(text) if int(year) <= datetime.date.today().year}
    return years.pop() if len(years) == 1 else None


def _is_place(gazetteer, name):
    """True when the whole of name is one place of the gazetteer; a town in capitals (a round-up item's head) also
    as the press spells it after « à » (« OUAZZANE » for the census's « Ouezzane »), never a person's name."""
    if any(start == 0 and end >= len(name) - 1 for _place, start, end in gazetteer.find(name)):
        return True
    return name.isupper() and any(start == 2 and end >= len(name) + 1
                                  for _place, start, end in gazetteer.find(f"à {name.title()}"))


def _french(number):
    return f"{number:,}".replace(",", " ")


def _note_corrections(draft, corrected):
    """Tell the editor which figure the article's own correction note put in place of another, on the fields it
    concerns: amounts on the budget, counts on the people and the jobs."""
    for key, money in (("budget", True), ("trainees", False), ("jobs", False)):
        told = " ; ".join(f"« {wrong} » remplacé par « {right} »" for wrong, right, is_money in corrected
                          if is_money == money)
        if not told or getattr(draft, key) is None:
            continue
        note = f"chiffres lus tels que la note de correction de l'article les rectifie ({told}) : vérifiez"
        draft.notes[key] = f"{draft.notes[key]} ; {note}" if key in draft.notes else note


def extract(raw, vocabulary, *, html=None, url="", published=None, source_name=""):
    """Read an article (plain text or HTML) into a Draft."""
    gazetteer = places.gazetteer(vocabulary)
    # (a page stripped of its accents is read with them put back: the rules read French as it is spelt)
    article = roundup.focus(text.parse(accents.restored(raw), html), lambda name: _is_place(gazetteer, name))
    # (« Erratum : … était donné à 18,5 millions … s'élève en réalité à 15,8 millions »: read as corrected)
    article, corrected = corrections.applied(article)
    sentences = zones.keep(article.sentences)
    draft = Draft(title=article.headline)
    evidence = draft.evidence
    if draft.title:
        evidence.append(("title", draft.title, "(titre de l'article)"))
        draft.notes["title"] = "titre de l'article repris tel quel : reformulez-le dans vos mots"

    url = url or article.url  # the address the page gives itself, when none was given
    base, how = dates.publication_date(article, url, published)
    event = dates.event_date(sentences, dates.spoken_day(article, base) or base)
    if event:
        draft.date, draft.date_precision = event.date, event.precision
        evidence.append(("date", event.date.isoformat() + (" (mois)" if event.precision == "month" else ""),
                         event.sentence))
    elif base:
        draft.date = base
        draft.notes["date"] = "jour de l'événement non trouvé : c'est la date de l'article, à vérifier"
        evidence.append(("date", f"{base.isoformat()} (date de l'article)", how))
    elif (named := _year_of_event(article)):
        # « Devoxx 2022 », « GITEX Africa 2024 »: with no day anywhere, the event's name gives its year.
        draft.date, draft.date_precision = datetime.date(named, 1, 1), "year"
        draft.notes["date"] = "seule l'année est connue (nom de l'événement) : précisez le jour si possible"
        evidence.append(("date", f"{named} (année)", article.headline))

    location = places.locate(sentences, gazetteer, event.sentence if event else "")
    if not location.regions:
        # (a story that names no place but its institutions' own, under « Campus Maroc – Rabat, jeudi 19 juin 2025 »)
        location = places.header_dateline(article.header_lines, gazetteer) or location
    if not location.city and location.regions and location.regions != [NATIONAL]:
        # (a commune's own bulletin: the town is on its masthead, not in the story's sentences)
        location.city, location.city_sentence = places.header_town(article.header_lines, gazetteer, location.regions)
    draft.regions, draft.city = location.regions, location.city
    spread = _in_several_towns_at_once(sentences, gazetteer)
    if spread and location.city:
        # « Sahra Code démarre simultanément à Laâyoune et Dakhla »: the event happens in several towns at once
        draft.notes["city"] = f"l'événement a lieu en même temps à {spread} : aucune ville retenue, à vérifier"
        draft.city = location.city = ""
    if location.regions:
        evidence.append(("region", ", ".join(location.regions), location.region_sentence))
    if location.city:
        evidence.append(("city", location.city, location.city_sentence))

    names = organisations.index(vocabulary, gazetteer)
    regions = [] if location.regions == [NATIONAL] else location.regions
    year = (draft.date or base or datetime.date.today()).year
    site = normalize(article.site_name or "")
    frameworks = set()  # programmes named only as the frame (« la stratégie Digital Morocco 2030 »)
    found = organisations.find(sentences, names, regions, year, location.city)
    passing = _in_passing(found)
    for org in passing:
        found.remove(org)
    _drop_passing_partners(found, passing)
    for org in found:
        if org.kind == "programme" and org.framework_only:
            frameworks.add(org.name)
        if org.kind == "programme":
            draft.programmes.append(org.name)
            evidence.append(("programme", org.name, org.sentence))
        elif org.as_partner and not (site and not org.slug and normalize(org.name) == site
                                     and not _BODY_FIRST.match(org.name)):
            # (« EduPortail Maroc – le portail de l'éducation » in the page's footer: the outlet, not a party; a
            # commune's or a university's own page keeps the body)
            draft.partners.append((org.name, bool(org.slug)))
            evidence.append(("partners", org.name + ("" if org.slug else " (inconnu)"), org.sentence))

    _new_initiatives(draft, sentences, names, evidence, frameworks)
    _town_in_the_name(draft, gazetteer, evidence)
    _drop_others_partners(draft, found)
    _drop_set_aside_partners(draft, found, sentences)
    _drop_schools_of_partner_universities(draft, sentences)
    _drop_institutes_of_the_ofppt(draft)
    _drop_the_programme_itself(draft)
    _the_training_place_is_the_initiative(draft, sentences)
    _bare_commune(draft, sentences)
    _publishing_association(draft, article, names)

    found = amounts.budget(amounts.find(sentences, year))
    if amounts.untold(sentences) and found.budget:
        # « aucun montant propre au volet numérique n'a été communiqué »: every amount is another's
        found = amounts.Budget(None, [], [found.budget, *found.items, *found.others])
    _budget(draft, found)
    _foreign_money(draft, sentences)

    trainees = people.trainees(sentences, year, draft.city)
    if trainees:
        draft.trainees = trainees.value
        draft.trainees_kind, draft.trainees_period, draft.trainees_note = people.kinds(trainees.note)
        evidence.append(("trainees", _french(trainees.value) + (f" ({trainees.note})" if trainees.note else ""),
                         trainees.sentence))
    jobs = people.jobs(sentences, year)
    if jobs:
        draft.jobs, draft.jobs_note, draft.jobs_kind = jobs.value, jobs.note, scopes.jobs_kind(jobs.sentence)
        if draft.jobs_kind:
            draft.notes["jobs_kind"] = "proposé d'après la phrase du nombre : promis ou déjà créés, vérifiez"
        evidence.append(("jobs", _french(jobs.value) + (f" ({jobs.note})" if jobs.note else ""), jobs.sentence))
    else:
        _hiring_share(draft, sentences, year)

    for theme, sentence in topics.find(sentences):
        draft.topics.append(theme)
        evidence.append(("topics", theme, sentence))
    if draft.topics:
        draft.notes["topics"] = "thèmes repérés par mots-clés : gardez ceux qui comptent"

    _note_corrections(draft, corrected)
    order = {key: number for number, key in enumerate(KEYS)}
    evidence.sort(key=lambda row: order.get(row[0].rstrip(" ?"), len(order)))
    draft.source = {key: value for key, value in (
        ("name", source_name or article.site_name), ("url", url), ("date", base)) if value}
    return draft


_LANDSCAPE = 3
# A public body or an association by its first word: its own site's name is still a party's.
_BODY_FIRST = re.compile(r"^(?:Commune|Conseil|Université|Agence|Association|Fondation|Ministère|Province|Préfecture|"
                         r"Région|Office|Institut|École|Wilaya|Chambre|Direction|Délégation|Centre)\b")


def _in_passing(found):
    """Known programmes named only below the headline and lead, when these name another: mentioned in passing.

    « JobInTech forme 400 jeunes à Agadir » then, further down, « comme 1337 ou YouCode avant lui »: the
    article is about JobInTech.
    """
    programmes = [org for org in found if org.kind == "programme" and not org.framework_only]
    named_in_lead = {org.name for org in programmes if org.in_lead}
    if not named_in_lead:
        # (a portrait opening on a person: « La filière a ouvert ses portes en novembre au sein de la Cité des métiers »
        # further down, beside « Sa sœur a tenté sa chance à l'école 1337 »: the one told opening is the subject)
        opened = {org.name for org in programmes if initiatives.launched(_clauses_naming(org.name, org.sentence))}
        return [org for org in programmes if opened and org.name not in opened]
    # (named further down with the news of its signing or launch, it stays: « une convention pour CODE 212 a été
    # signée vendredi », below a lead on the landscape)
    # (« …, présent en tant qu'invité, a évoqué la Cité de l'innovation »: a guest's words, however launched)
    # (« Il a aussi cité Zone01 Oujda, l'école de codage installée en ville »: a speaker's mention, whatever launch)
    return [org for org in programmes if org.name not in named_in_lead
            and (not initiatives.launched(_clauses_naming(org.name, org.sentence))
                 or roles.GUEST_SPEAKS.search(org.sentence) or _CITED.search(org.sentence))]


# « Il a aussi cité … », « Les responsables ont aussi évoqué le programme … »: a mention made in passing.
# (« Les élus ont cité en exemple Zone01 Oujda », « s'inspire de YouCode »: a model, not the subject)
_CITED = re.compile(r"\b(?:a|ont)\s+(?:aussi\s+|également\s+)?(?:cité|évoqué|mentionné)\b|\ben\s+exemple\b|"
                    r"\bs['’]inspire(?:nt)?\s+d[eu]|\bsur\s+le\s+modèle\s+d[eu]", re.IGNORECASE)


# A sentence's clauses: set apart by semicolons and quotation marks.
_CLAUSE_BREAK = re.compile(r"\s*[;«»“”]\s*")


def _clauses_naming(name, sentence):
    """The clauses of a sentence that hold a word of name (the whole sentence when none does): « Le futur Ismailia
    Business Center doit accueillir une école ; … « … », estime une directrice d'une société installée à … » tells
    of no launch of the centre."""
    words = {word.lower() for word in re.findall(r"\w{4,}", name)}
    clauses = [clause for clause in _CLAUSE_BREAK.split(sentence)
               if words & {word.lower() for word in re.findall(r"\w{4,}", clause)}]
    return " ; ".join(clauses) if clauses else sentence


# « La convention … a été signée mardi à Agadir », « a approuvé, mardi à Agadir, … une convention »: where the
# parties met, which need not be where the school is.
_SIGNED_OR_VOTED = re.compile(r"\b(?:signée?s?|paraphée?s?|conclue?s?|approuvée?s?|adoptée?s?|votée?s?|a\s+approuvé|"
                              r"a\s+adopté|a\s+voté|ont\s+signé)\b", re.IGNORECASE)
# « Taroudant Tech School », « École des métiers du numérique de Taroudant »: a town first, then what it is; or last,
# after « de ».
_TOWN_FIRST_KINDS = r"(?:Tech|Code|Coding|Digital|School|Academy|Lab|Hub|Campus|Data|Numérique|Académie|Factory)"
_TOWN_WORTH = 20000  # a smaller commune's name in a school's name is a brand (« Argana Code » is in Taroudant)


def _town_in_the_name(draft, gazetteer, evidence):
    """A school named after its town (« Taroudant Tech School », « École des métiers du numérique de Taroudant ») is in
    that town, when the only town the article gives is where its convention was signed or voted (« signée mardi à
    Agadir »)."""
    if not draft.city or draft.regions == [NATIONAL] or len(draft.programmes) != 1:
        return
    told = next((row[2] for row in evidence if row[0] == "city"), "")
    if not _SIGNED_OR_VOTED.search(told):
        return
    name = draft.programmes[0]
    if normalize(draft.city) in normalize(name):
        return
    towns = {place.name for place, start, end, *_rest in gazetteer.find(name)
             if place.kind == "commune" and place.region in draft.regions and place.population >= _TOWN_WORTH
             and (re.match(rf"\s+{_TOWN_FIRST_KINDS}\b", name[end:]) and start == 0
                  or (re.search(r"\b(?:de|d['’])\s*$", name[:start]) and not name[end:].strip()))}
    if len(towns) != 1:
        return
    town = towns.pop()
    if normalize(town) in normalize(draft.city) or normalize(draft.city) in normalize(town):
        return
    draft.city = town
    evidence[:] = [row for row in evidence if row[0] != "city"]
    evidence.append(("city", town, next((row[2] for row in evidence if row[0] == "programme"), name)))


def _new_initiatives(draft, sentences, names, evidence, frameworks=()):
    """An initiative the vocabularies do not know, named in the headline or lead, is the article's programme.

    A known programme named only as the frame (« la stratégie Digital Morocco 2030 ») gives way to it, even in the lead.
    """
    # « Business Center » read inside « Ismailia Business Center », a programme the vocabulary knows: the same;
    # so is « Orange Digital Center Club », a known programme's name with a word added.
    known = [f"-{normalize(name)}-" for name in draft.programmes]
    new = [(name, sentence) for name, sentence in initiatives.named(sentences, names)
           if not any(f"-{normalize(name)}-" in other or other in f"-{normalize(name)}-" for other in known)]
    if not new:
        return
    rows = [row for row in evidence if row[0] == "programme"]
    # « 1337 à Khouribga, YouCode à Youssoufia, les Orange Digital Center… »: a lead listing the landscape
    # (three programmes or more in one sentence) does not make them the subject.
    listed = {text for text in (row[2] for row in rows) if sum(other[2] == text for other in rows) >= _LANDSCAPE}
    # (« Les élus ont cité en exemple Zone01 Oujda » in a brief's one paragraph: a model named, not the subject)
    leading = {row[1] for row in rows if _in_lead(row[2], sentences) and row[2] not in listed
               and row[1] not in frameworks and not _CITED.search(row[2])}
    # « un accord de partenariat avec la Digital France School, un réseau d'écoles, … la future école, baptisée « X » »:
    # the known network is the partner the new school is made with.
    partnered = {row[1] for row in rows if row[1] in leading and re.search(
        r"\b(?:partenariat|accord|convention)\b[^.;]{0,40}?\bavec\s+(?:la\s+|le\s+|l['’]\s*)?"
        + re.escape(row[1]), row[2])}
    for name in partnered:
        leading.discard(name)
        draft.partners.append((name, bool(names.partners.resolve(name))))
        evidence.append(("partners", name, next(row[2] for row in rows if row[1] == name)))
    # A known programme met only further down is mentioned in passing: the new one is the subject.
    draft.programmes[:] = [name for name in draft.programmes if name in leading]
    evidence[:] = [row for row in evidence if row[0] != "programme" or row[1] in leading]
    for name, sentence in new:
        draft.programmes.append(name)
        evidence.append(("programme", f"{name} (inconnu)", sentence))
    draft.notes["programme"] = _UNKNOWN_PROGRAMME


_UNKNOWN_PROGRAMME = ("programme ou école inconnu de data/programmes.yaml : ajoutez-le au vocabulaire ou remplacez-le "
                      "par un programme connu")


def _drop_passing_partners(found, passing):
    """Partners named only in sentences about programmes mentioned in passing (« Huawei a signé dès 2018 avec le
    ministère le partenariat Morocco Smart Education ») are those programmes', not this announcement's."""
    # (« dans l'amphithéâtre de la Cité de l'innovation, qui accueillait la cérémonie, quatre signatures ont scellé … »:
    # a programme named as the place of the ceremony leaves the sentence to the ceremony)
    aside = {text for org in passing for text in org.sentences if not _HOSTED_THE_EVENT.search(text)}
    ours = {text for org in found if org.kind == "programme" for text in org.sentences}
    # (« Le budget de cette deuxième promotion est pris en charge par l'INDH, et les formateurs … par X »: a sentence
    # on this edition is this announcement's, whatever programme it also names)
    ours |= {text for text in aside if _THIS_EDITION.search(text)}
    for org in found:
        if org.kind == "partner" and org.as_partner and org.sentences and all(
                text in aside and text not in ours for text in org.sentences):
            org.as_partner = False


# « …, qui accueillait la cérémonie »: a place named as the ceremony's venue.
_HOSTED_THE_EVENT = re.compile(r"\bqui\s+(?:accueillait|accueille|abritait|abrite|recevait|reçoit)\s+(?:la\s+cérémonie|"
                               r"l['’]événement|la\s+rencontre|la\s+signature)\b", re.IGNORECASE)
# « cette deuxième promotion », « cette édition »: a sentence on the edition the article announces.
_THIS_EDITION = re.compile(r"\b(?:cette|cet)\s+(?:\w+\s+)?(?:promotion|cohorte|édition|session)\b", re.IGNORECASE)


def _remove_partners(draft, names):
    """Take the partners named out of the draft, with the evidence that proposed them."""
    draft.partners[:] = [(name, known) for name, known in draft.partners if name not in names]
    draft.evidence[:] = [row for row in draft.evidence
                         if row[0] != "partners" or row[1].removesuffix(" (inconnu)") not in names]


def _drop_set_aside_partners(draft, found, sentences):
    """Partners named only in sentences about a known programme the article's new initiative set aside (« Il vient
    compléter le programme « Émergence des compétences » que la Fondation X mène avec AMIDEAST »): that programme's.

    A sentence that names the initiative, or opens on it (« La formation sera assurée avec l'OFPPT, … ses ateliers de
    la Cité des métiers … »), is the initiative's, whatever else it names."""
    partners = {name for name, _known in draft.partners}  # (a known programme the initiative is made with)
    aside = {text for org in found if org.kind == "programme" and org.name not in draft.programmes
             and org.name not in partners for text in org.sentences}
    if not aside:
        return
    ours = {text for org in found if org.kind == "programme" and org.name in draft.programmes for text in org.sentences}
    ours |= {row[2] for row in draft.evidence if row[0] == "programme"}
    ours |= {sentence.text for sentence in sentences if initiatives.ANAPHORA.match(sentence.text)
             or _THIS_EDITION.search(sentence.text) or any(name in sentence.text for name in draft.programmes)}
    others = {org.name for org in found if org.kind == "partner" and org.as_partner and org.sentences
              and all(text in aside and text not in ours for text in org.sentences)}
    if others:
        _remove_partners(draft, others)


# The schools a university is made of, as the press names them: « l'École nationale des sciences appliquées de
# Khouribga », « l'École supérieure de technologie de Béni Mellal ».
_UNIVERSITY_SCHOOL = re.compile(r"^(?:École (?:nationale|supérieure)|Faculté)\b")


def _drop_schools_of_partner_universities(draft, sentences):
    """A university's school the vocabulary does not know is no second party when a university is one: « l'Université
    Sultan Moulay Slimane … les locaux de l'École nationale des sciences appliquées de Khouribga » names the
    university's own school, where the work is done. Named beside it as a party of its own (« l'Université X et son
    École Y ont signé », « entre l'Université, son École Y et Z »), or as the one that launches the course
    (« l'École Y, établissement de l'Université X, a lancé la licence … »), it stays."""
    if any(name.startswith("Université") for name, _known in draft.partners):
        beside = " ".join(row[2] for row in draft.evidence if row[0] == "partners")
        story = " ".join(sentence.text for sentence in sentences)
        # (« une convention entre l'université, son École Y, le ministère et Huawei »: said anywhere in the story)
        schools = {name for name, known in draft.partners if not known and _UNIVERSITY_SCHOOL.match(name)
                   and not re.search(r"(?:\bet|,)\s+(?:son|sa)\s+" + _spelled(name), f"{beside} {story}")
                   and not _runs_the_course(name, story) and not _listed_signatory(name, sentences)
                   and not _signed_by_its_head(name, story, sentences)}
        _remove_partners(draft, schools)


# The OFPPT's own institutes, by their kind: « l'Institut spécialisé de technologie appliquée de Guelmim », « la Cité
# des métiers et des compétences d'Agadir », « l'ISTA NTIC ».
_OFPPT_INSTITUTE = re.compile(r"^(?:Institut\s+spécialisé|Institut\s+supérieur\s+de\s+technologie\s+appliquée|"
                              r"Institut\s+de\s+formation\s+professionnelle|Cités?\s+des\s+métiers|"
                              r"Centre\s+de\s+formation\s+professionnelle|ISTA\b|CMC\b)", re.IGNORECASE)
_OFPPT = "Office de la formation professionnelle et de la promotion du travail"


def _drop_institutes_of_the_ofppt(draft):
    """« L'OFPPT y apporte des formateurs et des salles à l'Institut spécialisé de technologie appliquée de Guelmim »:
    the Office's own institute, where its share is given, is no second party when the Office is one."""
    if any(name == _OFPPT for name, _known in draft.partners):
        _remove_partners(draft, {name for name, known in draft.partners if not known and _OFPPT_INSTITUTE.match(name)})


# « … signée par le président de l'USMS, le directeur de l'ENSA Khouribga et … », « signée par Orange, l'Université X
# et l'école »: the school signs, through its head or by its common noun closing the list.
_SIGNED = re.compile(r"\b(?:signée?s?|signé|paraphée?s?)\b", re.IGNORECASE)
_HEAD_OF = r"\b(?:directeur|directrice|doyen|doyenne)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+)"
_THE_SCHOOL_LISTED = re.compile(r"(?:,|\bet)\s+l['’]\s*(?:école|établissement|faculté)\s*[.;]", re.IGNORECASE)


def _signed_by_its_head(name, story, sentences):
    """True when a signing sentence names the school's head among the signatories, by its name or the short name
    the story gives it in brackets, or closes its list of signatories with « l'école »."""
    short = re.search(_spelled(name) + r"\s*\((?P<short>[^()]{2,30})\)", story)
    names = [_spelled(name)] + ([re.escape(short.group("short"))] if short else [])
    head = re.compile(_HEAD_OF + "(?:" + "|".join(names) + ")", re.IGNORECASE)
    return any(_SIGNED.search(sentence.text)
               and (head.search(sentence.text) or _THE_SCHOOL_LISTED.search(sentence.text)) for sentence in sentences)


def _spelled(name):
    """A pattern of a name as written, either apostrophe."""
    return re.sub("['’]", lambda _apostrophe: "['’]", re.escape(name))


# What a school does when the course is its own: it launches, opens or hosts it.
# (« l'ENSA X a donné mercredi le coup d'envoi du « Parcours IA » », « la FST X accueille un nouveau « Certificat » »)
# (not « dans les locaux de l'École X, qui accueille le bootcamp »: the room, not the course)
_LAUNCHES_COURSE = (r"[^.;]{0,60}?\b(?:(?:a\s+(?:officiellement\s+)?(?:lancé|ouvert|créé|inauguré)|lance|ouvre|crée|"
                    r"inaugure)\s+(?:[^.;]{0,30}?\s)?(?:la|le|une?|sa|son)\s+(?:nouvelle\s+|nouveau\s+)?|"
                    r"accueille\s+(?:[^.;]{0,30}?\s)?une?\s+(?:nouvelle|nouveau)\s+|"
                    r"a\s+donné\s+(?:[^.;]{0,30}?\s)?le\s+coup\s+d['’]envoi\s+(?:du|de\s+la|de\s+l['’]|d['’])\s*)"
                    r"(?:[«“\"]\s*)?(?:licence|master|filière|bootcamp|certificat|cursus|parcours|diplôme|formation)\b")
# « L'École X, l'Université Y, le Conseil Z et Simplon ont signé la convention »: a school listed among the
# signatories is a party of its own.
_SIGNED_BY_LIST = re.compile(r"\b(?:ont|avaient)\s+(?:\w+\s+)?(?:signé|paraphé|conclu)\b", re.IGNORECASE)


def _listed_signatory(name, sentences):
    """True when a sentence lists the school among those who signed (« X, Y et Z ont signé »), before the verb and not
    as where it happens (« … ont signé une convention … au sein de la Faculté X, a-t-on appris »)."""
    listed = re.compile(_spelled(name) + r"\s*(?:\([^)]{1,30}\))?\s*(?:,|\bet\b)", re.IGNORECASE)
    for sentence in sentences:
        school, signed = listed.search(sentence.text), _SIGNED_BY_LIST.search(sentence.text)
        if school and signed and school.end() <= signed.start() and not _AT_A_PLACE_BEFORE.search(
                sentence.text[:school.start()]):
            return True
    return False


_AT_A_PLACE_BEFORE = re.compile(r"\b(?:au\s+sein\s+d[eu]|à|dans|sur\s+le\s+campus\s+d[eu])\s*"
                                r"(?:la\s+|l['’]\s*|le\s+)?$", re.IGNORECASE)


def _runs_the_course(name, story):
    """True when the story says the school launches the course: « l'École Y, de l'Université X, a lancé la licence »."""
    return bool(re.search(_spelled(name) + _LAUNCHES_COURSE, story, re.IGNORECASE))


def _drop_the_programme_itself(draft):
    """« Le Centre des métiers du numérique de Tan-Tan (CMNT) a ouvert … avec l'INDH »: the centre is the initiative,
    not a party to itself, however its sentence names it."""
    # (only a place of training: an incubator or an association taken for a second programme stays a partner)
    programmes = {normalize(name) for name in draft.programmes if _TRAINING_PLACE.match(name)}
    _remove_partners(draft, {name for name, known in draft.partners if not known and normalize(name) in programmes})


def _the_training_place_is_the_initiative(draft, sentences):
    """« … où s'élève désormais le Centre des compétences numériques de Sefrou (CCNS) »: with no programme found, an
    unknown place of training named in the lead, its name about the trade, is the initiative, not a partner."""
    if draft.programmes:
        return
    lead = " ".join(sentence.text for sentence in sentences if sentence.paragraph <= 1)
    places_ = [name for name, known in draft.partners if not known and _TRAINING_PLACE.match(name)
               and _TRADE_NAME.search(name) and name in lead]
    if len(places_) != 1:
        return
    name = places_[0]
    sentence = next((row[2] for row in draft.evidence if row[0] == "partners" and row[1].startswith(name)), "")
    _remove_partners(draft, {name})
    draft.programmes.append(name)
    draft.evidence.append(("programme", f"{name} (inconnu)", sentence))
    draft.notes["programme"] = _UNKNOWN_PROGRAMME


# The trade's words in a place's name: « des compétences numériques », « du code », « digital ».
_TRADE_NAME = re.compile(r"\b(?:numérique|numériques|digital|digitale|code|codage|compétences|informatique|"
                         r"programmation|data|intelligence artificielle|IA)\b", re.IGNORECASE)
_TRAINING_PLACE = re.compile(r"^(?:Centre|École|Ecole|Académie|Espace|Campus|Maison|Institut|Pôle|Cité)\b")


def _drop_others_partners(draft, found):
    """Partners only ever named as another programme's (« Et YouCode, l'école de l'UM6P, … » in an article on a
    new school) are not this announcement's."""
    others = {org.name for org in found if org.kind == "partner" and org.as_partner and org.belongs_to
              and not org.named_alone and not org.belongs_to & set(draft.programmes)}
    if others:
        _remove_partners(draft, others)


# « Une convention a été signée mardi à Had Soualem entre la commune, l'Association X et la Fondation Y »: the
# commune, unnamed, among the parties of a signing.
_BARE_COMMUNE_PARTY = re.compile(r"\b(?:signée?s?|conclue?s?|paraphée?s?)\b[^.;]{0,60}?\b(?:entre|liant)\s+"
                                 r"(?:[^.;]{0,80}?,\s*)?la\s+commune\s*(?:,|\bet\b)", re.IGNORECASE)


# « la commune de Tétouan a fourni et rénové le bâtiment », « la commune finance les locaux »: its share, told in lower
# case (not « la commune a accueilli la cérémonie », « que la commune met à disposition »: a host, a room lent).
_COMMUNE_GIVES = (r"\bla\s+commune(?:\s+urbaine)?(?:\s+(?:de\s+|d['’]\s*){town})?\s+(?:(?:a|avait|aura)\s+)?"
                  r"(?:fourni|fournit|fournira|apporte|apportera|apporté|finance|financera|financé|cofinance|cofinancé|"
                  r"pris\s+en\s+charge|prend\s+en\s+charge|contribue|contribué)\b")


# « Association Tamount pour la femme rurale · Azilal · depuis 2011 » atop a blog: the association whose page it is.
# (« Association Tilelli pour la Femme Rurale - Khénifra 21 juin à 10:15 »: a post's header, its town and hour after)
_MASTHEAD_ASSOCIATION = re.compile(r"^(?P<name>Association\s+[^·|•—–.!?\d]{3,80}?)\s*(?:[·|•]|\s[-—–]\s|$)")
# « notre nouveau programme », « notre association »: the page's own voice.
_OURS = re.compile(r"\bnotre\s+(?:nouveau\s+|nouvelle\s+|premier\s+|première\s+)?(?:programme|projet|initiative|"
                   r"association|école|formation|académie)\b", re.IGNORECASE)


def _publishing_association(draft, article, names):
    """An association's own page telling of « notre nouveau programme »: the association, named on its masthead, is
    a party."""
    masthead = next((match for line in [article.headline, *article.header_lines, *article.paragraphs[:2]]
                     if (match := _MASTHEAD_ASSOCIATION.match(line or ""))), None)
    if not masthead or not any(_OURS.search(paragraph) for paragraph in article.paragraphs):
        return
    term = names.partners.resolve(masthead.group("name"))
    name = term.name if term else masthead.group("name").strip()
    if all(normalize(name) != normalize(known) for known, _known in draft.partners):
        draft.partners.insert(0, (name, bool(term)))
        draft.evidence.append(("partners", name + ("" if term else " (inconnu)"), masthead.group()))


def _bare_commune(draft, sentences):
    """« signée … entre la commune, l'Association X et … », « la commune de Tétouan a fourni le bâtiment »: the
    article's town's commune is a partner."""
    if not draft.city or draft.regions == [NATIONAL]:
        return
    name = f"Commune de {draft.city}" if draft.city[0] not in "AEIOUÉÈaeiouéè" else f"Commune d'{draft.city}"
    if any(normalize(known) == normalize(name) for known, _ in draft.partners):
        return
    gives = re.compile(_COMMUNE_GIVES.format(town=re.escape(draft.city)), re.IGNORECASE)
    told = next((sentence.text for sentence in sentences
                 if _BARE_COMMUNE_PARTY.search(sentence.text) or gives.search(sentence.text)), None)
    if told:
        draft.partners.insert(0, (name, False))
        draft.evidence.append(("partners", f"{name} (inconnu)", told))


def _in_lead(text, sentences):
    return any(sentence.text == text and sentence.paragraph <= 1 for sentence in sentences)


def _foreign_money(draft, sentences):
    """Amounts in another currency are never converted: the editor is told, and decides."""
    written = [match.group() for sentence in sentences for match in amounts.FOREIGN.finditer(sentence.text)]
    if written:
        said = " ; ".join(dict.fromkeys(written))
        note = (f"montant en devise étrangère cité ({said}) : non compté en dirhams ; "
                "convertissez-le s'il fait le budget")
        draft.notes["budget"] = f"{draft.notes['budget']} ; {note}" if "budget" in draft.notes else note


def _hiring_share(draft, sentences, year):
    """« nous recruterons au moins 80 % de la promotion », « trois lauréats sur quatre »: a share, no number of jobs
    (the press never printed one: the site shows none); said to the editor, with what it would come to."""
    share = people.hiring_share(sentences, year)
    if not share:
        return
    percent, sentence = share
    worth = f", soit environ {_french(round(draft.trainees * percent / 100))} sur {_french(draft.trainees)}" if (
        draft.trainees) else ""
    draft.notes["jobs"] = (f"engagement à recruter {percent} % des personnes formées{worth} : aucun nombre d'emplois "
                           "donné, reportez-le seulement si l'article le soutient")
    draft.evidence.append(("jobs ?", f"{percent} %", sentence))


# « démarre simultanément à Laâyoune et Dakhla », « trois clubs inaugurés le même jour à Tétouan, Settat et Béni
# Mellal »: one event in several towns
_AT_ONCE = re.compile(r"\b(?:simultanément|au\s+même\s+moment|le\s+même\s+jour|en\s+même\s+temps|le\s+même\s+matin)\b",
                      re.IGNORECASE)


# (« Les premières promotions ont fait leur rentrée lundi, simultanément à Laâyoune et à Dakhla »)
_STARTED = re.compile(r"\b(?:démarre|démarrent|démarré|ouvre|ouvrent|ouvert|ouverts|inaugur\w+|"
                      r"lanc(?:e|ent|é|és|ée|ées)|accueilli|accueille|accueillent|(?:fait|font)\s+(?:leur|sa)\s+rentrée)\b",
                      re.IGNORECASE)


# « La convention a été signée hier … à Kénitra » in the lead: the news is a signing, in the town it says.
_SIGNED_IN_LEAD = re.compile(r"\b(?:convention|accord)\b[^.;:]{0,40}?\b(?:a|ont)\s+été\s+(?:signée?s?|paraphée?s?)\b",
                             re.IGNORECASE)


def _in_several_towns_at_once(sentences, gazetteer):
    """The towns, said together, of an event the headline or lead says happens in several at once; "" otherwise."""
    if any(sentence.paragraph == 1 and _SIGNED_IN_LEAD.search(sentence.text) for sentence in sentences):
        return ""  # (« La convention a été signée hier … à Kénitra » under « ouvre simultanément … à Kénitra et à
        # Settat »: the news is a signing, in one town)
    for sentence in sentences:
        if sentence.paragraph > 1 or not _AT_ONCE.search(sentence.text) or not _STARTED.search(sentence.text):
            continue  # (not « le bootcamp se déroulera simultanément à … »: a course to come, its launch in one town)
        towns = list(dict.fromkeys(place.name for place, *_ in gazetteer.find(sentence.text)
                                   if place.kind == "commune"))
        if len(towns) >= 2:
            return ", ".join(towns)
    return ""


def _budget(draft, found):
    """Budget and parts into the draft; amounts that do not add up go to a TODO, never into the items."""
    if found.budget is None:
        if found.others:  # « la stratégie …, dont l'enveloppe globale est de 11 milliards »: said, never taken
            listed = " ; ".join(f"{_french(a.value)} DH ({a.label or 'sans précision'})" for a in found.others)
            draft.notes["budget"] = f"montants cités, d'une stratégie ou d'un ensemble plus vaste : {listed}"
            for other in found.others:
                draft.evidence.append(("budget ?", f"{_french(other.value)} DH", other.sentence))
        return

    draft.budget = found.budget.value
    # What the amount covers, as its own sentence says (the TODO stays when it says nothing).
    draft.budget_scope = found.budget.scope or scopes.budget_scope(found.budget.sentence)
    if draft.budget_scope:
        draft.notes["budget_scope"] = "proposé d'après la phrase du montant : vérifiez ce qu'il couvre"
    draft.evidence.append(("budget", f"{_french(found.budget.value)} DH", found.budget.sentence))
    for item in found.items:
        draft.budget_items.append((item.value, item.label or "part du budget"))
        draft.evidence.append(("budget_items", f"{_french(item.value)} DH : {item.label}", item.sentence))
    if found.others:
        listed = " ; ".join(f"{_french(a.value)} DH ({a.label or 'sans précision'})" for a in found.others)
        draft.notes["budget"] = f"autres montants cités, qui ne font pas le total : {listed}"
        for other in found.others:
            draft.evidence.append(("budget ?", f"{_french(other.value)} DH", other.sentence))
    if found.budget.yearly_for:
        # (« 4 MDH par an pendant trois ans », no total said: the total is worked out, and said to be)
        said = draft.notes.get("budget")
        draft.notes["budget"] = (f"total calculé (montant annuel × années : « {found.budget.yearly_for} ») ; "
                                 "vérifiez-le"
                                 + (f" ; {said}" if said else ""))
    if found.budget.at_creation:
        # (an anniversary's or a graduation's article: the money told is the one the initiative started with)
        said = draft.notes.get("budget")
        draft.notes["budget"] = ("montant donné à la création de l'initiative : vérifiez qu'il vaut pour cette annonce"
                                 + (f" ; {said}" if said else ""))
