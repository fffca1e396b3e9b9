"""What an announcement's body may not contain, and links that must not leak the page."""

import re
from xml.etree.ElementTree import Element

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Checked on the Markdown source, line by line: each pattern and the fix to suggest.
_DANGERS = (
    (re.compile(r"<\s*(script|style|iframe|object|embed|form|meta|link|base)\b", re.I),
     "balise <{0}> interdite dans le texte"),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.I), "attribut on…= (script) interdit dans le texte"),
    (re.compile(r"(?:javascript|vbscript|data)\s*:", re.I), "lien « {0}: » interdit : un lien commence par https://"),
)


def body_problems(body, first_line=1):
    """Return (line, message) for each script, event attribute or script link in a body."""
    problems = []
    for number, line in enumerate(body.split("\n"), first_line):
        for pattern, message in _DANGERS:
            match = pattern.search(line)
            if match and _is_dangerous(pattern, match, line):
                found = match.group(1) if match.groups() else match.group(0).split(":")[0].strip()
                problems.append((number, message.format(found.lower())))
    return problems


def _is_dangerous(pattern, match, line):
    # "data:" is only a danger as a link target, not in a sentence such as "les data: ...".
    if pattern is _DANGERS[2][0]:
        before = line[: match.start()].rstrip()
        scripted = match.group(0).lower().startswith(("javascript", "vbscript"))
        return before.endswith(("(", "=", '"', "'", "<")) or scripted
    return True


class _ExternalLinks(Treeprocessor):
    """Add rel="noopener" to every link that leaves the site."""

    def run(self, root: Element):
        for link in root.iter("a"):
            if link.get("href", "").startswith(("http://", "https://", "//")):
                link.set("rel", "noopener")


class ExternalLinksExtension(Extension):
    """Markdown extension: external links open without access to this page."""

    def extendMarkdown(self, md):  # noqa: N802 - Markdown's API name
        """Register the tree processor."""
        md.treeprocessors.register(_ExternalLinks(md), "external_links", 5)
