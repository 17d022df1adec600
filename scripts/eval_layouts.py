"""Score the pipeline on the layout corpus (``scripts/build_layout_corpus.py``).

Converts the corpus with the command line (``python -m pipeline convert``), as a user would,
and reads back ``documents``, ``agenda_items`` and ``actions`` from Parquet; each document is
compared with the gold its generator wrote:

- an agenda item is exact when its topic, discussion, actions, responsible and deadline texts
  all equal the gold's (whitespace aside), in order;
- an action is right when the item holds an action of that text whose responsible and
  deadline texts are the gold's;
- the meeting date and participant count are scored apart (metadata shapes).

Formats: ``pdf`` (laid out by the generator), ``docx``, and ``pdf-lo`` (the .docx rendered by
LibreOffice, when the corpus was built with ``--libreoffice``); the targets are for pdf and docx.

Prints the figures per format and per value of every layout feature, then each failure.

    python scripts/eval_layouts.py [--corpus data/interim/layouts] [--out data/interim/layouts-out]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("topic", "discussion", "actions_text", "responsible_text", "deadline_text")
TARGETS = {"items": 97.0, "actions": 95.0}


def norm(value) -> str:
    """Text as compared: whitespace runs as one space, no leading/trailing space; null as ''."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()


@dataclass
class DocScore:
    name: str
    format: str
    features: dict
    items: int = 0
    items_exact: int = 0
    actions: int = 0
    actions_right: int = 0
    meta: int = 0
    meta_right: int = 0
    warnings: list = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


#: formats scored: name, key of its gold in the gold file, file name ending
FORMATS = (("pdf", "pdf", ".pdf"), ("docx", "docx", ".docx"), ("pdf-lo", "pdf", ".lo.pdf"))


def score_document(name: str, fmt: str, gold: dict, doc: Optional[pd.Series], items: pd.DataFrame,
                   actions: pd.DataFrame, gold_key: Optional[str] = None) -> DocScore:
    """One document's items, actions and header against its gold."""
    score = DocScore(name, fmt, gold["features"])
    expected = gold[gold_key or fmt]
    score.items, score.actions, score.meta = len(expected["items"]), len(expected["actions"]), 2
    if doc is None or doc["status"] != "ok":
        score.failures.append(f"not converted: {None if doc is None else doc['error']}")
        return score
    score.warnings = list(doc["warnings"]) if doc["warnings"] is not None else []
    got = items.sort_values("item_no").to_dict("records")
    if len(got) != len(expected["items"]):
        score.failures.append(f"{len(got)} items read, {len(expected['items'])} expected")
    for no, want in enumerate(expected["items"]):
        have = got[no] if no < len(got) else {}
        wrong = [f for f in FIELDS if norm(want[f if f != "discussion" else "discussion"]) != norm(have.get(f))]
        if not wrong:
            score.items_exact += 1
        else:
            for f in wrong:
                score.failures.append(f"item {no + 1} {f}: expected {norm(want[f])[:90]!r}, got {norm(have.get(f))[:90]!r}")
    by_item = defaultdict(list)
    for row in actions.sort_values(["item_no", "action_no"]).to_dict("records"):
        by_item[row["item_no"]].append(row)
    for want in expected["actions"]:
        candidates = [a for a in by_item.get(want["item_no"], []) if norm(a["text"]) == norm(want["text"])]
        if not candidates:
            score.failures.append(f"action of item {want['item_no']} not found: {norm(want['text'])[:70]!r}")
            continue
        have = candidates[0]
        by_item[want["item_no"]].remove(have)
        if (norm(have["responsible_text"]), norm(have["deadline_text"])) == (norm(want["responsible_text"]),
                                                                             norm(want["deadline_text"])):
            score.actions_right += 1
        else:
            score.failures.append(f"action {norm(want['text'])[:40]!r}: expected ({norm(want['responsible_text'])!r}, "
                                  f"{norm(want['deadline_text'])!r}), got ({norm(have['responsible_text'])!r}, "
                                  f"{norm(have['deadline_text'])!r})")
    date = doc["meeting_date"]
    if date is not None and not pd.isna(date) and str(date) == gold["meeting_date"]:
        score.meta_right += 1
    else:
        score.failures.append(f"meeting_date: expected {gold['meeting_date']}, got {date}")
    if doc["participants"] is not None and not pd.isna(doc["participants"]) and int(doc["participants"]) == gold["participants"]:
        score.meta_right += 1
    else:
        score.failures.append(f"participants: expected {gold['participants']}, got {doc['participants']}")
    return score


