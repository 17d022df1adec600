"""PDF pages: read one at a time and let go, so a worker's memory does not grow with the page count."""

from __future__ import annotations

import pdfplumber

from pipeline.config import Settings
from pipeline.extract.pdf import read_pages

from conftest import REFERENCE, SEED_PDF


def test_each_page_is_closed_once_read():
    """Regression (issue 16): pages kept their parsed layout until the end of the file; a
    202-page PDF took a worker to 1.8 GB (+5.5 MB a page)."""
    with pdfplumber.open(SEED_PDF) as pdf:
        pages = read_pages(pdf, Settings(), REFERENCE.column_terms)
        assert len(pages) == 5
        assert not any(hasattr(page, "_layout") or hasattr(page, "_objects") for page in pdf.pages)
