"""Programmes and schools the vocabularies do not know yet, named as what the article is about.

A programme is found by name only when data/programmes.yaml knows it; a new one is written
« l'école X », « le programme « Y » », « la 3e édition de Z », « la caravane « W » », « « V », une
nouvelle école », « le Campus U », « La « T » a ouvert ses portes », or « le programme, baptisé « S » »
(the last one read up to the third paragraph). Such a name in the headline or the lead is the
article's subject: it is proposed (marked unknown, for the editor to add to the vocabulary), and a
known programme met only further down, in passing, gives way. Further down, a name counts with the
news of its launch or, in quotes with what it is, with its paragraph's figures; every name is weighed
by the one table (candidates.WEIGHTS["programme"]), where a contest's or a show's name weighs nothing.
"""

import re
from dataclasses import replace

from ..vocabulary import normalize
from . import acronyms, amounts, people, roles
from .candidates import Candidate, best

# What introduces the name of an initiative, and the name itself: in quotes, or capitalised words.
_KINDS = (r"(?:le|du|au|un|nouveau|son|leur|notre|votre)\s+programme|"
          # « le directeur du futur centre Sakia Tech »
          r"(?:le|du|au|la|l['’])\s*(?:futur|future|nouveau|nouvelle|nouvel)\s+(?:centre|école|campus|académie|"
          r"incubateur|hub|pôle|espace|programme)|l['’]initiative|la\s+caravane|l['’]école|la\s+nouvelle\s+école|"
          # (not « l'incubateur X »: an organisation, which runs programmes of its own)
          r"l['’]académie|le\s+bootcamp|le\s+centre|le\s+campus|l['’]antenne|le\s+pôle|"
          r"l['’]espace|le\s+club|le\s+lab|le\s+hub|le\s+dispositif|la\s+plateforme|le\s+parcours|le\s+cursus|"
          # (« le cycle « Biblio-Code » » of workshops at a library)
          r"le\s+cycle|"
          # (« une école du réseau Dar Al Code »: the network the new site belongs to)
          r"(?:le|du|au)\s+réseau")
# A word of a name after its first: capitalised or a figure, or a brand's « e-Coop » (a letter or two, a hyphen, a
# capital).
_NAME_WORD = r"(?:[A-Z0-9]|[a-z]{1,2}-[A-Z])[\w'’&.-]*"
_NAME = (r"(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]"
         rf"|(?P<plain>[A-Z0-9][\w'’&.-]*(?:\s+(?:{_NAME_WORD}|de|du|des|pour|la|le|l['’]\s*[A-ZÀ-Þ][\w'’-]*)){{0,5}}))")
# What the kind may say of itself before the name: « l'école privée de programmation Kayna Code ».
# (« le parcours de reconversion en cybersécurité CyberDoukkala »: what it teaches, after « en »)
_QUALIFIERS = r"(?:\s+(?:privée?|publique|gratuite|solidaire|(?:de|du|des|d['’]|en)\s*[a-zà-ÿ]{3,})){0,3}"
_NAMED = re.compile(rf"\b(?i:{_KINDS}){_QUALIFIERS}(?:\s+|\s*,\s*(?=baptis|intitul|dénomm|appel))"
                    rf"(?:baptisée?\s+|intitulée?\s+|dénommée?\s+|appelée?\s+)?"
                    # (« l'École Supérieure de Technologie de Dakhla »: an established school, named by what it is)
                    rf"(?!(?i:supérieure|nationale|normale|mohammadia|hassania|polytechnique|régionale)\b){_NAME}")
_CAPITAL_KIND = re.compile(r"^\w+(?:['’]\s*|\s+)(?:(?:futur|future|nouveau|nouvelle|nouvel)\s+)?[A-ZÀ-Þ]")
# Events (hackathons, contests, fairs) are not programmes: only an edition of a named programme is.
# « « Code Oued Noun », dont la troisième édition commence »: the edition after the name.
_EDITION_AFTER = re.compile(r"[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]\s*,?\s+dont\s+(?:la|cette)\s+"
                            r"(?:\d+\s*(?:e|ème|re|ère)|[a-zé]+ième|première|nouvelle)\s+édition\b")
_EDITION = re.compile(
    r"\b(?:\d+\s*(?:e|ème|re|ère)|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|"
    # (« la deuxième édition de son programme « X » »: whose programme may be said)
    rf"neuvième|dixième|nouvelle)\s+édition\s+(?:du\s+programme\s+|de\s+l['’]initiative\s+|"
    r"de\s+(?:son|sa|leur|notre|votre)\s+(?:programme|initiative|caravane|bootcamp|formation)\s+|"
    r"(?:de|du|de\s+la|de\s+l['’])\s*(?=[«“\"A-Z0-9]))"
    # (« la 5e édition du Gitex », « du Salon X »: events, not programmes)
    rf"(?!(?:Hackathon|Salon|Forum|Festival|Gitex|GITEX|Concours|Rencontres|Journées|Semaine|Devoxx)\b){_NAME}"
)
# « Imzouren : la 3e cohorte de Nekor Code fait sa rentrée »: a headline naming a school through its cohort. (Only in
# the headline: further down, « la première promotion de l'ENSA » names a school, not what is launched.)
_COHORT_OF = re.compile(
    r"\b(?:\d+\s*(?:e|ème|re|ère)|première|deuxième|troisième|quatrième|cinquième|nouvelle)\s+(?:cohorte|promotion)\s+"
    r"(?:de|du|d['’])\s*(?P<plain>[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){1,3})"
)
# What an initiative is, in apposition after its name: « « Code Atlas », une école gratuite ».
# A capitalised word right before a name: the name found is the end of a longer one.
# (not a determiner opening the sentence: « Le Souss AgriTech Track, un parcours »)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Le|La|Les|Un|Une|Ce|Cette|Cet|Son|Sa|Notre|Leur)\s)[A-ZÀ-Þ][\w'’-]*\s+$")
_WHAT = (r"(?:école|programme|centre|campus|académie|bootcamp|formation|incubateur|initiative|caravane|cursus|"
         r"dispositif|parcours|plateforme|hub|fabrique|labo|laboratoire|espace|club|atelier)")
_APPOSED = re.compile(
    # (« … ministère de la Jeunesse, de la Culture et de la Communication, le programme … »: the end of a body's name)
    rf"(?:[«“\"]\s*(?P<quoted>[^»”\"]{{2,60}}?)\s*[»”\"]|(?<![.!?]\s)(?<!^)(?<!\bdu\s)(?<!\bau\s)(?<!\bà\s)(?<!-)"
    # (« dans les locaux de l'ENSA, la nouvelle école … »: where it stands, after « de l' »)
    rf"(?<!\bde\sla\s)(?<!\bde\sl')(?<!\bde\sl’)\b(?P<plain>[A-Z][\w'’&.-]+(?:\s+(?:&\s+)?{_NAME_WORD}){{0,3}}))"
    # (« « Sud Code Camp », programme de formation »: the article may be left out; « au pied du Ziz, une école »:
    # a place, named after « du », « au », « à », is where the school is)
    # (« « Reboot 4.0 », notre programme de reconversion »: a possessive too)
    # (« « Ammeln Digital » (أملن ديجيتال), une école »: its name in another script may come between)
    rf"(?:\s*\([^()]{{1,60}}\))?,\s+(?:(?:une?|la|le|l['’]|notre|son|sa|leur)\s*)?"
    rf"(?:nouvelle\s+|nouveau\s+|nouvel\s+|première\s+|premier\s+|toute\s+nouvelle\s+)?{_WHAT}\b"
    # (« boulevard Mohammed V, l'école Nour Code »: the kind names what follows, not what comes before)
    r"(?!\s+[A-Z«“\"])"
)
# « quatre signatures ont donné naissance au Passeport numérique Azilal, un programme … »: what the signing creates,
# named (a lower-case « numérique » may stand inside the name).
_BORN = re.compile(rf"\b(?:donné|donne|donnent|donnera|donneront)\s+naissance\s+"
                   rf"(?:à\s+la\s+|à\s+l['’]\s*|au\s+|aux\s+|à\s+)"
                   rf"(?P<plain>[A-Z][\w'’&.-]+(?:\s+(?:numériques?|digitale?s?)|\s+(?:&\s+)?{_NAME_WORD}){{0,3}})"
                   r"(?=\s*(?:,|\(|\.|$))")
