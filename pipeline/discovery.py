"""Which files of the inputs are documents, and how the outputs name them.

Real archives are copied from Windows shares and old zip files and tidied by several people
over years: names that are not UTF-8, symbolic links out of the archive or into a loop, pipes.
Each file found is named losslessly in readable text (:func:`display_path`); a link that leaves
the input folders is not read unless asked (``--follow-links``: a link named ``notes.txt`` to a
private file would otherwise put that file's text into datasets meant to be shared); a link to
a folder is walked once or skipped with a reason. What is not read is still recorded, with why.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pipeline.process import doc_id_for, file_digest
from pipeline.store import ManifestEntry

#: files that are never minutes: editor lock files, OS metadata
IGNORED_PREFIXES = ("~$", ".~lock.", ".")

OUTSIDE_FILE = "link to a file outside the input folders: not read (--follow-links reads it)"
OUTSIDE_FOLDER = "link to a folder outside the input folders: not walked (--follow-links walks it)"
INSIDE_FOLDER = ("link to a folder inside the input folders: not walked again (its files are read "
                 "under their own paths; it may be a loop)")
WALKED_FOLDER = "link to a folder already walked (a loop, or a second link to it): not walked again"
NOT_REGULAR = "not a regular file (a pipe, socket or device): not read"


@dataclass(frozen=True)
class SourceFile:
    """A file to convert: where it is, how the outputs name it, its content key; or, with
    ``skip_reason``, a file or link found but not read, recorded with that reason."""

    path: Path
    source_path: str
    doc_id: str
    size: Optional[int] = None
    mtime_ns: Optional[int] = None
    skip_reason: Optional[str] = None
    is_folder: bool = False


def display_path(name: str) -> str:
    """A path as readable, lossless text: itself when its bytes are UTF-8; otherwise the bytes
    that are not written ``\\xe9`` and backslashes doubled, so ``codecs.escape_decode`` gives
    the exact bytes back. (Python keeps such bytes as lone surrogates, which Arrow, CSV and
    most tools refuse: one Latin-1 name from an old share used to cost the whole batch.)"""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")


def discover(inputs: Iterable[Path], manifest: Optional[dict[str, ManifestEntry]] = None,
             exclude: Iterable[Path] = (), follow_links: bool = False) -> list[SourceFile]:
    """Files under the inputs (walked recursively, sorted), paths relative to their input root.

    A file whose size and modification time match the manifest keeps its recorded hash
    instead of being read again. Folders in ``exclude`` (the run's own output and cache, when
    they sit inside an input folder) are not walked. A file given by name is always read.
    """
    manifest = manifest or {}
    inputs = list(inputs)
    skipped = [e.resolve() for e in exclude]
    roots = [r.resolve() for r in inputs if r.is_dir()]
    found: list[SourceFile] = []
    for root in inputs:
        if root.is_dir():
            entries = sorted(_walk(root, (), roots, skipped, follow_links, {root.resolve()}), key=lambda e: e[1])
        else:
            entries = [(root, (root.name,), None, False)]
        for path, parts, reason, is_folder in entries:
            rel = display_path("/".join(parts))
            if reason is not None:
                found.append(_skipped(path, rel, reason, is_folder))
                continue
            try:
                stat = path.stat()
                size, mtime = stat.st_size, stat.st_mtime_ns
            except OSError:
                size = mtime = None
            known = manifest.get(rel)
            if known is not None and size is not None and (known.size, known.mtime_ns) == (size, mtime):
                doc_id = known.doc_id
            else:
                doc_id = doc_id_for(path, rel, file_digest(path))
            found.append(SourceFile(path, rel, doc_id, size, mtime))
    return found


def _skipped(path: Path, rel: str, reason: str, is_folder: bool) -> SourceFile:
    """A file not read: keyed by its name (its content is not to be read), its link's own stat."""
    try:
        stat = path.lstat()
        size, mtime = stat.st_size, stat.st_mtime_ns
    except OSError:
        size = mtime = None
    doc_id = hashlib.sha256(f"skipped:{rel}".encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return SourceFile(path, rel, doc_id, size, mtime, skip_reason=reason, is_folder=is_folder)


Entry = tuple[Path, tuple[str, ...], Optional[str], bool]  # path, parts relative to the root, skip reason, is a folder


def _walk(folder: Path, parts: tuple[str, ...], roots: list[Path], excluded: list[Path], follow_links: bool,
          walked: set[Path]) -> Iterator[Entry]:
    """Every file under ``folder`` with the reason not to read it (None: read it)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        return  # an unreadable folder: its files cannot be listed, let alone read
    for entry in entries:
        if entry.name.startswith(IGNORED_PREFIXES):
            continue
        path, rel = folder / entry.name, parts + (entry.name,)
        if entry.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # broken, or a loop of links: reading it says so
                yield path, rel, None, False
                continue
            if any(target.is_relative_to(e) for e in excluded):
                continue
            inside = any(target.is_relative_to(r) for r in roots)
            if target.is_dir():
                if inside:
                    yield path, rel, INSIDE_FOLDER, True
                elif not follow_links:
                    yield path, rel, OUTSIDE_FOLDER, True
                elif target in walked or any(target.is_relative_to(w) for w in walked):
                    yield path, rel, WALKED_FOLDER, True
                else:
                    walked.add(target)
                    yield from _walk(path, rel, roots, excluded, follow_links, walked)
            elif not inside and not follow_links:
                yield path, rel, OUTSIDE_FILE, False
            else:
                yield path, rel, None if target.is_file() else NOT_REGULAR, False
        elif entry.is_dir(follow_symlinks=False):
            if not any(path.resolve().is_relative_to(e) for e in excluded):
                yield from _walk(path, rel, roots, excluded, follow_links, walked)
        else:
            yield path, rel, None if entry.is_file(follow_symlinks=False) else NOT_REGULAR, False
