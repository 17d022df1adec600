"""Figures, twenty-sixth pass: false counts and lost counts of the twenty-second split, by their shape
(every sentence and number invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field
from pipeline.nlp.numbers import find_numbers

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_year_closing_a_heading_before_a_capitalised_word_is_no_count():
    assert _read("RAPPORT DE LA SAISON DES PLUIES 2021 Carte N°3 : Cumul des pluies du 1er juin au 30 septembre.") == []
    assert _read("Bilan de la campagne agricole 2022 Cartes des zones inondées") == []
    # a qualifier says a count, and a lower-case noun is read as before
    assert _read("Plus de 2000 Ménages sont arrivés.") == [("2000 Ménages", 2000, "households")]
    assert _read("La délivrance de 2000 cartes d'identité a eu lieu.") == [("2000 cartes", 2000, "other")]


def test_thousands_grouped_by_a_dot_and_a_space_are_one_number():
    assert [n.value for n in find_numbers("plus de 2.000 000 de réfugiés", "fr", REFERENCE)] == [2_000_000]
    assert _read("Selon la commission, ils sont plus de 2.000 000 de réfugiés dans la province.") == [
        ("2.000 000 de réfugiés", 2_000_000, "persons")]
    assert _read("La région compte 1 250.000 habitants.") == [("1 250.000 habitants", 1_250_000, "persons")]
    assert _read("Around 3.500 000 people need aid.", "en") == [("3.500 000 people", 3_500_000, "persons")]
    # one separator alone, a date, a list of numbers: as before
    assert [n.value for n in find_numbers("1.500 personnes et 300 000 ménages", "fr", REFERENCE)] == [1500, 300_000]
    assert _read("Le 12.05.2020, 1.500 personnes sont arrivées.") == [("1.500 personnes", 1500, "persons")]


def test_a_proportion_written_in_words_counts_nobody():
    assert _read("In the district, one out of three people lacks clean water.", "en") == []
    assert _read("In the camps one in five children is malnourished.", "en") == []
    assert _read("Trois ménages sur dix n'ont pas d'abri.") == []
    # "in" between two numbers in digits, or no part before "sur": counts
    assert _read("Attacks killed 4 in 5 villages.", "en") == [("4", 4, "persons"), ("5 villages", 5, "other")]
    assert _read("Sur deux sites, 300 ménages sont arrivés.")[1:] == [("300 ménages", 300, "households")]


def test_a_population_of_a_bare_number_before_but_or_before_counts_people():
    assert _read("Before the floods the village had a population of 2,400 but it now hosts 9,000 people.", "en") == [
        ("2,400", 2400, "persons"), ("9,000 people", 9000, "persons")]
    assert _read("The town had a population of 3,000 before the attack.", "en") == [("3,000", 3000, "persons")]
    assert _read("Le village avait une population de 2 000 mais en accueille aujourd'hui 9 000 personnes.") == [
        ("2 000", 2000, "persons"), ("9 000 personnes", 9000, "persons")]


def test_a_meeting_that_mobilised_its_participants_counts_no_figure():
    assert _read("La rencontre a mobilisé une quarantaine de chefs de village.") == []
    assert _read("L'objectif de la rencontre, qui a mobilisé une vingtaine de chefs d'agence, était d'adopter le plan.") == []
    # no meeting named, or money mobilised at a meeting: figures
    assert _read("La campagne a mobilisé 300 volontaires.") == [("300 volontaires", 300, "persons")]
    assert _read("Lors de la réunion, le HCR a indiqué que 12 millions ont été mobilisés.") == [
        ("12 millions", 12_000_000, "other")]


def test_the_modal_may_after_numbers_is_no_month():
    assert _read("Of the 40 injured people, 12 and 15 may need surgery.", "en") == [
        ("40 injured people", 40, "persons"), ("12", 12, "persons"), ("15", 15, "persons")]
    assert _read("Of the 40 injured people, 15 may need surgery.", "en") == [
        ("40 injured people", 40, "persons"), ("15", 15, "persons")]
    # the month keeps its capital: the days are dates
    assert _read("On 12 and 15 May, 40 people arrived.", "en") == [("40 people", 40, "persons")]
    assert _read("Les 12 et 15 mai, 40 personnes sont arrivées.") == [("40 personnes", 40, "persons")]


def test_a_few_places_in_words_after_a_count_of_people_are_where_they_are():
    assert _read("The partners bring food to the 8,200 IDPs on two sites and built 14 latrines.", "en") == [
        ("8,200 IDPs", 8_200, "persons"), ("14 latrines", 14, "other")]
    assert _read("We count some 42,000 refugees from the north in five camps.", "en") == [("42,000 refugees", 42_000, "persons")]
    assert _read("Environ 4 000 personnes déplacées sur trois sites ont reçu des kits.") == [
        ("4 000 personnes", 4000, "persons")]
    # after a count of things, in digits, or after a verb: a count of sites as before
    assert _read("The partner built 285 shelters on three sites.", "en") == [
        ("285 shelters", 285, "other"), ("three sites", 3, "other")]
    assert _read("Some 20,000 IDPs live in 11 sites.", "en") == [("20,000 IDPs", 20_000, "persons"), ("11 sites", 11, "other")]


def test_a_count_in_parentheses_after_the_incidents_that_affected_people_counts_them():
    assert _read("Le dispositif a relevé 340 abus. Les femmes sont les plus touchées par ces violations (212) "
                 "devant les hommes (95).") == [
        ("340 abus", 340, "incidents"), ("212", 212, "persons"), ("95", 95, "persons")]
    assert _read("Monitors recorded 300 incidents. Women were the most affected by these incidents (180), followed by "
                 "men (90).", "en") == [("300 incidents", 300, "incidents"), ("180", 180, "persons"), ("90", 90, "persons")]
    # no people open the sentence, or no participle of harm: incidents
    assert _read("The district was hit by incidents (45) in May.", "en") == [("45", 45, "incidents")]
    assert _read("La commune a été touchée par des incidents (45).") == [("45", 45, "incidents")]
