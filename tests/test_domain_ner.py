"""The domain NER (issue 13 item 3): the shipped ``models/domain-ner``, on by default for places,
and how its entities join the French model's as candidates (``pipeline/nlp/domain_ner.py``). Training and its cross-validation
are ``scripts/train_ner.py``'s (not a test: minutes of CPU, and the real texts stay out of git)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pipeline.config import DEFAULT_DOMAIN_NER, Settings
from pipeline.nlp.domain_ner import (
    StashDomainNer,
    add_domain_ners,
    domain_fingerprint,
    load_domain_nlp,
    merge,
    missing_files,
    remove_domain_ner,
)
from pipeline.process import current_version


def test_on_by_default_as_the_only_ner(monkeypatch):
    _clear_env(monkeypatch)
    settings = Settings()
    assert settings.domain_ner is None and settings.domain_ner_mode is None
    assert settings.domain_ner_sources() == {"ORG": (DEFAULT_DOMAIN_NER, "single"), "LOC": (DEFAULT_DOMAIN_NER, "single")}
    assert missing_files(DEFAULT_DOMAIN_NER) == []  # shipped in the repository
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC_MODE", "off")
    assert Settings().domain_ner_sources() == {}  # no domain NER: the French model's NER alone
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC_MODE", "replace")
    assert Settings().domain_ner_sources() == {"LOC": (DEFAULT_DOMAIN_NER, "replace")}  # two passes, as before


def test_environment_turns_it_on(monkeypatch, tmp_path):
    monkeypatch.setenv("MINUTES_DOMAIN_NER", str(tmp_path))
    monkeypatch.setenv("MINUTES_DOMAIN_NER_MODE", "replace")
    settings = Settings()
    assert settings.domain_ner == tmp_path.resolve() and settings.domain_ner_mode == "replace"
    # a model for both labels takes places over from the shipped one
    assert settings.domain_ner_sources() == {"ORG": (tmp_path.resolve(), "replace"), "LOC": (tmp_path.resolve(), "replace")}
    with pytest.raises(ValueError):
        Settings(domain_ner_mode="both")


def test_version_apart_with_the_domain_ner(tmp_path, monkeypatch):
    monkeypatch.delenv("MINUTES_DOMAIN_NER", raising=False)
    (tmp_path / "ner").mkdir()
    (tmp_path / "ner" / "model").write_bytes(b"weights")
    plain = current_version(Settings(domain_ner_loc_mode="off"))
    shipped = current_version(Settings(domain_ner_loc_mode="replace"))
    assert shipped == plain + f".ner-loc-replace-{domain_fingerprint(DEFAULT_DOMAIN_NER, 'replace')}"
    added = current_version(Settings(domain_ner=tmp_path))
    replaced = current_version(Settings(domain_ner=tmp_path, domain_ner_mode="replace"))
    assert len({plain, shipped, added, replaced}) == 4 and added.startswith(plain)
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


def test_per_label_settings_by_default(monkeypatch):
    """A per-label setting brings the French NER back: places from the shipped model in mode
    "replace" unless told otherwise, organisations from the French model."""
    _clear_env(monkeypatch)
    assert Settings(domain_ner_loc_mode="replace").domain_ner_sources() == {"LOC": (DEFAULT_DOMAIN_NER, "replace")}
    assert Settings(domain_ner_org_mode="off").domain_ner_sources() == {"LOC": (DEFAULT_DOMAIN_NER, "replace")}
    assert Settings(domain_ner_mode="replace").domain_ner_sources() == {"LOC": (DEFAULT_DOMAIN_NER, "replace")}


def test_per_label_settings_from_the_environment(monkeypatch, tmp_path):
    _clear_env(monkeypatch)
    blank, tuned = tmp_path / "blank", tmp_path / "tuned"
    monkeypatch.setenv("MINUTES_DOMAIN_NER_ORG", str(blank))
    monkeypatch.setenv("MINUTES_DOMAIN_NER_ORG_MODE", "replace")
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC", str(tuned))
    # places default to "replace", the shipped model's mode, whichever model reads them
    assert Settings().domain_ner_sources() == {"ORG": (blank.resolve(), "replace"), "LOC": (tuned.resolve(), "replace")}
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC_MODE", "add")
    assert Settings().domain_ner_sources()["LOC"] == (tuned.resolve(), "add")
    with pytest.raises(ValueError):
        Settings(domain_ner_loc_mode="both")


def test_one_label_switched_off_keeps_the_other(tmp_path):
    settings = Settings(domain_ner=tmp_path, domain_ner_mode="replace", domain_ner_loc_mode="off")
    assert settings.domain_ner_sources() == {"ORG": (tmp_path, "replace")}
    assert Settings(domain_ner_org=tmp_path, domain_ner_loc_mode="off").domain_ner_sources() == {"ORG": (tmp_path, "add")}


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
    org_only = current_version(Settings(domain_ner_org=tmp_path / "a", domain_ner_org_mode="replace",
                                        domain_ner_loc_mode="off"))
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


# --------------------------------------------------------------------------- the shipped model

#: invented sentences: places, organisations and persons the French model and the domain NER read
SENTENCES = [
    "Réunion à Ménaka avec ACF et l'ONG Kalita, présidée par Amadou Traoré.",
    "Les déplacés de Tillabéri et de Ouallam sont arrivés à Niamey ; le HCR et Médecins du Monde ont répondu.",
    "La mission conjointe OCHA/UNICEF s'est rendue à Bandiagara, Koro et Bankass du 3 au 5 mai.",
    "Le sous-cluster de Gao signale 1 200 ménages à Ansongo et Bourem, selon Mme Aïssata Maïga (DRDSES).",
]


def _sample_texts() -> list[str]:
    from conftest import RAW, read

    texts = []
    for path in sorted(RAW.iterdir()):
        if path.suffix in (".txt", ".docx", ".html") or (path.suffix == ".pdf" and "_scan" not in path.name):
            document = read(path)
            texts.append("\n".join(p.text for p in document.paragraphs))
            texts.extend("\n".join(c.text for c in t.cells) for t in document.tables)
    return texts


def test_shipped_model_reads_like_the_whole_saved_pipeline(tmp_path):
    """``models/domain-ner`` holds the ``ner`` weights only, made into a pipe on the running
    pipeline's vocab: its entities are those of the whole trained pipeline saved with
    ``fr_core_news_md``'s vocab and vectors beside (as ``scripts/train_ner.py`` writes it, 35 MB),
    on invented sentences and on the sample archive."""
    from pipeline.nlp.domain_ner import add_ner_from_folder
    from pipeline.nlp.spacy_pipeline import BASE_MODEL

    from conftest import runtime

    whole = tmp_path / "whole"
    french = spacy.load(BASE_MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter", "ner",
                                             "attribute_ruler", "lemmatizer"])
    saved = spacy.blank("fr", vocab=french.vocab)
    add_ner_from_folder(saved, DEFAULT_DOMAIN_NER, "ner", after=None)
    saved.to_disk(whole)
    assert (whole / "vocab" / "vectors").stat().st_size > 20_000_000

    nlp = runtime(Settings(domain_ner_loc_mode="off")).nlp
    texts = SENTENCES + _sample_texts()

    def entities():
        return [[(e.start_char, e.end_char, e.label_) for e in doc._.ner_ents] for doc in nlp.pipe(texts)]

    try:
        add_domain_ners(nlp, {"LOC": (DEFAULT_DOMAIN_NER, "replace")})
        shipped = entities()
        add_domain_ners(nlp, {"LOC": (load_domain_nlp(whole), "replace")})
        assert entities() == shipped
    finally:
        remove_domain_ner(nlp)
    assert sum(label == "LOC" for doc in shipped for _, _, label in doc) > 50


# --------------------------------------------------------------------------- one NER pass ("single")

def test_single_mode_settings(monkeypatch, tmp_path):
    _clear_env(monkeypatch)
    monkeypatch.setenv("MINUTES_DOMAIN_NER_MODE", "single")
    assert Settings().domain_ner_sources() == {"ORG": (DEFAULT_DOMAIN_NER, "single"), "LOC": (DEFAULT_DOMAIN_NER, "single")}
    monkeypatch.setenv("MINUTES_DOMAIN_NER", str(tmp_path))
    assert Settings().domain_ner_sources() == {"ORG": (tmp_path.resolve(), "single"), "LOC": (tmp_path.resolve(), "single")}
    with pytest.raises(ValueError, match="per-label|do not apply"):
        Settings(domain_ner_mode="single", domain_ner_loc_mode="off")
    # the default is "single" with the shipped model, and "off" still means the French NER alone
    _clear_env(monkeypatch)
    assert Settings().domain_ner_sources() == Settings(domain_ner_mode="single").domain_ner_sources()
    assert Settings(domain_ner_loc_mode="off").domain_ner_sources() == {}


def test_single_is_for_both_labels_and_one_model():
    from pipeline.nlp.domain_ner import label_modes

    assert label_modes("single") == {"ORG": "single", "LOC": "single"}
    with pytest.raises(ValueError, match="both labels"):
        label_modes({"ORG": "single", "LOC": "replace"})
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="one model"):
        add_domain_ners(nlp, {"ORG": (_untrained(["ORG"]), "single"), "LOC": (_untrained(["LOC"]), "single")})


def test_single_version_apart(monkeypatch):
    _clear_env(monkeypatch)
    single = current_version(Settings(domain_ner_mode="single"))
    assert single.endswith(f".ner-single-{domain_fingerprint(DEFAULT_DOMAIN_NER, 'single')}")
    assert single == current_version(Settings())  # the default
    assert single != current_version(Settings(domain_ner_loc_mode="replace"))
    assert single.startswith(current_version(Settings(domain_ner_loc_mode="off")))


def test_single_takes_the_french_ner_out_and_back():
    """On a pipeline that holds the French NER (the cross-validation's), "single" disables it and
    puts the domain model's ``ner`` before ``keep_ner_entities``; removing it enables it again."""
    import pipeline.nlp.components  # noqa: F401  (keep_ner_entities)

    nlp = spacy.blank("fr")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.add_pipe("keep_ner_entities")
    nlp.initialize()
    domain = _untrained(["ORG", "LOC", "PER"])
    add_domain_ners(nlp, {"ORG": (domain, "single"), "LOC": (domain, "single")})
    assert nlp.pipe_names == ["domain_ner", "keep_ner_entities"] and nlp.disabled == ["ner"]
    assert remove_domain_ner(nlp).pipe_names == ["ner", "keep_ner_entities"] and nlp.disabled == []


def test_default_runtime_has_no_french_ner():
    """The default runtime is mode "single": ``fr_core_news_md``'s ``ner`` is not in it at all
    (neither loaded nor run); a per-label setting brings it back."""
    from conftest import runtime

    nlp = runtime().nlp
    assert "ner" not in nlp.component_names and nlp.pipe_names[:2] == ["domain_ner", "keep_ner_entities"]
    two_passes = runtime(Settings(domain_ner_loc_mode="replace")).nlp
    assert "ner" in two_passes.pipe_names and "merge_domain_ner" in two_passes.pipe_names


def test_single_runtime_neither_loads_nor_runs_the_french_ner():
    """``MINUTES_DOMAIN_NER_MODE=single``: the worker's pipeline is built without the French model's
    ``ner`` (not a disabled component: never made, its weights never read), and every label of
    ``doc._.ner_ents`` is the shipped model's own reading, persons (PER) included, which the rules
    read to leave persons out of lists."""
    from conftest import runtime

    nlp = runtime(Settings(domain_ner_mode="single")).nlp
    assert "ner" not in nlp.component_names
    assert nlp.pipe_names[:2] == ["domain_ner", "keep_ner_entities"] and "merge_domain_ner" not in nlp.pipe_names
    alone = spacy.blank("fr", vocab=nlp.vocab)
    from pipeline.nlp.domain_ner import add_ner_from_folder

    add_ner_from_folder(alone, DEFAULT_DOMAIN_NER, "ner", after=None)
    for text in SENTENCES:
        doc = nlp(text)
        own = alone(alone.make_doc(text))
        assert [(e.start_char, e.end_char, e.label_) for e in doc._.ner_ents] == \
            [(e.start_char, e.end_char, e.label_) for e in own.ents]
    doc = nlp(SENTENCES[0])
    assert ("Amadou Traoré", "PER") in [(e.text, e.label_) for e in doc._.ner_ents]
    assert {(e.text, e.label_) for e in doc.ents} >= {("Ménaka", "LOC"), ("ACF", "ORG")}


def test_missing_folder_is_named(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    _clear_env(monkeypatch)
    monkeypatch.setenv("MINUTES_DOMAIN_NER_LOC", str(tmp_path / "gone"))
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "gone lacks config.cfg, ner/cfg, ner/model, ner/moves" in result.output
    assert "MINUTES_DOMAIN_NER_LOC_MODE=off" in result.output


def test_swapped_names_from_the_lists_or_mostly_invented(monkeypatch):
    """``train_ner.py --swap unknown``: about 40 % of swapped places and 60 % of swapped acronyms
    (75 % of them acronyms, 80 % of those invented) are names no list holds; by default places
    come from the lists only and acronyms half invented."""
    import random

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_ner import Names

    names = Names.__new__(Names)
    names.acronyms, names.long_names = ["UNICEF"], ["Save the Children"]
    names.places = {kind: ["Gao"] for kind in ("country", "admin1", "admin2", "town")}
    rng = random.Random(7)
    listed = {"UNICEF", "Save the Children"}

    def invented(draw, n: int = 1000) -> float:
        return sum(draw() not in listed | {"Gao"} for _ in range(n)) / n

    assert invented(lambda: names.place("Kidal", rng)) == 0
    assert 0.30 < invented(lambda: names.organisation("OCHA", rng)) < 0.45
    names.unknown_names()
    assert 0.33 < invented(lambda: names.place("Kidal", rng)) < 0.47
    assert 0.52 < invented(lambda: names.organisation("OCHA", rng)) < 0.68
    assert all(name[:1].isupper() and name.replace(" ", "").isalpha()
               for name in (names.place("Kidal", rng) for _ in range(50)))
