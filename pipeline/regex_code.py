"""Every regular expression the fork server compiles on its way to a first document, saved
compiled by ``build-model`` and handed to ``re``'s cache before the server imports anything: 370
patterns (spaCy's and its libraries' at import, the stages' at import, those the first document
compiles as it asks for them), 0.1 s of CPU in series on a one-file convert's critical path.

The same mechanism as the tokenizer's rules (``nlp/compiled_rules.py``), for every pattern:
``re.compile`` parses a pattern into the ``sre`` engine's code and hands it to ``_sre.compile``;
the saved code makes the same pattern objects (they compare equal: pattern, flags, code). A
pattern is found by what ``re`` looks it up by (its type, text and flags), so a pattern the code
no longer uses is never asked for and a new one is compiled as before: the file can be missing
or older than the code. It is keyed by the interpreter's version and ``sre``'s magic number, and
anything that does not match or cannot be read leaves every pattern to ``re.compile``.
``re``'s cache holds 512 patterns and drops the oldest first: the server's compiled patterns
are kept by their modules anyway, so those later dropped cost nothing but their place.

Recorded by running what the fork server runs (:data:`forkserver.PRELOAD`, then the sample
archive's text files) in a fresh interpreter (:func:`record_in_subprocess`) and reading ``re``'s
cache at the end. Imports nothing beyond the standard library: it runs before spaCy's import.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path
from typing import Iterable, Optional

#: the file beside the saved pipeline's ``config.cfg``
SAVED_FILE = "regex_code.marshal"
#: the flag ``re`` never caches a pattern under (it prints the code)
_DEBUG = re.DEBUG.value


def runtime_tag() -> str:
    """What saved code is valid for: this interpreter and its regular expression engine."""
    import _sre

    return f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE} {array('I').itemsize} {sys.maxunicode} {sys.byteorder}"


def compiled_entry(pattern, flags: int) -> tuple:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile`` (CPython 3.11-3.12's
    ``re._compiler.compile``), with the flags ``re``'s cache files it under."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array("I", _compiler._code(parsed, flags))  # the opcodes are int subclasses: as plain bytes
    return (pattern, flags, flags | parsed.state.flags, code.tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def pattern_of(entry: tuple) -> re.Pattern:
    """The pattern object ``re.compile`` would make, from a saved entry (``_sre`` checks the code)."""
    import _sre

    pattern, _key_flags, flags, code_bytes, groups, groupindex, indexgroup = entry
    code = array("I")
    code.frombytes(code_bytes)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def cached_patterns() -> list[tuple]:
    """(pattern, flags) of every pattern in ``re``'s cache now, in the order they were cached."""
    return [(pattern, flags) for (_kind, pattern, flags) in getattr(re, "_cache", {})
            if isinstance(flags, int) and not flags & _DEBUG]


def save(patterns: Iterable[tuple], path: Path) -> int:
    """Save the compiled code of ``(pattern, flags)`` pairs for this interpreter; how many."""
    entries = [compiled_entry(pattern, flags) for pattern, flags in patterns]
    written = path.with_name(path.name + ".new")
    with open(written, "wb") as out:
        marshal.dump((runtime_tag(), entries), out)
    os.replace(written, path)  # whole or not at all
    return len(entries)


def read(path: Path) -> list[re.Pattern]:
    """The pattern objects saved in ``path`` for this interpreter, each with the flags ``re``'s cache
    files it under; none if it is missing, was saved by another interpreter or cannot be read."""
    try:
        with open(path, "rb") as saved:
            tag, entries = marshal.load(saved)
        if tag != runtime_tag():
            return []
        return [(entry[1], pattern_of(entry)) for entry in entries]
    except Exception:  # a saving only: every pattern is compiled instead, as before
        return []


def prefill(path: Path) -> int:
    """Put the patterns saved in ``path`` in ``re``'s cache, as if this process had compiled them
    (those already there are kept); how many were put. Nothing where ``re`` has no such cache."""
    cache = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", 0)
    if not isinstance(cache, dict):
        return 0
    added = 0
    for key_flags, pattern in read(path):
        key = (type(pattern.pattern), pattern.pattern, key_flags)
        if key not in cache and len(cache) < limit:
            cache[key] = pattern
            added += 1
    return added


def record(texts: Iterable[Path]) -> list[tuple]:
    """Run what the fork server runs (its imports and load, then ``texts`` converted as a worker
    converts them) and return the patterns compiled on the way: call in a fresh interpreter."""
    import importlib

    from pipeline.forkserver import PRELOAD

    spacy_first = PRELOAD.index("pipeline.nlp.spacy_import") + 1  # what comes before it too (``gc_hold``)
    for module in PRELOAD[:spacy_first]:  # spaCy: read now, as the load takes back what it lends
        importlib.import_module(module)
    imported = cached_patterns()  # the cache (``compiled_rules``: spaCy's URL pattern among them)
    for module in PRELOAD:
        importlib.import_module(module)
    from pipeline import preloaded
    from pipeline.process import process_with

    if preloaded.RUNTIME is not None:
        for text in texts:
            process_with(preloaded.RUNTIME, text, str(text))
    return list(dict.fromkeys(imported + cached_patterns()))


def record_in_subprocess(path: Path, texts: Iterable[Path]) -> Optional[int]:
    """Record (:func:`record`) in a fresh interpreter and save into ``path``; how many patterns
    (None, and nothing saved, if the recording failed: every pattern is then compiled, as before)."""
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    env.pop("MINUTES_TRACE", None)
    run = subprocess.run([sys.executable, "-m", "pipeline.regex_code", str(path), *map(str, texts)],
                         env=env, capture_output=True, text=True)
    return int(run.stdout.split()[-1]) if run.returncode == 0 and run.stdout.strip() else None


if __name__ == "__main__":
    print(save(record([Path(text) for text in sys.argv[2:]]), Path(sys.argv[1])))
