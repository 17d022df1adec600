"""The facility words are data (``facility_words.csv``, ``territorial_heads.csv``), read through
the context rules: a maintainer who adds a facility's noun or an adjective of one changes what the
place readings call a building, with no code touched (invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.nlp import place_readings as readings
from pipeline.nlp.context import context_rules
from pipeline.reference import load_reference


@pytest.fixture(scope="module")
def rules():
    return context_rules(load_reference())


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("fr")


def test_the_data_files_fill_the_rules(rules):
    assert {"hopital", "market", "ecole"} <= rules.facility_nouns
    assert {"grande", "central"} <= rules.facility_qualifiers
    assert {"prefet", "emir", "governor"} <= rules.territorial_heads


def test_a_facility_noun_added_to_the_data_names_a_building(nlp, rules):
    span = nlp("Les blessés ont été évacués au Dispensaire Koyo de la ville.")[6:8]
    assert span.text == "Dispensaire Koyo"
    assert not readings.names_a_facility(span, rules)
    assert readings.names_a_facility(span, replace(rules, facility_nouns=rules.facility_nouns | {"dispensaire"}))


def test_a_qualifier_before_the_noun_is_read_from_the_data(nlp, rules):
    span = nlp("La prière a eu lieu à la Grande Mosquée hier.")[7:9]
    assert span.text == "Grande Mosquée"
    assert readings.opens_with_a_facility_noun(span, rules)
    assert not readings.opens_with_a_facility_noun(span, replace(rules, facility_qualifiers=frozenset()))
