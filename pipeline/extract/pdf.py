"""PDF minutes into the document model, on pdfplumber's word and table finding.

Pages with a text layer are read by pdfium (``pdfium_page``: its characters and painted paths
made into pdfplumber's dicts, so pdfplumber's own functions find the same words and tables
without pdfminer interpreting the page); pages it cannot place alike, and OCR'd ones, by
pdfplumber (``Settings.pdf_reader`` chooses). Per page: words once (``extract_words``), ruled
tables from the page's lines (``find_tables``) or, where the page draws none, a table found by
its header row's words and aligned text columns. Then across pages: running headers/footers found by repetition and kept
out of the body and out of every cell; a table continued on the next page stitched onto the
previous one (repeated header row dropped, the row cut by the break joined back); every
paragraph and cell keeps its page and bbox.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException
from rapidfuzz import fuzz

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract.layout import (
    Line,
    PageLines,
    TableGeometry,
    Word,
    column_tables,
    inside,
    is_furniture,
    lines_of,
    paragraphs_of,
    running_lines,
    steady_heights,
    without_margins,
)
from pipeline.extract.stitch import RowDraft, stitch_page_continuations, table_from_drafts
from pipeline.model import Block, Document, Paragraph, Provenance
from pipeline.reference import ColumnTerm
from pipeline.structure.columns import assign_roles, is_agenda_header
from pipeline.textnorm import fold

#: column boundaries of two table fragments closer than this (points) line up
ALIGN_TOLERANCE = 6.0
#: a horizontal line at least this long (points) is a table rule, not an underline
RULE_MIN_WIDTH = 100.0
#: a table continued on the next page may have moved this far (points)
MAX_PAGE_SHIFT = 15.0
#: a page's first row this similar (rapidfuzz ratio, 0-100) to the table's header repeats it
REPEATED_HEADER_SIMILARITY = 90


@dataclass
class PageRead:
    """What one page gave: its words, lines and table geometries."""

    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[TableGeometry]
    has_images: bool = False


def open_pdf(path: Path):
    """pdfplumber's PDF, or a one-line error for encrypted and damaged files."""
    try:
        return pdfplumber.open(path)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ExtractionError("encrypted PDF: it needs a password to open") from exc
        raise ExtractionError(f"damaged or truncated PDF ({type(cause).__name__}: {cause})") from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractionError("encrypted PDF: it needs a password to open") from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ExtractionError(f"damaged or truncated PDF ({type(exc).__name__}: {exc})") from exc


def extract(path: Path, settings: Settings, source_path: str, column_terms: Sequence[ColumnTerm] = ()) -> Document:
    """Read a PDF into the document model; pages without a text layer are OCR'd first.
    ``column_terms`` (the agenda header vocabulary) find tables drawn without lines."""
    pages = _read(path, settings, column_terms)
    if not pages:
        raise ExtractionError("PDF has no pages")
    blank = tuple(p.number for p in pages if not p.words and p.has_images)
    if blank:
        from pipeline.extract.ocr import ocr_pdf

        pages = _read(ocr_pdf(path, settings), settings, column_terms, scanned=set(blank))
    return replace(document_from_pages(pages, source_path, settings), ocr_pages=blank)


def _read(path: Path, settings: Settings, column_terms: Sequence[ColumnTerm],
          scanned: frozenset[int] | set[int] = frozenset()) -> list[PageRead]:
    with open_pdf(path) as pdf:
        try:
            if settings.pdf_reader == "pdfium" and not scanned:
                return _read_with_pdfium(path, pdf, settings, column_terms)
            return read_pages(pdf.pages, settings, column_terms, scanned)
        except PdfminerException as exc:
            raise ExtractionError(f"damaged or truncated PDF ({exc.args[0] if exc.args else exc})") from exc


