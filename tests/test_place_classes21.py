"""Places in classes the twenty-first pass found on the moved sixteenth blind split, each cut by
structure: the domains of a ministry named "de la X et de l'Y" and the delegate named before
them, the abbreviated rank "Gal.", a person named after "president" in lower case, followers
named by a plural in "-ists", and "Central" as an adjective. Every sentence and unknown name here
is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places


def test_a_ministrys_domains_after_a_cue_are_no_place():
    """"le département de la Solidarité et de l'Action humanitaire": two capitalised words of the
    language, each after "de la"/"de l'", joined by "et": a ministry's portfolio."""
    assert places("La réunion était convoquée par le département de la Solidarité et de l'Action "
                  "humanitaire à Gao.") == ["Gao"]
    assert places("La province de la Tapoa et de la Kompienga reçoit des déplacés.") == ["Tapoa", "Kompienga"]
    found = places("Les déplacés des régions de Mopti et de Ségou sont arrivés.")  # no article: places
    assert found == ["Mopti", "Ségou"]


def test_a_ministrys_delegate_and_domains_in_a_list_are_no_place():
    found = places("Etaient présents Mme Awa Traoré de l'Elevage et de la Pêche, Sambala Konaté de "
                   "l'Energie et de l'Eau, à Ségou.")
    assert found == ["Ségou"]


def test_the_abbreviated_rank_gal_is_no_place():
    found = places("Les trois gouverneurs, respectivement Gal. Ahmat Ali Mahamat, Gal. Kodo Brahim et Gal "
                   "Idriss Ousmane ont parlé à Abéché.")
    assert found == ["Abéché"]


def test_a_person_after_president_in_lower_case_is_no_place():
    assert places("The envoy, former Ghanaian president Kwame Boateng, stayed in Goma.") == ["Goma"]


def test_followers_named_by_a_plural_in_ists_are_no_place():
    assert places("Calm reigned over Gao after Islamists took control of the town.") == ["Gao"]
    assert places("Des Separatists ont attaqué Diafarabé.") == ["Diafarabé"]


def test_a_town_whose_name_is_a_word_after_a_is_a_place():
    """"à Diré": a town the gazetteer reads only after a strong cue, its name being a word ("dire"),
    is a place right after "à", or after "A" (its accent left out) opening a sentence before a comma."""
    assert places("Les problèmes à Diré sont semblables à ceux de Goundam.") == ["Diré", "Goundam"]
    assert "Diré" in places("Le cheptel souffre.\n\nA Diré, les problèmes sont semblables.")
    assert places("Il a beaucoup à dire, c'est-à-dire tout.") == []  # the verb stays a word
