"""Benchmark of the batch on a synthetic archive (not a test): throughput, incremental runs,
memory, parallel speed-up, and Docling's DOCX conversion for comparison.

    python bench/batch.py [--n 200] [--jobs 2]

Prints the measured figures beside the targets of the archive-scale issue.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from synthetic_archive import generate  # noqa: E402

from pipeline.batch import RunOptions, convert  # noqa: E402
from pipeline.config import Settings  # noqa: E402

DOCLING_PYTHON = ROOT / "bench" / ".venv-docling" / "bin" / "python"
TARGETS = {"docx": 5.0, "pdf": 2.0}


def timed_convert(archive: Path, out: Path, cache: Path, jobs: int) -> tuple[float, object]:
    start = time.perf_counter()
    report = convert([archive], out, Settings(cache_dir=cache), RunOptions(jobs=jobs, csv=True))
    return time.perf_counter() - start, report


def nlp_words_per_second(out: Path) -> tuple[float, int]:
    """spaCy pipeline throughput on the archive's own fields, one process, one core."""
    from pipeline.nlp.spacy_pipeline import load_nlp
    from pipeline.reference import load_reference

    items = pd.read_parquet(out / "agenda_items.parquet")
    texts = [t for column in ("topic", "discussion", "actions_text", "responsible_text", "deadline_text")
             for t in items[column].dropna()]
    nlp = load_nlp(load_reference(), Settings().pcodes)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words / (time.perf_counter() - start), words


def touch_some(archive: Path, share: float) -> int:
    """Change the content of a share of the files (a paragraph added or a byte appended)."""
    from docx import Document

    files = sorted(archive.iterdir())
    changed = files[:: max(1, int(1 / share))]
    for path in changed:
        if path.suffix == ".docx":
            document = Document(str(path))
            document.add_paragraph("Mise à jour : 12 ménages supplémentaires recensés.")
            document.save(str(path))
        elif path.suffix == ".txt":
            path.write_text(path.read_text(encoding="utf-8") + "Mise à jour.\n", encoding="utf-8")
        else:
            with path.open("ab") as handle:
                handle.write(b"\n%% touched\n" if path.suffix == ".pdf" else b"\0")
    return len(changed)


def extraction_seconds(files: list[Path]) -> float:
    """Our reading and structuring of the files (no NLP), per document, in this process."""
    from pipeline.extract import extract_document
    from pipeline.reference import load_reference
    from pipeline.structure import build_minutes

    settings, reference = Settings(), load_reference()
    start = time.perf_counter()
    for path in files:
        build_minutes(extract_document(path, path.name, settings, reference), settings, reference)
    return (time.perf_counter() - start) / max(1, len(files))


def docling_seconds(files: list[Path]) -> tuple[int, float] | None:
    if not DOCLING_PYTHON.exists():
        return None
    result = subprocess.run([str(DOCLING_PYTHON), str(ROOT / "bench" / "docling_docx.py"), *map(str, files)],
                            capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        print("docling failed:", result.stderr.strip().splitlines()[-1:] if result.stderr else result.returncode)
        return None
    count, seconds = result.stdout.split()[-2:]
    return int(count), float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=int(os.environ.get("N", 200)))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--speedup-docs", type=int, default=0, help="documents for the 1 vs 2 jobs timing (0: all)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    try:
        archive = work / "archive"
        started = time.perf_counter()
        generate(archive, args.n)
        print(f"synthetic archive: {args.n} documents generated in {time.perf_counter() - started:.0f} s")

        cold, report = timed_convert(archive, work / "out", work / "cache", args.jobs)
        documents = pd.read_parquet(work / "out" / "documents.parquet")
        peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        pages = int(documents.pages.fillna(1).sum())
        print(f"\ncold run, {args.jobs} jobs: {len(documents)} documents, {pages} pages in {cold:.1f} s -> "
              f"{len(documents) / cold:.2f} docs/s, {pages / cold:.2f} pages/s; failed {len(report.failed)}")
        for fmt, group in documents.groupby("format"):
            rate = args.jobs * len(group) / group.seconds.sum()
            target = TARGETS.get(fmt)
            print(f"  {fmt:5} {len(group):4d} docs, {group.seconds.mean():.2f} s/doc per worker -> "
                  f"{rate:.2f} docs/s on {args.jobs} cores" + (f"   (target >= {target:g})" if target else ""))
        print(f"  peak RSS of a worker: {peak_rss_mb:.0f} MB   (target <= 1024 MB)")
        words_per_second, words = nlp_words_per_second(work / "out")
        print(f"  NLP: {words_per_second:,.0f} words/s on one core over {words:,} words of agenda tables")

        rerun, _ = timed_convert(archive, work / "out", work / "cache", args.jobs)
        print(f"\nno-change re-run of {args.n}: {rerun:.2f} s  -> {rerun * 1000 / args.n:.2f} s per 1,000 documents "
              f"(target <= 5 s per 1,000)")
        changed = touch_some(archive, 0.05)
        partial, report = timed_convert(archive, work / "out", work / "cache", args.jobs)
        print(f"5 % changed ({changed} files): {partial:.1f} s, {report.converted} converted, {report.skipped} reused")

        subset = work / "subset"
        subset.mkdir()
        for path in sorted(archive.iterdir())[: args.speedup_docs or None]:
            shutil.copy(path, subset / path.name)
        one, _ = timed_convert(subset, work / "o1", work / "c1", 1)
        two, _ = timed_convert(subset, work / "o2", work / "c2", 2)
        single = work / "single"
        single.mkdir()
        shutil.copy(sorted(subset.glob("*.txt"))[0], single)
        fixed, _ = timed_convert(single, work / "o3", work / "c3", 1)
        print(f"\nspeed-up on {len(list(subset.iterdir()))} documents: 1 job {one:.1f} s, 2 jobs {two:.1f} s -> "
              f"{one / two:.2f}x   (target >= 1.8)")
        print(f"  of which fixed cost of a run (worker start with spaCy, assembly), timed on 1 document: {fixed:.1f} s; "
              f"speed-up of the per-document work: {(one - fixed) / max(two - fixed, 1e-9):.2f}x")

        docx_files = sorted(archive.glob("*.docx"))
        ours = documents[documents.format == "docx"]
        extraction = extraction_seconds(docx_files)
        docling = docling_seconds(docx_files)
        print(f"\nthis pipeline on the {len(docx_files)} .docx (one core): reading + structuring {extraction:.3f} s/doc; "
              f"whole chain with NLP {ours.seconds.mean():.3f} s/doc")
        if docling is None:
            print("Docling: not installed (make bench-docling installs it in bench/.venv-docling)")
        else:
            count, seconds = docling
            print(f"Docling DOCX conversion (one core, after warm-up): {count} files in {seconds:.1f} s -> "
                  f"{seconds / count:.3f} s/doc; ratio Docling / our reading + structuring: "
                  f"{seconds / count / extraction:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
