"""Places in classes the seventeenth pass found on the moved twelfth blind split, each fixed by
structure: a person's name read by its given names. Every sentence and unknown name here is
INVENTED."""

from __future__ import annotations

import pytest
from test_place_classes11 import places

from pipeline.nlp.person_names import written_as_a_persons_name

GIVEN = frozenset({"aicha", "el hadji", "kouassi", "victor", "moussa"})


@pytest.mark.parametrize("words, expected", [
    (["Aicha", "Tanko", "BOUREIMA"], True),  # given name, second name, surname in capitals
    (["El", "Hadji", "Souley"], True),  # an honorific opening the name
    (["Kouassi", "Amani", "Tiegbe"], True),
    (["Balé", "Victor", "KONDOMBO"], True),
    (["Ouro-Moussa", "Kambo"], False),  # a village named after a person: one hyphened word
    (["Hamdallaye", "Moussa"], False),  # the given name last: "<place> Moussa" keeps its place
    (["Aicha"], False),  # one word: no name's shape
    (["Kouassi", "la", "ville"], False),  # lower-case words: prose, not a name
])
def test_a_name_with_a_given_name_before_its_last_word(words, expected):
    assert written_as_a_persons_name(words, GIVEN) is expected


@pytest.mark.parametrize("text", [
    "La trentaine de participants, dont l'ancienne députée Aminata Yacouba SANOGO, a parlé du prix du mil.",
    "« Nous condamnons ces attaques », a dit Kouassi Amani Tiegbe, représentant du bureau.",
])
def test_a_persons_name_is_no_place(text):
    assert places(text) == []


@pytest.mark.parametrize("text, expected", [
    # a place cue after the name, in lower case: the area, not a "<place> local Government" body
    ("Gunmen attacked two wards of the Damboa local government area last week.", ["Damboa"]),
    ("The CAR transitional Government met the donors.", []),
])
def test_a_local_government_area_is_a_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report's title after the state's name: no state body
    ("Adamawa State Situation Update (12 March 2023)", ["Adamawa"]),
    ("The Borno State Ministry of Health opened two clinics.", []),
])
def test_a_reports_title_after_a_state_is_no_body(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "Les déplacés de la région de Tillabéry sont arrivés à Niamey.",
    "RAPPORT MENSUEL / TILLABÉRY & SUIVI DES INCIDENTS",
])
def test_the_y_spelling_of_tillaberi_is_the_region(text):
    assert any(name.lower() == "tillabéry" for name in places(text))


@pytest.mark.parametrize("text, expected", [
    ("Over 300 cases of Hepatitis E were reported in Goz Beida.", ["Goz Beida"]),
    ("Des cas d'hépatite E sont signalés à Abéché.", ["Abéché"]),
])
def test_a_hepatitis_is_no_place(text, expected):
    assert places(text) == expected


def test_a_word_glued_to_the_line_before_is_no_place():
    """A line's first word run on into the previous line's last word by the text's extraction."""
    text = "Inondations dans le cercle de Bourem et pluies tardivesAbandon de 120 ha de riz à cause de la crue"
    assert "Abandon" not in places(text)


def orgs(text: str) -> list[str]:
    from test_place_classes11 import orgs as read_orgs
    return read_orgs(text)


@pytest.mark.parametrize("text, expected_places, expected_orgs", [
    # a compass word before the acronym: the country, and its other mentions outside a list of bodies
    ("Clashes displaced 20,000 people across eastern DRC. Aid to DRC remains underfunded.",
     ["DRC", "DRC"], []),
    # a list of bodies: the Danish Refugee Council
    ("UNHCR, DRC and NRC met the community leaders in Goma.", ["Goma"], ["UNHCR", "DRC", "NRC"]),
])
def test_a_countrys_acronym_shared_with_a_body(text, expected_places, expected_orgs):
    assert places(text) == expected_places
    assert orgs(text) == expected_orgs


@pytest.mark.parametrize("name", ["Hope Relief", "Kalamaloue"])
def test_an_attendees_organisation_closing_a_list_line_is_no_place(name):
    """"• <first> <name>, <body>" lines, one closing on a known organisation: the name closing
    another such line is an attendee's organisation, whatever the NER read."""
    import spacy

    from pipeline.nlp.place_readings import closes_an_attendance_line

    text = f"Participants\n  • Amina Bello, IRC\n  • Garba Tanko, {name}\n  • Musa Ali, {name}\n"
    doc = spacy.blank("en")(text)
    orgs = {t.i for t in doc if t.text == "IRC"}
    at = text.rindex(name)
    span = doc.char_span(at, at + len(name))
    assert closes_an_attendance_line(doc, span, orgs)
    prose = spacy.blank("en")(f"The team travelled to {name} last week, IRC said.")
    at = prose.text.index(name)
    assert not closes_an_attendance_line(prose, prose.char_span(at, at + len(name)), {len(prose) - 3})


def test_a_name_before_a_data_tools_noun_is_no_place():
    """"the <name> form": a data-collection tool; a place keeps a cue after it ("the Bakassi camp")."""
    from test_real_failures import document

    from pipeline.nlp.context import ContextRules
    from pipeline.nlp.place_readings import names_a_tool

    doc = document("Partners were asked to fill the Zaraki form before the meeting.")[0]
    rules = ContextRules(tool_nouns=frozenset({"form"}))
    assert names_a_tool(doc, doc[6:7], rules)  # "Zaraki" before "form"
    assert not names_a_tool(doc, doc[0:1], rules)
    assert "Zaraki" not in places("Partners were asked to fill the Zaraki form before the meeting in Bama.")


@pytest.mark.parametrize("text, absent", [
    ("Floods in Tillabéri – Created: 12/03/2021 +", "Created"),
    ("Returns in Mopti – Updated: 4 May 2022", "Updated"),
])
def test_a_titles_line_join_ends_a_list_of_places(text, absent):
    """The header joins a title's lines with " – ": a label on the next line is no listed place."""
    assert absent not in places(text)


@pytest.mark.parametrize("text, expected", [
    # an elided initial opens the name: no known "Poko" of another country, the whole name a place
    ("Families left the M’Poko site for their former neighbourhood.", ["M’Poko"]),
    ("Les ménages du site de M'Poko sont rentrés chez eux.", ["M'Poko"]),
])
def test_a_name_opened_by_an_elided_initial_is_read_whole(text, expected):
    assert places(text) == expected
