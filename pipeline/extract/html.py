"""HTML exports of minutes (Word "save as web page", webmail, CMS pages) into the document model.

Tables keep their ``rowspan``/``colspan`` as cell spans (a merged cell present once); nested
tables stay nested; everything else becomes paragraphs, list items marked as such.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Iterator

from lxml import etree
from lxml import html as lxml_html

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract.markup import SKIP_TAGS, element_paragraphs
from pipeline.model import Block, Cell, Document, Paragraph, Table

_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                      re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Read an HTML file from disk into the document model."""
    return parse_html(path.read_bytes(), source_path)


def decode_html(data: bytes) -> str:
    """The page's text: in the charset it declares (Word writes windows-1252), else UTF-8, else
    Windows-1252. Not lxml's guess: without a declaration it reads UTF-8 bytes as Latin-1
    ("Délai" became "DÃ©lai", and the deadline column was lost)."""
    declared = _CHARSET.search(data[:4096])
    encodings = ([(declared.group(1) or declared.group(2)).decode("ascii")] if declared else []) + ["utf-8-sig", "cp1252", "latin-1"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")  # unreachable: latin-1 decodes any bytes


def parse_html(data: bytes, source_path: str) -> Document:
    """The document model of an HTML page (pure: no file access)."""
    text = _XML_DECLARATION.sub("", decode_html(data), count=1)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unreadable HTML: {exc}") from exc
    body = root.find("body")
    blocks = tuple(html_blocks(body if body is not None else root))
    return Document(source_path=source_path, format="html", blocks=blocks)


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def html_blocks(element: etree._Element) -> Iterator[Block]:
    """Blocks in reading order: tables as tables, all other content as paragraphs."""
    if _tag(element) == "table":
        yield html_table(element)
        return
    if not element.xpath(".//table"):
        yield from _paragraphs(element)
        return
    if element.text and element.text.strip():
        yield from _paragraphs(lxml_html.fragment_fromstring(element.text, create_parent="div"))
    for child in element:
        if _tag(child) in SKIP_TAGS or not _tag(child):
            pass
        else:
            yield from html_blocks(child)
        if child.tail and child.tail.strip():
            yield from _paragraphs(lxml_html.fragment_fromstring(child.tail, create_parent="div"))


def _paragraphs(element: etree._Element) -> Iterator[Paragraph]:
    for p in element_paragraphs(element):
        yield Paragraph(text=p.text, list_level=p.list_level, list_kind=p.list_kind)


def html_table(table: etree._Element) -> Table:
    """A table with spans resolved on the grid (the HTML table model's slot filling)."""
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    occupied: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    n_cols = 0
    for r, tr in enumerate(rows):
        col = 0
        for td in tr.xpath("./td | ./th"):
            while (r, col) in occupied:
                col += 1
            row_span = _span(td.get("rowspan"), limit=len(rows) - r)
            col_span = _span(td.get("colspan"))
            for dr in range(row_span):
                for dc in range(col_span):
                    occupied.add((r + dr, col + dc))
            cells.append(_cell(td, r, col, row_span, col_span))
            col += col_span
        n_cols = max(n_cols, col, max((c + 1 for (rr, c) in occupied if rr == r), default=0))
    return Table(cells=tuple(cells), n_rows=len(rows), n_cols=n_cols)


def _cell(td: etree._Element, row: int, col: int, row_span: int, col_span: int) -> Cell:
    own_table = _nearest_table(td)
    nested = [html_table(t) for t in td.iter("table") if _nearest_table(t.getparent()) is own_table]
    text_only = copy.deepcopy(td)
    for t in [t for t in text_only.iter("table") if _nearest_table(t.getparent()) is None]:
        boundary = etree.Element("div")  # a block boundary where the table was, keeping its tail
        boundary.tail = t.tail
        t.getparent().replace(t, boundary)
    paragraphs = tuple(_paragraphs(text_only))
    return Cell(row=row, col=col, row_span=row_span, col_span=col_span, paragraphs=paragraphs, tables=tuple(nested))


def _nearest_table(element: etree._Element):
    while element is not None and _tag(element) != "table":
        element = element.getparent()
    return element


def _span(value: str | None, limit: int | None = None) -> int:
    try:
        span = max(1, int(value or 1))
    except ValueError:
        span = 1
    return min(span, limit) if limit else span
