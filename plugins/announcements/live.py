"""The editor's live loop of `invoke serve`: rebuild the whole site on every change, show only finished builds.

Correct by construction rather than clever: every rebuild is a complete build into a fresh folder,
exactly what `invoke build` makes, and only then are its files copied over the served folder —
the files whose bytes changed, the ones gone removed with the folders left empty. A page is
therefore never older than its sources, whatever it reads (templates, other announcements,
vocabularies, settings). Pelican's content cache spares re-reading unchanged announcements; it is
emptied when anything but content/ changes, since what it keeps was read with the old code and
vocabularies. The sources are noted before each build and compared again after it: an edit saved
while a build ran is built next, never lost.
"""

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import early
from .lifecycle import scratch_prefix

# Python's bytecode and editors' swap files are not sources: they change without the site changing.
_IGNORED_PARTS = {"__pycache__", ".git"}
_IGNORED_SUFFIXES = (".pyc", ".swp", ".swx", "~")


def snapshot(paths):
    """Size and modification time of every source file under paths, by path: what a build reads."""
    found = {}
    for root in map(Path, paths):
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in files:
            if _IGNORED_PARTS.intersection(path.parts) or path.name.endswith(_IGNORED_SUFFIXES):
                continue
            try:
                stat = path.stat()
            except OSError:  # removed while listed: the next look sees it gone
                continue
            if path.is_file():
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def _same_bytes(one, other):
    try:
        return one.stat().st_size == other.stat().st_size and one.read_bytes() == other.read_bytes()
    except OSError:
        return False


def sync(fresh, served, keep=()):
    """Make served hold exactly fresh's files; replace only what changed, one file at a time, atomically.

    Top-level names in keep are left alone on both sides (another part of the site, synced apart).
    Return the relative paths written and removed. Both folders are on the same file system, so each
    file moves with os.replace: a reader gets the old page or the new one, never half of one.
    """
    fresh, served = Path(fresh), Path(served)
    served.mkdir(parents=True, exist_ok=True)
    written, removed = [], []

    def mine(relative):
        return relative.parts[0] not in keep

    wanted = {path.relative_to(fresh) for path in fresh.rglob("*") if path.is_file() and mine(path.relative_to(fresh))}
    for relative in sorted(wanted):
        target = served / relative
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        if _same_bytes(fresh / relative, target):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(fresh / relative, target)
        written.append(relative.as_posix())
    for path in sorted(served.rglob("*"), reverse=True):  # deepest first: a folder after its files
        relative = path.relative_to(served)
        if not mine(relative):
            continue
        if path.is_file() or path.is_symlink():
            if relative not in wanted:
                path.unlink()
                removed.append(relative.as_posix())
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()  # the folder of a removed announcement: no empty listing left behind
    return written, removed


@dataclass(frozen=True)
class Early:
    """What a build needs to show the saved announcements first (early.py): their sources, where to put them.

    Given only when nothing but content/ changed since the last build read its sources: what was
    loaded for that build still holds (code, templates, vocabularies, settings), so a process
    started after it may build (warmstart.py).
    """

    sources: tuple  # the announcement files saved since the last build
    output: Path  # the served folder of the part being built
    backup: Path  # where what the early pages replace is kept until the build has succeeded


@dataclass
class Loop:
    """Rebuild into a fresh folder and sync it into output whenever a watched source changes."""

    # (part, build) pairs, built and shown in turn: build(folder, early) writes its part of the site into
    # folder/part ("" for the root) and returns True on success; early (an Early, or None) asks it to
    # put the saved announcements' pages in the served folder first. Each part is shown as soon as it
    # is built, so the first edition's pages do not wait for the others.
    steps: list
    output: Path
    watched: list  # files and folders whose change calls for a rebuild
    content: Path  # a change only under it keeps the content cache
    cache: Path
    report: object = print
    built: dict = field(default_factory=dict)  # the sources as they were when the last build started
    written: list = field(default_factory=list)  # what the last build changed in output

    def rebuild(self):
        """One complete build shown in output if it succeeds; return True if it did."""
        sources = snapshot(self.watched)
        saved = ()
        if self.built and _outside(self.content, self.built, sources):
            shutil.rmtree(self.cache, ignore_errors=True)
        elif self.built:
            # Only announcements changed: their pages can be shown before the rest of the build.
            saved = tuple(path for path, stamp in sources.items() if stamp != self.built.get(path))
        started = time.monotonic()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=scratch_prefix(".serve-"), dir=self.output.parent))
        backup = Path(tempfile.mkdtemp(prefix=scratch_prefix(".serve-"), dir=self.output.parent))
        others = {part for part, _build in self.steps if part}
        self.written, succeeded = [], True
        try:
            for part, build in self.steps:
                shown = Early(saved, self.output / part, backup / (part or "root")) if saved else None
                if shown:
                    shown.backup.mkdir(parents=True, exist_ok=True)
                if not build(fresh, shown):
                    if shown:
                        early.restore(shown.output, shown.backup)
                    self.report(f"Construction échouée{f' ({part}/)' if part else ''} : ce qui est servi reste "
                                "la construction précédente ; corrigez puis enregistrez.")
                    succeeded = False
                    break
                written, removed = sync(fresh / part, self.output / part, keep=() if part else others)
                self.written += [f"{part}/{name}" if part else name for name in written]
                self.report(f"{part or 'Site'} reconstruit en {time.monotonic() - started:.1f} s : "
                            f"{len(written)} fichier(s) écrit(s), {len(removed)} supprimé(s).")
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.rmtree(backup, ignore_errors=True)
        self.built = sources
        return succeeded

    def changed(self):
        """True when a source differs from what the last build read."""
        return snapshot(self.watched) != self.built

    def run(self, keep_going=lambda: True, interval=0.3):
        """Build, then rebuild after each change until keep_going() is false."""
        self.rebuild()
        while keep_going():
            if self.changed():
                self.rebuild()  # an edit saved during this build shows as a change right after it
            else:
                time.sleep(interval)


def _outside(content, before, after):
    """True when a file outside content/ was added, removed or changed."""
    prefix = str(Path(content)) + os.sep
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    return any(not path.startswith(prefix) for path in changed)
