""".docx parts read straight from the zip (issue 16) give the document python-docx's reading gave.

Every real .docx fixture is read both ways and the two documents compared whole (blocks,
cells with spans and nested tables, provenance, furniture, pages); packages the direct reading
is not sure of go to python-docx, whose errors name what is wrong.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.errors import ExtractionError
from pipeline.extract import docx as docx_extract
from pipeline.model import Table

from conftest import FIXTURES, GAO_DOCX, MOPTI_DOCX, ROOT, SEED_DOCX

FIXTURE_DOCX = [SEED_DOCX, GAO_DOCX, MOPTI_DOCX, *sorted((FIXTURES / "layouts" / "documents").glob("*.docx"))]
CORPUS = sorted((ROOT / "data" / "interim" / "layouts" / "documents").glob("*.docx"))


def both_readings(path: Path):
    old = docx_extract.document_from_parts(docx_extract.read_with_python_docx(path), path, path.name)
    new = docx_extract.document_from_parts(docx_extract.read_package(path), path, path.name)
    return old, new


@pytest.mark.parametrize("path", FIXTURE_DOCX, ids=lambda p: p.name)
def test_the_zip_is_read_as_python_docx_read_it(path):
    old, new = both_readings(path)
    assert new == old
    assert new.blocks


@pytest.mark.skipif(not CORPUS, reason="layout corpus not built (make layouts)")
def test_the_layout_corpus_is_read_as_python_docx_read_it():
    assert [p.name for p in CORPUS if both_readings(p)[0] != both_readings(p)[1]] == []


def test_the_gao_minutes_keep_their_nested_table_merged_cell_and_furniture():
    _, new = both_readings(GAO_DOCX)
    tables = [b for b in new.blocks if isinstance(b, Table)]
    assert any(c.tables for t in tables for c in t.cells), "the nested table"
    assert any(c.row_span > 1 or c.col_span > 1 for t in tables for c in t.cells), "the merged cells"


def test_the_seed_keeps_its_page_header_and_footer_as_furniture():
    _, new = both_readings(SEED_DOCX)
    assert new.furniture and any("Page" in f for f in new.furniture)


def test_style_names_are_python_docxs():
    """Built-in styles stored in lower case ("heading 1") read as python-docx names them."""
    names = docx_extract._style_names(_styles(
        '<w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>'
        '<w:style w:styleId="NoName"/><w:style><w:name w:val="no id"/></w:style>'))
    assert names == {"Heading1": "Heading 1", "ListBullet": "List Bullet", "NoName": None}


def _styles(inner: str):
    from lxml import etree

    return etree.fromstring(f'<w:styles xmlns:w="{docx_extract.W}">{inner}</w:styles>')


@pytest.mark.parametrize("name", ["zip_not_word.docx", "not_a_zip.docx", "empty.docx", "truncated.docx"])
def test_packages_it_is_not_sure_of_go_to_python_docx(name):
    path = FIXTURES / "bad" / name
    with pytest.raises(docx_extract.UnsureOfPackage):
        docx_extract.read_package(path)
    with pytest.raises(ExtractionError):
        docx_extract.extract(path, None, name)


def test_a_main_part_that_is_not_a_word_document_goes_to_python_docx(tmp_path):
    """A template (.dotx content type) under a .docx name: python-docx refuses it by name."""
    path = tmp_path / "template.docx"
    with zipfile.ZipFile(SEED_DOCX) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    with pytest.raises(docx_extract.UnsureOfPackage):
        docx_extract.read_package(path)
    with pytest.raises(ExtractionError, match="not a Word file"):
        docx_extract.extract(path, None, path.name)


@pytest.mark.parametrize("path", FIXTURE_DOCX, ids=lambda p: p.name)
def test_scanning_the_styles_part_finds_what_parsing_it_finds(path):
    with zipfile.ZipFile(path) as archive:
        blob = archive.read("word/styles.xml")
    scanned = docx_extract.style_names_scanned(blob)
    assert scanned is not None and scanned == docx_extract._style_names(_styles_of(blob))
    assert len(scanned) > 10


def test_a_styles_part_not_plainly_written_is_parsed():
    w = f'xmlns:w="{docx_extract.W}"'.encode()
    plain = b'<?xml version="1.0" encoding="UTF-8"?><w:styles ' + w + (
        b'><w:style w:styleId="T"><w:name w:val="heading 1"/></w:style><w:style w:styleId="E"/></w:styles>')
    assert docx_extract.style_names_scanned(plain) == {"T": "Heading 1", "E": None}
    assert docx_extract.style_names_scanned(plain.replace(b"<w:style w:styleId=\"E\"/>", b"<!-- <w:style/> -->")) is None
    assert docx_extract.style_names_scanned(plain.replace(b'w:val="heading 1"', b'w:val="a &amp; b"')) is None
    assert docx_extract.style_names_scanned(plain.replace(b"UTF-8", b"windows-1252")) is None
    assert docx_extract.style_names_scanned(plain.replace(b"</w:style>", b"")) is None


def _styles_of(blob: bytes):
    from lxml import etree

    return etree.fromstring(blob, docx_extract._xml_parser())
