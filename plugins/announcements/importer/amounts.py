"""Amounts in dirhams as the press writes them, and the budget they add up to."""

import re
from dataclasses import dataclass, field, replace

from .numbers import NUMBER, SINCE_LONG_AGO, WORD_COUNTS, count_of, counted_in_lead, digits, to_number
from .roles import GUEST_SPEAKS
from .scopes import HYPOTHETICAL, NATIONWIDE, NATIONWIDE_FIRST, frame, larger_whole

_AMOUNT = re.compile(
    rf"(?P<number>{NUMBER})\s*(?P<mult>millions?|milliards?|mille)?\s*(?:de\s+|d['’]\s*)?"
    # (« 3,2 M DH », « 4 M. DH », « 1,2 Md DH »: the multiplier's letter set apart from the unit)
    # (« 120 millions de centimes »: the rial's hundredths, as many still count; a hundredth of a dirham)
    # (« 6 300 KDH »: thousands of dirhams, as project sheets count; « 900K DH », « 3M MAD »: as startups write them)
    r"(?P<unit>dirhams?|dhs?|MAD|M?MDH|M?MDhs?|MDHS|M\.?\s?DHS?|Mds?\.?\s?DHS?|K\s?DHS?|K\s?MAD|M\s?MAD|centimes)\b"
    r"(?:\s*\(\s*M?MDH\s*\))?",
    re.IGNORECASE,
)
# « 2 millions d'euros », « 5 M$ »: money in another currency, never counted in dirhams.
FOREIGN = re.compile(
    rf"(?P<number>{NUMBER})\s*(?:millions?|milliards?|mille)?\s*(?:de\s+|d['’]\s*)?"
    r"(?P<currency>euros?|dollars?|€|\$|USD|EUR|livres? sterling|francs? suisses|yuans?|dirhams? émiratis?)(?=\W|$)",
    re.IGNORECASE,
)
# « 4 millions » in a list that began in dirhams; not « 2 millions d'habitants ».
# (« 4 millions de la région » is a share, whose giver follows; « 2 millions de jeunes » are people)
_ELIDED = re.compile(rf"(?P<number>{NUMBER})\s*(?P<mult>millions?|milliards?)\b(?P<unit>)"
                     r"(?!\s*(?:de|d['’])\s*(?!la\s|l['’]|leur\s)\w)", re.IGNORECASE)
# « … 1,6 million par le Conseil et un million par l'ANAPEC »: a whole number of dirhams, its unit left out (« un
# million » read in figures), then its giver.
_ELIDED_WHOLE = re.compile(r"(?<![\d,.])(?P<number>\d{6,}|\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,})(?P<mult>)(?P<unit>)"
                           r"(?=\s+(?:par|pour|de\s+la|de\s+l['’]|du|des|à\s+la|à\s+l['’]|au)\b)", re.IGNORECASE)
# « Le ministère y apporte 65 millions de dirhams, le conseil régional 40 millions. »: the verb and the unit left out
# of the second clause, its giver first (the millions already read as a whole number of dirhams).
_GAPPED_WHOLE = re.compile(r",\s+(?:et\s+)?(?:le|la|l['’]|les)\s*[^,.;:\d]{2,60}?\s(?P<number>\d{6,})"
                           r"(?=\s*(?:[.;]|,|$))")
# « s'élève respectivement à 30, 15 et 5 millions de dirhams »: each number takes the last one's unit.
_SHARED_UNIT = re.compile(rf"(?P<list>(?:{NUMBER}\s*,\s*)+{NUMBER}\s+et\s+)"
                          rf"(?P<last>{NUMBER}\s*(?:millions?|milliards?)\s*(?:de\s+|d['’]\s*)?"
                          r"(?:dirhams?|dhs?|MAD|M?MDH)\b)", re.IGNORECASE)
_NUMBER_RE = re.compile(NUMBER)
_MULTIPLIERS = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "mille": 10**3}
_APPROX = re.compile(r"\b(plus de|près de|environ|quelque|au moins|pr[èe]s d['’]|jusqu['’]à|moins de|"
                     r"supérieure? à|au-delà de)\s*$", re.IGNORECASE)
# A total said as a floor: « un budget supérieur à un million de dirhams ».
_FLOORS = {"plus de", "au moins", "supérieur à", "supérieure à", "au-delà de"}
# How far above its floor the sum of a breakdown may be and still be that total said exactly.
_FLOOR_REACH = 1.5
# (« Le budget global atteint 1,8 million de dirhams, dont 300 000 dirhams de prix »: the prizes, a part of the budget
# said with it, do not make it a prize's money)
_PRIZES_INCLUDED = re.compile(r"\b((?:budget|coût)\b[^.;]{0,80}),\s*dont\s+[^.;,]{0,50}\b(?:prix|primes?|récompenses)\b"
                              r"[^.;,]{0,30}", re.IGNORECASE)
# An amount that is not money committed to the project.
_NOT_BUDGET = re.compile(
    # (not « formera à la vente en ligne », « il a eu un prix » (a cost): what is taught, an idiom)
    r"chiffre d['’]affaires|\bPIB\b|(?<!à\sla\s)\bventes?\b(?!\s+en\s+ligne)|exportations?|"
    # background recalled by the article: another project's money
    r"pour rappel|rappelons|\bà titre de comparaison|\bpour mémoire|"
    # prizes and prices: « des prix d'une valeur totale de 150 000 dirhams »
    # (not « primes des mentors », among what the money pays for)
    # (« Le troisième, de 25 000 dirhams, est allé à « Limoun Scan » »: the next prize, awarded)
    r"\b(?:est|sont)\s+allée?s?\s+à\b|"
    r"(?<!\beu\sun\s)\bprix\b|récompens|\bprimes?\b(?!\s+(?:des|aux|de|d['’])\s*(?:mentors|formateurs|encadrants|"
    r"animateurs|enseignants|formatrices|personnels?)\b)|\btarifs?\b|"
    # a tender's figures: the bond, the owner's estimate, a bid (« la caution provisoire est fixée à 40 000 DH »,
    # « l'estimation des coûts des prestations », « l'offre financière du moins-disant »)
    # (not « une sous-estimation des travaux », an auditor's finding on the cost)
    r"\bcaution\s+(?:provisoire|définitive)|(?<![\w-])estimation\s+(?:des?\s+)?(?:coûts?|prix|prestations|travaux)|"
    r"\bdont\s+l['’]estimation\b|\boffres?\s+financières?|\bmoins[-\s]disant|\bsoumissionnaires?\b|"
    # money startups raised (« ont levé au total près de 30 MDH », « une levée de fonds de 2 millions »; not « des
    # modules … à la levée de fonds », what is taught)
    r"\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:[\w-]+\s+){0,2}?levé\b|(?<!\bà\sla\s)\blevées?\s+de\s+fonds\b",
    re.IGNORECASE,
)
# Pay and rent, when the amount is theirs: « une bourse mensuelle de 1.500 dirhams » (a budget in the
# same sentence that also pays « une bourse mensuelle » is still one).
_RECURRENT = re.compile(r"salaires?|par mois|mensuel(?:le)?s?|loyers?|bourses?", re.IGNORECASE)
_RECURRENT_REACH = 40
# « 4 MDH par an pendant trois ans », « 1,5 million chaque année sur quatre ans »: a yearly sum for so many years.
_PER_YEAR_FOR = re.compile(r"\s*(?:par\s+an|par\s+année|chaque\s+année|annuellement)\s*,?\s*(?:pendant|durant|sur)\s+"
                           r"(?:les\s+)?(?P<years>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:ans|années)\b",
                           re.IGNORECASE)
# A price, a fee, a salary or an advertisement's offer, in the amount's own clause.
# (Not « coûte » alone: « le centre coûte 5 MDH » is a budget; « coûte entre 45 000 et 60 000 » is a range.)
# (« la récolte des olives, qui rapporte à la famille « autour de 30 000 dirhams » »: a household's income)
_PRICE = re.compile(r"\b(?:coûterait|tarifs?|prix|frais d['’]inscription|frais de scolarité|salaires?|revenus?|"
                    r"rapport(?:e|ent|ait|aient)\s+(?:à\s+(?:la|sa|leur)\s+famille|au\s+foyer|par\s+an)|"
                    r"rémunérations?|à partir de|payée?s?|(?<!l['’])équivalente?s?)\b|"
                    # (not « le financement se répartit (désormais) entre 2,4 millions apportés par X et 1,2 million
                    # par Y »: shares)
                    r"(?:^|(?<!\brépartit)(?<!\brépartie)(?<!\brépartis)(?<!\bpartagé)(?<!\bpartagée)"
                    r"(?<!\bdésormais)(?<!\baujourd['’]hui)(?<!\bainsi)\s)"
                    r"entre(?:\s+[\d\s.,]+\s+et)?\s*$",
                    re.IGNORECASE)
# (« 60 000 dirhams par bénéficiaire, soit 9 millions pour la promotion »: a cost per head, never added to the total)
# (« des tapis qu'elle vend autour de 1 500 dirhams pièce »: a price of one thing)
_PRICE_AFTER = re.compile(r"\s*(?:bruts?|nets?|de remise|de réduction|pièce|l['’]unité|par (?:mois|an|personne|"
                          r"apprenante?|étudiante?|bénéficiaire|stagiaire|jeune|participante?|élève|lauréate?|tête|place|candidate?|"
                          r"femme|(?:jeune\s+)?formée?))\b", re.IGNORECASE)
# Said of another time, before the amount or in its own clause (not « ..., qui avait formé l'an dernier »).
_PAST = re.compile(r"l['’]an(née)? (dernier|dernière|passé)|" + SINCE_LONG_AGO
                   # (« La phase pilote de 2025 avait réuni 50 diplômés, avec un budget de 2 millions »)
                   + r"|\b(?:phase|session|édition)\s+pilote\s+(?:de|d['’]|en)\s*(?:19|20)\d{2}\b[^.;]{0,60}?"
                   r"\bavai(?:en)?t\b"
                   # (« … 600 000 dirhams que la Fondation X avait presque entièrement financé »: adverbs between)
                   + r"|avai(en)?t (?:(?:déjà|presque|entièrement|largement|intégralement|totalement) ){0,2}"
                   r"(investi|mobilisé|financé|coûté|nécessité|été)"
                   # (« le Conseil régional rappelle avoir déjà consacré 30 MDH à l'emploi des jeunes »)
                   + r"|\b(?:avoir|a|ont|avons)\s+déjà\s+(?:consacré|investi|mobilisé|dépensé|injecté|financé)",
                   re.IGNORECASE)
# « Le budget de la première édition était de 5 MDH »: an earlier edition's money, told in the imperfect.
_EARLIER_EDITION = re.compile(r"\b(?:(?:la|les)\s+(?:première|deuxième|troisième|précédente|dernière|"
                              r"\w+\s+premières)\s+éditions?|éditions?\s+précédentes?)\b[^.;]*\b(?:était|étaient|"
                              r"avait|avaient|a coûté|ont coûté)\b|\b(?:était|étaient|avait|avaient)\b[^.;]*\b"
                              r"(?:première|deuxième|précédente|dernière)\s+édition\b", re.IGNORECASE)
# « Cette deuxième édition », « la présente édition »: the one the article is about, told first.
_THIS_EDITION = re.compile(r"\b(?:cette|la\s+présente|la\s+nouvelle)\s+(?:\w+\s+)?édition\b", re.IGNORECASE)
# Several projects counted together: « 14 conventions », « l'ensemble des projets ».
_AGGREGATE = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|nombreux|"
                        r"nombreuses)\s+(?:conventions|projets|accords|chantiers|programmes|opérations|points|"
                        r"avenants)\b|\bl['’]ensemble des (?:conventions|projets|accords|points)\b|"
                        # (« les 40 MDH que la Région consacre à l'ensemble de son plan numérique »: all its actions)
                        r"\bl['’]ensemble\s+de\s+(?:son|sa|ses|leur|leurs)\s+(?:plan|programme|stratégie|budget)\b|"
                        r"\b(?:une série|un ensemble|un total|montant global|enveloppe totale) (?:de|des|d['’]) ?"
                        r"(?:conventions|projets|accords|points)\b|"
                        # (« Au total, les conventions approuvées lundi représentent 87 millions »: the session's sum)
                        r"\bles\s+(?:conventions|projets|accords|points)\s+(?:approuvés|approuvées|adoptés|adoptées|"
                        r"votés|votées|signés|signées)\b", re.IGNORECASE)
# A sentence that opens on what the sentences before it named: « Son coût… », « Celui-ci… », « Ce centre… ».
# (« … le chantier du port Dakhla Atlantique. Le projet, d'un coût de 12,5 milliards de dirhams, … »: the port's)
_ANAPHORA = re.compile(r"\s*(?:Son|Sa|Ses|Leur|Leurs|Ce|Cet|Cette|Celui-ci|Celle-ci|Il|Elle|Le\s+projet|Le\s+chantier|"
                       r"L['’]ouvrage)\b")
