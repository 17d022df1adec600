"""Figures: every count typed, qualified and placed; nothing that is not a count."""

from __future__ import annotations

import pytest

from pipeline.nlp.figures import figures_of_field, language_of

from conftest import GAO_DOCX, REFERENCE, SEED_PROSE, SEED_TEXT, rows_of


def counts(text: str, language: str = "fr") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


@pytest.mark.parametrize("text, expected", [
    ("3 100 personnes", (3100, "persons", "exact")),
    ("3\u00a0100 personnes", (3100, "persons", "exact")),
    ("3\u202f100 personnes", (3100, "persons", "exact")),
    ("3.100 personnes", (3100, "persons", "exact")),
    ("1368 survivants", (1368, "persons", "exact")),
    ("onze (11) cas", (11, "incidents", "exact")),
    ("trente-deux (32) ménages", (32, "households", "exact")),
    ("plus de 4000 ménages recensés", (4000, "households", "min")),
    ("environ 300 kits de dignité", (300, "other", "approx")),
    ("près de 250 familles", (250, "households", "approx")),
    ("au moins 12 incidents", (12, "incidents", "min")),
    ("1,2 million de personnes", (1_200_000, "persons", "exact")),
    ("700000 USD par le fonds CERF", (700000, "other", "exact")),
    ("moins de 50 cas", (50, "incidents", "max")),
])
def test_number_reading_french(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("3,100 people", (3100, "persons", "exact")),
    ("about 1,100 households", (1100, "households", "approx")),
    ("at least 96 protection incidents", (96, "incidents", "min")),
    ("Among the survivors, 12 were children.", (12, "persons", "exact")),
])
def test_number_reading_english(text, expected):
    assert counts(text, "en") == [expected]


def test_a_bare_number_takes_its_unit_from_context():
    assert counts("120 personnes, dont des femmes (48)") == [(120, "persons", "exact"), (48, "persons", "exact")]
    assert counts("parmi ces cas (31)") == [(31, "incidents", "exact")]
    assert counts("12 garçons et 9 filles") == [(12, "persons", "exact"), (9, "persons", "exact")]
    assert counts("42 enfants identifiés ; une famille a été trouvée pour 30 d'entre eux") == [
        (42, "persons", "exact"), (30, "persons", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("une centaine de ménages déplacés", [(100, "households", "approx")]),
    ("plus d'un millier de personnes", [(1000, "persons", "min")]),
    ("près d'une vingtaine de cas", [(20, "incidents", "approx")]),
    ("deux centaines de familles", [(200, "households", "approx")]),
    ("des centaines de personnes", []),  # no number is said
    ("1.5 million USD mobilisés", [(1_500_000, "other", "exact")]),
    ("entre 200 et 300 ménages", [(200, "households", "min"), (300, "households", "max")]),
    ("de 10 000 à 15 000 personnes", [(10_000, "persons", "min"), (15_000, "persons", "max")]),
    ("200-300 ménages déplacés", [(200, "households", "min"), (300, "households", "max")]),
    # regression: "19 : 12" and "3 : 45" were read as times of day
    ("COVID-19 : 12 cas", [(12, "incidents", "exact")]),
    ("Point 3 : 45 incidents rapportés", [(45, "incidents", "exact")]),
])
def test_collective_numerals_ranges_and_decimals(text, expected):
    assert counts(text) == expected


def test_a_population_word_before_the_noun_is_its_adjective():
    """Regression: "2,345 displaced households" was 2,345 persons."""
    found = [(f.value, f.unit, f.population) for f in figures_of_field(None, "d", "120 IDP households and 4,250 displaced people", "en", REFERENCE)]
    assert found == [(120, "households", "idps"), (4250, "persons", "idps")]
    assert [(f.unit, f.population) for f in figures_of_field(None, "d", "50 ménages déplacés", "fr", REFERENCE)] == [("households", "idps")]


def test_codes_and_phone_numbers_with_hyphens_are_not_ranges():
    assert counts("tel. 76-12-34-56") == []
    assert counts("a dozen sites were visited", "en") == [(12, "other", "approx")]


