"""Running the same per-document function on a Dask cluster (``--executor dask``).

Each document is one task calling :func:`pipeline.process.process`; each worker loads the
reference data and the spaCy pipeline once and keeps them on its ``distributed.Worker``, before
the task announces that it starts (an event on the ``minutes-started`` topic): a file's timeout
runs from then, as on the local executor, never while it waited in a queue or while its worker
loaded spaCy; a tool the task runs (OCR, LibreOffice) adds its own allowance to it (an event on
``minutes-extend``). A task that runs past the timeout is recorded as failed and its worker restarted
(``Client.restart_workers``); a task whose worker died is recorded as failed with the reason.
Without ``--scheduler``, a ``LocalCluster`` of
``jobs`` single-threaded worker processes is started for the run and closed after it, each under
the same memory cap as a local worker (``--memory-limit``): Dask's nanny restarts a worker whose
resident memory passes it, and the worker's address space is bounded like a local worker's, so a
file too large fails alone ("too large: …") and is not retried on another worker.

On a real cluster: start ``dask scheduler`` on one machine, ``dask worker tcp://HOST:8786
--nthreads 1`` on each worker machine (each with this package, its system tools and the
same data files installed, and the input and cache folders on a shared file system), then
``minutes convert /shared/archive --out /shared/out --cache /shared/cache --executor dask
--scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Iterator, Optional, Sequence

from pipeline import tools
from pipeline.config import Settings
from pipeline.executor import Task, limit_memory, run_task, try_load_runtime
from pipeline.process import DocumentResult, failed_result

log = logging.getLogger(__name__)


#: the event topic on which a task says it has started (after its worker loaded spaCy)
STARTED_TOPIC = "minutes-started"
#: the event topic on which a task says that a tool (OCR, LibreOffice) adds its allowance to its clock
EXTEND_TOPIC = "minutes-extend"
#: times a file queued on a worker that died before starting it is handed out again
MAX_REQUEUES = 2


def run_dask_task(task: Task, settings: Settings, version: str, memory_mb: int = 0) -> DocumentResult:
    """The per-document function a Dask worker runs (the same as a local worker's): the worker's
    runtime loaded by its first task and kept on the worker, then the start announced, then the
    file converted. ``memory_mb`` bounds the worker's address space as a local worker's is (only
    on the run's own LocalCluster: a shared cluster's workers are configured by their owner)."""
    from distributed import get_worker

    worker = get_worker()
    key = (settings, version)
    loaded = getattr(worker, "minutes_runtime", None)
    if loaded is None or loaded[0] != key:
        limit_memory(memory_mb)
        loaded = (key, try_load_runtime(settings, version))
        worker.minutes_runtime = loaded
    runtime, load_error = loaded[1]
    _announce_start()
    key = worker.get_current_task()
    tools.tool_budget_listener = lambda seconds: worker.log_event(EXTEND_TOPIC, {"key": key, "seconds": seconds})
    try:
        return run_task(task, runtime, settings, version, load_error)
    finally:
        tools.tool_budget_listener = None


def _announce_start() -> None:
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # called outside a Dask worker
        return
    worker.log_event(STARTED_TOPIC, {"key": worker.get_current_task(), "worker": worker.address})


class DaskRunner:
    def __init__(self, settings: Settings, version: str, jobs: int, timeout: float, scheduler: Optional[str] = None,
                 memory_mb: int = 0):
        self.settings, self.version, self.jobs, self.timeout = settings, version, max(1, jobs), timeout
        self.scheduler, self.memory_mb = scheduler, memory_mb
        self.started: dict[str, tuple[float, str]] = {}  # task key -> (when it said it started, its worker)
        self.extra: dict[str, float] = {}  # task key -> seconds its tools added to its clock

    def _on_started(self, event) -> None:
        """Called by the client for each start event: the task's clock starts at its arrival."""
        _, message = event
        self.started[message["key"]] = (time.monotonic(), message["worker"])

    def _on_extended(self, event) -> None:
        """Called for each tool a task runs: the tool's own allowance is added to the task's clock
        (as on the local executor), so a scan's OCR is not cut short by the per-file timeout."""
        _, message = event
        self.extra[message["key"]] = self.extra.get(message["key"], 0.0) + message["seconds"]

    def map(self, tasks: Sequence[Task]) -> Iterator[DocumentResult]:
        import dask
        from distributed import Client, LocalCluster, wait

        cluster, own_memory_cap = None, 0
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            own_memory_cap = self.memory_mb
            # a worker killed on a file (memory, crash) fails that file; it is not handed to another
            # worker (files queued behind it on that worker are handed out again: see _requeued)
            with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                       memory_limit=f"{self.memory_mb}MiB" if self.memory_mb else None,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        try:
            client.subscribe_topic(STARTED_TOPIC, self._on_started)
            client.subscribe_topic(EXTEND_TOPIC, self._on_extended)
            # as many files handed out as the cluster runs at once: none waits on a worker behind
            # another, where a worker's death would fail it too (Dask fails every task a dead worker held)
            slots = self.jobs if cluster is not None else max(1, sum(client.nthreads().values()))
            queue = deque((task, 0) for task in tasks)
            futures: dict = {}
            pending: set = set()
            while queue or pending:
                while queue and len(pending) < slots:
                    task, attempt = queue.popleft()
                    future = client.submit(run_dask_task, task, self.settings, self.version, own_memory_cap,
                                           key=f"minutes-{task.doc_id}" + (f"-{attempt}" if attempt else ""), pure=False)
                    futures[future] = (task, attempt)
                    pending.add(future)
                try:
                    done, pending = wait(pending, timeout=1.0, return_when="FIRST_COMPLETED")
                except TimeoutError:  # nothing finished within the second: check the clocks
                    done = set()
                for future in done:
                    task, attempt = futures.pop(future)
                    if self._requeued(future, attempt):
                        queue.appendleft((task, attempt + 1))
                        continue
                    yield self._result(future, task)
                if self.timeout and pending:
                    yield from self._expire(client, futures, pending)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _requeued(self, future, attempt: int) -> bool:
        """True for a file whose worker died before it said it started it (queued there while a
        worker restarted, or its start not yet heard): it is handed out again, a bounded number
        of times, and only a file that started when its worker died fails for it."""
        from distributed.scheduler import KilledWorker

        return (future.status == "error" and isinstance(future.exception(), KilledWorker)
                and future.key not in self.started and attempt < MAX_REQUEUES)

    def _result(self, future, task: Task) -> DocumentResult:
        from distributed.scheduler import KilledWorker

        try:
            return future.result()
        except KilledWorker:
            cause = (f"too large for the {self.memory_mb:,} MB memory cap (--memory-limit), or a crash in a reader"
                     if self.memory_mb and not self.scheduler else "killed, or a crash in a reader")
            return failed_result(task.source_path, task.doc_id, task.path,
                                 f"worker died while converting this file ({cause})", self.version)
        except Exception as exc:  # the task raised outside process()
            return failed_result(task.source_path, task.doc_id, task.path,
                                 f"worker failed while converting this file ({type(exc).__name__}: {exc})",
                                 self.version)

    def _expire(self, client, futures, pending: set) -> Iterator[DocumentResult]:
        """Fail the tasks running past the timeout, counted from their start, and restart their workers.

        Not from ``Client.processing()``: it lists the tasks assigned to a worker, queued
        behind another or waiting for spaCy to load, and healthy files were failed that way.
        """
        now = time.monotonic()
        for future in list(pending):
            task, _ = futures[future]
            started, worker = self.started.get(future.key, (None, None))
            workers = [worker]
            allowed = self.timeout + self.extra.get(future.key, 0.0)
            if started is not None and now - started > allowed:
                log.warning("%s timed out after %g s; restarting its worker", task.source_path, allowed)
                future.cancel()
                pending.discard(future)
                try:
                    client.restart_workers(workers)
                except Exception as exc:  # restarting is best effort on a remote cluster
                    log.warning("could not restart worker %s: %s", workers, exc)
                yield failed_result(task.source_path, task.doc_id, task.path, f"timed out after {allowed:g} s",
                                    self.version)
