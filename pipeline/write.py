"""Per-document results -> Parquet and CSV datasets, typed by ``schema.py``, replaced atomically.

Every table is first written into a staging folder beside the outputs and validated, then
moved into place with ``os.replace``: a crash or a failed check mid-way leaves the previous
files, never a half-written one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
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


def assemble_datasets(store, sources, duplicates: dict[str, list[str]], out_dir: Path, csv: bool = True,
                      hxl: bool = False, extra: dict[str, pa.Table] | None = None) -> tuple[list[Path], list[dict]]:
    """Every dataset from the saved per-document results, one document at a time, staged and
    then moved into ``out_dir``. Returns the files written and the documents rows."""
    from pipeline.archive import ARCHIVE_PATCHES, next_meeting_dates, primary_documents

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".writing-", dir=out_dir))
    try:
        documents = []
        for source in sources:
            row = store.table(source.doc_id, "documents").to_pylist()[0]
            documents.append(dict(row, source_path=source.source_path,
                                  duplicate_paths=duplicates.get(source.doc_id, [])))
        places = [r for s in sources for r in store.table(s.doc_id, "locations").to_pylist() if r["field"] == "place"]
        next_dates = next_meeting_dates(documents, places)
        primary = primary_documents(documents)
        documents = [dict(d, primary=d["doc_id"] in primary) for d in documents]
        staged = _stage(staging, "documents", [arrow_table(TABLES["documents"], documents)], csv, hxl)
        for name, schema in TABLES.items():
            if name == "documents":
                continue
            patch = ARCHIVE_PATCHES.get(name)

            def per_document(source, name=name, schema=schema, patch=patch):
                table = store.table(source.doc_id, name)
                if patch is not None and source.doc_id in next_dates and table.num_rows:
                    table = arrow_table(schema, patch(table.to_pylist(), next_dates[source.doc_id]))
                return table

            staged += _stage(staging, name, (per_document(s) for s in sources), csv, hxl)
        from pipeline.validate import validate_folder

        validate_folder(staging)  # a failing check leaves the previous datasets in place
        for name, table in (extra or {}).items():
            pq.write_table(table, staging / f"{name}.parquet")
            staged.append(staging / f"{name}.parquet")
        written = []
        for path in staged:
            os.replace(path, out_dir / path.name)
            written.append(out_dir / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written, documents


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


def _stage(staging: Path, name: str, tables: Iterable[pa.Table], csv: bool, hxl: bool) -> list[Path]:
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
