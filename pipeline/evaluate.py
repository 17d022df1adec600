"""Gold (``tests/gold/*.json``, written by reading the documents) against the outputs.

For every document a gold file covers and every field, the organisations (org_ids), places
(canonical names) and figures ((value, unit), as multisets) the pipeline found are compared
with the gold; true positives, false positives and misses are summed over the archive into
precision, recall and F1. Deadlines are scored as the share of deadline lines whose kind and
date are both right; actions, as the share of gold actions given the right responsible and the
right deadline (kind and date): a missing, extra or mis-split action counts as wrong.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from pipeline.config import Settings
from pipeline.textnorm import fold

KINDS = ("organisations", "locations")
FIGURE_KINDS = ("figures (value, unit)", "figures (value)")
ACTION_KINDS = ("action responsibles", "action deadlines")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Sum another score into this one (documents into a split, splits into a total)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses.extend(other.misses)
        self.false_positives.extend(other.false_positives)


def load_gold(gold_dir: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))]


def place_key(name: str, canonical: dict[str, set[str]]) -> set[str]:
    """The canonical names a written place name may stand for (folded)."""
    folded = fold(name)
    return canonical.get(folded, {folded})


def canonical_names(settings: Settings = Settings()) -> dict[str, set[str]]:
    """Folded written form -> folded canonical names of the places it names (from the gazetteer)."""
    from pipeline.reference.places import build_gazetteer

    gazetteer = build_gazetteer(settings.pcodes, settings.resources)
    table: dict[str, set[str]] = {}
    for form, ids in gazetteer.forms.items():
        table.setdefault(fold(form), set()).update(fold(gazetteer.places[i].name) for i in ids if i in gazetteer.places)
    return table


def found_sets(outputs: Path) -> tuple[dict[str, str], dict[tuple, set[str]], dict[tuple, set[str]]]:
    """(source_path -> doc_id, found org keys per field, found place names per field)."""
    documents = pd.read_parquet(outputs / "documents.parquet")
    doc_ids = dict(zip(documents.source_path, documents.doc_id))
    orgs: dict[tuple, set[str]] = {}
    for row in pd.read_parquet(outputs / "organisations.parquet").itertuples():
        key = row.org_id if isinstance(row.org_id, str) else f"(unlinked) {row.text}"
        orgs.setdefault((row.doc_id, _item(row.item_no), row.field), set()).add(key)
    places: dict[tuple, set[str]] = {}
    for row in pd.read_parquet(outputs / "locations.parquet").itertuples():
        places.setdefault((row.doc_id, _item(row.item_no), row.field), set()).add(fold(row.name))
    return doc_ids, orgs, places


def _item(value) -> Optional[int]:
    return None if value is None or pd.isna(value) else int(value)


def evaluate_outputs(outputs: Path, gold_dir: Path) -> dict[str, Score]:
    """Scores of the datasets in ``outputs`` against every gold file."""
    canonical = canonical_names()
    doc_ids, orgs, places = found_sets(outputs)
    scores = {kind: Score() for kind in KINDS}
    for gold in load_gold(gold_dir):
        expected: dict[str, dict[tuple, set[str]]] = {kind: {} for kind in KINDS}
        for entry in gold["fields"]:
            key = (entry["item_no"], entry["field"])
            expected["organisations"][key] = set(entry.get("organisations", []))
            expected["locations"][key] = set(entry.get("locations", []))
        for source in gold["documents"]:
            doc_id = doc_ids.get(source)
            if doc_id is None:
                raise ValueError(f"gold names {source}, which is not in the outputs")
            for kind, found_all in (("organisations", orgs), ("locations", places)):
                fields = set(expected[kind]) | {k[1:] for k in found_all if k[0] == doc_id}
                for key in fields:
                    found = found_all.get((doc_id, *key), set())
                    _score(scores[kind], kind, source, key, expected[kind].get(key, set()), found, canonical)
    return scores


def _score(score: Score, kind: str, source: str, key: tuple, gold: set[str], found: set[str],
           canonical: dict[str, set[str]]) -> None:
    if kind == "locations":
        unmatched = set(found)
        for name in gold:
            candidates = place_key(name, canonical)
            hit = next((f for f in unmatched if f in candidates), None)
            if hit is None:
                score.fn += 1
                score.misses.append(f"{source} {key}: {name}")
            else:
                score.tp += 1
                unmatched.discard(hit)
        score.fp += len(unmatched)
        score.false_positives.extend(f"{source} {key}: {f}" for f in sorted(unmatched))
        return
    score.tp += len(gold & found)
    score.fn += len(gold - found)
    score.fp += len(found - gold)
    score.misses.extend(f"{source} {key}: {g}" for g in sorted(gold - found))
    score.false_positives.extend(f"{source} {key}: {f}" for f in sorted(found - gold))


def evaluate_figures(outputs: Path, gold_dir: Path) -> dict[str, Score]:
    """Figure precision/recall/F1 on (value, unit) and on value alone, per field, as multisets."""
    documents = pd.read_parquet(outputs / "documents.parquet")
    doc_ids = dict(zip(documents.source_path, documents.doc_id))
    found: dict[tuple, Counter] = {}
    for row in pd.read_parquet(outputs / "figures.parquet").itertuples():
        value = row.value if not pd.isna(row.value) else row.value_float
        found.setdefault((row.doc_id, _item(row.item_no), row.field), Counter())[(float(value), row.unit)] += 1
    scores = {kind: Score() for kind in FIGURE_KINDS}
    for gold in load_gold(gold_dir):
        expected: dict[tuple, Counter] = {}
        for f in gold.get("figures", []):
            expected.setdefault((f["item_no"], f["field"]), Counter())[(float(f["value"]), f["unit"])] += 1
        for source in gold["documents"]:
            doc_id = doc_ids[source]
            keys = set(expected) | {k[1:] for k in found if k[0] == doc_id}
            for key in keys:
                want, got = expected.get(key, Counter()), found.get((doc_id, *key), Counter())
                _score_multiset(scores[FIGURE_KINDS[0]], source, key, want, got)
                _score_multiset(scores[FIGURE_KINDS[1]], source, key, _values(want), _values(got))
    return scores


def _values(counts: Counter) -> Counter:
    values: Counter = Counter()
    for (value, _), n in counts.items():
        values[value] += n
    return values


def _score_multiset(score: Score, source: str, key: tuple, want: Counter, got: Counter) -> None:
    score.tp += sum((want & got).values())
    score.fn += sum((want - got).values())
    score.fp += sum((got - want).values())
    score.misses.extend(f"{source} {key}: {v}" for v in sorted((want - got).elements(), key=str))
    score.false_positives.extend(f"{source} {key}: {v}" for v in sorted((got - want).elements(), key=str))


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


def evaluate_deadlines(outputs: Path, gold_dir: Path) -> Accuracy:
    """Share of the agenda table's deadline lines whose kind and date are both right."""
    documents = pd.read_parquet(outputs / "documents.parquet")
    doc_ids = dict(zip(documents.source_path, documents.doc_id))
    items = pd.read_parquet(outputs / "agenda_items.parquet")
    accuracy = Accuracy()
    for gold in load_gold(gold_dir):
        expected = {fold(d["text"]): (d["kind"], d["date"]) for d in gold.get("deadlines", [])}
        for source in gold["documents"]:
            rows = items[items.doc_id == doc_ids[source]]
            for row in rows.itertuples():
                if not isinstance(row.deadline_text, str):
                    continue
                for line, kind, date in zip(row.deadline_text.split("\n"), row.deadline_kinds, row.deadline_dates):
                    want = expected.get(fold(line))
                    if want is None:
                        continue
                    accuracy.total += 1
                    got = (kind, date.isoformat() if date is not None else None)
                    if got == want:
                        accuracy.correct += 1
                    else:
                        accuracy.errors.append(f"{source} item {row.item_no}: {line!r} -> {got}, gold {want}")
    return accuracy


