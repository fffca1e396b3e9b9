"""Accuracy and speed of the press importer against the gold facts of bench/importer_gold/.

Usage: .venv/bin/python bench/importer_accuracy.py [-v] [--tune] [--gold FILE --cases FOLDER]

-v lists each article's misses; --tune leaves the held-out cases out (to work on the rules
without seeing them); --gold and --cases score another gold file and its folder of articles
(a set written apart, scored once) instead of the seeds and the bench's own cases.

Each group is scored apart: the five seed articles (read from ../shared/seeds/, outside the
repository, when it is there), then each split of the bench's own cases (tune, tune2..., heldout,
heldout2: see bench/importer_gold/cases.yaml), and a last line over all of them. With --gold, the
articles of that file form one group named after it. The first score of a new batch, taken
before any rule is changed for it, is the one that tells how the importer does on unseen text.
"""

import argparse
import datetime
import re
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

GOLD = ROOT / "bench" / "importer_gold"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FIELDS = ("date", "region", "city", "programme", "partners", "budget", "trainees", "jobs")
LIST_FIELDS = ("programme", "partners")  # scored as F1


def _key(text):
    from announcements.vocabulary import normalize

    return normalize(text)


# « l'association Tech Elles Maroc »: one body, written « Association Tech Elles Maroc » or « Tech Elles Maroc »
# (not « Association des … », named by its members).
_ASSOCIATION = re.compile(r"^association-(?!(?:des|du|de|d|pour|la|le|les)-)")


def _slug_or_key(name, lexicon):
    """A vocabulary slug for a name the vocabulary knows, its normalised form otherwise."""
    term = lexicon.terms.get(name) or lexicon.resolve(name)
    return term.slug if term else _ASSOCIATION.sub("", _key(name))


def _f1(found, expected):
    """F1 of a found list against expected entries (an entry may be a list of acceptable spellings)."""
    if not found and not expected:
        return 1.0
    matched = sum(1 for options in expected if any(option in found for option in options))
    if not matched:
        return 0.0
    precision, recall = matched / len(found), matched / len(expected)
    return 2 * precision * recall / (precision + recall)


def _date_ok(found, precision, expected, expected_precision="day"):
    if expected is None:
        return found is None
    if found is None:
        return False
    if isinstance(expected, int):  # 2022: only the year is known (« Devoxx 2022 »)
        return found.year == expected and precision == "year"
    if isinstance(expected, str):  # « 2022-06 »: only the month is known
        return found.strftime("%Y-%m") == expected
    if expected_precision == "month":  # the schema's own way: « date: 2022-06-01 » and « date_precision: month »
        return found.strftime("%Y-%m") == expected.strftime("%Y-%m") and precision == "month"
    return found == expected and precision == "day"


def score(draft, gold, vocabulary, parts=True):
    """Per-field scores of one draft: 1 or 0, F1 for the list fields.

    parts: the gold file gives the budget's parts (budget_items); a set written without them is scored on
    the total alone, the parts a draft proposes being neither right nor wrong there.
    """
    programmes = [_slug_or_key(n, vocabulary.programmes) for n in draft.programmes]
    partners = [_slug_or_key(n, vocabulary.partners) for n, _ in draft.partners]

    def options(entries, lexicon):
        return [[_slug_or_key(str(o), lexicon) for o in (e if isinstance(e, list) else [e])] for e in entries or []]

    items = sorted(amount for amount, _ in draft.budget_items)
    cities = gold.get("city") if isinstance(gold.get("city"), list) else [gold.get("city")]  # spellings allowed
    city_ok = any(_key(draft.city or "") == _key(city or "") for city in cities)
    return {
        "date": float(_date_ok(draft.date, draft.date_precision, gold.get("date"), gold.get("date_precision") or "day")),
        "region": float(sorted(draft.regions) == sorted(gold.get("region") or [])),
        "city": float(city_ok),
        "programme": _f1(programmes, options(gold.get("programme"), vocabulary.programmes)),
        "partners": _f1(partners, options(gold.get("partners"), vocabulary.partners)),
        "budget": float(draft.budget == gold.get("budget")
                        and (not parts or items == sorted(gold.get("budget_items") or []))),
        "trainees": float(draft.trainees == gold.get("trainees")),
        "jobs": float(draft.jobs == gold.get("jobs")),
    }


