"""What a budget covers and what jobs are: the kinds the site's totals need (kinds.py), from the words around them.

Only a number whose kind is said enters a total, so the draft proposes one when the sentence says
it and leaves the TODO otherwise: a strategy's envelope (« la feuille de route ... dotée de 11
milliards ») is `strategy`; the cost of a larger project of which training is a part (a technopark,
a campus to build) is `wider_project`; a convention's, a centre's or an edition's money is `project`.
Jobs to come are `promised`, jobs already filled `created`.

A figure's own clause, with the clauses it hangs on (`frame`), says whose it is: a larger whole's
money (`larger_whole`) is listed beside the initiative's budget, never taken for it, and a national
plan's target (`of_a_national_plan`) is never the initiative's count of people.
"""

import re

_STRATEGY = re.compile(
    # (« le plan régional d'emploi des jeunes pèse 45 M DH »: a region's plan, of many actions)
    r"\b(?:stratégie|feuille de route|plan (?:national|régional|d['’]action|d['’]accélération|quinquennal)|"
    r"digital morocco 2030|maroc digital 2030|pacte|programme national|à l['’]échelle nationale|"
    # « le plan de développement de l'université, doté de 250 millions »: an institution's plan, of many projects
    # (« le programme de développement régional, doté de 1,2 milliard »: the region's plan, told another way)
    # (« son propre plan de transformation numérique mobilise 38 MDH »: the body's own plan, of many projects)
    r"plan (?:de développement|stratégique|directeur|de transformation)|propre\s+plan\b|"
    # (« le groupe déploie son programme d'investissement vert 2023-2027, évalué à 130 milliards »: all its works)
    r"(?:programme|plan)\s+d['’]investissements?\b|"
    r"programme (?:de développement régional|régional de développement)|"
    # « l'enveloppe nationale du programme, d'environ 680 millions »: the whole country's money
    r"(?:enveloppe|budget|dotation|financement)s?\s+(?:globale?s?\s+)?nationale?s?|au niveau national|"
    # « Ces montants s'inscrivent dans l'enveloppe globale de 1,1 milliard »: the whole the amounts told belong to
    r"(?:s['’]inscri(?:t|vent|vait|vaient|ra|ront)|s['’]intègre(?:nt)?|font\s+partie|fait\s+partie)\s+"
    r"(?:dans|de)\s+(?:l['’]\s*|une?\s+|la\s+|le\s+)(?:enveloppe|budget|dotation|financement)\s+"
    r"(?:globale?|totale?|d['’]ensemble)\b|"
    r"(?:nouveau\s+)?modèle de développement|"
    # « notre budget d'investissement pour 2025 est de 1,2 milliard », « le budget annuel du conseil régional »: a
    # body's money for the year, of all its works (not « le budget d'investissement du projet »)
    r"budget\s+(?:annuel|d['’]investissement|de\s+fonctionnement|d['’]équipement)\s+(?:(?:pour|de|en)\s+"
    r"(?:l['’]année\s+)?(?:19|20)\d{2}|(?:de\s+la|du)\s+(?:région|conseil|commune|province))|"
    # « l'enveloppe INDH de Tinghir pour 2025 », « la dotation annuelle de la province pour 2026 »: a territory's
    # money for the year
    r"(?:enveloppe|budget|dotation)\s+(?:INDH|annuelle)\b[^.;,]{0,40}?\bpour\s+(?:l['’]année\s+)?(?:19|20)\d{2}|"
    # « le conseil provincial vote un budget 2026 de 187,5 millions », « son budget pour l'exercice 2026 »: a council's
    # whole year
    r"\b(?:conseil|commune|région|province)\b[^.;]{0,60}\bbudget\s+(?:(?:pour|de)\s+l['’]exercice\s+)?(?:19|20)\d{2}|"
    # (« le projet de budget 2026, arrêté à 186,4 millions », « le budget prévisionnel pour l'exercice 2026 »: a
    # council's deliberation on its year)
    r"(?:projet\s+de\s+budget|budget\s+(?:primitif|prévisionnel))(?:\s+(?:pour|de)\s+l['’]exercice)?\s+(?:19|20)\d{2}|"
    r"sur la période (?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
    # (« Casablanca-Settat : un budget 2027 de 4,3 MMDH »: a body's budget for a year, its name said before;
    # « Le projet de loi de finances consacre 4,1 milliards au département », « le ministère verrait ses crédits
    # passer à … »: the State's budget, a ministry's share of it)
    r"\b(?:un|le|son|leur)\s+budget\s+(?:19|20)\d{2}\s+(?:de|d['’]|s['’]élève|atteint|est)|"
    r"loi\s+de\s+finances|\b(?:verrait|voit|verra)\s+ses\s+crédits)\b",
    re.IGNORECASE,
)
_WIDER = re.compile(
    r"\b(?:technopark|technopôle|technopole|cité (?:de l['’]innovation|des métiers)|complexe|zone (?:industrielle|"
    r"d['’]activités?|franche)|infrastructures?|aménagement|construction|data ?center|centre de données|"
    r"pôle universitaire|projet global|plus large|programme de développement (?:régional|intégré|territorial))\b",
    re.IGNORECASE,
)
_PROJECT = re.compile(
    r"\b(?:convention|accord|partenariat|école|centre|campus|académie|formation|programme|édition|projet|"
    r"bootcamp|incubateur|cursus|initiative|caravane|budget|enveloppe|coût|financement|financée?|dotée?|"
    r"mobilis\w+|investissement)\b",
    re.IGNORECASE,
)
_CREATED = re.compile(
    r"\b(?:ont été (?:créés|pourvus)|a été créé|a créé|ont créé|ont (?:déjà )?trouvé un emploi|(?:ont été |sont )"
    r"(?:embauchés|recrutés|insérés)|déjà (?:embauchés|recrutés|insérés))\b",
    re.IGNORECASE,
)
_PROMISED = re.compile(
    r"\b(?:cré(?:er|era|eront|ation)|génér(?:er|era|eront|ation)|promet|promis|prévoit|prévus?|devrait|devraient|"
    r"permettr(?:a|ont)|vise|visent|attendus?|à créer|recrut(?:er|era|eront|ement)|embauch(?:er|era|eront)|"
    r"objectif|d['’]ici)\b",
    re.IGNORECASE,
)


