"""The NLP stage's shortcuts (issue 16, NLP words/s): each gives what the longer way it replaced
gave, read on INVENTED sentences of the minutes' shapes. Why: they are kept only because the
entities stay identical (the sample archive's snapshot, the dev split's outputs)."""

from __future__ import annotations

import unicodedata

import pytest
from test_real_failures import ents

from pipeline.nlp import context as ctx
from pipeline.nlp.components import fold_token, set_norms

from conftest import runtime

FIELDS = [
    "Organisations présentes : OCHA, PAM, ONG Kalitébo et Aide et Action.\nEtc. la réunion continue",
    "Les communes de Kora, Bilo & Sando ; la Boucle du Mouhoun, l'Est / le Sahel…",
    "The Ministry of Health (MoH) and the Cellule d'Appui Technique (CAT) met UNCIEF and UNCIEF.",
    "DNS/DN et DNEF/MEN : EPSP\nMJS\nMAS\n\n   suite, ET fin",
    "",
    # a long field (more tokens than ctx.NUMPY_SCAN_TOKENS): the arrays read through numpy
    "Organisations présentes : OCHA, PAM, ONG Kalitébo et Aide et Action.\n" * 20
    + "Les communes de Kora, Bilo & Sando ; la Boucle du Mouhoun, l'Est / le Sahel…\n" * 10,
]


def tagged(text: str):
    return runtime().nlp(text)


@pytest.mark.parametrize("text", FIELDS)
def test_the_enumeration_scan_visits_every_token_that_may_end_a_segment(text):
    """The scan visits only spaces, stops and joining words (read from the Doc's arrays): exactly
    the tokens at which the word-by-word scan before it did anything."""
    doc = tagged(text)
    every = [i for i, t in enumerate(doc) if t.is_space or "\n" in t.whitespace_
             or t.lower_ in ctx.ENUMERATION_STOPS | ctx.ENUMERATION_JOINS]
    assert ctx.segment_boundaries(doc) == every + [len(doc)]


def test_an_enumeration_is_read_from_the_boundaries_alone():
    doc = tagged("Les partenaires OCHA, PAM, GMM et DENKO ont présenté.")
    runs = ctx.enumeration_items(doc, runtime().nlp.get_pipe("minutes_entities").rules, set())
    assert [[doc[a:b].text for (a, b), _shape in run] for run in runs] == [["OCHA", "PAM", "GMM", "DENKO"]]


def test_folding_one_character_for_one_is_each_letter_s_first_decomposed_character():
    text = "Réunion à Ménaka : « Œuvre », ﬁn — Ñ; 3 ½ km², naïve Straße"
    one_by_one = "".join(unicodedata.normalize("NFKD", c)[0] if c.isalpha() else c for c in text)
    assert ctx.fold_keep_length(text) == one_by_one == "Reunion a Menaka : « Œuvre », fn — N; 3 ½ km², naive Straße"  # "ﬁ": its first, "f"
    assert len(ctx.fold_keep_length(text)) == len(text)


def test_a_list_cue_is_found_through_its_compiled_expression_and_skipped_without_its_first_word():
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    text = "Organisations présentes : OCHA, PAM et ONG Kalitébo\nSuite, en partenariat avec ACF et Solidarités International."
    assert [(text[a:b].strip(), inline) for a, b, inline in ctx.list_regions(text, rules)] == [
        ("OCHA, PAM et ONG Kalitébo", False), ("ACF et Solidarités International", True)]
    assert ctx.list_regions("Les partenaires ont présenté OCHA, PAM.", rules) == []


def test_the_text_and_the_token_texts_are_read_once_per_doc_and_let_go_after_the_component():
    doc = tagged(FIELDS[0])
    assert "text" not in doc.user_data and "token_texts" not in doc.user_data  # the tagger may hold the Doc
    assert ctx.doc_text(doc) == doc.text and ctx.doc_text(doc) is ctx.doc_text(doc)
    assert ctx.token_texts(doc) == [t.text for t in doc] and ctx.token_texts(doc) is ctx.token_texts(doc)


@pytest.mark.parametrize("text", FIELDS[:4])
def test_the_folded_tokens_kept_by_the_component_are_those_read_back_from_the_norms(text):
    doc = tagged(text)
    assert ctx.folded_tokens(doc) == [t.norm_ if t.norm_ else ctx.fold(t.text) for t in doc]
    assert ctx.folded_tokens(doc) == [fold_token(t.text) for t in doc]


def test_a_misspelt_acronym_is_read_alike_however_often_it_comes_back():
    """The fuzzy reading is kept per word: the second field reads what the first did."""
    first = [e for e in ents("UNCIEF a distribué des kits.", "ORG")]
    again = [e for e in ents("UNCIEF a distribué des kits.", "ORG")]
    assert first == again and first[0][0] == "UNCIEF" and first[0][3] == "fuzzy"


@pytest.mark.parametrize("text, expected", [
    ("La réunion a eu lieu sans parenthèse ni ministère.", []),
    ("Le MoH a présenté.", ["MoH"]),
])
def test_the_acronym_rules_leave_at_once_a_field_with_no_parenthesis(text, expected):
    assert [e[0] for e in ents(text, "ORG")] == expected


@pytest.mark.parametrize("repeat", [1, 60])
def test_norms_set_in_one_array_write_are_those_set_token_by_token(repeat):
    """A long Doc's folded norms go in through one array write: the same norms, hashes and
    lexemes as one Token set at a time (a short Doc keeps the loop)."""
    text = "Réunion à Ménaka – l'ONG Kalitébo, ÉCHO… ‐ 45 ménages\n" * repeat
    by_token, by_array = runtime().nlp.make_doc(text), runtime().nlp.make_doc(text)
    norms = [fold_token(t.text) for t in by_token]
    for token, norm in zip(by_token, norms):
        token.norm_ = norm
    set_norms(by_array, norms)
    assert len(by_array) >= ctx.NUMPY_SCAN_TOKENS or repeat == 1
    assert [t.norm_ for t in by_array] == [t.norm_ for t in by_token] == [n or t.lex.norm_ for t, n in zip(by_token, norms)]
