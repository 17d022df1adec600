"""How LibreOffice is asked to turn legacy files into .docx, and where its .docx are kept.

Shared by the one-file conversion of a worker (:mod:`pipeline.extract.doc`) and the many-file
conversion ahead of the workers (:mod:`pipeline.extract.doc_chunks`), so both read a file
the same way and fill the same cache. Light on purpose (no .docx reader): the batch's parent
process imports it.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Sequence

from pipeline.config import Settings

#: LibreOffice import filter by the file's first bytes: forcing it makes LibreOffice refuse a
#: damaged file instead of importing its bytes as plain text
IMPORT_FILTERS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Word 97"),
    (b"{\\rtf", "Rich Text Format"),
    (b"PK\x03\x04", "writer8"),
)


def import_filter(data: bytes) -> str | None:
    """The LibreOffice filter for these bytes (None: let LibreOffice detect, e.g. Word HTML)."""
    head = data[:16].lstrip()
    return next((name for magic, name in IMPORT_FILTERS if head.startswith(magic)), None)


def cached_path(digest: str, settings: Settings) -> Path:
    """Where the .docx made of the content with this SHA-256 is kept."""
    return settings.cache_dir / "docx" / f"{digest}.docx"


def soffice_command(binary: str, profile: Path, in_filter: str | None, out_dir: Path,
                    sources: Sequence[Path]) -> list[str]:
    """LibreOffice converting ``sources`` (one or many, all read with ``in_filter``) to .docx in
    ``out_dir``, with the user profile ``profile`` (a folder no other LibreOffice uses at the time)."""
    command = [binary, "--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation=file://{profile}"]
    command += [f"--infilter={in_filter}"] if in_filter else []
    return command + ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), *map(str, sources)]


def store(produced: Path, cached: Path) -> None:
    """Put a conversion into the cache whole or not at all (a copy, then an atomic rename)."""
    cached.parent.mkdir(parents=True, exist_ok=True)
    staging = cached.with_name(f".{cached.stem}.{os.getpid()}.{threading.get_ident()}.tmp")  # one per writer
    try:
        shutil.copyfile(produced, staging)
        os.replace(staging, cached)
    finally:
        staging.unlink(missing_ok=True)
