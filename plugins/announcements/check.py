"""Check announcement files without building the site: every problem, located, in one pass."""

import datetime
import re
from dataclasses import replace
from pathlib import Path

from . import frontmatter
from .safety import body_problems
from .schema import Context, Problem, validate
from .vocabulary import VocabularyError, load_vocabulary

# The slug is the file name minus its date, as FILENAME_METADATA says in pelicanconf.py.
_FILE_NAME = re.compile(r"\d{4}-\d{2}-\d{2}-(?P<slug>.+)\.md$")


def locate(problems, path, key_lines, body, draft=False):
    """Problems given their file and line, with the body's added; a draft's are warnings."""
    located = [replace(problem, path=path, line=key_lines.get(problem.field)) for problem in problems]
    located += [Problem("corps", message, path, line) for line, message in body]
    if draft:
        located = [replace(problem, severity="warning") for problem in located]
    return located


def check_file(path, context):
    """Problems of one file, and what it publishes: (problems, is_draft, url, source_url)."""
    shown = frontmatter.display_path(str(path))
    try:
        document = frontmatter.read(path)
    except frontmatter.FrontMatterError as error:
        return [Problem(error.field, error.message, shown, error.line)], False, None, None
    metadata = dict(document.metadata)
    match = _FILE_NAME.match(Path(path).name)
    if "slug" not in metadata and match:
        metadata["slug"] = match.group("slug")
    facts, problems = validate({k: v for k, v in metadata.items() if v is not None}, context)
    draft = metadata.get("status") == "draft"
    body = body_problems(document.body, document.body_line)
    problems = locate(problems, shown, document.key_lines, body, draft)
    date = metadata.get("date")
    url = f"annonces/{date.year}/{metadata.get('slug')}/" if hasattr(date, "year") else None
    return problems, draft, url, facts.source.url if facts.source else None


def clashes(entries):
    """For (shown path, url, source url) entries, yield (index, earlier index, field, key) of each repeat."""
    first = {}
    for index, (_, url, source) in enumerate(entries):
        for field, key in (("slug", url), ("source", source)):
            if not key:
                continue
            earlier = first.setdefault((field, key), index)
            if earlier != index:
                yield index, earlier, field, key
                break


def clash_message(field, key, other):
    """What to tell the editor about a repeat with the file `other`."""
    if field == "slug":
        return f"adresse /{key} déjà prise par {other} : renommez l'un des deux fichiers"
    return f"même source que {other} : annonce en double ?"


def check_paths(paths, vocabulary_folder, corpus=(), today=None, horizon_days=30):
    """Check files and folders of announcements; repeats are sought in `corpus` too.

    Returns (problems, number of files checked).
    """
    try:
        vocabulary = load_vocabulary(vocabulary_folder)
    except VocabularyError as error:
        return [Problem("vocabulaire", str(error))], 0
    context = Context(vocabulary, today or datetime.date.today(), horizon_days)
    selected = _markdown_files(paths)
    problems, published = [], []
    for path in sorted(set(selected) | set(_markdown_files(corpus))):
        found, draft, url, source = check_file(path, context)
        if path in selected:
            problems += found
        if not draft and not any(p.severity == "error" for p in found):
            published.append((path, url, source))
    shown = [(frontmatter.display_path(str(p)), url, source) for p, url, source in published]
    for index, earlier, field, key in clashes(shown):
        # Told once: on the later file (the one the build leaves out), or on the earlier
        # one when only it is being checked.
        for this, other in ((index, earlier), (earlier, index)):
            if published[this][0] in selected:
                problems.append(Problem(field, clash_message(field, key, shown[other][0]), shown[this][0]))
                break
    return problems, len(selected)


def _markdown_files(paths):
    """The .md files named, or found under the folders named."""
    found = set()
    for path in map(Path, paths):
        found.update([path.resolve()] if path.is_file() else (p.resolve() for p in path.rglob("*.md")))
    return found