def convert(corpus: Path, out: Path, jobs: int) -> None:
    """The corpus through the command line, into ``out`` (per-document cache beside it)."""
    command = [sys.executable, "-m", "pipeline", "convert", str(corpus / "documents"), "--out", str(out), "--no-csv",
               "--jobs", str(jobs), "--cache", str(out / "cache"), "--no-progress"]
    run = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True)
    print(run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"convert exited {run.returncode}")


def score_corpus(corpus: Path, out: Path) -> list[DocScore]:
    documents = pd.read_parquet(out / "documents.parquet")
    items = pd.read_parquet(out / "agenda_items.parquet")
    actions = pd.read_parquet(out / "actions.parquet")
    by_source = {Path(p).name: row for p, row in documents.set_index("source_path", drop=False).iterrows()}
    scores = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for fmt, gold_key, ending in FORMATS:
            source = f"{gold['name']}{ending}"
            if not (corpus / "documents" / source).exists():
                continue
            doc = by_source.get(source)
            doc_items = items[items.doc_id == doc["doc_id"]] if doc is not None else items.iloc[0:0]
            doc_actions = actions[actions.doc_id == doc["doc_id"]] if doc is not None else actions.iloc[0:0]
            scores.append(score_document(gold["name"], fmt, gold, doc, doc_items, doc_actions, gold_key))
    return scores


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:6.1f}" if b else "     -"


def table(scores: list[DocScore]) -> list[str]:
    """Per format, then per format and feature value: items exact %, actions right %, header %."""
    lines = [f"{'group':44} {'docs':>4} {'items':>6} {'exact%':>6} {'actions':>7} {'right%':>6} {'header%':>7}"]

    def row(label: str, group: list[DocScore]) -> str:
        i, ie = sum(s.items for s in group), sum(s.items_exact for s in group)
        a, ar = sum(s.actions for s in group), sum(s.actions_right for s in group)
        m, mr = sum(s.meta for s in group), sum(s.meta_right for s in group)
        return f"{label:44} {len(group):4d} {i:6d} {_pct(ie, i)} {a:7d} {_pct(ar, a)} {_pct(mr, m):>7}"

    formats = [f for f, _, _ in FORMATS if any(s.format == f for s in scores)]
    for fmt in formats:
        lines.append(row(f"{fmt}: all", [s for s in scores if s.format == fmt]))
    for fmt in formats:
        lines.append("")
        group = [s for s in scores if s.format == fmt]
        for feature in sorted({k for s in group for k in s.features}):
            for value in sorted({str(s.features[feature]) for s in group}):
                lines.append(row(f"{fmt}: {feature}={value}",
                                 [s for s in group if str(s.features.get(feature)) == value]))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "interim" / "layouts")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "interim" / "layouts-out")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-convert", action="store_true", help="score the outputs already in --out")
    parser.add_argument("--failures", type=int, default=200, help="failures listed at most")
    args = parser.parse_args()
    if not any((args.corpus / "gold").glob("*.json")):
        print(f"no corpus in {args.corpus}: run scripts/build_layout_corpus.py first", file=sys.stderr)
        return 2
    if not args.no_convert:
        convert(args.corpus, args.out, args.jobs)
    scores = score_corpus(args.corpus, args.out)
    for line in table(scores):
        print(line)
    print()
    warned = [s for s in scores if s.warnings]
    print(f"{len(warned)} documents with warnings: " + ", ".join(f"{s.name}.{s.format}" for s in warned))
    failing = [s for s in scores if s.failures]
    print(f"{len(failing)} of {len(scores)} documents with failures")
    listed = 0
    for s in failing:
        for failure in s.failures:
            if listed >= args.failures:
                break
            print(f"  {s.name}.{s.format}: {failure}")
            listed += 1
    summary = {fmt: {"items_exact_pct": round(100 * sum(s.items_exact for s in g) / max(1, sum(s.items for s in g)), 1),
                     "actions_right_pct": round(100 * sum(s.actions_right for s in g) / max(1, sum(s.actions for s in g)), 1)}
               for fmt, _, _ in FORMATS for g in [[s for s in scores if s.format == fmt]] if g}
    (args.out / "eval_layouts.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    met = all(summary[f]["items_exact_pct"] >= TARGETS["items"] and summary[f]["actions_right_pct"] >= TARGETS["actions"]
              for f in ("pdf", "docx") if f in summary)
    print(f"targets (items exact >= {TARGETS['items']}%, actions right >= {TARGETS['actions']}%, pdf and docx): "
          f"{'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
