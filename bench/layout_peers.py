"""Benchmark: this project's PDF table reader against peers on the layout corpus.

Every PDF of the corpus built by ``scripts/build_layout_corpus.py`` is read by

- ``ours``: ``pipeline.extract.pdf.extract`` (ruled tables by pdfplumber, the others from the
  words' columns);
- ``pdfplumber lines``: raw ``page.extract_tables()`` (the speed reference: ours must cost at
  most 1.3x as much per page);
- ``pdfplumber text``: ``extract_tables`` with the text strategy both ways;
- ``camelot stream``: ``camelot.read_pdf(flavor="stream")``, when camelot-py is installed
  (``pip install -e '.[bench]'``).

Each peer's tables go through the same agenda structuring as ours (header row found by
``agenda_columns.csv``, a new item where the topic column has text), so only the table reading
differs; items are scored exact as in ``make eval-layouts`` (topic, discussion, actions,
responsible and deadline texts). Prints items exact % and seconds per page.

    python bench/layout_peers.py [--corpus data/interim/layouts] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path
from typing import Callable, Optional

import pdfplumber

from pipeline.config import PROJECT_DIR, Settings
from pipeline.extract.pdf import extract
from pipeline.model import Cell, Document, Paragraph, Table
from pipeline.reference import load_reference
from pipeline.structure.agenda import agenda_items

REFERENCE = load_reference()

FIELDS = ("topic", "discussion", "actions_text", "responsible_text", "deadline_text")
TARGET_RATIO = 1.3


def norm(value: Optional[str]) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def table_of(rows: list[list[Optional[str]]]) -> Table:
    """A peer's table (rows of cell strings) in the document model: one paragraph per line."""
    n_cols = max((len(r) for r in rows), default=0)
    cells = tuple(Cell(row=r, col=c, paragraphs=tuple(Paragraph(line) for line in (text or "").split("\n") if line.strip()))
                  for r, row in enumerate(rows) for c, text in enumerate(row))
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def items_of_tables(tables: list[list[list[Optional[str]]]]) -> list[dict]:
    document = Document("peer", "pdf", tuple(table_of(t) for t in tables if t))
    items, _ = agenda_items(document, Settings(), REFERENCE)
    return [{f: getattr(item, f) for f in FIELDS} for item in items]


def ours(path: Path) -> tuple[list[dict], int]:
    document = extract(path, Settings(), path.name, REFERENCE.column_terms)
    items, _ = agenda_items(document, Settings(), REFERENCE)
    return [{f: getattr(item, f) for f in FIELDS} for item in items], document.pages


def pdfplumber_tables(settings: Optional[dict]) -> Callable[[Path], tuple[list[dict], int]]:
    def read(path: Path) -> tuple[list[dict], int]:
        with pdfplumber.open(path) as pdf:
            tables = [t for page in pdf.pages for t in (page.extract_tables(settings) if settings else page.extract_tables())]
            return items_of_tables(tables), len(pdf.pages)
    return read


def camelot_stream(path: Path) -> tuple[list[dict], int]:
    import warnings

    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "No tables found in table area": counted as items missed
        tables = camelot.read_pdf(str(path), pages="all", flavor="stream")
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    return items_of_tables([t.df.values.tolist() for t in tables]), pages


def exact(got: list[dict], want: list[dict]) -> int:
    return sum(1 for g, w in zip(got, want) if all(norm(g.get(f)) == norm(w.get(f)) for f in FIELDS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT_DIR / "data" / "interim" / "layouts")
    parser.add_argument("--repeat", type=int, default=3, help="timings: fastest of this many runs per file")
    args = parser.parse_args()
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((args.corpus / "gold").glob("*.json"))}
    if not golds:
        raise SystemExit(f"no corpus in {args.corpus}: run scripts/build_layout_corpus.py first")
    readers: dict[str, Callable] = {
        "ours": ours,
        "pdfplumber lines (extract_tables)": pdfplumber_tables(None),
        "pdfplumber text strategy": pdfplumber_tables({"vertical_strategy": "text", "horizontal_strategy": "text"}),
    }
    try:
        import camelot  # noqa: F401

        readers["camelot stream"] = camelot_stream
    except ImportError:
        print("camelot-py not installed (pip install -e '.[bench]'): skipped")
    results = {name: [0, 0, 0.0, 0] for name in readers}  # exact items, items, seconds, pages
    for stem, gold in golds.items():
        path = args.corpus / "documents" / f"{stem}.pdf"
        want = gold["pdf"]["items"]
        best: dict[str, float] = {}
        for run in range(args.repeat):  # readers interleaved file by file: a busy machine slows them alike
            for name, read in readers.items():
                start = time.perf_counter()
                got, n_pages = read(path)
                best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
                if run == 0:
                    results[name][0] += exact(got, want)
                    results[name][1] += len(want)
                    results[name][3] += n_pages
        for name in readers:
            results[name][2] += best[name]
    for name, (exact_items, items, seconds, pages) in results.items():
        print(f"{name:36} items exact {100 * exact_items / items:5.1f}% ({exact_items}/{items})  "
              f"{seconds / pages:.3f} s/page ({pages} pages)")
    ratio = (results["ours"][2] / results["ours"][3]) / (results["pdfplumber lines (extract_tables)"][2]
                                                          / results["pdfplumber lines (extract_tables)"][3])
    print(f"ours vs pdfplumber extract_tables per page: {ratio:.2f}x (target <= {TARGET_RATIO}: "
          f"{'met' if ratio <= TARGET_RATIO else 'NOT met'})")


if __name__ == "__main__":
    main()
