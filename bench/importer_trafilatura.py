"""Would trafilatura read HTML press pages better than importer/text.py? Field scores of both, same articles.

Usage: .venv/bin/python bench/importer_trafilatura.py [--extra-path SITE_PACKAGES]

trafilatura (made to extract a news page's main text, title, date and site name) is not a
dependency of the project: install it anywhere and give that environment's site-packages with
--extra-path (added after the project's own, so the project's pinned libraries are the ones used).
Every HTML article of the bench's gold sets (cases.yaml, blind6.yaml) is imported twice: with the
importer's own page reader, then with trafilatura's title, text, date and site name in its place;
the rest of the importer is the same. Prints each field's score for both, and the time per page.
Figures, not a test; says it skipped when trafilatura cannot be imported.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from importer_accuracy import FIELDS, GOLD, ROOT, score  # noqa: E402

sys.path.insert(0, str(ROOT / "plugins"))

SETS = [(GOLD / "cases.yaml", GOLD / "cases"), (GOLD / "blind6.yaml", GOLD / "blind6")]


def trafilatura_reader(trafilatura, text_module):
    """A stand-in for text._parse_html built on trafilatura's bare extraction."""

    def parse_html(page):
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, favor_precision=True)
        found = found.as_dict() if hasattr(found, "as_dict") else (found or {})
        paragraphs = [line.strip() for line in (found.get("text") or "").split("\n") if line.strip()]
        article = text_module.Article(headline=found.get("title") or "", paragraphs=paragraphs, header_lines=[])
        article.meta_date = found.get("date") or ""
        article.site_name = found.get("sitename") or ""
        return article

    return parse_html


def run(vocabulary, extract, read_source):
    """Scores and times of every HTML gold article with the current page reader."""
    scores, times = [], []
    for gold_file, folder in SETS:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        for name, expected in gold.items():
            if not name.endswith((".html", ".htm")):
                continue
            raw, html = read_source(folder / name)
            given = expected.get("given") or {}
            start = time.perf_counter()
            draft = extract(raw, vocabulary, html=True, url=given.get("url", ""))
            times.append(time.perf_counter() - start)
            scores.append(score(draft, expected, vocabulary))
    return scores, times


def line(title, scores, times):
    cells = "  ".join(f"{field} {statistics.mean(s[field] for s in scores):.2f}" for field in FIELDS)
    return f"{title:<12} n={len(scores)}  {cells}  ({statistics.mean(times) * 1000:.0f} ms/page)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-path", action="append", default=[], help="a site-packages holding trafilatura")
    args = parser.parse_args()
    sys.path.extend(args.extra_path)
    try:
        import trafilatura
    except ImportError as error:
        print(f"skipped: trafilatura cannot be imported ({error})")
        return
    from announcements.importer import text
    from announcements.importer.cli import read_source
    from announcements.importer.extract import extract
    from announcements.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(ROOT / "data")
    own = run(vocabulary, extract, read_source)
    text._parse_html = trafilatura_reader(trafilatura, text)
    other = run(vocabulary, extract, read_source)
    print(f"HTML articles of {', '.join(path.name for path, _ in SETS)}; trafilatura {trafilatura.__version__}")
    print(line("text.py", *own))
    print(line("trafilatura", *other))


if __name__ == "__main__":
    main()
