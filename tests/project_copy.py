"""A temporary copy of the project, and the invoke tasks run in it as an editor runs them."""

import shutil
import subprocess
import sys

from helpers import REPO

COPIED = ["pelicanconf.py", "publishconf.py", "tasks.py", "plugins", "themes", "data", "content"]


def copy_project(target):
    """Copy what the tasks need into target; return target."""
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def place(project, source, relative):
    """Copy a fixture file into the project copy at relative, creating its folder."""
    target = project / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def invoke(project, *args, input_text=None):
    """Run `python -m invoke ARGS` in project, as an editor would; return the CompletedProcess."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=project, capture_output=True, text=True, timeout=120, input=input_text,
    )


def snapshot(folder):
    """Every file under folder: relative path -> bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
