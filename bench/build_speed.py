"""Build speed of the site on N synthetic announcements, against plain Pelican on the same files.

Usage: .venv/bin/python bench/build_speed.py --sizes 1000 5000 --runs 3

For each size N, writes N valid synthetic announcements (bench/synthetic.py; `invoke check`'s
checker must find no problem in them) into a temporary folder, never into content/, and builds:

- "ours": the project's pelicanconf.py with PATH, OUTPUT_PATH and CACHE_PATH pointed at the
  temporary folder, run as `invoke build` runs it (`python -m pelican ... --fatal errors`, so a
  single invalid synthetic announcement stops the benchmark). The timed build includes the Pagefind
  index (ANNOUNCEMENTS_SEARCH_INDEX, part of every real build; Pagefind runs beside Pelican's
  writing). To show the split, Pagefind is also timed alone, once per size, on the announcement
  pages of a site just built.
- "peer": what a user would pick instead, with search too: the same Markdown files with Pelican's
  defaults (default theme and URLs; category, tag and author pages; no pagination) and the
  installed pelican-yaml-metadata plugin only, then the Pagefind CLI over every page it wrote.

Each build is a subprocess running Pelican's command line, timed from outside (wall and CPU
time, the CPU of its children included). Peak memory is given three ways: the largest resident
size of one process (os.wait4: the Pelican process or Pagefind, its child, whichever is larger;
what `/usr/bin/time` reports, and the measure of the target), that of the Pelican process alone
(from inside), and the largest sum over the process tree while Pelican and Pagefind run together
(/proc read every 20 ms: what the machine must hold at once; Linux only). Once per size, the site
is also built without its search index (ANNOUNCEMENTS_SEARCH_INDEX = False), to show what the
index costs. Prints medians over the runs, the ratios and the files written. Then the editor's
loop, as `invoke serve` runs it (plugins/announcements/live.py): after one announcement is saved,
a complete build with Pelican's content cache into a fresh folder, which puts the saved page in the
served folder first (early.py), then is synced into it, run by a Pelican process started ahead of
time with its modules imported (warmstart.py) and the settings `invoke serve` adds (content cache
uncompressed, compiled templates kept); the time from the save to the saved page
showing the edit on disk (watched from another thread), to the whole site synced, and the files
rewritten. Ends with one
PASS/FAIL line per target. Figures, not a test. Other work on the machine inflates wall times:
the load average is printed with each size.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import ROOT, write_corpus  # noqa: E402

sys.path.insert(0, str(ROOT / "plugins"))
from announcements import live, warmstart  # noqa: E402
from announcements.check import check_paths  # noqa: E402

OURS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F401,F403 - the project's settings, as they are

PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
# pelicanconf.py's relative paths, made absolute: this file is not next to it.
THEME = {root!r} + "/themes/regions"
PLUGIN_PATHS = [{root!r} + "/plugins"]
{extra}
"""

PLAIN = """\
# Pelican's defaults, except what it needs to run; pelican-yaml-metadata reads the front matter.
SITENAME = "Régions numériques (Pelican seul)"
TIMEZONE = "Africa/Casablanca"
PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
PLUGIN_PATHS = []
PLUGINS = ["yaml_metadata"]
{extra}
"""

CACHED = "CACHE_CONTENT = True\nLOAD_CONTENT_CACHE = True\n"
# What `invoke serve` adds to the content cache: left uncompressed, and compiled templates kept beside it.
SERVED = "GZIP_CACHE = False\nANNOUNCEMENTS_TEMPLATE_CACHE = CACHE_PATH + '/templates'\n"
NO_INDEX = "ANNOUNCEMENTS_SEARCH_INDEX = False\n"

# `python -m pelican ARGS`, which also writes the peak RSS of the Pelican process alone (not of
# its children, Pagefind) into the file named by its first argument, at exit.
PELICAN = """\
import atexit, resource, runpy, sys
report = sys.argv.pop(1)
atexit.register(lambda: open(report, "w").write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))
sys.argv[0] = "pelican"
runpy.run_module("pelican", run_name="__main__", alter_sys=True)
"""
# Pagefind alone, on the announcement pages (what a build gives it, as records of their searchable part).
PAGEFIND = [sys.executable, "-m", "pagefind", "--silent", "--force-language", "fr", "--glob", "annonces/*/*/index.html"]
# The peer's search: the Pagefind CLI over every page plain Pelican wrote.
PEER_PAGEFIND = [sys.executable, "-m", "pagefind", "--silent", "--force-language", "fr"]


