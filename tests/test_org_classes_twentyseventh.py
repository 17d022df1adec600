"""Organisation classes of the twenty-seventh pass (the twenty-third split's errors, dev's largest
classes and the twenty-sixth review's leftovers): the UN system in a coordinator's title, the UN in an
official's title after a country's word, a ministry's name stopping before the UN, a gathering body named
after the people it gathers, a joint commission named by its parties' count, a donor before an envoy's
title, a word known as a town opening a 3W list's item, an English plan's name closed by its head, a wire
agency's sign-off, … Every sentence and name here is INVENTED (acronyms are shapes only)."""

from __future__ import annotations

from test_real_failures import texts


def test_the_un_system_in_a_coordinators_title():
    assert texts("The Resident Coordinator of the United Nations System/Humanitarian Coordinator for Zorgoland, "
                 "Awa Kalo, opened the camp.", "ORG") == ["United Nations System"]
    assert texts("Speaking in Bilo, the Coordinator of the United Nations Systems in Zorgoland thanked the donors.",
                 "ORG") == ["United Nations Systems"]
    assert texts("Selon la représentante résidente du Système des Nations unies au Zorgoland, les écoles "
                 "rouvriront.", "ORG") == ["Système des Nations unies"]
    # the system alone, no title before it, stays no body
    assert texts("Les agences du Système des Nations unies étaient présentes.", "ORG") == []


def test_the_un_before_a_title_with_a_countrys_word():
    assert texts("In Bilo, the UN humanitarian country coordinator opened a new clinic.", "ORG") == ["UN"]
    assert texts("The UN country officials met in Bilo.", "ORG") == []


def test_a_ministrys_name_stops_before_the_un():
    found = texts("Next week the Ministry of Zorg Affairs and United Nations’ Humanitarian Coordinator will tour "
                  "Bilo together.", "ORG")
    assert found == ["Ministry of Zorg Affairs", "United Nations"]


def test_officials_sent_by_the_un():
    assert "Nations unies" in texts("Trois hauts fonctionnaires des Nations unies ont visité le camp de Bilo.", "ORG")


def test_a_gathering_body_named_after_the_people_it_gathers():
    # review of the twenty-sixth pass: the place was dropped, the body not read
    assert texts("Les femmes ont créé une Association des déplacés à Kalowa.", "ORG") == [
        "Association des déplacés à Kalowa"]
    assert texts("Le Comité des déplacés a reçu des kits.", "ORG") == ["Comité des déplacés"]
    # its cause after "pour la", its area closing the name
    assert texts("Le Collectif pour la sécurité à Bilo, créé en 2019, regroupe douze villages.", "ORG") == [
        "Collectif pour la sécurité à Bilo"]
    # the area not closing the name stays a place
    assert texts("L'Association des déplacés à Kalowa a reçu des kits.", "LOC") == ["Kalowa"]
    # lower case: no body
    assert texts("La coordination des déplacés à Bilo est assurée par la mairie.", "ORG") == []


def test_a_donor_before_an_envoys_title():
    # review of the twenty-sixth pass: the body was lost when a title followed it
    assert texts("The European Union Ambassador visited the camp in Bilo.", "ORG") == ["European Union"]
    assert texts("The World Bank Representative met the governor in Bilo.", "ORG") == ["World Bank"]
    # a programme naming a job stays no body
    assert texts("The Food for Peace Officer met the governor.", "ORG") == []


def test_a_word_known_as_a_town_opening_an_item_of_a_list_of_bodies():
    # review of the twenty-sixth pass: "NAME :" opening a 3W item among bodies' items
    text = ("Activités des partenaires :\nIRC : distribution de kits à Bilo\nAMANI : distribution de vivres\n"
            "OXFAM : réhabilitation de forages")
    assert texts(text, "ORG") == ["IRC", "AMANI", "OXFAM"]
    # a dateline's town alone stays no body
    assert texts("AMANI : Atelier de formation des acteurs\nLe 12 mars, un atelier a réuni les partenaires.",
                 "ORG") == []


