"""A batch: find the files under the inputs, convert what is new, assemble the datasets.

Incremental: a file whose content was converted before by the same pipeline version is not
converted again (its saved result is reused); a changed file is; a file gone from the inputs
leaves the datasets. Identical files are converted once and their other paths recorded. One
file's failure is one failed row; the batch always goes on. The datasets are assembled from
the saved per-document results, one document at a time (memory does not grow with the
archive), into a staging folder swapped in at the end; each run is appended to runs.parquet.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

import pyarrow as pa

from pipeline.archive import ARCHIVE_PATCHES, next_meeting_dates, primary_documents
from pipeline.background_imports import import_in_background
from pipeline.config import DEFAULT_MEMORY_MB, FORMATS_BY_EXTENSION, Settings
from pipeline.discovery import SourceFile, discover
from pipeline.executor import LocalPool, Task, default_jobs
from pipeline.process import DocumentResult, current_version, failed_result, load_runtime, process_with
from pipeline.schema import TABLES
from pipeline.store import ManifestEntry, ResultStore, manifest_options, manifest_table, read_manifest
from pipeline.trace import mark
from pipeline.validate import row_violations, validate_folder
from pipeline.write import arrow_table, publish, stage_extra, stage_table, stage_tables, stage_workbook, staging_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    """How a run goes, apart from what the stages read (``Settings``).

    - ``jobs``: worker processes (0: one per core); ``timeout``: seconds a file may take (0 with
      one job: run in this process, unguarded, to debug a reader); ``memory_mb``: a worker's
      memory cap (0: none);
    - ``executor``: ``local`` worker processes or ``dask`` (``scheduler``: a cluster's address);
    - ``csv``: CSV beside each Parquet file; ``hxl``: HXL hashtag row under the CSV header;
      ``excel_csv``: CSVs starting with a UTF-8 byte order mark (Excel); ``xlsx``: minutes.xlsx,
      a sheet per table and a README sheet;
    - ``retry_failed``: convert again the files that failed in an earlier run;
    - ``follow_links``: read symbolic links that lead out of the input folders (by default they
      are recorded as skipped, not read).
    """

    jobs: int = 0
    timeout: float = 120
    memory_mb: int = DEFAULT_MEMORY_MB
    executor: str = "local"
    scheduler: Optional[str] = None
    csv: bool = True
    hxl: bool = False
    retry_failed: bool = False
    follow_links: bool = False
    excel_csv: bool = False
    xlsx: bool = False

    def __post_init__(self) -> None:
        if self.jobs < 0 or self.timeout < 0 or self.memory_mb < 0:
            raise ValueError("RunOptions: jobs, timeout and memory_mb must not be negative")
        if self.executor not in ("local", "dask"):
            raise ValueError(f"RunOptions.executor must be local or dask, got {self.executor!r}")


@dataclass
class BatchReport:
    """What a batch did: the documents rows in input order, counts, and where outputs went."""

    results: list[DocumentResult] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    finished: Optional[dt.datetime] = None
    seen: int = 0
    converted: int = 0
    skipped: int = 0
    version: str = ""

    @property
    def failed(self) -> list[DocumentResult]:
        return [r for r in self.results if r.document["status"] == "failed"]

    @property
    def not_read(self) -> list[DocumentResult]:
        """Files found but not read on purpose (links out of the inputs…), each with its reason."""
        return [r for r in self.results if r.document["status"] == "skipped"]


def skipped_result(source: SourceFile, version: str) -> DocumentResult:
    """The documents row of a file found but not read: status skipped, the reason in ``error``."""
    result = failed_result(source.source_path, source.doc_id, source.path, source.skip_reason, version)
    result.document.update(status="skipped", file_size=None, format="folder" if source.is_folder else
                           result.document["format"])
    return result


def unique_sources(files: list[SourceFile]) -> tuple[list[SourceFile], dict[str, list[str]]]:
    """One file per distinct content, and the other paths of each content."""
    firsts: dict[str, SourceFile] = {}
    duplicates: dict[str, list[str]] = {}
    for f in files:
        if f.doc_id in firsts:
            duplicates.setdefault(f.doc_id, []).append(f.source_path)
        else:
            firsts[f.doc_id] = f
    return list(firsts.values()), duplicates


#: rough seconds a file costs before its size counts (LibreOffice starts for a legacy .doc)
FORMAT_START_SECONDS = {"doc": 1.0, "pdf": 0.2}
#: rough seconds per megabyte of file (a scanned PDF is big and slow: OCR)
SECONDS_PER_MB = 1.0


def expected_cost(source: SourceFile) -> float:
    """A guess of a file's conversion time, to hand out the slowest files first: a worker left
    with one slow file while the others idle would stretch the end of every batch."""
    fmt = FORMATS_BY_EXTENSION.get(source.path.suffix.lower(), "")
    return FORMAT_START_SECONDS.get(fmt, 0.0) + (source.size or 0) / 1e6 * SECONDS_PER_MB


def in_process(options: RunOptions, jobs: int) -> bool:
    """``timeout=0`` with one local job runs in this process, unguarded (for debugging a reader)."""
    return options.executor == "local" and options.timeout <= 0 and jobs <= 1


def run_all(sources: list[SourceFile], settings: Settings, version: str, options: RunOptions,
            pool: Optional[LocalPool] = None) -> Iterator[DocumentResult]:
    """Results as files finish, from worker processes guarded by ``options.timeout`` seconds (``pool``:
    local workers already started), or in this process (:func:`in_process`)."""
    if not sources:
        return
    jobs = options.jobs or default_jobs()
    tasks = [Task(i, str(s.path), s.source_path, s.doc_id) for i, s in enumerate(sources)]
    tasks.sort(key=lambda t: expected_cost(sources[t.index]), reverse=True)
    if options.executor == "dask":
        from pipeline.dask_executor import DaskRunner

        yield from DaskRunner(settings, version, jobs, options.timeout, options.scheduler, options.memory_mb).map(tasks)
        return
    if in_process(options, jobs):
        runtime = load_runtime(settings, version)
        for source in sources:
            yield process_with(runtime, source.path, source.source_path, source.doc_id)
        return
    convert_legacy_ahead(sources, settings, jobs, options.memory_mb)
    if pool is not None:  # closed by its owner
        yield from pool.map(tasks)
        return
    pool = LocalPool(settings, version, jobs, options.timeout, options.memory_mb)
    try:
        yield from pool.map(tasks)
    finally:
        pool.close()


def within_the_schema(result: DocumentResult, paths: dict[str, Path], version: str) -> DocumentResult:
    """A file's result, or its failure when its rows break the schema (a stage's bug on that file):
    the file fails with the cause named, the run's datasets stay valid."""
    broken = row_violations(result.tables) if result.tables else ""
    if not broken:
        return result
    document = result.document
    log.error("rows of %s fail the schema: %s", document["source_path"], broken)
    return failed_result(document["source_path"], document["doc_id"], paths[document["doc_id"]],
                         f"internal error (rows fail the schema: {broken}); please report this file", version)


