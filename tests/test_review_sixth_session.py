"""Regressions found by the review of the sixteenth and seventeenth passes (2026-11-27, sixth
session): rules that fired wider than they said. Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_figure_classes16 import _read
from test_place_classes11 import places

from conftest import runtime


def test_bodies_listed_after_an_office_holders_verb_are_no_office_holders():
    """The office-apposition reading took any name between two commas of a sentence opening with an
    office: "Le coordinateur … a salué A, B, C" read B as the coordinator's name."""
    from pipeline.nlp.context import in_apposition_to_an_office

    nlp = runtime().nlp
    rules = nlp.get_pipe("minutes_entities").rules
    text = "Le coordinateur du cluster a salué Amani Kesho, Tumaini Pamoja, et les autorités locales."
    doc = nlp(text)
    start = text.index("Tumaini")
    assert not in_apposition_to_an_office(doc.char_span(start, start + len("Tumaini Pamoja")), rules)
    text = "Le coordinateur du cluster, Tumaini Pamoja, a salué les autorités locales."
    doc = nlp(text)
    start = text.index("Tumaini")
    assert in_apposition_to_an_office(doc.char_span(start, start + len("Tumaini Pamoja")), rules)


def test_a_known_place_after_a_function_and_an_adjective_is_still_a_place():
    """A titled holder's surname needs first names before it, not words of the language:
    "le Directeur Régional Mopti" names the region's office in Mopti."""
    assert "Mopti" in places("La réunion était présidée par le Directeur Régional Mopti de la protection civile.")


def test_participants_of_meetings_in_the_plural_are_the_meetings_own():
    """"meetings" was lost when the meeting words were widened to workshops and sessions."""
    assert not [f for f in _read("The two coordination meetings had 35 participants.", "en") if f[1] == 35]


def test_money_with_cents_is_still_money():
    """Only a count's fraction makes a rate; an amount with cents stays an amount."""
    assert (7.5, "other", "exact") in _read("The fund paid USD 7.50 for each kit.", "en")
