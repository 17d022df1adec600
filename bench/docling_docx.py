"""Time Docling's DOCX conversion of the given files (run in its own environment, not ours).

    bench/.venv-docling/bin/python bench/docling_docx.py FILE...   ->  prints "<files> <seconds>"
"""

import sys
import time

from docling.document_converter import DocumentConverter

files = sys.argv[1:]
converter = DocumentConverter()
converter.convert(files[0])  # warm-up: Docling's one-time initialisation is not counted
start = time.perf_counter()
for path in files:
    converter.convert(path)
print(len(files), time.perf_counter() - start)
