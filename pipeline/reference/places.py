"""The place gazetteer the NER links against.

Built from OCHA's admin-1/2 P-code table (``data/external/``, fetched by ``make install``, or
a COD-AB tabular file given with ``--gazetteer``) with ``resources/admin_variants.csv``,
``resources/places.csv`` and ``resources/not_places.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pipeline.config import RESOURCES_DIR
from pipeline.errors import ExtractionError
from pipeline.reference.registry import split_list
from pipeline.reference.tables import read_rows
from pipeline.textnorm import fold

#: countries whose admin units are in the gazetteer; admin-2 only where names rarely collide
GAZETTEER_COUNTRIES = {"MLI": 2, "BFA": 2, "NER": 2, "MRT": 2, "DZA": 1}


@dataclass(frozen=True)
class Place:
    """A place an analyst can join on: its canonical name, level, and its admin-1/2 units."""

    place_id: str
    name: str
    admin_level: int  # 0 country, 1 region, 2 cercle, 3 commune/town, 4 village/site
    admin1_name: Optional[str]
    admin1_pcode: Optional[str]
    admin2_name: Optional[str]
    admin2_pcode: Optional[str]
    pcode_version: Optional[str]
    country: str


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
    if "P-Code" in rows[0]:
        return [AdminUnit(r["P-Code"], r["Name"], int(r["Admin Level"]), r["Parent P-Code"] or None,
                          r.get("Version") or None, r["Location"]) for r in rows
                if r["Location"] in GAZETTEER_COUNTRIES and int(r["Admin Level"]) <= GAZETTEER_COUNTRIES[r["Location"]]]
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
    units = {u.pcode: u for u in read_admin_units(pcode_path)}
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
    for row in read_rows("admin_variants.csv", directory):
        if row["pcode"] in places:
            add_form(row["variant"], row["pcode"])
    levels = {"country": 0, "region": 1, "cercle": 2, "commune": 3, "city": 3, "town": 3}
    for row in read_rows("places.csv", directory):
        admin2 = places.get(row["admin2_pcode"])
        admin1 = places.get(row["admin1_pcode"] or (admin2.admin1_pcode if admin2 else "") or "")
        place_id = f"{row['country']}:{fold(row['name']).replace(' ', '-')}"
        places[place_id] = Place(place_id, row["name"], levels.get(row["kind"], 4),
                                 admin1.name if admin1 else None, admin1.place_id if admin1 else None,
                                 admin2.name if admin2 else None, admin2.place_id if admin2 else None,
                                 (admin2 or admin1).pcode_version if (admin2 or admin1) else None, row["country"])
        for form in (row["name"], *split_list(row["variants"])):
            add_form(form, place_id)
    return Gazetteer(places, {k: tuple(v) for k, v in forms.items()}, not_places(directory))


def data_fingerprint(pcode_path: Path, directory: Path = RESOURCES_DIR) -> str:
    """Hash of every data file the NLP stage is built from: a change means a rebuild."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.csv")) + ([pcode_path] if pcode_path.exists() else []):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
