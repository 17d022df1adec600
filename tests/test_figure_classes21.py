"""Figures, twenty-first pass: classes of counts read wrong on the sixteenth split (every sentence and
noun invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "en") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_participle_saying_who_heads_makes_the_noun_after_it_the_one_counted():
    assert _read("The team trained 80 women headed households on seed storage.") == [
        ("80 women headed households", 80, "households")]
    assert _read("Kits reached 35 elderly persons and 30 women led households.")[-1] == (
        "30 women led households", 30, "households")


def test_the_whole_after_out_of_takes_the_unit_of_its_part_whatever_adjective_follows():
    assert _read("In the ward, 40 cases out of total 52 recovered. 12 cases out of 52 dead (CFR 23%).") == [
        ("40 cases", 40, "incidents"), ("52", 52, "incidents"), ("12 cases", 12, "persons"), ("52", 52, "incidents")]
    # the part said dead counts people since the twenty-seventh pass (the gold's reading: the deaths among the cases)
    assert _read("2,400 children out of 4,100 people affected.")[-1] == ("4,100 people", 4_100, "persons")
    assert _read("12 cas sur un total de 40 notifiés.", "fr") == [("12 cas", 12, "incidents"), ("40", 40, "incidents")]


def test_a_full_month_name_and_its_full_stop_end_a_sentence_before_a_count():
    assert _read("Clashes broke out on 3 and 4 March. 42 persons were killed.") == [("42 persons", 42, "persons")]
    assert _read("The visit is planned for Jan. 12 in the capital.") == []


def test_a_comma_glued_to_the_word_before_does_not_hide_the_count():
    assert _read("Selon la mairie,240 ménages seraient sinistrés.", "fr") == [("240 ménages", 240, "households")]
    assert [f[1] for f in _read("Au total 1,5 million de personnes.", "fr")] == [1_500_000]


def test_a_lone_one_right_after_a_figure_and_a_comma_is_a_footnote_mark():
    assert _read("The district hosts over 12,000 displaced people, 1 with the most needs in the north.") == [
        ("12,000 displaced people", 12_000, "persons")]
    assert _read("Il y a 213 ménages à Alpha, 60 à Beta et 1 à Gamma.", "fr") == [
        ("213 ménages", 213, "households"), ("60", 60, "households"), ("1", 1, "households")]


def test_a_year_after_an_event_and_de_or_of_dates_it_whatever_noun_follows():
    assert _read("Des familles fuyant le conflit foncier de 2019 réinstallées à Beta.", "fr") == []
    assert _read("The crisis of 2018 returnees were counted.") == []
    assert _read("Les rapports font état de 1956 ménages déplacés.", "fr") == [("1956 ménages", 1956, "households")]
