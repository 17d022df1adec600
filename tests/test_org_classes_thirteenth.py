"""Organisation classes of the thirteenth pass, read from the ninth blind split moved to dev: a
body's name that ran onto the verb after it, a known agency's name in French sentence case before
its acronym, and the United Nations named as one actor. Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_real_failures import texts

from pipeline.facts import OrgMention, PlaceMention, Span
from pipeline.nlp.acronyms import places_clear_of_acronyms, with_defined_acronyms
from pipeline.nlp.fields import FieldText


def test_a_lower_case_body_name_stops_before_its_verb():
    assert texts("Le comité local de veille pastorale et de relèvement examine ses dossiers à Kalimbo.",
                 "ORG") == ["comité local de veille pastorale et de relèvement"]
    assert texts("Le Conseil national de sécurité alimentaire a tenu sa session.", "ORG") == [
        "Conseil national de sécurité alimentaire"]


def test_a_lower_case_cluster_does_not_take_its_verb_and_object():
    assert texts("The WASH cluster sent UNICEF the list of sites.", "ORG") == ["WASH cluster", "UNICEF"]
    assert texts("The FSL cluster gave OCHA the figures on Monday.", "ORG") == ["FSL cluster", "OCHA"]


def test_a_known_agency_named_in_sentence_case_before_its_acronym():
    assert texts("Il a reçu le délégué du Bureau de coordination des affaires humanitaires (OCHA) à Kalimbo.",
                 "ORG") == ["Bureau de coordination des affaires humanitaires", "OCHA"]


def test_an_activity_before_an_agency_in_parentheses_is_no_name():
    assert texts("Distribution de kits d'hygiène aux ménages (UNICEF)", "ORG") == ["UNICEF"]
    assert texts("Le point sur la vaccination des enfants de Kalimbo (OMS) a été fait.", "ORG") == ["OMS"]


def test_the_united_nations_as_one_actor():
    assert texts("Le forum est organisé par le Gouvernement, les Nations Unies et les ONG.", "ORG") == [
        "Nations Unies"]
    assert texts("The governor received a United Nations delegation on Tuesday.", "ORG") == ["United Nations"]


def test_the_united_nations_as_a_part_or_a_family_is_none():
    assert texts("Les agences du système des Nations Unies étaient présentes.", "ORG") == []
    assert texts("The United Nations agencies and the United Nations system met.", "ORG") == []
    assert texts("Participants (40) Nations Unies (2) ONG (5)", "ORG") == []


def test_a_guessed_place_holding_a_defined_acronym_gives_way_to_it():
    """"Kalimbo Aid (KLAD)" in the body, "les TdRs KLAD" in the agenda, which the statistical NER
    read as a place: the acronym is the body's there too, and the guess is dropped."""
    agenda = "Suite donnée aux TdRs KLAD"
    body = "évaluation envisagée par Kalimbo Aid (KLAD)"
    texts_ = [FieldText(None, "agenda", agenda, 0), FieldText(None, "body", body, 0)]
    guess = PlaceMention(Span(None, "agenda", 17, 26, "TdRs KLAD"), "ner", None)
    defined = OrgMention(Span(None, "body", 38, 42, "KLAD"), "context", None)
    orgs = with_defined_acronyms(texts_, [[], [defined]], [[guess], []], frozenset())
    assert [m.span.text for m in orgs[0]] == ["KLAD"]
    assert places_clear_of_acronyms([[guess], []], orgs) == [[], []]


def test_a_name_of_common_words_joined_after_a_kind_noun_is_a_body():
    assert texts("L'ONG Espoir des Enfants a distribué des kits à Kalimbo.", "ORG") == ["Espoir des Enfants"]
    assert texts("Une ONG Nationale et une ONG Locale Partenaire ont été retenues.", "ORG") == []


def test_sectors_joined_by_slashes_and_a_sub_sector_are_bodies():
    assert texts("The plan coordinated by the CCCM/NFI/Shelter sector was endorsed.", "ORG") == [
        "CCCM/NFI/Shelter sector"]
    assert texts("The GBV Sub Sector has shared its guidelines with partners.", "ORG") == ["GBV Sub Sector"]


def test_one_sector_in_lower_case_or_sectors_in_the_plural_are_fields_of_work():
    assert texts("The health sector is underfunded this year.", "ORG") == []
    assert texts("The merger of the CCCM and ES/NFI sectors was approved.", "ORG") == []


def test_a_numbered_army_unit_is_a_body_and_a_count_of_units_none():
    assert texts("The sector trained 28 officers from 9 Division at the barracks.", "ORG") == ["9 Division"]
    assert texts("Le 41e Bataillon est arrivé à Kalimbo.", "ORG") == ["41e Bataillon"]
    assert texts("Three brigades and 4 Brigades were deployed.", "ORG") == []
