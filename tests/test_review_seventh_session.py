"""Regressions found in the seventh session: a place's method taken from a body read at the same
offsets, and one file's rows that break the schema failing the whole batch. Sentences INVENTED."""

from __future__ import annotations

import shutil

import pandas as pd

import pipeline.process
from pipeline.batch import RunOptions, convert
from pipeline.config import Settings
from pipeline.process import process_with
from pipeline.validate import row_violations

from conftest import REFERENCE, SEED_PROSE, SEED_TEXT, runtime

PLACE_METHODS = {"gazetteer", "geonames", "context", "ner"}


def test_a_compass_word_and_a_countrys_shared_acronym_keep_a_places_method():
    """"Eastern DRC": the acronym is also the Danish Refugee Council's, read by the registry at
    the same offsets; the place joined with its compass word took that method ("registry"),
    which the locations table does not allow, and the batch's validation failed."""
    doc = runtime().nlp("Partners asked about the mission's presence in Eastern DRC and its escorts.")
    places = [(e.text, e._.method) for e in doc.ents if e.label_ == "LOC"]
    assert [text for text, _ in places] == ["Eastern DRC"]
    assert all(method in PLACE_METHODS for _, method in places)


def test_a_files_rows_that_break_the_schema_fail_that_file_not_the_batch(tmp_path, monkeypatch):
    """A place's method the schema does not allow failed the validation of the whole run (no
    datasets at all); now the file fails alone, with the cause, and the others are written."""
    folder = tmp_path / "in"
    folder.mkdir()
    for fixture in (SEED_TEXT, SEED_PROSE):
        shutil.copy(fixture, folder / fixture.name)
    rows = pipeline.process.mention_rows
    broken = []

    def with_a_bad_method(doc_id, facts):
        tables = rows(doc_id, facts)
        if not broken:  # the first file only
            broken.append(doc_id)
            tables["locations"] = [dict(r, method="registry") for r in tables["locations"]]
        return tables

    monkeypatch.setattr(pipeline.process, "mention_rows", with_a_bad_method)
    convert([folder], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"), RunOptions(jobs=1, timeout=0))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("doc_id")
    assert documents.loc[broken[0], "status"] == "failed"
    assert "locations.method: value not allowed (registry)" in documents.loc[broken[0], "error"]
    assert (documents.drop(index=broken[0])["status"] == "ok").all() and len(documents) == 2
    locations = pd.read_parquet(tmp_path / "out" / "locations.parquet")
    assert set(locations["doc_id"]) == set(documents.index) - {broken[0]}


def test_rows_within_the_schema_have_nothing_to_say():
    good = process_with(runtime(), SEED_TEXT, SEED_TEXT.name)
    assert good.document["status"] == "ok" and row_violations(good.tables) == ""
    assert row_violations({"locations": [dict(good.tables["locations"][0], method=None)]}) \
        .startswith("locations.method: value not allowed (None)")


def _figure(text: str, phrase: str, unit: str):
    from pipeline.facts import Figure
    start = text.index(phrase)
    return Figure(None, "body", start, start + len(phrase), phrase, float(phrase.split()[0]), unit,
                  phrase.split()[-1], "exact", None, None, None, text)


def test_a_noun_after_a_year_and_its_own_count_is_not_seen_again():
    """"En 2020, 140 zorgans …": the pattern of a number before the noun ran from the year across
    the comma, so the noun the field's one figure holds counted as "seen again" (a second pass)."""
    from pipeline.nlp.figures import nouns_learned
    text = "En 2020, 140 zorgans ont été construits."
    assert nouns_learned(text, [_figure(text, "140 zorgans", "other")], REFERENCE) == ()
    again = text + " Puis 60 zorgans ont suivi."
    assert nouns_learned(again, [_figure(again, "140 zorgans", "other")], REFERENCE) == (("zorgans", "other", None),)


def test_an_attendance_lines_body_before_its_acronym_and_town_is_no_dateline():
    """"<Body> (ACR)-<Town>" ending a line was read as a dateline, the body's words as its town."""
    from pipeline.nlp.bylines import byline_patterns, byline_spans
    patterns = byline_patterns(["mars"])
    agencies, others = byline_spans("Bureau Regional Zorgo (BRZ)-Kelmani\nla reunion a commence", patterns)
    assert others == []
    agencies, others = byline_spans("Petit Zorgo (ABC)-Le gouverneur a ouvert la session.", patterns)
    assert others == [(0, len("Petit Zorgo"))]


def test_an_outlet_and_its_author_line_ends_with_the_name():
    """"Outlet Info | Par <name>" with the sentence going on after it: no byline (the author's
    span ran into the sentence)."""
    from pipeline.nlp.bylines import byline_patterns, byline_spans
    patterns = byline_patterns(["mars"])
    assert byline_spans("Zorg Info | Par Jean Dupont Le Gouverneur Ali a dit", patterns)[1] == []
    text = "Zorg Info | Par Jean Dupont"
    assert byline_spans(text, patterns)[1] == [(text.index("Jean"), len(text))]


def test_a_rank_before_the_last_word_is_a_title():
    from spacy.tokens import Span

    from pipeline.nlp.place_readings import a_title_before_a_name
    doc = runtime().nlp.make_doc("Le rapport a été lu par le Col Kelmani")
    assert a_title_before_a_name(doc, Span(doc, len(doc) - 2, len(doc) - 1))


def test_nouns_ending_like_a_participle_are_no_agents_verb():
    """"-uit(s)" ended "conduits" and "construit", and "circuit", "produits", "fruit" too: an
    unknown place after "un circuit par <town>" was dropped as a person doing something."""
    from spacy.tokens import Span

    from pipeline.nlp.place_readings import agent_of_a_participle
    for text, expected in [("Les travaux conduits par Zorgabe ont repris.", True),
                           ("Un circuit par Zorgabe est prévu.", False),
                           ("Les produits par Zorgabe arrivent.", False)]:
        doc = runtime().nlp.make_doc(text)
        name = [t.i for t in doc if t.text == "Zorgabe"][0]
        assert agent_of_a_participle(doc, Span(doc, name, name + 1)) is expected, text
