"""Figures, eighteenth pass: classes of counts read wrong on the thirteenth split and a reading that
needs no listed noun (every sentence and noun invented)."""

from __future__ import annotations

import pytest

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


@pytest.mark.parametrize("text, expected", [
    ("Les sinistrés sont estimés à près de 2 millions 300 000 dans la province.", [(2_300_000, "persons", "approx")]),
    ("Environ 1 million 250 000 personnes ont fui.", [(1_250_000, "persons", "approx")]),
    ("On compte 2 millions, 300 000 personnes et des kits.", [(2_000_000, "persons", "exact"), (300_000, "persons", "exact")]),
])
def test_the_rest_written_after_the_millions_adds_to_them(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, language", [
    ("Une trentaine de participant(e)s, venus de plusieurs provinces, ont échangé.", "fr"),
    ("Une quarantaine de participants représentant des ONG nationales.", "fr"),
    ("About 25 participants from local NGOs exchanged on the plan.", "en"),
])
def test_participants_are_the_meetings_own_without_an_activity(text, language):
    assert _read(text, language) == []


def test_participants_an_activity_reached_stay_a_figure():
    assert _read("La campagne de sensibilisation a touché 1 200 participants dans les villages.") == [
        (1200, "persons", "exact")]


@pytest.mark.parametrize("text, language, expected", [
    ("Il s'agit de 122 concessions, soit 464 personnes arrivées à Zanbo.", "fr",
     [(122, "households", "exact"), (464, "persons", "exact")]),
    ("Environ 2291 personnes (360 concessions) se sont installées à Zanbo.", "fr",
     [(2291, "persons", "approx"), (360, "households", "approx")]),
    ("On a recensé 77.046 personnes déplacées internes (soit 14 213 concessions).", "fr",
     [(77046, "persons", "exact"), (14213, "households", "exact")]),
    ("The attack displaced 732 compounds (4,734 individuals) towards Zanbo.", "en",
     [(732, "households", "exact"), (4734, "persons", "exact")]),
    ("Partners registered 38 MHHs with 179 individuals in Zanbo.", "en",
     [(38, "households", "exact"), (179, "persons", "exact")]),
])
def test_a_group_restated_by_its_people_is_households(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Les 2 camions transportaient 40 personnes.", "fr", [(40, "persons", "exact")]),
    ("Nous avons 12 villages, 400 personnes y vivent.", "fr", [(12, "other", "exact"), (400, "persons", "exact")]),
])
def test_no_pair_without_a_joining_word_or_a_household_size(text, language, expected):
    assert _read(text, language) == expected


def _read_without(text: str, language: str, nouns: list[str]) -> list[tuple]:
    """Read with a lexicon that does not know ``nouns`` (as leave-units-out reads), word vectors on."""
    from pipeline.evaluate_real import without_units

    from conftest import runtime

    reduced = without_units(REFERENCE, nouns)
    return [(f.value, f.unit) for f in figures_of_field(None, "body", text, language, reduced, (), runtime().nlp.vocab)]


@pytest.mark.parametrize("text, language", [
    ("Le fonds a alloué 660 000 USD au consortium.", "fr"),
    ("Un appui d’une valeur de 20 millions de FCFA est prévu.", "fr"),
    ("Le budget est de 367,6 millions de Fcfa.", "fr"),
    ("The cluster total stands at 18,5M USD.", "en"),
])
def test_a_currency_code_after_an_amount_needs_no_listed_noun(text, language):
    assert [unit for _value, unit in _read_without(text, language, ["USD", "FCFA"])] == ["other"]


@pytest.mark.parametrize("text, expected", [
    ("UNHCR leads the response for 41,792 Malian refugees in the camp.", [(41_792, "persons")]),
    ("The convoy carried 1,250 Chadian returnees home.", [(1_250, "persons")]),
])
def test_a_nationality_adjective_does_not_hide_the_noun_after_it(text, expected):
    assert _read_without(text, "en", ["refugees", "returnees"]) == expected


def test_a_group_restated_by_its_people_needs_no_listed_noun():
    assert _read_without("Les crues ont touché 1 156 ménages, soit 3 648 personnes.", "fr", ["ménages"]) == [
        (1_156, "households"), (3_648, "persons")]


@pytest.mark.parametrize("text, language, nouns, expected", [
    ("La Croix-Rouge a construit 608 abris d’urgence à Zanbo.", "fr", ["abris"], [(608, "other")]),
    ("Plus de 950 écoles sont fermées dans la région.", "fr", ["écoles"], [(950, "other")]),
    ("Partners are pending the completion of 100 shelters in the camp.", "en", ["shelters"], [(100, "other")]),
])
def test_a_thing_built_closed_or_destroyed_needs_no_listed_noun(text, language, nouns, expected):
    assert _read_without(text, language, nouns) == expected


def test_people_settled_are_no_things():
    assert _read_without("Au total 22 390 familles sont installées à Zanbo.", "fr", ["familles"]) != [(22_390, "other")]
