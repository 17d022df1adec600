"""A dataset folder in a canonical, diffable form: one JSON line per row, rows in key order.

Used to prove that a change to the code leaves the outputs as they were (the test against
``tests/snapshots/sample_archive/``), and by anyone who wants to diff two runs. Columns that
differ from run to run by nature (timings, the pipeline version) are left out.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.schema import TABLES

#: per-run columns: they change with every run or every code change, never with the content
VOLATILE = {"documents": ("seconds", "pipeline_version")}


def _plain(value):
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} in a snapshot")


def canonical_lines(folder: Path, table: str) -> list[str]:
    """Rows of ``folder/table.parquet`` as sorted JSON lines, volatile columns dropped."""
    rows = pq.read_table(folder / f"{table}.parquet").to_pylist()
    drop = VOLATILE.get(table, ())
    key = TABLES[table].key
    rows = [{k: _plain(v) for k, v in row.items() if k not in drop} for row in rows]
    rows.sort(key=lambda r: tuple((r[k] is None, r[k] if r[k] is not None else 0) for k in key))
    return [json.dumps(r, ensure_ascii=False, sort_keys=True, default=_json_default) for r in rows]


def write_snapshot(folder: Path, destination: Path) -> None:
    destination.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        lines = canonical_lines(folder, table)
        (destination / f"{table}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":  # python -m pipeline.snapshot OUTPUT_FOLDER DESTINATION
    write_snapshot(Path(sys.argv[1]), Path(sys.argv[2]))
