"""Press text to an Article: HTML to text, boilerplate and repeats removed, sentences split."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from . import tables

# Elements whose text is never the article's: navigation, forms, scripts, side boxes.
_SKIPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                 "button", "select", "textarea", "label", "svg", "figure", "template"}
# A French site's names for its footer and its lists of other stories: « pied », « pied-de-page », « derniers »,
# « plus-lus ».
_FRENCH_FURNITURE = r"(?<![a-z])pied(?![a-z])|bas-?de-?page|(?<![a-z])derni[eè]re?s?(?![a-z])|plus-?lus"
# ...and elements whose class or id says the same (« en-continu », « ticker »: a news feed beside the story).
_SKIPPED_CLASS = re.compile(
    r"comment|respond|related|share|social|menu|breadcrumb|sidebar|footer|newsletter|tags|"
    r"read-?more|lire-?aussi|widget|banner|advert|promo|author-box|navigation|pagination|"
    rf"en-?continu|fil-?info|ticker|{_FRENCH_FURNITURE}",
    re.IGNORECASE,
)
# ...of which only these when they were wrong (« <div class="widget Blog"> » holds a blog's post).
_FURNITURE_CLASS = re.compile(
    r"comment|respond|related|share|social|menu|breadcrumb|sidebar|footer|newsletter|"
    rf"read-?more|lire-?aussi|banner|advert|promo|author-box|navigation|pagination|{_FRENCH_FURNITURE}",
    re.IGNORECASE,
)
# A class that says what an element has not (« entry-content no-share »: the story, without share buttons).
_NEGATED_CLASS = re.compile(r"(?:^|\s)(?:no|sans|without|hide)[-_]\S*", re.IGNORECASE)
_CONTAINER_TAGS = {"html", "body", "main", "article"}
# A table's column headed « Programme national (rappel) », « Édition précédente », « Autres régions »: figures of
# another scope, set beside this initiative's for comparison; its cells are left out (never the first column, the
# row's labels).
_OTHER_SCOPE_COLUMN = re.compile(r"\b(?:nationale?s?|national|rappel|pour\s+m[ée]moire|pays|royaume|"
                                 r"pr[ée]c[ée]dente?s?|an\s+dernier|ann[ée]e\s+derni[èe]re|autres?\s+r[ée]gions?|"
                                 r"comparaison)\b", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "blockquote", "section",
               "article", "main", "time", "dd", "dt", "ul", "ol", "table", "hr"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
# (compared without « - » or « _ »: « publish-date », « publish_date » and « publishdate » are one name)
_DATE_META = ("article:publishedtime", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
              "og:publishedtime", "datepublished", "publicationdate", "parselypubdate", "sailthru.date")

_JSON_LD_DATE = re.compile(r'"date(?:Published|Created)"\s*:\s*"([^"]+)"')
# A line that ends the article: what follows is comments, tags or links to other stories.
_TAIL = re.compile(
    r"^(laisser un commentaire|laissez un commentaire|r[ée]agir|commentaires?\b|soyez le premier|"
    r"articles? similaires|sur le m[êe]me (sujet|th[èe]me)|[ée]tiquettes|tags?\s*:|mots?-cl[ée]s|"
    r"newsletter|partager|les plus lus|bouton retour|vous devez [êe]tre connect|"
    # (a sidebar's list of other stories: « Dernières nouvelles », « Dans la même rubrique »)
    r"derni[èe]res (?:nouvelles|actualit[ée]s|actus|infos|d[ée]p[êe]ches)\s*:?$|articles r[ée]cents\s*:?$|"
    r"dans la m[êe]me rubrique|\d+ commentaires?\s*$|vous aimerez aussi|vous aimerez peut-[êe]tre)",
    re.IGNORECASE,
)
_SHARE = re.compile(r"^partager\b", re.IGNORECASE)
# A press release's closing « À propos de X » heading: the issuer's boilerplate follows, then its contacts (a dated
# stamp below them is still read).
_ABOUT = re.compile(r"^(?:[àa] propos (?:de|du|des|d['’])\s*[^.!?]{1,80}|contacts? presse\b.*)$", re.IGNORECASE)
# A line that is never part of the story, wherever it stands.
_NOISE = re.compile(
    # (« À suivre : notre dossier sur … dans notre prochain numéro »: the paper's teaser for another story)
    r"^((?:[àa]\s+)?lire (aussi|[ée]galement)|voir aussi|[àa] lire|[àa] suivre\s*:|read also|top$|accueil\b|"
    r"votre adresse (e-?mail|de messagerie)|les champs obligatoires|tous droits r[ée]serv|©|"
    r"publi[ée] le\b|mis [àa] jour le\b|par\s+(notre|[A-ZÉ][\w.]*\s*[A-ZÉ]?[\w.]*\s*$)|"
    r"recevez |abonnez-vous|suivez-nous|partager sur|"
    # (a consent banner copied with the page: « Ce site utilise des cookies… [OK] [En savoir plus] »)
    r"ce site utilise|nous et nos partenaires|nous respectons votre vie priv[ée]e|cookies?\b|"
    r".*\[\s*(?:ok|accepter|j['’]accepte|refuser|tout accepter)\s*\])",
    re.IGNORECASE,
)
# The words of a date, for the patterns below and dates.py.
MONTHS = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# The months as dispatches shorten them: « 15 janv. 2026 (MAP) », « GUELMIM, 25 fév. 2026 (AMD) » (the dot left out).
MONTH_ABBREVIATIONS = r"janv|jan|f[ée]vr|f[ée]v|avr|juil|sept|oct|nov|d[ée]c"
# « Oujda – », « Rabat, 12 février 2025 – », « Guelmim, 19 mars 2025 (MAP) – » opening the lead.
_DATELINE = re.compile(r"^(?P<place>[^\W\d_][\w'’ .-]{1,40}?)\s*(?:\([^)]*\))?\s*(?:,\s*(?P<date>[^–—]{4,40}?))?"
                       r"\s*(?:\([^)]*\))?\s*[–—-]\s")
# « Laâyoune, 12 novembre 2025. »: a place and a full date closed by a full stop also open the lead.
_DATELINE_STOP = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[\s-]+(?:[A-ZÀ-Þ][\w'’-]*|de|du|des|el|al|la|le|ben|sur|en)){0,4})\s*,\s*"
    r"(?P<date>(?i:(?:(?:" + WEEKDAYS + r")\s+)?(?:le\s+)?(?:1er|\d{1,2})\s+(?:" + MONTHS + r")\s+\d{4}))"
    r"\s*(?:\.\s*$|:\s)",  # (the place keeps its capitals)
)
# « 17/02/2026 — Des femmes de Fnideq… »: a date alone opens the lead, the dispatch's own (no place).
# (« BRÈVE — 13/05/2025. Une session… »: after a rubric in capitals, closed by a full stop too)
_DATE_OPENING = re.compile(r"^(?:[A-ZÀ-Þ]{3,}(?:\s+[A-ZÀ-Þ]{2,})?\s*[–—-]\s*)?(?P<place>)"
                           r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*(?:[–—-]\s|\.(?:\s|$))")
# « Lire aussi : » alone on its line, the headlines of other stories listed below it.
# (« Articles liés », « Sur le même sujet », « Dans la même rubrique »: other stories' headlines under it)
_LINKS_HEADING = re.compile(r"^(?:[àa]\s+)?(?:lire (?:aussi|[ée]galement)|voir aussi|[àa] lire|articles?\s+liés|"
                            r"sur le même sujet|dans la même rubrique|nos articles sur le sujet)\s*:?\s*$",
                            re.IGNORECASE)
# « (lire aussi : « Nador : 200 MDH pour le port ») » inside a paragraph: another story's headline.
_INLINE_LINK = re.compile(r"\s*[(\[]\s*(?:[àa]\s+)?lire (?:aussi|[ée]galement)\b[^)\]]*[)\]]", re.IGNORECASE)
# « Par Youssef Ait Lahcen », « Par La Rédaction - 03/04/2024 »: the author's line.
# (« Par Abdelkrim Naciri (عبد الكريم الناصري), professeur … »: the name may be given in Arabic script too)
_AUTHOR = re.compile(r"^(?:par|by)\s+(?:notre|la r[ée]daction|[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){0,3})\s*"
                     r"(?:\([^()]{1,40}\)\s*)?(?:$|[-|,–—·•])|"
                     # « De notre correspondant à Tafraout, Abdellah Oukhouya », « De notre envoyée spéciale à Dakhla »
                     r"^(?:de|par)\s+(?:notre|nos)\s+(?:correspondante?s?|envoyée?s?\s+spéciale?s?|bureau)\b[^.!?]{0,80}$|"
                     # « Souss – Reportage de notre correspondant Brahim Oubella »: a section, then the byline
                     r"^[^.!?]{0,40}[–—|·•-]\s*(?:reportage|correspondance|envoi|récit)?\s*(?:de|par)\s+(?:notre|nos)\s+"
                     r"(?:correspondante?s?|envoyée?s?\s+spéciale?s?|bureau)\b[^.!?]{0,80}$|"
                     # « Décryptage, par Mbarek Ould Sidi », « Analyse, par X »: a rubric, then its author
                     r"^[A-ZÀ-Þ][\w'’-]{2,20}(?:\s+[\w'’-]+){0,2}\s*,\s*par\s+[A-ZÀ-Þ][\w.'’-]*"
                     r"(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,4}\s*$|"
                     # « Rédaction : Soufiane Belkadi », « Texte : R. H. », « Auteur : … »: a credit line
                     r"^(?:rédaction|texte|auteure?|propos\s+recueillis\s+par|reportage)\s*:\s*"
                     r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}\s*$",
                     re.IGNORECASE)
# A line that is only a date (« Samedi 5 avril 2025 », « 05/04/2025 - 10:30 »), wherever it stands.
_DATE_ONLY = re.compile(
    # (« MAP 12/03/2025 16:47 » closing a dispatch: the agency's stamp)
    # (« (22/04/2025) » under a brief: in brackets too)
    # (« Guelmim, 13/03/2025 (Agence) » closing a dispatch: its place and date, its source in brackets)
    # (« -- MAP 13/03/2025 11:42 -- », « ND — 17/11/2025 — 09h15 — fin »: between dashes, an agency's sign-off)
    r"^[-–—\s]*\(?(?:(?:MAP|AFP|APS|Reuters|AP|[A-Z]{2,5}\s+[–—-])\s+|[A-ZÀ-Þ][\w'’ -]{1,30},\s*)?(?:le\s+)?"
    r"(?:(?:" + WEEKDAYS + r"),?\s+)?"
    r"(?:\d{1,2}(?:er)?\s+(?:" + MONTHS + r"|(?:" + MONTH_ABBREVIATIONS + r")\.?)\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*(?:à|-|–|—|,)?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)?\)?\s*(?:\([^)]{2,30}\))?"
    r"(?:\s*[-–—]+\s*(?:fin)?)*\s*$",
    re.IGNORECASE,
)
# « Khénifra Info · 19 février 2026 · C'est parti ! … »: a post opening on its source and date.
_POST_HEADER = re.compile(
    r"^(?P<head>[^·•|]{2,60}[·•|]\s*(?:(?:" + WEEKDAYS + r")\s+)?"
    r"(?:\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[:h]\s*\d{2})?\s*[·•|])\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# « MAP 09042025 15:42:00 »: an agency's stamp with the day, month and year run together.
_COMPACT_STAMP = re.compile(r"^(?P<agency>MAP|AFP|APS|Reuters|AP)\s+(?P<d>\d{2})(?P<m>\d{2})(?P<y>(?:19|20)\d{2})\b")
# « L'Hebdo de l'Est — édition du lundi 9 mars 2026 »: a masthead giving the date.
# « Le Courrier du Sud — lundi 19 octobre 2026 », « Propos recueillis par X — 12 janvier 2026 »: the same, signed.
_DATED_MASTHEAD = re.compile(
    # (« Propos recueillis par X — Le Courrier du Moyen Atlas, lundi 21 avril 2025 »: the paper's name may come first)
    # (« LE COURRIER DU SUD-EST — Revue régionale du mercredi 25 novembre 2026 »: what the issue is, then « du »)
    r"^[^.!?]{2,60}\s[—–|-]\s*(?:[^.!?,—–|]{2,50},\s*|[^.!?,—–|\d]{2,40}\s+du\s+)?"
    r"(?:(?:édition|numéro|n°|parution)\s+(?:du\s+)?)?"
    r"(?:(?:" + WEEKDAYS + r")\s+)?\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}\s*$"
    # « Édition du mardi 10 juin 2025 — notre tour d'horizon de la région »: the date first
    r"|^(?:édition|numéro|parution)\s+du\s+(?:(?:" + WEEKDAYS + r")\s+)?\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}"
    r"(?:\s*[—–|-][^.!?]{0,80})?$", re.IGNORECASE)
# (« Mis en ligne le lundi 9 mars 2026 · 48 min », « Posté le … », « Paru le … »: the same)
# « © Agence Horizon — 19/02/2026 », « MAP - Dépêche transmise le 14/03/2025 à 17h48 »: a dispatch's foot, dated.
_STAMPED_FOOTER = re.compile(r"^(?:©|\(c\)|copyright\b|.{0,40}\btransmise?\s+le\b).*\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b",
                             re.IGNORECASE)
# « Publié le », « Mis en ligne le », « Posté le », « Paru le », « Diffusé le »: the words that date a page (dates.py
# reads them inside a line too).
PUBLISHED = r"(?:publi[ée]e?|mise?\s+en\s+ligne|post[ée]e?|parue?|diffus[ée]e?)\s+le"
# (« Écrit par Meryem A. le 18 décembre 2025 · Catégorie : … »: a blog's byline and date)
_DATE_LINE = re.compile(r"^(?:(?:article|texte|page|revue|chronique|édition|lettre|bulletin|dépêche)\s+)?("
                        + PUBLISHED + r"|mise?\s+[àa]\s+jour\s+le|"
                        r"(?:écrit|rédigé|posté|publié)e?\s+par\s+[^·|]{2,60}?\s+le\s+\d)",
                        re.IGNORECASE)
# « Présentation : Leïla B. », « Document établi par le service documentation à partir de l'enregistrement … »: a
# broadcast's credits above its summary.
# (« Transcription intégrale (service des archives) », « [Générique] »: what the text is, a stage direction)
_CREDITS = re.compile(r"^(?:présentation|présenté(?:e)? par|animation|animé(?:e)? par|réalisation|production|"
                      r"invitée?s?|document établi|transcription établie|résumé établi|"
                      # (« Propos recueillis par Nadia B. »: an interview's byline)
                      r"propos\s+recueillis\s+par|entretien\s+(?:réalisé|conduit|mené)\s+par|"
                      r"interview\s+(?:réalisée|conduite|menée)\s+par)\b|"
                      r"^(?:transcription|verbatim)\b[^.!?]{0,60}$|^\[[^\]]{2,30}\]$", re.IGNORECASE)
# « Par Hicham Ouazzani | Publié le 15/09/2023 à 10h32 »: a byline, whatever its length.
_BYLINE = re.compile(r"\|\s*(publi[ée] le|mis [àa] jour le)\b", re.IGNORECASE)
# « Par Brahim Ait Lahcen — Publié le 21 février 2026 à 10h12 »: a byline too, when it is no sentence (a dash
# also sets off an aside in prose: « le rapport — publié le 3 mars — indique »).
_BY = re.compile(r"(?:par|by)\s", re.IGNORECASE)
# (« Par Karim A. Publié le 2 mars 2026 à 18h40 · Mis à jour le 3 mars »: the page's cells run together)
_DASHED_BYLINE = re.compile(r"[—–·•]\s*(?:publi[ée] le|mis [àa] jour le)\b|"
                            r"^(?:par|by)\s+[^.!?|]{2,60}?\s(?:publi[ée]|mis [àa] jour) le\b", re.IGNORECASE)
_ABBREVIATIONS = ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "av", "cf", "etc", "n°", "p", "art",
                  # months as dispatches shorten them: « 15 janv. 2026 (MAP) »
                  "janv", "jan", "févr", "fevr", "fév", "fev", "avr", "juil", "sept", "oct", "nov", "déc", "dec")
# « boulevard Mohammed V. L'Agence … »: a king's numeral ending a sentence, not a person's initial.
_KINGS_NUMERAL = re.compile(r"\b(?:Mohammed|Hassan)\s+V\.$")
# (« … 1 100 candidats. « Nous avons fait… »: a quotation opening on « and a space, as French sets it)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"]?\s+(?=(?:[«“\"]\s?)?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass
class Sentence:
    """One sentence of the article and where it stands."""

    text: str
    paragraph: int  # 0 is the headline, 1 the lead paragraph
    index: int


@dataclass
class Article:
    """The useful text of a press article, with what the page says about itself."""

    headline: str
    paragraphs: list  # body paragraphs, boilerplate and repeats removed
    header_lines: list = field(default_factory=list)  # lines above the body: section, date, byline
    meta_date: str = ""  # the page's own date, as its HTML states it
    time_date: str = ""  # the first <time datetime> of the page: maybe its own, maybe a related link's
    site_name: str = ""
    url: str = ""  # the page's own address (canonical link or og:url), when it gives one

    @property
    def sentences(self):
        """The headline and every body sentence, in order."""
        found = [Sentence(self.headline, 0, 0)] if self.headline else []
        for number, paragraph in enumerate(self.paragraphs, 1):
            for part in split_sentences(paragraph):
                found.append(Sentence(part, number, len(found)))
        return found


def dateline(sentence):
    """The dateline opening a lead sentence (groups place and date), or None."""
    if sentence.paragraph != 1 or sentence.index > 1:
        return None
    return opening_dateline(sentence.text)


def opening_dateline(text):
    """The dateline a line opens on, wherever it stands (groups place and date), or None."""
    # (a date alone first: « BRÈVE — 13/05/2025. » would read as a place « BRÈVE » without a date)
    return _DATE_OPENING.match(text) or _DATELINE.match(text) or _DATELINE_STOP.match(text)


def split_sentences(paragraph):
    """Split a paragraph into sentences, keeping abbreviations such as « M. » inside."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start:match.start()].rstrip("»”\"")
        last_word = re.search(r"([\w°]+)\.$", before)
        if last_word and (last_word.group(1) in _ABBREVIATIONS or len(last_word.group(1)) == 1) and not (
                _KINGS_NUMERAL.search(before)):
            continue
        parts.append(paragraph[start:match.start()].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [part for part in parts if part]


class _PageParser(HTMLParser):
    """Collect the visible lines of a page, its h1, title and date metadata."""

    def __init__(self, furniture=_SKIPPED_CLASS):
        super().__init__(convert_charrefs=True)
        self.furniture = furniture  # the classes and ids that say an element is furniture
        self.lines, self.current = [], []
        self.skip_depth = 0
        self.stack = []
        self.title = self.h1 = self.og_title = self.site_name = self.meta_date = self.time_date = self.url = ""
        self.footer_dates = []
        self._in = {"title": False, "h1": False}
        self._h1_parts = []
        self._json_ld = None  # the text of a structured-data script being read
        self._column, self._other_columns, self._heading = -1, set(), None  # the table being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split() and attrs.get("href"):
            self.url = self.url or attrs["href"]
        if tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self._json_ld = []
        if tag == "time" and attrs.get("datetime") and not self.time_date and not self.skip_depth:
            self.time_date = attrs["datetime"]
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._break()
            return
        # (a page's containers are never furniture, whatever their classes say: « <body class="…right-sidebar"> »;
        # nor is an article's own header, which holds its headline: « <article><header><h1> »)
        container = tag in _CONTAINER_TAGS
        own_header = tag == "header" and any(open_tag in ("article", "main") for open_tag, _skipped in self.stack)
        skipped = not container and not own_header and (
            tag in _SKIPPED_TAGS or self.furniture.search(
                _NEGATED_CLASS.sub(" ", f"{attrs.get('class', '')} {attrs.get('id', '')}"))
            or self._in_other_column(tag))
        self.stack.append((tag, bool(skipped)))
        if skipped:
            self.skip_depth += 1
        if tag in ("td", "th") and not skipped and "".join(self.current).strip():
            self.current.append(" ; ")  # (a table's cells, side by side in a row: « Conseil X ; 8 M DH ; Aménagement »)
        if tag in _BLOCK_TAGS:
            self._break()
        if tag in self._in:
            self._in[tag] = True

    def _in_other_column(self, tag):
        """Follow a table's rows and columns; True for a cell of a column of another scope."""
        if tag == "table":
            self._column, self._other_columns = -1, set()
        elif tag == "tr":
            self._column = -1
        elif tag in ("td", "th"):
            self._column += 1
            self._heading = [] if tag == "th" else None
            return tag == "td" and self._column in self._other_columns
        return False

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS:
            return
        if tag == "th" and self._heading is not None:
            if self._column > 0 and _OTHER_SCOPE_COLUMN.search("".join(self._heading)):
                self._other_columns.add(self._column)
            self._heading = None
        if tag == "script" and self._json_ld is not None:
            # Pages that give their date only in schema.org data: « "datePublished": "2025-01-16T10:00" ».
            found = _JSON_LD_DATE.search("".join(self._json_ld))
            if found and not self.meta_date:
                self.meta_date = found.group(1)
            self._json_ld = None
        # Close up to the matching tag: pages in the wild leave elements open.
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self._break()
        if tag in self._in:
            self._in[tag] = False
            if tag == "h1" and not self.h1:
                self.h1 = " ".join("".join(self._h1_parts).split())

    def handle_data(self, data):
        if self._json_ld is not None:
            self._json_ld.append(data)
            return
        if self._in["title"]:
            self.title += data
            return
        if self.skip_depth:
            if _DATE_LINE.search(data.strip()) and not self.footer_dates:
                # « Article publié le 22/09/2025 … » in a printed page's footer: the page's date, kept aside
                self.footer_dates.append(" ".join(data.split()))
            return
        if self._heading is not None:
            self._heading.append(data)
        if self._in["h1"] and not self.h1:
            self._h1_parts.append(data)
        self.current.append(data)

    def _meta(self, attrs):
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content", "")
        if key == "og:title":
            self.og_title = content
        elif key == "og:site_name":
            self.site_name = content
        elif key == "og:url" and content:
            self.url = self.url or content
        elif key.replace("-", "").replace("_", "") in _DATE_META and not self.meta_date:
            self.meta_date = content

    def _break(self):
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []


def looks_like_html(text):
    """Whether a text is an HTML page rather than plain text."""
    return bool(re.search(r"<(html|body|p|div|article|h1)\b", text[:5000], re.IGNORECASE))


def parse(text, html=None):
    """Read a press article, plain text or HTML, into an Article."""
    if html is None:
        html = looks_like_html(text)
    if html:
        return _parse_html(text)
    text = _unwrapped(tables.flattened(_without_adverts(text.replace("\r\n", "\n"))))
    # (« **Chefchaouen** — … »: text copied with its Markdown emphasis)
    lines = [" ".join(_EMPHASIS.sub("", line).split()) for line in text.split("\n")]
    return _assemble(lines, headline="")


# A page's furniture in text taken from a PDF or an e-mail: rules of dashes, « Page 1 / 2 ».
_RULE_LINE = re.compile(r"^\s*(?:[-=_*~]{5,}|.*\bPage\s+\d+\s*/\s*\d+)\s*$", re.IGNORECASE)
# A line cut at a fixed width: long, and not the end of a sentence.
_WRAP_WIDTH = 50
_WRAP_LONGEST = 110
_WRAPPED_PAIRS = 3
# « - Budget : 4 MDH », « • 300 places », « 2. Les inscriptions », « Durée : six mois »: lines that are items, never
# joined. (Not « 2026. Il s'inscrit… »: a year that ends a sentence cut at the line before.)
_ITEM_LINE = re.compile(r"^(?:[-–•*·]\s|\d{1,2}[.)]\s|[A-ZÀ-Þ][\w'’ ]{1,30}\s?:\s)")


_EMPHASIS = re.compile(r"\*\*|__")
# An advert copied with the page: « PUBLICITÉ », « -- PUBLICITÉ -- », « >> PUBLICITE : Bijouterie … » opening a line,
# then its text down to a blank line or a rule (« dès 390 000 DH » is no figure of the story).
_ADVERT = re.compile(r"^[^\w\n]{0,6}(?:publicit[ée]|annonce\s+publicitaire|contenu\s+sponsoris[ée]|sponsoris[ée])\b"
                     r"[^\n]*(?:\n(?![^\S\n]*\n|[^\S\n]*[-=_*~]{5,})[^\n]+)*", re.IGNORECASE | re.MULTILINE)


def _without_adverts(text):
    """The text without the adverts pasted into it."""
    return _ADVERT.sub("", text)


# In a hard-wrapped page's first block, a line in capitals this long is its headline, not a line cut by the width
# (« NADOR : 96 LAURÉATS … »; not « ROYAUME DU MAROC » over a letterhead's lines, read with the next).
_CAPITALS_HEADLINE = 40
# ...and a line this short was not cut either (« Par Leila Mansouri », « Doukkala Flash - 24/04/2026 - 16:20 »),
# unless it ends on a word that needs the next (« son école de »).
_SHORT_LINE = 40
_LINK_WORD_END = re.compile(r"\b(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|et|en|pour|par|sur|son|sa|ses|un|une|que|"
                            r"qui|dans|avec)$", re.IGNORECASE)


def _ends_a_header_line(line):
    """True when a line of a wrapped page's first block was not cut by the width: a headline in capitals, a short
    line, or a stamp with bars (« Publié le … | Mis à jour … »)."""
    lower = any(c.islower() for c in line)
    return (not lower and len(line) >= _CAPITALS_HEADLINE) or " | " in line or (
        lower and len(line) < _SHORT_LINE and not _LINK_WORD_END.search(line))


def _unwrapped(text):
    """Text hard-wrapped at a fixed width (PDF, e-mail) with each paragraph back on one line.

    A paragraph is then the block between blank lines: its lines are joined, « déve-\nloppement »
    made whole again and « Laâyoune-\nSakia » joined on its hyphen. Text written one paragraph
    per line is left as it is.
    """
    lines = [line.strip() for line in text.split("\n")]
    if any(len(line) > _WRAP_LONGEST for line in lines if not _RULE_LINE.match(line)):
        return text  # a paragraph on a line of its own: not wrapped
    cut = sum(len(line) >= _WRAP_WIDTH and bool(nxt) and not line.endswith((".", "!", "?", ":", "»"))
              for line, nxt in zip(lines, lines[1:], strict=False))
    if cut < _WRAPPED_PAIRS:
        return text
    blocks = []
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        joined, previous = [], ""
        for line in (line.strip() for line in block.split("\n")):
            if not line or _RULE_LINE.match(line):
                continue
            if not joined or _ITEM_LINE.match(line) or (number == 0 and _ends_a_header_line(previous)):
                # a list's item or a « Label : value » line stays a line of its own, and so does what follows a
                # header line that was not cut (the headline in capitals, the byline)
                joined.append(line)
            elif joined[-1].endswith("-") and line[:1].islower():
                joined[-1] = joined[-1][:-1] + line  # « déve-\nloppement »
            elif joined[-1].endswith("-"):
                joined[-1] += line  # « Laâyoune-\nSakia El Hamra »
            else:
                joined[-1] += " " + line
            previous = line
        blocks.append("\n".join(joined))
    return "\n\n".join(blocks)


# Less story than this, once the furniture named by classes is left out, and some class was wrong about it.
_LEAST_STORY = 300


def _parse_html(text):
    article = _parse_page(text, _SKIPPED_CLASS)
    if _story_length(article) < _LEAST_STORY:
        # « <div class="widget Blog"> » around a blog's post: read again, with only the surest furniture classes.
        again = _parse_page(text, _FURNITURE_CLASS)
        if _story_length(again) > _story_length(article):
            return again
    return article


def _story_length(article):
    return sum(len(paragraph) for paragraph in article.paragraphs if _is_prose(paragraph))


def _parse_page(text, furniture):
    parser = _PageParser(furniture)
    parser.feed(text)
    parser.close()
    parser._break()
    page_title, site_name = _split_page_title(parser.title)
    if _PRINT_TITLE.match(page_title):
        page_title = ""  # « Version imprimable - Doukkala Hebdo »: the page's kind; the headline is in its text
    headline = parser.h1 or parser.og_title or page_title
    article = _assemble(_rejoined(parser.lines), headline=headline)
    article.header_lines += parser.footer_dates  # after the header's own: only when it gives no date
    article.meta_date = parser.meta_date
    article.time_date = parser.time_date
    article.site_name = parser.site_name or site_name
    # Only a web address: a page could name any scheme (« javascript: »), and the draft would carry it.
    article.url = parser.url if re.match(r"https?://[^\s\"'<>]+$", parser.url) else ""
    return article


def _rejoined(lines):
    """A PDF's lines set one by one on a page (« … de 36 millions de dirhams à » over « 48,5 millions de dirhams, … »)
    joined back into their paragraphs; a page whose blocks are paragraphs is left as it is."""
    cut = [n for n, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)) if _cut_at_width(line, nxt)]
    if len(cut) < _WRAPPED_PAIRS:
        return lines
    joined = []
    for number, line in enumerate(lines):
        if number - 1 in cut and joined:
            joined[-1] = (joined[-1][:-1] + line) if joined[-1].endswith("-") and line[:1].islower() \
                else f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _cut_at_width(line, nxt):
    """True when a page's line is cut where its width ends: a long line, no sentence closed, and the next going on in
    lower case, or with a figure after a word that wants one (« … de 36 millions de dirhams à » / « 48,5 millions »);
    not a byline, a date or a list's item under it."""
    if len(line) < _CUT_LINE or _LINE_CLOSED.search(line) or not _LINE_GOES_ON.match(nxt) or _ITEM_LINE.match(nxt) \
            or _is_byline(nxt):
        return False
    return nxt[0].isalpha() or bool(_WANTS_MORE.search(line))


