"""Bad files: each gets a failed documents row naming the cause; the batch goes on."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.batch import convert
from pipeline.config import Settings

from conftest import FIXTURES, MOPTI_DOCX, options

BAD = FIXTURES / "bad"

EXPECTED = {
    "empty.docx": "empty file (0 bytes)",
    "not_a_zip.docx": "not a zip archive",
    "zip_not_word.docx": "zip archive is not a Word document",
    "truncated.docx": "corrupt or truncated zip archive",
    "encrypted.docx": "password-protected (encrypted) Word document",
    "liste_presence.xyz": "unsupported file type '.xyz'",
    "broken_link.docx": "cannot read file",
    "encrypted.pdf": "encrypted PDF",
    "truncated.pdf": "damaged or truncated PDF",
    "zero_pages.pdf": "PDF has no pages",
    "damaged.doc": "LibreOffice could not convert this file",
}


@pytest.fixture(scope="module")
def batch_with_bad_files(tmp_path_factory):
    archive = tmp_path_factory.mktemp("archive")
    for path in BAD.iterdir():
        if path.name != "slow_page.pdf":  # timed on its own below
            shutil.copy(path, archive / path.name)
    (archive / "broken_link.docx").symlink_to(archive / "gone.docx")
    shutil.copy(MOPTI_DOCX, archive / MOPTI_DOCX.name)
    out = tmp_path_factory.mktemp("out")
    report = convert([archive], out)
    return report, out


@pytest.mark.slow
def test_a_pdf_that_keeps_pdfminer_busy_for_minutes_is_timed_out(tmp_path):
    shutil.copy(BAD / "slow_page.pdf", tmp_path / "slow_page.pdf")
    shutil.copy(MOPTI_DOCX, tmp_path / MOPTI_DOCX.name)
    # 20 s: pdfminer needs minutes on that page, the .docx a fraction of a second even under load
    convert([tmp_path], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(timeout=20))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["slow_page.pdf", "error"] == "timed out after 20 s"
    assert documents.loc[MOPTI_DOCX.name, "status"] == "ok"


@pytest.mark.slow
@pytest.mark.integration
def test_every_bad_file_is_a_failed_row_with_its_cause(batch_with_bad_files):
    _, out = batch_with_bad_files
    documents = pd.read_parquet(out / "documents.parquet").set_index("source_path")
    for name, cause in EXPECTED.items():
        row = documents.loc[name]
        assert row.status == "failed", name
        assert cause in row.error, (name, row.error)
        assert "\n" not in row.error
    assert set(documents.index) == set(EXPECTED) | {MOPTI_DOCX.name}


@pytest.mark.slow
@pytest.mark.integration
def test_the_good_file_is_complete_despite_the_bad_ones(batch_with_bad_files):
    report, out = batch_with_bad_files
    assert len(report.failed) == len(EXPECTED)
    documents = pd.read_parquet(out / "documents.parquet")
    good = documents[documents.source_path == MOPTI_DOCX.name].iloc[0]
    assert good.status == "ok" and pd.isna(good.error)
    items = pd.read_parquet(out / "agenda_items.parquet")
    assert len(items[items.doc_id == good.doc_id]) == 4
    assert len(pd.read_parquet(out / "actions.parquet")) == 5


def test_word_lock_files_and_hidden_files_are_not_documents(tmp_path):
    (tmp_path / "~$cr_reunion.docx").write_bytes(b"\x00" * 162)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    shutil.copy(MOPTI_DOCX, tmp_path / "cr.docx")
    report = convert([tmp_path], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(jobs=1, timeout=0))
    assert [r.document["source_path"] for r in report.results] == ["cr.docx"]


def test_identical_files_are_converted_once(tmp_path):
    (tmp_path / "a").mkdir()
    shutil.copy(MOPTI_DOCX, tmp_path / "a" / "cr.docx")
    shutil.copy(MOPTI_DOCX, tmp_path / "cr_copie.docx")
    convert([tmp_path], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(jobs=1, timeout=0))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert len(documents) == 1 and documents.doc_id.is_unique
    assert documents.source_path.item() == "a/cr.docx"
    assert list(documents.duplicate_paths.item()) == ["cr_copie.docx"]