# The words of training and the digital trade: what the site's announcements are about.
_TRADE = re.compile(r"\b(?:form(?:e|ent|er|era|eront|ation|ations|és|ées)|numériques?|digital(?:e|es)?|"
                    r"cod(?:e|age)|programmation|développeurs?|cyber\w*|intelligence artificielle|écoles?|"
                    r"apprenants?|étudiants?|stagiaires?|bootcamps?|compétences|talents?|informatique|campus)\b",
                    re.IGNORECASE)
# What a share before pays for, in brackets: « 1,5 million (aménagement de deux salles) ».
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")
# « Le budget est de 12 MDH », « Son coût s'élève à … »: the clause that says what the amount is, and nothing more.
_SAID_THE_BUDGET = re.compile(r"^(?:le|son|leur)\s+(?:budget|coût)\s+(?:est|s['’]élève|atteint|se\s+monte)\b",
                              re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    # (« le coût total du campus s'établit désormais à 17,4 millions »)
    # (« Le coût total du projet, tel qu'il figure dans la convention, s'élève à 4,2 MDH »: an aside between them)
    r"\b(global|globale|total|totale|au total|d['’]ensemble|enveloppe globale|l['’]ensemble)\b"
    r"(?:[^,;.]{0,40}|[^,;.\d]{0,30},[^,;.\d]{1,50},[^,;.\d]{0,20})$|"
    # « Au total, le programme est doté de 6,8 MDH », « Au total, le budget … atteint donc 7,8 millions »: the
    # sentence opens on it
    r"^\s*(?:au\s+total|en\s+tout)\s*,[^,;.]{0,70}$",
    re.IGNORECASE,
)
# « 35 millions de dirhams sur trois ans, dont 20 millions... »: what follows « dont » is inside this total.
# (« sur trois ans », read « sur 3 ans », or « pour 2026-2028 » may come between: a time, not another figure)
# (« pour ses trois premières années », read « 3 premières années »: the same)
_TOTAL_AFTER = re.compile(r"^(?:[^.;,\d]|\d+(?=\s*(?:(?:premi[èe]re?s|derni[èe]re?s|prochaine?s)\s+)?"
                          r"(?:ans?|années?|mois)\b)|"
                          r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?){0,40},?\s*dont\b", re.IGNORECASE)
# « 24 millions de dirhams sur trois ans, c'est l'engagement total de la convention », « 12 MDH au total »: the
# figure is named the total right after it.
# (« un projet de 120 MDH qui prévoit 600 postes au total »: the total of something else, said further on)
_TOTAL_NAMED_AFTER = re.compile(r"^\s*,?\s*(?:sur\s+\w+\s+ans\s*,?\s*)?au\s+total\b|"
                                r"^(?:[^.;?\d]|\d+(?=\s*(?:ans?|années?|mois)\b)){0,40}?,\s*(?:c['’]est|soit)\s+(?:le|l['’])\s*"
                                r"(?:montant|engagement|budget|coût|enveloppe|investissement|financement)\s+"
                                r"(?:total|global)e?\b", re.IGNORECASE)
# « Le budget de l'édition s'élève à 2,8 millions de dirhams : 1,8 million apportés par … »: a colon, then its parts.
# (« 240 MDH : c'est l'enveloppe de la phase nationale » explains the sum: the parts open on a figure)
# (« Il mobilise 15,6 millions de dirhams sur trois ans : 9 millions … et 6,6 millions … »: how long, then the parts)
_PARTS_FOLLOW = re.compile(r"^(?:\s+(?:sur|en|pour)\s+(?:[\w-]+\s+){0,2}?(?:ans|années|mois|exercices))?"
                           r"\s*:\s*(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s)", re.IGNORECASE)
# « … de l'ordre de 640 millions de dirhams pour l'ensemble du pays »: the country's money, said right after it.
# (« … pour l'ensemble des régions », « … pour toutes les régions »: the same)
_NATIONWIDE_AFTER = re.compile(r"^[^.;,]{0,20}?\b(?:pour|sur|dans)\s+(?:l['’]ensemble\s+du\s+"
                               r"(?:pays|royaume|territoire)|tout\s+le\s+(?:pays|royaume|territoire)|"
                               r"l['’]ensemble\s+des\s+régions|toutes\s+les\s+régions)\b|"
                               rf"^[^.;,]{{0,20}}?\b(?:{NATIONWIDE})",
                               re.IGNORECASE)
# « Il s'élève à 1,08 milliard de dirhams, fonctionnement et investissement confondus »: a council's whole budget.
_ALL_SECTIONS_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:fonctionnement\s+et\s+investissement|investissement\s+et\s+"
                                 r"fonctionnement|toutes\s+sections)\s+confondu(?:e?s)?\b", re.IGNORECASE)
# « une enveloppe de 28 millions de dirhams répartie sur 41 projets »: many projects' money, of which this is one.
_SPREAD_AFTER = re.compile(r"^[^.;]{0,20}?\b(?:répartie?s?|ventilée?s?|distribuée?s?)\s+(?:sur|entre)\s+"
                           r"(?:\d+|plusieurs|une\s+\w+\s+de)\s+(?:projets|actions|opérations|programmes)\b",
                           re.IGNORECASE)
# « doté de 42 MDH pour quatre provinces de la région »: a plan for several territories, of which this is a part.
# (not « 42 millions de dirhams pour les deux régions »: the two the initiative spans, just named)
_TERRITORIES_AFTER = re.compile(r"^[^.;,]{0,20}?\bpour\s+(?!les\s+deux\b)(?:les\s+)?(?:deux|trois|quatre|cinq|six|sept|"
                                r"huit|neuf|dix|"
                                r"\d+)\s+(?:provinces|préfectures|régions|communes)\b", re.IGNORECASE)
# « … mais aucun montant propre au volet numérique n'a été communiqué »: the article says its own money is not told.
_UNTOLD = re.compile(r"\baucun\s+(?:montant|budget)\b[^.;]{0,60}?\bn['’]a\s+été\s+(?:communiqué|précisé|dévoilé|"
                     r"annoncé|rendu\s+public)|\b(?:le\s+)?(?:montant|budget|coût)\s+(?:du\s+projet\s+|de\s+l['’]opération\s+)?"
                     r"n['’]a\s+pas\s+été\s+(?:communiqué|précisé|dévoilé|annoncé|rendu\s+public)|"
                     # (« Aucun des deux signataires n'a souhaité communiquer le montant de l'investissement », « le
                     # budget reste confidentiel »: the same, however the refusal is told)
                     r"\bn['’](?:a|ont)\s+(?:pas\s+)?(?:souhaité|voulu|pu|tenu\s+à)\s+(?:communiquer|révéler|dévoiler|"
                     r"préciser|divulguer|donner|chiffrer)\s+(?:le\s+)?(?:montant|budget|coût)\b|"
                     r"\b(?:montant|budget|coût)\b[^.;]{0,40}?\b(?:reste|restent|demeure|demeurent)\s+confidentiel|"
                     # (« Le montant de l'enveloppe consacrée au programme n'a pas été communiqué »)
                     r"\b(?:montant|budget|coût)\s+de\s+l['’]enveloppe\b[^.;]{0,60}?\bn['’]a\s+pas\s+été\s+"
                     r"(?:communiqué|précisé|dévoilé|annoncé|rendu\s+public|divulgué)",
                     re.IGNORECASE)
# « une enveloppe de 38 MDH pour l'ensemble de ses programmes », « 6 millions pour tous les élèves »: money shared by
# many, of which the initiative is one.
# (« 90 millions cette année dans ses implantations marocaines »: a group's whole)
_MANY_AFTER = re.compile(r"^[^.;,]{0,30}?\bpour\s+(?:l['’]ensemble\s+(?:de\s+(?:ses|leurs)|des)|tou(?:te)?s\s+"
                         r"(?:les|ses|leurs))\s+(?:programmes|projets|actions|opérations|élèves|établissements|"
                         r"communes|provinces)\b|"
                         r"^[^.;,]{0,30}?\bdans\s+(?:l['’]ensemble\s+de\s+)?(?:ses|leurs)\s+(?:implantations|filiales|"
                         r"sites|usines|agences|activités)\b", re.IGNORECASE)
# A session's or a plan's bundle of several conventions or projects, ours one of them: « 312 MDH de conventions
# votées, dont 8,4 millions pour une académie », « un paquet de conventions totalisant 312 millions de dirhams ».
# (« une enveloppe globale de 46 MDH à 112 projets dans la province »)
_BUNDLE_AFTER = re.compile(r"^\s*(?:de|d['’])\s*(?:conventions|projets|accords|contrats)\b|"
                           r"^[^.;]{0,30}?\b(?:à|pour)\s+(?:\d+|plusieurs|une?\s+\w+aines?\s+de)\s+(?:projets|conventions|"
                           r"actions|opérations|programmes)\b", re.IGNORECASE)
_BUNDLE_BEFORE = re.compile(r"\b(?:conventions|projets|accords|contrats)\s+(?:[\w'’-]+\s+){0,3}?(?:totalisant|"
                            r"(?:pour|d['’]un)\s+(?:total|montant\s+(?:global|total|cumulé))\s+de)\s*$", re.IGNORECASE)
# « La région rappelle que sa feuille de route prévoit, à l'horizon 2030, 15 000 jeunes formés, pour une enveloppe
# globale de 120 MDH »: the envelope of the plan the sentence opens on.
_ENVELOPE = re.compile(r"\b(?:enveloppe|budget|coût|montant)\s+(?:globale?|totale?)\b", re.IGNORECASE)
_OPENING_CLAUSE = re.compile(r"[^,;:]*")
# « 45 millions pour l'ensemble de ses projets »: the money of a plan of many actions.
# (« 40 millions de dirhams pour l'ensemble de son plan numérique »: a plan's, of many actions too)
# (« L'INDH consacre 48 millions de dirhams à l'ensemble de ses projets dans la province »; « une trentaine de millions
# de dirhams à ce réseau »: a network's money, of all its sites)
# (« avoir engagé plus de 40 millions de dirhams dans l'ensemble de ses programmes en faveur de la jeunesse »)
_MANY_ACTIONS_AFTER = re.compile(r"^[^.;,]{0,30}?\b(?:pour|à|dans)\s+(?:(?:ce|son|leur)\s+réseau\b|"
                                 # (« 60 millions de dirhams à ses actions éducatives dans la région »)
                                 r"(?:ses|leurs)\s+(?:actions|programmes|projets|opérations)\b|"
                                 r"(?:l['’]ensemble\s+(?:de\s+(?:ses|leurs)|des)|"
                                 r"tou(?:te)?s\s+(?:les|ses|leurs))\s+(?:programmes|projets|actions|opérations)|"
                                 r"l['’]ensemble\s+de\s+(?:son|sa|leur)\s+(?:plan|stratégie|feuille\s+de\s+route))\b",
                                 re.IGNORECASE)
# « 1,2 milliard à l'emploi des jeunes sur la période 2022-2027, toutes actions confondues »: a plan's envelope.
# (Not « sur la période 2026-2029 » alone: a programme's own money is spread over years too.)
_PLAN_WHOLE_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:toutes\s+(?:actions|thématiques)|"
                               r"tous\s+(?:projets|programmes|secteurs))\s+"
                               r"confondu(?:e)?s\b", re.IGNORECASE)
# « notre budget annuel consacré à la formation, tous programmes confondus, dépasse 60 MDH »: the same, said before.
_PLAN_WHOLE_BEFORE = re.compile(r"\b(?:toutes\s+actions|tous\s+projets|tous\s+programmes)\s+confondu(?:e)?s\b"
                                r"[^.;]{0,40}$", re.IGNORECASE)
# « les 3,5 milliards de dirhams du programme régional de développement », « 24 MDH dans son programme de
# développement »: a regional plan's money (a strategy's, for the region), said right after it.
# « quelque 120 MDH à sa stratégie numérique 2024-2030 »: what the amount goes to is a strategy.
_TO_A_STRATEGY_AFTER = re.compile(r"^\s*,?\s*(?:à|pour|dans|au\s+profit\s+de)\s+(?:sa|la|leur|une|son|cette)\s+"
                                  r"(?:stratégie|feuille\s+de\s+route|vision)\b", re.IGNORECASE)
# « …, dont l'école de Martil n'est qu'un volet »: a whole the initiative is only a part of.
_ONLY_A_PART_AFTER = re.compile(r"^[^.;]{0,80}?,\s*dont\s+[^.;]{0,60}?\bn['’](?:est|sera|serait)\s+qu['’]\s*"
                                r"(?:un|une)\s+(?:volet|composante|brique|pièce|maillon|élément|partie|axe)s?\b",
                                re.IGNORECASE)
