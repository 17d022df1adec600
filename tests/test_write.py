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
    real_stage = pipeline.batch.stage_tables

    def failing_stage(staging, names, documents, *options):
        def first_then_crash():  # the datasets' files opened and the first document's rows given
            for done, tables in enumerate(documents):
                if done:
                    raise OSError("disk full")
                yield tables
        return real_stage(staging, names, first_then_crash(), *options)

    monkeypatch.setattr(pipeline.batch, "stage_tables", failing_stage)
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


def test_disk_full_while_saving_a_result_leaves_no_half_written_file(tmp_path, monkeypatch):
    from pipeline import store

    def full_disk(result, file, **kwargs):
        file.write(b"the first bytes of the result")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.pickle, "dump", full_disk)
    settings = Settings(cache_dir=tmp_path / "cache")
    with pytest.raises(WriteError, match="no space left on device"):
        convert([MOPTI_DOCX], tmp_path / "out", settings, options(jobs=1, timeout=0))
    results = next((tmp_path / "cache" / "results").iterdir())
    assert list(results.iterdir()) == []  # no temporary file, no half result taken for a whole one
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


def test_datasets_typed_from_plain_rows_are_the_files_typed_document_by_document(sample_outputs, tmp_path, monkeypatch):
    """``stage_tables`` (rows typed a few thousand at a time, every table in one pass over the
    documents) writes the bytes ``stage_table`` writes from one typed table per document, row
    groups included: the batch's parent no longer types each document's rows as it saves them."""
    from pipeline.schema import TABLES
    from pipeline.write import arrow_table

    names = [name for name in TABLES if name != "documents"]
    rows = {name: pq.read_table(sample_outputs / f"{name}.parquet").to_pylist() for name in names}
    doc_ids = list(dict.fromkeys(r["doc_id"] for r in pq.read_table(sample_outputs / "documents.parquet").to_pylist()))
    documents = [{name: [r for r in rows[name] if r["doc_id"] == doc_id] for name in names} for doc_id in doc_ids]
    assert sum(len(d["figures"]) for d in documents) == len(rows["figures"]) > 10
    monkeypatch.setattr(write, "ROW_GROUP_ROWS", 7)  # several row groups, cut at documents' ends
    monkeypatch.setattr(write, "PIECE_ROWS", 3)  # and several pieces in each
    by_document, by_rows = tmp_path / "by_document", tmp_path / "by_rows"
    by_document.mkdir(), by_rows.mkdir()
    for name in names:
        write.stage_table(by_document, name, (arrow_table(TABLES[name], d[name]) for d in documents), True, True)
    written = write.stage_tables(by_rows, names, documents, True, True)
    assert sorted(p.name for p in written) == sorted(p.name for p in by_document.iterdir())
    for path in written:
        assert path.read_bytes() == (by_document / path.name).read_bytes(), path.name
    assert pq.ParquetFile(by_rows / "figures.parquet").metadata.num_row_groups > 2
