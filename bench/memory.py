"""Peak memory of the real command line's worker on large inputs (``make bench``), against 1 GB.

Each input is converted on its own by ``python -m pipeline convert FILE --jobs 1`` with the
default memory cap, so the worker's peak is that input's: a 400-page PDF with a text layer, a
.docx whose table has 3,000 rows, a 50 MB text export, a .docx expanding to 1 GiB, and the
one-page PDF that keeps pdfminer busy (tests/fixtures/bad/slow_page.pdf). The inputs are
generated into bench/out/memory/ (git-ignored) by scripts/build_bad_fixtures.py's functions.
For each: the worker's peak resident memory on the file (its high-water mark, logged by the
executor), the largest process of the run (``wait4``: the command line, its worker, or a tool
they started), the outcome, and the wall time.

    python bench/memory.py [--limit MB]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "memory"
TARGET_MB = 1024


def builder():
    spec = importlib.util.spec_from_file_location("build_bad_fixtures", ROOT / "scripts" / "build_bad_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inputs() -> dict[str, Path]:
    """The large inputs, built once (kept between runs: building them takes half a minute)."""
    build = builder()
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = {
        "400-page text-layer PDF": (OUT / "rapport_400_pages.pdf", lambda p: build.text_layer_pdf(p, pages=400)),
        "3,000-row table .docx": (OUT / "tableau_3000_lignes.docx", lambda p: build.table_docx(p, rows=3000)),
        "50 MB text export": (OUT / "archive_fusionnee.txt", lambda p: build.large_text(p, megabytes=50)),
        "1 GiB-expanding .docx (zip)": (OUT / "bombe.docx", lambda p: build.expanding_docx(p, expanded=1 << 30)),
        "one PDF page pdfminer chews on": (OUT / "slow_page.pdf",
                                           lambda p: shutil.copy(ROOT / "tests/fixtures/bad/slow_page.pdf", p)),
    }
    for path, make in wanted.values():
        if not path.exists():
            make(path)
    return {label: path for label, (path, _) in wanted.items()}


def measure(path: Path, limit) -> dict:
    """Convert one file with the real command line; its worker's peak and the largest process."""
    out, cache = OUT / f"out-{path.stem}", OUT / "cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    command = [sys.executable, "-m", "pipeline", "-v", "convert", str(path), "--out", str(out), "--cache", str(cache),
               "--jobs", "1", "--timeout", "600", "--no-progress", "--no-csv"]
    if limit is not None:
        command += ["--memory-limit", str(limit)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    peak = re.search(r"peak memory of its worker (\d+) MB", stderr)
    outcome = re.search(r"(?:INFO \[1/1\] ok [^\n]*|FAILED [^:\n]*: ([^\n]*))", stderr)
    return {"worker_mb": int(peak.group(1)) if peak else None, "largest_mb": usage.ru_maxrss // 1024,
            "outcome": (outcome.group(1) or "ok") if outcome else f"exit status {os.waitstatus_to_exitcode(status)}",
            "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="--memory-limit for the runs (default: the CLI's; "
                                                                 "0 measures without a cap)")
    args = parser.parse_args()
    files = inputs()
    limit = args.limit
    print(f"{'input':<34} {'size':>9} {'worker peak':>12} {'largest process':>16} {'time':>7}  outcome")
    for label, path in files.items():
        result = measure(path, limit)
        worker = f"{result['worker_mb']:,} MB" if result["worker_mb"] is not None else "(killed)"
        verdict = "" if (result["worker_mb"] or 0) <= TARGET_MB else "  OVER 1 GB"
        print(f"{label:<34} {path.stat().st_size / 1e6:>7.1f}MB {worker:>12} {result['largest_mb']:>13,} MB "
              f"{result['seconds']:>6.1f}s  {result['outcome'][:110]}{verdict}", flush=True)
    print(f"target: every worker under {TARGET_MB:,} MB; a file that cannot be read within the cap fails alone "
          f"with \"too large: … MB\"")


if __name__ == "__main__":
    main()
