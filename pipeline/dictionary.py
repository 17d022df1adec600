"""docs/data-dictionary.md, generated from ``schema.py`` (``minutes data-dictionary``).

A test fails when the checked-in file differs from what the schema generates, so the
documentation can never drift from the datasets.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import PROJECT_DIR
from pipeline.schema import RUNS, TABLES, TableSchema

DICTIONARY = PROJECT_DIR / "docs" / "data-dictionary.md"


def _type(column) -> str:
    return str(column.type).replace("item: ", "").replace("date32[day]", "date32").replace("timestamp[us, tz=UTC]", "timestamp (UTC)")


def table_section(table: TableSchema) -> list[str]:
    lines = [f"## `{table.name}`", "", table.description, "",
             f"Key: {', '.join(f'`{k}`' for k in table.key)}."]
    for reference in table.references:
        lines.append(f"Foreign key: ({', '.join(reference.columns)}) → `{reference.table}` "
                     f"({', '.join(reference.target)}).")
    lines += ["", "| column | type | null | HXL | description |", "|---|---|---|---|---|"]
    for c in table.columns:
        allowed = f" One of: {', '.join(f'`{a}`' for a in c.allowed)}." if c.allowed else ""
        lines.append(f"| `{c.name}` | {_type(c)} | {'yes' if c.nullable else 'no'} | `{c.hxl}` | "
                     f"{c.description.replace('|', '/')}{allowed} |")
    return lines + [""]


def render() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from `pipeline/schema.py` by `minutes data-dictionary`; do not edit by hand.",
        "Every table is written as `NAME.parquet` (types as below, each field's description and HXL",
        "hashtag in the Parquet field metadata) and `NAME.csv` (UTF-8, lists joined with ` | `; with",
        "`--hxl`, the hashtag row under the header). `manifest.parquet` (inputs seen) and",
        "`runs.parquet` (one row per run) sit beside them.",
        "",
    ]
    for table in list(TABLES.values()) + [RUNS]:
        lines += table_section(table)
    return "\n".join(lines).rstrip() + "\n"


def write(path: Path = DICTIONARY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    return path
