"""Legacy files converted ahead of the workers, many to a LibreOffice call: the same .docx as one
file at a time, a damaged file left to its worker (which names it), a profile per call, a
timeout per chunk that keeps what was written whole."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import Settings
from pipeline.extract import doc_chunks
from pipeline.extract.doc_chunks import Pending, chunk_timeout, chunks, convert_ahead, is_complete_docx, pending
from pipeline.extract.libreoffice import cached_path
from pipeline.tools import with_address_space_limit

from conftest import FIXTURES, MOPTI_DOCX, SEED_DOC, SEED_DOCX, SEED_TEXT, options

DAMAGED_DOC = FIXTURES / "bad" / "damaged.doc"


def item(name: str, in_filter: str | None = "MS Word 97", size: int = 1000) -> Pending:
    return Pending(Path(name), name, in_filter, size)


def variants_of_the_seed_doc(folder: Path, count: int) -> list[Path]:
    """Copies of the sample .doc with different bytes (a trailing NUL each: other content
    hashes, the same document for LibreOffice)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        path = folder / f"copie {i}.doc"
        path.write_bytes(SEED_DOC.read_bytes() + b"\0" * (i + 1))
        made.append(path)
    return made


def test_chunks_hold_one_filter_each_and_every_file_once():
    files = [item(f"d{i}", size=i) for i in range(45)] + [item("r1", "Rich Text Format"), item("h1", None)]
    parts = chunks(files, jobs=2, size=20)
    assert sorted(f.digest for part in parts for f in part) == sorted(f.digest for f in files)
    assert all(len({f.in_filter for f in part}) == 1 for part in parts)
    assert max(len(part) for part in parts) <= 20
    assert sorted(len(part) for part in parts) == [1, 1, 15, 15, 15]  # 45 .doc: three even chunks


def test_there_are_as_many_chunks_as_jobs_when_files_allow():
    assert [len(p) for p in chunks([item(f"d{i}") for i in range(6)], jobs=2)] == [3, 3]
    assert [len(p) for p in chunks([item("d0")], jobs=2)] == [1]
    assert [len(p) for p in chunks([item(f"d{i}") for i in range(6)], jobs=1)] == [6]


def test_a_chunks_timeout_grows_with_its_files_and_bytes():
    settings = Settings(conversion_timeout=120)
    one, five = chunk_timeout([item("a")], settings), chunk_timeout([item(str(i)) for i in range(5)], settings)
    assert one == pytest.approx(120 + doc_chunks.CHUNK_SECONDS_PER_MB * 0.001)
    assert five - one == pytest.approx(4 * doc_chunks.CHUNK_SECONDS_PER_FILE + doc_chunks.CHUNK_SECONDS_PER_MB * 0.004)
    assert chunk_timeout([item("big", size=5_000_000)], settings) == pytest.approx(120 + 5 * doc_chunks.CHUNK_SECONDS_PER_MB)


def test_an_address_space_limit_reaches_the_tool():
    code = "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0])"
    command = with_address_space_limit([sys.executable, "-c", code], 3000)
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    assert int(shown.stdout) == 3000 * 1024 * 1024
    assert with_address_space_limit(["soffice"], 0) == ["soffice"]


def test_only_uncached_legacy_files_that_libreoffice_would_read_are_pending(tmp_path):
    settings = Settings(cache_dir=tmp_path / "cache")
    twin = tmp_path / "twin.doc"
    shutil.copy(SEED_DOC, twin)
    not_ole = tmp_path / "mail.doc"
    not_ole.write_text("From: someone\n")  # refused before LibreOffice: its worker says why
    found = pending([SEED_DOC, twin, not_ole, SEED_DOCX, SEED_TEXT, tmp_path / "gone.doc"], settings)
    assert [f.path for f in found] == [SEED_DOC] and found[0].in_filter == "MS Word 97"
    cached = cached_path(found[0].digest, settings)
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"made before")
    assert pending([SEED_DOC], settings) == []


