"""--gazetteer: an OCHA COD-AB tabular file instead of the global P-code table."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.batch import convert
from pipeline.config import Settings
from pipeline.reference.places import GEONAMES_PREFIX, build_gazetteer, read_admin_units

from conftest import FIXTURES, options

COD_AB = FIXTURES / "cod_ab_mali_extract.csv"


def test_cod_ab_units_are_read_with_their_version():
    units = {u.pcode: u for u in read_admin_units(COD_AB)}
    assert units["ML07"].level == 1 and units["ML0702"].parent == "ML07"
    assert units["ML0508"].name == "Koro" and units["ML0508"].version == "2016-11-01"
    gazetteer = build_gazetteer(COD_AB)
    assert gazetteer.places["ML0508"].admin1_name == "Mopti"  # Koro in Mopti region in this older version
    assert gazetteer.forms["Koro"][0] == "ML0508"  # then GeoNames towns of that name elsewhere (never in Mali)
    assert all(i.startswith(GEONAMES_PREFIX) and gazetteer.places[i].country != "MLI" for i in gazetteer.forms["Koro"][1:])


@pytest.mark.slow  # assembles a pipeline with this gazetteer
def test_a_conversion_links_places_to_the_given_table(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cr.txt").write_text("COMPTE RENDU\nLes déplacés de Koro sont arrivés à Bourem.\n", encoding="utf-8")
    convert([tmp_path / "in"], tmp_path / "out", Settings(cache_dir=tmp_path / "cache", pcodes=COD_AB),
            options(jobs=1, timeout=0))
    places = pd.read_parquet(tmp_path / "out" / "locations.parquet").set_index("text")
    assert (places.loc["Koro", "admin2_pcode"], places.loc["Koro", "admin1_pcode"]) == ("ML0508", "ML05")
    assert places.loc["Bourem", "pcode_version"] == "2016-11-01"


def test_a_place_pickles_as_a_call_on_every_field_in_order_and_reads_back_equal():
    """Place's ``__reduce__`` (a load unpickles 25,000: the class called on its fields, not the
    frozen slotted dataclass's ``__setstate__``) names every field, in the dataclass's order."""
    import dataclasses
    import pickle

    from pipeline.reference.places import Place

    place = Place("ML0701", "Gao", 1, "Gao", "ML07", None, None, "v2024", "ML")
    cls, args = place.__reduce__()
    assert cls is Place and args == tuple(getattr(place, f.name) for f in dataclasses.fields(Place))
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(place, protocol=protocol))
        assert copy == place and copy is not place and not hasattr(copy, "__dict__")
