"""Organisation classes of the eleventh pass, read from the seventh blind split moved to dev: a
long attendance line of local acronyms the registry does not know, a label of observers, sector
bodies and fields of work ("hotel sector"), state and federal ministries' acronyms, a state
service's acronym by its letters ("DR…"), names typed in lower case or read as a place inside a
list, and what is no organisation: an acronym naming an activity's field or a surveillance
system, a numbered label, a piece of a title line in capitals. Every sentence and name here is
INVENTED."""

from __future__ import annotations

from test_real_failures import texts

from pipeline.facts import OrgMention, Span
from pipeline.nlp.acronyms import defined_acronyms, qualifier_acronyms
from pipeline.nlp.fields import FieldText

LONG_LIST = ("ONG nationales (12)\n"
             "ZOKAPEC, BELTORAM, KUMADEV, JIFARO, SOPRAKEL, MOKALINDA, TAZOBE, RUKAPEL, FIDOMAK,\n"
             "CASE DE LA PAIX, VIKOLAM\n")


def test_a_long_line_of_unknown_acronyms_is_a_list_of_organisations():
    found = texts(LONG_LIST, "ORG")
    assert "CASE DE LA PAIX" in found and len(found) >= 10


def test_observers_open_a_list_as_a_label_only():
    assert texts("Observateurs : Kalimbo, CICR", "ORG") == ["Kalimbo", "CICR"]
    assert texts("Une mission d'observateurs européens était présente.", "ORG") == []


def test_a_sector_closes_a_body_only_after_a_sectors_name():
    assert texts("NOTE TO EDITORS HOTEL SECTOR\n", "ORG") == []
    assert texts("The Food Security Sector met on Monday.", "ORG") == ["Food Security Sector"]
    assert texts("The ES/NFI & CCCM Sector met on Monday.", "ORG") != []


def test_state_and_federal_ministries_acronyms():
    assert texts("The SMoWR and the FMoH attended.", "ORG") == ["SMoWR", "FMoH"]


def test_an_acronym_in_mixed_case_is_defined_in_capitals_too():
    mention = OrgMention(Span(None, "body", 0, 5, "SMoWR"), "context", None)
    assert {"SMoWR", "SMOWR"} <= defined_acronyms([mention], frozenset())


def test_initials_written_as_a_word_in_parentheses_are_the_acronym():
    text = "The representative of the Federal Ministry of Agriculture & Rural Development (Fmard) opened it."
    assert "Fmard" in texts(text, "ORG")


def test_a_state_services_acronym_by_its_letters():
    assert texts("Coordonner avec la DRA pour plus de cohérence.", "ORG") == ["DRA"]
    assert texts("Coordonner avec la DRZQ et la DNKV sur les données.", "ORG") == ["DRZQ", "DNKV"]
    assert texts("DRAFT agenda of the meeting.", "ORG") == []


def test_a_lowercase_head_before_a_sector_opens_that_body():
    found = texts("Informer la DRZQ PF cluster sécal de la situation.", "ORG")
    assert "DRZQ" in found and "cluster sécal" in found


def test_a_sectors_name_in_the_singular_makes_a_sector_body():
    assert texts("Areas where the logistic cluster is needed to transport supplies.", "ORG") == ["logistic cluster"]


def test_an_acronym_after_a_noun_of_an_activity_is_no_body():
    assert texts("Les activités ZOVAT se sont renforcées en avril.", "ORG") == []
    field = FieldText(None, "body", "Les activités ZOVAT ont repris. Les agents ont été formés sur la ZOVAT.", 0)
    assert qualifier_acronyms([field], frozenset({"activites"})) == {"ZOVAT"}


def test_surveillance_systems_are_no_organisations():
    assert texts("IDSR/EWARS Presentation by the team.", "ORG") == []


def test_an_acronym_read_as_a_far_countrys_place_inside_a_list_of_organisations():
    assert "PARO" in texts("UNICEF, WHO, OCHA, PARO, IOM, UNHCR, NRC.", "ORG")  # Paro: a district of Bhutan
    assert texts("UNICEF, WHO, OCHA, KAYA, IOM, UNHCR, NRC.", "LOC") == ["KAYA"]  # a town of Burkina Faso stays


def test_names_typed_in_lower_case_inside_a_list_of_organisations():
    found = texts("Partenaires : ACTED, OXFAM, CRS, NRC, zorbikel, kaltumar, IRC", "ORG")
    assert "zorbikel" in found and "kaltumar" in found


def test_a_numbered_label_after_a_list_is_no_organisation():
    assert "OBJ" not in texts("Organisations : PAM, ACF, CRS, NRC, OBJ 2 RRM", "ORG")


def test_a_piece_of_a_title_line_in_capitals_is_no_name():
    text = "POSITION DESCRIPTION – ZORBLATI PROGRAM DEVELOPMENT\nThe meeting opened at ten."
    assert "ZORBLATI" not in texts(text, "ORG")


def test_a_common_word_in_lower_case_inside_a_list_is_no_name():
    found = texts("Partners present: UNICEF, WHO, OCHA, donors, IOM, UNHCR, ministries, NRC", "ORG")
    assert "donors" not in found and "ministries" not in found


def test_regions_named_by_their_compass_points_are_no_body():
    assert texts("A tool will be shared with all partners in the NWSW next week.", "ORG") == []


def test_a_sectors_acronym_after_a_slash_names_the_bodys_sector():
    assert "BNA" not in texts("La retraite du Cluster Abri/BNA a réuni ses membres.", "ORG")
    assert "KADEM" in texts("Le projet de Tearfund/KADEM a démarré.", "ORG")


def test_a_lists_label_word_left_among_the_items_is_no_name():
    found = texts("Organisations UNHCR, AMSS, OIM, NRC, Observateurs & MINUSMA (UNPOL)", "ORG")
    assert "Observateurs" not in found and "AMSS" in found


def test_a_column_heading_in_an_attendance_field_is_no_organisation():
    """Regression (dev): a flattened header table ran the column headings into the attendance
    field after the organisations ("… Excusées : OCHA … Observations / Recommandations"); the
    list read "Recommandations" as one more organisation."""
    from test_real_failures import runtime

    nlp = runtime().nlp
    doc = nlp("Excusées : ACF, Tamaris Points d'ordre du jour Observations / Recommandations")
    nlp.get_pipe("minutes_entities").listed_cell(doc)
    found = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "ACF" in found and not any("Recommandation" in t for t in found)


def test_an_acronym_read_by_ocr_with_a_lower_case_l_is_the_acronym():
    """Regression (a retrained NER on the scanned sample): "NFl", OCR's reading of NFI, was read
    as a place; an acronym with l for I is read as the acronym, a word is left as it is."""
    from pipeline.nlp.components import as_ocr_read

    assert as_ocr_read("NFl") == "NFI" and as_ocr_read("UNlCEF") == "UNICEF"
    assert as_ocr_read("Il") == "Il" and as_ocr_read("Mali") == "Mali" and as_ocr_read("ONG") == "ONG"
    assert "NFl" not in texts("Distribution de kits NFl à Ménaka le 3 mars.", "LOC")
    assert "NFl" not in texts("Distribution de kits NFl à Ménaka le 3 mars.", "ORG")
