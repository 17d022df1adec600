"""The fork server the batch's workers are forked from: a clean process that imported spaCy and
the stages once, so a new worker (the second of a run, one replacing a crashed, killed or
too-large worker) only reads the saved pipeline instead of importing everything again.

Kept apart from ``executor`` (which imports the stages): the command line starts the server
before its own imports, and the two overlap.
"""

from __future__ import annotations

import multiprocessing as mp

#: what a worker imports before its first file. Neither pdfplumber nor pypdfium2: pdfium is not
#: fork-safe once used, so every worker imports and initialises its own.
PRELOAD = ("spacy", "pipeline.executor", "pipeline.nlp.spacy_pipeline", "pipeline.nlp.mentions",
           "pipeline.extract", "pipeline.structure", "pipeline.reference")


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
