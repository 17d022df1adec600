"""Page geometry to text structure, for PDF pages: words -> lines -> paragraphs, running
headers and footers, and tables drawn without lines. Pure functions over positioned words.

Coordinates are PDF points, ``top`` growing downwards (pdfplumber's convention).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from pipeline.model import Paragraph, Provenance
from pipeline.reference import ColumnTerm
from pipeline.structure.columns import assign_roles, is_agenda_header
from pipeline.textnorm import fold, starts_lowercase

#: words whose tops differ by less than this are on one line
LINE_TOLERANCE = 3.0
#: a horizontal gap at least this wide separates two columns of a borderless table
COLUMN_GAP = 9.0
_BULLET_START = re.compile(r"^(?:[•▪◦●·\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)]|[a-z][.)])\s")
_LIST_MARKER = re.compile(r"^(?:(?P<bullet>[•▪◦●·\uf0b7\uf0a7\uf0d8])|(?P<number>\d{1,2}[.)]|[a-z][.)]))\s+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
#: "Page 3 sur 7" anywhere in a line
PAGE_X_OF_Y = re.compile(r"\bpage\s*\d{1,4}\s*(?:/|sur|of|de)\s*\d{1,4}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?]$")


@dataclass(frozen=True)
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

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
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
    or after a short line that ends a sentence. List markers become ``list_kind``."""
    pitch = line_pitch(lines)
    body_height = statistics.median(line.height for line in lines) if lines else 10.0
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
            short_end = _SENTENCE_END.search(previous.text) and previous.x1 < right_edge - 0.15 * (right_edge - current[0].x0)
            if spaced or resized or _BULLET_START.match(line.text) or (short_end and not starts_lowercase(line.text)):
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
    bbox = (min(line.x0 for line in lines), lines[0].top, max(line.x1 for line in lines), lines[-1].bottom)
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
    return repeated_keys([{furniture_key(line.text) for line in page.lines if _in_band(line, page.height, band)}
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


def borderless_table(lines: Sequence[Line], page: int, right_edge: float, column_terms: Sequence[ColumnTerm],
                     continued_edges: Optional[tuple[float, ...]] = None, min_roles: int = 3) -> Optional[TableGeometry]:
    """The agenda table of a page drawn without lines, found by its header row's words, or
    (``continued_edges``) the continuation at the top of the page of one found before."""
    start, edges = None, continued_edges
    if continued_edges is None:
        for i, line in enumerate(lines):
            segments = segments_of(line)
            if len(segments) >= 3 and is_agenda_header(
                    assign_roles([" ".join(w.text for w in s) for s in segments], column_terms), min_roles):
                start = i
                edges = tuple(s[0].x0 - 2 for s in segments) + (right_edge,)
                break
        if start is None:
            return None
    else:
        start = 0
        if not lines or not _fits(lines[0], continued_edges):
            return None
    end = start
    while end + 1 < len(lines) and _fits(lines[end + 1], edges):
        end += 1
    body = list(lines[start:end + 1])
    pitch = line_pitch(body)
    rows: list[list[Line]] = [[body[0]]]
    for line in body[1:]:
        gap = line.top - rows[-1][-1].top
        new_topic = _column_of(line.words[0], edges) == 0
        if gap > pitch * 2.2 or (gap > pitch * 1.6 and new_topic):
            rows.append([line])
        else:
            rows[-1].append(line)
    geometry = TableGeometry(page=page, bbox=(edges[0], body[0].top - 2, edges[-1], body[-1].bottom + 2),
                             col_edges=edges, n_rows=len(rows), ruled=False)
    for r, row in enumerate(rows):
        top, bottom = row[0].top - 1, row[-1].bottom + 1
        for c in range(len(edges) - 1):
            geometry.cells[(r, c)] = ((edges[c], top, edges[c + 1], bottom), 1, 1)
    return geometry


def _column_of(word: Word, edges: Sequence[float]) -> int:
    for c in range(len(edges) - 1):
        if word.x0 < edges[c + 1]:
            return c
    return len(edges) - 2


def _fits(line: Line, edges: Sequence[float]) -> bool:
    """A line belongs to the table when no word straddles a column boundary."""
    if line.x0 < edges[0] - 4:
        return False
    return all(_column_of(w, edges) == _column_of(Word(w.text, w.x1 - 1, w.x1, w.top, w.bottom), edges)
               for w in line.words)
