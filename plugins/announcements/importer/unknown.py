"""Organisations the vocabulary does not know, named by their kind: « Université... », « la société X »."""

import difflib
import re

from ..vocabulary import normalize
from .places import spelt_alike

_HEADS = re.compile(
    r"\b(?P<head>(?:M|m)inistère|[Cc]onseil régional|[Cc]onseil de la [Rr]égion|"
    r"Conseil (?:provincial|préfectoral|communal)|Conseil de la (?:[Pp]rovince|[Pp]réfecture)|"
    r"Université|Agence|Wilaya|Fondation|Chambre|Office|"
    r"Institut|Direction (?:générale|provinciale|régionale)|Délégation (?:générale|régionale|provinciale)|"
    # (« menée par la direction provinciale de l'Éducation nationale d'Azilal »: in lower case, as the press writes it)
    r"direction (?:provinciale|régionale) de l['’]Éducation nationale|"
    r"Académie régionale d['’]éducation et de formation|Union|Organisation|"
    # « l'Association des femmes entrepreneures du Maroc »: named by its members (« l'association X »,
    # named by its own word, is read below with its purpose)
    r"Association(?=\s+(?:des|du|de la|de l['’]|marocaine|nationale|régionale)\s)|"
    # « la Province de Fquih Ben Salah » with a capital: the institution; « la province de X » is the place
    r"Province|Préfecture|Commune|"
    r"Centre régional d['’]investissement|"
    # established schools; not « l'École du numérique de X », often the very place the article is about
    r"École (?:nationale|supérieure|normale|Mohammadia|Hassania)|Banque)\b"
)
_TERRITORIES = ("Province", "Préfecture", "Commune")
# Kinds of body too common as words to name one by themselves (« le centre de formation »): one only with the
# bracketed acronym its name spells out, « le Centre marocain pour l'innovation et l'entrepreneuriat social (MCISE) ».
_ACRONYM_HEADS = re.compile(r"\b(?:Centre|Fédération|Confédération|Observatoire|Réseau|Collectif|Alliance)\b")
# A news outlet's name: an agency, a paper, a radio or a channel.
# (« Agence Nouvelles du Royaume (ANR) - Safi, 12/05/2026 »: a news agency by its name)
_MEDIA = re.compile(r"\b(?:Presse|Press|News|Médias?|Infos?|Radio|TV|Télévision|FM|Dépêches?|Hebdo|Journal|Magazine|"
                    r"Nouvelles|Actualités|Quotidien)\b")
_OF_THE_PLACE = re.compile(r"\s(?:de\s+la|du|de\s+l['’])\s*(?:ville|région|province|commune|localité)$", re.IGNORECASE)
_OF_THE_TOWN = re.compile(r"\sde\s+la\s+ville$", re.IGNORECASE)
# « au menu de la Chambre des représentants »: Parliament questions and votes laws; it signs no training convention.
_PARLIAMENT = re.compile(r"^(?:Chambre\s+des\s+(?:représentants|conseillers)|Parlement)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[«—–]\s*)$")
_CAPITAL_AFTER_HEAD = re.compile(r"\s[«“\"]?[A-ZÀ-Þ0-9]|['’][A-ZÀ-Þ]")
_ARTICLE_BEFORE = re.compile(r"\b(?:la|les|l['’])\s*$", re.IGNORECASE)
# « la société Nearshore Digital Services », « l'association Zagora Horizons »: a body by its capitalised name.
_COMPANY = re.compile(
    r"\b(?i:la société|le groupe|l['’]entreprise|la start-?up|l['’]opérateur|le cabinet|la firme|l['’]éditeur|"
    r"le spécialiste|le leader|le prestataire|le fournisseur|"
    r"l['’]intégrateur|le fabricant|l['’]équipementier|l['’]association|la coopérative|l['’]ONG|l['’]incubateur|"
    # (« une association locale, Tifawin Azrou, qui a convaincu … »: named in apposition)
    r"l['’]accélérateur|une association(?=\s+(?:locale|marocaine|régionale|provinciale|communale)\s*,))\s+"
    # what it does or where it comes from: « la société de services informatiques X », « le groupe français Y »
    # (« la société marocaine de cybersécurité Dataprotect »: where it comes from, then what it does)
    r"(?:(?:marocaine?|française?|américaine?|espagnole?|allemande?|belge|britannique|indienne?|chinoise?|émiratie?|"
    r"canadienne?|internationale?|casablancaise?|rbatie?|marrakchie?|fassie?|tangéroise?|oujdie?|meknassie?|"
    r"gadirie?|soussie?|rifaine?|locale|régionale|provinciale|communale)\s*,?\s+)?"
    # (« la startup agritech Sahl Analytics »: its trade, in one word)
    r"(?:[a-zà-ÿ-]*tech\s+)?"
    # (« le spécialiste de l'hébergement informatique X »: an article may come first)
    r"(?:(?:de|des|du|d['’])\s*(?:l['’]\s*|la\s+)?[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+(?=[A-ZÀ-Þ0-9]))?"
    # (« Tamount n Ouzrou »: the Amazigh « n », « of », joins a name's words too)
    # (« Femmes de l'Océan », « Amis d'Essaouira », « Enfants de la Mer »: an article elided or not before a capital)
    r"(?P<name>(?:[A-ZÀ-Þ0-9][\w&'’.-]*)(?:\s+(?:[A-ZÀ-Þ0-9][\w&'’.-]*|d['’][A-ZÀ-Þ][\w&'’.-]*|"
    r"de\s+(?:la\s+|l['’])[A-ZÀ-Þ][\w&'’.-]*|de|du|des|&|et|n(?=\s+[A-ZÀ-Þ]))){0,4}"
    r"(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!\set)(?<!\s&))"
)
# « Nexalis Maroc recrutera … », « Orbis Contact Maroc s'engage … »: a company's Moroccan branch, by its name alone.
# (not « Le Maroc », « Selon Nexalis Maroc »'s first word, nor « Digital Maroc School », a name going on)
_BRANCH = re.compile(
    r"(?<![\w'’-])(?!(?:Le|La|Les|L|Un|Une|Du|Des|De|Au|Aux|Selon|Pour|Avec|Chez|Par|Mais|Et|Depuis|Dans|En|À|Sur|"
    r"Pourquoi|Comment|Quand|Ainsi|Ce|Cette|Son|Sa|Ses|Notre|Nos|Royaume|Sud|Nord|Digital|Morocco|Made|Invest|Visit|"
    # (« Enfin Alten Maroc s'engage … », « Surtout, … »: an adverb opening the sentence)
    r"Enfin|Ensuite|Puis|Surtout|Aussi|Également|Désormais|Donc|Or|Alors|Aujourd|Demain|Hier|"
    r"Tout|Toute|Partout|Bienvenue|Réseau|Ni|"
    # (« 0,8 MDH Alten Maroc »: the unit of the amount before the company's name)
    r"MDH|MMDH|KDH|DH|DHS|Dhs|MAD)\b)"
    r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?!Maroc\b)[A-ZÀ-Þ][\w&'’.-]*){0,2}\s+Maroc)(?![\w'’-])(?!\s+[A-ZÀ-Þ0-9])")
# Associations and cooperatives are named after their purpose: « Association X pour le développement et
# la culture », « Coopérative Y pour la promotion de la femme rurale ».
_BODY = re.compile(r"(?i:l['’]|la\s|une\s)(?P<kind>association|ONG|coopérative)\s", re.IGNORECASE)
# Kinds of organisation written in lower case: after « et de la », the start of another one.
_KINDS = {"société", "groupe", "entreprise", "association", "fondation", "agence", "université", "ministère", "école",
          "institut", "faculté",
          "commune", "conseil", "office", "wilaya", "province", "préfecture", "banque", "cabinet", "start-up",
          "startup", "opérateur", "chambre", "coopérative", "caisse"}
