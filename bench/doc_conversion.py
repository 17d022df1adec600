"""Benchmark of LibreOffice's conversion of legacy .doc files (not a test): per file, the wall
time and the CPU (LibreOffice's processes included: the children's rusage) of

- one LibreOffice call per file, its profile made anew (what a worker does for a file not
  converted ahead: :func:`pipeline.extract.doc.converted_docx`), the anchor;
- the batch's conversion ahead of its workers (:func:`pipeline.extract.doc_chunks.convert_ahead`),
  chunks of files to a call, with 1 and with 2 calls at a time;

on the .doc files of a synthetic archive (``bench/synthetic_archive.py``), each into a fresh
cache, in interleaved rounds (a busy moment of the shared machine hits all of them); the
ratios are what to read.

    python bench/doc_conversion.py [--n 100] [--rounds 2] [--single 8]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from synthetic_archive import generate  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.extract.doc import converted_docx  # noqa: E402
from pipeline.extract.doc_chunks import convert_ahead  # noqa: E402


def children_cpu() -> float:
    """CPU seconds of this process's finished children and theirs (LibreOffice's)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured(convert: Callable[[Settings], None], files: int, work: Path) -> tuple[float, float]:
    """(wall, CPU) seconds per file of ``convert`` into a fresh cache."""
    cache = Path(tempfile.mkdtemp(dir=work))
    wall, cpu = time.perf_counter(), children_cpu()
    convert(Settings(cache_dir=cache))
    wall, cpu = time.perf_counter() - wall, children_cpu() - cpu
    if len(list((cache / "docx").glob("*.docx"))) != files:
        raise SystemExit(f"expected {files} conversions in {cache}")
    shutil.rmtree(cache)
    return wall / files, cpu / files


def one_call_per_file(paths: list[Path]) -> Callable[[Settings], None]:
    def convert(settings: Settings) -> None:
        for path in paths:
            converted_docx(path, settings)
    return convert


def ahead(paths: list[Path], jobs: int) -> Callable[[Settings], None]:
    return lambda settings: convert_ahead(paths, settings, jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="synthetic documents (a fifth are .doc)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--single", type=int, default=8, help=".doc files converted one call per file each round")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-doc-"))
    try:
        docs = [p for p in generate(work / "archive", args.n) if p.suffix == ".doc"]
        ways = {"one call per file (the anchor)": (one_call_per_file(docs[:args.single]), min(args.single, len(docs))),
                "ahead, 1 call at a time": (ahead(docs, 1), len(docs)),
                "ahead, 2 calls at a time": (ahead(docs, 2), len(docs))}
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        for _ in range(args.rounds):
            for name, (convert, files) in ways.items():
                figures[name].append(measured(convert, files, work))
        anchor_wall, anchor_cpu = (statistics.median(f[i] for f in figures["one call per file (the anchor)"]) for i in (0, 1))
        print(f"{len(docs)} synthetic .doc files, {args.rounds} interleaved rounds, medians per file "
              f"(CPU: LibreOffice's included)")
        for name, values in figures.items():
            wall, cpu = (statistics.median(v[i] for v in values) for i in (0, 1))
            print(f"  {name:32s} wall {wall:.3f} s ({wall / anchor_wall:.2f}x)   CPU {cpu:.3f} s ({cpu / anchor_cpu:.2f}x)"
                  f"   rounds: " + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in values))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