_PLAN_AFTER = re.compile(r"^[^.;,]{0,20}?\b(?:du|de\s+son|dans\s+(?:son|le|leur))\s+(?:programme|plan)\s+"
                         r"(?:(?:régional|territorial|intégré)\s+)?de\s+développement\b", re.IGNORECASE)
# Amounts added to one another: the parts of one project's money (never « dont », which names a part).
_ADDED = re.compile(r"s['’]ajout|auxquels|en plus|ainsi que|complété|\bet\b", re.IGNORECASE)
_LABEL_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:pour|destinée?s?\s+(?:à|au|aux)|consacrée?s?\s+(?:à|au|aux)|réservée?s?\s+(?:à|au|aux)|"
    r"dédiée?s?\s+(?:à|au|aux)|affectée?s?\s+(?:à|au|aux)|allouée?s?\s+(?:à|au|aux)|au titre d[eu']|par|de)\s+)"
    r"(?P<label>[^,;.()]+)",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\s*(?:,\s*)?(?:(?:pour|avec|à hauteur|doté|dotée|d['’]un|d['’]une|pour un|pour une|de|soit)\s+)*"
    r"(?:(?:une?|la|le)\s+)?(?:enveloppe|montage financier|coût|montant|budget|investissement|somme|financement|"
    r"hauteur)?(?:\s+(?:budgétaire|global|globale|total|totale|estimée?|financier))?\s*(?:de|d['’]|à|s['’]élève à|"
    r"coûtera|est estimée? à)?\s*$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"^(?:et\s+)?(?:enfin,?\s+)?(?:la|le|les)?\s*"
                           r"(?:première|premier|seconde?|deuxième|troisième|"
                           r"quatrième|dernière|autre)?\s*(?:convention\s+)?(?:est liée?|concerne|porte sur|a trait)\s*"
                           r"(?:à|a|au|aux)?\s*", re.IGNORECASE)
_LABEL_LENGTH = 90


@dataclass(frozen=True)
class _Listed:
    """A number of a list whose unit is given once, at its end: read like an amount match."""

    number: str
    mult: str
    unit: str
    begin: int
    finish: int

    def group(self, name=0):
        return {"number": self.number, "mult": self.mult, "unit": self.unit}.get(name, self.number)

    def start(self, _name=0):
        return self.begin

    def end(self, _name=0):
        return self.finish

    def span(self, _name=0):
        return self.begin, self.finish


@dataclass(frozen=True)
class Amount:
    """An amount of money named in one sentence."""

    value: int
    sentence: str
    paragraph: int
    label: str = ""
    note: str = ""
    total: bool = False
    scope: str = ""  # a larger whole's money, as its own clause says (scopes.larger_whole): "strategy", "wider_project"
    earlier: bool = False  # told of an earlier year (« En 2024, nous avons mené un pilote : 600 000 DH »)
    dated_before: bool = False  # its year said, and earlier than the article's (« inauguré en 2024 grâce à 2,8 MDH »)
    at_creation: bool = False  # the initiative's own money when it was created (« doté, à sa création, de 5,6 MDH »)
    # the sentences before it in its paragraph, when it opens on what they named (« Son coût est de 7,8 MDH »)
    antecedent: str = ""
    share: bool = False  # a party's contribution, its verb right before it (« la Région mobilise 9,5 MDH »)
    listed_share: bool = False  # a line of the list under « Le financement : » (« • INDH : 700 000 DH »)
    yearly_for: str = ""  # a yearly sum multiplied by its years, as the text says it (« par an pendant trois ans »)


@dataclass
class Budget:
    """The budget, its parts, and amounts left for the editor to judge."""

    budget: Amount | None = None
    items: list = field(default_factory=list)
    others: list = field(default_factory=list)


# « presque le double des 2,5 MDH de la convention précédente »: an earlier convention's or edition's money.
# (« contre 900 000 dirhams pour l'édition précédente », « lors de l'édition précédente »: the comparison's)
_EARLIER_AFTER = re.compile(r"^\s*(?:de|du|pour|lors\s+de|lors\s+du|à|au|en)\s+(?:la\s+|l['’]\s*|le\s+)?"
                            r"(?:(?:convention|édition|phase|session|"
                            r"programme|contrat)\s+(?:précédente?|antérieure?|passée?)|(?:précédente?|première|"
                            r"dernière|ancienne?)\s+(?:convention|édition|phase|session|contrat)|"
                            # (« financée à hauteur de 1,8 MDH …, contre 1,2 MDH pour la première »: the noun left out)
                            r"(?:précédente?|première)(?=\s*(?:[.;,)]|$)))\b", re.IGNORECASE)
# « arrêté à 71,4 millions de dirhams, contre 66,9 millions de dirhams pour 2025 »: the figure compared with.
_COMPARED_BEFORE = re.compile(r"\bcontre\s+(?:seulement\s+|à\s+peine\s+|(?:plus|près|moins)\s+de\s+|environ\s+|"
                              r"quelque\s+)?$", re.IGNORECASE)
# « ce vaste plan de 6,5 milliards de dirhams lancé en 2015 »: the money of something launched years ago.
_LAUNCHED_LONG_AGO_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:lancée?s?|adoptée?s?|signée?s?|initiée?s?|démarrée?s?|"
                                      r"mise?s?\s+en\s+(?:place|œuvre)|inaugurée?s?)\s+en\s+(?P<year>(?:19|20)\d{2})\b",
                                      re.IGNORECASE)
_LONG_AGO_YEARS = 3
# « En 2024, nous avons mené un petit pilote : 600 000 DH »: a sentence set in an earlier year.
# « Son coût, initialement fixé à 1,8 MDH, a été porté à 2,4 MDH », « Estimé à 700 millions de centimes lors de la
# signature, il atteint désormais 950 millions »: the first amount is the one revised since, the second the one now.
# « le coût réel dépasse 9 MDH si l'on ajoute les salaires … »: a critic's reckoning, on a supposition.
_IF_ONE_ADDS_AFTER = re.compile(r"^[^.;]{0,20}?\bsi\s+l['’]on\s+(?:ajoute|compte|inclut|intègre|y\s+ajoute)\b",
                                re.IGNORECASE)
# « …qui ont porté son budget à 11 MDH, puis à 13,4 MDH »: revised once more.
_THEN_TO_BEFORE = re.compile(r"\bpuis\s+(?:à|de)\s*$", re.IGNORECASE)
# « Le texte relève l'enveloppe de 24 millions de dirhams à 31,5 millions de dirhams », « le budget est passé de 8 à
# 11,5 MDH »: a change of the money, from the amount it was to the amount it now is.
_CHANGES = (r"(?:relève|relèvent|relevé|relevée|porte|portent|porté|portée|portant|augmente|augmentent|augmenté|"
            r"augmentée|passe|passent|passé|passée|(?:fait|font|a\s+fait|ont\s+fait)\s+passer|ramène|ramènent|ramené|"
            r"ramenée|réduit|réduisent|réduite|revoit|revoient|rehausse|rehaussent|rehaussé|rehaussée)")
_CHANGED_FROM_BEFORE = re.compile(rf"\b{_CHANGES}\b[^.;]{{0,60}}?\bde\s*$", re.IGNORECASE)
_TO_AN_AMOUNT_AFTER = re.compile(r"^\s*à\s+\d", re.IGNORECASE)
_FROM_TO_BEFORE = re.compile(rf"\b{_CHANGES}\b[^.;]{{0,60}}?\bde\s+\d[\d\s,.]*(?:(?:millions?|milliards?)\s*)?"
                             r"(?:(?:de\s+dirhams|dirhams|MDH|DH)\s*)?à\s*$", re.IGNORECASE)
# (« le projet était chiffré à 9 MDH »: what it was reckoned at, before the cost it came to)
_INITIAL_BEFORE = re.compile(r"\b(?:initialement|au\s+départ|à\s+l['’]origine|dans\s+un\s+premier\s+temps)\b"
                             r"[^.;]{0,30}$|\b(?:était|étaient)\s+(?:alors\s+)?(?:chiffrée?s?|estimée?s?|évaluée?s?|"
                             r"budgétée?s?)\s+à\s*$|"
                             # (« Lancé en 2023, Clic Drâa disposait de 6 MDH »: what the programme had then)
                             r"\b(?:disposait|disposaient|bénéficiait|bénéficiaient)\s+(?:alors\s+)?(?:de\s+|d['’])$|"
                             r"\b(?:était|étaient)\s+(?:alors\s+)?dotée?s?\s+(?:de\s+|d['’])$", re.IGNORECASE)
# (« Chiffré à 9 MDH dans la convention initiale, le programme… »)
_INITIAL_AFTER = re.compile(r"^[^.;]{0,15}?\b(?:initialement|au\s+départ|à\s+l['’]origine|"
                            r"lors\s+de\s+(?:la\s+signature|l['’]annonce|son\s+lancement|la\s+présentation)|"
                            r"dans\s+(?:la|le)\s+(?:convention|contrat|accord|projet|montage)\s+(?:initiale?|d['’]origine))\b",
                            re.IGNORECASE)
# « …un plan de plus d'un milliard de dirhams dans ses réseaux, sans rapport avec ce programme »: said to be another's.
# « nous avons par ailleurs engagé 40 millions de dirhams pour la fibre »: money for something else, besides.
_BESIDES_BEFORE = re.compile(r"\bpar\s+ailleurs\b[^.;]{0,40}$", re.IGNORECASE)
_UNRELATED_AFTER = re.compile(r"^[^.;]{0,60}?\bsans\s+(?:aucun\s+)?(?:rapport|lien)\s+avec\b|"
                              # (« Les 30 millions …, c'est l'ordre de grandeur de l'ensemble de la caravane, pas de
                              # Tinghir »: said not to be this place's)
                              r"^[^.;]{0,160}?,\s*(?:pas|et\s+non|non)\s+(?:de|du|pour|à|celui\s+de|celle\s+de)\s+"
                              r"(?-i:[A-ZÀ-Þ])", re.IGNORECASE)
# « la région avait déjà signé en 2023 … un accord de 40 MDH »: told in the pluperfect, before this news.
_PLUPERFECT_BEFORE = re.compile(r"\b(?:avait|avaient)\s+(?:déjà\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|is|it|u|us)\b[^.;]{0,80}$",
                                re.IGNORECASE)
# « la région apporte 300 millions de centimes, la commune 150, soit une enveloppe de 4,5 MDH »: the sum, said.
_SUM_SAID_BEFORE = re.compile(r"\bsoit\s+(?:au\s+total\s+|en\s+tout\s+)?(?:une?\s+)?(?:enveloppe|budget|montant|coût|"
                              r"total|financement|investissement)\b[^,;.]{0,25}$", re.IGNORECASE)
# (« dont la part atteint désormais 10 MDH »: one party's share revised, not the whole)
_A_SHARE_BEFORE = re.compile(r"\b(?:part|parts|contribution|apport|quote-part)\b[^.;,]{0,30}$", re.IGNORECASE)
# (« Le budget a été ramené à sept millions et demi »: revised down as well)
# (« Une rallonge de 1,5 million …, porte l'enveloppe à 8,5 millions »: the present tense too)
_REVISED_TO_BEFORE = re.compile(r"\b(?:porte|portent|relève|relèvent|ramène|ramènent|"
                                r"porté|portée|portés|portées|portant|relevé|relevée|relevant|réévalué|réévaluée|"
                                r"revu|revue|révisé|révisée|révisés|révisées|ramené|ramenée|ramenant|réduit|réduite|"
                                r"réduisant|abaissé|abaissée)\s+"
                                # (« deux avenants, qui ont porté son budget à 11 MDH », « …, portant l'enveloppe de
                                # l'école à trente-trois millions et demi »)
                                r"(?:(?:son|sa|leur|le|la|l['’])\s*(?:budget|enveloppe|coût|montant|dotation)"
                                r"(?:\s+(?:global|globale|total|totale))?(?:\s+(?:de|du|des)\s+(?:l['’]\s*|la\s+|le\s+)?"
                                r"[\w'’-]+)?\s+)?"
                                r"(?:à\s+la\s+(?:hausse|baisse)\s+)?(?:de\s+[\d\s,.]+\s+)?à\s*$|\b(?:atteint|atteindra|s['’]élève)\s+"
                                r"(?:désormais|aujourd['’]hui|maintenant|à\s+présent)\s+(?:à\s+)?$", re.IGNORECASE)