# (« l'Association Tifawin pour le développement et l'Université Cadi Ayyad »: after « et », another body begins)
_OTHER_BODY = "(?i:" + "|".join(sorted({*_KINDS, "région"}, key=lambda kind: (-len(kind), kind))) + ")"
# (« pour l'Éducation et la Citoyenneté »: capitals too)
# (not « merci à l'Association X pour l'accueil chaleureux »: what it is thanked for)
# Words no body's name goes on with: « … pour le développement solidaire depuis 2021 », « … du Nord estimait que »
# (an adverb, an imperfect verb).
_NO_NAME_WORD = (r"(?:depuis|puis|lors|aussi|également|déjà|toujours|encore|jamais|selon|afin|ainsi|dont|où|"
                 r"(?-i:[a-zà-ÿ]+(?:ait|aient))\b)\b")
_PURPOSE = re.compile(r"\s+pour\s+(?!(?:l['’]|son\s|leur\s)\s*(?:accueil|hospitalité|aide|soutien|appui|participation|"
                      r"engagement|confiance|mobilisation|organisation|disponibilité)\b)(?:le|la|les|l['’])\s*"
                      r"[a-zà-ÿA-ZÀ-Þ][\w'’-]+"
                      r"(?:\s+(?:(?:et|de|du|des|d['’])\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?|)"
                      rf"(?!(?:[lL]['’]\s*)?{_OTHER_BODY}\b)(?!{_NO_NAME_WORD})[a-zà-ÿA-ZÀ-Þ][\w'’-]+){{0,4}}?"
                      # (« pour les personnes en situation de handicap »: one phrase)
                      r"(?:\s+en\s+situation\s+d['’e]\s*[\w'’-]+)?"
                      # (« pour les Marocains résidant à l'étranger »: one phrase too)
                      r"(?:\s+résidant\s+à\s+l['’]\s*étranger)?"
                      # (« l'association Nahda pour le développement local et financé par … »: a participle ends it)
                      # (« … du Nord avait ouvert dans la maison des jeunes »: an auxiliary ends it)
                      # (« …, l'Agence pour la promotion et le développement du Nord 800 000 dirhams »: its share)
                      # (« … pour l'éducation et le développement local se sont engagés »: a reflexive verb ends it)
                      # (« … du Nord devait apporter 3 millions »: a modal verb too)
                      r"(?=\s*(?:[,.;:()]|\d|\s(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|se|qui|à|au|avec|"
                      r"en|dans|sur|lancé|organisé|devait|devaient|doit|doivent|devra|devront|pourrait|va|vont)\b|"
                      rf"\s+{_NO_NAME_WORD}|"
                      # (« la Fondation X pour l'Éducation et la Culture et Emerging Business Factory »: « et » then
                      # two capitalised words, or one with a capital inside (« TechSud »), without an article, open
                      # another body's name; not « Social et Culturel », « de Sefrou et Bhalil »)
                      r"\s+et\s+(?-i:[A-ZÀ-Þ][\w'’-]*\s+[A-ZÀ-Þ]|[A-ZÀ-Þ][a-zà-ÿ]+[A-Z])|"
                      r"\set\s+(?:financée?|soutenue?|appuyée?|accompagnée?|portée?)\b|"
                      rf"\s+et\s+(?:[lL]['’]\s*|la\s+|le\s+)?{_OTHER_BODY}\b|"
                      # (« l'Association Tigmi pour la femme rurale et l'OFPPT ont signé »: an acronym, another body)
                      r"\s+et\s+(?:[lL]['’]\s*|la\s+|le\s+)?(?-i:[A-ZÀ-Þ]{3,})\b|"
                      # (« … pour le Développement assure la mise en place », « … gère l'académie »: a verb and its
                      # object)
                      # (« … et la citoyenneté reproche au programme »: « au » too)
                      r"\s(?!(?:et|de|du|des|pour)\s)[a-zà-ÿ]{3,}\s+(?:la|le|les|l['’]|un|une|ses|son|sa|leurs?|aux|au)\b|"
                      # (« l'Association Noun pour l'Innovation recrute et forme les animateurs »: two verbs)
                      # (not « … et le développement économique et social des provinces »: adjectives, then « des »)
                      r"\s(?!(?:et|de|du|des|pour)\s)[a-zà-ÿ]{3,}\s+et\s+[a-zà-ÿ]{3,}\s+(?:la|le|les|l['’]|un|une|"
                      r"ses|son|sa|leurs?)\b))")
# « Nadia Ouahbi, journaliste », « Karim Alaoui, directeur de … »: a person, told by her or his trade.
_PERSON_AFTER = re.compile(r"\s*,\s*(?:(?:le|la|l['’]|notre|son|sa)\s*)?(?:journaliste|directeur|directrice|président|"
                           r"présidente|fondat(?:eur|rice)|cofondat(?:eur|rice)|responsable|chargée?|coordinat(?:eur|rice)|"
                           r"professeure?|animat(?:eur|rice)|chef|cheffe|experte?|consultante?|enseignante?|docteure?|"
                           r"ingénieure?|format(?:eur|rice)|députée?|ministre|wali|gouverneur|maire|élue?|chercheu(?:r|se)|"
                           r"PDG|DG|DRH|ancien|ancienne|adjointe?|conseillère|conseiller|vice-présidente?)\b",
                           re.IGNORECASE)
# « organisé avec le Crédit Agricole du Maroc », « en partenariat avec Iozera »: a name after a partner's cue.
_CUED = re.compile(
    r"\b(?:en (?:partenariat|collaboration) avec|organisée?s? (?:avec|par)|(?:co-?)?financée?s? par|signée?s? avec|"
    r"(?:lancée?s?|initiée?s?|pilotée?s?|conduite?s?|animée?s?|encadrée?s?) par|"
    r"portée?s? par|à l['’]initiative|sous l['’]égide|"
    # (« Le programme repose sur une convention entre Atlantic Ventures Studio, le Conseil … »: the first party)
    r"(?:convention|accord|protocole|partenariat)\s+(?:[a-zé]+\s+){0,3}?entre|"
    r"(?:le|l['’]|un)\s*(?:concours|soutien|appui|accompagnement|financement)(?:\s+financier|\s+technique)?)"
    r"\s*(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])?\s*"
    r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:(?:\s+(?:de la|de l['’]|de|du|des|d['’])\s*|\s+)[A-ZÀ-Þ0-9][\w&'’.-]*)*)"
)
# « une convention signée entre le Conseil X, le groupe OCP et Simplon Maroc, qui assure la pédagogie »: a name of
# two capitalised words or more closing a list of parties (checked with _PARTY_LIST_BEFORE).
# (« …, Berkane Soft et Nexa Digital »: the one before the last too)
_LISTED_PARTY = re.compile(r"(?:,|\bet|:)\s+(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){1,3})"
                           r"(?=\s*(?:[,.;]|$|\s+(?:ont|qui|a|et)\b))")
# « … mais aujourd'hui c'est Argan Digital Services qui s'engage »: a body set apart by a cleft sentence, at work.
_CLEFT_PARTY = re.compile(r"\bc['’]est\s+(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){1,3})\s+qui\s+"
                          r"(?:s['’]engage|finance|cofinance|porte|pilote|paie|apporte|recrute|forme|gère|opère)\b")
# « Tizi Digital, entreprise marocaine de services cloud, annonce… »: a name said to be a body, opening the sentence.
# (« …, et Safi Tech Services, une entreprise locale d'infogérance, qui apporte… »: closing a list too)
# (not a sentence's opening adverb: « Finalement, l'association a retenu 45 filles »)
_DESCRIBED = re.compile(r"(?:^|(?<=[;,]\s)|(?<=\bet\s))"
                        # (« Quand LEET Initiative, l'association qui gère le réseau, m'a proposé… »: a conjunction
                        # opens the sentence, the name follows it)
                        r"(?:(?:Quand|Lorsque|Puisque|Comme|Si|Car|Mais|Alors\s+que|Dès\s+que|Depuis\s+que)\s+|"
                        r"(?:Lorsqu|Puisqu)['’]\s*)?"
                        # (nor its opening participle: « Contacté, l'opérateur du centre, l'Association X, a répondu »)
                        r"(?![A-ZÀ-Þ][a-zà-ÿ]+ment,|[A-ZÀ-Þ][a-zà-ÿ]+(?:é|ée|és|ées),|Jointe?s?,|(?:Ensuite|Puis|Enfin|Aujourd['’]hui|Désormais|Depuis|Ainsi|Alors|"
                        r"Pourtant|Cependant|Demain|Hier|Bref|Certes|Aussi|Ici|Là|Entre-temps),)"
                        r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ0-9][\w&'’.-]*){0,3}),\s+"
                        r"(?:(?:une?\s+|l['’]\s*)?(?:entreprise|société|start-?up|association|groupe|cabinet|opérateur|"
                        r"ONG|coopérative)\b|"
                        # (« Intelcia, l'un des principaux acteurs marocains de l'externalisation, a signé … »)
                        r"l['’]\s*une?\s+des\s+(?:principaux|principales|premiers|premières|grands|grandes|leaders)\s+"
                        r"(?:acteurs|opérateurs|groupes|entreprises|sociétés|spécialistes|employeurs)\b)"
                        # (not the subject of a verb: « Nouveauté, une entreprise entre dans le tour de table »)
                        r"(?!\s+(?:entre|entrent|rejoint|rejoignent|arrive|arrivent|a|ont|est|sont|fait|vient|va|"
                        r"s['’]|se)\b)")
# « une société casablancaise spécialisée, Atlas Data Skills, qui assurera la pédagogie »: the name after what it is.
_DESCRIBED_BEFORE = re.compile(r"\bune\s+(?:entreprise|société|start-?up|PME|ESN|firme)(?:\s+[a-zà-ÿ'’-]+){0,3}\s*,\s*"
                               r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ0-9][\w&'’.-]*){0,3})"
                               r"(?=\s*[,;.]|\s+qui\b)")
# « la Fondation X, l'agence belge de développement Enabel et le réseau associatif Rif Tech Diaspora »: what the
# body is, in lower case, then its name (checked with _PARTY_LIST_BEFORE: a party in the list).
# (the kind in lower case, else it opens the name: « l'Agence pour la Promotion … »; what it is in adjectives and
# « de », not « l'entreprise dans la zone Tetouan Shore », where it works)
_KIND_THEN_NAME = re.compile(r"\b(?i:l['’]\s*|le\s+|la\s+)(?P<kind>agence|réseau|ONG|association|coopérative|"
                             r"fondation|société|entreprise|cabinet|start-?up|incubateur|organisation|institut)"
                             r"(?:\s+(?!(?:et|ou|qui|que|dans|à|au|aux|en|sur|avec|pour|par|chez|la|le|les|un|une|des)\b)"
                             r"[a-zà-ÿ'’-]+){1,4}\s+"
                             r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){0,3})"
                             r"(?=\s*[,;.]|\s+(?:et|qui|a|ont)\b)")
