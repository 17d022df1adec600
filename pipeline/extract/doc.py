"""Legacy Word 97-2003 .doc (and .rtf, .odt) through LibreOffice, then the .docx extractor.

Conversions are cached by content hash under ``Settings.cache_dir`` so a file is converted
once however often the archive is re-run; each conversion gets its own LibreOffice profile
directory, so parallel workers never share (and lock) one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract import docx
from pipeline.model import Document
from pipeline.tools import run_tool, soffice

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


def converted_docx(path: Path, settings: Settings) -> Path:
    """The .docx LibreOffice makes of ``path``, from the cache when it was made before."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    cache = settings.cache_dir / "docx"
    cached = cache / f"{digest}.docx"
    if cached.exists():
        return cached
    binary = soffice()
    with tempfile.TemporaryDirectory(prefix="minutes-soffice-") as work:
        work_dir = Path(work)
        source = work_dir / f"source{path.suffix.lower()}"
        shutil.copyfile(path, source)  # a plain name: LibreOffice trips on some file names
        in_filter = import_filter(data)
        command = [binary, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation=file://{work_dir / 'profile'}"]
        command += [f"--infilter={in_filter}"] if in_filter else []
        command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work_dir / "out"), str(source)]
        result = run_tool(command, timeout=settings.conversion_timeout, what="LibreOffice conversion")
        produced = work_dir / "out" / "source.docx"
        if result.returncode != 0 or not produced.exists() or produced.stat().st_size == 0:
            detail = [line for line in (result.stderr + result.stdout).splitlines()
                      if line.strip() and "javaldx" not in line]
            reason = detail[-1].strip() if detail else f"exit code {result.returncode}"
            raise ExtractionError(f"LibreOffice could not convert this file (damaged or password-protected?): {reason}")
        cache.mkdir(parents=True, exist_ok=True)
        staging = cache / f".{digest}.{os.getpid()}.tmp"
        shutil.copyfile(produced, staging)
        os.replace(staging, cached)
    return cached


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Convert with LibreOffice, read as .docx, and say where the document came from."""
    document = docx.extract(converted_docx(path, settings), settings, source_path)
    return replace(document, format="doc")
