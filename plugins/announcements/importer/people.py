"""People to train and jobs announced: numbers attached to « jeunes », « apprenants », « postes »..."""

import re
from dataclasses import replace

from ..vocabulary import normalize
from . import scopes
from .amounts import works_told
from .candidates import Candidate, best, place_features
from .numbers import NUMBER, REMINDER, SINCE_LONG_AGO, WORD_COUNTS, counted_in_lead, digits, to_number
from .text import MONTHS

_TRAINEES = re.compile(
    rf"(?P<number>{NUMBER})\s+(?:(?:nouveaux|nouvelles|jeunes|futurs|futures|premiers|premières|autres)\s+)?"
    r"(?:de\s+|d['’])?(?P<noun>jeunes|apprenant(?:e)?s?|stagiaires|talents|bénéficiaires|étudiant(?:e)?s?|"
    r"lauréat(?:e)?s?|élèves|enfants|adolescent(?:e)?s|lycéen(?:ne)?s|collégien(?:ne)?s|écoli(?:er|ère)s|"
    r"doctorant(?:e)?s|participant(?:e)?s?|diplômé(?:e)?s|personnes|femmes|filles|garçons|adultes|"
    r"développeu(?:r|se)s|codeu(?:r|se)s|demandeu(?:r|se)s d['’]emploi|chercheu(?:r|se)s d['’]emploi|"
    r"porteu(?:r|se)s de projets?|entrepreneu(?:r|se)s|fonctionnaires|artisans|artisanes|coopératrices|"
    r"coopérateurs|ouvrières|ouvriers|agricultrices|agriculteurs|enseignant(?:e)?s|détenu(?:e)?s|migrant(?:e)?s|"
    r"réfugié(?:e)?s|"
    # (« 120 téléconseillers ont ouvert leur ordinateur pour leur première journée de formation »: staff retrained)
    r"téléconseill(?:er|ère)s|salarié(?:e)?s|employé(?:e)?s|collaborat(?:eur|rice)s|"
    # (« former 640 infirmiers », « 180 guides », « 1 500 chauffeurs »: working people of other trades; not
    # « un souk pour 420 commerçants », a market's stalls)
    r"infirmi(?:er|ère)s|aides-soignant(?:e)?s|sages-femmes|guides|chauffeurs|"
    # (« former 300 élus », « 350 agents sur dix-huit mois », « 1 500 professeurs de collège », « 180 préposés
    # religieux », « 640 professionnels de santé »: adults of the public services trained in their work)
    r"élu(?:e)?s|agents|professeur(?:e)?s|imams|mourchidat(?:e)?s|préposé(?:e)?s\s+religieu(?:x|ses)|"
    r"professionnel(?:le)?s\s+de\s+(?:la\s+)?santé|soignant(?:e)?s|médecins|cadres|conseill(?:er|ère)s\s+agricoles|"
    r"places(?:\s+pédagogiques)?|inscrit(?:e)?s|[«“]\s*pisciners\s*[»”]|pisciners|piscineurs|recrues)(?![\w-])",
    re.IGNORECASE,
)
# « - Bénéficiaires : 300 », « Places : 80 »: a fact sheet's line, the label before the number.
# (« - Apprenants retenus : 110 », « Jeunes femmes retenues pour cette édition : 45 »: who was admitted)
_LABELLED = re.compile(rf"(?:^|[-–•*]\s*)(?P<noun>bénéficiaires|apprenant(?:e)?s|stagiaires|places(?:\s+pédagogiques)?|"
                       rf"participant(?:e)?s|effectifs?|jeunes\s+formés|personnes\s+formées|"
                       rf"(?:bénéficiaires|apprenant(?:e)?s|stagiaires|participant(?:e)?s|jeunes(?:\s+(?:femmes|filles))?|"
                       rf"élèves|étudiant(?:e)?s|candidat(?:e)?s)\s+(?:retenu|admis|sélectionné|inscrit)e?s?\b[^:.;]{{0,40}}?)"
                       rf"\s*:\s*"
                       rf"(?P<number>{NUMBER})(?!\s*(?:%|MDH|millions|DH))", re.IGNORECASE)
# A box of key figures, the number first: « • 320 : apprenants de la première cohorte ».
_LABELLED_AFTER = re.compile(rf"(?:^|[-–•*]\s*)(?P<number>{NUMBER})\s*:\s*(?P<noun>bénéficiaires|apprenant(?:e)?s|"
                             rf"stagiaires|participant(?:e)?s|jeunes|élèves|étudiant(?:e)?s)\b", re.IGNORECASE)
# « Ils étaient 140, lundi matin, à franchir la porte de l'école »: people without a noun either.
# (« Samedi, nous étions quatre-vingt-sept à monter sur l'estrade »: the speaker among them)
# (« On était 96 dans la promo tangéroise », « on est soixante dans ma promotion »: the speaker's « on » and the
# cohort it was)
# (« Ils ne sont finalement que 48 à suivre les cours »: a count set right, as the negation « ne … que » tells it)
_THEY_WERE = re.compile(rf"\b(?:ils\s+(?:étaient|sont|seront)|elles\s+(?:étaient|sont|seront)|nous\s+(?:étions|sommes|"
                        rf"serons)|vous\s+(?:étiez|êtes|serez)|on\s+(?:était|est|sera)|"
                        rf"(?:ils|elles)\s+ne\s+(?:sont|seront|étaient)\s+(?:finalement\s+|plus\s+)?que|"
                        # (« Ce seront finalement 75, sélectionnés parmi 940 candidats, qui entameront… »)
                        rf"ce\s+(?:sont|seront)\s+(?:finalement|donc|au\s+final)|ce\s+seront)\s+"
                        # (« ils seront finalement 80 dans cette première promotion », « elles sont désormais 45 »)
                        rf"(?:(?:finalement|désormais|aujourd['’]hui|donc|au\s+final|exactement)\s+)?"
                        rf"(?:(?:plus de|près de|environ)\s+)?"
                        # (« ils sont 180, venus d'Al Hoceima… », « elles sont 60, âgées de 18 à 30 ans »: who they are)
                        # (not « nous étions 410 candidats »: the applicants)
                        # (not « ils étaient 3 800, selon les organisateurs, à venir tenter leur chance au forum »:
                        # visitors)
                        # (nor « Nous sommes 340 salariés à Tétouan »: a company's staff)
                        rf"(?P<number>{NUMBER})\b(?!\s+(?:candidat|postulant|dossier|salarié|employé|collaborat|"
                        r"agents|habitants))"
                        r"(?![^.;]{0,40}\bà\s+(?:venir|se\s+presser|visiter|défiler|déposer|tenter|assister|"
                        r"arpenter|parcourir)\b)"
                        # (« Ils sont 100, 44 filles et 56 garçons, originaires de… »: the count, then its parts)
                        # (« nous étions 60, trente garçons et trente filles. »: the count, then its parts, last)
                        # (« nous sommes 40 : vingt-deux filles et dix-huit garçons, venus de … »: after a colon)
                        # (« Combien sont-ils ? — Ils sont 160. »: the count alone, a sentence of its own, now; not
                        # « À Azilal, elles étaient soixante. », another place's, then)
                        r"(?=(?<=sont\s\d\d\d)\s*[.!](?:\s|$)|(?<=sont\s\d\d)\s*[.!](?:\s|$)|"
                        r"\s*[,:]\s*\d+\s+[\w-]+\s+et\s+\d+\s+[\w-]+\s*(?:[.;!]|$)|"
                        r"[^.;]{0,40}\bà\s|(?:\s*[,:]\s*\d+\s+[\w-]+\s+et\s+\d+\s+[\w-]+)?\s*,\s*(?:venue?s|originaires|"
                        r"âgée?s|issue?s|"
                        r"inscrite?s|sélectionnée?s|retenue?s)\b|"
                        # (« Nous sommes 35, dont 21 filles »: the count, then a part of it)
                        r"\s*,\s*dont\s+\d+\s+[a-zà-ÿ]|"
                        # (« Ils sont 130, contre 100 l'an dernier »: set against the last count)
                        r"\s*,\s*contre\s+\d|"
                        r"\s+(?:dans|en)\s+(?:la|notre|cette|ma|votre)\s+"
                        r"(?:\w+\s+)?(?:promo|promotion|cohorte|classe)\b)", re.IGNORECASE)
# « une promotion de 45 », « une promotion de 90, sélectionnés… »: people without a noun after the number.
# (« une promotion par an de 120 apprenants environ »: how often may come between)
# (« une première vague de 1 200 agents sera formée »: a wave of trainees too)
_COHORT = re.compile(rf"\b(?:promotion|cohorte|vague)\s+(?:(?:par\s+an|annuelle|chaque\s+année)\s+)?de\s+"
                     rf"(?P<number>{NUMBER})(?!\s*(?:%|ans|\d|[.,]\d|MDH|millions|DH))",
                     re.IGNORECASE)
# « l'équipe a préféré limiter la promotion à 90 », « la cohorte a été ramenée à 64 »: the cohort as it is set.
_SETS_THE_COHORT = (r"\b(?:limit|ramen|rédui|plafonn)\w*\s+(?:la|sa|cette|leur)\s+(?:première\s+)?"
                    r"(?:promotion|cohorte)\s+à")
_COHORT_SET = re.compile(rf"{_SETS_THE_COHORT}\s+(?P<number>{NUMBER})(?!\s*(?:%|MDH|millions|DH))", re.IGNORECASE)
# « La deuxième, dont la rentrée est fixée au 19 octobre, en réunira 160 »: a promotion's people, the noun in « en ».
_COUNTED_IN_EN = re.compile(rf"\b(?:promotion|cohorte|session|rentrée|deuxième|seconde|troisième|quatrième)\b"
                            rf"[^.;«»]{{0,80}}?\ben\s+(?:réunira|comptera|accueillera|réunit|compte|accueille|"
                            rf"rassemble(?:ra)?)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?"
                            rf"(?P<number>{NUMBER})(?!\s*(?:%|MDH|millions|DH|\d))", re.IGNORECASE)
_PICKED = r"(?:retenu(?:e?s)?|admis(?:es)?|sélectionné(?:e?s)?|choisi(?:e?s)?|lauréat(?:e?s)?)\b"
# « ont été retenus », « ont finalement été admis », « seront ensuite sélectionnés »: the passive, an adverb anywhere.
_WERE = r"(?:ont\s+(?:\w+ment\s+)?été|sont|seront|furent)\s+(?:\w+ment\s+)?"
# « 140 ont été retenus », « Les 400 retenus suivront », « trente-huit d'entre elles ont reçu leur attestation »:
# the people chosen or trained, the noun left out.
_CHOSEN = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b(?P<number>{NUMBER})\s+{_WERE}{_PICKED}",
    # « la première promotion comptera 350 techniciens »: a cohort's count, whatever the trade of its people
    rf"\b(?:promotion|cohorte)\b(?:\s*,[^,;.]{{3,40}},)?[^,;.]{{0,25}}?\b(?:compte|comptera|comptait|réunit|réunira|"
    rf"regroupe|regroupera|rassemble|rassemblera)\s+(?:(?:plus de|près de|environ)\s+)?(?P<number>{NUMBER})\b"
    r"(?!\s*(?:%|ans|mois|heures|semaines|MDH|millions|DH))",
    # (« mais la promotion, c'est 60 »: the cohort, said last)
    rf"\b(?:promotion|cohorte)\s*,\s*(?:c['’]est|ce\s+sont)\s+(?:(?:plus de|près de|environ)\s+)?(?P<number>{NUMBER})\b"
    r"(?!\s*(?:%|ans|mois|heures|semaines|MDH|millions|DH))",
    # « 200 migrants de retour ont été admis », « 45 jeunes femmes ont été retenues »: a few words of who they are
    # (not « 400 candidatures ont été sélectionnées »: applications shortlisted, before the people admitted)
    # (« 48 jeunes de 18 à 30 ans ont été retenus »: their ages between, not « 30 ans ont été retenus »)
    rf"\b(?P<number>{NUMBER})\s+(?!(?:candidatures|dossiers|demandes|projets|idées|startups|start-ups|ans|années)\b)"
    rf"(?:[a-zà-ÿ][\w'’-]*\s+){{1,3}}?(?:(?:âgée?s\s+)?de\s+\d+\s+à\s+\d+\s+ans\s+)?{_WERE}{_PICKED}",
    # « 80 candidats ont été admis », « 60 candidates retenues »: the applicants who got in
    rf"\b(?P<number>{NUMBER})\s+(?:candidat(?:e)?s|postulant(?:e)?s)\s+(?:{_WERE})?(?:finalement\s+)?{_PICKED}",
    rf"\b[Ll]es\s+(?P<number>{NUMBER})\s+{_PICKED}",
    # « 1 240 candidatures, 310 présélectionnés et finalement 150 admis »: the participle as the noun
    rf"\b(?P<number>{NUMBER})\s+(?:admis(?:es)?|retenu(?:e)?s|sélectionné(?:e)?s)\b(?!\s+(?:à|au|aux|pour)\s)",
    # (« Seuls 80 d'entre eux, retenus après une piscine, forment la première promotion »)
    rf"\b(?P<number>{NUMBER})\s+d['’]entre\s+(?:elles|eux)\b(?=[^.;]{{0,60}}\b(?:attestation|certificat|diplôme|"
    r"formation|retenue?s|admise?s|sélectionnée?s|forment|composent|intègrent|formeront|composeront|"
    # (« 300 d'entre eux suivront les parcours certifiants », « 90 d'entre eux sont inscrits aux parcours »)
    r"suivent|suivront|suivaient|inscrite?s|"
    # (« 150 d'entre eux ont intégré la promotion »)
    r"intégreront|rejoindront|intégré|rejoint))",
    # « nous en avons admis 350 », « nous en formerons quarante-cinq cette année »
    rf"\ben\s+(?:avons|avez|ont|a)\s+(?:finalement\s+)?(?:admis|retenu|sélectionné|choisi|accueilli)\s+"
    rf"(?P<number>{NUMBER})\b",
    rf"\ben\s+(?:formerons|formera|formeront|accueillerons|accueillera|accueilleront)\s+(?P<number>{NUMBER})\b"
    r"(?!\s*(?:%|ans|mois|heures|MDH|millions|DH))",
    # (« Nous allons en former 200 pendant sept mois »: the near future)
    rf"\b(?:allons|allez|vont|va)\s+en\s+(?:former|accueillir)\s+(?P<number>{NUMBER})\b"
    r"(?!\s*(?:%|ans|mois|heures|MDH|millions|DH))",
    # (« nous avons préféré en retenir 45 pour garder un ratio »: the pronoun, then the verb's infinitive)
    # (not « les locaux pourraient en accueillir 250 »: a room's capacity)
    rf"\ben\s+(?:retenir|sélectionner|admettre)\s+(?:(?:seulement|finalement|uniquement)\s+)?"
    rf"(?P<number>{NUMBER})\b(?!\s*(?:%|ans|mois|heures|MDH|millions|DH))",
    # « la première comptait 120 apprenants ; celle-ci en compte 180 »: a cohort's count, its noun said before
    rf"\b(?:celle-ci|celui-ci|elle|la\s+nôtre|cette\s+année,?)\s+en\s+(?:compte|comptera|accueille|accueillera)\s+"
    rf"(?P<number>{NUMBER})\b(?!\s*(?:%|ans|mois|heures|MDH|millions|DH))",
    # « Promise pour 250 jeunes, la première promotion n'en compte que 112 »: the cohort as it stands
    # (« La première promotion … n'en a compté que 138 »: told once it began)
    rf"\bn['’]en\s+(?:compte|comptera|accueille|réunit|forme|a\s+retenu|ont\s+retenu|a\s+compté|a\s+accueilli|"
    rf"a\s+réuni)\s+(?:finalement\s+)?que\s+"
    rf"(?P<number>{NUMBER})\b(?!\s*(?:%|ans|mois|heures|MDH|millions|DH))",
    # « nous avons préféré retenir 240 profils solides »: the people chosen, by the verb
    rf"\b(?:retenir|sélectionner|admettre)\s+(?:(?:seulement|finalement|uniquement)\s+)?(?P<number>{NUMBER})\s+"
    r"(?:profils|candidat(?:e)?s)\b",
))
# « 46 jeunes femmes et 34 jeunes hommes », « 120 jeunes et 90 femmes », « 60 élèves, 40 femmes et 20 artisans »:
# one audience told in parts of different people, counted together.
_GROUP = (r"(?:jeunes\s+)?(?:femmes|filles|hommes|garçons|jeunes|enfants|élèves|étudiant(?:e)?s|adolescent(?:e)?s|"
          r"artisan(?:e)?s|agriculteurs|agricultrices|coopératrices|chômeurs|diplômé(?:e)?s|lauréat(?:e)?s|"
          r"porteu(?:r|se)s\s+de\s+projets?)")
_ONE_PART = re.compile(rf"(?P<number>{NUMBER})\s+(?P<group>{_GROUP})\b", re.IGNORECASE)
_PART = rf"{NUMBER}\s+{_GROUP}\b"
_PARTS = re.compile(rf"\b{_PART}(?:\s*,\s*{_PART})*\s+et\s+{_PART}", re.IGNORECASE)
# « 140 étudiants à Béni Mellal, 120 à Settat et 110 à Oujda », « 200 apprenants à Tiznit et 160 à Guelmim »,
# « soixante-dix en développement web, soixante en cybersécurité et cinquante en réseaux »: one count of people
# told place by place or track by track, the noun said once; the whole is their sum.
# (« 126 élèves d'Ouled Berhil, 94 de Tamaloukt et 72 d'Igli »: the places they come from, named)
_SPLIT_AT = r"(?:(?:à|au|aux|en|dans)\s|(?:de\s|d['’])(?=(?-i:[A-ZÀ-Þ])))"
# (not « 300 jeunes en 2024 et 450 en 2025 »: years, editions one after the other)
# (« 140 jeunes dans trois sites d'Al Haouz (Amizmiz, Asni et Ouirgane) et 100 dans deux sites »: places in brackets)
_SPLIT_ITEM = rf"{_SPLIT_AT}(?!\d{{4}}\b|(?:{MONTHS})\b)[^,;:.()]{{1,50}}?(?:\s*\([^()]{{1,80}}\))?"
_SPLIT_PARTS = re.compile(rf"(?P<number>{NUMBER})(?:\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?))?\s+{_SPLIT_ITEM}"
                          rf"(?:\s*,\s*{NUMBER}\s+{_SPLIT_ITEM})*\s*,?\s+et\s+(?:enfin\s+)?{NUMBER}\s+{_SPLIT_AT}",
                          re.IGNORECASE)