@dataclass
class Run:
    """One finished build: wall and CPU seconds, peak RSS (MiB) of it all and of Pelican alone."""

    seconds: float
    cpu: float
    peak_mib: float
    pelican_mib: float = 0.0
    tree_mib: float = 0.0


def tree_rss_kib(pid):
    """Resident size of a process and all its descendants now (KiB, from /proc; 0 where there is none)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):  # the process ended meanwhile, or no /proc on this system
            pass
    return total


def run(command, log):
    """Run a command from the project folder; return its Run, or stop showing its log on failure."""
    peak = [0]
    with open(log, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample():
            while not done.wait(0.02):
                peak[0] = max(peak[0], tree_rss_kib(child.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 gives this child's rusage: its peak RSS, or a waited-for grandchild's if larger.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"failed ({child.returncode}): {' '.join(command)}\n{Path(log).read_text(encoding='utf-8')[-3000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, tree_mib=peak[0] / 1024)


def pelican(settings, log):
    """Build with Pelican's command line, as `invoke build` does."""
    report = Path(log).with_suffix(".rss")
    result = run([sys.executable, "-c", PELICAN, str(report), "-s", str(settings), "--fatal", "errors", "-q"], log)
    result.pelican_mib = int(report.read_text()) / 1024
    return result


def write_settings(path, template, content, output, cache, extra=""):
    path.write_text(
        template.format(root=str(ROOT), content=str(content), output=str(output), cache=str(cache), extra=extra),
        encoding="utf-8",
    )
    return path


def written(folder):
    """(HTML pages, XML files, all files) under an output folder."""
    files = [path for path in Path(folder).rglob("*") if path.is_file()]
    return (sum(path.suffix == ".html" for path in files), sum(path.suffix == ".xml" for path in files), len(files))