# A line cut at a page's width is a long one; it ends on no stop, and the next goes on from it (not « 3. Formation
# professionnelle », an item under a page's running header).
_CUT_LINE = 60
_LINE_CLOSED = re.compile(r"[.!?:;»”)…]\s*$")
_LINE_GOES_ON = re.compile(r"^[a-zà-ÿ0-9]")
_WANTS_MORE = re.compile(r"\b(?:à|de|du|des|et|le|la|les|en|pour|sur|par|au|aux|avec|entre|[dl]['’])$")


_PRINT_TITLE = re.compile(r"^\s*(?:version\s+imprimable|imprimer|print(?:able)?(?:\s+version)?)\s*$", re.IGNORECASE)


def _split_page_title(title):
    """« Headline - Site » into (headline, site)."""
    title = " ".join(title.split())
    # « Headline | Site - Its motto »: a bar sets the site apart from the headline, whatever follows.
    if " | " in title:
        headline, _bar, rest = title.partition(" | ")
        site = re.split(r"\s+[-|–—]\s+", rest)[0]
        if len(site.split()) <= 5:
            return headline, site
    parts = re.split(r"\s+[-|–—]\s+", title)
    if len(parts) > 1 and len(parts[-1].split()) <= 5:
        return " - ".join(parts[:-1]), parts[-1]
    return title, ""