# What an amount's own clause says when the money is not the initiative's but a larger whole's: works to
# build, a regional development plan, or a whole the initiative is said to be a part of.
# (« Son aménagement et son équipement ont mobilisé 3,8 M DH »: its own fitting out, said with a possessive, is the
# initiative's money)
_BUILDING = re.compile(
    # (not « la construction et l'équipement de l'école »: the school's own building is its cost)
    r"(?<!\bson\s)(?<!\bsa\s)(?<!\bleur\s)\b(?:constru(?:ire|ction)|aménagements?)\b"
    # (« L'aménagement de la filière a coûté 280 millions de centimes »: the track's own rooms)
    r"(?![^,;.]{0,40}?\b(?:de\s+l['’]|du|de\s+la|des)\s*(?:école|centre|académie|campus|maison|espace|filière|salles?|"
    r"plateau|locaux|formation)\b)|"
    r"\b(?:infrastructures?|zones? (?:industrielles?|d['’]activités?|franches?)|data ?centers?|centres? de données|"
    r"programme (?:régional|territorial|intégré) de développement|"
    # (« le programme de mise à niveau de la province, doté de 1,1 milliard »: the province's works)
    r"programme (?:provincial\s+|communal\s+|urbain\s+)?de mise à niveau|"
    r"programme de développement (?:régional|intégré|territorial))\b",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\b(?:s['’]inscri(?:t|vent) dans|dans le cadre d(?:u|e la|e l['’]|e)\s+(?:projet|programme|plan|chantier)|"
    r"fai(?:t|sent) partie d|(?:l['’]un|l['’]une) des (?:volets|composantes|piliers)|"
    r"(?:première |premier )?(?:brique|pièce|volet|composante|maillon) d(?:['’]u|u|e)\b|plus (?:vaste|large)|"
    r"(?:implanté|installé|logé|hébergé)e?s? (?:dans|au sein d)|micro-composante)",
    re.IGNORECASE,
)
# « une nouvelle unité de production qui doit créer 1 500 emplois », « l'usine emploiera 800 personnes »: a plant's
# jobs, not a training's (not « recruter 50 lauréats dans son usine », the training's promise).
# (« la nouvelle unité créera à elle seule 250 emplois directs »: a plant called a unit)
# (« la nouvelle zone d'activités de Guercif, dont les travaux avancent, promet à terme 1 200 emplois », « Les projets
# d'hydrogène vert … promettent 2 000 emplois », « la société du port a confirmé la création de 2 000 emplois », « son
# projet d'unité de congélation … : 210 millions de dirhams d'investissement et 300 emplois »: another venture's jobs)
PLANTS = (r"\b(?:usines?|unités?\s+(?:de\s+production|industrielles?|de\s+[a-zà-ÿ]+ion)|"
          r"nouvelle\s+unité|sites?\s+industriels?|complexes?\s+industriels?|mines?|laveries?|"
          r"zones?\s+(?:d['’]activités?|industrielles?|franches?|logistiques?)|ports?|"
          r"projets?\s+(?:d['’]hydrogène|industriels?|touristiques?|énergétiques?|miniers?)|"
          r"centrales?\s+(?:solaires?|électriques?|thermiques?)|parcs?\s+(?:éoliens?|solaires?)|"
          # (« un data centre de 60 mégawatts, …, pour un investissement de 2,4 milliards de dirhams et, à terme, 320
          # emplois directs »: the data centre's own jobs)
          r"data\s*cent(?:er|re)s?|centres?\s+de\s+données)\b")
