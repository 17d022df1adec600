"""Writers: typed by the schema, and a crash while writing leaves the previous datasets whole."""

from __future__ import annotations

import errno
import shutil

import pyarrow.parquet as pq
import pytest

import pipeline.batch
from pipeline import write
from pipeline.batch import WriteError, convert
from pipeline.config import Settings

from conftest import MOPTI_DOCX, SEED_PROSE, options


def test_crash_mid_write_keeps_previous_outputs(tmp_path, monkeypatch):
    archive, out = tmp_path / "archive", tmp_path / "out"
    archive.mkdir()
    shutil.copy(MOPTI_DOCX, archive / MOPTI_DOCX.name)
    settings = Settings(cache_dir=tmp_path / "cache")
    convert([archive], out, settings, options(jobs=1, timeout=0))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv") and p.stem != "runs"}

    shutil.copy(SEED_PROSE, archive / SEED_PROSE.name)  # something new to write
    real_stage, calls = pipeline.batch.stage_table, []

    def failing_stage(staging, name, tables, *options):
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_stage(staging, name, tables, *options)

    monkeypatch.setattr(pipeline.batch, "stage_table", failing_stage)
    with pytest.raises(WriteError, match="disk full"):
        convert([archive], out, settings, options(jobs=1, timeout=0))
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name in before}
    assert after == before  # nothing replaced
    assert not [p for p in out.iterdir() if p.name.startswith(".writing-")]  # no staging folder left
    monkeypatch.undo()
    assert convert([archive], out, settings, options(jobs=1, timeout=0)).converted == 0  # the new file's result was kept


def full_disk_after(writes: int):
    """A ParquetWriter whose disk fills up after ``writes`` row groups, as a real one reports it."""
    calls = []

    class FullDisk(pq.ParquetWriter):
        def write_table(self, table, *args, **kwargs):
            calls.append(table.num_rows)
            if len(calls) > writes:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write_table(table, *args, **kwargs)

    return FullDisk


def test_disk_full_while_writing_fails_the_run_clearly_and_the_next_run_completes(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    archive, out, cache = tmp_path / "archive", tmp_path / "out", tmp_path / "cache"
    archive.mkdir()
    shutil.copy(MOPTI_DOCX, archive / MOPTI_DOCX.name)
    command = ["convert", str(archive), "--out", str(out), "--cache", str(cache), "--jobs", "1", "--timeout", "0",
               "--no-progress"]
    assert CliRunner().invoke(app, command).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv")}
    shutil.copy(SEED_PROSE, archive / SEED_PROSE.name)
    monkeypatch.setattr(write.pq, "ParquetWriter", full_disk_after(2))
    failed = CliRunner().invoke(app, command)
    assert failed.exit_code == 3
    assert f"cannot write into {out} or the cache {cache}: no space left on device." in failed.output
    assert "free some space and run again" in failed.output and "Traceback" not in failed.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name in before} == before  # whole, not replaced
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".minutes.lock"]
    monkeypatch.undo()
    again = CliRunner().invoke(app, command)
    assert again.exit_code == 0, again.output
    assert "(0 converted now, 2 unchanged)" in again.output  # the converted document was kept
    assert len(pq.read_table(out / "documents.parquet")) == 2


def test_disk_full_while_saving_a_result_leaves_no_half_written_folder(tmp_path, monkeypatch):
    import pyarrow.feather as feather

    from pipeline import store

    real, calls = feather.write_feather, []

    def full_disk(table, path, **kwargs):
        calls.append(path)
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(table, path, **kwargs)

    monkeypatch.setattr(store.feather, "write_feather", full_disk)
    settings = Settings(cache_dir=tmp_path / "cache")
    with pytest.raises(WriteError, match="no space left on device"):
        convert([MOPTI_DOCX], tmp_path / "out", settings, options(jobs=1, timeout=0))
    results = next((tmp_path / "cache" / "results").iterdir())
    assert list(results.iterdir()) == []  # no staging folder, no half result taken for a whole one
    monkeypatch.undo()
    assert convert([MOPTI_DOCX], tmp_path / "out", settings, options(jobs=1, timeout=0)).converted == 1


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
