"""Reading a large file in a process of its own, forked for it, so that its memory dies with it.

A long PDF's reading holds every page's words until the pages are laid out; once it is done,
the words are freed but the allocator's arenas they shared with the few objects that survive
(the document itself) are not given back, and the libraries touched (pdfium, pdfminer) stay
mapped: a worker that read a 200-page PDF carried ~50 MB of it through the NLP that follows,
and through every later file of its life. Forked, the reading child gets the worker's pages
copy-on-write, reads, and sends back the document (pickled through a pipe); the worker receives
it in fresh memory and never grows by the reading.

Only where forking is safe: on a system with ``fork`` and in a process running a single thread
(a worker forked from the fork server is one; the command line's own process, with pyarrow's
threads, is not: it reads in-process, as before). The child dies with its parent (a worker
killed for its timeout or memory takes its reading child with it).
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from pipeline.errors import ExtractionError

T = TypeVar("T")

#: a PDF at least this large is read in a child: tens of pages and more, whose words would
#: otherwise stay in the worker's memory; smaller ones are read in-process (forking and the
#: child's own import of the PDF libraries cost ~0.2 s of CPU, more than a few pages' reading)
PDF_APART_BYTES = 512 * 1024

_PR_SET_PDEATHSIG = 1

#: the largest peak resident memory (MB) of a reading child since :func:`reset_peak`
_children_peak_mb = 0


def reset_peak() -> None:
    """Forget the reading children's peak: the next file's is measured alone."""
    global _children_peak_mb
    _children_peak_mb = 0


def children_peak_mb() -> int:
    """The largest peak resident memory (MB) of a child that read a file since :func:`reset_peak`
    (0: none): the worker's memory on a file it had read apart is the larger of its own and this."""
    return _children_peak_mb


def single_threaded() -> bool:
    """Whether this process runs one thread (read from /proc: native threads count too), so that
    a fork of it inherits no lock held by another thread."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Threads:"):
                    return int(line.split()[1]) == 1
    except (OSError, ValueError):
        pass
    return False


def can_read_apart() -> bool:
    """Whether :func:`read_apart` may fork here."""
    return hasattr(os, "fork") and single_threaded()


def read_apart(function: Callable[..., T], *args) -> T:
    """``function(*args)`` run in a forked child, its result (or the exception it raised) handed
    back; a child that dies without answering (a signal, the memory cap) is an ExtractionError."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(write_end, parent, function, args)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read()
    global _children_peak_mb
    _, status, usage = os.wait4(pid, 0)
    _children_peak_mb = max(_children_peak_mb, usage.ru_maxrss // 1024)
    if not answer:
        code = os.waitstatus_to_exitcode(status)
        reason = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        raise ExtractionError(f"the reader's process died while reading this file ({reason}); "
                              "memory cap or a bug in a reader")
    ok, value = pickle.loads(answer)
    if ok:
        return value
    raise value


def _child(write_end: int, parent: int, function: Callable, args: tuple) -> None:
    """Run ``function`` and write ``(True, result)`` or ``(False, exception)`` to the pipe, then
    leave at once (``os._exit``: none of the worker's exit handlers run twice)."""
    with forked_child(parent):
        try:
            answer = (True, function(*args))
        except BaseException as exc:  # handed to the parent, which raises it
            if not isinstance(exc, ExtractionError):  # a bug: where it happened, for the worker's log
                exc.add_note("raised in the reading child:\n" + "".join(traceback.format_tb(exc.__traceback__)))
            answer = (False, exc)
        data = _pickled(answer)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)


@contextmanager
def forked_child(parent: int) -> Iterator[None]:
    """The body of a child forked by ``parent``: it dies with its parent, and at the block's end
    leaves at once, its output flushed, with status 0 (1 if the block raised): ``os._exit``, so
    none of the parent's exit handlers run a second time in the child."""
    code = 0
    try:
        _die_with_parent(parent)
        yield
    except BaseException:
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _pickled(answer: tuple) -> bytes:
    """The child's answer as bytes the parent can read back; an exception that does not survive
    pickling is sent as its type's name and text (a refusal stays a refusal)."""
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        if not answer[0]:
            pickle.loads(data)  # an exception class whose arguments do not rebuild it fails here
        return data
    except Exception as exc:
        if answer[0]:
            failure: BaseException = RuntimeError(f"the document read did not pickle ({type(exc).__name__}: {exc})")
        else:
            kind = ExtractionError if isinstance(answer[1], ExtractionError) else RuntimeError
            failure = kind(f"{type(answer[1]).__name__}: {answer[1]}")
        return pickle.dumps((False, failure), protocol=pickle.HIGHEST_PROTOCOL)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this child when its parent dies (Linux ``prctl``; elsewhere the
    child finishes its reading and leaves, its answer unread)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
