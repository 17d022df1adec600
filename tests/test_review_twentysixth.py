"""Review of the twenty-sixth pass: each test is a finding, shown on an INVENTED sentence (names are
shapes only: "Kalowa", "Bilo" are no real villages), that fails on the code before its fix."""

from __future__ import annotations

from test_real_failures import texts

from pipeline.nlp import context as ctx
from pipeline.nlp import place_readings as readings
from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE, runtime


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_place_a_clause_opens_with_before_a_noun_of_persons_stays_a_place():
    # named_as_a_person read "<village>, a woman" as a person set off by a noun of persons
    assert texts("On 12 March in Bilo, a woman was killed by unidentified gunmen.", "LOC") == ["Bilo"]
    assert texts("In Kalowa, a child of five died of cholera on Monday.", "LOC") == ["Kalowa"]
    assert texts("À Bilo, une femme a été tuée par des hommes armés le 12 mars.", "LOC") == ["Bilo"]
    # the person set off by the noun stays a person
    assert texts("We met Tolani, a woman in her sixties, who fled the fighting.", "LOC") == []
    assert texts("Nous avons rencontré Fatou, une femme de 40 ans, à Kaya.", "LOC") == ["Kaya"]


def test_universities_named_after_their_towns_survive_the_plural_ministries_rule():
    # the organisations' pass stopped a plural head before a place ("des ministères de Kalo, de Bilo");
    # the places' pass named universities after their towns: merged, "Universités de <town>" was lost
    text = "Les représentants des Universités de Kaya et de Dori ont participé à l'atelier."
    assert texts(text, "ORG") == ["Universités de Kaya"]
    assert texts(text, "LOC") == []
    assert texts("Des ministères de Bilo, de Kalo et de Mopti étaient présents.", "ORG") == []


def test_a_year_shaped_count_before_a_capitalised_noun_of_people_is_a_count():
    assert _read("Au total, 2018 Personnes Déplacées Internes ont été enregistrées à Kaya.") == [
        ("2018 Personnes", 2018, "persons")]
    assert _read("RAPPORT DE LA SAISON DES PLUIES 2021 Carte N°3 : Cumul des pluies du 1er juin au 30 septembre.") == []


def test_a_name_after_a_dateline_dash_is_no_common_word():
    # "<date> – Held @ <office>": a word of the language there; a village's name opens a dateline
    assert texts("Bulletin du 12 mars 2021 – Kalowa : 300 déplacés sont arrivés.", "LOC") == ["Kalowa"]
    assert texts("Flash Update 3, 12 March 2021 – Kalowa village attacked.", "LOC") == ["Kalowa"]


def test_one_glued_hyphen_helper():
    # place_readings had a second _glued_hyphen of its own, with other hyphens than context's
    assert readings._glued_hyphen is ctx._glued_hyphen
    doc = runtime().nlp.make_doc("the UN Assistant-Secretary General")
    assert [t.i for t in doc if ctx._glued_hyphen(doc, t.i)] == [3]
