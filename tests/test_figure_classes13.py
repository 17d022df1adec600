"""Figures, thirteenth pass: classes of counts read wrong on the ninth split and found by probing the
reader with common report shapes (every sentence invented)."""

from __future__ import annotations

import pytest

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


@pytest.mark.parametrize("text, language, expected", [
    ("The fighting has claimed over 12,000 lives since 2015.", "en", [(12_000, "persons", "min")]),
    ("La campagne a permis de sauver 1 500 vies.", "fr", [(1_500, "persons", "exact")]),
])
def test_lives_claimed_or_saved_are_people(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Partners will focus on levels 3, 4 and 5 of the food insecurity scale.", "en", []),
    ("Partners focus on IPC phases 3, 4 and 5, where 90,000 people live.", "en", [(90_000, "persons", "exact")]),
    ("Les niveaux 2, 3 et 4 de l'échelle concernent 40 000 personnes.", "fr", [(40_000, "persons", "exact")]),
])
def test_numbers_listed_after_a_plural_label_word_are_labels(text, language, expected):
    assert _read(text, language) == expected


def test_a_list_of_labels_takes_no_unit_from_the_sentence_before():
    text = "The survey counted people in need (52,000).\nThe plan targets levels 3, 4 and 5 of the scale."
    assert _read(text, "en") == [(52_000, "persons", "exact")]


@pytest.mark.parametrize("text, language, expected", [
    ("Nearly half a million people are in need.", "en", [(500_000, "persons", "approx")]),
    ("Some one and a half million people need aid.", "en", [(1_500_000, "persons", "approx")]),
    ("Près d'un demi-million de personnes sont touchées.", "fr", [(500_000, "persons", "approx")]),
    ("Un million et demi de personnes ont besoin d'aide.", "fr", [(1_500_000, "persons", "exact")]),
    ("A million people were reached.", "en", [(1_000_000, "persons", "exact")]),
])
def test_half_a_million_and_one_and_a_half(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Dans la ville A, les déplacés font 30,5% (soit 4 210 personnes) ; dans la ville B, au 12 mars, 21,4% "
     "(soit 2.954).", "fr", [(4_210, "persons", "exact"), (2_954, "persons", "exact")]),
    ("Town A holds 30.5% (i.e. 4,210 people) of them and town B 21.4% (i.e. 2,954).", "en",
     [(4_210, "persons", "exact"), (2_954, "persons", "exact")]),
])
def test_a_share_restated_as_a_bare_count_takes_the_first_restatements_unit(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Large families with more than six children will receive two tents.", "en", [(2, "other", "exact")]),
    ("Les ménages de plus de 8 personnes recevront une seconde ration.", "fr", []),
    ("Plus de 320 ménages de 1 900 personnes sont arrivés.", "fr", [(320, "households", "min"), (1_900, "persons", "exact")]),
    ("The 75 households with more than 6 members were assisted.", "en", [(75, "households", "exact")]),
])
def test_a_households_size_bound_is_no_count(text, language, expected):
    assert _read(text, language) == expected


def test_a_french_imperfect_after_a_bare_number():
    assert _read("Sur les 640 enfants examinés, 52 souffraient de malnutrition.", "fr") == [
        (640, "persons", "exact"), (52, "persons", "exact")]


@pytest.mark.parametrize("text, language, expected", [
    ("The raid caused four deaths (one member of a militia and three herders).", "en",
     [(4, "persons", "exact"), (1, "persons", "exact"), (3, "persons", "exact")]),
    ("L'attaque a fait trois morts (un gendarme et deux civils).", "fr",
     [(3, "persons", "exact"), (1, "persons", "exact"), (2, "persons", "exact")]),
    ("One person was killed in the village.", "en", []),
])
def test_the_one_of_a_full_breakdown_is_a_part(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Measles cases rose from 45 to 98 in one week.", "en", [(45, "incidents", "exact"), (98, "incidents", "exact")]),
    ("The number of cases rose from 12 to 18 last week.", "en", [(12, "incidents", "exact"), (18, "incidents", "exact")]),
    ("The site grew from 120 to 300 families.", "en", [(120, "households", "exact"), (300, "households", "exact")]),
    ("Le nombre de ménages est passé de 120 à 300 ménages.", "fr",
     [(120, "households", "exact"), (300, "households", "exact")]),
    ("From 14 to 15 August, 12 people were killed.", "en", [(12, "persons", "exact")]),
    ("Du 12 au 18 juin, 45 incidents ont été enregistrés.", "fr", [(45, "incidents", "exact")]),
    ("From 200 to 300 households are expected.", "en", [(200, "households", "min"), (300, "households", "max")]),
])
def test_a_change_from_one_count_to_another_is_two_counts(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Enregistrement de 1 840 ind. au site de la ville.", "fr", [(1_840, "persons", "exact")]),
    ("Le cumul des incidents depuis janvier s'élève à 318.", "fr", [(318, "incidents", "exact")]),
    ("La réponse a couvert 45 000 personnes sur 70 000.", "fr", [(45_000, "persons", "exact"), (70_000, "persons", "exact")]),
    ("Partners reached 45,000 people out of 70,000 targeted.", "en",
     [(45_000, "persons", "exact"), (70_000, "persons", "exact")]),
    ("Un ménage sur 3 n'a pas d'abri.", "fr", []),
    ("On note 2 300 cas cette année contre 1 900 l'an dernier.", "fr",
     [(2_300, "incidents", "exact"), (1_900, "incidents", "exact")]),
])
def test_abbreviated_people_a_reflexive_verb_and_the_whole_after_sur(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("The programme has 48,000 in-kind and cash voucher beneficiaries.", [(48_000, "persons", "exact")]),
    ("Some 300 school-age children are out of school.", [(300, "persons", "approx")]),
])
def test_a_hyphenated_modifier_may_stand_before_the_counted_noun(text, expected):
    assert _read(text, "en") == expected


def test_a_hyphenated_qualifier_before_a_plural_counted_noun():
    assert _read("The board said 2,345 out-of-school children were enrolled.", "en") == [(2_345, "persons", "exact")]


@pytest.mark.parametrize("text, language, expected", [
    ("The relief items, worth N150 million, were handed over.", "en", [(150_000_000, "other", "exact")]),
    ("The state released N45,000,000 for the camps.", "en", [(45_000_000, "other", "exact")]),
    ("The convoy used the N1 road and the report N 3 says so.", "en", []),
    ("La route N15 et 300 ménages.", "fr", [(300, "households", "exact")]),
])
def test_a_naira_amount_is_money_not_a_numbered_label(text, language, expected):
    assert _read(text, language) == expected
