"""The cyclic garbage collector held off while the fork server imports spaCy and the stages and
loads the pipeline: the first module it preloads (``forkserver.PRELOAD``), imported for this
and by no other process (importing it holds the collector off).

Importing spaCy and loading the pipeline create some 100,000 objects that all live on, and the
collector, triggered by their allocation, walks the growing heap 170 times over for the few
thousand cycles that die (0.1-0.15 s of the server's CPU, on the one-file convert's critical
path). Its threshold is set to 0 instead of ``gc.disable()``: srsly turns the collector back on
after each msgpack read (it disables and enables it around the read, whatever it was before).
The cycles left (about 5,000 objects, under 1 MB) stay with the loaded pipeline, which the
server then freezes (``preloaded``: kept by every worker, never walked again; the workers froze
it already). :func:`resume` gives the thresholds back: the server once it has loaded, and every
worker as it starts, in case the server's load never came to it.
"""

from __future__ import annotations

import gc
from typing import Optional

_held: Optional[tuple[int, int, int]] = None  # the thresholds to give back, while held


def hold_off() -> None:
    """No automatic collection in this process until :func:`resume`."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(0)


def resume() -> None:
    """The thresholds as they were before :func:`hold_off` (nothing if not held)."""
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None


hold_off()
