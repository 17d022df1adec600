"""Running the real command line (``python -m pipeline convert``) from a benchmark: its wall
time from outside (the whole process, imports and workers included) and the peak memory of
each of its worker processes, read from the kernel's high-water mark (VmHWM) while they run.
A forked worker's resident pages include those it shares with its fork server (the loaded
pipeline, copy-on-write): beside the VmHWM, a memory benchmark may ask for the largest PSS
(shared pages split among the processes mapping them) and USS (its private pages: what the
worker adds) seen while polling, sampled, not high-water marks. The CPU time of the parent
process alone (its children not counted), the total of its workers' and of its other
descendants' (the fork server, LibreOffice) are sampled too, each process's last reading before
it ended (a poll interval, 50 ms, may be missed at the end of each), and the watcher's own CPU:
on 2 cores it competes with a 2-job run's workers, so it is kept small (a few /proc files a
poll) and printed.

The benchmark's own imports are never counted: the CLI is a separate process. The package's
bytecode is compiled before the first run, as installing a wheel does: where
``PYTHONDONTWRITEBYTECODE`` is set (this project's containers), a checkout never gets it, and
every process of every run would compile each module it imports from source (0.1 s of CPU in
the fork server alone, on the critical path of a one-file run), which no installed copy does.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CliRun:
    seconds: float
    returncode: int
    worker_peak_mb: float  # the largest VmHWM of any worker process of the run (a reading child included)
    parent_peak_mb: float
    server_peak_mb: float = 0.0  # the fork server's VmHWM: it holds the loaded pipeline the workers share
    worker_pss_mb: float = 0.0  # the largest PSS of a worker seen while polling (with ``shares`` only)
    worker_uss_mb: float = 0.0  # the largest USS (private pages) of a worker seen while polling (``shares`` only)
    log: str = ""  # what the command line wrote on stderr (its log lines)
    parent_cpu: float = 0.0  # CPU seconds of the parent process itself (user + system)
    workers_cpu: float = 0.0  # CPU seconds of all its worker processes together
    others_cpu: float = 0.0  # CPU seconds of its other descendants: the fork server, LibreOffice, the resource tracker
    poller_cpu: float = 0.0  # CPU seconds this process spent watching the run (its poller competes for the cores too)

    @property
    def cores_used(self) -> float:
        """The run's CPU (the parent and every descendant seen) over its wall time: how many cores it
        kept busy on average; above 1 at one job, the second core was not idle before a second worker."""
        return (self.parent_cpu + self.workers_cpu + self.others_cpu) / max(self.seconds, 1e-9)


def _hwm_mb(process: psutil.Process) -> float:
    try:
        with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_uss_mb(process: psutil.Process) -> tuple[float, float]:
    """(PSS, USS) of a process now, from ``/proc/PID/smaps_rollup`` (0, 0 once it is gone)."""
    fields = {}
    try:
        with open(f"/proc/{process.pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                name, _, value = line.partition(":")
                if name in ("Pss", "Private_Clean", "Private_Dirty"):
                    fields[name] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return fields.get("Pss", 0.0), fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0)


def _server(parent: psutil.Process, descendants: list[psutil.Process]) -> list[psutil.Process]:
    """The CLI's fork server among its ``descendants`` (its imports and the default pipeline,
    loaded once and shared by the workers forked from it: their VmHWM counts those pages too)."""
    found = []
    for process in descendants:
        try:
            if process.ppid() == parent.pid and "forkserver" in " ".join(process.cmdline()):
                found.append(process)
        except psutil.Error:
            pass
    return found


def _child_pids(pid: int) -> list[int]:
    """The children of a process, from each of its threads' ``children`` file in /proc (a thread
    may start a tool): a few small files, where psutil's ``children`` reads the status of every
    process on the machine."""
    found = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for thread in threads:
        try:
            with open(f"/proc/{pid}/task/{thread}/children", encoding="ascii") as listing:
                found.extend(int(child) for child in listing.read().split())
        except (OSError, ValueError):
            pass
    return found


def _descendants(parent: psutil.Process, known: dict[int, psutil.Process]) -> list[psutil.Process]:
    """Every descendant of ``parent`` now, each as the same ``psutil.Process`` from one poll to
    the next (``known``, by pid). Regression: psutil's ``children(recursive=True)`` read every
    process's status on the machine at each poll, 20 times a second, and a whole 1-job run of
    200 documents cost this poller as much CPU as half its workers' on a busy machine: CPU
    taken from the 2-job run's workers, while the 1-job run had a core to spare for it."""
    found, pending = [], _child_pids(parent.pid)
    while pending:
        pid = pending.pop()
        if pid not in known:
            try:
                known[pid] = psutil.Process(pid)
            except psutil.Error:
                continue
        found.append(known[pid])
        pending.extend(_child_pids(pid))
    return found


