"""Word lists that were constants in code are data (``facility_words.csv``, ``territorial_heads.csv``,
``place_named_heads.csv``, ``national_body_nouns.csv``, ``body_acts.csv``'s changes), read through the
context rules: a maintainer who adds a facility's noun, an adjective of one or a head named after its
place changes what the readings do, with no code touched (invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.facts import Figure
from pipeline.nlp import context as ctx
from pipeline.nlp import figures as fg
from pipeline.nlp import place_readings as readings
from pipeline.nlp.acting_bodies import _verb_of_acting_after
from pipeline.nlp.context import _named_after_its_place, context_rules, folded_tokens
from pipeline.reference import load_reference

from conftest import runtime


@pytest.fixture(scope="module")
def rules():
    return context_rules(load_reference())


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("fr")


def test_the_data_files_fill_the_rules(rules):
    assert {"hopital", "market", "ecole"} <= rules.facility_nouns
    assert {"grande", "central"} <= rules.facility_qualifiers
    assert {"secondary", "girls", "house"} <= rules.government_building_words
    assert {"prefet", "emir", "governor"} <= rules.territorial_heads
    assert {"ambassade", "university"} <= rules.place_named_heads and rules.venue_heads == {"gouvernorat"}
    assert {"croix rouge", "croix-rouge", "red crescent", "consulat"} <= rules.national_body_nouns
    assert rules.national_body_firsts == {"rouge": ("croissant", "croix"), "cross": ("red",), "crescent": ("red",)}


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


def test_a_venue_head_is_the_building_after_a_preposition_of_place(nlp, rules):
    office = nlp("Le Gouvernorat de Koro estime les besoins.")
    venue = nlp("La réunion s'est tenue au Gouvernorat de Koro.")
    at = [t.i for t in venue if t.text == "Gouvernorat"][0]
    assert _named_after_its_place(office, 1, folded_tokens(office), rules)
    assert not _named_after_its_place(venue, at, folded_tokens(venue), rules)
    as_a_name = replace(rules, place_named_heads=rules.place_named_heads | {"gouvernorat"}, venue_heads=frozenset())
    assert _named_after_its_place(venue, at, folded_tokens(venue), as_a_name)


def test_a_change_participle_in_the_data_is_no_body_acting(nlp, rules):
    """"ZRT has increased …" is a rate changing (``body_acts.csv``'s side ``change``); with the row gone
    the English perfect reads a body acting."""
    doc = nlp("ZRT has increased in the camps.")
    assert not _verb_of_acting_after(doc, 0, folded_tokens(doc), rules.body_acts_by_side)
    without = replace(rules, body_acts=tuple(a for a in rules.body_acts if a != ("increased", "change")))
    assert _verb_of_acting_after(doc, 0, folded_tokens(doc), without.body_acts_by_side)


def test_a_word_government_qualifies_is_read_from_the_data(nlp, rules):
    """"the <town> government annex": "annex" is no word of ``facility_words.csv``, so "government" is read
    as a body's word; added under ``government``, the word makes "government" the annex's qualifier."""
    doc = nlp("IDPs sheltered at the Bilo government annex near the market.")
    at = [t.i for t in doc if t.text == "government"][0]
    assert not readings.government_building(doc, at, rules)
    annex = replace(rules, government_building_words=rules.government_building_words | {"annex"})
    assert readings.government_building(doc, at, annex)


def test_the_place_readings_words_are_data(nlp, rules):
    """``place_reading_words.csv``: a team's noun, an image credit's word, a state's form and a
    title's level read from the data; a word a maintainer adds there changes the reading."""
    assert {"team", "equipe"} <= rules.team_nouns and {"photo", "©"} <= rules.credit_words
    assert {"royaume", "kingdom"} <= rules.kingdom_words and {"regional", "provinciale"} <= rules.title_levels
    doc = nlp("Brigade : Halida, Morwen et Tessaly.")
    morwen = doc[4:5]
    assert morwen.text == "Morwen" and not readings.listed_in_a_team(doc, morwen, rules)
    assert readings.listed_in_a_team(doc, morwen, replace(rules, team_nouns=rules.team_nouns | {"brigade"}))
    doc = nlp("Image : Kabap, 2024")
    kabap = doc[2:3]
    assert kabap.text == "Kabap" and not readings.names_a_credit(doc, kabap, rules)
    assert readings.names_a_credit(doc, kabap, replace(rules, credit_words=rules.credit_words | {"image"}))


# place_readings' vocabularies (place_reading_words.csv)


def test_place_reading_words_fill_the_vocabularies(rules):
    """The content words that were place_readings' constants are ``place_reading_words.csv``'s kinds;
    a noun of armed men of two words is read as its words."""
    assert rules.state_words == {"state"} and {"government", "gouvernement"} <= rules.government_words
    assert {"govt", "gouvt"} <= rules.government_abbreviations and {"axe", "troncon"} <= rules.axis_words
    assert {"boma"} <= rules.level_words_after and {"forces", "gendarmerie"} <= rules.force_heads
    assert {"programme", "ong"} <= rules.body_kind_nouns and {("milices",), ("groupes", "armes")} <= rules.armed_nouns
    assert {"ag", "ould"} <= rules.patronyms and {"agences", "cluster"} <= rules.inter_nouns
    assert {"named", "appelee"} <= rules.naming_words and {"environs", "outskirts"} <= rules.surroundings
    assert {"convention", "traite"} <= rules.treaty_nouns and {"accords", "charte"} <= rules.lower_case_treaty_nouns
    assert "traite" not in rules.lower_case_treaty_nouns and {"avec", "sans"} <= rules.consent_before
    assert {"affrontements", "clashes"} <= rules.clash_nouns and {"ethnic", "tribe"} <= rules.people_nouns_after
    assert rules.people_nouns_before == {"ethnie", "tribu", "clan"} and {"membres", "members"} <= rules.member_words
    assert {"central", "centre"} <= rules.zone_adjectives and {"sahel", "afrique"} <= rules.wide_areas
    assert {"african", "africains"} <= rules.continent_peoples


def test_a_force_head_added_to_the_data_closes_a_force_name(nlp, rules):
    doc = nlp("La Brigade Mobile de Tarvel a quitte la ville.")
    tarvel = doc[4:5]
    assert tarvel.text == "Tarvel" and not readings.closes_a_force_name(doc, tarvel, rules)
    assert readings.closes_a_force_name(doc, tarvel, replace(rules, force_heads=rules.force_heads | {"brigade"}))


def test_a_body_kind_added_to_the_data_defines_a_body(nlp, rules):
    doc = nlp("Zelvora est une plateforme nationale qui soutient les familles.")
    assert not readings.defined_as_a_body(doc, doc[0:1], rules)
    assert readings.defined_as_a_body(doc, doc[0:1], replace(rules, body_kind_nouns=rules.body_kind_nouns | {"plateforme"}))


def test_a_noun_of_armed_men_of_two_words_is_read_from_the_data(nlp, rules):
    doc = nlp("The armed groups Torvak looted the market.")
    torvak = doc[3:4]
    assert torvak.text == "Torvak" and readings.names_an_armed_group(doc, torvak, rules)
    assert not readings.names_an_armed_group(doc, torvak, replace(rules, armed_nouns=rules.armed_nouns - {("armed", "groups")}))
    doc = nlp("Les brigands Torvak ont pille le marche.")
    assert not readings.names_an_armed_group(doc, doc[2:3], rules)
    assert readings.names_an_armed_group(doc, doc[2:3], replace(rules, armed_nouns=rules.armed_nouns | {("brigands",)}))


def test_a_patronym_added_to_the_data_names_a_person(nlp, rules):
    span = nlp("Idrissa Walad Karmo")[0:3]
    assert not readings.patronymic_name(span, rules)
    assert readings.patronymic_name(span, replace(rules, patronyms=rules.patronyms | {"walad"}))


def test_a_clash_noun_added_to_the_data_makes_its_parties_no_places(nlp, rules):
    doc = nlp("Des querelles entre Kolvo et Marzin ont eclate hier.")
    kolvo, marzin = 3, 5
    assert not readings.party_to_a_clash(doc, kolvo, rules) and not readings.party_to_a_clash(doc, marzin, rules)
    quarrels = replace(rules, clash_nouns=rules.clash_nouns | {"querelles"})
    assert readings.party_to_a_clash(doc, kolvo, quarrels) and readings.party_to_a_clash(doc, marzin, quarrels)


def test_a_peoples_and_a_treatys_noun_added_to_the_data(nlp, rules):
    doc = nlp("The Tovar caste keeps the Velmar Pact signed last year.")
    tovar, velmar = doc[1:2], doc[5:6]
    assert not readings.names_a_people_by_its_noun(doc, tovar, rules)
    assert readings.names_a_people_by_its_noun(doc, tovar, replace(rules, people_nouns_after=rules.people_nouns_after | {"caste"}))
    assert not readings.in_a_treaty_name(doc, velmar, rules)
    assert readings.in_a_treaty_name(doc, velmar, replace(rules, treaty_nouns=rules.treaty_nouns | {"pact"}))


def test_an_axis_noun_and_a_wide_area_added_to_the_data(nlp, rules):
    doc = nlp("la piste Kabindo-Murako")
    assert readings.axis_ends(doc, 2, len(doc), rules, ()) == [(2, len(doc))]
    tracks = replace(rules, axis_words=rules.axis_words | {"piste"})
    assert readings.axis_ends(doc, 2, len(doc), tracks, ()) == [(2, 3), (4, 5)]
    doc = nlp("La secheresse frappe le West Maghreb cette annee.")
    west = doc[4:5]
    assert west.text == "West" and not readings.divides_a_wide_area(doc, west, rules)
    assert readings.divides_a_wide_area(doc, west, replace(rules, wide_areas=rules.wide_areas | {"maghreb"}))
# the context rules' vocabularies (context_words.csv)

def test_the_context_words_fill_the_rules_and_the_reference(rules):
    """``context_words.csv``: each kind fills its field, folded, a new town's prefix as written."""
    reference = load_reference()
    assert rules.remit_or_place_heads == {"departement"} and {"route", "rue", "piste"} <= rules.road_words
    assert {"charge", "chargee"} <= rules.charge_words and {"family", "monthly", "july"} <= rules.ly_not_adverbs
    assert rules.united_nations_acronyms == {"onu"} and {"systeme", "system"} <= rules.un_system_nouns
    assert {"bulletin", "dashboard"} <= rules.publication_nouns and {"headquarters", "hq"} <= rules.office_words
    assert rules.cross_sector_words == {"inter", "multi"} and rules.water_words == {"lac", "lake"}
    assert rules.place_name_prefixes == {"New", "Old"}  # compared as written: "new" is no prefix
    assert {"fcfa", "usd", "naira"} <= reference.money_nouns and {"ans", "years", "mois"} <= reference.age_words
    assert reference.measure_words == {"head", "heads"}


def test_an_ly_word_in_the_data_keeps_un_a_qualifier(nlp, rules):
    """"The UN monthly report": "monthly" no adverb, "UN" no subject; with the row gone it reads as one."""
    doc = nlp("The UN monthly report on Zorgoland is out.")
    assert ctx.united_nations_named(doc, set(), rules) == []
    assert ctx.united_nations_named(doc, set(), replace(rules, ly_not_adverbs=rules.ly_not_adverbs - {"monthly"})) == [(1, 2)]


def test_an_acronym_of_the_un_added_to_the_data_names_the_un(nlp, rules):
    doc = nlp("Le rapport de l'OUN sur Zorgoland est paru.")
    assert ctx.united_nations_named(doc, set(), rules) == []
    oun = replace(rules, united_nations_acronyms=rules.united_nations_acronyms | {"oun"})
    assert ctx.united_nations_named(doc, set(), oun) == [(4, 5)]


def test_a_un_system_noun_added_to_the_data_names_the_un_in_a_title(nlp, rules):
    doc = nlp("He met the Coordinator of the United Nations Family in Zorgoland.")
    assert ctx._un_system_in_a_title(doc, folded_tokens(doc), set(), rules) == []
    family = replace(rules, un_system_nouns=rules.un_system_nouns | {"family"})
    assert ctx._un_system_in_a_title(doc, folded_tokens(doc), set(), family) == [(6, 9)]


def test_a_publication_noun_in_the_data_closes_a_title(nlp, rules):
    almanac, bulletin = nlp("Zorgoland Humanitarian Almanac")[:], nlp("Zorgoland Humanitarian Bulletin")[:]
    assert ctx.names_a_publication(bulletin, rules) and not ctx.names_a_publication(almanac, rules)
    assert ctx.names_a_publication(almanac, replace(rules, publication_nouns=rules.publication_nouns | {"almanac"}))
    assert not ctx.names_a_publication(bulletin, replace(rules, publication_nouns=frozenset()))


def test_an_office_noun_in_the_data_leaves_its_town_a_place(nlp, rules):
    """"Zorgo Relief Headquarters Kalmar": the town the office is in stands beside the name."""
    doc = nlp("Zorgo Relief Headquarters Kalmar")
    assert ctx.place_beside_a_name(doc, doc[3:4], doc[:], rules)
    assert not ctx.place_beside_a_name(doc, doc[3:4], doc[:], replace(rules, office_words=rules.office_words - {"headquarters"}))
    doc = nlp("Zorgo Relief Depot Kalmar")
    assert not ctx.place_beside_a_name(doc, doc[3:4], doc[:], rules)
    assert ctx.place_beside_a_name(doc, doc[3:4], doc[:], replace(rules, office_words=rules.office_words | {"depot"}))


def test_a_road_noun_in_the_data_is_no_town_after_a_hyphen(nlp, rules):
    assert ctx._road_word(nlp("Route")[:], rules) and not ctx._road_word(nlp("Track")[:], rules)
    assert ctx._road_word(nlp("Track")[:], replace(rules, road_words=rules.road_words | {"track"}))


def test_a_cross_sector_word_in_the_data_names_a_coordination_body(nlp, rules):
    """"INTER SECTOR": all sectors' coordination, a body; "PAN SECTOR" a field of work until "pan" is added."""
    inter, pan = nlp("Réunion du INTER SECTOR à Zorgo"), nlp("Réunion du PAN SECTOR à Zorgo")
    assert ctx.coordination_names(inter, rules, set()) == [(2, 4)] and ctx.coordination_names(pan, rules, set()) == []
    assert ctx.coordination_names(pan, replace(rules, cross_sector_words=rules.cross_sector_words | {"pan"}), set()) == [(2, 4)]
    assert ctx.coordination_names(inter, replace(rules, cross_sector_words=frozenset()), set()) == []


def test_a_currency_in_the_data_makes_a_figure_an_amount():
    reference = load_reference()
    amount = Figure(None, "body", 0, 10, "45 000 cedis", 45_000, "other", "cedis", "", None, None, None, "")
    assert not fg.is_money(amount, reference)
    assert fg.is_money(amount, replace(reference, money_nouns=reference.money_nouns | {"cedis"}))
    assert fg.is_money(replace(amount, unit_text="FCFA"), reference)


def test_an_age_word_and_a_measure_word_in_the_data_are_read_by_the_figures():
    reference = load_reference()
    sexes = reference.figure_context.get("sex_column", {})
    line = "Enfants 0-4 semaines 12 15"
    assert fg._age_sex_run(line, sexes, reference.age_words) == (line.index("12"), False)
    weeks = replace(reference, age_words=reference.age_words | {"semaines"})
    assert fg._age_sex_run(line, sexes, weeks.age_words) == (line.index("0-4"), False)
    text = "In total 300 flocks of goats were lost in Zorgo."
    assert fg.figures_of_field(None, "body", text, "en", reference) == []
    flocks = replace(reference, measure_words=reference.measure_words | {"flocks"})
    assert [(f.value, f.unit_text) for f in fg.figures_of_field(None, "body", text, "en", flocks)] == [(300, "goats")]


def test_a_water_noun_and_a_town_prefix_in_the_data_join_a_place_name():
    """"Lago Tchad", "Nouveau Kaya": a water's noun before its country and a new town's prefix (as written)
    make one place's name once ``context_words.csv`` has them; "Lac Tchad" splits with the water rows gone."""
    nlp = runtime().nlp
    entities = nlp.get_pipe("minutes_entities")
    rules = entities.rules

    def places(text: str) -> list[str]:
        return [e.text for e in nlp(text).ents if e.label_ == "LOC"]

    lago, nouveau = "Des pêcheurs ont quitté les rives du Lago Tchad mardi.", "Les familles sont arrivées de Nouveau Kaya mardi."
    assert places(lago) == ["Lago", "Tchad"] and places(nouveau) == ["Kaya"]
    try:
        entities.rules = replace(rules, water_words=rules.water_words | {"lago"},
                                 place_name_prefixes=rules.place_name_prefixes | {"Nouveau"})
        assert places(lago) == ["Lago Tchad"] and places(nouveau) == ["Nouveau Kaya"]
        assert places("Les familles sont arrivées de nouveau Kaya mardi.") == ["Kaya"]  # as written: capitalised only
        entities.rules = replace(rules, water_words=frozenset())
        assert places("Des pêcheurs ont quitté les rives du Lac Tchad mardi.") == ["Lac", "Tchad"]
    finally:
        entities.rules = rules


# -- reading the kinds' files --------------------------------------------------------------------

def test_each_kinds_file_is_read_once(monkeypatch):
    """``tables.terms_by_kind``: a file of many kinds (``place_reading_words.csv``'s 27) is read once, not
    once per kind (regression: one read per kind)."""
    from pipeline.config import RESOURCES_DIR
    from pipeline.reference import tables

    reads: list[str] = []
    read_rows = tables.read_rows
    monkeypatch.setattr(tables, "read_rows", lambda name, directory: reads.append(name) or read_rows(name, directory))
    terms = tables.terms_by_kind(RESOURCES_DIR)
    assert sorted(reads) == sorted({filename for filename, _kind in tables.TERMS_OF_KIND.values()})
    assert terms["kingdom_words"] == {"royaume", "kingdom"} and "©" in terms["credit_words"]


def test_the_rules_take_every_kinds_set_the_reference_has(rules):
    """``context_rules`` fills each ContextRules field a data file's kind fills, as the Reference holds it
    (the armed nouns split into words)."""
    from dataclasses import fields

    from pipeline.reference.tables import TERMS_OF_KIND

    reference = load_reference()
    names = set(TERMS_OF_KIND) & {f.name for f in fields(rules)}
    assert len(names) >= 50
    for name in names - {"armed_nouns"}:
        assert getattr(rules, name) == getattr(reference, name), name
    assert rules.armed_nouns == {tuple(noun.split()) for noun in reference.armed_nouns}
