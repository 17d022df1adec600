"""Placing fewer responsibles than actions by what the texts say, and only where that is justified."""

from __future__ import annotations

from pipeline.structure.alignment import content_words, justified_placement, place_by_evidence, stated_actor

from conftest import REFERENCE, minutes_of, process_file


def test_stated_actor_is_read_before_its_verb():
    assert stated_actor("Les organisations en charge de la réponse devront faire le suivi", REFERENCE) == frozenset(
        {"organisation", "charge", "reponse"})
    assert stated_actor("UNHCR will share the list with partners", REFERENCE) == frozenset({"unhcr"})
    assert stated_actor("Partager les rapports de mission", REFERENCE) is None
    # a verb far into the sentence is not an actor's: "va" after nine words
    assert stated_actor("Partager avec tous les partenaires du cluster la liste des sites qui va être mise à jour", REFERENCE) is None


def test_plural_endings_and_stop_words_do_not_count():
    assert content_words("Les Rapports RRM", REFERENCE) == content_words("rapport rrm", REFERENCE)


def test_no_evidence_places_nothing():
    """Three actions, two responsibles, no word in common: every placement ties."""
    assert place_by_evidence(["Partager la liste", "Mettre à jour la matrice", "Organiser un atelier"],
                             ["CONASCIPAL", "AMSS"], REFERENCE) == [None, None, None]


def test_only_the_values_the_evidence_fixes_are_placed():
    actions = ["Partager la liste des sites avec OCHA", "Mettre à jour la matrice", "Organiser un atelier"]
    # OCHA is named in the first action; where AMSS goes (second or third) nothing says
    assert place_by_evidence(actions, ["OCHA", "AMSS"], REFERENCE) == [0, None, None]


def test_an_action_naming_another_actor_is_passed_over():
    actions = ["Proposer la méthodologie", "Les ONG devront faire le suivi", "Consulter le sous cluster VBG"]
    assert place_by_evidence(actions, ["CONASCIPAL", "Sous cluster VBG"], REFERENCE) == [0, None, 1]


def test_order_is_kept_and_more_values_than_actions_place_nothing():
    assert justified_placement([[1.0, 0.0], [0.0, 1.0]]) == [0, 1]
    # evidence pulling the values out of order cannot reorder them: the one order-keeping placement
    assert justified_placement([[0.0, 1.0], [1.0, 0.0]]) == [0, 1]
    assert justified_placement([[1.0], [1.0]]) == [None, None]


def test_the_only_action_of_a_row_gets_every_line_of_the_cell(tmp_path):
    """Two responsibles on two lines beside one action are both its responsibles (they were
    left unaligned), and its organisations are both tagged."""
    from pipeline.config import Settings
    from pipeline.extract.text import parse_text_export

    text = ("Date : 6 septembre 2017\n"
            "Points\tDiscussions\tActions\tResponsables\tDélai\n"
            "Divers\t<p>OCHA a présenté le plan.</p>\t<p>Partager la liste des sites</p>\t<p>OCHA</p><p>UNHCR</p>\t"
            "<p>15 septembre</p>\n")
    (action,) = minutes_of(parse_text_export(text, "one_action.txt")).actions
    assert (action.responsible_text, action.responsible_alignment) == ("OCHA\nUNHCR", "whole_cell")
    assert (action.deadline_text, action.deadline_alignment, str(action.deadline_date)) == (
        "15 septembre", "one_to_one", "2017-09-15")
    source = tmp_path / "one_action.txt"
    source.write_text(text, encoding="utf-8")
    (row,) = process_file(source, Settings(cache_dir=tmp_path / "cache")).tables["actions"]
    assert row["responsible"] == ["OCHA", "UNHCR"]


def _paragraphs(*texts_and_pages):
    from pipeline.model import Paragraph, Provenance

    return tuple(Paragraph(text, provenance=Provenance(page_start=page, page_end=page)) for text, page in texts_and_pages)


