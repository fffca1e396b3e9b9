"""Editor and developer commands (invoke): build, serve, test, publish.

On a fresh machine, `python3 tasks.py TASK` creates .venv, installs the pinned
requirements and runs the invoke task inside it; afterwards `.venv/bin/invoke TASK`
does the same without the check.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
OUTPUT = ROOT / "output"
HOST, PORT = "127.0.0.1", 8000
# Tasks that need the test tools on top of the site's own requirements.
TEST_TASKS = {"test"}


def _bootstrap_and_run(argv):
    """Create or update .venv from the requirements files, then run invoke in it."""
    wanted = "requirements-test.txt" if TEST_TASKS & set(argv) else "requirements.txt"
    digest = hashlib.sha256()
    for name in ("requirements.txt", "requirements-test.txt"):
        digest.update((ROOT / name).read_bytes())
    stamp = VENV / f".installed-{Path(wanted).stem}"
    if not (VENV_BIN / "python").exists():
        print(f"Création de l'environnement Python dans {VENV} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        print(f"Installation des dépendances ({wanted}) …", flush=True)
        pip = [str(VENV_BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "-r", str(ROOT / wanted)], check=True, cwd=ROOT)
        stamp.write_text(digest.hexdigest())
    invoke = VENV_BIN / "invoke"
    os.chdir(ROOT)
    os.execv(str(invoke), [str(invoke), *argv])


if __name__ == "__main__":
    _bootstrap_and_run(sys.argv[1:] or ["--list"])

from invoke import Exit, task  # noqa: E402 - only importable once the venv exists

PELICAN = [sys.executable, "-m", "pelican", "content", "-o", str(OUTPUT)]


def _pelican(c, *args):
    """Run Pelican from the project folder, with the interpreter running this task."""
    with c.cd(str(ROOT)):
        c.run(" ".join([*PELICAN, *args]), pty=False)


@task
def clean(c):
    """Delete the built site (output/)."""
    shutil.rmtree(OUTPUT, ignore_errors=True)


@task
def build(c):
    """Build the site into output/ with the development settings."""
    _pelican(c, "-s", "pelicanconf.py")


@task
def serve(c, port=PORT):
    """Build, serve on http://127.0.0.1:8000 and rebuild when a file changes."""
    print(f"Site servi sur http://{HOST}:{port}/ (Ctrl+C pour arrêter)", flush=True)
    _pelican(c, "-s", "pelicanconf.py", "--autoreload", "--listen", "--bind", HOST, "--port", str(port))


@task
def publish(c):
    """Build the public site with publishconf.py; any error stops it."""
    _pelican(c, "-s", "publishconf.py", "--fatal", "errors")


@task(help={"args": "extra pytest arguments, e.g. '-k schema -x'"})
def test(c, args=""):
    """Run the whole test suite."""
    result = c.run(f"{sys.executable} -m pytest {args}", warn=True, pty=False)
    if result.exited:
        raise Exit(code=result.exited)


@task
def docs(c):
    """Rewrite the README's table of front-matter fields from the schema."""
    readme = ROOT / "README.md"
    readme.write_text(readme_with_fields(readme.read_text(encoding="utf-8")), encoding="utf-8")


def readme_with_fields(text):
    """README text with its fields table replaced by the one the schema gives."""
    sys.path.insert(0, str(ROOT / "plugins"))
    from announcements.schema import fields_markdown

    start, end = "<!-- fields:start -->", "<!-- fields:end -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{fields_markdown()}\n{end}{tail}"