# « l'annonce du Qsar Numérique (القصر الرقمي), un programme gratuit de formation aux métiers du web »: a name after
# « du » or « au », defined at once as a programme (not as a school or a centre: « au pied du Ziz, une école » is a
# place).
_DEFINED_PROGRAMME = re.compile(
    rf"\b(?:du|au|de|à)\s+(?P<plain>[A-Z][\w'’&.-]+(?:\s+(?:&\s+)?{_NAME_WORD}){{1,3}})(?:\s*\([^()]{{1,60}}\))?,\s+"
    r"(?:un|le|notre|son|leur)\s+(?:nouveau\s+|premier\s+)?(?:programme|dispositif|cursus|parcours|bootcamp)\s+"
    r"(?:(?:gratuit|intensif|régional|provincial|pilote)\s+)?(?:de\s+formation|d['’]initiation|de\s+reconversion|"
    r"d['’]insertion|pour\s+(?:les|former)|qui\s+forme)\b"
)
# « Mogador Code : une école du numérique pour les jeunes »: a headline naming the initiative, then what it is.
# (two capitalised words or more: « Jeunesse : un programme » is a rubric; a place is left out by _candidates)
_HEADLINE_APPOSED = re.compile(
    rf"^(?P<plain>[A-Z][\w'’&.-]+(?:\s+(?:&\s+)?{_NAME_WORD}){{1,3}})\s*:\s+(?:une?|la|le|l['’])\s*"
    rf"(?:nouvelle\s+|nouveau\s+|nouvel\s+|première\s+|premier\s+)?{_WHAT}\b"
    r"(?!\s+[A-Z«“\"])"  # (« Campus Matin : une académie Huawei s'installe »: the kind names what follows)
)
# « Tiflet : premiers cours à Dar Al Barmaja, la maison du code de la ville »: a headline's news at a name, then what
# it is (a town so described is no name: the places are left out after).
_HEADLINE_AT_APPOSED = re.compile(
    rf"\bà\s+(?P<plain>[A-Z][\w'’&.-]+(?:\s+(?:&\s+)?{_NAME_WORD}){{1,3}})\s*,\s+(?:une?|la|le|l['’])\s*"
    rf"(?:nouvelle\s+|nouveau\s+|nouvel\s+|première\s+|premier\s+)?(?:{_WHAT}|maison)\s+(?:du|de|des|d['’])\s*"
    r"(?:la\s+)?(?:code|numérique|digital|programmation|informatique|développeurs|métiers)\b"
)
# « Programme AI Tanger Med : 35 stages et 6 embauches promises »: a headline opening on the initiative's name, its kind
# first and capitalised, then a colon.
_HEADLINE_TITLED = re.compile(r"^(?P<plain>(?:Programme|Académie|École|Campus|Centre|Hub|Bootcamp|Incubateur)\s+"
                              r"(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z0-9][\w'’&-]*)){0,3})\s*:\s"
                              # (not « Campus Matin : une académie Huawei s'installe »: a show's name, then the news)
                              rf"(?!\s*(?:une?|la|le|l['’])\s*(?:nouvelle\s+|nouveau\s+|nouvel\s+)?{_WHAT}\b)")
# The kind as the name's first word, capitalised: « le Campus Numérique du Tafilalet », « l'Académie Code 212 ».
_TITLED = re.compile(
    # (« renaît sous le nom d'Académie numérique de la Moulouya »: the name given, without its article)
    r"\b(?i:le|la|l['’]|du|au|nom\s+(?:de\s+|d['’]))\s*(?P<plain>(?:Campus|École|Ecole|Académie|Bootcamp|Incubateur|Caravane|Hub|Fabrique|"
    # (« cette deuxième saison du Programme AI Tanger Med »: a programme named with its kind, capitalised, and a name
    # in capitals after it; not « le Programme National de … », « le Programme d'appui »)
    r"Centre|Espace|Maison|Atelier|Club|Parcours|Programme(?=\s+(?-i:[A-Z]{2,})\b))"
    r"(?!\s+(?:nationale|supérieure|normale|Mohammadia|Hassania|des|de\s+la|du|de))"
    # (« le Campus numérique de l'Atlas »: an adjective of the trade, then its place; « l'Académie numérique
    # interrégionale Oued Draa »: two, then its name)
    r"(?:\s+(?:numérique|digital|solidaire|régionale?|interrégionale?|provinciale?|communale?|rurale?|féminine?)){0,2}"
    # (« l'Académie numérique d'Asrir »: its place after « d' »)
    # (« l'Académie numérique de la Moulouya »: « de la » before a river's or a land's name)
    r"(?=\s+(?:(?:de|du|des)\s+(?:l['’]\s*|la\s+)?|d['’]\s*)?[A-ZÀ-Þ])"
    rf"\s+(?:{_NAME_WORD}|(?:de|du|des)\s+(?:l['’]\s*|la\s+)?[A-ZÀ-Þ][\w'’-]*|d['’]\s*[A-ZÀ-Þ][\w'’-]*)"
    # (« l'Académie Chaouia Data & IA »: an ampersand between its words)
    rf"(?:\s+(?:(?:&\s+)?{_NAME_WORD}|(?:de|du|des|la)(?=\s+(?:[A-ZÀ-Þ0-9]|[ld]['’]))|(?:d|l)['’]\s*[A-ZÀ-Þ][\w'’-]*))"
    r"{0,4}"
    # (« le Centre Sakia des métiers numériques »: what it teaches, in lower case, ends its name)
    # (an adjective may follow, « des métiers numériques », not a verb: « l'Académie Ziz du numérique accueille »)
    # (« l'Académie Saguia des métiers du numérique »: the trade after what it teaches)
    r"(?:\s+(?:des|du|de)\s+[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]{2,}(?:iques?|iels?|ielles?|aux|ales?|aires?|iens?|iennes?)"
    r"(?=[\s,.;:]|$)|\s+(?:du|de\s+la)\s+(?:numérique|digital|code|codage|programmation|donnée))?(?=[\s,.;:]|$))?)"
)
# A quoted name as the subject of the lead's news: « La « Cloud Academy X » a ouvert ses portes ».
# (« Mercredi, l'atelier « X » (its name in Arabic) a ouvert ses portes »: a time or a place first, its kind, another
# script after it)
_SUBJECT = re.compile(
    r"(?:^(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+)?|[–—:]\s+)(?i:la|le|l['’]|les|un|une)\s*"
    rf"(?:{_WHAT}\s+)?[«“\"]\s*(?P<quoted>[^»”\"]{{2,60}}?)\s*[»”\"]\s+(?:\([^()]{{1,60}}\)\s+)?"
    r"(?:a|ont|est|sont|vient|viennent|ouvre|ouvrira|démarre|démarrera|accueille|accueillera|lance|entame|"
    r"débute|forme|formera)\b"
)
# « Ouverte en janvier, « X » (its Arabic name) forme des jeunes », « X — « l'école des données » — a ouvert ses
# portes en janvier »: a name as the subject of its opening, after the participle that tells it or before an aside.
_OPENED_SUBJECT = re.compile(
    r"^(?:(?i:ouverte?s?|lancée?s?|créée?s?|inaugurée?s?|née?s?|installée?s?)\b[^,.;«»]{0,30},\s*[«“\"]\s*"
    r"(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]\s+(?:\([^()]{1,60}\)\s+)?(?:forme|formera|accueille|accueillera|propose|"
    r"a\s+ouvert|ouvre|vise|réunit|compte)\b|"
    rf"(?P<plain>[A-Z][\w'’&.-]+(?:\s+{_NAME_WORD}){{1,3}})\s+[—–]\s[^—–]{{1,60}}\s[—–]\s+"
    r"(?:a\s+ouvert\s+ses\s+portes|ouvre\s+ses\s+portes|a\s+été\s+inaugurée?|a\s+démarré))"
)
# « Le programme, baptisé « X », ... »: an explicit naming, read a little further than the lead.
_BAPTISED = re.compile(
    # (« son nouveau parcours de formation baptisé « X » »: a possessive, an adjective, a complement may come between)
    # (« la future école, baptisée « Digital Sahara School » »: the one to come)
    r"\b(?i:le|la|l['’]|ce|cette|cet|son|sa|leur|un|une)\s*(?:(?i:nouveau|nouvelle|nouvel|premier|première|futur|"
    r"future)\s+)?"
    # (« Un nouvel espace de formation, baptisé « Warda Digital » »)
    r"(?:projet|programme|initiative|école|centre|académie|dispositif|cursus|parcours|campus|incubateur|caravane|"
    r"espace|club|atelier|hub|lab|laboratoire|maison|pôle|fabrique|bootcamp|plateforme|"
    # (« un programme de formation aux métiers du numérique baptisé « X » »: what it teaches, between)
    rf"formation)(?:\s+(?:de|d['’])\s*[a-zà-ÿ]+)?(?:\s+(?:aux?|du|des|en|pour)\s+[a-zà-ÿ'’-]+"
    rf"(?:\s+(?:du|des|de|d['’])\s*[a-zà-ÿ]+)?)?\s*,?\s*(?:baptisée?|intitulée?|dénommée?|appelée?|nommée?|"
    rf"(?:qui\s+)?s['’]appelle|(?:qui\s+)?porte\s+le\s+nom\s+de)\s+(?:(?i:officiellement|désormais)\s+)?{_NAME}"
)
# « Le résultat s'appelle Moussem Digital School (…). L'école a été inaugurée samedi »: named, the next sentence
# telling of it.
# (« L'étape suivante porte donc un nom : Nissa Digital Taza, un programme … Il a été lancé le 3 juin »)
_CALLED = re.compile(rf"\b(?:s['’]appelle|porte\s+(?:donc\s+|désormais\s+|aussi\s+)?(?:un|le|son)\s+nom\s*:)\s+{_NAME}")
# « L'école, baptisée officiellement « Code Oasis » »: its official name, over the lead's « Code Oasis Zagora ».
_OFFICIALLY = re.compile(r"\b(?i:baptisée?|nommée?|dénommée?|appelée?)\s+(?i:officiellement)\s+[«“\"]\s*"
                         r"(?P<name>[^»”\"]{2,60}?)\s*[»”\"]")
