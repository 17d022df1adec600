"""Regression tests for the review of the twenty-second pass (briefs/review22.md), each failing on
the code before its fix. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import orgs, places
from test_real_failures import texts

from conftest import REFERENCE
from pipeline.nlp.figures import figures_of_field


def _read(text: str, language: str = "en") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_verb_ends_an_officials_title_before_a_place():
    """1: a regional title's remit is nouns, articles and joins; a verb and its object after it do
    not make the next "de <town>" the title's area."""
    assert places("La direction régionale de la santé appuie les centres de santé de Ansongo.") == ["Ansongo"]
    assert places("Le directeur régional de la santé visite les déplacés de Ménaka.") == ["Ménaka"]
    assert places("Le directeur régional de la santé venu de Gao a rencontré les ONG.") == ["Gao"]
    assert places("La direction régionale de l'hydraulique réhabilite 12 forages de Tessalit.") == ["Tessalit"]
    assert places("Le directeur provincial de l'action humanitaire dénombre 300 ménages déplacés de Djibo.") \
        == ["Djibo"]
    # the rule's own shape stays: the remit's area is no place
    assert places("Le directeur régional de la santé de Gao a parlé.") == []


def test_a_title_opening_its_text_closes_on_its_area():
    """12: the title's first token is checked too (the walk back stopped one short of token 0)."""
    assert "Ménaka" not in places("Directeur régional de l'action sociale de Ménaka, M. Issa Ag Ali, a ouvert "
                                  "la séance.")
