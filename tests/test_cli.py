"""The command line: outputs with explicit types, exit codes 0 / 1 / 2."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from pipeline.schema import TABLES

from conftest import FIXTURES, MOPTI_DOCX, RAW, ROOT

pytestmark = pytest.mark.slow  # each command starts a worker that loads spaCy


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.integration
def test_convert_sample_archive_exit_0_and_typed_outputs(tmp_path):
    result = run_cli("convert", str(RAW), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "0 failed" in result.stderr
    for name, schema in TABLES.items():
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.schema.names == schema.names
        for field in table.schema:
            declared = schema.arrow.field(field.name)
            assert field.type == declared.type, (name, field.name)
            assert field.metadata[b"description"] == declared.metadata[b"description"]
        assert pacsv.read_csv(tmp_path / f"{name}.csv").num_rows == table.num_rows
    documents = pq.read_table(tmp_path / "documents.parquet")
    assert documents.schema.field("meeting_date").type == pa.date32()
    assert documents.schema.field("participants").type == pa.int64()
    assert documents.schema.field("duplicate_paths").type == pa.list_(pa.string())


def test_some_failed_exit_1_and_names_the_file(tmp_path):
    shutil.copy(FIXTURES / "bad" / "empty.docx", tmp_path / "vide.docx")
    shutil.copy(MOPTI_DOCX, tmp_path / "cr.docx")
    result = run_cli("convert", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "vide.docx: empty file (0 bytes)" in result.stderr
    assert (tmp_path / "out" / "agenda_items.parquet").exists()


def test_usage_error_exit_2(tmp_path):
    assert run_cli("convert", str(tmp_path / "missing"), "--out", str(tmp_path)).returncode == 2
    assert run_cli("convert", "--no-such-option").returncode == 2


def test_empty_archive_still_writes_every_table_with_its_schema(tmp_path):
    (tmp_path / "in").mkdir()
    result = run_cli("convert", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.returncode == 0
    table = pq.read_table(tmp_path / "out" / "actions.parquet")
    assert table.num_rows == 0 and table.schema.names == TABLES["actions"].names


def test_no_temporary_files_left_behind(tmp_path):
    run_cli("convert", str(MOPTI_DOCX), "--out", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{name}.{ext}" for name in TABLES for ext in ("parquet", "csv")]
        + ["manifest.parquet", "runs.parquet", ".minutes.lock"])  # the lock stays: it is what two runs share


def test_an_exit_with_a_message_still_prints_it_and_fails(monkeypatch, capsys):
    """``python -m pipeline`` leaves with ``os._exit`` once the command returned; a
    ``SystemExit("message")`` must still print its message and exit 1 (regression)."""
    import sys

    import pipeline.__main__ as entry
    import pipeline.cli as cli

    def app():
        raise SystemExit("no such folder: archive/")

    left = []
    monkeypatch.setattr(cli, "app", app)
    monkeypatch.setattr(entry, "_leave", left.append)
    monkeypatch.setattr(sys, "argv", ["minutes", "--help"])
    entry.main()
    assert left == [1]
    assert "no such folder: archive/" in capsys.readouterr().err
