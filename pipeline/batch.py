"""A batch: find the files under the inputs, convert each once, assemble the datasets.

Files are found recursively; identical files (same bytes) are converted once and their other
paths recorded. One file's failure is one failed row; the batch always goes on.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from pipeline.config import Settings
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


def _process_source(args: tuple[SourceFile, Settings]) -> DocumentResult:
    source, settings = args
    return process(source.path, source.source_path, settings, doc_id=source.doc_id)


def run_all(sources: list[SourceFile], settings: Settings, jobs: int) -> Iterator[DocumentResult]:
    """Results in input order, converted in ``jobs`` worker processes (in-process when 1)."""
    work = [(s, settings) for s in sources]
    if jobs <= 1 or len(work) <= 1:
        yield from map(_process_source, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_process_source, work, chunksize=1)


def assemble(results: list[DocumentResult], duplicates: dict[str, list[str]]) -> dict[str, tuple]:
    """Rows of every output table from the per-document results."""
    tables = {name: (schema, []) for name, schema in TABLES.items()}
    for result in results:
        document = dict(result.document, duplicate_paths=duplicates.get(result.document["doc_id"], []))
        tables["documents"][1].append(document)
        for name, rows in result.tables.items():
            tables[name][1].extend(rows)
    return tables


def convert(inputs: list[Path], out_dir: Path, settings: Settings = Settings(), jobs: int = 1,
            csv: bool = True, on_result: Optional[Callable[[DocumentResult, int, int], None]] = None) -> BatchReport:
    """Convert every file under ``inputs`` and write the datasets into ``out_dir``."""
    report = BatchReport()
    sources, duplicates = unique_sources(discover(inputs))
    for done, result in enumerate(run_all(sources, settings, jobs), start=1):
        report.results.append(result)
        if on_result:
            on_result(result, done, len(sources))
    report.written = write_tables(assemble(report.results, duplicates), out_dir, csv=csv)
    return report
