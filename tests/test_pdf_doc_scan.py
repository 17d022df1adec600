"""PDF (ruled and borderless), legacy .doc and scanned PDF give the same minutes as the .docx."""

from __future__ import annotations

import difflib
import re

import pandas as pd
import pytest

from conftest import BORDERLESS_PDF, SEED_DOC, SEED_DOCX, SEED_PDF, SEED_SCAN, process_file, read, rows_of

COLUMNS = ["topic", "discussion", "actions_text", "responsible_text", "deadline_text"]


def normalised(text) -> str:
    return re.sub(r"\s+", " ", text or "").strip() if not pd.isna(text) else ""


def cell_ratios(tables, source) -> dict[tuple[int, str], float]:
    reference = rows_of(tables, "agenda_items", SEED_DOCX)
    other = rows_of(tables, "agenda_items", source)
    assert len(other) == len(reference)
    return {
        (no, column): difflib.SequenceMatcher(None, normalised(a), normalised(b)).ratio()
        for no, (ra, rb) in enumerate(zip(reference.itertuples(), other.itertuples()), start=1)
        for column in COLUMNS
        for a, b in [(getattr(ra, column), getattr(rb, column))]
    }


@pytest.mark.parametrize("source, threshold", [(SEED_PDF, 0.98), (SEED_DOC, 0.98), (SEED_SCAN, 0.90)],
                         ids=["pdf", "doc", "scanned-pdf"])
def test_same_agenda_items_as_the_docx(tables, source, threshold):
    items = rows_of(tables, "agenda_items", source)
    assert items.topic.tolist() == rows_of(tables, "agenda_items", SEED_DOCX).topic.tolist()
    low = {key: round(r, 3) for key, r in cell_ratios(tables, source).items() if r < threshold}
    assert not low, low


@pytest.mark.parametrize("source", [SEED_PDF, SEED_SCAN], ids=["pdf", "scanned-pdf"])
def test_long_item_crosses_pages_and_no_page_furniture_in_cells(tables, source):
    items = rows_of(tables, "agenda_items", source)
    long_item = items.iloc[1]
    assert long_item.page_start < long_item.page_end
    assert (long_item.page_start, long_item.page_end) == (1, 4)
    text = "\n".join(items[COLUMNS].fillna("").astype(str).sum(axis=1))
    for furniture in ("Compte rendu de réunion", "Page 2 sur 5", "Cluster Protection Mali", "Responsables de mise"):
        assert furniture not in text
    actions = rows_of(tables, "actions", source)
    assert not actions.text.fillna("").str.contains("Page . sur", regex=True).any()


def test_pdf_page_furniture_is_recorded_not_lost():
    document = read(SEED_PDF)
    assert document.pages == 5
    assert "Cluster Protection Mali – Compte rendu de réunion" in document.furniture
    assert "Cluster Protection Mali – Bamako – Page 3 sur 5" in document.furniture
    assert len(document.tables) == 1  # five page fragments stitched into one table
    cell = next(c for c in document.tables[0].cells if "77 incidents" in c.text)
    assert cell.provenance.page_start == 1 and cell.provenance.page_end == 4
    assert cell.provenance.bbox is not None


def test_pdf_header_block(tables):
    documents = tables["documents"].set_index("source_path")
    for source in (SEED_PDF, SEED_DOC, SEED_SCAN):
        doc = documents.loc[source.name]
        assert (str(doc.meeting_date), doc.participants, doc.chair) == ("2017-09-06", 45, "Nianga Matho Doré"), source
        assert "Bamako" in doc.place
    assert documents.loc[SEED_PDF.name, "format"] == "pdf"
    assert documents.loc[SEED_DOC.name, "format"] == "doc"


def test_pdf_actions_match_the_docx(tables):
    from_docx = rows_of(tables, "actions", SEED_DOCX)[["item_no", "text", "responsible_text", "deadline_text"]]
    from_pdf = rows_of(tables, "actions", SEED_PDF)[["item_no", "text", "responsible_text", "deadline_text"]]
    assert from_pdf.fillna("").to_dict("records") == from_docx.fillna("").to_dict("records")


