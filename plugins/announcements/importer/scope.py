"""Whether an announcement is national: phrases of country-wide scope, and where the article puts them."""

import re

from .scopes import NATIONWIDE_FIRST

# Phrases that give an announcement the whole country as its scope.
_NATIONAL_CUE = re.compile(
    r"[àa] l['’]échelle (nationale|du (pays|royaume))|au niveau national|sur (tout|l['’]ensemble d)u territoire|"
    r"l['’]ensemble (du territoire|du pays|du royaume|du maroc|des régions|des provinces)|"
    r"tou(?:te)?s les (régions|provinces)(?! d[eu']\s*[A-ZÀ-Þ])|(douze|12) régions|chaque région du (pays|royaume)|"
    r"tout le (pays|territoire|royaume|maroc)|partout au maroc|à travers (tout )?le (pays|royaume|maroc)|"
    r"aux quatre coins du (pays|royaume|maroc)|du nord au sud|"
    # (« 1 500 places en ligne, réparties région par région », « chaque région dispose d'un quota »)
    r"région\s+par\s+région|chaque\s+région\s+(?:dispose|aura|reçoit|bénéficie|a\s+droit)\b|"
    # « l'ensemble des universités du pays », « toutes les maisons de jeunes du Royaume »
    r"(l['’]ensemble|tou(?:te)?s) des? [\w'’ -]{3,40}? du (pays|royaume)\b|"
    # (« La Stratégie nationale « Digital Morocco 2030 » a été lancée mercredi à Rabat »: a national plan as the subject
    # of the sentence, not « dans le cadre de la stratégie nationale », the frame of a local action)
    r"^(?:la|le)\s+(?:stratégie|plan|feuille\s+de\s+route)\s+nationale?\b|"
    # (« les différentes régions du Maroc », « les diverses régions du Royaume »)
    r"(?:les\s+)?(?:différentes|diverses)\s+régions\s+du\s+(?:pays|royaume|maroc)|"
    # (« généraliser l'initiative pour former 15.000 jeunes … dans les régions »: a figure's dot is no full stop)
    r"\bgénéralis\w*\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}\b(national|nationale|royaume|pays|régions)\b|"
    r"\b(national|nationale|royaume|pays|régions)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}\bgénéralis\w*",
    re.IGNORECASE,
)
# « des étudiants venus de tout le Maroc » says where people come from, not where the project runs.
# (« ceux qui viennent de la province voisine de Khénifra »: the same)
# (« des dossiers venus de toute la province, mais aussi d'El Jadida »: further on, the same)
# (« les parents venus nombreux de Midelt », « venues en nombre de »: how many may come between)
_ORIGIN_BEFORE = re.compile(r"\b(venu|venue|venus|venues|originaires?|issus?|issues?|vien[st]|viennent|venant)"
                            r"(?:\s+(?:nombreux|nombreuses|en\s+nombre|spécialement|exprès|tout\s+droit|"
                            r"comme\s+(?:moi|nous|lui|elle|eux|elles)))?\s+(de|d['’])\s*"
                            r"(?:la\s+(?:province|préfecture|commune|région|ville)\s+(?:voisine\s+)?(?:de|d['’])\s*|"
                            # (« venues de toutes les provinces de Drâa-Tafilalet mais aussi du Souss »)
                            r"[^.;]{0,60}?\b(?:mais\s+)?(?:aussi|également)\s+(?:de|d['’]|du|des)\s*)?$|"
                            # « des jeunes de Dakhla mais aussi d'Aousserd et même quelques-uns de Boujdour »: the
                            # people's towns beyond the first, set apart by « mais aussi », « et même »
                            r"\b(?:jeunes|apprenant(?:e)?s|étudiant(?:e)?s|élèves|stagiaires|candidat(?:e)?s|"
                            r"bénéficiaires|participant(?:e)?s)\s+(?:de|d['’])\s*[^.;]{1,40}?\b(?:mais\s+aussi|"
                            r"et\s+même|voire)\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’])\s*$|"
                            # (« Errachidia : une collégienne de Tinghir remporte l'Olympiade »: one person's town)
                            r"\b(?:une?|la|le)\s+(?:jeune\s+)?(?:collégien(?:ne)?|lycéen(?:ne)?|élève|étudiant(?:e)?|"
                            r"écoli(?:er|ère)|habitant(?:e)?|native?|natif)\s+(?:de|d['’])\s*$",
                            re.IGNORECASE)
