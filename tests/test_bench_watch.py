"""The benchmarks' watcher of a command line's processes (``bench/cli_run.py``): it finds every
descendant from /proc's ``children`` files, not psutil's scan of every process on the machine
(regression: that scan, 20 times a second, took a tenth of a core from a 2-job run's workers)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from cli_run import _descendants, _server, _workers  # noqa: E402

#: a parent that starts one child from its main thread and one from another thread, each child
#: starting a grandchild, then waits; every process says it is ready by printing a line
TREE = """
import subprocess, sys, threading, time
GRANDCHILD = "import time; print('ready', flush=True); time.sleep(600)"
CHILD = "import subprocess, sys, time; g = subprocess.Popen([sys.executable, '-c', %r]); time.sleep(600)" % GRANDCHILD
children = []
children.append(subprocess.Popen([sys.executable, "-c", CHILD]))
worker = threading.Thread(target=lambda: children.append(subprocess.Popen([sys.executable, "-c", CHILD])))
worker.start(); worker.join()
time.sleep(600)
"""


def _wait_for(count: int, parent: psutil.Process, deadline: float = 300.0) -> None:
    """Until ``count`` descendants run: four interpreters starting on a loaded 2-core machine may take long."""
    end = time.monotonic() + deadline
    while len(parent.children(recursive=True)) < count and time.monotonic() < end:
        time.sleep(0.05)


def test_descendants_are_those_psutil_finds_children_of_threads_included():
    tree = subprocess.Popen([sys.executable, "-c", TREE])
    try:
        parent = psutil.Process(tree.pid)
        _wait_for(4, parent)
        expected = {p.pid for p in parent.children(recursive=True)}
        known: dict[int, psutil.Process] = {}
        found = _descendants(parent, known)
        assert len(expected) == 4
        assert {p.pid for p in found} == expected
        again = _descendants(parent, known)  # the same objects from one poll to the next
        assert {id(p) for p in again} == {id(p) for p in found}
        # none of these is a fork server or a multiprocessing worker
        assert _server(parent, found) == []
        assert _workers(parent, found) == []
    finally:
        for process in psutil.Process(tree.pid).children(recursive=True):
            process.kill()
        tree.kill()
        tree.wait()


def test_a_process_without_children_has_no_descendants():
    alone = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert _descendants(psutil.Process(alone.pid), {}) == []
    finally:
        alone.kill()
        alone.wait()