def convert_legacy_ahead(sources: list[SourceFile], settings: Settings, jobs: int, memory_mb: int) -> None:
    """The legacy files (.doc, .rtf, .odt) converted into the conversion cache before the local
    workers start on them, many to a LibreOffice call (its start costs several times a file's
    conversion); a file it could not convert is converted alone by its worker, which names the
    cause. Not with Dask: its workers may not share this machine's cache."""
    from pipeline.extract.doc_chunks import convert_ahead, is_legacy

    paths = [s.path for s in sources if is_legacy(s.path)]
    if paths:

        try:
            convert_ahead(paths, settings, jobs, memory_mb)
        except Exception:  # a saving, not a stage: the workers convert what is not in the cache
            log.warning("converting the legacy files ahead failed; each is converted by its worker", exc_info=True)


class RunInProgress(Exception):
    """Another run is writing to the same output folder (an overrunning scheduled job)."""


class WriteError(Exception):
    """The run could not write its outputs or its cache (a full disk, above all); what was in
    place stays whole and what was converted is kept for the next run."""


def write_failure(exc: OSError, out_dir: Path, settings: Settings) -> WriteError:
    """One line for a failed write: where, why, and that nothing already in place was lost."""
    full = exc.errno == errno.ENOSPC or "No space left on device" in str(exc)
    cause = "no space left on device" if full else (exc.strerror or str(exc))
    return WriteError(f"cannot write into {out_dir} or the cache {settings.cache_dir}: {cause}. The datasets already "
                      f"there are left whole and the documents converted so far are kept: "
                      f"{'free some space' if full else 'fix this'} and run again")


@contextmanager
def exclusive(out_dir: Path):
    """Hold the output folder's lock for the run; a second run fails at once instead of interleaving."""
    import fcntl

    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / ".minutes.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise RunInProgress(f"another run is writing to {out_dir}; try again when it has finished") from exc
        handle.write(str(os.getpid()))
        handle.flush()
        yield


