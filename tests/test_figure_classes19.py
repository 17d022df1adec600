"""Figures, nineteenth pass: classes of counts read wrong on the fourteenth split (every sentence and
noun invented)."""

from __future__ import annotations

import pytest

from pipeline.nlp.figures import figures_of_field
from pipeline.nlp.numbers import find_numbers

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


@pytest.mark.parametrize("text, language, value", [
    ("Key figures 1.8million in need", "en", 1_800_000),
    ("Chiffres clés : 3,5millions de personnes", "fr", 3_500_000),
    ("about 2billion in pledges", "en", 2_000_000_000),
])
def test_a_scale_word_glued_to_its_number(text, language, value):
    assert [n.value for n in find_numbers(text, language, REFERENCE)] == [value]


def test_a_key_figure_row_with_a_glued_scale_takes_the_labels_noun():
    assert _read("Funding update. 512,300 1.9million 64% People in need of Unmet funding", "en") == [
        (512_300, "persons", "exact"), (1_900_000, "persons", "exact")]


def test_a_currency_code_glued_to_the_next_amount_is_that_amounts():
    assert _read("Pledges: 41,200 3.8 million US$97 million in Population of Zanbo pledged against", "en") == [
        (41_200, "persons", "exact"), (3_800_000, "persons", "exact"), (97_000_000, "other", "exact")]


def test_a_currency_code_after_an_amount_stays_its_own():
    assert _read("Le projet a reçu 660,000 USD du fonds.", "fr") == [(660_000, "other", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("Le bilan fait état de 30 centres de santé détruits et 14 pillées, 200 écoles attaquées dont 18 incendiées.",
     [(30, "other", "exact"), (14, "other", "exact"), (200, "other", "exact"), (18, "other", "exact")]),
    ("Sur 40 maisons, 25 détruites et 9 endommagées.",
     [(40, "other", "exact"), (25, "other", "exact"), (9, "other", "exact")]),
])
def test_a_bare_number_before_what_only_things_undergo_counts_things(text, expected):
    assert _read(text) == expected


def test_the_noun_of_a_fire_without_the_participles_accent_stays_incidents():
    assert _read("Le camp a connu 12 incendies en mars.") == [(12, "incidents", "exact")]


def test_a_participle_before_its_noun_leaves_the_noun_the_count():
    assert _read("Considering the 420 closed schools of the district.", "en") == [(420, "other", "exact")]


def test_a_prefix_written_apart_from_a_state_buildings_noun():
    assert _read("Les violences ont touché 11 sous commissariats et 7 tribunaux de la province.") == [
        (11, "other", "exact"), (7, "other", "exact")]


def test_a_noun_the_field_counted_one_way_is_counted_so_at_its_other_numbers():
    assert _read("Le poste a enregistré 1400 concessions à la 1ère vague, 270 concessions à la 2ème vague, "
                 "soit un total de 1670 concessions, soit 8 350 personnes.") == [
        (1400, "households", "exact"), (270, "households", "exact"), (1670, "households", "exact"),
        (8350, "persons", "exact")]


def test_a_noun_read_two_ways_is_learned_neither_way():
    assert _read("On compte 12 concessions, soit 60 personnes, et 5 concessions construites.") == [
        (12, "households", "exact"), (60, "persons", "exact"), (5, "other", "exact")]


def test_a_key_figures_label_before_it_is_no_title_line():
    from pipeline.extract.text import parse_text_export

    from conftest import minutes_of

    minutes = minutes_of(parse_text_export(
        "Profil humanitaire de la région de Zanbo\n\nZanbo CHIFFRES-CLÉS\n\nTOKO DÉMOGRAPHIE\n\n2.4 millions\n\n"
        "SUPERFICIE 98 000 Km2\n\nCONTEXTE\n\nLa situation est calme.", "profil.txt"))
    assert minutes.header.title == "Profil humanitaire de la région de Zanbo – Zanbo CHIFFRES-CLÉS"
    assert minutes.body_text.startswith("TOKO DÉMOGRAPHIE\n2.4 millions")
    assert (2_400_000, "persons", "exact") in _read(minutes.body_text)


def test_a_key_figure_after_two_title_lines_takes_its_label_from_the_title():
    """The label was kept apart only when the title had its three lines already."""
    from pipeline.extract.text import parse_text_export

    from conftest import minutes_of

    minutes = minutes_of(parse_text_export(
        "Profil humanitaire de Zanbo\n\nTOKO DÉMOGRAPHIE\n\n2.4 millions\n\nLa situation est calme.", "profil.txt"))
    assert minutes.header.title == "Profil humanitaire de Zanbo"
    assert minutes.body_text.startswith("TOKO DÉMOGRAPHIE\n2.4 millions")


def test_a_title_before_a_small_number_keeps_its_lines():
    from pipeline.extract.text import parse_text_export

    from conftest import minutes_of

    minutes = minutes_of(parse_text_export("Bulletin humanitaire\n\nRégion de Zanbo\n\nJuin 2021\n\n3\n\nLa situation est calme.",
                                           "bulletin.txt"))
    assert minutes.header.title == "Bulletin humanitaire – Région de Zanbo – Juin 2021"