_SPLIT_NUMBER = re.compile(rf"(?:^|,\s*|\s+et\s+(?:enfin\s+)?)(?P<number>{NUMBER})\s", re.IGNORECASE)
# « les jeunes sont répartis en trois filières : soixante-dix en … »: the people named before the colon.
_SPLIT_AFTER_COLON = re.compile(r"\b(?:jeunes|apprenant(?:e)?s|stagiaires|bénéficiaires|étudiant(?:e)?s|élèves|"
                                r"participant(?:e)?s|femmes|filles|enfants)\b[^.:;]{0,60}\brépartie?s\b[^.:;]{0,40}:"
                                rf"\s*(?=(?P<number>{NUMBER})\s+{_SPLIT_AT})", re.IGNORECASE)
# « 90 bénéficiaires suivront la formation à Oujda et 60 autres à Berkane », « 48 jeunes filles de la province
# d'Azilal, …, et 32 de la province de Khénifra »: the second part named by « autres » or by its place.
# (the place said alike for both parts: not « 750 apprenants pour cette cohorte, 300 à Dakhla et 450 à Kénitra »)
_OTHERS_PART = re.compile(rf"(?P<number>{NUMBER})\s+(?:jeunes\s+)?(?:bénéficiaires|apprenant(?:e)?s|stagiaires|jeunes|"
                          r"étudiant(?:e)?s|élèves|participant(?:e)?s|femmes|filles|enfants|personnes)\b"
                          rf"(?P<between>[^.;:]{{0,100}}?)\bet\s+(?P<other>{NUMBER})\s+(?:autres\b|"
                          r"(?P<of>de\s+la\s+(?:province|préfecture|commune|ville))\b)", re.IGNORECASE)
# « – Bénéficiaires : 48 à Azilal, 32 à Khénifra »: a fact sheet's line told place by place, without « et ».
_LABELLED_PLACES = re.compile(rf"(?:^|[-–•*]\s*)(?:bénéficiaires|apprenant(?:e)?s|stagiaires|participant(?:e)?s|"
                              rf"effectifs?)\s*:\s*(?P<number>{NUMBER})\s+{_SPLIT_ITEM}(?:\s*,\s*{NUMBER}\s+{_SPLIT_ITEM})+",
                              re.IGNORECASE)
# « Les bénéficiaires se répartissent entre Errachidia (60), Ouarzazate (55) … et Midelt (35) »: places, each with
# its count in brackets.
_PLACE_COUNT = r"[A-ZÀ-Þ][^(),;.]{0,30}\(\s*\d[\d\s]*\)"
_PLACES_COUNTED = re.compile(r"\b(?:jeunes|bénéficiaires|apprenant(?:e)?s|stagiaires|étudiant(?:e)?s|élèves|"
                             r"participant(?:e)?s|femmes|filles|enfants)\b[^.:;]{0,40}\b(?:se\s+)?répart\w*\s+"
                             r"(?:entre|ainsi|comme\s+suit)\s*:?\s*[A-ZÀ-Þ][^(),;.]{0,30}\(\s*(?P<number>\d[\d\s]*?)\s*\)"
                             rf"(?:\s*,\s*{_PLACE_COUNT})*\s*,?\s+et\s+{_PLACE_COUNT}", re.IGNORECASE)
_BRACKETED = re.compile(r"\(\s*(\d[\d\s]*?)\s*\)")
_COHORT_BEFORE = re.compile(r"\b(?:promotion|cohorte)\s+de\s+(?:(?:plus de|près de|environ)\s+)?$", re.IGNORECASE)
# « sélectionnés parmi quelque 2 600 inscrits »: the pool chosen from, not the people trained.
_POOL_BEFORE = re.compile(r"\bparmi\s+(?:les\s+)?(?:quelque|près de|plus de|environ|pas moins de)?\s*$",
                          re.IGNORECASE)
# « un formateur pour quinze apprenants », « un ordinateur pour deux »: a ratio.
_RATIO_BEFORE = re.compile(r"\b(?:un|une|1)\s+(?:formateur|formatrice|encadrant|encadrante|enseignant|enseignante|"
                           r"mentor|coach|tuteur|tutrice|ordinateur|poste)\s+pour\s+$", re.IGNORECASE)
# « Sur 190 élèves qui s'étaient portés candidats, 32 ont été retenus »: those the people picked came from.
_POOL_OF_PICKED_BEFORE = re.compile(r"(?:^|[,;:]|\bet)\s*sur\s+(?:(?:quelque|près de|plus de|environ)\s+)?$",
                                    re.IGNORECASE)
_RATE_OF_IT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*\d+(?:[.,]\d+)?\s*%")
_PICKED_FROM_IT_AFTER = re.compile(rf"[^.;]{{0,90}}?,\s*(?:seuls?\s+|seulement\s+)?{NUMBER}\s+"
                                   rf"(?:[a-zà-ÿ][\w'’-]*\s+){{0,3}}?{_WERE}{_PICKED}", re.IGNORECASE)
# « une capacité de 300 à 400 étudiants », « 1 200 places »: what a place can hold, not people trained.
_CAPACITY_BEFORE = re.compile(
    r"\bcapacit[ée]s?\b[^.;]{0,40}$|"
    # (« À plein régime, le centre vise 1 500 bénéficiaires par an »: what it can do when full)
    r"\b(?:à\s+plein\s+régime|en\s+vitesse\s+de\s+croisière|à\s+pleine\s+capacité)\b[^.;]{0,40}$|"
    # « pourra accueillir jusqu'à 150 », « pourraient accueillir entre 60 et 80 », « pourra à terme accueillir 600 »,
    # « devrait pouvoir accueillir, à terme, de 600 à 800 », « dimensionné pour accueillir entre 500 et 800 »: what
    # the place can hold, however the number or the range is told
    # (« À plein régime, nous pourrons accueillir jusqu'à deux cents apprenants »: the speaker's « nous » too)
    # (« trois salles pouvant accueillir 100 apprenants », « susceptibles d'accueillir »: the same)
    r"\b(?:pourra|pourront|pourrait|pourraient|pourrons|pourrions|pourrez|peut|peuvent|pouvons|pouvoir|pouvait|pouvaient|"
    r"pouvant|susceptibles?\s+d['’]|"
    # (« le bâtiment a été aménagé pour accueillir 200 personnes »: the building, fitted out)
    r"(?:conçue?s?|prévue?s?|dimensionnée?s?|pensée?s?|aménagée?s?|équipée?s?)\s+pour|"
    r"(?:capables?|permet|permettent|permettra|permettront|permettrait|permettraient)\s+d['’])"
    # (« conçu pour recevoir jusqu'à 300 jeunes par an »: received, as much as welcomed)
    # (« La salle ne peut accueillir que 30 personnes »: at most)
    r"\s*,?\s*(?:à\s+terme\s*,?\s*)?(?:accueillir|recevoir)\s*,?\s*(?:à\s+terme\s*,?\s*|que\s+|qu['’]\s*)?"
    r"(?:jusqu['’]à\s+|au\s+maximum\s+|au\s+plus\s+|entre\s+(?:\d[\d\s.]*\s+et\s+)?|de\s+(?:\d[\d\s.]*\s+à\s+)?)?"
    r"(?:environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?$|"
    # « la structure pourra former jusqu'à 180 jeunes par an »: at most, what it can hold
    # (« alors que le centre pourra à terme former 500 personnes par an »: in time, what it can hold)
    r"\b(?:pourra|pourront|pourrait|pourraient|peut|peuvent)\s+(?:à\s+terme\s+)?(?:former|recevoir)\s+"
    r"(?:jusqu['’]à|au\s+maximum|au\s+plus)\s+$|"
    r"\b(?:pourra|pourront|pourrait|pourraient)\s+à\s+terme\s+former\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+)?$",
    re.IGNORECASE)
# « espèrent accueillir « jusqu'à 150 femmes par an » »: a yearly ceiling, what the place may hold some day.
_CEILING_BEFORE = re.compile(r"\bjusqu['’]à\s*[«\"“]?\s*$", re.IGNORECASE)
# « former 5 000 spécialistes en cybersécurité »: professions count as trainees after « former ».
_TRAINED_PROFESSIONS = re.compile(
    # (« Nous formerons 250 ingénieurs », « nous formons 40 techniciens »: any person of the verb)
    rf"\b(?:form(?:er|era|eront|erons|erez|erai|ons|ent|és|ées)|formation de)\s+"
    rf"(?:(?:plus de|près de|environ|au moins)\s+)?"
    rf"(?P<number>{NUMBER})\s+(?P<noun>spécialistes|techniciens|ingénieurs|experts|professionnels|profils|cadres|"
    r"administrateurs|analystes|data scientists)\b",
    re.IGNORECASE,
)
_JOBS = re.compile(
    # (« une quarantaine d'embauches », read « environ 40 d'embauches »: the noun after « de »)
    rf"(?P<number>{NUMBER})\s+(?:(?:nouveaux|nouvelles)\s+)?(?:(?<=\d\s)(?:de\s+|d['’]))?"
    # (« proposer au moins 20 contrats de travail aux lauréats », « 40 CDI »: jobs, as contracts)
    # (« les 290 promesses d'embauche signées sur place »: hires pledged)
    r"(?P<noun>emplois|postes|recrutements|embauches|contrats\s+de\s+travail|contrats\s+à\s+durée\s+indéterminée|CDI|"
    r"opportunités d['’]emplois?|promesses\s+d['’]embauche)\b"
    # « vingt postes informatiques », « postes de travail »: computers and desks, not jobs; « 300 postes
    # ouverts », « vacants », « à pourvoir »: a trade's vacancies, not jobs the initiative brings.
    # (« 40 postes pour 85 inscrits »: machines shared by the people enrolled)
    # (« un chantier qui doit mobiliser 300 emplois saisonniers »: the works' seasonal hands)
    r"(?!\s+(?:de\s+travail|informatiques?|équipés|d['’]ordinateurs?|ouverts|vacants|à\s+pourvoir|non\s+pourvus|"
    r"saisonniers|temporaires|"
    r"pour\s+\d[\d\s]*\s*(?:inscrit|étudiant|élève|apprenant|stagiaire|participant|bénéficiaire)))"
    r"(?P<kind>(?:\s+(?:directs?|indirects?|permanents?|qualifiés?|stables?))*)",
    re.IGNORECASE,
)
_ROOM_BEFORE = re.compile(r"\b(?:salles?|classes?|laboratoires?|labo|camion|bus)(?:\s+[\w'’-]+){0,2}?\s+"
                          # (« équipé d'une vingtaine de postes », read « équipé d'environ 20 de postes »)
                          r"(?:de|d['’]|avec|équipée?s?\s+de)\s*$|\béquipée?s?\s+(?:de|d['’])\s*"
                          r"(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$|"
                          # « La salle de travaux pratiques, équipée par Huawei, compte quarante postes »
                          r"\b(?:salles?|laboratoires?|labo|atelier)\b[^.;]{0,60}?\b(?:compte|comptera|dispose\s+de|"
                          r"offre|abrite)\s+(?:(?:plus de|près de|environ)\s+)?$|"
                          # (« Le centre dispose de 150 postes, mais l'équipe a voulu une première année maîtrisée »)
                          r"\b(?:dispose|disposent|disposera|disposeront)\s+(?:de|d['’])\s*"
                          r"(?:(?:plus de|près de|environ|quelque)\s+)?$", re.IGNORECASE)
# « 250 emplois directs sont attendus de l'ensemble du pôle »: a larger whole's jobs, said after the figure.
# (« 2 000 emplois qualifiés dans l'ensemble du secteur »: a whole trade's)
# (« 700 recrutements dans le Royaume en 2026, tous sites confondus », « 400 recrutements …, toutes villes
# confondues »: the company's hiring everywhere, not the initiative's)
_WHOLES_JOBS_AFTER = re.compile(r"[^.;]{0,60}?\b(?:de|pour|sur|dans)\s+l['’]ensemble\s+d[eu]s?\b|"
                                r"[^.;]{0,60}?\b(?:tous\s+(?:sites|métiers|profils|pôles)|toutes\s+(?:villes|activités|"
                                r"filiales|entités|filières|fonctions|directions))\s+confondu(?:e)?s\b", re.IGNORECASE)
# (« sa première promotion, qui compte 80 jeunes », « la cohorte, forte de 60 élèves »: a clause may come between)
# (« la première promotion, qui démarre en avril, comptera 45 porteurs de projets »: a clause may come between)
# (« La première session concerne 45 femmes »: an edition's first group, as a promotion is)
_PROMOTION_BEFORE = re.compile(r"\b(?:promotion|cohorte|(?:première|1re|nouvelle)\s+session)s?\b"
                               r"(?:[^,;.]{0,35}|\s*,\s*(?:qui\s+compte|forte\s+de|"
                               r"composée\s+de|riche\s+de)(?:\s+(?:plus de|près de|environ))?\s*|"
                               # (« la première promotion, attendue en février, réunira 160 apprenants »)
                               r"\s*,\s*(?:qui\s)?[^,;.]{3,40},\s*(?:comptera|compte|accueillera|réunira|réunit)\s+"
                               r"(?:(?:plus de|près de|environ)\s+)?)$", re.IGNORECASE)
_PLUPERFECT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:avaient|avait)\s+", re.IGNORECASE)
# « Aucun objectif d'emplois n'a été fixé … où 1 500 emplois sont annoncés »: others' jobs; this one promises none.
# (« Aucun engagement de recrutement n'a été pris à ce stade », « ne repose sur aucune promesse d'embauche »)
_NO_JOBS_GOAL = re.compile(r"\b(?:aucun|aucune)\s+(?:objectif|engagement|chiffre|promesse)\s+(?:chiffré\s+)?"
                           r"(?:d['’](?:emplois?|embauches?)|de\s+recrutements?)\b|"
                           r"\bpas\s+d['’]objectif\s+d['’]emplois?\b", re.IGNORECASE)
# « Aucun objectif d'emplois n'a été fixé pour cette promotion », said apart: the article's own initiative
# promises none, whatever other figures it recalls (not « …, à la différence du précédent programme »).
_SET_AGAINST = re.compile(r"\b(?:contrairement|à\s+la\s+différence|précédente?s?|à\s+l['’]époque)\b", re.IGNORECASE)
# « Certains élus parlent pourtant de 500 emplois »: talk reported, not a promise.
# (« Le wali a évoqué les 40 000 emplois que génère le secteur »: another's figure, recalled)
# (« …, évoquant « plus de 2 000 postes » que les projets d'offshoring pourraient créer »: a speaker's figure)
_HEARSAY_BEFORE = re.compile(r"\b(?:parlent|parle|parlé|parlant|évoquent|évoque|évoqué|évoquant|avancent|avançant)\s+"
                             r"(?:\w+\s+)?"
                             r"(?:(?:de|d['’]|les)\s*[«“\"]?|[«“\"])\s*(?:(?:plus de|près de|quelque)\s+)?$|"
                             # (« Au conseil régional, on aime citer le chiffre de 7 500 emplois »)
                             r"\b(?:cite|citent|citer)\s+(?:volontiers\s+)?le\s+chiffre\s+de\s*$",
                             re.IGNORECASE)
# « Une session pilote, organisée l'an passé, avait permis de former une vingtaine »: told in the pluperfect, before.
_PLUPERFECT_BEFORE = re.compile(r"\b(?:avait|avaient)\s+(?:\w+\s+){0,2}?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|u|us)\b"
                                r"[^.;]{0,60}$", re.IGNORECASE)
# « deux salles, quarante postes, une connexion par fibre »: workstations, said with the room's equipment.
_EQUIPMENT = re.compile(r"\b(?:équipements?|matériel|imprimantes?|connexion|fibre|ordinateurs?|tablettes?|salles?|"
                        r"écrans?|wi-?fi)\b", re.IGNORECASE)
# « Le camion-atelier ne compte que 24 postes », « un atelier de fabrication numérique de 30 postes »: a place's
# workstations, when nothing in the sentence speaks of hiring.
# (« Les locaux ont été aménagés pour 150 postes »)
_WORKPLACE = re.compile(r"\b(?:salles?|ateliers?|camion(?:-atelier)?s?|bus|laboratoires?|labos?|fab\s?labs?|"
                        r"espaces?|classes?|unités?\s+mobiles?|locaux|bâtiments?|plateaux?)\b", re.IGNORECASE)
_HIRING = re.compile(r"\b(?:emplois?|recrut\w*|embauch\w*|CDI|CDD|pourvoir|salariés?|créer|créera|création)\b",
                     re.IGNORECASE)
# « un partenaire qui s'engageait à recruter 40 lauréats », « Le camp avait annoncé « 100 emplois garantis » »: a
# promise of before (a partner gone, an earlier edition), told in the imperfect or the pluperfect.
_PAST_PROMISE_BEFORE = re.compile(r"\b(?:s['’]engageai(?:t|ent)|s['’]étai(?:t|ent)\s+engagée?s?|promettai(?:t|ent)|"
                                  r"prévoyai(?:t|ent)|annonçai(?:t|ent)|(?:avait|avaient)\s+(?:\w+\s+)?(?:annoncé|promis|"
                                  r"prévu|garanti))\b[^.;]{0,60}$", re.IGNORECASE)
