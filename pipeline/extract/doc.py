"""Legacy Word 97-2003 .doc (and .rtf, .odt) through LibreOffice, then the .docx extractor.

Conversions are cached by content hash under ``Settings.cache_dir`` so a file is converted
once however often the archive is re-run; each conversion gets its own LibreOffice profile
directory, so parallel workers never share (and lock) one. A batch converts most of them
ahead of the workers, many to a LibreOffice call (:mod:`pipeline.extract.doc_chunks`); this
one-file conversion is what a worker does for a file that is not in the cache then, so its
error names the file.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import ExtractionError
from pipeline.extract import docx
from pipeline.extract.libreoffice import cached_path, import_filter, soffice_command, store
from pipeline.model import Document
from pipeline.tools import run_tool, soffice


def converted_docx(path: Path, settings: Settings) -> Path:
    """The .docx LibreOffice makes of ``path``, from the cache when it was made before."""
    data = path.read_bytes()
    cached = cached_path(hashlib.sha256(data).hexdigest(), settings)
    if cached.exists():
        return cached
    binary = soffice()
    with tempfile.TemporaryDirectory(prefix="minutes-soffice-") as work:
        work_dir = Path(work)
        source = work_dir / f"source{path.suffix.lower()}"
        shutil.copyfile(path, source)  # a plain name: LibreOffice trips on some file names
        command = soffice_command(binary, work_dir / "profile", import_filter(data), work_dir / "out", [source])
        result = run_tool(command, timeout=settings.conversion_timeout, what="LibreOffice conversion")
        produced = work_dir / "out" / "source.docx"
        if result.returncode != 0 or not produced.exists() or produced.stat().st_size == 0:
            detail = [line for line in (result.stderr + result.stdout).splitlines()
                      if line.strip() and "javaldx" not in line]
            reason = detail[-1].strip() if detail else f"exit code {result.returncode}"
            raise ExtractionError(f"LibreOffice could not convert this file (damaged or password-protected?): {reason}")
        store(produced, cached)
    return cached


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    """Convert with LibreOffice, read as .docx, and say where the document came from."""
    document = docx.extract(converted_docx(path, settings), settings, source_path)
    return replace(document, format="doc")