# « la première promotion de l'#AltenAcademyFès »: a name written as a hashtag, its words run together.
_HASHTAG = re.compile(r"#(?P<word>[A-ZÀ-Þ][\w]*?[a-zà-ÿ0-9][A-ZÀ-Þ][\w]*)")
_HASHTAGS_ONLY = re.compile(r"^(?:#[\w]+\s*)+$")


def _spelled_out(line):
    """A line with the hashtags inside its sentences written as words: « #AltenAcademyFès » → « Alten Academy Fès »
    (a closing line of hashtags alone is left as it is)."""
    if "#" not in line or _HASHTAGS_ONLY.match(line):
        return line
    return _HASHTAG.sub(lambda match: re.sub(r"(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Þ])", " ", match.group("word")), line)


# « 20 mars/adar 2025 », « le 8 tammouz/juillet courant », « novembre/tichrine al-thani »: a translation from Arabic
# gives the Levantine (Syriac) month beside the French one, on either side of a slash.
# (in lower case, as the gloss is printed: « Publié le 5 mars/Mis à jour le 6 » keeps its words)
_GLOSS = r"(?-i:[a-z])[\w'’-]*(?:\s+(?:al|el|ath|at|ad)-[\w'’-]+|\s+(?:al|el|ath)\s+[\w'’-]+)?"
_MONTH_WITH_GLOSS = re.compile(rf"\b(?:(?P<first>{MONTHS})\s*/\s*(?P<after>{_GLOSS})|(?P<before>{_GLOSS})\s*/\s*"
                               rf"(?P<second>{MONTHS}))\b", re.IGNORECASE)


