"""Split the real corpus's dev documents into two halves, A and B, and score each half.

Rules are written from the misses of half A only; half B is the held-out check inside dev (the
blind split stays unread). The split rule is fixed and recorded here:

- stratum = (country, language, kind) of ``tests/real/corpus.csv``;
- inside a stratum, documents are ordered by the SHA-1 of their id, and dealt alternately,
  the first one to the half named by the parity of the SHA-1 of the stratum's name (even: A);
- so each stratum of two or more documents has members in both halves, and the halves differ
  by at most one document per stratum.

Usage: ``python scripts/dev_halves.py [--list] [--errors A] [--outputs DIR]``; ``--outputs``
keeps (or reuses) the converted datasets so that scoring can be repeated without converting.
Blind documents are never read.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
from collections import defaultdict
from pathlib import Path

from pipeline import evaluate_real as er


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def halves(corpus_csv: Path = er.CORPUS) -> dict[str, str]:
    """dev document id → 'A' or 'B'."""
    strata: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    with corpus_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["split"] == "dev":
                strata[(row["country"], row["language"], row["kind"])].append(row["id"])
    out = {}
    for key, ids in sorted(strata.items()):
        first = int(_sha("/".join(key)), 16) % 2
        for i, doc_id in enumerate(sorted(ids, key=_sha)):
            out[doc_id] = "AB"[(i + first) % 2]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the halves and stop")
    parser.add_argument("--errors", default="", help="list the misses and false positives of these halves (A)")
    parser.add_argument("--outputs", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    half = halves()
    if args.list:
        for name in "AB":
            ids = sorted(i for i, h in half.items() if h == name)
            print(f"{name} ({len(ids)}): " + " ".join(ids))
        return
    corpus = er.load_corpus()
    documents = [dataclasses.replace(d, split="dev" + half[d.id]) for d in corpus.documents
                 if d.split == "dev" and d.id in half]
    found = er.found_by_pipeline(documents, args.outputs, args.jobs)
    table = er.score_all(documents, found)
    print(er.format_scores("mention-level scores (P R F1 TP/FP/FN)", {"pipeline": table}, ("devA", "devB")))
    for name in args.errors:
        print(er.format_errors(table, "dev" + name))


if __name__ == "__main__":
    main()
