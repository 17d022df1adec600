"""The datasets checked against their declarations (``schema.py``) before they are published.

Types, nullability, allowed values, unique keys and foreign keys. A run whose datasets fail a
check does not replace the previous datasets; the report names table, column and rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.schema import TABLES, TableSchema

ROWS_SHOWN = 5


@dataclass(frozen=True)
class Violation:
    table: str
    column: str
    problem: str
    rows: tuple[int, ...]
    count: int

    def __str__(self) -> str:
        shown = ", ".join(map(str, self.rows[:ROWS_SHOWN])) + (", …" if self.count > ROWS_SHOWN else "")
        return f"{self.table}.{self.column}: {self.problem} ({self.count} row{'s' * (self.count != 1)}: {shown})"


class ValidationError(Exception):
    def __init__(self, violations: list[Violation]):
        self.violations = violations
        super().__init__("datasets fail validation:\n" + "\n".join(f"  - {v}" for v in violations))


def _rows(mask: pa.ChunkedArray | pa.Array) -> tuple[int, ...]:
    return tuple(pc.indices_nonzero(pc.fill_null(mask, False)).to_pylist())


def check_table(schema: TableSchema, table: pa.Table) -> list[Violation]:
    """Column set, types, nulls, allowed values and key uniqueness of one table."""
    found: list[Violation] = []
    declared = {c.name: c for c in schema.columns}
    for name in table.column_names:
        if name not in declared:
            found.append(Violation(schema.name, name, "column not declared in the schema", (), 0))
    for column in schema.columns:
        if column.name not in table.column_names:
            found.append(Violation(schema.name, column.name, "declared column missing", (), 0))
            continue
        values = table.column(column.name)
        if values.type != column.type:
            found.append(Violation(schema.name, column.name, f"type {values.type}, declared {column.type}", (), table.num_rows))
            continue
        if not column.nullable and values.null_count:
            rows = _rows(pc.is_null(values))
            found.append(Violation(schema.name, column.name, "null in a non-nullable column", rows, len(rows)))
        if column.allowed:
            bad = pc.and_(pc.invert(pc.is_in(values, value_set=pa.array(column.allowed))), pc.is_valid(values))
            rows = _rows(bad)
            if rows:
                examples = sorted({str(values[i].as_py()) for i in rows[:ROWS_SHOWN]})
                found.append(Violation(schema.name, column.name, f"value not allowed ({', '.join(examples)}; allowed: "
                                       f"{', '.join(column.allowed)})", rows, len(rows)))
    if all(k in table.column_names for k in schema.key) and table.num_rows:
        duplicates = duplicate_rows(table, list(schema.key))
        if duplicates:
            found.append(Violation(schema.name, ",".join(schema.key), "duplicate key", duplicates, len(duplicates)))
    return found


def row_violations(tables: dict[str, list[dict]]) -> str:
    """What in one document's rows breaks the schema's nulls and allowed values ('' when nothing),
    checked on the rows as a worker hands them over (plain values, no Arrow table: the batch's
    parent checks each result as it arrives, so that one file's bad row fails that file, not the
    validation of the whole run)."""
    found = []
    for name, rows in tables.items():
        for column in TABLES[name].columns:
            if not column.allowed and column.nullable:
                continue
            allowed = frozenset(column.allowed)
            bad = [i for i, row in enumerate(rows) if (value := row.get(column.name)) is None and not column.nullable
                   or value is not None and allowed and value not in allowed]
            if bad:
                examples = sorted({str(rows[i].get(column.name)) for i in bad[:ROWS_SHOWN]})
                found.append(f"{name}.{column.name}: value not allowed ({', '.join(examples)}) ({len(bad)} row"
                             f"{'s' * (len(bad) != 1)})")
    return "; ".join(found)


def duplicate_rows(table: pa.Table, key: list[str]) -> tuple[int, ...]:
    """The rows whose key an earlier row already has. Counted by Arrow's hash grouping (a null is
    a value like any other, as in a tuple), so a clean table of a million rows costs no Python
    loop; the rows are looked for one by one only when some key repeats."""
    counts = table.select(key).group_by(key).aggregate([([], "count_all")])
    if pc.max(counts.column("count_all")).as_py() <= 1:
        return ()
    seen: set[tuple] = set()
    duplicates = []
    for i, row in enumerate(table.select(key).to_pylist()):
        value = tuple(row.values())
        if value in seen:
            duplicates.append(i)
        seen.add(value)
    return tuple(duplicates)


#: a column name no schema uses, to carry row numbers through a join
_ROW = "__row__"


def dangling_rows(table: pa.Table, columns: list[str], target: pa.Table, target_columns: list[str]) -> tuple[int, ...]:
    """The rows of ``table`` whose ``columns`` are all set and match no row of ``target`` by
    ``target_columns`` (rows with a null refer to nothing): an anti-join in Arrow, not a Python
    set of tuples."""
    keys = table.select(columns).append_column(_ROW, pa.array(range(table.num_rows), pa.int64()))
    keys = keys.filter(_all_valid(keys, columns))
    if not keys.num_rows:
        return ()
    try:
        targets = target.select(target_columns).group_by(target_columns).aggregate([])
        dangling = keys.join(targets, keys=columns, right_keys=target_columns, join_type="left anti")
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # key types that differ: the type check names them
        wanted = {tuple(r.values()) for r in target.select(target_columns).to_pylist()}
        return tuple(row.pop(_ROW) for row in keys.to_pylist() if tuple(row.values()) not in wanted)
    return tuple(sorted(dangling.column(_ROW).to_pylist()))


def _all_valid(table: pa.Table, columns: list[str]) -> pa.ChunkedArray | pa.Array:
    mask = pc.is_valid(table.column(columns[0]))
    for column in columns[1:]:
        mask = pc.and_(mask, pc.is_valid(table.column(column)))
    return mask


def check_references(tables: dict[str, pa.Table]) -> list[Violation]:
    """Every foreign key points to an existing row (rows with a null in it refer to nothing)."""
    found: list[Violation] = []
    for name, schema in TABLES.items():
        if name not in tables:
            continue
        for reference in schema.references:
            target = tables.get(reference.table)
            if target is None:
                continue
            rows = dangling_rows(tables[name], list(reference.columns), target, list(reference.target))
            if rows:
                found.append(Violation(name, ",".join(reference.columns),
                                       f"no matching row in {reference.table}({', '.join(reference.target)})",
                                       rows, len(rows)))
    return found


def validate_folder(folder: Path) -> None:
    """Raise ValidationError listing every violation of the datasets in ``folder``."""
    tables: dict[str, pa.Table] = {}
    violations: list[Violation] = []
    for name, schema in TABLES.items():
        path = folder / f"{name}.parquet"
        if not path.exists():
            violations.append(Violation(name, "*", "table missing", (), 0))
            continue
        with pq.ParquetFile(path) as staged:  # the file alone: half the CPU of ``pq.read_table``'s dataset
            tables[name] = staged.read()
        violations.extend(check_table(schema, tables[name]))
    violations.extend(check_references(tables))
    if violations:
        raise ValidationError(violations)
