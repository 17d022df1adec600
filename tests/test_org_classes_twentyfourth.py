"""Organisation classes of the twenty-fourth pass (the twentieth split's errors): a person named in
a list after an honorific or set off after an office's phrase (no body, no place either), an
acronym in parentheses after the name it spells out, the pair acting in its sentence (a digit
standing for a word: "H4ZF"), the name written again in another field, and the body after each
name of a column of attendees. Every sentence and name here is INVENTED (acronyms are shapes only)."""

from __future__ import annotations

from test_real_failures import texts

from pipeline.facts import OrgMention, Span
from pipeline.nlp.acronyms import defined_acronyms, defined_names
from pipeline.nlp.attendee_bodies import attendee_columns
from pipeline.nlp.context import acronym_shaped

ROLES = frozenset({"officer", "coordinator", "secretary", "chair"})


def bodies_of_columns(text: str) -> list[tuple[int, int]]:
    """Every body's range of every column of attendees in ``text``."""
    return [body for column in attendee_columns(text, ROLES, frozenset()) for body in column]


def test_a_person_after_an_honorific_or_an_office_phrase_is_no_body_nor_place():
    # a paragraph's lines as the conversion joins them (" – ")
    text = ("C’était en présence du chargé de programme de Zorgo Aide à Bilo, Moussa Baba – Kalimbé, de la "
            "représentante du maire de la commune de Bilo, Mme Tirako – Awa Zerbo, et de nombreux acteurs.")
    orgs, places = texts(text, "ORG"), texts(text, "LOC")
    assert not any("Kalimb" in o or "Tirako" in o or "Moussa" in o for o in orgs)
    assert not any("Kalimb" in p or "Moussa" in p for p in places)
    text = "Aux participants, le chef de la mission de l'Institut Zorgo, Oumar Baba Tirakoli, a présenté le cadre."
    assert not any("Tirakoli" in o for o in texts(text, "ORG"))


def test_a_list_after_a_clause_keeps_its_bodies():
    assert "Tirako Santé" in texts("Le coordinateur a remercié ZAMA, Tirako Santé, ZIRA et ZOKA pour leur appui.", "ORG")


def test_a_spelt_out_acronym_acting_with_a_digit_for_a_word():
    assert acronym_shaped("H4ZF") and not acronym_shaped("A4")
    assert texts("Youth for Zorg Future (Y4ZF) joined other NGOs in Bilo. Y4ZF also met the chiefs.", "ORG") == [
        "Youth for Zorg Future", "Y4ZF", "Y4ZF"]
    found = texts("Action Zorgo pour le Développement (AZD) a organisé un atelier. AZD a aussi distribué des kits.",
                  "ORG")
    assert "Action Zorgo pour le Développement" in found and found.count("AZD") == 2


def test_a_spelt_out_plan_stays_out():
    assert "PZR" not in texts("Le Plan Zorgo de Réponse (PZR) a été lancé à Bilo.", "ORG")


def test_a_spelt_out_name_follows_to_other_fields():
    name = OrgMention(Span(None, "body", 0, 21, "Youth for Zorg Future"), "context", None)
    acronym = OrgMention(Span(None, "body", 23, 27, "Y4ZF"), "context", None)
    acronyms = defined_acronyms([name, acronym], frozenset())
    assert "Y4ZF" in acronyms
    assert defined_names([name, acronym], acronyms) == frozenset({"Youth for Zorg Future"})


def test_the_body_after_each_name_of_a_column_of_attendees():
    text = ("Participants:\n  • Amadu Kalimbo, ZHNI\n  • Hawa Tirako, Zercy Corps\n  • Ali Zerbo, iZMAP\n"
            "  • Musa Bilo, ZOM (Co-chair)\n")
    assert [text[a:b] for a, b in bodies_of_columns(text)] == [
        "ZHNI", "Zercy Corps", "iZMAP", "ZOM"]
    assert "Zercy Corps" in texts(text, "ORG")


def test_two_lines_or_a_function_are_no_column_of_bodies():
    assert bodies_of_columns("Amadu Kalimbo, ZHNI\nHawa Tirako, Zercy Corps\n") == []
    text = "Amadu Kalimbo, Shelter Officer\nHawa Tirako, ZAH\nAli Zerbo, ZIM\n"
    assert [text[a:b] for a, b in bodies_of_columns(text)] == ["ZAH", "ZIM"]


def test_a_name_with_an_organisations_noun_spelt_out_before_its_acronym():
    found = texts("According to the International Organization for Zorgs (IOZ), 7,230 people were displaced.", "ORG")
    assert found == ["International Organization for Zorgs", "IOZ"]
    assert "Zorgo Bar Association" in texts("The Zorgo Bar Association (ZBA) visited the camp in Bilo.", "ORG")


def test_a_kind_of_bodies_or_a_plan_spelt_out_stays_no_body():
    assert "Organisations Non Gouvernementales" not in texts(
        "Participants : Organisations Non Gouvernementales, ZAMA, ZIRA", "ORG")
    assert "PAZ" not in texts("Le Plan d'Action Zorgo (PAZ) a été validé à Bilo.", "ORG")


def test_a_states_government_named_by_the_state_alone():
    assert texts("Kano government donates relief items to families from Bilo.", "ORG") == ["Kano government"]
    assert "Kano" not in texts("Kano government donates relief items to families from Bilo.", "LOC")
    assert "Central Government" not in texts("The Central Government of Cameroon said it would help.", "ORG")
    assert "Cameroon government" not in texts("The Cameroon government said it would help.", "ORG")


def test_a_town_opening_a_sentence_before_an_office_noun_stays_a_place():
    text = "The mission went to Bilo in March.\n\nIn Bilo, the 7-member team met the partners."
    assert texts(text, "LOC").count("Bilo") == 2
