"""Figures, twenty-seventh pass: false counts and lost counts of the twenty-third split and of dev, by their
shape (every sentence and number invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field
from pipeline.nlp.numbers import find_numbers

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_decimal_comma_before_million_in_english_is_a_decimal():
    assert [n.value for n in find_numbers("The plan asks for US$ 23,45 million.", "en", REFERENCE)] == [23_450_000]
    assert _read("The appeal asks for US$ 23,45 million for the response.", "en") == [
        ("23,45 million", 23_450_000, "other")]
    assert _read("The plan requires 7,5 million dollars.", "en") == [("7,5 million dollars", 7_500_000, "other")]
    # three digits after the comma group thousands, in English as before; the decimal point as before
    assert [n.value for n in find_numbers("USD 1,250 million and USD 3.25 million", "en", REFERENCE)] == [
        1_250_000_000, 3_250_000]


def test_a_count_restated_in_words_right_after_its_digits_is_one_count():
    assert _read("The attack killed 4 (four) children.", "en") == [("4 (four) children", 4, "persons")]
    assert _read("Au total 3 (trois) enfants ont été enlevés.") == [("3 (trois) enfants", 3, "persons")]
    assert _read("The flood killed 6 six children.", "en") == [("6 six children", 6, "persons")]
    # the words are another number: both as before
    assert _read("The teams reached 4 villages and two schools.", "en") == [
        ("4 villages", 4, "other"), ("two schools", 2, "other")]


def test_an_age_limit_restated_or_in_words_between_a_count_and_children_is_no_count():
    assert _read("The teams weighed 31,720 under 2 two children during the round.", "en") == [
        ("31,720 under 2 two children", 31_720, "persons")]
    assert _read("The teams screened 12,400 under five children in May.", "en") == [
        ("12,400 under five children", 12_400, "persons")]
    assert _read("Vaccination reached 3,400 children under five in the district.", "en") == [
        ("3,400 children", 3400, "persons")]
    # a scale after the digits, or no child noun: a count as before
    assert _read("The crisis affects under 5 million people.", "en") == [("5 million people", 5_000_000, "persons")]
    assert _read("Staff reported under 5 incidents this week.", "en") == [("5 incidents", 5, "incidents")]


def test_operations_carried_out_are_no_count():
    assert _read("Le commandement a confirmé la réalisation de trois opérations aériennes au nord.") == []
    assert _read("The force announced the completion of three operations in the east.", "en") == []
    assert _read("The army conducted 12 patrols along the road.", "en") == []
    # what the operations reached counts
    assert _read("La conduite de deux opérations a permis de libérer 14 otages.") == [("14 otages", 14, "persons")]


def test_people_of_a_function_who_met_are_the_meeting_s_own():
    assert _read("Une quinzaine de membres du cabinet réunis lundi autour du gouverneur pour arrêter un calendrier.") == []
    assert _read("Ce matin, une douzaine de préfets se sont rencontrés à la préfecture pour un atelier de planification.") == []
    assert _read("Neuf chefs de canton se sont réunis avec le préfet.") == []
    # no meeting or function after the verb, or no function: counts
    assert _read("Une dizaine de chefs coutumiers ont été enlevés.") == [("Une dizaine de chefs", 10, "persons")]
    assert _read("Une vingtaine de membres du groupement réunis sur le site ont reçu des vivres.") == [
        ("Une vingtaine de membres", 20, "persons")]
    assert _read("About 300 people gathered at the market.", "en") == [("300 people", 300, "persons")]


def test_a_small_bare_number_before_a_noun_of_money_is_a_heading_s():
    assert _read("Receipts so far $ 2.1 M (12%) 2 Funding Trends and Gaps In 2021, the agency asks for more.",
                 "en") == [("2.1 M", 2_100_000, "other")]
    assert _read("Le plan prévoit 2 financements nouveaux.") == []
    # an amount in thousands or more stays one
    assert _read("Key figures 41.7 M Funding sought", "en") == [("41.7 M Funding", 41_700_000, "other")]


def test_members_of_an_institution_named_by_its_capitalised_head_are_the_body_s_own():
    from conftest import runtime

    vocab = runtime().nlp.vocab  # the word vectors read members as people

    def read(text: str, language: str = "fr") -> list[tuple]:
        return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE, (), vocab)]

    assert read("Le gouverneur était accompagné de trois membres du Conseil communal de Paix.") == []
    assert read("The envoy met 4 members of the Provincial Council.", "en") == []
    # a group, an armed group, a body in lower case: people
    assert read("On compte 140 membres du groupement parmi les nouveaux arrivants.") == [("140 membres", 140, "persons")]
    assert read("Gunmen killed 12 members of the committee.", "en") == [("12 members", 12, "persons")]


def test_a_function_word_glued_to_a_listed_plural_noun_leaves_the_noun_counted():
    assert _read("Partners plan 12,000 bednetsfor the reopened wards.", "en") == [("12,000 bednets", 12_000, "other")]
    assert _read("Le partenaire a construit 120 latrinesdans les sites.") == [("120 latrines", 120, "other")]
    # a listed noun as written, or a word that only ends like one: as before
    assert _read("The region counts 300 persons in need.", "en") == [("300 persons", 300, "persons")]
    assert _read("The partner repaired 14 latrines in the camp.", "en") == [("14 latrines", 14, "other")]


def test_cases_out_of_a_whole_said_dead_are_people():
    assert _read("Outbreak update: 48 cases out of a total of 52 alive. 4 cases out of 52 dead (CFR: 7.7%).", "en") == [
        ("48 cases", 48, "incidents"), ("52", 52, "incidents"), ("4 cases", 4, "persons"), ("52", 52, "incidents")]
    # no state after the whole: incidents as before
    assert _read("The lab confirmed 12 cases out of 40 in May.", "en")[0] == ("12 cases", 12, "incidents")


def test_a_collective_numeral_of_people_of_a_function_counts_people():
    assert _read("Une trentaine de ministres ont participé au lancement du plan.") == []
    assert _read("Une quinzaine de coordinateurs ont suivi la formation.")[0][2] == "persons"
    # a thing after the collective numeral: as before
    assert _read("Une dizaine de hameaux ont été incendiés.") == [("Une dizaine de hameaux", 10, "other")]
