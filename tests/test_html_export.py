"""HTML exports: header lines, a table with rowspan, lists inside cells, 'RAS' cells."""

from __future__ import annotations

from conftest import RAW, rows_of
from pipeline.extract.html import parse_html

TOMBOUCTOU = RAW / "cr_gt_protection_tombouctou_2019-05-09.html"


def test_header_and_items(tables):
    documents = tables["documents"]
    doc = documents[documents.source_path == TOMBOUCTOU.name].iloc[0]
    assert (str(doc.meeting_date), doc.participants, doc.chair) == ("2019-05-09", 17, "Moussa Ag Attaher")
    assert doc.place == "Salle de réunion OCHA, Tombouctou"
    assert doc.group == "Groupe de Travail Protection"
    items = rows_of(tables, "agenda_items", TOMBOUCTOU)
    assert items.topic.tolist() == ["Suivi des recommandations", "Mouvements de population à Goundam et Niafunké", "Divers"]
    assert "environ 60 ménages arrivés de Soumpi" in items.discussion[1]  # second row under the rowspan topic
    assert items.actions_text.isna()[0]  # "RAS" says there is nothing


def test_actions_of_rowspan_item(tables):
    actions = rows_of(tables, "actions", TOMBOUCTOU)
    assert actions.text.tolist() == ["Partager le rapport d'évaluation",
                                     "Organiser une distribution d'articles non alimentaires",
                                     "Vérifier les chiffres avec la CMP"]
    assert actions.responsible_text.tolist() == ["DRC", "NRC", "UNHCR"]
    assert actions.source_row.tolist() == [2, 2, 3]


def test_rowspan_and_colspan_are_cell_spans():
    document = parse_html(
        "<table><tr><th colspan='2'>Points</th><th>Qui</th></tr>"
        "<tr><td rowspan='2'>A</td><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>".encode(), "t.html")
    table = document.tables[0]
    spans = {(c.row, c.col): (c.row_span, c.col_span, c.text) for c in table.cells}
    assert spans[(0, 0)] == (1, 2, "Points")
    assert spans[(1, 0)] == (2, 1, "A")
    assert spans[(2, 1)] == (1, 1, "z")  # placed after the slot the rowspan covers
    assert table.n_cols == 3


def test_nested_table_text_keeps_surrounding_paragraphs():
    document = parse_html(b"<table><tr><td>avant<table><tr><td>a</td><td>b</td></tr></table>apres</td></tr></table>", "t")
    cell = document.tables[0].cells[0]
    assert [p.text for p in cell.paragraphs] == ["avant", "apres"]
    assert cell.text == "avant\napres\na | b"