def _months_in_french(line):
    """A line with each month glossed by its Levantine name after a slash written as the French month alone."""
    def french(match):
        month, gloss = (match["first"], match["after"]) if match["first"] else (match["second"], match["before"])
        if re.fullmatch(MONTHS, gloss.split()[-1], re.IGNORECASE) or re.fullmatch(MONTHS, gloss, re.IGNORECASE):
            return match.group()  # « mars/avril »: two French months, a span
        return month
    return _MONTH_WITH_GLOSS.sub(french, line) if "/" in line else line


def _assemble(lines, headline):
    """Find the headline and body among lines, and drop boilerplate and repeated paragraphs."""
    lines = [_months_in_french(_spelled_out(line)) for line in lines if line]
    post = _POST_HEADER.match(lines[0]) if lines else None
    if post:  # the source and date go above the post's text, as a page's header would
        lines[:1] = [post.group("head").rstrip(" ·•|"), post.group("rest")]
    if headline:
        # The h1 is also among the page's lines: what stands above it is the page's header.
        key = _key(headline)
        number = next((n for n, line in enumerate(lines) if _key(line) == key), -1)
        if number < 0:
            number = _heading_like(lines, headline)
            if number >= 0:  # the page's own heading, fuller than its <title>: the headline
                headline = lines[number]
        header, lines = (lines[:number], lines[number + 1:]) if number >= 0 else ([], lines)
    else:
        headline, header, lines = _take_headline(lines)
    body, seen = [], set()
    links = False  # under a « Lire aussi : » heading: its list of other stories' headlines
    about = False  # under a press release's « À propos de X »: boilerplate
    for line in lines:
        line = _INLINE_LINK.sub("", line).strip()
        line = _COMPACT_STAMP.sub(r"\g<agency> \g<d>/\g<m>/\g<y>", line)
        # (« Partager : Facebook X » under the standfirst and the byline: the story has not begun, it goes on)
        share_above = _SHARE.match(line) and body and not _is_prose(body[-1])
        if _TAIL.match(line) and any(_is_prose(paragraph) for paragraph in body) and not share_above:
            break  # comments, tags and links to other stories follow
        if _LINKS_HEADING.match(line):
            links = True
            continue
        if links and not _is_prose(line):
            continue
        links = False
        about = about or bool(_ABOUT.match(line) and any(_is_prose(paragraph) for paragraph in body))
        # a byline above the story, or a paper's dated line (« Le Courrier du Sud, mercredi 10 février 2027 — En bref »)
        # (below a repeated headline or a standfirst too: until the story's first sentence, « Par X — Publié le … »)
        begun = any(_is_prose(paragraph) for paragraph in body)
        # (« Par Loubna C. · Publié le 8 mars 2026 » under a standfirst: an author and a date, wherever they stand)
        byline = (not begun and (_AUTHOR.match(line) or _DATED_SLUG.match(line) or _dashed_byline(line)
                                 or _CREDITS.match(line))) or bool(_BY.match(line) and _dashed_byline(line))
        above = (not body and _is_header_line(line)) or byline
        dated = _DATE_LINE.match(line) and len(line.split()) <= _HEADLINE_WORDS and not _is_prose(line)
        stamp = _STAMPED_FOOTER.match(line) and not _is_prose(line)
        if (_NOISE.match(line) or _TAIL.match(line) or above or _DATE_ONLY.match(line) or _DATED_MASTHEAD.match(line)
                or dated or stamp):
            if (not body or byline or _DATE_LINE.match(line) or _DATE_ONLY.match(line)
                    or _DATED_MASTHEAD.match(line) or stamp):
                header.append(line)  # « Publié le 23/10/2024 » under the text is still the page's date
            continue
        key = _key(line)
        if about or key in seen:  # boilerplate, or a paragraph printed twice
            continue
        seen.add(key)
        body.append(line)
    return Article(headline=headline, paragraphs=body, header_lines=header)


