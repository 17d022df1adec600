"""Shared fixtures: the real documents of the sample archive, and one conversion of it.

Every test runs with ``MINUTES_CACHE_DIR`` set to a temporary folder (inherited by the
command lines the tests start), and the session fails if the repository's data/interim/
changed. Tests using the converted sample archive are marked slow and integration (it holds a
legacy .doc and a scan: LibreOffice and Tesseract).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest

#: set before the pipeline is imported: default arguments (``settings=Settings()``) are built at import
TEST_CACHE = tempfile.mkdtemp(prefix="minutes-test-cache-")
os.environ["MINUTES_CACHE_DIR"] = TEST_CACHE
#: the domain NER (issue 13 item 3) as shipped (models/domain-ner for places), whatever the shell says
os.environ.pop("MINUTES_DOMAIN_NER", None)
os.environ.pop("MINUTES_DOMAIN_NER_MODE", None)
for _label in ("ORG", "LOC"):
    os.environ.pop(f"MINUTES_DOMAIN_NER_{_label}", None)
    os.environ.pop(f"MINUTES_DOMAIN_NER_{_label}_MODE", None)

from pipeline.batch import RunOptions, convert  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.minutes import Minutes  # noqa: E402
from pipeline.model import Document  # noqa: E402
from pipeline.reference import load_reference  # noqa: E402
from pipeline.structure import build_minutes  # noqa: E402

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


INTERIM = ROOT / "data" / "interim"
#: fixtures that convert the whole sample archive
SAMPLE_FIXTURES = {"sample_outputs", "tables", "scores"}


def _interim_listing() -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(INTERIM)), p.stat().st_mtime_ns) for p in INTERIM.rglob("*")) \
        if INTERIM.exists() else []


def pytest_configure(config):
    config._minutes_interim = _interim_listing()


def pytest_collection_modifyitems(config, items):
    import pytest

    for item in items:
        if SAMPLE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.integration)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(TEST_CACHE, ignore_errors=True)
    if _interim_listing() != session.config._minutes_interim:
        print(f"\nFAILED: the tests wrote into {INTERIM}; every test must use a temporary cache")
        session.exitstatus = 1


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