# « le projet a déjà créé 14 emplois directs »: jobs the initiative itself has made so far.
_CREATED_SO_FAR_BEFORE = re.compile(r"\b(?:le\s+projet|l['’]école|le\s+centre|l['’]académie|le\s+programme|"
                                    r"l['’]initiative)\s+(?:a|ont)\s+déjà\s+(?:créé|généré|permis\s+de\s+créer)\s+$",
                                    re.IGNORECASE)
# The sentence says its figure belongs to something else than the article's initiative.
# (« Je rappelle à nos auditeurs qu'on vous parlait ici même de l'école X, qui accueille 300 apprenants »: another
# story the programme told)
_UNRELATED = re.compile(r"\bsans (?:aucun )?(?:lien|rapport)(?: direct)? avec\b|\bn['’]a (?:rien|aucun lien) à voir\b|"
                        r"\b(?:on\s+vous\s+(?:parlait|a\s+parlé)|nous\s+vous\s+(?:parlions|avons\s+parlé)|"
                        r"nous\s+évoquions|on\s+évoquait)\b|"
                        r"\bindépendamment d[eu]|"
                        # (« Les projets d'hydrogène, qui totalisent 30 000 emplois, ne dépendent pas de l'institut »)
                        r"\bne\s+dépend(?:ent|ront)?\s+pas\s+d[eu]\b", re.IGNORECASE)
_RECRUITS = re.compile(
    # (« l'académie emploiera à terme 60 personnes »: the jobs it brings itself)
    # (« une coopérative qui doit employer 25 lauréates »: the infinitive follows a promise's modal)
    # (« s'engage à recruter ou placer chez ses sous-traitants 60 lauréats »: hired there or placed)
    r"\b(?:(?:recruter|placer|embaucher)\s+ou\s+(?:placer|recruter|embaucher)(?:\s+chez\s+[^,;.]{1,40}?)?(?=\s)|"
    # (« nous recruterons au moins 110 apprenants en CDI »: the speaker's company, in the first person)
    r"recrutement|recruter|recrutera|recruteront|recruterons|recrutons|embauche|embaucher|embauchera|embaucherons|"
    r"embauchons|création|créer|créera|emploiera|"
    r"(?:(?<=doit\s)|(?<=doivent\s)|(?<=devra\s)|(?<=devront\s)|(?<=va\s)|(?<=vont\s)|(?<=pour\s))employer|"
    # (« recruter en CDI au moins 50 lauréats », « recrutera progressivement 40 développeurs »: how they are hired)
    # (« recruter en contrat à durée indéterminée « au moins 150 lauréats » »: the contract spelt out, the pledge
    # quoted)
    # (« Il recrutera lui-même 45 enseignants-chercheurs, ingénieurs et techniciens »: its own staff)
    r"emploieront)\s+(?:(?:à\s+terme|au\s+total|en\s+tout|ensemble|lui-même|elle-même|eux-mêmes|elles-mêmes|"
    r"en\s+CDI|en\s+CDD|en\s+contrat\s+à\s+durée\s+"
    r"(?:in)?déterminée|[\w-]+ment)\s+)?[«“\"]?\s*"
    rf"(?:de\s+|d['’])?(?:(?:plus de|près de|au moins|au minimum)\s+)?(?P<number>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?P<noun>ingénieurs|techniciens|développeurs|profils|personnes|collaborateurs|salariés|cadres|jeunes|talents|"
    r"agents|employés|informaticiens|consultants|lauréat(?:e)?s|diplômé(?:e)?s|"
    r"enseignant(?:e)?s(?:-chercheur(?:e|se)?s)?|chercheur(?:e|se)?s|"
    # (« s'engage à recruter 100 stagiaires pour l'ouverture de son centre »: the people it trains)
    r"stagiaires|apprenant(?:e)?s|bénéficiaires|participant(?:e)?s)\b",
    re.IGNORECASE,
)
# « nous recruterons au moins 80 % de la promotion », « s'engage à embaucher 70 % des lauréats »: a share of the
# people trained, counted when the article gives their number.
_SHARE_HIRED = re.compile(r"\b(?:recrut|embauch)\w*\s+(?:(?:en\s+CDI|en\s+CDD)\s+)?"
                          r"(?:(?:au\s+moins|plus\s+de|près\s+de)\s+)?(?:(?P<percent>\d{1,3})\s*%\s+(?:de\s+la\s+"
                          r"(?:promotion|cohorte)|des\s+(?:lauréat(?:e)?s|apprenant(?:e)?s|stagiaires|bénéficiaires|"
                          r"participant(?:e)?s|diplômé(?:e)?s|alternant(?:e)?s)|d['’]entre\s+(?:eux|elles))|"
                          # « au moins trois alternants sur quatre »: a share told as a fraction
                          r"(?P<part>\d)\s+(?:lauréat|apprenant|stagiaire|bénéficiaire|participant|diplômé|alternant)"
                          r"(?:e)?s?\s+sur\s+(?P<whole>\d{1,2}))\b", re.IGNORECASE)
# « s'engage à proposer un contrat à durée indéterminée à au moins 50 des 64 apprenants »: a job offered to each.
# (« Nous garantissons un CDI à 120 lauréats », « offrira un emploi à 40 d'entre eux »)
_CONTRACT_OFFERED = re.compile(rf"\b(?:propos|garanti|offr|assur)\w*\s+(?:un\s+)?(?:contrat\s+(?:à\s+durée\s+"
                               rf"(?:in)?déterminée|de\s+travail)|CDI|CDD|emploi|poste)\s+(?:à|aux?)\s+(?:(?:au\s+moins|plus\s+de|près\s+de|"
                               rf"au\s+minimum)\s+)?(?P<number>{NUMBER})\b", re.IGNORECASE)
# « un projet d'ammoniac vert : 15,6 milliards de dirhams et 1 400 emplois »: jobs told with billions invested.
_BILLIONS_AND_JOBS_BEFORE = re.compile(r"\bmilliards?\s+(?:de\s+dirhams|DH|MAD)?[^.;\d]{0,15}?\b(?:et|pour|avec)\s+"
                                       r"(?:à\s+terme\s*,?\s*|près\s+de\s+|plus\s+de\s+)?$", re.IGNORECASE)
# « 300 d'entre eux se verront proposer un contrat à durée indéterminée »: the contract offered, the number first.
_OFFERED_TO_THEM = re.compile(rf"(?P<number>{NUMBER})\s+(?:d['’]entre\s+(?:eux|elles)|lauréate?s|apprenante?s|"
                              r"stagiaires|diplômée?s)\s+(?:se\s+verront|seront|vont\s+se\s+voir)\s+(?:proposer|offrir)\s+"
                              r"(?:un\s+|une\s+)?(?:contrat|CDI|CDD|emploi|poste|embauche)\b", re.IGNORECASE)
# « ont signé des promesses d'embauche pour 100 lauréats de cette cohorte »: a hiring pledge for so many.
_HIRING_PROMISED = re.compile(rf"\b(?:promesses?|engagements?)\s+(?:écrite?s?\s+)?d['’]"
                              rf"(?:embauche|emploi|recrutement)s?\s+(?:pour|concernant|à)\s+(?:(?:au\s+moins|plus\s+de|près\s+de|au\s+minimum)\s+)?"
                              rf"(?P<number>{NUMBER})\b", re.IGNORECASE)
# « L'ANAPEC s'est engagée à placer au moins 80 bénéficiaires dans des emplois »: jobs found for them.
# (« le programme prévoit l'insertion de 90 lauréats dans des entreprises de la filière »: placements, as a noun)
_PLACES_IN_JOBS = re.compile(rf"\b(?:placer|placera|placeront|insérer|insérera|insèreront|"
                             r"(?:l['’])?insertion\s+(?:professionnelle\s+)?(?:de|d['’]))\s*"
                             rf"(?:(?:plus de|près de|au moins)\s+)?(?P<number>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
                             # (« placer quarante lauréats dans des entreprises de la région »: hired there)
                             r"(?:dans\s+(?:des|un)\s+emplois?|en\s+emploi|sur\s+le\s+marché\s+du\s+travail|"
                             r"dans\s+(?:des|les|une)\s+(?:entreprises?|sociétés?|emplois?)|"
                             # (« placer au moins 150 lauréats dans son réseau d'entreprises »)
                             r"dans\s+(?:son|leur|notre|le)\s+réseau\s+d['’](?:entreprises|employeurs))",
                             re.IGNORECASE)
# « Douze entreprises de la zone franche se sont engagées à recruter 300 lauréats »: where the employers stand, not
# a larger whole whose jobs these would be.
_HIRERS_SITE = re.compile(r"\b(?:entreprises?|sociétés?|industriels?|employeurs?|firmes?|usines?|opérateurs?)\b"
                          r"[^,;.]{0,30}?\b(?:de|des|du|d['’]|dans|sur)\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?"
                          r"(?:zones?|technop\w+|parcs?|pôles?|plateformes?)\b(?:\s+[\w'’-]+){0,2}", re.IGNORECASE)
# « L'académie elle-même doit déboucher sur 200 embauches »: the initiative's own figure, set apart from a whole's.
_ITSELF_BEFORE = re.compile(r"\b(?:elle|lui|eux|elles)-mêmes?\b", re.IGNORECASE)
# « recrutera 150 d'entre eux », « en recrutera 150 »: jobs for some of the people trained.
_RECRUITS_AMONG = re.compile(
    # (« nous nous engageons à recruter en CDI au moins 40 d'entre eux »)
    # (« nous recruterons en CDI au moins 60 d'entre eux », « nous en embaucherons 60 »: the speaker's company)
    # (« recrutera, à l'issue du programme, 7 des 24 étudiants »: an aside between)
    r"\b(?:(?:recruter|recrutera|recruteront|recruterons|embaucher|embauchera|embaucheront|embaucherons)"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:en\s+(?:CDI|CDD)\s+)?(?:(?:plus de|près de|au moins)\s+)?"
    # (« s'engage à recruter au moins 25 des 40 juniors en CDI »: so many of so many)
    rf"(?P<number>{NUMBER})(?=\s+(?:d['’]entre (?:eux|elles)|parmi (?:eux|elles|les lauréats|les bénéficiaires)|"
    r"des\s+\d[\d\s]*\s+[a-zà-ÿ]+))"
    r"|\ben\s+(?:recrutera|recruteront|recruterons|embauchera|embaucheront|embaucherons)\s+"
    r"(?:(?:plus de|près de|au moins)\s+)?"
    rf"(?P<count>{NUMBER}))",
    re.IGNORECASE,
)
# « qui revendique 40 000 emplois industriels », « la zone emploie déjà 12 000 personnes »: a workforce that exists.
_EXISTING_JOBS_BEFORE = re.compile(r"\b(?:revendique|revendiquent|compte|comptent|emploie|emploient|totalise|"
                                   r"totalisent)\s+(?:déjà\s+|aujourd['’]hui\s+)?(?:(?:plus|près)\s+de\s+|quelque\s+|"
                                   r"environ\s+)?$", re.IGNORECASE)
# « 85 jeunes formés en six mois. 31 déjà embauchés, 19 en stage »: a brief's count of those hired, said tersely.
_HIRED_ALREADY = re.compile(rf"(?<![\d,.])(?P<number>{NUMBER})\s+(?:sont\s+|ont\s+été\s+)?déjà\s+"
                            r"(?:embauchée?s|recrutée?s)\b", re.IGNORECASE)
# « des entreprises de la place ont déjà recruté 45 lauréats de la promotion »: the people trained, hired so far.
_HAVE_HIRED = re.compile(r"\b(?:a|ont|avait|avaient)\s+déjà\s+(?:recruté|embauché)\s+"
                         rf"(?:(?:plus de|près de|au moins)\s+)?(?P<number>{NUMBER})\s+(?:de\s+(?:ses|leurs|nos)\s+)?"
                         r"(?:lauréat(?:e)?s|diplômé(?:e)?s|"
                         r"apprenant(?:e)?s|stagiaires|bénéficiaires)\b", re.IGNORECASE)
# « 35 d'entre eux rejoignent nos équipes en CDI », « 20 lauréats seront embauchés »: trainees hired.
_HIRED_AMONG = re.compile(
    # (« Au moins 150 des premiers lauréats seront recrutés »)
    # (« au moins 45 des 60 participants seront recrutés en CDI »: so many of so many)
    # (« Sur les 71 diplômés de cette promotion, 33 ont déjà signé un contrat de travail »: the noun said before)
    rf"\b(?P<number>{NUMBER})\s+(?:(?=ont\s+(?:déjà\s+)?(?:signé|décroché)\b)|d['’]entre\s+(?:eux|elles)|"
    r"(?:des\s+(?:premiers|premières)\s+)?"
    r"(?:lauréat(?:e)?s|diplômé(?:e)?s|stagiaires)|des\s+\d+\s+(?:lauréat(?:e)?s|diplômé(?:e)?s|stagiaires|"
    r"participant(?:e)?s|apprenant(?:e)?s|bénéficiaires|jeunes|ingénieurs))\s*"
    # (« 31 des 48 lauréats ont déjà été recrutés, en CDI ou en CDD »)
    r"(?:(?:rejoignent|rejoindront|intègrent|intégreront|(?:sont|seront|ont\s+(?:déjà\s+)?été)\s+(?:déjà\s+)?"
    r"(?:recrutée?s|embauchée?s))\b"
    # (« 15 lauréats seront recrutés chez nous à l'issue de la formation »: hired by the speaker's company, after it)
    r"(?=[^.;]{0,80}?\b(?:CDI|CDD|équipes?|contrats?|emplois?|postes?|recrutée?s|embauchée?s)\b|"
    # (« 12 lauréats ont déjà été recrutés par des entreprises de Safi »: hired by employers)
    r"\s+(?:directement\s+)?(?:chez\s+\w|à\s+l['’]issue\s+d[eu]\s|par\s+(?:des|les|une?|l['’])\s*"
    r"(?:entreprises?|sociétés?|employeurs?|opérateurs?)\b))|"
    # (« Au moins 70 d'entre eux signeront un contrat à durée indéterminée chez nous »)
    # (« 61 d'entre eux ont déjà signé un contrat de travail »: this promotion's graduates, hired)
    # (« 22 lauréats avaient déjà signé un contrat de travail », told at the ceremony)
    r"(?:signeront|(?:ont|avaient)\s+(?:déjà\s+)?signé|(?:ont|avaient)\s+(?:déjà\s+)?décroché)\s+(?:un\s+)?"
    r"(?:contrat\s+(?:de\s+travail|"
    r"à\s+durée\s+indéterminée)|CDI|emploi)\b)",
    re.IGNORECASE,
)
_APPROX = re.compile(r"\b(plus de|près de|environ|quelque|au moins|jusqu['’]à|pr[èe]s d['’])\s*$", re.IGNORECASE)
# A figure about another period or about the population, not about this announcement
# (« Jusqu'ici, les jeunes devaient partir à Guelmim, où le campus accueille 1.300 stagiaires »).
_PAST = re.compile(SINCE_LONG_AGO + r"|\bjusqu['’](ici|à présent|alors)\b|"
                   r"l['’]an(née)? (dernier|dernière|passé|passée)|au cours des dernières|"
                   # (« Après avoir formé 45 jeunes la saison dernière »: a season or an edition gone by)
                   r"\b(?:la\s+)?saison\s+(?:dernière|passée|précédente)|l['’]édition\s+(?:dernière|passée|précédente)|"
                   # (« À l'époque, les promoteurs avaient annoncé « 250 emplois garantis » »: a promise of before)
                   r"\bà\s+l['’]époque\b|"
                   # (« La Digital Maroc School, ouverte il y a quelques années, a accueilli sa première promotion de
                   # 60 jeunes »: the first cohort of a school opened years ago)
                   r"\b(?:ouverte?s?|créée?s?|lancée?s?|fondée?s?)\s+il\s+y\s+a\s+[\w-]+\s+(?:ans|années)\b[^.;]{0,80}"
                   r"\b(?:sa|la|leur)\s+première\s+(?:promotion|cohorte)\b|"
                   # (« Les magistrats relèvent l'écart entre les 400 jeunes annoncés et les 212 certifiés »: an
                   # audit's findings, on what was done before)
                   r"\b(?:magistrats|Cour\s+(?:régionale\s+)?des\s+comptes|auditeurs)\b",
                   re.IGNORECASE)
# « a déjà formé 200 jeunes »: done, in the figure's own clause (not « 35 rejoignent nos équipes, les autres ont
# déjà des pistes »)
_ALREADY = re.compile(r"\b(?:ont|a)\s+déjà\b", re.IGNORECASE)
# (« 64 apprenants, loin des 120 jeunes annoncés en 2024 », « au lieu des 120 promis »: set against a promise)
_VERSUS = re.compile(r"\b(?:contre|par rapport à|comparé(?:e)?s? à|soit plus que|loin\s+des?|au\s+lieu\s+des?)\b",
                     re.IGNORECASE)
# (« plus de 6 000 jeunes sans emploi ni formation »: the province's young out of work and training, not the people
# trained; « 120 jeunes sans emploi seront formés » are)
_POPULATION = re.compile(r"habitants|que compte|population|recensement|inscrits au chômage|"
                         r"sans\s+emploi\s+ni\s+formation|ni\s+en\s+emploi\s+ni\s+en\s+formation|NEET",
                         re.IGNORECASE)
# « Rien qu'à l'agence de Tétouan, plus de 2 400 jeunes sans activité sont inscrits », « inscrits à l'ANAPEC »: an
# employment agency's files, not a cohort.
_AGENCY_POOL = re.compile(r"\bagence\b[^.;]{0,80}?\b(?:sans\s+(?:activité|emploi)|chômeurs?)\b[^.;]{0,30}?"
                          r"\binscrits?\b|\binscrite?s\s+(?:à|auprès\s+de)\s+l['’]\s*(?:ANAPEC|agence)\b",
                          re.IGNORECASE)