_CREATES = (r"\b(?:créer|créera|générer|générera|employer|emploiera|emploie|promet|promettent|la\s+création\s+de|"
            r"d['’]investissements?\s+et|investissement\s+(?:global\s+)?de\s+[^.;]{0,40}?\s+et)\b")
PLANT_CREATES = re.compile(PLANTS + r"[^.;]{0,80}?" + _CREATES + r"[^.;]{0,70}$", re.IGNORECASE)
# « Le groupe lance une troisième usine … pour 410 millions de dirhams. Elle devrait créer 1 300 emplois »: the plant
# named in the sentence before, taken up by a pronoun.
PLANT_TAKEN_UP = re.compile(r"^\s*(?-i:Elle|Il|Celle-ci|Celui-ci)\s+[^.;]{0,40}?" + _CREATES + r"[^.;]{0,70}$",
                            re.IGNORECASE)
PLANT_NAMED = re.compile(PLANTS, re.IGNORECASE)


# Works and sites, whose « coût total » is theirs: « Le complexe, dont le coût total a dépassé 24 milliards ».
_SITE = re.compile(r"\b(?:technopark|technopôle|technopole|complexe|cité|zone|port|autoroute|barrage|centrale|"
                   r"aéroport|gare|station|chantier|pôle)\b[^.;]*\b(?:coût|investissement|montant|enveloppe)\s+(?:total|global)e?\b",
                   re.IGNORECASE)


# « Il faut distinguer cette somme du programme de mise à niveau urbaine, 640 millions »: another's money, set apart.
# (« Ce chiffre ne doit pas être confondu avec les 120 MDH du programme régional »: the passive too)
_SET_APART = re.compile(r"\b(?:distinguer|(?:ne\s+(?:faut\s+|doit\s+)?pas\s+(?:le\s+|la\s+|les\s+)?|"
                        r"à\s+ne\s+pas\s+)confondre|ne\s+(?:doit|doivent|faut)\s+pas\s+être\s+confondue?s?|"
                        # (« …, ni avec les 30 millions consacrés au campus de Nador »: the next one set apart)
                        r"\bni\s+avec|"
                        r"contrairement\s+à|sans\s+commune\s+mesure\s+avec|"
                        r"à\s+la\s+différence\s+d)", re.IGNORECASE)
# « La technopole dans son ensemble représente 230 millions et doit générer 3 000 emplois »: the site's, whole.
_WHOLE_SITE = re.compile(r"\b(?:technopark|technopôle|technopole|complexe|cité|zone|pôle|site)\b[^.;]{0,30}"
                         r"\bdans (?:son|sa) (?:ensemble|globalité)\b", re.IGNORECASE)


# A clause that hangs on the one before it: « …, dont l'enveloppe globale atteint 11 milliards », « …, pour un
# investissement de… », « …, qui vise à former… »: whose figure it is was said in that earlier clause.
# (« celui du futur pôle, dont… », « et dont… », « que Dieu Le glorifie, et dont… »: the same)
# (« Le programme régional de développement prévoit, lui, un total de 320 millions »: a pronoun set apart names the
# subject again)
# (« l'ambition de la stratégie X de porter les emplois à 270 000, et de former 100 000 jeunes »: an infinitive
# joined to the one before, of the same subject)
_HANGING = re.compile(r"^\s*(?:et\s+)?(?:dont|pour|soit|qui|que|avec|dans|d['’]une?|une?|celui|celle|ceux|"
                      r"estimée?s?|évaluée?s?|dotée?s?|chiffrée?s?|lui|elle|eux|elles|"
                      r"(?:de\s+|d['’])[a-zéè]+(?:er|ir|re))\b", re.IGNORECASE)
