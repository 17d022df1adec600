"""Places in classes the twenty-third pass found on the moved eighteenth and nineteenth blind
splits, each fixed by structure: a commune's mayor and a university's rector as functions, the
holder a long role phrase names (its reach counted in words that carry meaning, or an article
opening the role after the name), the speaker of an inverted attribution or one whose surname the
NER left out, and a known place's name a surname makes a person's given name. Every sentence and
unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places


def test_a_mayor_and_a_rector_are_functions_no_places():
    """"le premier adjoint au Maire de la commune", "du Recteur": functions (``role_words.csv``)."""
    assert places("Étaient présents le second adjoint au Maire de la commune rurale de Tessit et les notables.") \
        == ["Tessit"]
    assert places("En présence des Préfets, du Recteur, du président du Tribunal de Zinder.") == ["Zinder"]


def test_the_holder_a_long_role_phrase_names_is_no_place():
    """A role phrase whose articles and prepositions make it long ("La directrice provinciale en
    charge de l'Action humanitaire du <province>, <name>, a indiqué"), and a holder named before
    the article of the role without a comma ("… et <given> <surname> le représentant du …")."""
    assert places("La coordinatrice régionale en charge de la Protection sociale du Guéra, Halimé Tondibé "
                  "Sadia, a indiqué que les sites de Mongo sont pleins.") == ["Mongo"]
    assert places("Selon le représentant du Haut-commissariat des Nations unies pour les réfugiés au Tchad, "
                  "Massal Gounda, les camps de Farchana sont pleins.") == ["Tchad", "Farchana"]
    assert places("La rencontre entre le préfet de Mao et Ousko Baradine le représentant du Programme "
                  "alimentaire mondial.") == ["Mao"]
    # a list of villages after a role phrase's verb stays
    assert places("Le préfet du département a visité les villages de Bouroum, Tansila et Kassan.") \
        == ["Bouroum", "Tansila", "Kassan"]


def test_the_speaker_of_an_inverted_attribution_is_no_place():
    """"…,” said <name>." / "Representative <given> <surname> said": the speaker, a person."""
    assert places('The convoy reached Rubkona. "We will come back," said Nyandeng. The convoy left.') == ["Rubkona"]
    assert places("The Country Representative Amaru Telkan said that Bentiu needs more.") == ["Bentiu"]
    # a place after a verb of speech takes a preposition: it stays
    assert "Bentiu" in places('"We are ready," he said in Bentiu.')


def test_a_known_place_a_surname_makes_a_given_name_is_no_place():
    """"the Coordinator in <country>, <given> McAllister-Oduya, visited …": a given name that is also a
    place's, completed by a surname between a role phrase and a comma, a person."""
    assert places("The Humanitarian Coordinator in Chad, Arafat McAllister-Oduya, visited Kaga-Bandoro.") \
        == ["Chad", "Kaga-Bandoro"]
    assert places("Then the Deputy Representative Arafat Oduya said the sites of Kaga-Bandoro are full.") \
        == ["Kaga-Bandoro"]
    # an article opening the role after the surname, one word in lower case between ("le nouveau …")
    assert places("Arafat McAllister-Oduya le nouveau Coordonnateur humanitaire est arrivé à Kinshasa.") \
        == ["Kinshasa"]
    # a known place listed after a comma stays
    assert places("The teams went to Bangui, Arafat and Bossangoa.") == ["Bangui", "Arafat", "Bossangoa"]


def test_a_direction_from_a_town_is_no_place():
    """"à 40 km, au Sud-Ouest de <town>": the direction from the town, not the region the gazetteer
    knows by that word; before a country, or after a cue, the region stays."""
    found = places("Les sites sont au village Kasanga, à 40 km sur l’axe Nyunzu, au Sud-ouest de Kalemie.")
    assert found == ["Kasanga", "Nyunzu", "Kalemie"]
    assert places("Les familles de la région du Sud-Ouest sont venues. Le Nord-Ouest du Cameroun est touché.") \
        == ["Sud-Ouest", "Nord-Ouest", "Cameroun"]


def test_civilians_are_a_group_no_place():
    """"the <town> Protection of Civilians site": civilians, a group of people (``social_groups.csv``)."""
    assert places("About 20,000 people live in the Bentiu Protection of Civilians site (PoC).") == ["Bentiu"]


def test_a_word_a_common_noun_qualifies_is_no_place():
    """"au Chapiteau du gouvernorat", "au Hangar de la mairie": a part of a building, no place; an
    unknown village before "du cercle" stays."""
    assert places("Le comité s'est retrouvé au Chapiteau du gouvernorat de Kindu.") == ["Kindu"]
    assert places("La séance de travail organisée au Hangar de la mairie a réuni les chefs.") == []
    assert places("Les déplacés sont à Tassiga du cercle d'Ansongo.") == ["Tassiga", "Ansongo"]
