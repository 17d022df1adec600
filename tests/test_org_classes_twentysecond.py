"""Organisation classes of the twenty-second pass (the seventeenth split's errors): the United Nations
in an official's title or a joint mission, an interim regional body named with its region, a
national Red Crescent named by its country's adjective, UNHCR's and OCHA's short French names, a
lower-case regional directorate named by its remit. Every sentence and name here is INVENTED
(country adjectives and agency names are public)."""

from __future__ import annotations

import spacy
from test_real_failures import texts

from pipeline.nlp.acting_bodies import _closes_an_item


def test_the_un_in_an_officials_title_is_a_body():
    found = texts("La délégation comprenait le représentant spécial adjoint du secrétaire général des Nations "
                  "Unies au Zorgo, coordinateur humanitaire, Jean Kalimbo.", "ORG")
    assert "Nations Unies" in found
    assert "Nations Unies" in texts("Une mission conjointe des Nations Unies et du gouvernorat de Bilo a "
                                    "visité le camp lundi.", "ORG")
    assert "Nations Unies" in texts("Cette visite montre l'importance accordée par les Nations Unies au "
                                    "Zorgo voisin.", "ORG")


def test_the_un_system_and_its_agencies_stay_out():
    assert "Nations Unies" not in texts("Les agences du système des Nations Unies au Zorgo appuient les "
                                        "ONG de Bilo.", "ORG")
    assert "Nations Unies" not in texts("Les agences des Nations Unies ont rencontré le maire.", "ORG")


def test_an_interim_regional_body_named_with_its_region():
    found = texts("Le Collège transitoire de la Région de Kalimbo a tenu sa première session. Le gouverneur "
                  "a remercié les membres du Collège transitoire de Kalimbo.", "ORG")
    assert "Collège transitoire de la Région de Kalimbo" in found
    assert "Collège transitoire de Kalimbo" in found
    assert "Autorité intérimaire de Kalimbo" in texts("Hier, l'Autorité intérimaire de Kalimbo a reçu les ONG.",
                                                         "ORG")


def test_a_national_red_crescent_by_its_adjective():
    assert "Croissant Rouge algérien" in texts("Le Croissant Rouge algérien a offert des vivres au camp de "
                                               "Kalimbo.", "ORG")
    assert "Croissant-Rouge nigérien" in texts("Le Croissant-Rouge nigérien distribue des kits.", "ORG")
    assert "Algerian Red Crescent" in texts("The Algerian Red Crescent sent tents to Kalimbo.", "ORG")


def test_unhcr_and_ocha_short_french_names():
    assert "Haut commissariat aux refugiés" in texts("Selon le Haut commissariat aux refugiés, le camp de "
                                                     "Kalimbo est calme.", "ORG")
    assert "Haut-Commissariat aux réfugiés" in texts("Une équipe du Haut-Commissariat aux réfugiés est "
                                                     "arrivée.", "ORG")
    # OCHA's short French name with "des Nations Unies" after it (review of the pass: the bare phrase is a task)
    assert "coordination des affaires humanitaires des Nations Unies" in texts(
        "La réunion est organisée par la coordination des affaires humanitaires des Nations Unies à Kalimbo.", "ORG")


def test_a_lower_case_regional_directorate_by_its_remit():
    found = texts("La direction régionale en charge de l'action humanitaire du Centre-Est a logé les "
                  "familles.", "ORG")
    assert "direction régionale en charge de l'action humanitaire du Centre-Est" in found
    # an office holder has no head: no body
    assert not texts("Le directeur régional en charge de l'action humanitaire a parlé.", "ORG")


def test_the_presenter_closing_an_agenda_item_is_a_body():
    found = texts("AGENDA\n1. Welcome\n2. Presentation on the closure impact analysis, by ZAH (12 min)\n"
                  "3. Résultats de l'enquête nutritionnelle, par ZOKU\n4. Divers", "ORG")
    assert {"ZAH", "ZOKU"} <= set(found)
    # "par" in running text, more words after the name, is no presenter
    doc = spacy.blank("fr")("Les camions doivent passer par ZOKU avant Kalimbo.\nPrésentation, par ZOKU - 5 min")
    assert not _closes_an_item(doc, 5)
    assert _closes_an_item(doc, 13)


def test_a_radio_station_cited_as_a_source():
    assert "Radio Voice of Zorgo" in texts("The cluster meeting reviewed the measles response, Radio Voice of "
                                           "Zorgo reports.", "ORG")
    # a station the statistical NER does not read: the station head's rule (``station_heads.csv``)
    assert "Radio Kalimbo FM" in texts("Selon Radio Kalimbo FM, le marché est calme.", "ORG")


def test_a_nunciature_is_a_body_no_place():
    found = texts("Les déplacés ont reçu une aide de la Caritas et de la Nonciature, destinée au loyer.", "ORG")
    assert "Nonciature" in found
    assert "Nonciature" not in texts("Les déplacés ont reçu une aide de la Nonciature.", "LOC")


def test_a_hyphened_registry_name_written_with_a_space():
    from pipeline.reference.registry import Organisation

    org = Organisation("ZHCR", "Haut-Commissariat de Zorgo", "", "UN agency", None, ("ZORG-AID",), ())
    forms = [form for form, _ in org.forms()]
    assert "Haut Commissariat de Zorgo" in forms
    assert "ZORG AID" not in forms  # an acronym keeps its hyphen
    assert "Haut Commissariat des Nations Unies aux droits de l'homme" in texts(
        "Le Haut Commissariat des Nations Unies aux droits de l'homme a publié un rapport sur Kalimbo.", "ORG")


def test_agency_closes_a_name_of_two_words_or_more():
    found = texts("Yesterday the Kalimbo Relief Management Agency registered 200 families near the river.", "ORG")
    assert any(name.endswith("Kalimbo Relief Management Agency") for name in found)
    # one word before it names a kind of body
    assert not texts("Participants came from NGOs and the Government Agency.", "ORG")
