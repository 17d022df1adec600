"""Figures, sixteenth pass: classes of counts read wrong on the eleventh split and conventions of the
annotators' notes the reader did not follow (every sentence invented)."""

from __future__ import annotations

import pytest

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def _spans(text: str, language: str) -> list[str]:
    return [f.text for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


@pytest.mark.parametrize("text, language, expected", [
    ("Les partenaires ont réalisé 35 points d’eau et 12 points de distribution en mars.", "fr",
     [(35, "other", "exact"), (12, "other", "exact")]),
    ("Partners rehabilitated 35 water points and 6 distribution points.", "en", [(35, "other", "exact"), (6, "other", "exact")]),
    ("Les 4 points de l'ordre du jour ont été examinés.", "fr", []),
    ("Une hausse de 5 points de pourcentage, soit 5 percentage points.", "fr", []),
    ("The meeting agreed 5 action points.", "en", []),
])
def test_a_point_qualified_by_a_service_is_a_thing_counted(text, language, expected):
    assert _read(text, language) == expected


def test_the_span_of_a_point_takes_its_complement():
    assert _spans("Ils ont réalisé 35 points d’eau.", "fr") == ["35 points d’eau"]


@pytest.mark.parametrize("text, language, expected", [
    ("34,000 Congolese have crossed the lake since January.", "en", [(34_000, "persons", "exact")]),
    ("Some 5,000 South Sudanese arrived in Renk.", "en", [(5_000, "persons", "approx")]),
    ("Le site accueille 300 Peulhs.", "fr", [(300, "persons", "exact")]),
    ("The fee was 2,000 Congolese francs.", "en", [(2_000, "other", "exact")]),
    ("Some 8,000 Central Africans and 1,200 Ugandans crossed.", "en", [(8_000, "persons", "approx"), (1_200, "persons", "approx")]),
    ("Il y a 450 Sénégalais au centre de transit.", "fr", [(450, "persons", "exact")]),
])
def test_a_peoples_name_after_a_number_counts_persons(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The country hosts 1,200 people of concern, including 800 Central African and 400 Nigerian refugees.", "en",
     [(1_200, "persons", "exact"), (800, "persons", "exact"), (400, "persons", "exact")]),
    ("Following attacks on 14, 16 and 17 January, 771 households fled.", "en", [(771, "households", "exact")]),
])
def test_numbers_each_before_a_name_share_the_noun_after_the_last(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("More than 1 million people will be food insecure and more than 3 million will need support.", "en",
     [(1_000_000, "persons", "min"), (3_000_000, "persons", "min")]),
    ("Plus de 2 000 ménages seront touchés et 500 devront être relogés.", "fr",
     [(2_000, "households", "min"), (500, "households", "exact")]),
])
def test_a_bare_number_before_a_modal_or_a_future_takes_the_unit_stated_once(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Actions from the previous meeting 1. UNFPA to present the stock.\n\n2. WHO to share the report.", "en"),
    ("Suivi des actions\n3) OCHA to send the matrix.", "en"),
])
def test_an_item_number_opening_its_line_counts_nothing(text, language):
    assert _read(text, language) == []


def test_a_scale_word_the_layout_moved_to_the_end_of_the_amounts_parenthesis():
    text = "Funding available (about US$337 Sources: OCHA, UNHCR and MSF million) against the plan"
    assert [(v, u) for v, u, _ in _read(text, "en")] == [(337_000_000, "other")]
    assert [(v, u) for v, u, _ in _read("Funding of $555 People who need in 34 sites million", "en")][0] == (555, "other")