# A line above the story sharing this much of its words with the page's title is its heading, written otherwise
# (« Guelmim - Les enfants … s'initient à l'IA » in the title, « Guelmim : les enfants … à l'intelligence
# artificielle » in an h2).
_SAME_HEADING = 0.6
_HEADING_LINES = 8


def _heading_like(lines, headline):
    """Where the page's heading stands among its first lines, written a little otherwise than its title; -1 if not."""
    words = set(_key(headline).split())
    for number, line in enumerate(lines[:_HEADING_LINES]):
        if _is_prose(line) or len(line.split()) > _HEADLINE_WORDS:
            break  # the story has begun
        others = set(_key(line).split())
        if words and others and len(words & others) / len(words | others) >= _SAME_HEADING:
            return number
    return -1


# A round-up's title: « Guelmim-Oued Noun en bref », « L'essentiel de la semaine », « Ce qu'il faut retenir ».
ROUNDUP_TITLE = re.compile(r"\b(?:en\s+bref|brèves?|l['’]essentiel\s+d(?:e|u|es)|revue\s+de\s+(?:presse|la\s+semaine)|"
                           r"fil\s+(?:info|d['’]actualités?)|tour\s+des\s+(?:régions|provinces)|"
                           r"ce\s+qu['’]il\s+faut\s+(?:retenir|savoir)|en\s+continu)\b", re.IGNORECASE)