# « le lancement de Nissae Tech Tinghir, un programme qui… », « la convention qui donne naissance à Oued Noun Talents
# Numériques »: a capitalised name after its launch or its birth.
# (« La convention d'Oasis Tech Ouarzazate a été signée en avril »: the initiative the convention sets up)
_LAUNCH_OF = re.compile(
    r"\b(?:(?i:le\s+lancement|l['’]ouverture|l['’]inauguration|la\s+création|la\s+convention)\s+"
    r"(?:officiel(?:le)?\s+)?(?:de|d['’])|"
    r"(?i:donne|donnera|a\s+donné|donnant)\s+naissance\s+à)\s*"
    # (« donnant naissance à « Ammeln Digital » »: quoted too)
    r"(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]|(?P<plain>[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z0-9][\w'’&-]*){1,4}))"
)
# « le programme lancé hier, Cap Data Sud, ait choisi … »: the kind, a few words, then the name set between commas.
_KIND_THEN_NAME = re.compile(r"\b(?i:le|la|l['’]|ce|cette|cet)\s*(?i:programme|projet|initiative|école|académie|"
                             r"centre|campus|bootcamp|dispositif|cursus)(?:\s+[a-zà-ÿ][\w'’-]*){1,3}\s*,\s*"
                             rf"(?P<plain>[A-Z][\w'’&.-]+(?:\s+{_NAME_WORD}){{1,3}})\s*,")
# « Ses initiateurs l'ont baptisée « Ighboula Code » »: the thing the sentence is about, named by a pronoun.
_NAMED_IT = re.compile(r"\b(?:(?i:l['’](?:ont|a|avons|avez|avaient|avait))\s+"
                       r"(?:(?i:aussitôt|donc|tout\s+simplement)\s+)?"
                       r"(?i:baptisée?|appelée?|nommée?|surnommée?|intitulée?)|"
                       # « Une école a ouvert ses portes. Elle s'appelle « Argan Code » »: the subject, named
                       r"(?:Elle|Il|elle|il)\s+(?:s['’]appelle|se\s+nomme|a\s+été\s+baptisée?|est\s+baptisée?))"
                       r"\s+[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]")
# « Un campus adossé à l'université. Son nom : le « Campus numérique X » »: the thing just told of, named after a colon.
_ITS_NAME = re.compile(r"\b(?:Son|Leur)\s+nom(?:\s+officiel)?\s*:\s*(?:(?i:le|la|les|l['’])\s*)?"
                       r"[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]")
# « vous avez lancé « Tamghart Digitale » », « l'association vient de créer « X » »: a launch, then the quoted name.
_LAUNCHED_QUOTED = re.compile(
    r"\b(?i:a|as|avez|avons|ont|vient\s+de|viennent\s+de)\s+(?:(?i:officiellement|récemment)\s+)?"
    r"(?i:lancé|lancer|créé|créer|fondé|fonder|inauguré|inaugurer)\s+[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]"
)
# « Baptisé « Sahara Digital Skills », ce programme... »: the naming first.
_BAPTISED_FIRST = re.compile(
    # (« Baptisé « Nakhla Web » — nakhla, le palmier —, le programme… »: an aside may come between)
    # (« Baptisé Berrechid Smart Factory Skills, le programme forme… »: a name in capitals, without quotes)
    r"\b(?i:baptisée?|intitulée?|dénommée?|appelée?|nommée?)\s+(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]|"
    rf"(?P<plain>[A-Z][\w'’&-]*(?:\s+{_NAME_WORD}){{1,4}}))\s*"
    # (« Baptisé Tiwizi Digital, en référence à l'entraide villageoise, le programme a été lancé »: a comma's aside)
    r"(?:[—–(][^—–()]{0,80}[—–)]\s*|,[^,;.«»]{1,80})?,\s*"
    r"(?:(?i:ce|cette|cet|le|la|l['’])\s*(?:projet|programme|initiative|école|centre|académie|dispositif|cursus|"
    r"parcours|campus|incubateur|caravane|formation|espace|structure|établissement|institut|plateforme|bootcamp|"
    r"camp|hub|lab|club)\b|"
    # (« Baptisé Code Loukkos (كود اللوكوس), il a été inauguré samedi »: a pronoun, then its launch)
    r"(?i:il|elle)\s+(?:a\s+été\s+|sera\s+)?(?:inauguré|lancé|ouvert|créé)e?\b)"
)
# « Celle où elle étudie s'appelle Chaouen Code », « L'école où ils apprennent se nomme « X » »: a school, named.
# (not « Elle s'appelle Hajar »: a portrait's person)
_SCHOOL_CALLED = re.compile(
    r"\b(?:(?-i:Celle|Celui)\s+où\s+[^,.;«»]{1,40}?|(?i:l['’]école|le\s+centre|l['’]académie|le\s+club|"
    r"le\s+programme|la\s+formation)(?:\s+où\s+[^,.;«»]{1,40}?)?)\s+(?i:s['’]appelle|se\s+nomme)\s+"
    r"(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]|(?P<plain>[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ0-9][\w'’&-]*){0,3}))")
# A speaker's verbs: a quotation holds them, a name never does (« doit garder nos jeunes »; not its pronouns: « Code
# pour elles » is a name).
_SPEECH_WORDS = {"doit", "doivent", "va", "vont", "est", "sont", "veut", "veulent", "peut", "peuvent", "ont", "sera",
                 "seront"}
_BAPTISED_PARAGRAPHS = 5
# A speaker's « notre programme « X » » counts near the top only: further down it is as often another of theirs.
_POSSESSIVE_PARAGRAPHS = 3
# « Notre espace, « Agdal Code », accueille... »: the speaker's own initiative, named (interviews).
# (« Notre club Banat Code a démarré »: a club, and a capitalised name without quotes, after « notre »)
_POSSESSIVE = re.compile(
    # (« notre nouveau programme, « Les Codeuses d'Azilal », a commencé »: an adjective between)
    r"\b(?i:notre|votre|leur|son|sa|cette|cet|ce)\s+(?:(?i:nouvel|nouveau|nouvelle|premier|première|propre)\s+)?"
    r"(?:école|espace|centre|programme|académie|campus|bootcamp|"
    r"incubateur|initiative|projet|formation|dispositif|association|club)\s*,?\s*(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)"
    r"\s*[»”\"]|(?<=(?i:notre|votre) club )(?P<plain>[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,3}))"
)
# « la Maison du code », « la Fabrique du code de Sidi Bennour »: a titled kind and the digital trade it teaches,
# with the town it is named after (kept: the name as written).
_TITLED_TRADE = re.compile(
    # (« le Pôle des compétences numériques »)
    r"\b(?i:le|la|l['’]|du|au)\s*(?P<whole>(?:Maison|Fabrique|Académie|École|Ecole|Campus|Centre|Atelier|Usine|Espace|"
    r"Pôle)\s+"
    # (« le Centre provincial des compétences numériques de Taza »: its reach may come first)
    r"(?:(?:provincial|régional|communal|municipal|territorial)e?\s+)?"
    # (« la Maison du Code de Tinghir »: the trade may be capitalised)
    r"(?:du|des|de\s+la|de\s+l['’]|de)\s*(?i:code|codage|numérique|digital|programmation|données|data|informatique|"
    r"robotique|cybersécurité|web|technologies?|développeurs|codeurs|codeuses|compétences\s+numériques|"
    r"métiers\s+du\s+numérique)\b"
    # (« l'École de code des Oasis », « la Maison du code du Rif »: the land it is named after)
    r"(?:\s+(?:de|d['’]|des|du|de\s+la|de\s+l['’])\s*[A-ZÀ-Þ][\w'’-]*(?:[\s-]+(?:[A-ZÀ-Þ][\w'’-]*|el|al|ben))*)?)"
)
# A name in quotes in the headline, every word capitalised (« le pari de « Draa Skills » »): a brand,
# not a quotation (« « Une chance pour nos jeunes » » has lower-case words).
# (« « Codeuses de l'Atlas » », « « Amis d'Imouzzer » »: an elided article before a capital, inside the name)
# (« Clubs numériques d'Imouzzer »: a word or two in lower case, when the name ends on its town)
_HEADLINE_QUOTED = re.compile(r"[«“\"]\s*(?P<quoted>[A-Z0-9][\w'’&.-]*"
                              rf"(?:\s+(?:{_NAME_WORD}|d['’][A-ZÀ-Þ][\w'’&.-]*|de\s+(?:la\s+|l['’])[A-ZÀ-Þ][\w'’&.-]*|"
                              r"de|du|des|for|of|&)){0,3}|"
                              r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?!(?:d['’]une?|une?|les?|la|des|du|de|et|pour)\b)[a-zà-ÿ][\w'’-]*){1,2}"
                              r"\s+(?:d['’]|de\s+|du\s+)[A-ZÀ-Þ][\w'’-]*"
                              r"(?:[ -][A-ZÀ-Þ][\w'’-]*)?|"
                              # (« Le « Bus numérique Rhamna » a pris la route »: a kind, its trade, then its place)
                              r"[A-ZÀ-Þ][\w'’-]*\s+(?:numérique|digital|digitale|solidaire|mobile|connectée?|itinérante?)"
                              r"\s+[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*)?)\s*[»”\"]")
