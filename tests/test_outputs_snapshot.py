"""The sample archive's datasets equal the committed snapshot, row for row.

A refactor must leave this green. A change meant to alter the outputs regenerates the snapshot
(`make snapshot`) and its diff shows, in the commit, exactly which rows changed.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pipeline.schema import TABLES
from pipeline.snapshot import canonical_lines

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "sample_archive"


@pytest.mark.parametrize("table", list(TABLES))
def test_sample_outputs_equal_the_snapshot(sample_outputs, table):
    expected = (SNAPSHOT / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    found = canonical_lines(sample_outputs, table)
    if found != expected:
        diff = list(difflib.unified_diff(expected, found, "snapshot", "now", lineterm="", n=0))
        pytest.fail(f"{table}: {len(diff)} diff lines (make snapshot to accept a deliberate change)\n"
                    + "\n".join(line[:400] for line in diff[:30]))
