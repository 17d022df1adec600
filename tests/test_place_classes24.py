"""Places in classes the twenty-fourth pass found on the moved twentieth blind split, each fixed by
structure: a compass word before an admin unit names the unit's part (one place), a state's name
before a lower-case "government" names the government, a disease named after a river written
bare, the peoples of Cameroon's Far North in a communal clash, a cue's name opened by a function
and an honorific (a person's title and name), a facility's noun after a name's first word, a NER
person closed by a cue noun, a pilgrim's title, a quoted phrase of words, a theme's words, and a
people's name inside a village's name. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places

from pipeline.nlp.person_names import titled_surnames

from conftest import runtime


def test_a_compass_word_before_an_admin_unit_is_one_place():
    """"in Southern <state> State": the state's part, one place, not the state and a region of
    another country the gazetteer knows as "Southern"."""
    assert places("The floods in Southern Unity State displaced families to Bentiu.") == ["Southern Unity", "Bentiu"]
    assert places("Partners reached those affected by conflict in Northern Jonglei.") == ["Northern Jonglei"]
    # a compass word that is an admin unit of the same country stays a place of its own
    assert places("Les partenaires du Nord Adamaoua se sont réunis.") != ["Nord Adamaoua"]


def test_a_state_before_government_in_lower_case_is_no_place():
    """"<State> government donates …": the government, a body, no place (capitalised or not)."""
    assert places("Yobe government donates food to families from Borno") == ["Borno"]
    assert places("Yobe Government donates food to families from Borno") == ["Borno"]
    # "the Government of <country>" keeps the country after it
    assert "Tchad" in places("Les familles venues du Tchad sont accueillies à Maroua.")


def test_a_disease_named_after_a_river_is_no_place():
    """"keep Ebola at bay", "awareness about Ebola": the disease, written bare, not the river."""
    assert places("Teams in Yei must keep Ebola at bay and raise awareness about Ebola.") == ["Yei"]


def test_the_peoples_of_a_communal_clash_are_no_places():
    """"les conflits intercommunautaires Mousgoum/Arabes Choas": two peoples (``peoples.csv``)."""
    assert places("Les déplacés de Zamai fuient les conflits intercommunautaires Mousgoum/Arabes Choas.") \
        == ["Zamai"]
    assert places("Des tensions entre Kotoko et Arabes Choa ont été signalées à Kousseri.") == ["Kousseri"]


def test_a_function_and_an_honorific_opening_a_cued_name_are_a_persons_title():
    """"State Governor Dr. <given> <surname> met …": the title and the person, no place."""
    assert places("State Governor Dr. Peter Lualdit met with donors in Bentiu.") == ["Bentiu"]


def test_a_facility_named_with_its_noun_after_the_first_word_is_no_place():
    """"at the <denomination> Church Centre in <town>", "<name> Hotel": the building, no place."""
    assert places("The meeting took place at the Baptist Church Centre in Buea.") == ["Buea"]
    # a facility's noun opening the name keeps being read so
    assert places("Les blessés sont à l'Hôpital Lakou de Bangui.") == ["Bangui"]


def test_a_persons_name_the_ner_runs_into_a_cue_noun_is_no_person():
    """"Zone évaluée : <commune> Commune : <commune>": the NER's person "<commune> Commune" runs on
    into the next label's noun; the commune the gazetteer knows stays a place at both mentions."""
    found = places("Evaluation rapide Zone évaluée : Bambara Maoudé Commune : Bambara Maoudé (Taifo, Koro)")
    assert found[:2] == ["Bambara Maoudé", "Bambara Maoudé"]


def test_a_pilgrims_title_names_a_surname_the_ner_reads_alone():
    """"Alhaji <given> <surname>, Permanent Secretary …", later "<surname> gave …": the person."""
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    texts = ["Alhaji Musa Kawudaji, Permanent Secretary of the agency, presented the items.",
             "Kawudaji gave the assurance that the state would help."]
    assert {"Kawudaji", "Musa Kawudaji"} <= titled_surnames(texts, rules)


def test_a_quoted_phrase_of_words_is_no_place():
    """'le principe de "Ne Pas Nuire"': a principle's words in quotes, capitalised, no place."""
    assert places('Une approche harmonisée visant à réduire les risques liés au principe de "Ne Pas Nuire".\n'
                  "Les équipes restent à Kananga.") == ["Kananga"]


def test_a_theme_of_abstract_nouns_is_no_place():
    """"Cooperation in Humanitarian Response": a theme's words after "in", no place."""
    assert places("The theme of the workshop is ‘Coordination and Cooperation in Humanitarian Response’ "
                  "and it held in Yola.") == ["Yola"]
    # French order: an abstract noun and its adjective
    assert places("Un atelier sur la Cohésion Sociale et la Réponse Humanitaire s'est tenu à Diffa.") == ["Diffa"]


def test_a_peoples_name_inside_a_villages_name_is_part_of_it():
    """"les campements de <name> et <name> Peulh": a Sahel village named after the people settled
    there; the people's word after the name's first word is part of the name."""
    assert places("Une altercation a éclaté dans les campements de Toguéré et Tiana Peulh.") \
        == ["Toguéré", "Tiana Peulh"]
    # a plural group after a name is no part of it
    assert "Tiana Returnees" not in places("Les sites de Tiana Returnees sont pleins.")
