"""Places in classes the thirteenth pass found on the moved ninth blind split (issue 13), each fixed
by structure: a cue-only name before an English admin level's word, a speaker before a verb of
speech, a holder after a role noun and first names, a treaty named after a town, a titled person's
surname elsewhere in the document. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as DocSpan
from test_real_failures import document

from pipeline.facts import PlaceMention, Span
from pipeline.nlp.components import fold_token
from pipeline.nlp.context import keep_folded_tokens
from pipeline.nlp.person_names import titled_surnames, without_titled_surnames
from pipeline.nlp.place_readings import named_after_a_role, named_after_a_title_noun

from conftest import runtime


def places(*fields: str) -> list[str]:
    return [e.text for doc in document(*fields) for e in doc.ents if e.label_ == "LOC"]


# -- misses ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a name the gazetteer reads only after a cue (it is also a word), before the level's word
    ("Two houses burnt in Ekondo village, Meme division, on Monday.", ["Ekondo", "Meme"]),
    ("Kits go to families in the Meme and Fako Divisions next week.", ["Meme", "Fako"]),
])
def test_a_cue_only_name_before_an_english_admin_levels_word(text, expected):
    assert places(text) == expected


def test_an_article_opening_a_sentence_before_a_levels_word_is_no_place():
    assert places("La province a reçu des kits. La province du Sud Kivu aussi.") == ["Sud Kivu"]


# -- false places -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Earlier, Okonkwari said the camps in Maiduguri were full.", ["Maiduguri"]),
    ("Le responsable des partenaires à Mopti et Djenné, Tiémoko Karabenta Sidibé, a salué leur effort.",
     ["Mopti", "Djenné"]),
])
def test_a_name_before_a_verb_of_speech_is_a_speaker(text, expected):
    assert places(text) == expected


def test_a_name_after_a_role_noun_and_first_names_is_the_holders():
    component = runtime().nlp.get_pipe("minutes_entities")
    doc = runtime().nlp("Yobe State Governor Tijani Musa Karumbiwa met partners. Le Chef Village Kombori a parlé.")
    keep_folded_tokens(doc, [fold_token(t.text) for t in doc])
    surname = DocSpan(doc, 5, 6, label="LOC")  # the NER reading the surname alone as a place
    assert surname.text == "Karumbiwa" and named_after_a_title_noun(doc, surname, component.rules)
    village = DocSpan(doc, 12, 13, label="LOC")  # a place after its cue, after a role noun
    assert village.text == "Kombori" and not named_after_a_title_noun(doc, village, component.rules)


@pytest.mark.parametrize("text", [
    "Returns were carried out in line with the Kampala Convention, officials in Bama said.",
    "La Convention de Kampala a été rappelée aux autorités de Bama.",
])
def test_a_place_inside_a_treatys_name_is_no_location(text):
    assert places(text) == ["Bama"]


def _place(text: str, method: str = "ner", place=None) -> PlaceMention:
    return PlaceMention(Span(1, "body", 0, len(text), text), method, place)


def test_a_titled_persons_surname_elsewhere_in_the_document_is_no_place():
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    texts = ["The delegation met Governor Adamu Kolowe in Maiduguri.", "Kolowe thanked the partners.",
             "Mr Ibrahim Tandawa of the ministry spoke next.", "Le Chef Village Kombori a reçu la mission."]
    # the surnames and the names' last words (fourteenth pass), not the village after its cue
    assert titled_surnames(texts, rules) == {"Kolowe", "Tandawa", "Adamu Kolowe", "Ibrahim Tandawa"}
    found = [_place("Kolowe"), _place("Tandawa", "context"), _place("Kombori")]
    assert [p.span.text for p in without_titled_surnames(found, texts, rules)] == ["Tandawa", "Kombori"]


@pytest.mark.parametrize("text, expected", [
    # a particle before a capitalised cue after its name ends no name
    ("La réunion a reçu des Gouverneurs de Région et des chefs d'agence à Niamey.", ["Niamey"]),
    # a noun a figure counts, capitalised after its count
    ("Au 30 juin, 12.345 Rapatriés et 4.321 Retournés ont été recensés à Gao.", ["Gao"]),
    # a people before its noun
    ("All families returned except for the Kudanga ethnic group, who stayed in Bambari.", ["Bambari"]),
    # a sector's name the NER reads as a place
    ("Presentation: links between FSL and Livelihoods in Bentiu.", ["Bentiu"]),
])
def test_words_read_as_something_else_are_no_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "ZS" (zone de santé) before a name; a hyphenated unit after a slash in a heading
    ("Les alertes de la ZS de Kitsombiro sont à vérifier.", ["Kitsombiro"]),
    ("Point humanitaire : GOMA/NORD-KIVU, MARS 2024", ["GOMA", "NORD-KIVU"]),
    # South Sudan's states as OCHA's reports shorten them
    ("Stable states such as NBeG were also found with people in need.", ["NBeG"]),
])
def test_drc_cues_and_short_forms_of_units(text, expected):
    # a field before them names the document's country (headings in capitals do not)
    context = ("Réunion tenue à Beni (Nord-Kivu) avec les équipes de Butembo et de Rutshuru en RDC."
               if "NBeG" not in text else "Partners met in Juba and Malakal, South Sudan.")
    assert places(context, text)[-len(expected):] == expected


def test_a_role_phrase_holding_an_acronym_in_parentheses_names_the_holder_after_the_comma():
    component = runtime().nlp.get_pipe("minutes_entities")
    doc = runtime().nlp("en présence du représentant du Bureau des affaires humanitaires (XYZA), Mahamane Sidi "
                        "Kountao et du préfet de Mopti.")
    keep_folded_tokens(doc, [fold_token(t.text) for t in doc])
    start = next(t.i for t in doc if t.text == "Mahamane")
    name = DocSpan(doc, start, start + 3, label="LOC")  # the NER reading the holder's name as a place
    assert name.text == "Mahamane Sidi Kountao" and named_after_a_role(doc, name, component.rules)
    place = DocSpan(doc, len(doc) - 2, len(doc) - 1, label="LOC")
    assert place.text == "Mopti" and not named_after_a_role(doc, place, component.rules)


def test_initials_in_parentheses_may_end_with_the_levels_initial():
    assert places("Aid reaches the Upper Nile and Unity States (UNUS) first; in UNUS needs grow.") == [
        "Upper Nile", "Unity", "UNUS", "UNUS"]
    # not an office's: only an admin level's word may stand between the places and the initials
    assert places("The Yobe State Office (YSO) opened in Damaturu.") == ["Damaturu"]
