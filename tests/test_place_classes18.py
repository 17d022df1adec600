"""Places in classes the eighteenth pass found on the moved thirteenth blind split, each fixed by
structure: a person named after a role phrase a line wraps, then named again alone; a rank's
abbreviation before a name; a place closing a body's name the NER reads whole; a name closed by a
family name of the region. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

import pytest
from test_place_classes11 import places

from pipeline.nlp.person_names import persons_name_words, written_as_a_persons_name


def test_the_words_of_a_persons_name_read_once():
    words = persons_name_words(["Nadège Kalumbiro", "Ousseni-Bah Tirako", "Zo"])
    assert {"Nadège Kalumbiro", "Nadège", "Kalumbiro", "Ousseni-Bah Tirako", "Zo"} <= words
    assert "Zo" in words  # a one-word name stays itself, no shorter word is taken from it


def test_a_holder_after_a_role_phrase_a_line_wraps_is_no_place():
    """"la cheffe du bureau du Programme\\nalimentaire mondial (PAM)-<town>, <given> <surname>,": the
    line wrapped inside the role phrase, the acronym glued to the town, a feminine role noun."""
    found = places("La rencontre a eu lieu en présence de la cheffe du bureau du Programme\n"
                   "alimentaire mondial (PAM)-Mopti, Nadège Kalumbiro, et du 2è vice-président\n"
                   "du Conseil régional de Mopti, Tiémoko Kalembiri.\n")
    assert "Nadège Kalumbiro" not in found and "Tiémoko Kalembiri" not in found


def test_a_person_read_once_is_no_place_when_named_again():
    """Named in full after a role phrase, then in full or by the given name alone later in the
    field ("D'après <given>\\n<surname>", "<name> a également échangé")."""
    found = places("Le représentant spécial du secrétaire général de l'Onu au Mali, Ousseni-Bah Tirako, s'y est "
                   "rendu le 2 mars.\nArrivé le 2 mars au matin, Ousseni-Bah Tirako, a rencontré le gouverneur.\n"
                   "Ousseni-Bah Tirako a également échangé avec les élus. D'après Ousseni-Bah\nTirako, la "
                   "situation est calme à Gao.")
    assert not {"Ousseni-Bah Tirako", "Ousseni-Bah", "Tirako"} & set(found)
    assert "Gao" in found


def test_a_ranks_abbreviation_before_a_name_is_no_place():
    found = places("La mission s'est entretenue à Tombouctou avec le chef d'état-major du mouvement, le Col. "
                   "Ibrahim Ag Tayeb.\nLe Col. Ibrahim a assuré ses visiteurs de sa disponibilité.")
    assert "Col" not in found and "Tombouctou" in found


def test_a_place_closing_a_body_the_ner_reads_whole_is_no_place():
    """"l'Office du <country>": a body named after a river or a country, no location; the town
    after it stays a place."""
    found = places("Le président directeur général de l’Office du Niger, M. Sidiki Tangara, a rappelé le rôle "
                   "central de l’Office du Niger dans la production du riz à Ségou.")
    assert "Niger" not in found and "Ségou" in found


@pytest.mark.parametrize("words, expected", [
    (["Tiéba", "Kanouté"], True),  # any given name before a family name of the region
    (["Sériba", "Mamoutou", "DIAKITE"], True),  # the family name in capitals
    (["Kanouté"], False),  # one word: no name's shape
    (["Kanouté", "Tiéba"], False),  # the family name first: a given name list would tell
])
def test_a_name_closed_by_a_family_name_of_the_region(words, expected):
    assert written_as_a_persons_name(words, frozenset(), frozenset({"kanoute", "diakite"})) is expected


def test_a_persons_name_ending_in_a_family_name_is_no_place_nor_its_first_word():
    """"<given> <surname>", the given name also a place of another country's gazetteer: neither
    the whole name, nor the given name, nor the surname named again is a place."""
    found = places("Le conseiller du gouverneur a reçu Yaya Kanouté à Kati. Kanouté a dit que la route est coupée.")
    assert not {"Yaya Kanouté", "Yaya", "Kanouté"} & set(found) and "Kati" in found


def test_a_name_before_a_standards_noun_is_the_standard():
    """"when <name> standards recommend …": a humanitarian standard's name (``tool_nouns.csv``)."""
    found = places("In Kalabalge camp, 3 litres per person are delivered while Kestrel standards recommend 15 litres.")
    assert "Kestrel" not in found


def test_a_name_after_selon_or_d_apres_is_the_source_cited():
    found = places("D’après Tiéba Kalonga, la production du riz avoisine 50 %. Selon Kalonga, les pluies sont en "
                   "retard à Ségou.")
    assert not {"Tiéba Kalonga", "Kalonga"} & set(found) and "Ségou" in found


def test_a_name_right_after_a_rank_or_opening_with_one_is_no_place():
    found = places("Le chef de l’État, le Général d’armée Tiéba Kalonga, a reçu le Capitaine Kalonga à Ségou.")
    assert not {"Tiéba Kalonga", "Capitaine Kalonga", "Kalonga"} & set(found) and "Ségou" in found


def test_a_place_the_ner_runs_into_a_persons_name_stays_a_place_after_an_article_or_de():
    """"le Haut-commissaire du <province> <given> <surname>": the NER reads the province and the
    person as one name, a person's by its family name; the province named again after "le" or
    "de" is a place still (a person's name takes neither)."""
    found = places("« Le nombre dépasse 9 000 », a affirmé le Haut-commissaire du Zangoré Tiéba Ouédraogo. Les vivres "
                   "iront aux déplacés dans le Zangoré. Les ménages vivent dans les environs de Zangoré.")
    assert "Zangoré Tiéba Ouédraogo" not in found and found.count("Zangoré") == 2