# What tells such a name from a person's: a word companies and associations are named with.
_ORGANISATION_WORD = re.compile(
    r"\b(?:Maroc|Morocco|Initiative|Consulting|Software|Group|Groupe|Labs?|Academy|Tech|Digital|Solutions|Services|"
    r"Systems|Foundation|Partners|Capital|Bank|Telecom|Hub|Code|Institute|Network|Réseau|Africa|Afrique|Club|Cluster|"
    r"Factory|Studio|Industries|Technologies|Holding|Data|Cloud|Learning|Skills|Éducation|Education|"
    # (« Nexa Offshore finance le reste », « Sahara Tech Formation assure la formation »: a firm's trade in its name)
    r"Offshore|Nearshore|Outsourcing|Soft|Engineering|Ingénierie|Informatique|Formation|Technology|Innovation|Logistics)\b")
# « ; Simplon Maroc apporte son appui à la conception des parcours »: a name doing its share of the work.
_CONTRIBUTES = re.compile(r"(?:^|[;:]\s+|,\s+et\s+)(?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){1,3})\s+"
                          r"(?:apporte(?:ra)?\s+son\s+(?:appui|soutien|expertise|concours)|assure(?:ra)?\s+la\s+"
                          r"(?:pédagogie|formation|certification)|cofinance|finance(?:ra)?\s+(?:la|le|les|l['’])|"
                          r"met(?:tra)?\s+à\s+disposition\s+(?:ses|son|sa|des)\s+(?:formateurs|mentors|experts))\b")
_TITLE_OF = re.compile(r"^(?:(?:le|la|l['’])\s*)?(?:Président|Présidente|Directeur|Directrice|Doyen|Doyenne|Recteur|"
                       r"Gouverneur|Maire|Secrétaire)(?:\s+général(?:e)?)?\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*",
                       re.IGNORECASE)
# « Le Conseil de la région X et Capgemini ont signé »: the signatories are the subject of the verb.
_SUBJECT_VERB = re.compile(r"\s+(?:ont|vont|viennent de)\s+(?:\w+\s+)?(?:signé|signer|paraphé|conclu|scellé|lancé|"
                           r"inauguré|officialisé)\b|\s+ont\s*,")
# (« L'université, le Conseil … ont signé »: an elided article and a common noun, no name)
_NAME = re.compile(r"(?:(?i:le|la|les|l['’])\s*)?(?![LD]['’][a-zà-ÿ])(?P<name>[A-ZÀ-Þ][\w&'’.-]*"
                   r"(?:(?:\s+(?:de la|de l['’]|de|du|des|d['’])\s*|\s+)[A-ZÀ-Þ0-9][\w&'’.-]*){0,5})$")
# Capitalised words after such a cue that name no organisation: people, the State, the country.
_NOT_NAMES = {"m", "mme", "mm", "dr", "pr", "professeur", "professeure", "docteur", "docteure",
              "sa", "son", "etat", "etats", "royaume", "maroc", "roi", "gouvernement",
              # (« Oui, l'association X avait animé … »: an answer's first word)
              "oui", "non",
              # (« Ni Sirius Capital ni Afrikaya Ventures ne sont parties »: the conjunction opening the sentence)
              "ni",
              "region", "ville", "commune", "province", "a", "en", "lors", "dans", "par", "pour", "selon", "ce",
              "cette", "ces", "apres", "avant", "depuis", "hier", "ainsi", "outre", "enfin", "ensemble", "tous",
              # (« Et ont paraphé la convention le président… »: a translation's sentence opening on « Et »)
              "et", "puis", "mais", "donc", "or",
              # a kind of organisation alone (« le Conseil »): which one is for the vocabulary to say
              "conseil", "agence", "ministere", "universite", "fondation", "office", "institut", "groupe", "societe",
              "association", "ecole", "centre", "commission", "wilaya", "ong", "startup", "les", "le", "la",
              # « Mardi, le Conseil … et l'OFPPT ont signé »: a day opening the sentence, not a party
              "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
              "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
              # « Combien ont signé un contrat ? », « Certains ont signé »: a question or a pronoun, no party
              "combien", "qui", "certains", "certaines", "plusieurs", "beaucoup", "aucun", "aucune", "chacun",
              "lesquels", "nombre", "toutes"}
