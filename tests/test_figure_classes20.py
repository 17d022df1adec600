"""Figures, twentieth pass: classes of counts read wrong on the fifteenth split (every sentence and
noun invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_key_figures_stacked_in_a_column_take_their_labels_in_order():
    text = ("Nine guards were hurt in the week.\n\n4.1 million\n\n1.2 million\n\n36,500\n\n"
            "People targeted by the cluster before the end of the season\n\nPeople reached with water\n\n"
            "Households relocated by the floods\n\nSituation overview")
    assert _read(text, "en") == [(4_100_000, "persons", "exact"), (1_200_000, "persons", "exact"),
                                    (36_500, "households", "exact")]


def test_a_decimal_before_a_scale_word_is_a_whole_count():
    assert _read("Some 4.1 million people and 8.2 million IDPs were counted.", "en") == [
        (4_100_000, "persons", "approx"), (8_200_000, "persons", "approx")]


def test_a_column_of_figures_with_no_labels_after_it_is_no_key_figure_column():
    text = "Annexe\n\n4 500\n\n3 200\n\nLa réunion a commencé à l'heure."
    assert _read(text) == []


def test_a_bare_count_woven_into_a_flattened_key_figure_line_takes_the_rows_unit():
    text = ("512,300 2.1 million 17% IDPs in Zanbo, (Funding received Population of incl. US$40 million "
            "Zanbo 28,700 against the plan 1.6 million in 19 sites in 2030 needs People who Lorem of $310 million) need aid")
    read = _read(text, "en")
    assert (28_700, "persons", "exact") in read and (1_600_000, "persons", "exact") in read


def test_a_number_opening_a_parenthesis_in_a_key_figure_line_is_no_count():
    text = "512,300 2.1 million IDPs in Zanbo, requirements of $310 People who need (14 million aid March)"
    assert all(value != 14_000_000 for value, _unit, _q in _read(text, "en"))


def test_an_item_no_list_knows_in_a_list_of_things_handed_out_counts_a_thing():
    text = "La mission a remis 120 bâches, 240 nattes, 120 Bidon-pliable et 120 Lampe-solaire, destinés à 120 ménages."
    assert _read(text) == [(120, "other", "exact"), (240, "other", "exact"), (120, "other", "exact"),
                           (120, "other", "exact"), (120, "households", "exact")]


def test_a_count_after_a_place_in_a_list_keeps_the_unit_stated_once():
    assert _read("On compte 140 ménages à Zanbo, 35 ménages à Lorem et 20 à Ipsum.") == [
        (140, "households", "exact"), (35, "households", "exact"), (20, "households", "exact")]


def test_an_age_limit_between_a_spelled_count_and_its_noun():
    assert _read("The storm left three under 5 children injured in the camp.", "en") == [(3, "persons", "exact")]


def test_the_people_a_meeting_was_held_with_are_the_meetings_own():
    assert _read("Le préfet a tenu une réunion avec une vingtaine de chefs de quartier.") == []
    assert _read("La journée a enregistré la participation d'une trentaine de délégués des communes.") == []
    assert _read("The cluster held a meeting with 12 donors on the plan.", "en") == []


def test_participation_in_an_activity_of_the_response_stays_a_figure():
    assert _read("La campagne a connu la participation de 300 femmes aux séances de sensibilisation.") == [
        (300, "persons", "exact")]


def test_an_english_count_whose_noun_opens_with_qualifying_words():
    text = "During the month, the monitors in the area recorded the 64 reported human rights violations of the year."
    assert _read(text, "en") == [(64, "incidents", "exact")]


def test_a_participle_that_is_no_modifier_ends_the_english_noun_phrase():
    text = "During the month, the team logged the 64 received human rights violations of the year."
    assert (64, "incidents") not in [(value, unit) for value, unit, _q in _read(text, "en")]  # "received": no modifier


def test_a_column_of_figures_labelled_by_places_keeps_the_label_above():
    text = "Personnes déplacées\n\n12 000\n\n3 400\n\nZanbo\n\nLorem"
    assert _read(text)[:1] == [(12_000, "persons", "exact")]
