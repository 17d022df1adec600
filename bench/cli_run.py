"""Running the real command line (``python -m pipeline convert``) from a benchmark: its wall
time from outside (the whole process, imports and workers included) and the peak memory of
each of its worker processes, read from the kernel's high-water mark (VmHWM) while they run.
A forked worker's resident pages include those it shares with its fork server (the loaded
pipeline, copy-on-write): beside the VmHWM, the largest PSS (shared pages split among the
processes mapping them) and USS (its private pages: what the worker adds) seen while polling
are kept too, sampled, not high-water marks. The CPU time of the parent process alone (its
children not counted) and the total of its workers' are sampled too, each process's last
reading before it ended (a poll interval, 50 ms, may be missed at the end of each).

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
    worker_pss_mb: float = 0.0  # the largest PSS of a worker seen while polling
    worker_uss_mb: float = 0.0  # the largest USS (private pages) of a worker seen while polling
    log: str = ""  # what the command line wrote on stderr (its log lines)
    parent_cpu: float = 0.0  # CPU seconds of the parent process itself (user + system)
    workers_cpu: float = 0.0  # CPU seconds of all its worker processes together


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


def _server(parent: psutil.Process) -> list[psutil.Process]:
    """The CLI's fork server (its imports and the default pipeline, loaded once and shared by
    the workers forked from it: their VmHWM counts those pages too)."""
    try:
        return [p for p in parent.children() if "forkserver" in " ".join(p.cmdline())]
    except psutil.Error:
        return []


def _workers(parent: psutil.Process) -> list[psutil.Process]:
    """The CLI's worker processes: forked by its fork server (the server's children, not the
    server itself), or its own children where there is no server, and the children a worker forks
    to read a large PDF (``extract.apart``: the same command line); never LibreOffice, OCRmyPDF or
    the resource tracker."""
    try:
        descendants = parent.children(recursive=True)
    except psutil.Error:
        return []
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


def run_cli(*args: str, poll: float = 0.05, settings: dict[str, str] | None = None, tree: Path = ROOT) -> CliRun:
    """``python -m pipeline ARGS`` with this checkout (or another one, ``tree``) first on the
    path, timed and watched; ``settings``: environment variables added (``MINUTES_DOMAIN_NER_MODE``…)."""
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
    parent_peak = server_peak = pss = uss = parent_cpu = 0.0
    while proc.poll() is None:
        parent_peak = max(parent_peak, _hwm_mb(parent))
        parent_cpu = _cpu(parent, parent_cpu)
        for child in _workers(parent):
            workers[child.pid] = max(workers.get(child.pid, 0.0), _hwm_mb(child))
            workers_cpu[child.pid] = _cpu(child, workers_cpu.get(child.pid, 0.0))
            pss, uss = (max(a, b) for a, b in zip((pss, uss), _pss_uss_mb(child)))
        server_peak = max([server_peak] + [_hwm_mb(server) for server in _server(parent)])
        time.sleep(poll)
    seconds = time.perf_counter() - start
    with log:
        log.seek(0)
        text = log.read()
    return CliRun(seconds, proc.returncode, max(workers.values(), default=0.0), parent_peak, server_peak, pss, uss, text,
                  parent_cpu, sum(workers_cpu.values()))
