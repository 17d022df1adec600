"""Places in classes the fifteenth pass found by probing the annotation conventions with invented
sentences: a theme's capitalised words after "in"/"to", a known place's widening prefix, the
parties to a clash named after "entre"/"between", the peoples of the region's other countries.
Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

import pytest
from test_place_classes11 import places


@pytest.mark.parametrize("text, expected", [
    ("Access to Justice in Emergency Settings was discussed in Maiduguri.", ["Maiduguri"]),
    ("Support to Education in Emergencies in Borno State continues.", ["Borno"]),
    ("Nutrition Response in Recently Reached Areas was scaled up.", []),
    ("Support to Survivors in Communities of Return.", []),
    # a place after the same cue stays
    ("Partners in Tirkowa resumed distributions.", ["Tirkowa"]),
])
def test_a_themes_words_after_in_or_to_are_no_place(text, expected):
    assert places(text) == expected


def test_a_prefix_widening_a_known_place_is_no_place_of_its_own():
    assert places("In Greater Upper Nile, the situation deteriorated in South Sudan.") == ["Upper Nile", "South Sudan"]
    # its initial still reads the abbreviation after the place
    text = "Partners work in the Greater Upper Nile States (GUNS). GUNS remains hard to reach in South Sudan."
    assert places(text).count("GUNS") == 2


@pytest.mark.parametrize("text, expected", [
    ("Des affrontements entre Kwanga et Bolaya ont fait 12 morts à Ndélé.", ["Ndélé"]),
    ("Fighting between Kwanga and Bolaya communities continued.", []),
    ("Des tensions entre les Kwanga et les Bolaya persistent.", []),
    # "entre" with no clash before it keeps the places (the ends of a road)
    ("The road between Kwanga and Bolaya is closed.", ["Kwanga", "Bolaya"]),
])
def test_the_parties_to_a_clash_are_no_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("The clashes between Dinka and Nuer youth in Pibor displaced families.", "Nuer"),
    ("Les Arabes et les Zaghawa de Goz Beida ont signé la paix.", "Zaghawa"),
    ("The Fulani herders clashed with Tiv farmers in Benue.", "Tiv"),
    ("Des éleveurs Mbororos ont perdu leur bétail à Ndélé.", "Mbororos"),
])
def test_the_regions_peoples_and_their_plurals_are_no_places(text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize("text, expected", [
    ("Monsieur le Maire de la Commune Urbaine de Dori a remercié les partenaires.", ["Dori"]),
    ("La Commune Rurale de Tinkoto a reçu 200 ménages.", ["Tinkoto"]),
    ("Les Quartiers Périphériques de Niamey sont inondés.", ["Niamey"]),
    ("Le Site Spontané de Kawa accueille 300 ménages.", ["Kawa"]),
    ("The Camp Extension of Bakassi was opened.", ["Bakassi"]),
    # a name right after the cue, not an adjective, stays
    ("Le site Kawa de Diffa accueille 300 ménages.", ["Kawa", "Diffa"]),
])
def test_an_adjective_qualifying_the_cues_noun_is_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Assistance to Host Communities in Yola.", ["Yola"]),
    ("Returns to Informal Sites in Maiduguri increased.", ["Maiduguri"]),
    # a cue written after its name keeps the name
    ("Partners in Kawa Camp distributed kits.", ["Kawa"]),
])
def test_a_word_qualifying_a_cue_noun_after_in_or_to_is_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Imam of Maiduguri Central Mosque preached peace.", ["Maiduguri"]),
    ("La Grande Mosquée de Djenné a accueilli la cérémonie.", ["Djenné"]),
])
def test_a_religious_heads_title_and_a_facilitys_name_are_no_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Général Moussa Tchad a reçu la délégation.", []),
    ("Le colonel Amadou Gao commande la zone.", []),
    ("Le Général de brigade Moussa Tchad a reçu.", []),
    ("De notre envoyé spécial à Kidal, Moussa Ag Assarid", ["Kidal"]),
    # a village's name with the particle after a strong cue stays
    ("Les déplacés du village de Tin Ag Hadj sont arrivés.", ["Tin Ag Hadj"]),
])
def test_a_ranked_or_patronymic_persons_name_is_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Festival au Désert de Tombouctou a été annulé.", ["Tombouctou"]),
    ("La réunion au Stade de Ménaka a eu lieu.", ["Ménaka"]),
    ("The IDPs in Stadium of Bama were relocated.", ["Bama"]),
    # an unknown name before "de" and a place stays
    ("Les réfugiés à Tinkoto de Kayes.", ["Tinkoto", "Kayes"]),
])
def test_a_common_noun_or_a_venue_before_de_and_a_place_is_no_place(text, expected):
    assert places(text) == expected


def test_a_spaced_admin_name_written_with_a_hyphen_is_one_place():
    assert places("Ouham-Pendé : les humanitaires reprennent leurs activités à Paoua.") == ["Ouham-Pendé", "Paoua"]
