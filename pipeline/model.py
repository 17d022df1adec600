"""The one shared document model.

Every extractor (``pipeline.extract.*``) returns a :class:`Document`; every later stage reads
only this model, never the source file. The model keeps what the source shows (blocks in
reading order, tables as cells with their spans) plus where each piece came from
(:class:`Provenance`), so any output row can be traced back to file, page, table row and
source line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass(frozen=True)
class Provenance:
    """Where a block or cell came from in the source file.

    ``page_start``/``page_end`` are 1-based and ``None`` when the format has no reliable pages
    (a .docx written without rendered page breaks). ``line_start``/``line_end`` are 1-based
    line numbers for text exports. ``bbox`` is (x0, top, x1, bottom) in PDF points.
    """

    page_start: Optional[int] = None
    page_end: Optional[int] = None
    line_start: Optional[int] = None
    line_end: Optional[int] = None
    bbox: Optional[tuple[float, float, float, float]] = None

    def spanning(self, other: Provenance) -> Provenance:
        """The provenance covering both ``self`` and ``other`` (used when fragments are joined)."""
        return Provenance(
            page_start=_min(self.page_start, other.page_start),
            page_end=_max(self.page_end, other.page_end),
            line_start=_min(self.line_start, other.line_start),
            line_end=_max(self.line_end, other.line_end),
            bbox=self.bbox if self.bbox is not None else other.bbox,
        )


def _min(a: Optional[int], b: Optional[int]) -> Optional[int]:
    return b if a is None else a if b is None else min(a, b)


def _max(a: Optional[int], b: Optional[int]) -> Optional[int]:
    return b if a is None else a if b is None else max(a, b)


@dataclass(frozen=True)
class Paragraph:
    """A run of text: a body paragraph, a list item, or one paragraph of a table cell.

    ``list_level`` is ``None`` for plain paragraphs and the nesting level (0 = top) for bullets
    and numbered items; ``list_kind`` says which ("bullet" / "number").
    """

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    style: Optional[str] = None
    list_level: Optional[int] = None
    list_kind: Optional[str] = None

    @property
    def is_list_item(self) -> bool:
        return self.list_level is not None


@dataclass(frozen=True)
class Cell:
    """One table cell, present once even when merged over several grid slots.

    ``row``/``col`` are the top-left grid slot it occupies; ``row_span``/``col_span`` how many
    slots it covers. A cell may hold nested tables, whose text is part of :attr:`text`.
    """

    row: int
    col: int
    paragraphs: tuple[Paragraph, ...] = ()
    row_span: int = 1
    col_span: int = 1
    tables: tuple[Table, ...] = ()
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def lines(self) -> list[str]:
        """Non-empty paragraph texts, then each nested-table row as ``a | b | c``."""
        return [p.text for p in self.paragraphs if p.text.strip()] + self.table_lines

    @property
    def table_lines(self) -> list[str]:
        """Each row of the nested tables as ``a | b | c``."""
        return [line for table in self.tables for line in table.row_lines()]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Table:
    """A table as a set of cells on a grid of ``n_rows`` x ``n_cols`` slots."""

    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int
    provenance: Provenance = field(default_factory=Provenance)

    def grid(self) -> list[list[Optional[Cell]]]:
        """Rows of slots; a merged cell appears once, in its top-left slot, other slots are None."""
        rows: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell
        return rows

    def row_lines(self) -> list[str]:
        """Each row as ``a | b | c`` (a merged cell once, its line breaks as spaces): how the NLP
        reads a table that is not the agenda (figures take their unit from the column header)."""
        return [" | ".join(c.text.replace("\n", " ") for c in row if c) for row in self.grid()]

    def covered_slots(self) -> set[tuple[int, int]]:
        """Grid slots covered by a merged cell other than its own top-left slot."""
        covered = set()
        for cell in self.cells:
            for r in range(cell.row, cell.row + cell.row_span):
                for c in range(cell.col, cell.col + cell.col_span):
                    if (r, c) != (cell.row, cell.col):
                        covered.add((r, c))
        return covered


Block = Union[Paragraph, Table]


@dataclass(frozen=True)
class Document:
    """A source file as an ordered list of blocks, with what the extractor learned about it.

    ``furniture`` holds page headers/footers kept out of the body (for the record, never parsed
    as content); ``warnings`` holds non-fatal oddities worth telling the user; ``ocr_pages``
    lists the pages whose text came from OCR.
    """

    source_path: str
    format: str
    blocks: tuple[Block, ...]
    pages: Optional[int] = None
    furniture: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def characters(self) -> int:
        """Characters of text in paragraphs and cells (nested tables included): what a size limit counts."""
        return sum(len(b.text) if isinstance(b, Paragraph) else sum(len(c.text) for c in b.cells) for b in self.blocks)