def _read_with_pdfium(path: Path, pdf, settings: Settings, column_terms: Sequence[ColumnTerm]) -> list[PageRead]:
    """:func:`read_pages` over pages read by pdfium, each page pdfium cannot place like
    pdfplumber read by pdfplumber (pdfminer interprets no content stream otherwise)."""
    import pypdfium2

    from pipeline.extract.pdfium_page import read_page

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError:
        return read_pages(pdf.pages, settings, column_terms)
    try:
        fonts: dict[int, Optional[float]] = {}
        pages = (read_page(document, i, page.page_obj, fonts) or page for i, page in enumerate(pdf.pages))
        return read_pages(pages, settings, column_terms)
    finally:
        document.close()


def read_pages(pdf_pages, settings: Settings, column_terms: Sequence[ColumnTerm],
               scanned: frozenset[int] | set[int] = frozenset()) -> list[PageRead]:
    """Words and table geometry of every page (pdfplumber's pages, or pages shaped like them).

    On ``scanned`` pages (text from OCR) the rules of tables are found in the pixels, and the
    bars Tesseract reads where it sees a vertical rule are dropped; their words' heights, sized
    to the glyphs by OCR, are evened out.
    """
    pages: list[PageRead] = []
    continued: Optional[tuple[float, ...]] = None
    for page in getattr(pdf_pages, "pages", pdf_pages):
        words = page_words(page)
        if page.page_number in scanned:
            words = steady_heights([w for w in words if w.text.strip("|¦[]!") or len(w.text) > 2])
            found = page.find_tables(_scanned_table_settings(page))
        else:
            found = page.find_tables()
        tables = [t for t in (ruled_geometry(t, page.page_number) for t in found)
                  if t is not None and not _lone_header_row(t, words, column_terms)]
        # text outside the ruled tables may still hold a table drawn without lines
        body = without_margins(lines_of(w for w in words if not any(inside(w, t.bbox) for t in tables)),
                               page.height, settings.furniture_band, column_terms)
        rules = _horizontal_rules(page, tables)
        unruled = column_tables(body, page.page_number, page.width - 20, column_terms,
                                continued if not tables else None, rules=rules)
        tables.extend(unruled)
        last = unruled[-1] if unruled else None
        continued = last.col_edges if last and _reaches_bottom(last, body) else None
        pages.append(PageRead(page.page_number, page.width, page.height, words, tables, bool(page.images)))
        page.close()  # its parsed layout is no longer needed: memory stays flat in the page count
    return pages


def page_words(page) -> list[Word]:
    """The page's words: a pdfium page makes them from its characters directly, a pdfplumber
    page by ``extract_words()`` (the same words)."""
    if hasattr(page, "words"):
        return page.words()
    return [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
            for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)]


def _lone_header_row(table: TableGeometry, words: list[Word], column_terms: Sequence[ColumnTerm]) -> bool:
    """A single ruled row reading as an agenda header: a header shaded cell by cell (each fill's
    edges make a grid of one row) over a body without rules, to be read with that body."""
    if table.n_rows != 1:
        return False
    cells = [" ".join(w.text for w in words if inside(w, table.cells[(0, c)][0])) if (0, c) in table.cells else ""
             for c in range(table.n_cols)]
    return is_agenda_header(assign_roles(cells, column_terms), 3)


def _horizontal_rules(page, tables: list[TableGeometry]) -> list[float]:
    """Heights of the horizontal rules drawn outside ruled tables (a table ruled between its
    rows only, or under its header): where they run, a row of a table without columns ends."""
    rules = []
    for edge in page.horizontal_edges:
        y = float(edge["top"])
        if float(edge["x1"]) - float(edge["x0"]) >= RULE_MIN_WIDTH and not any(
                t.bbox[1] - 1 <= y <= t.bbox[3] + 1 for t in tables):
            rules.append(y)
    return sorted(rules)


