"""Word .docx minutes into the document model, from the package's XML.

The parts are read straight from the zip with lxml (:class:`Package`): the main document, its
styles and numbering, the page headers and footers; python-docx, which builds a proxy object
for every part and style (most of a document's reading time), is asked only when the package
is not one this reading is sure of, so that a damaged file fails with python-docx's words. The
body is read from its XML because ``row.cells`` repeats a merged cell in every slot it covers,
skips nested tables and ignores tracked insertions. Page headers and footers live in their own
parts and never enter the body; their text is kept as ``Document.furniture``.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Iterator, Optional

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.model import Block, Cell, Document, Paragraph, Provenance, Table
from pipeline.textnorm import tidy

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: python-docx's names for the built-in styles whose stored name is lower case (its BabelFish)
UI_STYLE_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
                  **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}}


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
                self.page += self.page_breaks(child)
            elif child.tag == q("tbl"):
                yield self.table(child)
            elif child.tag in (q("sdt"), q("customXml")):
                content = child.find("w:sdtContent", NS) if child.tag == q("sdt") else child
                if content is not None:
                    yield from self.blocks(content)

    def page_breaks(self, el: etree._Element) -> int:
        """:func:`_page_breaks_in`, known to be 0 in a body without any."""
        return _page_breaks_in(el) if self.paginated else 0

    def provenance(self, pages: int = 0) -> Provenance:
        if not self.paginated:
            return Provenance()
        return Provenance(page_start=self.page, page_end=self.page + pages)

    def paragraph(self, p: etree._Element) -> Paragraph:
        style_id = _val(p.find("w:pPr/w:pStyle", NS))
        style = self.style_names.get(style_id or "", style_id)
        level, kind = self.list_info(p, style)
        return Paragraph(text=tidy(paragraph_text(p)), provenance=self.provenance(self.page_breaks(p)),
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
                breaks = sum(self.page_breaks(p) for p in tc.iter(q("p"))) if self.paginated else 0
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
                self.page += self.page_breaks(child)
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
    return sum(1 for found in el.iter(q("br"), q("lastRenderedPageBreak"))
               if found.tag != q("br") or found.get(q("type")) == "page")


def _val(el: Optional[etree._Element]) -> Optional[str]:
    return None if el is None else el.get(q("val"))


def _int(el: Optional[etree._Element], default: int) -> int:
    value = _val(el)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _numbering_kinds(numbering: Optional[etree._Element]) -> dict[tuple[str, str], str]:
    """(numId, ilvl) -> "bullet" or "number", from the numbering part when there is one."""
    if numbering is None:
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


def _style_names(styles: etree._Element) -> dict[str, str]:
    """styleId -> name as python-docx gives it (``Style.name``: built-in lower-case names
    capitalised, ``None`` without a name)."""
    names = {}
    for style in styles.findall("w:style", NS):
        style_id = style.get(q("styleId"))
        if style_id:
            name = _val(style.find("w:name", NS))
            names[style_id] = None if name is None else UI_STYLE_NAMES.get(name, name)
    return names


_STYLE = re.compile(rb"<w:style(?=[\s/>])([^>]*?)(/?)>")
_STYLE_END = re.compile(rb"</w:style\s*>")
_NAME = re.compile(rb"<w:name(?=[\s/>])[^>]*?\sw:val\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_STYLE_ID = re.compile(rb"\sw:styleId\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def style_names_scanned(blob: bytes) -> Optional[dict[str, Optional[str]]]:
    """:func:`_style_names` read by scanning the part's bytes for its ``<w:style>`` elements:
    a styles part is mostly fonts and spacing (350 kB in python-docx's own template), and
    building its whole tree costs more than the rest of a short document. ``None`` (parse it)
    unless the part is plainly written (:func:`_plainly_written`) and every value read is
    free of references."""
    if not _plainly_written(blob):
        return None
    names: dict[str, Optional[str]] = {}
    position = 0
    while (start := _STYLE.search(blob, position)) is not None:
        if start.group(2):  # <w:style .../>: no name
            content, position = b"", start.end()
        else:
            end = _STYLE_END.search(blob, start.end())
            if end is None:
                return None
            content, position = blob[start.end():end.start()], end.end()
        style_id, name = _value(_STYLE_ID.search(b" " + start.group(1))), _value(_NAME.search(content))
        if "&" in (style_id or "") + (name or ""):
            return None
        if style_id:
            names[style_id] = None if name is None else UI_STYLE_NAMES.get(name, name)
    return names


def _plainly_written(blob: bytes) -> bool:
    """UTF-8, the WordprocessingML namespace under the prefix "w" and not as the default, no
    comments, CDATA or DTD: where a scan of the bytes sees the elements a parser would."""
    declaration = blob[:200].split(b"?>")[0] if blob.startswith(b"<?xml") else b""
    encoding = re.search(rb"encoding\s*=\s*[\"']([^\"']*)", declaration)
    return ((encoding is None or encoding.group(1).lower() == b"utf-8")
            and f'xmlns:w="{W}"'.encode() in blob[:4096] and f'xmlns="{W}"'.encode() not in blob
            and not any(mark in blob for mark in (b"<!--", b"<![CDATA[", b"<!DOCTYPE")))


def _value(found: Optional[re.Match]) -> Optional[str]:
    """An attribute's value as a parser gives it (tabs and line breaks read as spaces)."""
    if found is None:
        return None
    raw = found.group(1) if found.group(1) is not None else found.group(2)
    return re.sub(r"[\t\n\r]", " ", raw.decode("utf-8"))


def _furniture(parts: Iterator[tuple[str, Callable[[], bytes]]]) -> tuple[str, ...]:
    """Distinct page header/footer texts (their own parts: never part of the body), from
    (partname, its bytes when asked) in the package's order."""
    seen: list[str] = []
    for name, blob in parts:
        if not (name.startswith("/word/header") or name.startswith("/word/footer")):
            continue
        try:
            root = etree.fromstring(blob(), _xml_parser())
        except etree.XMLSyntaxError:
            continue
        text = tidy("\n".join(paragraph_text(p) for p in root.iter(q("p"))))
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def _xml_parser() -> etree.XMLParser:
    """lxml's parser with python-docx's options (blank text between elements dropped, no
    entities), without its proxy element classes."""
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)


