"""Check announcement files, in `invoke check` and in the build alike: every problem, located, in one pass."""

import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from slugify import slugify

from . import frontmatter
from .contentfiles import content_files
from .safety import body_problems
from .schema import Context, Problem, validate
from .vocabulary import VocabularyError, load_vocabulary

# The slug is the file name minus its date, as FILENAME_METADATA says in pelicanconf.py.
_FILE_NAME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>.+)\.md$")
# Two announcements this close, sharing a programme or partner and a region, are probably one event.
DUPLICATE_DAYS = 7


@dataclass(frozen=True)
class Entry:
    """What one valid, published announcement shares with others: where it is, its address, its facts."""

    path: str
    url: str
    facts: object


def locate(problems, path, key_lines, body, draft=False):
    """Problems given their file and line, with the body's added; a draft's are warnings."""
    # A missing key (budget_scope, trainees_kind...) is told on the line of the figure it qualifies.
    def line(field):
        return key_lines.get(field, key_lines.get(field.split("_")[0]))

    located = [replace(problem, path=path, line=line(problem.field)) for problem in problems]
    located += [Problem("corps", message, path, line) for line, message in body]
    if draft:
        located = [replace(problem, severity="warning") for problem in located]
    return located


def file_name_problems(path, day):
    """The file name and year folder must carry the announcement's date; say which rename to make."""
    path = Path(path)
    match = _FILE_NAME.match(path.name)
    if day is None:
        return []
    if not match:
        if not re.fullmatch(r"\d{4}", path.parent.name):
            return []  # a file checked on its own, outside content/annonces/<year>/
        # Without its date, the name gives no slug either: the address would come from the title.
        return [Problem("date", f"le nom du fichier doit commencer par la date : renommez {path.name} en "
                                f"{day.isoformat()}-{path.stem}.md")]
    year_folder = path.parent.name if re.fullmatch(r"\d{4}", path.parent.name) else None
    if match.group("date") == day.isoformat() and year_folder in (None, str(day.year)):
        return []
    name = f"{day.isoformat()}-{match.group('slug')}.md"
    target = f"{day.year}/{name}" if year_folder else name
    shown = f"{path.parent.name}/{path.name}" if year_folder else path.name
    return [Problem("date", f"le nom du fichier ne porte pas la date {day.isoformat()} : renommez {shown} en {target}")]


def document_problems(shown, metadata, key_lines, body, context, path=None):
    """Facts and every located problem of one announcement: front matter, body, file name."""
    metadata = {key: value for key, value in metadata.items() if value is not None}
    match = _FILE_NAME.match(Path(path).name) if path is not None else None
    if "slug" not in metadata and match:
        metadata["slug"] = match.group("slug")
    elif "slug" not in metadata and isinstance(metadata.get("title"), str):
        metadata["slug"] = slugify(metadata["title"])  # as Pelican names a file without a date prefix
    facts, problems = validate(metadata, context)
    if path is not None and "date" in metadata:
        problems += file_name_problems(path, facts.date)
    return facts, locate(problems, shown, key_lines, body, metadata.get("status") == "draft")


def check_file(path, context):
    """Problems of one file, and what it publishes: (problems, Entry or None when not published)."""
    shown = frontmatter.display_path(str(path))
    try:
        document = frontmatter.read(path)
    except frontmatter.FrontMatterError as error:
        return [Problem(error.field, error.message, shown, error.line)], None
    body = body_problems(document.body, document.body_line)
    facts, problems = document_problems(shown, document.metadata, document.key_lines, body, context, path)
    if facts.status == "draft" or any(problem.severity == "error" for problem in problems):
        return problems, None
    return problems, Entry(shown, f"annonces/{facts.date.year}/{facts.slug}/", facts)


