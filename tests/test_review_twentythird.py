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
    """6: "the NGO Focal Point", "the NGO Coordination Meeting", "the NGO Protection Desk": a function, a
    meeting or a sector's desk of NGOs, no body."""
    assert orgs("The NGO Focal Point will share the list with partners.") == []
    assert orgs("The NGO Coordination Meeting will be held on Monday.") == []
    assert orgs("L'ONG Point Focal partagera la liste.") == []
    assert orgs("The NGO Representative Body will present its plan.") == []
    assert orgs("The NGO Protection Desk received 40 complaints.") == []
    assert orgs("The NGO Cash Transfers reached Alpha last week.") == []


def test_a_place_after_its_cue_before_an_article_and_a_role_stays_a_place():
    """8: a name after a place's cue or preposition, then an article and a role without a comma, is
    the place where the official acts, not the official's name."""
    assert places("À Kalimbo Tessou le préfet a réuni les partenaires.") == ["Kalimbo Tessou"]
    assert places("Dans le village de Kalimbo Tessou le chef de village a recensé les ménages.") \
        == ["Kalimbo Tessou"]
    assert places("In Kalimbo Tessou the Commissioner ordered the return of the displaced families.") \
        == ["Kalimbo Tessou"]


def test_a_bare_count_before_a_places_name_counts_its_sentences_people():
    """9: "with more than 25,000 in <town>": a place's name after the preposition is a place phrase
    as "in the camps" is (the review of the twenty-second pass kept only place nouns)."""
    assert _read("Refugees continue to arrive, with more than 25,000 in Alpha so far.") \
        == [("25,000", 25000, "persons")]
    assert _read("Les réfugiés continuent d'arriver, avec plus de 12 000 à Gao à ce jour.", "fr") \
        == [("12 000", 12000, "persons")]
    assert _read("Each displaced household received 5,000 in cash for rent.") == []


def test_a_targeted_total_counts_people_unless_its_sentence_named_places():
    """10: "targeting 30,000 in total": a total after a verb of targeting is people, unless the
    sentence counted places before it ("reaching 4 districts this week, targeting 12 in total")."""
    assert _read("The new phase is targeting 30,000 in total.") == [("30,000", 30000, "persons")]
    assert _read("The cash programme is reaching 45,000 in total across the three regions.") \
        == [("45,000", 45000, "persons")]
    assert _read("The vaccination campaign is reaching 4 districts this week, targeting 12 in total.") == []


def test_a_known_place_after_its_cue_opens_no_persons_name():
    """11: a known town after a place's cue or preposition, an unknown word after it, then a comma and
    a role: the place (its cue names it), not a given name a surname follows."""
    assert places("Une mission s'est rendue à Bama Kalimbo, le chef de village a accueilli l'équipe.") == ["Bama"]
    assert places("Les déplacés du site de Bama Kalimbo, selon le chef, ont besoin d'abris.") == ["Bama"]


def test_a_bodys_acronym_after_its_name_read_as_a_body_stays():
    """12: an acronym the phrase before it spells, that phrase opening with a noun of
    not_body_heads.csv but read as a body's name, is that body's acronym."""
    assert orgs("L'Initiative Kalimbo pour la Paix au Sahel (IKPS) a organisé une rencontre à Gao.") \
        == ["Initiative Kalimbo pour la Paix au Sahel", "IKPS"]


def test_a_list_of_places_after_a_preposition_names_no_holder():
    """13: the role phrase's reach, counted in meaningful words, reached a list of places after "à":
    a name going on a list that a place's preposition opens is a place, not the role's holder."""
    assert places("Les chefs des services techniques de l'État à Kalimbo, Tessou et Zorgo ont participé.") \
        == ["Kalimbo", "Tessou", "Zorgo"]
    assert places("Les représentants des bureaux de l'OCHA à Kalimbo, Tessou, Baraka et Zorgo ont participé.") \
        == ["Kalimbo", "Tessou", "Baraka", "Zorgo"]


def test_a_capitalised_small_word_opening_a_phrase_closes_no_name():
    """7: a short capitalised word after a kind-named body closes its name only where the name ends
    (a small word or a mark after it), not when it opens a phrase ("In partnership with …")."""
    assert "Tamkeen Relief" in orgs("The NGO Tamkeen Relief In partnership with UNICEF distributed kits.")
    assert "Medicus Mundi Sur" in orgs("Ce projet est mis en œuvre par l'ONG Medicus Mundi Sur et financé par une "
                                       "agence régionale.")
