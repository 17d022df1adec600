"""Rows -> Parquet and CSV files, typed by ``schema.py``, replaced atomically.

Every table is first written into a temporary folder beside the outputs, then moved into place
with ``os.replace``: a crash mid-write leaves the previous files, never a half-written one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.schema import TableSchema

#: separator of list values in CSV cells (Parquet keeps real lists)
CSV_LIST_SEPARATOR = " | "


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


def write_tables(tables: dict[str, tuple[TableSchema, list[dict]]], out_dir: Path, csv: bool = True) -> list[Path]:
    """Write each table as ``<name>.parquet`` (and ``.csv``) in ``out_dir``, atomically per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".writing-", dir=out_dir))
    written: list[Path] = []
    try:
        staged: list[tuple[Path, Path]] = []
        for name, (schema, rows) in tables.items():
            table = arrow_table(schema, rows)
            pq.write_table(table, staging / f"{name}.parquet")
            staged.append((staging / f"{name}.parquet", out_dir / f"{name}.parquet"))
            if csv:
                pacsv.write_csv(csv_ready(table), staging / f"{name}.csv")
                staged.append((staging / f"{name}.csv", out_dir / f"{name}.csv"))
        for source, target in staged:
            os.replace(source, target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written
