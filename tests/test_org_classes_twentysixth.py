"""Organisation classes of the twenty-sixth pass (the twenty-second split's errors, dev's false
organisations and the twenty-fifth review's leftovers): the UN in a compound official's title, a UN
body's name closed by the UN's, a plan's acronym spelt in order, a surname after an honorific and a
given name, one name after "l'ONG", a plural's last word in the singular, … Every sentence and name
here is INVENTED (acronyms are shapes only)."""

from __future__ import annotations

from test_org_definitions import document_orgs
from test_real_failures import texts


def test_the_un_in_a_compound_officials_title():
    assert texts("Ending a visit to Bilo, the UN Assistant-Secretary General for Zorg Affairs, Ms Awa Kalo, "
                 "called on donors.", "ORG") == ["UN"]
    assert texts("Bilo: “We must act now” - UN Humanitarian Chief", "ORG") == ["UN"]
    assert texts("After a visit to Bilo, the new United Nations Under-Secretary-General for Zorg Affairs, "
                 "Awa Kalo, commended the partners.", "ORG") == ["United Nations"]
    assert texts("UN-led convoys reached Bilo.", "ORG") == []


def test_a_un_bodys_name_closed_by_the_uns_is_one_name():
    found = texts("Le chef du Bureau de la coordination des affaires humanitaires de l'ONU (Ocha) était à Bilo.", "ORG")
    assert found == ["Bureau de la coordination des affaires humanitaires de l'ONU", "Ocha"]
    assert texts("The Office for the Coordination of Humanitarian Affairs of the United Nations met in Bilo.",
                 "ORG") == ["Office for the Coordination of Humanitarian Affairs of the United Nations"]


def test_a_plans_acronym_spelt_in_order_is_no_body(tmp_path):
    assert texts("Le point sur le Plan de Relèvement et de Consolidation de la paix en Zorgolande (RCPZO) "
                 "et ses perspectives.", "ORG") == []
    text = ("Compte rendu de la réunion\n\n"
            "Le point sur le Plan de Relèvement et de Consolidation de la paix en Zorgolande (RCPZO) a été fait.\n\n"
            "Des réalisations dans le cadre du RCPZO, notamment à Bilo.\n")
    assert "RCPZO" not in document_orgs(tmp_path, text)


def test_a_surname_in_capitals_after_an_honorific_and_a_given_name():
    assert texts("The Resident Coordinator for Zorgoland, Mr. Alain KALOMBÉ , made a joint visit to Bilo.",
                 "ORG") == []


def test_one_name_after_the_ngo_and_its_article():
    assert texts("En partenariat avec Care, l’ONG Zorgana a assisté hier les réfugiés à Bilo.", "ORG") == [
        "Care", "Zorgana"]
    assert texts("Selon l'ONG Principale du cluster, rien n'a changé.", "ORG") == []


def test_a_plurals_last_word_in_the_singular():
    assert texts("Les déplacés fuient les combats, selon l'ONG Médecins sans frontière, à Bilo.", "ORG") == [
        "Médecins sans frontière"]
