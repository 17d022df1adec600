"""Inputs that are merely large: refused with a message naming the limit, never "internal error"."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.batch import RunOptions, convert
from pipeline.config import DEFAULT_MAX_CHARS, Settings
from pipeline.errors import ExtractionError
from pipeline.extract import MAX_XML_PART_BYTES, extract_document

from conftest import MOPTI_DOCX, REFERENCE, SEED_TEXT, builder, read


@pytest.mark.slow  # writes and reads 50 MB
def test_a_50_mb_text_export_fails_naming_the_limit_and_the_batch_goes_on(tmp_path):
    """Regression: "internal error (ValueError: [E088] Text of length … exceeds maximum …)"."""
    folder = tmp_path / "archive"
    folder.mkdir()
    big = builder.large_text(folder / "archive_fusionnee.txt", megabytes=50)
    shutil.copy(SEED_TEXT, folder / SEED_TEXT.name)
    convert([folder], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), RunOptions(jobs=1, timeout=0))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    characters = len(big.read_text(encoding="utf-8"))
    assert big.stat().st_size >= 50_000_000 and characters > 9 * DEFAULT_MAX_CHARS
    assert documents.loc[big.name, "error"] == (f"too long: {characters:,} characters of text, above the limit of "
                                                f"{DEFAULT_MAX_CHARS:,} (--max-chars raises it)")
    assert documents.loc[SEED_TEXT.name, "status"] == "ok"


def test_max_chars_counts_the_extracted_text_of_any_format():
    characters = read(MOPTI_DOCX).characters
    assert 1000 < characters < 20_000  # the text of the cells and paragraphs, not the bytes of the zip
    assert extract_document(MOPTI_DOCX, MOPTI_DOCX.name, Settings(max_chars=characters), REFERENCE).characters == characters
    with pytest.raises(ExtractionError, match=rf"^too long: {characters:,} characters of text, above the limit of "
                                              rf"{characters - 1:,} \(--max-chars raises it\)$"):
        extract_document(MOPTI_DOCX, MOPTI_DOCX.name, Settings(max_chars=characters - 1), REFERENCE)


def test_max_chars_must_be_positive():
    with pytest.raises(ValueError, match="Settings.max_chars must be a positive integer"):
        Settings(max_chars=0)


def test_a_docx_expanding_past_what_a_worker_can_hold_is_refused_before_decompressing(tmp_path):
    bomb = builder.expanding_docx(tmp_path / "bombe.docx", expanded=MAX_XML_PART_BYTES + 2**20)
    assert bomb.stat().st_size < MAX_XML_PART_BYTES / 100
    with pytest.raises(ExtractionError, match=r"^too large: word/document.xml expands to 101 MB \(an XML part may "
                                              r"take 100 MB: a zip bomb, or more than a worker can hold\)$"):
        read(bomb)


def test_pdf_pages_are_released_once_read(tmp_path):
    """Regression: pdfplumber kept every page's characters and layout, and a 400-page PDF took
    its worker past 1 GB (bench/memory.py)."""
    import pdfplumber

    from pipeline.extract.pdf import read_pages

    path = builder.text_layer_pdf(tmp_path / "rapport.pdf", pages=12, lines=10)
    with pdfplumber.open(path) as pdf:
        pages = read_pages(pdf, Settings(), REFERENCE.column_terms)
        assert len(pages) == 12 and "Compte" in {w.text for w in pages[11].words}
        assert not [p.page_number for p in pdf.pages if hasattr(p, "_objects") or hasattr(p, "_layout")]
