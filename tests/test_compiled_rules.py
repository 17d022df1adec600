"""The tokenizer's regular expressions saved compiled by the build and read back by a load
(issue 16, one-file cold start): the same pattern objects ``re.compile`` makes, and nothing
used where the saved code is not this interpreter's."""

from __future__ import annotations

import re

import srsly

from pipeline.nlp.compiled_rules import COMPILED_FILE, compiled_ahead, read_compiled, save_compiled
from pipeline.nlp.spacy_pipeline import MODEL_DIR

#: a pattern of the kind the tokenizer holds: classes, groups, a named group, flags inline
PATTERNS = [r"(?i)^(?:saint|st)-[a-zéèêë]+(?:-[a-zéèêë]+)*$", r"(?P<number>\d+)\s*(ménages|personnes)", r"[\[\(«]"]


def test_saved_patterns_come_back_as_re_compile_makes_them(tmp_path):
    save_compiled(PATTERNS, tmp_path / COMPILED_FILE)
    loaded = read_compiled(tmp_path / COMPILED_FILE)
    re.purge()
    assert loaded == [re.compile(p) for p in PATTERNS]  # same pattern, flags and code
    assert loaded[1].groupindex == {"number": 1} and loaded[1].groups == 2
    assert loaded[0].match("Saint-Louis-du-Sénégal") and not loaded[0].match("Saint Louis")


def test_code_saved_by_another_interpreter_or_unreadable_is_not_used(tmp_path):
    path = tmp_path / COMPILED_FILE
    save_compiled(PATTERNS, path)
    saved = srsly.read_msgpack(path)
    srsly.write_msgpack(path, dict(saved, runtime=saved["runtime"].replace("sre", "sre 0")))
    assert read_compiled(path) == []
    path.write_bytes(b"not msgpack")
    assert read_compiled(path) == []
    assert read_compiled(tmp_path / "missing") == []


def test_re_compile_is_lent_the_saved_patterns_only_within_the_block(tmp_path):
    save_compiled(PATTERNS, tmp_path / COMPILED_FILE)
    re.purge()
    with compiled_ahead(tmp_path / COMPILED_FILE) as lent:
        inside = re.compile(PATTERNS[1])
        assert lent == 3 and inside is re._cache[(str, PATTERNS[1], 0)]
    assert (str, PATTERNS[1], 0) not in re._cache
    assert inside == re.compile(PATTERNS[1])


def test_the_built_pipeline_reads_its_tokenizer_rules_compiled():
    from spacy.tokenizer import Tokenizer

    from pipeline.nlp.tokenizer import load_saved_nlp

    saved = read_compiled(MODEL_DIR / COMPILED_FILE)
    assert len(saved) == 5  # prefixes, suffixes, infixes, token_match, url_match
    nlp = load_saved_nlp(MODEL_DIR)
    tokenizer: Tokenizer = nlp.tokenizer
    searches = [tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer, tokenizer.token_match,
                tokenizer.url_match]
    assert [s.__self__ for s in searches] == saved
    re.purge()
    assert [s.__self__ for s in searches] == [re.compile(p.pattern) for p in saved]
    words = [t.text for t in nlp.make_doc("Réunion à Saint-Louis-du-Sénégal aujourd'hui (cf. www.unhcr.org).")]
    assert "Saint-Louis-du-Sénégal" in words and "aujourd'hui" in words and "(" in words
