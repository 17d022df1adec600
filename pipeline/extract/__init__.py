"""Extractors: one module per input format, each ``extract(path, settings, source_path) -> Document``.

:func:`extract_document` is the one entry point: it checks the file is readable and is what its
name says (magic bytes), then hands it to the format's extractor (a large PDF's in a child
process, :mod:`~pipeline.extract.apart`). Every refusal is an
:class:`~pipeline.errors.ExtractionError` with a one-line cause.
"""

from __future__ import annotations

import zipfile
from functools import partial
from pathlib import Path
from typing import Callable

from pipeline.config import FORMATS_BY_EXTENSION, Settings
from pipeline.errors import ExtractionError
from pipeline.extract import apart
from pipeline.model import Document
from pipeline.reference import Reference

Extractor = Callable[[Path, Settings, str], Document]

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: bytes an XML part of a .docx may expand to: a 500-page report's document.xml is about 20 MB;
#: past this it is a zip bomb, or a tree lxml cannot build within a worker's 1 GB
MAX_XML_PART_BYTES = 100 * 1024 * 1024


def format_of(path: Path) -> str:
    """The format name for a path, from its extension; unknown extensions are refused."""
    from pipeline.extract import testing

    if testing.enabled() and path.suffix in testing.FORMATS:
        return testing.FORMATS[path.suffix]
    fmt = FORMATS_BY_EXTENSION.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS_BY_EXTENSION))
        raise ExtractionError(f"unsupported file type '{path.suffix or '(no extension)'}' (known: {known})")
    return fmt


def _extractor(fmt: str, reference: Reference) -> Extractor:
    """The reader of a format; the PDF reader also gets the agenda header vocabulary, to find
    tables drawn without lines by their header row."""
    # imported on demand: a worker converting only text never loads python-docx
    if fmt == "docx":
        from pipeline.extract import docx

        return docx.extract
    if fmt == "text":
        from pipeline.extract import text

        return text.extract
    if fmt == "html":
        from pipeline.extract import html

        return html.extract
    if fmt == "pdf":
        from pipeline.extract import pdf

        return partial(pdf.extract, column_terms=reference.column_terms)
    if fmt == "doc":
        from pipeline.extract import doc

        return doc.extract
    if fmt.startswith("test-"):
        from pipeline.extract import testing

        return testing.extract
    raise ExtractionError(f"no extractor for format {fmt!r}")


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of a file, or a one-line error saying why it cannot be read."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror} (missing, or a broken link)") from exc
    except IsADirectoryError as exc:
        raise ExtractionError("cannot read file: it is a directory") from exc
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from exc


def check_content(path: Path, fmt: str, head: bytes) -> None:
    """Refuse files whose bytes contradict their format, with the cause in one line."""
    if not head:
        raise ExtractionError("empty file (0 bytes)")
    if fmt == "docx":
        if head.startswith(OLE_MAGIC):
            if ENCRYPTED_PACKAGE in path.read_bytes():
                raise ExtractionError("password-protected (encrypted) Word document: save it without a password")
            raise ExtractionError("legacy Word 97-2003 (OLE) content under a .docx name: rename it to .doc")
        if head.startswith(PDF_MAGIC):
            raise ExtractionError("PDF content under a .docx name")
        if not head.startswith(ZIP_MAGIC):
            raise ExtractionError("not a zip archive: a .docx must be one (corrupt or mis-named file)")
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                check_expanded_sizes(archive.infolist())
                bad_member = archive.testzip()
        except zipfile.BadZipFile as exc:
            raise ExtractionError(f"corrupt or truncated zip archive ({exc})") from exc
        if "word/document.xml" not in names:
            raise ExtractionError("zip archive is not a Word document (no word/document.xml)")
        if bad_member is not None:
            raise ExtractionError(f"corrupt zip archive: member {bad_member} fails its CRC check")
    if fmt == "doc" and path.suffix.lower() in (".doc", ".dot"):
        known = (OLE_MAGIC, b"{\\rtf", b"<html", b"<!DOCTYPE", b"MIME-Version", b"<?xml")
        if not head.lstrip().startswith(known):
            raise ExtractionError("not a Word 97-2003 document (no OLE header): corrupt or mis-named")
    if fmt == "pdf" and not head.lstrip(b"\x00\t\n\r ").startswith(PDF_MAGIC) and PDF_MAGIC not in head[:1024]:
        raise ExtractionError("not a PDF file (no %PDF header): corrupt or mis-named")


def check_expanded_sizes(members: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose XML would not fit in a worker, before anything is decompressed."""
    for member in members:
        if member.filename.endswith((".xml", ".rels")) and member.file_size > MAX_XML_PART_BYTES:
            raise ExtractionError(f"too large: {member.filename} expands to {member.file_size / 2**20:,.0f} MB "
                                  f"(an XML part may take {MAX_XML_PART_BYTES / 2**20:,.0f} MB: a zip bomb, "
                                  "or more than a worker can hold)")


def too_long(characters: int, settings: Settings) -> ExtractionError:
    """The refusal of a document past ``--max-chars``, naming the limit and the option."""
    return ExtractionError(f"too long: {characters:,} characters of text, above the limit of {settings.max_chars:,} "
                           "(--max-chars raises it)")


def _read(fmt: str, reference: Reference, path: Path, settings: Settings, source_path: str) -> Document:
    return _extractor(fmt, reference)(path, settings, source_path)


def extract_document(path: Path, source_path: str, settings: Settings, reference: Reference) -> Document:
    """The document model of one file, or an ExtractionError naming the cause."""
    fmt = format_of(path)
    head = read_head(path)
    if fmt == "doc" and path.suffix.lower() in (".doc", ".dot") and head.startswith(ZIP_MAGIC):
        fmt = "docx"  # a .docx saved under a .doc name: read it as what it is
    check_content(path, fmt, head)
    if fmt == "pdf" and path.stat().st_size >= apart.PDF_APART_BYTES and apart.can_read_apart():
        # its memory (and the PDF libraries' import) dies with the child
        document = apart.read_apart(_read, fmt, reference, path, settings, source_path)
    else:
        document = _read(fmt, reference, path, settings, source_path)
    if document.characters > settings.max_chars:
        raise too_long(document.characters, settings)
    return document
