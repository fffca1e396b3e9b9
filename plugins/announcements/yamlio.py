"""YAML loading that refuses duplicate keys and reports where a problem is."""

import re

import yaml

try:  # libyaml's parser is several times faster; the constructor stays Python.
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


YAML_HINT = "vérifiez les deux-points, les guillemets et l'indentation"
# PyYAML's messages, in words an editor can act on.
_FRENCH = {
    "mapping values are not allowed": "deux-points inattendu : mettez la valeur entre guillemets",
    "did not find expected key": "indentation incohérente",
    "could not find expected ':'": "deux-points manquant après une clé",
    "found unexpected end of stream": "guillemet ou crochet jamais fermé",
    "did not find expected ',' or ']'": "crochet [ jamais fermé",
    "did not find expected ',' or '}'": "accolade { jamais fermée",
    "found character '\\t' that cannot start any token": "tabulation : utilisez des espaces",
    "found undefined alias": "« * » en début de valeur : mettez la valeur entre guillemets",
}


def error_mark(error):
    """Where a YAML error is: an unclosed quote is at its opening, the rest where found."""
    if error.context_mark and "quoted scalar" in (error.context or ""):
        return error.context_mark
    return error.problem_mark or error.context_mark


def explain(problem):
    """A PyYAML problem in French, with the usual fixes."""
    for english, french in _FRENCH.items():
        if english in (problem or ""):
            return f"YAML illisible ({french}) : {YAML_HINT}"
    return f"YAML illisible ({problem}) : {YAML_HINT}"


class YAMLProblem(ValueError):
    """A YAML text that cannot be read, with the 1-based line of the fault."""

    def __init__(self, message, line=None, key=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.key = key


def _core_schema_resolvers():
    """Implicit types of YAML 1.2's core schema, stricter still: what an editor types is what is read.

    YAML 1.1 (PyYAML's default) reads 0250000 as octal 86016, 1:30 as 90, 0x10 as 16, « no » as
    false and 2024-02-30 as an error that hides every other fault of the file. Here only plain
    decimal numbers, true/false and null are typed; everything else, dates included, stays text
    for the schema to check and explain. A number with a leading zero stays text too.
    """
    rules = (
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
        ("tag:yaml.org,2002:float", r"^[-+]?(?:0|[1-9][0-9]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    )
    resolvers = {}
    for tag, pattern, first in rules:
        for character in first:
            resolvers.setdefault(character, []).append((tag, re.compile(pattern)))
    return resolvers


class UniqueKeyLoader(_BaseLoader):
    """Safe loader that fails on a key written twice, or on an impossible value, with its line."""

    yaml_implicit_resolvers = _core_schema_resolvers()

    # Added to every line number: the line of the text's first line in its file, minus one.
    line_offset = 0

    def construct_mapping(self, node, deep=False):
        """Build a mapping, refusing duplicate keys and locating impossible values."""
        seen = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1 + self.line_offset
            if key in seen:
                raise YAMLProblem(f"clé écrite deux fois (déjà ligne {seen[key]})", line, key)
            seen[key] = line
            try:
                self.construct_object(value_node, deep=deep)
            except ValueError as error:  # e.g. 2022-02-30 read as a timestamp
                if isinstance(error, YAMLProblem):
                    raise
                message = f"{value_node.value!r} n'existe pas dans le calendrier"
                if not value_node.tag.endswith(":timestamp"):
                    message = f"valeur impossible {value_node.value!r} ({error})"
                raise YAMLProblem(message, line, key) from error
        return super().construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, UniqueKeyLoader.construct_mapping
)


def refuse_aliases_and_depth(text, max_depth, line_offset=0):
    """Raise YAMLProblem at the first anchor or alias (& *), or nesting deeper than max_depth.

    An alias makes a short text expand to gigabytes (« billion laughs ») or refer to itself; no
    file of this site needs one, so the event stream is scanned before anything is built. A
    syntax fault is left for the loader to tell, with its line and in words an editor can act on.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=UniqueKeyLoader):
            line = event.start_mark.line + 1 + line_offset
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YAMLProblem("ancre ou alias YAML (& ou *) refusé : écrivez chaque valeur en entier, "
                                  "entre guillemets si elle commence par & ou *", line)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    raise YAMLProblem(f"trop d'imbrication (plus de {max_depth} niveaux) : "
                                      "seules des listes simples sont attendues", line)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return


def load_yaml(text):
    """Parse YAML text; raise YAMLProblem with a French message and a line number."""
    refuse_aliases_and_depth(text, max_depth=6)
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - a safe loader
    except YAMLProblem:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error)
        line = mark.line + 1 if mark else None
        raise YAMLProblem(explain(error.problem or str(error)), line) from error
    except yaml.YAMLError as error:  # e.g. a control character, told by the reader without a mark
        raise YAMLProblem(explain(str(error))) from error
    except ValueError as error:  # an impossible value outside any mapping
        raise YAMLProblem(f"valeur impossible ({error})") from error


def read_yaml_file(path):
    """Read a UTF-8 YAML file; raise YAMLProblem naming the file on any fault."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise YAMLProblem(f"{path}: le fichier n'est pas en UTF-8 ({error.reason})") from error
    try:
        return load_yaml(text)
    except YAMLProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        key = f"{problem.key}: " if problem.key is not None else ""
        raise YAMLProblem(f"{where}: {key}{problem.message}", problem.line, problem.key) from problem
