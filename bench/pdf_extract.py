"""Benchmark: this project's PDF extractor against raw pdfplumber ``extract_tables()`` and the
physical floor, pypdfium2 reading each page's text with positions; and the peak memory of a
real ``minutes convert`` worker on a 200-page PDF beside a bare pdfplumber reader of the same
file that closes each page.

All read the same pages of the sample archive's PDFs with a text layer (scanned ones are OCR
work, timed apart), interleaved, several rounds, the median kept. ``--before TREE`` adds the
extractor of another checkout (the previous commit in a ``git worktree``) and this one's, each
run in a process of its own and timed there, in the same rounds: a before/after ratio the
machine's load cannot skew, neither extractor sharing its process with the other readers.

    python bench/pdf_extract.py [--repeat 5] [--before ../previous-tree] [FILES...]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pdfplumber

from pipeline.config import RAW_DIR, Settings
from pipeline.extract.pdf import extract
from pipeline.reference import load_reference

COLUMN_TERMS = load_reference().column_terms

TARGET_RATIO = 0.3
MEMORY_TARGET_MB = 150


def raw_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
        return len(pdf.pages)


def pdfium_text(path: Path) -> int:
    """Every character of every page with its box: what reading the words cannot go below."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            text = page.get_textpage()
            for i in range(text.count_chars()):
                text.get_charbox(i)
            text.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def ours(path: Path) -> int:
    return extract(path, Settings(), path.name, COLUMN_TERMS).pages


def ours_on_pdfplumber(path: Path) -> int:
    """This extractor with its pages read by pdfplumber, as before issue 16 (``pdf_reader``)."""
    return extract(path, Settings(pdf_reader="pdfplumber"), path.name, COLUMN_TERMS).pages


OTHER_TREE = """
import sys, time
from pathlib import Path
from pipeline.config import Settings
from pipeline.extract.pdf import extract
from pipeline.reference import load_reference
terms = load_reference().column_terms
for line in sys.stdin:
    path = Path(line.strip())
    start = time.perf_counter()
    extract(path, Settings(), path.name, terms)
    print(time.perf_counter() - start, flush=True)
"""