# « 38 000 étudiants sont inscrits dans les établissements d'enseignement supérieur de la région »: the students a
# region or country has, not the people this initiative trains.
_ENROLLED_THERE_AFTER = re.compile(r"[^.;]{0,30}?\binscrite?s\s+(?:dans|à)\s+"
                                   r"(?:les|l['’]ensemble\s+des|toutes\s+les)\s+(?:établissements|universités|facultés|écoles|lycées|collèges)\b[^.;]{0,60}?"
                                   r"\b(?:de\s+la|du|des)\s+(?:région|province|pays|royaume|villes?)\b", re.IGNORECASE)
# « La région compte environ 9 000 fonctionnaires communaux »: who lives or works there, not who is trained.
# (« La province compte un peu plus de 31 000 élèves au total »: its pupils, not those the initiative takes)
_LIVES_THERE_BEFORE = re.compile(r"\b(?:la|cette|notre)\s+(?:région|province|préfecture|ville|commune)\s+"
                                 r"(?:compte(?:rait)?|scolarise|recense|totalise)\s+(?:un\s+peu\s+)?"
                                 r"(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$|"
                                 r"\b(?:le\s+pays|le\s+Maroc|le\s+royaume)\s+compte(?:rait)?\s+"
                                 r"(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$", re.IGNORECASE)
# « une centaine de personnes se sont retrouvées … pour le lancement », « 620 personnes ont passé les entretiens »:
# an audience, or candidates, not the people trained.
# « la commission a approuvé 41 projets représentant 6,8 milliards de dirhams et 2 900 emplois »: a tally of projects.
_PROJECTS_TALLY_BEFORE = re.compile(r"\b\d[\d\s]*\s+(?:projets|dossiers)\b(?:\s+d['’]investissement)?[^.;]{0,100}$",
                                    re.IGNORECASE)
# « 420 candidats admis à la « piscine », quatre semaines d'immersion »: a stage of the selection, before the people
# finally admitted.
_SELECTION_STAGE_AFTER = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:ont\s+été\s+)?(?:admis|convoqués|retenus|sélectionnés)\s+"
                                    r"(?:à|au|aux|pour)\s+(?:la\s+|le\s+|les\s+)?[«“\"]?\s*(?:piscine|tests?|"
                                    r"entretiens?|présélection|phase\s+de\s+sélection|épreuves?)\b", re.IGNORECASE)
# (« la formation des vingt-quatre enseignants encadrants »: the staff who will teach, not the people taught)
_NOT_TRAINED_AFTER = re.compile(r"(?<=enseignants)\s+(?:encadrants|formateurs|accompagnateurs|tuteurs)\b|"
                                # (« Ils étaient environ 1 200 visiteurs », « 400 invités »: an event's audience)
                                r"\s+(?:visiteurs|visiteuses|spectateurs|spectatrices|invités|invitées|curieux|convives|"
                                r"supporters)\b|"
                                # (« 3 400 jeunes s'étaient portés candidats »: applicants, not the people admitted)
                                r"\s+(?:s['’](?:étaient|était|sont)|se\s+sont)\s+portée?s\s+candidate?s\b|"
                                r"\s+(?:ont|avaient)\s+(?:postulé|candidaté)\b|"

                                # (« 1 400 jeunes s'étaient pourtant présentés aux tests d'admission »)
                                r"\s+(?:s['’](?:étaient|était|sont)|se\s+sont)\s+(?:\w+\s+)?présentée?s\s+(?:aux|à\s+la|au)\s+"
                                r"(?:tests?|épreuves?|sélection|concours|entretiens?)\b|"
                                # (« 310 jeunes ont passé les semaines de sélection, et nous en avons retenu 90 »)
                                r"\s+(?:ont|avaient)\s+passé\s+(?:les|la|le|l['’])\s*[^.;]{0,40}?\b(?:sélection|tests?|"
                                r"épreuves?|entretiens?|concours|piscine)\b|"
                                # (« 17 lauréats de l'École numérique décrochent un contrat »: the hired, counted as
                                # jobs, not the people trained)
                                r"[^.;,]{0,50}?\s(?:décrochent|décroché|obtiennent|signent|ont\s+(?:décroché|obtenu|"
                                r"signé|trouvé))\s+(?:un|leur|leurs|des)\s+(?:contrats?|emplois?|CDI|CDD|postes?)\b|"
                                # (« 3 100 jeunes de la région ont déposé leur candidature »)
                                r"[^.;,]{0,30}?\s(?:ont|avaient)\s+déposé\s+(?:leur|un|une)\s+(?:candidature|dossier)s?\b|"
                                # (« 420 étudiants ont rempli le formulaire d'adhésion en ligne »: sign-ups)
                                r"[^.;,]{0,30}?\s(?:ont|avaient)\s+(?:rempli|envoyé|soumis|renseigné)\s+(?:le|leur|un)s?\s+"
                                r"(?:formulaires?|dossiers?|fiches?)\b|"
                                # (« 3 240 jeunes se sont inscrits sur la plateforme de candidature »: applicants)
                                # (« 1 400 femmes se sont déjà inscrites auprès des animatrices »: sign-ups too)
                                r"\s+(?:se\s+sont|s['’]étaient)\s+(?:déjà\s+)?inscrite?s\s+(?:sur\s+la\s+plateforme|"
                                r"en\s+ligne|au\s+concours|aux\s+(?:tests|épreuves|sélections)|auprès)\b|"
                                # (« 2 000 étudiants ont manifesté leur intérêt »: the interested, a pool)
                                r"[^.;,]{0,30}?\s(?:ont|avaient)\s+(?:manifesté|exprimé|signalé)\s+(?:leur|un)\s+"
                                r"(?:vif\s+|grand\s+)?intérêt\b|"
                                r"[^.;,]{0,30}?\b(?:se\s+sont\s+retrouvée?s|ont\s+assisté|ont\s+pris\s+part|"
                                r"étaient\s+présente?s|ont\s+répondu\s+présent|ont\s+passé\s+(?:les|des|l['’])\s*"
                                r"(?:tests?|entretiens?|épreuves?|examens?|piscines?))", re.IGNORECASE)
# « la promotion de deuxième année (156 apprenants) », « 156 en deuxième année »: an earlier intake, still studying.
_UPPER_YEAR = r"(?:deuxième|seconde|troisième|2e|3e|2ème|3ème)\s+année\b"
_UPPER_YEAR_BEFORE = re.compile(rf"\b(?:promotions?|apprenant(?:e)?s|étudiant(?:e)?s|élèves|stagiaires)\s+(?:de|en)\s+"
                                rf"{_UPPER_YEAR}[^.;:]{{0,15}}$", re.IGNORECASE)
_UPPER_YEAR_AFTER = re.compile(rf"^[^.;:]{{0,20}}?\ben\s+{_UPPER_YEAR}", re.IGNORECASE)
# « Elle revendique aujourd'hui plus de 40 000 étudiants formés »: an organisation's tally so far.
# (« Promise pour 250 jeunes, la première promotion n'en compte que 112 »: what was promised, since set right)
_CLAIMED_BEFORE = re.compile(r"\b(?:revendique|revendiquent|revendiquait|se\s+targue|se\s+prévaut)\b[^.;]{0,30}$|"
                             r"\bpromise?s?\s+pour\s+(?:(?:plus de|près de|environ)\s+)?$", re.IGNORECASE)
# A paragraph giving the census or the unemployment rate sets the scene: its figures are the land's, not the
# initiative's (« L'Université Moulay Ismaïl accueille à elle seule plus de 70 000 étudiants »).
_SCENE = re.compile(r"\bhabitants\b|\brecensement\b|\btaux\s+de\s+chômage\b", re.IGNORECASE)
# « l'entreprise, qui emploie déjà 2 500 personnes »: its staff, not people to train (nor « l'université met à
# disposition douze enseignants »: staff lent).
# (« Nous employons aujourd'hui 1 100 personnes »: the speaker's company, in the first person too)
# « qui dit avoir interrogé une trentaine d'apprenants et de parents »: the people a survey asked, not a count.
_ASKED_PEOPLE_BEFORE = re.compile(r"\b(?:interrog|sond|consult|rencontr)(?:é|ée|és|ées|er|ant)\s+(?:une?\s+|les\s+)?"
                                  r"(?:(?:plus de|près de|environ|quelque)\s+)?$", re.IGNORECASE)
_STAFF_BEFORE = re.compile(r"\b(emploie|emploient|emploiera|emploieront|employ(?:ons|ez|ait|aient|ions|iez|ant)|"
                           r"effectifs?\s+de|salarie|salarient|met\s+à\s+(?:la\s+)?disposition|"
                           r"mettent\s+à\s+(?:la\s+)?disposition|"
                           # (« l'ENSA, qui a mobilisé 12 enseignants », « les cours sont assurés par six enseignants »:
                           # staff put on the course, not its people)
                           r"mobilis(?:e|ent|é|era)|détach(?:e|ent|é|era)|"
                           r"(?:assurée?s?|dispensée?s?|encadrée?s?|animée?s?|donnée?s?)\s+par)\b"
                           r"[^,;.]{0,20}$|"
                           # « elle dirigeait une agence et une équipe de vingt-cinq personnes »: staff led
                           r"\b(?:une|son|sa|leur|notre|mon|ma)\s+équipe\s+de\s+(?:plus\s+de\s+|près\s+de\s+)?$|"
                           # « la filière fait vivre, selon les coopératives, près de 20 000 femmes »: a livelihood
                           r"\b(?:fait|font|faisant)\s+(?:vivre|travailler)\b[^.;]{0,40}$", re.IGNORECASE)
# « l'ISTA de Dakhla, qui accueille par ailleurs 1 900 stagiaires », « L'ENSA forme aujourd'hui près de 1 300 élèves
# ingénieurs », « l'université, avec plus de 130 000 étudiants »: a school's whole roll, not this track's people.
_SCHOOL = (r"(?:université|faculté|ENSA|EST|ENCG|ENSAM|FST|ISTA|CMC|OFPPT|lycée|établissement|école|institut|"
           r"campus|cité\s+des\s+métiers)")
_WHOLE_SCHOOL_BEFORE = re.compile(
    rf"\b{_SCHOOL}\b[^.;]{{0,40}}?\b(?:(?:qui\s+)?(?:accueille|compte|scolarise|regroupe|forme)\s+(?:par\s+ailleurs|"
    r"aujourd['’]hui|déjà|chaque\s+année|au\s+total)|,\s*avec(?:\s+ses)?)\s+(?:(?:plus|près)\s+de\s+|quelque\s+|"
    r"environ\s+)?$|"
    # (« la faculté compte 16 000 étudiants au total », « L'Université X compte pour sa part près de 60 000
    # étudiants »: a university's or a faculty's roll, however told)
    # (« Notre faculté accueille près de 19 000 étudiants »: its roll, told by who runs it)
    r"\b(?:université|faculté)s?\b[^.;,]{0,60}?\b(?:compte|comptent|scolarise|scolarisent|regroupe|regroupent|"
    r"accueille|accueillent)"
    r"(?:\s+(?:pour\s+sa\s+part|aujourd['’]hui|déjà|désormais))?\s+(?:(?:plus|près)\s+de\s+|quelque\s+|environ\s+)?$",
    re.IGNORECASE)
# « deux promotions par an, soit 60 places »: a yearly sum of cohorts.
_YEARLY_SUM_BEFORE = re.compile(r"\b(?:par\s+an|par\s+année|chaque\s+année|annuellement)\b[^.;]{0,20}$",
                                re.IGNORECASE)
# « Le pôle digital et offshoring accueille 260 stagiaires » in a story on the whole school: one of its parts.
_PART_UNIT_BEFORE = re.compile(r"\b(?:le|la|ce|cette|son|sa)\s+(?:pôle|filière|section|département|option|"
                               r"spécialité)\b[^.;]{0,50}?\b(?:accueille|compte|regroupe|forme)\s+(?:(?:plus|près)\s+de\s+|"
                               r"quelque\s+|environ\s+)?$", re.IGNORECASE)
# (« le groupe forme chaque année quelque 20 000 jeunes à travers le pays dans ses différents programmes »: a body's
# whole activity)
# (« L'école compte 240 apprenants à Safi, toutes promotions confondues »)
_ALL_TRACKS_AFTER = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:toutes\s+filières\s+confondues|tous\s+cycles\s+"
                               r"confondus|toutes\s+formations\s+confondues)|"
                               # (not « une première promotion de 250 étudiants, toutes filières confondues »: one
                               # cohort of all tracks; every cohort is the school's whole roll)
                               r"(?:\s+[\w'’-]+(?:\s+[\w'’-]+)?)?,?\s+toutes\s+promotions\s+confondues|"
                               r"[^.;]{0,40}?\bdans\s+(?:l['’]ensemble\s+de\s+)?(?:ses|leurs)\s+(?:différents\s+|"
                               r"divers\s+)?(?:programmes|filières|formations|centres|écoles)\b", re.IGNORECASE)
# « un auditorium de 400 places », « une salle de conférences de 200 places »: a hall for events and shows.
_EVENT_ROOM_BEFORE = re.compile(r"\b(?:auditorium|salle\s+(?:de\s+conférences?|de\s+spectacles?|polyvalente|"
                                r"d['’]exposition|des\s+fêtes)|théâtre|cinéma|stade|gradins?|parking|mosquée)\s+"
                                r"(?:de|d['’]une\s+capacité\s+de|pouvant\s+accueillir|d['’]environ)\s+$", re.IGNORECASE)
# « notre amphi A ne contient que 180 places », « la salle compte 40 places »: a room's seats.
_SEATS_ROOM_BEFORE = re.compile(r"\b(?:amphis?|amphithéâtres?|salles?|locaux|local|bâtiment|espace|laboratoire|labo)\b"
                                r"[^.;]{0,40}$", re.IGNORECASE)
# Two figures in one sentence: the one the clause sets as a goal beats the one of a pilot or the past.
_GOAL_NEAR = re.compile(r"\b(vise|visera|visent|prévoit|former|formera|accueillera|accueillir|cible|ambitionne|"
                        r"objectif)\b[^,;.]{0,40}$", re.IGNORECASE)
_DONE_NEAR = re.compile(r"\b(pilote|a concerné|ont bénéficié|a bénéficié|a permis|avait|avaient|a déjà|"
                        r"ont déjà|"
                        r"a formé|ont été formés)\b[^;.]{0,40}$", re.IGNORECASE)
_FUTURE = re.compile(r"\b([a-zà-ÿ]\w*(?:era|ira|dra|eront|iront|dront)|sera|seront|aura|auront|fera|feront|"
                     r"pourra|pourront|permettra|permettront|mettra|mettront|"
                     r"devra|devront|vise|visent|prévoit|prévoient|"
                     # (« se sont engagées à recruter 30 lauréats d'ici l'été »: a promise for what is to come)
                     r"(?:s['’]engagen?t|se\s+sont\s+engagée?s|s['’]est\s+engagée?)\s+à)\b")
