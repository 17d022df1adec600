"""The fork server the batch's workers are forked from: a clean process that imported spaCy and
the stages and loaded the default reference data and spaCy pipeline once, so a new worker (the
second of a run, one replacing a crashed, killed or too-large worker) starts at once instead of
importing and loading everything again.

Kept apart from ``executor`` (which imports the stages): the command line starts the server
before its own imports, and the two overlap.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import Optional

#: what a worker imports before its first file: the collector held off first (``gc_hold``), then
#: spaCy, without its command line (see ``spacy_import``), last the default reference data and
#: spaCy pipeline, loaded (``preloaded``, which gives the collector back). Neither pdfplumber
#: nor pypdfium2: pdfium is not fork-safe once used, so every worker imports and initialises its own.
PRELOAD = ("pipeline.gc_hold", "pipeline.nlp.spacy_import", "pipeline.executor", "pipeline.nlp.spacy_pipeline", "pipeline.nlp.mentions",
           "pipeline.extract", "pipeline.structure", "pipeline.reference", "pipeline.preloaded")


def worker_context() -> mp.context.BaseContext:
    """Workers forked from a fork server that imported :data:`PRELOAD` (a single-threaded process
    of its own, not this parent, which may hold threads and open files); spawned where there is
    no fork server (not on Linux)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOAD))
    return context


def start_fork_server() -> None:
    """Start the fork server now, if not yet running: its imports (a second or two) then overlap
    the caller's own, before the first worker is asked for."""
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _option(argv: list[str], *names: str) -> Optional[str]:
    """The value given to an option (``--jobs 2``, ``--jobs=2``, ``-j2``), the last one given."""
    value = None
    for i, arg in enumerate(argv):
        for name in names:
            if arg == name and i + 1 < len(argv):
                value = argv[i + 1]
            elif arg.startswith(name + "=") or (len(name) == 2 and arg.startswith(name) and len(arg) > 2):
                value = arg[len(name):].lstrip("=")
    return value


def workers_wanted(argv: list[str]) -> bool:
    """Whether a command line (without the program's name) will convert in worker processes:
    ``convert`` on the local executor, unless ``--jobs 1 --timeout 0`` runs it in-process. Read
    before the command line is parsed, to start the fork server early; a case it misreads only
    starts the server later (the command starts it too) or in vain."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command != "convert" or _option(argv, "--executor") not in (None, "local"):
        return False
    jobs, timeout = _option(argv, "--jobs", "-j"), _option(argv, "--timeout")
    try:
        return not (jobs is not None and int(jobs) == 1 and timeout is not None and float(timeout) <= 0)
    except ValueError:
        return False  # a usage error: the command line will say so