# Only a near-identical spelling of a company's name: other organisations' names share most of their
# words (« Conseil de la région X », « Wilaya de la région X »), a company's name is its own.
_CLOSE = 0.85
_QUOTED = re.compile(r"\b(?:association|fondation|Association|Fondation)\s*[«“\"]\s*(?P<name>[^»”\"]{2,60}?)\s*[»”\"]")
_PLURAL_MINISTRIES = re.compile(
    r"\b[Mm]inistères\s+(?P<body>(?:de|du|des|d['’]).+?)(?=,\s*(?:la|le|les|l['’]|un|une)\b|[.;:]|$)"
)
# (whole words: « la Fondation X devait … » does not go on with « de » read inside « devait »)
_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:et\s+)?(?:de la\b|de l['’]|du\b|des\b|de\b|d['’])\s*(?=[^\W\d_])")
_CAPITALISED = re.compile(r"\s*(?:[-–]\s*)?([A-ZÀ-Þ0-9][\w'’.-]*)")
# (« l'Union des coopératives féminines de l'arganier »: « -ine » too, not « voisine », a neighbour)
_ADJECTIVE = re.compile(
    r"\s+((?!voisine)[a-zà-ÿ]+(?:ique|ieure?|ale?|aux|ales|elle|el|aire|ive?|é|ée|és|ées|aine?|ienne?|éenne?|aise?|oise?|"
    r"ante?|eure?|rice|iste|ole|ine)s?)\b"
)
# « de mise en valeur agricole du Tadla »: a set phrase inside an official name, which goes on to a place.
_SET_PHRASE = re.compile(r"\s+(?:en|à)\s+[a-zà-ÿ]+(?=\s+(?:[a-zà-ÿ]+\s+)?(?:de|du|des|d['’])\s*[A-ZÀ-Þ])")
# « d'arts et métiers de Meknès »: two words joined by « et », then the name goes on to its place.
_AND_THEN_PLACE = re.compile(r"\s+et\s+[a-zà-ÿ]+(?=\s+(?:de|du|des|d['’])\s*[A-ZÀ-Þ])")
_ACRONYM_THEN_PLACE = re.compile(r"\s*\([A-Z]{2,10}\)(?=\s+(?:de|du|d['’])\s*[A-ZÀ-Þ])")
# Adjectives any body of its kind may bear: alone after the head they name none in particular.
_GENERIC_ADJECTIVES = {"national", "nationale", "régional", "régionale", "provincial", "provinciale", "local",
                       "locale", "communal", "communale", "général", "générale", "public", "publique", "privé",
                       "privée", "marocain", "marocaine", "concerné", "concernée", "partenaire", "territorial",
                       "territoriale", "chargé", "chargée", "compétent", "compétente"}
_WORD = re.compile(r"([\w'’-]+)")
# Verbs the press puts right after a body's name, whose endings read like adjectives' (« -elle », « -ique », « -ale »).
# « Renault Group Maroc lance … », « Managem Group annonce … »: a company named by its brand and « Maroc » or
# « Group », opening a sentence on what it launches.
# (« L'ingénieriste Alten Maroc investit … »: the common noun with its article before the name is no part of it)
_COMPANY_ACTS = re.compile(r"(?:^|[.:!?]\s+)(?:(?:L['’]|Le\s+|La\s+|Les\s+)[a-zà-ÿ][\w-]*\s+)?"
                           r"(?P<name>(?![A-Z]['’])[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+(?:Maroc|Morocco|"
                           r"Group|Groupe))\s+(?:lance|annonce|inaugure|dévoile|ouvre|signe|finance|investit)\b")
_VERBS_LIKE_ADJECTIVES = {"rappelle", "appelle", "renouvelle", "interpelle", "explique", "indique", "précise",
                          "communique", "applique", "signale", "installe", "arrive", "active", "réplique",
                          "rappellent", "appellent", "expliquent", "indiquent", "signalent", "installent",
                          # (« la Fondation revendique pour 2025 plus de 41 000 bénéficiaires »: the -iquer verbs)
                          "revendique", "revendiquent", "implique", "impliquent", "pratique", "pratiquent",
                          "fabrique", "fabriquent", "critique", "critiquent", "communiquent", "appliquent",
                          "répliquent", "arrivent", "activent"}
_THAT_AFTER = re.compile(r"\s+(?:que|qu['’])", re.IGNORECASE)
_STOP = {"a", "ont", "est", "sont", "qui", "que", "pour", "dans", "afin", "avec", "en", "sur", "à", "au", "aux",
         "par", "lors", "ainsi", "le", "les", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
         "selon", "tutelle", "plus", "près", "cadre", "part", "même", "monsieur", "madame", "messieurs", "mesdames",
         # prepositions that read like adjectives (« l'Union de Touarga devant 20 000 spectateurs »)
         "devant", "pendant", "durant", "avant", "cependant", "maintenant",
         # verbs that read like adjectives (« la Fondation Sahara Avenir devait être de l'aventure »)
         "devait", "devaient", "doit", "doivent", "était", "étaient", "sera", "seront", "avait", "avaient",
         # infinitives after « de » (« merci à la Fondation X d'avoir accueilli la cérémonie »)
         "avoir", "être", "nous", "vous"}
# A verb's infinitive after « de » (« rapprocher », « former »), not a noun ending the same way (« quartier »).
_INFINITIVE = re.compile(r"^[a-zà-ÿ]{3,}(?<!i)er$")
# « la commune de Selouane », « la province de Berkane », in lower case: the place, or a party (see find).
_COMMUNE = re.compile(r"\b(?i:la) (?P<kind>commune|province|préfecture)(?: urbaine| rurale| territoriale)?\s+"
                      r"(?P<link>de |d['’]\s*)"
                      r"(?P<place>[A-ZÀ-Þ][\w'’]*(?:[- ](?:[A-ZÀ-Þ][\w'’]*|el|al|ben|bni|ait|aït|sidi))*)")
# « les provinces d'Al Hoceima, de Driouch et de Nador ont signé »: several territories, each a party.
# (« El Kelaâ des Sraghna »: « des » joins a name's words before a capital)
_PLACE_WORDS = r"[A-ZÀ-Þ][\w'’]*(?:[- ](?:[A-ZÀ-Þ][\w'’]*|el|al|ben|bni|ait|aït|sidi|des\s+[A-ZÀ-Þ][\w'’]*))*"
_COMMUNES = re.compile(rf"\b(?i:les) (?P<kind>communes|provinces|préfectures)(?: urbaines| rurales)?\s+"
                       rf"(?P<list>(?:de |d['’]\s*){_PLACE_WORDS}(?:\s*,\s*(?:de |d['’]\s*){_PLACE_WORDS})*"
                       rf"\s+et\s+(?:de |d['’]\s*){_PLACE_WORDS})")
_ONE_OF_THEM = re.compile(rf"(?P<link>de |d['’]\s*)(?P<place>{_PLACE_WORDS})")
# « les présidents des conseils provinciaux de Khénifra, d'Azilal et de Midelt ont paraphé la convention »: each
# province's council, a party when the list signs.
_COUNCILS = re.compile(rf"\b(?i:les|des) conseils (?P<kind>provinciaux|préfectoraux)\s+"
                       rf"(?P<list>(?:de |d['’]\s*){_PLACE_WORDS}(?:\s*,\s*(?:de |d['’]\s*){_PLACE_WORDS})*"
                       rf"\s+et\s+(?:de |d['’]\s*){_PLACE_WORDS})"
                       r"(?=\s+(?:ont|avaient)\s+(?:\w+\s+)?(?:signé|paraphé|conclu|scellé)\b)")
_TOKEN_WORDS = re.compile(r"[^\W_]+")
_PARTY_WORDS = re.compile(r"\b(?:financ\w*|cofinanc\w*|apport\w*|engag\w*|partenari\w*|partenaires?|conventions?|"
                          r"porté\w*|contribu\w*|signataires?|signé\w*|paraph\w*|"
                          # (« a approuvé une enveloppe de 450 millions de centimes pour la création d'une école de
                          # programmation »: money voted for training; not « un programme de 27 MDH pour des pistes »)
                          r"(?:approuv|adopt|vot|allou|débloqu)\w*\b[^.;]{0,80}?\b(?:enveloppe|budget|millions?|MDH|"
                          r"dirhams|centimes)\b(?=[^.;]*\b(?:formation|former|école|académie|numérique|codage|code|"
                          r"programmation|compétences)))\b", re.IGNORECASE)


_PROVINCIAL_COUNCIL = re.compile(rf"\bconseil\s+(?P<kind>(?i:provincial|préfectoral))\s+(?P<link>de |d['’]\s*)"
                                 rf"(?P<place>{_PLACE_WORDS})")
# « Notre association, Jeunes Horizons Soualem, a monté le projet »: the speaker's body, its name set between commas.
_OUR_BODY = re.compile(r"\b(?i:notre|leur)\s+(?P<kind>(?i:association|coopérative|fondation))\s*,\s*"
                       r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|de|du|des|pour|la|le|el|al)){1,5})\s*,")