# « le campus de Berrechid, annoncé en 2020 pour 60 MDH »: the year just before an amount, in its clause.
# (« Lancée en octobre 2023 avec un budget de 8 MDH »: a month may come between)
_YEAR_JUST_BEFORE = re.compile(r"\b(?:en|dès)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                               r"octobre|novembre|décembre)\s+)?(?P<year>(?:19|20)\d{2})\b[^,;.:]{0,30}$",
                               re.IGNORECASE)


def _of_an_earlier_year(before, year):
    """True when the words right before an amount date it to a year before the article's."""
    found = _YEAR_JUST_BEFORE.search(before)
    if found and _STILL_HOLDS.search(before, found.end("year")):
        return False  # « La convention signée en 2023 prévoit une enveloppe de 24 MDH »: what it provides, still
    return bool(year and found and int(found.group("year")) < year)


# A verb in the present after the year: the year dates the signing, the amount is what the text provides now.
_STILL_HOLDS = re.compile(r"\b(?:prévoit|prévoient|fixe|fixent|porte\s+sur|mobilise|mobilisent|s['’]élève|totalise)\b",
                          re.IGNORECASE)


# (« Ouverte en 2022, la CMC a coûté plus de 300 MDH »: a participle dates what the sentence tells of)
_YEAR_OPENING = re.compile(r"^\W*(?:(?:en|dès|au\s+cours\s+de|courant)|(?:ouverte?s?|inaugurée?s?|créée?s?|"
                           r"construite?s?|fondée?s?|lancée?s?|livrée?s?)\s+en)\s+(?P<year>(?:19|20)\d{2})\s*,",
                           re.IGNORECASE)
# « 120 millions de dirhams dans son nouveau bâtiment de Mohammedia, inauguré en 2024 »: a building of an earlier year.
_BUILT_EARLIER_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:inaugurée?s?|ouverte?s?|construite?s?|livrée?s?|achevée?s?)\s+"
                                  r"en\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)


# « Le financement se répartit comme suit (montants en dirhams) : », then a table whose lines give bare numbers.
_UNIT_DECLARED = re.compile(r"\bmontants?\s+(?:exprimés?\s+)?en\s+(?:dirhams|DH|MAD)\b|"
                            # (« Partenaire ; Contribution (DH) »: a table's header, its column in dirhams)
                            r"\(\s*(?:en\s+)?(?:dirhams|DH|MAD)\s*\)|"
                            # (« Partenaire ; Apport (MDH) ; Objet »: a table's header giving its column in millions)
                            r"^(?:[^;\d]{1,60} ; )*[^;\d]{0,60}\(\s*(?:en\s+)?"
                            r"(?P<millions>MDH|M\s?DH|millions\s+de\s+dirhams)\s*\)[^;\d]{0,60}(?: ; [^;\d]{1,60})*$",
                            re.IGNORECASE)
# How many short lines after such a sentence may be the table's; a line « Pour mémoire (hors convention) » ends it.
_TABLE_LINES = 10
_TABLE_LINE_LENGTH = 100
_TABLE_ENDS = re.compile(r"\bpour\s+mémoire\b|\bhors\s+convention\b|\brappel\b", re.IGNORECASE)
# (« 10 000 000    100 % »: the next column's share is no group of the amount)
_BARE_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3}(?!\s*%))+(?![\d,])")


def _table_amounts(text, unit="dirhams"):
    """Bare numbers of a table line whose unit the sentence or header before the table gave: read in that unit."""
    if unit == "MDH":
        # (« Orange Maroc ; 4,20 ; équipements »: a cell of its own, in millions)
        return [_Listed(match.group("number"), "", "MDH", match.start("number"), match.end("number"))
                for match in _MILLIONS_CELL.finditer(text)]
    return [_Listed(match.group(), "", "dirhams", match.start(), match.end())
            for match in _BARE_THOUSANDS.finditer(text)]


# « Budget (DH) ; 2024 : 1 100 000 ; 2025 : 1 450 000 ; 2026 : 2 300 000 ; Cumul 2024-2026 : 4 850 000 »: a row of a
# table whose columns are years (tables.py tells each cell its year), in the unit its label gives.
_YEAR_CELL = re.compile(r"(?:^| ; )(?P<year>20\d\d) : "
                        r"(?P<number>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?)(?= ; |$)")


_BUDGET_ROW = re.compile(r"(?:budget|coût|enveloppe|montant|financement)s?(?:\s+(?:total|global|annuel))?\b",
                         re.IGNORECASE)


def _this_year_cell(text, year):
    """The amount of a year-columned row for the article's year (the last year when it is not known), or []."""
    cells = list(_YEAR_CELL.finditer(text))
    if len(cells) < 2:
        return []
    wanted = str(year) if year else max(cell.group("year") for cell in cells)
    unit = "MDH" if re.search(r"\(\s*(?:en\s+)?(?:MDH|M\s?DH|millions)", text, re.IGNORECASE) else "dirhams"
    return [_Listed(cell.group("number"), "", unit, cell.start("number"), cell.end("number"))
            for cell in cells if cell.group("year") == wanted]


_MILLIONS_CELL = re.compile(r"(?:^| ; )(?P<number>\d{1,4}(?:[,.]\d{1,3})?)(?= ; |$)")


def find(sentences, year=None):
    """Every amount in dirhams, in order, with the words around it; year, the article's, tells earlier years'."""
    found = []
    table_lines = 0  # lines left that may belong to a table whose unit was declared before it
    table_unit = "dirhams"  # that unit: dirhams, or millions of them (« Apport (MDH) »)
    paragraph_so_far = []
    below = False  # under « Le financement : », the lines of the list of each party's share
    lead_counts = counted_in_lead(sentences, _BODY_KINDS)
    for sentence in sentences:
        text = digits(sentence.text)
        # (« Partenaire ; Apport (DH) ; Nature »: a table's header over each party's share)
        label = _FINANCING_LABEL.search(text) or _FINANCING_HEADER.match(text)
        row = _TABLE_ROW.match(text)  # a table's row, one line of its list
        listed_line = bool(_LIST_MARK.match(sentence.text) or row)
        giver = _SHARE_ROW.match(text)  # « Contribution de l'OFPPT ; 2,5 MDH »: a row naming who gives
        list_line = below and listed_line
        listing = bool(label) or list_line
        shares_from = label.end() if label else 0
        # (the lines under it belong to the list only when the label's sentence ends on its colon; a list told
        # inside the sentence ends with it)
        below = bool(label and not text[label.end():].strip()) or list_line
        if paragraph_so_far and paragraph_so_far[-1].paragraph != sentence.paragraph:
            paragraph_so_far = []
        antecedent = " ".join(s.text for s in paragraph_so_far) if _ANAPHORA.match(sentence.text) else ""
        paragraph_so_far.append(sentence)
        declared = _UNIT_DECLARED.search(text)
        this_year = _this_year_cell(text, year) if declared else None
        if declared and not this_year:
            table_lines = _TABLE_LINES
            table_unit = "MDH" if declared.group("millions") else "dirhams"
            continue
        in_table = table_lines > 0 and len(text) <= _TABLE_LINE_LENGTH and not _TABLE_ENDS.search(text)
        table_lines = table_lines - 1 if in_table else 0
        opening = _YEAR_OPENING.match(text)
        earlier = bool(year and opening and int(opening.group("year")) < year)
        earlier_edition = _EARLIER_EDITION.search(text)
        if earlier_edition and _THIS_EDITION.search(text[:earlier_edition.start()]):
            earlier_edition = None  # « Cette deuxième édition dispose de …, quand la première avait réuni … »
        if _NOT_BUDGET.search(_PRIZES_INCLUDED.sub(r"\1", text)) or earlier_edition:
            continue
        for match in this_year or _with_elided(text) or (_table_amounts(text, table_unit) if in_table else []) or (
                _carried_over(text, paragraph_so_far[:-1])):
            value = _value(match)
            each = _EACH_OF.search(text[:match.start()]) or _EACH_OF_AFTER.match(text, match.end())
            times = count_of(each.group("count")) if each else None
            if times is None and _AS_MUCH_AFTER.match(text, match.end()):
                times = 2  # « 8,5 millions de dirhams de la Région, autant du Conseil provincial »: the same again
            if times is None and _EACH_AFTER.match(text, match.end()) and _PAIR_GIVES_BEFORE.search(
                    text[:match.start()]):
                times = 2  # « la CDG et le ministère complètent à parts égales, avec 9 millions chacun »
            body = _EACH_BODY.match(text)
            if times is None and body and "," not in text[body.end():match.start()]:
                # « Chaque conseil régional apporte 16 MDH » under « deux conseils régionaux ont paraphé … »
                # (« chaque conseil régional apporte 900 millions de centimes » under « Les conseils de deux
                # régions voisines ont signé »: a region's council, counted by its regions)
                times = lead_counts.get(body.group("kind").lower()) or (
                    lead_counts.get("région") if body.group("regional") else None)
            per_year = _PER_YEAR_FOR.match(text, match.end())
            if times is None and per_year:
                # « 4 MDH par an pendant trois ans », the total never said: three years of it
                times = count_of(per_year.group("years"))
            if isinstance(times, int):
                value *= times  # « chacun des cinq comités provinciaux a débloqué 370 000 dirhams »: five equal shares
            if value < 1000:
                continue  # « 5 dirhams » is a price, not a budget
            before, after = text[:match.start()], text[match.end():]
            if _SET_RIGHT_BEFORE.search(before):
                continue  # « le budget s'élève à 7,4 millions de dirhams, et non à 4,7 millions »: the wrong figure
            if HYPOTHETICAL.search(before) or _IF_ONE_ADDS_AFTER.match(after):
                continue  # « Si chaque province mettait 5 MDH, la région disposerait de 25 millions »: supposed
            asked = bool(_ASKED.search(sentence.text))  # « c'était 20 MDH au total ? 🤔 »: a question, no fact
            at_creation = False
            if _another_time(before) or _PAST.search(re.split(r"[,;:]", after, maxsplit=1)[0]):
                if not _AT_CREATION.search(text):
                    continue  # « L'an dernier, la région avait investi 40 MDH »: another time's money
                at_creation = True  # (a follow-up: « Le projet avait été doté, à sa création, de 5,6 MDH »)
            launched = _LAUNCHED_LONG_AGO_AFTER.match(after)
            if year and launched and int(launched.group("year")) <= year - _LONG_AGO_YEARS:
                continue
            # (its own words only: « 6 MDH du Conseil pour les bourses et l'équipement, 3,5 MDH de l'ANAPEC »: the
            # grants are the first share's)
            since = _past_the_amount_before(before, r"[,;]")
            if _RECURRENT.search(since[-_RECURRENT_REACH:]) or _RECURRENT.match(after.strip()[:_RECURRENT_REACH]):
                continue
            if _BEFORE_TAX.match(after) and _WITH_TAX.search(text):
                continue  # « 850 000 DH HT, soit 1 020 000 DH TTC »: the amount paid is the one with taxes
            # whose money it is: a price's, a larger whole's, the initiative's
            # (« 500 000 dirhams pour l'aménagement et 600 000 dirhams pour la formation »: the share before is
            # another's; its words say nothing of this one)
            # (« l'université 1,5 million (aménagement de deux salles), Simplon Maroc 2,1 millions »: what the share
            # before pays for, in brackets, says nothing of this one)
            own_clause = _ASIDE_IN_BRACKETS.sub(" ", _past_the_amount_before(frame(before), r"\bet\b|,"))
            if (_PRICE.search(own_clause) or _PRICE_AFTER.match(after)) and not per_year:
                continue  # « une formation équivalente coûte entre 45 000 et 60 000 dirhams »: a price
            approx = _APPROX.search(before)
            built_earlier = _built_earlier(after, year)  # (read once: it dates the amount both ways below)
            revised_again = bool(_THEN_TO_BEFORE.search(before)) and bool(found) and (
                found[-1].sentence == sentence.text)
            if revised_again:
                # (« deux avenants, qui ont porté son budget à 11 MDH, puis à 13,4 MDH »: the last figure stands)
                found[-1] = replace(found[-1], total=False, earlier=True)
            found.append(Amount(
                value=value,
                sentence=sentence.text,
                paragraph=sentence.paragraph,
                label=_label(before, after),
                note=approx.group(1).lower() if approx else "",
                yearly_for=" ".join(per_year.group().split()) if per_year else "",
                # (« a été porté à 2,4 millions de dirhams », « il atteint désormais 950 millions de centimes »: the
                # amount as it now stands)
                # (« une enveloppe globale constituée de 3,2 MDH apportés par X, de 1,5 MDH … »: its parts follow)
                total=bool(revised_again
                           or (_TOTAL_BEFORE.search(before) and not _MADE_OF_BEFORE.search(before))
                           or _TOTAL_AFTER.match(after) or _PARTS_FOLLOW.match(after) or _TOTAL_ROW.match(text)
                           or _TOTAL_NAMED_AFTER.match(after) or _SUM_SAID_BEFORE.search(before)
                           or (_REVISED_TO_BEFORE.search(before) and not _A_SHARE_BEFORE.search(before))
                           # (not « la contribution de la région passe de 5 à 6,5 millions »: one party's share)
                           or bool(_FROM_TO_BEFORE.search(before) and not _A_SHARE_BEFORE.search(before))
                           # (« Budget (DH) ; 2024 : … ; 2026 : 2 300 000 »: the budget's row of a table of years)
                           or bool(this_year and _BUDGET_ROW.match(text))),
                earlier=(earlier or at_creation or bool(_EARLIER_AFTER.match(after)) or built_earlier
                         or bool(_COMPARED_BEFORE.search(before))
                         or (bool(_CHANGED_FROM_BEFORE.search(before)) and bool(_TO_AN_AMOUNT_AFTER.match(after)))
                         or _of_an_earlier_year(before, year) or bool(_INITIAL_BEFORE.search(before))
                         or bool(_PLUPERFECT_BEFORE.search(before))
                         or bool(_INITIAL_AFTER.match(after))),
                at_creation=at_creation,
                dated_before=earlier or _of_an_earlier_year(before, year) or built_earlier,
                antecedent=antecedent,
                # (« chacun des cinq comités a débloqué 370 000 dirhams »: equal shares, added up)
                share=(isinstance(times, int) or bool(_SHARE_VERB_BEFORE.search(before[-_SHARE_VERB_REACH:]))
                       or bool(_IN_KIND_BEFORE.search(before[-_SHARE_VERB_REACH * 2:]))
                       or bool(_SHARE_VERB_FAR_BEFORE.search(before[-140:]))
                       or _given_by(before, after)
                       or (bool(found) and found[-1].share and found[-1].sentence == sentence.text
                           and _gapped(before))),
                # (« ✅ L'association apporte 130 000 dirhams », « ✅ L'Académie finance l'équipement : 250 000
                # dirhams »: a list's line where a party gives its share)
                listed_share=(listing and match.start() >= shares_from) or bool(
                    giver and match.start() > giver.end("giver")) or (
                    listed_line and bool(_SHARE_VERB.search(before)) and not _AMOUNT.search(before)),
                # (« toutes actions confondues » after a regional programme's money: the whole plan's, first; what a
                # guest speaks of is another's, listed beside)
                # (a guest recalling « la stratégie X, dotée de 11 milliards »: still the strategy's)
                scope=("asked" if asked else "")
                # (« la construction d'un stade municipal de 5 000 places, à deux pas du campus, pour 27 MDH »)
                or ("other_works" if other_works(before) or _works_after(after) or _PLANT_AFTER.match(after)
                    or _UNRELATED_AFTER.match(after) or _BESIDES_BEFORE.search(before[-60:])
                    or _all_of_the_works(found, sentence.text, own_clause) or _works_referred_to(antecedent) else "")
                # (« Sur ces montants, 6 MDH iront à l'équipement »: a part of the money just told, not more of it)
                or ("portion" if _PORTION_BEFORE.search(before) else "")
                or ("strategy" if _PLAN_WHOLE_AFTER.match(after) or _PLAN_WHOLE_BEFORE.search(before)
                    or larger_whole(own_clause) == "strategy" else "")
                or ("wider_project" if GUEST_SPEAKS.search(text) else "")
                # (« l'université a pris à sa charge les travaux d'aménagement, pour 2,1 MDH »: a party's share of the
                # initiative's own works, no larger whole)
                or ("" if _TAKES_ON_THE_WORKS.search(own_clause) else larger_whole(own_clause))
                # (« 45 millions pour l'ensemble de ses projets »: a plan of many actions, as a strategy is)
                or ("strategy" if _MANY_ACTIONS_AFTER.match(after) else "")
                or ("wider_project" if _WHOLE_AFTER.match(after) or _MANY_AFTER.match(after)
                    or _BUNDLE_AFTER.match(after) or _BUNDLE_BEFORE.search(own_clause) else "")
                or ("strategy" if _NATIONWIDE_AFTER.match(after) or NATIONWIDE_FIRST.search(before) else "")
                or ("strategy" if _PLAN_AFTER.match(after) or _TERRITORIES_AFTER.match(after)
                    or _SPREAD_AFTER.match(after) or _ALL_SECTIONS_AFTER.match(after)
                    or _TO_A_STRATEGY_AFTER.match(after) else "")
                or ("wider_project" if _ONLY_A_PART_AFTER.match(after) else "")
                or ("strategy" if _ENVELOPE.search(own_clause)
                    and larger_whole(_OPENING_CLAUSE.match(before).group()) == "strategy" else ""),
            ))
            if _ADDED_TO_IT_BEFORE.search(before) and len(found) > 1 and found[-2].paragraph == sentence.paragraph \
                    and not found[-2].total and not found[-2].scope:
                # (« financé par l'INDH à hauteur de 480 000 dirhams. L'association y ajoute 60 000 dirhams »: the
                # amount before is a share too, and this one is added to it)
                found[-2] = replace(found[-2], share=True)
                found[-1] = replace(found[-1], share=True)
            if row and found[-1].listed_share and not found[-1].total:
                # (« SDL Dakhla d'Aménagement et Développement ; 1 500 000 »: a share's row, its giver's name
                # no whole of works)
                found[-1] = replace(found[-1], scope="")
    return found


