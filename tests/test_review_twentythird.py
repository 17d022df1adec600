"""Regression tests for the review of the twenty-third pass, each failing on the code before its
fix. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import orgs, places

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "en") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_total_alone_is_no_giving():
    """1: "a total of" / "un total de" before a bare count of a thousand is no verb of giving: the
    people in the camps are counted; a verb of giving before it still says money."""
    assert _read("Refugees keep arriving in the district, with a total of 25,000 in the camps now.") \
        == [("25,000", 25000, "persons")]
    assert _read("Les déplacés continuent d'arriver, avec un total de 12 000 dans les sites.", "fr") \
        == [("12 000", 12000, "persons")]
    assert _read("The displaced families received a total of 12,500 from the fund.") == []


def test_taking_part_needs_the_meeting_named_after_the_verb():
    """2: a verb of taking part counts a meeting's attendance only with the meeting named after it,
    not when the meeting frames the sentence ("Lors de la réunion, …")."""
    assert _read("Lors de la réunion, il a été rappelé que 3 500 enfants participent aux cours de rattrapage.",
                 "fr") == [("3 500 enfants", 3500, "persons")]
    assert _read("During the meeting, partners noted that 4,500 refugees participate in cash-for-work "
                 "activities.") == [("4,500 refugees", 4500, "persons")]
    # the pass's shape stays
    assert _read("Une trentaine de personnes prennent part à cet atelier de validation.", "fr") == []
    assert _read("About 25 people take part in the workshop on referral pathways.") == []


def test_a_modifier_before_the_noun_keeps_a_year_shaped_count_after_a_deadline_word():
    """3: "jusqu'à 2000 nouveaux déplacés": a counted noun after a modifier is still a counted noun;
    the number is no year."""
    assert _read("Le site a accueilli jusqu'à 2000 nouveaux déplacés en mars.", "fr") \
        == [("2000 nouveaux déplacés", 2000, "persons")]
    assert _read("By 2025 all camps will be closed.") == []


def test_a_word_of_the_language_after_source_is_no_outlet():
    """4: "Source : Partenaires", "Source: Field Reports": a sitrep's source line names no news site."""
    assert orgs("Les ménages déplacés sont 300.\nSource : Partenaires\nLes besoins restent élevés.") == []
    assert orgs("Displaced households: 300.\nSource: Field Reports\nNeeds remain high.") == []
    assert orgs("Taux de malnutrition aigüe globale 12%.\nSource : Enquête SMART\nLa situation reste critique.") == []
    assert orgs("Mouvements de population.\nSource : Matrice DTM\nLes besoins restent élevés.") == []
    assert orgs("Incidents recorded.\nSource: Kalimbo Times\nNeeds remain high.") == ["Kalimbo Times"]


def test_all_rights_reserved_is_no_outlet():
    """5: the copyright line's "All Rights Reserved" is no outlet."""
    assert orgs("Page web.\nCopyright © 2024 All Rights Reserved.") == []
    assert orgs("Page web.\nCopyright © 2024 Kalimbo Info. Tous droits réservés.") == ["Kalimbo Info"]


def test_a_function_or_a_meeting_after_the_ngo_is_no_name():
    """6: "the NGO Focal Point", "the NGO Coordination Meeting": a function or a meeting of NGOs, no body."""
    assert orgs("The NGO Focal Point will share the list with partners.") == []
    assert orgs("The NGO Coordination Meeting will be held on Monday.") == []
    assert orgs("L'ONG Point Focal partagera la liste.") == []
    assert orgs("The NGO Representative Body will present its plan.") == []


def test_a_place_after_its_cue_before_an_article_and_a_role_stays_a_place():
    """8: a name after a place's cue or preposition, then an article and a role without a comma, is
    the place where the official acts, not the official's name."""
    assert places("À Kalimbo Tessou le préfet a réuni les partenaires.") == ["Kalimbo Tessou"]
    assert places("Dans le village de Kalimbo Tessou le chef de village a recensé les ménages.") \
        == ["Kalimbo Tessou"]
    assert places("In Kalimbo Tessou the Commissioner ordered the return of the displaced families.") \
        == ["Kalimbo Tessou"]