def source_key(url):
    """A source address as compared for repeats: no scheme, no www., no trailing slash, no fragment."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def _sources(facts):
    urls = [facts.source.url] if facts.source and facts.source.url else []
    return [*urls, *(other.url for other in facts.other_sources if other.url)]


def clashes(entries):
    """For entries in file order, yield (index, earlier index, field, key) of each address or source repeated."""
    first = {}
    for index, entry in enumerate(entries):
        # A slug is the site's identifier of an announcement: two years may not share one (Pelican
        # would take them for translations of each other, and feeds and search for the same page).
        slug = entry.url.rstrip("/").rsplit("/", 1)[-1]
        keys = [("slug", slug)] + [("source", url) for url in _sources(entry.facts)]
        for field, key in keys:
            earlier = first.setdefault((field, key if field == "slug" else source_key(key)), index)
            if earlier != index:
                yield index, earlier, field, key
                break


def clash_message(field, key, other):
    """What to tell the editor about a repeat with the file `other`."""
    if field == "slug":
        return (f"le slug {key} est déjà celui de {other} (les slugs sont uniques sur tout le site, "
                "toutes années confondues) : renommez l'un des deux fichiers")
    return f"l'article {key} est déjà une source de {other} : annonce en double ? (une source ne sert qu'à une annonce)"


def probable_duplicates(entries):
    """Yield (index, earlier index) of announcements within a week sharing a region and a programme or partner."""
    ordered = sorted(range(len(entries)), key=lambda index: entries[index].facts.date)
    for position, index in enumerate(ordered):
        this = entries[index].facts
        for earlier in ordered[:position][::-1]:
            other = entries[earlier].facts
            if (this.date - other.date).days > DUPLICATE_DAYS:
                break
            shared = set(this.programme) & set(other.programme) or set(this.partners) & set(other.partners)
            told_apart = other.slug in this.distinct_from or this.slug in other.distinct_from
            if shared and set(this.region) & set(other.region) and not told_apart:
                yield index, earlier


def duplicate_message(other):
    """What to tell the editor about a probable duplicate of `other`."""
    slug = _FILE_NAME.match(Path(other).name)
    return (f"même programme ou partenaire, même région et moins de {DUPLICATE_DAYS} jours d'écart que {other} : "
            "annonce en double ? Si ce sont deux événements différents, dites-le dans le texte et ajoutez "
            f"« distinct_from: [{slug.group('slug') if slug else '…'}] »")


def repeats(entries):
    """Yield (index, earlier index, field, severity, message naming the other file) for each repeat between files.

    A repeated address or source is an error (the build leaves the later file out); a probable
    duplicate is a warning.
    """
    for index, earlier, field, key in clashes(entries):
        yield index, earlier, field, "error", lambda other, f=field, k=key: clash_message(f, k, other)
    for index, earlier in probable_duplicates(entries):
        yield index, earlier, "date", "warning", duplicate_message


def already_published(metadata, shown, corpus, vocabulary_folder, today=None):
    """What a new announcement's facts repeat among the published files of corpus: one message per repeat.

    The same rules as check's (a source already cited, the same event within a week), for a draft
    not yet written: `invoke import-article` warns before the editor completes it.
    """
    context = Context(load_vocabulary(vocabulary_folder), today or datetime.date.today())
    facts, _ = validate({**metadata, "status": "published"}, context)
    entries = []
    for path in sorted(content_files(corpus)[0]):
        _, entry = check_file(path, context)
        if entry is not None:
            entries.append(entry)
    # Without a date or a region, only the source's address can be compared.
    dated = facts.date is not None and bool(facts.region)
    if not dated:
        facts = replace(facts, date=context.today, region=(), programme=(), partners=())
    entries.append(Entry(shown, f"annonces/{facts.date.year}/{facts.slug or ''}/", facts))
    last = len(entries) - 1
    return [message(entries[other].path) for index, other, field, _severity, message in repeats(entries)
            if index == last and field != "slug" and (dated or field == "source")]


def check_paths(paths, vocabulary_folder, corpus=(), today=None, horizon_days=30, editions=("fr",)):
    """Check files and folders of announcements; repeats are sought in `corpus` too.

    `editions` are the languages the site publishes: with "ar", a missing Arabic title or summary is told.

    Returns (problems, number of files checked).
    """
    try:
        vocabulary = load_vocabulary(vocabulary_folder)
    except VocabularyError as error:
        return [Problem("vocabulaire", str(error))], 0
    context = Context(vocabulary, today or datetime.date.today(), horizon_days, tuple(editions))
    chosen, problems = content_files(paths)
    selected = {path.resolve() for path in chosen}
    published, entries = [], []
    for path in sorted(set(selected) | set(_markdown_files(corpus))):
        found, entry = check_file(path, context)
        if path in selected:
            problems += found
        if entry is not None:
            published.append(path)
            entries.append(entry)
    for index, earlier, field, severity, message in repeats(entries):
        # Told on the later file, or on the earlier one when only it is being checked.
        for this, other in ((index, earlier), (earlier, index)):
            if published[this] in selected:
                problems.append(Problem(field, message(entries[other].path), entries[this].path, severity=severity))
                break
    return problems, len(selected)


def _markdown_files(paths):
    """The .md files named, or found under the folders named (the rule of contentfiles.py)."""
    return {path.resolve() for path in content_files(paths)[0]}