# « SIDI IFNI – Premier bilan pour « Ifni Code Océan » », « IMZOUREN — « Rif Numérique » accueille… »: a round-up item's
# head, its town in capitals and a dash, whatever follows (« EL KELÂA DES SRAGHNA - … »: a wire's plain hyphen, spaced).
CAPS_ITEM_HEAD = re.compile(r"^(?P<rubric>)(?P<place>[A-ZÀ-Þ]{2,}(?:[\s'’-]+[A-ZÀ-Þ]{2,}){0,3})\s*"
                            r"(?P<sep>[–—]|(?<=\s)-)\s+\S")


# « Le quotidien économique du Nord », « L'hebdomadaire des régions du Sud », « Le blog de X — EdTech et territoires »:
# an outlet's tagline under its name.
_TAGLINE = re.compile(r"^(?:Le|La|L['’])\s*(?:premier\s+|1er\s+)?(?:quotidien|hebdomadaire|mensuel|bimensuel|journal|"
                      r"magazine|site|portail|média|webzine|blog|carnet|newsletter)\b[^.!?:]{0,80}$")


# A table's row as the page's lines give it, its cells set apart: « Partenaire ; Contribution (DH) », « Conseil
# régional ; 3 000 000 ».
_FIGURES_ROW = re.compile(r"^[^.!?]{1,80} ; [^.!?]{1,80}$")


