"""The `invoke import-article` entry point: read an article, write (or print) its draft, report the table."""

import argparse
import datetime
import re
import sys
from pathlib import Path

from ..check import already_published
from ..scaffold import new_path, slug_for
from ..vocabulary import load_vocabulary
from .draft import render
from .extract import extract


def read_source(source):
    """The text of a .txt or .html file, or of standard input for "-"; and whether it is HTML (None: guess)."""
    if str(source) == "-":
        return sys.stdin.read(), None
    path = Path(source)
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # pages saved by old browsers
        raw = data.decode("cp1252", errors="replace")
    return raw, path.suffix.lower() in (".html", ".htm") or None


def import_article(source, content_dir, vocabulary_dir, stdout=False, today=None, *, url="", published=None,
                   source_name="", warnings=None):
    """Import one article; return (path written, or the draft's text with stdout), and the table rows.

    Each row is (field, value, sentence it came from). Never overwrites a file: FileExistsError.
    Given a list as `warnings`, adds to it what the article repeats of the published announcements.
    """
    raw, html = read_source(source)
    vocabulary = load_vocabulary(vocabulary_dir)
    draft = extract(raw, vocabulary, html=html, url=url, published=published, source_name=source_name)
    origin = "l'entrée standard" if str(source) == "-" else f"« {Path(source).name} »"
    text = render(draft, origin)
    if warnings is not None and Path(content_dir).is_dir():
        warnings += already_published(_as_front_matter(draft), "ce brouillon", [content_dir], vocabulary_dir, today)
    if stdout:
        return text, draft.evidence
    today = today or datetime.date.today()
    day = draft.date or today
    path = new_path(content_dir, day, slug_for(draft.title) or "article-importe")
    if path.exists():
        raise FileExistsError(f"{path.name} existe déjà : l'article a-t-il déjà été importé ? Modifiez ce fichier.")
    if draft.date is None:
        text = text.replace("# TODO date:", f"# TODO date (le nom du fichier porte la date du jour, {day.isoformat()}, "
                            "à corriger aussi):", 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, draft.evidence


def _as_front_matter(draft):
    """The draft's values as a front matter would hold them (dates as text, nothing empty)."""
    values = {key: value for key, value in draft.values().items() if value not in (None, "", [], {})}
    if draft.source.get("url"):  # compared by its address even before the editor names the publication
        values["source"] = {"name": "?", **draft.source}
    for key, value in list(values.items()):
        if isinstance(value, datetime.date):
            values[key] = value.isoformat()
    if "source" in values:
        values["source"] = {key: value.isoformat() if isinstance(value, datetime.date) else value
                            for key, value in values["source"].items()}
    return values


TABLE_WIDTH = 100
_FIELD_WIDTH, _VALUE_WIDTH = 10, 26


def _cut(text, width):
    return text if len(text) <= width else text[:width - 1] + "…"


def _around(sentence, value, width):
    """The part of a sentence that shows the value: the words around its first figure or word."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    probe = re.search(r"\d[\d\s.,]*", value) or re.search(r"\w{3,}", value)
    spot = -1
    if probe:
        key = probe.group().strip()
        spot = sentence.find(key) if key else -1
        if spot < 0 and key.replace(" ", "").isdigit():  # « 6 000 » written « 6.000 » or « 6000 »
            spot = next((m.start() for m in re.finditer(r"\d[\d\s.,]*", sentence)
                         if re.sub(r"\D", "", m.group()) == key.replace(" ", "")), -1)
        if spot < 0:  # « 13 300 000 DH » written « 13, 3 millions »: its leading digits
            lead = re.search(rf"(?<![\d]){re.escape(key.split()[0])}(?![\d])", sentence) if key else None
            spot = lead.start() if lead else -1
    start = max(0, min(spot - width // 3, len(sentence) - width)) if spot >= 0 else 0
    shown = sentence[start:start + width]
    if start > 0:
        shown = "…" + shown[1:]
    if start + width < len(sentence):
        shown = shown[:-1] + "…"
    return shown


def format_table(rows, width=TABLE_WIDTH):
    """The table of extracted fields as printed to the editor, within `width` columns: field, value, sentence."""
    if not rows:
        return "Aucun champ trouvé dans l'article."
    sentence_width = width - _FIELD_WIDTH - _VALUE_WIDTH - 4
    lines = [f"{'champ'.ljust(_FIELD_WIDTH)}  {'valeur'.ljust(_VALUE_WIDTH)}  passage de l'article",
             f"{'-' * _FIELD_WIDTH}  {'-' * _VALUE_WIDTH}  {'-' * 20}"]
    for field, value, sentence in rows:
        lines.append(f"{_cut(field, _FIELD_WIDTH).ljust(_FIELD_WIDTH)}  {_cut(value, _VALUE_WIDTH).ljust(_VALUE_WIDTH)}"
                     f"  {_around(sentence, value, sentence_width)}")
    return "\n".join(lines)


def main(argv=None):
    """Command line: python -m announcements.importer SOURCE [--stdout] [--url URL] [--published DATE]."""
    parser = argparse.ArgumentParser(description="Importe un article de presse en brouillon d'annonce.")
    parser.add_argument("source", help="fichier .txt ou .html, ou - pour l'entrée standard")
    parser.add_argument("--stdout", action="store_true", help="affiche le brouillon sans rien écrire")
    parser.add_argument("--url", default="", help="adresse de l'article")
    parser.add_argument("--published", default="", help="date de l'article, AAAA-MM-JJ")
    parser.add_argument("--source-name", default="", help="nom de la publication")
    parser.add_argument("--content", default="content", help="dossier du contenu")
    parser.add_argument("--data", default="data", help="dossier des vocabulaires")
    args = parser.parse_args(argv)
    published = datetime.date.fromisoformat(args.published) if args.published else None
    try:
        result, rows = import_article(args.source, args.content, args.data, stdout=args.stdout, url=args.url,
                                      published=published, source_name=args.source_name)
    except FileExistsError as error:
        print(error, file=sys.stderr)
        return 1
    print(result if args.stdout else f"Créé : {result}")
    print(format_table(rows), file=sys.stderr if args.stdout else sys.stdout)
    return 0