def run(folder, gold, vocabulary, verbose):
    """Import every gold article of a folder; return {group: [scores]} and the times."""
    from announcements.importer.cli import read_source
    from announcements.importer.extract import extract

    groups, times = {}, []
    parts = any("budget_items" in expected for expected in gold.values())
    for name, expected in gold.items():
        raw, html = read_source(folder / name)
        given = expected.get("given") or {}
        published = given.get("published")
        start = time.perf_counter()
        draft = extract(raw, vocabulary, html=html, url=given.get("url", ""),
                        published=published if isinstance(published, datetime.date) else None)
        times.append(time.perf_counter() - start)
        scores = score(draft, expected, vocabulary, parts)
        groups.setdefault(expected.get("split", "seeds"), []).append(scores)
        if verbose:
            misses = [f for f in FIELDS if scores[f] < 1]
            print(f"  {name}: {'ok' if not misses else 'miss ' + ', '.join(misses)}")
            for field in misses:
                print(f"      {field}: found {_found(draft, field)!r}, expected {expected.get(field)!r}")
    return groups, times


def _found(draft, field):
    return {
        "date": (draft.date, draft.date_precision), "region": draft.regions, "city": draft.city,
        "programme": draft.programmes, "partners": [n for n, _ in draft.partners],
        "budget": (draft.budget, [a for a, _ in draft.budget_items]), "trainees": draft.trainees, "jobs": draft.jobs,
    }[field]


def report(title, scores):
    """One line per group: its size and the mean of each field."""
    means = {field: statistics.mean(s[field] for s in scores) for field in FIELDS}
    cells = "  ".join(f"{field} {means[field]:.2f}" for field in FIELDS)
    print(f"{title:<9} n={len(scores):<2}  {cells}")
    return means


# « [Chambre de commerce, d'industrie …] » unquoted in a YAML list gives two names, the second « d'industrie … ».
_CUT_NAME = re.compile(r"^(?:(?:de|du|des)\s|d['’])")


def _warn_cut_names(gold_file, gold):
    """Say which expected names look cut in two by an unquoted comma in the gold file's YAML lists."""
    for name, facts in gold.items():
        for field in LIST_FIELDS:
            for entry in facts.get(field) or []:
                if isinstance(entry, str) and _CUT_NAME.match(entry):
                    print(f"{gold_file}: {name}: {field} « {entry} » looks cut by an unquoted comma: quote the name")


def main(verbose=False, tune=False, gold_file=None, cases=None):
    """Print per-field accuracy for each group, then the time per article."""
    start = time.perf_counter()
    from announcements.importer.places import gazetteer
    from announcements.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(ROOT / "data")
    gazetteer(vocabulary)
    setup = time.perf_counter() - start
    results, times = {}, []
    if gold_file:
        gold = yaml.safe_load(Path(gold_file).read_text(encoding="utf-8"))
        _warn_cut_names(gold_file, gold)
        # Articles of such a set carry no split: they are scored as one group named after the file.
        gold = {name: {"split": Path(gold_file).stem, **facts} for name, facts in gold.items()}
        verbose and print(f"{gold_file}:")
        groups, times = run(Path(cases), gold, vocabulary, verbose)
        results.update(groups)
    else:
        if SEEDS.is_dir():
            gold = yaml.safe_load((GOLD / "seeds.yaml").read_text(encoding="utf-8"))
            verbose and print("seeds:")
            groups, spent = run(SEEDS, gold, vocabulary, verbose)
            results.update(groups)
            times += spent
        else:
            print(f"seeds: skipped ({SEEDS} not found)")
        gold = yaml.safe_load((GOLD / "cases.yaml").read_text(encoding="utf-8"))
        if tune:
            gold = {name: facts for name, facts in gold.items() if not facts.get("split", "").startswith("heldout")}
        verbose and print("cases:")
        groups, spent = run(GOLD / "cases", gold, vocabulary, verbose)
        results.update(groups)
        times += spent
    print("per-field accuracy (programme and partners: mean F1; others: share exactly right)")
    order = ("seeds", "tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "heldout", "heldout2")
    for group in [*order, *sorted(set(results) - set(order))]:
        if group in results:
            report(group, results[group])
    everything = [scores for group in results.values() for scores in group]
    report("all", everything)
    print(f"time per article over {len(times)}: mean {statistics.mean(times):.3f} s, max {max(times):.3f} s "
          "(the max is a one-time load: dateparser's French data on the first date, or the French word list on the "
          "first page without accents)")
    print(f"one-time setup (imports, vocabularies, gazetteer of 1,503 communes): {setup:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each article's misses")
    parser.add_argument("--tune", action="store_true", help="leave the held-out cases out")
    parser.add_argument("--gold", help="another gold file (YAML, as cases.yaml) to score instead")
    parser.add_argument("--cases", help="the folder of that gold file's articles")
    args = parser.parse_args()
    if bool(args.gold) != bool(args.cases):
        parser.error("--gold and --cases go together")
    main(args.verbose, args.tune, args.gold, args.cases)