# « Un quatrième club, prévu à l'Université Ibn Tofail de Kénitra, n'ouvrira qu'en septembre »: a further site to
# come; the place and the body named there are not this announcement's.
LATER_SITE_BEFORE = re.compile(r"\b(?:second|seconde|deuxième|troisième|quatrième|cinquième|autre|prochain|"
                               r"prochaine)\s+(?:club|site|centre|campus|antenne|école|académie|espace)s?\b[^.;]{0,20}?"
                               r"\b(?:prévue?s?|programmée?s?|attendue?s?|annoncée?s?|envisagée?s?)\s+(?:à|au|aux|dans|en)\b"
                               r"[^.;]{0,60}$|"
                               # (« D'ici 2028, il voudrait trois sites, à Azrou, Ifrane et Midelt »: sites wished for)
                               r"\b(?:voudrait|voudraient|souhaite|souhaitent|envisage|envisagent|espère|espèrent|rêve|"
                               r"ambitionne)\s+(?:[\w'’-]+\s+){0,2}?(?:sites|centres|campus|antennes|écoles|clubs|"
                               r"espaces)\b[^.;]{0,60}$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—]\s")
# The words that set a figure country-wide: « au niveau national », « à l'échelle du pays ».
NATIONWIDE = r"au\s+niveau\s+national|à\s+l['’]échelle\s+(?:nationale|du\s+pays)"
# A national plan's own words: its targets are the country's, never one initiative's count.
_NATIONAL_PLAN = re.compile(r"\b(?:stratégie|feuille de route|plan national|digital morocco 2030|"
                            r"maroc digital 2030|pacte|(?:effort|objectif|ambition|chantier)s?\s+nationa(?:l|le|ux)|"
                            # « au niveau national, on nous répète qu'il faudra former 100 000 talents »
                            rf"{NATIONWIDE})\b",
                            re.IGNORECASE)


# « piloté par le ministère », « porté par la région »: a participle and its agent, set between commas.
# (« La stratégie Digital Morocco 2030, avec son enveloppe de 11 milliards, ambitionne de former 100 000 jeunes »)
_APPOSITION = re.compile(r"^\s*(?:[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|te|tes)\s+"
                         r"(?:par|avec|sous|depuis|en)|avec\s+(?:son|sa|ses|leur|leurs)|forte?s?\s+de|riches?\s+de|"
                         # (« La stratégie X, dans laquelle s'inscrit Job In Tech, fixe l'objectif de 100 000 »)
                         r"(?:dans|sur|par|pour)\s+(?:laquelle|lequel|lesquels|lesquelles)|auquel|à\s+laquelle)\b",
                         re.IGNORECASE)
# A clause that opens on a verb in the present (« mobilise », « représente », « prévoit », « totalise »): not a
# determiner, pronoun, preposition or conjunction.
_VERB_FIRST = re.compile(r"^\s*(?!(?:le|la|les|une|des|du|de|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|"
                         r"elle|elles|nous|vous|qui|que|dont|mais|dans|pour|par|sur|avec|selon|soit|entre|comme|"
                         r"contre|toute|tout|toutes|chaque|même|autre|quelque|presque|notamment|cinq|huit|onze|"
                         r"douze|treize|quatorze|quinze|seize|trente|quarante|cinquante|soixante)\b)"
                         r"[a-zà-ÿ]{3,}(?:e|ent|it|a)\s")
_APPROXIMATE_END = re.compile(r"\b(?:quelque|près de|plus de|environ|au moins|jusqu['’]à)\s*$", re.IGNORECASE)


# « Si chaque province mettait 5 MDH, la région disposerait de 25 millions », « il faudrait former 3 000 jeunes par
# an », « imaginons un fonds de 50 MDH »: a figure the writer supposes or wishes, no announcement's.
HYPOTHETICAL = re.compile(r"(?:^|[,;:«“\"(]\s*|\bque\s+|\bqu['’]\s*)(?i:si)\s+"
                          r"(?!(?:le|la|les|l['’])?\s*(?:[\w-]+\s+){0,3}?(?:est|sont|a|ont|va|vont|sera|seront)\b)[^.;]{0,80}?\b[a-zà-ÿ]{2,}(?:ait|aient)\b|"
                          r"\b(?i:il\s+(?:faudrait|suffirait)|faudrait-il|suffirait-il|imaginons|supposons|"
                          r"à\s+supposer\s+que)\b")


