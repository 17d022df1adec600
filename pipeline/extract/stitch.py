"""Joining table rows that a page break cut in two (text exports and PDF pages).

A row cut by a page break shows up on the next page as a row whose first cell is empty; its
cells continue the cells above, and the paragraph at the cut continues the sentence above when
it starts in lowercase ("…du service local" / "de développement social (SDLS)…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from pipeline.model import Cell, Paragraph, Provenance, Table
from pipeline.textnorm import starts_lowercase

_HYPHENATED = re.compile(r"[^\W\d_]-$")


@dataclass(frozen=True)
class RowDraft:
    """A table row as read, before it becomes cells: one paragraph list per slot.

    ``cells[i] is None`` when the source gave no cell at all for slot ``i`` (an export that
    dropped empty trailing cells), which is not the same as an empty cell.
    """

    cells: tuple[Optional[tuple[Paragraph, ...]], ...]
    provenance: Provenance
    after_page_break: bool = False
    col_spans: tuple[int, ...] = ()
    row_spans: tuple[int, ...] = ()

    def span(self, col: int) -> tuple[int, int]:
        """(row_span, col_span) of the cell in slot ``col`` (1, 1 unless the source says more)."""
        row_span = self.row_spans[col] if col < len(self.row_spans) else 1
        col_span = self.col_spans[col] if col < len(self.col_spans) else 1
        return row_span, col_span

    @property
    def first_cell_empty(self) -> bool:
        first = self.cells[0] if self.cells else None
        return not first or not any(p.text.strip() for p in first)


def join_paragraphs(head: tuple[Paragraph, ...], tail: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Concatenate two runs of paragraphs, rejoining the sentence the cut split."""
    if not head or not tail:
        return head + tail
    last, first = head[-1], tail[0]
    if not starts_lowercase(first.text):
        return head + tail
    if _HYPHENATED.search(last.text):
        text = last.text[:-1] + first.text.lstrip()
    else:
        text = last.text.rstrip() + " " + first.text.lstrip()
    joined = replace(last, text=text, provenance=last.provenance.spanning(first.provenance))
    return head[:-1] + (joined,) + tail[1:]


def merge_rows(upper: RowDraft, lower: RowDraft) -> RowDraft:
    """The row ``upper`` continued by ``lower``, slot by slot."""
    width = max(len(upper.cells), len(lower.cells))
    cells = []
    for i in range(width):
        above = upper.cells[i] if i < len(upper.cells) else None
        below = lower.cells[i] if i < len(lower.cells) else None
        if above is None and below is None:
            cells.append(None)
        else:
            cells.append(join_paragraphs(above or (), below or ()))
    return RowDraft(tuple(cells), upper.provenance.spanning(lower.provenance), upper.after_page_break,
                    upper.col_spans, upper.row_spans)


def stitch_page_continuations(rows: list[RowDraft]) -> list[RowDraft]:
    """Fold every row that continues the previous one across a page break into it."""
    stitched: list[RowDraft] = []
    for row in rows:
        if stitched and row.after_page_break and row.first_cell_empty:
            stitched[-1] = merge_rows(stitched[-1], row)
        else:
            stitched.append(row)
    return stitched


def table_from_drafts(rows: list[RowDraft]) -> Table:
    """Cells of a table from its drafted rows; absent slots stay absent (None in the grid)."""
    n_cols = max((len(r.cells) for r in rows), default=0)
    cells = [
        Cell(row=r, col=c, paragraphs=paragraphs, provenance=_provenance_of(paragraphs, draft.provenance),
             row_span=min(draft.span(c)[0], len(rows) - r), col_span=min(draft.span(c)[1], n_cols - c))
        for r, draft in enumerate(rows)
        for c, paragraphs in enumerate(draft.cells)
        if paragraphs is not None
    ]
    provenance = rows[0].provenance.spanning(rows[-1].provenance) if rows else Provenance()
    return Table(cells=tuple(cells), n_rows=len(rows), n_cols=n_cols, provenance=provenance)


def _provenance_of(paragraphs: tuple[Paragraph, ...], fallback: Provenance) -> Provenance:
    if not paragraphs:
        return fallback
    span = paragraphs[0].provenance
    for p in paragraphs[1:]:
        span = span.spanning(p.provenance)
    return span
