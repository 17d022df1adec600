"""Where a batch keeps what it has done: per-document results, and the manifest of the inputs.

Each converted document's rows are saved at once under ``<cache>/results/<version>/<doc_id>/``
(one Arrow IPC file per table, the folder renamed into place when complete; IPC rather than
Parquet because assembly reads thousands of these tiny files, and IPC reads them 5x faster), so a run killed at
any moment loses at most the documents in flight, and the next run converts only what is
missing. The manifest (``manifest.parquet`` beside the datasets) remembers each input's size,
modification time and hash, so an unchanged file is not even re-read to be hashed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

from pipeline.process import DocumentResult
from pipeline.schema import TABLES
from pipeline.write import arrow_table

MANIFEST_SCHEMA = pa.schema([
    pa.field("source_path", pa.string(), False), pa.field("doc_id", pa.string(), False),
    pa.field("size", pa.int64()), pa.field("mtime_ns", pa.int64()), pa.field("pipeline_version", pa.string()),
])


class ResultStore:
    """Per-document results of one pipeline version."""

    def __init__(self, cache_dir: Path, version: str):
        self.root = cache_dir / "results" / version

    def path(self, doc_id: str) -> Path:
        return self.root / doc_id

    def has(self, doc_id: str) -> bool:
        return self._file(doc_id, "documents").exists()

    def _file(self, doc_id: str, name: str) -> Path:
        return self.path(doc_id) / f"{name}.arrow"

    def save(self, result: DocumentResult) -> None:
        """Write every table of a result; the folder appears complete or not at all."""
        doc_id = result.document["doc_id"]
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{doc_id}-", dir=self.root))
        tables = {"documents": [result.document], **result.tables}
        try:
            for name, schema in TABLES.items():
                feather.write_feather(arrow_table(schema, tables.get(name, [])), staging / f"{name}.arrow",
                                      compression="uncompressed")
            target = self.path(doc_id)
            if target.exists():
                shutil.rmtree(target)
            os.replace(staging, target)
        finally:  # a full disk mid-way leaves no half-written folder behind
            shutil.rmtree(staging, ignore_errors=True)

    def failed(self, doc_id: str) -> bool:
        """True when the saved result is a failure (to convert again with --retry-failed)."""
        return self.has(doc_id) and self.table(doc_id, "documents").column("status")[0].as_py() == "failed"

    def prune_other_versions(self) -> None:
        """Forget results of other pipeline versions: they can never be reused."""
        for other in self.root.parent.glob("*"):
            if other != self.root and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)

    def table(self, doc_id: str, name: str) -> pa.Table:
        return feather.read_table(self._file(doc_id, name))  # saved with TABLES[name]'s schema


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
