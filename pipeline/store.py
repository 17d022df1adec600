"""Where a batch keeps what it has done: per-document results, and the manifest of the inputs.

Each converted document's result is saved at once as ``<cache>/results/<version>/<doc_id>.pickle``
(its rows as the worker made them, written to a temporary file renamed into place when
complete), so a run killed at any moment loses at most the documents in flight, and the next run
converts only what is missing. One file of plain rows per document, typed only when the datasets
are assembled (a few thousand rows at a time, ``write.stage_tables``): the batch's parent saves
a result in about a millisecond, where typing it into eight Arrow tables and writing eight
files took ~20 ms of CPU, a share of the two cores taken from the workers of a 2-job run.
The folder is this program's own, like ``models/``: nothing else writes the pickles it reads.
The manifest (``manifest.parquet`` beside the datasets) remembers each input's size,
modification time and hash, so an unchanged file is not even re-read to be hashed.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.process import DocumentResult

MANIFEST_SCHEMA = pa.schema([
    pa.field("source_path", pa.string(), False), pa.field("doc_id", pa.string(), False),
    pa.field("size", pa.int64()), pa.field("mtime_ns", pa.int64()), pa.field("pipeline_version", pa.string()),
])


class ResultStore:
    """Per-document results of one pipeline version."""

    def __init__(self, cache_dir: Path, version: str):
        self.root = cache_dir / "results" / version

    def path(self, doc_id: str) -> Path:
        return self.root / f"{doc_id}.pickle"

    def has(self, doc_id: str) -> bool:
        return self.path(doc_id).exists()

    def save(self, result: DocumentResult) -> None:
        """Write a result; the file appears complete or not at all."""
        doc_id = result.document["doc_id"]
        self.root.mkdir(parents=True, exist_ok=True)
        handle, staging = tempfile.mkstemp(prefix=f".{doc_id}-", dir=self.root)
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump((result.document, result.tables), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(staging, self.path(doc_id))
        finally:  # a full disk mid-way leaves no half-written file behind
            Path(staging).unlink(missing_ok=True)

    def load(self, doc_id: str) -> DocumentResult:
        """A saved result: its documents row and its rows of every other table."""
        with self.path(doc_id).open("rb") as file:
            document, tables = pickle.load(file)
        return DocumentResult(document, tables)

    def failed(self, doc_id: str) -> bool:
        """True when the saved result is a failure (to convert again with --retry-failed)."""
        return self.has(doc_id) and self.load(doc_id).document["status"] == "failed"

    def prune_other_versions(self) -> None:
        """Forget results of other pipeline versions: they can never be reused."""
        for other in self.root.parent.glob("*"):
            if other != self.root and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)


@dataclass(frozen=True)
class ManifestEntry:
    source_path: str
    doc_id: str
    size: Optional[int]
    mtime_ns: Optional[int]


def read_manifest(out_dir: Path) -> dict[str, ManifestEntry]:
    path = out_dir / "manifest.parquet"
    if not path.exists():
        return {}
    try:
        rows = pq.read_table(path).to_pylist()
    except (pa.ArrowInvalid, OSError):
        return {}  # an unreadable manifest only costs re-hashing
    return {r["source_path"]: ManifestEntry(r["source_path"], r["doc_id"], r["size"], r["mtime_ns"]) for r in rows}


def manifest_table(entries: list[ManifestEntry], version: str, options: dict[str, str] | None = None) -> pa.Table:
    """The manifest, with the output options of the run that wrote it in its metadata."""
    schema = MANIFEST_SCHEMA.with_metadata({k.encode(): v.encode() for k, v in (options or {}).items()})
    return pa.Table.from_pylist([dict(e.__dict__, pipeline_version=version) for e in entries], schema=schema)


def manifest_options(out_dir: Path) -> dict[str, str]:
    path = out_dir / "manifest.parquet"
    metadata = pq.read_schema(path).metadata or {} if path.exists() else {}
    return {k.decode(): v.decode() for k, v in metadata.items()}