# « la stratégie Maroc Digital 2030, qui vise la création de 240.000 emplois »: the strategy's own targets.
# (« ce mémorandum s'inscrit dans le cadre de la généralisation du programme « JobInTech », qui ambitionne de former
# 15.000 jeunes »: the programme this agreement joins, and its own target)
_FRAMEWORK_BEFORE = re.compile(r"(?:\b(stratégie|vision|feuille de route|plan)\b|"
                               r"\bs['’]inscri(?:t|vent|vant)\s+dans\s+le\s+cadre\s+d[eu]\s+(?:la\s+[\w-]+\s+d[eu]\s+)?"
                               r"(?:programme|initiative|dispositif)\b)"
                               r"[^.;]{0,80}\bqui\s+(vise|visent|prévoit|"
                               r"ambitionne|table|porte|fixe)\b(?:[^.;]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)
# « l'objectif de vingt mille talents formés à l'échelle du pays »: the country's, said after the figure.
# (Not « dans tout le pays »: a country-wide programme's own reach, « vise 40 000 jeunes dans tout le pays ».)
# (« 100 000 collégiens dans l'ensemble du Royaume »)
_COUNTRY_AFTER = re.compile(rf"[^.;,]{{0,30}}?\b(?:{scopes.NATIONWIDE}|à\s+l['’]échelle\s+du\s+royaume|"
                            r"(?:dans|sur)\s+l['’]ensemble\s+du\s+(?:royaume|pays|maroc|territoire)|"
                            # (« environ 40 000 jeunes inscrits sur l'ensemble du territoire »: the network's)
                            r"sur\s+tout\s+le\s+territoire)\b",
                            re.IGNORECASE)
# « Le Maroc s'est fixé l'objectif de former 50 000 jeunes »: the country's target, not this action's.
_COUNTRY_GOAL_BEFORE = re.compile(
    r"\b(?:objectifs?\s+nationa(?:l|ux)\b[^.;]{0,30}$|ambitions?\s+nationales?\b[^.;]{0,30}$)|"
    # (« La stratégie X, elle, fixe un cap national : 100 000 jeunes formés par an … et 240 000 emplois »)
    r"\bcap\s+national\b[^.;]{0,120}$|"
    # (« l'objectif affiché par l'État — former 100 000 talents »: the objective named before the State)
    r"\bobjectifs?\b[^.;:]{0,40}\bl['’]état\b(?:[^.;:]|(?<=\d)\.(?=\d))*$|"
    # (« Le programme national vise quelque 40 000 jeunes dans tout le pays », in a story on one of its cohorts; not
    # « Le programme national « Génération Cyber », qui vise à former 5 000 jeunes, a été lancé »: named, the news)
    r"\b(?:le maroc|le royaume|le pays|le gouvernement|l['’]état|le ministère|à l['’]échelle nationale|"
    r"le\s+(?:programme|réseau|dispositif)\s+national(?!\s*(?-i:[«“\"A-ZÀ-Þ]))|"
    r"à l['’]échelle du pays|au niveau national|à l['’]horizon)\b[^.;]{0,80}\b(?:objectif|vise|visent|ambitionne|"
    r"ambitionnent|veut|veulent|souhaite|espère|"
    r"prévoit|compte|entend|cible|table|parle|parlent|mise|misent|"
    # (told in reported speech: « il a dit que le pays voulait former cent mille jeunes »)
    r"visait|visaient|ambitionnait|voulait|voulaient|voudrait|souhaitait|espérait|prévoyait|comptait|entendait|"
    r"ciblait|tablait)\b(?:[^.;]|(?<=\d)\.(?=\d))*$",
    re.IGNORECASE,
)
# « les besoins du marché sont estimés à plus de 10 000 postes »: demand, not jobs created; « le secteur
# pourrait créer 3 000 emplois »: a whole trade's outlook, not this action's jobs.
# (« les perspectives d'emploi dans le secteur de la pêche et de l'aquaculture, qui devrait créer, selon lui, près de
# 2 000 postes »: a trade's outlook, told at some length)
_NEEDS_BEFORE = re.compile(r"\b(?:besoins?|perspectives)\b[^.;]{0,60}$|\b(?:le secteur|la filière|le marché|"
                           r"l['’]industrie|l['’]économie)\b[^.;]{0,100}$", re.IGNORECASE)
# « Elles s'activent dans l'économie numérique, développant des projets qui visent 300 postes »: the jobs of projects
# told after the trade, theirs.
_OWN_PROJECTS_BETWEEN = re.compile(r"\b(?:projets?|coopératives?|entreprises?|start-?ups?)\b[^.;]{0,40}?\bqui\b",
                                   re.IGNORECASE)


def _a_trade_s_needs(before):
    """Whether the words before a jobs figure make it a trade's needs or outlook, not this action's jobs."""
    needs = _NEEDS_BEFORE.search(before)
    return bool(needs) and not _OWN_PROJECTS_BETWEEN.search(before, needs.start())


# « en 2024 », « Septembre 2024 – Deuxième promotion » (a timeline's step): a year the sentence is set in.
# (« la première promotion, celle de 2024 », « l'édition de 2025 », « Convention 2022 : … »: named by its year)
_YEAR = re.compile(rf"\b(?:en|entre|depuis|printemps|été|automne|hiver|début|fin|{MONTHS}|"
                   r"(?:celle|celui)\s+de|(?:promotion|édition|cohorte|session|convention|accord)(?:\s+de)?)"
                   r"\s+((?:19|20)\d{2})\b",
                   re.IGNORECASE)
# (« suivent depuis un parcours de seize semaines », « suivront des ateliers »: a course followed)
# (« aux 175 lauréats qui ont reçu leur diplôme »: a ceremony's graduates)
# (« une nouvelle étape, au profit de 2 400 élèves »: the people it is for)
_TRAINING = re.compile(r"\b(form|accueill|bénéfic|certifi|retenu|admis|sélectionn|inscri|cohorte|promotion|bootcamp|"
                       r"au\s+profit\s+d|"
                       # (« 1 420 stagiaires ont franchi le portail, pour cette première année »: their first day)
                       r"franchi\w*\s+(?:le\s+portail|les\s+portes)|(?:fait|font)\s+(?:\w+\s+)?leur\s+entrée|"
                       r"initi[ée]|capacité|rentrée|lauréat|(?:reçu|remis|remettre|obtenu)\w*\s+(?:leurs?|les|des|un|une)\s+"
                       r"(?:diplômes?|attestations?|certificats?)|suiv\w*\s+(?:[\w'’-]+\s+){0,2}?(?:parcours|cursus|cours|modules?|ateliers?)\b)",
                       re.IGNORECASE)
_GOAL = re.compile(r"objectif|vise|visant|visons|visent|prévoit|prévu|à former|seront formés|d['’]ici|ambitionne|"
                   r"accueillera|à terme|(?:doit|doivent|devra|devront|devrait|devraient) former",
                   re.IGNORECASE)
# (« — Soixante-dix pour cette première promotion. »: the answer may say which edition)
# (« N. B. : 150, sélectionnés parmi plus de 2 000 candidats », « H. Z. — 600, recrutés parmi les diplômés »: the
# answer's count, then how they were picked)
_THIS_INTAKE = (r"(?:\s+(?:pour|dans)\s+(?:cette|la|notre|ce)\s+(?:[\w-]+\s+)?(?:promotion|cohorte|édition|session|"
                r"rentrée|année|groupe))?")
_BARE_NUMBER = re.compile(rf"^\W*(?:[A-ZÀ-Þ][\w.]*(?:\s+[A-ZÀ-Þ][\w.]*){{0,2}}\s*[:—–]\s*)?(?P<number>{NUMBER})"
                          rf"{_THIS_INTAKE}(?:\s*[.!]?\s*$|\s*,\s*"
                          # (« Cent cinquante pour cette première année, de 15 à 22 ans, recrutés … »: their ages first)
                          r"(?:(?:âgée?s\s+)?de\s+\d+\s+à\s+\d+\s+ans\s*,\s*)?"
                          r"(?:tous\s+|toutes\s+)?(?:sélectionnée?s|repérée?s|retenue?s|recrutée?s|choisie?s|admise?s)\b|"
                          # (« Combien sont-ils ? — Quatre-vingt-dix, dont 48 filles. »: the count, then a part of it)
                          r"\s*,\s*dont\s+\d+\s+[a-zà-ÿ]+)")
# « Combien de jeunes femmes ont été diplômées ? », « Combien sont-ils à suivre la formation ? »: a question on them.
_HOW_MANY = re.compile(r"\bcombien\b[^?]{0,80}\b(?:form|diplôm|certifi|inscri|retenu|admis|accueill|apprenant|"
                       r"stagiaire|bénéficiaire|jeunes|femmes|élèves|étudiant|promotion|cohorte)[^?]*\?\s*$",
                       re.IGNORECASE)
# « En 2022, il rentre. L'année suivante, il crée l'association … »: a year counted from the one just told.
_FOLLOWING_YEAR = re.compile(r"^\W*(?:l['’]année\s+(?:suivante|d['’]après)|l['’]an\s+d['’]après|un\s+an\s+plus\s+tard|"
                             r"(?:deux|trois|quatre|cinq|\d)\s+ans\s+plus\s+tard)\b", re.IGNORECASE)
# « La première convention, signée en 2022, visait 300 apprenants. L'école en a finalement accueilli 260 »: « en »
# takes up the people the sentence before counted, and its time with them.
_OF_THOSE_TOLD = re.compile(r"\b(?:en|n['’]en)\s+(?:a|ont|avait|avaient)\s+(?:(?:finalement|réellement|"
                            r"effectivement|seulement|au\s+final)\s+)?(?:accueilli|formé|admis|retenu|inscrit|"
                            r"diplômé|certifié|compté|reçu)\b", re.IGNORECASE)
# « l'an prochain », « l'année prochaine », « à la rentrée prochaine »: a year from now.
_NEXT_YEAR = re.compile(r"\bl['’]an\s+prochain\b|\bl['’]année\s+prochaine\b|\bla\s+rentrée\s+prochaine\b|"
                        r"\bla\s+prochaine\s+rentrée\b", re.IGNORECASE)
# (« accueillir 150 apprenants à la rentrée 2026 » in a 2025 article: a later year's intake)
_IN_YEAR = re.compile(r"\b(?:(?P<from>dès|à\s+partir\s+de|à\s+la\s+rentrée(?:\s+de)?)|en|pour)\s+(?P<year>20\d\d)\b",
                      re.IGNORECASE)
# « Le Souss-Massa voisin annonce 1 000 jeunes », « dans la province voisine »: a neighbour's figures.
_NEIGHBOUR_BEFORE = re.compile(r"\bvoisine?s?\b[^.;]{0,60}$", re.IGNORECASE)
# « Où en est la promotion lancée en octobre ? », « Et la cohorte de cette année ? »: a question on the cohort.
# (« Qui est entré à l'Académie X ? »: who, and so how many)
_ASKED_ON_COHORT = re.compile(r"\b(?:promotion|cohorte|session|groupe)\b[^?]*\?\s*$|"
                              r"\bqui\s+(?:est|sont)\s+(?:entrée?s?|admise?s?|retenue?s?|inscrite?s?)\b[^?]*\?\s*$",
                              re.IGNORECASE)
# An answer's opening: its speaker's name, then a few words before its figure.
_ANSWER_OPENING = re.compile(r"^\W*(?:[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,4}\s*:\s*)?(?:[^\d.;:]{0,25})")
# « 90 retenus, dont 41 jeunes femmes »: after a figure and « dont », a part of it.
# (« 45 candidats ont été admis : 28 jeunes diplômés et 17 salariés »: the parts, after the colon)
_PART_BEFORE = re.compile(r"\d[^.;]{0,60}\bdont\s+(?:(?:plus de|près de|environ|quelque)\s+)?$|"
                          # (« … ils seront 80. Parmi eux, 34 jeunes femmes »: some of those just counted)
                          r"\bparmi\s+(?:eux|elles|ceux-ci|celles-ci)\s*,?\s*(?:(?:plus de|près de|environ|"
                          r"quelque)\s+)?$|"
                          r"\d[^.;:]{0,60}\b(?:admis|admises|retenue?s|sélectionnée?s|inscrite?s|répartie?s)\b"
                          r"[^.;:\d]{0,20}:\s*$", re.IGNORECASE)
_COHORT_NEXT = re.compile(r"^\W*(?:c['’]est|ce\s+sont)\s+(?:la|le|les|notre|nos)\s+(?:\w+\s+)?(?:cohorte|promotion|"
                          r"apprenants|stagiaires|bénéficiaires|jeunes)\b", re.IGNORECASE)
# The next edition, told as to come: « nous préparons la deuxième cohorte, prévue pour l'automne », « les inscriptions
# pour la prochaine édition ouvriront en mai ».
# (« L'an prochain, ils veulent accueillir cinquante apprenants »: next year's people)
_NEXT_EDITION = re.compile(r"\bprochaine\s+(?:cohorte|édition|promotion|session|rentrée)\b|"
                           # (« Dès l'an prochain, le centre accueillera deux promotions par an »)
                           r"^\W*(?:(?:dès|à\s+partir\s+de)\s+)?(?:l['’]an|l['’]année|la\s+saison)\s+prochaine?\b|"
                           # (« la troisième promotion », read « 3ème promotion »: the same)
                           r"\b(?:deuxième|seconde|troisième|nouvelle|[2-9](?:e|è|ème))\s+(?:cohorte|édition|promotion|"
                           r"session)[^.;]{0,60}?"
                           r"\b(?:prévue?|attendue?|ouvrir\w*|démarrer\w*|commencer\w*|préparons|débutera|aura\s+lieu|"
                           # (« une nouvelle session de 70 jeunes est annoncée pour la rentrée »)
                           r"(?:est|sont)\s+annoncée?s?\s+pour|(?:est|sont)\s+programmée?s?)|"
                           # (« Deux autres sessions sont prévues d'ici 2027, pour atteindre 210 jeunes formés au
                           # total »: the sessions to come, and what all of them will make)
                           r"\b(?:deux|trois|quatre|\d|d['’])\s*autres\s+(?:sessions|éditions|promotions|cohortes|vagues)"
                           r"\s+(?:sont|seront)\s+(?:prévues|programmées|attendues)\b",
                           re.IGNORECASE)
_DONE = re.compile(r"\b(formés|formées|certifiés|certifiées|ont été retenus|ont suivi|ont achevé|ont terminé|"
                   # (« 48 jeunes … ont reçu le certificat qui clôt neuf mois de formation »)
                   r"ont reçu (?:leurs?|les?|un) (?:diplômes?|attestations?|certificats?)|"
                   r"ont appris|(?:a|ont)\s+permis\s+à\s+[^,;.]{1,60}?\s+d['’](?:apprendre|acquérir|être formée?s?)|"
                   r"(?:avons|avions|avait|avaient|ont|a|aura)\s+(?:déjà\s+)?formé)\b", re.IGNORECASE)
# « Trente étudiants intégreront la première promotion »: one cohort's people.
# (« ces 72 apprenants, dont 31 jeunes femmes, qui forment la première promotion »: a part told between)
_JOIN_A_COHORT_AFTER = re.compile(r"^(?:\s+(?:[\w'’-]+\s+){0,3}?|"
                                  r"(?:\s+[\w'’-]+)?\s*,\s*dont\s+[^,;.]{1,40},\s*(?:qui\s+)?)"
                                  r"(?:intégreront|intègrent|composeront|composent|"
                                  r"formeront|forment)\s+(?:[\w'’-]+\s+){0,3}?(?:la|une)\s+(?:première\s+|nouvelle\s+|"
                                  r"prochaine\s+|\w+\s+)?(?:promotion|cohorte)\b", re.IGNORECASE)
_YEARLY_BEFORE = re.compile(r"\b(?:chaque année|tous les ans|annuellement|par an)\s+"
                            r"(?:(?:plus de|près de|environ)\s+)?$", re.IGNORECASE)
# « nous visons 600 développeurs formés d'ici 2030 », « à l'horizon 2030 »: a goal set years ahead.
_HORIZON_AFTER = re.compile(r"[^.;]{0,40}?\b(?:(?:d['’]ici(?:\s+à)?|à\s+l['’]horizon(?:\s+de)?)\s+20\d\d\b|"
                            # « 1 000 développeurs formés dans la région d'ici cinq ans »
                            r"d['’]ici\s+(?:[\w-]+\s+)?(?:ans|années)\b|"
                            # « certifier 600 étudiants au cours des trois prochaines années »
                            r"(?:au\s+cours\s+des|dans\s+les|sur\s+les)\s+\w+\s+(?:prochaines|années\s+à\s+venir))",
                            re.IGNORECASE)
# A correction note: « Rectificatif : une première version de cet article indiquait 300 étudiantes. La cohorte
# compte en réalité 240 étudiantes »: the figure put right, not the one printed by mistake.
_CORRECTED_BEFORE = re.compile(r"\ben\s+réalité\s+(?:(?:de|d['’])\s+)?$", re.IGNORECASE)
# « le nombre de bénéficiaires passe de 600 à 900 jeunes », « porté de 600 à 900 »: the count after a revision (not
# « la capacité passe de 150 à 250 places »: the room's, which the cohort still comes before).
_REVISED_BEFORE = re.compile(r"\b(?:passe|passent|passera|passeront|passé|portée?s?|relevée?s?)\s+de\s+\d[\d\s]*"
                             r"(?:\s+[a-zà-ÿ]+)?\s+à\s+$|"
                             # (« ajoute 80 places, ce qui porte l'effectif à 280 apprenants »)
                             r"\bport(?:e|ent|era|eront|ant)\s+(?:ainsi\s+)?(?:l['’]effectif|le\s+nombre\s+"
                             r"(?:de\s+|d['’])\s*[a-zà-ÿ]+|le\s+total)\s+à\s+$", re.IGNORECASE)
# « La convention initiale, signée en mars, prévoyait … 120 jeunes »: the count an amendment has since changed.
_INITIAL_PLAN_BEFORE = re.compile(r"\b(?:convention|version|accord|programme|objectif)\s+(?:initiale?|de\s+départ|"
                                  r"d['’]origine)\b[^.;]{0,80}?\b(?:prévoyait|visait|tablait|comptait|portait\s+sur)\b"
                                  r"[^.;]{0,80}$", re.IGNORECASE)
# (« L'avenant porte l'enveloppe à 7,2 MDH et l'objectif à 160 jeunes »: the money and the count raised together)
_RAISED_WITH_BEFORE = re.compile(r"\bport(?:e|ent|era|eront|ant)\s+[^.;]{0,70}?\bet\s+(?:l['’]objectif|l['’]effectif|"
                                 r"le\s+nombre(?:\s+de\s+[a-zà-ÿ]+)?)\s+à\s+$", re.IGNORECASE)
_MISTAKEN_BEFORE = re.compile(r"\b(?:une\s+première\s+version|par\s+erreur|erronée?ment|à\s+tort)\b[^.;]{0,60}$",
                              re.IGNORECASE)
# « vise à terme quelque 500 jeunes formés », « accueillir à terme 2 000 bénéficiaires par an »: the long run's goal.
# (« une première promotion de 100 apprenants, avant de monter progressivement à 300 »: a later stage)
# « Elle voudrait accueillir 100 jeunes à la rentrée »: a wish, told in the conditional.
_WISH_BEFORE = re.compile(r"\b(?:voudrai[st]|voudrions|voudraient|aimerai[st]|aimerions|aimeraient|souhaiterai[st]|"
                          r"souhaiterions|souhaiteraient|rêve|rêvent|rêvons)\s+(?:[\w'’]+\s+){0,2}?(?:d['’]\s*|de\s+)?"
                          r"(?:accueillir|former|recevoir|atteindre|passer\s+à)\s+(?:(?:plus de|près de|environ)\s+)?$",
                          re.IGNORECASE)
_HORIZON_BEFORE = re.compile(r"\bà\s+terme\s+(?:(?:plus de|près de|environ|quelque|jusqu['’]à)\s+)?$|"
                             # (« Le conseil régional affiche un objectif plus large : former 1 000 jeunes »)
                             r"\bobjectif\s+(?:plus\s+(?:large|vaste|ambitieux)|global|d['’]ensemble)\b[^.;]{0,60}$|"
                             # (« à terme, entre les bootcamps, les ateliers et le FabLab, le centre veut toucher
                             # 1 000 bénéficiaires par an »: its aim, the verb far from « à terme »)
                             r"\bà\s+terme\s*,[^.;]{0,140}\b(?:veut|vise|ambitionne|compte|entend|espère)\s+"
                             r"(?:toucher|former|accueillir|atteindre)?\s*(?:(?:plus de|près de|environ)\s+)?$|"
                             # (« Trois promotions sont prévues d'ici 2028, soit une centaine de porteurs au total »)
                             r"\b(?:d['’]ici(?:\s+à)?|à\s+l['’]horizon(?:\s+de)?)\s+20\d\d\b[^.;]{0,30}\bsoit\s+"
                             r"(?:[\w'’]+\s+){0,2}$|"
                             # (« prévoit à terme trente espaces dans tout le Royaume et 12 000 jeunes formés par an »:
                             # a network's national goal)
                             r"\bà\s+terme\b[^.;]{0,60}\b(?:dans\s+tout\s+le|à\s+travers\s+le)\s+(?:royaume|pays)\b"
                             r"[^.;]{0,20}$|"
                             r"\bavant\s+de\s+(?:monter|passer|grimper|atteindre|s['’]élargir)\s+(?:progressivement\s+|"
                             r"ensuite\s+|à\s+terme\s+)?(?:à|jusqu['’]à)?\s*$", re.IGNORECASE)
_REMINDER = re.compile(rf"^\s*{REMINDER}\b", re.IGNORECASE)
_PER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(par (cohorte|an|promotion|session|année))", re.IGNORECASE)
# « Le camion-atelier accueille 24 élèves par séance »: a sitting's group, the people trained being many such groups.
# (« 30 personnes à la fois »: as many at once)
_PER_SITTING = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:par\s+(?:séance|atelier|groupe|classe|jour|journée|"
                          r"demi-journée|semaine|passage|vague|salle)|à\s+la\s+fois|en\s+même\s+temps|simultanément)\b",
                          re.IGNORECASE)

# « Les meilleurs participants de chaque étape, soit 160 jeunes au total, seront invités à un hackathon »: the best
# of those trained, picked for something after (not « les 80 meilleurs candidats », the applicants admitted).
_BEST_OF_TRAINED_BEFORE = re.compile(r"\b(?:les|ses|leurs|nos)\s+(?:\d+\s+)?(?:meilleur(?:e)?s|plus\s+"
                                     r"(?:méritant|brillant|assidu|motivé)(?:e)?s)\s+(?:participant|apprenant|"
                                     r"stagiaire|élève|lauréat|"
                                     r"bénéficiaire|codeu|étudiant)\w*\b[^.;]{0,60}$", re.IGNORECASE)

# « Et à Safi, la même école prévoit d'agrandir son antenne, qui accueille 200 apprenants »: a sentence set in
# another town than the article's.
_IN_TOWN = re.compile(r"^\W*(?:(?:Et|Mais|Quant|Ailleurs|Enfin)\s*,?\s+)?(?:à|a)\s+(?P<town>[A-ZÀ-Þ][\w'’-]*"
                      r"(?:[ -][A-ZÀ-Þ][\w'’-]*){0,2})\s*,")
# « Celui de l'Oriental, à Oujda, accueillera ses 800 premiers apprenants », « Celui de Fès-Meknès compte déjà 1 200
# bénéficiaires »: another one of the kind just named, in its own land.
_ANOTHER_OF_ITS_KIND = re.compile(r"^\W*(?:Et\s+|Quant\s+à\s+)?(?:Celui|Celle|Ceux|Celles)\s+(?:de|du|des|d['’])\s*",
                                  re.IGNORECASE)
# « À quarante kilomètres de là, le Centre de codage de Fquih Ben Salah accueille 120 stagiaires »: somewhere else.
_FAR_FROM_HERE = re.compile(r"^\W*(?:Et\s+)?(?:à|a)\s+(?:une?\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:kilomètres|km|heures?\s+de\s+route)\s+(?:de\s+là|d['’]ici|plus\s+loin)\b",
                            re.IGNORECASE)


_ORDINALS = {"premier": 1, "première": 1, "deuxième": 2, "seconde": 2, "second": 2, "troisième": 3, "quatrième": 4,
             "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10}
# (digits() writes « troisième » as « 3ème »: both forms, and « 3e », « 1re »)
_EDITION_NUMBER = re.compile(r"\b(?:(?P<ordinal>" + "|".join(_ORDINALS) + r")|"
                             r"(?P<digit>\d{1,2})(?:e|ème|eme|re|ère|er))"
                             r"\s+(?:promotion|cohorte|édition|session|saison|vague)\b", re.IGNORECASE)


def _edition_number(text, first=False):
    """The number of the edition a text names (« la quatrième promotion » → 4): its last, or first; None if none."""
    found = [int(m.group("digit")) if m.group("digit") else _ORDINALS[m.group("ordinal").lower()]
             for m in _EDITION_NUMBER.finditer(text)]
    return (found[0] if first else found[-1]) if found else None


def _later(clause, year, edition):
    """True when a figure's clause sets it next year (« l'an prochain »), or a later edition in a later year
    (« une deuxième promotion de 120 apprenants en 2027 »), or a ramp-up from a later year (« dès 2027 »)."""
    if _NEXT_YEAR.search(clause):
        return True
    later = [match for match in _IN_YEAR.finditer(clause) if year and int(match.group("year")) > year]
    return any(match.group("from") or (edition or 0) >= 2 for match in later)


def _elsewhere(text, city):
    """True when a sentence opens on a town other than the article's city, or on a place some distance away."""
    town = _IN_TOWN.match(text)
    return bool(city and town and normalize(town.group("town")) != normalize(city)) or bool(
        _FAR_FROM_HERE.match(text) or _ANOTHER_OF_ITS_KIND.match(text))


def trainees(sentences, year=None, city=""):
    """The number of people to train, or None; city, the article's, tells the figures of other towns' sites."""
    found = []
    # The edition the headline or lead is about (« sa troisième promotion »), when it gives its number.
    lead_edition = next((n for n in (_edition_number(s.text, first=True) for s in sentences if s.paragraph <= 1) if n),
                        None)
    scene = {s.paragraph for s in sentences if s.paragraph > 1 and _SCENE.search(s.text)}
    picked = False  # whether the article counts the people admitted (« 45 candidats ont été admis »)
    for number, sentence in enumerate(sentences):
        text = digits(sentence.text)
        # (« En 2022, il rentre. L'année suivante, il crée … une première promotion de 22 jeunes »: that year's)
        # (« La première convention, signée en 2022, visait 300 apprenants. L'école en a accueilli 260 »: its people)
        year_after_past = bool((_FOLLOWING_YEAR.match(text) or _OF_THOSE_TOLD.search(text)) and number > 0
                               and _skipped(digits(sentences[number - 1].text), year)
                               and sentences[number - 1].paragraph == sentence.paragraph)
        skipped = _skipped(text, year) or year_after_past
        # (« proposer un CDI à au moins 45 d'entre eux »: the hired, counted as jobs)
        recruited = {m.start("number") for pattern in (_RECRUITS, _CONTRACT_OFFERED, _HIRING_PROMISED, _OFFERED_TO_THEM)
                     for m in pattern.finditer(text)}
        # (« Quand ouvrira la prochaine promotion ? — Les candidatures ouvriront en mai. Nous espérons accueillir
        # 150 apprenants. »: the question a sentence or two before says whose people these are)
        asked_next = any(_NEXT_EDITION.search(other.text) for other in sentences[max(0, number - 2):number])
        # (« — Trois cent cinquante. C'est la cohorte régionale… »: an answer that is only a number)
        # (« Combien de jeunes femmes ont été diplômées samedi ? — Trente-cinq. »: the answer to a question on them)
        told = (number + 1 < len(sentences) and _COHORT_NEXT.search(sentences[number + 1].text)) or (
            number > 0 and _HOW_MANY.search(sentences[number - 1].text))
        bare = _BARE_NUMBER.match(text) if told else None
        # (« Combien de jeunes seront concernés ? — M. A. : Deux cent quarante jeunes… », « Où en est la promotion ?
        # — Elle compte 50 apprenants… »: the answer's opening figure is what was asked)
        answering = number > 0 and (_HOW_MANY.search(sentences[number - 1].text) or _ASKED_ON_COHORT.search(
            sentences[number - 1].text)) and _ANSWER_OPENING.match(text)
        answering = answering.end() if answering else 0
        wholes = _two_parts(text)
        # (« …, soit 90 bénéficiaires », « Soit 100 bénéficiaires pour ce premier cycle »: the parts, added up)
        summed = {m.start("number") for m in _SUMMED.finditer(text)}
        for match in [*_TRAINEES.finditer(text), *_TRAINED_PROFESSIONS.finditer(text), *_COHORT.finditer(text),
                      *_THEY_WERE.finditer(text), *_LABELLED.finditer(text), *_LABELLED_AFTER.finditer(text),
                      *_chosen(text),
                      *_GROUPS_IN_ALL.finditer(text), *_SPLIT_AFTER_COLON.finditer(text),
                      *_PLACES_COUNTED.finditer(text),
                      *_COHORT_SET.finditer(text), *_COUNTED_IN_EN.finditer(text), *([bare] if bare else []),
                      *_sum_of_people_told(text)]:
            value = wholes.get(match.start("number"), to_number(match.group("number")))
            if match.start("number") in recruited or not isinstance(value, int) or value < 5:
                continue
            if _UNRELATED.search(text):
                continue  # « …, sans lien avec la formation », « on vous parlait ici même de l'école X »: another's
            if _PART_BEFORE.search(text[:match.start()]):
                continue  # « nous en avons retenu 90, dont 41 jeunes femmes »: a part of the count before it
            if (_FRAMEWORK_BEFORE.search(text[:match.start()]) or _COUNTRY_GOAL_BEFORE.search(text[:match.start()])
                    or scopes.of_a_national_plan(text[:match.start()])):
                continue
            # A figure of the past counts only as people already trained, and only when nothing better is
            # said (« l'année dernière nous avons formé 6 000 talents »): it loses to any other figure.
            at = match.start("number")
            # (from the number on: a pattern's match may run over « qui ont effectivement … »)
            # (« la salle ne compte que 40 places »: a room's seats, however few, are no count of people)
            actual = bool(_ACTUAL_AFTER.match(text, at) or _ACTUAL_BEFORE.search(text[max(0, at - 40):at])) and not (
                match.groupdict().get("noun") or "").lower().startswith("place")
            # (« 150 d'entre eux ont intégré la promotion — la troisième, dont la première, en 2023, comptait 100 »:
            # the past told after a dash following the figure is the aside's, not the figure's)
            own_skipped = skipped and (year_after_past or _skipped(_segment(text, match), year))
            past = _told_done(text, match, own_skipped) and not _ahead(text, match) and not _compared_with_the_past(
                text, match, year) and not actual
            if past and not _DONE.search(text):
                continue
            if _POOL_BEFORE.search(text[max(0, match.start() - 40):match.start()]) or (
                    _POOL_OF_PICKED_BEFORE.search(text[max(0, at - 30):at])
                    and (_PICKED_FROM_IT_AFTER.match(text, match.end("number"))
                         or _RATE_OF_IT_AFTER.match(text, match.end("number")))):
                continue  # (« Sur 100 lauréats, 72 % ont trouvé un emploi »: the base of a rate, not a cohort)
            if _MISTAKEN_BEFORE.search(text[max(0, match.start() - 80):match.start()]):
                continue  # the figure a correction note says was wrong
            if _RATIO_BEFORE.search(text[max(0, at - 40):at]):
                continue  # « un formateur pour quinze apprenants »: how many each trainer has, not the cohort
            if (match.groupdict().get("noun") or "").lower().startswith("place") and _EVENT_ROOM_BEFORE.search(
                    text[max(0, match.start() - 60):match.start()]):
                continue  # « un auditorium de 400 places »: the seats of a hall for events, no training
            staff = _STAFF_BEFORE.search(text[max(0, match.start() - 80):match.start()]) or _LIVES_THERE_BEFORE.search(
                text[max(0, match.start() - 40):match.start()]) or _ASKED_PEOPLE_BEFORE.search(
                text[max(0, match.start() - 40):match.start()])
            if (staff or _POPULATION.search(text[match.end():match.end() + 30])
                    or _NOT_TRAINED_AFTER.match(text, match.end()) or _ENROLLED_THERE_AFTER.match(text, match.end())
                    or _SELECTION_STAGE_AFTER.match(text, match.end("number"))):
                continue  # (a launch's audience, « 620 personnes ont passé les entretiens »: not the people trained)
            features = place_features(sentence.paragraph)
            features |= {"training_words"} if _TRAINING.search(text) else set()
            features |= {"elsewhere"} if _elsewhere(text, city) or _NEIGHBOUR_BEFORE.search(
                text[:match.start()]) else set()
            if (match.start("number") in summed or _IN_ALL_AFTER.match(text, match.end())
                    or _IN_ALL_OPENING.search(text[:match.start()])) and not \
                    _CAPACITY_BEFORE.search(text[max(0, match.start() - 60):match.start()]):
                features.add("summed")  # « 25 bénéficiaires par douar, soit 300 personnes au total »
            # (« Combien d'étudiants suivent la promotion ? — Nous avions ouvert 80 places … 60 étudiants sont
            # inscrits »: seats opened answer no question on people)
            if answering and match.start() <= answering and not (
                    match.groupdict().get("noun") or "").lower().startswith("place"):
                features.add("answered")  # « Combien de jeunes ? — Deux cent quarante jeunes dans cette phase »
            before = text[max(0, match.start() - 80):match.start()]
            # « une capacité de 150 à 250 »: the room (« 80 places pédagogiques » are this edition's seats).
            room = _CAPACITY_BEFORE.search(text[max(0, match.start() - 60):match.start()]) or (
                _CEILING_BEFORE.search(before) and _PER.match(text[match.end():]))
            if room:
                features.add("capacity")  # (its « pourra accueillir » is no goal of training: not counted twice)
            elif _GOAL_NEAR.search(before):
                features.add("goal_near")
            elif _DONE_NEAR.search(before):
                features.add("done_near")
            features |= {"past"} if past else set()
            if _achieved(text, match, sentence.paragraph == 0):
                features.add("achieved")
            note = (", ".join(filter(None, (_approx(text, match), "formés"))) if past
                    else _trainee_note(text, match, headline=sentence.paragraph == 0))
            if _PROMOTION_BEFORE.search(text[max(0, match.start() - 70):match.start()]) or _JOIN_A_COHORT_AFTER.match(
                    text[match.end():]) or (match.re is _THEY_WERE and _IN_COHORT_AFTER.match(text, match.end())):
                # « la première promotion compte 90 élèves », « 80 candidats … forment la nouvelle promotion »: the
                # people themselves
                features.add("promotion")
            if _UPPER_YEAR_BEFORE.search(before) or _UPPER_YEAR_AFTER.match(text[match.end():]):
                features.add("upper_year")
            if _PER_SITTING.match(text[match.end():]):
                features.add("per_sitting")
            if _SPLIT_INTO_BEFORE.search(before):
                features.add("per_sitting")  # « La promotion sera scindée en deux groupes : 50 stagiaires … et 40 … »
                features.discard("promotion")
            if _PART_UNIT_BEFORE.search(before):
                features.add("part_unit")
            if "summed" in features and _YEARLY_SUM_BEFORE.search(before[-50:]):
                # (« Le programme prévoit deux promotions par an, soit 60 places »: a year's seats, not this cohort)
                features.discard("summed")
                features.add("horizon")
            if _BEST_OF_TRAINED_BEFORE.search(before):
                features.add("best_of")
                features.discard("summed")  # (« soit 160 jeunes au total »: the best added up, still a few of them)
            if _WHOLE_SCHOOL_BEFORE.search(before) or _ALL_TRACKS_AFTER.match(text, match.end()):
                features.add("whole_school")  # « l'ISTA, qui accueille par ailleurs 1 900 stagiaires toutes filières »
                features.discard("summed")  # (« la faculté compte 16 000 étudiants au total »: its roll, no sum)
            if (match.groupdict().get("noun") or "").lower().startswith("place") and _SEATS_ROOM_BEFORE.search(before):
                features.add("capacity")  # « notre amphi ne contient que 180 places »: the room's seats
            if actual:
                # (« ce sont 64 apprenants … qui ont effectivement fait leur rentrée », « Ils ne sont finalement que
                # 48 »: the cohort as it stands, against the number promised)
                features.add("corrected")
                features.discard("past")
            if _CORRECTED_BEFORE.search(before[-30:]) or (
                    "capacity" not in features and (_REVISED_BEFORE.search(before[-40:])
                                                    or _RAISED_WITH_BEFORE.search(before))):
                features.add("corrected")  # « La cohorte compte en réalité 240 étudiantes »: the figure put right
            if _COUNTRY_AFTER.match(text, match.end()):
                features.add("country")  # (a country-wide programme's own figure when nothing else is said)
            if _HORIZON_AFTER.match(text, match.end()) or _HORIZON_BEFORE.search(before) or _WISH_BEFORE.search(
                    before):
                features.add("horizon")  # « 600 développeurs d'ici 2030 »: a goal years away, not this cohort
                features.discard("summed")  # (« Trois cohortes, soit 360 bénéficiaires, d'ici 2028 »: years' sum)
            edition = _edition_number(text[:match.start()])
            if _NEXT_EDITION.search(text) or asked_next or (edition and lead_edition and edition != lead_edition) or (
                    _later(_clause(text, match), year, edition)):
                # (« a célébré sa troisième promotion » in the lead, then « La quatrième promotion, qui a fait sa
                # rentrée en octobre, compte 148 apprenants »: another edition's people)
                features.add("next_edition")  # « les inscriptions pour la deuxième édition ouvriront en mai »
                features.discard("summed")  # (« dès l'an prochain, deux promotions par an, soit 120 personnes »)
            if match is bare or match.re in (_THEY_WERE, _GROUPS_IN_ALL):
                # the next sentence says it (« C'est la cohorte régionale »), or who they are (« Ils sont 180, venus
                # de Youssoufia »)
                features.add("training_words")
            if _REMINDER.match(text) or _CLAIMED_BEFORE.search(before):
                features.add("past")  # « Pour rappel, le programme national vise 22 500 talents »: background
            if sentence.paragraph in scene:
                features.add("scene")
            if _COUNTED_THEN.search(_clause(text, match)) or _PROMISED_THEN_AFTER.match(text, match.end()):
                features.add("past")  # « la première, en 2025, comptait 120 apprenants »: an earlier edition's count
            if _INITIAL_PLAN_BEFORE.search(text[:match.start()]):
                features.add("past")  # « La convention initiale … prévoyait … 120 jeunes »: amended since
            if _PLUPERFECT_BEFORE.search(text[max(0, match.start() - 80):match.start()]):
                features.add("past")  # « une session pilote avait permis de former une vingtaine de jeunes »
            if _talked_of(text[:match.start()]):
                continue  # « Vous avez aussi parlé de « 250 jeunes formés » », « il faudrait former 3 000 jeunes »
            if _PLUPERFECT_AFTER.match(text, match.end()):
                features.add("past")  # « dont 52 participants avaient trouvé un emploi »: an earlier edition's
            if any(match.re is pattern for pattern in _CHOSEN) and not features & {"past", "next_edition", "elsewhere"}:
                # (« 86 jeunes ont été retenus » beside a wish or another school's yearly count: the people picked
                # are the cohort)
                picked = True
                features.add("promotion")
            found.append(Candidate("trainees", value, sentence.text, note, frozenset(features)))
    # « Nos salles comptent 180 places, mais nous avons commencé avec 140 lycéens »: seats beside the people of the
    # same sentence are the room's, the people come first (not « 240 places pédagogiques, réparties en deux vagues de
    # 120 apprenants »: this edition's seats, told in parts)
    # (« la formation propose 50 places » then « 45 candidats ont été admis »: the people admitted, wherever told,
    # come before the seats)
    peopled = {c.sentence for c in found if "capacité" not in c.note}
    found = [replace(c, features=c.features | {"capacity"})
             if "capacité" in c.note and (c.sentence in peopled or picked) and not _TEACHING_SEATS.search(c.sentence)
             else c for c in found]
    # (« plus de 40 000 personnes ont été formées dans ses centres du Royaume depuis 2022 »: a network's record, never
    # this initiative's people, even when nothing else is said)
    found = [c for c in found if not {"past", "whole_school"} <= c.features]
    found += _every_site(found, sentences)
    return _best(found)


# « Chaque club accueillera 300 étudiants » under « Orange ouvre trois ODC Clubs … »: one site's people, told for
# each of the sites the headline or lead counts.
# (« Pour cette première année, chaque club accueillera 150 étudiants »: after a short opening)
_SITE_KINDS = r"club|site|campus|centre|institut|école|antenne|maison|académie|espace|pôle|hub"
_EACH_SITE = re.compile(rf"^\s*(?:[^,;.]{{0,40}},\s*)?chaque\s+(?P<kind>{_SITE_KINDS})\b", re.IGNORECASE)


# « Soixante jeunes ont été retenus dans chacune des deux villes »: one site's people, and how many sites there are.
# (in the clause of the count, before any comma: not « 300 jeunes, cent dans chaque province, dans des salles aménagées
# dans chacune des trois provinces »)
_IN_EACH_OF = re.compile(rf"^[^,;:]*?\b(?:dans|pour|à|sur)\s+chacune?\s+des\s+(?P<count>{'|'.join(WORD_COUNTS)})\s+"
                         r"(?:villes|sites|centres|campus|provinces|régions|communes|antennes|écoles|clubs)\b",
                         re.IGNORECASE)


def _every_site(found, sentences):
    """The people of every site when one site's are told with « Chaque X » and the lead counts the X, or with « dans
    chacune des deux villes » (none said « soit … au total », which gives the whole itself)."""
    lead_counts = counted_in_lead(sentences, _SITE_KINDS)
    extra = []
    for candidate in found:
        if candidate.features & {"capacity", "summed", "past"} or _SUMMED.search(candidate.sentence):
            continue
        each = _EACH_SITE.match(candidate.sentence)
        each_of = _IN_EACH_OF.match(candidate.sentence)
        if each_of and not each:
            count = WORD_COUNTS[each_of.group("count").lower()]
        else:
            count = lead_counts.get(each.group("kind").lower()) if each else None
        if count:
            extra.append(replace(candidate, value=candidate.value * count,
                                 note=", ".join(filter(None, (candidate.note, f"{count} × {candidate.value}"))),
                                 features=candidate.features | {"summed"}))
    return extra


# (not « 400 emplois directs sur trois ans »: a span of time)
_OUT_OF_AFTER = re.compile(r"\s+sur\s+\d{1,2}\b(?!\s*(?:ans?|années?|mois|semaines?|jours?)\b)")
# « Quant aux 200 emplois, la Région reconnaît que cet objectif « a été retiré de la convention révisée » »: a promise
# taken back.
_DROPPED_AFTER = re.compile(r"[^.;]{0,100}?\b(?:a|ont|avait|avaient)\s+été\s+(?:retirée?s?|abandonnée?s?|supprimée?s?|"
                            r"rayée?s?)\b|[^.;]{0,100}?\b(?:retirée?s?|supprimée?s?|rayée?s?)\s+de\s+la\s+convention\b",
                            re.IGNORECASE)
# « Deux premiers investisseurs ont déjà signé : un conserveur d'olives, qui prévoit 320 emplois »: the investors' jobs.
_INVESTORS_BEFORE = re.compile(r"\binvestisseurs\b[^.;]{0,140}$", re.IGNORECASE)
# « 7 500 emplois directs annoncés, une soixantaine d'usines attendues … : l'extension de la zone industrielle »: the
# figures of a larger whole, named after the colon.
_WHOLE_NAMED_AFTER_COLON = re.compile(r"[^.;:]{0,160}:\s*(?:l['’]\s*|la\s+|le\s+|les\s+)[^.;]{0,30}?\b(?:zone\s+"
                                      r"(?:industrielle|d['’]activités?|franche)|technop\w+|complexe|port|chantier|"
                                      r"parc\s+industriel)\b", re.IGNORECASE)
# « trois postes expliquent l'essentiel du dépassement », « deux postes de dépense »: a budget's lines.
_BUDGET_LINES_AFTER = re.compile(r"\s+(?:budgétaires|de\s+dépenses?|expliquent|absorbent|représentent|pèsent)\b",
                                 re.IGNORECASE)
# « 18 000 emplois dans les zones industrielles (chiffre des industriels, hors académie) »: a figure said to be outside.
_OUTSIDE_AFTER = re.compile(r"[^.;]{0,100}?\bhors\s+(?:de\s+l['’]|du\s+|de\s+la\s+)?(?:académie|école|programme|projet|"
                            r"formation|centre|convention|initiative)\b", re.IGNORECASE)
# « bien plus que 150 emplois », « moins que les 200 postes promis »: a comparison (not « plus de 150 »: about 150).
_MORE_THAN_BEFORE = re.compile(r"\b(?:plus|moins|autant)\s+qu(?:e\s+|['’]\s*)(?:les\s+|ces\s+)?$", re.IGNORECASE)
# (« Le président de la Région a, de son côté, fixé un cap : 5 000 emplois … d'ici 2030 »)
_LAND_GOAL_BEFORE = re.compile(r"\b(?:la\s+région|la\s+province|la\s+ville)\b[^.;]{0,60}\b(?:ambition|ambitionne|vise|"
                               r"objectif|entend|compte|cap)\b[^.;]*$", re.IGNORECASE)
_BY_A_YEAR = re.compile(r"^[^.;]{0,60}\b(?:d['’]ici|à\s+l['’]horizon)\s+(?:20\d{2})\b", re.IGNORECASE)


def hiring_share(sentences, year=None):
    """(percent, sentence) of a promise to hire a share of the people trained (« au moins 80 % de la promotion »),
    or None: no number of jobs, which the editor may work out when the article supports it."""
    for sentence in sentences:
        text = digits(sentence.text)
        share = None if _skipped(text, year) else _SHARE_HIRED.search(text)
        if share and share.group("part"):
            part, whole = int(share.group("part")), int(share.group("whole"))
            if 0 < part <= whole:
                return round(100 * part / whole), sentence.text
        elif share and 0 < int(share.group("percent")) <= 100:
            return int(share.group("percent")), sentence.text
    return None


def jobs(sentences, year=None):
    """The number of jobs announced, or None."""
    if any(_NO_JOBS_GOAL.search(sentence.text) and not _SET_AGAINST.search(sentence.text)
           and not _JOBS.search(digits(sentence.text)) for sentence in sentences):
        return None
    found = []
    for number, sentence in enumerate(sentences):
        text = digits(sentence.text)
        skipped = _skipped(text, year)
        before = sentences[number - 1] if number else None
        # (« … une troisième usine, pour 410 millions de dirhams. Elle devrait créer 1 300 emplois »: the plant's)
        plant_before = before is not None and before.paragraph == sentence.paragraph and bool(
            scopes.PLANT_NAMED.search(before.text)) and not _TRAINING.search(before.text)
        for match in [*_JOBS.finditer(text), *_RECRUITS.finditer(text), *_RECRUITS_AMONG.finditer(text),
                      *_PLACES_IN_JOBS.finditer(text), *_HIRED_AMONG.finditer(text), *_HIRED_ALREADY.finditer(text),
                      *_HAVE_HIRED.finditer(text),
                      *_CONTRACT_OFFERED.finditer(text), *_OFFERED_TO_THEM.finditer(text),
                      *_HIRING_PROMISED.finditer(text)]:
            value = to_number(match.group("number") or match.group("count") if match.re is _RECRUITS_AMONG
                              else match.group("number"))
            # (« 61 d'entre eux ont déjà signé un contrat de travail »: the people trained, hired; not a record)
            # (« le projet a déjà créé 14 emplois directs »: this initiative's jobs so far)
            hired_now = (match.re in (_HIRED_AMONG, _HIRED_ALREADY, _HAVE_HIRED)
                         or bool(_CREATED_SO_FAR_BEFORE.search(text[:match.start()]))) and not skipped
            if not isinstance(value, int) or value < 2 or (
                    _told_done(text, match, skipped) and not _ahead(text, match) and not hired_now):
                continue
            if _LAND_GOAL_BEFORE.search(text[:match.start()]) and _BY_A_YEAR.search(text[match.end():]):
                continue  # « La région affiche l'ambition de créer 5 000 emplois … d'ici 2030 »: the land's goal
            if _OUT_OF_AFTER.match(text, match.end()):
                continue  # « recruter au moins trois stagiaires sur quatre »: a share (hiring_share), not three jobs
            if _DROPPED_AFTER.match(text, match.end()):
                continue  # « Quant aux 200 emplois, … cet objectif « a été retiré de la convention » »: no promise now
            if (_FRAMEWORK_BEFORE.search(text[:match.start()]) or _a_trade_s_needs(text[:match.start()])
                    or _COUNTRY_GOAL_BEFORE.search(text[:match.start()])
                    or scopes.of_a_national_plan(text[:match.start()])):
                continue  # (« Au niveau national, on parle de 240 000 emplois à créer »: the country's; « La stratégie
                # Digital Morocco 2030 prévoit, à l'échelle nationale, la création de 240 000 emplois »)
            if _ROOM_BEFORE.search(text[:match.start()]) or _WHOLES_JOBS_AFTER.match(text, match.end()):
                continue  # « une salle informatique de seize postes »: the room's workstations
            if _PROJECTS_TALLY_BEFORE.search(text[max(0, match.start() - 120):match.start()]):
                continue  # « 41 projets représentant 6,8 milliards de dirhams et 2 900 emplois prévus »: many projects'
            if _EXISTING_JOBS_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
                continue  # « la zone franche, qui revendique 40 000 emplois »: jobs it already has, none promised
            if _UNRELATED.search(text) or _NO_JOBS_GOAL.search(text) and not _SET_AGAINST.search(text):
                continue  # « …, mais il s'agit de son propre centre d'appels, sans lien avec la formation »
            if _OUTSIDE_AFTER.match(text, match.end()):
                continue  # « 18 000 emplois dans les zones industrielles (…, hors académie) »: said not to be its own
            if _MORE_THAN_BEFORE.search(text[:match.start()]):
                continue  # « Il y a là bien plus que 150 emplois »: a figure set against another, no promise
            if _talked_of(text[:match.start()]):
                continue  # « Certains élus parlent de 500 emplois numériques d'ici 2028 »: talk, not a promise
            if match.re is _JOBS and match.group("noun").lower() == "postes" and _BUDGET_LINES_AFTER.match(
                    text, match.end()):
                continue  # « trois postes expliquent l'essentiel du dépassement : l'achat de serveurs … »: lines
            if match.re is _JOBS and match.group("noun").lower() == "postes" and (_EQUIPMENT.search(
                    text[max(0, match.start() - 60):match.end() + 60]) or (
                    _WORKPLACE.search(text[max(0, match.start() - 100):match.start()]) and not _HIRING.search(text))):
                continue  # « l'équipement informatique (vingt postes et une imprimante 3D) »: computers
            said = scopes.frame(text[:match.start()])  # whose figure it is: read once, for the two tests below
            if scopes.larger_whole(_HIRERS_SITE.sub("", said)):
                continue  # « la technopole, un projet plus large qui devrait créer 2 000 emplois »: the whole's
            # (not « les entreprises de la zone industrielle … se sont engagées à créer 150 emplois réservés aux
            # lauréats »: hires of the people trained, whoever the employer)
            if scopes.PLANT_CREATES.search(text[max(0, match.start() - 170):match.start()]) and not _TRAINING.search(
                    text[max(0, match.start() - 170):match.start()]) and not _FOR_THE_TRAINED_AFTER.match(
                    text, match.end()) and match.re not in (_RECRUITS, _RECRUITS_AMONG, _HIRED_AMONG, _HIRED_ALREADY,
                                                            _HAVE_HIRED):
                continue  # « une nouvelle unité de production qui doit créer 1 500 emplois »: the plant's
            if plant_before and scopes.PLANT_TAKEN_UP.search(text[:match.start()]) and not _TRAINING.search(text):
                continue  # « Elle devrait créer 1 300 emplois », the sentence after the new plant is named
            if _BILLIONS_AND_JOBS_BEFORE.search(text[max(0, match.start() - 60):match.start()]):
                continue  # « 15,6 milliards de dirhams et 1 400 emplois »: an investment's (no training costs billions)
            if _INVESTORS_BEFORE.search(text[max(0, match.start() - 160):match.start()]):
                continue  # « Deux premiers investisseurs ont signé : un conserveur d'olives, qui prévoit 320 emplois »
            if _WHOLE_NAMED_AFTER_COLON.match(text, match.end()):
                continue  # « 7 500 emplois directs annoncés, … : l'extension de la zone industrielle »: the zone's
            if works_told(text[:match.start()]):
                continue  # « le chantier du nouveau souk : 17 MDH, 600 emplacements et 150 emplois attendus »
            note = _approx(text, match)
            kind = " ".join((match.groupdict().get("kind") or "").split())
            if match.re is _RECRUITS:
                noun = match.group("noun").lower()
                kind = f"recrutement d'{noun}" if noun[0] in "aeéiou" else f"recrutement de {noun}"
            elif match.re in (_RECRUITS_AMONG, _HIRED_AMONG, _HIRED_ALREADY, _HAVE_HIRED, _OFFERED_TO_THEM):
                kind = "recrutement parmi les personnes formées"
            features = place_features(sentence.paragraph)
            if _ITSELF_BEFORE.search(said):
                features.add("itself")
            if "indirect" in kind:
                features.add("indirect")
            if _REMINDER.match(text):
                features.add("reminder")  # « Pour rappel, le groupe s'est fixé l'objectif de recruter 1 000 … »
            if _PAST_PROMISE_BEFORE.search(text[max(0, match.start() - 80):match.start()]):
                features.add("past_promise")
            found.append(Candidate("jobs", value, sentence.text, ", ".join(part for part in (note, kind) if part),
                                   frozenset(features)))
    # (« Alten s'engage à recruter 450 lauréats ; ces postes sont comptés dans les 1 200 emplois de l'extension »: the
    # whole the hires are part of, wherever it is told, is the company's, not this programme's)
    wholes = {to_number(match.group("number")) for sentence in sentences
              for match in _COUNTED_IN_WHOLE.finditer(digits(sentence.text))}
    return _best([c for c in found if c.value not in wholes] or found)


# « La promotion sera scindée en deux groupes : 50 stagiaires … »: one group's count.
_SPLIT_INTO_BEFORE = re.compile(r"\b(?:scindée?s?|répartie?s?|divisée?s?|partagée?s?)\s+en\s+(?:deux|trois|quatre|\d)"
                                r"\s+(?:groupes|sites|classes|cohortes|sous-groupes)\b[^.;]{0,20}$", re.IGNORECASE)
# « … 150 emplois réservés aux lauréats »: jobs for the people trained.
_FOR_THE_TRAINED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:lauréate?s|apprenante?s|stagiaires|bénéficiaires|diplômée?s|"
                                    r"participante?s)\b", re.IGNORECASE)
# « ces postes sont comptés dans les 1 200 emplois de l'extension »: the whole some hires belong to.
_COUNTED_IN_WHOLE = re.compile(rf"\b(?:comptée?s|comprise?s|incluse?s|intégrée?s)\s+dans\s+les\s+"
                               rf"(?P<number>{NUMBER})\s+(?:emplois|postes|recrutements|embauches)\b", re.IGNORECASE)


def _talked_of(before):
    """True when the words before a figure make it talk, a wish or an estimate (« parlent de », « il faudrait »,
    « pourrait, selon une étude, générer »), not a fact."""
    return bool(_HEARSAY_BEFORE.search(before) or scopes.HYPOTHETICAL.search(before) or _ESTIMATE_BEFORE.search(before))


# « l'offshoring pourrait, selon une étude du centre, générer jusqu'à 2 000 emplois »: a sector's estimate.
_ESTIMATE_BEFORE = re.compile(r"\b(?:pourrait|pourraient)\b[^.;]{0,60}?\b(?:générer|créer|représenter|atteindre)\s+"
                              r"(?:jusqu['’]à\s+|plus\s+de\s+|près\s+de\s+|quelque\s+)?$|"
                              r"\b(?:selon|d['’]après)\s+(?:une|l['’]|cette|leur|son|ses|les)\s*(?:étude|estimation|"
                              r"projection|projections|simulation)s?\b[^.;]{0,60}?$", re.IGNORECASE)


def _two_parts(text):
    """Where an audience told in parts starts: its whole; where its other parts start: None (counted already)."""
    wholes = {}
    for match in _PARTS.finditer(text):
        parts = list(_ONE_PART.finditer(match.group()))
        values = [to_number(part.group("number")) for part in parts]
        groups = {" ".join(part.group("group").lower().split()) for part in parts}
        if len(groups) < len(parts) or not all(isinstance(value, int) for value in values):
            continue  # « 40 jeunes à Tiznit et 30 jeunes… »: the same people twice are two places, not parts
        total = sum(values)
        if len(values) >= 3 and 2 * max(values) == total:
            # « 28 jeunes, 17 garçons et 11 filles »: a whole told with its parts (not « trente garçons et trente
            # filles »: two equal halves)
            total = max(values)
        wholes[match.start() + parts[0].start("number")] = total
        wholes.update({match.start() + part.start("number"): None for part in parts[1:]})
    for match in _OTHERS_PART.finditer(text):
        values = [to_number(match.group("number")), to_number(match.group("other"))]
        told_alike = not match.group("of") or match.group("of").lower() in match.group("between").lower()
        if told_alike and all(isinstance(value, int) for value in values):
            wholes[match.start("number")] = sum(values)
            wholes[match.start("other")] = None
    for match in _LABELLED_PLACES.finditer(text):
        values = [to_number(part.group("number")) for part in _SPLIT_NUMBER.finditer(text[match.start("number"):
                                                                                          match.end()])]
        if len(values) >= 2 and all(isinstance(value, int) for value in values):
            wholes[match.start("number")] = sum(values)
    for match in _PLACES_COUNTED.finditer(text):
        values = [to_number(count) for count in _BRACKETED.findall(match.group())]
        if all(isinstance(value, int) for value in values):
            wholes[match.start("number")] = sum(values)
    colon = {match.start("number") for match in _SPLIT_AFTER_COLON.finditer(text)}
    for match in _SPLIT_PARTS.finditer(text):
        noun = match.group("noun") or ""
        if not (_TRAINEES.match(f"{match.group('number')} {noun}") and not noun.lower().startswith("place")
                or match.start() in colon):
            continue  # (« 30 heures en présentiel et 20 à distance »: no people)
        values = [to_number(part.group("number")) for part in _SPLIT_NUMBER.finditer(match.group())]
        if len(values) >= 2 and all(isinstance(value, int) for value in values):
            # (« 750 apprenants pour cette cohorte, 300 à Dakhla et 450 à Kénitra »: the whole, then its parts)
            wholes[match.start()] = values[0] if values[0] == sum(values[1:]) else sum(values)
    return wholes


def _chosen(text):
    """The matches of every _CHOSEN pattern, in the order of the text."""
    return sorted((match for pattern in _CHOSEN for match in pattern.finditer(text)), key=lambda match: match.start())


_SESSION = re.compile(r"\b(?:première|deuxième|cette|la)\s+session\s+(?:concerne|réunit|compte|rassemble)\b",
                      re.IGNORECASE)


# « 120 apprenants …, troisième promotion depuis l'ouverture du site »: a rank among editions, not a time gone by.
_RANK_SINCE = re.compile(r"\b(?:\w+ième|\d+\s*(?:e|ème)|première|premier)\s+(?:promotion|cohorte|édition|session|"
                         r"rentrée)\s+depuis\b[^,.;]*", re.IGNORECASE)


def _skipped(text, year):
    """Sentences about the past or about the population."""
    text = _COMPARED_ASIDE.sub(",", _RANK_SINCE.sub("", text))
    # (« Cette première session concerne 120 femmes …, sur les 610 coopératives que compte la province »: a session's
    # people beside the land's count, which its own number's words set apart)
    if _PAST.search(text) or _POPULATION.search(text) and not (_TRAINING.search(text) or _SESSION.search(text)):
        return True
    if _AGENCY_POOL.search(text):
        return True  # « à l'agence de Tétouan, 2 400 jeunes sans activité sont inscrits »: the jobless it has on file
    timeline = _TIMELINE_YEARS.match(text)
    if year and timeline and _last_year(timeline) < year:
        return True  # « – 2021-2022 : première édition, 212 certifiés sur 400 annoncés »: a timeline's past line
    return bool(year and any(int(y) < year for y in _YEAR.findall(text)))


# « – 2021-2022 : première édition, … », « 2019 : … »: a timeline's line opening on its year or years.
_TIMELINE_YEARS = re.compile(r"^\W*(?P<first>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<last>(?:19|20)?\d{2}))?\s*:")


def _last_year(timeline):
    """The last year a timeline's line covers (« 2021-2022 », « 2021-22 »: 2022)."""
    last = timeline.group("last")
    if not last:
        return int(timeline.group("first"))
    return int(last) if len(last) == 4 else int(timeline.group("first")[:2] + last)


# « Son budget atteint 1,9 million, contre 1,2 million l'an dernier, et elle accueille 100 jeunes »: the year gone by
# is the comparison's, set between commas, not the sentence's.
_COMPARED_ASIDE = re.compile(r",\s*contre\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){0,60}?\b"
                             r"(?:l['’]an(?:née)?\s+(?:dernier|dernière|passée?)|(?:en|pour)\s+(?:19|20)\d\d)\s*,",
                             re.IGNORECASE)
_SEGMENT_BREAK = re.compile(r"\s[—–]\s|;")


def _segment(text, match):
    """A sentence up to the dash or semicolon after a figure: what follows is an aside (« Septembre 2024 – Deuxième
    promotion de 110 apprenants »: a timeline's date before the dash still dates the figure)."""
    end = _SEGMENT_BREAK.search(text, match.end())
    return text[:end.start() if end else len(text)]


def _told_done(text, match, skipped):
    """True when a figure is told as done: its sentence is about the past (skipped), or its own clause says
    « a déjà »."""
    return bool(skipped or _ALREADY.search(_clause(text, match)))


def _clause(text, match):
    """The clause a figure stands in, between the marks around it; a « soit » sum's, with the clause it sums."""
    start = max(text.rfind(mark, 0, match.start()) for mark in ",;:") + 1
    if start and re.match(r"\s*soit\b", text[start:], re.IGNORECASE):
        # (« dès l'an prochain le centre accueillera deux promotions par an, soit 120 personnes »: next year's)
        start = max(text.rfind(mark, 0, start - 1) for mark in ",;:") + 1
    ends = [position for position in (text.find(mark, match.end()) for mark in ",;.") if position >= 0]
    return text[start:min(ends, default=len(text))]


# « comptait 120 apprenants », « réunissait 60 jeunes »: a count in the imperfect, an edition told as over.
# (« Elle était dans la promotion de 28 »: someone of an earlier cohort, told in the imperfect)
# (« La convention annonçait 100 apprenants dès la première année »: a promise of before, since set right)
# (« chez YouCode, où nous formions environ 120 jeunes par an »: the speaker's former school, in the imperfect)
_COUNTED_THEN = re.compile(r"\b(?:comptait|comptaient|réunissait|réunissaient|regroupait|regroupaient|totalisait|"
                           r"formions|formait|formaient|accueillions|accueillait|accueillaient|"
                           r"annonçait|annonçaient|promettait|promettaient|évoquait|évoquaient|"
                           r"(?:était|étaient|étions|étiez)\s+dans\s+(?:la|sa|leur|notre|votre)\s+promo(?:tion)?)\b",
                           re.IGNORECASE)
# « Trois cents jeunes formés chaque année : c'était la promesse. »: what was promised then, told as over.
_PROMISED_THEN_AFTER = re.compile(r"[^.;]{0,60}?:\s*c['’](?:était|étaient)\s+(?:la|les|l['’]|notre|leur|sa|son)\s*"
                                  r"(?:promesses?|objectifs?|engagements?|ambitions?|annonces?)\b", re.IGNORECASE)
# « nous sommes 35 dans la promotion »: the cohort's own count, said by its members (not « 19 filles dans la
# promotion », a part of it).
_IN_COHORT_AFTER = re.compile(r"\s+(?:dans|en)\s+(?:la|notre|cette|ma|leur)\s+(?:\w+\s+)?(?:promo|promotion|cohorte)\b",
                              re.IGNORECASE)


def _ahead(text, match):
    """A figure its own clause sets ahead, in a sentence that also speaks of the past."""
    # « Préparée depuis novembre 2024, l'académie formera 180 personnes »: the 180 are this announcement's.
    clause = _clause(text, match)
    # (« la première, en 2025, comptait 120 apprenants ; celle-ci en compte 180 »: this edition's, set against the past)
    return bool(_FUTURE.search(clause) or _THIS_EDITION.search(clause)) and not _PAST.search(clause) \
        and not _POPULATION.search(clause)


_THIS_EDITION = re.compile(r"\b(?:celle-ci|celui-ci|cette\s+(?:année|fois|édition|promotion|cohorte))\b", re.IGNORECASE)


# « formés en cinq ans », « formés depuis 2019 »: a count of what was done over a stretch of time.
# (« … où 5.100 élèves ont été initiés depuis janvier »: the passive, of what was done)
_OVER_TIME_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?(?:(?:ont|avaient)\s+été\s+)?"
                              r"(?:formé(?:e)?s|diplômé(?:e)?s|certifié(?:e)?s|initié(?:e)?s|sensibilisé(?:e)?s)\s+"
                              r"(?:en|sur|depuis|au cours des?)\s+\S+\s*(?:ans|années|mois)?", re.IGNORECASE)


