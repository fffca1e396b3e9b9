"""Tables in plain text, read as a page's tables are: one line a row, its cells joined by « ; ».

An article pasted from a word processor or a wiki carries its tables as pipes (« Région | Places »,
« | Poste | Montant | » over « |---|---| ») or as columns aligned with spaces under a rule of dashes.
Left as they are, the rows run into each other when hard-wrapped lines are joined, and a row such as
« Casablanca-Settat | 3 000 » reads like a round-up's item « Place | news ». Read as the HTML reader
reads a <table> (« Conseil régional ; 6,5 MDH »), every field sees one row as one line.
"""

import re

# « |---|:---:| », « +-----+------+ »: a rule between a table's header and its rows.
_PIPE_RULE = re.compile(r"^\s*[|+]?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)*[|+]?\s*$")
# « -------------  ----------  ------ »: the rule under a table whose columns are aligned with spaces.
_DASH_GROUP = re.compile(r"-{3,}")
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s{2,}-{3,})+\s*$")
# (« Par Salma B. | Publié le 10 février », « Économie | Agadir | Par … »: a byline set out with bars, no table)
_BYLINE_CELL = re.compile(r"^(?:par|by)\s|\b(?:publi[ée]|mis\s+à\s+jour)\s+le\b", re.IGNORECASE)
# A table has a header and two rows at least; shorter runs of bars are a page's header or a menu.
_LEAST_ROWS = 3
# A cell longer than this is prose that happens to hold a bar.
_LONGEST_CELL = 90


def flattened(text):
    """The text with each plain-text table's rows on lines of their own, cells joined by « ; »."""
    lines = text.split("\n")
    out, number = [], 0
    while number < len(lines):
        rows, taken = _pipe_table(lines, number)
        if not rows:
            rows, taken = _aligned_table(lines, number)
        if not rows:
            rows, taken = _spaced_table(lines, number)
        if rows:
            out += [" ; ".join(row) for row in _by_year(_grand_total(rows))]
            number += taken
            continue
        out.append(lines[number])
        number += 1
    return "\n".join(out)


# « | | 2024 | 2025 | 2026 | Cumul 2024-2026 | »: a header whose columns are years (or editions' years).
_YEAR_HEADER = re.compile(r"\b20\d\d\b")


def _by_year(rows):
    """A table whose columns are years, each figure then told with its column's year (« 2026 : 2 300 000 »): a row
    read as one line would otherwise set this year's figure among the years before."""
    header = rows[0]
    if sum(1 for cell in header[1:] if _YEAR_HEADER.search(cell)) < 2:
        return rows
    return [header] + [[row[0], *(f"{head} : {cell}" if head and cell and cell not in "–-—" else cell
                                  for head, cell in zip(header[1:], row[1:], strict=False))] for row in rows[1:]]


_TOTAL_CELL = re.compile(r"^\W*total\b", re.IGNORECASE)


def _grand_total(rows):
    """A table with a « Total » column and a « Total » row: that row keeps its last cell, the sum of everything (its
    other cells add each column up again: a party's total over the years, not the initiative's)."""
    if len(rows[0]) < 3 or not _TOTAL_CELL.match(rows[0][-1]):
        return rows
    return [[row[0], row[-1]] if _TOTAL_CELL.match(row[0]) and len(row) == len(rows[0]) else row for row in rows]


def _pipe_cells(line):
    """The cells of a line set out with bars, or None when it has no bar or a cell reads as prose or a byline."""
    if "|" not in line:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) < 2 or any(len(cell) > _LONGEST_CELL or _BYLINE_CELL.search(cell) for cell in cells):
        return None
    return cells


def _pipe_table(lines, start):
    """(rows, lines taken) for a table of bars starting at lines[start], else ([], 0).

    Every line of the block of lines with bars must be a row of as many cells: one long cell (« MER. 4 | AL HOCEIMA |
    NUMÉRIQUE — Coup d'envoi… ») makes the block a diary or a round-up set out with bars, not a table.
    """
    if start and "|" in lines[start - 1] and lines[start - 1].strip():
        return [], 0  # (inside a block of lines with bars: its first line decides)
    end = start
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    block = [line for line in lines[start:end] if not _PIPE_RULE.match(line)]
    rows = [_pipe_cells(line) for line in block]
    if len(rows) < _LEAST_ROWS or any(row is None or len(row) != len(rows[0]) for row in rows):
        return [], 0
    return rows, end - start