def frame(before):
    """The words that say whose figure it is: the figure's own clause, with the clauses it hangs on."""
    clauses = _CLAUSE_BREAK.split(before)
    said = clauses.pop()
    # (an aside of two words or fewer, « …, à terme, », « …, d'ici 2030, », belongs to the clause before it; so
    # does « …, à terme, quelque 3 000 emplois »: the figure's own « quelque » is no clause)
    while clauses and (_HANGING.match(said) or len(_APPROXIMATE_END.sub("", said).split()) <= 2):
        said = f"{clauses.pop()}, {said}"
    # « Le programme national JobInTech, piloté par le ministère, annonçait 640 MDH »: an apposition between the
    # subject and its verb; the subject is the figure's.
    if len(clauses) >= 2 and _APPOSITION.match(clauses[-1]) and not _HANGING.match(said):
        said = f"{clauses[-2]}, {clauses[-1]}, {said}"
    # « La dernière en date, Digital Morocco 2030, mobilise une enveloppe de … »: a verb with no subject of its own;
    # its subject is the clause before.
    elif clauses and _VERB_FIRST.match(said):
        said = f"{clauses[-1]}, {said}"
    return said


def of_a_national_plan(before):
    """True when the clause of a count of people names a national plan: « la stratégie … vise 100 000 jeunes », or
    the sentence sets it country-wide first: « Au niveau national, on nous répète qu'il faudra former 100 000 … »."""
    said = frame(before)
    if _AFTER_A_SOURCE.match(said) and not _COUNTRY_WIDE.search(said):
        # (« Selon la feuille de route présentée mercredi, 1 400 jeunes seront formés »: the roadmap is where the
        # figure is read, the region's own)
        return bool(NATIONWIDE_FIRST.search(before))
    # (« la stratégie Digital Morocco 2030, qui mobilise 11 milliards de dirhams, vise la formation de 100 000
    # talents »: a relative clause between the plan and its verb)
    clauses = _CLAUSE_BREAK.split(before)
    relative = len(clauses) >= 3 and _RELATIVE.match(clauses[-2]) and _VERB_FIRST.match(clauses[-1])
    # (« La stratégie Digital Morocco 2030 prévoit, à l'échelle nationale, la création de 240 000 emplois »: a plan,
    # said country-wide, in the sentence)
    return bool(_NATIONAL_PLAN.search(said) or NATIONWIDE_FIRST.search(before)
                or (relative and _NATIONAL_PLAN.search(clauses[-3]))
                or (_NATIONAL_PLAN.search(before) and re.search(NATIONWIDE, before, re.IGNORECASE)))


_RELATIVE = re.compile(r"^\s*qui\s", re.IGNORECASE)


# « Selon … », « D'après … » opening the clause: where a figure is read.
_AFTER_A_SOURCE = re.compile(r"^\s*(?:selon|d['’]après|à\s+en\s+croire)\b", re.IGNORECASE)
_COUNTRY_WIDE = re.compile(rf"\bnationa(?:l|le|ux|les)\b|\bdigital morocco 2030\b|\bmaroc digital 2030\b|{NATIONWIDE}",
                           re.IGNORECASE)


# « Au niveau national, … », « Et à l'échelle du pays, … » opening the sentence: what follows is the country's.
NATIONWIDE_FIRST = re.compile(rf"^\s*(?:et\s+|mais\s+)?(?:{NATIONWIDE}|dans\s+tout\s+le\s+pays)\s*,",
                              re.IGNORECASE)


# What the initiative can be a part of, once the clause says it is one: the wider projects, a plan, a pole.
_LARGER = re.compile(_WIDER.pattern + r"|\b(?:plan|pôle|chantier|programme|projet)\b", re.IGNORECASE)


def larger_whole(clause):
    """« strategy » or « wider_project » when an amount's clause gives a larger whole's money; "" otherwise.

    Stricter than budget_scope: a technopark whose management a convention pays for is the convention's
    own object, while « l'académie s'inscrit dans le technopôle, dont le coût global… » names a larger whole.
    """
    if _STRATEGY.search(clause):
        return "strategy"
    if (_BUILDING.search(clause) or _SITE.search(clause) or _WHOLE_SITE.search(clause) or _SET_APART.search(clause)
            or (_PART_OF.search(clause) and _LARGER.search(clause))):
        return "wider_project"
    return ""


def budget_scope(sentence):
    """« strategy », « wider_project » or « project » as the amount's sentence says; "" when it does not."""
    if _STRATEGY.search(sentence):
        return "strategy"
    if _WIDER.search(sentence):
        return "wider_project"
    return "project" if _PROJECT.search(sentence) else ""


def jobs_kind(sentence):
    """« created » for jobs already filled, « promised » for jobs to come; "" when the sentence does not say."""
    if _CREATED.search(sentence):
        return "created"
    return "promised" if _PROMISED.search(sentence) else ""
