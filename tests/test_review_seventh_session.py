"""Regressions found in the seventh session: a place's method taken from a body read at the same
offsets, and one file's rows that break the schema failing the whole batch. Sentences INVENTED."""

from __future__ import annotations

import pipeline.process
from pipeline.process import process_with, schema_violations

from conftest import SEED_TEXT, runtime

PLACE_METHODS = {"gazetteer", "geonames", "context", "ner"}


def test_a_compass_word_and_a_countrys_shared_acronym_keep_a_places_method():
    """"Eastern DRC": the acronym is also the Danish Refugee Council's, read by the registry at
    the same offsets; the place joined with its compass word took that method ("registry"),
    which the locations table does not allow, and the batch's validation failed."""
    doc = runtime().nlp("Partners asked about the mission's presence in Eastern DRC and its escorts.")
    places = [(e.text, e._.method) for e in doc.ents if e.label_ == "LOC"]
    assert [text for text, _ in places] == ["Eastern DRC"]
    assert all(method in PLACE_METHODS for _, method in places)


def test_a_files_rows_that_break_the_schema_fail_that_file_not_the_batch(monkeypatch):
    good = process_with(runtime(), SEED_TEXT, SEED_TEXT.name)
    assert good.document["status"] == "ok" and schema_violations(good.tables) == ""
    rows = pipeline.process.mention_rows

    def with_a_bad_method(doc_id, facts):
        tables = rows(doc_id, facts)
        tables["locations"] = [dict(r, method="registry") for r in tables["locations"]]
        return tables

    monkeypatch.setattr(pipeline.process, "mention_rows", with_a_bad_method)
    bad = process_with(runtime(), SEED_TEXT, SEED_TEXT.name)
    assert bad.document["status"] == "failed" and not bad.tables
    assert "locations.method: value not allowed (registry" in bad.document["error"]
