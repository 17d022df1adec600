"""System tools some formats need (LibreOffice, OCRmyPDF, Tesseract), found or clearly missed.

Each lookup raises :class:`~pipeline.errors.MissingToolError` naming what to install, so a file
that needs a missing tool fails with that message instead of a stack trace.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from functools import cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from pipeline.errors import ExtractionError, MissingToolError

#: told the seconds an external tool may take, before it runs: the local executor's worker sets
#: it to ask its parent for that much more time on the file (see ``executor``), so a scan's OCR
#: (``Settings.ocr_timeout``) is not cut short by the per-file ``--timeout``; None elsewhere
tool_budget_listener: Optional[Callable[[float], None]] = None


def soffice() -> str:
    """Path of LibreOffice's ``soffice``."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise MissingToolError("LibreOffice (soffice) not found: run make install")
    return path


@cache
def tesseract_languages() -> frozenset[str]:
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def ocrmypdf(languages: Sequence[str]) -> str:
    """Path of ``ocrmypdf``, after checking Tesseract and its language data are there too."""
    path = shutil.which("ocrmypdf")
    if path is None or shutil.which("tesseract") is None:
        raise MissingToolError("OCR tools not found (ocrmypdf, tesseract): run make install "
                               "(Debian packages ocrmypdf tesseract-ocr tesseract-ocr-fra)")
    missing = [lang for lang in languages if lang not in tesseract_languages()]
    if missing:
        raise MissingToolError(f"Tesseract language data missing ({', '.join(missing)}): run make install "
                               f"(Debian packages {' '.join('tesseract-ocr-' + m for m in missing)})")
    return path


def with_address_space_limit(command: list[str], megabytes: int) -> list[str]:
    """``command`` with its address space (and its children's) bounded to ``megabytes`` (0: as
    it is), through the shell's ``ulimit -v``: set before the tool starts, so LibreOffice's own
    child process has it too (a worker's tools inherit the worker's limit; a tool run by the
    parent process gets it here)."""
    if megabytes <= 0:
        return command
    return ["/bin/sh", "-c", 'ulimit -v "$0" && exec "$@"', str(megabytes * 1024), *command]


def run_tool(command: list[str], timeout: float, what: str, cwd: Path | None = None,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a tool in its own process group; on timeout the whole group is killed.

    LibreOffice forks a child that would otherwise outlive a plain ``subprocess.run`` timeout.
    ``env``: variables set for the tool on top of this process's environment. The tool's own
    ``timeout`` is added to the file's time budget first (:data:`tool_budget_listener`).
    """
    if tool_budget_listener is not None:
        tool_budget_listener(timeout)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=cwd, start_new_session=True, env={**os.environ, **env} if env else None)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ExtractionError(f"{what} timed out after {timeout:g} s") from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
