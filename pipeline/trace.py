"""An opt-in timeline of a run: ``MINUTES_TRACE=1 minutes convert …`` writes one line on stderr
per phase, in the parent, the fork server and each worker, to see what is serial on the way to
the first document (and after the last). Off by default: a check of one module constant.

Each line: ``trace <seconds since the run started> <this process's CPU seconds> <pid> <phase>``.
The start is the parent's first mark (its clock handed on to the processes it starts, through
the environment, so every process's seconds are on one axis); the CPU seconds are the
process's own (a forked worker starts from its fork server's at the fork).
"""

from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("MINUTES_TRACE"))
#: the parent's start on the monotonic clock (system-wide on Linux), shared with its children
_START_VARIABLE = "MINUTES_TRACE_START"


def mark(phase: str) -> None:
    """One line on stderr saying when this process reached ``phase`` (nothing when tracing is off)."""
    if not ENABLED:
        return
    now = time.monotonic()
    start = float(os.environ.setdefault(_START_VARIABLE, repr(now)))
    sys.stderr.write(f"trace {now - start:7.3f} {time.process_time():6.3f} {os.getpid()} {phase}\n")
    sys.stderr.flush()