@pytest.mark.parametrize("text, language, expected", [
    ("At least 1,200 boys and 1,300 girls are at risk.", "en", [(1_200, "persons", "min"), (1_300, "persons", "min")]),
    ("Plus de 5 000 PDI et 1 600 réfugiés vivent à Ménaka.", "fr", [(5_000, "persons", "min"), (1_600, "persons", "min")]),
    ("Armed men killed at least 12 civilians, including 4 children.", "en",
     [(12, "persons", "min"), (4, "persons", "exact")]),
])
def test_a_qualifier_carries_along_a_list_of_counts_not_into_an_at_least_breakdown(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Le village (population estimée 250 PDI) a été visité.", "fr", [(250, "persons", "approx")]),
    ("Une population estimée à 4 000 habitants dispose de 3 forages.", "fr",
     [(4_000, "persons", "approx"), (3, "other", "exact")]),
    ("Le nombre de PDI était estimé à 35 000 en mai.", "fr", [(35_000, "persons", "exact")]),
    ("The plan covers the estimated 25,000 refugees.", "en", [(25_000, "persons", "approx")]),
])
def test_estimated_qualifies_a_number_but_not_as_the_sentences_verb(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Funding of about US$30 million was received.", "en", [(30_000_000, "other", "approx")]),
    ("Envrion 500 ménages sont sans abri.", "fr", [(500, "households", "approx")]),
    ("Un mouvement de population (env. 2 500 personnes) a été observé.", "fr", [(2_500, "persons", "approx")]),
    ("Factsheet\n\n+ 5,000 refugees registered in the region.", "en", [(5_000, "persons", "min")]),
    ("Sites visités : Kalam (plus 2 500 personnes).", "fr", [(2_500, "persons", "min")]),
])
def test_a_qualifier_before_a_currency_misspelt_abbreviated_or_a_spaced_plus(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("La rencontre a regroupé 45 personnes dont 12 femmes.", "fr", []),
    ("The meeting brought together 30 people from the camps.", "en", []),
    ("Le site a regroupé 2 000 personnes.", "fr", [(2_000, "persons", "exact")]),
    ("2,000 people gathered at the distribution site.", "en", [(2_000, "persons", "exact")]),
])
def test_people_a_named_meeting_gathers_are_its_participants(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Les assaillants ont attaqué 3 bases militaires.", "fr", []),
    ("There were six measles cases in the camp.", "en", [(6, "incidents", "exact")]),
    ("In the town, three peacekeepers were killed.", "en", [(3, "persons", "exact")]),
])
def test_a_french_plural_head_is_not_counted_by_its_adjective(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("A woman, 35, was killed in the village.", "en", []),
    ("Un homme, 42, a été blessé.", "fr", []),
    ("Les victimes (12 femmes, 3 hommes) ont été prises en charge.", "fr", [(12, "persons", "exact"), (3, "persons", "exact")]),
])
def test_a_number_set_off_after_one_person_is_an_age(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Le taux de létalité est de 2,3 pour 100 000 habitants.", "fr", []),
    ("The mortality rate is 1.2 deaths per 10,000 people per day.", "en", []),
    ("Des vivres pour 10 000 personnes ont été livrés.", "fr", [(10_000, "persons", "exact")]),
    ("Le PAM a distribué 300 tonnes pour 1 000 ménages.", "fr", [(300, "other", "exact"), (1_000, "households", "exact")]),
])
def test_a_rates_value_and_its_round_base_are_no_counts(text, language, expected):
    assert _read(text, language) == expected


def test_a_qualifier_may_stand_between_an_amount_cue_and_its_number():
    assert _read("Bama town hosts an IDP population of around 30,000.", "en") == [(30_000, "persons", "approx")]


@pytest.mark.parametrize("text, language, expected", [
    ("ECHO allocated €3.5m to the project.", "en", [(3_500_000, "other", "exact")]),
    ("The CERF released US$1.2bn.", "en", [(1_200_000_000, "other", "exact")]),
    ("Funding received: USD337M.", "en", [(337_000_000, "other", "exact")]),
    ("Un financement de 2,5 Mds FCFA a été obtenu.", "fr", [(2_500_000_000, "other", "exact")]),
    ("ECHO a alloué 3,5 M€ au projet.", "fr", [(3_500_000, "other", "exact")]),
    ("Le plan requiert 45 millions $ US.", "fr", [(45_000_000, "other", "exact")]),
    ("Un don de 45 000 € a été reçu pour 300 ménages.", "fr", [(45_000, "other", "exact"), (300, "households", "exact")]),
    ("Suivi des décisions (5mn) et tour de table (15 mn).", "fr", []),
])
def test_an_amounts_abbreviated_scale_and_a_currency_sign_after_it(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Le cycle 2 de distribution a touché 1 800 ménages.", "fr", [(1_800, "households", "exact")]),
    ("The second wave 3 assessment and batch 4 of kits reached 600 households.", "en", [(600, "households", "exact")]),
])
def test_a_cycle_wave_or_batch_number_is_a_label(text, language, expected):
    assert _read(text, language) == expected


def test_a_key_figures_label_may_name_a_people():
    text = "UNHCR Factsheet\n\n271,518\nCentral Africans\n\n101,767\nNigerians"
    assert _read(text, "en") == [(271_518, "persons", "exact"), (101_767, "persons", "exact")]


@pytest.mark.parametrize("text, language, expected", [
    ("Liste de présence : 22 personnes.", "fr", []),
    ("18 participants dont 5 femmes ont assisté à l'atelier de validation.", "fr", []),
    ("1 200 participants aux séances de sensibilisation ont été touchés.", "fr", [(1_200, "persons", "exact")]),
])
def test_an_attendance_list_and_a_named_workshops_participants_are_the_meetings_own(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The estimated number of displaced people as of 8 May is 15,400.", "en", [(15_400, "persons", "approx")]),
    ("Le nombre estimé de personnes déplacées est de 4 500.", "fr", [(4_500, "persons", "approx")]),
    ("The number of displaced people is 15,400.", "en", [(15_400, "persons", "exact")]),
])
def test_the_count_of_an_estimated_number_is_approx(text, language, expected):
    assert _read(text, language) == expected
