"""What an organisation does in a sentence: signs or funds (a partner), or only employs, attends or informs."""

import re

from .scopes import LATER_SITE_BEFORE

# « le président de X, Nom », « Nom, chercheuse à X »: X is where a person works.
TITLE_BEFORE = re.compile(
    r"\b(président|présidente|directeur|directrice|DG|PDG|secrétaire|représentants?|représentantes?|responsables?|"
    r"doyen|doyenne|chef|patron|porte-parole|wali|gouverneur|membres?|vice-présidents?|délégation|délégués?|"
    r"chercheur|chercheuse|enseignante?s?(?:-chercheur(?:e|se)?s?)?|professeure?s?|experte?s?|économiste|analyste|"
    r"journaliste|consultante?|spécialiste|fondateur|fondatrice|cofondateur|cofondatrice|ingénieur(?:e)?s?|"
    r"cadres|salariée?s|employée?s|collaborateurs|collaboratrices|"
    # (« un cadre de l'ADD, rencontré lors d'un colloque »: a person, never « dans le cadre de »)
    r"(?:(?<=\bun )|(?<=\bune )|(?<=\bhaut ))cadre)\b"
    # up to four words of the title itself: « directeur financier et administratif de »
    r"(?:\s+[\w'’-]+){0,4}?\s*\b(de|du|des|d['’]|à|au|auprès\s+d[eu]|au\s+sein\s+d[eu])\s*"
    r"(la\s+|l['’]\s*|le\s+|les\s+)?$",
    re.IGNORECASE,
)
# « des représentants de la Fondation X et de l'Association Y »: the title holds for each body of the list.
_TITLES_LIST_BEFORE = re.compile(r"\b(?:représentant(?:e)?s|responsables|membres|délégations|délégués|cadres|"
                                 r"directeurs|directrices|présidents|présidentes)\s+(?:de|du|des|d['’])[^.;:]{0,100}?"
                                 r"(?:,|\bet)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+|les\s+)?$",
                                 re.IGNORECASE)
# « 400 diplômés de l'Université Ibn Tofail », « des diplômés en géographie de l'université X »: where the people
# come from.
# (« sont étudiants à la Faculté des sciences ou à l'École X »: each school of the list)
# « ouvriront les portes des entreprises de Tanger Med »: where the employers are, not a party.
# (« Tanger a déjà de grands employeurs, comme le groupe Tanger Med »: one of the employers the town has, as an example)
_EMPLOYERS_OF_BEFORE = re.compile(r"\b(?:entreprises|sociétés|employeurs|industriels|usines)\s+(?:de|du|d['’])\s*"
                                  r"(?:la\s+|l['’]\s*|le\s+)?$|"
                                  r"\b(?:entreprises|sociétés|employeurs|industriels|groupes|clients)\b[^.;]{0,30}?,?\s*"
                                  r"(?:comme|tels?\s+que|telles?\s+que)\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?"
                                  r"(?:groupe\s+|société\s+)?$", re.IGNORECASE)
# « Atlas Hospitality, un groupe hôtelier de Marrakech, a recruté quatre lauréats », « Sahara Data Services en a recruté
# six »: an employer that took graduates on, after the training, not a party to it.
_HIRED_GRADUATES_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?(?:\s*,[^,;.]{1,120},)?\s+(?:en\s+)?"
                                    r"(?:a|ont|avait|avaient)\s+"
                                    r"(?:déjà\s+|aussi\s+|également\s+)?(?:recruté|embauché|engagé|intégré)\b"
                                    # (not its own trainers hired, nor « a engagé trois millions de dirhams »)
                                    r"(?![^.;]{0,30}\b(?:formateurs?|enseignants?|encadrants?|coachs?|millions?|"
                                    r"milliards?|dirhams|DH|MDH|budget|enveloppe|fonds|somme|montant|crédits)\b)",
                                    re.IGNORECASE)
_MEMBERS_BEFORE = re.compile(
    r"\b(diplômée?s|étudiante?s|lauréate?s|stagiaires|élèves|apprenante?s|jeunes|chercheurs|enseignants|"
    # (« des licences en économie, des techniciens de l'OFPPT… »: where the trainees come from)
    r"techniciens|techniciennes)"
    r"(?:\s+en\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:(de|du|des|d['’])|(?:à|au)(?:[^.;:]{0,80}?(?:,|\bet|\bou)\s+(?:à|au))?)"
    r"\s*(la\s+|l['’]\s*|le\s+)?$",
    re.IGNORECASE,
)
# « un diplôme de technicien en réseaux, obtenu à l'OFPPT en 2017 »: where a person studied once.
# (« elle a obtenu une licence de biologie à la faculté des sciences Semlalia de l'Université X », « il décroche une
# licence à l'Université X », « J'ai fait mes études à l'INPT », « s'était inscrit en mathématiques à l'Université X »,
# « a fait l'ENCG d'Agadir »: where the speaker studied, the verb or the degree first)
_STUDIED_AT_BEFORE = re.compile(r"\b(?:j['’]ai|il\s+a|elle\s+a|avait|avais)\s+(?:déjà\s+)?(?:un|une|son|sa|mon|ma)\s+"
                                # (« J'ai un diplôme de l'OFPPT en gestion »: a diploma held, from a school)
                                r"(?:diplôme|licence|master|BTS|DUT|certificat)\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*$|"
                                r"\b(?:diplômes?|licences?|masters?|BTS|DUT|baccalauréat|études)\b[^.;]{0,80}?"
                                r"\b(?:obtenue?s?|décrochée?s?|faites?)\s+(?:à|au|auprès\s+de)\s*"
                                r"(?:la\s+|l['’]\s*|le\s+)?$|"
                                # (« elle a suivi une formation de six mois en bureautique à l'OFPPT »: one person's
                                # own past course, not « les jeunes ont suivi une formation à l'ISTA »)
                                r"\b(?:elle|il|j['’]ai)\s+(?:a\s+)?(?:déjà\s+)?suivi\s+(?:une?|sa|son)\s+formation\b"
                                r"[^.;]{0,70}?\b(?:à|au|auprès\s+de)\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                                r"\b(?:obtenu|décroch\w*|fait|suivi|préparée?|soutenu|passé)\s+(?:une?|sa|son|ses|mes|ma|mon)\s+"
                                r"(?:licence|master|doctorat|thèse|diplôme|DUT|BTS|études|formation\s+d['’]ingénieur)\b"
                                r"[^.;]{0,70}?\b(?:à|au|de|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                                # (« J'étais inscrite à l'ANAPEC depuis 2023 »: a job seeker's agency)
                                r"\b(?:s['’]était|s['’]est|était|étais|est|suis)\s+inscrite?\s+(?:en\s+[\w'’-]+\s+)?"
                                r"(?:à|au)\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                                # (« avait poussé la porte de l'agence ANAPEC de Laâyoune »: a visit as a user)
                                r"\b(?:poussé|pousser|franchi|frapper|frappé)\s+(?:à\s+)?la\s+porte\s+(?:de\s+la\s+|du\s+|"
                                r"de\s+l['’]\s*|des\s+)(?:agence\s+)?$|"
                                r"\b(?:a|ai|avait|avais)\s+fait\s+(?:l['’]\s*|la\s+|le\s+)$", re.IGNORECASE)
