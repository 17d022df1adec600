"""Figures, twenty-third pass: classes of counts read wrong on the eighteenth and nineteenth splits
(every sentence and noun invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "en") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_days_listed_before_the_month_they_share_are_dates():
    assert _read("Some 40 people were hurt and 9 went missing. The raids took place on 4 and 17 June "
                 "in Alpha.") == [("40 people", 40, "persons"), ("9", 9, "persons")]
    assert _read("Les pillages des 2, 6 et 11 avril ont touché 75 ménages.", "fr") == [("75 ménages", 75, "households")]
    assert _read("Il y a 3 et 5 personnes blessées.", "fr") == [("3", 3, "persons"), ("5 personnes", 5, "persons")]


def test_a_year_after_a_preposition_of_a_deadline_is_a_date():
    assert _read("The authorities said that by 2027 all sites in the district will be closed.") == []
    assert _read("D'ici 2030 tous les villages seront reliés au réseau.", "fr") == []
    assert _read("The centre was visited by 2000 people.") == [("2000 people", 2000, "persons")]


def test_others_count_what_the_sentence_before_counted():
    assert _read("En 2023, près de 64 000 personnes ont été sinistrées, dont la moitié des enfants. En 2024, "
                 "au 15 septembre, 12 000 autres ont été touchées par les crues.", "fr") == [
        ("64 000 personnes", 64_000, "persons"), ("12 000", 12_000, "persons")]


def test_a_word_of_time_or_standing_may_stand_before_the_counted_noun():
    assert _read("Au total 7 000 nouveaux déplacés rejoignent 3 500 anciens déplacés sur le site.", "fr") == [
        ("7 000 nouveaux déplacés", 7_000, "persons"), ("3 500 anciens déplacés", 3_500, "persons")]
    assert _read("The camp hosts 2,300 former refugees.") == [("2,300 former refugees", 2_300, "persons")]


def test_people_of_a_place_by_belonging_are_persons():
    assert _read("About 3,200 citizens left the town in March.") == [("3,200 citizens", 3_200, "persons")]
    assert _read("Quelque 140 villageois ont fui.", "fr") == [("140 villageois", 140, "persons")]


def test_taking_part_in_a_named_meeting_is_attendance():
    assert _read("Une trentaine de personnes prennent part à cet atelier de validation.", "fr") == []
    assert _read("About 25 people take part in the workshop on referral pathways.") == []
    assert _read("Quelque 1 200 personnes participent aux travaux communautaires.", "fr") == [
        ("1 200 personnes", 1_200, "persons")]


def test_a_noun_no_list_or_vector_knows_counts_persons_before_what_only_a_person_undergoes():
    from pipeline.evaluate_real import without_units

    from conftest import runtime

    reduced = without_units(REFERENCE, ["IDPs"])
    vocab = runtime().nlp.vocab
    read = [(f.text, f.value, f.unit) for f in figures_of_field(
        None, "body", "Some 40 IDPs who fled the fighting reached the camp.", "en", reduced, (), vocab)]
    assert read == [("40 IDPs", 40, "persons")]
    assert [(f.text, f.unit) for f in figures_of_field(None, "body", "Some 40 trucks who knows.", "en", REFERENCE, (),
                                                       vocab)] == [("40 trucks", "other")]


def test_a_group_count_restated_by_its_people_past_a_qualifier_or_a_participle_counts_households():
    from pipeline.evaluate_real import without_units

    from conftest import runtime

    vocab = runtime().nlp.vocab
    reduced = without_units(REFERENCE, ["ménages", "households"])
    read = [(f.text, f.unit) for f in figures_of_field(
        None, "body", "Les crues ont touché 8 240 ménages sinistrés, totalisant 41 300 personnes.", "fr", reduced, (), vocab)]
    assert read == [("8 240 ménages", "households"), ("41 300 personnes", "persons")]
    read = [(f.text, f.unit) for f in figures_of_field(
        None, "body", "Nearly 640 vulnerable households (3,100 people) arrived in Alpha.", "en", reduced, (), vocab)]
    assert read == [("640 vulnerable households", "households"), ("3,100 people", "persons")]
