"""The `invoke import-article` entry point: read an article, write (or print) its draft, report the table."""

import argparse
import datetime
import sys
from pathlib import Path

from ..scaffold import new_path, slug_for
from ..vocabulary import load_vocabulary
from .draft import render
from .extract import extract

_TABLE_SENTENCE = 160


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
                   source_name=""):
    """Import one article; return (path written, or the draft's text with stdout), and the table rows.

    Each row is (field, value, sentence it came from). Never overwrites a file: FileExistsError.
    """
    raw, html = read_source(source)
    vocabulary = load_vocabulary(vocabulary_dir)
    draft = extract(raw, vocabulary, html=html, url=url, published=published, source_name=source_name)
    origin = "l'entrée standard" if str(source) == "-" else f"« {Path(source).name} »"
    text = render(draft, origin)
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


def format_table(rows):
    """The table of extracted fields as printed to the editor: field, value, sentence."""
    if not rows:
        return "Aucun champ trouvé dans l'article."
    width = max(len(field) for field, _, _ in rows)
    value_width = min(max(len(value) for _, value, _ in rows), 60)
    lines = [f"{'champ'.ljust(width)}  {'valeur'.ljust(value_width)}  phrase de l'article"]
    lines.append(f"{'-' * width}  {'-' * value_width}  {'-' * 20}")
    for field, value, sentence in rows:
        sentence = " ".join(sentence.split())
        if len(sentence) > _TABLE_SENTENCE:
            sentence = sentence[:_TABLE_SENTENCE - 1] + "…"
        lines.append(f"{field.ljust(width)}  {value.ljust(value_width)}  {sentence}")
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