def test_a_half_written_docx_is_not_complete(tmp_path):
    whole = tmp_path / "whole.docx"
    shutil.copy(SEED_DOCX, whole)
    half = tmp_path / "half.docx"
    half.write_bytes(SEED_DOCX.read_bytes()[: SEED_DOCX.stat().st_size // 2])
    assert is_complete_docx(whole) and not is_complete_docx(half) and not is_complete_docx(tmp_path / "none.docx")


FAKE_SOFFICE = """#!{python}
import shutil, sys, time
from pathlib import Path
args = sys.argv[1:]
out = Path(args[args.index("--outdir") + 1])
out.mkdir(parents=True)
first, second = [Path(a) for a in args[args.index("--outdir") + 2:]]
shutil.copy({docx!r}, out / (first.stem + ".docx"))
(out / (second.stem + ".docx")).write_bytes(open({docx!r}, "rb").read()[:3000])  # being written when killed
time.sleep(120)
"""


def test_a_chunk_past_its_timeout_is_killed_and_keeps_only_what_was_written_whole(tmp_path, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text(FAKE_SOFFICE.format(python=sys.executable, docx=str(SEED_DOCX)))
    fake.chmod(0o755)
    monkeypatch.setattr(doc_chunks, "soffice", lambda: str(fake))
    monkeypatch.setattr(doc_chunks, "CHUNK_SECONDS_PER_FILE", 0.0)
    monkeypatch.setattr(doc_chunks, "CHUNK_SECONDS_PER_MB", 0.0)
    # 10 s: the fake LibreOffice (a Python start) writes its files well within that on a busy machine
    settings = Settings(cache_dir=tmp_path / "cache", conversion_timeout=10)
    first, second = variants_of_the_seed_doc(tmp_path / "in", 2)
    started = time.monotonic()
    stored = convert_ahead([first, second], settings, jobs=1)
    assert time.monotonic() - started < 60
    assert stored == 1
    kept = list((tmp_path / "cache" / "docx").iterdir())  # the whole one only; no staging file left
    assert len(kept) == 1 and kept[0].suffix == ".docx" and is_complete_docx(kept[0])
    assert kept[0].stem in {f.digest for f in pending([first, second], Settings(cache_dir=tmp_path / "elsewhere"))}


@pytest.mark.integration
@pytest.mark.slow
def test_a_chunk_gives_the_same_document_as_one_file_at_a_time(tmp_path):
    from pipeline.extract import docx
    from pipeline.extract.doc import converted_docx

    one_by_one = converted_docx(SEED_DOC, Settings(cache_dir=tmp_path / "single"))
    chunked = Settings(cache_dir=tmp_path / "chunked")
    files = [SEED_DOC, *variants_of_the_seed_doc(tmp_path / "in", 2), DAMAGED_DOC]
    assert convert_ahead(files, chunked, jobs=1) == 3  # the damaged file is left to its worker
    ahead = cached_path(pending([SEED_DOC], Settings(cache_dir=tmp_path / "none"))[0].digest, chunked)
    assert docx.extract(ahead, chunked, "x") == docx.extract(one_by_one, chunked, "x")
    assert len(list((tmp_path / "chunked" / "docx").iterdir())) == 3


@pytest.mark.integration
@pytest.mark.slow
def test_parallel_calls_never_share_a_profile(tmp_path, monkeypatch):
    in_use: set[str] = set()
    seen: list[str] = []
    most = [0]
    lock = threading.Lock()
    real_run_tool = doc_chunks.run_tool

    def watched(command, **kwargs):
        profile = next(a for a in command if a.startswith("-env:UserInstallation="))
        with lock:
            assert profile not in in_use
            in_use.add(profile)
            seen.append(profile)
            most[0] = max(most[0], len(in_use))
        try:
            return real_run_tool(command, **kwargs)
        finally:
            with lock:
                in_use.discard(profile)

    monkeypatch.setattr(doc_chunks, "run_tool", watched)
    files = variants_of_the_seed_doc(tmp_path / "in", 4)
    assert convert_ahead(files, Settings(cache_dir=tmp_path / "cache"), jobs=2, memory_mb=1024) == 4
    assert most[0] == 2 and len(set(seen)) == len(seen) == 2  # two calls at once, a profile each


@pytest.mark.integration
@pytest.mark.slow
def test_in_a_batch_a_damaged_doc_fails_alone_with_its_cause(tmp_path):
    from pipeline.batch import convert

    archive = tmp_path / "archive"
    variants_of_the_seed_doc(archive, 2)
    shutil.copy(DAMAGED_DOC, archive / "abîmé.doc")
    shutil.copy(MOPTI_DOCX, archive / MOPTI_DOCX.name)
    report = convert([archive], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(jobs=2))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["abîmé.doc", "status"] == "failed"
    assert documents.loc["abîmé.doc", "error"].startswith("LibreOffice could not convert this file (damaged or password-protected?)")
    assert (documents.drop(index="abîmé.doc").status == "ok").all() and len(report.failed) == 1
    items = pd.read_parquet(tmp_path / "out" / "agenda_items.parquet")
    assert items.groupby("doc_id").size().tolist().count(5) == 2  # both copies of the seed .doc: its five items