# « doté, à sa création, de 5,6 MDH », « partenaire depuis sa création … le budget de la première année »: the
# initiative's own beginning, told in an article on what became of it.
_AT_CREATION = re.compile(r"\b(?:à|lors\s+de|dès|depuis)\s+(?:sa|son)\s+(?:création|lancement|ouverture|naissance|"
                          r"démarrage)\b|\bbudget\s+de\s+(?:sa|la)\s+première\s+année\b", re.IGNORECASE)
_BEFORE_TAX = re.compile(r"\s*(?:HT|H\.T\.|hors\s+taxes?)\b", re.IGNORECASE)
_WITH_TAX = re.compile(r"\b(?:TTC|T\.T\.C\.|toutes\s+taxes\s+comprises)", re.IGNORECASE)
# « Tel qu'il avait été présenté, le volet devait former 300 jeunes pour 18 MDH »: the plan, told after the past.
# « un projet de 300 MDH « dont Sakia Tech sera un jour l'une des briques » »: the whole the initiative is part of.
_WHOLE_AFTER = re.compile(r"^[\s«»\"“”]*,?\s*(?:[«\"“]\s*)?dont\b[^.;]{0,60}?\b(?:l['’]une?|une?|l['’]un)\s+des\s+"
                          r"(?:briques|composantes|volets|pièces|maillons|piliers|éléments)\b", re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:devait|devaient|devrait|devraient|prévoyait|prévoyaient|était prévue?s?)\b", re.IGNORECASE)


# Works of another kind than training, whose money an article on it may give too: a road, a market, a stadium.
_WORKS = re.compile(r"\b(?:stades?|souks?|routes?|routi(?:er|ère)s?|pistes?\s+rurales?|pont|barrages?|hôpital|"
                    r"hôpitaux|remparts|"
                    r"murailles|berges|marchés?\s+(?:de\s+gros|couverts?|hebdomadaires?|municipal)|terrains?\s+de\s+(?:sport|football|"
                    r"proximité)|complexes?\s+sportifs?|piscines?\s+(?:municipales?|couvertes?)|assainissement|"
                    r"éclairage\s+public|voirie|abattoirs?|gares?\s+routières?|adduction|eau\s+potable|"
                    # (« le chantier du port Dakhla Atlantique »: a port's works, whatever its name)
                    r"centres?\s+de\s+santé|dispensaires?|port\s+de\s+pêche|chantier\s+du\s+port|festival|"
                    # (« le nouveau marché de proximité …, qui regroupera 230 boutiques pour un coût de 19 MDH »)
                    r"marchés?\s+(?:central|de\s+proximité|aux\s+poissons|modèle)|halles?\s+aux\s+poissons|"
                    r"boutiques|magasins|médina|corniche|esplanade|salles?\s+(?:omnisports|couvertes?)|quai|"
                    # (« dont la pelouse synthétique vient d'être posée pour 2,8 millions de dirhams »)
                    r"pelouses?\s+synthétiques?|gazon\s+synthétique|tribunes?|vestiaires|"
                    # (« 27 kilomètres élargis et revêtus pour 48 MDH »: a road's works)
                    r"kilomètres\s+(?:élargis|revêtus|goudronnés|bitumés|aménagés)|"
                    r"stations?\s+de\s+(?:dessalement|traitement|épuration)|réservoirs?|"
                    # (« a fait le point sur un autre chantier attendu »: not this one; not « Ce deuxième site
                    # représente 6,4 MDH », the extension the article is about, nor a second site under study,
                    # whose cost is an estimate)
                    r"(?:un|l['’])\s*autre\s+(?:chantier|projet)|autre\s+site|"
                    r"(?:seconde|deuxième|autre)\s+antenne)\b", re.IGNORECASE)
# The words of training proper (not « campus » or « étudiants », a stadium's neighbours).
_TRAINING_PROPER = re.compile(r"\b(?:form(?:e|ent|er|era|ation|ations|és|ées)|numériques?|digital(?:e|es)?|"
                              r"cod(?:e|age)|programmation|informatique|apprenants?|stagiaires?|bootcamps?|compétences)\b",
                              re.IGNORECASE)
_WORKS_REACH = 90
_WORKS_APPOSED = re.compile(r",\s*(?:un|le)\s+(?:chantier|ouvrage)\s+(?:estimé\s+à|évalué\s+à|de|"
                            r"d['’]un\s+coût\s+de)\s*$", re.IGNORECASE)
_WORKS_APPOSED_REACH = 220
# « qui vient d'investir 120 MDH dans une nouvelle unité de câblage »: a company's plant, named after its money.
_PLANT_AFTER = re.compile(r"^[^.;]{0,20}?\bdans\s+(?:une|la|son|sa|leur)\s+(?:nouvelle\s+|future\s+)?(?:usine|unité|"
                          r"site\s+industriel|extension|ligne\s+de\s+production)\b", re.IGNORECASE)


# « la route, … l'hôpital et l'eau potable des douars, le tout pour une enveloppe de 96 milliards de centimes »
_ALL_OF_IT = re.compile(r"\ble\s+tout\b|\bl['’]ensemble\b", re.IGNORECASE)


def _past_the_amount_before(text, join):
    """The words of text after the last amount in it and after the last join (a regex) following that amount; the
    whole text when it holds no amount."""
    previous = list(_AMOUNT.finditer(text))
    if not previous:
        return text
    tail = text[previous[-1].end():]
    joins = list(re.finditer(join, tail))
    return tail[joins[-1].end():] if joins else tail


def _all_of_the_works(found, sentence, own_clause):
    """True when an amount sums up « le tout » after other works' amount in its sentence: their whole, not ours."""
    return bool(found) and found[-1].sentence == sentence and found[-1].scope == "other_works" and bool(
        _ALL_OF_IT.search(own_clause))


def _gapped(before):
    """True when the words since the amount before are a party's name alone: « 6 MDH, l'Université X 2,4 millions »."""
    previous = list(_AMOUNT.finditer(before))
    if not previous:
        return False
    gap = before[previous[-1].end():]
    # (any join may open the name: « et l'INDH, via le comité provincial, 2,5 millions » has its aside's commas after)
    return any(_GAPPED_SHARE.match(gap[join.end():]) for join in re.finditer(r"\bet\b|,|;", gap))


def _given_by(before, after):
    """True when an amount is told with its giver: « 2,6 millions par la commune », « la Région (4,5 MDH) »."""
    if after.lstrip().startswith(")"):
        return bool(_GIVER_BEFORE.search(before))
    return bool(_GIVER_AFTER.match(after)) or bool(_FUNDED_BY_BEFORE.search(before))


# « financé par le Conseil de la région, à hauteur de 160 millions de centimes »: the giver, then its sum.
# (« financé par le Conseil de la région à hauteur de 15 MDH, par le Conseil provincial pour 8 MDH et par la commune
# pour 5 MDH »: each party, then its sum)
_FUNDED_BY_BEFORE = re.compile(r"\b(?:co)?financée?s?\s+par\s+[^.;,]{3,90}?,?\s*à\s+hauteur\s+(?:de\s+|d['’]\s*)$|"
                               r"\b(?:co)?financée?s?\s+par\s[^.;]{3,200}(?:,|\bet)\s+par\s+(?:la|le|l['’]|les)\s*"
                               r"[^.;,]{2,80}?\s+(?:pour|à\s+hauteur\s+de)\s+$", re.IGNORECASE)


