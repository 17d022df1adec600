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
UTF8_BOM = b"\xef\xbb\xbf"
#: Excel keeps at most this many characters in a cell
XLSX_CELL_LIMIT = 32_767
#: documents' rows are gathered into Parquet row groups of about this many rows (one row group
#: per document would make thousands of tiny ones, slow for every reader)
ROW_GROUP_ROWS = 50_000
#: rows typed into Arrow at once when a dataset is assembled from plain rows (``stage_tables``):
#: few enough to hold as Python objects, many enough that converting costs little per row
PIECE_ROWS = 5_000


def arrow_table(schema: TableSchema, rows: Iterable[dict]) -> pa.Table:
    """An Arrow table with exactly the declared columns and types (no inference)."""
    rows = list(rows)
    arrays = [pa.array([row.get(c.name) for row in rows], type=c.type) for c in schema.columns]
    return pa.Table.from_arrays(arrays, schema=schema.arrow)


def csv_ready(table: pa.Table, single_line: bool = False) -> pa.Table:
    """Lists joined into one string cell, since CSV has no lists; with ``single_line`` (HXL),
    line breaks written as " / " and runs of spaces as one, which HXL tools expect of a cell."""
    columns = []
    for field in table.schema:
        column = table.column(field.name)
        if pa.types.is_list(field.type):
            column = pc.binary_join(column.cast(pa.list_(pa.string())), CSV_LIST_SEPARATOR)
        if single_line and pa.types.is_string(column.type):
            column = pc.utf8_trim_whitespace(pc.replace_substring_regex(
                pc.replace_substring_regex(column, r"\s*[\r\n]+\s*", " / "), r"\s{2,}|\t", " "))
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


def stage_table(staging: Path, name: str, tables: Iterable[pa.Table], csv: bool, hxl: bool, bom: bool = False) -> list[Path]:
    """Stream tables (all of one schema) into <name>.parquet and <name>.csv in ``staging``; with
    ``bom`` the CSV starts with a UTF-8 byte order mark, without which Excel reads it as ANSI."""
    schema = TABLES[name].arrow
    parquet_path, csv_path = staging / f"{name}.parquet", staging / f"{name}.csv"
    csv_writer = None
    with pq.ParquetWriter(parquet_path, schema) as writer:
        if csv:
            csv_schema = csv_ready(schema.empty_table()).schema
            csv_writer = _csv_writer(csv_path, TABLES[name], csv_schema, hxl, bom)
        for chunk in _row_groups(tables):
            writer.write_table(chunk)
            if csv_writer is not None:
                csv_writer.write_table(csv_ready(chunk, single_line=hxl))
    if csv_writer is not None:
        csv_writer.close()
    return [parquet_path] + ([csv_path] if csv else [])


class _TableStage:
    """One dataset being written into staging from rows given a document at a time: typed into
    Arrow a few thousand rows at a time (``PIECE_ROWS``: one conversion per column for many
    documents, not per document), written in chunks cut where :func:`_row_groups` cuts them."""

    def __init__(self, staging: Path, name: str, csv: bool, hxl: bool, bom: bool):
        self.schema, self.hxl = TABLES[name], hxl
        self.paths = [staging / f"{name}.parquet"] + ([staging / f"{name}.csv"] if csv else [])
        self.writer = pq.ParquetWriter(self.paths[0], self.schema.arrow)
        self.csv_writer = (_csv_writer(self.paths[1], self.schema, csv_ready(self.schema.arrow.empty_table()).schema,
                                       hxl, bom) if csv else None)
        self.rows: list[dict] = []
        self.pieces: list[pa.Table] = []
        self.count = 0

    def add(self, rows: list[dict]) -> None:
        """One document's rows."""
        self.rows.extend(rows)
        self.count += len(rows)
        if self.count >= ROW_GROUP_ROWS:
            self._write()
        elif len(self.rows) >= PIECE_ROWS:
            self._piece()

    def _piece(self) -> None:
        if self.rows:
            self.pieces.append(arrow_table(self.schema, self.rows))
            self.rows = []

    def _write(self) -> None:
        self._piece()
        chunk = pa.concat_tables(self.pieces).combine_chunks()
        self.writer.write_table(chunk)
        if self.csv_writer is not None:
            self.csv_writer.write_table(csv_ready(chunk, single_line=self.hxl))
        self.pieces, self.count = [], 0

    def close(self, complete: bool = True) -> None:
        """Write what is left (when ``complete``) and close the files."""
        try:
            if complete and self.count:
                self._write()
        finally:
            self.writer.close()
            if self.csv_writer is not None:
                self.csv_writer.close()