def test_a_row_cut_by_page_breaks_is_aligned_page_by_page():
    """Values printed on a page stand beside that page's actions: one responsible on page 1 beside
    two actions goes with both; page 2's one value with page 2's one action."""
    from pipeline.minutes import RowGroup
    from pipeline.structure.actions import actions_of_row

    group = RowGroup(row=3,
                     actions=_paragraphs(("Partager le rapport", 1), ("Relancer les partenaires", 1), ("Organiser l'atelier", 2)),
                     responsible=_paragraphs(("OCHA", 1), ("UNICEF", 2)),
                     deadline=_paragraphs(("Continu", 1), ("15 mars", 2)))
    actions = actions_of_row(1, 1, group, REFERENCE)
    assert [(a.action_no, a.responsible_text, a.responsible_alignment, a.deadline_text, a.page) for a in actions] == [
        (1, "OCHA", "shared", "Continu", 1), (2, "OCHA", "shared", "Continu", 1), (3, "UNICEF", "one_to_one", "15 mars", 2)]


def test_a_page_without_values_beside_its_actions_is_no_evidence():
    """The responsibles all on page 1 and the actions running on to page 2: the column simply ran
    shorter, so the row is aligned as one (three actions, two values: nothing ties them)."""
    from pipeline.minutes import RowGroup
    from pipeline.structure.actions import actions_of_row, page_parts

    group = RowGroup(row=3,
                     actions=_paragraphs(("Partager le rapport", 1), ("Relancer les partenaires", 1), ("Organiser l'atelier", 2)),
                     responsible=_paragraphs(("OCHA", 1), ("UNICEF", 1)))
    assert page_parts(group) == [group]
    actions = actions_of_row(1, 1, group, REFERENCE)
    assert {a.responsible_alignment for a in actions} == {"shared"}
    assert actions[2].responsible_text == "OCHA\nUNICEF"


def test_a_page_holding_more_values_than_actions_is_no_evidence():
    """The layout corpus's L025 as LibreOffice renders it: each action wraps on two lines, each
    "AMSS – 16 February" fits on one, so the break cuts the value column after the second entry
    and the actions after the first. Page 1's second value belongs to page 2's first action: the
    pages do not group values with their actions, and the row (three of each) is aligned as one."""
    from pipeline.minutes import RowGroup
    from pipeline.structure.actions import actions_of_row, page_parts

    group = RowGroup(row=3,
                     actions=_paragraphs(("Consult MINUSMA on the needs in Andéramboukane.", 1),
                                         ("Prepare a briefing note on the situation in Mopti.", 2),
                                         ("Consult CICR on the needs in Tessalit.", 2)),
                     responsible=_paragraphs(("AMSS", 1), ("PAM", 1), ("Save the Children", 2)),
                     deadline=_paragraphs(("16 February", 1), ("16 February", 1), ("End of July", 2)))
    assert page_parts(group) == [group]
    actions = actions_of_row(1, 1, group, REFERENCE)
    assert [(a.responsible_text, a.responsible_alignment, a.deadline_text, a.page) for a in actions] == [
        ("AMSS", "one_to_one", "16 February", 1), ("PAM", "one_to_one", "16 February", 2),
        ("Save the Children", "one_to_one", "End of July", 2)]


def test_the_rendering_that_aligned_most_actions_is_primary():
    """Renderings of one meeting: the one whose layout gave the most actions a responsible is
    counted, then the most structured format; a meeting's other renderings are not."""
    from pipeline.archive import primary_documents

    def doc(doc_id, fmt, aligned, meeting="m1"):
        return {"doc_id": doc_id, "status": "ok", "meeting_id": meeting, "format": fmt, "source_path": f"{doc_id}.{fmt}",
                "actions_with_responsible": aligned}

    assert primary_documents([doc("a", "docx", 14), doc("b", "text", 15), doc("c", "pdf", 14)]) == {"b"}
    assert primary_documents([doc("a", "docx", 15), doc("b", "text", 15)]) == {"a"}
    assert primary_documents([doc("a", "docx", 0), doc("b", "pdf", None), doc("c", "text", 3, meeting=None)]) == {"a", "c"}
