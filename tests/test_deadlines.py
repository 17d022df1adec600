"""Deadlines resolved against the meeting date; next meetings dated from the archive."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pipeline.batch import convert
from pipeline.config import Settings
from pipeline.structure.deadlines import deadline_of

from conftest import MOPTI_DOCX, REFERENCE, SEED_TEXT, options, rows_of

MEETING = dt.date(2017, 9, 6)


@pytest.mark.parametrize("text, kind, date", [
    ("11 Septembre", "date", dt.date(2017, 9, 11)),
    ("16 septembre", "date", dt.date(2017, 9, 16)),
    ("Fin juin", "date", dt.date(2018, 6, 30)),
    ("Fin septembre", "date", dt.date(2017, 9, 30)),
    ("25/10/2018", "date", dt.date(2018, 10, 25)),
    ("au plus tard le 20", "date", dt.date(2017, 9, 20)),
    ("Continu", "continuous", None),
    ("Avant la prochaine réunion du cluster national", "next_meeting", None),
    ("Lorsque le rapport sera produit", "when_available", None),
    ("Dès que possible", "asap", None),
    ("En fonction du calendrier de la coordination ICC", "unknown", None),
    ("By 5 April 2019", "date", dt.date(2019, 4, 5)),
    ("End of March 2019", "date", dt.date(2019, 3, 31)),
    # written other ways in real minutes
    ("avant le 15/10", "date", dt.date(2017, 10, 15)),  # regression: read as "le 15" of September
    ("20/09", "date", dt.date(2017, 9, 20)),
    ("Octobre", "date", dt.date(2017, 10, 31)),
    ("en novembre 2017", "date", dt.date(2017, 11, 30)),
    ("12-oct-17", "date", dt.date(2017, 10, 12)),
    ("T4 2017", "date", dt.date(2017, 12, 31)),
    ("3ème trimestre 2018", "date", dt.date(2018, 9, 30)),
    ("deuxième semestre", "date", dt.date(2017, 12, 31)),
    ("Dans deux semaines", "date", dt.date(2017, 9, 20)),
    ("within 10 days", "date", dt.date(2017, 9, 16)),
    ("la semaine prochaine", "date", dt.date(2017, 9, 15)),  # the meeting is a Wednesday: next week's Friday
    ("cette semaine", "date", dt.date(2017, 9, 8)),
    ("En cours", "continuous", None),
    ("1.5 mois", "unknown", None),
    ("31/09/2017", "unknown", None),
    ("May need more time to collect the data", "unknown", None),
])
def test_deadline_of(text, kind, date):
    assert deadline_of(text, MEETING, REFERENCE) == (kind, date)


def test_seed_action_deadlines(tables):
    actions = rows_of(tables, "actions", SEED_TEXT)
    last = actions.iloc[-1]
    assert (last.deadline_kind, str(last.deadline_date)) == ("date", "2017-09-11")
    assert set(actions[actions.item_no == 4].deadline_kind) == {"continuous"}
    assert set(actions[actions.item_no == 5].deadline_kind[:2]) == {"next_meeting"}
    item2 = rows_of(tables, "agenda_items", SEED_TEXT).iloc[1]
    dates = dict(zip(item2.deadline_text.split("\n"), item2.deadline_dates))
    assert str(dates["16 septembre"]) == "2017-09-16" and str(dates["11 Septembre"]) == "2017-09-11"
    assert list(item2.deadline_kinds).count("next_meeting") == 2
    # and on the actions themselves (issue 5): each on the action its responsible goes with
    on_actions = actions[actions.item_no == 2].set_index("action_no")
    assert {n: str(d) for n, d in on_actions.deadline_date.dropna().items()} == {
        4: "2017-09-11", 5: "2017-09-11", 7: "2017-09-16"}
    assert on_actions.loc[7].text.startswith("Proposer la méthodologie")
    assert on_actions.deadline_kind.tolist()[:1] == ["continuous"]
    assert on_actions.loc[[8, 9], "deadline_kind"].tolist() == ["next_meeting", "next_meeting"]


def test_next_meeting_from_the_minutes_themselves(tables):
    actions = rows_of(tables, "actions", MOPTI_DOCX)
    row = actions[actions.deadline_text == "Next meeting"].iloc[0]
    assert (row.deadline_kind, str(row.deadline_date)) == ("next_meeting", "2019-04-18")


def test_next_meeting_from_the_archive(tmp_path):
    minutes = ("COMPTE RENDU\nLieu et date : OCHA – Gao, {date}\nPrésidence : Awa Traoré, Coordinatrice du "
               "Cluster Protection (UNHCR)\nPoints\tDiscussions\tActions\tResponsables\tDélai\n"
               "Divers\tRAS\tPartager la matrice\tOCHA\tAvant la prochaine réunion\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(minutes.format(date="3 mars 2021"), encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(minutes.format(date="7 avril 2021"), encoding="utf-8")
    convert([tmp_path / "in"], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), options(csv=False))
    actions = pd.read_parquet(tmp_path / "out" / "actions.parquet")
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    first = actions[actions.doc_id == documents.loc["a.txt", "doc_id"]].iloc[0]
    second = actions[actions.doc_id == documents.loc["b.txt", "doc_id"]].iloc[0]
    assert str(first.deadline_date) == "2021-04-07"  # the next meeting of the same group and region
    assert second.deadline_kind == "next_meeting" and pd.isna(second.deadline_date)