# « avant d'entrer chez Attijariwafa bank, où elle a passé onze ans », « douze ans … chez CGI puis chez Capgemini »:
# where a person worked.
_WORKED_AT_BEFORE = re.compile(r"\b(?:entrer|entrée?|entré|travaill\w*|passé\s+[^.;]{0,20}?\bans|carrière|"
                               r"embauchée?|employée?|conseil\s+informatique)\b[^.;]{0,40}?"
                               r"\bchez\s*$|\bpuis\s+chez\s*$|"
                               # (« Pendant huit ans, elle a enseigné l'informatique à l'École X »: a past post;
                               # « Née à Laâyoune, formée à l'École Y »: where she studied)
                               r"\b(?:pendant|durant)\s+[^.;]{0,20}?\bans\b[^.;]{0,20}?\b(?:a|avait)\s+(?:enseigné|travaillé|"
                               r"exercé)\b[^.;]{0,40}?\b(?:à|au)\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                               r"\bnée?\s+(?:à|en|au)\s+[^.;,]{1,30},\s*formée?\s+(?:à|au)\s*(?:la\s+|l['’]\s*|le\s+)?$",
                               re.IGNORECASE)
# « 180 étudiants, issus de l'ENSA, de la Faculté des sciences et de l'École X »: where the trainees come from, each
# school of the list.
_ORIGIN_LIST_BEFORE = re.compile(
    r"\b(?:issue?s|venue?s|originaires|provenant)\s+(?:de|du|des|d['’])[^.;]{0,160}(?:,|\bet)\s+"
    r"(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$",
    re.IGNORECASE,
)
_ATTACHED_BEFORE = re.compile(
    r"\b(relevant|dépendant|rattachée?s?|affiliée?s?|issue?s?|qui\s+dépend|qui\s+relève)\s+(de|du|des|d['’]|à|au)\s*"
    r"(la\s+|l['’]\s*|le\s+)?$",
    re.IGNORECASE,
)
# « l'Université X assure, à travers son École nationale des sciences appliquées, le contenu »: a part of a partner
# named through it, not a partner of its own.
_THROUGH_ITS_BEFORE = re.compile(r"\b(?:à\s+travers|via|par\s+l['’]intermédiaire\s+de|par\s+le\s+biais\s+de)\s+"
                                 r"(?:son|sa|ses|leur|leurs)\s+$", re.IGNORECASE)
# « selon le HCP », « d'après les chiffres de l'ANAPEC »: a source of figures, not a partner.
# (« …, glisse-t-on au Conseil régional »: who let it be known)
_SOURCE_BEFORE = re.compile(
    r"\b(selon|d['’]après|de source|cité par|citée par|chiffres|statistiques|rapport|étude|enquête|estimations?|"
    r"projections?|calculs)\b"
    # (« Selon la direction provinciale de l'ANAPEC »: a body's service may come first)
    r"[^,;.]{0,45}$|\b(?:glisse|confie|indique|précise|souffle|assure|explique|apprend)-t-on\s+(?:au|à\s+la|à\s+l['’]|"
    r"auprès\s+d[eu]s?|du\s+côté\s+d[eu]s?)\s*(?:la\s+|l['’]\s*|le\s+)?$|"
    # (« le communiqué rendu public lundi par l'Association X »: who wrote it)
    r"\b(?:communiqués?|lettre\s+ouverte|pétition)\b[^,;.]{0,30}\bpar\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?"
    r"(?:association|collectif|fédération|syndicat|coordination)?\s*$|"
    # (« rejette le chiffre de 2 MDH avancé par l'association »: who claims a figure)
    r"\b(?:avancée?s?|dénoncée?s?|revendiquée?s?|contestée?s?|affirmée?s?|évoquée?s?)\s+par\s+"
    r"(?:la\s+|l['’]\s*|le\s+|les\s+)?(?:association|collectif|fédération|syndicat|coordination)?\s*$|"
    # (« la réponse du ministère de l'Intérieur à une question écrite du député »: who answers for the State)
    r"\bréponse\s+(?:écrite\s+)?(?:du|de\s+la|de\s+l['’])\s*(?:ministère\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+))?$",
    re.IGNORECASE,
)
# « Les organisateurs ont remercié l'Association X, qui a assuré bénévolement l'interprétation de la cérémonie »: a
# service to the evening, thanked.
_THANKED_BEFORE = re.compile(r"\bremerci\w*\s+(?:[\w'’-]+\s+){0,3}?(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
_FOR_THE_EVENING_AFTER = re.compile(r"[^.;]{0,140}?\b(?:de|pendant|lors\s+de|durant)\s+la\s+(?:cérémonie|soirée|"
                                    r"rencontre|journée)\b", re.IGNORECASE)
# « Le ministère rappelle par ailleurs dans sa réponse que … », « la Région estime que … »: who speaks, in this
# mention no more.
_SPEAKS_AFTER = re.compile(r"\s+(?:rappelle|rappellent|souligne|soulignent|précise|précisent|indique|indiquent|"
                           r"affirme|affirment|estime|estiment)\s+(?:par\s+ailleurs\s+|aussi\s+|également\s+)?"
                           r"(?:dans\s+(?:sa|son|leur)\s+\w+\s+)?que\b", re.IGNORECASE)
# « en présence du wali, de la ministre et d'une délégation de X », « une cérémonie présidée par le
# wali, gouverneur de la province d'Errachidia »: who attended or presided.
# (Not « invités »: « les candidats sont invités à s'inscrire auprès de l'ANAPEC ».)
_PRESENCE = re.compile(r"\b(en (la )?présence(?! des (?:\w+ )?(?:partenaires|signataires))|sous la présidence|"
                       r"présidée? par|ont assisté|a assisté|ont pris part|a pris part|"
                       # (« Parmi les invités figuraient le gouverneur, … et X, qui a modéré la table ronde »)
                       r"parmi les invités,?\s+(?:figuraient|figurait|on\s+(?:notait|remarquait|comptait)|"
                       r"se\s+trouvaient|étaient\s+présents)|"
                       # (« devant une centaine d'invités, parmi lesquels le wali de la région X »)
                       r"invités\s*,\s*parmi\s+(?:lesquels|lesquelles|eux))\b", re.IGNORECASE)
# « X, opérateur du programme », « Y, qui finance l'essentiel », « Z (UMP), qui met ses locaux à disposition ».
_ROLE_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:(?:son|sa|leur|l['’]|le|la)\s*)?"
                         r"(?:opérat|partenaire|financeur|cofinanceur|porteur|gestionnaire|"
                         # (« …, à qui est confiée la pédagogie »: the part handed to it)
                         r"à\s+qui\s+(?:est|sera|sont|seront|a\s+été)\s+confiée?s?|"
                         # (« celle de la directrice de Simplon Maroc, chargée de concevoir la pédagogie »)
                         r"chargée?s?\s+d[e'’u]|"
                         # (« …, qui en assure l'encadrement »)
                         r"qui\s+(?:le\s+|la\s+|les\s+|en\s+|y\s+)?(?:finance|cofinance|accueille|porte|pilote|met|assure|"
                         r"opère|gère|"
                         # (« dans les locaux de la Faculté X, qui fournit également une partie des enseignants »)
                         r"apporte|prend|(?:fournit|fournira|détache|détachera)\s+(?:aussi\s+|également\s+)?"
                         r"(?:une\s+partie\s+des\s+|les\s+|des\s+|ses\s+)?(?:enseignants|formateurs|formatrices|"
                         r"professeurs|encadrants|intervenants)))", re.IGNORECASE)
# « …, qui est aussi signataire », « …, qui est également partenaire »: said outright, whatever came before.
_PARTY_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*qui\s+(?:est|sont|était|sera)\s+(?:aussi\s+|également\s+|"
                          r"elle-même\s+|lui-même\s+)?(?:co)?(?:signataire|partenaire)", re.IGNORECASE)
# « signée au siège de la wilaya », « sur le campus de l'Université X », « organisée à l'École Y »: where it took
# place.
_VENUE_BEFORE = re.compile(r"\b(au siège|dans les locaux|au sein des locaux|dans l['’]enceinte|à la salle|"
                           r"à l['’]amphithéâtre|à l['’]auditorium|dans l['’]amphithéâtre|dans l['’]auditorium|"
                           r"dans la salle|sur le campus|au campus|l['’]amphithéâtre|l['’]auditorium|"
                           r"(?:le|la)\s+(?:grande?\s+)?(?:auditorium|amphithéâtre|salle)|"
                           # (« dans la salle des fêtes de la Commune de Taroudant »)
                           r"(?:la|les) salles? (?:d(?:e|es) conférences?|informatiques?|de cours|des\s+fêtes|"
                           r"polyvalente|d(?:e|es)\s+réunions?|d['’]honneur))\s+"
                           r"(de|du|des|d['’])\s*"
                           r"(la\s+|l['’]\s*|le\s+)?$|"
                           # (« dans l'amphithéâtre de la faculté polydisciplinaire de l'Université X »: the room of
                           # one of its schools)
                           r"\b(?:l['’]amphithéâtre|l['’]auditorium|la\s+salle)\s+(?:de\s+la|de\s+l['’]|du)\s*"
                           r"(?:faculté|école|institut|cité|centre)\b[^.;,]{0,50}?\s(?:de\s+la|de\s+l['’]|du|d['’])\s*$|"
                           # « ont lancé mardi, au campus 1337 MED de Tétouan, la deuxième saison »: the campus as the
                           # place, its name right after the word
                           r"\b(?:au|sur\s+le)\s+campus\s*$|"
                           # « dans la grande salle du centre culturel de la Fondation X », « au complexe culturel de
                           # la Fondation X »: the body's building, where the ceremony is held
                           r"\b(?:au|du|dans\s+le|le)\s+(?:centre|complexe)\s+(?:culturel|socio-?culturel|sportif|"
                           r"de\s+conférences)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « dans un amphithéâtre comble de l'ENSA », « dans les laboratoires de l'École X »
                           r"\b(?:dans|à)\s+(?:un|une|le|la|les|l['’]|ses|leurs|deux|trois|quatre|quelques|des)\s*"
                           r"(?:amphithéâtres?|amphis?|auditoriums?|"
                           r"salles|laboratoires?|locaux|ateliers)(?:\s+[\w'’-]+){0,2}?\s+(?:de|du|des|d['’])\s*"
                           r"(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « l'université fournissant les locaux de l'École X »: the school's rooms, lent
                           r"\b(?:fourni\w*|prêt\w*|(?:met|mett\w*|mis\w*)\s+à\s+disposition)\s+(?:les|ses|des|leurs)\s+"
                           r"(?:locaux|salles|amphithéâtres?|laboratoires?)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                           r"\b(?:organisée?s?|tenue?s?|déroulée?s?)\s+(?:[\w'’-]+\s+){0,2}?(?:à|au sein de)\s*"
                           r"(?:la\s+|l['’]\s*|le\s+)?$|"
                           # (« Lors du lancement de la plateforme, mercredi, à l'INPT de Rabat »: a caption's place)
                           r"\b(?:lors|au\s+cours)\s+(?:du|de\s+la|de\s+l['’])\s*(?:lancement|cérémonie|signature|"
                           r"inauguration|remise|rencontre|conférence)\b[^.;]{0,60}?,\s*à\s+(?:la\s+|l['’]\s*)$|"
                           # « s'est tenue dans l'amphithéâtre du complexe culturel de l'OCP », « a eu lieu dans la
                           # salle de conférences de l'annexe de Safi de la Chambre X »: a room of the body's building
                           r"\b(?:s['’]est\s+(?:tenue?|déroulée?)|se\s+(?:tenait|déroulait)|(?:a|avait)\s+eu\s+lieu)\s+"
                           r"(?:dans|à)\s+(?:la|le|l['’]|une?)\s*(?:amphithéâtre|auditorium|salle|amphi|hall|"
                           r"espace|théâtre|aula)\b[^.;,:]{0,80}?\s(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « inaugurée ce mardi à Casablanca, au sein de la Faculté X »: where it is housed
                           # (« annonce l'inauguration, vendredi, d'une académie au sein de l'École X »)
                           r"\b(?:inaugurée?s?|inauguration|ouverture|ouverte?s?|installée?s?|implantée?s?|logée?s?|"
                           r"hébergée?s?)\b[^.;]{0,60}?\bau\s+sein\s+"
                           r"d(?:e\s+la|e\s+l['’]|u|es)\s*$|"
                           # « les formations seront dispensées à l'Institut X »: where they take place
                           # (« La présentation officielle a eu lieu à la Chambre de commerce »)
                           r"\b(?:dispensée?s?|se\s+dérouleront|se\s+déroulent|auront\s+lieu|ont\s+lieu|"
                           r"(?:a|avait)\s+eu\s+lieu|aura\s+lieu|a\s+lieu)\s+"
                           r"(?:à|au sein de|dans)\s*(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « l'ouverture prochaine d'un espace similaire à l'École X »: another site, to come
                           r"\b(?:similaires?|semblables?|identiques?|analogues?|du\s+même\s+type)\s+(?:à|au|dans)\s*"
                           r"(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « l'école occupe deux ateliers de l'École X »: rooms it uses
                           r"\b(?:occupe|occupent|occupera|utilise|utilisent)\s+(?:[\w'’-]+\s+){0,2}?(?:salles?|ateliers?|"
                           r"locaux|bureaux|laboratoires?|étages?|bâtiments?|amphithéâtres?)\s+(?:de|du|des|d['’])\s*"
                           r"(?:la\s+|l['’]\s*|le\s+)?$|"
                           # « les entreprises de la zone de Tétouan Park et de Tanger Med »: a place, its name a body's
                           r"\bzones?\s+(?:industrielles?\s+|franches?\s+|d['’]activités\s+)?(?:de|d['’]|du)\s*"
                           r"(?:[A-ZÀ-Þ][\w'’-]*\s+){0,2}(?:et\s+(?:de|d['’]|du)\s*)?$|"
                           # « les cours débuteront en janvier à l'École X », « les laboratoires seront installés à
                           # l'École Y »: where the training starts or is housed
                           # (« des entreprises installées à Tétouan Park et à Tanger Med »: each place of the list)
                           r"\b(?:débuter\w*|commencer\w*|démarrer\w*|installée?s?|logée?s?|abritée?s?)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?(?:à|au sein de|dans)\s*(?:la\s+|l['’]\s*|le\s+)?$",
                           re.IGNORECASE)
# « … l'association X », « … la société Y »: the kind word an unknown organisation's name is read after.
_KIND_BEFORE_NAME = r"(?:association|société|fondation|groupe|entreprise)?\s*$"
# « lors de la conférence de presse organisée à Tinghir par l'Association X »: who speaks to the press, a source.
_PRESS_CONFERENCE_BEFORE = re.compile(r"\bconférence\s+de\s+presse\b[^.;]{0,60}?\b(?:organisée?|tenue?|donnée?|animée?)"
                                      r"\b[^.;]{0,30}?\bpar\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?" + _KIND_BEFORE_NAME,
                                      re.IGNORECASE)
# « Invitée à la cérémonie, l'ANAPEC a présenté ses services »: the participle opening the sentence.
_INVITED_TO = r"(?-i:I)nvitée?s?\s+(?:à\s+la|à\s+l['’]|à\s+cette|au|aux)\s*[a-zà-ÿ]+"
# « Invitée d'honneur, l'AMDIE a présenté... »: a guest of the event, not a party to it.
_GUEST_BEFORE = re.compile(# « Nous remercions aussi nos invités : Pr. X, de l'Université Y, … »: a list of guests
                           # (« à nos invités d'honneur : le doyen de la Faculté X (Université Y), … »)
                           r"\b(?:nos|les|ses|leurs|des)\s+invitée?s(?:\s+d['’]honneur)?\s*:[^;]{0,160}$|"
                           r"\b(?:invitée?s?\s+d['’]honneur|invitée?s?\s+spéciale?s?|hôtes?\s+de\s+la\s+cérémonie|"
                           + _INVITED_TO + r")"
                           # « Invité d'honneur de la soirée, le groupe OCP »
                           # (« Invitée à la cérémonie, l'organisation X … a présenté »: its kind first)
                           r"[^,;.]{0,30}?\s*,?\s*(?:la\s+|l['’]\s*|le\s+|les\s+)?"
                           r"(?:(?:groupe|société|organisation|association|fondation|agence|ONG)\s+)?$|"
                           # « Invitée d'honneur, la déléguée provinciale de l'ANAPEC », « L'invité d'honneur, un DRH
                           # d'inwi »: a person, then whom she works for
                           # (« Invitée à la cérémonie, l'agence provinciale de l'ANAPEC a présenté ses services »)
                           r"\b(?:invitée?s?\s+d['’]honneur|" + _INVITED_TO + r")[^,;.]{0,30}?,\s*"
                           r"(?:une?|la|le|l['’])\s*(?:[\w'’-]+\s+){0,3}?(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$",
                           re.IGNORECASE)
# « La cérémonie, accueillie par l'université », « à l'invitation de la Chambre »: who hosted the event.
# (A training « hébergée par » a school is another matter: that school takes part.)
_HOST_BEFORE = re.compile(
    r"\b(?:(?:cérémonie|rencontre|réunion|événement|évènement|signature|séance|conférence|journée|soirée|table\s+ronde|"
    r"débat)\b[^.;]{0,40}?\b(?:accueillie?s?|abritée?s?|hébergée?s?|organisée?s?\s+au\s+siège|animée?s?|modérée?s?|"
    r"présentée?s?)\s+(?:par|de)"
    # (« La table ronde, modérée par Leila A., de l'association X »: a person, then whom she comes from)
    r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*){0,2}\s*,\s*(?=(?:de\s+la|de\s+l['’]|du|des|de|d['’])))?"
    r"|à\s+l['’]invitation|"
    # (« lors du forum provincial de l'emploi organisé par l'agence locale de l'ANAPEC »: the fair's organiser)
    r"\b(?:forum|salon|foire|job\s+dating|career\s+day|caravane\s+de\s+l['’]emploi)\b[^.;]{0,60}?\borganisée?s?\s+"
    r"par(?:\s+(?:la|l['’])\s*(?:agence|direction|délégation)\s+(?:locale|régionale|provinciale)\s+(?=de\s+l['’]|de\s+la|du))?|"
    # (« elle a présenté son bilan au forum de l'emploi de la CGEM Souss-Massa »: the body's own event, a stage)
    r"\b(?:au|du)\s+(?:forum|salon|colloque|festival|congrès)\b(?:\s+(?:de\s+l['’]|du|des|de)\s*[a-zà-ÿ]+){0,2}"
    r"\s+(?=(?:de\s+la|de\s+l['’]|du|des)\b))"
    r"\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|la\s+|l['’]\s*|le\s+|les\s+)?" + _KIND_BEFORE_NAME,
    re.IGNORECASE,
)
# « Les cours ont lieu au centre culturel de la ville, mis à disposition par la commune »: who lends the room.
# (« sur la place Assarag, mise à disposition par la commune »: a town square, named, as the room)
_LENDS_ROOM_BEFORE = re.compile(r"(?:\b(?:salles?|locaux|centre|amphithéâtre|espace|foyer|maison|bâtiment|esplanade|"
                                r"stade|terrain)\b|\bplace\s+(?-i:[A-ZÀ-Þ]))[^.;]{0,60}?"
                                # (« dans des salles prêtées par l'Université X »: lent, said without « à disposition »)
                                # (« prêtée pour l'occasion par la Direction X »)
                                r"\b(?:mise?s?|prêtée?s?)\s+(?:gracieusement\s+|pour\s+l['’]occasion\s+|"
                                r"exceptionnellement\s+)?(?:à\s+(?:sa\s+|la\s+)?disposition\s+)?"
                                r"par\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
# « le studio que le Technopark de Rabat prête à l'émission », « l'Université X, qui prête ses salles »: who lends
# the rooms.
# (« la Cité de l'innovation X, qui nous prête deux plateaux »: said in a clause after its name too)
# (« l'Association X d'El Marsa qui, comme chaque année, nous prêtent leur salle », « X qui nous a prêté son amphi »)
# (« l'École X (Université Y) mettra à disposition deux salles »: a parenthesis between, either of them lends)
LENDS_AFTER = re.compile(r"(?:\s*[»”\")])?(?:\s*\([^()]{1,60}\))?"
                         r"(?:\s+(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)?"
                         r"(?:\s*,?\s*qui(?:\s*,[^,.;]{1,40},)?(?:\s+(?:nous|leur|lui|vous))?|"
                         # (« L'Université X nous prête deux amphithéâtres », « L'ENS de Martil, qui relève de
                         # l'Université X, nous prête deux salles »)
                         r"(?:\s*,[^,.;]{1,70},)?\s+(?:nous|leur|lui|vous)|"
                         # (« Le programme X, qui avait formé l'an dernier 120 jeunes, a prêté sa salle »)
                         r"\s*,[^,.;]{1,90},)?"
                          # (« …, qui avait simplement prêté sa salle »)
                          r"(?:\s+(?:a|avait|avaient|ont)(?:\s+(?:simplement|seulement|gracieusement))?)?"
                          # (not « …, lancé au complexe culturel de la ville, prêté pour l'occasion par la commune »:
                          # the participle alone after a comma is the room lent, not its lender)
                          r"\s+(?:prête|prêtent|prêtait|prêtaient|prêtera|prêté(?<!,\sprêté)|"
                          # (« …, qui nous ouvre gracieusement les portes de sa salle polyvalente »)
                          r"ouvre(?:nt)?\s+(?:gracieusement\s+)?(?:les\s+portes\s+de\s+)?(?:sa|ses|leur|leurs)\s+"
                          r"(?:salles?|locaux|espaces?|amphithéâtres?)|"
                          # (« deux salles que l'Université X met à sa disposition »)
                          # (« l'école « 1337 » qui a mis gracieusement à disposition ses salles »)
                          r"(?:met(?:tent|tra|tront)?|mise?s?)\s+(?:gracieusement\s+)?à\s+(?:la\s+|sa\s+|leur\s+)?"
                          r"disposition|héberge|hébergeait|abrite|abritait)\b",
                          re.IGNORECASE)
# (« …, qui prête ses salles et assure l'encadrement »: who does more than lend the rooms takes part)
_DOES_MORE = re.compile(r"\b(?:financ|cofinanc|encadr|enseign|assur|dispens|délivr|form(?:e|ent|era|eront)\b|certifi|"
                        # (« port(e)… » as a verb or its agent, not « au bord du port »)
                        r"pilot|opère|opérat|signataire|partenaire|port(?:e|ent|era|eront|eur|euse|ée?)s?\b|"
                        r"format(?:eur|rice)s|enseignants|encadrants|"
                        # (« a mis à disposition le terrain et a pris en charge l'aménagement »: land and works given)
                        r"terrains?\b|foncier|pris\s+en\s+charge|prend\s+en\s+charge|"
                        # (« met à disposition les locaux, conformément à la convention »: its share as a party)
                        r"conformément\s+à\s+la\s+convention|en\s+vertu\s+de\s+la\s+convention|"
                        r"dans\s+le\s+cadre\s+de\s+la\s+convention)",
                        re.IGNORECASE)
# « des salles mises à disposition par l'Université X dans le cadre de l'avenant »: rooms given as a party's share.
_UNDER_THE_AGREEMENT = re.compile(r"\s*,?\s*(?:dans\s+le\s+cadre|en\s+vertu|au\s+titre|aux\s+termes|conformément)\s+"
                                  r"(?:de\s+la|de\s+l['’]|du|d['’]|de\s+cette|de\s+cet)\s*(?:nouvel(?:le)?\s+)?"
                                  r"(?:convention|avenant|accord|partenariat|contrat|protocole)\b", re.IGNORECASE)
# (« l'Université X, qui abrite la Cité de l'innovation »: what a partner houses, not a room it lends)
_LENDS_ROOMS = re.compile(r"prêt|disposition|ouvre", re.IGNORECASE)
# « X et le président de Y ont assisté à la cérémonie »: the subject of « ont assisté », only there.
# (« On a vu la Fondation X très présente lors de la cérémonie »: there, no more)
_ATTENDED_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?"
                             r"(?:assisté|pris\s+part)|assistaient|assistait)\s+(?:à|au|aux)\b|"
                             # (« La présidente de la commission X de la CGEM y a pris la parole pour appeler … »)
                             r"\s+(?:y\s+)?(?:a|ont)\s+(?:également\s+|aussi\s+)?pris\s+la\s+parole\b|"
                             # (« Le ministre de X est intervenu par message vidéo »: he spoke, from afar)
                             r"\s+(?:est|était)\s+(?:également\s+|aussi\s+)?intervenue?\s+(?:par\s+(?:un\s+)?"
                             r"(?:message\s+)?vidéo|par\s+visio(?:conférence)?|à\s+distance|en\s+duplex)\b|"
                             # (« X, qui a cofinancé l'an dernier deux maisons digitales, était représentée à la
                             # cérémonie »: there, whatever it did elsewhere)
                             r"[^.;:]{0,160}?\b(?:était|étaient)\s+(?:également\s+|aussi\s+)?représentée?s?\s+"
                             r"(?:à|au|lors)\b|"
                             r"\s+(?:très\s+|bien\s+)?présente?s?\s+(?:lors\s+de|à|pendant|durant)\s+(?:la|cette|l['’])\s*"
                             r"(?:cérémonie|soirée|inauguration|remise|rencontre|journée)\b|"
                             # (a speech: « Je remercie la CGEM, dont les représentants sont parmi nous ce matin, et que
                             # nous inviterons à ouvrir ses entreprises »: in the room, and asked to join later)
                             r"\s*,\s*dont\s+(?:les\s+|la\s+|le\s+)?(?:représentant|délégation|directeur|directrice|"
                             r"président|responsable)\w*\s+(?:sont|est)\s+(?:parmi\s+nous|présente?s?|ici|dans\s+la\s+"
                             r"salle)\b", re.IGNORECASE)
# « ..., qui accueillait la cérémonie »: the room's owner, not a party.
# (« …, qui a accueilli la cérémonie dans son amphithéâtre »: in the past tense too)
# (« L'Université X avait accueilli la cérémonie de clôture de la première cohorte »: a host, told without « qui »)
# (« …, qui accueille gracieusement les promotions »: a room given for nothing, whatever it holds)
_HOSTS_EVENT_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*qui\s+(?:les\s+|nous\s+|la\s+|l['’]\s*)?"
                                r"(?:accueill\w*|abrit\w*|héberg\w*)\s+gracieusement\b|"
                                # (« Le CRI nous a accueillis et son directeur nous a aidés »: who welcomed the parties)
                                # (« Je veux remercier la Chambre X, qui nous a accueillis pour la signature »)
                                r"(?:\s*,\s*qui)?\s+nous\s+(?:a|avait)\s+accueillie?s\b|"
                                # (« …, simple hôte de l'événement »: the host, said to be no more)
                                r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:(?:qui\s+)?(?:n['’]est|n['’]était)\s+qu['’]\s*|"
                                r"(?:simple|seulement)\s+)(?:l['’]\s*)?hôte\b|"
                                r"\s*(?:\([^)]{1,12}\))?(?:\s+(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]*)?"
                                r"(?:\s*,\s*qui\s+|\s+(?=a\s+accueill|avait\s+accueill))"
                                r"(?:a\s+|avait\s+)?(?:accueill\w*|abrit\w*)\s+(?:la|cette|l['’])\s*"
                                r"(?:cérémonie|rencontre|réunion|séance|signature|soirée|manifestation|événement|évènement|"
                                r"journée|conférence)", re.IGNORECASE)
# « Ancien partenaire du projet, Microsoft... », « le ministère, qui avait soutenu la première édition, n'est
# plus partenaire »: who was a partner once, not now.
_FORMER_BEFORE = re.compile(r"\banciens?\s+partenaires?\b[^.;]{0,30}?,\s*(?:la\s+|l['’]\s*|le\s+|les\s+)?"
                            + _KIND_BEFORE_NAME + "|"
                            # « le cycle « Laâyoune Tech Days », organisé l'an dernier par la Chambre de commerce »:
                            # last year's event, someone else's
                            r"\b(?:organisée?s?|lancée?s?|financée?s?|menée?s?)\s+(?:l['’]an\s+(?:dernier|passé)|"
                            r"l['’]année\s+(?:dernière|passée))\s+par\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?$|"
                            # « l'ancien espace, soutenu jusqu'en 2023 par Orange Maroc »: support that ended
                            r"\b(?:soutenue?s?|financée?s?|appuyée?s?|accompagnée?s?|parrainée?s?)\s+jusqu['’](?:en|à)\s+"
                            r"(?:19|20)\d{2}\s+par\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?$|"
                            # « l'offre se limitait jusqu'ici à quelques modules de l'OFPPT »: the state before it
                            r"\b[a-zà-ÿ]+(?:ait|aient)\s+(?:jusqu['’](?:ici|alors|à\s+présent)|jusque-là)\b[^.;]{0,80}$|"
                            # « Le retrait, au printemps 2025, de la Fondation X », « acte le départ de l'Association
                            # Y », « l'OCP remplace la Fondation X »: who left, or whose place another took
                            r"\b(?:le\s+retrait|le\s+départ|la\s+sortie|le\s+désengagement)(?:\s*,[^,.;]{1,40},)?\s+"
                            r"(?:de\s+la|du|de\s+l['’]|des|de|d['’])\s*" + _KIND_BEFORE_NAME + "|"
                            # (« …, en remplacement de SOS Villages d'enfants Maroc »)
                            r"\b(?:remplace|remplacent|remplaçant|succède\s+à|prend\s+la\s+place\s+d[eu]|"
                            r"en\s+remplacement\s+(?:de|du|des))\s+"
                            r"(?:la\s+|l['’]\s*|le\s+|les\s+)?" + _KIND_BEFORE_NAME + "|"
                            # « Auparavant, nous passions par un organisme privé, X »: the way it was done before
                            r"\bauparavant\b[^.;]{0,80}$|"
                            # (« Jusqu'en 2024, nous travaillions avec l'OFPPT »: until a year gone by)
                            r"\bjusqu['’](?:en|à)\s+(?:19|20)\d\d\b[^.;]{0,60}?\b[a-zà-ÿ]+(?:ait|aient|ions|iez)\b[^.;]{0,40}$|"
                            # (« Le local abritait jusqu'en 2024 un espace soutenu par X »: the imperfect first)
                            r"\b[a-zà-ÿ]+(?:ait|aient)\s+jusqu['’](?:en|à)\s+(?:19|20)\d\d\b[^.;]{0,80}$",
                            re.IGNORECASE)
_FORMER_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*(?:,\s*(?:son\s+|l['’])?ancien(?:ne)?\s+partenaire|"
                           # « Managem, alors associé au projet », « inwi se retire », « X quitte le projet »
                           r",\s*alors\s+(?:associée?|partenaire|impliquée?|membre)\b|"
                           # (« avec l'appui de Simplon à l'époque »: then, not now)
                           r"\s+à\s+l['’]époque\b|"
                           # (« l'opérateur privé, X, dont le contrat a été résilié »: its part ended)
                           r",\s*dont\s+(?:le\s+contrat|la\s+convention|la\s+mission|le\s+mandat)\s+(?:a\s+été|"
                           r"est)\s+(?:résiliée?|rompue?|dénoncée?|arrêtée?|suspendue?)\b|"
                           # (« La Fondation X, qui devait prendre en charge les bourses des apprenants, se retire du
                           # projet »: a long aside between)
                           r"(?:\s*,[^,.;]{1,100},)?\s+(?:se\s+retire|se\s+retirent|quitte\s+(?:le|ce)\s+(?:projet|programme|tour\s+de\s+table)|"
                           r"s['’](?:en\s+)?est\s+retirée?\s+du\s+(?:tour\s+de\s+table|projet|programme))\b|"
                           # (« la Chambre de commerce de Kénitra, qui s'en est retirée l'an dernier », « l'ANAPEC,
                           # signataire de la convention initiale, qui se retire du partenariat »: who left, in a
                           # relative clause)
                           r"(?:\s*\([^)]{1,40}\))?(?:\s*,[^,.;]{1,60})?\s*,\s*qui\s+(?:s['’](?:en\s+)?est\s+(?:\w+\s+)?"
                           r"retirée?|se\s+retire|a\s+quitté|ne\s+(?:fait|figure)\s+plus|n['’]est\s+plus)\b|"
                           # « l'ANAPEC, partenaire des deux premières saisons, ne figure plus »
                           # (« Deloitte Maroc, n'intervient plus dans le projet depuis l'été »)
                           r"(?:,\s*[^,;.]{0,100},)?\s*,?\s*(?:n['’](?:est|était|intervient|participe)\s+plus|"
                           r"ne\s+(?:fait|figure)\s+plus|"
                           # (« …, chargée à l'origine de la gestion, s'est en revanche retirée du projet »)
                           r"s['’](?:en\s+)?est\s+(?:depuis\s+|ensuite\s+|finalement\s+|en\s+revanche\s+|pourtant\s+|"
                           r"toutefois\s+|cependant\s+|entre-temps\s+)?retirée?|a\s+quitté)|"
                           # « Simplon Maroc nous a accompagnés pendant l'étude, mais s'est retiré avant l'ouverture »
                           # (« la SDL nous a aidés sur le choix du site, mais elle ne fait plus partie du projet »)
                           # (« La Fondation X a décidé de concentrer ses moyens ailleurs ; nous la remercions, mais
                           # elle ne participe pas à la deuxième édition »)
                           r"[^.;]{0,100}?[,;]\s*(?:[^.;,]{0,40},\s*)?(?:mais|puis)\s+(?:(?:elle|il)\s+)?"
                           r"(?:s['’](?:en\s+)?est\s+retirée?|a\s+quitté\s+le\s+projet|ne\s+(?:fait|figure)\s+plus|"
                           r"n['’]est\s+plus|ne\s+participe\s+(?:pas|plus))\b|"
                           # « la GIZ a financé nos deux premières années, dans le cadre d'un projet qui s'est terminé »
                           r"\s+(?:a|avait|ont|avaient)\s+(?:financé|cofinancé|soutenu|accompagné|appuyé)\b[^.;]{0,100}?"
                           r"(?:s['’]est\s+(?:terminée?|achevée?|arrêtée?)|a\s+pris\s+fin)\b|"
                           # « Au départ, Simplon Maroc faisait partie du projet »: the imperfect of another time
                           r"\s+faisait\s+(?:encore\s+)?partie\s+(?:du|de\s+la|de\s+l['’]|des)\b|"
                           # « avec le soutien de l'ANAPEC, dont le partenariat a pris fin en juin »
                           r"\s*,\s*dont\s+(?:le|la|l['’])\s*(?:partenariat|soutien|appui|concours|convention|contrat)\s+"
                           r"(?:a\s+pris\s+fin|s['’]est\s+(?:achevée?|terminée?|arrêtée?)|a\s+expiré|n['’]a\s+pas\s+été\s+renouvelée?)|"
                           # « l'Association X nous avait accompagnés pour le recrutement »: help of another time
                           r"(?:\s*,?\s*qui)?\s+(?:nous|les|l['’]|leur|lui)?\s*(?:avait|avaient)\s+(?:\w+\s+){0,2}(?:accompagnée?s?|"
                           r"soutenue?s?|aidée?s?|(?:co)?financée?s?|appuyée?s?|épaulée?s?|offerte?s?|donnée?s?|fournie?s?|"
                           r"animée?s?|menée?s?|organisée?s?|"
                           r"prêtée?s?|équipée?s?)\b|"
                           # « X a équipé la première salle ; ce partenariat s'est achevé l'an dernier »: its part ended
                           r"[^.]{0,160}?[;,]\s*(?:mais\s+)?(?:ce|le|notre|leur)\s+(?:partenariat|soutien|appui|contrat)\s+"
                           r"(?:s['’]est\s+(?:achevée?|terminée?|arrêtée?)|a\s+pris\s+fin|a\s+expiré)\b)",
                           re.IGNORECASE)
# « l'ancien centre, qui a abrité un établissement de l'OFPPT jusqu'en 2022 »: who was there until a year gone by.
_OCCUPIED_BEFORE = re.compile(r"\b(?:a|avait|ont|avaient)\s+(?:abrité|hébergé|accueilli|occupé|logé)\b[^.;]{0,50}?"
                              r"(?:de\s+la|du|de\s+l['’]|des|de|d['’])\s*$", re.IGNORECASE)
_UNTIL_A_YEAR_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s+jusqu['’](?:en|à)\s+(?:19|20)\d\d\b")
# « Lors de la première édition, c'est Simplon Maroc qui opérait la formation »: an earlier edition's body, told in
# the imperfect (not « Lors de cette première édition, X forme… », the edition the article is about).
_EARLIER_EDITION_BEFORE = re.compile(r"\b(?:lors|au\s+cours|pendant|durant)\s+(?:de\s+la|des)\s+(?:première|"
                                     r"précédente|dernière|deux\s+premières|premières)\s+éditions?\b[^.;]{0,50}$",
                                     re.IGNORECASE)
_IMPERFECT_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,?\s*(?:qui\s+)?(?:en\s+|y\s+|les\s+|la\s+|l['’]\s*)?"
                              r"[a-zà-ÿ]+(?:ait|aient)\b", re.IGNORECASE)
# « un bootcamp organisé avec X avait formé 35 jeunes »: what was made with it is told in the pluperfect, done.
# (« une phase pilote, financée en 2023 par la GIZ, avait formé quarante jeunes »: dated, an aside may close)
# (« une première version, montée en 2023 avec la coopération allemande GIZ, avait tourné court »: what the body is
# may come before its name)
# (« un espace de formation soutenu par l'Agence X avait ouvert dans la maison des jeunes »)
_MADE_WITH_BEFORE = re.compile(r"\b[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues)\s+(?P<year>en\s+(?:19|20)\d{2}\s+)?"
                               r"(?:avec|par)\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?(?:[a-zà-ÿ]+\s+){0,2}$", re.IGNORECASE)
# (« une expérience pilote menée en 2023 par la Fondation X, qui avait initié 60 femmes »: in a relative clause)
# (« un premier projet, monté en 2021 avec l'ANAPEC, n'avait jamais dépassé le stade de l'étude »: denied, as done)
_PLUPERFECT_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?(?P<aside>\s*,)?\s+(?:qui\s+)?(?:n['’]\s*)?(?:avait|avaient)\s+"
                               r"(?:déjà\s+|jamais\s+|pas\s+)?"
                               r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|ert|erte|ertes|erts|u)\b", re.IGNORECASE)
# « … que la Fondation X avait ouvertes dans la province avant de les fermer en 2022 »: what it did, since ended.
_ENDED = re.compile(r"\b(?:avant\s+de\s+(?:les?|la)\s+fermer|fermée?s?\s+(?:en|depuis)|aujourd['’]hui\s+fermée?s?)\b",
                    re.IGNORECASE)
# « X, partenaire du groupe lors d'un premier programme », « Y, associée à un premier projet »: an earlier
# partnership; « nous avions monté un pilote avec Z »: told in the pluperfect, another time's.
_EARLIER_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:partenaire|associée?|impliquée?)\b[^,;.]{0,50}?"
                            r"\b(?:premi(?:er|ère)|précédente?|ancien(?:ne)?|dernière)\s+(?:programme|projet|édition|"
                            r"phase|pilote|convention)", re.IGNORECASE)
# (« nous avions travaillé avec une société de conseil, X »: what it is may come before its name)
_PLUPERFECT_BEFORE = re.compile(r"\b(?:avions|aviez|avait|avaient)\s+déjà\s+(?:une?|des)\s+[^.;]{0,60}?"
                                # (« Vous aviez déjà un club numérique avec Orange » : what one had before)
                                r"\bavec\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?$|"
                                r"\b(?:avions|aviez|avait|avaient)\s+(?:déjà\s+|alors\s+|aussi\s+)?"
                                r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it)\b[^.;]{0,60}"
                                r"(?:\b(?:avec|par)\s+(?:la\s+|l['’]\s*|le\s+|les\s+|une?\s+[^,.;]{0,40},\s*)?|"
                                # (« La région avait déjà accueilli, jusqu'en 2021, deux « Maisons digitales » de la
                                # Fondation X »: what the body had then)
                                r"[»”]\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)|"
                                # (« la pédagogie avait été confiée à Simplon Maroc »: entrusted then)
                                r"\b(?:confiée?s?|attribuée?s?)\s+à\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?|"
                                # (« La commune avait déjà bénéficié, en 2019, d'un programme de l'APDN »: what it had
                                # received then, from whom)
                                r"\bd['’]une?\s+(?:programme|projet|financement|subvention|aide|appui|don|soutien)\s+"
                                r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)|"
                                # (« avait été financée par une subvention de l'INDH »: its grant then)
                                r"\b(?:avec|par|grâce\s+à)\s+une?\s+(?:subvention|aide|dotation|contribution|"
                                r"financement|appui|soutien)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)|"
                                # (« avait été construit en 2022 grâce à un financement du Conseil X »)
                                r"\bgrâce\s+(?:à\s+(?:une?|la|le|l['’])|au)\s*(?:financement|soutien|appui|don|"
                                r"contribution|concours)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*))$",
                                re.IGNORECASE)
# « X — qui ne participe pas à ce programme », « Y … ne figure pas parmi les signataires », « Z, présent comme
# observateur, n'a pris aucun engagement »: the sentence says it is no party.
# (« …, venue en voisine ; elle ne participe pas au programme »: a pronoun after a semicolon still speaks of it)
# « Tanger Med est un client, et 1337 forme d'excellents profils »: a company's customer, no party to its programme.
_CLIENT_AFTER = re.compile(r"\s+(?:est|sont|était|étaient)\s+(?:un|une|des|notre|nos|l['’]une?\s+de\s+nos)\s+"
                           r"(?:gros\s+|grands?\s+|principa(?:l|ux)\s+|fidèles?\s+)?client(?:e)?s?\b", re.IGNORECASE)
_NO_PARTY_AFTER = re.compile(r"^\s*[«“\"]?\s*(?:envisage\w*|souhaite\w*|pourrai\w*|réfléchi\w*|étudie\w*)\s+"
                             # (« la Fondation X « envisage de rejoindre le projet »: not a party yet)
                             r"(?:de\s+|d['’]\s*|à\s+)?(?:rejoindre|s['’]associer|participer|intégrer|entrer)\b|"
                             # (« … ; l'agence n'est toutefois pas partie à la nouvelle convention »: its kind, named
                             # again, then denied)
                             r"^(?:[^.;]|;\s*(?=(?:il|elle|ils|elles)\s|(?:l['’]|la\s+|le\s+)(?-i:[a-zà-ÿ])[\w-]+\s+"
                             r"(?:n['’]|ne\s)))*?\b(?:ne\s+(?:participe|figure|fait|prend)\s+"
                             # (« qui ne participe plus au fonctionnement de l'école »: a party no longer)
                             r"(?:pas|plus)|n['’]intervien(?:t|nent)\s+pas|n['’]y\s+(?:participe|participent|figure|figurent|prend|prennent)\s+pas|"
                             # (« … voisine, dont la Safi Code Factory ne dépend pas »)
                             r"ne\s+dépend(?:ent)?\s+pas|n['’](?:a|ont)\s+pris\s+aucun|"
                             # (« Managem … a été sollicité pour rejoindre le tour de table, mais n'a pas encore donné
                             # sa réponse »: asked, not yet a party)
                             r"a\s+été\s+(?:sollicitée?|approchée?|contactée?)\s+pour\s+(?:rejoindre|intégrer|"
                             r"participer|entrer)|n['’](?:a|ont)\s+pas\s+encore\s+(?:donné\s+(?:sa|leur)\s+réponse|"
                             r"répondu|confirmé)|"
                             # (« Le ministère, qui a lancé le réseau, fixe le cadre national »: the frame, no party)
                             # (not « … ont signé la convention qui fixe le cadre d'un futur centre »: the convention's)
                             r"(?<!\bqui\s)(?:fixe|fixent|définit|définissent|trace|tracent)\s+le\s+cadre\b|"
                             r"(?:comme|en tant qu['’])\s*observat|"
                             # (« qui n'est toutefois pas signataire de la convention »: an adverb may come between)
                             # (« …, n'a pas été associée au projet à ce stade »)
                             r"n['’](?:a|ont|ait|aient|avait|avaient)\s+pas\s+été\s+(?:associée?s?|consultée?s?|"
                             r"impliquée?s?)\b|"
                             r"n['’](?:est|était)\s+(?:\w+\s+)?pas\s+(?:partenaire|signataire|associée?|"
                             r"partie\s+(?:à|au|aux|prenante)|"
                             r"liée?s?\s+(?:à|au|aux))|"
                             r"sans\s+(?:en\s+|y\s+)?être\s+(?:signataire|partenaire|associée?s?\s+(?:à|au|aux)|associée?s?\b)|invitée?s?\s+(?:à|pour)\s+témoigner|"
                             # « qui met ses locaux à disposition …, sans autre engagement »: lends a room, no more
                             r"sans\s+(?:autre|aucun|plus)\s+(?:d['’])?engagement|"
                             # (« …, sans être partie aux nouvelles conventions », « n'y est plus associée »)
                             r"sans\s+(?:en\s+|y\s+)?être\s+partie\b|"
                             r"n['’]y\s+(?:est|sont)\s+(?:pas|plus)\s+(?:associée?s?|partenaires?|impliquée?s?)\b|"
                             # (« Ni l'ANAPEC ni l'OCP ne sont associés à l'organisation », « ne sont pas signataires »)
                             r"ne\s+(?:sont|est)\s+(?:pas\s+|plus\s+)?(?:associée?s?|partenaires?|signataires?|"
                             r"impliquée?s?)\b|"
                             # (« X, avec laquelle nous n'avons pas de convention », « qui n'a signé aucun accord »)
                             # (« …, n'a pas signé la convention »)
                             r"n['’](?:a|ont|avons|avez|avait|avaient)\s+(?:pas|aucune?|jamais)\s+"
                             r"(?:signé\s+(?:la\s+|le\s+|l['’]\s*|cette\s+|ce\s+)?)?"
                             r"(?:de\s+|d['’]\s*)?(?:convention|partenariat|accord|contrat)\b|"
                             # (« X, partenaire d'une première version du projet, n'a pas été reconduite »)
                             r"n['’](?:a|ont)\s+pas\s+été\s+(?:reconduite?s?|renouvelée?s?|retenue?s?))",
                             re.IGNORECASE)
# « une éventuelle extension de la formation à l'EST de Laâyoune », « l'étendre à l'EST de Dakhla »: where it may go
# later, not a party now.
_EXTENDED_TO_BEFORE = re.compile(r"\b(?:extension|étendre|étendra|élargir|élargissement|essaimer|dupliquer|"
                                 r"généraliser|généralisation)\b[^.;]{0,40}?\b(?:à|au|aux|vers)\s+"
                                 r"(?:la\s+|l['’]\s*|le\s+|les\s+|d['’]autres\s+)?$", re.IGNORECASE)
# « l'école n'a aucun lien avec l'UM6P ni avec le réseau 42 »: said before the names.
# « dont une académie déjà active à l'École X », « le centre qui existe déjà au sein de l'Université Y »: where an
# earlier site of the same thing runs, not a party to this one.
_OTHER_SITE_BEFORE = re.compile(r"\b(?:déjà|depuis\s+\w+\s+ans?)\s+(?:(?:actives?|actifs?|opérationnel(?:le)?s?|"
                                r"ouverte?s?|implantée?s?|installée?s?|lancée?s?)|"
                                r"en\s+(?:place|activité|service|fonctionnement))\s+"
                                r"(?:à|au|aux|dans|au\s+sein\s+(?:de|du|des)|auprès\s+(?:de|du|des))\s*"
                                r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$|\bexiste(?:nt)?\s+déjà\s+(?:à|au|dans|au\s+sein\s+de)\s*"
                                r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
# « L'Université X, qui compte 80 000 étudiants, dispose bien d'une ENSA à Berrechid », « À Fès, l'Université Y
# dispose de sa propre académie »: a body's own offer, told as the landscape around the initiative.
# (« … dispose à Essaouira d'une École supérieure de technologie »: where may come before what)
_HAS = (r"(?:dispose|disposent|possède|possèdent)\s+(?:\w+\s+|(?:à|au|en)\s+[A-ZÀ-Þ][\w'’-]*\s+)?(?:de|d['’])\s*"
        r"(?:une?|sa|son|ses|leurs?)\b")
# (« l'ENSIAS a ouvert il y a deux ans son propre master en intelligence artificielle »: its own course, beside)
_OWN_OFFER_AFTER = re.compile(r"(?:\s*\([^)]{1,60}\))?(?:\s*,[^,;.]{1,80},)?\s+(?:\w+ment\s+|bien\s+|déjà\s+|aussi\s+)?"
                              + _HAS + r"|\s+(?:a|ont|avait|avaient)\s+(?:ouvert|lancé|créé)\s+[^,;.]{0,30}?"
                              r"\b(?:son|sa|ses|leur|leurs)\s+propres?\b", re.IGNORECASE)
# « Le groupe mène aussi d'autres programmes, comme Digitech Talent ou les centres CODE 212 créés avec le ministère
# X »: the partners of its other programmes.
_OTHER_PROGRAMMES_BEFORE = re.compile(r"\bd['’]autres\s+(?:programmes|initiatives|projets|dispositifs|formations|"
                                      r"écoles|académies|centres)\b[^.;]{0,100}$|"
                                      # (« Le même rapport épingle, dans un autre chapitre, un programme … financé par
                                      # la région X »: another programme, told apart)
                                      r"\b(?:un|une)\s+autre\s+(?:chapitre|programme|projet|dispositif|initiative|"
                                      r"formation|école|centre)\b[^.;]{0,120}$|"
                                      # (« des programmes comparables sont portés par la Fondation X dans vingt pays »)
                                      r"\b(?:programmes|initiatives|dispositifs|projets)\s+(?:comparables|similaires|"
                                      r"semblables|analogues)\b[^.;]{0,60}$|"
                                      # (« il co-pilote déjà, avec la Near East Foundation, le Youth Incubator »: the
                                      # partner of what it already runs)
                                      r"\b(?:co-?)?(?:pilote|anime|gère|opère|mène|porte)\s+déjà\s*,?\s*avec\s+"
                                      r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
# « Elle complète l'Institut X de Tanger, qui forme chaque année 2 000 opérateurs »: another establishment, which the
# initiative adds to.
_COMPLETES_BEFORE = re.compile(r"\b(?:complète|complètent|compléter|complétera|s['’]ajoute(?:ra)?\s+à|"
                               r"s['’]ajoutent\s+à)\s+(?:ainsi\s+|donc\s+)?(?:la\s+|le\s+|l['’]\s*|les\s+|celle\s+de\s+|"
                               r"celui\s+de\s+)?$|"
                               # (« complète l'ODC Club ouvert en 2023 avec Orange Maroc », « s'ajoute aux dispositifs
                               # présents, comme le programme X mené par la Fondation Y »: who runs what it adds to)
                               r"\b(?:complète(?:nt|ra)?|s['’]ajoute(?:nt|ra)?\s+(?:à|aux))\s[^.;]{0,120}?\b(?:ouvert|mené|"
                               r"lancé|porté|géré|opéré|piloté|créé|animé)e?s?\b[^.;]{0,60}?\b(?:avec|par)\s+"
                               r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$|"
                               # (« viendra compléter l'offre existante, en particulier le programme X de la Fondation
                               # Y », « à l'image du programme X de la Fondation Y »: another programme, and its owner)
                               r"\b(?:complète(?:nt|ra|ront)?|compléter|s['’]ajoute(?:nt|ra)?\s+(?:à|aux)|à\s+l['’]image)"
                               r"\s[^.;]{0,160}?\b(?:programmes?|dispositifs?|projets?|initiatives?)\b[^.;]{0,80}?"
                               r"\b(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.IGNORECASE)
# « La Fondation Orange soutient par ailleurs 25 Maisons digitales »: besides, its own other work, counted.
# (« La Fondation Orange finance par ailleurs, depuis l'an dernier, deux « maisons digitales » »: whatever it counts;
# « La Fondation Orange mène ses propres programmes »: its own, apart)
# « une formation équivalente revient à moins de 25 000 dirhams dans les centres de l'OFPPT »: another's offer, set
# beside for comparison.
_COMPARED_OFFER_BEFORE = re.compile(r"\b(?:formation|offre|cursus|parcours)s?\s+équivalente?s?\b[^.;]{0,120}$|"
                                    # (« Le modèle est souvent comparé à celui de 1337, … du réseau 42 »: the model it
                                    # is compared with, and who runs that model)
                                    r"\b(?:comparée?s?|rapprochée?s?)\s+(?:à|avec)\s+(?:celui|celle|ceux|celles)\b"
                                    r"[^.;]{0,160}$|"
                                    # (« Le programme se distingue de DigiSchool, le programme du ministère et de X »)
                                    r"\b(?:se\s+distingue(?:nt)?|se\s+démarque(?:nt)?|diffère(?:nt)?)\s+(?:de|du|des|d['’])"
                                    r"[^.;]{0,160}$", re.IGNORECASE)
# « les maisons numériques ouvertes à Agadir avec la Fondation X, un autre dispositif »: another initiative's party.
# « l'Agence de l'Oriental a organisé en juin son propre salon de l'emploi »: its own doing, beside the initiative (not
# « sur ses propres fonds », its money put in).
_ITS_OWN_AFTER = re.compile(r"\s+(?:a|avait|ont|avaient)\s+(?:organisé|lancé|mené|ouvert|tenu)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:son|sa|ses|leur|leurs)\s+propres?\s+(?!fonds|moyens|ressources|budget|deniers)",
                            re.IGNORECASE)
# « Par ailleurs, Intelcia a conclu un accord distinct avec l'Université Mohammed Premier »: another deal.
# (« 30 écoles rurales équipées, une opération distincte menée avec l'INDH »: another action, with another body)
_SEPARATE_DEAL_BEFORE = re.compile(r"\b(?:accord|convention|partenariat|contrat|opération|projet|action)\s+"
                                   r"(?:distinct|séparé|parallèle|indépendant)e?\s+(?:(?:menée?|conduite?|réalisée?)\s+)?"
                                   r"avec\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
_ANOTHER_ONE_AFTER = re.compile(r"\s*,\s*(?:un|une)\s+autre\s+(?:dispositif|programme|projet|initiative|action|"
                                r"école|centre)\b", re.IGNORECASE)
_BESIDES_AFTER = re.compile(r"\s+(?:soutient|soutiennent|finance|financent|accompagne|accompagnent|gère|gèrent|anime|"
                            r"animent|mène|mènent|porte|portent|opère|opèrent|déploie|déploient|compte|comptent)\s+"
                            r"(?:(?:par\s+ailleurs|en\s+outre|de\s+son\s+côté)\b|(?:ses|leurs)\s+propres\s+"
                            r"(?:programmes|projets|actions|initiatives)\b)", re.IGNORECASE)
# « Le Groupe X ambitionne par ailleurs de former 10 000 jeunes à l'échelle nationale d'ici 2030 »: the body's own
# ambition for the country, a release's boilerplate.
# « Au niveau national, le ministère de X affiche l'objectif de 100 000 écoliers »: the country's goal, said first.
_NATIONAL_FIRST_BEFORE = re.compile(r"^\s*(?:au\s+niveau\s+national|à\s+l['’]échelle\s+(?:nationale|du\s+pays))\s*,\s*"
                                    r"(?:le|la|les|l['’])?\s*$", re.IGNORECASE)
_AMBITION_AFTER = re.compile(r"[^.;]{0,40}?\b(?:affiche\w*|ambitionne\w*|vise|visent|s['’]est\s+fixée?|se\s+fixe|"
                             r"table\w*\s+sur)\b", re.IGNORECASE)
_NATIONAL_AMBITION_AFTER = re.compile(r"[^.;]{0,80}?\b(?:ambitionne|ambitionnent|vise|visent|s['’]est\s+fixée?|"
                                      # (« …, de son côté, dit vouloir porter à 50 000 par an le nombre de profils
                                      # formés dans le pays », « évoque l'objectif de … à l'horizon 2030 »)
                                      r"se\s+fixe|prévoit|prévoient|(?:dit|veut|compte)\s+(?:vouloir\s+)?porter|"
                                      r"(?:évoque|rappelle|affiche)\s+l['’]objectif)\b[^.;]*\b(?:"
                                      r"à\s+l['’]échelle\s+nationale|à\s+l['’]horizon\s+20\d\d|dans\s+le\s+pays|"
                                      r"au\s+niveau\s+national|dans\s+tout\s+le\s+(?:pays|royaume)|"
                                      r"à\s+travers\s+le\s+(?:pays|royaume))\b", re.IGNORECASE)
# « selon la pédagogie entre pairs héritée de l'École 42 de Paris »: where the method comes from, not who teaches.
_METHOD_FROM_BEFORE = re.compile(r"(?:\b(?:héritée?s?|empruntée?s?|inspirée?s?|calquée?s?)\s+(?:de|du|des|d['’]|sur)|"
                                 # (« 1337 applique le modèle d'apprentissage par les pairs de l'école 42 »)
                                 r"\b(?:applique|appliquent|reprend|reprennent|suit|suivent)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:le|la)\s+(?:modèle|"
                                 r"méthode)\b[^.;,]{0,40}?\s(?:de|du|d['’])|"
                                 r"\bs['’]inspir\w*\s+(?:de|du|des|d['’]))\s*(?:(?:la|le|les)\s+|l['’]\s*)?"
                                 # (« qui dit s'être inspirée de l'expérience de l'Association X »)
                                 r"(?:(?:modèle|méthode|pédagogie|approche|expérience)\s+(?:de\s+|du\s+|d['’]\s*)"
                                 r"(?:(?:la|le|les)\s+|l['’]\s*)?)?$", re.IGNORECASE)
# « Le ministère X, qui vise …, cite régulièrement l'école comme un exemple »: praise from outside; the verb is the
# body's own (right after its name or after a clause set off by commas).
_CITES_AS_EXAMPLE_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?(?:\s*,[^,;.]{1,160},)?\s+(?:\w+ment\s+|souvent\s+)?"
                                     r"(?:cite|citent|citait|citaient|érige|érigent)\s+(?:[\w'’-]+\s+){0,3}?"
                                     r"(?:comme|en)\s+(?:un\s+|une\s+)?(?:exemple|modèle|référence)\b",
                                     re.IGNORECASE)
# (« … dispose bien d'une École nationale des sciences appliquées à Berrechid »: the school it has, the same)
_OWN_OFFER_BEFORE = re.compile(r"\b" + _HAS + r"\s+(?:propres?\s+)?$", re.IGNORECASE)
# « L'initiative s'inscrit dans le PACTE ESRI 2030, le plan du ministère de X »: whose plan frames it, no party to it.
_FRAME_OWNER_BEFORE = re.compile(r"\b(?:s['’]inscri\w+\s+dans|conformément\s+à|dans\s+le\s+cadre\s+d[eu])\b[^.;]{0,80}?"
                                 r"\b(?:plan|stratégie|pacte|feuille\s+de\s+route|vision|programme\s+national)\s+"
                                 r"(?:national\s+|gouvernemental\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*$", re.IGNORECASE)
# « un dispositif comparable », « des programmes similaires »: a scheme set beside the initiative (shared with
# organisations, where it marks a programme named for comparison).
COMPARABLE_SCHEME = (r"(?:dispositif|programme|projet|centre|école|initiative)s?\s+(?:comparables?|similaires?|"
                     r"semblables?|analogues?)\b")
_NO_TIE_BEFORE = re.compile(r"\b(?:aucun|sans|pas\s+de)\s+(?:lien|rapport|relation|partenariat)\s+avec\b[^.;]{0,60}$|"
                            # (« l'école n'a aucun lien avec le programme de formation des enseignants au numérique
                            # que l'Académie régionale a lancé »: the other programme, then who runs it)
                            r"\b(?:aucun|sans|pas\s+de)\s+(?:lien|rapport)\s+avec\s+(?:le|la|les|l['’])\s*"
                            r"(?:programme|projet|dispositif|initiative|formation|opération)\b[^.;,]{0,90}$|"
                            # (« Cette initiative s'ajoute aux universités d'été organisées depuis des années par la
                            # Fondation X »: what others already run, which this one joins)
                            r"\bs['’]ajout(?:e|ent|era)\s+(?:à|au|aux)\s+[^.;]{0,100}?\bpar\s+"
                            r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$|"
                            # (« où un dispositif comparable, financé par le Conseil de la région X, a formé 300
                            # soignants »: the funder of a scheme elsewhere, set beside this one)
                            r"\b" + COMPARABLE_SCHEME + r"[^.;]{0,40}$|"
                            # (« … est l'ADD, et non l'ANAPEC, citée par erreur »: a body said to be wrongly named)
                            r"\bet\s+non(?:\s+pas)?\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$|"
                            # (« Le rapport recommande au ministère de l'Intérieur de généraliser des indicateurs »:
                            # whom a recommendation or a request goes to)
                            r"\b(?:recommande|recommandent|demande|demandent|exhorte|exhortent)\s+(?:au|aux|à\s+la|"
                            r"à\s+l['’])\s*$|"
                            # (« Nous parlons avec l'OFPPT, bien sûr »: talks, no agreement)
                            r"\b(?:parlons|discutons|échangeons|négocions|sommes\s+en\s+(?:discussion|contact|"
                            r"négociation)s?)\s+(?:aussi\s+|déjà\s+|également\s+)?avec\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$|"
                            # (« nous ne faisons pas partie du programme X de la Fondation Y »: what it is not part of)
                            r"\b(?:ne|n['’])\s*(?:faisons|fait|font|faites|faisait|faisaient)\s+pas\s+partie\s+"
                            r"d[eu]s?\b[^.;]{0,100}$|"
                            # (« Elle a déjà déposé auprès de l'INDH un dossier pour une seconde salle »: an
                            # application, not yet an agreement)
                            r"\bdéposée?s?\s+auprès\s+(?:de\s+la|de\s+l['’]|du|des)\s*$|"
                            # (« elle annonce qu'elle saisira le conseil régional »: the body a complaint goes to)
                            r"\bsaisi(?:r|ra|ront|rait|raient|t|ssent)\s+(?:la\s+|le\s+|l['’]\s*)?$",
                            re.IGNORECASE)
# « La Fondation X poursuit, de son côté, son programme …, distinct de ce projet », « … recevait les familles, un geste
# sans lien avec le fonctionnement de l'école »: said in its clause to have nothing to do with the initiative.
# (shared with organisations, for the sentence after the one that names the body)
# (« …, qui n'a pas de lien avec l'école »: said in a clause too)
UNTIED_WITH = (r"(?:sans\s+(?:aucun\s+)?|n['’](?:a|ont|avait|avaient)\s+(?:pas\s+de|aucun)\s+)(?:lien|rapport)\s+"
               r"(?:direct\s+)?avec\s+(?:le|la|l['’]|ce|cette|notre)\s*"
               r"(?:fonctionnement\s+de\s+(?:la\s+|l['’]\s*|le\s+))?"
               r"(?:projet|programme|école|initiative|centre|dispositif|académie|formation)\b")
_UNTIED_AFTER = re.compile(r"[^.;]{0,200}?\b(?:distincte?s?\s+de\s+(?:ce|cette|notre|l['’])\s*"
                           r"(?:projet|programme|école|initiative|centre|dispositif|académie|formation)\b|"
                           + UNTIED_WITH + ")", re.IGNORECASE)
# « Le Conseil de la région X, absent de la convention, avait financé un centre comparable »: said to be out of it.
# « une série A menée par Sirius Capital », « une levée de 35 millions auprès du fonds X »: who invests in the company,
# not in the training.
_INVESTOR_BEFORE = re.compile(r"\b(?:levée\s+de\s+fonds|levée|série\s+[A-D]|tour\s+d['’]amorçage)\b[^.;]{0,80}?"
                              r"\b(?:(?:menée?|conduite?|pilotée?|souscrite?)\s+(?:notamment\s+)?par|auprès)\s+"
                              r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|la\s+|le\s+|l['’]\s*|les\s+)?"
                              r"(?:fonds\s+|investisseurs?\s+)?$", re.IGNORECASE)
# « Ni Sirius Capital Maroc ni Afrikaya Ventures ne sont parties à la convention »: both said to be none.
_NEITHER_BEFORE = re.compile(r"\b[Nn]i\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$")
_NOR_PARTY_AFTER = re.compile(r"[^.;]{0,100}?\bne\s+(?:sont|est|seront|sera|font|fait|figurent|figure)\s+(?:pas\s+)?"
                              r"(?:parties?|partenaires?|signataires?|partie\s+prenante)\b", re.IGNORECASE)
# « La CGEM, qui a visité l'école, a promis de relayer l'expérience, sans engagement chiffré »: a promise that binds
# it to nothing.
_UNCOMMITTED_AFTER = re.compile(r"[^.;]{0,160}?\b(?:promis|proposé|propose|dit\s+prête?|dite?\s+disposée?|"
                                r"envisage)\b[^.;]{0,120}?\bsans\s+(?:aucun\s+|le\s+moindre\s+)?engagement\b",
                                re.IGNORECASE)
_ABSENT_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:absente?|non\s+signataire|étrangère?)\s+(?:de|du|à)\s+"
                           r"(?:la\s+|l['’]\s*|ce\s+|cette\s+)?(?:convention|projet|accord|tour\s+de\s+table|partenariat)\b",
                           re.IGNORECASE)
# « … alors que l'Université X forme chaque année près de 1 200 diplômés en informatique »: its own yearly routine,
# the land's background (not « … forme chaque année 200 jeunes dans le cadre du programme »).
_OWN_ROUTINE_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s+(?:forme|accueille|diplôme|produit|reçoit)\s+"
                                r"(?:chaque\s+année|annuellement|tous\s+les\s+ans)\b(?![^.;]{0,120}\b(?:dans\s+le\s+cadre|convention|"
                                r"programme|projet|initiative)\b)", re.IGNORECASE)
# « La même cérémonie a été l'occasion pour le CRI de présenter son bilan »: another's moment at the event.
_OCCASION_FOR_BEFORE = re.compile(r"\boccasion\s+pour\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
# « Nous avons sollicité le Conseil X pour une deuxième phase …, mais rien n'est signé »: asked, not bound.
_ASKED_BEFORE = re.compile(r"\b(?:avons|avez|ont|a)\s+(?:\w+\s+)?(?:sollicité|approché|contacté|saisi)\s+"
                           r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.IGNORECASE)
# « La Banque X a manifesté son intérêt pour une deuxième phase »: interested, not a party.
_INTEREST_AFTER = re.compile(r"\s+(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+)?(?:manifesté|exprimé|marqué|dit)\s+"
                             r"(?:son|leur)\s+intérêt\b", re.IGNORECASE)
_NOTHING_SIGNED = re.compile(r"[^.]{0,160}?\b(?:rien\s+n['’]est\s+(?:encore\s+)?(?:signé|acté|conclu)|pas\s+encore\s+"
                             r"(?:signé|répondu|donné\s+suite)|sans\s+réponse|en\s+attente\s+d['’]une\s+réponse)",
                             re.IGNORECASE)
# « l'Association X de Berkane dresse un bilan sévère du centre », « Y dénonce … »: a critic of the initiative (not
# « une source au Conseil X conteste ces chiffres »: a party may dispute a report).
_CRITIC_AFTER = re.compile(r"(?:\s+(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]*)?(?:\s*,[^,.;]{1,40},)?\s+(?:dresse\s+un\s+bilan\s+"
                           # (« l'Association X reproche au programme de… », « … étrille le programme »)
                           r"(?:sévère|critique|amer|négatif)|dénonce|dénoncent|s['’]insurge|s['’]indigne|"
                           r"reproche(?:nt)?\s+(?:au|à\s+la|à\s+l['’]|aux)|étrille(?:nt)?|fustige(?:nt)?)\b",
                           re.IGNORECASE)
# « L'Observatoire X (OX), un cercle de réflexion, estime que la région aura besoin de 12 000 profils », « Y a publié
# en mars une note sur… »: who measures the need or ranks the schools, a source of figures, not a party.
_STUDY_DOCUMENTS = (r"(?:note|étude|rapport|baromètre|classement|enquête|sondage|analyse|diagnostic|"
                    r"état\s+des\s+lieux)s?")
_STUDY_AUTHOR_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?(?P<aside>\s*,[^,;.]{1,140},)?\s+(?:de\s+son\s+côté\s+)?"
                                 r"(?:estime|estiment|estimait|estimaient|a\s+estimé|chiffre|chiffrait|a\s+chiffré|"
                                 r"a\s+tenté\s+de\s+chiffrer|évalue|a\s+évalué|classe|a\s+classé|"
                                 r"(?:a|avait|vient\s+de)\s+(?:publier|publié|rendre\s+public|rendu\s+public|présenter|"
                                 r"présenté|dévoiler|dévoilé)\b[^.;]{0,60}?\b" + _STUDY_DOCUMENTS + r")\b",
                                 re.IGNORECASE)
_STUDY_BY_BEFORE = re.compile(r"\b" + _STUDY_DOCUMENTS + r"\b[^.;]{0,80}?\b(?:publiée?s?|réalisée?s?|menée?s?|"
                              r"conduite?s?|rendue?s?\s+publique?s?|établie?s?|dressée?s?)\b[^.;]{0,30}?\bpar\s+"
                              r"(?:la\s+|le\s+|l['’]\s*|les\s+)?(?:cabinet\s+|bureau\s+d['’]études\s+)?$",
                              re.IGNORECASE)


_ITS_OWN_REPORT = re.compile(r"\b(?:son|sa|ses|leurs?)\s+(?:\w+\s+)?" + _STUDY_DOCUMENTS + r"\b", re.IGNORECASE)
_PART_IN_ASIDE = re.compile(r"\b(?:financ|cofinanc|partenaire|signataire|pilot|opérat|porteu|gestionnaire)",
                            re.IGNORECASE)


def _study_author(before, text, end):
    """True when the organisation only measures, estimates or ranks (its aside saying no more than what it is)."""
    if _STUDY_BY_BEFORE.search(before):
        return True
    study = end is not None and _STUDY_AUTHOR_AFTER.match(text, end)
    # (« L'Association X a publié son rapport d'activité, dont un chapitre sur l'académie »: its own work, reported)
    return bool(study) and not (study.group("aside") and _PART_IN_ASIDE.search(study.group("aside"))) and not (
        _ITS_OWN_REPORT.search(study.group()))


# « Les travaux avaient été confiés à l'entreprise X », « attribués à la société Y », « le bâtiment, dessiné par le
# cabinet d'architecture casablancais Z »: who builds or designs the building, under a works contract, not a party to
# the training.
_BUILDER_KIND = (r"(?:entreprise|société|groupe|cabinet|bureau|architecte|agence)(?:\s+d['’]\s*[\wœ-]+)?"
                 r"(?:\s+[a-zà-ÿ]+)?\s+")
# (not « La maîtrise d'ouvrage déléguée est confiée à l'Agence X, également signataire »: the owner's agent, a party)
_BUILDER_BEFORE = re.compile(r"\b(?:travaux|chantier|marché|lots?|construction|bâtiment|gros\s+œuvre|édifice|"
                             r"plans?)\b[^.;]{0,60}?\b(?:(?:confiée?s?|attribuée?s?|adjugée?s?|dessinée?s?)\s+(?:à|par)\s+"
                             r"(?:la\s+|le\s+|l['’]\s*|les\s+)?(?:" + _BUILDER_KIND + r")?|"
                             # (« réalisés par l'entreprise X »: with a builder's kind, not « réalisée par la Région »)
                             r"(?:réalisée?s?|exécutée?s?|conçue?s?|construite?s?)\s+par\s+(?:la\s+|le\s+|l['’]\s*)?"
                             + _BUILDER_KIND + r")$|"
                             r"\b(?:architecte|maître\s+d['’]œuvre|bureau\s+d['’]études|entreprise\s+adjudicataire)\s*"
                             r"(?:,\s*)?(?:la\s+|le\s+|l['’]\s*)?(?:cabinet\s+|société\s+|agence\s+)?$",
                             re.IGNORECASE)
_SIGNS_TOO_AFTER = re.compile(r"[^.;]{0,60}?\b(?:signataire|partenaire)s?\b", re.IGNORECASE)
_BUILDER_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?\s*,\s*(?:l['’]\s*|le\s+|la\s+)?(?:adjudicataire|"
                            r"(?:entreprise|société|cabinet)\s+(?:chargée?|retenue?)\s+(?:des|du)\s+(?:travaux|chantier|"
                            r"marché|plans))\b", re.IGNORECASE)
# « Je porte ce projet en tant que chef d'entreprise, pas au nom de la CGEM »: whom the speaker does not act for.
_NOT_ON_BEHALF_BEFORE = re.compile(r"\b(?:pas|non|jamais)\s+au\s+nom\s+(?:de\s+la|du|de\s+l['’]|des|de|d['’])\s*$",
                                   re.IGNORECASE)
# « la Fondation X, bras social de la filiale du groupe OCP »: the group a partner belongs to, named to say what the
# partner is.
_PARENT_BEFORE = re.compile(r",\s*(?:le\s+|la\s+|l['’]\s*|une?\s+)?(?:bras\s+(?:social|armé|financier)|filiale|"
                            r"émanation)\s+(?:de\s+la|du|de\s+l['’]|des|de|d['’])[^.;,]{0,40}$", re.IGNORECASE)
# « Le groupe X, dont la fondation est signataire », « Y, maison mère de la fondation »: the partner's parent.
_PARENT_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:dont\s+(?:la|sa)\s+fondation\b|"
                           r"(?:la\s+)?maison[- ]mère\s+de\s+(?:la|sa)\s+fondation\b)", re.IGNORECASE)
# « Le président du Conseil régional, présent en tant qu'invité, a évoqué la Cité de l'innovation, dotée de 100 MDH »:
# what a guest speaks of is another initiative, with its own money.
GUEST_SPEAKS = re.compile(r"\b(?:en\s+tant\s+qu['’]invitée?|invitée?s?\s+d['’]honneur)\b", re.IGNORECASE)
# « La Fondation X et l'École Y étaient représentées parmi les invités »: guests, said after their names.
# (« La CGEM, invitée à la cérémonie, a dit son intérêt »: a guest, said in an apposition)
_GUEST_AFTER = re.compile(r"[^.;,]{0,120}?\b(?:étaient|était|sont|est|figuraient|figurait|comptaient|"
                          r"se\s+trouvaient)\s+(?:(?:également|aussi)\s+)?(?:représentée?s?\s+)?parmi\s+les\s+invités\b|"
                          # (« l'université X, invitée d'honneur de la cérémonie, a présenté ses licences »)
                          r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:l['’]\s*|la\s+|le\s+)?invitée?s?\s+(?:d['’]honneur|spéciale?s?)\b|"
                          # (« un représentant de Huawei Maroc invité à témoigner », « X était l'invité d'honneur »)
                          # (« …, de l'Université X, invité à présenter l'état de la menace »)
                          r"\s*,?\s+invitée?s?\s+(?:à|pour)\s+(?:témoigner|présenter|parler|intervenir|partager)\b|"
                          # (« Des conseillers de l'ANAPEC, invités pour la journée d'intégration, ont présenté »)
                          r"\s*(?:\([^)]{1,12}\))?\s*,\s*invitée?s?\s+(?:pour|à)\s+(?:la|le|l['’]|cette|ce)\s*"
                          r"(?:journée|cérémonie|occasion|séance|rencontre|événement|lancement|inauguration)\b|"
                          # (« des conseillers de l'espace de la banque X, venus en intervenants »: speakers)
                          r"\s*,\s*venue?s?\s+(?:en|comme)\s+intervenante?s?\b|"
                          # (« la directrice de l'agence ANAPEC de Kénitra, venue présenter les aides à l'embauche »)
                          r"(?:\s+(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]*)?\s*,\s*venue?s?\s+(?:présenter|témoigner|parler|"
                          r"expliquer|partager)\b|"
                          r"\s+(?:était|étaient|est|sont)\s+l['’]invitée?s?\s+d['’]honneur\b|"
                          # (« X, qui était présente à la cérémonie en invitée », « Le CRI, qui présentait lundi les
                          # besoins des entreprises »: there, to speak)
                          r"\s*,\s*qui\s+(?:était|étaient)\s+(?:également\s+|aussi\s+)?présente?s?\s+(?:à|lors\s+de)\s+"
                          r"(?:la|cette|l['’])\s*(?:cérémonie|signature|inauguration|rencontre)\b|"
                          r"\s*,\s*qui\s+présentai(?:t|ent)\b|"
                          # (« Le CRI Souss-Massa, invité au lancement, a présenté … »)
                          r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:elle-même\s+|lui-même\s+)?invitée?s?\s+(?:(?:à|de)\s+(?:la|l['’]|cette|cet)|au)\s*"
                          r"(?:cérémonie|inauguration|évène?ment|rencontre|soirée|lancement|journée)\b|"
                          # (« Le Centre X y était invité pour présenter ses aides »; « la Fondation X, venue présenter
                          # ses ateliers, était invitée à la cérémonie »: an aside between)
                          # (« un représentant de l'agence ANAPEC de Khénifra était invité à la rentrée »: its town
                          # between)
                          r"\s*(?:\([^)]{1,12}\))?(?:\s+(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]*)?(?:\s*,\s*[^,;.]{1,60},)?\s+"
                          r"(?:y\s+)?(?:était|étaient|est|sont|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+"
                          r"(?:également\s+)?(?:invitée?s?|conviée?s?)\b|"
                          # (« il y avait aussi des gens de l'Université X, qui étaient invités »)
                          r"\s*,\s*qui\s+(?:y\s+)?(?:était|étaient|est|sont|avait\s+été|avaient\s+été)\s+"
                          r"(?:également\s+|aussi\s+|seulement\s+)?(?:invitée?s?|conviée?s?)\b|"
                          # (« l'Agence X, invitée, y a rappelé l'objectif national »: a guest, said in a word)
                          r"\s*(?:\([^)]{1,12}\))?\s*,\s*(?:elle-même\s+|lui-même\s+)?(?:invitée?s?|conviée?s?)\s*,|"
                          # (« Des représentants du site OCP de Safi et de la Chambre …, avaient été conviés à la
                          # cérémonie »: the guests, listed before the verb)
                          r"[^.;]{0,120}?\b(?:avaient|avait|ont|a)\s+été\s+(?:conviée?s?|invitée?s?)\s+(?:à|au)\s+"
                          r"(?:la|l['’]|cette|cet|ce)\s*(?:cérémonie|inauguration|évène?ment|rencontre|soirée|lancement|"
                          r"journée|rentrée)\b|"
                          # (« la Wilaya de Fès, qui était notre invitée ce jour-là »)
                          r"\s*(?:\([^)]{1,12}\))?\s*,\s*qui\s+(?:était|étaient|est|sont|fut)\s+(?:notre|nos|leur|leurs|l['’]|les|"
                          r"une?|des)\s*invitée?s?\b",
                          re.IGNORECASE)
_EVENT_GIFTS = (r"(?:cocktail|dîner|déjeuner|buffet|goûter|collation|rafraîchissements|pause-café|prix|trophées|"
                r"récompenses)\b")
# « offerts par Marjane, sponsor de la soirée »: who paid for the evening's prizes, not for the training.
# (« la Fondation X a offert les prix remis aux majors »: the evening's gifts, said with its verb)
_EVENT_SPONSOR_AFTER = re.compile(r"\s*,\s*(?:le\s+|la\s+|l['’]\s*)?(?:sponsor|mécène)\s+(?:officiel\s+)?de\s+la\s+"
                                  r"(?:soirée|cérémonie|journée|remise|fête|manifestation)\b|"
                                  r"\s+(?:a|avait|ont|avaient)\s+offert\s+(?:les|des|le|un)\s+" + _EVENT_GIFTS + "|"
                                  # (« L'opérateur inwi dotera les trois premières équipes de 50 000 dirhams de prix »)
                                  r"\s+(?:dotera|dote|a\s+doté|dotent|doteront)\s+[^.;]{0,60}?\bde\s+prix\b",
                                  re.IGNORECASE)
# « un cocktail offert par la Banque X », « les trophées, offerts par Y »: who paid for the evening.
# (« Le cocktail était offert par l'agence tétouanaise d'Attijariwafa bank »: a branch of it may come between)
# (« Le prix, doté de 20 000 dirhams, est offert par la Chambre X »: what the prize is worth may come between)
_EVENT_SPONSOR_BEFORE = re.compile(r"\b" + _EVENT_GIFTS + r"[^.;]{0,60}?\b(?:offerte?s?|servie?s?|sponsorisée?s?)\s+"
                                   r"par\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?(?:(?:agence|filiale|succursale|antenne)\s+"
                                   r"(?:[a-zà-ÿ]+\s+)?(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|d['’]\s*))?$|"
                                   # (« Cet épisode vous est proposé avec le soutien de X »: the show's sponsor)
                                   r"\b(?:épisode|émission|podcast|chronique|rubrique|newsletter|page)\b[^.;]{0,40}?"
                                   r"\b(?:avec\s+le\s+soutien|grâce\s+au\s+soutien|en\s+partenariat\s+avec|"
                                   r"sponsorisée?\s+par|parrainée?\s+par)\s*(?:de\s+la|du|de\s+l['’]|des|de|d['’])?\s*"
                                   r"(?:la\s+|le\s+|l['’]\s*)?$",
                                   re.IGNORECASE)
# « a remercié l'Université X pour son hospitalité »: who lent the room.
# (« la Délégation X, représentée par son délégué, ont été remerciés pour leur hospitalité »: said later in the clause)
_THANKED_HOST_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*pour\s+(?:son\s+|leur\s+|l['’]\s*)"
                                 r"(?:hospitalité|accueil)\b|"
                                 r"[^.;]{0,80}?\bremerciée?s?\s+pour\s+(?:son|leur)\s+(?:hospitalité|accueil)\b|"
                                 # (« Merci à la CCIS Fès-Meknès d'avoir accueilli la cérémonie »)
                                 r"(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s+d['’]avoir\s+(?:accueilli|abrité|hébergé)\s+(?:la|le|l['’]|cette|"
                                 r"ce)\s*(?:cérémonie|rencontre|réunion|séance|signature|soirée|événement|évènement|"
                                 r"journée|conférence|remise)",
                                 re.IGNORECASE)
# « Un marché, organisé en marge de l'évènement par la coopérative X »: a side event's.
_SIDE_EVENT = re.compile(r"\ben marge d", re.IGNORECASE)
# « la signature, en marge du Gitex Africa, d'une convention entre le ministère, la CDG et MNC »: the agreement itself
# was signed on the side of a fair; its parties are the news, not a side event's.
_SIGNED_ON_THE_SIDE = re.compile(r"\b(?:signature|signée?s?|signé|paraphée?s?|paraphé|conclue?s?)\b[^.;]{0,120}?"
                                 r"\b(?:convention|accord|mémorandum|protocole|partenariat)\b[^.;]{0,40}?"
                                 r"\b(?:entre|par|avec|liant)\b|"
                                 r"\b(?:convention|accord|mémorandum|protocole)\b[^.;]{0,80}?\b(?:signée?s?|signé|"
                                 r"paraphée?s?|paraphé|conclue?s?)\b[^.;]{0,40}?\b(?:entre|par|avec)\b",
                                 re.IGNORECASE)
# ...up to where the sentence goes back to who acts: « par », « entre », « avec », a new subject.
_PRESENCE_END = re.compile(r";|:|\s(par|entre|avec|en partenariat|grâce)\s|,\s+(le|la|les|l['’])\s*[A-ZÀ-Þ]|"
                           r"en présence des (?:\w+ )?(?:partenaires|signataires)")
# The sentence says someone signed, organised or funded: the people named in it act for their organisation.
ACTS = re.compile(
    r"\b(ont|a|avaient|avait|vont|va)\s+(\w+\s+)?(signé|paraphé|conclu|scellé|lancé|organisé|financé|"
    r"co-?signé|porté|noué|inauguré)\b|\b(signée?s?|paraphée?s?|conclue?s?|organisée?s?|financée?s?|lancée?s?|portée?s?|"
    # « signée jeudi à Marrakech par le président de X »: a few words of when and where may come between
    r"initiée?s?|réalisée?s?)\s+(?:[\w'’-]+\s+){0,4}?(conjointement\s+)?(par|entre)\b|"
    # (not « a coupé le ruban aux côtés des signataires »: beside them, not one of them)
    r"(?<!côtés des )(?<!entouré des )(?<!entourée des )(?<!présence des )(?<!avec les )\bsignataires?\b|"
    # (« signée lundi dans la salle du siège de la wilaya, qui accueillait la cérémonie, par le président de X »)
    r"\bsignée?s?\b[^.;]{0,160}?,\s*par\s+(?:le|la|les|l['’])\b|"
    # (« La convention a été paraphée samedi au Palais des congrès de Laâyoune par les présidents de X et Y »)
    r"\b(?:signée?s?|paraphée?s?)\s+(?:\w+\s+)?(?:au|à\s+la|à\s+l['’]|dans)\b[^.;,]{0,80}?\bpar\s+"
    r"(?:le|la|les|l['’])\b|"
    r"\bconvention\s+entre\b|"
    # (« Trois signatures figurent au bas du document : celle du président de X, … »)
    r"\bsignatures?\s+(?:figurent|apparaissent|sont\s+apposées)\b|"
    # (« la Ministre a procédé à la signature d'une convention avec l'Association X »)
    r"\bprocédée?s?\s+à\s+la\s+signature\b|\bsignature\s+d['’]une?\s+(?:convention|accord|mémorandum|protocole)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:avec|entre)\b",
    re.IGNORECASE,
)
# « encadrés par des enseignants-chercheurs de », « les cours étant dispensés par des formateurs de »: the
# organisation teaches the programme through its staff.
_TEACHES_BEFORE = re.compile(r"\b(?:encadrée?s?|dispensée?s?|assurée?s?|animée?s?|donnée?s?|conçue?s?)\s+par\s+"
                             r"(?:des|les|ses|leurs)\s+(?:enseignante?s?(?:-chercheur(?:e|se)?s?)?|formatrice?s?|formateurs|"
                             r"professeure?s?|experte?s?|ingénieure?s?|encadrante?s?|mentors?)"
                             # (« donnés par des enseignants et des doctorants de l'École X »)
                             r"(?:\s+et\s+(?:des|les|ses|leurs)\s+(?:doctorante?s?|chercheur(?:e|se)?s?|"
                             r"étudiante?s?|enseignante?s?|ingénieure?s?))?\s+(?:de|du|des|d['’])\s*"
                             r"(?:la\s+|l['’]\s*|le\s+)?$", re.IGNORECASE)
# (« des enseignants de l'Université X assurent les cours », said with the verb after the name; not « l'Université Y,
# dont les enseignants de l'École X assurent une partie des cours »: X is Y's school)
_STAFF_BEFORE = re.compile(r"(?<!\bdont\s)\b(?:des|les|ses|leurs)\s+"
                           r"(?:enseignant|format(?:eur|rice)|professeur|chercheur|encadrant)(?:e)?s(?:-chercheur(?:e|se)?s)?\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|le\s+)?$",
                           re.IGNORECASE)
# (« des enseignants de l'Université X nous donnent les bases »: a pronoun between)
_TEACH_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s+(?:(?:nous|vous|leur|leur\s+en|y|en)\s+)?"
                          r"(?:assurent|assureront|dispensent|dispenseront|encadrent|"
                          r"encadreront|animent|animeront|donnent|donneront)\b", re.IGNORECASE)
# How far back the cues before a name are looked for.
WINDOW = 150
# (« la convention tripartite liant le Ministère, Huawei Maroc et l'Université »: those it binds)
# (« La convention lie trois parties : le conseil provincial, … »: the parties listed after a colon)
PARTNER_CUE_BEFORE = re.compile(r"\b(avec|par|entre|et|partenariat|signée?s?|conclue?s?|soutien|appui|liant|lie|"
                                r"associant|associe)\b"
                                r"[^,;.]{0,12}$|\b(?:parties|partenaires|signataires)\s*:\s*(?:le|la|les|l['’])?\s*$",
                                re.IGNORECASE)


def _made_before(before, text, end):
    """« un bootcamp organisé avec X avait formé 35 jeunes », « une phase pilote, financée en 2023 par X, avait
    formé »: what was made with the organisation is told as done. (Without its year, « …, cofinancé par X, avait
    accueilli 3 400 stagiaires » is the school's past, not the partner's.)"""
    told = _PLUPERFECT_AFTER.match(text, end)
    if told and not told.group("aside") and _ENDED.search(text, told.end()):
        return True  # « que la Fondation X avait ouvertes … avant de les fermer en 2022 »
    if told and not told.group("aside") and (_LAST_YEAR.search(before) or _LAST_YEAR_NEXT.match(text, told.end())):
        # « l'an dernier, la caravane du ministère X avait initié 1 500 élèves », « le Conseil X avait présenté l'an
        # dernier un plan »: a year ago, done
        return True
    made = _MADE_WITH_BEFORE.search(before)
    return bool(made and told and (made.group("year") or not told.group("aside")))


_A_YEAR_AGO = r"(?:l['’]an(?:née)?\s+(?:derni(?:er|ère)|pass(?:é|ée))|il\s+y\s+a\s+(?:un|deux|trois)\s+ans)\b"
_LAST_YEAR = re.compile(rf"\b{_A_YEAR_AGO}[^.;]*$", re.IGNORECASE)


_LAST_YEAR_NEXT = re.compile(rf"\s+{_A_YEAR_AGO}", re.IGNORECASE)


def _denied_after(text, end):
    """The words after a name that say it takes no part, or None: not when a part follows (« n'était pas signataire
    mais sera l'opérateur pédagogique de l'école »), nor when another body is the one denied (« a estimé un
    responsable de l'ANAPEC, précisant que la fondation n'est pas partie à la convention »)."""
    said = _NO_PARTY_AFTER.match(text[end:])
    if not said or _BUT_A_PART_AFTER.match(text, end + said.end()):
        return None
    other = _ANOTHER_SUBJECT.search(said.group())
    # (not « … et que l'université n'a jamais signé » after « l'Université Ibn Zohr »: itself, named again)
    if other and other.group("kind").lower() not in text[max(0, end - 80):end].lower():
        return None
    return said


# « …, précisant que la fondation n'est pas partie »: the denial's own subject, a body of another kind.
_ANOTHER_SUBJECT = re.compile(r"\bque\s+(?:la|le|les|l['’])\s*(?P<kind>fondation|association|agence|société|entreprise|"
                              r"commune|université|école|région|province|banque)\s+(?:n['’]|ne\s)", re.IGNORECASE)


# What says a body left, in the present or the perfect: « se retire », « s'est retirée », « a quitté le projet », « ne
# fait plus partie », « n'est plus partenaire ».
_WITHDRAWS = re.compile(r"\bse\s+retir|\bs['’](?:en\s+)?est\s+(?:\w+\s+)?retirée?|\ba\s+quitté\b|"
                        r"\bne\s+(?:fait|figure)\s+plus\b|\bn['’](?:est|intervient|participe)\s+plus\b",
                        re.IGNORECASE)


# « Si inwi se retire dans trois ans, que reste-t-il ? »: a withdrawal supposed or asked about, not told.
_SUPPOSED = re.compile(r"\?|\b(?:si|s['’]ils?)\s", re.IGNORECASE)


def withdraws(text, end):
    """True when the words after a former partner's name say it withdrew (not that it helped once, in the past, nor
    that it might: « Si X se retire… ? »)."""
    told = _FORMER_AFTER.match(text, end)
    return bool(told and _WITHDRAWS.search(told.group()) and not _SUPPOSED.search(text))


def disowns(text, end):
    """True when the clause right after a name says it takes no part (« X, d'ailleurs, n'y participe pas »), not a
    pronoun after a semicolon, which may speak of something else it was named with; or that it criticises it."""
    said = _denied_after(text, end)
    # (« l'Association X dresse un bilan sévère du centre »: its critic, however it is named elsewhere)
    return bool(said and ";" not in said.group()) or bool(_CRITIC_AFTER.match(text, end))


# « … mais sera l'opérateur pédagogique », « mais assure la formation »: the part it takes, said after a denial.
_BUT_A_PART_AFTER = re.compile(r"[^.;]{0,30}?\bmais\s+(?:sera|est|reste|demeure|devient|deviendra|assure|assurera|"
                               r"gère|gérera)\b", re.IGNORECASE)


def presence_spans(text):
    """Where a sentence lists who attended: (start, end) spans."""
    spans = []
    for match in _PRESENCE.finditer(text):
        end = _PRESENCE_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


# « l'Université X, dont l'École nationale des sciences appliquées de Safi détache deux enseignants »: a school of the
# university named just before, through which it takes part.
_SCHOOL_OF_BEFORE = re.compile(r"\b[Uu]niversité\b[^,;.()]{0,60}(?:\([^)]{1,12}\))?\s*,\s*dont\s+"
                               r"(?:l['’]\s*|la\s+|le\s+)$")


# « le gouverneur de la province de Berrechid a inauguré l'atelier »: an authority of the Interior at a ceremony, which
# makes its province no party (« signée par le gouverneur de la province » still does).
_AUTHORITY_BEFORE = re.compile(r"\b(?:gouverneure?|wali|pacha|caïd)\b[^.;,]{0,30}$", re.IGNORECASE)
_AUTHORITY_TITLE = re.compile(r"(?:gouverneure?|wali|pacha|caïd)\b", re.IGNORECASE)
_CEREMONY_AFTER = re.compile(r"[^.;]{0,40}?\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:inauguré|présidé|visité|"
                             r"lancé\s+officiellement|donné\s+le\s+coup\s+d['’]envoi|procédé\s+à\s+l['’]inauguration)\b|"
                             # (« …, en sa qualité de président du comité provincial de développement humain »: the
                             # governor signs for the INDH's committee, not for the province)
                             r"\s*,\s*en\s+sa\s+qualité\s+de\s+président\s+du\s+comité\s+provincial",
                             re.IGNORECASE)
# « L'espace a été inauguré samedi par le gouverneur de la province d'Ifrane », « sous le regard du gouverneur »: the
# authority at the ceremony, the sentence in the passive or the glance.
# (the title itself may open the name: « … par le gouverneur de la province d'Ifrane » read from « gouverneur »)
_CEREMONY_BY_BEFORE = re.compile(r"(?:\b(?:inauguré|inaugurée?s?|présidée?s?|lancée?s?|visitée?s?)\b[^.;]{0,40}?"
                                 r"\bpar\s+(?:le|la)|\bsous\s+le\s+regard\s+d[eu](?:\s+la)?)\s+"
                                 r"(?:(?:gouverneure?|wali|pacha|caïd)\b[^.;,]{0,30})?$", re.IGNORECASE)


# « Le ministre de X, accompagné de …, a effectué une visite au site »: who came to see, named by a title.
_VISITED_AFTER = re.compile(r"(?:[^.;]|(?<=\bM)\.|(?<=\bDr)\.|(?<=\bPr)\.){0,160}?"  # (« accompagné de M. X »)
                            r"(?:\b(?:a|ont)\s+(?:effectué|rendu|fait)\s+une\s+visite\b|\b(?:a|ont)\s+visité\b|"
                            r"\bs['’]est\s+rendue?\b|"
                            # (« Le président du Conseil de la région X avait fait le déplacement »)
                            r"\b(?:a|avait|ont|avaient)\s+fait\s+le\s+déplacement\b)", re.IGNORECASE)
# (« le ministre de l'Éducation nationale, …, a effectué une visite »: the ministry named through its minister's title)
_PERSON_TITLE_AT = re.compile(r"(?:ministre|président(?:e)?|directeur|directrice)\b", re.IGNORECASE)
_QUESTION = re.compile(r"\?\s*[»”\"]?\s*$")


# « aux côtés du directeur général d'Orange Maroc et du président du Conseil de la région X, les deux partenaires du
# projet »: the list of those named closes on what they are.
# (not « Sous la présidence du gouverneur de la province, quatre partenaires y ont signé »: the subject of the next
# clause, not an apposition)
_PARTIES_SAID_AFTER = re.compile(r"[^.;]{0,120}?,\s*les\s+(?:deux|trois|quatre)\s+(?:partenaires|signataires|"
                                 r"cofinanceurs|bailleurs)\b", re.IGNORECASE)


def role(text, start, spans, titled=False, end=None):
    """« partner », or why the organisation named at start is none: asked, venue, guest, host, former partner,
    no party, elsewhere, side event, employer, attended, source, component or members."""
    if _QUESTION.search(text):
        return "asked"  # « — L'Université X est-elle associée ? »: the interviewer asks; the answer tells
    if any(low <= start < high for low, high in spans):
        # « en présence de la Fondation MNC, opérateur du programme, et de l'USMS, qui accueille les
        # formations »: an attendee whose part in the project is stated is one of its partners.
        return "partner" if end is not None and (_ROLE_AFTER.match(text, end) or _PARTIES_SAID_AFTER.match(
            text, end)) else "attended"
    before = text[max(0, start - WINDOW):start]  # the cues are a few words long: a window keeps it linear
    if end is not None and _PARTY_AFTER.match(text, end):
        return "partner"  # « des enseignants de l'École X, qui est aussi signataire »
    if end is not None and _ATTENDED_AFTER.match(text, end):
        return "attended"  # « Le wali de la région X et le président de l'AREF ont assisté à la cérémonie »
    if _TEACHES_BEFORE.search(before):
        return "partner"  # « des ateliers encadrés par des enseignants de l'Université X »: X teaches it
    # « à la Faculté X, partenaire académique de cette édition »: a venue whose part is said is a partner.
    stated = end is not None and _ROLE_AFTER.match(text, end) and not _HOSTS_EVENT_AFTER.match(text, end)
    if _VENUE_BEFORE.search(before) and not stated:
        return "venue"
    if _GUEST_BEFORE.search(before) or (end is not None and _GUEST_AFTER.match(text, end)):
        return "guest"
    if _HOST_BEFORE.search(before) or _EVENT_SPONSOR_BEFORE.search(before) or (
            _LENDS_ROOM_BEFORE.search(before) and not (end is not None and _UNDER_THE_AGREEMENT.match(text, end))):
        return "host"
    if _FORMER_BEFORE.search(before) or _PLUPERFECT_BEFORE.search(before) or (
            end is not None and (_FORMER_AFTER.match(text, end) or _EARLIER_AFTER.match(text, end)
                                 or (_OCCUPIED_BEFORE.search(before) and _UNTIL_A_YEAR_AFTER.match(text, end))
                                 or _made_before(before, text, end)
                                 or (_EARLIER_EDITION_BEFORE.search(before) and _IMPERFECT_AFTER.match(text, end)))):
        return "former partner"
    if (end is not None and (_denied_after(text, end) or _PARENT_AFTER.match(text, end)
                             or _CRITIC_AFTER.match(text, end) or _CLIENT_AFTER.match(text, end)
                             or _CITES_AS_EXAMPLE_AFTER.match(text, end))) or \
            _NO_TIE_BEFORE.search(before) or _PARENT_BEFORE.search(before) or _NOT_ON_BEHALF_BEFORE.search(before) \
            or _INVESTOR_BEFORE.search(before) \
            or _METHOD_FROM_BEFORE.search(before) or _FRAME_OWNER_BEFORE.search(before) or (
            end is not None and _ASKED_BEFORE.search(before) and _NOTHING_SIGNED.search(text, end)) or (
            end is not None and _INTEREST_AFTER.match(text, end)) or (
            end is not None and (_UNTIED_AFTER.match(text, end) or _ABSENT_AFTER.match(text, end)
                                 or _UNCOMMITTED_AFTER.match(text, end)
                                 or (_NEITHER_BEFORE.search(before) and _NOR_PARTY_AFTER.match(text, end))
                                 or _OWN_ROUTINE_AFTER.match(text, end))) or (
            _OCCASION_FOR_BEFORE.search(before)) or ((_BUILDER_BEFORE.search(before) or (
            end is not None and _BUILDER_AFTER.match(text, end))) and not _SIGNS_TOO_AFTER.match(text, end or start)):
        return "no party"
    if _OTHER_SITE_BEFORE.search(before) or _EXTENDED_TO_BEFORE.search(before) or LATER_SITE_BEFORE.search(
            text[max(0, start - 120):start]) or _OWN_OFFER_BEFORE.search(
            before) or _OTHER_PROGRAMMES_BEFORE.search(
            before) or _COMPLETES_BEFORE.search(before) or _COMPARED_OFFER_BEFORE.search(before) or (
            _SEPARATE_DEAL_BEFORE.search(before)) or (
            end is not None and (_OWN_OFFER_AFTER.match(text, end) or _NATIONAL_AMBITION_AFTER.match(text, end)
                                    or (_NATIONAL_FIRST_BEFORE.search(before) and _AMBITION_AFTER.match(text, end))
                                    or _BESIDES_AFTER.match(text, end) or _ANOTHER_ONE_AFTER.match(text, end)
                                    or _ITS_OWN_AFTER.match(text, end))):
        return "elsewhere"
    if end is not None and (_THANKED_HOST_AFTER.match(text, end) or _HOSTS_EVENT_AFTER.match(text, end)
                            or _EVENT_SPONSOR_AFTER.match(text, end)
                            or (_THANKED_BEFORE.search(before) and _FOR_THE_EVENING_AFTER.match(text, end))):
        return "host"  # « …, qui accueillait l'événement », « … pour son hospitalité »: who lent the room
    lends = end is not None and LENDS_AFTER.match(text, end)
    if lends and _LENDS_ROOMS.search(lends.group()) and not _DOES_MORE.search(text[lends.end():].split(".")[0]):
        return "host"  # « l'Université X, qui prête ses salles et ses laboratoires »: the rooms, no more
    if _SIDE_EVENT.search(text) and not _SIGNED_ON_THE_SIDE.search(text):
        return "side event"
    if _SOURCE_BEFORE.search(before) or _PRESS_CONFERENCE_BEFORE.search(before) or (
            end is not None and _SPEAKS_AFTER.match(text, end)) or (
            not titled and not TITLE_BEFORE.search(before) and _study_author(before, text, end)):
        return "source"
    if _THROUGH_ITS_BEFORE.search(before) or _SCHOOL_OF_BEFORE.search(before):
        return "component"
    if end is not None and _STAFF_BEFORE.search(before) and _TEACH_AFTER.match(text, end):
        return "partner"  # « des enseignants de l'Université X assurent les cours »: X teaches it through them
    if (_MEMBERS_BEFORE.search(before) or _ORIGIN_LIST_BEFORE.search(before) or _STUDIED_AT_BEFORE.search(before)
            or _EMPLOYERS_OF_BEFORE.search(before) or _WORKED_AT_BEFORE.search(before)
            or (end is not None and _HIRED_GRADUATES_AFTER.match(text, end))) and not stated:
        # (« ses premiers stagiaires à la Faculté X, qui en assure l'encadrement »: where they are, and its part)
        return "members"
    if end is not None and (titled or TITLE_BEFORE.search(before) or _PERSON_TITLE_AT.match(text, start)) and \
            _VISITED_AFTER.match(text, end) and not ACTS.search(text):
        return "attended"  # « le ministre de X, accompagné du wali, a effectué une visite au site »: a visitor
    authority = _AUTHORITY_BEFORE.search(before) or _AUTHORITY_TITLE.match(text, start)  # (named through the title)
    if end is not None and authority and (_CEREMONY_AFTER.match(text, end) or _CEREMONY_BY_BEFORE.search(before)):
        return "attended"  # « le gouverneur de la province de X a inauguré le centre »: the State presiding
    if titled or TITLE_BEFORE.search(before) or _ATTACHED_BEFORE.search(before) or _TITLES_LIST_BEFORE.search(before):
        if end is not None and (_ROLE_AFTER.match(text, end) or _PARTIES_SAID_AFTER.match(text, end)):
            return "partner"  # « le président de l'Université X, partenaire du centre »: the part is said
        # « Le président de l'Université Ibn Zohr ... ont signé »: the signatory acts for his organisation.
        return "partner" if ACTS.search(text) and not _ATTACHED_BEFORE.search(before) else "employer"
    return "partner"