def _aligned_table(lines, start):
    """(rows, lines taken) for a table of columns aligned under a rule of dashes, starting at lines[start]."""
    rule = next((n for n in range(start, min(start + 2, len(lines))) if _COLUMN_RULE.match(lines[n])), None)
    if rule is None or start == rule or not lines[start].strip():
        return [], 0  # the table starts at its header, the line above its rule
    columns = [group.span() for group in _DASH_GROUP.finditer(lines[rule])]
    rows = [_sliced(line, columns) for line in lines[start:rule]]
    pending = []  # the first lines of a first cell wrapped over several lines, waiting for the line with its values
    number = rule + 1
    while number < len(lines) and lines[number].strip():
        line = lines[number]
        number += 1
        if _COLUMN_RULE.match(line):
            continue  # (the rule above the « Total » row)
        cells = _sliced(line, columns)
        if not any(cells[1:]):
            pending.append(cells[0])
            continue
        cells[0] = " ".join([*pending, cells[0]]).strip()
        pending = []
        rows.append(cells)
    if len(rows) < _LEAST_ROWS:
        return [], 0
    return [[cell for cell in row if cell] for row in rows], number - start


def _spaced_cells(line):
    """The cells of a line whose columns are set apart by runs of spaces, or None when it has one or a long one."""
    cells = _COLUMN_GAP.split(line.strip())
    if len(cells) < 2 or any(len(cell) > _LONGEST_CELL for cell in cells):
        return None
    return cells


def _spaced_table(lines, start):
    """(rows, lines taken) for a table of columns set apart by spaces with no rule under its header: a block of
    lines of as many cells, one column of figures in every row under the header, else ([], 0)."""
    if start and lines[start - 1].strip() and _spaced_cells(lines[start - 1]):
        return [], 0  # (inside such a block: its first line decides)
    rows, end = [], start
    while end < len(lines) and lines[end].strip():
        if _LONE_RULE.match(lines[end]) and rows:
            end += 1  # (a rule under the header or above the « Total » row)
            continue
        cells = _spaced_cells(lines[end])
        if not cells:
            break
        rows.append(cells)
        end += 1
    if len(rows) < _LEAST_ROWS or any(len(row) != len(rows[0]) for row in rows):
        return [], 0
    # (prose set with two spaces after its full stops has no column of figures)
    if not any(all(_FIGURE_CELL.match(row[column]) for row in rows[1:]) for column in range(1, len(rows[0]))):
        return [], 0
    return rows, end - start


# « ------------------ » under a header or above a « Total » row: a rule inside a table set out with spaces.
_LONE_RULE = re.compile(r"^\s*[-=_]{3,}(?:\s+[-=_]{3,})*\s*$")
# Two spaces or more, or a tab: the gap between two columns.
_COLUMN_GAP = re.compile(r" {2,}|\t+")
# « 4,20 », « 1 500 000 », « 12 % », « 3,5 MDH »: a cell that gives a figure.
_FIGURE_CELL = re.compile(r"^[\d\s.,\u00a0\u202f]+(?:\s*(?:%|MDH|DH|dirhams|millions?))?$", re.IGNORECASE)


def _sliced(line, columns):
    """A line's cells under the columns (start, end) of its rule: each run of words goes to the column it most
    overlaps, so that a figure wider than its rule (« TOTAL   10 000 000 ») stays whole."""
    cells = [[] for _ in columns]
    for words in _WORDS.finditer(line):
        overlaps = [min(end, words.end()) - max(start, words.start()) for start, end in columns]
        best = max(range(len(columns)), key=lambda n: (overlaps[n], -abs(columns[n][0] - words.start())))
        cells[best].append(words.group())
    return [" ".join(cell) for cell in cells]


# Words set apart by two spaces or more: one cell's text (a single space joins the words of one cell).
_WORDS = re.compile(r"\S+(?: \S+)*")
