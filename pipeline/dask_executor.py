"""Running the same per-document function on a Dask cluster (``--executor dask``).

Each document is one task calling :func:`pipeline.process.process`; each worker loads the
reference data and the spaCy pipeline once, and keeps them on its ``distributed.Worker``. A task that runs past the timeout is
recorded as failed and its worker restarted (``Client.restart_workers``); a task whose worker
died is recorded as failed with the reason. Without ``--scheduler``, a ``LocalCluster`` of
``jobs`` single-threaded worker processes is started for the run and closed after it.

On a real cluster: start ``dask scheduler`` on one machine, ``dask worker tcp://HOST:8786
--nthreads 1`` on each worker machine (each with this package, its system tools and the
same data files installed, and the input and cache folders on a shared file system), then
``minutes convert /shared/archive --out /shared/out --cache /shared/cache --executor dask
--scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import logging
import time
from typing import Iterator, Optional, Sequence

from pipeline.config import Settings
from pipeline.executor import Task, run_task, try_load_runtime
from pipeline.process import DocumentResult, failed_result

log = logging.getLogger(__name__)


def run_dask_task(task: Task, settings: Settings, version: str) -> DocumentResult:
    """The per-document function a Dask worker runs (the same as a local worker's); the
    worker's runtime is loaded by its first task and kept on the worker for the next ones."""
    from distributed import get_worker

    worker = get_worker()
    key = (settings, version)
    loaded = getattr(worker, "minutes_runtime", None)
    if loaded is None or loaded[0] != key:
        loaded = (key, try_load_runtime(settings, version))
        worker.minutes_runtime = loaded
    runtime, load_error = loaded[1]
    return run_task(task, runtime, settings, version, load_error)


class DaskRunner:
    def __init__(self, settings: Settings, version: str, jobs: int, timeout: float, scheduler: Optional[str] = None):
        self.settings, self.version, self.jobs, self.timeout = settings, version, max(1, jobs), timeout
        self.scheduler = scheduler
        self.running_since: dict[str, float] = {}  # task key -> when a worker was first seen on it

    def map(self, tasks: Sequence[Task]) -> Iterator[DocumentResult]:
        from distributed import Client, LocalCluster, wait

        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.WARNING)
            client = Client(cluster)
        try:
            futures = {client.submit(run_dask_task, task, self.settings, self.version, key=f"minutes-{task.doc_id}", pure=False): task
                       for task in tasks}
            pending = set(futures)
            while pending:
                try:
                    done, pending = wait(pending, timeout=1.0, return_when="FIRST_COMPLETED")
                except TimeoutError:  # nothing finished within the second: check the clocks
                    done = set()
                for future in done:
                    yield self._result(future, futures[future])
                if self.timeout and pending:
                    yield from self._expire(client, futures, pending)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _result(self, future, task: Task) -> DocumentResult:
        try:
            return future.result()
        except Exception as exc:  # the worker died or the task raised outside process()
            return failed_result(task.source_path, task.doc_id, task.path,
                                 f"worker failed while converting this file ({type(exc).__name__}: {exc})",
                                 self.version)

    def _expire(self, client, futures, pending: set) -> Iterator[DocumentResult]:
        """Fail the tasks running past the timeout and restart the workers running them."""
        processing = client.processing()
        now = time.monotonic()
        for future in list(pending):
            task = futures[future]
            workers = [w for w, keys in processing.items() if future.key in keys]
            first_seen = self.running_since.setdefault(future.key, now) if workers else None
            if first_seen is not None and now - first_seen > self.timeout:
                log.warning("%s timed out after %g s; restarting its worker", task.source_path, self.timeout)
                future.cancel()
                pending.discard(future)
                try:
                    client.restart_workers(workers)
                except Exception as exc:  # restarting is best effort on a remote cluster
                    log.warning("could not restart worker %s: %s", workers, exc)
                yield failed_result(task.source_path, task.doc_id, task.path, f"timed out after {self.timeout:g} s",
                                    self.version)
