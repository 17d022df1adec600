"""Fields go through the NLP network in small batches (bounded memory), with the same facts."""

from __future__ import annotations

from conftest import GAO_DOCX, SEED_TEXT, read
from pipeline.config import Settings
from pipeline.nlp import mentions
from pipeline.nlp.pipeline import get_nlp
from pipeline.structure import structure


def test_facts_do_not_depend_on_how_many_fields_share_a_batch(monkeypatch):
    """Regression (issue 16): every field of a document went through in one batch, whose
    activations a 200-page PDF's worker held at once (250 -> 660 MB)."""
    nlp = get_nlp()
    for path in (SEED_TEXT, GAO_DOCX):
        minutes = structure(read(path), Settings())
        small = mentions.tag(minutes, nlp)
        monkeypatch.setattr(mentions, "NLP_BATCH", 1000)
        whole = mentions.tag(minutes, nlp)
        monkeypatch.setattr(mentions, "NLP_BATCH", 32)
        assert small == whole
