"""Shared fixtures: the real documents of the sample archive, and one conversion of it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch import RunOptions, convert
from pipeline.config import Settings
from pipeline.extract import extract_document
from pipeline.minutes import Minutes
from pipeline.model import Document
from pipeline.reference import load_reference
from pipeline.structure import build_minutes

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_TEXT = RAW / "000_cd32c92fb1dbef1b.txt"
SEED_PROSE = RAW / "003_9977c9c00bf37876.txt"
SEED_DOCX = RAW / "cr_cluster_protection_bamako_2017-09-06.docx"
GAO_DOCX = RAW / "cr_souscluster_protection_gao_2018-06-14.docx"
MOPTI_DOCX = RAW / "minutes_pwg_mopti_2019-03-21.docx"
SEED_PDF = RAW / "cr_cluster_protection_bamako_2017-09-06.pdf"
SEED_DOC = RAW / "cr_cluster_protection_bamako_2017-09-06.doc"
SEED_SCAN = RAW / "cr_cluster_protection_bamako_2017-09-06_scan.pdf"
BORDERLESS_PDF = RAW / "cr_souscluster_protection_menaka_2020-02-13.pdf"
#: the reference data of pipeline/resources/, loaded once for the test session
REFERENCE = load_reference()


def options(**values) -> RunOptions:
    """Run options for a test batch (shorthand)."""
    return RunOptions(**values)


def read(path: Path):
    """The document model of a file, as the pipeline reads it."""
    return extract_document(path, path.name, Settings(), REFERENCE)


def minutes_of(document: Document, settings: Settings = Settings()) -> Minutes:
    """What the structuring stages make of a document model."""
    return build_minutes(document, settings, REFERENCE)


_RUNTIMES: dict = {}


def runtime(settings: Settings = Settings()):
    """A worker's runtime (reference data, spaCy pipeline, version), loaded once per settings."""
    from pipeline.process import current_version, load_runtime

    if settings not in _RUNTIMES:
        _RUNTIMES[settings] = load_runtime(settings, current_version(settings))
    return _RUNTIMES[settings]


def process_file(path: Path, settings: Settings = Settings()):
    """One file through the whole chain, as a worker would convert it."""
    from dataclasses import replace

    from pipeline.process import process_with

    base = runtime(Settings())
    return process_with(replace(base, settings=settings), path, path.name)


@pytest.fixture(scope="session")
def sample_outputs(tmp_path_factory) -> Path:
    """The sample archive converted once for the whole session."""
    out = tmp_path_factory.mktemp("processed")
    report = convert([RAW], out, Settings(cache_dir=tmp_path_factory.mktemp("cache")))  # nothing reused
    assert not report.failed, [r.document["error"] for r in report.failed]
    return out


@pytest.fixture(scope="session")
def tables(sample_outputs) -> dict[str, pd.DataFrame]:
    from pipeline.schema import TABLES

    return {name: pd.read_parquet(sample_outputs / f"{name}.parquet") for name in TABLES}


def rows_of(tables: dict[str, pd.DataFrame], name: str, source: Path) -> pd.DataFrame:
    """Rows of an output table for one source document, in key order."""
    documents = tables["documents"]
    doc_id = documents.loc[documents.source_path == source.name, "doc_id"].item()
    frame = tables[name]
    frame = frame[frame.doc_id == doc_id]
    keys = [k for k in ("item_no", "action_no") if k in frame.columns]
    return frame.sort_values(keys).reset_index(drop=True) if keys else frame
