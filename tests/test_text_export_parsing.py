"""Text-export details: page marks, continuation rows, lost cells, HTML fragments."""

from __future__ import annotations

from conftest import SEED_PROSE, SEED_TEXT, read
from pipeline.extract.markup import fragment_paragraphs
from pipeline.extract.stitch import join_paragraphs
from pipeline.extract.text import parse_text_export
from pipeline.model import Paragraph


def test_seed_table_rows_after_stitching():
    document = read(SEED_TEXT)
    assert document.pages == 4
    table = document.tables[0]
    # header + 4 items + the lost-cell row; the three page continuations folded into row 2
    assert table.n_rows == 7
    long_row = [c for c in table.cells if c.row == 2]
    assert {(c.provenance.page_start, c.provenance.page_end) for c in long_row[1:]} == {(1, 4)}


def test_sentence_cut_by_page_break_is_rejoined_only_when_it_continues():
    head = (Paragraph("avec le concours du service local"),)
    assert [p.text for p in join_paragraphs(head, (Paragraph("de développement social (SDLS)"),))] == [
        "avec le concours du service local de développement social (SDLS)"]
    assert len(join_paragraphs(head, (Paragraph("A la suite de ce plaidoyer :"),))) == 2
    hyphen = join_paragraphs((Paragraph("le dévelop-"),), (Paragraph("pement local"),))
    assert hyphen[0].text == "le développement local"


def test_continuation_needs_a_page_break():
    text = "A\tB\tC\n\tsuite sans saut\tx\n--\t--\t--\n\tsuite après saut\ty\n"
    table = parse_text_export(text, "t.txt").tables[0]
    assert table.n_rows == 2  # the second row is a row of its own; the third continues it
    assert [c.text for c in table.cells if c.row == 1][1] == "suite sans saut suite après saut"


def test_loose_bullets_in_ul_become_list_items():
    paragraphs = fragment_paragraphs('<ul style="list-style-type: none"> • Un • Deux -Trois ; -ONU-FEMME va</ul>')
    assert [(p.text, p.list_kind) for p in paragraphs] == [
        ("Un", "bullet"), ("Deux", "bullet"), ("Trois ;", "bullet"), ("ONU-FEMME va", "bullet")]


def test_text_without_page_marks_has_no_pages():
    document = read(SEED_PROSE)
    assert document.pages is None and not document.tables
    assert document.paragraphs[1].text.startswith("Le Cluster Protection a participé")
    assert all(p.provenance.page_start is None for p in document.paragraphs)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes("Lieu et date : Gao, 3 février 2020\nPrésidence : Awa Traoré\n".encode("cp1252"))
    document = read(path)
    assert document.paragraphs[0].text == "Lieu et date : Gao, 3 février 2020"
    assert document.warnings == ("not UTF-8: decoded as cp1252",)