def edit(path, number):
    """Change one announcement's body as an editor would; its mtime moves forward."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\nCorrection {number} : une phrase ajoutée après relecture.\n")
    stamp = time.time() + number
    os.utime(path, (stamp, stamp))


def median(runs, attribute="seconds"):
    return statistics.median(getattr(one, attribute) for one in runs)


def load():
    return "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def measure(size, runs, rebuilds, folder):
    """Build one corpus size with both configurations; print and return its figures."""
    content = folder / "content"
    start = time.perf_counter()
    paths = write_corpus(content, size)
    problems, checked = check_paths([content / "annonces"], ROOT / "data")
    # Random dates put a few announcements of one programme and region within days: check asks
    # whether they are one event twice (a warning), which changes nothing to what is built.
    errors = [problem for problem in problems if problem.severity == "error"]
    print(f"\n== N = {size}: {checked} synthetic announcements written and checked in "
          f"{time.perf_counter() - start:.1f} s, {len(errors)} errors, {len(problems) - len(errors)} warnings; {load()}")
    if errors:
        sys.exit("\n".join(map(str, errors[:20])))
    ours, plain = [], []
    for number in range(runs):
        # Alternated, so that a busier moment of the machine falls on both.
        out = folder / f"ours{number}"
        ours.append(pelican(write_settings(folder / "ours.py", OURS, content, out, folder / "cache"), folder / "ours.log"))
        pages = [page for page in (out / "annonces").glob("*/*/index.html") if page.parts[-3] != "page"]
        if len(pages) != size:
            sys.exit(f"ours: {len(pages)} announcement pages written, not {size}")
        ours_files = written(out)
        if number == 0:
            alone = folder / "pagefind-alone"
            pagefind = run([*PAGEFIND, "--site", str(out), "--output-path", str(alone)], folder / "pagefind.log")
            shutil.rmtree(alone)
        shutil.rmtree(out)
        if number == 0:
            unindexed = folder / "unindexed"
            settings = write_settings(folder / "unindexed.py", OURS, content, unindexed, folder / "cache", NO_INDEX)
            without_index = pelican(settings, folder / "unindexed.log")
            shutil.rmtree(unindexed)
        out = folder / f"plain{number}"
        built = pelican(write_settings(folder / "plain.py", PLAIN, content, out, folder / "cache"), folder / "plain.log")
        plain_files = written(out)
        indexed = run([*PEER_PAGEFIND, "--site", str(out)], folder / "peer-pagefind.log")
        # One after the other, as a user would chain them: times add up, memory is the larger process.
        plain.append(Run(built.seconds + indexed.seconds, built.cpu + indexed.cpu, max(built.peak_mib, indexed.peak_mib),
                         built.pelican_mib, max(built.tree_mib, indexed.tree_mib)))
        shutil.rmtree(out)
        print(f"  run {number + 1}: ours {ours[-1].seconds:6.2f} s (CPU {ours[-1].cpu:5.1f} s), "
              f"plain {plain[-1].seconds:6.2f} s (CPU {plain[-1].cpu:5.1f} s)")
    figures = {
        "size": size,
        "ours": median(ours), "plain": median(plain), "ours_cpu": median(ours, "cpu"), "plain_cpu": median(plain, "cpu"),
        "pagefind": pagefind.seconds, "pagefind_cpu": pagefind.cpu,
        "without_index": without_index.seconds, "without_index_cpu": without_index.cpu,
        "ours_tree_mib": max(one.tree_mib for one in ours),
        "ours_mib": max(one.peak_mib for one in ours), "ours_pelican_mib": max(one.pelican_mib for one in ours),
        "plain_mib": max(one.peak_mib for one in plain), "pagefind_mib": pagefind.peak_mib,
        "ours_files": ours_files, "plain_files": plain_files,
        "runs": {"ours": [asdict(one) for one in ours], "plain": [asdict(one) for one in plain]},
    }
    # The editor's loop: a first build fills the content cache and the served folder, then each
    # save is followed by a complete cached build into a fresh folder, synced into the served one.
    # As in `invoke serve`, each build after a save runs in a Pelican process started after the
    # previous build, its modules already imported (warmstart.py).
    cache, served = folder / "cache-live", folder / "served"
    warm = warmstart.Warm(sys.executable, ROOT)

    def build(out, early=None):
        shown = (f"ANNOUNCEMENTS_EARLY_SOURCES = {[str(path) for path in early.sources]!r}\n"
                 f"ANNOUNCEMENTS_EARLY_OUTPUT = {str(early.output)!r}\n"
                 f"ANNOUNCEMENTS_EARLY_BACKUP = {str(early.backup)!r}\n") if early else ""
        settings = write_settings(folder / "live.py", OURS, content, out, cache, CACHED + SERVED + shown)
        if warm.build(["-s", str(settings), "--fatal", "errors", "-q"], early):
            sys.exit(f"the editor's loop: a build failed ({settings})")
        return True

    loop = live.Loop(steps=[("", build)], output=served, watched=[content], content=content, cache=cache, report=lambda _: None)
    loop.rebuild()
    delays, complete, rewritten = [], [], []
    for number in range(rebuilds):
        # An editor reads the page before saving again: by then the next process has imported its modules.
        time.sleep(2)
        source = content / paths[(number * 7919) % len(paths)]
        page = next(served.glob(f"annonces/*/{source.stem[11:]}/index.html"))
        edit(source, number + 1)
        saved, shown = time.perf_counter(), []
        # The saved page is watched from another thread: it reaches the served folder before the build ends.
        watcher = threading.Thread(target=_watch, args=(page, f"Correction {number + 1} :", saved, shown), daemon=True)
        watcher.start()
        loop.rebuild()
        complete.append(time.perf_counter() - saved)
        watcher.join(timeout=60)
        if not shown:
            sys.exit(f"the saved page {page} does not show the edit")
        delays.append(shown[0])
        rewritten.append(len(loop.written))
    warm.discard()
    figures["live_delay"] = statistics.median(delays)
    figures["live_complete"] = statistics.median(complete)
    figures["live_rewritten"] = statistics.median(rewritten)
    shutil.rmtree(served)
    shutil.rmtree(cache)
    report(figures, runs, rebuilds)
    print(f"  ({load()})")
    return figures


def _watch(page, words, since, shown):
    """Note in shown how long after since the page first holds words (polled every 10 ms, for a minute)."""
    deadline = since + 60
    while time.perf_counter() < deadline:
        try:
            if words in page.read_text(encoding="utf-8"):
                shown.append(time.perf_counter() - since)
                return
        except OSError:  # being replaced: look again
            pass
        time.sleep(0.01)


def report(f, runs, rebuilds):
    """Print one size's figures."""
    ratio = f["ours"] / f["plain"]
    print(f"  full build, median of {runs}: ours {f['ours']:.2f} s, Pelican + Pagefind {f['plain']:.2f} s: {ratio:.2f}x "
          f"(CPU {f['ours_cpu']:.1f} s / {f['plain_cpu']:.1f} s: {f['ours_cpu'] / f['plain_cpu']:.2f}x)")
    print(f"    Pagefind alone on the built pages: {f['pagefind']:.2f} s (CPU {f['pagefind_cpu']:.1f} s); "
          f"ours built once without the search index: {f['without_index']:.2f} s "
          f"= {f['without_index'] / f['plain']:.2f}x plain (CPU {f['without_index_cpu']:.1f} s)")
    print(f"  peak RSS: ours {f['ours_mib']:.0f} MiB (Pelican process {f['ours_pelican_mib']:.0f} MiB, "
          f"Pagefind {f['pagefind_mib']:.0f} MiB); plain {f['plain_mib']:.0f} MiB: "
          f"{f['ours_mib'] / f['plain_mib']:.2f}x (Pelican process alone {f['ours_pelican_mib'] / f['plain_mib']:.2f}x)")
    print(f"    both processes at once (largest sum, sampled): ours {f['ours_tree_mib']:.0f} MiB "
          f"= {f['ours_tree_mib'] / f['plain_mib']:.2f}x plain")
    (oh, ox, oa), (ph, px, pa) = f["ours_files"], f["plain_files"]
    print(f"  files written: ours {oh} HTML, {ox} XML, {oa - oh - ox} others (Pagefind index, open data, theme); "
          f"plain {ph} HTML, {px} XML, {pa - ph - px} others (theme)")
    print(f"  editor's loop (`invoke serve`), median of {rebuilds}: the saved page on disk {f['live_delay']:.2f} s "
          f"after the save (rendered first by its complete cached build), the whole site {f['live_complete']:.2f} s "
          f"(build, then sync: {f['live_rewritten']:.0f} files rewritten of {f['ours_files'][2]})")