# « signée par le président du conseil communal de Martil »: the commune, through the head of its council.
# (« paraphée par le président de la commune de Ksar El Kébir »: the commune named without its council)
_COMMUNE_HEAD = re.compile(rf"\b(?i:président(?:e)?|maire)\s+(?:(?i:du)\s+(?i:conseil)\s+(?i:communal|municipal)|"
                           rf"(?i:de\s+la\s+commune))\s+(?P<link>de |d['’]\s*)(?P<place>{_PLACE_WORDS})")
_SIGNED = re.compile(r"\b(?:signée?s?|signé|paraphée?s?|conclue?s?|signataires?)\b", re.IGNORECASE)
# « la Faculté des sciences et techniques d'Errachidia », « la Faculté polydisciplinaire de Taza »: a university's
# faculty, named with its town; a party only where its dean signs, it is listed among the parties or teaches.
_FACULTY = re.compile(r"\bFaculté\s+(?:polydisciplinaire|pluridisciplinaire|des\s+sciences(?:\s+et\s+techniques)?|"
                      r"des\s+lettres\s+et\s+des\s+sciences\s+humaines)\s+"
                      rf"(?P<link>de |d['’]\s*)(?P<place>{_PLACE_WORDS})")
_DEAN_BEFORE = re.compile(r"\b(?i:doyen(?:ne)?)\s+(?i:de\s+la)\s+$")
# « non loin de la limite avec », « à proximité de »: where a place is, by a neighbour.
_NEAR_BEFORE = re.compile(r"\b(?:limite|frontière|lisière)\s+(?:avec|de)\s*$|\b(?:près|proche|proximité|loin|voisine?)"
                          r"\s+(?:de|d['’])\s*$|\b(?:près|proche|proximité|loin)\s+de\s+la\s+(?:limite|frontière)"
                          r"\s+(?:avec|de)\s*$", re.IGNORECASE)
# ...named in the list of parties: « porté par X, Y et », « une convention liant X, Y et ».
# (« Autour de la table : le Conseil de la région X, la commune de Y, … », « Signataires : … »)
# (« … et deux employeurs : Sahara Tech Outsourcing, prestataire …, et Kasbah Web Studio »: the parties after a colon)
_PARTY_LIST_BEFORE = re.compile(r"(?:\b(?:par|avec|entre|liant|associant|réunissant|réunit|réunissent|réunira|"
                                r"associe|associent)\b|"
                                r"\b(?i:autour\s+de\s+la\s+table|signataires|parties\s+signataires|(?:deux|trois|quatre)\s+"
                                r"(?:employeurs|entreprises|opérateurs|partenaires))\s*:|"
                                # (« deux entreprises de la ville, Oriental Soft et Nexa Digital », « trois entreprises
                                # installées à Fès : A, B et C »: the bodies counted, then named)
                                r"\b(?i:deux|trois|quatre|cinq|six)\s+(?i:employeurs|entreprises|sociétés|opérateurs|"
                                r"partenaires|startups|start-ups)\b[^.;:,]{0,60}[:,])"
                                r"(?:[^.;:]{0,160}(?:,|\bet))?\s*$")
# « …, qui en assure l'encadrement », « qui assure les cours »: a body that teaches the course.
# (« …, qui fournit également une partie des enseignants »: its teachers)
_TEACHES_AFTER = re.compile(r"\s*,\s*qui\s+(?:en\s+|y\s+)?(?:(?:assure|assurera|dispense|dispensera)\s+"
                            r"(?:l['’]encadrement|les\s+cours|la\s+formation|les\s+enseignements)|(?:fournit|fournira|"
                            r"détache|détachera)\s+(?:aussi\s+|également\s+)?(?:une\s+partie\s+des\s+|les\s+|des\s+|"
                            r"ses\s+)?(?:enseignants|formateurs|professeurs|encadrants))\b", re.IGNORECASE)
# A number followed by a unit or a lower-case word is a quantity, not part of a name.
_MONEY_UNITS = r"millions?|milliards?|M?MDH|DH|dirhams?|%"
_QUANTITY_AFTER = re.compile(rf"[\s,.]*(?:{_MONEY_UNITS}|[a-zà-ÿ]|\d)")
# (the same, inside a name read up to it: « Tifawin 500 000 » before « dirhams »)
_FIGURE_IN_NAME = re.compile(r"\s+\d[\d\s.,]*$")
_MONEY_AFTER = re.compile(rf"\s*(?:{_MONEY_UNITS})(?!\w)")
# ...or giving to the project: « la commune de Skoura a, pour sa part, mis à disposition un bâtiment ».
# « avec le concours de la commune de Chemaïa, qui a mis le terrain à disposition »: a part in it, said before.
_SUPPORT_OF_BEFORE = re.compile(r"\b(?:concours|soutien|appui|participation|contribution|partenariat)\s+(?:de|du)\s*$",
                                re.IGNORECASE)
_GIVES_AFTER = re.compile(r"[^.;]{0,40}?\b(?:mis|mettra|met|apporté|apportera|apporte|contribue|contribuera|"
                          r"financé|financera|finance|cofinance|cofinancera|pris en charge|prendra en charge|"
                          r"prend en charge)\b"
                          # (« La commune de Kasba Tadla a lancé lundi … », the subject itself; not « La ville de
                          # M'rirt, dans la province de Khénifra, a lancé … »)
                          r"|\s+(?:a\s+lancé|lance|lancera)\b"
                          # (« … et la commune d'Imzouren 500 000 dirhams »: its share, the verb left out)
                          r"|\s+\d[\d\s.,]*(?:millions?\s+de\s+dirhams|millions?|MDH|dirhams|DH)\b"
                          # « La commune de Larache, l'Université X et l'association Y ont signé »
                          r"|[^.;]{0,160}?\b(?:ont|a|vont)\s+(?:\w+\s+)?(?:signé|paraphé|conclu|scellé)\b"
                          # (« …, la commune de Taroudant, l'Université X et l'Association Y se sont engagés à créer »)
                          r"|[^.;]{0,160}?\bse\s+sont\s+(?:\w+\s+)?engagée?s\b")
# A name and its acronym in brackets, no sentence break between them.
_BEFORE_ACRONYM = re.compile(r"(?P<name>[^()\n.;:«»]{6,140}?)\s*\((?P<acronym>[A-Z][A-Z-]{1,9})\)")
_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "à", "au", "aux", "en", "sur"}
# No organisation's name has more parts (words and « de X » complements) than this.
_LONGEST_NAME = 16
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][\w-]{1,10})\)")


