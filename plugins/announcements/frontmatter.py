"""Split an announcement file into its YAML front matter and Markdown body, faults located."""

import os
import re
from dataclasses import dataclass, field

import yaml

from .yamlio import UniqueKeyLoader, YAMLProblem, error_mark, explain, refuse_aliases_and_depth

_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
# Limits of what is read at all: an announcement is a page of text, not a payload.
MAX_FILE_BYTES = 200_000
MAX_HEADER_BYTES = 20_000
MAX_DEPTH = 4  # source: { name, url } inside the header is depth 2; budget_items entries depth 3
_FEW_BRACKETS = 64  # below this many « [ » and « { », the composed tree is checked for depth instead
# Characters that no announcement needs and that break or disguise text: controls (tab and line
# breaks aside), and the bidirectional overrides that reorder what a reviewer sees (U+202A-U+202E,
# U+2066-U+2069). The isolates that pages need are written by the templates, never by editors.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


class FrontMatterError(ValueError):
    """A file whose front matter cannot be read: the line and what to do."""

    def __init__(self, message, line=None, field="fichier"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.field = field


@dataclass
class Document:
    """A decoded announcement: metadata as YAML typed it, key lines, and the body."""

    metadata: dict
    body: str
    body_line: int
    key_lines: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Located:
    """Where things are in a file, kept with the metadata for error messages."""

    key_lines: dict
    body_problems: tuple = ()
    metadata: dict = field(default_factory=dict)  # the front matter as written, for the schema to check


def decode(raw):
    """Decode UTF-8 (a BOM and CRLF line endings are accepted) into LF-ended text."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex()
        raise FrontMatterError(
            f"le fichier n'est pas en UTF-8 (octet 0x{byte}) : enregistrez-le en UTF-8", line
        ) from error
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    found = _FORBIDDEN.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        raise FrontMatterError(f"caractère invisible U+{ord(found.group()):04X} interdit (colonne {column}) : "
                               "supprimez-le (il peut casser la page ou déguiser le texte)", line)
    return text


def _refuse_structure(header, first_line):
    """Aliases and anchors refused before anything is built from the header (nesting: see _refuse_depth)."""
    # Performance: an anchor is written with « & », an alias with « * »; without either character the
    # header has neither, and the slower scan of YAML's event stream (a second parse) is not needed.
    # Brackets are counted too: thousands of « [ » would nest deeper than the composer should recurse,
    # so a header with many goes through the scan, which refuses deep nesting without recursing.
    if "&" not in header and "*" not in header and header.count("[") + header.count("{") <= _FEW_BRACKETS:
        return
    try:
        refuse_aliases_and_depth(header, MAX_DEPTH, first_line - 1)
    except YAMLProblem as problem:
        raise FrontMatterError(problem.message, problem.line, "yaml") from problem


def _refuse_depth(node, first_line):
    """Nesting deeper than MAX_DEPTH refused on the composed tree, before any value is built from it."""
    pending = [(node, 1)]
    while pending:
        current, depth = pending.pop()
        if isinstance(current, yaml.MappingNode | yaml.SequenceNode):
            if depth > MAX_DEPTH:
                raise FrontMatterError(f"trop d'imbrication (plus de {MAX_DEPTH} niveaux) : seules des listes "
                                       "simples sont attendues", first_line + current.start_mark.line, "yaml")
            children = [child for pair in current.value for child in pair] if isinstance(
                current, yaml.MappingNode) else current.value
            pending += [(child, depth + 1) for child in children]


def _load(header, first_line):
    """Parse the header's YAML; return (metadata, line of each top-level key)."""
    loader = UniqueKeyLoader(header)
    loader.line_offset = first_line - 1
    try:
        node = loader.get_single_node()
        if node is not None:
            _refuse_depth(node, first_line)
        data = loader.construct_document(node) if node is not None else None
    except YAMLProblem as problem:
        raise FrontMatterError(problem.message, problem.line, str(problem.key or "yaml")) from problem
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error)
        line = first_line + mark.line if mark else first_line
        raise FrontMatterError(explain(error.problem or error.context), line, "yaml") from error
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise FrontMatterError("l'en-tête doit être une suite de lignes « clé: valeur »", first_line, "yaml")
    lines = {key.value: first_line + key.start_mark.line for key, _ in node.value}
    return data, lines


def parse(text):
    """Read front matter and body from decoded text; raise FrontMatterError on any fault."""
    if not text.strip():
        raise FrontMatterError("fichier vide : il faut un en-tête entre deux lignes ---", 1)
    lines = text.split("\n")
    start = next(number for number, line in enumerate(lines) if line.strip())
    if not _FENCE.match(lines[start]):
        raise FrontMatterError("l'en-tête manque : la première ligne doit être ---", start + 1)
    end = next((n for n in range(start + 1, len(lines)) if _END.match(lines[n])), None)
    if end is None:
        raise FrontMatterError("en-tête jamais fermé : ajoutez une ligne --- après le dernier champ", start + 1)
    for number in range(start + 1, end):
        indent = lines[number][: len(lines[number]) - len(lines[number].lstrip())]
        if "\t" in indent:
            raise FrontMatterError("tabulation dans l'indentation : utilisez des espaces", number + 1, "yaml")
    header = "\n".join(lines[start + 1 : end])
    if len(header.encode("utf-8")) > MAX_HEADER_BYTES:
        raise FrontMatterError(f"en-tête trop long (plus de {MAX_HEADER_BYTES // 1000} Ko) : "
                               "une annonce tient en quelques dizaines de lignes", start + 1, "yaml")
    _refuse_structure(header, start + 2)
    metadata, key_lines = _load(header, start + 2)
    lowered, lowered_lines = {}, {}
    for key, value in metadata.items():
        name = str(key).lower()
        if name in lowered:  # BUDGET: beside budget: would silently replace one of them
            raise FrontMatterError(f"clé écrite deux fois, à la casse près (déjà ligne {lowered_lines[name]})",
                                   key_lines.get(key), name)
        lowered[name], lowered_lines[name] = value, key_lines.get(key)
    metadata, key_lines = lowered, lowered_lines
    return Document(metadata, "\n".join(lines[end + 1 :]), end + 2, key_lines)


def read(path):
    """Read and parse one announcement file."""
    with open(path, "rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise FrontMatterError(f"fichier trop gros (plus de {MAX_FILE_BYTES // 1000} Ko) : une annonce est "
                               "un résumé de quelques phrases", 1)
    return parse(decode(raw))


def display_path(path):
    """A path as an editor types it: relative to the current folder when inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