# A quoted name after a kind and a few words saying what it does, or after its launch:
# « l'école de codage « X » », « la formation « Y » », « l'ouverture de sa « Z » », « le lancement de « W » ».
_QUOTED_AFTER = re.compile(
    r"\b(?:(?i:l['’]école|l['’]académie|le\s+centre|le\s+campus|le\s+programme|la\s+formation|le\s+cursus|"
    r"(?:le|du|au)\s+master|la\s+licence|le\s+diplôme|"
    r"le\s+bootcamp|l['’]opération|la\s+session|le\s+parcours|l['’]incubateur|la\s+plateforme|l['’]antenne)"
    # (« le centre de formation aux métiers du numérique « X » »: what it teaches may take a few words; not
    # « l'école que dirige une « fille de Sevran » »: a relative clause, whose words are about someone else)
    r"(?:\s+(?:de|du|des|d['’]|en|à|au|aux|la|l['’])?\s*(?!(?:que|qui|dont|où)\b)[a-zà-ÿ][\w'’-]*){0,4}"
    r"|(?i:créer|créera|lancer|lancera|lance|lancent|ouvrir|ouvrira|ouvre|ouvrent|inaugure|inaugurent|"
    r"mettre\s+en\s+place|met\s+en\s+place|implanter)\s+(?:[\w'’-]+\s+){0,2}?(?i:une?|le|la|l['’])\s*"
    r"(?:nouvel(?:le)?\s+|nouveau\s+)?"
    r"|(?i:l['’]ouverture|le\s+lancement|la\s+création|l['’]inauguration|la\s+mise\s+en\s+place)\s+"
    r"(?:de\s+(?:sa|son|ses|la|le|leur|l['’])|du|de\s+l['’]|de|d['’])?"
    # « la création d'un réseau de « X » »: a few words of what it is may come first
    r"(?:\s*(?:une?\s+)?[a-zà-ÿ][\w'’-]*\s+(?:de|d['’]|des)\s*)?)"
    r"\s*[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]"
)
# Words that end a capitalised run without being part of the name.
_TRAILING = re.compile(r"(?:\s+(?:de|du|des|pour|la|le|l['’]))+$")
# « École Oasis Code — مدرسة الواحة للبرمجة » on a bilingual sign: the name in Arabic script is its translation.
_IN_ARABIC_SCRIPT = re.compile(r"\s*(?:[—–/|-]\s*)?[\u0600-\u06FF][\u0600-\u06FF\s]*$|\s*\(\s*[\u0600-\u06FF][^()]*\)")
# Capitalised words that start a sentence or a place, not a name of an initiative.
# A figure right before a word makes it its unit (« 6,2 MDH », « 40 000 DH »), not a name.
_COUNTED = re.compile(r"\d\s?$")

_NOT_NAMES = {"maroc", "marocain", "marocaine", "royaume", "etat", "gouvernement", "ministère", "region", "université",
              # a kind alone (« Page « Campus » »): no name
              "campus", "ecole", "academie", "centre", "programme", "bootcamp", "hub", "lab", "club", "formation"}


# A brand-like name built on a word of the trade, in English as often as not: « Safi Digital School »,
# « Cloud Academy Khouribga », « Souss Code Lab ».
# (Two words at least, and not in brackets: « (La Smara Digital School) » is another name of what was
# just named.)
_BRANDED = re.compile(
    # (« l'Oued Eddahab Digital Academy »: a name may open after an elided article, not inside a word)
    # (« Doukkala Data & AI Bootcamp »: an ampersand between words)
    # (not « Baptisé Code Loukkos, il … »: the participle opening the sentence names, it is no word of the name)
    # (nor « 3.2 Académie Sakia Digitale », a report's numbered section: the number is the section's)
    r"(?<![\w(-])(?<!\w\w['’])(?<!\(\s)(?<!&\s)(?!&)(?<!\d[.,])"
    # (nor « L'école Argan Code », « Avec Kayna Code »: an article or a word opening the sentence)
    r"(?!(?:Baptisée?|Nommée?|Appelée?|Intitulée?|Dénommée?|Lancée?|Créée?|Rebaptisée?|Avec|Pour|Dans|Chez|Selon|"
    r"Au|Aux|Le|La|Les|Un|Une|Et|Mais|Depuis|En|De|Des|Du|Sur|Par|Ce|Cette|Son|Sa|Notre|"
    # (nor « Quand Emerging Business Factory a lancé l'école, … »: a conjunction opening the sentence)
    r"Quand|Lorsque|Lorsqu|Si|Or|Puis|Comme|Alors|Ainsi|Car|Donc|Après|Avant|Pendant|Dès|Entre)\s|[LD]['’])"
    r"(?P<plain>(?:(?:[A-Z0-9][\w'’&-]*|&)\s+){1,4}"
    # (« Safi Green Tech Track », « Atlas Founders Program »: a track or a programme, in English)
    # (« Tighremt Code », « Nekor Code »: a school named after its place and the code it teaches)
    r"(?:School|Academy|Académie|Lab|Labs|Hub|Bootcamp|Camp|Factory|Campus|Institute|Centers?|Track|Program|"
    # (« Nador Lagoon Coders », « Sebou Skills »: the people it makes, or what it teaches, in English)
    r"Accelerator|Incubator|Code|Coders|Skills)(?:\s+[A-Z0-9][\w'’&-]*){0,2})"
    r"(?![\w'’-])"
)
# « « l'école Nekor Code », qui a ouvert ses portes »: the kind inside the quotes.
# « la création du centre « X » », « au bootcamp « Y » »: a kind after « du » or « au », its name in quotes.
_OF_KIND_QUOTED = re.compile(r"\b(?i:du|au)\s+(?i:centre|campus|bootcamp|programme|projet|cursus|parcours|hub|"
                             r"incubateur)\s+"
                             r"[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]")
_KIND_QUOTED = re.compile(r"[«“\"]\s*(?i:l['’]école|l['’]académie|le\s+programme|le\s+centre|le\s+campus|"
                          r"le\s+bootcamp|la\s+caravane|l['’]initiative)\s+(?P<quoted>[A-ZÀ-Þ0-9][^»”\"]{1,50}?)\s*[»”\"]")
# « la convention de l'« Académie Sakia Digital » »: a quoted name that opens on its kind, capitalised.
_QUOTED_TITLED = re.compile(r"[«“\"]\s*(?P<quoted>(?:Académie|École|Ecole|Campus|Centre|Bootcamp|Incubateur|Maison|"
                            # (« « Espace numérique Tifawin » »: the trade's adjective may come first)
                            r"Fabrique|Caravane|Espace|Atelier|Club|Pôle|"
                            # (« un nouveau « Certificat Oasis Data » »: a course's title, a brand in capitals)
                            r"Certificat(?=\s+[A-ZÀ-Þ])|Parcours(?=\s+[A-ZÀ-Þ]))\s+(?:[A-ZÀ-Þ0-9d]|numérique\b|digital\b)"
                            r"[^»”\"]{1,50}?)\s*[»”\"]")
# « une « Licence professionnelle Data et Industrie 4.0 » », « le « Certificat universitaire en commerce électronique et
# marketing digital » »: a degree's title in quotes, its words in lower case as university titles are written.
_QUOTED_DEGREE = re.compile(r"[«“\"]\s*(?P<quoted>(?:Licence|Master|Mastère|Certificat|Diplôme|Bachelor)\s+"
                            r"(?:professionnelle|universitaire|spécialisée?|d['’]université|en|de|d['’])\b"
                            r"[^»”\"]{2,80}?)\s*[»”\"]")
# « la licence professionnelle « X » », « le master spécialisé « Y » »: a degree's kind, its title in quotes after it.
_DEGREE_BEFORE = re.compile(r"\b(?P<kind>licence\s+professionnelle|licence\s+d['’]excellence|master\s+spécialisé|"
                            r"mastère\s+spécialisé|master|licence|certificat\s+universitaire|diplôme\s+universitaire)"
                            r"\s*[«“\"]\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*(?=[A-ZÀ-Þ0-9])")
# A fact sheet's line: « Intitulé : Programme « Sud Compétences » », « Nom du projet : Code Oasis ».
_LABELLED = re.compile(r"^(?:Intitulé|Nom du (?:projet|programme)|Projet|Programme|Initiative|Dénomination)\s*:\s*"
                       r"(?:(?i:le\s+)?(?i:programme|projet|initiative|école|centre)\s+)?" + _NAME)
# « Je voudrais parler d'une seule d'entre elles, ouverte en décembre dernier à Mohammedia : Code Fedala. »: what was
# opened, named after a colon that closes the sentence.
_COLON_NAMED = re.compile(r"\b(?:ouverte?s?|lancée?s?|inaugurée?s?|créée?s?|née?s?)\b[^.;:]{0,80}\s:\s+"
                          rf"(?P<plain>[A-Z][\w'’&.-]+(?:\s+{_NAME_WORD}){{0,3}})\s*[.!]?$")
# « L'Académie des métiers numériques de l'automobile (AMNA) ouvrira ses portes »: a kind and words in lower case,
# a name all the same when the acronym after it is made of their initials.
_ACRONYMED = re.compile(
    r"\b(?i:le|la|l['’]|du|au)\s*(?P<plain>(?:Académie|École|Ecole|Campus|Centre|Institut|Maison|Espace|Pôle|Programme|"
    r"Incubateur|Hub|Cité|Parcours|Bootcamp)"
    # (« l'Institut spécialisé de technologie appliquée (ISTA) »: an established school, however its name is told)
    r"(?!\s+(?:nationale?|supérieure?|normale|régionale?|polytechnique|Mohammadia|Hassania|spécialisée?|"
    r"universitaire|technique)\b)"
    r"(?:\s+(?:[\w’-]+|[ld]['’]\s*[\w’-]+)){1,7}?)\s*\((?P<acronym>[A-Z]{3,8})\)")
_ACRONYM_SKIPPED = {"de", "des", "du", "la", "le", "les", "et", "aux", "au", "en", "pour", "à"}


