"""Writers: a crash while writing leaves the previous datasets whole."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pipeline import write
from pipeline.schema import ACTIONS, DOCUMENTS

DOC = {"doc_id": "0123456789abcdef", "source_path": "a.docx", "format": "docx", "status": "ok",
       "pipeline_version": "test", "duplicate_paths": [], "warnings": []}


def test_crash_mid_write_keeps_previous_outputs(tmp_path, monkeypatch):
    write.write_tables({"documents": (DOCUMENTS, [DOC]), "actions": (ACTIONS, [])}, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    real_write = pq.write_table
    calls = []

    def failing_write(table, where, **kwargs):
        calls.append(where)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_write(table, where, **kwargs)

    monkeypatch.setattr(write.pq, "write_table", failing_write)
    with pytest.raises(OSError, match="disk full"):
        write.write_tables({"documents": (DOCUMENTS, [DOC, dict(DOC, doc_id="fedcba9876543210")]),
                            "actions": (ACTIONS, [])}, tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # nothing replaced, no staging folder left


def test_rows_are_typed_by_the_schema_not_inferred(tmp_path):
    write.write_tables({"documents": (DOCUMENTS, [dict(DOC, participants=45, meeting_date=None)])}, tmp_path)
    table = pq.read_table(tmp_path / "documents.parquet")
    assert str(table.schema.field("participants").type) == "int64"
    assert str(table.schema.field("meeting_date").type) == "date32[day]"
    csv_text = (tmp_path / "documents.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith('"doc_id","source_path"')
