"""What real archives hold beside minutes: names that are not UTF-8, links out of the archive
and into loops, Word's "Unicode text" exports. Each case is built by scripts/build_bad_fixtures.py
into tmp_path (git cannot hold such names and links reliably)."""

from __future__ import annotations

import codecs
import os
import shutil

import pandas as pd
import pyarrow.csv as pacsv
import pytest

from pipeline.batch import RunOptions, convert
from pipeline.config import Settings
from pipeline.discovery import INSIDE_FOLDER, OUTSIDE_FILE, OUTSIDE_FOLDER, WALKED_FOLDER, discover, display_path
from pipeline.errors import ExtractionError
from pipeline.extract.encoding import decode_text
from pipeline.extract.html import parse_html
from pipeline.schema import TABLES

from conftest import SEED_TEXT, builder, read


def run(folder, tmp_path, **values):
    """Convert in this process (no worker start-up): discovery and naming are what is tested."""
    out = tmp_path / "out"
    report = convert([folder], out, Settings(cache_dir=tmp_path / "cache"), RunOptions(jobs=1, timeout=0, **values))
    return report, pd.read_parquet(out / "documents.parquet").set_index("source_path"), out


def every_output_text(out) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.csv")))


# --- names ---------------------------------------------------------------------------------


def test_a_name_in_latin1_bytes_is_written_readable_and_losslessly():
    name = os.fsdecode(builder.LATIN1_NAME)
    shown = display_path(name)
    assert shown == "r\\xe9union_gao.txt"
    assert codecs.escape_decode(shown.encode("utf-8"))[0] == builder.LATIN1_NAME
    odd = os.fsdecode(b"C:\\\\old\\share\\cr_r\xe9union.txt")  # a Windows path kept as one name
    assert codecs.escape_decode(display_path(odd).encode("utf-8"))[0] == os.fsencode(odd)
    assert display_path("sous-dossier/réunion.txt") == "sous-dossier/réunion.txt"  # UTF-8 names unchanged


def test_a_file_named_in_latin1_is_converted_and_the_batch_writes_its_datasets(tmp_path):
    """Regression: pyarrow refused the name's lone surrogates and the whole run ended in a traceback."""
    folder = tmp_path / "archive"
    folder.mkdir()
    builder.non_utf8_name(folder)
    shutil.copy(SEED_TEXT, folder / SEED_TEXT.name)
    report, documents, out = run(folder, tmp_path)
    assert not report.failed
    assert sorted(documents.index) == [SEED_TEXT.name, "r\\xe9union_gao.txt"]
    row = documents.loc["r\\xe9union_gao.txt"]
    assert row.status == "ok" and "14 ménages arrivés à Gao" in row.body_text
    figures = pd.read_parquet(out / "figures.parquet")
    assert 14 in set(figures[figures.doc_id == row.doc_id].value)
    assert "r\\xe9union_gao.txt" in pacsv.read_csv(out / "documents.csv").column("source_path").to_pylist()
    again = convert([folder], out, Settings(cache_dir=tmp_path / "cache"), RunOptions(jobs=1, timeout=0))
    assert again.converted == 0 and again.skipped == 2  # the manifest knows the escaped name


# --- links ---------------------------------------------------------------------------------


@pytest.fixture
def linked_archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / SEED_TEXT.name)
    builder.outward_links(folder, tmp_path / "elsewhere")
    builder.folder_links(folder)
    return folder


def test_links_out_of_the_archive_are_recorded_as_skipped_and_never_read(linked_archive, tmp_path):
    """Regression: a link named notes.txt to a private file put that file's text in body_text."""
    report, documents, out = run(linked_archive, tmp_path)
    assert "identifiants du serveur" not in every_output_text(out)
    assert documents.loc["notes.txt", "status"] == "skipped"
    assert documents.loc["notes.txt", "error"] == OUTSIDE_FILE
    assert documents.loc["partage", "error"] == OUTSIDE_FOLDER and documents.loc["partage", "format"] == "folder"
    assert not report.failed and {r.document["source_path"] for r in report.not_read} == {
        "notes.txt", "partage", "annexes/boucle", "raccourci"}