def _acronym_fits(match):
    """True when the acronym in brackets is made of the initials of the name before it."""
    words = [re.sub(r"^[ldLD]['’]", "", word) for word in match.group("plain").split()]
    initials = "".join(word[0] for word in words if word.lower() not in _ACRONYM_SKIPPED and word)
    return initials.upper() == match.group("acronym")


def _names_of(pattern, text):
    """A naming pattern's matches in text; for _ACRONYMED, only those whose acronym spells the name's initials."""
    return (match for match in pattern.finditer(text) if pattern is not _ACRONYMED or _acronym_fits(match))


# « c'est la promesse de « Meknès Talents Numériques », dont la convention a été signée en mars »: a quoted name whose
# signing or launch the clause after it tells.
# (« détaille la « Passerelle Numérique Tafilalet », signée mardi dernier à Errachidia »: told signed right after)
_QUOTED_SIGNED = re.compile(r"[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]\s*,\s*(?:dont\s+"
                            r"(?:la\s+convention|l['’]accord|le\s+lancement|la\s+première\s+(?:promotion|cohorte))\s+"
                            r"(?:a|ont)\s+été\s+(?:signée?s?|paraphée?s?|conclue?s?|lancée?s?|officialisée?s?)|"
                            r"(?:signée?s?|paraphée?s?|conclue?s?|lancée?s?|inaugurée?s?|officialisée?s?)\s+"
                            r"(?:hier|aujourd['’]hui|ce\s+matin|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
                            r"le\s+\d{1,2}|à|en|au|mi-|début|fin|la\s+semaine))\b",
                            re.IGNORECASE)
_LEAD_PATTERNS = (_COLON_NAMED, _OPENED_SUBJECT, _QUOTED_SIGNED, _NAMED, _EDITION, _EDITION_AFTER, _APPOSED, _TITLED,
                  _SUBJECT, _BAPTISED, _QUOTED_AFTER, _BRANDED, _POSSESSIVE, _BAPTISED_FIRST, _KIND_QUOTED,
                  _OF_KIND_QUOTED, _QUOTED_TITLED, _TITLED_TRADE, _LAUNCH_OF, _LAUNCHED_QUOTED, _NAMED_IT,
                  _KIND_THEN_NAME,
                  # (« la remise des diplômes de la 2e promotion d'Atlas Coders », a post's first line)
                  _COHORT_OF, _QUOTED_DEGREE, _ACRONYMED, _BORN, _DEFINED_PROGRAMME)


# « … de Béni Mellal », « … d'Agadir » closing a capitalised name.
_OF_PLACE = re.compile(r"\s+(?:de|du|d['’])\s*(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})$")
# Further down (a portrait opening on a person, an op-ed), a name counts only when given, in quotes, with
# the news of its launch: « qu'a été lancé, la semaine dernière, le programme « X » ».
_LATER_PATTERNS = (_NAMED, _EDITION, _QUOTED_AFTER, _KIND_QUOTED, _OF_KIND_QUOTED, _EDITION_AFTER, _APPOSED,
                   _QUOTED_TITLED, _BAPTISED, _TITLED_TRADE, _BRANDED, _LAUNCH_OF, _TITLED, _LAUNCHED_QUOTED,
                   _QUOTED_DEGREE, _ACRONYMED, _BORN, _DEFINED_PROGRAMME, _POSSESSIVE)
_NEW_OR_OURS = re.compile(r",\s+(?:(?:le|la|l['’]|une?)\s*(?:nouvel|nouveau|nouvelle|premier|première)|notre|nos)\b",
                          re.IGNORECASE)
# « Saqia Code (ساقية كود), l'école de programmation inaugurée samedi dernier »: the kind, then its own launch.
_LAUNCHED_AFTER = re.compile(r"(?:\s+(?:de|d['’]|du|des)\s*[a-zà-ÿ]+){0,2}\s+(?:inaugurée?|lancée?|ouverte?|créée?|"
                             r"fondée?)\b")
# « Le programme, lancé … », « Cette école … » opening a sentence: the name just before is what it speaks of.
# (« Le projet s'appelle « Akal Data ». Il a été lancé en décembre »: a pronoun, when it tells the launch)
ANAPHORA = re.compile(r"^(?:(?:Le|Ce|Cette|Cet|La|L['’])\s*(?:programme|projet|initiative|école|centre|bootcamp|"
                       r"formation|cursus|dispositif|académie|campus|parcours|caravane)\b|(?:Il|Elle)\s+(?=(?:a|avait)\s+"
                       r"été\s+(?:lancée?|créée?|inaugurée?|fondée?|mise?\s+en\s+place)\b))")
# What happens around programmes, named like one: a contest, a fair, a show, a team.
_EVENT_NAME = re.compile(r"\b(?:Hackathon|Hack|Forum|Salon|Festival|Night|Challenge|Summit|Days|Awards|"
                         r"Troph[ée]es?|Prix|Concours|Rencontres|Journées?|Semaine|Gitex|GITEX|Devoxx|Marathon|Cup|Coupe|Olympiades?|"
                         r"Meetup|Conférence|Colloque|Assises|Expo|Week|Matinale)\b")
# A contest of the trade itself (« Hack'Safi », « Olympiades du code », « Semaine du code »), unlike a fair or a show.
_CONTEST_NAME = re.compile(r"\b(?:Hack|Hackathon|Olympiades?|Challenge|Semaine|Week|Marathon|Cup|Coupe|Jam)\b")
_FAIR_NAME = re.compile(r"\b(?:Forum|Salon|Festival|Summit|Days|Awards|Troph[ée]es?|Prix|Rencontres|Journées?|Gitex|"
                        r"GITEX|Devoxx|Meetup|Conférence|Colloque|Assises|Expo|Matinale)\b")
# (« les 120 jeunes du parcours de formation de Hack'Oriental »: a contest that has its own course is a programme)
_TRAINING_OF_BEFORE = re.compile(r"\b(?:parcours|cursus|programme|volet)\s+de\s+formation\s+(?:de|du|d['’])\s*$",
                                 re.IGNORECASE)
_SCHOOL_NAME = re.compile(r"\b(?:Academy|Académie|School|École|Ecole|Campus|Institute|Institut|Bootcamp)\b")
# « « Ondes du Sud-Est » — le podcast des initiatives locales »: a show named, then said to be one.
# (« vous écoutez « Tighremt Matin » sur Atlas FM »: a show on a station)
_SHOW_AFTER = re.compile(r"\s*[»”\"]?\s*[—–,:-]\s*(?:(?:le|la|l['’]|un|une|notre|votre)\s*)?(?:podcast|émission|"
                         r"magazine|chronique|rubrique|newsletter|blog|revue|lettre\s+d['’]information)\b|"
                         r"\s*[»”\"]?\s+sur\s+(?:les\s+ondes\s+d[e'’]\s*)?(?:radio\b|(?-i:[A-Z][\w-]*\s+(?:FM|TV))\b)",
                         re.IGNORECASE)
# (« RADIO ATLANTIQUE FM — « Campus Direct » »: a station's name, a dash, then its show)
# (« RADIO WAD NOUN FM — « Le Journal du Sud » »: its article may open the quote)
_EVENT_BEFORE = re.compile(r"(?:\b(?:FM|TV)|\bradio\b[^—–|:«]{0,30})\s*[—–|:-]\s*[«“\"]\s*(?:(?:le|la|les|l['’])\s*)?$|"
                           # (« l'équipe « Oued Pixel » », a contest's team; not « l'équipe de Bidaya Numérique »,
                           # the staff of a programme)
                           r"\béquipe\s*(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)?[«“\"]\s*"
                           r"(?:(?:le|la|les|l['’])\s*)?$|"
                           r"\b(?:émission|chronique|rubrique|magazine|podcast|sujet|reportage|séquence|segment|"
                           r"hackathon|forum|salon|"
                           r"festival|concours|compétition|trophée|prix|journal|radio|chaîne|tournoi)\s*"
                           r"(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)?[«“\"]?\s*(?:(?:le|la|les|l['’])\s*)?$",
                           re.IGNORECASE)
# « les parents d'élèves de l'école Al Massira », « institutrice à l'école X », « la cour de l'école Y »: a school of
# pupils and teachers, where a programme comes; not a school of the trade opening.
# (not « la directrice de l'école Tadla Data », « les élèves de la première promotion de l'école Cèdre Code »)
# (« Les murs de pisé de l'école X », « devant le portail de l'école Y »: the building where it happens)
_HOST_SCHOOL_BEFORE = re.compile(r"\b(?:écoliers|institut(?:eur|rice)s?|parents\s+d['’]élèves|cour|tables|murs|"
                                 r"classes?|portail|façade|préau)(?:\s+[\w'’-]+){0,2}?"
                                 r"\s+(?:de|à|dans)\s+l['’]école\s*$|\bdevant\s+l['’]école\s*$|"
                                 # (« les premiers élèves, venus de l'école Al Massira »: the pupils' own school)
                                 r"\b(?:élèves|écoliers|enfants|collégiens|lycéens)\b[^.;]{0,30}?\bvenue?s\s+(?:de|du)\s+"
                                 r"l['’](?:école|établissement|collège|lycée)\s*$|"
                                 # (« C'est de l'école Al Massira, … que la caravane s'est élancée »: where it set off)
                                 r"\bc['’]est\s+(?:à|de|dans|depuis)\s+l['’](?:école|établissement|collège|lycée)\s*$|"
                                 # (« Installée pour dix jours à l'école Al Massira, la caravane … »: where it stops)
                                 r"\b(?:installée?s?|fait\s+étape|faisant\s+étape|s['’]installe|stationnée?)\b[^.;]{0,30}?"
                                 r"\s(?:à|dans)\s+l['’](?:école|établissement|collège|lycée)\s*$", re.IGNORECASE)
