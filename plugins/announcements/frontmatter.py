"""Split an announcement file into its YAML front matter and Markdown body, faults located."""

import os
import re
from dataclasses import dataclass, field

import yaml

from .yamlio import UniqueKeyLoader, YAMLProblem, error_mark, explain

_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


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
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _load(header, first_line):
    """Parse the header's YAML; return (metadata, line of each top-level key)."""
    loader = UniqueKeyLoader(header)
    loader.line_offset = first_line - 1
    try:
        node = loader.get_single_node()
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
    metadata, key_lines = _load("\n".join(lines[start + 1 : end]), start + 2)
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
        return parse(decode(handle.read()))


def display_path(path):
    """A path as an editor types it: relative to the current folder when inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