def _works_referred_to(antecedent):
    """True when the sentences « Ce projet de 12 MDH » refers to name works of another kind, and no training."""
    return bool(antecedent) and bool(_WORKS.search(antecedent)) and not _TRAINING_PROPER.search(antecedent)


# « Sur ces montants, 6 millions de dirhams iront à l'équipement », « Sur cette enveloppe, … »
# (« sur les 5,4 millions de dirhams annoncés, « à peine 2,1 millions auraient été dépensés » »: a part of it too)
# (« Sur cette enveloppe, les travaux de construction proprement dits, attribués à l'entreprise X, représentent 41
# millions »: the words between may be long, no other amount among them)
_PORTION_BEFORE = re.compile(r"\b(?:sur|de)\s+(?:ces\s+montants|cette\s+(?:enveloppe|somme)|ce\s+(?:montant|budget))\b"
                             r"[^.;\d]{0,120}$|\bsur\s+les\s+\d[\d\s,.]*\s*(?:millions?|milliards?|MDH|DH|dirhams)\b[^.;\d]{0,60}$",
                             re.IGNORECASE)


def other_works(before):
    """True when the words just before an amount name works of another kind, with no training word after them."""
    # (« la piste rurale de 18 kilomètres qui doit désenclaver les douars …, un chantier de 11 MDH »: the amount in
    # apposition to works named a long clause before)
    near = before[-_WORKS_APPOSED_REACH if _WORKS_APPOSED.search(before) else -_WORKS_REACH:]
    works = list(_WORKS.finditer(near))
    if works and not _TRAINING_PROPER.search(near, works[-1].end()):
        return True
    return works_told(before)


def works_told(before):
    """True when the sentence so far tells of works being done (« la rénovation du stade », « le chantier du nouveau
    souk ») and never speaks of training."""
    # (« …a confirmé la rénovation du stade municipal, avec une pelouse synthétique et une nouvelle tribune de 2 500
    # places, pour 12 millions de dirhams »: works named further back, in a clause that never speaks of training)
    # (not « Installé sur la route de Selouane, le campus a été réalisé pour 21 MDH »: a road that says where)
    clause = before[max(before.rfind("."), before.rfind(";")) + 1:]
    done = _WORKS_DONE.search(clause)
    return bool(done and _WORKS.match(clause, done.end())) and not _TRAINING_PROPER.search(clause)


# « la rénovation du stade », « la réfection de la voirie »: works being done, the works named next.
# (« la délégation a visité le chantier du nouveau souk hebdomadaire »: the works, by their site)
_WORKS_DONE = re.compile(r"\b(?:rénovation|construction|réfection|aménagement|réhabilitation|travaux|extension|"
                         r"entretien|chantier)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*|d['’]\s*)(?:nouvel(?:le)?s?\s+|nouveaux?\s+|grande?s?\s+)?",
                         re.IGNORECASE)
# « débloquerait 3 millions de dirhams pour la réfection de la voirie »: money for works, named right after it.
_FOR_WORKS_AFTER = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}?pour\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?(?:réfection|"
                              r"construction|aménagement|réhabilitation|rénovation|extension|entretien|travaux|"
                              r"mise\s+à\s+niveau)\b",
                              re.IGNORECASE)


def _works_after(after):
    """True when an amount is said to pay for works of another kind (« pour la réfection de la voirie »)."""
    said = _FOR_WORKS_AFTER.match(after)
    if not said:
        return False
    rest = after[said.end():said.end() + 80]
    works = _WORKS.search(rest)
    return bool(works) and not _TRAINING_PROPER.search(rest, 0, works.start())


def _built_earlier(after, year):
    """True when the words after an amount date the building it paid for to an earlier year than the article's."""
    built = _BUILT_EARLIER_AFTER.match(after)
    return bool(year and built and int(built.group("year")) < year)


# « …, et non à 4,7 millions de dirhams », « au lieu des 4,7 millions annoncés »: a figure said to be wrong.
_SET_RIGHT_BEFORE = re.compile(r"(?:\bet\s+non(?:\s+pas)?|\bau\s+lieu\s+(?:de|des|du))\s+(?:à|de|des|les|le)?\s*$",
                               re.IGNORECASE)


# « la convention initiale prévoyait 9,6 millions », « initialement fixé à », « au départ »: the amount before a change.
_INITIAL = re.compile(r"\binitiale(?:ment)?\b|\binitial\b|\bà\s+l['’]origine\b|\bau\s+départ\b", re.IGNORECASE)


def _another_time(before):
    """Whether the words before an amount set it in another time, unless a plan, or the present of who pays, is told
    after them."""
    # (« L'association, qui travaille depuis dix ans avec les coopératives, se charge … pour 400 000 dirhams »: who
    # the body is, in a relative clause, says nothing of when the money is)
    before = _WHO_CLAUSE.sub(",", before)
    past = list(_PAST.finditer(before))
    return bool(past) and not (_PLANNED.search(before, past[-1].end()) or _PAID_NOW.match(before, past[-1].end()))


# « …, qui travaille depuis dix ans avec les coopératives, … »: a relative clause telling who a body is.
_WHO_CLAUSE = re.compile(r",\s*qui\s+[^,.;]{1,120},")
# « Ouverte l'an dernier, l'école est entièrement financée par l'INDH, qui a consacré 6,4 millions »: the opening is
# the past; who pays is told in the present.
_PAID_NOW = re.compile(r",\s+[^.;]{0,40}?\b(?:est|sont)\s+(?:\w+ment\s+)?(?:financée?s?|cofinancée?s?|portée?s?|"
                       r"pilotée?s?|prise?s?\s+en\s+charge)\s+par\b", re.IGNORECASE)


def _listed(text):
    """Bare numbers listed before an amount that gives their unit: « 30, 15 et 5 millions de dirhams »."""
    found = []
    for listing in _SHARED_UNIT.finditer(text):
        last = _AMOUNT.match(text, listing.start("last"))
        for number in _NUMBER_RE.finditer(listing.group("list")):
            found.append(_Listed(number.group(), last.group("mult"), last.group("unit"),
                                 listing.start("list") + number.start(), listing.start("list") + number.end()))
    return found


# « 420 000 dirhams pour Errachidia, 360 000 pour Midelt … et 400 000 pour Ouarzazate »: the unit given once, each
# bare number then set for its place or party.
_FOR_ITS_PLACE = re.compile(rf"(?:,|\bet)\s+(?P<number>{NUMBER})\s+(?=pour\s+(?:la\s+|le\s+|l['’]\s*)?[A-ZÀ-Þ])",
                            re.IGNORECASE)


def _each_for_its_place(text, found):
    """The bare numbers listed after an amount in dirhams, each « pour » a place named after it."""
    first = found[0]
    if not (first.group("unit") or "").lower().startswith(("dirham", "dh")) or not re.match(
            r"\s+pour\s+(?:la\s+|le\s+|l['’]\s*)?[A-ZÀ-Þ]", text[first.end():]):
        return []
    spans = [match.span() for match in found]
    listed, position = [], first.end()
    for match in _FOR_ITS_PLACE.finditer(text, first.end()):
        if any(start <= match.start("number") < end for start, end in spans) or text.find(".", position,
                                                                                         match.start()) >= 0:
            break
        listed.append(_Listed(match.group("number"), "", first.group("unit"), match.start("number"),
                              match.end("number")))
        position = match.end()
    return listed


def _with_elided(text):
    """Amounts of a sentence, with those whose unit the enumeration leaves out.

    « 6 millions de dirhams apportés par la CCIS, 4 millions par la commune et 2,5 millions par
    le conseil » : the second and third are in dirhams too.
    """
    found = [*_AMOUNT.finditer(text), *_listed(text)]
    if not found:
        return found
    found.sort(key=lambda match: match.start())
    if not any(match.group("mult") or re.match(r"(?:dirhams?|dhs?|mad)\b", match.group("unit") or "", re.IGNORECASE)
               for match in found):
        return sorted(found + _each_for_its_place(text, found), key=lambda match: match.start())
    spans = [match.span() for match in found]
    # (« inwi contribue à hauteur de 3,5 millions, …, et l'ANAPEC met 1 500 000 dirhams »: a share in millions before
    # the sentence's amount in full)
    after = found[0].end() if found[0].group("mult") else 0
    gapped = [_Listed(match.group("number"), "", "", match.start("number"), match.end("number"))
              for match in _GAPPED_WHOLE.finditer(text, after)]
    elided = [match for match in (*_ELIDED.finditer(text, after), *_ELIDED_WHOLE.finditer(text, after), *gapped)
              if not any(start <= match.start() < end for start, end in spans)]
    # (« 1,1 million de dirhams pour Errachidia, 800 000 dirhams pour Midelt, 750 000 pour Tinghir »: in full too)
    return sorted(found + elided + _each_for_its_place(text, found), key=lambda match: match.start())


# « … à hauteur de 1,5 million », « X y apporte 2,1 millions »: how a party's share is given.
_SHARE_CUE_BEFORE = re.compile(r"\b(?:à\s+hauteur\s+de|apporte|apportent|contribue\s+pour)\s*$", re.IGNORECASE)


def _carried_over(text, earlier):
    """Shares in millions whose unit the sentence before, in the same paragraph, gave with a share of its own:
    « L'INDH y apporte 2,1 millions de dirhams. La Région finance, à hauteur de 1,5 million, les formateurs » (not
    « La convention mobilise 45 millions de dirhams. La Région en apporte 20 millions, … »: a whole, then its parts)."""
    before = digits(earlier[-1].text) if earlier else ""
    given = any(match.group("mult") and _SHARE_CUE_BEFORE.search(before[:match.start()])
                for match in _AMOUNT.finditer(before))
    if not given:
        return []
    return [match for match in _ELIDED.finditer(text) if _SHARE_CUE_BEFORE.search(text[:match.start()])]


def _value(match):
    number = to_number(match.group("number"))
    unit = re.sub(r"[\s.]", "", match.group("unit") or "").upper()
    if match.group("mult"):
        number *= _MULTIPLIERS[match.group("mult").lower()]
    elif unit.startswith(("MMDH", "MDDH", "MDSDH")):
        number *= 10**9
    elif unit.startswith("MDH"):
        number *= 10**6
    elif unit in ("KDH", "KDHS", "KMAD"):
        number *= 10**3
    elif unit == "MMAD":
        number *= 10**6
    if unit == "CENTIMES":
        number /= 100
    return round(number)


def _label(before, after):
    """What an amount pays for: the words that follow it (« pour... »), or the clause before it."""
    following = _LABEL_AFTER.match(after)
    if following:
        label = re.split(r"\s+et\s+(?:de\s+)?\d", following.group("label"))[0]
    else:
        clause = re.split(r"[,;:.]\s|\s+et\s+(?=la |le |l['’])", before)
        label = ""
        while clause and not label:
            label = _CLAUSE_START.sub("", _INTRO.sub("", clause.pop())).strip()
            label = "" if label.lower() == "soit" else label
    label = " ".join(label.split()).strip(" ,")
    if len(label) > _LABEL_LENGTH:
        label = label[:_LABEL_LENGTH].rsplit(" ", 1)[0] + "…"
    return label


def untold(sentences):
    """True when the article says the initiative's own amount was not given."""
    return any(_UNTOLD.search(sentence.text) for sentence in sentences)


