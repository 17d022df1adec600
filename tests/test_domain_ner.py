"""The experimental domain NER (issue 13 item 3): off by default, and how its entities join the
French model's as candidates (``pipeline/nlp/domain_ner.py``). Training and its cross-validation
are ``scripts/train_ner.py``'s (not a test: minutes of CPU, and the real texts stay out of git)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pipeline.config import Settings
from pipeline.nlp.domain_ner import StashDomainNer, add_domain_ners, domain_fingerprint, merge, remove_domain_ner
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


# --------------------------------------------------------------------------- a model per label

def _clear_env(monkeypatch):
    for name in ("MINUTES_DOMAIN_NER", "MINUTES_DOMAIN_NER_MODE", "MINUTES_DOMAIN_NER_ORG", "MINUTES_DOMAIN_NER_ORG_MODE",
                 "MINUTES_DOMAIN_NER_LOC", "MINUTES_DOMAIN_NER_LOC_MODE"):
        monkeypatch.delenv(name, raising=False)


def test_per_label_settings_off_by_default(monkeypatch):
    _clear_env(monkeypatch)
    assert Settings().domain_ner_sources() == {}


def test_per_label_settings_from_the_environment(monkeypatch, tmp_path):
    _clear_env(monkeypatch)
    blank, tuned = tmp_path / "blank", tmp_path / "tuned"
    monkeypatch.setenv("MINUTES_DOMAIN_NER_ORG", str(blank))
    monkeypatch.setenv("MINUTES_DOMAIN_NER_ORG_MODE", "replace")
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC", str(tuned))
    assert Settings().domain_ner_sources() == {"ORG": (blank.resolve(), "replace"), "LOC": (tuned.resolve(), "add")}
    with pytest.raises(ValueError):
        Settings(domain_ner_loc_mode="both")


def test_one_label_switched_off_keeps_the_other(tmp_path):
    settings = Settings(domain_ner=tmp_path, domain_ner_mode="replace", domain_ner_loc_mode="off")
    assert settings.domain_ner_sources() == {"ORG": (tmp_path, "replace")}
    assert Settings(domain_ner_org=tmp_path).domain_ner_sources() == {"ORG": (tmp_path, "add")}


def test_version_apart_per_label(tmp_path, monkeypatch):
    _clear_env(monkeypatch)
    for name in ("a", "b"):
        (tmp_path / name / "ner").mkdir(parents=True)
        (tmp_path / name / "ner" / "model").write_bytes(name.encode())
    both = current_version(Settings(domain_ner=tmp_path / "a", domain_ner_mode="replace"))
    same = current_version(Settings(domain_ner_org=tmp_path / "a", domain_ner_loc=tmp_path / "a",
                                    domain_ner_org_mode="replace", domain_ner_loc_mode="replace"))
    hybrid = current_version(Settings(domain_ner_org=tmp_path / "a", domain_ner_org_mode="replace",
                                      domain_ner_loc=tmp_path / "b", domain_ner_loc_mode="replace"))
    org_only = current_version(Settings(domain_ner_org=tmp_path / "a", domain_ner_org_mode="replace"))
    assert both == same and len({both, hybrid, org_only}) == 3


def test_replace_one_label_leaves_the_other_to_the_french_model():
    doc = merge(_doc(), {"ORG": "replace", "LOC": "off"})
    # the French ACF (ORG) is replaced by the domain ORG; the domain LOC spans are not taken
    assert [(e.text, e.label_) for e in doc._.ner_ents] == [("ONG Kalita", "ORG"), ("Amadou Traoré", "PER")]
    doc = merge(_doc(), {"ORG": "off", "LOC": "replace"})
    assert [(e.text, e.label_) for e in doc._.ner_ents] == [
        ("ACF", "ORG"), ("ACF", "LOC"), ("Ménaka", "LOC"), ("Amadou Traoré", "PER")]


def test_two_models_stashed_then_merged():
    doc = _doc()
    doc.ents = [Span(doc, 4, 6, "ORG"), Span(doc, 7, 8, "ORG")]  # model A: organisations (Ménaka wrongly)
    doc = StashDomainNer(["ORG"])(doc)
    assert doc.ents == () and [e.text for e in doc._.domain_ents] == ["ONG Kalita", "Ménaka"]
    doc.ents = [Span(doc, 2, 3, "LOC"), Span(doc, 7, 8, "LOC")]  # model B: places; its ACF is not added (French ORG)
    doc = StashDomainNer(["LOC"])(doc)
    doc = merge(doc, {"ORG": "replace", "LOC": "add"})
    found = [(e.text, e.label_) for e in doc._.ner_ents]
    assert ("ONG Kalita", "ORG") in found and ("ACF", "ORG") not in found  # ORG replaced by model A's
    assert ("ACF", "LOC") in found  # the French ORG was replaced, so nothing kept covers ACF
    assert [label for text, label in found if text == "Ménaka"] == ["ORG"]  # overlap: one span only
    assert doc._.domain_ents == ()


def _untrained(label_set):
    nlp = spacy.blank("fr")
    ner = nlp.add_pipe("ner")
    for label in label_set:
        ner.add_label(label)
    nlp.initialize()
    return nlp


def test_components_per_model():
    import pipeline.nlp.components  # noqa: F401  (keep_ner_entities)

    nlp = spacy.blank("fr")
    nlp.add_pipe("keep_ner_entities")
    a, b = _untrained(["ORG", "LOC"]), _untrained(["ORG", "LOC"])
    add_domain_ners(nlp, {"ORG": (a, "replace"), "LOC": (b, "add")})
    assert nlp.pipe_names == ["keep_ner_entities", "domain_ner_org", "stash_domain_ner_org", "domain_ner_loc",
                              "stash_domain_ner_loc", "merge_domain_ner"]
    add_domain_ners(nlp, {"ORG": (a, "replace"), "LOC": (a, "off")})
    assert nlp.pipe_names == ["keep_ner_entities", "domain_ner", "stash_domain_ner_org", "merge_domain_ner"]
    doc = nlp("Réunion avec ACF à Ménaka")
    assert doc.ents == () and doc._.domain_ents == ()
    assert remove_domain_ner(nlp).pipe_names == ["keep_ner_entities"]
