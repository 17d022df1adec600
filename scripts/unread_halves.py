"""Score the dev documents whose misses nobody had read, in two halves: R (read) and H (held out).

The third blind split (18 documents, ``tests/real/README.md``, "Moves between splits") moved to
``dev`` after the fifth pass; no rule was written from its errors. Rules may be written from
half R's misses only; half H is scored before and after, never listed. The rest of dev, and
all of dev, are scored beside them. The split rule is fixed and recorded here:

- stratum = (language, minutes or not) of ``tests/real/corpus.csv`` (minutes rarely hold
  figures; the language decides the number conventions);
- inside a stratum, documents are ordered by the SHA-1 of their id and dealt alternately,
  the first one to R.

Usage: ``python scripts/unread_halves.py [--list] [--errors] [--kind figures] [--outputs DIR]``;
``--errors`` lists half R's misses and false positives (of ``--kind``), ``--rest-errors`` those of
the rest of dev (read before), never H's. Blind
documents are never read.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
from collections import defaultdict
from pathlib import Path

from pipeline import evaluate_real as er
from pipeline.evaluate import error_lines

#: the third blind split, moved to dev on 2026-11-26 (evening) with its errors unread
UNREAD = ("bfa-report-03", "caf-minutes-01", "cmr-monitoring-02", "cod-monitoring-03", "cod-report-01",
          "mli-factsheet-04", "mli-minutes-12", "mli-minutes-13", "mli-minutes-14", "mli-report-04",
          "mrt-report-01", "ner-factsheet-01", "ner-report-02", "nga-minutes-07", "nga-minutes-08",
          "ssd-newsletter-01", "tcd-report-03", "tcd-report-04")


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def halves(corpus_csv: Path = er.CORPUS, unread: tuple[str, ...] = UNREAD) -> dict[str, str]:
    """Unread dev document id → 'R' or 'H'."""
    strata: dict[tuple[str, bool], list[str]] = defaultdict(list)
    with corpus_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["split"] == "dev" and row["id"] in unread:
                strata[(row["language"], row["kind"] == "minutes")].append(row["id"])
    return {doc_id: "RH"[i % 2] for _, ids in sorted(strata.items()) for i, doc_id in enumerate(sorted(ids, key=_sha))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the halves and stop")
    parser.add_argument("--errors", action="store_true", help="list half R's misses and false positives")
    parser.add_argument("--rest-errors", action="store_true",
                        help="also list those of the rest of dev (documents whose errors were read before)")
    parser.add_argument("--kind", default="figures", choices=er.KINDS, help="the kind whose errors are listed")
    parser.add_argument("--outputs", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    half = halves()
    if args.list:
        for name in "RH":
            ids = sorted(i for i, h in half.items() if h == name)
            print(f"{name} ({len(ids)}): " + " ".join(ids))
        return
    corpus = er.load_corpus()
    dev = [d for d in corpus.documents if d.split == "dev"]
    documents = [dataclasses.replace(d, split="dev" + half.get(d.id, "-rest")) for d in dev]
    found = er.found_by_pipeline(documents, args.outputs, args.jobs)
    tables = {"pipeline": er.score_all(documents, found)}
    everything = er.score_all(dev, found)
    print(er.format_scores("mention-level scores (P R F1 TP/FP/FN)", tables, ("devR", "devH", "dev-rest")))
    print(er.format_scores("all of dev", {"pipeline": everything}, ("dev",)))
    for split, wanted in (("devR", args.errors), ("dev-rest", args.rest_errors)):
        score = tables["pipeline"].get(split, "all", args.kind)
        if wanted and score is not None:
            print("\n".join(error_lines(f"{split} {args.kind}", score)))


if __name__ == "__main__":
    main()