def _workers(parent: psutil.Process, descendants: list[psutil.Process]) -> list[psutil.Process]:
    """The CLI's worker processes among its ``descendants``: forked by its fork server (the
    server's children, not the server itself), or its own children where there is no server, and
    the children a worker forks to read a large PDF (``extract.apart``: the same command line);
    never LibreOffice, OCRmyPDF or the resource tracker."""
    found = []
    for process in descendants:
        try:
            command = " ".join(process.cmdline())
            is_server = "forkserver" in command and process.ppid() == parent.pid
        except psutil.Error:
            continue
        if "multiprocessing" in command and "resource_tracker" not in command and not is_server:
            found.append(process)
    return found


def _cpu(process: psutil.Process, last: float) -> float:
    """A process's own CPU seconds so far (user + system, its children not counted); ``last``
    once it is gone."""
    try:
        times = process.cpu_times()
    except psutil.Error:
        return last
    return times.user + times.system


def compile_package(tree: Path = ROOT) -> None:
    """Write the bytecode of every module of the package that lacks a current one."""
    compileall.compile_dir(tree / "pipeline", quiet=1)


def run_cli(*args: str, poll: float = 0.05, settings: dict[str, str] | None = None, tree: Path = ROOT,
            shares: bool = False) -> CliRun:
    """``python -m pipeline ARGS`` with this checkout (or another one, ``tree``) first on the
    path, timed and watched; ``settings``: environment variables added (``MINUTES_DOMAIN_NER_MODE``…).
    ``shares``: the workers' PSS and USS sampled too, for a memory benchmark only: the kernel
    walks a worker's whole page table for them (about 10 ms of CPU a read for a 300 MB worker,
    20 times a second), CPU a timed run would lose to its watcher."""
    tree = tree.resolve()
    compile_package(tree)
    env = dict(os.environ, **(settings or {}),
               PYTHONPATH=os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH")])))
    log = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a pipe left unread could fill and stall the CLI
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=tree, env=env,
                            stdout=subprocess.DEVNULL, stderr=log)
    parent = psutil.Process(proc.pid)
    workers: dict[int, float] = {}
    workers_cpu: dict[int, float] = {}
    others_cpu: dict[int, float] = {}
    known: dict[int, psutil.Process] = {}
    watching = time.process_time()
    parent_peak = server_peak = pss = uss = parent_cpu = 0.0
    while proc.poll() is None:
        parent_peak = max(parent_peak, _hwm_mb(parent))
        parent_cpu = _cpu(parent, parent_cpu)
        descendants = _descendants(parent, known)
        for child in _workers(parent, descendants):
            workers[child.pid] = max(workers.get(child.pid, 0.0), _hwm_mb(child))
            workers_cpu[child.pid] = _cpu(child, workers_cpu.get(child.pid, 0.0))
            if shares:
                pss, uss = (max(a, b) for a, b in zip((pss, uss), _pss_uss_mb(child)))
        server_peak = max([server_peak] + [_hwm_mb(server) for server in _server(parent, descendants)])
        for other in descendants:
            if other.pid not in workers:
                others_cpu[other.pid] = _cpu(other, others_cpu.get(other.pid, 0.0))
        time.sleep(poll)
    seconds = time.perf_counter() - start
    watching = time.process_time() - watching
    with log:
        log.seek(0)
        text = log.read()
    return CliRun(seconds, proc.returncode, max(workers.values(), default=0.0), parent_peak, server_peak, pss, uss, text,
                  parent_cpu, sum(workers_cpu.values()), sum(others_cpu.values()), watching)
