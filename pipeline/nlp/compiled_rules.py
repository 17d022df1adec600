"""The tokenizer's regular expressions saved compiled, so a process loading the pipeline does not
compile them again: 0.17-0.2 s of CPU (``token_match`` alone 0.1 s), in series on the way to a
one-file convert's first document.

``re.compile`` parses a pattern into the ``sre`` engine's code (a list of integers) and hands it
to ``_sre.compile``, which only checks it. The build saves that code (:func:`save_compiled`);
a load (:func:`compiled_ahead`) makes the pattern objects from it and lends them to
``re``'s own cache while spaCy's tokenizer reads its patterns, so its ``re.compile`` finds them
there. The pattern objects are the ones ``re.compile`` makes (they compare equal: same pattern,
flags and code). The code's format is CPython's, private and free to change between versions:
the file is keyed by the interpreter's version and ``sre``'s magic number, and any mismatch,
missing or unreadable file leaves the patterns to ``re.compile``, as before.
"""

from __future__ import annotations

import logging
import re
import sys
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import srsly

log = logging.getLogger(__name__)

#: the file beside the saved pipeline's ``config.cfg``
COMPILED_FILE = "tokenizer_rules.msgpack"


def runtime_tag() -> str:
    """What the saved code is valid for: this interpreter and its regular expression engine."""
    import _sre

    return f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE} {sys.maxunicode} {sys.byteorder}"


def compiled_form(pattern: str) -> dict:
    """What ``re.compile(pattern)`` gives ``_sre.compile`` (CPython 3.11-3.12's ``re._compiler.compile``)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array("I", _compiler._code(parsed, 0))
    return {"pattern": pattern, "flags": parsed.state.flags, "code": code.tobytes(), "itemsize": code.itemsize,
            "groups": parsed.state.groups - 1, "groupindex": groupindex, "indexgroup": indexgroup}


def from_compiled_form(form: dict) -> re.Pattern:
    """The pattern object ``re.compile`` would make, from its saved code (``_sre`` checks the code)."""
    import _sre

    code = array("I")
    if code.itemsize != form["itemsize"]:
        raise ValueError("saved with another code size")
    code.frombytes(form["code"])
    return _sre.compile(form["pattern"], form["flags"], code.tolist(), form["groups"], form["groupindex"],
                        tuple(form["indexgroup"]))


def save_compiled(patterns: Iterable[str], path: Path) -> None:
    """Save the compiled code of ``patterns`` for this interpreter (nothing where ``re``'s
    internals are not the expected ones: the load then compiles, as before)."""
    try:
        forms = [compiled_form(pattern) for pattern in patterns]
    except (ImportError, AttributeError, TypeError) as exc:
        log.info("tokenizer rules not saved compiled (%s): they are compiled at each load", exc)
        return
    srsly.write_msgpack(path, {"runtime": runtime_tag(), "patterns": forms})


def read_compiled(path: Path) -> list[re.Pattern]:
    """The pattern objects saved in ``path`` for this interpreter; none if it is missing, was saved
    by another interpreter or cannot be read."""
    try:
        saved = srsly.read_msgpack(path)
        if saved.get("runtime") != runtime_tag():
            return []
        return [from_compiled_form(form) for form in saved["patterns"]]
    except Exception as exc:  # a saving only: the patterns are compiled instead
        if path.exists():
            log.info("compiled tokenizer rules in %s not used (%s)", path, exc)
        return []


@contextmanager
def compiled_ahead(path: Path) -> Iterator[int]:
    """Within the block, ``re.compile`` of a pattern saved in ``path`` returns its saved
    compiled form (lent to ``re``'s cache, taken back after); yields how many were lent."""
    cache = getattr(re, "_cache", None)
    patterns = read_compiled(path) if isinstance(cache, dict) else []
    keys = [(str, pattern.pattern, 0) for pattern in patterns]
    for key, pattern in zip(keys, patterns):
        cache[key] = pattern
    try:
        yield len(keys)
    finally:
        for key in keys:
            cache.pop(key, None)
