"""Modules the batch's parent needs only once its workers' results are in, imported in a thread
of their own while it waits for them (the fork server loading, the first document tagged).

pandas: pyarrow imports it at its first ``pa.array`` of a list, whatever the types (to ask
whether the list is a pandas array), so the datasets' first table waits for its 0.3-0.5 s of
CPU. Imported in the parent's main thread before it asked for its first worker, it held that
worker back whenever the parent was the later of the two (a quiet machine: the worker was
forked 0.16 s after the fork server had loaded). ``pyarrow.dataset``: ``pq.read_table`` imports
it at its first read (the manifest and the runs of an earlier run, 20-30 ms). In a thread, both
overlap the wait: the main thread is blocked in a read (the fork server's answer, then the
worker's result) and holds no lock an import needs.
"""

from __future__ import annotations

import importlib
import threading

#: what the assembly of the datasets imports on first use (see the module's docstring)
ASSEMBLY_MODULES = ("pandas", "pyarrow.dataset")


def import_in_background(names: tuple[str, ...] = ASSEMBLY_MODULES) -> threading.Thread:
    """Start importing ``names`` in a daemon thread (the process may exit before it ends) and
    return the thread; an import needed before the thread has done it waits for it."""
    thread = threading.Thread(target=_import_all, args=(names,), name="minutes-background-imports", daemon=True)
    thread.start()
    return thread


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # imported again where it is used, which then says what is wrong
            pass