class OtherTree:
    """The extractor of another checkout in a process of its own, timed there (the pipe is not
    timed): ``OtherTree(tree)(path)`` reads ``path`` once and returns the seconds it took."""

    def __init__(self, tree: Path):
        import os
        import subprocess
        import sys

        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        self.process = subprocess.Popen([sys.executable, "-c", OTHER_TREE], cwd=tree, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def __call__(self, path: Path) -> float:
        self.process.stdin.write(f"{path.resolve()}\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def median_seconds(functions, path: Path, repeat: int) -> list[float]:
    """Median seconds of each function on ``path``, run interleaved round after round."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for function, spent in zip(functions, times):
            if isinstance(function, OtherTree):
                spent.append(function(path))
                continue
            start = time.perf_counter()
            function(path)
            spent.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def long_pdf(pages: int, out: Path) -> Path:
    """A PDF of ``pages`` pages: the seed PDF's pages over and over."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(RAW_DIR / "cr_cluster_protection_bamako_2017-09-06.pdf")
    pdf = pdfium.PdfDocument.new()
    while len(pdf) < pages:
        pdf.import_pages(source, list(range(min(len(source), pages - len(pdf)))))
    pdf.save(out)
    return out


BARE_READER = """
import resource, sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_words()
        page.find_tables()
        page.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


EXTRACTOR_ALONE = """
import resource, sys
from pathlib import Path
from pipeline.config import Settings
from pipeline.extract.pdf import extract
from pipeline.reference import load_reference
terms = load_reference().column_terms
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
extract(Path(sys.argv[1]), Settings(), "x.pdf", terms)
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def memory(pages: int) -> None:
    """Peak memory of the real CLI's worker on a long PDF, beside the same worker on one page (the
    loaded pipeline: what any worker holds), a bare pdfplumber reader of the file, and the
    extractor alone in a process of its own on a quarter of the pages and on all of them."""
    import subprocess
    import sys

    from cli_run import run_cli

    def convert(path: Path, work: str):
        return run_cli("convert", str(path), "--out", f"{work}/out-{path.stem}", "--cache", f"{work}/cache-{path.stem}",
                       "--jobs", "1", "--timeout", "3600", shares=True)

    def alone(path: Path) -> tuple[float, float]:
        before, after = subprocess.run([sys.executable, "-c", EXTRACTOR_ALONE, str(path)], capture_output=True,
                                       text=True, check=True).stdout.split()
        return float(before), float(after)

    with tempfile.TemporaryDirectory() as work:
        path = long_pdf(pages, Path(work) / f"long_{pages}.pdf")
        quarter = long_pdf(max(1, pages // 4), Path(work) / f"long_{max(1, pages // 4)}.pdf")
        one = long_pdf(1, Path(work) / "one_page.pdf")
        idle = convert(one, work)
        run = convert(path, work)
        bare = float(subprocess.run([sys.executable, "-c", BARE_READER, str(path)], capture_output=True, text=True,
                                    check=True).stdout)
        base, quarter_peak = alone(quarter)
        _, full_peak = alone(path)
    print(f"{pages}-page PDF: worker of `minutes convert` (or the child it reads the PDF in) peaks at {run.worker_peak_mb:.0f} MB "
          f"(target <= {MEMORY_TARGET_MB} MB: {'met' if run.worker_peak_mb <= MEMORY_TARGET_MB else 'NOT met'}); "
          f"anchor, pdfplumber alone closing each page: {bare:.0f} MB; ratio {run.worker_peak_mb / bare:.2f}; "
          f"{run.seconds / pages:.3f} s/page through the CLI")
    print(f"  the same worker's largest PSS / USS seen (polled every 50 ms; USS: its private pages, what it costs "
          f"beside the fork server it shares the loaded pipeline with): {run.worker_pss_mb:.0f} / {run.worker_uss_mb:.0f} MB; "
          f"on the 1-page PDF {idle.worker_pss_mb:.0f} / {idle.worker_uss_mb:.0f} MB")
    print(f"  the same worker on a 1-page PDF (its loaded pipeline, idle): {idle.worker_peak_mb:.0f} MB; "
          f"the {pages} pages add {run.worker_peak_mb - idle.worker_peak_mb:.0f} MB (reading, structuring, tagging); "
          f"the fork server it is forked from (the pipeline loaded once, its pages shared): {run.server_peak_mb:.0f} MB")
    print(f"  the extractor alone, in a process of its own ({base:.0f} MB after imports): peaks at "
          f"{quarter_peak:.0f} MB on {max(1, pages // 4)} pages, {full_peak:.0f} MB on {pages} pages "
          f"(+{quarter_peak - base:.0f} / +{full_peak - base:.0f} MB)")


def has_text_layer(path: Path) -> bool:
    with pdfplumber.open(path) as pdf:
        return all(page.chars for page in pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-ocr", action="store_true", help="skip timing the OCR of scanned samples")
    parser.add_argument("--memory-pages", type=int, default=200, help="pages of the PDF for the memory test (0: skip)")
    parser.add_argument("--before", type=Path, help="another checkout whose extractor is timed in the same rounds")
    args = parser.parse_args()
    files = args.files or sorted(p for p in RAW_DIR.glob("*.pdf") if has_text_layer(p))
    total_pages = total_raw = total_ours = total_floor = total_old = total_tree = 0.0
    trees = [OtherTree(args.before), OtherTree(Path(__file__).resolve().parent.parent)] if args.before else []
    total_now = 0.0
    print(f"{'file':52} {'pages':>5} {'pdfplumber p/s':>15} {'pdfium p/s':>10} {'ours p/s':>9} {'ours/plumber':>12} "
          f"{'old reader/plumber':>18}" + (f" {'before/plumber':>14} {'now/plumber':>11}" if trees else ""))
    for path in files:
        pages = raw_pdfplumber(path)
        functions = [raw_pdfplumber, pdfium_text, ours, ours_on_pdfplumber] + trees
        raw, floor, mine, old, *tree = median_seconds(functions, path, args.repeat)
        total_pages, total_raw, total_ours = total_pages + pages, total_raw + raw, total_ours + mine
        total_floor, total_old = total_floor + floor, total_old + old
        if trees:
            total_tree, total_now = total_tree + tree[0], total_now + tree[1]
        print(f"{path.name:52} {pages:5d} {pages / raw:15.2f} {pages / floor:10.2f} {pages / mine:9.2f} {mine / raw:12.2f} "
              f"{old / raw:18.2f}" + (f" {tree[0] / raw:14.2f} {tree[1] / raw:11.2f}" if trees else ""))
    for tree in trees:
        tree.close()
    ratio = total_ours / total_raw
    print(f"per page: ours {total_ours / total_pages:.3f} s; pdfplumber extract_tables {total_raw / total_pages:.3f} s "
          f"(ratio {ratio:.2f}, target <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'NOT met'}); "
          f"pypdfium2 text with positions {total_floor / total_pages:.4f} s (ratio {total_ours / total_floor:.1f}x)")
    print(f"  pages read by pdfplumber (pdf_reader, same run): {total_old / total_pages:.3f} s/page, ratio "
          f"{total_old / total_raw:.2f} to pdfplumber, {total_old / total_floor:.1f}x pypdfium2")
    if args.before:
        for name, total in ((f"--before {args.before}", total_tree), ("this checkout", total_now)):
            print(f"  {name}, in a process of its own (same rounds): {total / total_pages:.3f} s/page, ratio "
                  f"{total / total_raw:.2f} to pdfplumber, {total / total_floor:.1f}x pypdfium2")
        print(f"  now / before: {total_now / total_tree:.2f}")
    if args.memory_pages:
        memory(args.memory_pages)
    if not args.files and not args.no_ocr:
        for path in sorted(p for p in RAW_DIR.glob("*.pdf") if not has_text_layer(p)):
            with tempfile.TemporaryDirectory() as cache:  # uncached: the OCR itself is timed
                start = time.perf_counter()
                document = extract(path, Settings(cache_dir=Path(cache)), path.name, COLUMN_TERMS)
                seconds = time.perf_counter() - start
            print(f"scanned {path.name}: {document.pages} pages OCR'd and read in {seconds:.1f} s "
                  f"({seconds / document.pages:.1f} s/page, OCRmyPDF + Tesseract, one core)")


if __name__ == "__main__":
    main()