def budget(amounts, told=None):
    """The budget and its parts; amounts that do not fit are left for the editor. (told: every amount as the article
    tells it, repeats included, when amounts is a selection of them.)"""
    told = told or amounts
    unique = []
    for amount in amounts:
        same = next((u for u in unique if u.value == amount.value), None)
        if same is None:
            unique.append(amount)
        elif (amount.total and not same.total) or (amount.share and not same.total and (
                not same.share or same.paragraph == 0 < amount.paragraph)):
            # (a headline's « 5,5 MDH de la Région, 3 MDH de l'ADD… » told in full below: the body's telling)
            # (« 5,5 MDH de la Région, 3 MDH de l'ADD… » in the headline, « La Région apporte 5,5 millions » below:
            # the amount as its telling says most of it, a total or a party's share)
            unique[unique.index(same)] = amount
    if not unique:
        return Budget()
    # An earlier year's money (a pilot, a first edition) is listed beside this year's, never taken before it.
    earlier = [a for a in unique if a.earlier]
    if earlier and len(earlier) < len(unique):
        found = budget([a for a in unique if not a.earlier], told)
        own_start = [a for a in earlier if a.at_creation]
        if found.budget is None and own_start:
            # (an anniversary: the money it was created with, beside only a strategy's envelope, is its own)
            start = budget(own_start, told)
            return Budget(start.budget, start.items, [*start.others, *found.others,
                                                      *[a for a in earlier if not a.at_creation]])
        return Budget(found.budget, found.items, [*found.others, *earlier])
    if earlier and all(a.dated_before and not a.at_creation for a in earlier):
        # (« le centre, inauguré en 2024 grâce à un équipement de 2,8 MDH », alone: an earlier year's money, no
        # budget of this year's news)
        return Budget(None, [], earlier)
    # « 14 conventions adoptées pour un montant global de 640 MDH »: the sum of several projects, of which
    # the article's is one; when another amount is said of training itself, that one is the budget.
    own = [a for a in unique if not _AGGREGATE.search(a.sentence)]
    # (« deux conventions d'un montant global de 32 MDH », then 20 and 12 MDH: the article's own total, in parts)
    adds_up = any(_close(sum(a.value for a in own), a.value) for a in unique if a not in own)
    # (the trade's words may be in another sentence giving the same amount: « Douze millions pour le centre » over
    # « Le centre numérique … coûtera 12 millions de dirhams »)
    own_values = {a.value for a in own}
    # (« …où a été inauguré le centre de codage. Son coût est de 7,8 MDH »: the words of the sentences it refers to)
    # (« La Région apporte 6 MDH, l'Université 2,4 millions et notre association 1,2 million »: parties' shares are
    # the initiative's own, whatever words they are told with)
    # (« La CRUI a approuvé 112 projets, pour un montant global de 9,4 milliards », then « Le budget est fixé à 11,2
    # millions »: the amount said to be the budget)
    if own and len(own) < len(unique) and not adds_up and (any(
            _TRADE.search(a.sentence) or _TRADE.search(a.antecedent) for a in amounts if a.value in own_values)
            or (len(own) >= 2 and all(a.share for a in own))
            or any(_SAID_THE_BUDGET.match(a.label or "") for a in own)):
        return _beside(own, [a for a in unique if a not in own], told)
    # « D'un coût de 36 MDH, l'académie s'inscrit dans le technopôle, dont le coût global est de 1,1 milliard »:
    # a strategy's envelope or a wider project's cost is listed, never taken for the initiative's own money.
    # (« …pour 27 MDH » of a stadium or a road told beside the training: another work's money, never the budget)
    works = [a for a in unique if a.scope == "other_works"]
    if works:
        return _beside([a for a in unique if a not in works], works, told)
    portions = [a for a in unique if a.scope == "portion"]
    if portions and len(portions) < len(unique):
        return _beside([a for a in unique if a not in portions], portions, told)
    framed = [a for a in unique if a.scope in ("strategy", "wider_project", "asked")]
    if framed and len(framed) < len(unique):
        return _beside([a for a in unique if a not in framed], framed, told)
    if framed and any(a.scope == "strategy" for a in framed):
        return Budget(None, [], framed)  # a strategy's envelope alone is still not the initiative's money
    if len(unique) == 1:
        return Budget(unique[0])
    exact = _floor_said_exactly(unique)
    if exact:
        return exact
    listed = [a for a in unique if a.listed_share]
    if len(listed) >= 2 and not any(a.total for a in unique if a.scope != "asked"):
        # « Montage financier : 👉 18 MDH par la Région 👉 12 MDH par l'OCP 👉 6 MDH par l'OFPPT », « Le financement :
        # • INDH : 700 000 DH • Région : 450 000 DH »: the parties' shares, listed, and no total said: their sum
        whole = _summed(listed)
        return Budget(whole, listed, [a for a in unique if a not in listed])
    paragraphs = sorted({a.paragraph for a in unique})
    # (« Site par site » : « Le conseil provincial y consacre 3,5 MDH. » / « … 3 millions. » / « … 2,5 millions. »: one
    # share a paragraph, the paragraphs one after the other)
    told_together = len(paragraphs) == 1 or (len(unique) >= 3 and paragraphs[-1] - paragraphs[0] < len(unique))
    if len(unique) >= 2 and all(a.share and not a.total for a in unique) and told_together:
        # « inwi apporte 10 MDH. La Région mobilise 9,5 MDH, tandis que l'OFPPT contribue à hauteur de 4,5 MDH »:
        # each party's share, and no total said: the whole is their sum
        whole = _summed(unique)
        return Budget(whole, unique)
    shares = [a for a in unique if a.share]
    values = {a.value for a in unique}
    if len(shares) >= 2 and len({a.paragraph for a in shares}) == 1 and not any(a.total for a in unique) and all(
            a.paragraph != shares[0].paragraph for a in told if not a.share and a.value in values):
        # « La Région contribue à hauteur de 3 MDH et le Conseil provincial 1,5 million. L'OFPPT apporte 800 000 DH »,
        # and a council's yearly budget further on: the parties' shares, told together, make the whole; the amounts
        # of other paragraphs are listed beside (not « un budget de 18,6 MDH : 11 MDH apportés par la région … »: the
        # whole, told with its shares)
        return Budget(_summed(shares), shares, [a for a in unique if a not in shares])
    if _told_as_parts(unique):
        # « repose sur trois apports : 3,2 MDH …, 2,4 millions … et 800 000 DH »: three shares, whatever sums
        # one of them happens to make with the others
        whole = _summed(unique)
        return Budget(whole, unique)
    # (« la convention initiale prévoyait 9,6 millions » then « Le budget total s'établit désormais à 12,4 millions »:
    # the total as it stands now, over the one it replaced)
    totals = sorted((a for a in unique if a.total), key=lambda a: bool(_INITIAL.search(a.label or "")))
    total = next(iter(totals), None) or _sum_of_others(unique)
    if total:
        parts = [a for a in unique if a is not total and a.value < total.value]
        if parts and _close(sum(a.value for a in parts), total.value):
            # (a larger amount beside them is another's: left for the editor, never lost)
            return Budget(total, parts, [a for a in unique if a is not total and a not in parts])
        # (« Son coût est de 7,8 MDH : 4 millions … et 3,8 millions … », beside other projects' amounts: its own parts)
        parts = [a for a in parts if a.sentence == total.sentence]
        if len(parts) >= 2 and _close(sum(a.value for a in parts), total.value):
            return Budget(total, parts, [a for a in unique if a is not total and a not in parts])
        return Budget(total, [], [a for a in unique if a is not total])
    if _one_breakdown(unique):
        whole = _summed(unique)
        return Budget(whole, unique)
    # The first amount the article gives: the headline's, the lead's, else the first in the text.
    # (« Le complexe Noor, ses 9 milliards de dirhams d'investissement… » in an editorial's lead, then « Le budget est
    # de 12 millions de dirhams »: the amount said to be the budget, over the lead's background)
    main = next((a for a in unique if a.paragraph == 0), None) or next(
        (a for a in unique if _SAID_THE_BUDGET.match(a.label or "")), None) or next(
        (a for a in unique if a.paragraph == 1), None) or unique[0]
    return Budget(main, [], [a for a in unique if a is not main])


def _beside(kept, aside, told):
    """The budget of the amounts kept, with the amounts set aside listed after its others for the editor."""
    found = budget(kept, told)
    return Budget(found.budget, found.items, [*found.others, *aside])


def _summed(amounts):
    """The whole that amounts added up make, told where the first of them is."""
    return Amount(sum(a.value for a in amounts), amounts[0].sentence, amounts[0].paragraph, "total")


def _floor_said_exactly(amounts):
    """« un budget supérieur à un million de dirhams », then « 500 000 dirhams pour l'équipement et 600 000 pour la
    formation »: the parts, added up, say exactly the total the floor gave (1,1 million)."""
    floors = [a for a in amounts if a.note in _FLOORS]
    if len(floors) != 1:
        return None
    parts = [a for a in amounts if a is not floors[0]]
    if len(parts) < 2 or not _one_breakdown(parts):
        return None
    whole = sum(a.value for a in parts)
    if not floors[0].value < whole <= floors[0].value * _FLOOR_REACH:
        return None
    return Budget(Amount(whole, floors[0].sentence, floors[0].paragraph, "total"), parts)


def _told_as_parts(amounts):
    """True when one sentence announces as many shares as it gives amounts, and none is its total."""
    sentences = {a.sentence for a in amounts}
    if len(sentences) != 1 or any(a.total for a in amounts):
        return False
    announced = _SHARES_ANNOUNCED.search(digits(next(iter(sentences))))
    return bool(announced) and to_number(announced.group("count")) == len(amounts)


# « Montage financier : », « Le financement de l'édition 2026, pour être transparents : », « Plan de financement : »:
# a list of the parties' shares follows the colon.
_FINANCING_LABEL = re.compile(r"\b(?:montage\s+financier|plan\s+de\s+financement|tour\s+de\s+table|financement|"
                              r"répartition|apports|contributions)\b[^.:;]{0,60}:", re.IGNORECASE)
# A sentence that asks: its question mark last, whatever quotes or signs follow it.
_ASKED = re.compile(r"\?[^\w?]*$")
# A table's row (its cells joined by « ; », as the text reader sets them) whose first cell names who gives:
# « Contribution du Conseil régional ; 6,5 MDH », « Conseil provincial de Taroudant ; 1 500 000 ; aménagement ».
_SHARE_ROW = re.compile(r"^(?P<giver>(?:(?:contribution|apport|part|participation|subvention|financement)\s+"
                        r"(?:de|du|des|d['’])|(?:conseil|minist[èe]re|agence|universit[ée]|fondation|commune|r[ée]gion|office|wilaya|"
                        r"province|initiative|entraide|association|chambre|direction|acad[ée]mie|banque|groupe|"
                        r"soci[ée]t[ée]|entreprises?|INDH|OFPPT|ANAPEC|ADD|OCP)\b)[^;.!?]{0,120}) ; [^;]{1,90}"
                        r"(?: ; [^;]{1,90})*$", re.IGNORECASE)
# « chacun des cinq comités provinciaux a débloqué 370 000 dirhams », « chacune des deux régions apporte 16 MDH »: the
# same share from each of them, told once.
_EACH_OF = re.compile(rf"\bchacune?\s+des\s+(?P<count>{'|'.join(WORD_COUNTS)}|\d{{1,2}})\s+"
                      r"[^,;.]{0,60}?\b(?:(?:a|ont|va|doit)\s+(?:\w+\s+)?(?:débloqué|apporté|versé|consacré|mobilisé|"
                      r"alloué|engagé|apporter|verser)|apporte|verse|débloque|consacre|mobilise|alloue)\s*$",
                      re.IGNORECASE)
# « 8,5 millions de dirhams du Conseil de la région Fès-Meknès, autant du Conseil de la région de l'Oriental »: the
# same share from a second party.
_AS_MUCH_AFTER = re.compile(r"[^.;:\d]{0,80}?(?:,|\bet)\s+autant\s+(?:de|du|des|d['’]|par|pour)\b", re.IGNORECASE)
# « 14 millions par chacun des deux conseils »: the same share from each, told after the amount.
_EACH_OF_AFTER = re.compile(rf"\s+(?:par|pour|de\s+la\s+part\s+de)\s+chacune?\s+des\s+"
                            rf"(?P<count>{'|'.join(WORD_COUNTS)}|\d{{1,2}})\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s+chacune?\b", re.IGNORECASE)
_PAIR_GIVES_BEFORE = re.compile(r"\b(?:la|le|l['’]|les)\s*[\w'’ -]{2,40}?\s+et\s+(?:la|le|l['’]|les)\s*"
                                r"[\w'’ -]{2,40}?\s+(?:complètent|apportent|versent|mobilisent|financent|engagent|"
                                r"contribuent)\b[^.;]{0,60}$",
                                re.IGNORECASE)
# « Chaque conseil régional apporte 16 millions de dirhams »: one body's share, told for each of them.
# (« Chaque club est doté d'un équipement d'une valeur de 1,5 million de dirhams » under « trois clubs », « Pour cette
# première année, chaque club … »: a site's share, after a short opening)
_BODY_KINDS = r"conseil|commune|province|région|partenaire|comité|université|club|centre|site|campus"
# (« Le montage financier est paritaire : chaque conseil régional apporte … »: a clause may come first)
_EACH_BODY = re.compile(rf"^\s*(?:[^,;.:]{{0,40}}[,:]\s*)?chaque\s+(?P<kind>{_BODY_KINDS})\b"
                        r"(?P<regional>\s+(?:régional|de\s+région))?", re.IGNORECASE)


