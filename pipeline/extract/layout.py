"""Page geometry to text structure, for PDF pages: words -> lines -> paragraphs, running
headers and footers, and tables drawn without lines. Pure functions over positioned words.

Coordinates are PDF points, ``top`` growing downwards (pdfplumber's convention).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable, Optional, Sequence

from pipeline.model import Paragraph, Provenance
from pipeline.reference import ColumnTerm
from pipeline.structure.columns import assign_roles, is_agenda_header, role_scores, vocabulary_hits
from pipeline.textnorm import fold, starts_lowercase

#: words whose tops differ by less than this are on one line
LINE_TOLERANCE = 3.0
#: a horizontal gap at least this wide separates two columns of a borderless table
COLUMN_GAP = 9.0
#: a vertical gap this many line heights wide sets a running header or footer apart from the page's text
MARGIN_GAP = 1.5
#: header cells are looked for at gaps this many times the page's word space, widest first
GAP_FACTORS = (3.0, 2.0, 1.25)
#: ...and never at gaps narrower than this (points)
MIN_COLUMN_GAP = 2.5
#: the lines of a wrapped header cell are closer than this share of the line height
HEADER_LINE_GAP = 0.45
MAX_HEADER_LINES = 4
#: a header cell holds a few words ("Points à l'ordre du jour"), never a sentence
MAX_HEADER_CELL_WORDS = 8
#: a header cell scoring this much for a column's words names it plainly (agenda_columns.csv weights)
STRONG_HEADER_SCORE = 2.0
#: a word may start this far left of its column's edge (points)
EDGE_SLACK = 1.5
#: a table continued on the next page may have moved this far (points), as read from its first lines
MAX_SHIFT = 15.0
MAX_SHIFT_LINES = 12
#: list bullets as words of their own
BULLET_GLYPHS = frozenset("•▪◦●·\uf0b7\uf0a7\uf0d8-–")
#: a word starts on a column edge when this close to it (points)
SHIFT_MATCH = 1.0
#: the first column starts a new row when its text starts more than this many line pitches below its last line
ROW_START_SPACING = 1.1
_BULLET_START = re.compile(r"^(?:[•▪◦●·\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)]|[a-z][.)])\s")
_LIST_MARKER = re.compile(r"^(?:(?P<bullet>[•▪◦●·\uf0b7\uf0a7\uf0d8])|(?P<number>\d{1,2}[.)]|[a-z][.)]))\s+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
#: "Page 3 sur 7" anywhere in a line
PAGE_X_OF_Y = re.compile(r"\bpage\s*\d{1,4}\s*(?:/|sur|of|de)\s*\d{1,4}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?]$")
#: a line opening with a label of a few words and a colon ("Nombre de participants : 21")
_LABEL_START = re.compile(r"^[^\W\d_][^\s:：]*(?:\s+[^\s:：]+){0,5}\s*[:：]\s")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def x_mid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def y_mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Line:
    """Words on one line; its top, bottom and height computed once (a page's lines are asked
    for them at every comparison)."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def height(self) -> float:
        """The line's font height (median of its words': robust to a superscript)."""
        return statistics.median(w.bottom - w.top for w in self.words)


BBox = tuple[float, float, float, float]


def steady_heights(words: Sequence[Word]) -> list[Word]:
    """OCR'd words given one height, the page's median, each keeping its baseline.

    Tesseract sizes a line's words to their glyphs (9, 10 or 11 points for one 10-point font);
    read as font sizes, that jitter would start a new paragraph at every line.
    """
    if not words:
        return []
    height = statistics.median(w.bottom - w.top for w in words)
    return [Word(w.text, w.x0, w.x1, w.bottom - height, w.bottom) for w in words]