# A name in lower case of more words than this is a phrase quoted, not a brand (« e-Coop », « inwi Code » are short).
_LONGEST_LOWER_NAME = 3
# « place Hassan II », « boulevard Mohammed V », « quartier Al Qods »: a street or a square, named after someone.
_STREET_BEFORE = re.compile(r"\b(?:place|avenue|av\.|boulevard|bd|rue|quartier|hay|lotissement|route)\s+$",
                            re.IGNORECASE)
# « à l'école X »: where something happens, a host when the sentence names another initiative too.
_AT_SCHOOL_BEFORE = re.compile(r"\b(?:à|dans)\s+l['’](?:école|établissement|collège|lycée)\s*$", re.IGNORECASE)
_LAUNCHED = re.compile(r"\b(?:lancée?s?|ouverte?s?|inaugurée?s?|démarrée?s?|commencée?s?|créée?s?|installée?s?|"
                       r"ouvert ses portes|création|"
                       r"dévoilée?s?|lançait|lançaient|lancera|lanceront|commence|commencera|ouvrira|ouvriront|"
                       r"démarrera|démarreront|inaugurera|édition|signée?s?|"
                       r"lancement|ouverture|inauguration|mise en place|conventions?|porte sur|présentée?s?|créer|"
                       r"ouvrir|lancer|premi(?:ers|ères)\s+(?:apprenant|élève|étudiant|stagiaire|bénéficiaire)e?s|"
                       r"première\s+(?:promotion|cohorte)|"
                       # (« a donné jeudi le coup d'envoi du « X » », « a fait sa rentrée »)
                       r"coup\s+d['’]envoi|(?:fait|font)\s+(?:sa|leur)\s+(?:première\s+)?rentrée)\b"
                       r"|\b(?:lance|lancent|ouvre|ouvrent|inaugure|inaugurent|démarre|démarrent)\b"
                       # (a school back under a new name: « a rouvert ses portes sous une enseigne neuve », « renaît »)
                       r"|\b(?:rouverte?s?|rouvre|rouvrent|relancée?s?|relance|relancent|redémarrée?s?|redémarre|"
                       r"redémarrent|renaît|renaissent)\b"
                       # (an interview: « vous lancez », « nous ouvrons »)
                       r"|\b(?:lancez|lançons|ouvrez|ouvrons|inaugurez|inaugurons|démarrez|démarrons|créez|créons)\b",
                       re.IGNORECASE)
# (« depuis 2019 », « depuis des années »: not « depuis octobre dernier », which is this news)
# (« Émergence, mené avec AMIDEAST, a préparé 1 000 jeunes depuis son lancement »: going on for a while)
# (« l'ENSIAS a ouvert il y a deux ans son propre master »: years ago)
_BEFORE_NOW = re.compile(r"\b(?:avait|avaient|(?:en|dès) (?:19|20)\d{2}|il\s+y\s+a\s+(?:deux|trois|quatre|cinq|six|"
                         r"plusieurs|quelques|\d{1,2})\s+ans|depuis\s+(?:(?:19|20)\d{2}|des|plusieurs|"
                         r"de\s+nombreuses|longtemps|toujours|(?:son|sa|leur)\s+(?:lancement|création|ouverture|"
                         r"démarrage)))\b", re.IGNORECASE)


# « la ville des « Italiens » »: a plural article before a quoted word, people's nickname.
_PEOPLE_QUOTED_BEFORE = re.compile(r"\b(?:des|les|ces|nos|leurs)\s+[«“\"]\s*$", re.IGNORECASE)
# What names an organisation right before the name: « la société casablancaise X », « le groupe X ».
_COMPANY_BEFORE = re.compile(r"\b(?:la\s+société|l['’]entreprise|le\s+groupe|la\s+start-?up|l['’]association|"
                             # (« L'incubateur Chaouia Lab ouvre le « Sprint IA » »: the organiser, by its kind)
                             r"le\s+cabinet|la\s+fondation|l['’]opérateur|la\s+filiale|l['’]incubateur|"
                             r"l['’]accélérateur)(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s*$",
                             re.IGNORECASE)


# A name followed by what it launches as its own: « l'incubateur X lance son « Parcours Fondateurs » ».
# (Not « ouvre ses portes »: a school opening is the school's news.)
# « le cursus « Développeur web » », « la filière « Analyste de données » »: a track within the programme.
# (« le cycle de formation « Développeur web junior » »: a course's title too)
_TRACK_BEFORE = re.compile(r"\b(?:cursus|parcours|modules?|filières?|spécialités?|options?|tracks?|certificats?|"
                           r"cycle(?:\s+de\s+formation)?)\s*[«“\"]?\s*$", re.IGNORECASE)
# « la CMC lance le bootcamp « Cloud Native Fès » »: a known programme launching another, named in quotes, organises it.
# (« La Cité des métiers et des compétences de l'Oriental, à Oujda, a lancé hier le bootcamp « X »: its place, an
# aside and the day may come between)
LAUNCHES_NAMED_AFTER = re.compile(
    r"(?:\s+(?:de|du|d['’])\s*(?:l['’]\s*|la\s+)?[A-ZÀ-Þ][\w'’-]*(?:[\s-]+[A-ZÀ-Þ][\w'’-]*)*)?"
    r"\s*(?:,[^,.;]{1,40},)?\s+(?:lance|lancent|a\s+lancé|ont\s+lancé|organise|organisent|inaugure|ouvre|présente)\s+"
    r"(?:(?:hier|ce\s+matin|officiellement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?:son|sa|ses|leur|le|la|l['’]|un|une)\s*(?:nouveau\s+|nouvelle\s+|premier\s+|première\s+)?"
    r"(?:(?:bootcamp|programme|parcours|cursus|club|certificat|formation|académie|atelier|cycle|track|hackathon)\s+)?"
    r"[«“\"]", re.IGNORECASE)
# (not « l'« Oued Noun Tech Academy » lance sa première promotion »: a school launching its own cohort is the programme)
_ORGANISER_AFTER = re.compile(r"\s*[»”\"]?\s*,?\s*(?:"
                              r"(?:a\s+|vient\s+de\s+)?(?:(?:lancé|lance|lancer|organise|organisé|"
                              r"présente|présenté|inaugure|inauguré)\s+(?:(?:son|sa|ses|leur|leurs)(?!\s+(?:[\w-]+\s+)?"
                              r"(?:promotion|cohorte|édition|session|rentrée|saison|année)s?\b|"
                              # (« « Oasis Code Tinghir » lance sa formation »: its course, unnamed; not « lance sa
                              # formation « Y » »)
                              r"\s+(?:[\w-]+\s+)?formations?\b(?!\s*[«“\"]|\s+(?-i:[A-ZÀ-Þ])))|le\s+programme|"
                              r"le\s+parcours|le\s+cursus)"
                              # « l'incubateur « Argan Lab » ouvre un parcours » (not « ouvre sa formation »)
                              r"|(?:ouvre|ouvert|ouvrira)\s+(?:un|une)\s+(?:nouveau\s+|nouvelle\s+)?(?:programme|parcours|"
                              r"cursus|bootcamp|cycle))\b"
                              # (« …, le CRI et l'académie privée Atlas Pixel Academy ont lancé « Studio Code » »: the
                              # last of the parties that launch a named initiative)
                              # (« … ont signé la convention qui donne naissance à « Studio Code » »: the same)
                              r"|(?:ont|avaient)\s+(?:officiellement\s+|conjointement\s+)?(?:lancé|présenté|inauguré|"
                              r"ouvert|signé|créé|monté)\b[^.;«“\"]{0,60}(?=[«“\"]))", re.IGNORECASE)


# « L'incubateur Chaouia Lab » read as one capitalised run: an organisation named by its kind.
_ORGANISATION_NAMED = re.compile(r"(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+)(?:incubateur|association|société|entreprise|groupe|"
                                 r"fondation|agence)\s", re.IGNORECASE)


def _name_start(match):
    groups = match.groupdict()
    for group in ("quoted", "plain", "whole"):
        if groups.get(group):
            return match.start(group)
    return 0


def _key(name):
    """A name as the article's tellings of it are matched: « Les Pixels de l'Est » and « Pixels de l'Est » are one."""
    return normalize(_DETERMINER.sub("", name))


# « « Académie du code de l'Oued Eddahab — ouverture octobre 2025 » », read on a sign: the name, then what the
# sign adds.
_SIGN_AFTER = re.compile(r"\s+[—–]\s+[a-zà-ÿ].*$")


