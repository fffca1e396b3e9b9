"""Build the real site a few times and print build time, page weights and CSS size.

Usage: .venv/bin/python bench/site_weight.py [RUNS]
"""

import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(output):
    """Build content/ into output with the CLI, as `invoke build` does; return seconds."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(output), "--fatal", "errors", "-q"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def gzipped(path):
    """Size of a file once gzipped (level 9, as a web server would send it)."""
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def main(runs=3):
    """Print the figures quoted in the README."""
    with tempfile.TemporaryDirectory() as tmp:
        times = [build(Path(tmp) / f"run{n}") for n in range(runs)]
        site = Path(tmp) / "run0"
        pages = sorted(site.rglob("*.html"))
        css = site / "theme" / "css" / "main.css"
        weights = sorted(((gzipped(page), page.stat().st_size, page) for page in pages), reverse=True)
        articles = len(list((ROOT / "content" / "annonces").rglob("*.md")))
        print(f"announcements: {articles}")
        print(f"build (CLI, wall): median {statistics.median(times):.2f} s over {runs} runs")
        print(f"pages written: {len(pages)} HTML, {len(list(site.rglob('*.xml')))} feeds")
        print(f"CSS: {css.stat().st_size} bytes, {gzipped(css)} gzipped")
        for size_gz, size, page in weights[:3]:
            print(f"largest page: {page.relative_to(site)} {size} bytes, {size_gz} gzipped")
        worst = weights[0][0] + gzipped(css)
        print(f"heaviest page + CSS, gzipped: {worst} bytes")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