def _scanned_table_settings(page) -> dict:
    """find_tables settings with the rules seen in a scanned page's image as explicit edges.

    The page is rendered at its scan's own resolution: any lower and thin rules fade out.
    """
    import numpy as np

    from pipeline.extract.raster import rules

    scans = [im for im in page.images if im.get("srcsize")]
    resolution = 150
    if scans:
        widest = max(scans, key=lambda im: im["x1"] - im["x0"])
        resolution = max(72, min(400, round(widest["srcsize"][0] / float(widest["x1"] - widest["x0"]) * 72)))
    image = page.to_image(resolution=resolution).original.convert("L")
    horizontal, vertical = rules(np.asarray(image), float(page.width), float(page.height))
    if len(horizontal) < 2 or len(vertical) < 2:
        return {}
    return {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
            "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal}


def _reaches_bottom(table: TableGeometry, body: list[Line]) -> bool:
    return bool(body) and table.bbox[3] >= body[-1].bottom


def ruled_geometry(table, page: int) -> Optional[TableGeometry]:
    """Grid geometry of a table pdfplumber found from drawn lines (merged cells keep spans)."""
    boxes = [c for c in table.cells if c is not None]
    if len(boxes) < 2:
        return None
    xs = sorted({round(b[0], 1) for b in boxes} | {round(b[2], 1) for b in boxes})
    ys = sorted({round(b[1], 1) for b in boxes} | {round(b[3], 1) for b in boxes})
    col_edges, row_edges = _merge_close(xs), _merge_close(ys)
    if len(col_edges) < 3 or len(row_edges) < 2:
        return None
    geometry = TableGeometry(page=page, bbox=tuple(table.bbox), col_edges=tuple(col_edges), n_rows=len(row_edges) - 1)
    for box in boxes:
        col, col_end = _index(col_edges, box[0]), _index(col_edges, box[2])
        row, row_end = _index(row_edges, box[1]), _index(row_edges, box[3])
        geometry.cells[(row, col)] = (tuple(box), max(1, row_end - row), max(1, col_end - col))
    return geometry


def _merge_close(values: list[float], tolerance: float = 2.0) -> list[float]:
    merged: list[float] = []
    for v in values:
        if not merged or v - merged[-1] > tolerance:
            merged.append(v)
    return merged


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


# -- from pages to the document model ---------------------------------------------------

def document_from_pages(pages: list[PageRead], source_path: str, settings: Settings) -> Document:
    """Blocks of the whole document (pure: geometry in, document model out)."""
    page_lines = [PageLines(p.number, p.height, tuple(lines_of(p.words))) for p in pages]
    outside_tables = [  # a table's header row repeated on every page is not page furniture
        PageLines(p.number, p.height, tuple(line for line in lines.lines
                                            if not any(inside(w, t.bbox) for t in p.tables for w in line.words)))
        for p, lines in zip(pages, page_lines)
    ]
    running = running_lines(outside_tables, settings.furniture_band, settings.furniture_min_share)
    furniture: list[str] = []
    blocks: list[Block] = []
    open_table: Optional[_TablePart] = None
    for page, lines in zip(pages, outside_tables):
        kept = [w for w in page.words if any(inside(w, t.bbox) for t in page.tables)]
        for line in lines.lines:
            if is_furniture(line, page.height, settings.furniture_band, running):
                if line.text not in furniture:
                    furniture.append(line.text)
            else:
                kept.extend(line.words)
        for _, kind, content in page_content(page, kept):
            if kind == "paragraph":
                _close(open_table, blocks)
                open_table = None
                blocks.append(content)
                continue
            geometry, drafts = content
            if open_table is not None and _continues(open_table.geometry, geometry):
                drafts = _without_repeated_header(drafts, open_table.header)
                if drafts:  # the first row on the new page may continue the last one on the previous
                    drafts[0] = replace(drafts[0], after_page_break=True)
                open_table.rows.extend(drafts)
                open_table.geometry = geometry
            else:
                _close(open_table, blocks)
                open_table = _TablePart(geometry, list(drafts), _row_key(drafts[0]) if drafts else [])
    _close(open_table, blocks)
    return Document(source_path=source_path, format="pdf", blocks=tuple(blocks), pages=len(pages),
                    furniture=tuple(furniture))


@dataclass
class _TablePart:
    """A table being stitched across pages: its last page's geometry, its rows, its header."""

    geometry: TableGeometry
    rows: list[RowDraft]
    header: list[str]


def _close(part: Optional[_TablePart], blocks: list[Block]) -> None:
    if part is not None and part.rows:
        blocks.append(table_from_drafts(stitch_page_continuations(part.rows)))


def _row_key(draft: RowDraft) -> list[str]:
    return [fold(" ".join(p.text for p in cell)) if cell else "" for cell in draft.cells]


def _without_repeated_header(drafts: list[RowDraft], header: list[str]) -> list[RowDraft]:
    """Drop the header row a renderer repeats at the top of each page (read again by OCR, it
    may differ by a letter: "mise en œuvre" / "mise en ceuvre")."""
    if drafts and header and _same_row(_row_key(drafts[0]), header):
        return drafts[1:]
    return drafts


def _same_row(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and fuzz.ratio(" | ".join(a), " | ".join(b)) >= REPEATED_HEADER_SIMILARITY


def _continues(previous: TableGeometry, current: TableGeometry) -> bool:
    """A table at the top of a page continues the previous page's table when its columns line up,
    the whole table moved by a few points at most (a page laid out a little to the side)."""
    if current.page != previous.page + 1 or current.n_cols != previous.n_cols:
        return False
    inner = list(zip(previous.col_edges[1:-1], current.col_edges[1:-1])) or list(zip(previous.col_edges, current.col_edges))
    shift = statistics.median(b - a for a, b in inner)
    return abs(shift) <= MAX_PAGE_SHIFT and all(abs(b - a - shift) <= ALIGN_TOLERANCE for a, b in inner)


def page_content(page: PageRead, words: list[Word]) -> list[tuple[float, str, object]]:
    """Tables (as row drafts) and paragraphs of one page, top to bottom."""
    remaining = list(words)
    items: list[tuple[float, str, object]] = []
    for geometry in page.tables:
        in_table = [w for w in remaining if inside(w, geometry.bbox)]
        remaining = [w for w in remaining if not inside(w, geometry.bbox)]
        items.append((geometry.bbox[1], "table", (geometry, row_drafts(geometry, in_table))))
    lines = lines_of(remaining)
    right_edge = max((line.x1 for line in lines), default=page.width)
    for paragraph in paragraphs_of(lines, page.number, right_edge):
        items.append((paragraph.provenance.bbox[1], "paragraph", paragraph))
    items.sort(key=lambda item: item[0])
    return items


def row_drafts(geometry: TableGeometry, words: list[Word]) -> list[RowDraft]:
    """One draft per grid row; each cell's words made into paragraphs."""
    drafts: list[RowDraft] = []
    words = sorted(words, key=lambda w: w.y_mid)
    mids = [w.y_mid for w in words]
    centres = [w.x_mid for w in words]
    for r in range(geometry.n_rows):
        cells: list[Optional[tuple[Paragraph, ...]]] = [None] * geometry.n_cols
        col_spans, row_spans = [1] * geometry.n_cols, [1] * geometry.n_cols
        row_boxes = []
        for c in range(geometry.n_cols):
            found = geometry.cells.get((r, c))
            if found is None:
                continue
            bbox, row_span, col_span = found
            # the cell's rows of words (their middles within its top and bottom), then those whose
            # middles are within its sides: :func:`inside`, each middle computed once
            band = range(bisect_left(mids, bbox[1]), bisect_right(mids, bbox[3]))
            mine = [words[k] for k in band if bbox[0] <= centres[k] <= bbox[2]]
            cells[c] = tuple(paragraphs_of(lines_of(mine), geometry.page, bbox[2] - 3))
            col_spans[c], row_spans[c] = col_span, row_span
            row_boxes.append(bbox)
        if not row_boxes:
            continue
        bbox = (min(b[0] for b in row_boxes), min(b[1] for b in row_boxes),
                max(b[2] for b in row_boxes), max(b[3] for b in row_boxes))
        provenance = Provenance(page_start=geometry.page, page_end=geometry.page, bbox=bbox)
        drafts.append(RowDraft(tuple(cells), provenance, col_spans=tuple(col_spans), row_spans=tuple(row_spans)))
    return drafts
