"""The sample archive's datasets equal the committed snapshot, row for row.

A refactor must leave this green. A change meant to alter the outputs regenerates the snapshot
(`make snapshot`) and its diff shows, in the commit, exactly which rows changed. Rows of OCR'd
documents are left out: Tesseract's reading of the scan is not bit-stable across machines and
versions, and their content is held to the .docx's by similarity in test_pdf_doc_scan.py.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from pipeline.schema import TABLES
from pipeline.snapshot import canonical_lines

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "sample_archive"


def ocr_documents() -> set[str]:
    return {row["doc_id"] for row in map(json.loads, (SNAPSHOT / "documents.jsonl").read_text(encoding="utf-8").splitlines())
            if row["ocr"]}


def without_ocr(lines: list[str]) -> list[str]:
    scanned = ocr_documents()
    return [line for line in lines if json.loads(line)["doc_id"] not in scanned]


@pytest.mark.parametrize("table", list(TABLES))
def test_sample_outputs_equal_the_snapshot(sample_outputs, table):
    expected = without_ocr((SNAPSHOT / f"{table}.jsonl").read_text(encoding="utf-8").splitlines())
    found = without_ocr(canonical_lines(sample_outputs, table))
    if found != expected:
        diff = list(difflib.unified_diff(expected, found, "snapshot", "now", lineterm="", n=0))
        pytest.fail(f"{table}: {len(diff)} diff lines (make snapshot to accept a deliberate change)\n"
                    + "\n".join(line[:400] for line in diff[:30]))
