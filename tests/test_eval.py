"""The archive's scores against the gold (organisations, places, figures, deadlines), held where they were reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_all, format_report

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def scores(sample_outputs):
    return evaluate_all(sample_outputs, GOLD)


def test_f1_on_the_sample_archive(scores):
    report = format_report(scores)
    assert scores["organisations"].f1 >= 0.98, report
    assert scores["locations"].f1 >= 0.98, report
    assert scores["organisations"].precision >= 0.99 and scores["locations"].precision >= 0.99, report


def test_figures_and_deadlines_on_the_sample_archive(scores):
    report = format_report(scores)
    assert scores["figures (value, unit)"].f1 >= 0.98, report
    assert scores["figures (value)"].f1 >= 0.98, report
    assert scores["deadlines"].value >= 0.98 and scores["deadlines"].total >= 80, report


def test_actions_get_the_responsible_and_deadline_the_gold_gives(scores):
    """Per action (issue 5): seed 000's item 2, nine actions for seven responsibles, included."""
    report = format_report(scores)
    for kind in ("action responsibles", "action deadlines"):
        assert scores[kind].total >= 98, report
        assert scores[kind].value >= 0.94, report
    # the one action the texts cannot place (item 2's second, beside nothing on its page) is the only miss
    assert {e.split(":")[0].split(" action ")[1] for e in scores["action deadlines"].errors} <= {"2.2"}, report


def test_gold_covers_every_document_of_the_archive(sample_outputs):
    import json

    import pandas as pd

    covered = {d for path in GOLD.glob("*.json") for d in json.loads(path.read_text())["documents"]}
    documents = set(pd.read_parquet(sample_outputs / "documents.parquet").source_path)
    assert covered == documents
