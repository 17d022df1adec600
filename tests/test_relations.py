"""What each figure counts and how it relates to the figures beside it, on invented sentences
(one per relation), and on the sample archive: no part summed into its whole, no repeat twice."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.facts import PlaceMention, Span
from pipeline.nlp.fields import FieldText
from pipeline.nlp.figures import figures_of_field
from pipeline.nlp.relations import period_in, relate
from pipeline.reference.places import Place

from conftest import REFERENCE

#: invented places, as the gazetteer would give them
PLACES = {
    "Tonka": Place("tonka", "Tonka", 3, "Timbuktu", "ML06", "Goundam", "ML0602", "v03", "MLI"),
    "Goundam": Place("ML0602", "Goundam", 2, "Timbuktu", "ML06", "Goundam", "ML0602", "v03", "MLI"),
    "Bankass": Place("ML1903", "Bankass", 2, "Bandiagara", "ML19", "Bankass", "ML1903", "v03", "MLI"),
    "Bandiagara": Place("ML1901", "Bandiagara", 2, "Bandiagara", "ML19", "Bandiagara", "ML1901", "v03", "MLI"),
}
REGIONS = {"ML19": Place("ML19", "Bandiagara", 1, "Bandiagara", "ML19", None, None, "v03", "MLI")}


def related(text: str, language: str = "fr", meeting: date = date(2019, 5, 9), topic: str = "", tagged: bool = True):
    """The figures of one discussion cell, related; places found by name (all of them when
    ``tagged``, else none: a table's first cell the tagger missed)."""
    named = [(m.start(), m.end(), name) for name in PLACES for m in re.finditer(name, text)] if tagged else []
    mentions = [PlaceMention(Span(1, "discussion", s, e, n), "gazetteer", PLACES[n]) for s, e, n in sorted(named)]
    figures = figures_of_field(1, "discussion", text, language, REFERENCE, sorted(named))
    return relate(figures, [FieldText(1, "discussion", text, topic=topic)], mentions, REFERENCE, meeting,
                  lookup=PLACES.get, region=REGIONS.get)


def summed(figures, unit: str) -> float:
    return sum(f.value for f in figures if f.unit == unit and f.aggregate)


def test_dont_is_a_part_of_its_whole():
    figures = related("23 incidents sécuritaires ont été enregistrés en mai 2018, dont 9 attaques contre des civils.")
    assert [(f.value, f.part_of, f.subject) for f in figures] == [
        (23, None, "security incidents"), (9, 0, "attacks on civilians")]
    assert summed(figures, "incidents") == 23


def test_parmi_lesquels_and_a_list_of_parts():
    figures = related("120 personnes ont été identifiées, parmi lesquelles 45 enfants et 30 femmes.")
    assert [f.part_of for f in figures] == [None, 0, 0]
    assert summed(figures, "persons") == 120


def test_including():
    figures = related("DRC presented the February monitoring data: 96 protection incidents were recorded, "
                      "including 31 cases of gender-based violence.", "en", date(2019, 3, 21))
    assert [(f.part_of, f.subject, f.period) for f in figures] == [
        (None, "protection incidents", "2019-02"), (0, "gbv", "2019-02")]
    assert summed(figures, "incidents") == 96


def test_soit_restates_in_another_unit_summed_in_its_own():
    figures = related("2 345 ménages, soit 12 000 personnes, sont arrivés à Goundam.")
    assert [(f.unit, f.restates, f.aggregate) for f in figures] == [
        ("households", None, True), ("persons", 0, True)]
    assert (summed(figures, "households"), summed(figures, "persons")) == (2345, 12000)


def test_soit_un_total_sums_the_figures_before_it():
    figures = related("120 ménages à Tonka et 80 ménages à Goundam, soit un total de 200 ménages.")
    assert [(f.value, f.total_of, f.aggregate) for f in figures] == [
        (120, (), True), (80, (), True), (200, (0, 1), False)]
    assert summed(figures, "households") == 200


@pytest.mark.parametrize("text", [
    "120 personnes (65 femmes et 55 hommes) ont été assistées.",
    "120 personnes : 65 femmes et 55 hommes.",
])
def test_breakdown_by_sex(text):
    figures = related(text)
    assert [(f.population, f.part_of) for f in figures] == [(None, None), ("women", 0), ("men", 0)]
    assert summed(figures, "persons") == 120


def test_breakdown_by_age():
    figures = related("300 enfants non accompagnés, dont 160 filles et 140 garçons, ont été identifiés.")
    assert [f.part_of for f in figures] == [None, 0, 0]
    assert summed(figures, "persons") == 300


def test_d_entre_eux_is_a_part():
    figures = related("UNICEF a signalé 42 enfants non accompagnés. Des familles d'accueil ont été trouvées pour 30 d'entre eux.")
    assert [(f.part_of, f.subject) for f in figures] == [(None, "children"), (0, "children")]


def test_cumulative_beside_the_months_count_is_not_summed():
    figures = related("45 incidents de protection en mars 2019 et 210 incidents de protection depuis janvier 2019.")
    assert [(f.period, f.period_kind, f.aggregate) for f in figures] == [
        ("2019-03", "month", True), ("2019-01/", "cumulative", False)]


def test_cumulative_alone_is_summed():
    figures = related("4,250 people were newly displaced in Bankass since January 2019.", "en", date(2019, 3, 21))
    assert [(f.period, f.period_kind, f.subject, f.aggregate) for f in figures] == [("2019-01/", "cumulative", "idps", True)]


def test_origin_and_destination():
    figures = related("186 ménages (1 042 personnes) déplacés de la commune de Tonka vers Goundam depuis le 20 avril 2019.")
    assert [(f.location, f.location_role, f.origin, f.subject, f.period, f.period_kind) for f in figures] == [
        ("Goundam", "destination", "Tonka", "idps", "2019-04-20/", "cumulative")] * 2
    assert figures[0].place.admin2_pcode == "ML0602"


@pytest.mark.parametrize("text, location, role, origin", [
    ("1 870 ménages sont arrivés à Goundam en provenance de Tonka.", "Goundam", "destination", "Tonka"),
    ("300 ménages venus de Tonka sont accueillis à Goundam.", "Goundam", "host", "Tonka"),
    ("60 ménages arrivés de Tonka.", "Tonka", "origin", None),
    ("40 ménages déplacés se trouvent à Goundam.", "Goundam", "where", None),
])
def test_place_roles(text, location, role, origin):
    figure = related(text)[0]
    assert (figure.location, figure.location_role, figure.origin) == (location, role, origin)


def test_a_count_over_several_cercles_goes_to_their_region():
    figure = related("4,250 people were newly displaced in the cercles of Bankass and Bandiagara.", "en")[0]
    assert (figure.location, figure.place.admin_level, figure.place.admin2_pcode) == ("Bandiagara", 1, None)


def test_a_repeat_is_counted_once():
    figures = related("367 ménages (2 065 personnes) ont été recensés dans 6 sites à Goundam. "
                      "Le RRM NRC a assisté 367 ménages (2 065 personnes) dans 6 sites à Goundam.")
    assert [f.repeats for f in figures] == [None, None, None, 0, 1, 2]
    assert (summed(figures, "households"), summed(figures, "persons"), summed(figures, "other")) == (367, 2065, 6)


def test_the_top_of_a_range_is_not_summed():
    figures = related("entre 200 et 300 ménages déplacés à Goundam")
    assert [(f.value, f.aggregate) for f in figures] == [(200, True), (300, False)]


def test_a_nested_table_keeps_its_row_place_and_its_introducing_sentence():
    text = ("La CMP a partagé les données de déplacement suivantes :\nUne mission est prévue.\n"
            "Cercle | Ménages | Personnes\nGoundam | 412 | 2 471")
    figures = related(text, tagged=False)
    assert [(f.value, f.location, f.subject, f.restates) for f in figures] == [
        (412, "Goundam", "idps", None), (2471, "Goundam", "idps", 0)]


@pytest.mark.parametrize("text, meeting, expected", [
    ("résultats du monitoring de protection du mois de mai :", date(2018, 6, 14), ("2018-05", "month")),
    ("the February monitoring data", date(2019, 3, 21), ("2019-02", "month")),
    ("en décembre, pour la fin de l'année", date(2019, 1, 10), ("2018-12", "month")),
    ("entre le 1er et le 31 mai 2018", None, ("2018-05-01/2018-05-31", "range")),
    ("A la date du 30 septembre 2019, on compte", None, ("2019-09-30", "point")),
    ("depuis le 20 avril 2019", None, ("2019-04-20/", "cumulative")),
    ("Bulletin du 1er au 15 janvier 2020", None, ("2020-01-01/2020-01-15", "range")),
    ("au premier semestre 2017", None, ("2017-01/2017-06", "range")),
])
def test_periods(text, meeting, expected):
    found = period_in(text, REFERENCE, meeting)
    assert (found.value, found.kind) == expected


def test_document_period_before_the_meetings_month():
    figure = related("12 incidents de protection ont été rapportés.", meeting=date(2020, 2, 13))[0]
    assert (figure.period, figure.period_source) == ("2020-02", "meeting")
    from pipeline.nlp.relations import relate as again
    figures = figures_of_field(1, "discussion", "12 incidents ont été rapportés.", "fr", REFERENCE)
    dated = again(figures, [FieldText(1, "discussion", "12 incidents ont été rapportés.")], [], REFERENCE,
                  date(2020, 2, 13), title="Bulletin de protection du 1er au 15 janvier 2020")
    assert (dated[0].period, dated[0].period_source) == ("2020-01-01/2020-01-15", "document")


def test_sample_archive_sums_no_part_and_no_repeat(tables):
    figures = tables["figures"]
    assert not figures[figures.part_of.notna() | figures.repeats.notna()]["aggregate"].any()
    documents = tables["documents"]
    gao = figures[figures.doc_id.isin(documents[documents.source_path.str.contains("gao")].doc_id)]
    attacks, incidents = gao[gao.text == "9 attaques"].iloc[0], gao[gao.text == "23 incidents"].iloc[0]
    assert attacks.part_of == incidents.figure_no and not attacks["aggregate"]
    bamako = figures[figures.doc_id.isin(documents[documents.source_path.str.endswith("09-06.docx")].doc_id)]
    ansongo = bamako[bamako.value == 367].sort_values("figure_no")
    assert list(ansongo.repeats.isna()) == [True, False] and list(ansongo["aggregate"]) == [True, False]
