"""minutes.duckdb: a view per dataset and the analysis views of ``resources/analyses.sql``.

The views read the Parquet files where they are (no copy), so the database is always as fresh
as the datasets; rebuild it (``minutes db``) only when the folder moves.
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
                connection.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{parquet.as_posix()}')")
        connection.execute((RESOURCES_DIR / "analyses.sql").read_text(encoding="utf-8"))
    staging.replace(path)
    return path
