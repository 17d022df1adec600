"""Figures, twenty-second pass: classes of counts read wrong on the seventeenth split (every sentence
and noun invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "en") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_road_named_by_its_number_is_no_count():
    assert _read("Most of the families along Route Nationale 4 fled the fighting.") == []
    assert _read("Les ménages installés le long de la RN 12 ont fui.", "fr") == []
    assert _read("Along National Road 9 there are 300 households.") == [("300 households", 300, "households")]


def test_the_first_number_of_a_range_of_measures_is_a_measure_too():
    assert _read("Many of these families have been displaced two or three times.") == []
    assert _read("The displaced walked 5 to 10 km to reach 240 households in Alpha.") == [
        ("240 households", 240, "households")]
    assert _read("Entre 200 et 300 ménages ont fui.", "fr") == [("200", 200, "households"),
                                                              ("300 ménages", 300, "households")]


def test_a_count_beside_a_named_site_counts_what_the_sentence_counts_not_sites():
    assert _read("Dans la province Alpha, 40 000 réfugiés seront relogés vers le site de Beta (25 000), "
                 "et vers les sites de Gamma-Delta (10 000) et Epsilon (5 000).", "fr") == [
        ("40 000 réfugiés", 40_000, "persons"), ("25 000", 25_000, "persons"), ("10 000", 10_000, "persons"),
        ("5 000", 5_000, "persons")]
    assert _read("Les sites (12) accueillent des familles.", "fr")[0][2] == "other"


def test_a_place_of_shelter_is_a_thing_counted():
    assert _read("The families settled in 135 makeshift encampments.") == [
        ("135 makeshift encampments", 135, "other")]
    assert _read("Ils vivent dans 14 campements.", "fr") == [("14 campements", 14, "other")]


def test_the_whole_a_share_is_taken_from_counts_what_the_share_counts():
    assert _read("La province compte 65 400 personnes déplacées, soit 31,2% du total national (209 600), "
                 "dont 30 100 enfants.", "fr") == [
        ("65 400 personnes", 65_400, "persons"), ("209 600", 209_600, "persons"), ("30 100 enfants", 30_100, "persons")]
    assert _read("The district hosts 45,000 refugees, 3% of the funds (12) and more.") == [
        ("45,000 refugees", 45_000, "persons")]


def test_a_bare_count_of_thousands_counts_the_people_its_sentence_named_before_it():
    assert _read("New arrivals keep coming, and efforts to move the displaced families to sites away from the "
                 "river go on with more than 12,300 in the sites so far.") == [("12,300", 12_300, "households")]
    assert _read("The trucks carried food to the sites, with 2,400 in the first week.") == []


def test_mosquito_nets_by_their_usual_names_are_things_counted():
    assert _read("Partners handed out 3,500 LLINs and 1,200 bednets.") == [
        ("3,500 LLINs", 3_500, "other"), ("1,200 bednets", 1_200, "other")]


def test_the_object_of_a_verb_of_targeting_is_people_when_its_noun_is_unknown():
    assert _read("The programme is targeting 4,000 smallholders in the valley.") == [("4,000", 4_000, "persons")]
    assert _read("Le programme est en cours, ciblant environ 2 500 maraîchers.", "fr") == [("2 500", 2_500, "persons")]
    assert _read("The distribution is targeting 45 schools.") == [("45 schools", 45, "other")]
    assert _read("Summary of Key Actions Reached 1. Opening") == []
