"""HTML exports: header lines, a table with rowspan, lists inside cells, 'RAS' cells."""

from __future__ import annotations

import pytest

from pipeline.extract.html import parse_html

from conftest import RAW, minutes_of, rows_of

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
        b"<table><tr><th colspan='2'>Points</th><th>Qui</th></tr>"
        b"<tr><td rowspan='2'>A</td><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>", "t.html")
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


_KIDAL = """<h1>Compte rendu GT Protection Kidal</h1><p>Date : 5 mars 2021</p>
<table><tr><th>Sujet</th><th>Discussions</th><th>Actions</th><th>Responsables</th><th>Délai</th></tr>
<tr><td>Mouvements</td><td>Environ 1 200 ménages déplacés.</td><td>Partager la liste<br>Organiser une évaluation</td>
<td>OCHA<br/>NRC</td><td>15 mars<br>Fin mars</td></tr></table>"""


@pytest.mark.parametrize("data", [
    ("<html><body>" + _KIDAL + "</body></html>").encode("utf-8"),  # regression: read as Latin-1, "Délai" lost
    ('<html><head><meta charset="utf-8"></head><body>' + _KIDAL + "</body></html>").encode("utf-8"),
    ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
     + _KIDAL + "</body></html>").encode("cp1252"),
    ('<?xml version="1.0" encoding="iso-8859-1"?><html><body>' + _KIDAL + "</body></html>").encode("latin-1"),
    ("<html><body>" + _KIDAL + "</body></html>").encode("cp1252"),
], ids=["utf-8 undeclared", "utf-8 declared", "windows-1252 declared", "xhtml latin-1", "windows-1252 undeclared"])
def test_html_charsets(data):
    minutes = minutes_of(parse_html(data, "kidal.html"))
    assert [(a.text, a.responsible_text, a.deadline_kind, str(a.deadline_date)) for a in minutes.actions] == [
        ("Partager la liste", "OCHA", "date", "2021-03-15"), ("Organiser une évaluation", "NRC", "date", "2021-03-31")]
