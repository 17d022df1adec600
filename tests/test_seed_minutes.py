"""Seed 000 (text export of a real compte rendu) and its Word version give the same minutes."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from conftest import SEED_DOCX, SEED_TEXT, rows_of

TOPICS = [
    "Suivi des points d'action de la réunion précédente",
    "Présentation de la situation de protection",
    "Etat des lieux du processus HNO",
    "Présentation des données VBG",
    "Divers",
]


@pytest.mark.parametrize("source", [SEED_TEXT, SEED_DOCX], ids=["text-export", "docx"])
def test_five_agenda_items_with_their_topics(tables, source):
    items = rows_of(tables, "agenda_items", source)
    assert items.topic.tolist() == TOPICS
    assert items.item_no.tolist() == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("source", [SEED_TEXT, SEED_DOCX], ids=["text-export", "docx"])
def test_item_two_discussion_is_one_clean_text(tables, source):
    discussion = rows_of(tables, "agenda_items", source).discussion[1]
    assert "77 incidents de protection" in discussion
    assert "300 kits de dignité" in discussion
    # the sentence cut by the page break is whole again
    assert "avec le concours du service local de développement social (SDLS) et la CMP)" in discussion
    assert "de maintenir les recommandations relatives au VBG" in discussion
    assert not re.search(r"</?(p|ul|li)\b", discussion)
    assert not any(line.strip().startswith("--") for line in discussion.splitlines())


@pytest.mark.parametrize("source", [SEED_TEXT, SEED_DOCX], ids=["text-export", "docx"])
def test_last_row_is_an_action_of_divers(tables, source):
    actions = rows_of(tables, "actions", source)
    last = actions.iloc[-1]
    assert (last.item_no, last.text, last.responsible_text, last.deadline_text) == (
        5, "Partager l'invitation", "TDH", "11 septembre")


@pytest.mark.parametrize("source", [SEED_TEXT, SEED_DOCX], ids=["text-export", "docx"])
def test_header_block(tables, source):
    documents = tables["documents"]
    doc = documents[documents.source_path == source.name].iloc[0]
    assert str(doc.meeting_date) == "2017-09-06"
    assert "Bamako" in doc.place
    assert doc.participants == 45
    assert doc.chair == "Nianga Matho Doré"
    assert doc.co_facilitator == "Mariam Sy"
    assert doc.group == "Cluster Protection"
    assert doc.title == "COMPTE RENDU"
    assert doc.organisations_present_text.startswith("UNHCR, UNWOMEN, OIM")
    assert doc.organisations_present_text.endswith("Conascipal, DRC, Diakonia")


def test_text_export_and_docx_agree_on_every_column(tables):
    columns = ["topic", "discussion", "actions_text", "responsible_text", "deadline_text"]
    from_text = rows_of(tables, "agenda_items", SEED_TEXT)[columns]
    from_docx = rows_of(tables, "agenda_items", SEED_DOCX)[columns]
    assert from_text.fillna("").to_dict("records") == from_docx.fillna("").to_dict("records")


def test_actions_split_and_aligned_only_where_justified(tables):
    actions = rows_of(tables, "actions", SEED_TEXT)
    item2 = actions[actions.item_no == 2]
    assert len(item2) == 9  # nine action paragraphs, the page-split one rejoined
    assert "Consulter les parties prenantes sur le terrain par rapport à la nécessité de faire une évaluation VBG à Koro." in item2.text.tolist()
    # 9 actions, 7 responsibles over the four pages the row spans: each page's values stand beside
    # that page's actions (page 1: one responsible beside two actions, shared); on page 3, five
    # actions and four responsibles are placed where the texts say and the one nothing points to stays null
    by_action = item2.set_index("action_no")
    assert {n: None if pd.isna(v) else v for n, v in by_action.responsible_text.items()} == {
        1: "AMSS/ UNHCR/ Coordination du cluster protection, Rapports RRM",
        2: "AMSS/ UNHCR/ Coordination du cluster protection, Rapports RRM",
        3: "Coordination du cluster protection", 4: "La coordination du cluster protection",
        5: "La coordination du cluster protection", 6: None,  # "Les organisations en charge… devront": its own actor
        7: "CONASCIPAL", 8: "Sous Cluster VBG", 9: "Sous cluster de protection de l'enfance"}
    assert by_action.responsible_alignment.tolist() == (["shared"] * 2 + ["one_to_one"] + ["matched"] * 2
                                                        + ["unaligned"] + ["matched"] * 2 + ["one_to_one"])
    assert by_action.deadline_alignment.tolist() == by_action.responsible_alignment.tolist()
    assert by_action.page.tolist() == [1, 1, 2, 3, 3, 3, 3, 3, 4]
    # the .docx rendering has no pages in its one long row: nothing ties action 2 to a value there
    docx = rows_of(tables, "actions", SEED_DOCX)
    assert docx[docx.item_no == 2].set_index("action_no").responsible_alignment[2] == "unaligned"
    divers = actions[actions.item_no == 5]
    assert divers.responsible_text.tolist() == [
        "Les coordinateurs des groupes thématiques cluster protection", "UNMAS, UNPFA, UNHCR", "TDH"]
    vbg = actions[actions.item_no == 4]
    assert set(vbg.responsible_alignment) == {"shared"} and set(vbg.deadline_text) == {"Continu"}
    # item 1 has a responsible and a deadline but no action text: kept, text null
    first = actions[actions.item_no == 1].iloc[0]
    assert pd.isna(first.text) and first.responsible_text == "Les organisations membres du cluster"


def test_text_export_pages_and_provenance(tables):
    items = rows_of(tables, "agenda_items", SEED_TEXT)
    long_item = items.iloc[1]
    assert (long_item.page_start, long_item.page_end) == (1, 4)
    assert items.iloc[4].row_first < items.iloc[4].row_last  # Divers spans its own row and the lost-cell row
    documents = tables["documents"]
    assert documents.loc[documents.source_path == SEED_TEXT.name, "pages"].item() == 4
