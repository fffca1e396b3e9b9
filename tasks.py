"""Editor and developer commands (invoke): build, serve, test, publish.

On a fresh machine, `python3 tasks.py TASK` creates .venv, installs the pinned
requirements and runs the invoke task inside it; afterwards `.venv/bin/invoke TASK`
does the same without the check.
"""

import errno
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
OUTPUT = ROOT / "output"
CACHE = ROOT / "cache"
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

import datetime  # noqa: E402
import tempfile  # noqa: E402

from invoke import Exit, task  # noqa: E402 - only importable once the venv exists

sys.path.insert(0, str(ROOT / "plugins"))
from announcements import check as checker  # noqa: E402
from announcements import lifecycle, live, scaffold, warmstart  # noqa: E402

CONTENT = ROOT / "content"
VOCABULARY = ROOT / "data"


# The site's editions, each built by its own Pelican run: French at the root, Arabic in ar/.
EDITIONS = {"fr": "", "ar": "ar"}


def _pelican_command(settings, output, edition, *extra, overrides=()):
    """The Pelican command line of one edition (its settings overrides given after a single -e)."""
    folder = Path(output) / EDITIONS[edition] if EDITIONS[edition] else Path(output)
    overrides = [*overrides, f'ANNOUNCEMENTS_EDITION="{edition}"']
    return [sys.executable, "-m", "pelican", str(CONTENT), "-s", settings, "-o", str(folder), *extra, "-e", *overrides]


def _pelican(c, settings, output, *extra, edition="fr", overrides=()):
    """Run Pelican on content/ from the project folder; it dies with this task. Return its exit status."""
    command = _pelican_command(settings, output, edition, *extra, overrides=overrides)
    return warmstart.cold(command[0], command[3:], ROOT)


def _build_editions(c, settings, folder, *extra):
    """Build every edition into folder; True if each Pelican run succeeded and no file was cut short."""
    built = all(_pelican(c, settings, folder, *extra, edition=edition) == 0 for edition in EDITIONS)
    return built and not _truncated(folder)


def _truncated(folder):
    """Files cut at the file size limit (`ulimit -f`): Pagefind, for one, stops there and exits 0."""
    import resource

    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return []
    cut = [path for path in Path(folder).rglob("*") if path.is_file() and path.stat().st_size >= limit]
    for path in cut[:5]:
        print(f"{path.relative_to(folder)} : coupé à la taille maximale d'un fichier ({limit} octets, "
              "ulimit -f) ; relancez sans cette limite.", file=sys.stderr, flush=True)
    return cut


def _recover_and_clear():
    """Before a build: put back an output/ lost between two renames, then clear killed runs' folders."""
    if not OUTPUT.exists() and not OUTPUT.is_symlink():
        saved = sorted(ROOT.glob(".output-old-*"), key=lambda path: path.stat().st_mtime)
        if saved:
            saved[-1].rename(OUTPUT)
            print(f"{OUTPUT.name}/ remis en place depuis {saved[-1].name} (construction interrompue).", flush=True)
    lifecycle.clear_leftovers(ROOT, ".output-old-")
    lifecycle.clear_leftovers(ROOT, ".output-")
    lifecycle.clear_leftovers(ROOT, ".serve-")


def _put_in_place(fresh):
    """Make the fresh build the site: one atomic swap where the system allows it, output/ present throughout."""
    os.chmod(fresh, 0o777 & ~lifecycle.umask())  # mkdtemp's 0700 would hide the site from the web server
    if OUTPUT.is_symlink():
        # output/ points at a web root elsewhere: the link is kept, its files are replaced one by one.
        live.sync(fresh, OUTPUT.resolve())
        return
    if not OUTPUT.exists():
        fresh.rename(OUTPUT)
        return
    try:
        lifecycle.exchange(fresh, OUTPUT)  # fresh now holds the previous site, removed by the caller
    except OSError as error:
        if error.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise
        old = ROOT / f".output-old-{os.getpid()}"
        OUTPUT.rename(old)  # a kill between these two renames is repaired by the next build
        fresh.rename(OUTPUT)
        shutil.rmtree(old, ignore_errors=True)


def _build_atomically(c, settings, *extra):
    """Build into a fresh folder beside output/, and put it in place only if the build succeeded."""
    _recover_and_clear()
    fresh = Path(tempfile.mkdtemp(prefix=lifecycle.scratch_prefix(".output-"), dir=ROOT))
    try:
        if not _build_editions(c, settings, fresh, *extra):
            raise Exit(f"Construction échouée : {OUTPUT.name}/ n'a pas été modifié.", code=1)
        try:
            _put_in_place(fresh)
        except OSError as error:
            raise Exit(f"Construction réussie, mais {OUTPUT.name}/ n'a pas pu être remplacé "
                       f"({error.strerror or error}) : il est resté tel quel.", code=1) from error
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


