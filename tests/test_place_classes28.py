"""Places in classes the twenty-eighth pass found on dev: places found only because a list knows their
name (the leave-names-out misses), grouped by the context they stand in, and readings of words of
titles, headers and roles as places, each gated by its shape so that it holds in any document.
Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places

from pipeline.nlp import context as ctx
from pipeline.nlp import mentions

from conftest import REFERENCE, minutes_of, read, runtime

# -- precision: words of titles, headers and roles ------------------------------------------------

def test_a_short_plural_of_a_word_in_a_title_is_no_place():
    """"Review of Gaps by Payam": a four-letter plural whose singular is a word of the language
    too ("gaps", "gap") is a heading's common noun, no place (no place of the region is such a plural)."""
    assert places("Agenda: 1. Opening 2. Review of Gaps by Payam 3. AOB") == []


def test_an_abstract_noun_and_its_adjective_after_a_strong_cue_is_no_place():
    """"les axes de la Réponse Humanitaire": an abstract noun and its French-order adjective are a
    theme's words even after a strong cue ("axes"); a road's town after "axe" stays a place."""
    assert places("Les principaux axes de la Réponse Humanitaire ont été validés à Niamey.") == ["Niamey"]
    assert places("Sur l'axe Kalodo-Tamboukiri, les véhicules circulent de nouveau.") == ["Kalodo", "Tamboukiri"]


def test_head_after_a_persons_name_is_a_function():
    """"<given> <SURNAME>, Head, Public Information Unit": the person's function ("head" in
    role_words.csv), no place."""
    assert "Head" not in places("For more information: Mr. Tobias KAMARA,Head, Public Information Unit, "
                                "email: info@example.org")


def test_a_country_after_an_agency_in_a_reports_title_is_a_place():
    """"<AGENCY> <Country> Humanitarian Situation Report": the words after the country close a report's
    title (``document_kinds.csv``), so the country is the report's place, not a country office's part
    (the agency inside a publication's name is doubtful by the gold conventions); "REACH Mali a
    publié …" stays one country office."""
    assert places("UNICEF Niger Humanitarian Situation Report, 30 September 2019") == ["Niger"]
    assert places("ZOA Tchad Flash Update 3") == ["Tchad"]
    assert places("REACH Mali a publié une nouvelle évaluation.") == []


def test_a_country_opening_a_flash_title_before_its_sources_is_a_place():
    """"<Country> – Floods (DG ECHO, UN agencies, IFRC)": the country and the event titling a flash,
    its sources listed after it; the title is no body of that list, its country a place ("PLAN Mali"
    in a list of bodies stays a country office)."""
    assert places("Niger – Floods (DG ECHO, UN agencies, IFRC) (ECHO Daily Flash of 5 September 2020)") == ["Niger"]
    assert places("Central African Republic – Floods (ECHO, OCHA, NGOs)") == ["Central African Republic"]
    assert places("Partenaires : PLAN Mali, ACF, OXFAM et IRC.") == []


# -- names the lists do not know, found by their context -------------------------------------------

def test_a_camp_named_for_its_people_after_its_name_is_a_place():
    """"the <name> refugee camp", "the <name> IDP site": the camp's cue after its name, a word or an
    acronym of its people between ("idp camp", "refugee camp", "idp site" in place_cues.csv), as "camp"
    alone is; "the IDP camp" names none."""
    assert places("Families moved to the Lone refugee camp last week.") == ["Lone"]
    assert places("The IDP camp was flooded last week.") == []


def test_a_town_before_its_country_is_a_place():
    """"<town>, <country>" opening a dateline, "<town>-<country> 18-20 novembre" after a heading in
    capitals: the town the document writes with its country; a person's name or a title's words
    before the country are none."""
    assert places("Kalodo, Nigeria\nMeeting Minutes | 9 February 2017") == ["Kalodo", "Nigeria"]
    assert places("RAPPORT DE LA RÉUNION RÉGIONALE Tolbaro-Cameroun 18-20 novembre 2014") == ["Tolbaro", "Cameroun"]
    assert places("Displacement of people and violence – Chad") == ["Chad"]
    assert places("Contact: Tobias Nkanza, Niger") == ["Niger"]


