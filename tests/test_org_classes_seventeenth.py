"""Organisation classes of the seventeenth pass (the twelfth split's errors): no body in a
person's name or a group of people, and a misspelt body's name the NER reads as something else.
Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_real_failures import ents, texts


def test_a_word_of_a_persons_name_or_of_a_phrase_is_no_misspelt_body():
    """A fuzzy word inside what the NER reads as a person's name or a longer phrase: "Dr <given
    name> <surname>", "Personnes Déplacées Internes" (one edit from "Internews")."""
    found = texts("Dr Adamou Karimoune, Chef de bureau intérimaire de l’UNICEF Maradi, a insisté sur la nécessité "
                  "de bâtir un plan.", "ORG")
    assert "Adamou" not in found and "UNICEF" in found
    assert "Internes" not in texts("la présence des PDI (Personnes Déplacées Internes) dans la région de Ségou.", "ORG")


def test_a_titled_surname_of_a_person_named_in_full_is_no_body():
    found = texts("Le président entrant, Wendpouiré Victor KOBANGO, a dit mesurer l’ampleur de la tâche à lui "
                  "confiée. Le président KOBANGO a également fait noter la hausse des prix.", "ORG")
    assert "KOBANGO" not in found


def test_an_office_holder_set_off_by_commas_after_the_office_is_no_body():
    found = texts("Le président sortant du Comité Technique du Conseil National de Sécurité Alimentaire (CT-CNSA), "
                  "Yaya ZOUNGRANA, a rappelé les acquis de son mandat.", "ORG")
    assert "Yaya ZOUNGRANA" not in found and "CT-CNSA" in found


def test_a_person_opening_a_name_comma_body_line_is_no_body():
    found = texts("Participants\n\n  • Joachim Kolawole, AHNi\n  • Musa Bello, IRC\n", "ORG")
    assert "Joachim Kolawole" not in found and {"AHNi", "IRC"} <= set(found)


def test_groups_of_people_listed_in_a_bodys_name_are_no_bodies():
    found = texts("The Commissioner of the National Commission for Refugees, Migrants and Internally Displaced "
                  "Persons (NCFRMI) visited Zorgo.", "ORG")
    assert not {"Migrants", "Internally Displaced Persons"} & set(found)


def test_a_misspelt_body_name_the_ner_reads_otherwise_is_the_body():
    found = texts("Participants\n  • Awa Kone, IRC\n  • Henry Abdu, Mercy Corp\n  • Musa Bello, Mercy Corp\n", "ORG")
    assert "Mercy Corp" in found


def test_a_photo_credits_photographer_with_a_surname_in_capitals_is_no_body():
    """"Photo OCHA/<first> <SURNAME>": the photographer after the agency's slash, whatever case
    the surname takes; a partner glued to the slash stays one."""
    found = texts("Des familles vivent dans des conditions difficiles.\n\nPhoto OCHA/Alioune NDIAYE\n\nAnnonces", "ORG")
    assert found == ["OCHA"]
    assert "Kadem" in texts("La réunion de Tearfund/Kadem a eu lieu.", "ORG")


def test_drc_is_the_country_after_a_preposition_of_place_and_the_body_elsewhere():
    found = ents("Clashes displaced 30,000 people in Zorgo territory, in northeast DRC. NRC, DRC and CRS "
                 "provided kits. DRC: distributed 300 kits.")
    assert [(e[0], e[1]) for e in found if e[0] == "DRC"] == [("DRC", "LOC"), ("DRC", "ORG"), ("DRC", "ORG")]
