"""What the text of an announcement or page may contain: an allowlist, applied to the HTML it renders to.

Every body is rendered from Markdown, then cleaned by nh3 (the Rust ammonia sanitizer): only the
tags, attributes and link schemes below survive, whatever the spelling (entities, case, line
breaks inside a scheme, SVG, unclosed tags). `invoke check` and the build report what cleaning
would remove, on the line of the body where it is written, so that an editor sees the error
instead of a text changed in silence; the page and the feeds always get the cleaned HTML.
"""

import html
import re
from html.parser import HTMLParser

import markdown
import nh3

# What Markdown writes for ordinary text: paragraphs, headings, lists, links, emphasis, quotes,
# code, tables. No image: a remote one would tell another site who reads the page, and no file
# is published beside the announcements.
TAGS = frozenset({
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "abbr", "sup", "sub", "del", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "th", "td",
})
# A fenced code block names its language in a class: the only class a body may carry.
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}, "code": {"class"},
              "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"}}
SCHEMES = frozenset({"https", "http", "mailto"})
# Links that leave the page get no access to it and do not say where the reader came from.
LINK_REL = "noopener noreferrer"
# Markdown as the build renders it (pelicanconf.py MARKDOWN): `extra` (tables, footnotes, fenced code...).
MARKDOWN_EXTENSIONS = ["markdown.extensions.extra"]
# Pelican's intrasite links ({attach}, {static}, {filename}...; |filename| of old) copy or name
# files by path, possibly from outside content/: an announcement links to addresses instead.
_INTRASITE = re.compile(r"^\s*[{|]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)
# Browsers drop these from a URL before reading its scheme ("java\tscript:" is javascript:).
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def _keep_attribute(_tag, attribute, value):
    """nh3's attribute filter: no intrasite link survives (the allowlists do the rest)."""
    if attribute == "href" and _INTRASITE.match(value):
        return None
    return value


def clean(rendered):
    """The HTML a page or feed may show of a rendered body."""
    return nh3.clean(rendered, tags=set(TAGS), attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
                     url_schemes=set(SCHEMES), link_rel=LINK_REL, strip_comments=True,
                     attribute_filter=_keep_attribute)


def text_only(rendered):
    """Rendered HTML reduced to its text, escaped: for summaries, which are shown as plain text."""
    return nh3.clean(rendered, tags=set(), strip_comments=True)


def render(body):
    """A body's HTML as the build renders it, before cleaning."""
    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html").convert(body)


class _Refusals(HTMLParser):
    """Walk rendered HTML and note each thing the allowlist refuses: (message, what to look for in the source)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            events = [name for name, _value in attrs if name.startswith("on")]
            message = ("image refusée : le texte ne montre pas d'image (une image d'un autre site le "
                       "préviendrait de chaque lecture)") if tag == "img" else f"balise <{tag}> refusée"
            if events:
                message += f" (avec l'attribut « {events[0]} », un script)"
            self.found.append((message, rf"<\s*{tag}\b" if tag != "img" else r"!\[|<\s*img\b"))
            return
        for name, value in attrs:
            if name not in ATTRIBUTES.get(tag, ()):
                self.found.append((f"attribut « {name} » refusé sur <{tag}> : le texte n'a ni style, ni "
                                   "script, ni attribut de mise en page", rf"\b{re.escape(name)}\s*="))
            elif name == "href":
                self._link(value or "")

    def _link(self, value):
        if _INTRASITE.match(value):
            self.found.append(("lien {attach}/{static}/{filename} refusé : aucun fichier n'est publié depuis le "
                               "texte ; liez une adresse (https://… ou /annonces/…)", r"[{|]\w+[}|]"))
            return
        scheme = _SCHEME.match(_URL_NOISE.sub("", value))
        if scheme and scheme.group(1).lower() not in SCHEMES:
            word = scheme.group(1).lower()
            self.found.append((f"lien « {word}: » refusé : un lien commence par https://, http:// ou mailto:",
                               "".join(rf"{re.escape(letter)}\s*" for letter in word)))


def body_problems(body, first_line=1, rendered=None):
    """Return (line, message) for each thing of a body that cleaning would remove, on its source line.

    rendered is the body's HTML when the caller has it already (the build's reader): Markdown is the
    costliest step of reading an announcement, and the check must see the very HTML that is cleaned.
    """
    walker = _Refusals()
    walker.feed(render(body) if rendered is None else rendered)
    walker.close()
    lines = [html.unescape(line) for line in body.split("\n")]
    problems, seen = [], {}
    for message, pattern in walker.found:
        # The n-th time a refusal is found, it is placed on the n-th source line that shows it.
        matching = [index for index, line in enumerate(lines) if re.search(pattern, line, re.I)] or [0]
        occurrence = seen.get((message, pattern), 0)
        seen[(message, pattern)] = occurrence + 1
        problems.append((first_line + matching[min(occurrence, len(matching) - 1)], message))
    return sorted(set(problems))
