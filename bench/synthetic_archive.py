"""A synthetic archive built from the sample documents' structure with varied content.

Each document is one of ``scripts/samples/*.json`` with its numbers, places and names varied,
written as .docx (python-docx), .pdf and .doc (LibreOffice, one call per batch of files) or a
tab-separated text export like seed 000. Mix: 40 % .docx, 30 % .pdf, 20 % .doc, 10 % .txt.

    python bench/synthetic_archive.py OUT_DIR [--n 200] [--seed 1]
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "scripts" / "samples"
FORMATS = ["docx", "pdf", "docx", "doc", "pdf", "docx", "txt", "pdf", "docx", "doc"]
PLACES = ["Gao", "Ménaka", "Mopti", "Tombouctou", "Kidal", "Ansongo", "Bourem", "Koro", "Bankass", "Goundam",
          "Douentza", "Niono", "Ségou", "Bandiagara", "Diré"]
_NUMBER = re.compile(r"(?<![\d/])(\d{2,4})(?![\d/]| ?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                     r"octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December))")


def _builder():
    spec = importlib.util.spec_from_file_location("build_samples", ROOT / "scripts" / "build_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def vary_text(text: str, rng: random.Random, places: dict[str, str]) -> str:
    def number(match: re.Match) -> str:
        value = int(match.group(1))
        if 1900 <= value <= 2100:
            return match.group(1)
        return str(max(2, int(value * rng.uniform(0.5, 2.0))))

    text = _NUMBER.sub(number, text)
    for old, new in places.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def vary(spec, rng: random.Random):
    """The spec with numbers and places changed throughout (dates and years kept)."""
    shuffled = PLACES[:]
    rng.shuffle(shuffled)
    places = dict(zip(PLACES, shuffled))

    def walk(node):
        if isinstance(node, str):
            return vary_text(node, rng, places)
        if isinstance(node, list):
            return [walk(n) for n in node]
        if isinstance(node, dict):
            return {k: (walk(v) if k not in ("output", "render", "style", "list", "widths_cm") else v) for k, v in node.items()}
        return node

    return walk(copy.deepcopy(spec))


def text_export(spec: dict) -> str:
    """The spec as a text export like seed 000: paragraphs, then tab-separated rows with <p> cells."""
    lines = []
    for paragraph in spec.get("before", []):
        lines.append(paragraph if isinstance(paragraph, str) else paragraph["text"])
    for label, value in spec.get("metadata_table", []):
        lines.append(f"{label} : {value}")
    table = spec["table"]
    lines.append("\t".join(table["header"]))
    for row in table["rows"]:
        if "section" in row:
            continue
        cells = []
        for cell in row["cells"]:
            texts = [p if isinstance(p, str) else p.get("text", "") for p in cell if isinstance(p, str) or "text" in p]
            cells.append(" ".join(f"<p>{t}</p>" for t in texts))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def generate(out: Path, n: int, seed: int = 1) -> list[Path]:
    builder = _builder()
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.json"))]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    to_render: dict[str, list[Path]] = {"pdf": [], "doc": []}
    work = Path(tempfile.mkdtemp(prefix="synthetic-"))
    made = []
    for i in range(n):
        spec = vary(specs[i % len(specs)], rng)
        fmt = FORMATS[i % len(FORMATS)]
        stem = f"{i:05d}_{Path(spec['output']).stem}"
        if fmt == "txt":
            path = out / f"{stem}.txt"
            path.write_text(text_export(spec), encoding="utf-8")
            made.append(path)
            continue
        docx = (out if fmt == "docx" else work) / f"{stem}.docx"
        docx.write_bytes(builder.build(spec))
        if fmt == "docx":
            made.append(docx)
        else:
            to_render[fmt].append(docx)
    for fmt, sources in to_render.items():
        for start in range(0, len(sources), 50):
            batch = sources[start:start + 50]
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                                "--convert-to", fmt, "--outdir", str(out), *map(str, batch)],
                               check=True, capture_output=True, timeout=1800)
            made.extend(out / f"{p.stem}.{fmt}" for p in batch)
    shutil.rmtree(work, ignore_errors=True)
    return sorted(made)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(args.out, args.n, args.seed)
    print(f"{len(files)} documents in {args.out}")


if __name__ == "__main__":
    main()
