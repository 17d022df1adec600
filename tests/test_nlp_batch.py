"""Fields go through the NLP network in small batches (bounded memory), with the same facts."""

from __future__ import annotations

from pipeline.nlp import mentions

from conftest import BORDERLESS_PDF, GAO_DOCX, MOPTI_DOCX, REFERENCE, SEED_TEXT, minutes_of, read, runtime


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


def test_fields_read_as_they_come_give_the_facts_of_every_doc_held_at_once():
    """Regression (issue 16, worker memory): every field's Doc was held until the last field was
    tagged, for ``settle_places`` (23 MB on a 200-page PDF); now only the fields naming a place
    with candidates wait for the document's countries, the others are read at once. The facts
    are those of holding every Doc and settling them all together."""
    nlp = runtime().nlp
    component = nlp.get_pipe("minutes_entities")
    waited = read_at_once = 0
    for path in (SEED_TEXT, GAO_DOCX, MOPTI_DOCX, BORDERLESS_PDF):
        minutes = minutes_of(read(path))
        texts = mentions.in_chunks(mentions.field_texts(minutes), mentions.CHUNK_CHARS)
        language = mentions.language_of([t.text for t in texts])
        docs = list(nlp.pipe([t.text for t in texts]))
        waited += sum(not component.settles_alone(doc) for doc in docs)
        read_at_once += sum(component.settles_alone(doc) for doc in docs)
        component.settle_places(docs)
        held = [mentions.read_field(text, doc, component, language, REFERENCE) for text, doc in zip(texts, docs)]
        expected = mentions.document_facts(texts, held, minutes, REFERENCE, component)
        assert mentions.tag(minutes, nlp, REFERENCE) == expected
        assert expected.places and expected.organisations
    assert waited and read_at_once  # both ways of reading a field were taken


def test_a_long_field_is_read_in_pieces_no_longer_than_a_batch():
    """Regression (issue 16, worker memory): a 200-page PDF's body prose went through the network
    in 50,000-character pieces, each a batch of its own whose activations were held at once
    (140 -> 171 MB); a piece is now at most a batch's characters, cut at a line's end."""
    body = "\n".join(f"Réunion {i} à Gao : 12 ménages déplacés, appui du HCR." for i in range(1_000))
    pieces = mentions.in_chunks([mentions.FieldText(None, "body", body)], mentions.CHUNK_CHARS)
    assert len(pieces) > 1 and max(len(p.text) for p in pieces) <= mentions.NLP_BATCH_CHARS
    assert "".join(p.text for p in pieces) == body and all(p.text.endswith("\n") for p in pieces[:-1])
