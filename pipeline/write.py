"""Tables -> Parquet and CSV files, typed by ``schema.py``, replaced atomically. Writing only.

Every table is first written into a staging folder beside the outputs; the batch checks the
staged files, then :func:`publish` moves them into place with ``os.replace``: a crash or a
failed check mid-way leaves the previous files, never a half-written one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.schema import TABLES, TableSchema

#: separator of list values in CSV cells (Parquet keeps real lists)
CSV_LIST_SEPARATOR = " | "
#: documents' rows are gathered into Parquet row groups of about this many rows (one row group
#: per document would make thousands of tiny ones, slow for every reader)
ROW_GROUP_ROWS = 50_000


def arrow_table(schema: TableSchema, rows: Iterable[dict]) -> pa.Table:
    """An Arrow table with exactly the declared columns and types (no inference)."""
    rows = list(rows)
    arrays = [pa.array([row.get(c.name) for row in rows], type=c.type) for c in schema.columns]
    return pa.Table.from_arrays(arrays, schema=schema.arrow)


def csv_ready(table: pa.Table) -> pa.Table:
    """Lists joined into one string cell, since CSV has no lists."""
    columns = []
    for field in table.schema:
        column = table.column(field.name)
        if pa.types.is_list(field.type):
            column = pc.binary_join(column.cast(pa.list_(pa.string())), CSV_LIST_SEPARATOR)
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


@contextmanager
def staging_folder(out_dir: Path) -> Iterator[Path]:
    """A fresh folder beside the outputs to write a run's datasets into; removed afterwards,
    whatever happens (what was published from it has been moved out)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".writing-", dir=out_dir))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def stage_table(staging: Path, name: str, tables: Iterable[pa.Table], csv: bool, hxl: bool) -> list[Path]:
    """Stream tables (all of one schema) into <name>.parquet and <name>.csv in ``staging``."""
    schema = TABLES[name].arrow
    parquet_path, csv_path = staging / f"{name}.parquet", staging / f"{name}.csv"
    csv_writer = None
    with pq.ParquetWriter(parquet_path, schema) as writer:
        if csv:
            csv_schema = csv_ready(schema.empty_table()).schema
            csv_writer = _csv_writer(csv_path, TABLES[name], csv_schema, hxl)
        for chunk in _row_groups(tables):
            writer.write_table(chunk)
            if csv_writer is not None:
                csv_writer.write_table(csv_ready(chunk))
    if csv_writer is not None:
        csv_writer.close()
    return [parquet_path] + ([csv_path] if csv else [])


def stage_extra(staging: Path, name: str, table: pa.Table) -> Path:
    """A table outside the schema's datasets (the manifest), written as Parquet only."""
    path = staging / f"{name}.parquet"
    pq.write_table(table, path)
    return path


def publish(staged: Iterable[Path], out_dir: Path) -> list[Path]:
    """Move the staged files into ``out_dir``, each replacing its previous version at once."""
    written = []
    for path in staged:
        os.replace(path, out_dir / path.name)
        written.append(out_dir / path.name)
    return written


def _csv_writer(path: Path, table: TableSchema, csv_schema: pa.Schema, hxl: bool) -> pacsv.CSVWriter:
    """A CSV writer; with ``hxl``, the header row is followed by the HXL hashtag row."""
    if not hxl:
        return pacsv.CSVWriter(path, csv_schema)
    import csv as csv_module
    import io

    buffer = io.StringIO()
    lines = csv_module.writer(buffer, quoting=csv_module.QUOTE_ALL, lineterminator="\n")
    lines.writerow(table.names)
    lines.writerow([c.hxl for c in table.columns])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    sink = pa.OSFile(str(path), mode="ab")
    return pacsv.CSVWriter(sink, csv_schema, write_options=pacsv.WriteOptions(include_header=False))


def _row_groups(tables: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """Consecutive tables concatenated into chunks of about ROW_GROUP_ROWS rows (memory stays
    bounded); no empty chunk, so a table without rows is a file with its schema and no row group."""
    pending: list[pa.Table] = []
    rows = 0
    for table in tables:
        pending.append(table)
        rows += table.num_rows
        if rows >= ROW_GROUP_ROWS:
            yield pa.concat_tables(pending).combine_chunks()
            pending, rows = [], 0
    if rows:
        yield pa.concat_tables(pending).combine_chunks()
