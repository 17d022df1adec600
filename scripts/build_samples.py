"""Build the Word documents of the sample archive from their content files.

Each ``scripts/samples/*.json`` describes one document (header paragraphs, an optional 2-column
metadata table, the agenda table with its rows, merged cells, nested tables and lists); this
script lays it out as a real .docx with python-docx: header row marked to repeat on every page,
page header and footer, landscape A4 where asked. Output is byte-reproducible (fixed zip
timestamps and document properties), so doc_ids stay stable across rebuilds.

    python scripts/build_samples.py [--out data/raw]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

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


def repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def build_table(doc, spec: dict) -> None:
    header = spec["header"]
    rows = spec["rows"]
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
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
    for c, width in enumerate(spec.get("widths_cm", [])):
        for row in table.rows:
            row.cells[c].width = Cm(width)


def build(spec: dict) -> bytes:
    doc = Document()
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
        section.footer.paragraphs[0].text = spec["page_footer"]
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
    build_table(doc, spec["table"])
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent / "data" / "raw")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for content in sorted((HERE / "samples").glob("*.json")):
        spec = json.loads(content.read_text(encoding="utf-8"))
        target = args.out / spec["output"]
        target.write_bytes(build(spec))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
