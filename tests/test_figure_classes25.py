"""Figures, twenty-fifth pass: counts whose unit the sentence's structure says, read wrong on the
twenty-first split (every sentence and number invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_share_between_a_figure_and_its_comparison_is_no_number_between():
    assert _read("La commune accueille 12 400 personnes déplacées, dont 61% d'enfants, contre 9 800 au mois de "
                 "mars.") == [("12 400 personnes", 12_400, "persons"), ("9 800", 9_800, "persons")]
    assert _read("The camp hosts 7,300 refugees, 58% of them children, compared to 5,100 in June.", "en") == [
        ("7,300 refugees", 7_300, "persons"), ("5,100", 5_100, "persons")]
    # another number between still parts them
    assert _read("La province compte 12 400 PDI dont 300 blessés, contre 9 800 en décembre.")[:2] == [
        ("12 400 PDI", 12_400, "persons"), ("300 blessés", 300, "persons")]


def test_a_bare_number_that_moves_home_counts_people():
    assert _read("Fear of new attacks on the valley road keeps nearly 8,000 from returning.", "en") == [
        ("8,000", 8_000, "persons")]
    assert _read("Checkpoints are stopping about 12,000 from going back to their villages.", "en") == [
        ("12,000", 12_000, "persons")]
    assert _read("The clashes forced 4,500 to flee towards the river.", "en") == [("4,500", 4_500, "persons")]
    assert _read("Les affrontements ont poussé près de 3 000 à fuir vers le chef-lieu.") == [("3 000", 3_000, "persons")]
    # a range's "to" is no verb
    assert _read("The figure rose from 2,000 to 3,000 in May.", "en") == []


def test_a_bare_amount_of_millions_said_planned_or_raised_is_funding():
    assert _read("Des 40 millions requis pour la réponse, 9 millions seulement ont été mobilisés jusqu'ici.") == [
        ("40 millions", 40_000_000, "other"), ("9 millions", 9_000_000, "other")]
    assert _read("Of the 300 million requested, only 80 million has been pledged.", "en") == [
        ("300 million", 300_000_000, "other"), ("80 million", 80_000_000, "other")]
    assert _read("Le plan a un budget de 12 millions pour la région.") == [("12 millions", 12_000_000, "other")]
    # millions of people, or an amount no word says is money, are no funding
    assert _read("Plus de 3 millions auront besoin d'une aide alimentaire.") == []
    assert _read("Some 2 million needed assistance last year.", "en") == []
    assert _read("Le fonds a permis d'aider 2 millions.") == []


def test_a_count_before_the_number_of_a_noun_counts_that_noun():
    assert _read("Les nouvelles arrivées portent à plus de 45 000 le nombre de réfugiés dans la région.") == [
        ("45 000", 45_000, "persons")]
    assert _read("On estime à 3 000 le nombre de ménages ayant fui les combats.") == [("3 000", 3_000, "households")]
    assert _read("This brings to 45,000 the total number of refugees in the province.", "en") == [
        ("45,000", 45_000, "persons")]
    # a comma parts the count from another clause's number of things
    assert _read("Le taux est passé à 12, le nombre de cas restant stable.") == []



def test_a_bare_number_uprooted_or_in_need_of_aid_counts_people():
    assert _read("Across the region, an estimated 4.3 million need humanitarian assistance.", "en") == [
        ("4.3 million", 4_300_000, "persons")]
    assert _read("Dans la province, plus de 2 millions ont besoin d'une aide alimentaire.") == [
        ("2 millions", 2_000_000, "persons")]
    assert _read("The fighting has uprooted more than 40,000 since March.", "en") == [("40,000", 40_000, "persons")]


def test_the_pronoun_en_before_a_bare_number_stands_for_the_noun_said_before():
    assert _read("Le stock de bâches était épuisé ; le partenaire en a reçu 340 la semaine dernière.") == [
        ("340", 340, "other")]
    assert _read("Des réfugiés continuent d'affluer vers le camp. On en dénombre désormais plus de 5 000.") == [
        ("5 000", 5_000, "persons")]
    # "en" as a preposition, or a verb it does not stand before, says nothing
    assert _read("Les partenaires ont pris en compte 12 des recommandations.") == []
    assert _read("Les familles hôtes sont nombreuses ; il en existe 300 dans la commune.") == []