@pytest.mark.parametrize("text", [
    "le 05 septembre", "du 28 au 30 août", "en 2017", "la Stratégie 2020-2022", "à 10h30", "à 14:00",
    "dans 12% des communes", "55 % des sites", "30 pour cent des ménages", "appeler le 76 12 34 56",
    "le 1er trimestre", "la 2ème réunion", "1. Suivi des recommandations", "l'article 5 de la loi",
    "la résolution 2480", "le G5 Sahel", "à 15 km de Gao", "ses 10 ans d'existence", "COVID-19",
    "Nombre de participants : 45",
])
def test_not_figures(text):
    assert counts(text) == []


def test_seed_figures(tables):
    figures = rows_of(tables, "figures", SEED_TEXT)
    by_text = {row.text: row for row in figures.itertuples()}
    assert by_text["77 incidents"].unit == "incidents" and by_text["77 incidents"].period == "2017-08"
    koro, koro_persons = by_text["404 ménages"], by_text["3 100 personnes"]
    assert (koro.unit, koro.location, koro.population) == ("households", "Koro", "idps")
    assert (koro_persons.unit, koro_persons.paired_with) == ("persons", koro.figure_no)
    assert by_text["39 ménages"].unit == "households"
    bourem = by_text["509 ménages"]
    assert bourem.location == "Bourem" and figures[figures.paired_with == bourem.figure_no].value.item() == 3096
    ansongo = figures[(figures.value == 367)]
    assert len(ansongo) == 2 and set(ansongo.location) <= {"Ansongo", "Talataye"}
    assert set(figures[figures.paired_with.isin(ansongo.figure_no)].value) == {2065}
    menaka = by_text["4000 ménages"]
    assert (menaka.value, menaka.unit, menaka.qualifier, menaka.location) == (4000, "households", "min", "Menaka")
    survivors = by_text["1368 survivants"]
    assert (survivors.unit, survivors.population) == ("persons", "survivors")
    assert (by_text["300 kits"].unit, by_text["300 kits"].qualifier) == ("other", "approx")
    assert (by_text["700000 USD"].unit, by_text["700000 USD"].value) == ("other", 700000)
    assert 45 not in set(figures.value) and not set(figures.value) & {2017, 2, 28, 30, 5} - {2}


def test_newsletter_figures(tables):
    figures = rows_of(tables, "figures", SEED_PROSE)
    assert [(r.value, r.unit, r.population) for r in figures.itertuples()] == [
        (187139, "persons", "idps"), (561606, "persons", "returnees"), (74205, "persons", "repatriated")]
    assert set(figures.period) == {"2019-09-30"}


def test_nested_table_figures_take_their_column_unit(tables):
    figures = rows_of(tables, "figures", GAO_DOCX)
    menaka = figures[figures.location == "Menaka"]
    assert sorted(zip(menaka.value, menaka.unit)) == [(1130, "households"), (6780, "persons")]


def test_language_of_a_document():
    assert language_of(["La réunion a eu lieu dans les locaux de OCHA"]) == "fr"
    assert language_of(["The meeting was held in the OCHA office"]) == "en"


@pytest.mark.parametrize("text, language", [
    ("2 345 ménages déplacés, soit 12 000 personnes, sont arrivés à Gao", "fr"),
    ("2,345 displaced households, i.e. 12,000 people, arrived in Gao", "en"),
    ("2 345 ménages déplacés (12 000 personnes)", "fr"),
])
def test_a_figure_restated_in_another_unit_points_to_the_first(text, language):
    households, persons = figures_of_field(None, "discussion", text, language, REFERENCE)
    assert (households.value, households.unit, households.restates) == (2345, "households", None)
    assert (persons.value, persons.unit, persons.restates, persons.population) == (12000, "persons", 0, "idps")
    # two counts side by side restate nothing
    assert [f.restates for f in figures_of_field(None, "discussion", "120 ménages et 300 personnes", "fr", REFERENCE)] == [None, None]