@task
def clean(c):
    """Delete the built site (output/) and the cache of `invoke serve` (cache/)."""
    shutil.rmtree(OUTPUT, ignore_errors=True)
    shutil.rmtree(CACHE, ignore_errors=True)


@task
def build(c):
    """Build the site into output/; a failed build leaves the previous output/ untouched."""
    _build_atomically(c, "pelicanconf.py", "--fatal", "errors")


@task(help={"port": "port du serveur local (défaut : 8000)"})
def serve(c, port=PORT):
    """Build, serve on http://127.0.0.1:8000 and rebuild the whole site when a file changes."""
    from announcements import devserver

    _recover_and_clear()
    port = int(port)
    try:
        server = devserver.start(OUTPUT, HOST, port)
    except devserver.PortBusy as error:
        raise Exit(f"Impossible de servir le site : {error}.", code=1) from error
    # Not fatal: a broken announcement is reported and left out while the others are served.
    # The content cache spares re-reading unchanged files (plugins/announcements/live.py says
    # when it is emptied); links in feeds carry the port actually served.
    # The content cache is read back on every save: left uncompressed, it loads faster.
    overrides = ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", 'CHECK_MODIFIED_METHOD="md5"', "GZIP_CACHE=false",
                 f'FEED_DOMAIN="http://{HOST}:{port}"']
    # Each edition's next build waits in a process started after the last build, its modules imported
    # (warmstart.py). It builds only when `early` is given, i.e. nothing but content/ changed since the
    # last build read its sources, so what it imported still holds; otherwise (code, templates,
    # vocabularies, settings) it is discarded and a fresh process builds, as `invoke build` would.
    warm = {edition: warmstart.Warm(sys.executable, ROOT) for edition in EDITIONS}

    def edition_step(edition):
        def build(folder, early=None):
            # The announcements just saved are shown first, from this very build (live.py, early.py).
            shown = [f"ANNOUNCEMENTS_EARLY_SOURCES={json.dumps(list(early.sources))}",
                     f"ANNOUNCEMENTS_EARLY_OUTPUT={json.dumps(str(early.output))}",
                     f"ANNOUNCEMENTS_EARLY_BACKUP={json.dumps(str(early.backup))}"] if early else []
            # Compiled templates are kept with the content cache, emptied with it (live.py).
            templates = f"ANNOUNCEMENTS_TEMPLATE_CACHE={json.dumps(str(CACHE / edition / 'templates'))}"
            command = _pelican_command("pelicanconf.py", folder, edition, "--cache-path", str(CACHE / edition),
                                       overrides=[*overrides, templates, *shown])
            return warm[edition].build(command[3:], early) == 0
        return EDITIONS[edition], build

    loop = live.Loop(
        steps=[edition_step(edition) for edition in EDITIONS],
        output=OUTPUT, watched=[CONTENT, VOCABULARY, ROOT / "themes", ROOT / "plugins", ROOT / "pelicanconf.py"],
        content=CONTENT, cache=CACHE, report=lambda line: print(line, flush=True),
    )
    print(f"Site servi sur http://{HOST}:{port}/ (Ctrl+C pour arrêter)", flush=True)
    try:
        loop.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        for waiting in warm.values():
            waiting.discard()


@task
def publish(c):
    """Build the public site with publishconf.py; any error or warning stops it."""
    _build_atomically(c, "publishconf.py", "--fatal", "warnings")


@task(help={"paths": "files or folders to check (default: content/)"}, iterable=["paths"])
def check(c, paths=None):
    """Check announcements and vocabularies; print every problem, exit 1 if any."""
    selected = paths or [str(CONTENT)]
    problems, count = checker.check_paths(selected, VOCABULARY, corpus=[CONTENT], editions=tuple(EDITIONS))
    for problem in problems:
        print(f"{problem}{' (avertissement)' if problem.severity == 'warning' else ''}")
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    print(f"{count} fichier(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s).")
    if errors:
        raise Exit(code=1)


