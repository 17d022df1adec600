"""Scanned PDF pages (no text layer) given one by OCRmyPDF and Tesseract.

Only pages without text are OCR'd (``--skip-text``); the result is cached by the file's hash,
so a scanned archive is OCR'd once. The OCR'd PDF then goes through the ordinary PDF path.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.tools import ocrmypdf, run_tool

#: Tesseract on one OpenMP thread: with several, the same page was read differently from one run
#: to the next ("à" / "a", a word's position), so a re-run's datasets changed with no input change
DETERMINISTIC_OCR = {"OMP_THREAD_LIMIT": "1"}


def ocr_pdf(path: Path, settings: Settings) -> Path:
    """A copy of the PDF with a text layer on its pages that had none."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    cache = settings.cache_dir / "ocr"
    cached = cache / f"{digest}.pdf"
    if cached.exists():
        return cached
    binary = ocrmypdf(settings.ocr_languages)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-", dir=cache) as work:
        produced = Path(work) / "ocr.pdf"
        result = run_tool([binary, "--skip-text", "--output-type", "pdf", "--optimize", "0", "--jobs", "1",
                           "--oversample", str(settings.ocr_min_dpi), "--tesseract-pagesegmode", str(settings.ocr_page_segmentation),
                           "--quiet", "-l", "+".join(settings.ocr_languages), str(path), str(produced)],
                          timeout=settings.ocr_timeout, what="OCR (OCRmyPDF)", env=DETERMINISTIC_OCR)
        if result.returncode != 0 or not produced.exists():
            detail = (result.stderr or "").strip().splitlines()
            raise ExtractionError(f"OCR failed (OCRmyPDF exit {result.returncode}): {detail[-1] if detail else 'no output'}")
        os.replace(produced, cached)
    return cached
