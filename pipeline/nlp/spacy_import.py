"""Importing this module imports spaCy without its command line: what the fork server preloads.

``spacy/__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``, and with it the
whole ``spacy.cli`` package: every training and project command, typer, weasel, httpx,
requests — a third to a half of spaCy's import time, and 360 modules no stage uses. While
spaCy is imported, :func:`import_spacy` stands a placeholder in for ``spacy.cli.info`` and then
takes it away, so a later ``import spacy.cli`` (nothing here does one) imports the real one.
"""

from __future__ import annotations

import sys
import types


def _info_not_loaded(*args, **kwargs):
    """``spacy.info`` in a process that imported spaCy through this module."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """spaCy, imported without ``spacy.cli`` (already imported: as it is)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    placeholder = types.ModuleType("spacy.cli.info", "stands in for spacy.cli.info while spaCy is imported")
    placeholder.info = _info_not_loaded
    sys.modules["spacy.cli.info"] = placeholder
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is placeholder:
            del sys.modules["spacy.cli.info"]
    return spacy


import_spacy()