# « une enveloppe globale constituée de », « composée de », « formée de »: the parts of the whole come next.
_MADE_OF_BEFORE = re.compile(r"\b(?:constituée?s?|composée?s?|formée?s?)\s+(?:de|d['’])\s*$", re.IGNORECASE)
# « Total ; 9 000 000 », « TOTAL ; 10 000 000 ; 100 % »: the table's last row, the sum of the rows above.
_TOTAL_ROW = re.compile(r"^total(?:\s+g[ée]n[ée]ral)?\s+;\s+[^;]{1,90}(?: ; [^;]{1,90})*$", re.IGNORECASE)
# A line of cells joined by « ; », as the text reader sets a table's row (no sentence of prose: no final stop).
_TABLE_ROW = re.compile(r"^[^;]{1,120}(?: ; [^;]{1,90})+(?<![.!?])$")
# « Partenaire ; Apport (DH) ; Nature », « Poste ; Montant »: a table's header, naming each party's money.
_FINANCING_HEADER = re.compile(r"^(?=[^;\d]{1,60}(?: ; [^;\d]{1,60})+$)"
                               r".*\b(?:apports?|contributions?|financements?|montants?|participations?)\b.*",
                               re.IGNORECASE)
# A list's line: a bullet, a dash, a check mark or an arrow first.
_LIST_MARK = re.compile(r"^\s*(?:[•▪►➡✅✔👉*·-]|[–—]\s)")
# « à hauteur de 5 MDH par la Région, de 2,6 millions par la commune », « financé par l'Agence (6 MDH), la Région
# (4,5 MDH) et … »: each amount with its giver.
# The bodies that give shares, named in lower case (a wilaya only before its amount in brackets).
_GIVERS = r"(?i:région|commune|province|agence|conseil|fondation|ministère|office|université|association|groupe)"
_GIVER_AFTER = re.compile(r"^\s*(?:apportée?s?\s+|versée?s?\s+|mobilisée?s?\s+|financée?s?\s+)?par\s+"
                          r"(?:la|le|l['’]|les)\b|"
                          # (« 2,4 MDH de l'Initiative nationale…, 800 000 dirhams de Simplon Maroc »: whose it is)
                          rf"^\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+)(?:(?-i:[A-ZÀ-Þ])|{_GIVERS}\b)",
                          re.IGNORECASE)
_GIVER_BEFORE = re.compile(rf"(?:\b[A-ZÀ-Þ][\w'’-]*|\b{_GIVERS}|\b(?i:wilaya))(?:\s*\([A-Z]{{2,}}\))?\s*\(\s*$")
# « inwi apporte », « la Région mobilise », « l'OFPPT contribue à hauteur de »: a party's share, told by its verb.
_SHARE_VERBS = (r"(?:apport(?:e|ent|era|eront)|met|mettent|mettra|mettront|mobilis(?:e|ent|era|eront)|"
                r"contribu(?:e|ent|era|eront)|"
                r"financ(?:e|ent|era|eront)|débloqu(?:e|ent|era|eront)|allou(?:e|ent|era|eront)|"
                r"inject(?:e|ent|era|eront)|vers(?:e|ent|era|eront)|consacr(?:e|ent|era|eront)|"
                r"accord(?:e|ent|era|eront)|octroi(?:e|ent|era|eront)|"
                # (« La Commune, enfin, inscrit 1,5 MDH à son budget »: a share written into its own budget)
                r"(?<!s['’])inscri(?:t|vent|ra|ront)|"
                # « prend à sa charge 4,5 MDH », « s'engage pour 9 millions », « s'engage à hauteur de 3 MDH »
                r"pren(?:d|nent|dra|dront)\s+(?:en\s+charge|à\s+(?:sa|leur)\s+charge)|"
                r"s['’]engag(?:e|ent|era|eront)\s+(?:pour|à\s+hauteur\s+de)|"
                # « l'Université engage 1,5 million de dirhams »
                r"engag(?:e|ent|era|eront)|"
                # « le Conseil provincial, qui a apporté 7 MDH, l'OCP, qui en a mis 5 millions »
                # (« L'université a consacré 2,6 millions à l'aménagement du bâtiment »)
                r"(?:en\s+)?(?:a|ont)\s+(?:apporté|mis|mobilisé|injecté|débloqué|alloué|versé|accordé|octroyé|engagé|"
                r"consacré|financé|cofinancé|pris\s+(?:en\s+charge|à\s+(?:sa|leur)\s+charge))|"
                r"particip(?:e|ent|era|eront)|"
                # (« La Fondation X complète avec 800 000 dirhams »: the rest, given by another party)
                r"complèt(?:e|ent|era|eront)\s+avec|"
                # (« Web4Jobs, qui anime l'école, y ajoute l'équivalent de 500 000 dirhams en matériel »)
                r"(?<=\by\s)ajout(?:e|ent|era|eront))")
# (« prendra en charge, à hauteur de 9 MDH », « débloquera pour sa part 4,5 MDH »)
# (« apporte la plus grosse part, 5,5 millions de dirhams », « met le reste, soit 1,2 million »: its part, said)
# (« y contribue pour 500 000 dirhams »; « reste le premier bailleur, avec trois millions de dirhams »)
_SHARE_VERB_BEFORE = re.compile(rf"(?:\b{_SHARE_VERBS}\b(?:\s+pour\s+(?:sa|leur)\s+part)?"
                                r"(?:\s*,?\s*à\s+hauteur|\s+pour)?"
                                r"(?:\s+(?:la\s+(?:plus\s+)?(?:grosse|grande|petite|première|seconde|deuxième)\s+part|"
                                r"l['’]essentiel|le\s+reste|le\s+solde|le\s+complément)\s*,?\s*(?:soit\s+)?)?\s*"
                                # (« apporte l'équivalent d'un million de dirhams en ingénierie »: a share in kind)
                                r"(?:l['’]équivalent\s+)?(?:de\s+|d['’]\s*)?|"
                                # « valorise sa contribution à 4,5 MDH », « leur apport est estimé à 2 MDH »
                                r"\b(?:sa|son|leur)\s+(?:contribution|apport|part|participation)\s+(?:(?:est\s+)?"
                                r"(?:estimée?|évaluée?|valorisée?|chiffrée?|fixée?)\s+)?(?:à|de)\s+|"
                                # (« La contribution du conseil provincial s'élève à 3 millions de dirhams »)
                                r"\b(?:la|sa|leur)\s+(?:contribution|participation|part)\s+(?:de\s+la|du|de\s+l['’]|des|de)"
                                r"\s+[^.;]{1,50}?\s(?:s['’]élève|se\s+monte|atteint|est\s+de|est\s+fixée)\s+(?:à\s+)?)"
                                r"|\b(?:bailleur|financeur|contributeur)s?\b[^.;]{0,20}?,?\s*avec\s+"
                                r"(?:(?:près|plus)\s+de\s+|environ\s+)?$", re.IGNORECASE)
# « La Région y consacre 5,2 MDH, l'ANAPEC 1,8 million »: the verb of the share before left out, a party's name alone.
# (« …, la Fondation Orange 1,6 million et SOS Villages d'enfants Maroc un million »: a name without its article)
# (« …, l'Université Ibn Zohr 2,4 millions, et notre association 1,2 million »: the speaker's own body too)
# (« et l'INDH, via le comité provincial de Tan-Tan, 2,5 millions », « et le Conseil provincial à hauteur de 1,5
# million », « l'INDH, avec 2,4 MDH »: an aside after the name, or the share's words without its verb)
# (« …, le ministère de la Transition numérique et de la Réforme de l'administration quinze millions »: a long name, no
# verb of its own)
_GAPPED_SHARE = re.compile(rf"^(?![^;]*\b(?:a|ont|est|sont|avait|avaient|sera|seront|était|étaient)\s)"
                           rf"\s*(?:et\s+)?(?:(?:la|le|l['’]|les|notre|nos|leur)\s*(?:[A-ZÀ-Þ][\w'’-]*|{_GIVERS})|"
                           r"(?-i:[A-ZÀ-Þ][\w'’-]*))(?:\s+[\w'’-]+){0,11}?(?:\s*\([^)]{1,12}\))?(?:\s*,[^,;]{1,80},)?"
                           r"(?:\s*,?\s+(?:à\s+hauteur\s+de|pour|avec))?\s*$")
_SHARE_VERB = re.compile(rf"\b{_SHARE_VERBS}\b", re.IGNORECASE)
# « L'UM6P prend en charge le fonctionnement des trois premières années, pour 3,5 MDH »: the verb further back, what it
# pays for between.
# (« L'association … se charge du recrutement et de l'accompagnement des apprenantes, pour 400 000 dirhams »: its part)
# (« l'Agence X a financé l'équipement – ordinateurs, imprimante 3D … – à hauteur de 900 000 dirhams »)
_SHARE_VERB_FAR_BEFORE = re.compile(rf"\b(?:{_SHARE_VERBS}|se\s+charge(?:nt|ra|ront)?\s+d[eu'’])\b"
                                    r"(?:[^.;]{0,90}?,\s*pour|[^.;]{0,140}?\s(?:–\s*|,\s*)?à\s+hauteur\s+de)\s+$",
                                    re.IGNORECASE)
_SHARE_VERB_REACH = 60
# « la commune a pris en charge les travaux d'aménagement », « l'université prend à sa charge l'aménagement »: a party
# paying for the initiative's own works.
_TAKES_ON_THE_WORKS = re.compile(r"\b(?:a|ont)?\s*(?:pris|prend|prennent|prendra|prendront)\s+(?:en\s+charge|à\s+"
                                 r"(?:sa|leur)\s+charge)\s+(?:les\s+travaux\s+d['’]|l['’])\s*aménagement\b",
                                 re.IGNORECASE)
# « L'association y ajoute 60 000 dirhams », « l'ANAPEC complète avec 1 MDH »: money added to what was just told.
_ADDED_TO_IT_BEFORE = re.compile(r"\b(?:y\s+ajout(?:e|ent|era|eront)|(?:y\s+)?rajout(?:e|ent|era|eront)|"
                                 r"y\s+(?:a|ont)\s+ajouté|complèt(?:e|ent)|complétera|compléteront|"
                                 r"(?:a|ont)\s+complété)\b[^.;]{0,40}$", re.IGNORECASE)
# « tandis que Huawei Maroc a fourni les équipements, évalués à 1,3 million de dirhams »: a share given in kind.
# (« … met à disposition deux salles et des enseignants, une contribution valorisée à 900 000 dirhams »)
_IN_KIND_BEFORE = re.compile(r"\bcontribution\s+(?:en\s+nature\s+)?(?:évaluée|estimée|valorisée|chiffrée)\s+à\s*$|"
                             r"\b(?:a|ont|avait|avaient)\s+(?:fourni|offert|donné|apporté|livré|"
                             r"mis\s+à\s+disposition)\s+[^.;]{0,50}?\b(?:évaluée?s?|estimée?s?|valorisée?s?|chiffrée?s?)\s+à\s*$|"
                             r"\b(?:a|ont)\s+(?:fourni|offert|donné|apporté|livré)\s+[^.;]{0,50}?\bd['’]une\s+valeur\s+"
                             r"(?:totale\s+)?de\s*$|"
                             # (« deux laboratoires réaménagés à ses frais pour 1,5 million »: paid by itself)
                             r"\bà\s+(?:ses|leurs)\s+(?:propres\s+)?frais\s+pour\s*$", re.IGNORECASE)
# « trois apports », « 3 contributions », « deux tranches »: the number of shares the sentence goes on to give.
_SHARES_ANNOUNCED = re.compile(rf"\b(?P<count>{NUMBER})\s+(?:apports|contributions|parts|tranches|financeurs|"
                               r"bailleurs|sources\s+de\s+financement)\b", re.IGNORECASE)


def _close(a, b):
    return abs(a - b) <= 0.01 * b


def _sum_of_others(amounts):
    for amount in amounts:
        others = [a.value for a in amounts if a is not amount]
        if len(others) >= 2 and _close(sum(others), amount.value):
            return amount
    return None


# « D'un coût de 325 mille dirhams, auquel l'initiative a contribué à hauteur de 195 mille dirhams »: a share of the
# amount told before it, not an amount to add.
_SHARE_OF_IT = re.compile(r"\b(?:auquel|à\s+laquelle|auxquels|dont)\b[^.;]{0,60}?\b(?:contribu\w*|particip\w*|"
                          r"financ\w*|appor\w*)\b[^.;]{0,30}?\bhauteur\s+de\b", re.IGNORECASE)


def _one_breakdown(amounts):
    """Amounts given together in one sentence, added to one another: parts of one whole."""
    sentences = {a.sentence for a in amounts}
    if len(sentences) != 1:
        return False
    sentence = next(iter(sentences))
    return bool(_ADDED.search(sentence)) and not _SHARE_OF_IT.search(sentence) and not _PARTS_INSIDE.search(
        digits(sentence))


# « 6,75 millions de dirhams …, dont 4,5 millions de la Région »: the parts named after « dont » are inside the
# amount before them, however far it stands.
_PARTS_INSIDE = re.compile(r"\bdont\s+(?:(?:près|plus|moins)\s+d['’e]\s*|environ\s+)?\d", re.IGNORECASE)