# (« Elle a certifié environ 350 étudiants »: a record too)
_HAS_TRAINED_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:formé|certifié|diplômé|initié)\s+"
                                 r"(?:plus de\s+|près de\s+|environ\s+|quelque\s+)?$", re.IGNORECASE)


def _achieved(text, match, headline):
    """A figure told as done (« a formé 2 000 jeunes », « 2 000 jeunes formés en cinq ans »), not announced."""
    if _OVER_TIME_AFTER.match(text[match.end():]):
        return True
    return not headline and bool(_HAS_TRAINED_BEFORE.search(text[max(0, match.start() - 40):match.start()]))


def _compared_with_the_past(text, match, year=None):
    """« 45 élèves cette année, contre 30 l'an dernier », « 120 places (contre 60 en 2025) »: the figure set
    against the past is today's."""
    after = text[match.end():]
    versus = _VERSUS.search(after)
    if not versus or _PAST.search(text[:match.start()]):
        return False
    compared = after[versus.end():]
    return bool(_PAST.search(compared)) or bool(year and any(int(y) < year for y in _YEAR.findall(compared)))


def _approx(text, match):
    found = _APPROX.search(text[:match.start()])
    return found.group(1).lower() if found else ""


def _trainee_note(text, match, headline=False):
    """« plus de », « objectif », « formés », « par cohorte »... as the article qualifies the number.

    A headline's participle says nothing of time (« 250 jeunes formés à la data » over a course that
    starts): only its body can tell people already trained.
    """
    parts = [_approx(text, match)]
    noun = (match.groupdict().get("noun") or "").lower()
    before = text[max(0, match.start() - 60):match.start()]
    if noun.startswith("place") or _CAPACITY_BEFORE.search(before):
        parts.append("capacité")  # seats or what a place can hold: never people trained
    elif noun.startswith("inscrit"):
        parts.append("inscrits")
    elif match.re is _COHORT or _COHORT_BEFORE.search(before) or _JOIN_A_COHORT_AFTER.match(text[match.end():]):
        parts.append("par promotion")
    elif _GOAL.search(text):
        parts.append("objectif")
    elif _DONE.search(text) and not headline:
        parts.append("formés")
    per = _PER.match(text[match.end():])
    if per:
        parts.append(per.group(1).lower())
    elif _YEARLY_BEFORE.search(before):
        parts.append("par an")  # « formera chaque année 120 jeunes »
    return ", ".join(part for part in parts if part)