def convert(inputs: list[Path], out_dir: Path, settings: Settings = Settings(), options: RunOptions = RunOptions(),
            on_result: Optional[Callable[[DocumentResult, int, int], None]] = None) -> BatchReport:
    """Convert what is new under ``inputs`` and write the datasets into ``out_dir``.

    Results are assembled in input order whatever order the workers finish in. A file that
    failed before is not tried again (a pathological file would cost every run its timeout)
    unless ``options.retry_failed``. Links out of the inputs are recorded as skipped, not read,
    unless ``options.follow_links``. A failed write (a full disk) raises :class:`WriteError`.
    """
    mark("parent: batch imported")
    version = current_version(settings)  # once per run: it hashes the code and every data file
    mark("parent: version computed")
    jobs = options.jobs or default_jobs()
    pool = (None if options.executor != "local" or in_process(options, jobs)
            else LocalPool(settings, version, jobs, options.timeout, options.memory_mb))
    with exclusive(out_dir):
        if pool is not None:
            pool.warm_up()  # the workers' spaCy loads while the files are found, hashed and compared
        try:
            return _convert(inputs, out_dir, settings, options, on_result, version, pool)
        except OSError as exc:  # files are read in the workers, whose errors are results: this is a write
            raise write_failure(exc, out_dir, settings) from exc
        finally:
            if pool is not None:
                pool.close()


def _convert(inputs: list[Path], out_dir: Path, settings: Settings, options: RunOptions,
             on_result: Optional[Callable[[DocumentResult, int, int], None]], version: str,
             pool: Optional[LocalPool] = None) -> BatchReport:
    report = BatchReport(version=version)
    store = ResultStore(settings.cache_dir, version)
    manifest = read_manifest(out_dir)
    files = discover(inputs, manifest, exclude=[out_dir, settings.cache_dir], follow_links=options.follow_links)
    sources, duplicates = unique_sources(files)
    mark("parent: files found")
    for source in sources:
        if source.skip_reason:  # recorded, never read: saved anew each run (the reason may have changed)
            store.save(skipped_result(source, version))
    todo = [s for s in sources if not s.skip_reason
            and (not store.has(s.doc_id) or (options.retry_failed and store.failed(s.doc_id)))]
    report.seen, report.skipped = len(files), sum(not s.skip_reason for s in sources) - len(todo)
    if todo and pool is not None:  # what the assembly imports (pandas…), while the parent waits for its local
        import_in_background()  # workers: not before it asks for them (in-process or on Dask, nothing to overlap)
    paths = {s.doc_id: s.path for s in todo}
    for done, result in enumerate(run_all(todo, settings, version, options, pool), start=1):
        mark("parent: result received")
        result = within_the_schema(result, paths, version)
        store.save(result)
        report.converted += 1
        if on_result:
            on_result(result, done, len(todo))
    mark("parent: every result saved")
    entries = [ManifestEntry(f.source_path, f.doc_id, f.size, f.mtime_ns) for f in files]
    if report.converted == 0 and outputs_current(out_dir, manifest, entries, version, options.csv, options.hxl,
                                                   options.excel_csv, options.xlsx):
        documents = read_documents(out_dir)  # nothing changed: the datasets in place are already right
    else:
        manifest_rows = manifest_table(entries, version, output_options(options.csv, options.hxl,
                                                                                 options.excel_csv, options.xlsx))
        report.written, documents = assemble(store, sources, duplicates, out_dir, options, manifest_rows)
    mark("parent: datasets written")
    report.results = [DocumentResult(d) for d in documents]
    store.prune_other_versions()
    report.finished = dt.datetime.now(dt.timezone.utc)
    append_run(out_dir, report)
    mark("parent: run recorded")
    return report


def archive_documents(store: ResultStore, sources: list[SourceFile], duplicates: dict[str, list[str]]
                      ) -> tuple[list[dict], dict[str, dt.date]]:
    """The documents rows of the whole archive after the archive stages (which rendering of a
    meeting is primary), and the next-meeting date of each document where the archive tells.
    The rows are read as the datasets hold them (typed by the schema and back), as the archive
    stages have always seen them."""
    documents, places = [], []
    for source in sources:
        result = store.load(source.doc_id)
        documents.append(result.document)
        places += [r for r in result.tables.get("locations", ()) if r["field"] == "place"]
    documents = [dict(row, source_path=s.source_path, duplicate_paths=duplicates.get(s.doc_id, []))
                 for row, s in zip(as_stored("documents", documents), sources)]
    primary = primary_documents(documents)
    return ([dict(d, primary=d["doc_id"] in primary) for d in documents],
            next_meeting_dates(documents, as_stored("locations", places)))


