"""Every analysis shipped in minutes.duckdb equals the answer read from the documents
(tests/gold/analyses/, see its README), and the database answers after its folder is moved."""

from __future__ import annotations

import shutil

import duckdb
import pandas as pd
import pytest

from pipeline.database import build_database

from conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "analyses"


def normalised(frame: pd.DataFrame) -> list[tuple]:
    """Rows as comparable tuples: text for every value, blanks for nulls, in sorted order."""
    frame = frame.astype(object).where(frame.notna(), "")
    return sorted(tuple(str(v)[:10] if hasattr(v, "isoformat") else str(v) for v in row)
                  for row in frame.itertuples(index=False))


@pytest.fixture(scope="module")
def database(sample_outputs, tmp_path_factory):
    build_database(sample_outputs)
    moved = tmp_path_factory.mktemp("moved") / "elsewhere"
    shutil.copytree(sample_outputs, moved)  # a shared copy: the original folder plays no part
    with duckdb.connect(str(moved / "minutes.duckdb"), read_only=True) as connection:
        yield connection


@pytest.mark.parametrize("view", [
    "incidents_by_month_region",
    "displaced_households_by_cercle",
    "displaced_persons_by_cercle_month",
    "actions_by_responsible",
    "open_actions_by_responsible",
])
def test_view_equals_its_gold_table(database, view):
    gold = pd.read_csv(GOLD / f"{view}.csv", dtype=str, keep_default_na=False)
    columns = ", ".join(f'"{c}"' for c in gold.columns)
    answer = database.sql(f"SELECT {columns} FROM {view}").df()
    assert normalised(answer) == normalised(gold)


def test_every_shipped_view_has_a_gold_table(database):
    views = {r[0] for r in database.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert views - {"facts"} == {p.stem for p in GOLD.glob("*.csv")}


def test_facts_view_needs_no_join(database):
    facts = database.sql("SELECT * FROM facts WHERE \"primary\" AND unit = 'households' AND cercle = 'Goundam'").df()
    row = facts.iloc[0]
    assert (row.value, str(row.meeting_date)[:10], row.group, row.region) == (186, "2019-05-09", "Groupe de Travail Protection", "Timbuktu")
    assert (row.location_role, row.origin, row.period, row.period_kind) == ("destination", "Tonka", "2019-04-20/", "cumulative")


def test_excel_outputs(tmp_path):
    """--excel-csv starts each CSV with a UTF-8 byte order mark; --xlsx writes one workbook with a
    README sheet and a sheet per table; --hxl CSVs pass hxl.validate's standard schema."""
    import subprocess
    import sys

    import hxl

    from pipeline.schema import TABLES

    from conftest import RAW

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("cr_gt_protection_tombouctou_2019-05-09.html", "minutes_pwg_mopti_2019-03-21.docx",
                 "003_9977c9c00bf37876.txt", "cr_souscluster_protection_gao_2018-06-14.docx"):
        shutil.copy(RAW / name, raw / name)
    result = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(raw), "--out", str(tmp_path / "out"),
                             "--excel-csv", "--xlsx", "--hxl", "--no-progress"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf\"doc_id\"")
    sheets = pd.read_excel(out / "minutes.xlsx", sheet_name=None)
    assert list(sheets) == ["README", *TABLES]
    assert len(sheets["figures"]) == len(pd.read_parquet(out / "figures.parquet"))
    assert set(sheets["README"]["table"]) == set(TABLES)
    goundam = sheets["figures"][sheets["figures"]["location"] == "Goundam"].iloc[0]
    assert (goundam["value"], goundam["location_role"], goundam["origin"]) == (186, "destination", "Tonka")
    options = hxl.InputOptions(allow_local=True)
    for name in TABLES:
        report = hxl.validate(hxl.data(str(out / f"{name}.csv"), options))
        assert report["stats"]["error"] == 0 and report["stats"]["warning"] == 0, (name, report["issues"])
        # what is left is information: a value far from the others of its column, shown as such
        assert all(issue["description"] == "Possible numeric outlier" for issue in report["issues"]), name