def _take_headline(lines):
    """The headline: the line above the date or byline if there is one, else the first that reads like one."""
    top = _letterhead_end(lines)
    if top:
        # « ROYAUME DU MAROC / Ministère de l'Intérieur / Commune de Settat »: an official letterhead, then the rest
        headline, header, body = _take_headline(lines[top:])
        return headline, [*lines[:top], *header], body
    # where the story starts (« N° 47 — Vendredi 20 mars 2026 — Rubrique « Vie étudiante » »: a dated line, no story)
    top = next((n for n, line in enumerate(lines) if _is_prose(line) and not _is_byline(line)), len(lines))
    byline = next((n for n, line in enumerate(lines[:min(top, 15)]) if _is_byline(line)), None)
    anchor = byline or (top if top < len(lines) else None)
    if byline is not None and top < len(lines):
        # Masthead, section and date first, then the headline, then the lead: the one line between them
        # (a headline ending on a quotation mark reads as a sentence: it may be the first « prose » line).
        last = top + 1 if lines[top].endswith(("»", "”")) and len(lines[top].split()) <= _HEADLINE_WORDS \
            and top + 1 < len(lines) and (_is_prose(lines[top + 1]) or _is_byline(lines[top + 1])) else top
        # (« TAN-TAN – La station de dessalement en phase d'essais » under « Guelmim-Oued Noun en bref » and its date:
        # a round-up's first item, not the headline; not « IFRANE — Le conseil provincial adopte … » under a masthead)
        # (« Présentation : X / Reportage : Y », « [JINGLE] » under a bulletin's date: its credits and cues)
        between = [n for n in range(byline + 1, last) if not (
            _NOISE.match(lines[n]) or _is_section_line(lines[n]) or _is_byline(lines[n])
            or _roundup_item_head(lines, n) or _CREDITS.match(lines[n]))]
        if len(between) == 1 and _clean_headline(lines[between[0]]):
            number = between[0]
            return _clean_headline(lines[number]), [*lines[:number]], lines[number + 1:]
    if anchor:
        # A scraped page opens on its masthead, menus and offers: the headline stands right above the
        # byline, or above the lead when there is none.
        for number in range(anchor - 1, -1, -1):
            line = lines[number]
            if _NOISE.match(line) or _is_section_line(line) or _is_byline(line) or _dispatch_stamp(line) or (
                    _roundup_item_head(lines, number)) or _TAGLINE.match(line) or _FIGURES_ROW.search(line):
                # (« OUAZZANE - Le … accueille … » under « L'essentiel des régions »: the first item's head; a table's
                # rows, above the text that follows them)
                continue
            cleaned = _clean_headline(line)
            if cleaned and len(cleaned.split()) > _HEADLINE_WORDS:
                # A whole paragraph without a final stop is the lead: a shorter line above is the headline.
                above = next((n for n in range(number - 1, -1, -1) if _clean_headline(lines[n])
                              and len(lines[n].split()) <= _HEADLINE_WORDS and not _NOISE.match(lines[n])), None)
                if above is not None:
                    return _clean_headline(lines[above]), lines[:above], lines[above + 1:]
            if cleaned:
                return cleaned, lines[:number], lines[number + 1:]
            break
    for number, line in enumerate(lines[:12]):
        # (« Édition du mardi 10 juin 2025 — … » above a round-up's items: the date, no headline)
        if _NOISE.match(line) or _is_section_line(line) or _DATED_MASTHEAD.match(line) or _DATED_SLUG.match(line):
            continue
        opening = _DATELINE.match(line)
        if opening and (opening.group("date") or "(MAP)" in line[:opening.end()]):
            return "", lines[:number], lines[number:]  # a dispatch without headline: this is its lead
        if _is_prose(line) and (len(line.split()) > _HEADLINE_WORDS or len(split_sentences(line)) >= 3):
            return "", lines[:number], lines[number:]  # a brief without headline: the story starts here
        if _CAPS_PLACE_ITEM.match(line) and not (len(line.split()) <= _HEADLINE_WORDS and line.endswith(("»", "”"))):
            # « SETTAT. Le conseil… »: a round-up's first item (not « ÉCO RÉGION — Safi mise sur « Sqala Data » »: a
            # rubric and a short headline closing on a quotation)
            return "", lines[:number], lines[number:]
        cleaned = _clean_headline(line)
        if cleaned:
            return cleaned, lines[:number], lines[number + 1:]
    return "", [], lines


# « SETTAT. Le conseil provincial a adopté… »: a round-up's item, under its town in capitals.
_CAPS_PLACE_ITEM = re.compile(r"^[A-ZÀ-Þ]{3,}(?:[\s'’-]+[A-ZÀ-Þ]{2,}){0,3}\s*[.–—]\s+[A-ZÀ-Þ]")
def _roundup_item_head(lines, number):
    """True for an item's head in capitals (« TAN-TAN – … ») under a round-up's title (« … en bref »): the page's first
    item, not its headline."""
    return bool(CAPS_ITEM_HEAD.match(lines[number])) and any(ROUNDUP_TITLE.search(line) for line in lines[:number])


def _dispatch_stamp(line):
    """True for a dispatch's stamp on a line of its own: « Tétouan, 20 janvier 2026 (APN) - Première diffusion 16h05 »,
    its place and date first, no sentence after."""
    opening = opening_dateline(line)
    return bool(opening and opening.groupdict().get("date") and not _is_prose(line))


def _letterhead_end(lines):
    """How many lines an official letterhead takes at the top: « ROYAUME DU MAROC » and the bodies under it."""
    if not lines or not _LETTERHEAD.match(lines[0]):
        return 0
    number = 1
    while number < len(lines) and _LETTERHEAD_BODY.match(lines[number]):
        number += 1
    return number


# « Ministère de l'Intérieur — Province de Settat », « Commune de Settat — جماعة سطات », « Conseil communal »
_LETTERHEAD_BODY = re.compile(r"^(?:Ministère|Province|Préfecture|Commune|Conseil|Wilaya|Région|Direction|Secrétariat|"
                              r"Cabinet|Division|Agence|Délégation)\b[^.!?:]{0,80}$")
# Beyond this many words a line is a paragraph, not a headline (press headlines run 6 to 20 words).
_HEADLINE_WORDS = 30


def _clean_headline(line):
    """A headline without a leading date stamp; empty when the line is not one."""
    line = re.sub(r"^\s*date\s+\d{4}(-\d{2}){0,2}\s+", "", line, flags=re.IGNORECASE).strip()
    if line.endswith(":") or len(line.split()) < 4 or _is_header_line(line):
        return ""
    if line.startswith("[") and line.endswith("]"):
        return ""  # « [Communiqué de l'association X, reproduit tel quel] »: the editor's note on what follows
    return line


_RUBRIC = re.compile(r"^(?:rubrique|série|chronique|dossier|catégorie|section)\b", re.IGNORECASE)