def test_folder_links_and_loops_are_walked_once_and_say_so(linked_archive, tmp_path):
    """Regression: a link to a folder was read as a file: "unsupported file type '(no extension)'"."""
    _, documents, _ = run(linked_archive, tmp_path)
    assert documents.loc["annexes/boucle", "error"] == INSIDE_FOLDER  # annexes/boucle -> .. : a loop
    assert documents.loc["raccourci", "error"] == INSIDE_FOLDER  # its files are read as annexes/...
    assert documents.loc["annexes/ordre_du_jour.txt", "status"] == "ok"
    assert not any(p.startswith(("raccourci/", "annexes/boucle/")) for p in documents.index)
    assert not documents.error.fillna("").str.contains("unsupported file type").any()


def test_follow_links_reads_outside_files_and_walks_an_outside_folder_once(linked_archive, tmp_path):
    report, documents, out = run(linked_archive, tmp_path, follow_links=True)
    assert documents.loc["notes.txt", "status"] == "ok"
    assert "identifiants du serveur" in every_output_text(out)
    assert list(documents.loc["notes.txt", "duplicate_paths"]) == ["partage/secret.txt"]  # same file, twice
    assert documents.loc["partage/autre.txt", "status"] == "ok"
    assert documents.loc["partage/retour", "error"] == WALKED_FOLDER  # the loop inside the shared folder
    assert documents.loc["annexes/boucle", "error"] == INSIDE_FOLDER


def test_a_link_inside_the_archive_is_read_as_the_file_it_points_to(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / "cr.txt")
    (folder / "lien_vers_cr.txt").symlink_to("cr.txt")
    files = discover([folder])
    assert [(f.source_path, f.skip_reason) for f in files] == [("cr.txt", None), ("lien_vers_cr.txt", None)]
    assert files[0].doc_id == files[1].doc_id  # converted once, the link listed as a duplicate path


def test_a_pipe_is_recorded_not_opened(tmp_path):
    """A named pipe would block the reader for ever."""
    folder = tmp_path / "archive"
    folder.mkdir()
    os.mkfifo(folder / "journal.txt")
    [found] = discover([folder])
    assert found.skip_reason.startswith("not a regular file")


# --- encodings -----------------------------------------------------------------------------


def test_unicode_text_exports_read_like_the_utf8_file(tmp_path):
    """Regression: Word's "Unicode text" export (UTF-16 LE, BOM) was refused as binary (NUL bytes)."""
    expected = read(SEED_TEXT)
    for path in builder.unicode_text_exports(tmp_path):
        document = read(path)
        assert document.blocks == expected.blocks, path.name
        encoding = builder.UNICODE_EXPORTS[path.name].replace("utf-32", "utf-32-le")
        assert document.warnings == (f"not UTF-8: decoded as {encoding}",)


def test_decode_text_recognises_utf16_without_its_bom_and_still_refuses_binary():
    text = "Lieu et date : Gao, 3 février 2020\n"
    assert decode_text(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_text(text.encode("utf-16-be")) == (text, "utf-16-be")
    assert decode_text(text.encode("utf-32-le")) == (text, "utf-32-le")
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")
    assert decode_text(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8")
    truncated = decode_text(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"G")
    assert truncated.text.startswith(text) and truncated.encoding == "utf-16-le (invalid bytes replaced)"
    with pytest.raises(ExtractionError, match="binary content in a text file"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_html_uses_the_same_decoding_and_a_bom_beats_the_declared_charset():
    page = ('<html><head><meta charset="windows-1252"></head><body><p>Délai : fin juin</p>'
            '<table><tr><td>Points</td><td>Responsable</td></tr></table></body></html>')
    for data in (codecs.BOM_UTF16_LE + page.encode("utf-16-le"), page.encode("cp1252"),
                 page.replace("windows-1252", "utf-16").encode("utf-8")):  # a false UTF-16 claim
        document = parse_html(data, "cr.html")
        assert document.paragraphs[0].text == "Délai : fin juin"


@pytest.mark.slow
def test_every_output_is_valid_after_the_hazards(linked_archive, tmp_path):
    builder.non_utf8_name(linked_archive)
    builder.unicode_text_exports(linked_archive)
    _, documents, out = run(linked_archive, tmp_path)
    from pipeline.validate import validate_folder

    validate_folder(out)
    assert set(documents.status) == {"ok", "skipped"}
    assert (documents.loc[["cr_utf16le.txt", "cr_utf16be.txt", "cr_utf32.txt"], "agenda_items"]
            == documents.loc[SEED_TEXT.name, "agenda_items"]).all()
    for name in TABLES:
        assert (out / f"{name}.csv").exists()
