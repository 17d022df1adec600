"""Organisation classes of the eighteenth pass (the thirteenth split's errors): a state office named
after its region or river, a company's legal suffix, an acronym glued to its office's town, a
country's acronym after a preposition and "the". Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_real_failures import ents, texts


def test_a_state_office_named_after_its_river_is_one_body_no_place():
    found = ents("Le directeur général de l'Office du Niger, M. Daouda Sidibé, a reçu la mission à Ségou.")
    assert ("Office du Niger", "ORG") in [(e[0], e[1]) for e in found]
    assert "Niger" not in texts("Le directeur général de l'Office du Niger, M. Daouda Sidibé, a reçu la mission.", "LOC")


def test_a_company_suffix_closes_a_name_the_registry_does_not_know():
    assert "Kalindi Logistics Ltd" in texts("Kalindi Logistics Ltd and OXFAM delivered the kits.", "ORG")
    assert "Tumba Transport SARL" in texts("Le transport a été confié à Tumba Transport SARL par le PAM.", "ORG")
    assert any(t.startswith("zORBIT Inc") for t in texts("In May, zORBIT Inc. joined the forum of NGOs.", "ORG"))


def test_an_acronym_glued_to_its_offices_town_by_a_parenthesis_and_a_hyphen():
    assert "PAM" in texts("la cheffe du bureau du Programme alimentaire mondial (PAM)-Kayes, Mme Awa Diallo, a parlé.",
                          "ORG")


def test_a_countrys_acronym_after_a_preposition_and_the_closing_its_phrase_is_the_country():
    found = ents("The network supports peacebuilding across the DRC. It works within the framework of the DRC, "
                 "with its members.")
    assert [(e[0], e[1]) for e in found if e[0] == "DRC"] == [("DRC", "LOC"), ("DRC", "LOC")]
    found = ents("Kits were given by the DRC team and by NRC.")
    assert ("DRC", "ORG") in [(e[0], e[1]) for e in found]