def test_scanned_pdf_is_ocr_d(tables):
    documents = tables["documents"].set_index("source_path")
    scan = documents.loc[SEED_SCAN.name]
    assert bool(scan.ocr) and list(scan.ocr_pages) == [1, 2, 3, 4, 5]
    assert not bool(documents.loc[SEED_PDF.name, "ocr"])


def test_borderless_table_gives_items_in_the_right_columns(tables):
    items = rows_of(tables, "agenda_items", BORDERLESS_PDF)
    assert items.topic.tolist() == ["Situation sécuritaire", "Mouvements de population", "Protection de l'enfance", "Divers"]
    second = items.iloc[1]
    assert second.discussion.startswith("Selon la DRDSES, 1 870 ménages (11 220 personnes)")
    assert second.actions_text == ("Mener une évaluation rapide de protection dans les quartiers d'accueil\n"
                                   "Mettre à jour la matrice de suivi des déplacements")
    assert second.responsible_text == "DRC, IRC\nOIM"
    assert second.deadline_text == "20 février 2020\nContinu"
    document = read(BORDERLESS_PDF)
    assert document.tables[0].provenance.page_start == 1
    documents = tables["documents"].set_index("source_path")
    assert str(documents.loc[BORDERLESS_PDF.name, "next_meeting_date"]) == "2020-03-12"
    assert documents.loc[BORDERLESS_PDF.name, "participants"] == 21


def test_missing_libreoffice_is_named(monkeypatch, tmp_path):
    import pipeline.tools
    from pipeline.config import Settings

    monkeypatch.setattr(pipeline.tools.shutil, "which", lambda name: None)
    result = process_file(SEED_DOC, Settings(cache_dir=tmp_path))
    assert result.document["status"] == "failed"
    assert result.document["error"] == "LibreOffice (soffice) not found: run make install"


def test_missing_ocr_tools_are_named(monkeypatch, tmp_path):
    import pipeline.tools
    from pipeline.config import Settings

    monkeypatch.setattr(pipeline.tools.shutil, "which", lambda name: None)
    result = process_file(SEED_SCAN, Settings(cache_dir=tmp_path))
    assert result.document["status"] == "failed"
    assert "OCR tools not found (ocrmypdf, tesseract): run make install" in result.document["error"]


def test_doc_conversion_is_cached_by_content(tmp_path):
    from pipeline.config import Settings
    from pipeline.extract.doc import converted_docx

    settings = Settings(cache_dir=tmp_path)
    first = converted_docx(SEED_DOC, settings)
    mtime = first.stat().st_mtime_ns
    assert converted_docx(SEED_DOC, settings) == first and first.stat().st_mtime_ns == mtime
    assert first.parent == tmp_path / "docx"


def test_scanned_pdf_actions_match_the_docx(tables):
    """Regression: OCR's jittery line boxes once split every wrapped line into an action."""
    from_docx = rows_of(tables, "actions", SEED_DOCX)
    from_scan = rows_of(tables, "actions", SEED_SCAN)
    assert from_scan.item_no.tolist() == from_docx.item_no.tolist()
    for a, b in zip(from_docx.itertuples(), from_scan.itertuples()):
        assert difflib.SequenceMatcher(None, normalised(a.text), normalised(b.text)).ratio() > 0.9, (a.text, b.text)
        assert b.deadline_kind == a.deadline_kind or pd.isna(a.deadline_kind)


def test_repeated_header_read_differently_by_ocr_is_still_dropped():
    """Regression: OCR read "mise en œuvre" as "mise en ceuvre" on pages 2-5 of the scan, the
    repeated header stayed in the table and split the long item's rows apart."""
    from pipeline.extract.pdf import _without_repeated_header
    from pipeline.extract.stitch import RowDraft
    from pipeline.model import Paragraph, Provenance

    def draft(*cells):
        return RowDraft(tuple((Paragraph(c),) for c in cells), Provenance(page_start=2))

    header = ["actions a prendre", "responsables de mise en oeuvre et ou de suivi", "delai"]
    page = [draft("Actions à prendre", "Responsables de mise en ceuvre et/ ou de suivi", "Délai"),
            draft("", "sur les plans de réponses", "")]
    assert [d.cells[1][0].text for d in _without_repeated_header(page, header)] == ["sur les plans de réponses"]
    other = [draft("Partager les rapports", "Coordination du cluster protection", "Continu")]
    assert _without_repeated_header(other, header) == other
