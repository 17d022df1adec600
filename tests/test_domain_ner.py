"""The experimental domain NER (issue 13 item 3): off by default, and how its entities join the
French model's as candidates (``pipeline/nlp/domain_ner.py``). Training and its cross-validation
are ``scripts/train_ner.py``'s (not a test: minutes of CPU, and the real texts stay out of git)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pipeline.config import Settings
from pipeline.nlp.domain_ner import domain_fingerprint, merge
from pipeline.process import current_version


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("MINUTES_DOMAIN_NER", raising=False)
    monkeypatch.delenv("MINUTES_DOMAIN_NER_MODE", raising=False)
    settings = Settings()
    assert settings.domain_ner is None and settings.domain_ner_mode == "add"


def test_environment_turns_it_on(monkeypatch, tmp_path):
    monkeypatch.setenv("MINUTES_DOMAIN_NER", str(tmp_path))
    monkeypatch.setenv("MINUTES_DOMAIN_NER_MODE", "replace")
    settings = Settings()
    assert settings.domain_ner == tmp_path.resolve() and settings.domain_ner_mode == "replace"
    with pytest.raises(ValueError):
        Settings(domain_ner_mode="both")


def test_version_apart_with_the_domain_ner(tmp_path, monkeypatch):
    monkeypatch.delenv("MINUTES_DOMAIN_NER", raising=False)
    (tmp_path / "ner").mkdir()
    (tmp_path / "ner" / "model").write_bytes(b"weights")
    plain = current_version(Settings())
    added = current_version(Settings(domain_ner=tmp_path))
    replaced = current_version(Settings(domain_ner=tmp_path, domain_ner_mode="replace"))
    assert len({plain, added, replaced}) == 3 and added.startswith(plain)
    assert domain_fingerprint(Path(tmp_path), "add") in added


def _doc():
    nlp = spacy.blank("fr")
    doc = nlp("Réunion avec ACF et ONG Kalita à Ménaka , présidée par Amadou Traoré")
    # the French model's entities, set aside by keep_ner_entities: ACF (ORG), Amadou Traoré (PER)
    doc._.ner_ents = (Span(doc, 2, 3, "ORG"), Span(doc, 11, 13, "PER"))
    # the domain NER's: ACF as a place (overlaps the French ORG), ONG Kalita, Ménaka
    doc.ents = [Span(doc, 2, 3, "LOC"), Span(doc, 4, 6, "ORG"), Span(doc, 7, 8, "LOC")]
    return doc


def test_add_keeps_the_french_entities_and_adds_the_others():
    doc = merge(_doc(), "add")
    assert [(e.text, e.label_) for e in doc._.ner_ents] == [
        ("ACF", "ORG"), ("ONG Kalita", "ORG"), ("Ménaka", "LOC"), ("Amadou Traoré", "PER")]
    assert doc.ents == ()


def test_replace_drops_the_french_org_and_loc_only():
    doc = merge(_doc(), "replace")
    assert [(e.text, e.label_) for e in doc._.ner_ents] == [
        ("ACF", "LOC"), ("ONG Kalita", "ORG"), ("Ménaka", "LOC"), ("Amadou Traoré", "PER")]


def test_a_person_of_the_french_model_vetoes_a_domain_span():
    doc = _doc()
    doc.ents = list(doc.ents) + [Span(doc, 11, 13, "LOC")]  # "Amadou Traoré" read as a place
    assert ("Amadou Traoré", "LOC") not in [(e.text, e.label_) for e in merge(doc, "replace", person_veto=True)._.ner_ents]
    doc = _doc()
    doc.ents = list(doc.ents) + [Span(doc, 11, 13, "LOC")]
    assert ("Amadou Traoré", "LOC") in [(e.text, e.label_) for e in merge(doc, "replace")._.ner_ents]
