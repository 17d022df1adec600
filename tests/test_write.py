"""Writers: typed by the schema, and a crash while writing leaves the previous datasets whole."""

from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest

import pipeline.batch
from pipeline import write
from pipeline.batch import convert
from pipeline.config import Settings

from conftest import MOPTI_DOCX, SEED_PROSE, options


def test_crash_mid_write_keeps_previous_outputs(tmp_path, monkeypatch):
    archive, out = tmp_path / "archive", tmp_path / "out"
    archive.mkdir()
    shutil.copy(MOPTI_DOCX, archive / MOPTI_DOCX.name)
    settings = Settings(cache_dir=tmp_path / "cache")
    convert([archive], out, settings, options(jobs=1))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv") and p.stem != "runs"}

    shutil.copy(SEED_PROSE, archive / SEED_PROSE.name)  # something new to write
    real_stage, calls = pipeline.batch.stage_table, []

    def failing_stage(staging, name, tables, csv, hxl):
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_stage(staging, name, tables, csv, hxl)

    monkeypatch.setattr(pipeline.batch, "stage_table", failing_stage)
    with pytest.raises(OSError, match="disk full"):
        convert([archive], out, settings, options(jobs=1))
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name in before}
    assert after == before  # nothing replaced
    assert not [p for p in out.iterdir() if p.name.startswith(".writing-")]  # no staging folder left
    monkeypatch.undo()
    assert convert([archive], out, settings, options(jobs=1)).converted == 0  # the new file's result was kept


def test_rows_are_typed_by_the_schema_not_inferred(sample_outputs):
    table = pq.read_table(sample_outputs / "documents.parquet")
    assert str(table.schema.field("participants").type) == "int64"
    assert str(table.schema.field("meeting_date").type) == "date32[day]"
    csv_text = (sample_outputs / "documents.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith('"doc_id","source_path"')


def test_documents_rows_are_gathered_into_few_row_groups(sample_outputs, tmp_path, monkeypatch):
    """Regression: one row group per document made thousands of tiny row groups in a big archive."""
    from pipeline.schema import TABLES

    for name in TABLES:
        assert pq.ParquetFile(sample_outputs / f"{name}.parquet").metadata.num_row_groups == 1, name
    monkeypatch.setattr(write, "ROW_GROUP_ROWS", 3)  # chunks of at least 3 rows, in input order
    convert([SEED_PROSE, MOPTI_DOCX], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(jobs=1))
    figures = pq.ParquetFile(tmp_path / "out" / "figures.parquet")
    assert figures.metadata.num_row_groups >= 2
    table = figures.read()
    assert table.num_rows == sum(figures.metadata.row_group(i).num_rows for i in range(figures.metadata.num_row_groups))