def verdict(ok, text):
    print(f"{'PASS' if ok else 'FAIL'}  {text}")


def targets(results):
    """One PASS/FAIL line per target, on wall-time medians and peak RSS."""
    print("\n== Targets (wall-time medians; both sides include their Pagefind index)")
    small = results.get(1000) or results[min(results)]
    ratio = small["ours"] / small["plain"]
    verdict(ratio <= 1.0, f"full build at N={small['size']} <= 1.0x Pelican + Pagefind: {ratio:.2f}x "
            f"(built without the search index {small['without_index'] / small['plain']:.2f}x; "
            f"CPU {small['ours_cpu'] / small['plain_cpu']:.2f}x)")
    if 5000 in results and 1000 in results:
        growth = results[5000]["ours"] / results[1000]["ours"]
        verdict(growth <= 5.5, f"build at N=5000 <= 5.5x build at N=1000: {growth:.2f}x "
                f"(CPU {results[5000]['ours_cpu'] / results[1000]['ours_cpu']:.2f}x)")
    for size, f in results.items():
        memory = f["ours_mib"] / f["plain_mib"]
        verdict(memory <= 1.1, f"peak memory at N={size} <= 1.1x the peer's largest process: {memory:.2f}x "
                f"(Pelican process alone {f['ours_pelican_mib'] / f['plain_mib']:.2f}x; "
                f"Pelican and Pagefind together {f['ours_tree_mib'] / f['plain_mib']:.2f}x)")
    if 1000 in results:
        delay = results[1000]["live_delay"]
        verdict(delay <= 1.0, f"`invoke serve`: the saved page on disk <= 1 s at N=1000: {delay:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3, help="full builds of each kind at N <= 1000 (default 3)")
    parser.add_argument("--large-runs", type=int, default=2, help="full builds of each kind at N > 1000 (default 2)")
    parser.add_argument("--rebuilds", type=int, default=3, help="timed rebuilds after an edit at N <= 1000 (default 3; 1 above)")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the corpora and logs")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; builds: `python -m pelican -s SETTINGS "
          f"--fatal errors -q` in a subprocess, from {ROOT}")
    results = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="build-speed-") as tmp:
        base = Path(args.keep or tmp)
        for size in args.sizes:
            folder = base / f"n{size}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            small = size <= 1000
            results[size] = measure(
                size, args.runs if small else args.large_runs, args.rebuilds if small else 1, folder
            )
    targets(results)
    print(f"\n(benchmark time {time.perf_counter() - started:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
