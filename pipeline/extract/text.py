"""Text exports of Word minutes (.txt): tab-separated table rows, HTML inside cells, page marks.

What such an export looks like (seed 000): paragraphs one per line; each table row on one line
with cells separated by tabs; ``<p>``/``<ul>`` fragments inside cells; a line of dashes
(``--<TAB>---<TAB>--``) or a form feed where a page broke; a row cut by that break continued on
the next line with an empty first cell; blank lines anywhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract.markup import fragment_paragraphs
from pipeline.extract.stitch import RowDraft, stitch_page_continuations, table_from_drafts
from pipeline.model import Block, Document, Paragraph, Provenance

PAGE_BREAK_LINE = re.compile(r"^[ \t]*-{2,}(?:[ \t]*\t[ \t]*-*)*[ \t]*$")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Read a text export from disk into the document model."""
    text, encoding = decode(path.read_bytes(), path)
    document = parse_text_export(text, source_path)
    if encoding != "utf-8-sig":
        document = replace(document, warnings=document.warnings + (f"not UTF-8: decoded as {encoding}",))
    return document


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The file's text and the encoding that read it (UTF-8 first, then Windows-1252)."""
    if b"\x00" in data[:4096]:
        raise ExtractionError("binary content in a text file (NUL bytes): not a text export")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ExtractionError(f"cannot decode {path.name} as text")  # unreachable: latin-1 decodes all


def parse_text_export(text: str, source_path: str) -> Document:
    """The document model of a text export's content (pure: no file access)."""
    blocks: list[Block] = []
    rows: list[RowDraft] = []
    lines = text.splitlines()
    paginated = "\f" in text or any(PAGE_BREAK_LINE.match(line) for line in lines)
    page = 1 if paginated else None  # without page marks a text has no pages to cite
    after_break = False

    def close_table() -> None:
        if rows:
            blocks.append(table_from_drafts(stitch_page_continuations(rows)))
            rows.clear()

    for line_no, raw_line in enumerate(lines, start=1):
        for k, line in enumerate(raw_line.split("\f")):
            if k or PAGE_BREAK_LINE.match(line):
                page, after_break = page + 1, True
                if not k:
                    continue
            if not line.strip():
                continue
            provenance = Provenance(page_start=page, page_end=page, line_start=line_no, line_end=line_no)
            if "\t" in line:
                rows.append(_row_draft(line, provenance, after_break))
            else:
                close_table()
                blocks.extend(_paragraphs(line, provenance))
            after_break = False
    close_table()
    return Document(source_path=source_path, format="text", blocks=tuple(blocks), pages=page)


def _row_draft(line: str, provenance: Provenance, after_break: bool) -> RowDraft:
    """One table row; trailing empty cells are treated as absent (exports drop or add them)."""
    parts = line.split("\t")
    while parts and not parts[-1].strip():
        parts.pop()
    cells = tuple(tuple(_paragraphs(part, provenance)) for part in parts)
    return RowDraft(cells=cells, provenance=provenance, after_page_break=after_break)


def _paragraphs(fragment: str, provenance: Provenance) -> list[Paragraph]:
    return [
        Paragraph(text=p.text, provenance=provenance, list_level=p.list_level, list_kind=p.list_kind)
        for p in fragment_paragraphs(fragment)
    ]
