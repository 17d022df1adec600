"""Word .docx minutes into the document model, through python-docx and the XML under it.

python-docx opens the package, resolves styles and numbering; the body is then read from its
XML because ``row.cells`` repeats a merged cell in every slot it covers, skips nested tables
and ignores tracked insertions. Page headers and footers live in their own parts and never
enter the body; their text is kept as ``Document.furniture``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.model import Block, Cell, Document, Paragraph, Provenance, Table
from pipeline.textnorm import tidy

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    """Clark name of a WordprocessingML tag: q("p") -> "{ns}p"."""
    return f"{{{W}}}{tag}"


@dataclass
class _Reader:
    """Walks one document body; holds the lookups and the running page counter."""

    style_names: dict[str, str]
    numbering_kinds: dict[tuple[str, str], str]
    paginated: bool
    page: int = 1

    # -- blocks -------------------------------------------------------------------------
    def blocks(self, container: etree._Element) -> Iterator[Block]:
        for child in container.iterchildren():
            if child.tag == q("p"):
                yield self.paragraph(child)
                self.page += _page_breaks_in(child)
            elif child.tag == q("tbl"):
                yield self.table(child)
            elif child.tag in (q("sdt"), q("customXml")):
                content = child.find("w:sdtContent", NS) if child.tag == q("sdt") else child
                if content is not None:
                    yield from self.blocks(content)

    def provenance(self, pages: int = 0) -> Provenance:
        if not self.paginated:
            return Provenance()
        return Provenance(page_start=self.page, page_end=self.page + pages)

    def paragraph(self, p: etree._Element) -> Paragraph:
        style_id = _val(p.find("w:pPr/w:pStyle", NS))
        style = self.style_names.get(style_id or "", style_id)
        level, kind = self.list_info(p, style)
        return Paragraph(text=tidy(paragraph_text(p)), provenance=self.provenance(_page_breaks_in(p)),
                         style=style, list_level=level, list_kind=kind)

    def list_info(self, p: etree._Element, style: Optional[str]) -> tuple[Optional[int], Optional[str]]:
        num_pr = p.find("w:pPr/w:numPr", NS)
        if num_pr is not None:
            num_id = _val(num_pr.find("w:numId", NS))
            ilvl = _val(num_pr.find("w:ilvl", NS)) or "0"
            if num_id and num_id != "0":
                return int(ilvl), self.numbering_kinds.get((num_id, ilvl), "bullet")
        if style and style.lower().startswith(("list bullet", "list number")):
            return 0, "number" if "number" in style.lower() else "bullet"
        return None, None

    # -- tables -------------------------------------------------------------------------
    def table(self, tbl: etree._Element) -> Table:
        start_page = self.page
        cells: list[Cell] = []
        open_cells: dict[int, int] = {}  # grid column -> index in cells of the cell a vMerge continues
        n_cols = len(tbl.findall("w:tblGrid/w:gridCol", NS))
        rows = tbl.findall("w:tr", NS)
        for r, tr in enumerate(rows):
            col = _int(tr.find("w:trPr/w:gridBefore", NS), 0)
            row_page_advance = 0
            for tc in tr.findall("w:tc", NS):
                span = _int(tc.find("w:tcPr/w:gridSpan", NS), 1)
                vmerge = tc.find("w:tcPr/w:vMerge", NS)
                breaks = sum(_page_breaks_in(p) for p in tc.iter(q("p")))
                row_page_advance = max(row_page_advance, breaks)
                continues = vmerge is not None and _val(vmerge) in (None, "continue")
                if continues and col in open_cells:
                    anchor = cells[open_cells[col]]
                    cells[open_cells[col]] = _extend_down(anchor, self.cell_content(tc, r, col, span, breaks))
                else:
                    cell = self.cell_content(tc, r, col, span, breaks)
                    cells.append(cell)
                    for covered in range(col, col + span):
                        open_cells.pop(covered, None)
                    if vmerge is not None:
                        open_cells[col] = len(cells) - 1
                col += span
            n_cols = max(n_cols, col)
            self.page += row_page_advance
        provenance = Provenance(page_start=start_page, page_end=self.page) if self.paginated else Provenance()
        return Table(cells=tuple(cells), n_rows=len(rows), n_cols=n_cols, provenance=provenance)

    def cell_content(self, tc: etree._Element, row: int, col: int, span: int, breaks: int) -> Cell:
        start_page = self.page
        paragraphs: list[Paragraph] = []
        tables: list[Table] = []
        for child in tc.iterchildren():
            if child.tag == q("p"):
                paragraphs.append(self.paragraph(child))
                self.page += _page_breaks_in(child)
            elif child.tag == q("tbl"):
                saved = self.page
                tables.append(self.table(child))
                self.page = saved  # the enclosing row accounts for the cell's page breaks
            elif child.tag == q("sdt"):
                paragraphs.extend(b for b in self.blocks(child.find("w:sdtContent", NS)) if isinstance(b, Paragraph))
        self.page = start_page
        provenance = Provenance(page_start=start_page, page_end=start_page + breaks) if self.paginated else Provenance()
        return Cell(row=row, col=col, col_span=span, paragraphs=tuple(paragraphs), tables=tuple(tables),
                    provenance=provenance)


def _extend_down(anchor: Cell, below: Cell) -> Cell:
    """The anchor of a vertical merge grown by one row; Word keeps the continuing cell empty,
    but any text it does hold is kept rather than lost."""
    paragraphs = anchor.paragraphs + tuple(p for p in below.paragraphs if p.text.strip())
    return Cell(row=anchor.row, col=anchor.col, row_span=anchor.row_span + 1, col_span=anchor.col_span,
                paragraphs=paragraphs, tables=anchor.tables + below.tables,
                provenance=anchor.provenance.spanning(below.provenance))


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a paragraph: runs, tracked insertions, tabs and breaks; no deletions."""
    parts: list[str] = []
    for el in p.iter(q("t"), q("tab"), q("br"), q("cr"), q("noBreakHyphen"), q("txbxContent")):
        if el.tag == q("t"):
            parts.append(el.text or "")
        elif el.tag == q("tab"):
            parts.append("\t")
        elif el.tag in (q("br"), q("cr")):
            parts.append("\n" if el.get(q("type")) in (None, "textWrapping") else " ")
        elif el.tag == q("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def _page_breaks_in(el: etree._Element) -> int:
    """Page breaks Word recorded in an element: explicit ones and the last rendered ones."""
    explicit = sum(1 for br in el.iter(q("br")) if br.get(q("type")) == "page")
    rendered = sum(1 for _ in el.iter(q("lastRenderedPageBreak")))
    return explicit + rendered


def _val(el: Optional[etree._Element]) -> Optional[str]:
    return None if el is None else el.get(q("val"))


def _int(el: Optional[etree._Element], default: int) -> int:
    value = _val(el)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _numbering_kinds(document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) -> "bullet" or "number", from the numbering part when there is one."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    formats: dict[tuple[str, str], str] = {}
    for abstract in numbering.findall("w:abstractNum", NS):
        for lvl in abstract.findall("w:lvl", NS):
            formats[(abstract.get(q("abstractNumId")), lvl.get(q("ilvl")))] = _val(lvl.find("w:numFmt", NS)) or ""
    kinds = {}
    for num in numbering.findall("w:num", NS):
        abstract_id = _val(num.find("w:abstractNumId", NS))
        for (aid, ilvl), fmt in formats.items():
            if aid == abstract_id:
                kinds[(num.get(q("numId")), ilvl)] = "bullet" if fmt in ("bullet", "none", "") else "number"
    return kinds


def _furniture(document) -> tuple[str, ...]:
    """Distinct page header/footer texts (their own parts: never part of the body)."""
    seen: list[str] = []
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if not (name.startswith("/word/header") or name.startswith("/word/footer")):
            continue
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        text = tidy("\n".join(paragraph_text(p) for p in root.iter(q("p"))))
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def _page_count(path: Path) -> Optional[int]:
    """Pages as the last real save counted them (docProps/app.xml).

    Generators such as python-docx copy a template's statistics (``Pages`` 1, ``Words`` 0);
    a count is trusted only beside a non-zero word count, the sign that the writer updated it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            app = etree.fromstring(archive.read("docProps/app.xml"))
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError):
        return None
    pages, words = app.findtext("{*}Pages") or "", app.findtext("{*}Words") or ""
    if pages.isdigit() and words.isdigit() and int(words) > 0 and int(pages) > 0:
        return int(pages)
    return None


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Read a .docx file into the document model."""
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:
        raise ExtractionError(f"not a Word document: {exc}") from exc
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise ExtractionError(f"damaged Word document: {type(exc).__name__}: {exc}") from exc
    body = document.element.body
    paginated = any(True for _ in body.iter(q("lastRenderedPageBreak"))) or any(
        br.get(q("type")) == "page" for br in body.iter(q("br")))
    reader = _Reader(
        style_names={s.style_id: s.name for s in document.styles if s.style_id},
        numbering_kinds=_numbering_kinds(document),
        paginated=paginated,
    )
    blocks = tuple(reader.blocks(body))
    pages = (reader.page if paginated else None) or _page_count(path)
    return Document(source_path=source_path, format="docx", blocks=blocks, pages=pages,
                    furniture=_furniture(document))
