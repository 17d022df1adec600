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
    assert texts("En partenariat avec Care, l’ONG Horizon a assisté hier les réfugiés à Bilo.", "ORG") == [
        "Care", "Horizon"]
    assert texts("Selon l'ONG Principale du cluster, rien n'a changé.", "ORG") == []


def test_a_plurals_last_word_in_the_singular():
    assert texts("Les déplacés fuient les combats, selon l'ONG Médecins sans frontière, à Bilo.", "ORG") == [
        "Médecins sans frontière"]


def test_a_known_bodys_own_acronym_in_parentheses_though_a_false_friend():
    assert texts("Funding came from the Swedish International Development Cooperation Agency (Sida) for Bilo.",
                 "ORG") == ["Swedish International Development Cooperation Agency", "Sida"]
    assert texts("La lutte contre le Sida avance à Bilo.", "ORG") == []
    # an acronym written as a word, a word passed over in the name's initials
    assert texts("Support from the Zorgo International Development Cooperation Agency (Zida) and others.",
                 "ORG") == ["Zorgo International Development Cooperation Agency", "Zida"]


def test_an_event_noun_and_an_acronym_is_no_body():
    assert "Atelier ZH" not in texts("Planification 2021 (Retraite ZCC, ENZAN, Atelier ZH) 6. Echo des Régions", "ORG")


def test_a_classification_acting_is_no_body():
    assert texts("IPC has classified Bilo in phase 4.", "ORG") == []


def test_a_press_job_in_the_singular_names_its_members_association():
    assert texts("The Journalist Association of Zorgo met in Bilo.", "ORG") == ["Journalist Association"]
    assert texts("The Programme Officer Association met.", "ORG") == []


def test_places_after_plural_ministries_are_no_ministrys_name():
    assert texts("Des ministères de Bilo, de Kalo et de Mopti étaient présents.", "ORG") == []
    assert texts("Les Ministères de Kalo et de Mopti ont signé.", "ORG") == []
    assert texts("Les représentants des Ministères de la Santé et de l'Éducation ont participé.", "ORG") == [
        "Ministères de la Santé"]


def test_a_donors_programme_office_in_a_job_title():
    assert texts("He met the Food for Peace Officer in Bilo.", "ORG") == []
    assert texts("The Food for Peace programme funds Bilo.", "ORG") == ["Food for Peace"]


def test_an_office_titles_acronym_is_no_body():
    assert texts("The Secretary to the State Government (SSG) opened the meeting. The SSG thanked all.", "ORG") == []
    assert texts("The Secretary to the Zorgo Government (SZG) opened the meeting. The SZG thanked all.", "ORG") == [
        "Zorgo Government"]
    assert texts("The Resident Coordinator Office (RCO) opened the meeting.", "ORG") == [
        "Resident Coordinator Office", "RCO"]


def test_a_surname_in_capitals_after_a_rank_or_a_first_surname():
    assert texts("Les trois gouverneurs, respectivement Gal. Awa Kalo, Gal. ZANGOTE François Bilo et Gal Ismaël "
                 "Kalo, ont présenté la situation.", "ORG") == []
    assert texts("Contacts : Hugues ZORGATA, Spécialiste des urgences ; Prince KALIMBAMAKO ZUMUENO, Program "
                 "Manager ; ou Badou Kalo", "ORG") == []
    assert texts("Le Dr. UNICEF a parlé.", "ORG") == ["UNICEF"]


def test_a_heading_line_after_a_list_is_no_item():
    assert texts("Participants\nINFORMATIONS GÉNÉRALES\nOrganisations membres du Cluster présentes (30) : voir "
                 "la fiche.", "ORG") == []
    found = texts("Les partenaires suivants étaient représentés : DNZ, OCHA,\n\nOMS, UNICEF, ZADEVE, UNFPA.\n\n"
                  "LES POINTS INSCRITS A L’ORDRE DU JOUR\n\n· Recommandations et situation humanitaire ;", "ORG")
    assert found == ["DNZ", "OCHA", "OMS", "UNICEF", "ZADEVE", "UNFPA"]


def test_a_known_town_in_capitals_opening_a_dateline_is_no_body():
    assert texts("BOGANDE : Atelier de formulation du plan de contingence de Kalo\nLes 12 et 13 mai 2021, a eu lieu "
                 "à la mairie", "ORG") == []
    # an unknown word there stays the NER's
    assert texts("MANNI : Atelier de formulation du plan de contingence de Kalo\nLes 12 et 13 mai 2021", "ORG") == [
        "MANNI"]


def test_a_countrys_abbreviation_is_no_services_acronym():
    found = texts("Since May 2023, Kalo Relief has been a member of the Forum of International NGOs in the DRC "
                  "(FONGI-ZRC) . The forum now counts some 90 members.", "ORG")
    assert "DRC" not in found and "Forum of International NGOs" in found


def test_a_month_ends_a_headed_name_and_a_title_before_of():
    assert texts("The Prime Minister, Head of Government on March 3, 2019 signed the decree.",
                 "ORG") == []
    assert texts("The Ministry of Health on Monday opened the centre.", "ORG") == ["Ministry of Health"]


def test_the_international_community_is_no_body():
    assert texts("Partners of the International Community attended the meeting in Kalo.", "ORG") == []