def stage_tables(staging: Path, names: Iterable[str], documents: Iterable[dict[str, list[dict]]], csv: bool,
                 hxl: bool, bom: bool = False) -> list[Path]:
    """Every table of ``names`` into <name>.parquet and <name>.csv in ``staging``, in one pass
    over ``documents`` (each document's rows by table, in the datasets' order): each document is
    read once for all its tables. The files are those :func:`stage_table` writes from the same
    rows, byte for byte: the same values, typed by the schema, in the same row groups."""
    stages: list[_TableStage] = []
    complete = False
    try:
        for name in names:
            stages.append(_TableStage(staging, name, csv, hxl, bom))
        for tables in documents:
            for stage in stages:
                stage.add(tables.get(stage.schema.name, ()))
        complete = True
    finally:
        for stage in stages:
            stage.close(complete)
    return [path for stage in stages for path in stage.paths]


def stage_extra(staging: Path, name: str, table: pa.Table) -> Path:
    """A table outside the schema's datasets (the manifest), written as Parquet only."""
    path = staging / f"{name}.parquet"
    pq.write_table(table, path)
    return path


def stage_workbook(staging: Path, name: str = "minutes.xlsx") -> Path:
    """Every staged table as a sheet of one .xlsx workbook, after a README sheet describing each
    column (the data dictionary): what an analyst opens in Excel without importing CSVs. Lists are
    joined as in the CSVs; a text longer than Excel's cell limit is cut, and says so."""
    import pandas as pd

    from pipeline.schema import TABLES

    path = staging / name
    readme = pd.DataFrame([{"table": t.name, "column": c.name, "type": str(c.type), "description": c.description,
                            "hxl": c.hxl, "table description": t.description}
                           for t in TABLES.values() for c in t.columns])
    with pd.ExcelWriter(path, engine="openpyxl") as workbook:
        readme.to_excel(workbook, sheet_name="README", index=False)
        for table in TABLES:
            frame = csv_ready(pq.read_table(staging / f"{table}.parquet")).to_pandas()
            for column in frame.select_dtypes(include=["object", "string"]).columns:
                frame[column] = frame[column].map(_cell)
            frame.to_excel(workbook, sheet_name=table, index=False)
    return path


def _cell(value):
    if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
        note = " […cut: the full text is in the Parquet and CSV files]"
        return value[:XLSX_CELL_LIMIT - len(note)] + note
    return value


def publish(staged: Iterable[Path], out_dir: Path) -> list[Path]:
    """Move the staged files into ``out_dir``, each replacing its previous version at once."""
    written = []
    for path in staged:
        os.replace(path, out_dir / path.name)
        written.append(out_dir / path.name)
    return written


def _csv_writer(path: Path, table: TableSchema, csv_schema: pa.Schema, hxl: bool, bom: bool = False) -> pacsv.CSVWriter:
    """A CSV writer; with ``hxl``, the header row is followed by the HXL hashtag row."""
    if not hxl:
        if not bom:
            return pacsv.CSVWriter(path, csv_schema)
        path.write_bytes(UTF8_BOM)
        return pacsv.CSVWriter(pa.OSFile(str(path), mode="ab"), csv_schema)
    import csv as csv_module
    import io

    buffer = io.StringIO()
    lines = csv_module.writer(buffer, quoting=csv_module.QUOTE_ALL, lineterminator="\n")
    lines.writerow(table.names)
    lines.writerow([c.hxl for c in table.columns])
    path.write_bytes((UTF8_BOM if bom else b"") + buffer.getvalue().encode("utf-8"))
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
