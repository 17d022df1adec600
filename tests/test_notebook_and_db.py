"""make db and the notebook: the analyses answered from the sample archive."""

from __future__ import annotations

import duckdb
import nbformat
from nbclient import NotebookClient

from pipeline.database import build_database

from conftest import ROOT


def test_duckdb_views_answer_the_three_analyses(sample_outputs):
    path = build_database(sample_outputs)
    with duckdb.connect(str(path), read_only=True) as con:
        views = {r[0] for r in con.sql("SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"documents", "agenda_items", "actions", "figures", "organisations", "locations", "attendance",
                "runs"} <= views
        incidents = {(m, r, s): n for m, r, s, n in con.sql(
            "SELECT month, region, subject, incidents FROM incidents_by_month_region").fetchall()}
        assert incidents[("2018-05", "Gao", "security incidents")] == 23  # "dont 9 attaques" is a part of the 23
        assert incidents[("2017-08", "(no region)", "protection incidents")] == 77  # once although in 5 files
        displaced = {c: h for c, _, _, h, _ in con.sql("SELECT * FROM displaced_households_by_cercle").fetchall()}
        assert displaced["Bourem"] == 509 and displaced["Koro"] == 404 + 39 and displaced["Goundam"] == 186
        open_actions = dict(con.sql("SELECT org_id, open_actions FROM open_actions_by_responsible").fetchall())
        assert open_actions["Cluster Protection"] >= 2 and open_actions["UNFPA"] >= 1


def test_notebook_runs_top_to_bottom(sample_outputs, monkeypatch):
    monkeypatch.setenv("MINUTES_DATA", str(sample_outputs))
    notebook = nbformat.read(ROOT / "notebooks" / "01-explore.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = "\n".join(str(o.get("data", {}).get("text/plain", "")) for cell in notebook.cells
                        if cell.cell_type == "code" for o in cell.get("outputs", []))
    assert "incidents" in outputs and "Bourem" in outputs and "Cluster Protection" in outputs
    assert not any(o.get("output_type") == "error" for cell in notebook.cells for o in cell.get("outputs", []))
