"""Benchmark: this project's PDF extractor against raw pdfplumber ``extract_tables()``.

Both read the same pages of the sample archive's PDFs with a text layer (scanned ones are OCR
work, timed apart). Each is run several times, the median kept; prints pages/s and the ratio
against the target (this extractor costs at most 1.3x raw pdfplumber).

    python bench/pdf_extract.py [--repeat 5] [FILES...]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pdfplumber

from pipeline.config import RAW_DIR, Settings
from pipeline.extract.pdf import extract
from pipeline.reference import load_reference

COLUMN_TERMS = load_reference().column_terms

TARGET_RATIO = 1.3


def raw_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
        return len(pdf.pages)


def ours(path: Path) -> int:
    return extract(path, Settings(), path.name, COLUMN_TERMS).pages


def median_seconds(function, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def has_text_layer(path: Path) -> bool:
    with pdfplumber.open(path) as pdf:
        return all(page.chars for page in pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-ocr", action="store_true", help="skip timing the OCR of scanned samples")
    args = parser.parse_args()
    files = args.files or sorted(p for p in RAW_DIR.glob("*.pdf") if has_text_layer(p))
    total_pages = total_raw = total_ours = 0.0
    print(f"{'file':52} {'pages':>5} {'pdfplumber p/s':>15} {'ours p/s':>9} {'ratio':>6}")
    for path in files:
        pages = raw_pdfplumber(path)
        raw = median_seconds(raw_pdfplumber, path, args.repeat)
        mine = median_seconds(ours, path, args.repeat)
        total_pages, total_raw, total_ours = total_pages + pages, total_raw + raw, total_ours + mine
        print(f"{path.name:52} {pages:5d} {pages / raw:15.2f} {pages / mine:9.2f} {mine / raw:6.2f}")
    ratio = total_ours / total_raw
    print(f"{'all':52} {int(total_pages):5d} {total_pages / total_raw:15.2f} {total_pages / total_ours:9.2f} {ratio:6.2f}")
    print(f"per page: pdfplumber extract_tables {total_raw / total_pages:.3f} s, ours {total_ours / total_pages:.3f} s; "
          f"ratio {ratio:.2f} (target <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    if not args.files and not args.no_ocr:
        for path in sorted(p for p in RAW_DIR.glob("*.pdf") if not has_text_layer(p)):
            with tempfile.TemporaryDirectory() as cache:  # uncached: the OCR itself is timed
                start = time.perf_counter()
                document = extract(path, Settings(cache_dir=Path(cache)), path.name, COLUMN_TERMS)
                seconds = time.perf_counter() - start
            print(f"scanned {path.name}: {document.pages} pages OCR'd and read in {seconds:.1f} s "
                  f"({seconds / document.pages:.1f} s/page, OCRmyPDF + Tesseract, one core)")


if __name__ == "__main__":
    main()