def evaluate_actions(outputs: Path, gold_dir: Path) -> dict[str, Accuracy]:
    """Per action, is the responsible right, and the deadline (kind and date)?

    Gold actions are keyed by (item_no, action_no) and identified by the words they start with;
    an output action at that key starting otherwise, or one the gold does not have, is wrong.
    """
    documents = pd.read_parquet(outputs / "documents.parquet")
    doc_ids = dict(zip(documents.source_path, documents.doc_id))
    actions = pd.read_parquet(outputs / "actions.parquet")
    scores = {ACTION_KINDS[0]: Accuracy(), ACTION_KINDS[1]: Accuracy()}
    for gold in load_gold(gold_dir):
        if "actions" not in gold:
            continue
        expected = {(a["item_no"], a["action_no"]): a for a in gold["actions"]}
        for source in gold["documents"]:
            rows = actions[actions.doc_id == doc_ids[source]]
            found = {(r.item_no, r.action_no): r for r in rows.itertuples()}
            for key in sorted(set(expected) | set(found)):
                want, got = expected.get(key), found.get(key)
                where = f"{source} action {key[0]}.{key[1]}"
                if want is None or got is None or not _starts_alike(got.text, want["starts"]):
                    what = "not in gold" if want is None else "missing" if got is None else f"is {got.text!r}"
                    for score in scores.values():
                        score.total += 1
                        score.errors.append(f"{where} {what}")
                    continue
                _count(scores[ACTION_KINDS[0]], where, _text(got.responsible_text), want["responsible"])
                deadline = (_text(got.deadline_kind), got.deadline_date.isoformat() if _text(got.deadline_date) else None)
                _count(scores[ACTION_KINDS[1]], where, deadline, (want["deadline_kind"], want["deadline_date"]))
    return scores