def _clean(match, places):
    groups = match.groupdict()
    name = (groups.get("quoted") or groups.get("plain") or groups.get("whole") or "").strip(" ,.;:»”\"")
    if not groups.get("quoted"):
        # « La Smara Digital School » opening a sentence: the name is without « La » (not « « Les Codeuses
        # d'Azilal » », whose quotes hold the article as part of the name)
        name = _DETERMINER.sub("", name)
    name = _TRAILING.sub("", _IN_ARABIC_SCRIPT.sub("", _SIGN_AFTER.sub("", name))).strip()
    degree = _DEGREE_BEFORE.search(match.string[:match.start("quoted")]) if groups.get("quoted") else None
    # (a title in words, its words after the first in lower case as university titles are written; not a brand's
    # name, « le master « Cyber Atlas » », whose words are capitalised)
    worded = not any(word[:1].isupper() and not word.isupper() for word in name.split()[1:])
    # (« Data Engineering et Industrie 4.0 »: subjects joined by a word in lower case, a course's title too; not
    # « Atlas Data & IA », a brand)
    worded = worded or bool(re.search(r"\s(?:et|en|de|du|des|pour|d['’])\s", f" {name} "))
    if degree and worded and not name.lower().startswith(degree.group("kind").lower()):
        # « la licence professionnelle « Cybersécurité et réseaux » »: the degree's title is its kind and its words
        kind = " ".join(degree.group("kind").split())
        name = f"{kind[0].upper()}{kind[1:].lower()} {name}"
    if groups.get("plain"):
        # « l'école Atlas Code de Béni Mellal »: the school is Atlas Code, in Béni Mellal.
        # (not « l'Académie numérique d'Asrir »: a kind and its adjective alone are no name without the place)
        where = _OF_PLACE.search(name)
        rest = name[:where.start()].split() if where else []
        if where and where.start() > 0 and places.named(where.group("place").split()) and any(
                word[:1].isupper() for word in rest[1:]):
            name = name[:where.start()].strip()
    return name


def named(sentences, names):
    """(name, sentence) of each unknown initiative the article is about, in order.

    Every name is a candidate weighed by the one table (candidates.WEIGHTS["programme"]): the lead's
    names are kept together; a name further down replaces them only when it outweighs every one of them
    (« Tanger Hack Night » in the lead, the programme « Détroit IA » and its budget further down).
    """
    every = _candidates(sentences, names)
    found = [candidate for candidate in every if candidate.score > 0]
    if not found:
        # (« Hack'Safi 2025 — … », and no programme named beside it: the contest is what the page is about)
        found = [top for top in [best(c for c in every if "contest_headline" in c.features)] if top]
    leads = [candidate for candidate in found if "later_name" not in candidate.features]
    later = [candidate for candidate in found if "later_name" in candidate.features]
    top = best(later)
    if top and top.score > max((candidate.score for candidate in leads), default=0):
        leads = [top]
    # « un Data Lab » in the lead, « Le Dakhla Data Lab a été lancé » further down: the lead's, by its full name
    leads = [next((other for other in later if _inside_name(lead.value, other.value)), lead) for lead in leads]
    official = [match.group("name") for sentence in sentences for match in _OFFICIALLY.finditer(sentence.text)
                if any(normalize(lead.value) == normalize(match.group("name")) for lead in leads)]
    # (the longer names that hold it, « Code Oasis Zagora », are the official one and its town)
    leads = [lead for lead in leads if not any(_inside_name(name, lead.value) for name in official)]
    return _whole_names([(candidate.value, candidate.sentence) for candidate in leads])


def _whole_word_in(name, text):
    """True when a name is written in a text as whole words: « Tremplin Numérique » in a headline."""
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text) is not None


def _inside_name(short, full):
    """True when a name is read whole inside a longer one: « Data Lab » in « Dakhla Data Lab »."""
    short, full = f"-{normalize(short)}-", f"-{normalize(full)}-"
    return short != full and short in full


# « l'ex-« Tiznit Tech Jeunes » renaît sous le nom de … », « la structure succède à « X » », « anciennement « X » »:
# the initiative's former name, not a second initiative.
_FORMER_NAME = re.compile(r"(?:\bex-\s*|\banciennement\s+|\bsuccède\s+à\s+|\bprend\s+la\s+suite\s+d[eu]\s+|"
                          r"\b(?:l['’]ancien|l['’]ancienne|son\s+ancien|sa\s+ancienne)\s+(?:nom|programme|école|"
                          # (« l'ancien « Chaouia Code Lab » renaît sous le nom de … »: the old name itself)
                          r"dispositif|projet)\s*,?\s*|\bl['’]ancien(?:ne)?\s+(?=[«“\"]))"
                          r"(?:[«“\"]\s*(?P<quoted>[^»”\"]{2,60}?)\s*[»”\"]|"
                          r"(?P<plain>(?-i:[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){1,3})))", re.IGNORECASE)


def _candidates(sentences, names):
    """Every unknown initiative the article names, as a programme Candidate with its features."""
    found, organisers, figures = [], set(), {}
    former = {normalize(match.group("quoted") or match.group("plain")) for sentence in sentences
              for match in _FORMER_NAME.finditer(sentence.text)}
    # (each match's name cleaned once: « à l'école X, la caravane « Y » … » gives its sentence two names)
    matches = [(sentence, match, position, telling, _clean(match, names.places))
               for sentence, match, position, telling in _matches(sentences)]
    names_told = {}  # the names each sentence gives
    for sentence, _match, _position, _telling, name in matches:
        names_told.setdefault(sentence.text, set()).add(_key(name))
    for sentence, match, position, telling, name in matches:
        key = _key(name)
        if len(key) < 3 or key in _NOT_NAMES or key in former or names.programmes.resolve(name) or names.knows(name):
            continue
        site = _OF_PLACE.search(name)
        if site and names.places.named(site.group("place").split()) and names.programmes.resolve(name[:site.start()]):
            continue  # « l'école 1337 de Khouribga »: a known programme at one of its sites
        if not re.search(r"[A-ZÀ-Þ0-9]", name):
            continue  # « le parcours « data » »: a common word in quotes, no name
        if not re.search(r"[^\W\d_]{2}", name):
            continue  # « un programme d'upskilling 100 % féminin »: a figure, not a name
        if name[:1].islower() and len(name.split()) > _LONGEST_LOWER_NAME or _SPEECH_WORDS & set(
                re.findall(r"[\w]+", name)):
            # « le programme « peut monter jusqu'à 100 places par an » », « « L'Académie Noun Digital doit garder nos
            # jeunes à Tan-Tan » »: a quotation, not a name
            continue
        if _STREET_BEFORE.search(sentence.text[:_name_start(match)]):
            continue  # « le consulat de la place Hassan II, le centre … »: a square's or a street's name
        if _TRACK_BEFORE.search(sentence.text[:_name_start(match)]) and not re.search(r"[A-ZÀ-Þ0-9]", name[1:]):
            continue  # « le cursus « Développeur web » »: a track's title, capitalised only where it opens
        if _PEOPLE_QUOTED_BEFORE.search(sentence.text[:_name_start(match)]) and " " not in name.strip():
            continue  # « la ville des « Italiens » »: a nickname of people, in the plural, not a programme
        if _COMPANY_BEFORE.search(sentence.text[:_name_start(match)]) or _ORGANISATION_NAMED.match(name):
            continue  # « la société casablancaise Datalink Academy »: a company, not a programme
        written = sentence.text.find(name, max(0, _name_start(match) - 4))
        if written >= 0 and _ORGANISER_AFTER.match(sentence.text, written + len(name)):
            organisers.add(key)  # « l'incubateur X lance son « Y » »: X organises, Y is the programme
            continue
        if any(place[1] == 0 and place[2] >= len(name) - 1 for place in names.places.find(name)):
            continue  # « le centre de Rabat »: a place, not a name
        at = _name_start(match)
        if _COUNTED.search(sentence.text[:at]):
            continue  # « un budget de 6,2 MDH, le nouvel espace »: the unit of a figure, not a name
        if any(start < at < end for _place, start, end in names.places.find(sentence.text)):
            continue  # « à El Kelâa des Sraghna, une école »: the end of a place's name, not a name of its own
        features = set(position)
        told_in = (sentence.paragraph, telling.paragraph)
        if told_in not in figures:  # (a paragraph's amounts and people are read once, however many names it has)
            figures[told_in] = _has_figures([other for other in sentences if other.paragraph in told_in])
        if figures[told_in]:
            features.add("figures")
        # (« Rif Hack Academy »: a school named after hacking, not a contest)
        bare = _DETERMINER.sub("", name)  # (« L'équipe des « Pixels de l'Est » » tells of « Les Pixels de l'Est »)
        trains = any(_TRAINING_OF_BEFORE.search(other.text[:at]) for other in sentences
                     for at in _places_of(bare, other.text))
        # (« Hack'Safi 2025 — … » over the story of its second edition: a coding contest the page is about, its
        # initiative when the page names no other; a fair, a forum or a show never is)
        if _CONTEST_NAME.search(name) and not _FAIR_NAME.search(name) and any(
                other.paragraph == 0 and bare.lower() in other.text.lower() for other in sentences):
            features.add("contest_headline")
        if (_EVENT_NAME.search(name) and not _SCHOOL_NAME.search(name) and not trains) or any(
                _EVENT_BEFORE.search(other.text[:at]) or _SHOW_AFTER.match(other.text, at + len(bare))
                for other in sentences for at in _places_of(bare, other.text)):
            features.add("event")
        # (« Le programme X, qui avait formé 90 jeunes, a prêté sa salle pour la cérémonie »: the room's lender too)
        if any(_HOST_SCHOOL_BEFORE.search(other.text[:at]) or roles.LENDS_AFTER.match(other.text, at + len(bare))
               for other in sentences for at in _places_of(bare, other.text)):
            features.add("host_school")
        # (« à l'école Al Massira de Demnate, la caravane « Coding pour tous » a entamé son étape »: where another
        # initiative the sentence names takes place)
        if _AT_SCHOOL_BEFORE.search(sentence.text[:_name_start(match)]) and names_told[sentence.text] - {key}:
            features.add("host_school")
        found.append(Candidate("programme", name, sentence.text, features=frozenset(features)))
    found += _spelled_out(sentences, names)
    # A name told several times counts by its strongest telling (« Axe 3 : le programme « X » », then its launch);
    # the organiser, named again further down (« le parcours de l'incubateur Argan Lab »), is still no programme.
    strongest, spelling = {}, {}
    for candidate in found:
        key = _key(candidate.value)
        if not candidate.value.isupper():
            spelling.setdefault(key, candidate.value)  # (« TIZNIT TECH GIRLS » in a headline in capitals)
        if key not in organisers and (key not in strongest or candidate.score > strongest[key].score):
            strongest[key] = candidate
    return [replace(candidate, value=spelling.get(key, candidate.value)) for key, candidate in strongest.items()]


