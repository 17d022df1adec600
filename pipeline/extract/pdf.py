"""PDF minutes into the document model, on pdfplumber.

Per page: words once (``extract_words``), ruled tables from the page's lines
(``find_tables``) or, where the page draws none, a table found by its header row's words and
aligned text columns. Then across pages: running headers/footers found by repetition and kept
out of the body and out of every cell; a table continued on the next page stitched onto the
previous one (repeated header row dropped, the row cut by the break joined back); every
paragraph and cell keeps its page and bbox.
"""

from __future__ import annotations

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
    borderless_table,
    inside,
    is_furniture,
    lines_of,
    paragraphs_of,
    running_lines,
    steady_heights,
)
from pipeline.extract.stitch import RowDraft, stitch_page_continuations, table_from_drafts
from pipeline.model import Block, Document, Paragraph, Provenance
from pipeline.reference import ColumnTerm
from pipeline.textnorm import fold

#: column boundaries of two table fragments closer than this (points) line up
ALIGN_TOLERANCE = 6.0
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
            return read_pages(pdf, settings, column_terms, scanned)
        except PdfminerException as exc:
            raise ExtractionError(f"damaged or truncated PDF ({exc.args[0] if exc.args else exc})") from exc


def read_pages(pdf, settings: Settings, column_terms: Sequence[ColumnTerm],
               scanned: frozenset[int] | set[int] = frozenset()) -> list[PageRead]:
    """Words and table geometry of every page (the only pdfplumber calls).

    On ``scanned`` pages (text from OCR) the rules of tables are found in the pixels, and the
    bars Tesseract reads where it sees a vertical rule are dropped; their words' heights, sized
    to the glyphs by OCR, are evened out.
    """
    pages: list[PageRead] = []
    continued: Optional[tuple[float, ...]] = None
    for page in pdf.pages:
        words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
                 for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)]
        if page.page_number in scanned:
            words = steady_heights([w for w in words if w.text.strip("|¦[]!") or len(w.text) > 2])
            found = page.find_tables(_scanned_table_settings(page))
        else:
            found = page.find_tables()
        tables = [t for t in (ruled_geometry(t, page.page_number) for t in found) if t is not None]
        # text outside the ruled tables may still hold a table drawn without lines
        band = settings.furniture_band * page.height
        body = lines_of(w for w in words if band < w.top < page.height - band
                        and not any(inside(w, t.bbox) for t in tables))
        borderless = (borderless_table(body, page.page_number, page.width - 20, column_terms, continued)
                      if continued and not tables else None)
        borderless = borderless or borderless_table(body, page.page_number, page.width - 20, column_terms)
        if borderless is not None:
            tables.append(borderless)
        continued = borderless.col_edges if borderless and _reaches_bottom(borderless, body) else None
        pages.append(PageRead(page.page_number, page.width, page.height, words, tables, bool(page.images)))
    return pages


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
    """A table at the top of a page continues the previous page's table when its columns line up."""
    return (current.page == previous.page + 1 and current.n_cols == previous.n_cols
            and all(abs(a - b) <= ALIGN_TOLERANCE for a, b in zip(previous.col_edges, current.col_edges)))


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
    for r in range(geometry.n_rows):
        cells: list[Optional[tuple[Paragraph, ...]]] = [None] * geometry.n_cols
        col_spans, row_spans = [1] * geometry.n_cols, [1] * geometry.n_cols
        row_boxes = []
        for c in range(geometry.n_cols):
            found = geometry.cells.get((r, c))
            if found is None:
                continue
            bbox, row_span, col_span = found
            mine = [w for w in words if inside(w, bbox)]
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
