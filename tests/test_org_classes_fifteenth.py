"""Organisation classes of the fifteenth pass: bodies found by their context alone, as the
leave-names-out score measures (acronyms no registry knows). Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_org_definitions import document_orgs
from test_real_failures import texts


def test_an_acronym_that_acts_is_a_body():
    """The subject of an action point, of a verb of speech or of acting; the agent of a passive;
    the source of a figure."""
    assert texts("• KZR to share the terms of reference with partners.", "ORG") == ["KZR"]
    assert texts("7. ZWP to share the findings, and TQL will follow up.", "ORG") == ["ZWP", "TQL"]
    assert texts("QRZ reported six measles cases in the village.", "ORG") == ["QRZ"]
    assert texts("La semaine précédente, le ZHC a réceptionné une livraison de tentes.", "ORG") == ["ZHC"]
    assert texts("Selon le ZHC, les leaders communautaires sont rentrés.", "ORG") == ["ZHC"]
    assert texts("(Source : ZOI juillet 2021).", "ORG") == ["ZOI"]
    assert texts("Ce rapport est produit par ZOCA en collaboration avec les partenaires.", "ORG") == ["ZOCA"]


def test_the_acronym_found_acting_is_a_body_all_through_the_document(tmp_path):
    found = document_orgs(tmp_path, "Compte rendu\n\nKZR to share the list.\n\nThe KZR warehouse in Zorgo was visited.\n")
    assert found.count("KZR") == 2


def test_what_does_not_act_is_no_body():
    """A theme, a plan, a qualifier of a noun, a unit of a body, an object after a preposition, a
    person's name in capitals: not read by these contexts."""
    assert texts("WASH to share the 5W. GBV reported cases increased.", "ORG") == []
    assert texts("as recommended by the QXT symposium of last year.", "ORG") == []
    assert texts("Les partenaires présents at the QXT noted the progress.", "ORG") == []
    assert texts("La Ministre, Madame Awa KOLOGO a souligné la tenue de la réunion.", "ORG") == []


def test_an_acronym_owning_premises_staff_or_a_mandate_is_a_body():
    assert texts("La réunion s’est tenue dans la salle de réunion de l’ZUNI, à Zorgo.", "ORG") == ["ZUNI"]
    assert texts("Les personnes relevant du mandat du ZHC dans les mouvements mixtes.", "ORG") == ["ZHC"]
    assert texts("Lieu et date : bureau ZHC- Kalimbo, 06/Février/2020", "ORG") == ["ZHC"]
    assert texts("avec le concours du ZHC et de l’ZNDH, font état de 1956 ménages", "ORG") == ["ZHC", "ZNDH"]
    assert texts("Le personnel du CSPS et l'appui du RRM sont attendus.", "ORG") == []


def test_a_body_listed_with_mere_acronyms_makes_them_bodies():
    assert texts("Selon le ZHC, QRT, ZUNI et PLK ont répondu aux besoins.", "ORG") == ["ZHC", "QRT", "ZUNI", "PLK"]


def test_an_acronym_after_a_persons_function_is_the_body_it_is_held_in():
    assert texts("- Said Kalimbo RRO – Sector Lead- ZEMA\n- Awa Zorgo – Shelter Engineer- KOM", "ORG") == ["ZEMA", "KOM"]
    assert texts("Coordinator, WASH and Officer – GBV", "ORG") == []


def test_more_acting_contexts_premises_labels_and_list_markers():
    assert texts("a. KRC plans to target 1,150 HH in Zorgo LGA.", "ORG") == ["KRC"]
    assert texts("Held at ZEMA Zonal Office, Kalimbo.", "ORG") == ["ZEMA"]
    assert texts("Modération et secrétariat : ZHC", "ORG") == ["ZHC"]
    assert texts("Une mission composée du ZHC, d’ZOCA et d’ZUNI s’est rendue à Kalimbo.", "ORG") == [
        "ZHC", "ZOCA", "ZUNI"]
    assert "CONTEXTE" not in texts("I. CONTEXTE La Conférence sur la sécurité alimentaire.", "ORG")


def test_a_dated_source_and_a_partners_heading_are_bodies():
    assert texts("the risk is high (ZRC 31/03/2019, ZRC 30/03/2019).", "ORG") == ["ZRC", "ZRC"]
    assert texts("75,351 displaced people\n(ZOI – June 2018)", "ORG") == ["ZOI"]
    assert texts("PARTNER UPDATES\n\nZRC:\n\n- Completed distribution of cash.", "ORG") == ["ZRC"]
    assert texts("URL:\n\nTéléchargé le:", "ORG") == []


def test_a_flattened_attendance_table_names_bodies_the_registry_does_not_know():
    """"N. Name" on one line, the body's acronym on the next, the role after it: a table's cells."""
    text = ("Participants\n1. Yakubu Kalimbo\nZANR\nChairman\n2. Awa Timothy\nQAH\nSecretary\n3. Marga Zorgo\n"
            "ZFO\n4. Kalimbo Umar Ali\nZOXF\n5. Malcolm Zorgo\nKFO\n")
    assert texts(text, "ORG") == ["ZANR", "QAH", "ZFO", "ZOXF", "KFO"]


def test_acronyms_listed_each_after_its_preposition_with_a_body_are_bodies():
    assert texts("Cette réunion a regroupé le personnel du ZHC, de l’ZUNI, d’ZOCA, de l’ZOI et de ZRC, soit au total "
                 "35 participants.", "ORG") == ["ZHC", "ZUNI", "ZOCA", "ZOI", "ZRC"]
    assert texts("les cas de VBG, de PDI et du ZHC.", "ORG") == []


def test_a_compound_or_simple_past_after_the_acronym_and_a_body_spelling_a_word():
    assert texts("WHO reported six measles cases in the village.", "ORG") == ["WHO"]
    assert texts("ZOI a construit 300 abris d’urgence sur le site.", "ORG") == ["ZOI"]
    assert texts("but ZOCA helped with the negotiations.", "ORG") == ["ZOCA"]
    assert texts("Le HNO a été présenté. IDP affected by floods.", "ORG") == []
