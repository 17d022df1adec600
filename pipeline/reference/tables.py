"""Reference data under version control (``pipeline/resources/*.csv``), loaded once per process.

Maintainers extend the pipeline by editing these files, not code: a new header wording, a new
label for the meeting header, a new coordination group, a new month abbreviation.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import RESOURCES_DIR
from pipeline.textnorm import fold


def read_rows(name: str, directory: Path = RESOURCES_DIR) -> list[dict[str, str]]:
    """Rows of a resource CSV, blank lines and ``#`` comment lines skipped."""
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@dataclass(frozen=True)
class ColumnTerm:
    """A word (or words) that points a table header cell to a canonical column."""

    role: str
    words: tuple[str, ...]
    weight: float
    exact: bool


@lru_cache(maxsize=None)
def agenda_column_terms(directory: Path = RESOURCES_DIR) -> tuple[ColumnTerm, ...]:
    return tuple(
        ColumnTerm(row["role"], tuple(fold(row["term"]).split()), float(row["weight"]), row["match"] == "exact")
        for row in read_rows("agenda_columns.csv", directory)
    )


@lru_cache(maxsize=None)
def header_labels(directory: Path = RESOURCES_DIR) -> tuple[tuple[str, str], ...]:
    """(folded label, field), longest label first so the most specific wording wins."""
    pairs = {(fold(row["label"]), row["field"]) for row in read_rows("header_fields.csv", directory)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@lru_cache(maxsize=None)
def month_numbers(directory: Path = RESOURCES_DIR) -> dict[str, int]:
    """Month name or abbreviation (lowercase, as written) -> month number."""
    return {row["name"].lower(): int(row["month"]) for row in read_rows("months.csv", directory)}


@lru_cache(maxsize=None)
def weekdays(directory: Path = RESOURCES_DIR) -> frozenset[str]:
    """Folded day names ("mardi", "thursday")."""
    return frozenset(fold(row["name"]) for row in read_rows("weekdays.csv", directory))


@lru_cache(maxsize=None)
def coordination_groups(directory: Path = RESOURCES_DIR) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(canonical group name, pattern over folded text), in file order: specific groups first."""
    return tuple((row["group"], re.compile(row["pattern"])) for row in read_rows("coordination_groups.csv", directory))


@lru_cache(maxsize=None)
def deadline_terms(directory: Path = RESOURCES_DIR) -> tuple[tuple[str, str], ...]:
    """(folded term, deadline kind), longest first."""
    pairs = {(fold(row["term"]), row["kind"]) for row in read_rows("deadline_terms.csv", directory)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@lru_cache(maxsize=None)
def null_markers(directory: Path = RESOURCES_DIR) -> frozenset[str]:
    """Folded cell contents that mean "nothing here" ("RAS", "Néant", "N/A", "-")."""
    return frozenset(fold(row["marker"]) for row in read_rows("null_markers.csv", directory))


def is_null_marker(text: str) -> bool:
    """True for text that only says there is nothing (punctuation-only text included)."""
    return fold(text) in null_markers()