# The words of a note that say what a number of people counts (schema keys trainees_kind, trainees_period).
_NOTE_KINDS = {"objectif": "target", "formés": "trained", "capacité": "capacity", "inscrits": "enrolled"}
_NOTE_PERIODS = {"par an": "per_year", "par année": "per_year", "par cohorte": "per_cohort",
                 "par promotion": "per_cohort", "par session": "per_cohort"}


def kinds(note):
    """(trainees_kind, trainees_period, the rest of the note) as a note of _trainee_note says them."""
    parts = [part.strip() for part in note.split(",") if part.strip()]
    kind = next((_NOTE_KINDS[part] for part in parts if part in _NOTE_KINDS), "")
    period = next((_NOTE_PERIODS[part] for part in parts if part in _NOTE_PERIODS), "total" if kind else "")
    rest = [part for part in parts if part not in _NOTE_KINDS and part not in _NOTE_PERIODS]
    return kind, period, ", ".join(rest)


def _periodic(note):
    return any(period in note for period in _NOTE_PERIODS)


def _best(found):
    """The best candidate (candidates.best), with a note from another mention of its number if it has none."""
    chosen = best(found)
    if chosen is None:
        return None
    if _periodic(chosen.note):
        # (« Chaque atelier formera une cohorte de 90 jeunes, soit 180 stagiaires pour cette première année »: the
        # sum the same sentence makes of them; not « former 1 500 femmes d'ici 2029 » beside « sa première cohorte
        # de 120 femmes »: the cohort is the people this announcement trains, the goal over the years is another
        # figure)
        summed = {to_number(m.group("number")) for m in _SUMMED.finditer(digits(chosen.sentence))}
        whole = [c for c in found if c.sentence == chosen.sentence and c.value in summed and not _periodic(c.note)]
        chosen = best(whole) or chosen
    if _ROUNDED.match(chosen.note):
        # « Plus de quatre cents étudiants » in the lead, « 420 étudiants sont inscrits » below: the exact count
        exact = [c for c in found if not _ROUNDED.match(c.note) and "training_words" in c.features
                 and chosen.value * 0.9 <= c.value <= chosen.value * 1.15 and c.score >= chosen.score - 1]
        chosen = best(exact) or chosen
    if not chosen.note:
        chosen = replace(chosen, note=next((c.note for c in found if c.value == chosen.value and c.note), ""))
    return chosen


