"""A batch's legacy files (.doc, .rtf, .odt) converted ahead of its workers, many to one
LibreOffice call.

LibreOffice's start (its user profile made anew, its libraries loaded: about 1.6 s of CPU)
costs several times what converting a .doc then takes (about 0.3 s); a call converting a
chunk of the archive's files pays it once per chunk. The conversions land in the cache that
:func:`pipeline.extract.doc.converted_docx` reads, so a worker finds its file converted. A
file a chunk did not convert — damaged, LibreOffice crashed or the chunk ran out of time — is
not stored, and its worker converts it alone: its error then names the file and its cause as
before. Chunks run side by side (as many as the batch has jobs), each with a profile of its
own, so no two LibreOffice processes ever share one.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from pipeline.config import FORMATS_BY_EXTENSION, Settings
from pipeline.errors import ExtractionError, MissingToolError
from pipeline.extract.libreoffice import cached_path, import_filter, soffice_command, store
from pipeline.tools import run_tool, soffice, with_address_space_limit

log = logging.getLogger(__name__)

#: files a LibreOffice call converts at most: its start is then a small share of each file's
#: cost, and a chunk LibreOffice fails on leaves few files to convert one by one
CHUNK_FILES = 20
#: seconds a chunk may take per file and per megabyte, beyond ``Settings.conversion_timeout``
#: (what one file's conversion, start included, may take)
CHUNK_SECONDS_PER_FILE = 10.0
CHUNK_SECONDS_PER_MB = 10.0


@dataclass(frozen=True)
class Pending:
    """A legacy file not yet in the conversion cache: its content hash, and the LibreOffice
    import filter its first bytes call for."""

    path: Path
    digest: str
    in_filter: Optional[str]
    size: int


def is_legacy(path: Path) -> bool:
    """Whether the file goes through LibreOffice (``FORMATS_BY_EXTENSION``: .doc, .dot, .rtf, .odt)."""
    return FORMATS_BY_EXTENSION.get(path.suffix.lower()) == "doc"


def pending(paths: Sequence[Path], settings: Settings) -> list[Pending]:
    """The legacy files among ``paths`` whose conversion is not cached, each content once.
    A file whose bytes the extractor refuses before LibreOffice (empty, no OLE header…) or
    that cannot be read is left to its worker, which names the cause."""
    from pipeline.extract import check_content

    found: dict[str, Pending] = {}
    for path in paths:
        if not is_legacy(path):
            continue
        try:
            data = path.read_bytes()
            check_content(path, "doc", data[:2048])
        except (OSError, ExtractionError):
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest not in found and not cached_path(digest, settings).exists():
            found[digest] = Pending(path, digest, import_filter(data), len(data))
    return list(found.values())


def chunks(files: Sequence[Pending], jobs: int, size: int = CHUNK_FILES) -> list[list[Pending]]:
    """The files in chunks of at most ``size``, one import filter per chunk (a call takes one),
    at least ``jobs`` chunks when there are files enough (the chunks run side by side), the
    files of similar sizes spread evenly (largest first, dealt round-robin)."""
    groups: dict[Optional[str], list[Pending]] = {}
    for item in sorted(files, key=lambda f: f.size, reverse=True):
        groups.setdefault(item.in_filter, []).append(item)
    result = []
    for group in groups.values():
        count = max(min(jobs, len(group)), -(-len(group) // size))
        result += [group[i::count] for i in range(count)]
    return result


def chunk_timeout(chunk: Sequence[Pending], settings: Settings) -> float:
    """Seconds LibreOffice may take on a chunk: one file's allowance, start included, and more
    for each further file and megabyte."""
    megabytes = sum(item.size for item in chunk) / 1e6
    return settings.conversion_timeout + CHUNK_SECONDS_PER_FILE * (len(chunk) - 1) + CHUNK_SECONDS_PER_MB * megabytes


def is_complete_docx(path: Path) -> bool:
    """Whether LibreOffice wrote this .docx whole: a zip whose members all pass their CRC and
    that holds the document part (a chunk killed at its timeout may leave one half-written)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist() and archive.testzip() is None
    except (OSError, zipfile.BadZipFile, EOFError):
        return False


def convert_chunk(chunk: Sequence[Pending], settings: Settings, memory_mb: int = 0) -> int:
    """Convert the chunk in one LibreOffice call into the cache; how many files were stored.
    Any file without a complete output is left out, whatever happened to the call."""
    with tempfile.TemporaryDirectory(prefix="minutes-soffice-chunk-") as work:
        work_dir = Path(work)
        sources = []
        for item in chunk:  # plain names (LibreOffice trips on some), unique: the content hash
            source = work_dir / "in" / f"{item.digest}{item.path.suffix.lower()}"
            source.parent.mkdir(exist_ok=True)
            try:
                source.write_bytes(item.path.read_bytes())
            except OSError:
                continue
            sources.append(source)
        if not sources:
            return 0
        command = soffice_command(soffice(), work_dir / "profile", chunk[0].in_filter, work_dir / "out", sources)
        try:
            run_tool(with_address_space_limit(command, memory_mb), timeout=chunk_timeout(chunk, settings),
                     what="LibreOffice conversion of a chunk")
        except ExtractionError as exc:  # timed out: what was written whole before is kept
            log.warning("%s (%d files); the files it did not convert are converted one by one", exc, len(chunk))
        stored = 0
        for item in chunk:
            produced = work_dir / "out" / f"{item.digest}.docx"
            if produced.exists() and is_complete_docx(produced):
                store(produced, cached_path(item.digest, settings))
                stored += 1
        return stored


def convert_ahead(paths: Sequence[Path], settings: Settings, jobs: int, memory_mb: int = 0) -> int:
    """Convert the uncached legacy files among ``paths`` into the conversion cache, up to
    ``jobs`` LibreOffice calls at a time; how many were stored. Without LibreOffice nothing is
    done (each file's worker then says what to install). ``memory_mb``: each call's address space
    is bounded like a worker's (``executor.ADDRESS_SPACE_FACTOR`` times it; 0: no bound)."""
    from pipeline.executor import ADDRESS_SPACE_FACTOR

    files = pending(paths, settings)
    if not files:
        return 0
    try:
        soffice()
    except MissingToolError:
        return 0
    started = time.perf_counter()
    parts = chunks(files, jobs)
    log.info("converting %d legacy files (.doc, .rtf, .odt) with LibreOffice ahead of the workers, %d calls, %d at a time",
             len(files), len(parts), max(1, jobs))
    limit = ADDRESS_SPACE_FACTOR * memory_mb
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as threads:  # each thread waits on its LibreOffice
        stored = sum(threads.map(lambda chunk: convert_chunk(chunk, settings, limit), parts))
    log.info("LibreOffice converted %d of %d legacy files in %d calls (%.1f s)", stored, len(files), len(parts),
             time.perf_counter() - started)
    return stored
