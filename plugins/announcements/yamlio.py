"""YAML loading that refuses duplicate keys and reports where a problem is."""

import yaml

try:  # libyaml's parser is several times faster; the constructor stays Python.
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class YAMLProblem(ValueError):
    """A YAML text that cannot be read, with the 1-based line of the fault."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line


class UniqueKeyLoader(_BaseLoader):
    """Safe loader that fails on a key written twice in the same mapping."""

    def construct_mapping(self, node, deep=False):
        """Build a mapping, refusing duplicate keys."""
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise YAMLProblem(
                    f"clé {key!r} écrite deux fois (déjà ligne {seen[key]})",
                    key_node.start_mark.line + 1,
                )
            seen[key] = key_node.start_mark.line + 1
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
        raise YAMLProblem(f"YAML illisible : {error.problem or error}", line) from error
    except ValueError as error:  # e.g. 2022-02-30 read as a timestamp
        raise YAMLProblem(f"valeur impossible : {error}") from error


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
        raise YAMLProblem(f"{where}: {problem.message}", problem.line) from problem