def find(text, taken, names, city=""):
    """Organisations named by their kind (« Université... », « la société X »): (name, start, end, slug or "")."""
    found = []
    for match in _PLURAL_MINISTRIES.finditer(text):
        for name in _split_ministries(match.group("body"), names):
            found.append((name, match.start(), match.end()))
        taken = [*taken, match.span()]
    for match in _QUOTED.finditer(text):
        if not _inside(match.start("name"), taken):
            found.append((match.group("name"), match.start(), match.end()))
    for match in _COMPANY.finditer(text):
        if not _inside(match.start("name"), taken):
            body = _BODY.match(match.group())  # an association, a cooperative or an NGO
            purpose = _PURPOSE.match(text, match.end("name")) if body else None
            if purpose:  # « l'association Tifawin pour le développement et la culture »: one name
                town = _town_ending(text, purpose.end(), names)
                name = f"{body.group('kind').capitalize()} {match.group('name')}{purpose.group()}{town}"
                found.append((name, match.start("name"), purpose.end() + len(town)))
                continue
            # « l'association Tifawin 500 000 dirhams »: the figure it gives follows the name
            figure = _FIGURE_IN_NAME.search(match.group("name"))
            money = figure and _MONEY_AFTER.match(text, match.end("name"))
            own = match.group("name")[:figure.start()] if money else match.group("name")
            if not own:
                continue
            term = _close_spelling(own, names.partners)
            if term:
                name = term.name
            elif body and body.group("kind").lower() != "ong":
                # An association's legal name begins with the word: « Association Al Jisr », as editors write it.
                town = "" if money else _town_ending(text, match.start("name") + len(own), names)
                own += town
                name = f"{body.group('kind').capitalize()} {own}"
            else:
                name = own
            found.append((name, match.start("name"), match.start("name") + len(own)))
    for match in _BRANCH.finditer(text):
        if not _inside(match.start("name"), taken) and not any(
                start <= match.start("name") < end for _name, start, end in found):
            found.append((match.group("name"), match.start("name"), match.end("name")))
    for match in _HEADS.finditer(text):
        if _inside(match.start(), taken) or any(start < match.start() < end for _name, start, end in found):
            continue  # (« la Fondation Banque Populaire »: « Banque Populaire » is inside the name just read)
        article_before = _ARTICLE_BEFORE.search(text[max(0, match.start() - 10):match.start()])
        if match.group("head") in _TERRITORIES and not article_before:
            continue  # « Province de Chichaoua : ... » opening a headline is the place, capitalised
        name = _name_after(text, match)
        if name and _SENTENCE_START.search(text[:match.start()]) and not _CAPITAL_AFTER_HEAD.search(name):
            name = ""  # « Fondation d'entreprise créée en 1993, … »: a capital only because the sentence starts
        if name and name.startswith(f"{match.group('head')} pour ") and re.search(
                rf"\b{match.group('head')}\s+[A-ZÀ-Þ]", text[:match.start()]):
            name = ""  # « la Fondation Mohammed V … les programmes de la Fondation pour l'inclusion des jeunes »: the
            # one named before, and what it is for
        spelled = _spelled_out(text, match)
        if spelled and len(spelled) > len(name or ""):
            name = spelled  # « l'Agence pour la promotion et le développement du Nord (APDN) »
        if name:
            found.append((name[:1].upper() + name[1:], match.start(), match.start() + len(name)))
    for match in _ACRONYM_HEADS.finditer(text):
        if _inside(match.start(), taken) or any(start <= match.start() < end for _name, start, end in found):
            continue
        name = _spelled_out(text, match, loose=True)
        if name:
            found.append((name, match.start(), match.start() + len(name)))
    for match in _COMMUNE.finditer(text):
        if _NEAR_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue  # « près de la limite avec la province de Berkane »: a landmark
        before = text[max(0, match.start() - 30):match.start()]
        if re.search(r"(?:\)|[\w’'])\s+(?:de|du)\s*$", before) and not _SUPPORT_OF_BEFORE.search(before):
            continue  # « l'INDH de la province d'Al Haouz »: the province says whose branch, it is no party
        # « porté par l'INDH, la commune d'Imintanoute et l'association X »: the commune as a party.
        listed = _PARTY_LIST_BEFORE.search(text[max(0, match.start() - 200):match.start()])
        if (listed or _GIVES_AFTER.match(text, match.end())) and not _inside(match.start(), taken):
            found.append((f"{match.group('kind').capitalize()} {match.group('link')}"
                          f"{_as_spelt_in_french(names.places, match.group('place'))}", match.start(), match.end()))
    for match in _PROVINCIAL_COUNCIL.finditer(text):
        # « le conseil provincial de Sidi Kacem, l'ANAPEC et … ont signé »: a province's council, in lower case as the
        # press writes it (« Conseil provincial de … » with its capital is read among the heads above)
        # (only where its sentence, the text read here, speaks of the parties: « Le conseil provincial de Khémisset a
        # adopté un programme de pistes rurales », another item of a round-up, is no party to the training)
        if not _inside(match.start(), taken) and not any(start <= match.start() < end for _n, start, end in found) \
                and _PARTY_WORDS.search(text):
            # (« de Warzazat »: the press's « de Ouarzazate »; « de Taroudant » stays as written, not the census's
            # « Taroudannt »)
            place = _as_spelt_in_french(names.places, match.group("place"))
            found.append((f"Conseil {match.group('kind').lower()} {match.group('link')}{place}", match.start(),
                          match.end()))
    for match in _COMPANY_ACTS.finditer(text):
        # (« Renault Group Maroc lance la « Smart Factory Academy » »: a company's release, its name opening the story)
        if not _inside(match.start("name"), taken) and not any(
                start <= match.start("name") < end for _name, start, end in found):
            term = _close_spelling(match.group("name"), names.partners)
            found.append((term.name if term else match.group("name"), match.start("name"), match.end("name")))
    for match in _OUR_BODY.finditer(text):
        if not _inside(match.start("name"), taken):
            found.append((f"{match.group('kind').capitalize()} {match.group('name')}", match.start("name"),
                          match.end("name")))
    for match in _COMMUNE_HEAD.finditer(text) if _SIGNED.search(text) else ():
        if not _inside(match.start("place"), taken):
            found.append((f"Commune {match.group('link')}{_as_spelt_in_french(names.places, match.group('place'))}",
                          match.start(), match.end()))
    for match in _FACULTY.finditer(text):
        party = (_DEAN_BEFORE.search(text[max(0, match.start() - 20):match.start()]) and _SIGNED.search(text)) or \
            _PARTY_LIST_BEFORE.search(text[max(0, match.start() - 200):match.start()]) or _TEACHES_AFTER.match(
                text, match.end())
        if party and not _inside(match.start(), taken) and not any(
                start <= match.start() < end for _name, start, end in found):
            found.append((match.group(), match.start(), match.end()))
    for match in _COUNCILS.finditer(text):
        if not _inside(match.start(), taken):
            kind = "Conseil provincial" if match.group("kind").lower() == "provinciaux" else "Conseil préfectoral"
            found += _each_listed(kind, match, names.places)
    for match in _COMMUNES.finditer(text):
        listed = _PARTY_LIST_BEFORE.search(text[max(0, match.start() - 200):match.start()])
        if (listed or _GIVES_AFTER.match(text, match.end())) and not _inside(match.start(), taken):
            found += _each_listed(match.group("kind")[:-1].capitalize(), match, names.places)
    # After a partner's cue (« en partenariat avec X »), closing a list of parties, doing its share, or said to be a
    # body: the last three only with a word companies are named with, unless the sentence says it is one.
    for match in [*_CUED.finditer(text), *_LISTED_PARTY.finditer(text), *_CONTRIBUTES.finditer(text),
                  *_DESCRIBED.finditer(text), *_DESCRIBED_BEFORE.finditer(text), *_CLEFT_PARTY.finditer(text),
                  *_KIND_THEN_NAME.finditer(text)]:
        start = match.start("name")
        if _inside(start, taken) or _inside(start, [(s, e) for _, s, e in found]) or _HEADS.match(text, start):
            continue
        if match.re is _LISTED_PARTY and not _PARTY_LIST_BEFORE.search(text[max(0, start - 200):start]):
            continue
        opening = match.start()
        if match.re is _KIND_THEN_NAME and not _PARTY_LIST_BEFORE.search(text[max(0, opening - 200):opening]):
            continue
        name = match.group("name")
        words = _TOKEN_WORDS.findall(name)
        if match.re in (_LISTED_PARTY, _CONTRIBUTES, _CLEFT_PARTY) and not _ORGANISATION_WORD.search(name):
            continue  # « …, le président et Abdelhak Ouchen »: two capitalised words may be a person
        if _not_a_name(words, name, names) or _PERSON_AFTER.match(text, match.end("name")):
            continue  # « animée par Nadia Ouahbi, journaliste à … »: a person, by what she does
        found.append((name, start, match.end("name")))
    for name, start, end in _subjects(text):
        if _PERSON_AFTER.match(text, end):
            continue  # « … et Claire Destrac, adjointe au maire, ont paraphé »: a person, by her office
        if not (_inside(start, taken) or _inside(start, [(s, e) for _, s, e in found]) or _HEADS.match(text, start)):
            words = _TOKEN_WORDS.findall(name)
            # « le CRI » of an article about a region whose CRI the vocabulary does not know: no guess.
            if not _not_a_name(words, name, names):
                found.append((name, start, end))
    resolved = []
    for name, start, end in found:
        name = name.rstrip(".'’-")  # « ... du Maroc. »: the sentence's full stop is no part of the name
        place = _OF_THE_PLACE.search(name)
        if place:
            # « l'École supérieure de technologie de la ville »: a body named by the article's town, when the
            # vocabulary knows it under that town's name; otherwise a body named elsewhere by its place
            town = names.partners.resolve(f"{name[:place.start()]} de {city}") if city and _OF_THE_TOWN.match(
                place.group()) else None
            if town:
                resolved.append((town.name, start, end, town.slug))
            continue
        term = (names.partners.resolve(name) or _ministry_by_its_opening(name, names.partners)
                or _same_content_words(name, names.partners) or _council_of_a_region_spelt_otherwise(name, names))
        if not term and (_MEDIA.search(name) or _PARLIAMENT.match(name)):
            continue  # « (Agence Sud Presse) », « Radio Atlas FM »: who reports, not who takes part
        if not term and _NO_NAME.match(name):
            continue  # « l'association 1,2 million de dirhams », « depuis 2021 »: a figure, no name
        if not term and normalize(name) in _KIND_ALONE:
            continue  # « le financement du Programme régional des compétences »: a kind, its name in lower case
        if not term and _OPENING_WORD.fullmatch(name) and text[end:end + 1] == "," and not text[:start].strip(" «\""):
            continue  # « Aujourd'hui, onze de nos lauréats ont signé »: the sentence's opening word, no party
        if not term:
            # (« le Conseil communal d'Azrou »: the commune, through its council, named as the vocabulary names
            # communes)
            name = _COMMUNE_COUNCIL.sub(r"Commune \g<link>", name)
        resolved.append((term.name if term else name, start, end, term.slug if term else ""))
    return resolved


