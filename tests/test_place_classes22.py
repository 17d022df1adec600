"""Places in classes the twenty-second pass found on the moved seventeenth blind split, each fixed
by structure: the area closing a regional official's title or an institution inside a role noun's
title. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places


def test_the_area_closing_a_regional_officials_title_is_no_place():
    """"<name>, directeur régional de l'action sociale du <region>": the title's remit, no location
    (tests/real conventions: the title a `doubtful` organisation); the places around stay."""
    found = places("Selon Issa Kaboré, directeur régional en charge de la solidarité du Sahel, les familles "
                   "de Dori sont arrivées.")
    assert found == ["Dori"]
    found = places("a souligné le Directeur régional (DR) de la Femme et de la Famille du Centre-Nord, Awa "
                   "Zongo. Les sites de Kaya sont pleins.")
    assert found == ["Kaya"]
    # a verb ends the title's phrase: the sites visited are places
    assert places("Le directeur régional a visité les sites de Kaya.") == ["Kaya"]
    # a cue names the place, title or not
    assert "Mopti" in places("Le directeur régional de la santé de la région de Mopti a parlé.")


def test_an_institution_inside_a_role_nouns_title_is_no_place():
    """"le Secrétaire général du gouvernorat de <region>": the governorate completes the title; the
    governorate as a venue keeps its town (tests/real conventions)."""
    assert places("Le Secrétaire général du gouvernorat de Tahoua, M. Ali Garba, a reçu la mission à Madaoua.") \
        == ["Madaoua"]
    assert places("La réunion s'est tenue au gouvernorat de Tahoua.") == ["Tahoua"]
