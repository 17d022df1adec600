"""Paths in one place, and the validated settings every stage reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PROJECT_DIR / "data"
RAW_DIR = DATA_DIR / "raw"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
MODELS_DIR = PROJECT_DIR / "models"

#: file extensions the pipeline knows how to read, by format name
FORMATS_BY_EXTENSION = {
    ".docx": "docx",
    ".docm": "docx",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}


@dataclass(frozen=True)
class Settings:
    """Knobs shared by the stages, with named defaults; invalid values fail at construction.

    - ``header_search_rows``: how many leading rows of a table may hold its header row.
    - ``min_header_roles``: distinct canonical columns a row must map to, to be an agenda header.
    - ``max_title_paragraphs``: leading paragraphs joined into the document title.
    - ``header_zone_paragraphs``: paragraphs read for the meeting header when no table marks
      where the header block ends.
    """

    header_search_rows: int = 3
    min_header_roles: int = 3
    max_title_paragraphs: int = 3
    header_zone_paragraphs: int = 40

    def __post_init__(self) -> None:
        for name in ("header_search_rows", "min_header_roles", "max_title_paragraphs", "header_zone_paragraphs"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"Settings.{name} must be a positive integer, got {value!r}")
