"""Word features python-docx alone gets wrong: merged cells, nested tables, lists, headers/footers."""

from __future__ import annotations

import docx

from pipeline.model import Table

from conftest import GAO_DOCX, MOPTI_DOCX, SEED_DOCX, read, rows_of


def agenda_table(document) -> Table:
    return max(document.tables, key=lambda t: t.n_rows)


def test_vertically_merged_topic_is_one_cell(tables):
    table = agenda_table(read(GAO_DOCX))
    topic_cells = [c for c in table.cells if c.col == 1 and "Monitoring de protection" in c.text]
    assert len(topic_cells) == 1 and topic_cells[0].row_span == 2
    # python-docx's row.cells repeats the merged cell in the row below: the reason for reading XML
    repeated = [row.cells[1].text for row in docx.Document(str(GAO_DOCX)).tables[1].rows]
    assert repeated.count("Monitoring de protection et gestion des cas") == 2


def test_merged_topic_gives_one_item_with_both_rows(tables):
    items = rows_of(tables, "agenda_items", GAO_DOCX)
    merged = items[items.topic.str.contains("Monitoring de protection")]
    assert len(merged) == 1
    item = merged.iloc[0]
    assert item.topic == "Monitoring de protection et gestion des cas"  # once, not repeated
    assert "57 incidents de protection" in item.discussion and "300 enfants non accompagnés" in item.discussion
    assert (item.row_first, item.row_last) == (4, 5)
    actions = rows_of(tables, "actions", GAO_DOCX)
    of_item = actions[actions.item_no == item.item_no]
    assert of_item.responsible_text.tolist() == ["Sous-cluster VBG / UNFPA", "IRC"]
    assert of_item.deadline_text.tolist() == ["Continu", "Avant la prochaine réunion"]


def test_full_width_rows_are_sections_and_number_column_is_a_label(tables):
    items = rows_of(tables, "agenda_items", GAO_DOCX)
    assert items.topic.tolist() == [
        "Situation sécuritaire et mouvements de population",
        "Monitoring de protection et gestion des cas",
        "Documentation civile et LTP",
        "Divers",
    ]
    assert items.section.tolist() == ["I. Situation sécuritaire et humanitaire"] + ["II. Réponse de protection"] * 3
    assert items.item_label.tolist() == ["1", "2", "3", "4"]


def test_nested_table_text_is_kept_in_the_discussion(tables):
    discussion = rows_of(tables, "agenda_items", GAO_DOCX).discussion[0]
    assert "Cercle | Ménages | Personnes" in discussion
    assert "Ménaka | 1 130 | 6 780" in discussion
    table = agenda_table(read(GAO_DOCX))
    cell = next(c for c in table.cells if "CMP a partagé" in c.text)
    assert len(cell.tables) == 1 and cell.tables[0].n_rows == 4


def test_numbered_list_items_are_separate_actions(tables):
    actions = rows_of(tables, "actions", GAO_DOCX)
    first = actions[actions.item_no == 1]
    assert first.text.tolist() == ["Partager la matrice des mouvements de population avec les membres",
                                   "Organiser une mission conjointe d'évaluation à Inékar"]
    assert first.responsible_text.tolist() == ["OIM / CMP", "UNHCR, DRC, OCHA"]
    cell = next(c for c in agenda_table(read(GAO_DOCX)).cells if "Partager la matrice" in c.text)
    assert {p.list_kind for p in cell.paragraphs} == {"number"}


def test_bullets_in_cells_are_list_items():
    cell = next(c for c in agenda_table(read(SEED_DOCX)).cells if "Les défis soulignés" in c.text)
    bullets = [p.text for p in cell.paragraphs if p.list_kind == "bullet"]
    assert bullets[0] == "L'insécurité (accès humanitaire et aggravation des VBG)"
    assert len(bullets) == 3


def test_page_header_and_footer_stay_out_of_the_body(tables):
    document = read(GAO_DOCX)
    assert "Sous-cluster Protection Gao – Compte rendu de réunion" in document.furniture
    body = [p.text for p in document.paragraphs] + [c.text for t in document.tables for c in t.cells]
    assert not any("Document interne" in text for text in body)
    items = rows_of(tables, "agenda_items", GAO_DOCX)
    assert not items.discussion.str.contains("Document interne").any()


def test_metadata_table_header(tables):
    documents = tables["documents"]
    doc = documents[documents.source_path == GAO_DOCX.name].iloc[0]
    assert str(doc.meeting_date) == "2018-06-14"
    assert doc.place == "Bureau UNHCR, Gao"
    assert doc.participants == 28
    assert doc.chair == "Amadou Maïga"
    assert doc.co_facilitator == "Fatoumata Touré"
    assert doc.group == "Sous-cluster Protection"
    assert doc.organisations_present_text.startswith("UNHCR, DRC, NRC")
    assert str(doc.next_meeting_date) == "2018-07-12"  # from the closing line after the table
    assert doc.title == "Sous-cluster Protection Gao – Compte rendu de la réunion mensuelle"


def test_english_minutes(tables):
    documents = tables["documents"]
    doc = documents[documents.source_path == MOPTI_DOCX.name].iloc[0]
    assert str(doc.meeting_date) == "2019-03-21"
    assert doc.place == "OCHA office, Sévaré"
    assert (doc.participants, doc.chair, doc.co_facilitator) == (19, "Oumar Diallo", "Aïssata Kanté")
    assert doc.agenda_text.splitlines() == ["Review of previous action points", "Security and displacement update",
                                            "Protection monitoring findings", "AOB"]
    assert str(doc.next_meeting_date) == "2019-04-18"
    items = rows_of(tables, "agenda_items", MOPTI_DOCX)
    assert items.topic.tolist() == doc.agenda_text.splitlines()
    assert items.deadline_text[1] == "Next meeting\nEnd of March 2019"
    actions = rows_of(tables, "actions", MOPTI_DOCX)
    assert actions[actions.item_no == 2].responsible_text.tolist() == ["OCHA", "UNHCR, DRC"]


def test_soft_line_breaks_in_cells_separate_entries(tmp_path):
    """Actions, responsibles and deadlines listed with Shift+Enter instead of paragraphs are as
    many entries; a line starting in lowercase continues the line above."""
    from conftest import minutes_of

    document = docx.Document()
    document.add_paragraph("Date : 14 juin 2018")
    table = document.add_table(rows=2, cols=5)
    for i, header in enumerate(["Points", "Discussions", "Actions", "Responsables", "Échéance"]):
        table.cell(0, i).text = header
    table.cell(1, 0).text, table.cell(1, 1).text = "Mouvements de population", "La CMP a présenté les chiffres."
    cells = {2: ["Partager la matrice des mouvements", "Organiser une mission conjointe", "d'évaluation à Inékar"],
             3: ["OIM / CMP", "UNHCR, DRC, OCHA"], 4: ["20 juin 2018", "Avant la prochaine", "réunion"]}
    for col, lines in cells.items():
        paragraph = table.cell(1, col).paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                paragraph.add_run().add_break()
            paragraph.add_run(line)
    path = tmp_path / "soft_breaks.docx"
    document.save(path)
    minutes = minutes_of(read(path))
    assert [(a.text, a.responsible_text, a.deadline_kind, str(a.deadline_date)) for a in minutes.actions] == [
        ("Partager la matrice des mouvements", "OIM / CMP", "date", "2018-06-20"),
        ("Organiser une mission conjointe d'évaluation à Inékar", "UNHCR, DRC, OCHA", "next_meeting", "None")]
    assert minutes.items[0].deadline_text == "20 juin 2018\nAvant la prochaine réunion"
