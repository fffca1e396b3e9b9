"""The importer drafts something from any text, never a crash: pieces of articles recombined at random."""

import random

from helpers import REPO

from announcements.importer import text
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary

CASES = REPO / "bench" / "importer_gold" / "cases"
VOCABULARY = load_vocabulary(REPO / "data")


def _paragraphs():
    found = []
    for path in sorted(CASES.iterdir()):
        raw = path.read_text(encoding="utf-8")
        article = text.parse(raw, raw if path.suffix == ".html" else None)
        found += [article.headline, *article.paragraphs]
    return [paragraph for paragraph in found if paragraph]


# Phrases of kinds the articles above may lack: each kind of organisation, date, figure and name.
PHRASES = [
    "La coopérative Al Amal a signé.", "L'association Nour pour le développement a signé.", "L'ONG Tifawt forme.",
    "la société Atlas Data et le groupe Sud Digital", "« Code Oasis », une école", "le Campus Numérique du Sud",
    "la 4e édition du programme Cap Code", "en décembre dernier", "fin mars prochain", "le 12 courant",
    "une promotion de 30 jeunes", "une capacité de 100 à 150 étudiants", "1,2 milliard de dirhams",
    "Guelmim (MAP) –", "Tanger, 3 mai –", "dans les régions de l'Oriental et du Souss", "à l'échelle nationale",
    "Université Ibn Zohr d'Agadir", "مدرسة البرمجة بتزنيت", "Lire aussi :", "Pour rappel, il avait signé en mai.",
]


def test_recombined_articles_never_crash_the_importer():
    """Paragraphs of different articles shuffled, cut mid-sentence and joined: a draft each time."""
    pieces, chance = _paragraphs() + PHRASES * 10, random.Random(2026)
    for _ in range(400):
        chosen = chance.sample(pieces, chance.randint(1, 6))
        cut = [piece[:chance.randint(1, len(piece))] if chance.random() < 0.3 else piece for piece in chosen]
        draft = extract("\n\n".join(cut), VOCABULARY)
        assert draft.regions is not None


def test_odd_inputs_give_a_draft():
    """Empty text, lone punctuation, digits, Arabic script and markup fragments are read without error."""
    for raw in ("", "\n\n", "–", "« »", "1 000 000", "١٢٣ مليون درهم", "<p>", "La coopérative", "L'association ,",
                "Nador –", "Nador – Nador – Nador –", "en décembre dernier", "« X », une école"):
        assert extract(raw, VOCABULARY).title is not None


_DRAFT_ALL = """
import sys
sys.path.insert(0, sys.argv[1] + "/plugins")
from pathlib import Path
from announcements.importer.cli import read_source
from announcements.importer.extract import extract
from announcements.vocabulary import load_vocabulary
vocabulary = load_vocabulary(Path(sys.argv[1]) / "data")
for path in sorted((Path(sys.argv[1]) / "bench" / "importer_gold").glob("*/*")):
    raw, html = read_source(path)
    draft = extract(raw, vocabulary, html=html)
    print(path.name, draft.date, draft.regions, draft.city, draft.programmes, draft.partners, draft.budget,
          draft.trainees, draft.jobs)
"""


def test_the_same_article_gives_the_same_draft_in_every_run():
    """Two runs of the importer (Python's hash seeds differ) draft every gold article the same way."""
    import subprocess
    import sys

    runs = [subprocess.run([sys.executable, "-c", _DRAFT_ALL, str(REPO)], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "22")]
    assert runs[0].count("\n") > 100
    assert runs[0] == runs[1]


def test_a_share_for_each_of_a_count_written_in_words():
    """« Chacun des deux conseils provinciaux a apporté 3 millions de dirhams »: six millions, and no crash on the
    count in words."""
    draft = extract("Une académie du numérique ouvre à Safi\n\nChacun des deux conseils provinciaux a apporté 3 millions "
                    "de dirhams au projet.\n", VOCABULARY)
    assert draft.budget == 6_000_000
