"""The pipeline's version as the incremental runs see it: code and reference data together.

A change to any module of the package or to any data file it reads gives a new version, and a
new version converts the whole archive again (results of the old one are never mixed in).
"""

from __future__ import annotations

import hashlib

from pipeline import __version__
from pipeline.config import PACKAGE_DIR


def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")) + sorted(PACKAGE_DIR.glob("resources/*.csv")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_version(pcodes_fingerprint: str = "") -> str:
    """"0.1.0+<code and resources hash>[.<P-code table hash>]"."""
    return f"{__version__}+{code_fingerprint()}" + (f".{pcodes_fingerprint[:8]}" if pcodes_fingerprint else "")
