"""A domain NER's folder as files: what it must hold and the fingerprint of its weights.

Read by the command line's parent (the folder check before any worker starts, the pipeline
version) as well as by ``domain_ner``: kept apart from it so that the parent, which never runs
the NLP, does not import spaCy for them (a second of CPU beside the fork server's own import, on
the critical path of a one-file run).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: what a domain NER's folder must hold to be sourced into the running pipeline
REQUIRED_FILES = ("config.cfg", "ner/cfg", "ner/model", "ner/moves")


def domain_fingerprint(path: Path, mode: str) -> str:
    """Hash of a trained domain NER's weights and of the mode: part of the pipeline version, so
    results cached without it (or with another model) are never reused."""
    digest = hashlib.sha256(mode.encode())
    for name in ("ner/model", "ner/moves", "ner/cfg"):
        file = Path(path) / name
        if file.exists():
            digest.update(file.read_bytes())
    return digest.hexdigest()[:8]


def missing_files(path: Path) -> list[str]:
    """The files of ``REQUIRED_FILES`` that ``path`` lacks (all when it does not exist)."""
    return [name for name in REQUIRED_FILES if not (Path(path) / name).is_file()]


def missing_message(path: Path) -> str:
    return (f"the domain NER folder {path} lacks {', '.join(missing_files(path))}: restore models/domain-ner "
            "from git (git checkout -- models/domain-ner), point MINUTES_DOMAIN_NER_LOC at a model trained by "
            "scripts/train_ner.py, or turn it off with MINUTES_DOMAIN_NER_LOC_MODE=off")