def _text(value):
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _starts_alike(text: Optional[str], starts: Optional[str]) -> bool:
    if starts is None or _text(text) is None:
        return starts is None and _text(text) is None
    return fold(text).startswith(fold(starts))


def _count(accuracy: Accuracy, where: str, got, want) -> None:
    accuracy.total += 1
    same = fold(got) == fold(want) if isinstance(got, str) and isinstance(want, str) else got == want
    if same:
        accuracy.correct += 1
    else:
        accuracy.errors.append(f"{where}: {got!r}, gold {want!r}")


def evaluate_archive(raw: Path, gold_dir: Path, outputs: Optional[Path] = None) -> dict:
    """Convert the archive (unless ``outputs`` already holds it) and score it (see evaluate_all)."""
    if outputs is not None:
        return evaluate_all(outputs, gold_dir)
    from pipeline.batch import RunOptions, convert

    with tempfile.TemporaryDirectory() as tmp:
        convert([raw], Path(tmp), Settings(cache_dir=Path(tmp) / "cache"), RunOptions(csv=False))
        return evaluate_all(Path(tmp), gold_dir)


def evaluate_all(outputs: Path, gold_dir: Path) -> dict:
    """Every score: organisations, locations, figures, deadline lines, actions."""
    scores: dict = dict(evaluate_outputs(outputs, gold_dir))
    scores.update(evaluate_figures(outputs, gold_dir))
    scores["deadlines"] = evaluate_deadlines(outputs, gold_dir)
    scores.update(evaluate_actions(outputs, gold_dir))
    return scores


def format_report(scores: dict) -> str:
    lines = [f"{'kind':22} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>4} {'FN':>4}"]
    accuracies = {("deadlines (kind+date)" if k == "deadlines" else k): v
                  for k, v in scores.items() if isinstance(v, Accuracy)}
    scores = {k: v for k, v in scores.items() if isinstance(v, Score)}
    for kind, s in scores.items():
        lines.append(f"{kind:22} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:4d} {s.fn:4d}")
    for kind, accuracy in accuracies.items():
        lines.append(f"{kind:22} accuracy {accuracy.value:.3f} ({accuracy.correct}/{accuracy.total})")
        lines.extend(f"  ! {e}" for e in accuracy.errors)
    for kind, s in scores.items():
        lines.extend(error_lines(kind, s))
    return "\n".join(lines)


def error_lines(label: str, score: Score) -> list[str]:
    """A score's misses (-) and false positives (+), each list under its own heading."""
    lines = []
    if score.misses:
        lines.append(f"\n{label}: missed ({len(score.misses)})")
        lines.extend(f"  - {m}" for m in score.misses)
    if score.false_positives:
        lines.append(f"\n{label}: false positives ({len(score.false_positives)})")
        lines.extend(f"  + {m}" for m in score.false_positives)
    return lines
