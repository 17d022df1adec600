"""Importing this module imports spaCy without its command line: what the fork server preloads.

``spacy/__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``, and with it the
whole ``spacy.cli`` package: every training and project command, typer, weasel, httpx,
requests — a third to a half of spaCy's import time, and 360 modules no stage uses. While
spaCy is imported, :func:`import_spacy` stands a placeholder in for ``spacy.cli.info`` and then
takes it away, so a later ``import spacy.cli`` (nothing here does one) imports the real one.

The installed packages' entry points are read once per process, by ``catalogue`` (imported
with spaCy), and kept. pydantic reads them all again for its plugins, and srsly's and spaCy's
registries look theirs up in catalogue's list again at every call (srsly at each msgpack read:
80 reads load the pipeline). Where catalogue's list holds none for a group, there will never
be one in this process: pydantic is told it has no plugins and those registries stop looking
(:func:`skip_empty_entry_points`), exactly what they would have found. 30-60 ms of a cold start.

spaCy defines 20 pydantic models as it is imported (``spacy.schemas``: token patterns, training
and package metadata, the edit-tree lemmatizer's trees), and pydantic builds each one's
validator as it is defined: 45 ms of CPU. Defined while spaCy is imported through this module,
each is built when first used instead (pydantic's ``defer_build``): the five configuration
schemas, which ``spacy/__init__`` completes, and the token pattern's, which the pipeline's load
uses, are still built in the fork server; the others, which no stage uses, never are. 20-30 ms.

Before anything is imported, ``re``'s cache is given the patterns the server compiled the last
time ``build-model`` ran it, already compiled (``pipeline/regex_code.py``): 0.1 s of CPU.
"""

from __future__ import annotations

import sys
import types
from contextlib import contextmanager
from typing import Iterable, Iterator

from pipeline.config import MODELS_DIR
from pipeline.regex_code import SAVED_FILE, prefill
from pipeline.trace import mark


def _info_not_loaded(*args, **kwargs):
    """``spacy.info`` in a process that imported spaCy through this module."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def skip_empty_entry_points(registries: Iterable) -> int:
    """Turn off the entry-point lookup of every catalogue registry whose group has no entry point
    in catalogue's list (read once per process, never again: a lookup could only find nothing).
    Returns how many were turned off."""
    import catalogue

    turned_off = 0
    for registry in registries:
        if (isinstance(registry, catalogue.Registry) and registry.entry_points
                and not catalogue.AVAILABLE_ENTRY_POINTS.select(group=registry.entry_point_namespace)):
            registry.entry_points = False
            turned_off += 1
    return turned_off


def _no_pydantic_plugins_to_find() -> None:
    """pydantic's plugins are the ``pydantic`` group's entry points, which it reads all again
    once per process: said to be none, without that read, where catalogue's list has none."""
    import catalogue
    from pydantic.plugin import _loader

    if _loader._plugins is None and not catalogue.AVAILABLE_ENTRY_POINTS.select(group=_loader.PYDANTIC_ENTRY_POINT_GROUP):
        _loader._plugins = {}


@contextmanager
def pydantic_models_built_when_first_used() -> Iterator[None]:
    """Within the block, a pydantic model class defined without saying otherwise is built
    (its validator and serializer) when first used, not when defined: pydantic's own
    ``defer_build`` setting, made the default while spaCy is imported (its private table of
    defaults: where it is not there, models are built as they are defined, as before)."""
    try:
        from pydantic._internal._config import config_defaults
    except ImportError:
        config_defaults = {}
    before = config_defaults.get("defer_build")
    if before is not False:  # not the table this was written for
        yield
        return
    config_defaults["defer_build"] = True
    try:
        yield
    finally:
        config_defaults["defer_build"] = before


def import_spacy() -> types.ModuleType:
    """spaCy, imported without ``spacy.cli`` (already imported: as it is), its libraries without
    their repeated entry-point lookups, its pydantic models built when first used."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    _no_pydantic_plugins_to_find()
    placeholder = types.ModuleType("spacy.cli.info", "stands in for spacy.cli.info while spaCy is imported")
    placeholder.info = _info_not_loaded
    sys.modules["spacy.cli.info"] = placeholder
    try:
        with pydantic_models_built_when_first_used():
            import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is placeholder:
            del sys.modules["spacy.cli.info"]
    import srsly
    from spacy.util import registry

    skip_empty_entry_points([srsly.msgpack_encoders, srsly.msgpack_decoders,
                             *(getattr(registry, name) for name in dir(registry) if not name.startswith("_"))])
    return spacy


prefill(MODELS_DIR / "minutes-nlp" / SAVED_FILE)
mark("fork server: importing spaCy")
import_spacy()
mark("fork server: spaCy imported")