# « Zagora Infos — Vie associative », « Tiznit Hebdo — Province »: a paper's name and its section.
# (« Al Wassit Al Janoubi — النسخة الفرنسية »: a paper and its edition, in Arabic)
_MASTHEAD_SECTION = re.compile(r"^[^.!?:]{0,40}\b(?:infos?|hebdo|presse|news|actus?|journal|quotidien|magazine|mag|"
                               r"express|online|post|times|tribune|courrier|gazette|[ée]cho|voix|radio|tv|fm|24|"
                               # (« L'Écho de la Moulouya — Société »: the paper's word, then its land)
                               r"aujourd['’]hui|matin|soir)(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
                               r"[A-ZÀ-Þ][\w'’-]*)?\s*[—–|]\s*[^.!?:]{2,40}$|"
                               r"^[^.!?:]{2,40}\s[—–|]\s*[\u0600-\u06FF][\u0600-\u06FF\s]*$", re.IGNORECASE)
_LETTERHEAD = re.compile(r"^\s*(?:ROYAUME\s+DU\s+MAROC|Royaume\s+du\s+Maroc\s*$|المملكة\s+المغربية)")
_KIND_OF_ITEM = re.compile(r"^[^.!?]{2,50}\s[—–|-]\s*(?:dépêches?|communiqués?|brèves?|flash|alertes?|actualités?|"
                           r"infos?)\s*$", re.IGNORECASE)


def _is_section_line(line):
    """A site's section or navigation line: a few words, separators, no sentence."""
    words = line.split()
    if _RUBRIC.match(line) and len(words) <= 8 and not line.endswith("."):
        return True  # « Rubrique « Trois questions de plus » », « Série « Ceux qui transmettent » (4/6) »
    # (a quotation's closing « » » is no separator: « Intitulé : Programme « Sud Compétences » »)
    if re.search(r"[›»|/>]", re.sub(r"«[^«»]*»", "", line)) and len(words) <= 8 and not line.endswith("."):
        return True
    if len(words) <= 3 and not re.search(r"[.!?]$", line):
        return True
    if _KIND_OF_ITEM.match(line) or _MASTHEAD_SECTION.match(line) and len(words) <= 8:
        # « SAHARA WIRE — Dépêche », « Région — Communiqué »: a source and the kind of its item; « Zagora Infos — Vie
        # associative »: a paper and its section
        return True
    # Section names glued together by the page's markup: « Agadir aujourd'huiRégion aujourd'hui »;
    # not brand names such as « YouCode » or « JobInTech », whose lower-case runs are short.
    glued = re.search(r"(?:[a-zà-ÿ]{4,}|['’][a-zà-ÿ]+)[A-ZÀ-Þ][a-zà-ÿ]", line)
    return bool(glued) and len(words) <= 6 and not re.search(r"[.!?]$", line)


def _dashed_byline(line):
    """« Par X — Publié le 21 février 2026 à 10h12 »: a byline set off by a dash, not a sentence's aside."""
    return bool(_DASHED_BYLINE.search(line)) and len(line.split()) <= _HEADLINE_WORDS and not _is_prose(line)


def _is_byline(line):
    """A line giving the article's date or author: « Publié le ... », « Par X | 03/04/2024 »."""
    if _DATE_LINE.match(line) or _DATE_ONLY.match(line) or _BYLINE.search(line) or _AUTHOR.match(line):
        return True
    if _DATED_MASTHEAD.match(line) or _DATE_THEN_BAR.match(line) or _DATED_SLUG.match(line) or _SIGNED_SLUG.match(line):
        return True
    return _is_header_line(line) and not _is_section_line(line)


# « AGENCE SUD-EST PRESSE — Dépêche n° 0117 — 11/01/2027 — 09h40 », « La Voix de l'Est — vendredi 22 janvier 2027 —
# page 6 », « Le Courrier du Sud, mercredi 10 février 2027 — En bref »: a paper's or agency's line, dated, in pieces.
# (« 5 novembre 2025 · Yassine Benjelloun · 6 min de lecture »: a blog's, in pieces set apart by dots)
# (« DevMag.ma — Écoles | Nador, le 14 octobre 2026 | Par X »: a site's name with its dot is no sentence's end)
# (« Sraghna Press (FR) – Par Abdelilah B. – Samedi 24 octobre 2026 »: an author's initial and its dot too)
# (« Le Détroit Étudiant – le journal des étudiants de l'ENSA de Tanger – n° 37, lundi 16 février 2026 – par X (GI3)
# et Y (GSEII2) »: a student paper's, with two authors and their classes)
_DATED_SLUG = re.compile(r"^(?=(?:[^.!?]|\.(?=\w)|(?<=\b[A-Z])\.){0,200}$)(?=.*\s[—–|·•]\s)"
                         r"(?=.*(?:\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}\b))"
                         # (« Le Quotidien des Affaires – Page Économie & Régions – Lundi 16 mars 2026 – Par X »: up
                         # to twenty-odd pieces, dashes counted)
                         r"(?:[^\s]+\s+){0,30}[^\s]+$", re.IGNORECASE)
# « Le Courrier du Moyen Atlas — Sefrou, par Nadia El Ouazzani »: the paper, its town and its author, undated.
_SIGNED_SLUG = re.compile(r"^[^.!?«»]{2,80}\s[—–|]\s[^.!?«»]{0,60}?,?\s+(?i:par)\s+[A-ZÀ-Þ][\w'’.-]*"
                          r"(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s*$")
# « Vendredi 22 mai 2026 | Sélection de Radio Plus Agadir, par Youssef Amrani »: a date, a bar, who compiled it.
_DATE_THEN_BAR = re.compile(r"^(?:(?:" + WEEKDAYS + r")\s+)?\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}\s*[|·•]\s*\S",
                            re.IGNORECASE)


def _is_header_line(line):
    """A date, byline or section line above the body."""
    if _is_section_line(line) or _BYLINE.search(line):
        return True
    words = line.split()
    # (« ASP — TIZNIT — 09.02.26 — 10:05 — FORMATION »: an agency's slug line, its date in figures)
    has_month = re.search(r"\b(" + MONTHS + r")\b|\d{1,2}/\d{1,2}/\d{4}|\b\d{1,2}([.-])\d{1,2}\2\d{2}(?:\d{2})?\b",
                          line, re.IGNORECASE)
    return bool(has_month) and len(words) <= 10 and not re.search(r"[.!?]$", line)


# « … pour la campagne betteravière. (Corr. A. Bennani) »: a sentence signed by its writer or agency.
_SIGNED_END = re.compile(r"[.!?…»”]\s*\([^()]{2,40}\)$")


def _is_prose(line):
    """A paragraph of the story: a sentence, not a share bar or a byline above it."""
    return bool(re.search(r"[.!?…»”]$", line) or _SIGNED_END.search(line) or _LIST_INTRODUCED.search(line))


# « … crée un centre de formation. Quatre signataires se partagent la facture, selon l'annexe : »: a paragraph whose
# last sentence opens a list or a table.
_LIST_INTRODUCED = re.compile(r"[.!?]\s+\S[^.!?]*:$")


def _key(text):
    """A paragraph reduced to what tells it apart from another."""
    return re.sub(r"\W+", " ", text.lower()).strip()