def as_stored(name: str, rows: list[dict]) -> list[dict]:
    """Rows as a dataset gives them back: typed by the table's schema (an int in a float column
    read as a float…), what the archive stages read."""
    return arrow_table(TABLES[name], rows).to_pylist()


def archived_rows(store: ResultStore, doc_id: str, next_dates: dict[str, dt.date]) -> dict[str, list[dict]]:
    """One document's rows of every table, with the archive stage's patches applied (next-meeting dates)."""
    tables = store.load(doc_id).tables
    if doc_id not in next_dates:
        return tables
    patched = dict(tables)
    for name, patch in ARCHIVE_PATCHES.items():
        if tables.get(name):
            patched[name] = patch(as_stored(name, tables[name]), next_dates[doc_id])
    return patched


def assemble(store: ResultStore, sources: list[SourceFile], duplicates: dict[str, list[str]], out_dir: Path,
             options: RunOptions, manifest: pa.Table) -> tuple[list[Path], list[dict]]:
    """Every dataset from the saved per-document results, a document at a time (memory does
    not grow with the archive), through the archive stages; staged, validated, then published.
    Returns the files written and the documents rows."""
    documents, next_dates = archive_documents(store, sources, duplicates)
    with staging_folder(out_dir) as staging:
        staged = stage_table(staging, "documents", [arrow_table(TABLES["documents"], documents)], options.csv, options.hxl,
                             options.excel_csv)
        staged += stage_tables(staging, [name for name in TABLES if name != "documents"],
                               (archived_rows(store, s.doc_id, next_dates) for s in sources),
                               options.csv, options.hxl, options.excel_csv)
        validate_folder(staging)  # a failing check leaves the previous datasets in place
        if options.xlsx:
            staged.append(stage_workbook(staging))
        staged.append(stage_extra(staging, "manifest", manifest))
        return publish(staged, out_dir), documents


def output_options(csv: bool, hxl: bool, excel_csv: bool = False, xlsx: bool = False) -> dict[str, str]:
    options = {"csv": str(csv), "hxl": str(hxl)}
    options.update({name: "True" for name, on in (("excel_csv", excel_csv), ("xlsx", xlsx)) if on})
    return options


def outputs_current(out_dir: Path, manifest: dict[str, ManifestEntry], entries: list[ManifestEntry], version: str,
                    csv: bool, hxl: bool, excel_csv: bool = False, xlsx: bool = False) -> bool:
    """True when the datasets in ``out_dir`` were assembled from exactly these files by this
    version with these options: a no-change run then has nothing to rewrite."""
    import pyarrow.parquet as pq

    path = out_dir / "manifest.parquet"
    if not path.exists():
        return False
    versions = set(pq.read_table(path, columns=["pipeline_version"]).column(0).to_pylist())
    if versions != {version} or manifest_options(out_dir) != output_options(csv, hxl, excel_csv, xlsx):
        return False
    if {e.source_path: e for e in entries} != manifest:
        return False
    expected = [out_dir / f"{name}.parquet" for name in TABLES] + ([out_dir / f"{name}.csv" for name in TABLES] if csv else [])
    expected += [out_dir / "minutes.xlsx"] if xlsx else []
    return all(p.exists() for p in expected)


def read_documents(out_dir: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(out_dir / "documents.parquet").to_pylist()


def append_run(out_dir: Path, report: BatchReport) -> None:
    """One more row in runs.parquet: when, what was seen, converted, skipped, failed."""
    import pyarrow.parquet as pq

    from pipeline.schema import RUNS

    path = out_dir / "runs.parquet"
    previous = pq.read_table(path, schema=RUNS.arrow).to_pylist() if path.exists() else []
    row = {"started": report.started, "finished": report.finished, "files_seen": report.seen,
           "converted": report.converted, "skipped": report.skipped, "failed": len(report.failed),
           "documents": len(report.results), "pipeline_version": report.version}
    staging = path.with_name(f".runs.{os.getpid()}.parquet")
    try:
        pq.write_table(arrow_table(RUNS, previous + [row]), staging)
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