@task(
    help={
        "title": "titre de l'annonce, en français",
        "date": "AAAA-MM-JJ, jour de l'événement",
        "region": "slug de région (répétable)",
        "programme": "programme (répétable)",
        "partner": "partenaire, nom ou sigle (répétable)",
        "city": "ville ou commune",
        "source_name": "nom de la publication",
        "source_url": "adresse de l'article",
        "slug": "fin de l'adresse (par défaut : tirée du titre)",
    },
    iterable=["region", "programme", "partner"],
)
def new(c, title, date, region=None, programme=None, partner=None, city="", source_name="", source_url="", slug=""):
    """Create a draft announcement with every field of the schema; never overwrites."""
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError as error:
        raise Exit(f"--date {date!r} : écrivez AAAA-MM-JJ") from error
    values = {
        "title": title,
        "date": day,
        "region": _one_or_list(region),
        "city": city,
        "programme": _one_or_list(programme),
        "partners": list(partner or []),
        "source": {k: v for k, v in (("name", source_name), ("url", source_url)) if v} or None,
        "slug": slug,
    }
    try:
        path = scaffold.write_new(CONTENT, values)
    except (FileExistsError, ValueError) as error:
        raise Exit(str(error), code=1) from error
    print(f"Créé : {path.relative_to(ROOT)}")


@task(
    name="import-article",
    help={
        "source": "fichier .txt ou .html de l'article, ou - pour l'entrée standard",
        "stdout": "affiche le brouillon au lieu de l'écrire",
        "url": "adresse de l'article (sa date y est souvent)",
        "source_name": "nom de la publication",
        "published": "date de l'article, AAAA-MM-JJ, pour les dates relatives (« samedi »)",
    },
)
def import_article(c, source, stdout=False, url="", source_name="", published=""):
    """Draft an announcement from a press article; print the extracted fields and their sentences."""
    from announcements.importer import format_table
    from announcements.importer import import_article as run_import

    if source in ("-h", "--help"):
        # `invoke import-article --help` would otherwise read a file named --help.
        c.run(f"{shlex.quote(sys.executable)} -m invoke --help import-article", pty=False)
        return
    try:
        day = datetime.date.fromisoformat(published) if published else None
    except ValueError as error:
        raise Exit(f"--published {published!r} : écrivez AAAA-MM-JJ") from error
    warnings = []
    try:
        result, rows = run_import(source, CONTENT, VOCABULARY, stdout=stdout, url=url, published=day,
                                  source_name=source_name, warnings=warnings)
    except (FileExistsError, FileNotFoundError) as error:
        raise Exit(str(error), code=1) from error
    # With --stdout the draft alone goes to standard output (to redirect it); the rest to the screen.
    report = sys.stderr if stdout else sys.stdout
    if stdout:
        print(result)
    else:
        print(f"Brouillon créé : {result.relative_to(ROOT)}\n")
    print(format_table(rows), file=report)
    for warning in warnings:
        print(f"Attention : {warning}", file=report)
    if not stdout:
        print("\nRelisez chaque champ, écrivez le résumé, puis lancez « invoke check ».")


def _one_or_list(values):
    """One value as itself, several as a list, none as None."""
    values = list(values or [])
    return values[0] if len(values) == 1 else values or None


def _npm_tools(c):
    """Install the pinned npm quality tools (axe-core, Nu Html Checker, Lighthouse) when stale."""
    lock = ROOT / "package-lock.json"
    stamp = ROOT / "node_modules" / ".package-lock.json"
    if not shutil.which("npm"):
        print("npm absent : les tests d'accessibilité, de HTML et Lighthouse seront sautés.", flush=True)
        return
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        print("Installation des outils npm (package-lock.json) …", flush=True)
        with c.cd(str(ROOT)):
            c.run("npm ci --no-audit --no-fund --loglevel=error", pty=False)


@task(help={"args": "extra pytest arguments, e.g. '-k schema -x'"})
def test(c, args=""):
    """Run the whole test suite."""
    _npm_tools(c)
    result = c.run(f"{sys.executable} -m pytest {args}", warn=True, pty=False)
    if result.exited:
        raise Exit(code=result.exited)


@task
def translations(c):
    """Update the Arabic catalogue from the templates and code; list what lacks a translation."""
    from pelican.settings import read_settings

    from announcements import catalogue

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    path = ROOT / "themes" / "regions" / "translations" / "ar" / "LC_MESSAGES" / "messages.po"
    catalogue.update(path, ROOT / "themes" / "regions", settings, "ar")
    missing = catalogue.untranslated(path, "ar")
    for text in missing:
        print(f"à traduire : {text}")
    print(f"{path.relative_to(ROOT)} : {len(missing)} texte(s) sans traduction.")
    if missing:
        raise Exit(code=1)


@task
def map_data(c):
    """Redraw the outlines of the regions on maps from the npm package."""
    from announcements import mapdata

    source = ROOT / mapdata.SOURCE
    if not source.exists():
        raise Exit(f"{mapdata.SOURCE} absent : lancez d'abord « npm ci ».", code=1)
    mapdata.write(source, VOCABULARY / "regions-map.json")
    print(f"data/regions-map.json redessiné depuis {mapdata.PACKAGE} {mapdata.VERSION}.")


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