# « une délégation de la ville de Kénitra, venue s'inspirer »: visitors, named by the town they come from (not
# « la délégation provinciale de Tiznit », a ministry's local office).
# (« la ministre intervenant à distance depuis Rabat », « par visioconférence depuis Casablanca »: where a speaker is,
# not where it happens)
_VISITORS_BEFORE = re.compile(r"\bdélégations?\s+(?:de\s+la\s+(?:ville|commune|province|préfecture|région)\s+)?"
                              r"(?:de|d['’])\s*$|"
                              r"\b(?:à\s+distance|en\s+visio(?:conférence)?|par\s+visio(?:conférence)?|en\s+duplex|"
                              r"en\s+ligne|par\s+vidéo)\s+depuis\s*$", re.IGNORECASE)
# « la province voisine de Sidi Kacem »: a neighbour, named to say where the place is or who else may come.
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:province|préfecture|commune|région|ville)s?\s+voisines?\s+(?:de|d['’])\s*$",
                               re.IGNORECASE)
# « de Tanger à Dakhla », « d'Oujda à Laâyoune »: the span of the country, from one of its ends to the other
# (« de Ouarzazate à Tata » is a route through two regions, not the country).
_COUNTRY_ENDS = ({"tanger-tetouan-al-hoceima", "oriental"},
                 {"laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab", "guelmim-oued-noun"})
_SPAN_BEFORE = re.compile(r"\b(de|d['’]|depuis)\s*$", re.IGNORECASE)
_SPAN_BETWEEN = re.compile(r"^\s*(?:à|a|jusqu['’]à)\s*$", re.IGNORECASE)
# « venus de Rabat, Casablanca et Agadir »: the list goes on after the first place.
# (« Certains viennent de Goulmima, d'autres de Rich »: the others' town too)
_LIST_BETWEEN = re.compile(r"^\s*(,|et|,\s*et|ou|,\s*ou|mais aussi|[,;]\s*d['’]autres|[,;]\s*certaine?s)\s*"
                           r"(?:de\s+|d['’]\s*|des\s+)?$", re.IGNORECASE)
# Ministries sign in the capital: a national programme signed there is not the capital's.
_CAPITAL = "Rabat"
# « Ce programme sera déployé au niveau national »: the lead sets the scope of what it announces...
_AHEAD = re.compile(r"\b(sera|seront)\s+(ensuite\s+)?(déployée?s?|généralisée?s?|étendue?s?|mise?s? en œuvre|"
                    r"proposée?s?)|\b(concernera|couvrira|bénéficiera)\b", re.IGNORECASE)
# ...unless what it announces is a pilot.
_PILOT = re.compile(r"\bpilote|expériment|phase test", re.IGNORECASE)
# An article that names the same region in this many paragraphs is about that region.
_LOCAL_PARAGRAPHS = 3

def cue(text):
    """The national phrase of a sentence, or None."""
    for match in _NATIONAL_CUE.finditer(text):
        if not _ORIGIN_BEFORE.search(text[max(0, match.start() - 30):match.start()]):
            return match.group()
    return None


def asides(sentence_mentions):
    """The mentions of one sentence that are not where it happens: {start: "span", "origin", "visitor" or
    "neighbour"}."""
    # Both ends of a span across regions (« de Tanger à Dakhla »), and lists of where people come
    # from (« des participants venus de Rabat, Casablanca et Agadir »).
    found = {}
    ordered = sorted(sentence_mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        text = first.sentence.text
        between = text[first.end:second.start]
        if (_across_the_country(first.place.region, second.place.region) and _SPAN_BETWEEN.match(between)
                and _SPAN_BEFORE.search(text[max(0, first.start - 20):first.start])):
            found.update({first.start: "span", second.start: "span"})
    origin = False
    for previous, mention in zip([None, *ordered], ordered, strict=False):
        text = mention.sentence.text
        if previous and origin and _LIST_BETWEEN.match(text[previous.end:mention.start]):
            found.setdefault(mention.start, "origin")
            continue
        origin = bool(_ORIGIN_BEFORE.search(text[max(0, mention.start - 70):mention.start]))
        if origin:
            found.setdefault(mention.start, "origin")
        elif _VISITORS_BEFORE.search(text[max(0, mention.start - 50):mention.start]):
            found.setdefault(mention.start, "visitor")
        elif _NEIGHBOUR_BEFORE.search(text[max(0, mention.start - 40):mention.start]):
            found.setdefault(mention.start, "neighbour")
    return found


def _across_the_country(one, other):
    """True when two regions are at the two ends of the country."""
    north, south = _COUNTRY_ENDS
    return (one in north and other in south) or (one in south and other in north)


_LAUNCHED_FROM_BEFORE = re.compile(r"\bdepuis\s*$", re.IGNORECASE)


def launched_from(found):
    """The headline's places named as where it was launched from: « Depuis Errachidia, le programme national … »."""
    return [m for m in found if m.sentence.paragraph == 0 and _LAUNCHED_FROM_BEFORE.search(m.sentence.text[:m.start])]


def national(sentences, found, weights):
    """The sentence that makes the announcement national, or "" when it is about its place(s)."""
    # A national phrase (or a span « de Tanger à Dakhla ») wins in the headline, in the lead's first
    # sentence, or in a lead sentence that sets what it announces ahead (« sera déployé »); further
    # down only when neither headline nor lead names a place (the dispatch's own city and the capital
    # aside). Many regions named make it national too. A place in the headline, or one region named
    # paragraph after paragraph, keeps it local.
    spanned = {id(m.sentence) for m in found if m.aside == "span"}
    cues = [s for s in sentences if cue(s.text) or id(s) in spanned]
    # (« Depuis Errachidia, le programme national … change d'échelle »: where it was launched from, not its scope)
    launched_here = [m for m in launched_from(found) if not m.aside]
    headline_places = [m for m in found if m.sentence.paragraph == 0 and not m.aside and m not in launched_here]
    if any(sentence.paragraph == 0 for sentence in cues):
        return cues[0].text
    if headline_places:
        return ""
    lead = [s for s in sentences if s.paragraph == 1]
    if cues and lead and cues[0] is lead[0] and launched_here:
        # (« le coup d'envoi, donné lundi depuis Errachidia, vaut pour les douze régions du Royaume » under « Depuis
        # Errachidia, … »: the launch's town named paragraph after paragraph is still no limit to its scope)
        return lead[0].text
    if _paragraphs_of_one_region(found) >= _LOCAL_PARAGRAPHS:
        return ""
    if cues and lead and cues[0] is lead[0]:
        return lead[0].text
    ahead = [s for s in cues if s.paragraph == 1 and _AHEAD.search(s.text)]
    if ahead and not any(_PILOT.search(s.text) for s in lead):
        return ahead[0].text
    lead_places = [m for m in found if m.sentence.paragraph == 1 and not m.dateline and not m.aside
                   and m.place.name != _CAPITAL]
    # (« À l'échelle nationale, Huawei veut former 10 000 talents » further down: the country set beside the story,
    # not its scope)
    further = [s for s in cues if s.paragraph <= 1 or not NATIONWIDE_FIRST.match(s.text)]
    if further and not lead_places:
        return further[0].text
    if len(weights) >= 4 or (len(weights) >= 3 and cues):
        return cues[0].text if cues else next((m.sentence.text for m in found), "")
    return ""


def _paragraphs_of_one_region(found):
    """How many paragraphs name the article's most named region, lists of places left out."""
    # (the capital, where ministries present what they launch, says nothing of the scope however often it is named)
    found = [mention for mention in found if mention.place.name != _CAPITAL]
    per_sentence = {}
    for mention in found:
        # (« Certains viennent de Goulmima, d'autres de Rich, dans la province voisine de Midelt »: where people come
        # from is no list of the places served)
        if mention.aside in ("", "neighbour"):
            per_sentence[id(mention.sentence)] = per_sentence.get(id(mention.sentence), 0) + 1
    paragraphs = {}
    for mention in found:
        # (a neighbouring province is still a place of the story's land: « Rich, dans la province voisine »)
        if mention.aside in ("", "neighbour") and per_sentence[id(mention.sentence)] < 3:
            paragraphs.setdefault(mention.place.region, set()).add(mention.sentence.paragraph)
    return max((len(numbers) for numbers in paragraphs.values()), default=0)
