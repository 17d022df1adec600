"""Text exports of Word minutes (.txt): tab-separated table rows, HTML inside cells, page marks.

What such an export looks like (seed 000): paragraphs one per line; each table row on one line
with cells separated by tabs; ``<p>``/``<ul>`` fragments inside cells; a line of dashes
(``--<TAB>---<TAB>--``) or a form feed where a page broke; a row cut by that break continued on
the next line with an empty first cell; blank lines anywhere. Worse exports also carry the
page's running header and footer ("Cluster Protection Mali – Compte rendu", "Page 2 sur 4"),
as lines at the page's edges or pasted inside the sentence the page cut: both are taken out
(and kept in ``Document.furniture``), so the row still continues across the break.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Optional

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract.layout import PAGE_X_OF_Y, furniture_key, is_page_number, repeated_keys
from pipeline.extract.markup import fragment_paragraphs
from pipeline.extract.stitch import RowDraft, stitch_page_continuations, table_from_drafts
from pipeline.model import Block, Document, Paragraph, Provenance

PAGE_BREAK_LINE = re.compile(r"^[ \t]*-{2,}(?:[ \t]*\t[ \t]*-*)*[ \t]*$")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_SOFT_BREAKS = re.compile("[\u000b\u2028\u0085]")
#: lines at each end of a page that may be its running header or footer
EDGE_LINES = 2
#: a running header found inside a line is taken out only when it has at least this many words
#: (a one-word header, "Bamako", would be taken out of every sentence naming the city)
INLINE_MIN_WORDS = 3


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Read a text export from disk into the document model."""
    text, encoding = decode(path.read_bytes(), path)
    document = parse_text_export(text, source_path, settings.furniture_min_share)
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


def parse_text_export(text: str, source_path: str, furniture_min_share: float = 0.5) -> Document:
    """The document model of a text export's content (pure: no file access)."""
    blocks: list[Block] = []
    rows: list[RowDraft] = []
    numbered = source_lines(text)
    lines = [line for _, line in numbered]
    furniture = furniture_lines(lines, furniture_min_share)
    inline = inline_furniture({lines[i].strip() for i in furniture})
    paginated = "\f" in text or any(PAGE_BREAK_LINE.match(line) for line in lines)
    page = 1 if paginated else None  # without page marks a text has no pages to cite
    after_break = False

    def close_table() -> None:
        if rows:
            blocks.append(table_from_drafts(stitch_page_continuations(rows)))
            rows.clear()

    for index, (line_no, line) in enumerate(numbered):
        if line == "\f" or PAGE_BREAK_LINE.match(line):
            page, after_break = page + 1, True
            continue
        if index in furniture or not line.strip():
            continue  # a running header between the halves of a cut row does not end the table
        if inline is not None:
            line = inline.sub(" ", line)
        provenance = Provenance(page_start=page, page_end=page, line_start=line_no, line_end=line_no)
        if "\t" in line:
            rows.append(_row_draft(line, provenance, after_break))
        else:
            close_table()
            blocks.extend(_paragraphs(line, provenance))
        after_break = False
    close_table()
    kept = tuple(dict.fromkeys(lines[i].strip() for i in sorted(furniture)))
    return Document(source_path=source_path, format="text", blocks=tuple(blocks), pages=page, furniture=kept)


def source_lines(text: str) -> list[tuple[int, str]]:
    """(1-based source line number, text) of every line, a form feed as a line "\\f" of its own.

    Not ``str.splitlines``: it also splits at form feeds and loses them, and with them the page
    breaks, and at Word's soft line breaks (U+000B, U+2028), which would cut a table row in two:
    those are spaces inside their paragraph.
    """
    numbered = []
    for line_no, line in enumerate(re.split(r"\r\n|\r|\n|\u2029", text), start=1):
        parts = _SOFT_BREAKS.sub(" ", line).split("\f")
        for k, part in enumerate(parts):
            if k:
                numbered.append((line_no, "\f"))
            numbered.append((line_no, part))
    return numbered


def furniture_lines(lines: list[str], min_share: float) -> set[int]:
    """Indexes of the lines at a page's edges that are its running header or footer: the same
    line (numbers aside) on enough pages, or a page number. Needs two page breaks or more."""
    edges: list[list[int]] = []
    page: list[int] = []
    for index, line in enumerate(lines + ["\f"]):
        if line == "\f" or PAGE_BREAK_LINE.match(line):
            edge = set(page[:EDGE_LINES] + page[-EDGE_LINES:])
            edges.append(sorted(i for i in edge if "\t" not in lines[i]))  # a table row is never furniture
            page = []
        elif line.strip():
            page.append(index)
    if len(edges) < 3:
        return set()
    running = repeated_keys([{furniture_key(lines[i]) for i in edge} for edge in edges], min_share)
    return {i for edge in edges for i in edge if furniture_key(lines[i]) in running or is_page_number(lines[i])}


def inline_furniture(texts: set[str]) -> Optional[re.Pattern[str]]:
    """A pattern for the running lines when a converter pasted them inside a sentence."""
    alternatives = [re.escape(t).replace(r"\ ", r"\s+") for t in sorted(texts, key=len, reverse=True)
                    if len(t.split()) >= INLINE_MIN_WORDS and not is_page_number(t)]
    if any(is_page_number(t) for t in texts):
        alternatives.append(PAGE_X_OF_Y.pattern)
    return re.compile(r"\s*(?:" + "|".join(alternatives) + r")\s*", re.IGNORECASE) if alternatives else None


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
