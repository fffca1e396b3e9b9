"""YAML loading that refuses duplicate keys and reports where a problem is."""

import yaml

try:  # libyaml's parser is several times faster; the constructor stays Python.
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


YAML_HINT = "vérifiez les deux-points, les guillemets et l'indentation"


class YAMLProblem(ValueError):
    """A YAML text that cannot be read, with the 1-based line of the fault."""

    def __init__(self, message, line=None, key=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.key = key


class UniqueKeyLoader(_BaseLoader):
    """Safe loader that fails on a key written twice, or on an impossible value, with its line."""

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
                raise YAMLProblem(f"valeur impossible ({error})", line, key) from error
        return super().construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, UniqueKeyLoader.construct_mapping
)


def load_yaml(text):
    """Parse YAML text; raise YAMLProblem with a French message and a line number."""
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - a safe loader
    except YAMLProblem:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise YAMLProblem(f"YAML illisible ({error.problem or error}) : {YAML_HINT}", line) from error
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