def lines_of(words: Iterable[Word]) -> list[Line]:
    """Words grouped into lines (top to bottom), each line's words left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(tuple(sorted(group, key=lambda w: w.x0))) for group in lines]


def inside(word: Word, bbox: BBox) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= word.x_mid <= x1 and top <= word.y_mid <= bottom


def line_pitch(lines: Sequence[Line]) -> float:
    """Distance between line bottoms (baselines) within one paragraph of this run of lines.

    Bottoms, not tops: OCR'd text sizes each line's words to its own glyphs, so line tops
    jitter by a point or two while baselines stay regular.

    The tightest gap in the run, but never more than a single-spaced line of its font
    (1.35 x the words' height): when every gap is wide, each line is a paragraph of its own.
    """
    heights = [w.bottom - w.top for line in lines for w in line.words]
    single = 1.35 * statistics.median(heights) if heights else 13.5
    gaps = [b.bottom - a.bottom for a, b in zip(lines, lines[1:]) if b.bottom > a.bottom]
    return min(min(gaps, default=single), single)


def paragraphs_of(lines: Sequence[Line], page: int, right_edge: float) -> list[Paragraph]:
    """Lines grouped into paragraphs: a new one after extra vertical space, at a list marker,
    after a short line that ends a sentence, or at a "Label :" line after a short one. List
    markers become ``list_kind``."""
    pitch = line_pitch(lines)
    body_height = statistics.median(l.height for l in lines) if lines else 10.0
    paragraphs: list[Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            paragraphs.append(_paragraph(current, page))
            current.clear()

    for line in lines:
        if current:
            previous = current[-1]
            scale = max(line.height, previous.height) / body_height  # a title's lines are further apart
            spaced = line.bottom - previous.bottom > pitch * max(1.0, scale) + 1.5
            resized = abs(line.height - previous.height) > 0.2 * min(line.height, previous.height)
            short = previous.x1 < right_edge - 0.15 * (right_edge - current[0].x0)
            short_end = short and _SENTENCE_END.search(previous.text)
            labelled = short and _LABEL_START.match(line.text)  # "Date : …" then "Lieu : …", one per line
            if spaced or resized or _BULLET_START.match(line.text) or labelled or (
                    short_end and not starts_lowercase(line.text)):
                flush()
        current.append(line)
    flush()
    return paragraphs


def _paragraph(lines: list[Line], page: int) -> Paragraph:
    text = ""
    for line in lines:
        if not text:
            text = line.text
        elif text.endswith("-") and not text.endswith(" -"):
            text += line.text  # a hyphen at the line end: keep it, no space ("Yag-" + "tu")
        else:
            text += " " + line.text
    list_kind = None
    marker = _LIST_MARKER.match(text)
    if marker:
        list_kind = "bullet" if marker.group("bullet") else "number"
        text = text[marker.end():]
    bbox = (min(l.x0 for l in lines), lines[0].top, max(l.x1 for l in lines), lines[-1].bottom)
    return Paragraph(text=text, provenance=Provenance(page_start=page, page_end=page, bbox=bbox),
                     list_level=0 if list_kind else None, list_kind=list_kind)


# -- running headers and footers ----------------------------------------------------------

def furniture_key(text: str) -> str:
    """A line's identity across pages: folded, every number replaced ("page 3 sur 7" ~ "page 4 sur 7")."""
    return re.sub(r"\d+", "#", fold(text))


@dataclass(frozen=True)
class PageLines:
    """A page's lines with the page size, as the furniture detector needs them."""

    number: int
    height: float
    lines: tuple[Line, ...]


def running_lines(pages: Sequence[PageLines], band: float, min_share: float) -> set[str]:
    """Keys of lines that repeat in the top or bottom band of enough pages to be page furniture."""
    return repeated_keys([{furniture_key(l.text) for l in page.lines if _in_band(l, page.height, band)}
                          for page in pages], min_share)


def repeated_keys(per_page: Sequence[set[str]], min_share: float) -> set[str]:
    """Furniture keys found on at least ``min_share`` of the pages (and at least two)."""
    counts = Counter(key for keys in per_page for key in keys)
    needed = max(2, int(min_share * len(per_page) + 0.5))
    return {key for key, n in counts.items() if n >= needed and key.strip("# ")}


def is_page_number(text: str) -> bool:
    """A bare page number or "Page 3 sur 7" line."""
    text = text.strip()
    return bool(_PAGE_NUMBER.match(text) or PAGE_X_OF_Y.search(text))


def is_furniture(line: Line, page_height: float, band: float, running: set[str]) -> bool:
    """A running header/footer line, or a bare page number ("3", "Page 3 sur 7", "- 3 -")."""
    if not _in_band(line, page_height, band):
        return False
    return furniture_key(line.text.strip()) in running or is_page_number(line.text)


def _in_band(line: Line, height: float, band: float) -> bool:
    return line.bottom <= band * height or line.top >= (1 - band) * height


def without_margins(lines: Sequence[Line], page_height: float, band: float, terms: Sequence[ColumnTerm]) -> list[Line]:
    """The lines of a page without its running header and footer, for finding tables: runs of
    lines set apart by a wide vertical gap that lie wholly in the top or bottom band, and page
    numbers there. A table starting high on the page keeps its lines in the band, and so does
    its header row repeated at the top of the page."""
    if not lines:
        return []
    height = statistics.median(l.height for l in lines)
    runs: list[list[Line]] = [[lines[0]]]
    for line in lines[1:]:
        if line.top - runs[-1][-1].bottom > MARGIN_GAP * height:
            runs.append([line])
        else:
            runs[-1].append(line)
    kept = []
    space = space_width(lines)
    for run in runs:
        if all(_in_band(l, page_height, band) for l in run) and not _holds_header(run, space, terms):
            continue  # a running header or footer, not a table's header row repeated at the top
        kept.extend(l for l in run if not (_in_band(l, page_height, band) and is_page_number(l.text)))
    return kept


def _holds_header(run: Sequence[Line], space: float, terms: Sequence[ColumnTerm]) -> bool:
    """Whether an agenda header starts at some line of ``run`` (rules aside, three roles)."""
    hits = line_hits(run, terms)
    return any(_header_at(run, i, space, (), 3, terms, hits) for i in range(len(run)))


# -- tables drawn without lines -----------------------------------------------------------

@dataclass
class TableGeometry:
    """Where a table's cells are on a page: grid boundaries and cell boxes.

    ``cells`` maps (row, col) to (bbox, row_span, col_span) for every cell present.
    """

    page: int
    bbox: BBox
    col_edges: tuple[float, ...]
    n_rows: int
    cells: dict[tuple[int, int], tuple[BBox, int, int]] = field(default_factory=dict)
    ruled: bool = True

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1


def segments_of(line: Line, gap: float = COLUMN_GAP) -> list[list[Word]]:
    """A line cut where the space between two words is wide enough to separate columns."""
    segments: list[list[Word]] = [[line.words[0]]]
    for word in line.words[1:]:
        if word.x0 - segments[-1][-1].x1 >= gap:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def space_width(lines: Sequence[Line]) -> float:
    """The page's word space: a third of the way up the sorted gaps between neighbouring words
    (most gaps are spaces; the wider ones separate columns)."""
    gaps = sorted(b.x0 - a.x1 for line in lines for a, b in zip(line.words, line.words[1:]) if b.x0 > a.x1)
    return gaps[len(gaps) // 3] if gaps else 3.0


@dataclass(frozen=True)
class _Header:
    """An agenda header found on a page: its lines, each column's left edge, the roles read."""

    first: int
    last: int
    starts: tuple[float, ...]
    mapped: int


def _header_band(lines: Sequence[Line], i: int, rules: Sequence[float]) -> int:
    """Index of the last line of a header row starting at line ``i``: the lines that follow it
    as closely as wrapped lines of one cell do (no rule between them), three more at most."""
    last = i
    while last + 1 < len(lines) and last - i < MAX_HEADER_LINES - 1:
        above, below = lines[last], lines[last + 1]
        if below.top - above.bottom > HEADER_LINE_GAP * above.height or any(
                _between(above, below, y) for y in rules):
            break
        last += 1
    return last


def _between(above: Line, below: Line, y: float) -> bool:
    """A rule at height ``y`` runs between two lines: below the middle of the one, above the
    middle of the other (a cell without top and bottom margins sets its text against its rules)."""
    return (above.top + above.bottom) / 2 < y < (below.top + below.bottom) / 2


def line_hits(lines: Sequence[Line], terms: Sequence[ColumnTerm]) -> list[int]:
    """:func:`vocabulary_hits` of each line. A band's hits are the sum of its lines' (its text is
    theirs joined by spaces, and folding keeps words apart at spaces), so each line is folded
    once, not once for every band holding it."""
    return [vocabulary_hits(line.text, terms) for line in lines]


def _header_at(lines: Sequence[Line], i: int, space: float, rules: Sequence[float], min_roles: int,
               terms: Sequence[ColumnTerm], hits: Sequence[int]) -> Optional[_Header]:
    """The agenda header whose top line is line ``i``, if it is one (``hits``: :func:`line_hits`).

    Its cells are found on the top line (every header cell starts there, the text top-aligned)
    at the widest gap that still reads as an agenda header with the most columns; the header's
    other lines (cells wrapped on two or three lines) are put under the cell they start in.
    """
    first = lines[i]
    if len(first.words) < 2 or sum(hits[i:i + MAX_HEADER_LINES]) < min_roles:
        return None  # the cheap test first: too few header words in the most lines a header spans
    last = _header_band(lines, i, rules)
    band = lines[i:last + 1]
    text = " ".join(l.text for l in band)
    if sum(hits[i:last + 1]) < min_roles or len(role_scores(text, terms)) < 2:
        return None
    best: Optional[_Header] = None
    for factor in GAP_FACTORS:
        segments = segments_of(first, max(space * factor, MIN_COLUMN_GAP))
        if len(segments) < 2:
            continue
        starts = [seg[0].x0 for seg in segments]
        texts = [[" ".join(w.text for w in seg)] for seg in segments]
        for line in band[1:]:
            for word in line.words:
                texts[_column_at(word.x0, starts)].append(word.text)
        cells = [" ".join(t) for t in texts]
        if any(len(c.split()) > MAX_HEADER_CELL_WORDS for c in cells):
            continue
        columns = assign_roles(cells, terms)
        if not is_agenda_header(columns, min_roles) or _strong_cells(cells, terms) < min(min_roles, len(columns.mapped)):
            continue
        mapped = len(columns.mapped)
        if best is None or mapped > best.mapped:
            best = _Header(i, last, tuple(starts), mapped)
    return best


def _strong_cells(cells: Sequence[str], terms: Sequence[ColumnTerm]) -> int:
    """Cells named plainly as an agenda column ("Résumé", "Responsables", "Délai", not "point" or
    "session" alone): lines of a table's body may hold a few such words, a header holds several."""
    return sum(1 for cell in cells if max(role_scores(cell, terms).values(), default=0.0) >= STRONG_HEADER_SCORE)


def _column_at(x: float, starts: Sequence[float]) -> int:
    """The column a word starting at ``x`` falls in (a word may start a little left of its column's edge)."""
    col = 0
    for c, start in enumerate(starts):
        if x >= start - EDGE_SLACK:
            col = c
    return col


def _fits_columns(line: Line, starts: Sequence[float]) -> bool:
    """A line belongs to the table when no word straddles a column edge."""
    return not any(w.x0 < start - EDGE_SLACK and w.x1 > start - EDGE_SLACK + 0.5
                   for w in line.words for start in starts[1:])


def _shift(lines: Sequence[Line], starts: Sequence[float]) -> Optional[float]:
    """How far a table continued from the previous page has moved: the shift that puts the most
    word starts of the page's first lines on the previous page's column edges (text is
    left-aligned in its column, so every line of a column starts on its edge), the smallest
    such shift on a tie."""
    words = [w for line in lines[:MAX_SHIFT_LINES] for w in line.words]
    xs = [w.x0 for w in words]
    bullets = [w.x0 for w in words if w.text in BULLET_GLYPHS]
    candidates = {round(x - s, 1) for x in xs for s in starts if abs(x - s) <= MAX_SHIFT}
    ranked = []
    for dx in candidates:
        score = sum(1 for x in xs if any(abs(x - s - dx) <= SHIFT_MATCH for s in starts))
        # a bullet sits on its column's edge, the text after it to the right: a shift that
        # leaves bullets just left of an edge has taken the indented text for the edge
        outdented = sum(1 for x in bullets if any(s + dx - MAX_SHIFT < x < s + dx - SHIFT_MATCH for s in starts))
        ranked.append((outdented, -score, abs(dx), dx))
    return min(ranked)[3] if ranked and min(ranked)[1] < 0 else None


def _refit(lines: Sequence[Line], starts: Sequence[float]) -> tuple[float, ...]:
    """Each column's edge moved onto the leftmost word start found in it (the text is
    left-aligned, so the column's own words say where it begins), never past its neighbour's words."""
    fitted = list(starts)
    placed = [(w, _column_at(w.x0, starts)) for line in lines for w in line.words]  # each word's column, once
    for c in range(1, len(starts)):
        mine = [w for w, col in placed if col == c]
        left = [w for w, col in placed if col == c - 1]
        if not mine:
            continue
        x = min(w.x0 for w in mine)
        if all(w.x1 < x - 0.5 for w in left) and abs(x - starts[c]) <= MAX_SHIFT:
            fitted[c] = x
    return tuple(fitted)


def column_tables(lines: Sequence[Line], page: int, right_edge: float, terms: Sequence[ColumnTerm],
                  continued_edges: Optional[tuple[float, ...]] = None, min_roles: int = 3,
                  rules: Sequence[float] = ()) -> list[TableGeometry]:
    """Tables of a page laid out in columns without vertical lines, top to bottom.

    A table starts at a header row recognised by ``agenda_columns.csv`` (its cells wrapped on
    up to three lines); its column edges are the header cells' left edges, re-fitted to the
    words below; it runs down while no word straddles an edge. Rows start where the first column
    starts a new text (or at a horizontal rule, where the table has them). ``continued_edges``:
    the columns of a table running on from the previous page, looked for at the top of this
    one, shifted as the page has shifted them.
    """
    lines = list(lines)
    if not lines:
        return []
    space = space_width(lines)
    hits = line_hits(lines, terms)
    known: dict[int, Optional[_Header]] = {}

    def header_at(k: int) -> Optional[_Header]:
        if k not in known:
            known[k] = _header_at(lines, k, space, rules, min_roles, terms, hits)
        return known[k]

    found: list[TableGeometry] = []
    i = 0
    if continued_edges is not None:
        starts = continued_edges[:-1]
        first_header = next((k for k in range(min(len(lines), MAX_SHIFT_LINES)) if header_at(k)), None)
        if first_header != 0:
            dx = _shift(lines, starts)
            if dx is not None:
                starts = tuple(s + dx for s in starts)
                end = _extent(lines, 0, starts, header_at)
                if end >= 0:
                    starts = _refit(lines[:end + 1], starts)
                    end = _extent(lines, 0, starts, header_at)
                    found.append(_geometry(lines[:end + 1], 0, page, starts, right_edge, rules))
                    i = end + 1
    while i < len(lines):
        header = header_at(i)
        if header is None:
            i += 1
            continue
        end = _extent(lines, header.last + 1, header.starts, header_at)
        body = lines[header.last + 1:end + 1]
        starts = _refit(body, header.starts) if body else header.starts
        end = max(_extent(lines, header.last + 1, starts, header_at), header.last)
        found.append(_geometry(lines[header.first:end + 1], header.last - header.first + 1, page, starts,
                               right_edge, rules))
        i = end + 1
    return found


def _extent(lines: Sequence[Line], start: int, starts: Sequence[float],
            header_at: Callable[[int], Optional[_Header]]) -> int:
    """Index of the last line of the table whose body starts at line ``start`` (start - 1: none).

    The table runs while no word straddles a column edge, and stops before another agenda
    header. Lines at its end with text in the first column only are left out when they stand
    further below the table than any of its lines from the one above (the closing sentence of
    the minutes), or come right before another header (the next table's title).
    """
    end = start - 1
    while end + 1 < len(lines) and _fits_columns(lines[end + 1], starts):
        if end + 1 > start and header_at(end + 1):
            break
        end += 1
    tail = end
    while tail >= start and all(_column_at(w.x0, starts) == 0 for w in lines[tail].words):
        tail -= 1
    if tail < end and tail > start:
        before_next_header = end + 1 < len(lines) and header_at(end + 1)
        if before_next_header or lines[tail + 1].top - lines[tail].bottom > _widest_gap(lines[start:tail + 1]) + 1:
            end = tail
    # a sentence or two set further below the table than its rows are from each other: the
    # minutes' closing words, even when they happen to fit the columns
    for size in (1, 2):
        cut = end - size
        if cut > start + 1 and lines[cut + 1].top - lines[cut].bottom > _widest_gap(lines[start:cut + 1]) + 1:
            return cut
    return end


def _widest_gap(lines: Sequence[Line]) -> float:
    return max((b.top - a.bottom for a, b in zip(lines, lines[1:])), default=0.0)


def leading(lines: Sequence[Line], starts: Sequence[float]) -> float:
    """Distance between the tops of two wrapped lines of one cell: the smallest distance found
    twice between consecutive lines holding text in the same column (wider ones are paragraph
    spacing or a new row)."""
    distances = []
    columns = [{_column_at(w.x0, starts) for w in l.words} for l in lines]  # each line's columns, once
    for c in range(len(starts)):
        tops = [l.top for l, held in zip(lines, columns) if c in held]
        distances += [b - a for a, b in zip(tops, tops[1:]) if b - a > 0.8 * (lines[0].bottom - lines[0].top)]
    distances.sort()
    for a, b in zip(distances, distances[1:]):
        if b - a <= 0.3:
            return a
    return distances[0] if distances else 12.0


def _geometry(lines: Sequence[Line], header_lines: int, page: int, starts: Sequence[float], right_edge: float,
              rules: Sequence[float]) -> TableGeometry:
    """Grid of a table: the header lines as one row, then a row wherever the first column starts
    a new text after more than a line's spacing, or a horizontal rule runs between two lines."""
    body = list(lines[header_lines:])
    pitch = leading(body, starts) if body else 12.0
    rows: list[list[Line]] = [list(lines[:header_lines])] if header_lines else []
    last_key: Optional[Line] = None
    for n, line in enumerate(body):
        key = any(_column_at(w.x0, starts) == 0 for w in line.words)
        new_row = n == 0
        if key and (last_key is None or line.top - last_key.top > pitch * ROW_START_SPACING + 1):
            new_row = True
        if n and any(_between(body[n - 1], line, y) for y in rules):
            new_row = True
        if new_row:
            rows.append([line])
        else:
            rows[-1].append(line)
        if key:
            last_key = line
    edges = (min(starts[0], min(l.x0 for l in lines)) - 2,) + tuple(s - EDGE_SLACK for s in starts[1:]) + (
        max(right_edge, max(l.x1 for l in lines) + 2),)
    tops = [row[0].top - 1 for row in rows] + [rows[-1][-1].bottom + 1]
    geometry = TableGeometry(page=page, bbox=(edges[0], tops[0] - 1, edges[-1], tops[-1] + 1), col_edges=edges,
                             n_rows=len(rows), ruled=False)
    for r in range(len(rows)):
        bottom = tops[r + 1] if r + 1 < len(rows) else tops[-1]
        for c in range(len(edges) - 1):
            geometry.cells[(r, c)] = ((edges[c], tops[r], edges[c + 1], bottom), 1, 1)
    return geometry


def borderless_table(lines: Sequence[Line], page: int, right_edge: float, terms: Sequence[ColumnTerm],
                     continued_edges: Optional[tuple[float, ...]] = None, min_roles: int = 3,
                     rules: Sequence[float] = ()) -> Optional[TableGeometry]:
    """The first table :func:`column_tables` finds on the page, or None."""
    tables = column_tables(lines, page, right_edge, terms, continued_edges, min_roles, rules)
    return tables[0] if tables else None