def _spelled_out(sentences, names):
    """« Bhalil … son CAP-IA » in the headline, « le Centre d'apprentissage et de perfectionnement en intelligence
    artificielle » further down: an acronym of the headline or lead, by the name it stands for."""
    found = []
    for sentence in sentences:
        if sentence.paragraph > _BAPTISED_PARAGRAPHS:
            break
        for acronym in acronyms.acronyms(sentence.text):
            if names.knows(acronym) or names.programmes.resolve(acronym) or names.places.find(acronym):
                continue
            told = acronyms.spelled_out(sentences, acronym)
            # (below the lead, only spelled out right after it: « le coup d'envoi du BIAD (Bootcamp intelligence
            # artificielle Doukkala) », in the paragraph after a standfirst)
            if told and sentence.paragraph > 1 and f"{acronym} ({told[0]}" not in sentence.text:
                continue
            if told and not names.knows(told[0]):
                found.append(Candidate("programme", told[0], told[1].text, features=frozenset({"lead_name"})))
    return found


# « … a lancé la deuxième promotion de son académie interne », « notre académie », « Une académie … verra le jour à
# Berrechid » (then « La Berrechid Data & Cloud Academy a désormais une existence juridique »): the lead's own school,
# unnamed.
# (not « Un centre de relation client … sera implanté », then « la société Atlas Contact Center »: a centre may be a
# company's; an academy, a school or a bootcamp announced is a training's)
_UNNAMED_KIND = re.compile(r"\b(?:(?:son|sa|leur|notre|cette)\s+(?:nouvel(?:le)?\s+|propre\s+)?"
                           r"(?P<kind>académie|école|bootcamp|campus|centre|hub|lab|institut)|"
                           r"une?\s+(?:nouvel(?:le)?\s+)?(?P<announced>académie|école|bootcamp))\b"
                           r"(?!\s+(?-i:[«“\"A-ZÀ-Þ]))", re.IGNORECASE)
# A branded name's last word, as the kind the lead leaves unnamed would say it.
_KIND_OF_BRAND = {"academy": "académie", "académie": "académie", "school": "école", "bootcamp": "bootcamp",
                  "campus": "campus", "center": "centre", "centers": "centre", "hub": "hub", "lab": "lab",
                  "labs": "lab", "institute": "institut"}


def _brand_kind(match):
    """The kind a branded name ends on (« Alboran Tech Academy » → « académie »), or None."""
    words = [word.lower() for word in match.group("plain").split()]
    return next((_KIND_OF_BRAND[word] for word in reversed(words) if word in _KIND_OF_BRAND), None)


def _matches(sentences):
    """(sentence, match, position features, sentence that tells of it) of every way the article names an initiative."""
    previous = None
    headline = " ".join(sentence.text for sentence in sentences if sentence.paragraph == 0)
    # (« Alboran Digital Services a lancé la deuxième promotion de son académie interne » in the lead, then
    # « L'Alboran Tech Academy nous permet de former … » in an answer: the school the lead spoke of, named)
    unnamed = {(match.group("kind") or match.group("announced")).lower() for sentence in sentences
               if sentence.paragraph <= 1 for match in _UNNAMED_KIND.finditer(sentence.text)}
    for sentence in sentences:
        if previous is not None and sentence.paragraph > 1 and launched(previous.text):
            # (an op-ed's third paragraph: « … une école de programmation a ouvert ses portes à Tan-Tan. Elle
            # s'appelle « Sahel Code ». »: the opening just told, named)
            for match in _NAMED_IT.finditer(sentence.text):
                yield sentence, match, {"later_name"}, sentence
        if previous is not None and ANAPHORA.match(sentence.text):
            # « … celle de « Cap Code Montagne ». Le programme, lancé simultanément … »: the next sentence tells of it.
            # (« la première cohorte du « GenAI Founders Track » a fait sa rentrée. Ce parcours … »: or its own does)
            told_launched = launched(sentence.text) or launched(previous.text)
            position = {"lead_name"} if previous.paragraph <= 1 else {"later_name"} | (set() if told_launched else
                                                                                        {"unlaunched"})
            for match in [*_HEADLINE_QUOTED.finditer(previous.text), *_CALLED.finditer(previous.text)]:
                yield previous, match, position, sentence
        previous = sentence
        if sentence.paragraph <= _BAPTISED_PARAGRAPHS:
            patterns = _LEAD_PATTERNS if sentence.paragraph <= 1 else (_BAPTISED, _BAPTISED_FIRST, _SCHOOL_CALLED,
                                                                        _ITS_NAME) + (
                (_POSSESSIVE,) if sentence.paragraph <= _POSSESSIVE_PARAGRAPHS else ())
            if sentence.paragraph == 0:
                patterns = (*patterns, _HEADLINE_QUOTED, _HEADLINE_APPOSED, _HEADLINE_TITLED, _HEADLINE_AT_APPOSED)
            for pattern in patterns:
                for match in _names_of(pattern, sentence.text):
                    if pattern is _NAMED and _CAPITAL_KIND.match(match.group()):
                        continue  # « Le Campus Digital de l'Oasis »: the kind is part of the name (_TITLED)
                    if pattern is _APPOSED and match.group("plain") and _NAME_BEFORE.search(
                            sentence.text[:match.start("plain")]):
                        continue  # « à Nekor Code, l'école »: « Code » is the end of a longer name, not one
                    yield sentence, match, {"lead_name"}, sentence
        for match in _LABELLED.finditer(sentence.text):
            yield sentence, match, {"lead_name"}, sentence
        if sentence.paragraph <= 1:
            continue
        # Further down (a portrait opening on a person, an op-ed, a reader's question), a name counts with the
        # news of its launch (« qu'a été lancé, la semaine dernière, le programme « X » »), or in quotes with
        # what it is (« « Chaouen Code », une école de programmation »), which its paragraph's figures must back.
        told_launched = launched(sentence.text)
        for pattern in _LATER_PATTERNS:
            for match in _names_of(pattern, sentence.text):
                # Quoted, or a capitalised name after its kind or an edition: « l'école Argan Code, qui a ouvert
                # ses portes », « la 3e édition du Souss Code Camp ».
                quoted = bool(match.groupdict().get("quoted"))
                # (unquoted in apposition, only as something new, just launched or the speaker's own: « Dar Al Code,
                # le nouvel espace », « Code & Cité, notre programme »; not « de Sidi Bouzid, le campus »)
                apposed = pattern is _APPOSED and bool(_NEW_OR_OURS.search(match.group())
                                                       or _LAUNCHED_AFTER.match(sentence.text, match.end()))
                named_whole = pattern in (_NAMED, _EDITION, _TITLED_TRADE, _BRANDED, _LAUNCH_OF, _TITLED, _ACRONYMED,
                                          _BORN)
                # (« Oasis Code apprend aux jeunes à coder » in the headline, « abrite Oasis Code, la première école
                # de programmation » further down: the headline's subject, said to be new)
                # (« Tremplin Numérique » in the headline, « Ils suivent Tremplin Numérique, un programme de
                # formation … lancé en avril » further down: the headline's name, told with its launch, new or not)
                headlined = (pattern is _APPOSED and bool(match.group("plain"))
                             and _whole_word_in(match.group("plain"), headline))
                # (« ont donné naissance au X »: the birth is its launch)
                defined = pattern in (_BORN, _DEFINED_PROGRAMME)  # (told what it is as it is named)
                if (told_launched and (quoted or apposed or named_whole or headlined)) or (headlined and apposed) or (
                        pattern is _BRANDED and _brand_kind(match) in unnamed) or defined:
                    yield sentence, match, {"later_name"}, sentence
                elif quoted and not _BEFORE_NOW.search(sentence.text):
                    yield sentence, match, {"later_name", "unlaunched"}, sentence


# « …, avec la GIZ, qui accompagne depuis plusieurs années les oasis »: a relative clause after the launch tells of
# someone else's past, not the launch's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)


def launched(text):
    """True when a sentence tells of a launch, an opening or a signing now, not in the past."""
    launch = _LAUNCHED.search(text)
    if not launch:
        return False
    relative = _RELATIVE_CLAUSE.search(text, launch.end())
    return not _BEFORE_NOW.search(text[:relative.start() if relative else len(text)])


def _has_figures(paragraph):
    """True when the sentences of a paragraph give an amount of money or a number of people to train."""
    return bool(amounts.find(paragraph)) or people.trainees(paragraph) is not None


def _places_of(name, text):
    """Where name is written in text."""
    return [match.start() for match in re.finditer(re.escape(name), text)]


def _whole_names(found):
    """« Data & AI Lab » and, read inside it, « AI Lab »: one initiative, by its whole name."""
    keys = [normalize(name) for name, _sentence in found]
    return [item for item, key in zip(found, keys, strict=True)
            if not any(key != other and key in other for other in keys)]
