"""Shared fixtures: the real documents of the sample archive, and one conversion of it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch import convert
from pipeline.config import Settings
from pipeline.extract import extract_document

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


def _load_builder():
    """scripts/build_bad_fixtures.py as a module: the tests build the fixtures git cannot hold
    (names, links) or should not (tens of megabytes) with its functions, into tmp_path."""
    spec = importlib.util.spec_from_file_location("build_bad_fixtures", ROOT / "scripts" / "build_bad_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


def read(path: Path):
    """The document model of a file, as the pipeline reads it."""
    return extract_document(path, path.name, Settings())


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
