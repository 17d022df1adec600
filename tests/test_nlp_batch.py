"""Fields go through the NLP network in small batches (bounded memory), with the same facts."""

from __future__ import annotations

from pipeline.nlp import mentions

from conftest import GAO_DOCX, REFERENCE, SEED_TEXT, minutes_of, read, runtime


def test_facts_do_not_depend_on_how_many_fields_share_a_batch(monkeypatch):
    """Regression (issue 16): every field of a document went through in one batch, whose
    activations a 200-page PDF's worker held at once (250 -> 660 MB)."""
    nlp = runtime().nlp
    for path in (SEED_TEXT, GAO_DOCX):
        minutes = minutes_of(read(path))
        small = mentions.tag(minutes, nlp, REFERENCE)
        monkeypatch.setattr(mentions, "NLP_BATCH_CHARS", 10**9)
        whole = mentions.tag(minutes, nlp, REFERENCE)
        monkeypatch.setattr(mentions, "NLP_BATCH_CHARS", 50)
        tiny = mentions.tag(minutes, nlp, REFERENCE)
        monkeypatch.undo()
        assert small == whole == tiny


def test_batches_hold_at_most_their_characters_and_every_text_in_order():
    texts = ["a" * 5, "b" * 3, "c" * 9, "d", "e" * 2, "f" * 20]
    found = mentions.batches(texts, 10)
    assert found == [["a" * 5, "b" * 3], ["c" * 9, "d"], ["e" * 2], ["f" * 20]]
    assert mentions.batches([], 10) == []
