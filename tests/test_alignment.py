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