_ACTUAL_AFTER = re.compile(r"[^.;]{0,80}?\b(?:ont|a)\s+(?:effectivement|finalement|réellement)\b", re.IGNORECASE)
# (not « Depuis 2021, ce sont 170 femmes qui ont été formées »: a record, « ce sont » alone says nothing of now)
# (« le centre ne compte que 138 stagiaires », « a fait sa première rentrée avec 96 inscrits », « limiter la promotion
# à 90 »: the count as it stands, not « ne peut accueillir que », a room's)
_ACTUAL_BEFORE = re.compile(r"\b(?:ne\s+sont\s+(?:finalement\s+)?que|au\s+final\s*,?|en\s+réalité\s*,?|"
                            r"ne\s+(?!peu[tv]\w*\b|pourr\w*\b)\w+\s+(?:finalement\s+|aujourd['’]hui\s+|plus\s+)?que|"
                            r"rentrée\s+avec|"
                            rf"{_SETS_THE_COHORT}|"
                            r"n['’]en\s+[\w\s]{2,16}?\s+que|préféré\s+(?:en\s+)?retenir)\s*$", re.IGNORECASE)
_TEACHING_SEATS = re.compile(r"\bplaces\s+pédagogiques\b", re.IGNORECASE)
# « J'ai deux groupes de 24 enfants, donc 48 au total »: the groups' people, added up by the sentence itself.
# « Au total, 1 200 collégiens doivent passer par les ateliers »: the whole, after the list of its parts.
_IN_ALL_OPENING = re.compile(r"^\s*(?:au\s+total|en\s+tout)\s*,\s*(?:quelque\s+|plus\s+de\s+|près\s+de\s+)?$",
                             re.IGNORECASE)
_GROUPS_IN_ALL = re.compile(rf"\bgroupes?\s+de\s+{NUMBER}\b[^.;]{{0,40}}?\b(?:soit|donc|c['’]est-à-dire)\s+"
                            rf"(?P<number>{NUMBER})\s+(?:au\s+total|en\s+tout)\b", re.IGNORECASE)
# « 150 inscrits par site ont été retenus …, soit 450 au total »: the whole, its noun left out after the parts.
_SUM_TOLD = re.compile(rf",\s*soit\s+(?P<number>{NUMBER})\s+(?:au\s+total|en\s+tout)\b", re.IGNORECASE)


def _sum_of_people_told(text):
    """« …, soit 450 au total » after a count of people in the same sentence: that count's whole."""
    return [match for match in _SUM_TOLD.finditer(text) if _TRAINEES.search(text, 0, match.start())]


_SUMMED = re.compile(rf"\bsoit\s+(?:au\s+total\s+|un\s+total\s+de\s+|en\s+tout\s+)?(?P<number>{NUMBER})", re.IGNORECASE)
# « … 300 personnes au total »
# (not « une capacité de 250 à 300 apprenants par an au total »: a yearly capacity)
_IN_ALL_AFTER = re.compile(r"(?:\s+(?!par\b)[\w'’-]+){0,2}\s+(?:au\s+total|en\s+tout)\b")
# A count told roughly: « plus de 400 », « près de soixante », « environ 300 ».
_ROUNDED = re.compile(r"(?:plus de|près de|environ|quelque)\b")
