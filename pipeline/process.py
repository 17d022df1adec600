"""``process(path, …)``: the whole chain for one file, the unit a batch maps over files.

Reads the file (through an extractor), structures it (header, agenda, actions, deadlines),
tags it (organisations, places, figures) and returns its rows for every table. Never touches
the output folder, never raises for a bad file: the failure is the result.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from pipeline.config import FORMATS_BY_EXTENSION, Settings
from pipeline.errors import ExtractionError, out_of_memory
from pipeline.reference import Reference
from pipeline.rows import Row, action_rows, agenda_item_rows, document_row, mention_rows
from pipeline.trace import mark

if TYPE_CHECKING:  # spaCy is imported where the pipeline is loaded (a worker), not by the batch's parent
    from spacy.language import Language

log = logging.getLogger(__name__)
HASH_CHUNK = 1 << 20


@dataclass
class DocumentResult:
    """Rows one file contributes to each output table."""

    document: Row
    tables: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"


def file_digest(path: Path) -> Optional[str]:
    """SHA-256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def doc_id_for(path: Path, source_path: str, digest: Optional[str] = None) -> str:
    """First 16 hex of the content's SHA-256 (of the path, for a file that cannot be read)."""
    digest = digest or file_digest(path) or hashlib.sha256(f"unreadable:{source_path}".encode()).hexdigest()
    return digest[:16]


def _format_and_size(path: Path) -> tuple[str, Optional[int]]:
    fmt = FORMATS_BY_EXTENSION.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    try:
        return fmt, path.stat().st_size
    except OSError:
        return fmt, None


def current_version(settings: Settings) -> str:
    """The pipeline version for these settings' data files: computed once per run, by the batch."""
    from pipeline.reference.places import data_fingerprint
    from pipeline.version import pipeline_version

    version = pipeline_version(data_fingerprint(settings.pcodes, settings.resources))
    sources = settings.domain_ner_sources()
    if sources:  # results with a domain NER (by default models/domain-ner, the only NER) are cached apart
        from pipeline.nlp.domain_files import domain_fingerprint

        if len(set(sources.values())) == 1 and len(sources) == 2:  # one model, one mode for both labels
            folder, mode = sources["ORG"]
            version += f".ner-{mode}-{domain_fingerprint(folder, mode)}"
        else:
            version += "".join(f".ner-{label.lower()}-{mode}-{domain_fingerprint(folder, mode)}"
                               for label, (folder, mode) in sources.items())
    return version


@dataclass(frozen=True)
class Runtime:
    """What a worker loads once and hands to every document: the reference data, the spaCy
    pipeline built from them, the pipeline version and the settings."""

    reference: Reference
    nlp: Language
    version: str
    settings: Settings


def load_runtime(settings: Settings, version: str) -> Runtime:
    """Reference data and NLP pipeline for ``settings`` (a worker calls this once)."""
    from pipeline.nlp.domain_ner import add_domain_ners, is_single
    from pipeline.nlp.spacy_pipeline import load_nlp
    from pipeline.reference import load_reference

    reference = load_reference(settings.resources)
    sources = settings.domain_ner_sources()  # issues 13, 16: by default models/domain-ner, the only NER ("single")
    nlp = load_nlp(reference, settings.pcodes, without_ner=is_single(sources))
    if sources:
        add_domain_ners(nlp, sources)
    return Runtime(reference, nlp, version, settings)


def failed_result(source_path: str, doc_id: str, path: str | Path, error: str, version: str) -> DocumentResult:
    """The result of a file that could not be converted: a documents row saying why."""
    fmt, size = _format_and_size(Path(path))
    return DocumentResult(document_row(doc_id, source_path, fmt, size, version, error=error))


def process(path: Path, source_path: str, *, reference: Reference, nlp: Language, version: str,
            settings: Settings, doc_id: Optional[str] = None, helpers: int = 0) -> DocumentResult:
    """Convert one file into its rows; a bad file gives a documents row with status failed.

    Every input is passed in (no module cache is read): the reference data and the spaCy
    pipeline a worker loaded once, the run's version, the settings. ``helpers``: cores the run
    leaves idle beside this file's worker, which its tagging may use (``nlp.tag_apart``).
    """
    from pipeline.extract import extract_document  # the stages: imported by the workers (their fork server
    from pipeline.nlp.mentions import tag  # preloads them), not by the batch's parent, which only hashes and writes
    from pipeline.structure import build_minutes

    doc_id = doc_id or doc_id_for(path, source_path)
    started = time.perf_counter()
    try:
        document = extract_document(path, source_path, settings, reference)
        mark("document read")
        minutes = build_minutes(document, settings, reference)
        mark("document structured")
        facts = tag(minutes, nlp, reference, helpers=helpers)
        mark("document tagged")
    except ExtractionError as exc:
        return failed_result(source_path, doc_id, path, str(exc), version)
    except MemoryError:
        return failed_result(source_path, doc_id, path, out_of_memory(), version)
    except Exception as exc:  # a bug or a file no check foresaw: record it, never stop the batch
        log.exception("internal error on %s", source_path)
        return failed_result(source_path, doc_id, path,
                             f"internal error ({type(exc).__name__}: {exc}); please report this file", version)
    tables = {"agenda_items": agenda_item_rows(doc_id, minutes, facts), "actions": action_rows(doc_id, minutes, facts),
              **mention_rows(doc_id, facts)}
    _, size = _format_and_size(path)
    row = document_row(doc_id, source_path, document.format, size, version, minutes,
                       pages=document.pages, warnings=document.warnings, ocr_pages=document.ocr_pages,
                       facts=facts, reference=reference)
    row["seconds"] = round(time.perf_counter() - started, 3)
    return DocumentResult(row, tables)



def process_with(runtime: Runtime, path: Path, source_path: str, doc_id: Optional[str] = None,
                 helpers: int = 0) -> DocumentResult:
    """:func:`process` with a worker's loaded :class:`Runtime`."""
    return process(path, source_path, reference=runtime.reference, nlp=runtime.nlp, version=runtime.version,
                   settings=runtime.settings, doc_id=doc_id, helpers=helpers)
