"""A large PDF read in a forked child (``extract.apart``): the same document as read in-process,
the same refusals, a child that dies reported as the file's error, its peak reported as the
worker's, and the worker's memory cap counting the child."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from pipeline import executor
from pipeline.config import RAW_DIR, Settings
from pipeline.errors import ExtractionError
from pipeline.extract import apart, extract_document
from pipeline.extract.pdf import extract
from pipeline.reference import load_reference

SEED_PDF = RAW_DIR / "cr_cluster_protection_bamako_2017-09-06.pdf"
BAD = Path(__file__).parent / "fixtures" / "bad"


def test_a_pdf_read_apart_is_the_document_read_in_process():
    terms = load_reference().column_terms
    here = extract(SEED_PDF, Settings(), SEED_PDF.name, terms)
    apart.reset_peak()
    there = apart.read_apart(extract, SEED_PDF, Settings(), SEED_PDF.name, terms)
    assert there == here
    assert there.blocks and there.pages == here.pages
    assert apart.children_peak_mb() > 0  # the child's own high-water mark, read from wait4
    apart.reset_peak()
    assert apart.children_peak_mb() == 0


def test_extract_document_reads_a_large_pdf_apart(monkeypatch):
    reference = load_reference()
    here = extract_document(SEED_PDF, SEED_PDF.name, Settings(), reference)
    forked = []
    monkeypatch.setattr(apart, "PDF_APART_BYTES", SEED_PDF.stat().st_size)  # the seed counts as large
    monkeypatch.setattr(apart, "can_read_apart", lambda: True)
    real = apart.read_apart
    monkeypatch.setattr(apart, "read_apart", lambda *args: (forked.append(os.getpid()), real(*args))[1])
    there = extract_document(SEED_PDF, SEED_PDF.name, Settings(), reference)
    assert forked and there == here


def test_a_refusal_in_the_child_is_raised_in_the_parent_with_its_words():
    terms = load_reference().column_terms
    with pytest.raises(ExtractionError) as here:
        extract(BAD / "encrypted.pdf", Settings(), "encrypted.pdf", terms)
    with pytest.raises(ExtractionError) as there:
        apart.read_apart(extract, BAD / "encrypted.pdf", Settings(), "encrypted.pdf", terms)
    assert str(there.value) == str(here.value) and "encrypted PDF" in str(there.value)


def _allocate_and_fail():
    raise MemoryError()


def test_a_memory_error_in_the_child_stays_a_memory_error():
    with pytest.raises(MemoryError):
        apart.read_apart(_allocate_and_fail)


def _killed():
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_child_killed_while_reading_is_the_files_error_not_the_workers():
    with pytest.raises(ExtractionError, match="killed by signal 9"):
        apart.read_apart(_killed)
    assert apart.read_apart(len, "still reads") == 11  # the caller goes on


def test_only_a_single_threaded_process_may_fork():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not apart.single_threaded()
        assert not apart.can_read_apart()
    finally:
        stop.set()
        thread.join()


def test_the_memory_cap_counts_a_reading_child_larger_than_its_worker():
    # Regression: a fixed 200 MB ballast was not "larger than its worker" once the test process had
    # grown to 800 MB over the whole suite (a forked child's RSS counts only the shared pages it
    # maps): the ballast alone now outweighs the parent.
    ballast_mb = executor.resident_mb(os.getpid()) + 100
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # a reading child: the same command line, more resident than its parent
        os.close(read_end)
        ballast = bytearray(ballast_mb * 2**20)
        ballast[::4096] = b"x" * len(ballast[::4096])
        os.write(write_end, b"1")
        time.sleep(30)
        os._exit(0)
    os.close(write_end)
    try:
        os.read(read_end, 1)
        own, child = executor.resident_mb(os.getpid()), executor.resident_mb(pid)
        assert child > own  # its ballast beside what it shares with the worker
        assert executor.worker_resident_mb(os.getpid()) == child
        assert executor.worker_resident_mb(pid) == child  # a child has no fork of its own
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)


def test_a_tool_the_worker_runs_is_not_its_reading_child():
    import subprocess
    import sys

    tool = subprocess.Popen([sys.executable, "-c", "b = bytearray(200 * 2**20); b[::4096] = b'x' * len(b[::4096]); "
                             "import sys, time; print(1, flush=True); time.sleep(30)"], stdout=subprocess.PIPE)
    try:
        tool.stdout.readline()
        assert executor.resident_mb(tool.pid) > 150
        assert executor.worker_resident_mb(os.getpid()) == executor.resident_mb(os.getpid())
    finally:
        tool.kill()
        tool.wait()


def _ballast() -> int:
    ballast = bytearray(300 * 2**20)
    ballast[::4096] = b"x" * len(ballast[::4096])
    return len(ballast)


def test_the_peak_a_worker_reports_is_its_reading_childs_when_larger():
    executor._reset_peak()
    assert apart.read_apart(_ballast) == 300 * 2**20
    assert apart.children_peak_mb() >= 300  # the child's own high-water mark (wait4)
    assert executor._peak_mb() >= apart.children_peak_mb()
    executor._reset_peak()
    assert apart.children_peak_mb() == 0


class _Unpicklable(Exception):
    """An exception that no pickler can send: it holds a lock. (A class whose arguments do not
    rebuild it is not enough: once ``distributed`` is imported, tblib's pickling support, installed
    for every exception class, rebuilds it anyway — that made this test depend on the tests run
    before it.)"""

    def __init__(self, text: str):
        super().__init__(text)
        self.lock = threading.Lock()


def _bug():
    raise _Unpicklable("a reader's bug")


def _index_error():
    return [][1]


def test_a_bug_in_the_child_is_raised_in_the_parent_with_where_it_happened():
    with pytest.raises(IndexError) as raised:
        apart.read_apart(_index_error)
    assert "_index_error" in "".join(raised.value.__notes__)
    with pytest.raises(RuntimeError, match="_Unpicklable: a reader's bug"):  # it does not pickle
        apart.read_apart(_bug)
