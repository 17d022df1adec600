"""Build the sample archive's Word, PDF, legacy .doc and scanned documents from content files.

Each ``scripts/samples/*.json`` describes one document (header paragraphs, an optional 2-column
metadata table, the agenda table with its rows, merged cells, nested tables and lists); this
script lays it out as a real .docx with python-docx: header row marked to repeat on every page,
page header and footer with "Page X sur Y", landscape A4 where asked, borders or none. The
.docx is byte-reproducible (fixed zip timestamps and document properties).

A content file's ``render`` list asks for more renderings, made with the tools real archives
come from: ``pdf`` (LibreOffice's PDF export: the long row crosses page breaks, the header row
repeats), ``doc`` (LibreOffice's Word 97 export), ``scan`` (the PDF's pages rasterised by
pdftoppm and wrapped by img2pdf: no text layer, as from a scanner). These need LibreOffice,
poppler-utils and img2pdf (``make system-deps``).

    python scripts/build_samples.py [--out data/raw]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)


def add_paragraph(container, spec) -> None:
    """A paragraph (plain, styled or list item) or a nested table, into a document or a cell."""
    if isinstance(spec, str):
        spec = {"text": spec}
    if "table" in spec:
        rows = spec["table"]
        table = container.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.cell(r, c).text = value
        return  # python-docx adds the paragraph Word requires after a table in a cell
    style = {"bullet": "List Bullet", "number": "List Number"}.get(spec.get("list"), spec.get("style"))
    container.add_paragraph(spec["text"], style=style)


def fill_cell(cell, paragraphs: list) -> None:
    """Put paragraphs into a cell, dropping the empty paragraph every new cell starts with."""
    placeholder = cell.paragraphs[0]
    for spec in paragraphs:
        add_paragraph(cell, spec)
    placeholder._element.getparent().remove(placeholder._element)


def add_field(paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the renderer fills in on every page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def set_cell_padding(table, points: float) -> None:
    """Space above and below the text of every cell (what separates rows of a borderless table)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "bottom"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(points * 20)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def build_table(doc, spec: dict, borders: bool = True) -> None:
    header = spec["header"]
    rows = spec["rows"]
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    if borders:
        table.style = "Table Grid"
    if spec.get("cell_padding_pt"):
        set_cell_padding(table, spec["cell_padding_pt"])
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    repeat_as_header(table.rows[0])
    for r, row in enumerate(rows, start=1):
        if "section" in row:
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            merged.text = row["section"]
            continue
        for c, paragraphs in enumerate(row["cells"]):
            if paragraphs:
                fill_cell(table.cell(r, c), paragraphs)
        for c in row.get("merge_up", []):
            table.cell(r - 1, c).merge(table.cell(r, c))
    set_column_widths(table, spec.get("widths_cm", []))


def set_column_widths(table, widths_cm: list[float]) -> None:
    """Fixed column widths, in the grid and on every cell (Word and LibreOffice read both)."""
    if not widths_cm:
        return
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for c, width in enumerate(widths_cm):
        for cell in table.columns[c].cells:
            cell.width = Cm(width)


def build(spec: dict) -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if spec.get("landscape"):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.8))
    if spec.get("page_header"):
        section.header.paragraphs[0].text = spec["page_header"]
    if spec.get("page_footer"):
        footer = section.footer.paragraphs[0]
        footer.text = spec["page_footer"] + " – Page "
        add_field(footer, "PAGE", "1")
        footer.add_run(" sur ")
        add_field(footer, "NUMPAGES", "1")
    for paragraph in spec.get("before", []):
        add_paragraph(doc, paragraph)
    if spec.get("metadata_table"):
        meta = doc.add_table(rows=len(spec["metadata_table"]), cols=2)
        meta.style = "Table Grid"
        for r, (label, value) in enumerate(spec["metadata_table"]):
            meta.cell(r, 0).text, meta.cell(r, 1).text = label, value
        doc.add_paragraph("")
    for paragraph in spec.get("between", []):
        add_paragraph(doc, paragraph)
    build_table(doc, spec["table"], borders=spec.get("borders", True))
    for paragraph in spec.get("after", []):
        add_paragraph(doc, paragraph)
    props = doc.core_properties
    props.author, props.last_modified_by = "minutes-pipeline samples", "minutes-pipeline samples"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return reproducible_zip(buffer.getvalue())


def reproducible_zip(data: bytes) -> bytes:
    """The same archive with fixed member timestamps, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def soffice_convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """LibreOffice's own conversion of a file, with a throwaway profile."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / f"{source.stem}.{target_format}"


def scanned(pdf: Path, target: Path, dpi: int = 200) -> None:
    """A PDF made only of page images, as a scanner makes it (no text layer)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-jpeg", "-jpegopt", "quality=80", str(pdf), f"{tmp}/page"],
                       check=True, timeout=300)
        pages = sorted(Path(tmp).glob("page*.jpg"))
        subprocess.run(["img2pdf", *map(str, pages), "-o", str(target)], check=True, timeout=300)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent / "data" / "raw")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for content in sorted((HERE / "samples").glob("*.json")):
        spec = json.loads(content.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            docx_path = work / spec["output"]
            docx_path.write_bytes(build(spec))
            if spec.get("keep_docx", True):
                shutil.copy(docx_path, args.out / docx_path.name)
                print(f"wrote {args.out / docx_path.name}")
            renders = spec.get("render", [])
            pdf_path = soffice_convert(docx_path, "pdf", work) if {"pdf", "scan"} & set(renders) else None
            if "pdf" in renders:
                shutil.copy(pdf_path, args.out / pdf_path.name)
                print(f"wrote {args.out / pdf_path.name}")
            if "doc" in renders:
                doc_path = soffice_convert(docx_path, "doc", work)
                shutil.copy(doc_path, args.out / doc_path.name)
                print(f"wrote {args.out / doc_path.name}")
            if "scan" in renders:
                target = args.out / f"{docx_path.stem}_scan.pdf"
                scanned(pdf_path, target)
                print(f"wrote {target}")


if __name__ == "__main__":
    main()
