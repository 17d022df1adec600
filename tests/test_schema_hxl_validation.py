"""One schema: documented columns, Parquet metadata, HXL CSVs, validation that fails loudly."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import hxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.dictionary import DICTIONARY, render
from pipeline.schema import RUNS, TABLES
from pipeline.validate import ValidationError, validate_folder

from conftest import RAW, ROOT

HXL_TAG = re.compile(r"#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*")


def test_data_dictionary_is_current_and_complete():
    assert DICTIONARY.read_text(encoding="utf-8") == render(), "run: minutes data-dictionary"
    text = DICTIONARY.read_text(encoding="utf-8")
    for table in list(TABLES.values()) + [RUNS]:
        assert f"## `{table.name}`" in text
        for column in table.columns:
            assert column.description and HXL_TAG.fullmatch(column.hxl), (table.name, column.name)
            assert f"| `{column.name}` |" in text


def test_parquet_files_carry_descriptions_and_hashtags(sample_outputs):
    for name, table in TABLES.items():
        schema = pq.read_schema(sample_outputs / f"{name}.parquet")
        for column in table.columns:
            metadata = schema.field(column.name).metadata
            assert metadata[b"description"].decode() == column.description
            assert metadata[b"hxl"].decode() == column.hxl


@pytest.mark.slow
@pytest.mark.integration
def test_hxl_csvs_parse_with_libhxl(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(RAW), "--out", str(tmp_path), "--hxl",
                             "--no-progress"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    options = hxl.InputOptions(allow_local=True)
    for name, table in TABLES.items():
        dataset = hxl.data(str(tmp_path / f"{name}.csv"), options)
        assert [c.display_tag for c in dataset.columns] == [c.hxl for c in table.columns], name
    expected = {"organisations": "#org+acronym", "locations": "#adm1+code", "documents": "#date+reported",
                "actions": "#date+deadline"}
    for name, tag in expected.items():
        assert tag in [c.display_tag for c in hxl.data(str(tmp_path / f"{name}.csv"), options).columns]
    locations = hxl.data(str(tmp_path / "locations.csv"), options).cache()
    assert "ML1902" in set(locations.get_value_set("#adm2+code")) and "Koro" in set(locations.get_value_set("#adm2+name"))
    figures = list(hxl.data(str(tmp_path / "figures.csv"), options))
    assert {row.get("#affected+hh") for row in figures} >= {"404", "509"}
    assert {row.get("#affected+ind") for row in figures} >= {"3100", "3096"}
    assert "187139" in {row.get("#affected+idps") for row in figures}
    assert "2017-09-06" in set(hxl.data(str(tmp_path / "documents.csv"), options).get_value_set("#date+reported"))


def corrupt(folder, name: str, change) -> None:
    path = folder / f"{name}.parquet"
    table = pq.read_table(path)
    pq.write_table(change(table), path)


def test_a_wrong_type_fails_validation_naming_table_and_column(sample_outputs, tmp_path):
    folder = tmp_path / "outputs"
    shutil.copytree(sample_outputs, folder)
    validate_folder(folder)  # the real outputs pass

    def participants_as_text(table: pa.Table) -> pa.Table:
        index = table.schema.get_field_index("participants")
        return table.set_column(index, "participants", table.column("participants").cast(pa.string()))

    corrupt(folder, "documents", participants_as_text)
    with pytest.raises(ValidationError, match=r"documents\.participants: type string, declared int64"):
        validate_folder(folder)


def test_a_dangling_key_fails_validation(sample_outputs, tmp_path):
    folder = tmp_path / "outputs"
    shutil.copytree(sample_outputs, folder)

    def orphan_action(table: pa.Table) -> pa.Table:
        rows = table.to_pylist()
        rows[0] = dict(rows[0], item_no=99)
        return pa.Table.from_pylist(rows, schema=table.schema)

    corrupt(folder, "actions", orphan_action)
    with pytest.raises(ValidationError) as error:
        validate_folder(folder)
    assert "actions.doc_id,item_no: no matching row in agenda_items(doc_id, item_no) (1 row: 0)" in str(error.value)


def test_a_value_outside_its_set_and_a_duplicate_key_fail(sample_outputs, tmp_path):
    folder = tmp_path / "outputs"
    shutil.copytree(sample_outputs, folder)

    def bad_unit_and_duplicate(table: pa.Table) -> pa.Table:
        rows = table.to_pylist()
        rows[0] = dict(rows[0], unit="tonnes")
        return pa.Table.from_pylist(rows + [rows[1]], schema=table.schema)

    corrupt(folder, "figures", bad_unit_and_duplicate)
    with pytest.raises(ValidationError) as error:
        validate_folder(folder)
    message = str(error.value)
    assert "figures.unit: value not allowed (tonnes;" in message
    assert "figures.doc_id,figure_no: duplicate key" in message


def test_validate_command(sample_outputs, tmp_path):
    folder = tmp_path / "outputs"
    shutil.copytree(sample_outputs, folder)
    ok = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(folder)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0
    corrupt(folder, "attendance", lambda t: t.drop_columns(["org_name"]))
    bad = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(folder)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "attendance.org_name: declared column missing" in bad.stderr


def test_duplicate_keys_counted_by_arrow_treat_null_as_a_value():
    from pipeline.validate import duplicate_rows

    table = pa.table({"doc_id": ["a", "a", "b", "a", None, None], "n": [1, 2, 1, 1, None, None]})
    assert duplicate_rows(table, ["doc_id", "n"]) == (3, 5)
    assert duplicate_rows(table.slice(0, 3), ["doc_id", "n"]) == ()


def test_dangling_rows_skip_null_references_and_survive_differing_key_types():
    from pipeline.validate import dangling_rows

    target = pa.table({"doc_id": ["a", "a", "b"], "figure_no": [1, 2, 1]})
    table = pa.table({"doc_id": ["a", "a", "b", "c", "a"], "restates": [2, 3, None, 1, 1]})
    assert dangling_rows(table, ["doc_id", "restates"], target, ["doc_id", "figure_no"]) == (1, 3)
    as_text = table.set_column(1, "restates", table.column("restates").cast(pa.string()))
    assert dangling_rows(as_text, ["doc_id", "restates"], target, ["doc_id", "figure_no"]) == (0, 1, 3, 4)