_COMMUNE_COUNCIL = re.compile(r"^Conseil\s+(?:communal|municipal)\s+(?P<link>de\s+|d['’])(?=[A-ZÀ-Þ])")


# A kind followed by figures alone (« Association 300 000 DH », « Association 1 »), or figures alone (« 2021 »).
_NO_NAME = re.compile(r"^(?:\w+\s+)?[\d\s.,]+(?:(?:millions?|milliards?|MDH|DH|dirhams|%)\b)?\s*$", re.IGNORECASE)


def _each_listed(kind, match, places):
    """One body for each place of a listed match (« Province de Driouch », « Conseil provincial d'Azilal »), each
    spanning the whole list: (name, start, end)."""
    return [(f"{kind} {one.group('link')}{_as_spelt_in_french(places, one.group('place'))}", match.start(), match.end())
            for one in _ONE_OF_THEM.finditer(match.group("list"))]


def _as_spelt_in_french(places, written):
    """A commune's name as the gazetteer gives it when the press transliterated it from Arabic (« Nadour » →
    « Nador », « Fqih Ben Saleh » → « Fquih Ben Salah »), else as written (accents, case and a doubled letter
    aside: « Taroudant »)."""
    known = places.named(_TOKEN_WORDS.findall(written)) or _spelt_otherwise(places, written)
    if not known or known[0].kind == "region":
        return written
    if normalize(written) == normalize(known[0].name):
        return known[0].name  # (« El Kelaâ des Sraghna »: the same letters, the accent where the gazetteer puts it)
    return written if spelt_alike(written, known[0].name) else known[0].name


