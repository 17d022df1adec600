"""The runtime the fork server loads before it forks workers: imported by that server alone
(``forkserver.PRELOAD``), never by the parent, a spawned worker or a Dask worker.

A worker forked from the server finds the default reference data and spaCy pipeline already
loaded (:func:`runtime_for`) instead of reading them itself: the server loads them while the
parent is still importing its own libraries and finding the files, so the first file starts
sooner, and a second worker or one replacing a failed worker starts at once. A run whose
reference folder or P-code table is not the default (``--gazetteer``, ``Settings.resources``)
gets nothing here: its workers load their own, as before.

The collector is held off while the server imports and loads (``gc_hold``); once loaded, the
server freezes what it holds (the collector never walks it again, in the server or a worker) and
gives the collector back. Then it gives the C heap's free pages back to the system
(:func:`release_free_memory`): a forked worker starts with every resident page of the server
counted in its own resident memory, and loading leaves ~12 MB of freed holes in the heap (the
transient objects of reading the pipeline's files) that no one would use again.
"""

from __future__ import annotations

import ctypes
import gc
import logging
from dataclasses import replace
from typing import Optional

from pipeline import gc_hold
from pipeline.config import Settings
from pipeline.process import Runtime, load_runtime
from pipeline.trace import mark

log = logging.getLogger(__name__)


def _load_default() -> Optional[Runtime]:
    """The default settings' runtime, or None when it cannot be loaded (each worker then tries
    on its own and reports why on its files)."""
    try:
        return load_runtime(Settings(), version="")
    except Exception:  # reported by the workers, which load it again
        return None


def release_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``, a few milliseconds;
    elsewhere, where there is none, they stay). No garbage collection first: it takes 0.15 s for
    the few hundred objects it would free."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim(0)


#: loaded once, when the fork server imports this module
mark("fork server: stages imported, loading the pipeline")
RUNTIME = _load_default()
gc.freeze()  # what it imported and loaded, kept by every worker: the collector given back below never walks it
gc_hold.resume()  # held off since the server's first import (``gc_hold``)
release_free_memory()
mark("fork server: pipeline loaded")


def loaded_from(settings: Settings) -> tuple:
    """What ``load_runtime`` reads from the settings: two runs agreeing on it share a runtime. The
    domain NER as resolved (``domain_ner_sources``), not its six settings: settings spelling the
    same models and modes load the same pipeline."""
    return settings.resources, settings.pcodes, tuple(sorted(settings.domain_ner_sources().items()))


def runtime_for(settings: Settings, version: str) -> Optional[Runtime]:
    """The preloaded runtime for a run's settings and version, when it was loaded from the same
    reference folder, P-code table and domain NER; None otherwise."""
    if RUNTIME is None or loaded_from(settings) != loaded_from(RUNTIME.settings):
        return None
    return replace(RUNTIME, version=version, settings=settings)
