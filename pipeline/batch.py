"""A batch: find the files under the inputs, convert each once, assemble the datasets.

Files are found recursively; identical files (same bytes) are converted once and their other
paths recorded. One file's failure is one failed row; the batch always goes on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from pipeline.archive import resolve_item_next_meetings, resolve_next_meetings
from pipeline.config import Settings
from pipeline.executor import LocalPool, Task, default_jobs
from pipeline.process import DocumentResult, file_digest, process
from pipeline.schema import TABLES
from pipeline.write import write_tables

#: files that are never minutes: editor lock files, OS metadata
IGNORED_PREFIXES = ("~$", ".~lock.", ".")


@dataclass(frozen=True)
class SourceFile:
    """A file to convert: where it is, how the outputs name it, its content hash."""

    path: Path
    source_path: str
    digest: Optional[str]

    @property
    def doc_id(self) -> str:
        from pipeline.process import doc_id_for

        return doc_id_for(self.path, self.source_path, self.digest)


@dataclass
class BatchReport:
    """What a batch did: results in input order, and where the datasets went."""

    results: list[DocumentResult] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def failed(self) -> list[DocumentResult]:
        return [r for r in self.results if not r.ok]


def discover(inputs: Iterable[Path]) -> list[SourceFile]:
    """Files under the inputs (walked recursively, sorted), paths relative to their input root."""
    found: list[SourceFile] = []
    for root in inputs:
        if root.is_dir():
            candidates = sorted(p for p in root.rglob("*") if not p.is_dir() or p.is_symlink())
            pairs = [(p, p.relative_to(root).as_posix()) for p in candidates
                     if not any(part.startswith(IGNORED_PREFIXES) for part in p.relative_to(root).parts)]
        else:
            pairs = [(root, root.name)]
        found.extend(SourceFile(p, rel, file_digest(p)) for p, rel in pairs)
    return found


def unique_sources(files: list[SourceFile]) -> tuple[list[SourceFile], dict[str, list[str]]]:
    """One file per distinct content, and the other paths of each content."""
    firsts: dict[str, SourceFile] = {}
    duplicates: dict[str, list[str]] = {}
    for f in files:
        key = f.doc_id
        if key in firsts:
            duplicates.setdefault(key, []).append(f.source_path)
        else:
            firsts[key] = f
    return list(firsts.values()), duplicates


def run_all(sources: list[SourceFile], settings: Settings, jobs: int, timeout: float,
            memory_mb: int = 0) -> Iterator[DocumentResult]:
    """Results as files finish, from ``jobs`` worker processes guarded by ``timeout`` seconds.

    ``timeout=0`` with one job runs in this process, unguarded (for debugging a reader).
    """
    if timeout <= 0 and jobs <= 1:
        for source in sources:
            yield process(source.path, source.source_path, settings, doc_id=source.doc_id)
        return
    tasks = [Task(i, str(s.path), s.source_path, s.doc_id) for i, s in enumerate(sources)]
    yield from LocalPool(settings, jobs, timeout, memory_mb).map(tasks)


def assemble(results: list[DocumentResult], duplicates: dict[str, list[str]]) -> dict[str, tuple]:
    """Rows of every output table from the per-document results, archive-wide stages applied."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for result in results:
        rows["documents"].append(dict(result.document, duplicate_paths=duplicates.get(result.document["doc_id"], [])))
        for name, table_rows in result.tables.items():
            rows[name].extend(table_rows)
    rows["actions"] = resolve_next_meetings(rows["documents"], rows["actions"], rows["locations"])
    rows["agenda_items"] = resolve_item_next_meetings(rows["documents"], rows["agenda_items"], rows["locations"])
    return {name: (schema, rows[name]) for name, schema in TABLES.items()}


def convert(inputs: list[Path], out_dir: Path, settings: Settings = Settings(), jobs: int = 0,
            csv: bool = True, on_result: Optional[Callable[[DocumentResult, int, int], None]] = None,
            timeout: float = 120, memory_mb: int = 0) -> BatchReport:
    """Convert every file under ``inputs`` and write the datasets into ``out_dir``.

    ``jobs=0`` uses every core; results are assembled in input order whatever order the
    workers finish in.
    """
    report = BatchReport()
    sources, duplicates = unique_sources(discover(inputs))
    order = {s.doc_id: i for i, s in enumerate(sources)}
    for done, result in enumerate(run_all(sources, settings, jobs or default_jobs(), timeout, memory_mb), start=1):
        report.results.append(result)
        if on_result:
            on_result(result, done, len(sources))
    report.results.sort(key=lambda r: order[r.document["doc_id"]])
    report.written = write_tables(assemble(report.results, duplicates), out_dir, csv=csv)
    return report