# « l'association Ighrem pour le développement … à Tiznit », « l'Association Al Amal des femmes de Tan-Tan »: a local
# association's name ends on its town.
_TOWN_ENDING = re.compile(r"\s+(?:(?:des|pour\s+les)\s+(?:femmes|jeunes|filles)(?:\s+rurales)?\s+)?(?:à|de|d['’])\s*"
                          r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[\s-]+(?:[A-ZÀ-Þ][\w'’-]+|[Ee]l|[Aa]l|[Bb]en))*)")


def _town_ending(text, end, names):
    """The words after an association's name that give its town (« à Tiznit »), or ""."""
    tail = _TOWN_ENDING.match(text, end)
    if not tail or not names.places.named(_TOKEN_WORDS.findall(tail.group("place"))):
        return ""
    return tail.group()


def _spelt_otherwise(places, written):
    """[the place] a whole name transliterated otherwise designates (« Fqih Ben Saleh »: Fquih Ben Salah), or []."""
    found = places.find(f"à {written}")
    return [found[0][0]] if len(found) == 1 and found[0][1] == 2 and found[0][2] == len(written) + 2 else []


# A kind of initiative or body, alone: no organisation's name.
_KIND_ALONE = {"programme", "projet", "centre", "campus", "ecole", "academie", "bootcamp", "formation", "initiative",
               "dispositif", "plateforme", "reseau", "incubateur",
               # (« le Fonds québécois de journalisme », cut to its kind: a body's kind alone names none)
               "fonds", "fondation", "association", "agence", "institut", "universite", "ministere", "office", "groupe",
               "societe", "cooperative", "federation", "observatoire", "conseil", "commune", "faculte"}
# One word opening a sentence before a comma, as adverbs do: « Aujourd'hui, », « Finalement, ».
# (« Surtout, une vingtaine d'entreprises ont signé »: an adverb of the kind)
_OPENING_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]*(?:['’][a-zà-ÿ]+|ment)|Surtout|Ensuite|Enfin|Puis|Ainsi|Alors|Pourtant|"
                           r"Cependant|Désormais|Aussi|Déjà|Mieux|Bref|Certes|Ici|Hier|Demain|Résultat|Reste")


def _not_a_name(words, name, names):
    """A person's title, a place, the State, or a name the index knows for another region (« le CRI »)."""
    return normalize(words[0]) in _NOT_NAMES or bool(names.places.named(words)) or names.knows(name)


def _subjects(text):
    """Capitalised names listed as the subject of « ont signé »: (name, start, end)."""
    verb = _SUBJECT_VERB.search(text)
    if not verb:
        return []
    dash = re.search(r"\s[–—-]\s", text[:70])  # a dispatch's dateline
    start = dash.end() if dash else 0
    # (« Le directeur, Hamza Ait Lhaj, a détaillé les chiffres : 52 lauréats ont déjà signé un contrat »: the subject is
    # in the verb's own clause, after the colon)
    clause = max(text.rfind(":", 0, verb.start()), text.rfind(";", 0, verb.start()))
    start = max(start, clause + 1)
    found = []
    for item in re.finditer(r"[^,]+?(?=\s+et\s+|,|$)", text[start:verb.start()]):
        part = item.group().strip()
        part = re.sub(r"^et\s+", "", part)
        part = _TITLE_OF.sub("", part)  # « Le Président de l'Université X »: he acts for the university
        name = _NAME.match(part)
        if name:
            offset = start + item.start() + item.group().find(part) + name.start("name")
            found.append((name.group("name"), offset, offset + len(name.group("name"))))
    return found


# Fewer words than this (« Ministère de la ») open too many ministries' names to tell one.
_MINISTRY_OPENING_WORDS = 5


def _ministry_by_its_opening(name, lexicon):
    """The one known ministry whose full name opens with this shortened one, or None.

    « le ministère délégué chargé de la Transition numérique » stops before « et de la Réforme de
    l'administration »: the press shortens long titles, never to another ministry's words.
    """
    key = normalize(name)
    if not key.startswith("ministere-") or key.count("-") + 1 < _MINISTRY_OPENING_WORDS:
        return None
    # (« le ministère chargé de la Transition numérique »: the « délégué » left out too)
    openings = (key + "-", key.replace("ministere-", "ministere-delegue-", 1) + "-")
    slugs = {slug for spelling, slug in _spellings(lexicon).items() if spelling.startswith(openings)}
    return lexicon[slugs.pop()] if len(slugs) == 1 else None


# « Conseil de la région de Kelmim-Oued Noun », « Conseil de la région de Draa-Tafilalt »: a region's council, its
# name spelt as a translation from Arabic spells it.
_REGION_COUNCIL = re.compile(r"^(?:Conseil\s+(?:de\s+la\s+)?[Rr]égion(?:al)?|Région)\s+(?:de\s+(?:la\s+)?|d['’]\s*)?"
                             r"(?P<rest>[A-ZÀ-Þ].{2,60})$")


def _council_of_a_region_spelt_otherwise(name, names):
    """The known council of the one region whose places the name's words are, or None."""
    council = _REGION_COUNCIL.match(name)
    if not council:
        return None
    regions = {place.region for place, *_ in names.places.find(council.group("rest").replace("-", " "))}
    if len(regions) != 1:
        return None
    try:
        return names.partners[f"conseil-region-{regions.pop()}"]
    except KeyError:
        return None


def _close_spelling(name, lexicon):
    """A known organisation misspelt by the press (« Huwaei », « la société Hub » for xHub), or None."""
    key = normalize(name)
    if len(key) < 3:
        return None
    spellings = _spellings(lexicon)
    close = difflib.get_close_matches(key, spellings, n=1, cutoff=_CLOSE)
    return lexicon[spellings[close[0]]] if close else None


_index_cache = {}


# The small words a name may be written with or without: « Agence nationale pour la promotion de l'emploi » is
# « Agence nationale de promotion de l'emploi ».
_SMALL_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "et", "a", "au", "aux"}


def _content(key):
    """A normalised name's words, the small ones left out."""
    return tuple(word for word in key.split("-") if word not in _SMALL_WORDS)


def _same_content_words(name, lexicon):
    """The one known organisation whose name has the same words but small ones (« pour la » for « de »), or None."""
    words = _content(normalize(name))
    if len(words) < _CONTENT_WORDS:
        return None
    slugs = _index(lexicon)[1].get(words, set())
    return lexicon[next(iter(slugs))] if len(slugs) == 1 else None


# Fewer words than this say too little to be compared without their small words.
_CONTENT_WORDS = 4


def _spellings(lexicon):
    """Every normalised name of a lexicon's terms, to the term's slug."""
    return _index(lexicon)[0]


def _index(lexicon):
    """A lexicon's spellings (normalised name → slug) and their content words (words → slugs), built once."""
    # Kept with the lexicon it was built from: an id alone could be reused by a later object.
    cached = _index_cache.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        spellings = {normalize(name): term.slug for term in lexicon
                     for name in (term.name, *term.aliases, getattr(term, "acronym", "")) if name}
        by_content = {}
        for spelling, slug in spellings.items():
            by_content.setdefault(_content(spelling), set()).add(slug)
        cached = _index_cache[id(lexicon)] = (lexicon, spellings, by_content)
    return cached[1:]


def _inside(position, spans):
    return any(start <= position < end for start, end in spans)


_NAMED_BY_PURPOSE = ("Fondation", "Association", "Agence", "Office", "Institut")


def _name_after(text, head):
    """The full name that starts with a head word, or "" when it has no proper complement."""
    position, parts = head.end(), [head.group("head")]
    complement = described = False
    while len(parts) < _LONGEST_NAME:
        rest = text[position:position + 200]
        acronym = _ACRONYM_THEN_PLACE.match(rest)
        if acronym:  # « l'Académie régionale ... (AREF) de Guelmim-Oued Noun »: the name goes on after it
            position += acronym.end()
            continue
        connector = _CONNECTOR.match(rest)
        if connector and not complement and re.match(r"\s*(?:,|et\b)", connector.group()):
            return ""  # « le programme conjoint du ministère et de Huawei »: the head alone, then another body
        if connector:
            word = _WORD.match(rest, connector.end())
            if word and re.search(r",|\bet\b", connector.group()) and word.group(1).lower() in _KINDS:
                break  # « de la Fondation X et de la société Y », « … et de l'École Z »: the next organisation
            asked_to = re.match(r"\s*d[e']", connector.group()) if word else None
            if word and _INFINITIVE.match(word.group(1)) and (not complement or asked_to):
                # « la volonté du Ministère de rapprocher l'offre », « recommande au ministère de l'Intérieur de
                # généraliser des indicateurs »: what it wants or is asked to do, not its name
                break
            # (« de la Commune d'Errachidia et de la directrice de … »: the proper name past its elided « d' »)
            last = re.sub(r"^[dlDL]['’]", "", parts[-1].split()[-1]) if parts[-1].split() else ""
            if word and re.search(r"\bet\b", connector.group()) and word.group(1)[:1].islower() and last[:1].isupper():
                # « du Conseil provincial de Sefrou et des représentants de … »: after a proper name, « et » and a
                # common word go on with the sentence (« pour la promotion et le développement » stays one name)
                break
            if word and word.group(1).lower() not in _STOP:
                if not complement and not word.group(1)[0].isupper() and head.group("head")[0].islower():
                    return ""  # « le ministère de tutelle »: no name
                parts.append(rest[:word.end()])
                position += word.end()
                complement = True
                continue
            break
        capital = _CAPITALISED.match(rest)
        if capital and capital.group(1)[0].isdigit() and _QUANTITY_AFTER.match(rest, capital.end()):
            break  # « le Conseil régional 6 millions de DH »: a figure follows the name
        if capital and capital.group(1).lower() not in _STOP:
            parts.append(rest[:capital.end()])
            position += capital.end()
            complement = True
            continue
        phrase = (_SET_PHRASE.match(rest) or _AND_THEN_PLACE.match(rest)) if complement else None
        if phrase:
            parts.append(rest[:phrase.end()])
            position += phrase.end()
            continue
        adjective = _ADJECTIVE.match(rest)
        # (« des enseignants de l'Université formés et certifiés »: a plural after a singular name is another's)
        plural_after_singular = adjective and adjective.group(1).endswith("s") and not parts[-1].rstrip().endswith(
            ("s", "x"))
        # (« La Fondation rappelle qu'elle … », « La Fondation explique que … »: a verb with an adjective's ending)
        verb = adjective and (adjective.group(1).lower() in _VERBS_LIKE_ADJECTIVES
                              or _THAT_AFTER.match(rest, adjective.end()))
        if adjective and adjective.group(1) not in _STOP and not plural_after_singular and not verb:
            parts.append(rest[:adjective.end()])
            position += adjective.end()
            described = described or adjective.group(1).lower() not in _GENERIC_ADJECTIVES
            continue
        break
    # « l'Agence marocaine pour l'énergie durable (Masen) »: a body named by what it is for, after its adjective
    purpose = _PURPOSE.match(text, position) if head.group("head") in _NAMED_BY_PURPOSE else None
    # « la Banque populaire », « la Banque mondiale »: a capitalised head and its own adjective are a name.
    if not complement and not (described and head.group("head")[0].isupper()) and not (
            purpose and head.group("head")[0].isupper()):
        return ""
    if purpose:  # « la Fondation Mohammed VI pour la réinsertion des détenus »: what it is for is its name's end
        parts.append(purpose.group())
    name = "".join(parts).strip(" ,")
    if head.group("head") == "Université" and not re.search(r"[A-ZÀ-Þ]", name[len("Université"):]):
        # (« les établissements de l'Université des ateliers de programmation, de design »: « l'Université », then
        # what is offered; a university is named after a person or a town)
        return ""
    return name[0].upper() + name[1:]


def _spelled_out(text, head, loose=False):
    """The name a bracketed acronym spells out: « Agence pour la promotion et le développement du Nord (APDN) ».

    Its words are taken up to the acronym when the acronym's letters are, in order, initials of them; `loose`, in
    any order (« Centre marocain pour l'innovation et l'entrepreneuriat social (MCISE) », an acronym of its English
    name).
    """
    match = _BEFORE_ACRONYM.match(text, head.start())
    if not match:
        return ""
    acronym = match.group("acronym").replace("-", "")
    words = [word for word in re.findall(r"[^\W\d_]+", match.group("name")) if word.lower() not in _LINKS]
    initials = [word[0].upper() for word in words]
    letters = iter(initials)
    # First and last words give its first and last letters; a word or two more at most (« économique »).
    if loose:
        if not words or len(words) > len(acronym) + 2 or not set(acronym) <= set(initials):
            return ""
    elif not words or initials[0] != acronym[0] or initials[-1] != acronym[-1] or len(words) > len(acronym) + 2:
        return ""
    elif not all(letter in letters for letter in acronym):
        return ""
    name = match.group("name").strip()
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
