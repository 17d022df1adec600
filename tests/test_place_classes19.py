"""Places in classes the nineteenth pass found on the moved fourteenth blind split, each fixed by
structure: a place closing a framework's capitalised French name, a people's name in Hausa, a
newspaper's country, a place inside a listed armed group's name, an insurgency after "phénomène", an
acronym written as a word without a vowel, a rank's first word, an institution's office, a heading
word in capitals after a cue, "New" before a known place; and two misses: a name in parentheses
after a place, a name an apposition defines as a place. Every sentence and unknown name here is
INVENTED."""

from __future__ import annotations

import pytest
from test_place_classes11 import places

from pipeline.nlp.place_readings import hausa_people, vowelless_acronym


def test_a_place_closing_a_frameworks_capitalised_name_is_no_place():
    """"le Cadre Politique de Gestion de la Crise au Centre du <country>": the framework's own name;
    written with a lower-case head ("du cadre politique de Gestion de la Crise dans le Centre du
    <country>") too, and its short form ("… de la Crise au Centre."). The town after stays."""
    found = places("Créé en 2021, le Cadre Stratégique de Réponse à la Crise au Centre du Mali a été installé à "
                   "Mopti. Le comité régional du cadre stratégique de Réponse à la Crise dans le Centre du Mali "
                   "s'est réuni à Ségou, en présence du Secrétaire Permanent du Cadre Stratégique de Réponse à la "
                   "Crise au Centre.")
    assert found == ["Mopti", "Ségou"]


@pytest.mark.parametrize("text", [
    "Les partenaires interviennent au Mali et au Niger depuis 2019.",
    "Situation Humanitaire au Mali\nLes partenaires interviennent à Gao.",  # a title line keeps its place
    "Le briefing de la Mission de Protection au Mali a eu lieu à Gao.",  # a bare name of two words
    "L'engagement des Nations Unies au Mali reste fort.",
])
def test_a_place_after_au_outside_a_titled_name_stays(text):
    assert "Mali" in places(text)


def test_a_peoples_name_in_hausa_is_no_place():
    """"des <Region>awas": the French plural of the Hausa "-awa" (the people of a place)."""
    found = places("Les familles accueillies sont des Zindirawas, des Gobirawas, des Kanouris et des Peuls venus de "
                   "Maradi.")
    assert found == ["Maradi"]
    assert hausa_people("Katsinawa", {"Katsina"}) and not hausa_people("Adamawa", {"Adamawa", "Yola"})
    assert not hausa_people("Kukawa", {"Maiduguri"})  # many places end in "-awa"


def test_a_newspapers_country_is_no_place():
    found = places("Copyright © 2021 Mali Tribune. Les réfugiés sont arrivés à Mopti.")
    assert found == ["Mopti"]


def test_a_known_place_inside_a_listed_armed_groups_name_is_no_place():
    found = places("Selon le gouverneur, l'implantation de la Katiba Macina continue d'alimenter la violence "
                   "dans le cercle de Ténenkou.")
    assert found == ["Ténenkou"]


def test_an_insurgency_named_after_its_leader_is_no_place():
    found = places("Le gouverneur a dressé le bilan des violences causées par le phénomène Bakando Mulumba dans "
                   "le territoire de Dibaya.")
    assert found == ["Dibaya"]


@pytest.mark.parametrize("word, expected", [("Mrc", True), ("Pdg", True), ("Gao", False), ("MRC", False),
                                            ("Bria", False), ("Ny", False)])
def test_a_vowelless_word_in_title_case_is_an_acronym(word, expected):
    assert vowelless_acronym(word) is expected


def test_a_ranks_first_word_is_no_place():
    from spacy.tokens import Span

    from pipeline.nlp.place_readings import opens_a_rank

    from conftest import runtime
    doc = runtime().nlp.make_doc("The meeting was opened by the Vice President of the Republic in Maiduguri.")
    vice = [t.i for t in doc if t.text == "Vice"][0]
    assert opens_a_rank(doc, Span(doc, vice, vice + 1))  # the rule itself: the NER alone reads no place here
    found = places("The meeting was opened by the Vice President of the Republic in Maiduguri.")
    assert "Vice" not in found and "Maiduguri" in found


def test_an_institutions_office_in_capitalised_words_is_no_place():
    found = places("La rencontre de Kayes a été présidée par le Chef de Cabinet du Gouvernorat, Tiéba Konaré.")
    assert found == ["Kayes"]


def test_a_heading_word_in_capitals_after_a_cue_is_no_place():
    found = places("A Dosso 12% des villages INONDATIONS : Au 5 septembre, les pluies ont touché Loga.")
    assert "INONDATIONS" not in found and "Loga" in found


def test_new_before_a_known_place_is_one_name():
    found = places("Some 2,000 displaced people have arrived in Malakal from New Fangak, Jonglei State.")
    assert "New Fangak" in found and "New" not in found


def test_a_name_in_parentheses_after_a_place_is_a_place():
    found = places("Schools closed: 9 in Panyang, 3 in Rubkona (Wathjak) and 5 in Leer.")
    assert "Wathjak" in found
    assert "MSF" not in places("Les équipes de Gao (MSF) sont arrivées.")  # an acronym is no place's name


def test_a_name_an_apposition_defines_as_a_place_is_a_place():
    found = places("Les nouveaux arrivants sont installés à Koulé Bir, une localité située à 3 kilomètres de la "
                   "ville de Goz Beïda.")
    assert "Koulé Bir" in found
    from pipeline.nlp.place_readings import defined_as_a_place

    from conftest import runtime
    nlp = runtime().nlp
    rules = nlp.get_pipe("minutes_entities").rules
    doc = nlp("Nous avons rencontré Zorgo Bala, un village chief de la zone.")
    assert defined_as_a_place(doc, rules, set()) == []  # "<name>, a village chief": a person
    doc = nlp("Les nouveaux arrivants sont installés à Zorgo Bala, une localité située à 3 kilomètres.")
    assert [doc[s:e].text for s, e in defined_as_a_place(doc, rules, set())] == ["Zorgo Bala"]


def test_the_agent_of_a_participle_with_first_names_between_is_no_place():
    """"conduits par <first> <surname>": the NER read the surname alone as a place; named again later."""
    found = places("Les diplomates étaient conduits par Rosine N'Tam Bel, conseillère politique. Plus tard, "
                   "N'Tam Bel a rencontré le préfet à Mokolo.")
    assert found == ["Mokolo"]
