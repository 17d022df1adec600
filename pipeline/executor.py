"""Running ``process`` over many files in worker processes that a bad file cannot take down.

Each worker is a long-lived process (its imports and its spaCy pipeline loaded once) fed one
document at a time through a pipe. The parent watches every worker: a file that runs past the
timeout gets its worker killed; so does a worker whose resident memory, or that of the child it
reads a large PDF in (``extract.apart``), passes the cap (the file is "too large", and says by
how much); a worker that dies (a crash in a C library) is
noticed through its sentinel. Either way the file is recorded as failed with the reason, a
fresh worker takes the dead one's place, and the batch goes on. Each file's peak memory is
measured (the worker's high-water mark, reset when it starts the file, or its reading child's
when larger) and logged.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Iterator, Optional, Sequence

from pipeline import tools
from pipeline.config import Settings
from pipeline.forkserver import worker_context
from pipeline.process import DocumentResult, Runtime, failed_result, load_runtime, process_with
from pipeline.trace import mark

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Task:
    """One file to convert: its position in the batch and how to find and name it."""

    index: int
    path: str
    source_path: str
    doc_id: str
    helpers: int = 0  # cores the run leaves idle beside its worker, which its tagging may use


def run_task(task: Task, runtime: Optional[Runtime], settings: Settings, version: str,
             load_error: Optional[str] = None) -> DocumentResult:
    """A task's result: converted with the worker's runtime, or failed when the worker could
    not load its reference data or spaCy pipeline (said per file, so the run still reports)."""
    from pathlib import Path

    if runtime is None:
        return failed_result(task.source_path, task.doc_id, task.path, load_error or "NLP pipeline not loaded", version)
    return process_with(runtime, Path(task.path), task.source_path, task.doc_id, helpers=task.helpers)


def try_load_runtime(settings: Settings, version: str) -> tuple[Optional[Runtime], Optional[str]]:
    """The worker's runtime, or the reason it could not be loaded (a missing model, a bad data file).
    A worker forked from the fork server takes the one the server loaded, when it fits the settings."""
    preloaded = sys.modules.get("pipeline.preloaded")  # imported by the fork server only
    runtime = preloaded.runtime_for(settings, version) if preloaded is not None else None
    if runtime is not None:
        return runtime, None
    try:
        return load_runtime(settings, version), None
    except Exception as exc:  # reported on every file of this worker, never a silent crash
        log.exception("could not load the NLP pipeline")
        return None, f"could not load the NLP pipeline or reference data ({type(exc).__name__}: {exc})"


def with_helpers(tasks: Sequence[Task], jobs: int) -> list[Task]:
    """The tasks, each allowed a helper process for its tagging when the run leaves as many cores
    idle (fewer files than half the jobs: a run's only document with 2 jobs), none otherwise."""
    helpers = 1 if tasks and 2 * len(tasks) <= jobs else 0
    return [replace(task, helpers=helpers) for task in tasks]


#: the worker's address space may reach this many times the resident-memory cap: a backstop for
#: an allocation too quick for the parent's watch (address space runs ahead of resident memory)
ADDRESS_SPACE_FACTOR = 2
#: seconds between two looks at the workers' resident memory
MEMORY_POLL = 0.25


def limit_memory(megabytes: int) -> None:
    """Bound this process's address space to a multiple of the resident-memory cap (0: none)."""
    if megabytes > 0:
        import resource

        limit = ADDRESS_SPACE_FACTOR * megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def resident_mb(pid: int, field: str = "VmRSS") -> Optional[int]:
    """A process's resident memory (``VmRSS``) or its high-water mark (``VmHWM``) in MB, from
    /proc (None where there is none)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return None


def worker_resident_mb(pid: int) -> Optional[int]:
    """A worker's resident memory: its own, or its reading child's when larger (a fork of the
    worker, ``extract.apart``, with the same command line; not a tool it runs)."""
    own = resident_mb(pid)
    if own is None:
        return None
    return max([own] + [resident_mb(child) or 0 for child in _forks_of(pid)])


def _forks_of(pid: int) -> list[int]:
    """The children of a process running its own command line (forks of it), from /proc."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listing:
            children = [int(child) for child in listing.read().split()]
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            command = handle.read()
    except (OSError, ValueError):
        return []
    forks = []
    for child in children:
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                if handle.read() == command:
                    forks.append(child)
        except OSError:
            pass
    return forks


def _reset_peak() -> None:
    """Start this process's high-water mark afresh (and its reading children's), so it measures
    the next file alone."""
    from pipeline.extract import apart  # a worker's: the parent does not import the stages

    apart.reset_peak()
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def _peak_mb() -> Optional[int]:
    """This worker's peak on its file: its own high-water mark, or its reading child's if larger."""
    from pipeline.extract import apart

    return max(resident_mb(os.getpid(), "VmHWM") or 0, apart.children_peak_mb()) or None


def _worker_main(conn: Connection, settings: Settings, version: str, memory_mb: int,
                 environment: Optional[dict[str, str]] = None) -> None:
    """A worker's life: take a task, send back its result, until told to stop (None).

    The reference data and the spaCy pipeline are loaded first, once, so no document pays for them.
    ``environment``: the parent's, as it is now (a forked worker has the fork server's, from
    when that started; a spawned one has it already).
    """
    mark("worker: started")
    if environment is not None:
        os.environ.clear()
        os.environ.update(environment)
    limit_memory(memory_mb)
    held = sys.modules.get("pipeline.gc_hold")  # the fork server's first import, never the parent's
    if held is not None:
        held.resume()  # in case the server's load never gave the collector back
    gc.freeze()  # what the fork server imported and loaded: never collected, so its pages stay shared with it
    runtime, load_error = try_load_runtime(settings, version)
    gc.freeze()  # the runtime lives as long as the worker: the collector need not walk it again
    tools.tool_budget_listener = lambda seconds: conn.send(("extend", seconds))
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            _leave()
        if task is None:
            _leave()
        mark("worker: task received")
        _reset_peak()
        conn.send(("started", task.index))  # the file's clock starts now, not while spaCy loads
        result = run_task(task, runtime, settings, version, load_error)
        conn.send(("peak", _peak_mb()))
        conn.send(("result", result))
        mark("worker: result sent")


def _leave() -> None:
    """End the worker at once: it holds no file open and owes nothing to anyone, while the
    interpreter's orderly exit (freeing the whole spaCy pipeline object by object) would keep
    the parent waiting half a second at the end of every run."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


#: seconds a new worker may take to load its libraries and models before its first file
STARTUP_LIMIT = 600
#: seconds the workers told to stop may take to exit before they are killed
STOP_WAIT = 2.0


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    task: Optional[Task] = None
    assigned: float = 0.0
    started: Optional[float] = None  # when the worker said it began the task
    extra: float = 0.0  # seconds added to the file's timeout by the tools it runs (OCR, LibreOffice)
    told_to_stop: bool = False  # sent the stop at the end of the tasks (``LocalPool.map``)

    def late(self, timeout: float, now: float) -> bool:
        """Whether the file has had its ``timeout`` and its tools' own time, and more."""
        return self.started is not None and bool(timeout) and now - self.started > timeout + self.extra


class LocalPool:
    """``jobs`` worker processes with a per-file timeout and a per-worker memory cap."""

    def __init__(self, settings: Settings, version: str, jobs: int, timeout: float, memory_mb: int = 0):
        self.settings, self.version, self.jobs, self.timeout, self.memory_mb = settings, version, max(1, jobs), timeout, memory_mb
        self.context = worker_context()
        self.workers: list[_Worker] = []
        self.peaks: dict[str, int] = {}  # source_path -> peak resident memory of its worker (MB)

    def _start_worker(self) -> _Worker:
        mark("parent: worker asked for")  # the fork server forks it once loaded: start() waits for that
        parent, child = self.context.Pipe()
        proc = self.context.Process(target=_worker_main, daemon=True,
                                    args=(child, self.settings, self.version, self.memory_mb, dict(os.environ)))
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _retire(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def warm_up(self) -> None:
        """Get the workers' libraries and models loading without waiting for them: the fork
        server is started (it imports and loads on its own, while the caller goes on finding and
        hashing the files); without a fork server, a first worker is."""
        if self.context.get_start_method() == "forkserver":
            from pipeline.forkserver import start_fork_server

            start_fork_server()
        else:
            self.start(1)

    def start(self, count: int = 1) -> None:
        """Start workers ahead of the tasks: each spends its first seconds importing libraries
        and loading spaCy, which then overlaps the parent's finding and hashing of the files."""
        while len(self.workers) < min(count, self.jobs):
            self.workers.append(self._start_worker())

    def close(self) -> None:
        """Stop the workers: those told to stop at the end of the tasks (:meth:`map`) are given
        ``STOP_WAIT`` seconds to exit, all at once; any other (started ahead of tasks that never
        came) or still alive then is killed."""
        deadline = time.monotonic() + STOP_WAIT
        for worker in self.workers:
            if worker.told_to_stop:
                worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            self._retire(worker)
        self.workers = []

    def _tell_to_stop(self) -> None:
        """Tell the workers to stop at the end of the tasks, all at once so they exit together,
        without waiting for them: a worker's exit (the kernel freeing its pages, 20-50 ms) then
        overlaps the caller's assembly of the results instead of delaying it; :meth:`close`
        waits for them."""
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
            worker.told_to_stop = True

    def map(self, tasks: Sequence[Task]) -> Iterator[DocumentResult]:
        """Results as files finish (not in input order); at the end the workers are told to
        stop, and :meth:`close` waits for them."""
        if any(worker.told_to_stop for worker in self.workers):  # a second map on this pool: fresh workers
            self.close()
        pending = deque(with_helpers(tasks, self.jobs))
        self.start(min(self.jobs, len(tasks)))
        try:
            while pending or any(w.task for w in self.workers):
                for worker in self.workers:
                    if worker.task is None and pending:
                        self._assign(worker, pending.popleft())
                busy = [w for w in self.workers if w.task is not None]
                deadlines = [w.started + self.timeout + w.extra if w.started is not None and self.timeout
                             else w.assigned + STARTUP_LIMIT for w in busy]
                wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
                if self.memory_mb and busy:
                    wait_for = MEMORY_POLL if wait_for is None else min(wait_for, MEMORY_POLL)
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=wait_for))
                for i, worker in enumerate(self.workers):
                    result = self._check(worker, ready)
                    if result is not None:
                        if worker.task is None and pending and not worker.conn.closed and worker.process.is_alive():
                            self._assign(worker, pending.popleft())  # its next file before the result is saved
                        yield result
                        if worker.task is None and not worker.process.is_alive():
                            self.workers[i] = self._start_worker()
        finally:
            self._tell_to_stop()  # waited for by close()

    @staticmethod
    def _assign(worker: _Worker, task: Task) -> None:
        """Send a worker its next file; its clock starts when the worker says it began."""
        worker.task, worker.assigned, worker.started, worker.extra = task, time.monotonic(), None, 0.0
        worker.conn.send(task)

    def _check(self, worker: _Worker, ready: set) -> Optional[DocumentResult]:
        """The worker's result if it has one; a failed result if it died or ran out of time."""
        task = worker.task
        if task is None:
            return None
        if worker.conn in ready:
            try:
                while worker.conn.poll():
                    kind, payload = worker.conn.recv()
                    if kind == "started":
                        worker.started = time.monotonic()
                    elif kind == "extend":
                        worker.extra += payload
                    elif kind == "peak":
                        if payload is not None:
                            self.peaks[task.source_path] = payload
                            log.debug("%s: peak memory of its worker %d MB", task.source_path, payload)
                    else:
                        worker.task = None
                        return payload
            except (EOFError, OSError):
                pass  # died while answering: handled as a crash below
        if worker.process.sentinel in ready or not worker.process.is_alive():
            worker.process.join(timeout=5)
            code = worker.process.exitcode
            reason = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            log.warning("worker crashed on %s (%s); starting a new one", task.source_path, reason)
            self._retire(worker)
            worker.task = None
            return failed_result(task.source_path, task.doc_id, task.path,
                                 f"worker crashed while converting this file ({reason}); memory cap or a bug in a reader",
                                 self.version)
        resident = worker_resident_mb(worker.process.pid) if self.memory_mb else None
        if resident is not None and resident > self.memory_mb:
            reason = (f"too large: its worker reached {resident:,} MB of memory on this file, over the "
                      f"{self.memory_mb:,} MB cap (--memory-limit)")
            log.warning("%s: %s; replacing its worker", task.source_path, reason)
            self._retire(worker)
            worker.task = None
            self.peaks[task.source_path] = resident
            return failed_result(task.source_path, task.doc_id, task.path, reason, self.version)
        now = time.monotonic()
        late = worker.late(self.timeout, now)
        stuck = worker.started is None and now - worker.assigned > STARTUP_LIMIT
        if late or stuck:
            reason = f"timed out after {self.timeout + worker.extra:g} s" if late else "its worker never started (libraries or model)"
            log.warning("%s: %s; replacing its worker", task.source_path, reason)
            self._retire(worker)
            worker.task = None
            return failed_result(task.source_path, task.doc_id, task.path, reason, self.version)
        return None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
