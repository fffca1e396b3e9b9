"""The list of content files, one rule for `invoke check` and the build: real .md files inside content/.

A symbolic link could bring in a file from anywhere (a secret, another repository's file), and a
file Pelican reads but check does not (.markdown, .html) would be published unchecked: both are
refused, and told, by check and by the build alike.
"""

import os
from pathlib import Path

from .schema import Problem

SUFFIX = ".md"


def _shown(path):
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def through_symlink(path, root):
    """Whether path, or a folder between root and it, is a symbolic link."""
    path, root = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    if not path.is_relative_to(root):
        return True
    current = root
    for part in path.relative_to(root).parts:
        current = current / part
        if current.is_symlink():
            return True
    return False


def content_files(paths):
    """(the .md files to read under paths, a Problem for every entry refused or missing)."""
    files, problems = [], []
    for path in map(Path, paths):
        if path.is_symlink():
            problems.append(Problem("fichier", "lien symbolique refusé : seuls les vrais fichiers de content/ "
                                    "sont lus", _shown(path)))
        elif path.is_file():
            if path.suffix == SUFFIX:
                files.append(path)
            else:
                problems.append(_not_markdown(path))
        elif path.is_dir():
            found, refused = _walk(path)
            files += found
            problems += refused
        else:
            problems.append(Problem("fichier", "introuvable : vérifiez le chemin", _shown(path)))
    return sorted(set(files)), problems


def _not_markdown(path):
    return Problem("fichier", f"seuls les fichiers {SUFFIX} sont lus : renommez-le en {SUFFIX} ou retirez-le",
                   _shown(path))


def _walk(folder):
    """Regular .md files under folder, links not followed; links and other files refused."""
    files, problems = [], []
    for current, folders, names in os.walk(folder, followlinks=False):
        for name in sorted(folders):
            if Path(current, name).is_symlink():
                problems.append(Problem("fichier", "dossier en lien symbolique refusé : seuls les vrais dossiers "
                                        "de content/ sont lus", _shown(Path(current, name))))
        folders[:] = sorted(name for name in folders
                            if not name.startswith(".") and not Path(current, name).is_symlink())
        for name in sorted(names):
            path = Path(current, name)
            if name.startswith("."):
                continue  # .gitkeep, editors' files: never read
            if path.is_symlink():
                problems.append(Problem("fichier", "lien symbolique refusé : seuls les vrais fichiers de content/ "
                                        "sont lus", _shown(path)))
            elif path.suffix != SUFFIX:
                problems.append(_not_markdown(path))
            else:
                files.append(path)
    return files, problems