def test_a_cue_word_labelling_a_forms_field_names_its_value():
    """"Zone évaluée : … Commune : <name> (<village>, <village>) …": a strong cue word written as a
    form's label before a colon and a capitalised value (context.labels_a_field) reads the value as a
    place, as "commune de <name>" does; a label before a lower-case value reads none."""
    nlp = runtime().nlp
    rules = nlp.get_pipe("minutes_entities").rules
    doc = nlp("Evaluation rapide Zone évaluée : Tolbaro Kalodo Commune : Tolbaro Kalodo (Taifo, Tingassane) "
              "Période de collecte : du 2 au 9 mars")
    label = next(t.i for t in doc if t.text == "Commune")
    assert ctx.labels_a_field(doc, label, label + 1)
    assert (label + 2, label + 4, True) in ctx.cue_places(doc, rules, set())
    assert "Tolbaro Kalodo" in places(doc.text)
    doc = nlp("Région : toutes les régions du pays")
    assert not ctx.labels_a_field(doc, 0, 1) and places(doc.text) == []


def test_an_areas_noun_before_such_as_opens_a_list_of_places():
    """"the area like <name>, <name> and <name>", "localities such as <name>": the area's noun before
    "such as" / "like" opens a list of its places (weak cues of place_cues.csv; not the plural "areas",
    whose cue word would end "in Recently Reached Areas" before its plural); a sector's words after it
    ("areas such as Protection, Health and Education") are none."""
    text = "The influx is large in the area like Kalodo, Tolbaro and Koch that were meant for camping."
    doc = runtime().nlp(text)
    named = {doc[start:end].text for start, end, _ in ctx.cue_places(doc, runtime().nlp.get_pipe("minutes_entities").rules,
                                                                       set())}
    assert {"Kalodo", "Tolbaro", "Koch"} <= named
    assert places(text) == ["Kalodo", "Tolbaro", "Koch"]
    assert places("Partners work in areas such as Protection, Health and Education.") == []


def test_a_lone_name_in_a_headers_place_field_is_a_place(tmp_path):
    """"Lieu : <town>", "Lieu : Salle de réunion, <town>": a part of the header's place field that is
    one to three words written as names, no word of the language, nothing read and the NER reading
    no person or body in it, is the meeting's town; "Salle de réunion" and "En ligne" are none."""
    path = tmp_path / "minutes.txt"
    path.write_text("Compte rendu de la réunion du cluster protection\n\nDate : 12 mars 2021\n"
                    "Lieu : Kalodo\n\nLa réunion a commencé à 10 h.\n", encoding="utf-8")
    facts = mentions.tag(minutes_of(read(path)), runtime().nlp, REFERENCE)
    assert [(m.span.field, m.span.text) for m in facts.places] == [("place", "Kalodo")]
    nlp = runtime().nlp
    doc = nlp("En ligne")
    nlp.get_pipe("minutes_entities").venue_cell(doc)
    assert list(doc.ents) == []


def test_a_place_label_before_its_town_in_the_text_names_it():
    """"Lieu et date : <town>, 25/02/2020" written in the text (no header field read it): a place
    label of header_fields.csv before a colon and one to three words written as names, no word of the
    language, closed by a comma, a number or the line's end, names the town; a venue's words after it
    ("Venue: <name> Conference Hall") name none."""
    assert places("COMPTE RENDU DE LA RÉUNION MENSUELLE\n\nLieu et date : Kalodo, 25/02/2020 "
                  "Effectif : 19") == ["Kalodo"]
    assert places("Venue: Tolbaro Conference Hall") == []