class UnsureOfPackage(Exception):
    """The package is not one :class:`Package` reads as python-docx would: ask python-docx."""


@dataclass
class Package:
    """The parts of a .docx the reader needs, straight from its zip.

    Relationships are followed as python-docx follows them (targets relative to the source
    part, external ones skipped, parts in depth-first order), so the same parts are found in
    the same order. Anything unusual (a missing part, two styles parts, a main part that is not
    a Word document) raises :class:`UnsureOfPackage`.
    """

    archive: zipfile.ZipFile

    def __post_init__(self) -> None:
        self.names = set(self.archive.namelist())

    def blob(self, partname: str) -> bytes:
        try:
            return self.archive.read(partname.lstrip("/"))
        except KeyError as exc:
            raise UnsureOfPackage(partname) from exc

    def relationships(self, partname: str) -> list[tuple[str, str]]:
        """(type, target partname) of a part's internal relationships, in document order."""
        directory, filename = posixpath.split(partname)
        rels = posixpath.join(directory, "_rels", f"{filename}.rels")
        if rels.lstrip("/") not in self.names:
            return []
        found = []
        for rel in etree.fromstring(self.blob(rels), _xml_parser()).iter(f"{RELS}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            base = directory if partname != "/" else "/"
            found.append((rel.get("Type", ""), posixpath.abspath(posixpath.join(base, rel.get("Target", "")))))
        return found

    def related(self, partname: str, kind: str, required: bool = False) -> Optional[str]:
        """The one part ``partname`` relates to by relationship ``kind``."""
        targets = [target for rel_type, target in self.relationships(partname) if rel_type == RT + kind]
        if len(targets) > 1 or (required and not targets):
            raise UnsureOfPackage(f"{len(targets)} {kind} relationships")
        return targets[0] if targets else None

    def content_type(self, partname: str) -> str:
        types = etree.fromstring(self.blob("/[Content_Types].xml"), _xml_parser())
        for override in types.iter(f"{CONTENT_TYPES}Override"):
            if (override.get("PartName") or "").lower() == partname.lower():
                return override.get("ContentType", "")
        extension = posixpath.splitext(partname)[1].lstrip(".").lower()
        for default in types.iter(f"{CONTENT_TYPES}Default"):
            if (default.get("Extension") or "").lower() == extension:
                return default.get("ContentType", "")
        raise UnsureOfPackage(f"no content type for {partname}")

    def xml(self, partname: str) -> etree._Element:
        return etree.fromstring(self.blob(partname), _xml_parser())

    def walk(self) -> Iterator[tuple[str, Callable[[], bytes]]]:
        """Every part reached from the package's relationships, depth first (python-docx's
        ``iter_parts``), with the reading of its bytes (a missing part is not a package
        python-docx would open)."""
        visited: list[str] = []

        def parts_from(source: str) -> Iterator[tuple[str, Callable[[], bytes]]]:
            for _, target in self.relationships(source):
                if target not in visited:
                    if target.lstrip("/") not in self.names:
                        raise UnsureOfPackage(f"{target} is missing")
                    visited.append(target)
                    yield target, partial(self.blob, target)
                    yield from parts_from(target)

        yield from parts_from("/")


@dataclass
class _Parts:
    """What the reader takes from a package, however it was opened."""

    body: etree._Element
    style_names: dict[str, str]
    numbering: Optional[etree._Element]
    furniture: tuple[str, ...]


def read_package(path: Path) -> _Parts:
    """The main document's body, styles, numbering and furniture, straight from the zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            package = Package(archive)
            main = package.related("/", "officeDocument", required=True)
            if package.content_type(main) != MAIN_DOCUMENT:
                raise UnsureOfPackage("not a Word document")
            styles = package.related(main, "styles", required=True)
            numbering = package.related(main, "numbering")
            body = package.xml(main).find("w:body", NS)
            if body is None:
                raise UnsureOfPackage("no body")
            style_names = style_names_scanned(package.blob(styles))
            if style_names is None:
                style_names = _style_names(package.xml(styles))
            return _Parts(body=body, style_names=style_names,
                          numbering=package.xml(numbering) if numbering else None,
                          furniture=_furniture(package.walk()))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, OSError, ValueError, RuntimeError) as exc:
        raise UnsureOfPackage(str(exc)) from exc


def read_with_python_docx(path: Path) -> _Parts:
    """The same parts through python-docx (its errors name what is wrong with the file)."""
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:
        raise ExtractionError(f"not a Word document: {exc}") from exc
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise ExtractionError(f"damaged Word document: {type(exc).__name__}: {exc}") from exc
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering = None
    furniture = _furniture((str(part.partname), partial(getattr, part, "blob"))
                           for part in document.part.package.iter_parts())
    return _Parts(body=document.element.body, style_names={s.style_id: s.name for s in document.styles if s.style_id},
                  numbering=numbering, furniture=furniture)


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
        parts = read_package(path)
    except UnsureOfPackage:
        parts = read_with_python_docx(path)
    return document_from_parts(parts, path, source_path)


def document_from_parts(parts: _Parts, path: Path, source_path: str) -> Document:
    """The document model from a package's parts."""
    body = parts.body
    paginated = any(True for _ in body.iter(q("lastRenderedPageBreak"))) or any(
        br.get(q("type")) == "page" for br in body.iter(q("br")))
    reader = _Reader(style_names=parts.style_names, numbering_kinds=_numbering_kinds(parts.numbering),
                     paginated=paginated)
    blocks = tuple(reader.blocks(body))
    pages = (reader.page if paginated else None) or _page_count(path)
    return Document(source_path=source_path, format="docx", blocks=blocks, pages=pages,
                    furniture=parts.furniture)