def test_a_joint_commission_named_by_its_parties_count():
    assert texts("Les délégués de la commission tripartite Zorgoland-Bilonie-HCR ont visité Bilo.", "ORG") == [
        "commission tripartite", "HCR"]
    assert texts("Last week the Tripartite commission met in Bilo.", "ORG") == ["Tripartite commission"]
    # a kind of body, not one; an agreement is no body
    assert texts("Une commission tripartite sera créée.", "ORG") == []
    assert texts("L'accord tripartite a été signé.", "ORG") == []


def test_titles_glued_to_a_representatives_acronym():
    assert texts("Arrivé hier à Bilo, le DSRSG/HC/RC Awa Kalo a rencontré les déplacés.", "ORG") == []
    assert texts("Les chefs de village ont accueilli le DSRSG/RC/HC à Bilo.", "ORG") == []


def test_a_ministrys_english_list_of_domains():
    found = texts("The Ministry of Roads, Bridges, and Housing and the Ministry of Water met in Bilo.", "ORG")
    assert found == ["Ministry of Roads, Bridges, and Housing", "Ministry of Water"]
    assert texts("The Ministry of Health, and Governor Kalo met.", "ORG") == ["Ministry of Health"]


def test_an_english_plans_name_closed_by_its_head():
    assert texts("Zorgo State adopted a Flood Response Plan (FRP) last year.", "ORG") == []
    assert "LTBF" not in texts("Funds will follow the Long-Term Budget Framework (LTBF) of the state.", "ORG")
    # a body's acronym stopping before the meeting's noun stays the body's
    assert texts("The Zorgo Youth Action Network (ZYAN) met in Bilo.", "ORG") == ["Zorgo Youth Action Network", "ZYAN"]


def test_a_wire_agencys_sign_off_closing_the_text():
    assert texts("Les travaux reprendront lundi à Bilo. ACR/Jean Dupont/jdp", "ORG") == ["ACR"]
    assert texts("Les écoles de Bilo ont rouvert. ACR/", "ORG") == ["ACR"]


def test_a_newspapers_title_after_source():
    assert texts("Les combats ont repris.\nSource: The Valley Review Zorgoland\nRead more", "ORG") == [
        "The Valley Review Zorgoland"]
    assert texts("Les combats ont repris.\nSource: The Reports", "ORG") == []


def test_a_name_closed_by_an_events_noun_is_the_event():
    assert texts("Partners marked the World Refugee Day in the Bilo Youth Centre on Monday.", "ORG") == []
    assert texts("The Bilo Youth Summit gathered 40 young people.", "ORG") == []
    # a body's word before the event's noun names the body
    assert texts("The Zorgo NGO Forum Meeting was held in Bilo.", "ORG") == ["Zorgo NGO Forum"]


def test_a_themes_words_opening_with_a_gerund():
    assert texts("The day was marked under the motto, “Empowering Bilo Mothers.”", "ORG") == []
    assert texts("Support from the Saving Lives Foundation reached Bilo.", "ORG") == ["Saving Lives Foundation"]


def test_an_acronym_in_apposition_after_a_bodys_name():
    found = texts("Bilo's partners include the Northern University of Zorgoland, NUZ, which runs the clinic.", "ORG")
    assert found == ["Northern University of Zorgoland", "NUZ"]
    assert texts("The Zorgo Youth Network, ZYN, met in Bilo.", "ORG") == ["Zorgo Youth Network", "ZYN"]
    # another body's acronym in a list stays what it is
    assert texts("He met the Zorgo Youth Network, OCHA, and WFP.", "ORG") == ["Zorgo Youth Network", "OCHA", "WFP"]


def test_a_roles_remit_and_an_honorific_in_a_list_are_no_bodies():
    found = texts("Present: the Director for Budget, Training and Logistics, Ministry of Zorg Affairs, OCHA, WFP.", "ORG")
    assert found == ["Ministry of Zorg Affairs", "OCHA", "WFP"]
    assert texts("The team met the Chairman of KOSEMA, Engr. Awa Kalo, in Bilo.", "ORG") == ["KOSEMA"]
    assert "Research Triangle Institute" in texts("Participants: OCHA, Research Triangle Institute, WFP.", "ORG")
