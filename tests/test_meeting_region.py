"""The region a meeting covers, read from its header's place: a regional group's town gives its
region; a meeting in a capital is national and gives none."""

from __future__ import annotations

from pipeline.facts import Facts, PlaceMention, Span
from pipeline.reference.places import Place
from pipeline.rows import meeting_region

from conftest import REFERENCE


def _in_place_field(name: str, admin1: str, pcode: str, level: int = 3) -> PlaceMention:
    place = Place(place_id=f"x:{name}", name=name, admin_level=level, admin1_name=admin1, admin1_pcode=pcode,
                  admin2_name=None, admin2_pcode=None, pcode_version="v03", country="MLI")
    return PlaceMention(Span(None, "place", 0, len(name), name), "gazetteer", place)


def test_a_town_gives_its_region():
    assert meeting_region(Facts(places=(_in_place_field("Sévaré", "Mopti", "ML05"),)), REFERENCE) == ("Mopti", "ML05")


def test_a_capital_is_national():
    for capital, admin1, pcode in (("Bamako", "Bamako", "ML09"), ("Niamey", "Niamey", "NE008"), ("N'Djaména", "N'Djamena", "TD18")):
        assert meeting_region(Facts(places=(_in_place_field(capital, admin1, pcode),)), REFERENCE) == (None, None)


def test_two_regions_or_a_place_elsewhere_than_the_header_give_none():
    two = (_in_place_field("Gao", "Gao", "ML07"), _in_place_field("Sévaré", "Mopti", "ML05"))
    assert meeting_region(Facts(places=two), REFERENCE) == (None, None)
    in_body = PlaceMention(Span(1, "discussion", 0, 3, "Gao"), "gazetteer", _in_place_field("Gao", "Gao", "ML07").place)
    assert meeting_region(Facts(places=(in_body,)), REFERENCE) == (None, None)
