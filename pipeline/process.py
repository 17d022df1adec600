"""``process(path)``: the whole chain for one file, the unit a batch maps over files.

Reads the file (through an extractor), structures it, and returns its rows. Never touches the
output folder, never raises for a bad file: the failure is the result.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pipeline import __version__
from pipeline.config import FORMATS_BY_EXTENSION, Settings
from pipeline.errors import ExtractionError
from pipeline.extract import extract_document
from pipeline.rows import Row, action_rows, agenda_item_rows, document_row
from pipeline.structure import structure

log = logging.getLogger(__name__)
HASH_CHUNK = 1 << 20


@dataclass
class DocumentResult:
    """Rows one file contributes to each output table."""

    document: Row
    tables: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"


def file_digest(path: Path) -> Optional[str]:
    """SHA-256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def doc_id_for(path: Path, source_path: str, digest: Optional[str] = None) -> str:
    """First 16 hex of the content's SHA-256 (of the path, for a file that cannot be read)."""
    digest = digest or file_digest(path) or hashlib.sha256(f"unreadable:{source_path}".encode()).hexdigest()
    return digest[:16]


def process(path: Path, source_path: str, settings: Settings = Settings(), doc_id: Optional[str] = None) -> DocumentResult:
    """Convert one file into its rows; a bad file gives a documents row with status failed."""
    doc_id = doc_id or doc_id_for(path, source_path)
    fmt = FORMATS_BY_EXTENSION.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    try:
        size: Optional[int] = path.stat().st_size
    except OSError:
        size = None
    try:
        document = extract_document(path, source_path, settings)
        minutes = structure(document, settings)
    except ExtractionError as exc:
        return DocumentResult(document_row(doc_id, source_path, fmt, size, __version__, error=str(exc)))
    except Exception as exc:  # a bug or a file no check foresaw: record it, never stop the batch
        log.exception("internal error on %s", source_path)
        error = f"internal error ({type(exc).__name__}: {exc}); please report this file"
        return DocumentResult(document_row(doc_id, source_path, fmt, size, __version__, error=error))
    row = document_row(doc_id, source_path, document.format, size, __version__, minutes,
                       pages=document.pages, warnings=document.warnings)
    return DocumentResult(row, {"agenda_items": agenda_item_rows(doc_id, minutes),
                                "actions": action_rows(doc_id, minutes)})
