"""minutes.duckdb: every dataset as a table, and the analysis views of ``resources/analyses.sql``.

The tables are copied into the database file (the datasets are small) rather than read from
the Parquet files by path: a view over ``/srv/out/figures.parquet`` breaks as soon as the folder
is moved or the file is sent to a colleague, and DuckDB resolves a relative path against the
reader's working directory, not the database's. Rebuild it (``minutes db``) after a run.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import RESOURCES_DIR
from pipeline.schema import RUNS, TABLES


def build_database(folder: Path, name: str = "minutes.duckdb") -> Path:
    import duckdb

    folder = folder.resolve()
    path = folder / name
    staging = folder / f".{name}.building"
    staging.unlink(missing_ok=True)
    with duckdb.connect(str(staging)) as connection:
        for table in list(TABLES) + [RUNS.name]:
            parquet = folder / f"{table}.parquet"
            if parquet.exists():
                connection.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet(?)", [parquet.as_posix()])
        connection.execute((RESOURCES_DIR / "analyses.sql").read_text(encoding="utf-8"))
    staging.replace(path)
    return path
